"""The `nlp.doc.v1` document: JSON round trip and the consistency check every backend's output passes."""

from __future__ import annotations

import json

import pytest

from claimtrail.nlp import SCHEMA, Doc, Entity, Sentence, Token

TEXT = "Rutte zei: nee."


def make_doc() -> Doc:
    tokens = [
        Token(0, 0, 5, "Rutte", "Rutte", "PROPN", "", "", 1, "nsubj"),
        Token(1, 6, 9, "zei", "zeggen", "VERB", "", "", 1, "root"),
        Token(2, 9, 10, ":", ":", "PUNCT", "", "", 1, "punct"),
        Token(3, 11, 14, "nee", "nee", "INTJ", "", "", 1, "parataxis"),
        Token(4, 14, 15, ".", ".", "PUNCT", "", "", 1, "punct"),
    ]
    return Doc(
        text=TEXT,
        tokens=tokens,
        sentences=[Sentence(0, 5, 0, 15)],
        entities=[Entity(0, 1, 0, 5, "PER", "Rutte")],
        language="nl",
        backend="hand",
        annotations=("tokens", "sentences", "lemma", "upos", "deps", "entities"),
    )


def test_json_round_trip_keeps_everything() -> None:
    doc = make_doc()
    data = json.loads(json.dumps(doc.to_dict()))
    assert data["schema"] == SCHEMA == "nlp.doc.v1"
    assert Doc.from_dict(data) == doc
    assert doc.children(doc.tokens[1]) == [doc.tokens[0], doc.tokens[2], doc.tokens[3], doc.tokens[4]]
    assert doc.tokens[1].is_root and not doc.tokens[0].is_root


def test_other_schema_is_refused() -> None:
    data = make_doc().to_dict() | {"schema": "nlp.doc.v0"}
    with pytest.raises(ValueError, match="expected a nlp.doc.v1 document"):
        Doc.from_dict(data)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.tokens.__setitem__(0, Token(0, 1, 5, "Rutte")), "does not match"),
        (lambda d: d.tokens.__setitem__(2, Token(2, 9, 10, ":", head=9)), "outside the document"),
        (lambda d: d.sentences.__setitem__(0, Sentence(0, 5, 0, 14)), "do not match its tokens"),
        (lambda d: d.entities.append(Entity(2, 2, 9, 9, "X", "")), "empty or out-of-range"),
    ],
)
def test_check_finds_inconsistencies(change, message) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc()
    doc.check()
    change(doc)
    with pytest.raises(ValueError, match=message):
        doc.check()
