"""DeepSpeech2 speech-to-text for Korean, trained from scratch with CTC.

* :mod:`deepspeech2.model` — the acoustic model (``nn.Module``).
* :mod:`deepspeech2.features` — waveforms → normalized log spectrograms (SpecAugment: :mod:`preprocessing.augment`).
* :mod:`deepspeech2.data` — manifests → batches; length-bucketed, DDP-aware sampler (no Lightning import).
* :mod:`deepspeech2.module` — Lightning training and its data module (``python -m deepspeech2.train``).
* :mod:`deepspeech2.inference` — ``load_recognizer(...).transcribe(...)``; evaluation
  (``python -m deepspeech2.eval``).
* :mod:`deepspeech2.decoding` — greedy, prefix beam search, beam search with a token n-gram LM.
* :mod:`deepspeech2.lm` — building (modified Kneser–Ney, ARPA) and tuning that LM (``python -m deepspeech2.lm``).
* :mod:`deepspeech2.transcription`, :mod:`deepspeech2.formats` — files and long recordings → txt/json/srt/csv
  (``python -m deepspeech2.transcribe``; :mod:`deepspeech2.benchmarks` measures speed and noise robustness).
* :mod:`deepspeech2.export` — TorchScript and ONNX (``python -m deepspeech2.export``).
* :mod:`deepspeech2.metrics`, :mod:`deepspeech2.checkpoint`.
"""
