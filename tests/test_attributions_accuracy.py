"""Accuracy gate for the attribution extractor: its scores on the hand-annotated gold (eval/gold/
attributions) may not drop below these floors. The extractor was tuned on these sets, so the floors pin
regressions; they are not a measure of unseen news (docs/accuracy.md)."""

from __future__ import annotations

import pytest

from claimtrail.extract.attributions import find_attributions
from claimtrail.ingest.language import detect_language
from tests.conftest import load_eval_script

# measured 2026-11-26 (third session; the extractor alone, before the entity layer sharpens sources):
# seeds F1 0.948, source 0.939, stance 0.988; hold-out 3 F1 0.904, source 0.713, stance 0.741; hold-out 4
# F1 0.892, source 0.589 (0.712 after the entity layer), stance 0.665; Dutch sample F1 0.992, source
# 0.969, stance 0.992 (the English sample articles are left out here); dev F1 0.969, source 0.873, stance
# 0.917; hold-out 1 F1 0.910, source 0.724, stance 0.685; hold-out 2 F1 0.900, source 0.642, stance 0.630
# (the hold-outs pin regressions too; they are far below the targets, see docs/accuracy.md)
FLOORS = {
    "seeds": {"f1": 0.93, "source_accuracy": 0.92, "stance_accuracy": 0.96, "type_accuracy": 0.95},
    "sample": {"f1": 0.97, "source_accuracy": 0.94, "stance_accuracy": 0.96, "type_accuracy": 0.95},
    "dev": {"f1": 0.95, "source_accuracy": 0.85, "stance_accuracy": 0.89, "type_accuracy": 0.95},
    "holdout": {"f1": 0.89, "source_accuracy": 0.70, "stance_accuracy": 0.66, "type_accuracy": 0.97},
    "holdout2": {"f1": 0.88, "source_accuracy": 0.63, "stance_accuracy": 0.61, "type_accuracy": 0.97},
    "holdout3": {"f1": 0.88, "source_accuracy": 0.69, "stance_accuracy": 0.72, "type_accuracy": 0.97},
    "holdout4": {"f1": 0.87, "source_accuracy": 0.57, "stance_accuracy": 0.64, "type_accuracy": 0.96},
}


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_attribution_scores_stay_above_their_floors(corpus: str) -> None:
    ev = load_eval_script("attributions")
    docs, aliases, notes = ev.load(corpus)
    if not docs:
        pytest.skip("; ".join(notes) or f"{corpus} texts not present")
    gold, predicted = [], []
    for key, doc in docs.items():
        if detect_language(doc["text"]) != "nl":
            continue
        gold += [dict(a, doc=key) for a in doc["attributions"]]
        predicted += [dict(a.to_dict(), doc=key) for a in find_attributions(doc["text"], "nl")]
    scores = ev.score(gold, predicted, aliases)
    for metric, floor in FLOORS[corpus].items():
        assert scores[metric] >= floor, f"{corpus} {metric} {scores[metric]:.3f} < floor {floor}"
