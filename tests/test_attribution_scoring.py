"""The attribution scorer (eval/attributions.py) on small hand-made gold/prediction pairs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import load_eval_script

ROOT = Path(__file__).resolve().parent.parent
attributions = load_eval_script("attributions")
score = attributions.score

# Spans are plain character offsets; no text is needed to score.


def att(
    content,
    source=None,
    resolved=None,
    cue=None,
    type_="direct",
    stance="assert",
    hedged=False,
    relayed=None,
    doc=None,
):
    a = {
        "source": None if source is None else {"start": source[0], "end": source[1]},
        "source_resolved": resolved,
        "cue": None if cue is None else {"start": cue[0], "end": cue[1]},
        "content": {"start": content[0], "end": content[1]},
        "type": type_,
        "stance": stance,
        "hedged": hedged,
        "relayed_by": relayed,
    }
    if doc is not None:
        a["doc"] = doc
    return a


GOLD = [
    att((11, 33), (0, 8), "Marieke van den Berg", (8, 9), "direct", "other"),
    att((54, 72), (43, 53), "Baltrans Shipping", (35, 42), "according_to", "assert", hedged=True),
    att((86, 92), (74, 77), "Baltrans Shipping", (78, 85), "indirect", "deny"),
]


def test_perfect_prediction_scores_one_everywhere():
    s = score(GOLD, [dict(a) for a in GOLD])
    assert (s["precision"], s["recall"], s["f1"]) == (1.0, 1.0, 1.0)
    for key in (
        "source_accuracy",
        "source_span_accuracy",
        "cue_accuracy",
        "stance_accuracy",
        "type_accuracy",
        "hedged_accuracy",
        "relayed_by_accuracy",
    ):
        assert s[key] == 1.0, key
    assert s["missed"] == [] and s["spurious"] == [] and s["errors"] == []


def test_missing_one_lowers_recall_only():
    s = score(GOLD, [dict(GOLD[0]), dict(GOLD[2])])
    assert s["matched"] == 2
    assert s["precision"] == 1.0
    assert s["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert s["f1"] == pytest.approx(0.8, abs=1e-4)
    assert s["missed"] == [1]


def test_spurious_prediction_lowers_precision_only():
    extra = att((95, 100), (74, 77), "Baltrans Shipping", (78, 85))
    s = score(GOLD, [*map(dict, GOLD), extra])
    assert s["recall"] == 1.0
    assert s["precision"] == 0.75
    assert s["spurious"] == [3]


def test_wrong_stance_is_matched_but_counted_wrong():
    pred = [dict(a) for a in GOLD]
    pred[2] = dict(pred[2], stance="assert")  # a denial read as an assertion
    s = score(GOLD, pred)
    assert s["f1"] == 1.0
    assert s["stance_accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert s["type_accuracy"] == 1.0
    assert s["errors"] == [{"gold": 2, "predicted": 2, "wrong": ["stance"]}]


def test_overlap_below_half_of_the_shorter_span_does_not_match():
    gold = [att((0, 40))]
    assert score(gold, [att((31, 51))])["matched"] == 0  # 9 of the shorter 20 characters
    assert score(gold, [att((21, 100))])["matched"] == 0  # 19 of the shorter 40
    assert score(gold, [att((40, 60))])["matched"] == 0  # touching, no overlap
    assert score(gold, [att((29, 49))])["matched"] == 1  # 11 of 20


def test_half_of_the_shorter_span_is_enough():
    gold = [att((0, 40))]
    assert score(gold, [att((30, 50))])["matched"] == 1  # exactly 10 of 20
    assert score(gold, [att((20, 100))])["matched"] == 1  # exactly 20 of 40
    assert score(gold, [att((10, 30))])["matched"] == 1  # nested: all of the shorter, half of the longer


def test_matching_is_one_to_one_and_best_first():
    gold = [att((0, 100), stance="assert"), att((40, 60), stance="deny")]
    # The wide prediction covers both golds (relative to the shorter span); the narrow one fits only the
    # nested gold. Best first pairs wide with wide and narrow with narrow, never one prediction twice.
    wide, narrow = att((0, 100), stance="assert"), att((40, 60), stance="deny")
    s = score(gold, [narrow, wide])
    assert s["matched"] == 2
    assert s["stance_accuracy"] == 1.0
    s = score(gold, [wide])
    assert s["matched"] == 1 and s["recall"] == 0.5 and s["precision"] == 1.0
    assert s["stance_accuracy"] == 1.0  # paired with the wide gold, not the nested one
    s = score([att((0, 100))], [att((0, 100)), att((0, 100))])
    assert s["matched"] == 1 and s["precision"] == 0.5


def test_documents_are_kept_apart():
    gold = [att((0, 20), doc="a")]
    assert score(gold, [att((0, 20), doc="b")])["matched"] == 0
    assert score(gold, [att((0, 20), doc="a")])["matched"] == 1


def test_source_accuracy_normalises_case_whitespace_and_aliases_and_null():
    gold = [
        att((0, 10), resolved="Oleg Tsjoedakov"),
        att((20, 30), resolved=None),
        att((40, 50), resolved="Nordnett"),
    ]
    pred = [
        att((0, 10), resolved="  oleg   CHUDAKOV "),
        att((20, 30), resolved=None),
        att((40, 50), resolved="Statnett"),
    ]
    aliases = {"Oleg Tsjoedakov": ["Oleg Chudakov"]}
    assert score(gold, pred, aliases)["source_accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert score(gold, pred)["source_accuracy"] == pytest.approx(1 / 3, abs=1e-4)  # no alias table
    pred[1] = dict(pred[1], source_resolved="bronnen")  # named where gold has an anonymous source
    assert score(gold, pred, aliases)["source_accuracy"] == pytest.approx(1 / 3, abs=1e-4)


def test_span_accuracies_need_overlap_or_both_null():
    gold = [att((0, 10), source=(20, 30), cue=(12, 15)), att((40, 50), source=None, cue=None)]
    pred = [att((0, 10), source=(25, 40), cue=(15, 18)), att((40, 50), source=(60, 62), cue=None)]
    s = score(gold, pred)
    assert s["source_span_accuracy"] == 0.5  # first overlaps, second predicts a span where gold has none
    assert s["cue_accuracy"] == 0.5  # (12, 15) and (15, 18) only touch; both null agree


def test_hedged_and_relayed_by():
    gold = [att((0, 10), hedged=True, relayed="CNN"), att((20, 30), hedged=False, relayed=None)]
    pred = [att((0, 10), hedged=False, relayed="cnn"), att((20, 30), hedged=False, relayed=None)]
    s = score(gold, pred)
    assert s["hedged_accuracy"] == 0.5
    assert s["relayed_by_accuracy"] == 1.0


def test_empty_inputs():
    assert score([], [])["f1"] == 0.0
    s = score(GOLD, [])
    assert (s["precision"], s["recall"], s["matched"]) == (0.0, 0.0, 0)


def test_gold_files_are_well_formed():
    """Every stored annotation has the schema's fields and values, sane spans, and no stored text."""
    for name in ("seeds", "sample"):
        gold = json.loads((ROOT / "eval" / "gold" / "attributions" / f"{name}.json").read_text("utf-8"))
        assert gold["documents"]
        for key, entry in gold["documents"].items():
            assert len(entry["sha256"]) == 64, key
            assert "text" not in entry, key
            for a in entry["attributions"]:
                assert a["type"] in {"direct", "indirect", "mixed", "according_to"}
                assert a["stance"] in {"assert", "deny", "doubt", "speculate", "accuse", "confirm", "other"}
                assert isinstance(a["hedged"], bool)
                assert a["relayed_by"] is None or isinstance(a["relayed_by"], str)
                assert a["source_resolved"] is None or isinstance(a["source_resolved"], str)
                for field in ("source", "cue", "content"):
                    span = a[field]
                    if span is None:
                        assert field != "content"
                        continue
                    assert set(span) == {"start", "end"}, (key, field)
                    assert 0 <= span["start"] < span["end"], (key, field)


def test_sample_gold_offsets_fit_the_sample_texts():
    """The sample corpus ships with the repository, so its gold must load without skipping anything."""
    docs, aliases, notes = attributions.load("sample")
    assert notes == []
    assert len(docs) == 14
    for key, doc in docs.items():
        for a in doc["attributions"]:
            for field in ("source", "cue", "content"):
                if a[field]:
                    piece = doc["text"][a[field]["start"] : a[field]["end"]]
                    assert piece == piece.strip() and piece, (key, field, piece)


def test_cli_scores_a_perfect_prediction_file_and_skips_missing_seeds(tmp_path, monkeypatch, capsys):
    docs, _, _ = attributions.load("sample")
    lines = []
    for n, (key, doc) in enumerate(sorted(docs.items())):
        # pair by gold key, by file stem and, with no usable id, by the sha256 of the text
        ident = key if n % 3 == 0 else (Path(key).stem if n % 3 == 1 else "unknown")
        lines.append({"id": ident, "text": doc["text"], "attributions": doc["attributions"]})
    predictions = tmp_path / "predictions.jsonl"
    predictions.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), "utf-8")
    monkeypatch.setenv("CLAIMTRAIL_SHARED", str(tmp_path / "nowhere"))
    assert attributions.main([str(predictions)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    result = json.loads(out[-1])
    assert "seed files not found" in result["seeds"]["notes"][0]
    assert "scores" not in result["seeds"]
    sample = result["sample"]["scores"]
    assert sample["documents"] == 14 and sample["matched"] == sample["gold"] > 0
    assert sample["f1"] == 1.0 and sample["stance_accuracy"] == 1.0


def test_cli_skips_a_document_whose_text_changed(tmp_path, monkeypatch, capsys):
    docs, _, _ = attributions.load("sample")
    key, doc = sorted(docs.items())[0]
    line = {"id": key, "text": doc["text"] + " Extra zin.", "attributions": doc["attributions"]}
    predictions = tmp_path / "predictions.jsonl"
    predictions.write_text(json.dumps(line), "utf-8")
    monkeypatch.setenv("CLAIMTRAIL_SHARED", str(tmp_path / "nowhere"))
    attributions.main([str(predictions), "--corpus", "sample"])
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert any(key in note and "differs" in note for note in result["sample"]["notes"])
