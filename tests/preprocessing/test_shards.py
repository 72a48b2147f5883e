import functools
import http.server
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from preprocessing.audio import write_audio
from preprocessing.manifest import write_manifest
from preprocessing.shards import ShardError, read_index, read_shard, write_shards


@pytest.fixture
def corpus(tmp_path):
    """Five tones, a missing file and a corrupt one."""
    rows = []
    for i in range(5):
        write_audio(tmp_path / "audio" / f"{i}.wav", np.full(1600 * (i + 1), 0.1, dtype=np.float32))
        rows.append(dict(path=str(tmp_path / "audio" / f"{i}.wav"), text=f"문장 {i}", speaker=f"S{i % 2}"))
    (tmp_path / "audio" / "corrupt.wav").write_bytes(b"RIFF not a wave file" * 10)
    rows += [dict(path=str(tmp_path / "audio" / name), text="물") for name in ("missing.wav", "corrupt.wav")]
    write_manifest(pd.DataFrame(rows), tmp_path / "audio" / "manifest.csv")
    return tmp_path / "audio" / "manifest.csv"


def test_shards_hold_the_original_audio_and_rows_and_leave_the_source_alone(corpus, tmp_path):
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in corpus.parent.iterdir()}
    summary = write_shards(corpus, tmp_path / "shards", max_utterances=2, seed=None)  # the manifest's order
    assert (summary.shards, summary.utterances) == (3, 5)  # 2 + 2 + 1
    assert summary.seconds == pytest.approx(0.1 * (1 + 2 + 3 + 4 + 5))
    assert summary.rejects.counts() == {"file not found": 1, "unreadable audio": 1}
    assert sorted(p.name for p in (tmp_path / "shards").iterdir()) == [  # no temporary files left
        "index.csv", "rejects.csv", "shard-000000.tar", "shard-000001.tar", "shard-000002.tar"]
    index = read_index(str(tmp_path / "shards"))
    assert list(index["shard"]) == ["shard-000000.tar"] * 2 + ["shard-000001.tar"] * 2 + ["shard-000002.tar"]
    assert list(index["text"]) == [f"문장 {i}" for i in range(5)]
    assert list(index["speaker"]) == ["S0", "S1", "S0", "S1", "S0"]
    members = read_shard(str(tmp_path / "shards" / "shard-000001.tar"))
    assert members == {key: ("wav", (corpus.parent / f"{i}.wav").read_bytes())
                       for key, i in zip(index["key"][2:4], (2, 3))}
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in corpus.parent.iterdir()} == before


def test_shards_mix_a_manifest_grouped_by_speaker(tmp_path):
    rows = []
    for i in range(40):  # speaker A's 20 utterances, then speaker B's, as AI Hub's folders list them
        write_audio(tmp_path / "audio" / f"{i}.wav", np.full(160 * (i + 1), 0.1, dtype=np.float32))
        rows.append(dict(path=str(tmp_path / "audio" / f"{i}.wav"), text=f"문장 {i}", speaker="AB"[i // 20]))
    write_manifest(pd.DataFrame(rows), tmp_path / "manifest.csv")
    write_shards(tmp_path / "manifest.csv", tmp_path / "kept", max_utterances=10, seed=None)
    write_shards(tmp_path / "manifest.csv", tmp_path / "mixed", max_utterances=10)
    write_shards(tmp_path / "manifest.csv", tmp_path / "again", max_utterances=10)
    kept, mixed = read_index(str(tmp_path / "kept")), read_index(str(tmp_path / "mixed"))
    assert kept.groupby("shard")["speaker"].nunique().tolist() == [1, 1, 1, 1]
    assert mixed.groupby("shard")["speaker"].nunique().tolist() == [2, 2, 2, 2]
    assert sorted(mixed["text"]) == sorted(kept["text"])  # the same rows, each once
    assert mixed.equals(read_index(str(tmp_path / "again")))  # seeded: the same shards every time
    for shard, group in mixed.groupby("shard"):  # keys are manifest positions, and each key's audio is its row's
        members = read_shard(str(tmp_path / "mixed" / shard))
        for key, text in zip(group["key"], group["text"]):
            assert members[key][1] == (tmp_path / "audio" / f"{int(key)}.wav").read_bytes()
            assert text == f"문장 {int(key)}"


def test_a_truncated_or_missing_shard_is_a_shard_error(corpus, tmp_path):
    write_shards(corpus, tmp_path / "shards", max_utterances=5)
    shard = tmp_path / "shards" / "shard-000000.tar"
    shard.write_bytes(shard.read_bytes()[:3000])
    with pytest.raises(ShardError, match="not a readable shard"):
        read_shard(str(shard))
    with pytest.raises(ShardError, match="not a readable shard"):
        read_shard(str(tmp_path / "shards" / "shard-000009.tar"))
    with pytest.raises(ShardError, match="shard index not found"):
        read_index(str(tmp_path / "nowhere"))


def test_shards_are_read_from_urls(corpus, tmp_path):
    write_shards(corpus, tmp_path / "shards", max_utterances=5)
    expected = read_shard(str(tmp_path / "shards" / "shard-000000.tar"))
    assert read_shard((tmp_path / "shards" / "shard-000000.tar").as_uri()) == expected
    if shutil.which("curl") is None:  # WebDataset reads http(s) through curl
        pytest.skip("curl is not installed")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path / "shards"))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}"
        assert len(read_index(url)) == 5
        assert read_shard(f"{url}/shard-000000.tar") == expected
        with pytest.raises(ShardError):
            read_shard(f"{url}/shard-000009.tar")
        server.shutdown()


def test_command_line(corpus, tmp_path):
    run = functools.partial(subprocess.run, capture_output=True, text=True)
    result = run([sys.executable, "-m", "preprocessing", "shards", str(corpus), "--out", str(tmp_path / "s"),
                  "--max-utterances", "3"])
    assert result.returncode == 0, result.stderr
    assert "wrote 5 utterances (0.00 h) in 2 shards" in result.stdout and "dropped 2 of 7" in result.stdout
    result = run([sys.executable, "-m", "preprocessing", "shards", str(tmp_path / "none.csv"), "--out",
                  str(tmp_path / "t")])
    assert result.returncode == 1 and result.stderr.startswith("error: manifest not found")
    assert not Path(tmp_path / "t").exists()
