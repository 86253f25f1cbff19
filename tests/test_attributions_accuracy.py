"""Accuracy gate for the attribution extractor: its scores on the hand-annotated gold (eval/gold/
attributions) may not drop below these floors. The extractor was tuned on these sets, so the floors pin
regressions; they are not a measure of unseen news (docs/accuracy.md)."""

from __future__ import annotations

import json

import pytest

from claimtrail.extract.attributions import find_attributions
from claimtrail.ingest.language import detect_language
from claimtrail.link.entities import Linker
from claimtrail.model import Article, PublishedDate
from claimtrail.process import process_article
from tests.conftest import load_eval_script

# measured 2026-11-26 (seventh session's end; the extractor alone, before the entity layer sharpens sources):
# seeds F1 0.948, source 0.939, stance 1.000; Dutch sample F1 0.992, source 0.969, stance 0.984 (the
# English sample articles are left out here); dev F1 0.969, source 0.885, stance 0.924; hold-outs 1-12
# F1 0.912 / 0.902 / 0.911 / 0.909 / 0.952 / 0.950 / 0.952 / 0.913 / 0.924 / 0.928 / 0.930 / 0.910, source
# 0.755 / 0.686 / 0.735 / 0.615 / 0.667 / 0.726 / 0.704 / 0.727 / 0.695 / 0.714 / 0.685 / 0.606, stance
# 0.768 / 0.721 / 0.781 / 0.701 / 0.851 / 0.845 / 0.782 / 0.742 / 0.679 / 0.694 / 0.787 / 0.699 (below the
# issue's targets; docs/accuracy.md). The learned stance model is trained on sample, dev and hold-outs 1-24,
# so their stance floors stay at the rules' level (a regression of the rules or the model still fails them);
# hold-outs 25-30 were never trained on (tenth session's first runs).
FLOORS = {
    # seeds stance 0.976 since the seventeenth session: the US intelligence services' statement is found now
    # (F1 0.954 -> 0.960) and read as a denial; the stances found right stay 82
    "seeds": {"f1": 0.95, "source_accuracy": 0.92, "stance_accuracy": 0.97, "type_accuracy": 0.95},
    "sample": {"f1": 0.97, "source_accuracy": 0.94, "stance_accuracy": 0.96, "type_accuracy": 0.95},
    "dev": {"f1": 0.95, "source_accuracy": 0.86, "stance_accuracy": 0.91, "type_accuracy": 0.95},
    "holdout": {"f1": 0.89, "source_accuracy": 0.74, "stance_accuracy": 0.74, "type_accuracy": 0.97},
    "holdout2": {"f1": 0.88, "source_accuracy": 0.67, "stance_accuracy": 0.72, "type_accuracy": 0.97},
    "holdout3": {"f1": 0.89, "source_accuracy": 0.72, "stance_accuracy": 0.78, "type_accuracy": 0.97},
    "holdout4": {"f1": 0.89, "source_accuracy": 0.61, "stance_accuracy": 0.68, "type_accuracy": 0.96},
    "holdout5": {"f1": 0.93, "source_accuracy": 0.65, "stance_accuracy": 0.83, "type_accuracy": 0.97},
    "holdout6": {"f1": 0.93, "source_accuracy": 0.71, "stance_accuracy": 0.85, "type_accuracy": 0.97},
    "holdout7": {"f1": 0.93, "source_accuracy": 0.69, "stance_accuracy": 0.79, "type_accuracy": 0.97},
    "holdout8": {"f1": 0.89, "source_accuracy": 0.71, "stance_accuracy": 0.74, "type_accuracy": 0.97},
    "holdout9": {"f1": 0.90, "source_accuracy": 0.69, "stance_accuracy": 0.69, "type_accuracy": 0.95},
    "holdout10": {"f1": 0.91, "source_accuracy": 0.70, "stance_accuracy": 0.69, "type_accuracy": 0.95},
    "holdout11": {"f1": 0.91, "source_accuracy": 0.68, "stance_accuracy": 0.80, "type_accuracy": 0.97},
    "holdout12": {"f1": 0.89, "source_accuracy": 0.60, "stance_accuracy": 0.68, "type_accuracy": 0.97},
    "holdout13": {"f1": 0.92, "source_accuracy": 0.71, "stance_accuracy": 0.75, "type_accuracy": 0.96},
    "holdout14": {"f1": 0.87, "source_accuracy": 0.64, "stance_accuracy": 0.67, "type_accuracy": 0.95},
    "holdout15": {"f1": 0.89, "source_accuracy": 0.67, "stance_accuracy": 0.73, "type_accuracy": 0.95},
    "holdout16": {"f1": 0.91, "source_accuracy": 0.65, "stance_accuracy": 0.66, "type_accuracy": 0.97},
    "holdout17": {"f1": 0.90, "source_accuracy": 0.63, "stance_accuracy": 0.65, "type_accuracy": 0.97},
    "holdout18": {"f1": 0.90, "source_accuracy": 0.68, "stance_accuracy": 0.70, "type_accuracy": 0.96},
    "holdout19": {"f1": 0.91, "source_accuracy": 0.57, "stance_accuracy": 0.72, "type_accuracy": 0.97},
    "holdout20": {"f1": 0.91, "source_accuracy": 0.65, "stance_accuracy": 0.75, "type_accuracy": 0.98},
    "holdout21": {"f1": 0.88, "source_accuracy": 0.71, "stance_accuracy": 0.72, "type_accuracy": 0.97},
    "holdout22": {"f1": 0.90, "source_accuracy": 0.67, "stance_accuracy": 0.64, "type_accuracy": 0.98},
    "holdout23": {"f1": 0.88, "source_accuracy": 0.70, "stance_accuracy": 0.70, "type_accuracy": 0.97},
    "holdout24": {"f1": 0.88, "source_accuracy": 0.59, "stance_accuracy": 0.73, "type_accuracy": 0.97},
    "holdout25": {"f1": 0.87, "source_accuracy": 0.74, "stance_accuracy": 0.68, "type_accuracy": 0.95},
    "holdout26": {"f1": 0.91, "source_accuracy": 0.64, "stance_accuracy": 0.72, "type_accuracy": 0.96},
    "holdout27": {"f1": 0.91, "source_accuracy": 0.69, "stance_accuracy": 0.74, "type_accuracy": 0.93},
    "holdout28": {"f1": 0.91, "source_accuracy": 0.55, "stance_accuracy": 0.73, "type_accuracy": 0.97},
    "holdout29": {"f1": 0.90, "source_accuracy": 0.66, "stance_accuracy": 0.68, "type_accuracy": 0.95},
    "holdout30": {"f1": 0.90, "source_accuracy": 0.61, "stance_accuracy": 0.69, "type_accuracy": 0.97},
    # eleventh session: 31-34 first run at 3b8aee8, then tuned on; 35-38 first run at 19dce18
    "holdout31": {"f1": 0.93, "source_accuracy": 0.74, "stance_accuracy": 0.77, "type_accuracy": 0.97},
    "holdout32": {"f1": 0.94, "source_accuracy": 0.75, "stance_accuracy": 0.77, "type_accuracy": 0.97},
    "holdout33": {"f1": 0.91, "source_accuracy": 0.68, "stance_accuracy": 0.74, "type_accuracy": 0.97},
    "holdout34": {"f1": 0.88, "source_accuracy": 0.67, "stance_accuracy": 0.74, "type_accuracy": 0.97},
    "holdout35": {"f1": 0.91, "source_accuracy": 0.72, "stance_accuracy": 0.76, "type_accuracy": 0.96},
    "holdout36": {"f1": 0.91, "source_accuracy": 0.66, "stance_accuracy": 0.72, "type_accuracy": 0.97},
    "holdout37": {"f1": 0.94, "source_accuracy": 0.61, "stance_accuracy": 0.78, "type_accuracy": 0.97},
    "holdout38": {"f1": 0.92, "source_accuracy": 0.75, "stance_accuracy": 0.78, "type_accuracy": 0.97},
    # twelfth session: 39-42 first run at c0e4544, then tuned on
    "holdout39": {"f1": 0.95, "source_accuracy": 0.68, "stance_accuracy": 0.80, "type_accuracy": 0.97},
    "holdout40": {"f1": 0.94, "source_accuracy": 0.71, "stance_accuracy": 0.85, "type_accuracy": 0.97},
    "holdout41": {"f1": 0.89, "source_accuracy": 0.63, "stance_accuracy": 0.81, "type_accuracy": 0.94},
    "holdout42": {"f1": 0.92, "source_accuracy": 0.62, "stance_accuracy": 0.72, "type_accuracy": 0.97},
    # thirteenth session: 43-46 first run at b7e0c9f (stance 0.772 / 0.831 / 0.782 / 0.742), then tuned on
    # and, from ca21064, in the stance model's training
    "holdout43": {"f1": 0.91, "source_accuracy": 0.69, "stance_accuracy": 0.75, "type_accuracy": 0.96},
    "holdout44": {"f1": 0.93, "source_accuracy": 0.71, "stance_accuracy": 0.81, "type_accuracy": 0.97},
    "holdout45": {"f1": 0.92, "source_accuracy": 0.65, "stance_accuracy": 0.76, "type_accuracy": 0.97},
    "holdout46": {"f1": 0.92, "source_accuracy": 0.68, "stance_accuracy": 0.72, "type_accuracy": 0.96},
    # 47-50 first run at 829924f (stance 0.887 / 0.893 / 0.827 / 0.762; never trained the stance model)
    "holdout47": {"f1": 0.93, "source_accuracy": 0.72, "stance_accuracy": 0.86, "type_accuracy": 0.97},
    "holdout48": {"f1": 0.91, "source_accuracy": 0.63, "stance_accuracy": 0.86, "type_accuracy": 0.96},
    "holdout49": {"f1": 0.91, "source_accuracy": 0.62, "stance_accuracy": 0.80, "type_accuracy": 0.96},
    "holdout50": {"f1": 0.90, "source_accuracy": 0.70, "stance_accuracy": 0.73, "type_accuracy": 0.96},
    # fourteenth session: 51-54 first run at 989cb6d (pipeline stance 0.865 / 0.800 / 0.810 / 0.872), 55-58
    # at 9d5d8e9 (0.836 / 0.855 / 0.868 / 0.831); both sets then trained the stance model
    "holdout51": {"f1": 0.93, "source_accuracy": 0.75, "stance_accuracy": 0.84, "type_accuracy": 0.97},
    "holdout52": {"f1": 0.93, "source_accuracy": 0.71, "stance_accuracy": 0.78, "type_accuracy": 0.97},
    "holdout53": {"f1": 0.90, "source_accuracy": 0.69, "stance_accuracy": 0.79, "type_accuracy": 0.96},
    "holdout54": {"f1": 0.93, "source_accuracy": 0.70, "stance_accuracy": 0.85, "type_accuracy": 0.96},
    "holdout55": {"f1": 0.93, "source_accuracy": 0.67, "stance_accuracy": 0.81, "type_accuracy": 0.97},
    "holdout56": {"f1": 0.93, "source_accuracy": 0.68, "stance_accuracy": 0.83, "type_accuracy": 0.96},
    "holdout57": {"f1": 0.93, "source_accuracy": 0.65, "stance_accuracy": 0.84, "type_accuracy": 0.97},
    "holdout58": {"f1": 0.91, "source_accuracy": 0.63, "stance_accuracy": 0.81, "type_accuracy": 0.96},
    # 59-62 first run at 9d9632e (pipeline stance 0.835 / 0.881 / 0.795 / 0.847); not in the stance model's
    # training (a model trained on them too turned a seed's 'confirm' into 'speculate')
    "holdout59": {"f1": 0.93, "source_accuracy": 0.72, "stance_accuracy": 0.81, "type_accuracy": 0.97},
    "holdout60": {"f1": 0.93, "source_accuracy": 0.67, "stance_accuracy": 0.86, "type_accuracy": 0.96},
    "holdout61": {"f1": 0.94, "source_accuracy": 0.70, "stance_accuracy": 0.77, "type_accuracy": 0.97},
    "holdout62": {"f1": 0.90, "source_accuracy": 0.66, "stance_accuracy": 0.82, "type_accuracy": 0.97},
    # 63-66 first run at 1927c24 (stance 0.795 / 0.838 / 0.778 / 0.817); not in the stance model's training
    "holdout63": {"f1": 0.93, "source_accuracy": 0.64, "stance_accuracy": 0.77, "type_accuracy": 0.95},
    "holdout64": {"f1": 0.93, "source_accuracy": 0.74, "stance_accuracy": 0.81, "type_accuracy": 0.97},
    "holdout65": {"f1": 0.93, "source_accuracy": 0.74, "stance_accuracy": 0.75, "type_accuracy": 0.96},
    "holdout66": {"f1": 0.93, "source_accuracy": 0.72, "stance_accuracy": 0.79, "type_accuracy": 0.97},
    # 67-70 first run at f4d9453 (stance 0.842 / 0.821 / 0.825 / 0.842); not in the stance model's training
    "holdout67": {"f1": 0.92, "source_accuracy": 0.70, "stance_accuracy": 0.81, "type_accuracy": 0.96},
    "holdout68": {"f1": 0.95, "source_accuracy": 0.73, "stance_accuracy": 0.80, "type_accuracy": 0.97},
    "holdout69": {"f1": 0.92, "source_accuracy": 0.67, "stance_accuracy": 0.80, "type_accuracy": 0.97},
    "holdout70": {"f1": 0.93, "source_accuracy": 0.73, "stance_accuracy": 0.82, "type_accuracy": 0.97},
    "holdout71": {"f1": 0.95, "source_accuracy": 0.68, "stance_accuracy": 0.80, "type_accuracy": 0.96},
    "holdout72": {"f1": 0.94, "source_accuracy": 0.73, "stance_accuracy": 0.80, "type_accuracy": 0.97},
    "holdout73": {"f1": 0.94, "source_accuracy": 0.74, "stance_accuracy": 0.77, "type_accuracy": 0.96},
    # (stance 0.843 -> 0.819 with the word vectors of the nineteenth session, which raised 10 of the 16
    # reserved hold-outs 59-74 and lowered 5: 2,802 -> 2,813 of 3,374 right; docs/accuracy.md)
    "holdout74": {"f1": 0.95, "source_accuracy": 0.61, "stance_accuracy": 0.81, "type_accuracy": 0.97},
    # contested-claims articles (twentieth session). 75-77 first run at c17a655 (stance 0.729 / 0.766 /
    # 0.681), blind to the stance model; 78-84 train it since (their stance here is not a blind figure)
    "holdout75": {"f1": 0.96, "source_accuracy": 0.73, "stance_accuracy": 0.71, "type_accuracy": 0.97},
    "holdout76": {"f1": 0.92, "source_accuracy": 0.62, "stance_accuracy": 0.73, "type_accuracy": 0.96},
    "holdout77": {"f1": 0.91, "source_accuracy": 0.71, "stance_accuracy": 0.67, "type_accuracy": 0.96},
    "holdout78": {"f1": 0.92, "source_accuracy": 0.69, "stance_accuracy": 0.80, "type_accuracy": 0.97},
    "holdout79": {"f1": 0.92, "source_accuracy": 0.66, "stance_accuracy": 0.77, "type_accuracy": 0.98},
    "holdout80": {"f1": 0.94, "source_accuracy": 0.76, "stance_accuracy": 0.78, "type_accuracy": 0.97},
    "holdout81": {"f1": 0.94, "source_accuracy": 0.71, "stance_accuracy": 0.77, "type_accuracy": 0.97},
    "holdout82": {"f1": 0.95, "source_accuracy": 0.74, "stance_accuracy": 0.81, "type_accuracy": 0.96},
    "holdout83": {"f1": 0.94, "source_accuracy": 0.62, "stance_accuracy": 0.78, "type_accuracy": 0.97},
    "holdout84": {"f1": 0.95, "source_accuracy": 0.75, "stance_accuracy": 0.71, "type_accuracy": 0.97},
}

# With the entity layer (`process_article`: what `claimtrail extract` gives), source accuracy at the eighth
# session's end: hold-outs 2-14 0.895 / 0.895 / 0.902 / 0.905 / 0.917 / 0.903 / 0.914 / 0.924 / 0.931 /
# 0.929 / 0.903 / 0.918 / 0.914 (tuned on); blind first runs 15 0.895, 16 0.863, 17 0.893, 18 0.894,
# 19 0.846, 20 0.894, 21 0.937, 22 0.872, 23 0.843, 24 0.865, 25 0.922, 26 0.895, 27 0.898, 28 0.888,
# 29 0.894, 30 0.914 (target 0.90; earlier first runs: hold-out 6 0.829, 7 0.867, 8 0.849,
# 9 0.859, 10 0.841, 11 0.902, 12 0.834, 13 0.902, 14 0.843)
PIPELINE_SOURCE_FLOORS = {
    "holdout2": 0.88,
    "holdout3": 0.88,
    "holdout4": 0.89,
    "holdout5": 0.89,
    "holdout6": 0.90,
    "holdout7": 0.89,
    "holdout8": 0.90,
    "holdout9": 0.91,
    "holdout10": 0.92,
    "holdout11": 0.91,
    "holdout12": 0.89,
    "holdout13": 0.90,
    "holdout14": 0.90,
    "holdout15": 0.88,
    "holdout16": 0.85,
    "holdout17": 0.88,
    "holdout18": 0.88,
    "holdout19": 0.85,
    "holdout20": 0.88,
    "holdout21": 0.92,
    "holdout22": 0.85,
    "holdout23": 0.85,
    "holdout24": 0.86,
    "holdout25": 0.91,
    "holdout26": 0.88,
    "holdout27": 0.87,
    "holdout28": 0.86,
    "holdout29": 0.87,
    "holdout30": 0.89,
    "holdout31": 0.91,  # first run 0.914 (3b8aee8), now 0.939
    "holdout32": 0.91,  # first run 0.927, now 0.938
    "holdout33": 0.90,  # first run 0.909, now 0.923
    "holdout34": 0.91,  # first run 0.881, now 0.941
    "holdout35": 0.86,  # first run 0.889 (19dce18)
    "holdout36": 0.93,  # first run 0.953
    "holdout37": 0.89,  # first run 0.910
    "holdout38": 0.91,  # first run 0.933
    "holdout39": 0.87,  # first run 0.893 (c0e4544), now 0.894
    "holdout40": 0.91,  # first run 0.930, now 0.935
    "holdout41": 0.88,  # first run 0.892, now 0.902
    "holdout42": 0.86,  # first run 0.879, now 0.884
    "holdout43": 0.90,  # first run 0.926 (b7e0c9f), now 0.941
    "holdout44": 0.87,  # first run 0.892, now 0.925
    "holdout45": 0.86,  # first run 0.881, now 0.906
    "holdout46": 0.88,  # first run 0.901, now 0.902
    "holdout47": 0.89,  # first run 0.906 (829924f), now 0.921
    "holdout48": 0.86,  # first run 0.877, now 0.893
    "holdout49": 0.83,  # first run 0.845, now 0.854
    "holdout50": 0.87,  # first run 0.889, now 0.894
    "holdout51": 0.88,  # first run 0.905 (989cb6d), now 0.915
    "holdout52": 0.90,  # first run 0.928, now 0.928
    "holdout53": 0.89,  # first run 0.910, now 0.919
    "holdout54": 0.88,  # first run 0.905, now 0.919
    "holdout55": 0.90,  # first run 0.926 (9d5d8e9), now 0.926
    "holdout56": 0.90,  # first run 0.927, now 0.937
    "holdout57": 0.87,  # first run 0.892, now 0.917
    "holdout58": 0.87,  # first run 0.889, now 0.921
    "holdout59": 0.90,  # first run 0.927 (9d9632e; 0.922 through 989cb6d)
    "holdout60": 0.87,  # first run 0.896 (0.896)
    "holdout61": 0.89,  # first run 0.914 (0.909)
    "holdout62": 0.88,  # first run 0.901 (0.886)
    "holdout63": 0.88,  # first run 0.905 (1927c24)
    "holdout64": 0.88,  # first run 0.905
    "holdout65": 0.90,  # first run 0.923
    "holdout66": 0.91,  # first run 0.936
    "holdout67": 0.90,  # first run 0.929 (f4d9453)
    "holdout68": 0.93,  # first run 0.951
    "holdout69": 0.90,  # first run 0.923
    "holdout70": 0.91,  # first run 0.934
    "holdout71": 0.91,  # first run 0.931 (42376ba)
    "holdout72": 0.90,  # first run 0.923
    "holdout73": 0.91,  # first run 0.938
    "holdout74": 0.88,  # first run 0.901
    "holdout75": 0.85,  # first run 0.871 (c17a655), now 0.875
    "holdout76": 0.86,  # first run 0.881, now 0.885
    "holdout77": 0.83,  # first run 0.845, now 0.858
    "holdout78": 0.86,  # first run 0.881, now 0.885
    "holdout79": 0.90,  # first run 0.897, now 0.929
    "holdout80": 0.91,  # first run 0.920, now 0.937
    "holdout81": 0.89,  # first run 0.906, now 0.914
    "holdout82": 0.90,  # first run 0.929, now 0.929
    "holdout83": 0.84,  # first run 0.865, now 0.865
    "holdout84": 0.91,  # first run 0.920, now 0.941
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


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


@pytest.mark.parametrize("corpus", sorted(PIPELINE_SOURCE_FLOORS))
def test_source_accuracy_with_the_entity_layer_stays_above_its_floor(linker: Linker, corpus: str) -> None:
    ev = load_eval_script("attributions")
    docs, aliases, notes = ev.load(corpus)
    if not docs:
        pytest.skip("; ".join(notes) or f"{corpus} texts not present")
    with open(ev.JSONL_CORPORA[corpus], encoding="utf-8") as lines:
        published = {r["id"]: r.get("published") for r in map(json.loads, lines)}
    gold, predicted = [], []
    for key, doc in docs.items():
        article = Article(text=doc["text"], published=PublishedDate.parse(published.get(key)), language="nl")
        records = process_article(article, linker)
        gold += [dict(a, doc=key) for a in doc["attributions"]]
        predicted += [dict(a.to_dict(), doc=key) for a in records.attributions]
    scores = ev.score(gold, predicted, aliases)
    floor = PIPELINE_SOURCE_FLOORS[corpus]
    assert scores["source_accuracy"] >= floor, (
        f"{corpus} source {scores['source_accuracy']:.3f} < floor {floor}"
    )
