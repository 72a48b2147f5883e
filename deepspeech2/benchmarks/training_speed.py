"""Training and inference speed of DeepSpeech2:  ``python -m deepspeech2.benchmarks.training_speed [--models ds2_small ds2] …``.

Appends a section (hardware, versions, command) to ``--results`` (``<work dir>/benchmarks.md``; pass
``--results docs/benchmarks.md`` to add it to the project's record) and writes ``bench.json`` (and
``profile_<model>.txt`` with ``--profile``) to ``--work-dir``. Per model:

* **training throughput** in audio-seconds per second, on synthetic batches whose lengths follow
  the training manifest (random audio, random targets) and on real batches from the manifest, with
  the padding share, the step time split into data / forward / backward (+ optimizer), and peak memory;
* **data loading alone**: the real training loader (audio decoding and augmentation) in audio-s/s;
* **inference**: real-time factor and utterances per second at batch 1 and batched;
* on the CPU, the speed-up over a **straightforward implementation** of the same model — features
  computed one utterance at a time, padding masked by a Python loop over the batch after every
  convolution layer and the recurrent layers on packed sequences, as the reference implementation
  does — measured on the same batches.

Runs on the CPU, and on the GPU when there is one (``--device cuda``, ``--precision bf16``).
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import torch
import torchaudio
from hydra import compose, initialize_config_dir

from deepspeech2.data import SpeechDataset, bucket_batches, make_loader
from deepspeech2.module import DeepSpeech2Module, build_module
from preprocessing.audio import SAMPLE_RATE
from preprocessing.augment import WaveAugment
from preprocessing.files import append_section, atomic_write_json, atomic_write_text
from preprocessing.manifest import read_manifest
from preprocessing.synthetic.corpus import ensure_corpus_for

CONFIGS = Path(__file__).resolve().parents[2] / "configs" / "deepspeech2"
FEATURES = {"ds2": "spectrogram", "ds2_small": "mel"}  # each model with the features of its recipe
LABELS_PER_SECOND = 12  # jamo per second of the synthetic speech, for random targets


def build(model: str, manifest: str) -> DeepSpeech2Module:
    """A fresh training module of ``model`` (configs/deepspeech2/model/) with a jamo vocabulary of ``manifest``,
    made by the training recipe's own :func:`~deepspeech2.module.build_module`."""
    with initialize_config_dir(str(CONFIGS), version_base="1.3"):
        cfg = compose("train", [f"model={model}", f"features={FEATURES.get(model, 'mel')}", "tokenizer=jamo",
                                f"data.train_manifest={manifest}"])
    return build_module(cfg)


def synthetic_batches(durations: list[float], hop_ms: float, max_frames: int, count: int, n_labels: int,
                      seed: int = 0):
    """``count`` batches of random audio with lengths drawn from ``durations``, bucketed like training.

    Draws twice the utterances that ``count`` full batches hold, so that large batches are as full (and as
    little padded) as in training rather than a few half-empty ones.
    """
    rng = np.random.default_rng(seed)
    mean_frames = float(np.mean(durations)) * 1000 / hop_ms
    seconds = rng.choice(durations, size=max(round(2 * count * max_frames / mean_frames), 256))
    batches = bucket_batches([round(s * 1000 / hop_ms) for s in seconds], max_frames)
    for k in rng.permutation(len(batches))[:count]:
        lengths = torch.tensor([round(seconds[i] * SAMPLE_RATE) for i in batches[k]])
        waveforms = torch.randn(len(lengths), int(lengths.max())) * 0.1
        waveforms *= torch.arange(waveforms.shape[1])[None] < lengths[:, None]
        target_lengths = (lengths / SAMPLE_RATE * LABELS_PER_SECOND).long().clamp(min=1)
        targets = torch.randint(1, n_labels, (len(lengths), int(target_lengths.max())))
        yield waveforms, lengths, targets, target_lengths


def real_batches(manifest: str, module: DeepSpeech2Module, max_frames: int, count: int, workers: int):
    """``count`` batches of the training loader (audio decoding, speed/volume perturbation) of ``manifest``,
    going on into further epochs (reshuffled, same worker processes) when one epoch holds fewer."""
    augment = WaveAugment(speed_factors=[0.9, 1.0, 1.1], gain_db=[-6.0, 6.0])
    dataset = SpeechDataset(manifest, module.tokenizer, augment=augment)
    loader = make_loader(dataset, module.features.config.hop_ms, max_frames, shuffle=True, sortagrad=False,
                         num_workers=workers)
    for epoch in itertools.count():
        loader.batch_sampler.set_epoch(epoch)
        for batch in loader:
            if count == 0:
                return
            count -= 1
            yield batch.waveforms, batch.lengths, batch.targets, batch.target_lengths


def naive_forward(module: DeepSpeech2Module, waveforms: torch.Tensor, lengths: torch.Tensor):
    """The same model, computed the straightforward way: features one utterance at a time, and padding
    zeroed by a Python loop over the batch after every conv, batch norm and activation (batch norm
    statistics then include the padded cells). The recurrent layers run on packed sequences, as the
    reference runs them; they and the head are shared with the model."""
    model, extractor = module.model, module.features
    features = [extractor(w[None, :n], n[None])[0][0] for w, n in zip(waveforms, lengths)]  # each (F, T_i)
    frames = torch.tensor([f.shape[1] for f in features], device=waveforms.device)
    x = torch.nn.utils.rnn.pad_sequence([f.T for f in features], batch_first=True).transpose(1, 2)  # (N, F, T)
    x = x.unsqueeze(1)
    for block in model.convs:
        frames = block.output_lengths(frames)
        norm, activation = block.norm
        for layer in (block.conv, lambda y: norm(y.flatten(2)).view_as(y), activation):
            x = layer(x)
            for i, n in enumerate(frames.tolist()):  # the reference's MaskConv
                if n < x.shape[-1]:
                    x[i, :, :, n:] = 0
    n, c, f, t = x.shape
    x = x.permute(0, 3, 1, 2).reshape(n, t, c * f)
    packed = torch.nn.utils.rnn.pack_padded_sequence(x, frames.cpu(), batch_first=True, enforce_sorted=False)
    for rnn in model.rnns:
        packed = rnn(packed)
    x, _ = torch.nn.utils.rnn.pad_packed_sequence(packed, batch_first=True, total_length=t)
    return model.head[1](model.head[0](x.reshape(n * t, -1))).view(n, t, -1), frames


def sync(device: torch.device) -> float:
    if device.type == "cuda":
        torch.cuda.synchronize()
    return time.perf_counter()


def train_steps(module: DeepSpeech2Module, batches, device: torch.device, precision: str, naive: bool = False,
                warmup: int = 1) -> dict:
    """Time training steps; the first ``warmup`` steps are run but not counted."""
    module.to(device).train()
    fused = bool(module.hparams.optim.get("fused", False)) and not naive  # as the recipe's configure_optimizers
    optimizer = torch.optim.AdamW(module.parameters(), lr=1e-4, fused=fused)
    dtype = {"bf16": torch.bfloat16, "fp16": torch.float16}.get(precision)
    totals = dict(data=0.0, forward=0.0, backward=0.0, audio=0.0, valid_frames=0, padded_frames=0, steps=0)
    ctc = torch.nn.CTCLoss(zero_infinity=True)
    start = sync(device)
    for step, (waveforms, lengths, targets, target_lengths) in enumerate(batches):
        waveforms, lengths = waveforms.to(device, non_blocking=True), lengths.to(device)
        loaded = sync(device)
        with torch.autocast(device.type, dtype=dtype, enabled=dtype is not None):
            logits, out_lengths = naive_forward(module, waveforms, lengths) if naive else module(waveforms, lengths)
        log_probs = logits.float().log_softmax(-1).transpose(0, 1)
        loss = ctc(log_probs, targets.to(device), out_lengths, target_lengths.to(device))
        forwarded = sync(device)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(module.parameters(), 400.0)
        optimizer.step()
        done = sync(device)
        if step >= warmup:
            frames = lengths // module.features.config.hop_length
            totals["data"] += loaded - start
            totals["forward"] += forwarded - loaded
            totals["backward"] += done - forwarded
            totals["audio"] += float(lengths.sum()) / SAMPLE_RATE
            totals["valid_frames"] += int(frames.sum())
            totals["padded_frames"] += int(frames.max()) * len(frames)
            totals["steps"] += 1
        start = sync(device)
    seconds = totals["data"] + totals["forward"] + totals["backward"]
    steps = max(totals["steps"], 1)
    return {
        "audio_s_per_s": round(totals["audio"] / seconds, 1) if seconds else None,
        "steps": totals["steps"],
        "step_ms": {k: round(1000 * totals[k] / steps, 1) for k in ("data", "forward", "backward")},
        "padding_share": round(1 - totals["valid_frames"] / max(totals["padded_frames"], 1), 3),
    }


def loader_throughput(manifest: str, module: DeepSpeech2Module, max_frames: int, count: int, workers: int) -> float:
    """Audio-seconds per second that the training loader alone delivers, once its worker processes run.

    The first batch (which includes starting the workers) is not counted, and the batches are made small
    enough for ``count`` of them per worker to fit in the manifest, so the batches the workers prepared in
    parallel with the first one do not flatter the figure.
    """
    batches = count * max(workers, 1)  # counted after the first
    frames = sum(read_manifest(manifest)["duration"]) * 1000 / module.features.config.hop_ms
    max_frames = int(min(max_frames, frames / (batches + 2)))
    start, audio = None, 0.0
    for _, lengths, _, _ in real_batches(manifest, module, max_frames, batches + 1, workers):
        if start is None:
            start = time.perf_counter()
        else:
            audio += float(lengths.sum()) / SAMPLE_RATE
    return round(audio / (time.perf_counter() - start), 1) if audio else None


@torch.inference_mode()
def inference_speed(module: DeepSpeech2Module, manifest: str, device: torch.device, utterances: int,
                    batch_size: int) -> dict:
    """Real-time factor and utterances per second of the model (features included) at a batch size."""
    module.to(device).eval()
    dataset = SpeechDataset(manifest, module.tokenizer)
    waveforms = [dataset[i].waveform for i in range(min(utterances, len(dataset)))]
    audio = sum(len(w) for w in waveforms) / SAMPLE_RATE
    start = sync(device)
    for k in range(0, len(waveforms), batch_size):
        chunk = waveforms[k : k + batch_size]
        lengths = torch.tensor([len(w) for w in chunk], device=device)
        padded = torch.nn.utils.rnn.pad_sequence(chunk, batch_first=True).to(device)
        module(padded, lengths)[0].log_softmax(-1).argmax(-1).cpu()
    seconds = sync(device) - start
    return {"rtf": round(seconds / audio, 4), "utterances_per_s": round(len(waveforms) / seconds, 1)}


def peak_memory_mb(device: torch.device) -> int:
    if device.type == "cuda":
        return round(torch.cuda.max_memory_allocated(device) / 2**20)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)  # the whole process, in KiB on Linux


def profile(module: DeepSpeech2Module, batches, device: torch.device, precision: str, path: Path) -> None:
    """torch.profiler's table of the most expensive operators over a few training steps at ``precision``."""
    activities = [torch.profiler.ProfilerActivity.CPU] + (
        [torch.profiler.ProfilerActivity.CUDA] if device.type == "cuda" else [])
    with torch.profiler.profile(activities=activities) as prof:
        train_steps(module, batches, device, precision, warmup=0)
    key = "cuda_time_total" if device.type == "cuda" else "cpu_time_total"
    atomic_write_text(path, prof.key_averages().table(sort_by=key, row_limit=25))


def markdown(r: dict) -> str:
    lines = [f"\n## Training and inference speed ({r['date']}, `{r['command']}`)\n",
             f"{r['machine']}; torch {r['torch']}, torchaudio {r['torchaudio']}; {r['threads']} threads; "
             f"device {r['device']}, precision {r['precision']}; load average {r['load_average']:.1f}.\n",
             "| model | params (M) | batches | train audio-s/s | step ms data / fwd / bwd | padding | "
             "peak MB | loader audio-s/s | RTF b1 | RTF batched | utt/s batched | × straightforward |",
             "| --- | ---: | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for m in r["models"]:
        for kind in ("synthetic", "real"):
            t = m[kind]
            ms = t["step_ms"]
            extra = [str(m["loader_audio_s_per_s"]), str(m["batch1"]["rtf"]), str(m["batched"]["rtf"]),
                     str(m["batched"]["utterances_per_s"]), str(m.get("speedup_vs_straightforward", "–"))]
            lines.append(f"| {m['model']} | {m['params_m']:.2f} | {kind} | {t['audio_s_per_s']} | "
                         f"{ms['data']} / {ms['forward']} / {ms['backward']} | {t['padding_share']:.1%} | "
                         f"{m['peak_mb']} | " + (" | ".join(extra) if kind == "synthetic" else " | ".join("" for _ in extra))
                         + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", nargs="+", default=["ds2_small"], help="configs/deepspeech2/model names")
    parser.add_argument("--manifest", default="data/synthetic/manifests/train.csv", help="lengths and real batches")
    parser.add_argument("--test-manifest", default="data/synthetic/manifests/test.csv", help="for inference")
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu",
                        help="cpu | cuda (default: cuda when there is one)")
    parser.add_argument("--precision", default="fp32", choices=["fp32", "bf16", "fp16"],
                        help="autocast precision of training steps on a GPU (default: %(default)s)")
    parser.add_argument("--max-frames", type=int, default=2000, help="padded frames per training batch")
    parser.add_argument("--steps", type=int, default=10, help="timed training steps per measurement")
    parser.add_argument("--utterances", type=int, default=48, help="for the inference figures")
    parser.add_argument("--workers", type=int, default=2, help="data-loader processes")
    parser.add_argument("--threads", type=int, default=torch.get_num_threads(), help="torch threads")
    parser.add_argument("--profile", action="store_true", help="also write torch.profiler tables")
    parser.add_argument("--work-dir", default="outputs/deepspeech2/bench", help="bench.json and profiles go here")
    parser.add_argument("--results", help="Markdown file the section is appended to (default: <work dir>/benchmarks.md; "
                                          "docs/benchmarks.md to add it to the project's record)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    ensure_corpus_for(args.manifest, args.test_manifest)
    device, work = torch.device(args.device), Path(args.work_dir)
    durations = [float(d) for d in read_manifest(args.manifest)["duration"]]
    report = {"date": f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
              "command": "python -m deepspeech2.benchmarks.training_speed " + " ".join(sys.argv[1:]),
              "machine": f"{platform.machine()}, {os.cpu_count()} CPUs" + (
                  f", {torch.cuda.get_device_name(device)}" if device.type == "cuda" else ""),
              "torch": torch.__version__, "torchaudio": torchaudio.__version__, "threads": args.threads,
              "device": str(device), "precision": args.precision, "models": []}
    for name in args.models:
        torch.manual_seed(0)
        module = build(name, args.manifest)
        n_labels, hop_ms = len(module.tokenizer), module.features.config.hop_ms
        batches = list(synthetic_batches(durations, hop_ms, args.max_frames, args.steps + 1, n_labels))  # made before timing
        if args.profile:
            profile(module, iter(batches[:3]), device, args.precision, work / f"profile_{name}.txt")
        result = {"model": name, "params_m": sum(p.numel() for p in module.parameters()) / 1e6,
                  "synthetic": train_steps(module, iter(batches), device, args.precision),
                  "real": train_steps(module, real_batches(args.manifest, module, args.max_frames, args.steps + 1,
                                                           args.workers), device, args.precision)}
        if device.type == "cpu":
            naive = train_steps(module, iter(batches), device, "fp32", naive=True)
            result["straightforward"] = naive
            result["speedup_vs_straightforward"] = round(
                result["synthetic"]["audio_s_per_s"] / naive["audio_s_per_s"], 2)
        result["loader_audio_s_per_s"] = loader_throughput(args.manifest, module, args.max_frames, args.steps,
                                                           args.workers)
        result["batch1"] = inference_speed(module, args.test_manifest, device, args.utterances, 1)
        result["batched"] = inference_speed(module, args.test_manifest, device, args.utterances, 16)
        result["peak_mb"] = peak_memory_mb(device)
        report["models"].append(result)
        print(json.dumps(result), flush=True)
    report["load_average"] = os.getloadavg()[2]
    atomic_write_json(work / "bench.json", report)
    section = markdown(report)
    print(section)
    append_section(args.results or work / "benchmarks.md", section)


if __name__ == "__main__":
    main()
