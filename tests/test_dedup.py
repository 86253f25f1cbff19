from __future__ import annotations

from pathlib import Path

import pytest

from claimtrail.ingest import dedup
from claimtrail.ingest.pipeline import ingest
from tests.conftest import DUTCH, ENGLISH, article_text, write_jsonl

WIRE = " ".join(article_text(1, 200).split())


def edited(text: str) -> str:
    """A syndicated copy: one sentence added, a few words changed."""
    return (
        text.replace("minister", "bewindsvrouw", 2)
        + " Een woordvoerder wilde niet reageren op vragen van de krant."
    )


def test_exact_duplicate_up_to_whitespace_and_case_is_skipped(tmp_path: Path, store) -> None:
    path = write_jsonl(
        tmp_path / "a.jsonl",
        [{"id": "1", "text": DUTCH}, {"id": "2", "text": "  " + DUTCH.upper().replace(" ", "\n ")}],
    )
    report = ingest([path], store)
    assert (report.stored, report.duplicates) == (1, 1)


def test_near_duplicate_is_linked_to_its_canonical_not_dropped(tmp_path: Path, store) -> None:
    path = write_jsonl(
        tmp_path / "wire.jsonl",
        [
            {"id": "wire", "text": WIRE, "source": "Persbureau"},
            {"id": "copy", "text": edited(WIRE), "source": "Dagblad"},
            {"id": "other", "text": article_text(2, 200), "source": "Dagblad"},
        ],
    )
    report = ingest([path], store)
    assert (report.stored, report.near_duplicates) == (3, 1)
    wire, copy, other = (store.get_article(x) for x in ("wire", "copy", "other"))
    assert wire is not None and copy is not None and other is not None
    assert wire.canonical_id is None and other.canonical_id is None
    assert copy.canonical_id == wire.id
    assert copy.similarity is not None and 0.6 <= copy.similarity < 1.0


def test_copies_of_copies_point_to_the_first_article(tmp_path: Path, store) -> None:
    second = edited(WIRE)
    third = second + " Het kabinet komt vrijdag met een reactie op het rapport."
    ingest([write_jsonl(tmp_path / "a.jsonl", [{"id": "a", "text": WIRE}])], store)
    ingest(
        [write_jsonl(tmp_path / "b.jsonl", [{"id": "b", "text": second}, {"id": "c", "text": third}])], store
    )
    a, b, c = (store.get_article(x) for x in "abc")
    assert a is not None and b is not None and c is not None
    assert b.canonical_id == a.id and c.canonical_id == a.id


@pytest.mark.parametrize(("a", "b", "low", "high"), [(DUTCH, DUTCH, 1.0, 1.0), (DUTCH, ENGLISH, 0.0, 0.1)])
def test_signature_similarity_estimates_jaccard(a: str, b: str, low: float, high: float) -> None:
    assert low <= dedup.similarity(dedup.signature(a), dedup.signature(b)) <= high


def test_signature_is_stable_across_processes() -> None:
    import subprocess
    import sys

    text = "een twee drie vier vijf zes"
    code = f"from claimtrail.ingest import dedup; print(dedup.band_keys(dedup.signature({text!r})))"
    runs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        for _ in "ab"
    }
    assert len(runs) == 1
    assert runs.pop().strip() == str(dedup.band_keys(dedup.signature(text)))
