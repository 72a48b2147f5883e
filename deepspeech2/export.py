"""Export the acoustic model for inference without this toolkit: TorchScript or ONNX.

    python -m deepspeech2.export checkpoint=PATH format=onnx          # → PATH with .onnx, plus PATH.onnx.json
    python -m deepspeech2.export checkpoint=PATH format=torchscript output=ds2.pt

The exported graph takes ``features (N, F, T)`` float32 and ``lengths (N,)``
int64 (frames) and returns ``log_probs (N, T', C)`` (log-softmax; rows past a
length are meaningless) and ``out_lengths (N,)``; batch and time are dynamic.
Feature extraction stays in Python — :class:`deepspeech2.features.FeatureExtractor`
built from the ``features`` settings in the ``.json`` written beside the model,
which also holds the labels (index 0 is the CTC blank)::

    settings = json.load(open("ds2.onnx.json"))
    extractor = FeatureExtractor(FeatureConfig(**settings["features"]))
    features, frames = extractor(waveforms, lengths)          # 16 kHz (N, S) float32
    session = onnxruntime.InferenceSession("ds2.onnx")
    log_probs, out_lengths = session.run(None, {"features": features.numpy(), "lengths": frames.numpy()})

The training model runs its recurrent layers on packed sequences, or on the
CPU through ``torch.gru``/``torch.lstm`` calls on its layers' weights, which
neither exporter accepts. :class:`ExportableDeepSpeech2` computes the same
function (in eval mode) with masks and one-direction copies of the layers:
the forward direction of each layer runs over the padded batch (padding comes
after the valid frames, so it cannot reach them) and the backward direction
over each utterance reversed within its length. The parity tests check both
exports against the training model. The exported convolutions are float32
even for a model with ``conv_precision: bf16`` (which runs them in bf16 where
the hardware has it): the logits then differ by bf16's rounding only.

ONNX goes through torch's TorchScript-based exporter (``dynamo=False``, opset
17, the recurrent layers become ONNX ``GRU``/``LSTM`` nodes). In torch 2.11 the
newer ``torch.export``-based exporter loses the dynamic time axis of this
graph (onnxruntime then rejects other lengths), so it is not used yet.
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

import hydra
import torch
from omegaconf import DictConfig
from torch import nn

from deepspeech2.checkpoint import load_model
from deepspeech2.inference import USER_ERRORS
from deepspeech2.model import DeepSpeech2, lengths_to_mask, reverse_within_lengths
from preprocessing.files import atomic_path, atomic_write_json
from preprocessing.command_line import run_command

FORMATS = {"onnx": ".onnx", "torchscript": ".pt"}


def split_directions(rnn: nn.RNNBase) -> tuple[nn.RNNBase, nn.RNNBase | None]:
    """A one-layer (bi)directional GRU/LSTM → (forward, backward or None) unidirectional copies."""
    copies = []
    for suffix in ["", "_reverse"] if rnn.bidirectional else [""]:
        copy = type(rnn)(rnn.input_size, rnn.hidden_size, batch_first=True)
        copy.load_state_dict({name: getattr(rnn, f"{name}{suffix}") for name, _ in copy.named_parameters()})
        copies.append(copy)
    return copies[0], copies[1] if rnn.bidirectional else None


class ExportableDeepSpeech2(nn.Module):
    """:class:`DeepSpeech2` (eval mode) with masks instead of packed sequences: the same outputs, exportable.

    Shares the weights of ``model`` except the recurrent layers, copied one direction each.
    """

    def __init__(self, model: DeepSpeech2):
        super().__init__()
        model = model.eval()
        self.convs, self.head, self.lookahead = model.convs, model.head, model.lookahead
        self.norms = nn.ModuleList(layer.norm or nn.Identity() for layer in model.rnns)
        directions = [split_directions(layer.rnn) for layer in model.rnns]  # [(forward, backward or None)]
        self.forward_rnns = nn.ModuleList(forward for forward, _ in directions)
        bidirectional = directions[0][1] is not None
        self.backward_rnns = nn.ModuleList(backward for _, backward in directions) if bidirectional else None
        self.eval()

    def forward(self, features: torch.Tensor, lengths: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Features ``(N, F, T)`` + lengths ``(N,)`` → log-probabilities ``(N, T', C)`` + lengths ``(N,)``."""
        x = features.unsqueeze(1)  # (N, 1, F, T)
        for block in self.convs:
            x = block.conv(x)  # (N, C, F', T')
            lengths = block.output_lengths(lengths)
            n, c, f, t = x.shape
            x = block.norm(x.permute(0, 3, 1, 2).reshape(n * t, c, f)).reshape(n, t, c, f)  # (N, T', C, F')
            x = x.permute(0, 2, 3, 1) * lengths_to_mask(lengths, t)[:, None, None, :]
        n, c, f, t = x.shape
        mask = lengths_to_mask(lengths, t)[:, :, None]  # (N, T', 1)
        x = x.permute(0, 3, 1, 2).reshape(n, t, c * f)  # (N, T', C·F')
        for i, norm in enumerate(self.norms):
            x = norm(x.reshape(n * t, -1)).reshape(n, t, -1)
            y, _ = self.forward_rnns[i](x)  # (N, T', H)
            if self.backward_rnns is not None:
                backward, _ = self.backward_rnns[i](reverse_within_lengths(x, lengths))
                y = y + reverse_within_lengths(backward, lengths)
            x = y * mask  # zeros past each length, as pad_packed_sequence
        if self.lookahead is not None:
            x = self.lookahead(x)
        logits = self.head(x.reshape(n * t, -1)).reshape(n, t, -1) * mask  # (N, T', classes)
        return logits.log_softmax(dim=-1), lengths


def export_model(checkpoint_path: str | Path, fmt: str, output: str | Path | None = None) -> Path:
    """Export a checkpoint's acoustic model as ``fmt`` (onnx | torchscript); writes ``<output>.json`` beside it.

    Returns:
        The model's path (default: the checkpoint's with ``.onnx`` or ``.pt``).
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    model, settings = load_model(checkpoint_path)
    exportable = ExportableDeepSpeech2(model)
    output = Path(output or Path(checkpoint_path).with_suffix(FORMATS[fmt]))
    example = (torch.randn(2, settings["model"]["n_features"], 300), torch.tensor([300, 200]))
    with atomic_path(output) as tmp, torch.no_grad(), warnings.catch_warnings():
        # Tracing warns about Python values taken from tensors (the parity tests cover them) and
        # about the ONNX exporter being the TorchScript-based one (see the module docstring).
        warnings.simplefilter("ignore")
        if fmt == "torchscript":
            torch.jit.trace(exportable, example).save(str(tmp))
        else:
            torch.onnx.export(exportable, example, str(tmp), input_names=["features", "lengths"],
                              output_names=["log_probs", "out_lengths"], dynamo=False, opset_version=17, dynamic_axes={
                                  "features": {0: "batch", 2: "time"}, "lengths": {0: "batch"},
                                  "log_probs": {0: "batch", 1: "frames"}, "out_lengths": {0: "batch"}})
    atomic_write_json(f"{output}.json", {key: settings[key] for key in ("model", "features", "tokenizer")})
    return output


@hydra.main(version_base="1.3", config_path="../configs/deepspeech2", config_name="export")
def main(cfg: DictConfig) -> None:
    try:
        path = export_model(cfg.checkpoint, cfg.format, cfg.output)
    except USER_ERRORS as err:
        sys.exit(f"error: {err}")
    print(f"wrote {path} and {path}.json")


if __name__ == "__main__":
    run_command(main, "deepspeech2", "export", __doc__)
