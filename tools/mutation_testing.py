"""Mutation testing (mutmut 3) of the modules whose numbers people quote, one module at a time.

    pip install mutmut==3.8.1                      # a development tool: not in requirements.txt
    nice python tools/mutation_testing.py          # every module (about half an hour on 2 busy cores)
    nice python tools/mutation_testing.py metrics formats --jobs 2

mutmut changes the code in small ways (``+`` → ``-``, ``<`` → ``<=``, a constant, a deleted call …)
and runs the tests against each change: a change no test notices ("survived") is behaviour the tests
do not pin down. Each module runs against only the test files that cover it, in a scratch copy of the
repository (``outputs/mutation/<module>/``; the working tree is not touched). Results: a line per
module here, survivors listed, and ``outputs/mutation/<module>.json``; docs/mutation_testing.md
keeps the table.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "outputs" / "mutation"

# module → the file mutated, the mutants kept (name prefixes; None: all) and the tests that cover it
MODULES = {
    "metrics": ("deepspeech2/metrics.py", None, ["tests/deepspeech2/test_deepspeech2_metrics.py"]),
    "text": ("preprocessing/text.py", None, ["tests/preprocessing/test_text.py"]),
    "tokenizer": ("preprocessing/tokenizer.py", None, ["tests/preprocessing/test_tokenizer.py",
                                                      "tests/deepspeech2/test_deepspeech2_syllables.py"]),
    "decoding": ("deepspeech2/decoding.py", None, ["tests/deepspeech2/test_deepspeech2_decoding.py",
                                                  "tests/deepspeech2/test_deepspeech2_syllables.py"]),
    "formats": ("deepspeech2/formats.py", None, ["tests/deepspeech2/test_deepspeech2_formats.py"]),
    # (the command-line tests of test_deepspeech2_benchmarks_noisy_vs_clean.py run it in subprocesses, which mutmut
    # cannot follow)
    "robustness": ("deepspeech2/benchmarks/robustness.py", None,
                   ["tests/deepspeech2/test_deepspeech2_benchmarks_robustness.py"]),
    "benchmark": ("deepspeech2/benchmarks/noisy_vs_clean.py", None,
                  ["tests/deepspeech2/test_deepspeech2_benchmarks_robustness.py"]),
    "noise (SNR mixing)": ("preprocessing/noise.py", ["x_rms", "x_fit_length", "x_mix_at_snr"], ["tests/preprocessing/test_noise.py"]),
    "manifest (reading)": ("preprocessing/manifest.py", ["x_read_manifest"], ["tests/preprocessing/test_manifest.py"]),
}
COPIED = ["deepspeech2", "preprocessing", "classification", "configs", "tests", "pyproject.toml"]


def scratch_copy(folder: Path, source: str, tests: list[str]) -> None:
    """The repository's packages, configs and tests in ``folder``, with a [tool.mutmut] section for ``source``."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    skip = shutil.ignore_patterns("__pycache__", "*.ckpt", "*.arpa", "*.onnx")
    for name in COPIED:
        (shutil.copytree if (REPO / name).is_dir() else shutil.copy)(REPO / name, folder / name,
                                                                    **({"ignore": skip} if (REPO / name).is_dir() else {}))
    settings = (f"\n[tool.mutmut]\nsource_paths = [{json.dumps(source)}]\n"
                f"also_copy = {json.dumps(COPIED[:-1])}\n"
                f"pytest_add_cli_args_test_selection = {json.dumps(tests)}\n"
                'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]\n')
    with open(folder / "pyproject.toml", "a", encoding="utf-8") as f:
        f.write(settings)


def run_module(name: str, jobs: int, tests: list[str] | None = None) -> dict:
    source, keep, default_tests = MODULES[name]
    tests = tests or default_tests
    folder = OUT / name.split()[0]
    scratch_copy(folder, source, tests)
    module = source.removesuffix(".py").replace("/", ".")
    selection = [f"{module}.{prefix}__mutmut_*" for prefix in keep] if keep else []
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # import the scratch copy, not a checkout
    env.update(OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", GRADIO_ANALYTICS_ENABLED="False")
    mutmut = [sys.executable, "-m", "mutmut"]
    run = subprocess.run([*mutmut, "run", "--max-children", str(jobs), *selection], cwd=folder, env=env,
                         capture_output=True, text=True)
    (folder / "mutmut-run.log").write_text(run.stdout + run.stderr, encoding="utf-8")
    listed = subprocess.run([*mutmut, "results", "--all", "true"], cwd=folder, env=env, capture_output=True,
                            text=True).stdout
    status: dict[str, str] = {}
    for line in listed.splitlines():
        mutant, _, outcome = line.strip().rpartition(": ")
        if mutant.startswith(module) and (not keep or any(f".{p}__mutmut_" in mutant for p in keep)):
            status[mutant] = outcome
    killed = sum(outcome in ("killed", "timeout", "segfault") for outcome in status.values())
    survivors = {m: o for m, o in status.items() if o not in ("killed", "timeout", "segfault")}
    result = {"module": name, "source": source, "tests": tests, "mutants": len(status), "killed": killed,
              "score": round(100 * killed / max(len(status), 1), 1), "survivors": survivors}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name.split()[0]}.json").write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help=f"some of: {', '.join(m.split()[0] for m in MODULES)} (default: all)")
    parser.add_argument("--jobs", type=int, default=1, help="mutants tested at once")
    parser.add_argument("--tests", nargs="+", help="run these tests instead of the module's own (one module)")
    args = parser.parse_args()
    names = [m for m in MODULES if not args.modules or m.split()[0] in args.modules]
    unknown = set(args.modules) - {m.split()[0] for m in MODULES}
    if unknown:
        sys.exit(f"error: unknown modules {sorted(unknown)}")
    print("| module | mutants | killed | score | survivors |")
    for name in names:
        r = run_module(name, args.jobs, args.tests)
        print(f"| {name} | {r['mutants']} | {r['killed']} | {r['score']} % | {', '.join(r['survivors']) or '–'} |",
              flush=True)
        if not r["mutants"]:
            print(f"  no mutants were tested: see {OUT / name.split()[0] / 'mutmut-run.log'}", file=sys.stderr)


if __name__ == "__main__":
    main()
