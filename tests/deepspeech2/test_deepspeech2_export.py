"""TorchScript and ONNX exports give the training model's log-probabilities; int8 quantization stays close to it."""
import json

import numpy as np
import onnx
import onnxruntime
import pytest
import torch
from torch.nn.utils.rnn import pad_sequence

from deepspeech2.export import ExportableDeepSpeech2, export_model
from deepspeech2.inference import QuantizedConvBlock, SettingError, load_recognizer, quantize_int8
from deepspeech2.model import ConvBlock, DeepSpeech2, DeepSpeech2Config, lengths_to_mask
from preprocessing.audio import load_audio
from preprocessing.manifest import read_manifest


@pytest.fixture(scope="module")
def recognizer(tiny_checkpoint):
    return load_recognizer(tiny_checkpoint, "cpu")


@pytest.fixture(scope="module")
def batches(recognizer, tiny_manifest):
    """Real features of the tiny corpus: a padded batch of 5 utterances of different lengths, and one alone."""
    waveforms = [torch.from_numpy(load_audio(p)) for p in read_manifest(tiny_manifest)["path"][:5]]
    lengths = torch.tensor([len(w) for w in waveforms])
    with torch.no_grad():
        padded = recognizer.features(pad_sequence(waveforms, batch_first=True), lengths)
        alone = recognizer.features(waveforms[3][None], lengths[3:4])
    assert len(set(padded[1].tolist())) == 5
    return [padded, alone]


def reference(recognizer, features, lengths) -> tuple[np.ndarray, np.ndarray]:
    with torch.no_grad():
        logits, out_lengths = recognizer.model(features, lengths)
    return logits.log_softmax(-1).numpy(), out_lengths.numpy()


def assert_parity(run, recognizer, batches):
    for features, lengths in batches:
        expected, expected_lengths = reference(recognizer, features, lengths)
        log_probs, out_lengths = run(features, lengths)
        np.testing.assert_array_equal(out_lengths, expected_lengths)
        valid = np.arange(expected.shape[1])[None, :] < expected_lengths[:, None]
        assert np.abs(log_probs - expected)[valid].max() < 1e-4


def test_onnx_export_matches_the_model(recognizer, batches, tiny_checkpoint, tmp_path):
    path = export_model(tiny_checkpoint, "onnx", tmp_path / "tiny.onnx")
    onnx.checker.check_model(str(path))
    session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    assert [i.name for i in session.get_inputs()] == ["features", "lengths"]
    assert_parity(lambda f, n: session.run(None, {"features": f.numpy(), "lengths": n.numpy()}), recognizer, batches)
    settings = json.loads((tmp_path / "tiny.onnx.json").read_text(encoding="utf-8"))
    assert settings["tokenizer"]["labels"] == recognizer.tokenizer.labels and settings["features"]["kind"] == "mel"


def test_torchscript_export_matches_the_model(recognizer, batches, tiny_checkpoint, tmp_path):
    scripted = torch.jit.load(str(export_model(tiny_checkpoint, "torchscript", tmp_path / "tiny.pt")))

    def run(features, lengths):
        with torch.no_grad():
            return [t.numpy() for t in scripted(features, lengths)]

    assert_parity(run, recognizer, batches)


def test_the_exportable_model_handles_unidirectional_lstm_with_lookahead():
    torch.manual_seed(0)
    model = DeepSpeech2(DeepSpeech2Config(n_features=40, n_classes=12, conv_channels=4, rnn_type="lstm",
                                          rnn_hidden=32, rnn_layers=2, bidirectional=False, lookahead_context=3))
    model.eval()
    features, lengths = torch.randn(3, 40, 90), torch.tensor([90, 61, 20])
    features = features * (torch.arange(90)[None, None, :] < lengths[:, None, None])  # zeros past each length
    with torch.no_grad():
        logits, expected_lengths = model(features, lengths)
        log_probs, out_lengths = ExportableDeepSpeech2(model)(features, lengths)
    assert out_lengths.tolist() == expected_lengths.tolist()
    for row, n in enumerate(out_lengths.tolist()):
        torch.testing.assert_close(log_probs[row, :n], logits.log_softmax(-1)[row, :n], atol=1e-5, rtol=0)


def test_export_command(run_cli, tiny_checkpoint, tmp_path):
    result = run_cli("export", f"checkpoint={tiny_checkpoint}", "format=torchscript", f"output={tmp_path / 'm.pt'}")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "m.pt").is_file() and (tmp_path / "m.pt.json").is_file()
    result = run_cli("export", f"checkpoint={tmp_path / 'missing.ckpt'}")
    assert result.returncode == 1 and "error: no checkpoint at" in result.stderr


def test_int8_quantization(recognizer, tiny_checkpoint, batches):
    quantized = load_recognizer(tiny_checkpoint, "cpu", quantize="int8")
    assert type(quantized.model.rnns[0].rnn).__module__.startswith("torch.ao.nn.quantized.dynamic")
    assert type(quantized.model.convs[0]) is ConvBlock and isinstance(quantized.model.convs[1], QuantizedConvBlock)
    assert type(recognizer.model.convs[1]) is ConvBlock  # the float model is left as it was
    features, lengths = batches[0]
    with torch.no_grad():
        expected, out_lengths = recognizer.model(features, lengths)
        logits, _ = quantized.model(features, lengths)
    assert logits.shape == expected.shape
    valid = torch.arange(expected.shape[1])[None, :] < out_lengths[:, None]  # (N, T')
    error = (logits - expected)[valid].abs()
    # measured on x86 (fbgemm): mean error 1.7 % of the mean logit, largest 0.015, every frame's best label kept
    assert error.mean() < 0.03 * expected[valid].abs().mean() and error.max() < 0.05
    assert (logits.argmax(-1) == expected.argmax(-1))[valid].float().mean() >= 0.98
    assert len(quantized.transcribe([np.zeros(16000, dtype=np.float32)])) == 1
    with pytest.raises(SettingError, match="quantize must be int8 or null"):
        load_recognizer(tiny_checkpoint, "cpu", quantize="int4")
    with pytest.raises(SettingError, match="precision=fp16 needs a GPU"):
        load_recognizer(tiny_checkpoint, "cpu", precision="fp16")


def test_the_quantized_conv_block_is_the_float_block_in_int8():
    """Batch norm folded in, Hardtanh(0, 20) as saturation, zeros past each length, the same output lengths."""
    torch.manual_seed(0)
    block = ConvBlock(6, 5, (5, 3), (2, 2), (2, 1)).eval()
    norm = block.norm[0]
    norm.running_mean.uniform_(-0.5, 0.5), norm.running_var.uniform_(0.5, 2.0)
    norm.weight.data.uniform_(0.5, 3.0), norm.bias.data.uniform_(-1.0, 1.0)
    lengths = torch.tensor([30, 17, 9])
    x = torch.rand(3, 6, 16, 30) * 4 * (torch.arange(30) < lengths[:, None])[:, None, None, :]  # like a Hardtanh output
    quantized = QuantizedConvBlock(block)
    with torch.no_grad():
        expected, expected_lengths = block(x, lengths)
        y, out_lengths = quantized(x, lengths)
        loud, _ = quantized(x * 50, lengths)
    assert out_lengths.tolist() == expected_lengths.tolist() == quantized.output_lengths(lengths).tolist()
    assert y.shape == expected.shape
    valid = torch.arange(y.shape[-1])[None, :] < out_lengths[:, None]  # (N, T')
    assert (y.permute(0, 3, 1, 2)[~valid] == 0).all()
    step = quantized.conv.scale  # 20 / 255: one output step
    assert (y - expected).abs().max() < 2 * step and (y - expected).abs().mean() < step / 4
    assert loud.max() == pytest.approx(20.0) and loud.min() == 0.0  # saturates like Hardtanh(0, 20)


def test_int8_and_export_of_a_model_with_bf16_convolutions(monkeypatch):
    """conv_precision=bf16 (the ds2_small family's setting): the int8 model takes the bf16 output of the first
    convolution, and the float32 export differs from the model by bf16's rounding only."""
    monkeypatch.setattr("deepspeech2.model.native_bf16", lambda device_type: True)  # also where the CPU has none
    torch.manual_seed(0)
    model = DeepSpeech2(DeepSpeech2Config(n_features=40, n_classes=12, conv_channels=4, rnn_type="lstm",
                                          rnn_hidden=32, rnn_layers=2, conv_precision="bf16")).eval()
    features, lengths = torch.randn(2, 40, 90), torch.tensor([90, 50])
    features = features * lengths_to_mask(lengths, 90)[:, None, :]
    with torch.no_grad():
        expected, out_lengths = model(features, lengths)
        quantized, _ = quantize_int8(model)(features, lengths)
        exported, _ = ExportableDeepSpeech2(model)(features, lengths)
    valid = lengths_to_mask(out_lengths, expected.shape[1])  # (N, T')
    assert (quantized - expected)[valid].abs().max() < 0.1
    assert (exported - expected.log_softmax(-1))[valid].abs().max() < 0.05
