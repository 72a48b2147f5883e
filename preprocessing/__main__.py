"""Command line: ``python -m preprocessing {synth,aihub,noise,noisy,vocab,shards,sentences} ...``.

Examples::

    python -m preprocessing synth                       # embedded synthetic corpus + manifests
    python -m preprocessing aihub /data/자유대화 --out data/aihub/manifests --env 실내 \\
        --min-age 20 --max-age 40 --female-share 0.5 --hours 200
    python -m preprocessing noise /data/소음환경 --out data/aihub/manifests
    python -m preprocessing vocab data/aihub/manifests/train.csv --kind jamo --out vocab_jamo.json
    python -m preprocessing shards data/aihub/manifests/train.csv --out data/aihub/shards/train
    python -m preprocessing sentences /usr/share/libreoffice/help/ko --out lm_text/libreoffice_help.txt
"""
from __future__ import annotations

import argparse
import json
import os
import sys

from preprocessing.aihub import NoiseLayout
from preprocessing.filters import FilterOptions
from preprocessing.text import TextOptions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m preprocessing", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("synth", help="make the embedded synthetic corpus and its manifests")
    p.add_argument("--root", default="data/synthetic", help="corpus folder to write (default: %(default)s)")
    p.add_argument("--hours", type=float, default=2.0, help="hours of speech to synthesize (default: %(default)s)")
    p.add_argument("--seed", type=int, default=0, help="seed of sentences, voices and splits (default: %(default)s)")
    p.add_argument("--workers", type=int, default=os.cpu_count(), help="parallel processes (default: all CPU cores)")
    p.add_argument("--force", action="store_true", help="delete and rebuild an existing corpus")
    p.add_argument("--no-ood", action="store_true", help="skip the out-of-domain test sets")
    p.add_argument("--speakers", type=int, default=160, metavar="N",
                   help="training speakers (voice variant, pitch, speed, microphone); more of them, each speaking "
                        "less, for a speaker classifier (default: %(default)s)")
    p.add_argument("--held-out-speakers", type=int, default=16, metavar="N",
                   help="speakers of the Validation folder, split into valid and test (default: %(default)s)")
    p.add_argument("--male-pitch", type=int, nargs=2, default=[20, 50], metavar=("LOW", "HIGH"),
                   help="espeak-ng pitch range (-p, 0-99) of the men (default: 20 50)")
    p.add_argument("--female-pitch", type=int, nargs=2, default=[50, 85], metavar=("LOW", "HIGH"),
                   help="espeak-ng pitch range of the women (default: 50 85); overlapping ranges make high men's and "
                        "low women's voices, for a gender classifier that does not go by pitch alone")
    p.add_argument("--mixed-words", type=float, default=0.0, metavar="SHARE",
                   help="share of the training utterances that speak random word sequences with new words "
                        "instead of grammar sentences, for text variety (default: %(default)s)")
    p.add_argument("--lexicon", metavar="WORDS",
                   help="a word list (one word per line, or a Hunspell .dic, e.g. /usr/share/hunspell/ko.dic of "
                        "Debian's hunspell-ko): half the mixed-word sentences' new words are its words, and "
                        "lexicon_sentences.txt holds sequences of them for an LM (lm build --text)")

    p = sub.add_parser("aihub", help="AI Hub 자유대화 folder → train/valid/test manifests")
    p.add_argument("root", help="the release's folder (Training/ and Validation/ with JSON labels and WAVs)")
    p.add_argument("--out", required=True, help="folder for train/valid/test.csv, rejects.csv and report.json")
    p.add_argument("--split", choices=["folders", "speakers"], default="folders",
                   help="folders: AI Hub's Training → train, Validation's speakers → valid + test; "
                        "speakers: a seeded speaker-disjoint split by --fractions (default: %(default)s)")
    p.add_argument("--fractions", type=float, nargs=3, default=[0.9, 0.05, 0.05], metavar=("TRAIN", "VALID", "TEST"),
                   help="shares of the audio time per split with --split speakers (default: 0.9 0.05 0.05)")
    p.add_argument("--env", nargs="*", default=[], help="keep only these recording environments")
    p.add_argument("--min-age", type=int, help="drop speakers younger than this")
    p.add_argument("--max-age", type=int, help="drop speakers older than this")
    p.add_argument("--female-share", type=float, help="e.g. 0.5 for a 5:5 gender balance by hours")
    p.add_argument("--hours", type=float, help="total hours budget")
    p.add_argument("--no-audio-check", action="store_true", help="trust recrdTime, do not open WAVs")
    _common(p)

    p = sub.add_parser("noise", help="AI Hub household-noise folder → noisy_far/noisy_near manifests")
    p.add_argument("root", help="the release's folder (02.라벨링데이터 and 01.원천데이터)")
    p.add_argument("--out", required=True, help="folder for noisy_far.csv, noisy_near.csv and their report")
    p.add_argument("--layout", help="JSON file overriding NoiseLayout fields (folder and field names)")
    _common(p)

    p = sub.add_parser("noisy", help="write synthetic near/far noisy copies of a manifest in the noise layout")
    p.add_argument("--manifest", required=True, help="the clean manifest to copy (e.g. test.csv)")
    p.add_argument("--out", required=True, help="folder for the noisy copies, in the household-noise layout")
    p.add_argument("--seed", type=int, default=2, help="seed of noise types, SNRs and rooms (default: %(default)s)")
    p.add_argument("--rooms", help="folder of room impulse responses for the far-field copies "
                                   "(default: eight simulated rooms; the embedded corpus's: data/synthetic/rooms/train)")

    p = sub.add_parser("vocab", help="build a label vocabulary from a training manifest")
    p.add_argument("manifest", help="the training manifest whose transcripts define the labels")
    p.add_argument("--out", required=True, help="the vocabulary JSON file to write")
    p.add_argument("--kind", choices=["syllable", "jamo"], default="syllable",
                   help="one label per syllable seen, or the 67 jamo (default: %(default)s)")
    p.add_argument("--min-count", type=int, default=1, help="rarer syllables are left out (default: %(default)s)")

    p = sub.add_parser("shards", help="pack a manifest's audio and rows into tar shards (for data.format=shards)")
    p.add_argument("manifest", help="the manifest whose audio and rows to pack")
    p.add_argument("--out", required=True, help="new folder for shard-NNNNNN.tar and index.csv")
    p.add_argument("--max-utterances", type=int, default=500, help="utterances per shard at most")
    p.add_argument("--max-megabytes", type=float, default=256.0, help="audio megabytes per shard at most")
    p.add_argument("--seed", type=int, default=0, help="seed of the random order the rows are packed in, so that "
                                                      "each shard mixes speakers (default: %(default)s)")
    p.add_argument("--keep-order", action="store_true", help="pack the rows in the manifest's order instead")

    p = sub.add_parser("sentences", help="Hangul sentences of written documents (HTML or text) → one per line, for an LM")
    p.add_argument("paths", nargs="+", help="files, or folders searched for .html/.htm/.xhtml/.txt files")
    p.add_argument("--out", required=True, help="the text file to write (for python -m deepspeech2.lm build --text)")
    p.add_argument("--min-words", type=int, default=2, help="shorter sentences are left out (default: %(default)s)")

    args = parser.parse_args(argv)
    try:
        return _run(args)
    except (ValueError, OSError, RuntimeError) as err:  # clear message, no traceback
        print(f"error: {err}", file=sys.stderr)
        return 1


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dual", choices=["pronunciation", "spelling"], default="pronunciation",
                   help="which side of a dual transcription (철자)/(발음) to keep (default: %(default)s)")
    p.add_argument("--keep-question", action="store_true", help="keep '?' in transcripts (dropped by default)")
    p.add_argument("--keep-exclamation", action="store_true", help="keep '!' in transcripts (dropped by default)")
    p.add_argument("--allow-digits", action="store_true", help="keep transcripts with digits (rejected by default)")
    p.add_argument("--allow-latin", action="store_true",
                   help="keep transcripts with Latin letters (rejected by default)")
    p.add_argument("--seed", type=int, default=0, help="seed of the filters' sampling and the split (default: %(default)s)")
    p.add_argument("--workers", type=int, default=os.cpu_count(), help="parallel processes (default: all CPU cores)")


def _text(args) -> TextOptions:
    return TextOptions(dual=args.dual, keep_question=args.keep_question, keep_exclamation=args.keep_exclamation,
                       drop_digits=not args.allow_digits, drop_latin=not args.allow_latin)


def _run(args) -> int:
    from preprocessing import pipeline

    if args.command == "synth":
        from preprocessing.synthetic.corpus import SynthConfig, prepare_default_corpus

        config = SynthConfig(hours=args.hours, seed=args.seed, workers=args.workers, ood=not args.no_ood,
                             train_speakers=args.speakers, held_out_speakers=args.held_out_speakers,
                             male_pitch=tuple(args.male_pitch), female_pitch=tuple(args.female_pitch),
                             mixed_word_share=args.mixed_words, lexicon=args.lexicon)
        paths = prepare_default_corpus(args.root, config, force=args.force)
        print("\n".join(f"{name:>10}: {path}" for name, path in paths.items() if path.exists()))  # --no-ood: no OOD sets
    elif args.command == "aihub":
        filters = FilterOptions(envs=tuple(args.env), min_age=args.min_age, max_age=args.max_age,
                                female_share=args.female_share, hours=args.hours, seed=args.seed)
        report = pipeline.freetalk_manifests(args.root, args.out, _text(args), filters, args.split,
                                             tuple(args.fractions), args.seed, args.workers, not args.no_audio_check)
        print(json.dumps(report["splits"], ensure_ascii=False, indent=2))
    elif args.command == "noise":
        layout = NoiseLayout(**json.load(open(args.layout, encoding="utf-8"))) if args.layout else NoiseLayout()
        report = pipeline.noise_manifests(args.root, args.out, layout, _text(args), args.workers)
        print(json.dumps(report["splits"], ensure_ascii=False, indent=2))
    elif args.command == "noisy":
        from preprocessing.manifest import read_manifest
        from preprocessing.synthetic.noisy import make_noisy_sets

        count = make_noisy_sets(read_manifest(args.manifest), args.out, args.rooms, seed=args.seed)
        print(f"wrote {count} noisy utterances under {args.out}; read them with: python -m preprocessing noise {args.out} --out ...")
    elif args.command == "vocab":
        size = pipeline.vocabulary(args.manifest, args.out, args.kind, args.min_count)
        print(f"wrote {size} labels to {args.out}")
    elif args.command == "shards":
        from preprocessing.shards import write_shards

        summary = write_shards(args.manifest, args.out, args.max_utterances, args.max_megabytes,
                               None if args.keep_order else args.seed)
        print(f"wrote {summary.utterances} utterances ({summary.seconds / 3600:.2f} h) in {summary.shards} shards "
              f"to {args.out}; {summary.rejects.summary(summary.utterances + len(summary.rejects))}")
    elif args.command == "sentences":
        counts = pipeline.document_sentences(args.paths, args.out, args.min_words)
        print(f"wrote {counts['sentences']} sentences of {counts['files']} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
