"""The AI Hub readers on a small hand-made tree full of the problems real releases have."""
import hashlib
import json
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from preprocessing.aihub import NoiseLayout, parse_freetalk
from preprocessing.filters import FilterOptions
from preprocessing.pipeline import NoDataError, freetalk_manifests, noise_manifests
from preprocessing.manifest import read_manifest


def label(stt="안녕하세요", gender="여", recorder="100", age=30, env="실내", file_name="u.wav"):
    return {
        "발화정보": {"stt": stt, "scriptId": "1", "fileNm": file_name, "recrdTime": "1.000",
                   "recrdQuality": "16K", "recrdDt": "2020", "scriptSetNo": "1"},
        "대화정보": {"recrdEnvrn": env, "colctUnitCode": "x", "cityCode": "x", "recrdUnit": "x", "convrsThema": "x"},
        "녹음자정보": {"gender": gender, "recorderId": recorder, "age": age},
    }


def put(folder: Path, name: str, data, encoding="utf-8", bom=False, audio=True):
    folder.mkdir(parents=True, exist_ok=True)
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    raw = text.encode(encoding)
    (folder / f"{name}.json").write_bytes((b"\xef\xbb\xbf" if bom else b"") + raw)
    if audio:
        sf.write(folder / f"{name}.wav", np.zeros(16000, dtype=np.float32) + 0.01, 16000)


@pytest.fixture()
def tree(tmp_path):
    root = tmp_path / "자유대화"
    for split, speakers in (("Training", ("1", "2", "3", "4")), ("Validation", ("5", "6", "7", "8"))):
        for spk in speakers:
            gender = "남" if int(spk) % 2 else "여"
            folder = root / split / f"일반남여_일반통합01_{'M' if gender == '남' else 'F'}_{spk}_30_서울_실내"
            for k, word in enumerate(("하나", "둘", "셋")):
                put(folder, f"{spk}_{k}", label(f"(SP:)문장 {word} 입니다", gender, spk, file_name=f"{spk}_{k}.wav"))
    bad = root / "Training" / "bad"
    put(bad, "bom", label("바이트 순서 표시", file_name="bom.wav", recorder="1"), bom=True)
    put(bad, "cp949", label("완성형 인코딩", file_name="cp949.wav", recorder="2"), encoding="cp949")
    put(bad, "malformed", '{"발화정보": {"stt": ')
    put(bad, "missing_key", {"발화정보": {"stt": "키 없음", "fileNm": "missing_key.wav"}})
    put(bad, "empty_stt", label("", file_name="empty_stt.wav"))
    put(bad, "english", label("hello there", file_name="english.wav"))
    put(bad, "no_wav", label("소리 없음", file_name="no_wav.wav"), audio=False)
    put(bad, "corrupt", label("깨진 파일", file_name="corrupt.wav"))
    (bad / "corrupt.wav").write_bytes(b"RIFF\x00\x00garbage")
    put(bad, "bad_gender", label("성별 이상", gender="?", file_name="bad_gender.wav"))
    return root


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()


def test_reader_counts_every_problem_and_changes_nothing(tree, tmp_path):
    before = digest(tree)
    report = freetalk_manifests(tree, tmp_path / "out", workers=2)
    assert digest(tree) == before  # source data untouched
    assert report["label_files"] == 24 + 9
    assert report["rejects_by_reason"] == {
        "bad label": 3, "empty transcript": 1, "no Korean text": 1, "audio not found": 1, "unreadable audio": 1,
    }
    rejects = (tmp_path / "out" / "rejects.csv").read_text(encoding="utf-8")
    assert "malformed JSON" in rejects and "missing key 발화정보.recrdTime" in rejects
    assert "unknown gender" in rejects
    train = read_manifest(tmp_path / "out" / "train.csv")
    assert len(train) == 12 + 2  # BOM and cp949 files are read fine
    assert {"문장 하나 입니다", "바이트 순서 표시", "완성형 인코딩"} <= set(train["text"])
    assert all(Path(p).exists() for p in train["path"])
    assert not train["text"].str.contains("SP").any()
    valid, test = read_manifest(tmp_path / "out" / "valid.csv"), read_manifest(tmp_path / "out" / "test.csv")
    assert len(valid) + len(test) == 12
    assert not set(valid["speaker"]) & set(test["speaker"])
    assert not (set(valid["speaker"]) | set(test["speaker"])) & set(train["speaker"])


def test_digits_rejected_by_default(tmp_path):
    folder = tmp_path / "Training" / "s"
    put(folder, "d", label("세 시 3분", file_name="d.wav"))
    row, reject = parse_freetalk(str(folder / "d.json"))
    assert row is None and reject[0] == "transcript contains digits"


def test_empty_folder_is_a_clear_error(tmp_path):
    with pytest.raises(NoDataError, match="no \\*.json"):
        freetalk_manifests(tmp_path, tmp_path / "out")


def test_noise_reader_with_layout(tmp_path):
    root = tmp_path / "소음"
    for cond in ("원거리", "근거리"):
        for k in range(3):
            labels = root / "02.라벨링데이터" / "가정" / cond
            audio = root / "01.원천데이터" / "가정" / cond
            audio.mkdir(parents=True, exist_ok=True)
            sf.write(audio / f"n{k}.wav", np.zeros(8000, dtype=np.float32) + 0.01, 16000)
            put(labels, f"n{k}", {"file": {"name": f"n{k}.wav", "length": "0.5"},
                                 "speaker": {"gender": "남성"}, "command": {"text": "불 켜 줘"}}, audio=False)
    put(root / "02.라벨링데이터" / "가정" / "원거리", "orphan",
        {"file": {"name": "orphan.wav", "length": "1"}, "speaker": {"gender": "여"}, "command": {"text": "창문 닫아"}},
        audio=False)
    report = noise_manifests(root, tmp_path / "out", NoiseLayout(), workers=1)
    assert report["splits"]["noisy_far"]["utterances"] == 3
    assert report["splits"]["noisy_near"]["utterances"] == 3
    assert report["rejects_by_reason"] == {"audio not found": 1}
    far = read_manifest(tmp_path / "out" / "noisy_far.csv")
    assert set(far["gender"]) == {"male"} and set(far["env"]) == {"far"}


def test_noise_reader_field_names_are_configurable(tmp_path):
    root = tmp_path / "소음"
    audio = root / "wav" / "근거리"
    audio.mkdir(parents=True)
    sf.write(audio / "a.wav", np.zeros(8000, dtype=np.float32) + 0.01, 16000)
    put(root / "json" / "근거리", "a", {"meta": {"fn": "a", "len": "0.5", "sex": "F"}, "label": "불 꺼"}, audio=False)
    layout = NoiseLayout(label_dir="json", audio_dir="wav", name_field="meta.fn", length_field="meta.len",
                         gender_field="meta.sex", text_field="label")
    report = noise_manifests(root, tmp_path / "out", layout, workers=1)
    assert report["splits"]["noisy_near"]["utterances"] == 1


def test_an_unreachable_female_share_and_empty_splits_are_reported(tmp_path, capsys):
    root = tmp_path / "자유대화"
    for spk in ("1", "3"):  # two male speakers only
        folder = root / "Training" / f"일반남여_일반통합01_M_{spk}_30_서울_실내"
        for k in range(2):
            put(folder, f"{spk}_{k}", label("문장 입니다", "남", spk, file_name=f"{spk}_{k}.wav"))
    report = freetalk_manifests(root, tmp_path / "out", filters=FilterOptions(female_share=0.5), split="speakers",
                                workers=1)
    assert report["warnings"] == [
        "--female-share 0.5 cannot be met: no female speech is left after the other filters (0.00 h female, "
        "0.00 h male); kept as it is",
        *[f"the {name} split is empty: 2 speakers were left after filtering and no speaker may be in two splits "
          "(--split speakers)" for name in ("valid", "test")]]
    assert [s["utterances"] for s in report["splits"].values()] == [4, 0, 0]
    assert capsys.readouterr().err.count("warning: ") == 3
    with pytest.raises(ValueError, match="--female-share must be between 0 and 1"):
        freetalk_manifests(root, tmp_path / "out", filters=FilterOptions(female_share=1.0), workers=1)
