"""Model shapes: the original CNN's derived flattened size, and GenderCNN's masked (and attentive) pooling."""
import pytest
import torch

from classification.model import CNNOriginal, CNNOriginalConfig, GenderCNN, GenderCNNConfig, build_model


@pytest.mark.parametrize("n_features, frames, flat", [
    (128, 300, 64 * 16 * 37),  # the original: nn.Linear(37888, 128)
    (40, 300, 64 * 5 * 37),
    (13, 100, 64 * 1 * 12),
    (128, 512, 64 * 16 * 64),
])
def test_original_cnn_derives_its_flattened_size(n_features, frames, flat):
    config = CNNOriginalConfig(n_features=n_features, frames=frames)
    model = CNNOriginal(config)
    assert config.flat_size() == flat == model.head[1].in_features
    for length in (frames // 3, frames, frames + 50):  # shorter inputs are padded, longer ones trimmed
        logits = model(torch.randn(2, n_features, length), torch.tensor([length, length // 2]))
        assert logits.shape == (2,)


def test_original_cnn_matches_the_original_parameter_count():
    model = build_model({"name": "cnn_original"})
    convs = 16 * 9 + 16 + 32 * 16 * 9 + 32 + 64 * 32 * 9 + 64
    assert sum(p.numel() for p in model.parameters()) == convs + 37888 * 128 + 128 + 128 + 1


def test_too_small_inputs_are_clear_errors():
    with pytest.raises(ValueError, match="vanish"):
        CNNOriginalConfig(n_features=4, frames=300).flat_size()
    with pytest.raises(ValueError, match="vanish"):
        GenderCNN(GenderCNNConfig(n_features=8))
    with pytest.raises(ValueError, match="model.name"):
        build_model({"name": "resnet"})


@pytest.mark.parametrize("n_features", [40, 64, 80])
def test_gender_cnn_is_small_and_takes_any_length(n_features):
    model = GenderCNN(GenderCNNConfig(n_features=n_features)).eval()
    assert sum(p.numel() for p in model.parameters()) < 1_000_000
    for length in (3, 50, 777):
        assert model(torch.randn(2, n_features, length), torch.tensor([length, 1])).shape == (2,)


@pytest.mark.parametrize("pooling", ["mean_max", "attention"])
def test_masked_pooling_gives_a_clip_the_same_logit_alone_and_in_a_padded_batch(pooling):
    torch.manual_seed(0)
    model = GenderCNN(GenderCNNConfig(n_features=64, pooling=pooling)).eval()
    with torch.no_grad():  # give BatchNorm non-trivial statistics
        for bn in (m for m in model.modules() if isinstance(m, torch.nn.BatchNorm2d)):
            bn.running_mean.uniform_(-1, 1)
            bn.running_var.uniform_(0.5, 2)
    lengths = torch.tensor([301, 120, 57])
    batch = torch.randn(3, 64, 301) * (torch.arange(301) < lengths[:, None, None])
    batched = model(batch, lengths)
    alone = torch.cat([model(batch[i : i + 1, :, : lengths[i]], lengths[i : i + 1]) for i in range(3)])
    assert torch.allclose(batched, alone, atol=1e-5)
    garbage = batch + 5.0 * (torch.arange(301) >= lengths[:, None, None])  # what the padding holds never matters
    assert torch.allclose(model(garbage, lengths), batched, atol=1e-5)


def test_attention_pooling_learns_to_follow_the_marked_frames():
    """Each clip holds a frame that carries its label and an equally loud frame of the other label, at random
    places; only a marker bin, far from the label's bins, tells which is the speaker's. Attentive pooling can
    weight the marked frame and learn the labels; pooling each feature over time alone cannot tell the two
    labels' clips apart (mean + max stays near chance)."""
    torch.manual_seed(0)

    def clips(n: int) -> tuple[torch.Tensor, torch.Tensor]:
        labels = torch.randint(0, 2, (n,)).float()
        x = 0.1 * torch.randn(n, 16, 32)
        speaker, other = torch.randint(0, 16, (n,)), 16 + torch.randint(0, 16, (n,))
        rows = torch.arange(n)
        first_half = torch.rand(n) < 0.5  # the speaker's frame in either half
        speaker, other = torch.where(first_half, speaker, other), torch.where(first_half, other, speaker)
        x[rows, 0, speaker] = 3.0  # the marker: this frame is the speaker
        x[rows, 4:8, speaker] += 2.0 * (2 * labels[:, None] - 1)  # the label, carried by bins 4–7
        x[rows, 4:8, other] -= 2.0 * (2 * labels[:, None] - 1)  # as loud, the other label
        return x, labels

    accuracy = {}
    for pooling in ("mean_max", "attention"):
        model = GenderCNN(GenderCNNConfig(n_features=16, channels=[8], dropout=0.0, pooling=pooling,
                                          attention_hidden=16))
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
        for _ in range(150):
            x, y = clips(64)
            loss = torch.nn.functional.binary_cross_entropy_with_logits(model(x, torch.full((64,), 32)), y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        model.eval()
        x, y = clips(500)
        with torch.no_grad():
            accuracy[pooling] = ((model(x, torch.full((500,), 32)) > 0).float() == y).float().mean().item()
    assert accuracy["attention"] > 0.9 > accuracy["mean_max"] + 0.2, accuracy
