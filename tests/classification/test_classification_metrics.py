"""Accuracy, F1 and the confusion matrix against hand-computed values."""
import pytest

from classification.metrics import classification_metrics, confusion_text


def test_metrics_of_a_known_prediction():
    labels = [0, 0, 0, 0, 1, 1]  # 4 male, 2 female
    predicted = [0, 0, 0, 1, 1, 0]
    m = classification_metrics(labels, predicted)
    assert m["confusion"] == [[3, 1], [1, 1]]
    assert m["accuracy"] == pytest.approx(4 / 6)
    assert m["per_class"]["male"] == pytest.approx({"precision": 0.75, "recall": 0.75, "f1": 0.75, "support": 4})
    assert m["per_class"]["female"]["f1"] == pytest.approx(0.5)
    assert m["f1"] == pytest.approx(0.625)  # macro average


def test_one_sided_predictions_do_not_divide_by_zero():
    m = classification_metrics([0, 1, 1], [0, 0, 0])
    assert m["per_class"]["female"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 2}
    assert m["accuracy"] == pytest.approx(1 / 3)


def test_confusion_text_is_a_labelled_table():
    lines = confusion_text([[12, 3], [0, 7]]).splitlines()
    assert "predicted male" in lines[0] and "predicted female" in lines[0]
    assert lines[1].split()[-2:] == ["12", "3"] and lines[2].split()[-2:] == ["0", "7"]
    assert lines[1].startswith("true male") and lines[2].startswith("true female")
