"""Tightening a coarse publication date from the text (marked as inferred, with its evidence)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimtrail.extract.timex import find_timexes, refine_publication_date
from claimtrail.ingest.text import split_header
from claimtrail.model import PublishedDate

MAY = PublishedDate.parse("2023-05")


def refine(text: str, anchor: PublishedDate = MAY, language: str = "nl"):
    return refine_publication_date(text, anchor, find_timexes(text, anchor, language), language)


def span(result) -> tuple[str | None, str | None]:
    return (
        result.earliest.isoformat() if result.earliest else None,
        result.latest.isoformat() if result.latest else None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "vannacht" in the past tense covers the day before and the publication day itself
        ("Vannacht, op 3 mei, vielen twee drones het Kremlin aan.", ("2023-05-03", "2023-05-04")),
        ("Vandaag (12 mei) stemt de Kamer over het voorstel.", ("2023-05-12", "2023-05-12")),
        ("Gisteren, 7 mei, werd de man opgepakt.", ("2023-05-08", "2023-05-08")),
        # a past event: published on or after it; a future one: on or before it
        ("Op 3 mei werd het Kremlin aangevallen.", ("2023-05-03", "2023-05-31")),
        ("De parade op 9 mei gaat gewoon door.", ("2023-05-01", "2023-05-09")),
        ("Sinds 12 mei ligt het schip vast.", ("2023-05-12", "2023-05-31")),
        # dates after "tot", "vanaf", "uiterlijk" say nothing about when the article appeared
        ("De actie loopt tot 20 mei.", ("2023-05-01", "2023-05-31")),
    ],
)
def test_refinement(text: str, expected: tuple[str, str]) -> None:
    result = refine(text)
    assert span(result) == expected
    assert result.inferred == (expected != ("2023-05-01", "2023-05-31"))
    assert bool(result.evidence) == result.inferred
    assert bool(result.reasons) == result.inferred


def test_evidence_are_the_expressions_that_bound_the_date() -> None:
    result = refine("Vannacht, op 3 mei, vielen twee drones het Kremlin aan.")
    assert sorted(t.text for t in result.evidence) == ["3 mei", "Vannacht"]


def test_contradicting_evidence_never_empties_the_interval() -> None:
    result = refine("Op 20 mei werd de stad aangevallen. De parade op 9 mei gaat door.")
    assert result.earliest is not None and result.latest is not None
    assert result.earliest <= result.latest


def test_a_day_anchor_is_kept_as_it_is() -> None:
    result = refine("Op 3 mei werd het Kremlin aangevallen.", PublishedDate.parse("2023-05-10"))
    assert span(result) == ("2023-05-10", "2023-05-10")
    assert not result.inferred and result.evidence == []


def test_an_unknown_date_gets_bounds_from_explicit_dates() -> None:
    result = refine("Op 3 mei 2023 werd het Kremlin aangevallen.", PublishedDate())
    assert span(result) == ("2023-05-03", None) and result.inferred


def test_english() -> None:
    result = refine("The parade on May 9 will go ahead as planned.", MAY, "en")
    assert span(result) == ("2023-05-01", "2023-05-09")


def test_refined_date_is_json_ready() -> None:
    record = refine("De parade op 9 mei gaat gewoon door.").to_dict()
    assert record["latest"] == "2023-05-09" and record["inferred"] is True
    assert record["evidence"][0]["text"] == "9 mei"


def test_seed_parade_bounds_the_kremlin_article(seeds: Path) -> None:
    """Seed 001 (dated 2023-05) says the 9 May parade "gaat gewoon door": published by 9 May."""
    anchor, text = split_header((seeds / "001_f5e2587b417ac9be.txt").read_text("utf-8"))
    result = refine(text, anchor)
    assert result.inferred
    assert span(result) == ("2023-05-01", "2023-05-09")
    # re-reading the text against the tighter date narrows "vannacht" to the first nine days of May
    night = find_timexes(text, result)[0]
    assert (night.text, night.earliest, night.latest) == ("Vannacht", "2023-04-30", "2023-05-09")
    assert dt.date(2023, 5, 2) <= result.latest


def test_report_time_is_the_publication_interval() -> None:
    from claimtrail.extract.timex import report_time

    assert report_time(MAY) == ("2023-05-01", "2023-05-31")
    assert report_time(PublishedDate.parse("2023-05-03")) == ("2023-05-03", "2023-05-03")
    assert report_time(PublishedDate()) == (None, None)


def test_event_time_is_the_date_in_the_statement_or_its_sentence() -> None:
    from claimtrail.extract.timex import event_time

    text = "De minister zei dinsdag dat de wet per 1 juli ingaat. Vorig jaar was dat anders. Hij zweeg."
    found = find_timexes(text, PublishedDate.parse("2023-05-03"))
    claim = text.index("de wet"), text.index(" ingaat")
    assert event_time(text, found, *claim).text == "1 juli"  # inside the statement
    said = text.index("zei"), text.index("zei") + 3
    assert event_time(text, found, *said).text == "dinsdag"  # nearest in the sentence
    silent = text.index("Hij zweeg"), len(text)
    assert event_time(text, found, *silent) is None
