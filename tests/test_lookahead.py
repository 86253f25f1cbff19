"""The look-ahead in front of a pattern finds exactly the pattern's matches (extract/lookahead.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claimtrail.extract.lookahead import first_characters, guarded

ROOT = Path(__file__).parent.parent


def first(pattern: str, flags: int = 0) -> str | None:
    return first_characters(re.compile(pattern, flags))


def test_the_first_characters_of_a_pattern() -> None:
    """Past look-behinds, word boundaries and optional parts; None where a match may be empty or open
    with any character."""
    assert first(r"(?<!niet )\b(?:zich )?verschuil") == "vz"
    assert first(r"\b(?:ik|we|wij)\s+ga\b") == "iw"
    assert first(r"(?:^|[.!?]\s)wie\b") == "!.?w"  # the anchor takes nothing: 'wie' may open
    assert first(r"[a-c]x|d+") == "abcd"
    assert first(r"\b[A-Z]\w+s\s+regime") == "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    assert first(r"\S*ge") is None
    assert first(r"a?") is None
    assert first(r"[^a]b") is None


@pytest.mark.parametrize(
    "pattern, flags",
    [
        (r"\b(?:[Hh]ij|[Zz]ij|[Hh]em)\b", 0),
        (r"\b(de|het|(?-i:Dat|Die))\s+(\w+)", re.IGNORECASE),  # a part with case in a case-blind pattern
        (r"\b[Dd]e\s+(?i:president|minister)\b", 0),  # a case-blind part in a pattern with case
        (r"\b(?i:stelt|zegt)\b", 0),  # ... that opens the match: 'Zegt' opens with 'Z'
        (r"\b(?i:ZEGT)\b", 0),  # ... written in capitals: 'zegt' opens with 'z'
        (r"(?i)\bzou(?:den)?\b", 0),  # a global flag stays in front
        (r"\b([A-Z][\w-]*?)(?:s|['’]s?)\s+(?:[a-z][\w-]*\s+){0,2}?(?:regime|bewind)\b", 0),
    ],
)
def test_a_guarded_pattern_finds_the_same_matches(pattern: str, flags: int) -> None:
    sample = (ROOT / "src/claimtrail/data/sample/articles.jsonl").read_text(encoding="utf-8")
    texts = [json.loads(line)["text"] for line in sample.splitlines() if line.strip()] + [
        "Zegt hij. Het Poetins regime, De President zegt: ZOU het? Dat zei Die man. Hij zegt."
    ]
    plain = re.compile(pattern, flags)
    fast = guarded(plain)
    assert fast is not plain and fast.pattern.startswith(("(?=", "(?i)(?="))
    found = 0
    for text in texts:
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == expected
        found += len(expected)
    assert found  # (the test is not empty)


def test_a_pattern_whose_openings_cannot_be_listed_is_left_as_it_is() -> None:
    plain = re.compile(r"\w+ zegt")
    assert guarded(plain) is plain
