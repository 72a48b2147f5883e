"""DeepSpeech2 speech-to-text for Korean, trained from scratch with CTC.

* :mod:`deepspeech2.model` — the acoustic model (``nn.Module``).
* :mod:`deepspeech2.features` — waveforms → normalized log spectrograms; SpecAugment.
* :mod:`deepspeech2.data` — manifests → batches; length-bucketed, DDP-aware sampler; augmentation.
* :mod:`deepspeech2.module` — Lightning training (``python -m deepspeech2.train``).
* :mod:`deepspeech2.inference` — ``load_recognizer(...).transcribe(...)``; evaluation.
* :mod:`deepspeech2.decoding`, :mod:`deepspeech2.metrics`, :mod:`deepspeech2.checkpoint`.
"""
