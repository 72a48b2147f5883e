"""``python -m deepspeech2.benchmark``: the noisy-vs-clean CER benchmark, :mod:`deepspeech2.benchmarks.noisy_vs_clean`."""
import runpy

if __name__ == "__main__":
    runpy.run_module("deepspeech2.benchmarks.noisy_vs_clean", run_name="__main__", alter_sys=True)
