"""The two notebooks run top to bottom on a tiny synthetic corpus (so they cannot rot)."""
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient


NOTEBOOKS = Path(__file__).parents[2] / "preprocessing"


@pytest.mark.slow
def test_notebooks_execute(tmp_path, monkeypatch):
    from preprocessing.synthetic.corpus import SynthConfig, synthesize_corpus

    synthesize_corpus(tmp_path / "corpus", SynthConfig(hours=0.01, train_speakers=2, held_out_speakers=2, workers=2))
    monkeypatch.setenv("CORPUS_ROOT", str(tmp_path / "corpus" / "자유대화"))
    monkeypatch.setenv("MANIFEST_DIR", str(tmp_path / "manifests"))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    for name in ("01_jsontocsv.ipynb", "02_prepareDataset.ipynb"):
        nb = nbformat.read(NOTEBOOKS / name, as_version=4)
        NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    assert (tmp_path / "manifests" / "train.csv").exists()
    assert (tmp_path / "manifests" / "labels_korean.json").exists()
    assert (tmp_path / "manifests" / "filtered_train.csv").exists()
