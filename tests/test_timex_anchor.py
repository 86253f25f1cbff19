"""Coarse and unknown publication dates: relative expressions become honest intervals, never one guessed
day; absolute dates still resolve. Plus the calendar rules behind holidays."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrail.extract.timex import easter, find_timexes, holiday
from claimtrail.model import PublishedDate

MAY = PublishedDate.parse("2023-05")
N = None


def only(text: str, anchor: PublishedDate, language: str = "nl") -> tuple[str, str, str | None, str | None]:
    found = find_timexes(text, anchor, language)
    assert len(found) == 1, found
    t = found[0]
    return t.text, t.value, t.earliest, t.latest


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # every Tuesday on or before some day of May 2023
        ("Moskou was dinsdag het doelwit.", ("dinsdag", "2023-WXX-2", "2023-04-25", "2023-05-30")),
        # every Tuesday on or after some day of May 2023
        ("De Kamer zal dinsdag stemmen.", ("dinsdag", "2023-WXX-2", "2023-05-02", "2023-06-06")),
        ("Vannacht heeft het regime aangevallen.", ("Vannacht", "2023-XX-XXTNI", "2023-04-30", "2023-05-31")),
        ("Gisteren werd hij opgepakt.", ("Gisteren", "2023-XX-XX", "2023-04-30", "2023-05-30")),
        ("Vorige week werd hij opgepakt.", ("Vorige week", "2023-WXX", "2023-04-24", "2023-05-28")),
        ("Volgende maand begint de bouw.", ("Volgende maand", "2023-06", "2023-06-01", "2023-06-30")),
        ("Vorig jaar stegen de prijzen.", ("Vorig jaar", "2022", "2022-01-01", "2022-12-31")),
        ("De parade op 9 mei gaat door.", ("9 mei", "2023-05-09", "2023-05-09", "2023-05-09")),
        (
            "In de nacht van dinsdag op woensdag was het raak.",
            ("de nacht van dinsdag op woensdag", "2023-WXX-2TNI", "2023-04-25", "2023-05-31"),
        ),
        ("Yesterday the minister resigned.", ("Yesterday", "2023-XX-XX", "2023-04-30", "2023-05-30")),
    ],
)
def test_month_anchor_gives_intervals(sentence: str, expected: tuple[str, ...]) -> None:
    language = "en" if sentence.startswith("Yesterday") else "nl"
    assert only(sentence, MAY, language) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Dinsdag werd hij opgepakt.",
        "Vannacht viel een drone neer.",
        "Gisteren sprak de minister.",
        "Vorige week stemde de Kamer.",
        "Zondagavond brak brand uit.",
        "Drie dagen geleden begon het.",
        "Eergisteren werd hij gezien.",
        "Afgelopen weekend was het druk.",
    ],
)
def test_month_anchor_never_guesses_one_day(sentence: str) -> None:
    for t in find_timexes(sentence, MAY):
        assert t.earliest is not None and t.latest is not None
        assert t.earliest < t.latest, t
        assert "X" in t.value, t


def test_month_after_the_event_keeps_the_written_date() -> None:
    # the seeds' case: an article of June 2023 about the attack "op 3 mei"
    assert only(
        "Na de brand in de haven op 3 mei zweeg de burgemeester.", PublishedDate.parse("2023-06")
    ) == ("3 mei", "2023-05-03", "2023-05-03", "2023-05-03")


def test_year_anchor() -> None:
    assert only("Dinsdag werd hij opgepakt.", PublishedDate.parse("2023")) == (
        "Dinsdag",
        "XXXX-WXX-2",
        "2022-12-27",
        "2023-12-26",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dinsdag werd hij opgepakt.", ("Dinsdag", "XXXX-WXX-2", N, N)),
        ("Vorige week werd hij opgepakt.", ("Vorige week", "XXXX-WXX", N, N)),
        ("Vannacht werd hij opgepakt.", ("Vannacht", "XXXX-XX-XXTNI", N, N)),
        ("Op 3 mei werd hij opgepakt.", ("3 mei", "XXXX-05-03", N, N)),
        ("Op 3 mei 2023 werd hij opgepakt.", ("3 mei 2023", "2023-05-03", "2023-05-03", "2023-05-03")),
        ("In 2022 werd hij opgepakt.", ("2022", "2022", "2022-01-01", "2022-12-31")),
        ("Koningsdag 2025 wordt gevierd.", ("Koningsdag 2025", "2025-04-26", "2025-04-26", "2025-04-26")),
        ("Onlangs werd hij opgepakt.", ("Onlangs", "PAST_REF", N, N)),
    ],
)
def test_unknown_anchor(sentence: str, expected: tuple[str, ...]) -> None:
    assert only(sentence, PublishedDate()) == expected


def test_a_refined_publication_date_can_serve_as_anchor() -> None:
    from claimtrail.extract.timex import DocumentDate

    anchor = DocumentDate(dt.date(2023, 5, 3), dt.date(2023, 5, 4), inferred=True)
    assert only("Vannacht vielen drones aan.", anchor) == (
        "Vannacht",
        "2023-05-XXTNI",
        "2023-05-02",
        "2023-05-04",
    )


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2023, "2023-04-09"),
        (2024, "2024-03-31"),
        (2025, "2025-04-20"),
        (2000, "2000-04-23"),
        (2038, "2038-04-25"),
    ],
)
def test_easter_by_computus(year: int, expected: str) -> None:
    assert easter(year).isoformat() == expected


@pytest.mark.parametrize(
    ("spec", "year", "expected"),
    [
        ({"fixed": [4, 27], "sunday_shift": -1, "since": 2014}, 2023, "2023-04-27"),
        ({"fixed": [4, 27], "sunday_shift": -1, "since": 2014}, 2025, "2025-04-26"),  # the 27th is a Sunday
        ({"fixed": [4, 27], "sunday_shift": -1, "since": 2014}, 2013, None),  # still Koninginnedag then
        ({"nth_weekday": [9, 2, 3]}, 2023, "2023-09-19"),  # Prinsjesdag: third Tuesday of September
        ({"nth_weekday": [5, 1, -1]}, 2023, "2023-05-29"),  # Memorial Day: last Monday of May
        ({"easter": 39}, 2023, "2023-05-18"),  # Ascension Day
    ],
)
def test_holiday_rules(spec: dict, year: int, expected: str | None) -> None:
    unit = holiday(spec, year)
    assert (unit.start.isoformat() if unit else None) == expected
