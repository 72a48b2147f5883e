import pytest
import torch

from deepspeech2.model import DeepSpeech2, DeepSpeech2Config, lengths_to_mask

CONFIGS = [
    dict(),  # the original (41, 11) / (21, 11) kernels, strides (2, 2) / (2, 1)
    dict(conv_kernels=[[11, 5], [5, 3], [3, 3]], conv_strides=[[2, 3], [1, 2], [2, 1]]),
    dict(conv_kernels=[[4, 4]], conv_strides=[[2, 2]]),  # even kernels
    dict(bidirectional=False, lookahead_context=3, rnn_type="lstm"),
]


def tiny(n_features: int = 20, n_classes: int = 7, **overrides) -> DeepSpeech2:
    config = dict(conv_channels=3, rnn_type="gru", rnn_hidden=16, rnn_layers=2) | overrides
    return DeepSpeech2(DeepSpeech2Config(n_features=n_features, n_classes=n_classes, **config))


def randomize_batch_norm(model: DeepSpeech2) -> None:
    """Non-trivial running statistics, so eval-mode batch norm is not the identity."""
    generator = torch.Generator().manual_seed(0)
    for module in model.modules():
        if isinstance(module, (torch.nn.BatchNorm1d, torch.nn.BatchNorm2d)):
            module.running_mean.normal_(generator=generator)
            module.running_var.uniform_(0.5, 2.0, generator=generator)


@pytest.mark.parametrize("overrides", CONFIGS)
def test_output_lengths_equal_real_output_lengths(overrides):
    model = tiny(**overrides).eval()
    for frames in (1, 2, 3, 10, 11, 37, 64):
        logits, lengths = model(torch.randn(1, 20, frames), torch.tensor([frames]))
        assert logits.shape[1] == lengths.item() == model.output_lengths(torch.tensor([frames])).item()


@pytest.mark.parametrize("overrides", CONFIGS)
def test_utterance_alone_equals_padded_batch(overrides):
    torch.manual_seed(0)
    model = tiny(**overrides)
    randomize_batch_norm(model)
    model.eval()
    lengths = torch.tensor([50, 23, 9])
    features = torch.randn(3, 20, 50) * lengths_to_mask(lengths, 50)[:, None, :]  # zeros past each length
    logits, out_lengths = model(features, lengths)
    for i, length in enumerate(lengths):
        alone, alone_length = model(features[i : i + 1, :, :length], lengths[i : i + 1])
        assert alone_length.item() == out_lengths[i].item()
        torch.testing.assert_close(alone[0], logits[i, : out_lengths[i]], atol=1e-4, rtol=1e-4)
        assert logits[i, out_lengths[i] :].abs().sum() == 0  # nothing past the end


def test_training_batch_norm_ignores_padding():
    """In training mode the statistics come from valid frames only: extra padding changes nothing."""
    torch.manual_seed(0)
    model = tiny(bidirectional=False, lookahead_context=2).train()
    lengths = torch.tensor([30, 12])
    features = torch.randn(2, 20, 30) * lengths_to_mask(lengths, 30)[:, None, :]
    logits, out_lengths = model(features, lengths)
    padded, _ = model(torch.nn.functional.pad(features, (0, 25)), lengths)
    torch.testing.assert_close(padded[:, : logits.shape[1]], logits, atol=1e-5, rtol=1e-5)


def test_lengths_to_mask():
    lengths = torch.tensor([3, 0, 5, 1])
    expected = torch.tensor([[i < n for i in range(5)] for n in lengths.tolist()])
    assert torch.equal(lengths_to_mask(lengths, 5), expected)


def test_sizes_follow_the_config():
    model = tiny(n_features=161, conv_channels=5)  # 161 → 81 → 41 bins after the two strides of 2
    assert model.conv_output_frequency(161) == 41
    assert model.rnns[0].rnn.input_size == 5 * 41
    assert model.head[1].out_features == 7


def test_bad_config_is_rejected():
    with pytest.raises(ValueError, match="rnn_type"):
        DeepSpeech2Config(n_features=20, n_classes=5, rnn_type="transformer")


def test_recurrent_layer_unpacked_equals_packed_in_training():
    """A batch without padding runs the recurrent layers unpacked; the packed path on the same frames gives the
    same outputs and gradients in training mode (sequence-wise batch norm over the same frames)."""
    torch.manual_seed(0)
    layer = tiny(rnn_layers=2).train().rnns[1]  # with batch norm
    x = torch.randn(2, 30, 16, requires_grad=True)
    unpacked = layer(x)  # (N, T, H)
    packed = layer(torch.nn.utils.rnn.pack_padded_sequence(x, torch.tensor([30, 30]), batch_first=True))
    packed, _ = torch.nn.utils.rnn.pad_packed_sequence(packed, batch_first=True)
    torch.testing.assert_close(unpacked, packed, atol=1e-5, rtol=1e-5)
    weight = layer.rnn.weight_hh_l0_reverse
    grads = [torch.autograd.grad(y.square().sum(), weight, retain_graph=True)[0] for y in (unpacked, packed)]
    torch.testing.assert_close(grads[0], grads[1], atol=1e-4, rtol=1e-4)


def test_trailing_padding_is_trimmed_and_restored():
    """Frames that are padding in every utterance are dropped before the recurrent layers (the unpacked path
    for one utterance) and come back as zero logits: same shape, same values as without the padding."""
    torch.manual_seed(0)
    model = tiny().eval()
    features = torch.randn(1, 20, 40)
    logits, lengths = model(features, torch.tensor([40]))
    padded, padded_lengths = model(torch.nn.functional.pad(features, (0, 24)), torch.tensor([40]))
    assert padded.shape[1] == model.output_lengths(torch.tensor([64])).item() > logits.shape[1]
    assert padded_lengths.item() == lengths.item()
    torch.testing.assert_close(padded[:, : logits.shape[1]], logits, atol=1e-5, rtol=1e-5)
    assert padded[:, lengths.item() :].abs().sum() == 0


@pytest.mark.parametrize("rnn_type", ["gru", "lstm"])
@pytest.mark.parametrize("bidirectional", [True, False])
def test_padded_recurrent_layers_equal_packed_ones_in_training(rnn_type, bidirectional):
    """The CPU's padded path (each direction over the padded batch, the backward one reversed within
    lengths) gives the packed path's logits and gradients."""
    torch.manual_seed(0)
    model = tiny(rnn_type=rnn_type, bidirectional=bidirectional, lookahead_context=2, rnn_layers=3).train()
    lengths = torch.tensor([40, 31, 12])
    features = torch.randn(3, 20, 40) * lengths_to_mask(lengths, 40)[:, None, :]
    results = {}
    for mode in ("packed", "padded"):
        model.rnn_padding = mode
        torch.manual_seed(1)  # the same dropout masks (none here) and batch statistics
        logits, out_lengths = model(features, lengths)
        weight = model.rnns[1].rnn.weight_hh_l0
        results[mode] = (logits, torch.autograd.grad(logits.square().sum(), weight)[0])
    torch.testing.assert_close(results["padded"][0], results["packed"][0], atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(results["padded"][1], results["packed"][1], atol=1e-4, rtol=1e-4)
    assert results["padded"][0][2, out_lengths[2] :].abs().sum() == 0  # zeros past the end


def test_padded_path_where_it_is_faster_and_never_for_quantized_layers():
    """auto: on the CPU, LSTMs always and GRUs when computing gradients; an int8 model stays packed."""
    x = torch.zeros(1)
    gru, lstm = tiny(), tiny(rnn_type="lstm")
    assert gru.runs_padded(x) and lstm.runs_padded(x)
    with torch.no_grad():
        assert not gru.runs_padded(x) and lstm.runs_padded(x)
    gru.rnn_padding = "packed"
    assert not gru.runs_padded(x)
    quantized = torch.ao.quantization.quantize_dynamic(tiny().eval(), {torch.nn.GRU, torch.nn.Linear})
    assert not any(layer.runs_padded for layer in quantized.rnns) and not quantized.runs_padded(x)
    logits, _ = quantized(torch.randn(2, 20, 30), torch.tensor([30, 20]))  # packed, still works
    assert logits.shape[0] == 2


@pytest.mark.parametrize("rnn_type", ["lstm", "gru"])
def test_bf16_autocast_keeps_an_utterance_alone_equal_to_its_padded_batch(rnn_type):
    """Training under bf16 autocast (trainer.precision=bf16-mixed, an option on bf16-capable CPUs): padding still
    never reaches the valid frames, in training and eval mode, up to bf16's rounding."""
    torch.manual_seed(0)
    model = tiny(rnn_type=rnn_type, conv_channels=8, rnn_hidden=32)
    randomize_batch_norm(model)
    lengths = torch.tensor([60, 37, 21])
    features = torch.randn(3, 20, 60) * lengths_to_mask(lengths, 60)[:, None, :]
    with torch.autocast("cpu", dtype=torch.bfloat16):
        logits, out_lengths = model.eval()(features, lengths)
        assert logits.dtype == torch.bfloat16  # the layers did run in bf16
        for i, length in enumerate(lengths):
            alone, _ = model(features[i : i + 1, :, :length], lengths[i : i + 1])
            torch.testing.assert_close(alone[0].float(), logits[i, : out_lengths[i]].float(), atol=0.02, rtol=0.0)
            assert logits[i, out_lengths[i] :].abs().sum() == 0
        model.train()
        trained, _ = model(features, lengths)
        padded, _ = model(torch.nn.functional.pad(features, (0, 25)), lengths)  # extra padding changes nothing
    torch.testing.assert_close(padded[:, : trained.shape[1]].float(), trained.float(), atol=0.02, rtol=0.0)


@pytest.mark.parametrize("native", [True, False])
def test_bf16_convolutions_only_where_the_hardware_has_bf16(monkeypatch, native):
    """conv_precision=bf16: the convolutions run in bf16 (where the hardware multiplies bf16 natively; elsewhere
    the model is the float32 one), the recurrences get float32, and an utterance alone still equals its
    padded batch up to bf16's rounding."""
    monkeypatch.setattr("deepspeech2.model.native_bf16", lambda device_type: native)
    torch.manual_seed(0)
    model = tiny(rnn_type="lstm", conv_channels=8, rnn_hidden=32, conv_precision="bf16")
    randomize_batch_norm(model)
    reference = tiny(rnn_type="lstm", conv_channels=8, rnn_hidden=32)
    reference.load_state_dict(model.state_dict())
    seen = {}
    model.convs[-1].register_forward_hook(lambda module, args, out: seen.update(conv=out[0].dtype))
    model.rnns[0].rnn.register_forward_pre_hook(lambda module, args: seen.update(rnn=args[0].dtype))
    lengths = torch.tensor([60, 37, 21])
    features = torch.randn(3, 20, 60) * lengths_to_mask(lengths, 60)[:, None, :]
    logits, out_lengths = model.eval()(features, lengths)
    assert seen["conv"] == (torch.bfloat16 if native else torch.float32)
    assert logits.dtype == torch.float32
    expected, _ = reference.eval()(features, lengths)
    if native:
        assert 0 < (logits - expected).abs().max() < 0.05  # bf16 rounding, nothing more
    else:
        torch.testing.assert_close(logits, expected, atol=0.0, rtol=0.0)
    for i, length in enumerate(lengths):
        alone, _ = model(features[i : i + 1, :, :length], lengths[i : i + 1])
        assert seen["rnn"] == torch.float32
        torch.testing.assert_close(alone[0], logits[i, : out_lengths[i]], atol=0.02, rtol=0.0)
        assert logits[i, out_lengths[i] :].abs().sum() == 0
