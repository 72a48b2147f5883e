"""The synthetic world: rooms' RT60, held-out voices/rooms/noise kinds, OOD text, and the one-way imports."""
import ast
from pathlib import Path

import numpy as np
import pytest

from preprocessing.synthetic.noise import HELD_OUT_NOISE_TYPES, TRAIN_NOISE_TYPES
from preprocessing.synthetic.ood import home_talk, read_numbers, unseen_shares, utterances
from preprocessing.synthetic.rooms import HELD_OUT_ROOMS, TRAIN_ROOMS, measure_rt60, simulate_room
from preprocessing.synthetic.voice import OOD_PITCH, OOD_SPEED, OOD_VOICES, PITCH, SPEED, TRAIN_VOICES

PREPROCESSING = Path(__file__).resolve().parents[2] / "preprocessing"


@pytest.mark.parametrize("rt60", [0.3, 0.6])
def test_simulated_room_has_the_requested_rt60(rt60):
    rir = simulate_room((6.0, 4.0, 2.7), rt60, 2.0, np.random.default_rng(0))
    assert measure_rt60(rir) == pytest.approx(rt60, rel=0.2)


def test_schroeder_rt60_of_an_exponential_decay():
    t = np.arange(16000) / 16000
    rir = np.random.default_rng(1).standard_normal(16000) * 10 ** (-3 * t / 0.4)  # −60 dB after 0.4 s
    assert measure_rt60(rir) == pytest.approx(0.4, rel=0.05)


def test_held_out_voices_rooms_and_noise_kinds_are_disjoint_from_training():
    for gender in ("male", "female"):
        assert not set(OOD_VOICES[gender]) & set(TRAIN_VOICES[gender])
        low, high = OOD_PITCH[gender]
        assert high < PITCH[gender][0] or low >= PITCH[gender][1]
    assert sum(len(v) for v in OOD_VOICES.values()) >= 4
    assert all(high <= SPEED[0] or low >= SPEED[1] for low, high in OOD_SPEED)
    assert not set(HELD_OUT_NOISE_TYPES) & set(TRAIN_NOISE_TYPES)
    assert TRAIN_ROOMS.rt60[1] < HELD_OUT_ROOMS.rt60[0] and TRAIN_ROOMS.length[1] < HELD_OUT_ROOMS.length[0]


def _espeak_variant_dir() -> Path:
    """Where espeak-ng keeps its voice variant files (``espeak-ng --version`` says where its data is)."""
    import re
    import shutil
    import subprocess

    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    version = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True).stdout
    return Path(re.search(r"Data at: (\S+)", version).group(1)) / "voices" / "!v"


def _base_pitch(path: Path) -> float:
    """The base pitch (Hz) a variant file sets (82 Hz, espeak-ng's default, when it sets none)."""
    assert path.is_file(), f"{path.name}: no such espeak-ng variant (espeak-ng would silently use its default voice)"
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.split()[:1] == ["pitch"]:
            return float(line.split()[1])
    return 82.0


def test_every_voice_sounds_the_gender_it_is_labelled():
    """A male-labelled variant with a child's pitch (zac, 240 Hz) taught the gender classifier the wrong label,
    and a misspelt one (``Mr`` for ``Mr serious``) was espeak-ng's default voice under another name."""
    variants = _espeak_variant_dir()
    for gender in ("male", "female"):
        for variant in TRAIN_VOICES[gender] + OOD_VOICES[gender]:
            base = _base_pitch(variants / variant)
            assert (base < 160 if gender == "male" else base >= 120), (variant, gender, base)


def test_hand_written_text_is_not_from_the_grammar_and_is_readable():
    from preprocessing.synthetic.corpus import SynthConfig, training_sentences
    from preprocessing.text import normalize

    talk = home_talk()
    assert len(talk) >= 200 and len(set(talk)) == len(talk)
    train, held = training_sentences(SynthConfig())
    assert not {normalize(s) for s in talk} & {normalize(s) for s in train + held}
    assert not any(c.isdigit() or c.isascii() and c.isalpha() for s in talk for c in s)


def test_written_korean_is_read_out_and_cut():
    assert read_numbers("제1조 2010년 0번") == "제일조 이천십년 영번"
    pieces = utterances("제12조 ① 모든 국민은 신체의 자유를 가진다. 제3조에 따른 TV 조항은 없다. 漢字가 여기 있다.")
    assert pieces == ["모든 국민은 신체의 자유를 가진다"]  # "제십이조" alone is too short; Latin, Hanja dropped
    assert utterances("제12조에 따라 신고한다.") == ["제십이조에 따라 신고한다"]
    long = utterances(" ".join(["가나"] * 25) + ".")
    assert [len(p.split()) for p in long] == [10, 10, 5]


def test_unseen_shares_count_syllables_and_eojeols():
    shares = unseen_shares(["가나 다라"], ["가나 가"])
    assert shares["syllable_tokens_unseen"] == 0.5  # 다, 라 of 가, 나, 다, 라
    assert shares["eojeol_tokens_unseen"] == 0.5  # 다라


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_library_part_never_imports_the_synthetic_corpus():
    library = [p for p in PREPROCESSING.glob("*.py")]
    assert len(library) > 10
    offenders = {p.name: sorted(n for n in _imports(p) if n.startswith("preprocessing.synthetic"))
                 for p in library if p.name != "__main__.py"}  # the command line may start the builder
    assert {name: found for name, found in offenders.items() if found} == {}


def test_preprocessing_has_no_import_cycles():
    modules = {".".join(p.relative_to(PREPROCESSING.parent).with_suffix("").parts): p for p in PREPROCESSING.rglob("*.py")}
    graph = {name: {n for n in _imports(path) if n in modules and n != name} for name, path in modules.items()}
    done, stack = set(), []

    def visit(name):
        assert name not in stack, " → ".join(stack[stack.index(name):] + [name])
        if name in done:
            return
        stack.append(name)
        for other in sorted(graph[name]):
            visit(other)
        stack.pop()
        done.add(name)

    for name in sorted(graph):
        visit(name)


def test_training_pool_is_large_and_covers_the_common_syllables():
    from preprocessing.synthetic.corpus import SynthConfig, training_sentences
    from preprocessing.synthetic.hangul import common_syllables, sentence_syllables

    train, held = training_sentences(SynthConfig())
    assert len(set(train)) >= 50_000 and not set(train) & set(held)
    syllables = sentence_syllables(train)
    assert len(syllables) >= 1800
    assert len(common_syllables()) == 2350 and len(set(common_syllables()) - syllables) < 200


def test_sound_change_contexts_are_counted_within_words():
    from preprocessing.synthetic.hangul import sound_change_contexts

    counts = sound_change_contexts(["길을 막혀서 학교에 가요.", "신라 국물 좋고"])
    # 길을 (ㄹ+ㅇ), 학교에 (ㅛ+ㅇ: no 받침, so not), 막혀 (ㄱ+ㅎ), 학교 (ㄱ+ㄱ), 신라 (ㄴ+ㄹ), 국물 (ㄱ+ㅁ), 좋고 (ㅎ+ㄱ)
    assert counts == {"liaison": 1, "nasalization": 1, "liquidization": 1, "tensing": 1, "aspiration": 2}
