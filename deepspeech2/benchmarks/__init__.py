"""DeepSpeech2 benchmarks, each named after what it measures; each writes to ``outputs/`` and touches the
project's ``docs/benchmarks.md`` only when asked (``--results docs/benchmarks.md``).

* :mod:`~deepspeech2.benchmarks.noisy_vs_clean` — CER on clean and household-noise speech, with and without
  denoising, and CER against SNR: ``python -m deepspeech2.benchmark`` (Hydra, ``configs/deepspeech2/benchmark.yaml``).
* :mod:`~deepspeech2.benchmarks.robustness` — its conditions, SNR sweep, tables and plot (library).
* :mod:`~deepspeech2.benchmarks.training_speed` — training throughput and inference speed per model:
  ``python -m deepspeech2.benchmarks.training_speed``.
* :mod:`~deepspeech2.benchmarks.transcription_speed` — transcription real-time factor, int8, decoders and
  memory over long recordings: ``python -m deepspeech2.benchmarks.transcription_speed``.
"""
