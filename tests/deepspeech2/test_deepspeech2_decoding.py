import torch

from deepspeech2.decoding import greedy_decode


def one_hot_scores(paths: list[list[int]], classes: int = 5) -> torch.Tensor:
    """``(N, T, C)`` scores whose per-frame argmax is ``paths`` (padded with blanks)."""
    length = max(map(len, paths))
    scores = torch.zeros(len(paths), length, classes)
    for i, path in enumerate(paths):
        scores[i, torch.arange(len(path)), torch.tensor(path)] = 1.0
    return scores


def test_collapses_repeats_and_removes_blanks():
    paths = [[1, 1, 0, 1, 2, 2, 0, 0, 3], [0, 0, 4, 4, 4, 0]]
    assert greedy_decode(one_hot_scores(paths), torch.tensor([9, 6])) == [[1, 1, 2, 3], [4]]


def test_frames_past_the_length_are_ignored():
    scores = one_hot_scores([[2, 0, 3, 3, 1]])
    assert greedy_decode(scores, torch.tensor([3])) == [[2, 3]]


def test_all_blank_gives_empty():
    assert greedy_decode(one_hot_scores([[0, 0, 0]]), torch.tensor([3])) == [[]]
