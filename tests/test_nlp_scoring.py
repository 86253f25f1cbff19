"""Entity and dependency scoring, checked by hand-computed cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrail.nlp.doc import Doc, Entity, Token
from claimtrail.nlp.scoring import (
    GoldToken,
    NerScores,
    ParseScores,
    iob_spans,
    predicted_spans,
    read_conll2002,
    read_conllu,
    score_parse_sentence,
)


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], {(0, 2, "PER"), (3, 4, "LOC")}),
        (["I-PER", "I-PER", "I-LOC"], {(0, 2, "PER"), (2, 3, "LOC")}),  # IOB1
        (["B-PER", "B-PER"], {(0, 1, "PER"), (1, 2, "PER")}),
        (["O", "I-ORG"], {(1, 2, "ORG")}),
        (["O", "O"], set()),
    ],
)
def test_iob_spans(tags: list[str], spans: set[tuple[int, int, str]]) -> None:
    assert iob_spans(tags) == spans


def test_ner_counts_exact_spans_per_label() -> None:
    scores = NerScores()
    gold = {(0, 2, "PER"), (3, 4, "LOC"), (5, 6, "ORG")}
    predicted = {(0, 2, "PER"), (3, 4, "ORG"), (5, 7, "ORG")}  # one right, a wrong label, a wrong span
    scores.add(gold, predicted)
    result = scores.to_dict()
    assert (result["precision"], result["recall"], result["f1"]) == (0.3333, 0.3333, 0.3333)
    assert result["per_label"]["PER"] == {"f1": 1.0, "precision": 1.0, "recall": 1.0, "support": 1}
    assert result["per_label"]["ORG"] == {"f1": 0.0, "precision": 0.0, "recall": 0.0, "support": 1}
    assert result["per_label"]["LOC"]["support"] == 1


def test_entities_inside_a_gold_token_never_match() -> None:
    words = ["Den", "Haag-Zuid"]
    doc = Doc(text="Den Haag-Zuid", entities=[Entity(0, 2, 0, 8, "LOC", "Den Haag")])
    assert predicted_spans(doc, words) == {(0, -1, "LOC")}


def _doc(words: list[str], heads: list[int], deps: list[str], lemmas: list[str]) -> Doc:
    tokens, offset = [], 0
    for n, word in enumerate(words):
        tokens.append(Token(n, offset, offset + len(word), word, lemmas[n], "X", "", "", heads[n], deps[n]))
        offset += len(word) + 1
    return Doc(text=" ".join(words), tokens=tokens)


GOLD = [
    GoldToken("Rutte", "Rutte", "X", 1, "nsubj"),
    GoldToken("zei", "zeggen", "X", -1, "root"),
    GoldToken("niets", "niets", "X", 1, "obj:x"),
]


@pytest.mark.parametrize(
    ("heads", "deps", "lemmas", "expected"),
    [
        ([1, 1, 1], ["nsubj", "root", "obj"], ["Rutte", "zeggen", "niets"], (3, 3, 3)),  # subtype ignored
        ([1, 1, 1], ["nsubj", "root", "iobj"], ["Rutte", "zei", "niets"], (3, 2, 2)),
        ([2, 1, 1], ["nsubj", "root", "obj"], ["Rutte", "zeggen", "niets"], (2, 2, 3)),
        ([0, 0, 0], ["root", "nsubj", "obj"], ["Rutte", "zeggen", "niets"], (0, 0, 3)),
    ],
)
def test_parse_counts(
    heads: list[int], deps: list[str], lemmas: list[str], expected: tuple[int, ...]
) -> None:
    scores = ParseScores()
    score_parse_sentence(scores, GOLD, _doc(["Rutte", "zei", "niets"], heads, deps, lemmas))
    assert (scores.counts["uas"], scores.counts["las"], scores.counts["lemma"]) == expected
    assert scores.to_dict()["upos"] == 1.0


def test_readers(tmp_path: Path) -> None:
    conll = tmp_path / "a.conll"
    conll.write_text("-DOCSTART- -DOCSTART- O\n\nRutte N B-PER\nzei V O\n\nJa Int O\n", encoding="utf-8")
    assert list(read_conll2002(conll)) == [[("Rutte", "B-PER"), ("zei", "O")], [("Ja", "O")]]
    conllu = tmp_path / "a.conllu"
    rows = [
        "1-2\tzei't\t_\t_\t_\t_\t_\t_\t_\t_",
        "1\tzei\tzeggen\tVERB\t_\t_\t0\troot\t_\t_",
        "2\t't\thet\tPRON\t_\t_\t1\tobj\t_\t_",
        "2.1\tx\t_\t_\t_\t_\t_\t_\t_\t_",
    ]
    conllu.write_text("# sent_id = 1\n" + "\n".join(rows) + "\n\n", encoding="utf-8")
    assert [[(g.form, g.head) for g in s] for s in read_conllu(conllu)] == [[("zei", -1), ("'t", 0)]]
    conllu.write_text("1\tzei\n", encoding="utf-8")
    with pytest.raises(ValueError, match="a.conllu:1: expected 10"):
        list(read_conllu(conllu))
