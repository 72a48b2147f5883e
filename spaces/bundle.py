"""Make a self-contained Hugging Face Space folder from ``spaces/<name>/``.

    python -m spaces.bundle deepspeech2_kor /tmp/deepspeech2_kor     # then push /tmp/deepspeech2_kor

The folder gets the Space's ``app.py``, ``README.md`` (with the Spaces front matter),
``requirements.txt`` and ``examples/`` (its example clips, from ``python -m spaces.examples``),
plus the toolkit's packages and their default pretrained files (the demo checkpoints, the LM and the model
cards; not the earlier versions kept in ``pretrained/``) at the same relative paths as in the repository, so
``app.py`` imports them from beside itself. The packages are copied at bundling time from this clone: the Space
runs exactly this code. The default DeepSpeech2 checkpoint is over 10 MB: push the folder with
``huggingface-cli upload`` (or git with git-lfs).
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from classification.checkpoint import DEFAULT_CHECKPOINT as GENDER_CHECKPOINT
from deepspeech2.checkpoint import DEFAULT_CHECKPOINT as DS2_CHECKPOINT
from deepspeech2.checkpoint import DEFAULT_LM

ROOT = Path(__file__).resolve().parents[1]
SPACES = [p.name for p in sorted((ROOT / "spaces").iterdir()) if (p / "app.py").is_file()]
PACKAGES = ["preprocessing", "deepspeech2", "classification"]
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ipynb", ".ipynb_checkpoints")
# what the Spaces use of the packages' pretrained/ folders
PRETRAINED = {DS2_CHECKPOINT.name, DEFAULT_LM.name, DEFAULT_LM.name + ".json", GENDER_CHECKPOINT.name, "MODEL_CARD.md"}


def skip(folder: str, names: list[str]) -> set[str]:
    """Caches and notebooks; in a pretrained/ folder, everything the Spaces do not use."""
    skipped = set(SKIP(folder, names))
    if Path(folder).name == "pretrained":
        skipped |= {name for name in names if name not in PRETRAINED}
    return skipped


def bundle(name: str, out: str | Path) -> Path:
    """Write the Space ``name`` to ``out`` (which must not exist yet, or be empty); return ``out``."""
    if name not in SPACES:
        raise ValueError(f"unknown Space {name!r}; choose one of {', '.join(SPACES)}")
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} is not empty; give a new folder")
    out.mkdir(parents=True, exist_ok=True)
    for file in ("app.py", "README.md", "requirements.txt"):
        shutil.copy2(ROOT / "spaces" / name / file, out / file)
    if (ROOT / "spaces" / name / "examples").is_dir():
        shutil.copytree(ROOT / "spaces" / name / "examples", out / "examples", ignore=SKIP)
    (out / "spaces").mkdir()
    for file in ("__init__.py", "common.py"):
        shutil.copy2(ROOT / "spaces" / file, out / "spaces" / file)
    for package in PACKAGES:  # the pretrained checkpoints come along inside their packages
        shutil.copytree(ROOT / package, out / package, ignore=skip)
    shutil.copy2(ROOT / "LICENSE", out / "LICENSE")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("name", choices=SPACES)
    parser.add_argument("out", help="a new (or empty) folder")
    args = parser.parse_args()
    try:
        print(bundle(args.name, args.out))
    except (ValueError, FileExistsError) as err:
        sys.exit(f"error: {err}")


if __name__ == "__main__":
    main()
