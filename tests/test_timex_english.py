"""English time expressions against a day anchor (Wednesday 3 May 2023; ISO week 18 is 1-7 May)."""

from __future__ import annotations

import pytest

from claimtrail.extract.timex import find_timexes
from claimtrail.model import PublishedDate

WED = "2023-05-03"
N = None


def day(text: str, d: str) -> tuple[str, str, str, str, str]:
    return (text, "DATE", d, d, d)


CASES = [
    ("The minister resigned last Tuesday.", [day("last Tuesday", "2023-05-02")]),
    ("The committee will meet next Friday.", [day("next Friday", "2023-05-05")]),
    ("Police said on Monday that two men had been arrested.", [day("Monday", "2023-05-01")]),
    ("The committee will meet on Friday.", [day("Friday", "2023-05-05")]),
    ("The bridge collapsed on March 14.", [day("March 14", "2023-03-14")]),
    ("The vote is scheduled for March 14.", [day("March 14", "2024-03-14")]),
    ("The company reported its results on May 3, 2023.", [day("May 3, 2023", "2023-05-03")]),
    ("Prices rose two weeks ago.", [("two weeks ago", "DATE", "2023-W16", "2023-04-17", "2023-04-23")]),
    ("Yesterday the president spoke to reporters.", [day("Yesterday", "2023-05-02")]),
    ("Last night a fire broke out.", [("Last night", "TIME", "2023-05-02TNI", "2023-05-02", "2023-05-03")]),
    ("This morning the markets opened lower.", [("This morning", "TIME", "2023-05-03TMO", WED, WED)]),
    (
        "The war started in February last year.",
        [("February last year", "DATE", "2022-02", "2022-02-01", "2022-02-28")],
    ),
    ("Talks will resume later this month.", [("later this month", "DATE", "2023-05", WED, "2023-05-31")]),
    ("The attack happened at 2:30 p.m.", [("2:30 p.m.", "TIME", "2023-05-03T14:30", WED, WED)]),
    ("In the 1990s the city grew.", [("the 1990s", "DATE", "199", "1990-01-01", "1999-12-31")]),
    ("The storm hit on Christmas Eve.", [day("Christmas Eve", "2022-12-24")]),
    ("Thanksgiving 2023 was quiet.", [day("Thanksgiving 2023", "2023-11-23")]),
    (
        "The ship sank in the early hours of Sunday.",
        [("the early hours of Sunday", "TIME", "2023-04-29TNI", "2023-04-29", "2023-04-30")],
    ),
    ("He has lived there for three years.", [("three years", "DURATION", "P3Y", N, N)]),
    ("Over the past few months inflation has fallen.", [("the past few months", "DURATION", "PXM", N, N)]),
    (
        "The factory runs 24 hours a day.",
        [("24 hours", "DURATION", "PT24H", N, N), ("a day", "SET", "P1D", N, N)],
    ),
    ("The paper is published daily.", [("daily", "SET", "P1D", N, N)]),
    ("Recently the government changed its policy.", [("Recently", "DATE", "PAST_REF", N, WED)]),
    ("May said the deal was good for Britain.", []),
    ("She may leave the country.", []),
    ("The 2000 soldiers were deployed.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_english_expression(sentence: str, expected: list[tuple[str, ...]]) -> None:
    found = find_timexes(sentence, PublishedDate.parse(WED), "en")
    got = [(t.text, t.type, t.value, t.earliest, t.latest) for t in found]
    assert got == expected


def test_regional_language_tags_read_as_the_language() -> None:
    assert find_timexes("Yesterday it rained.", PublishedDate.parse(WED), "en-GB")[0].value == "2023-05-02"


def test_a_language_without_vocabulary_gives_nothing() -> None:
    assert find_timexes("Hier, il a plu.", PublishedDate.parse(WED), "fr") == []
