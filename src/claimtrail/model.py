"""Plain records that flow through claimtrail: ingest -> nlp -> extract -> link -> store -> serve.

Every annotation is a pair of character offsets into `Article.text`, so each extracted fact
links back to the exact words it came from.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, Literal

Precision = Literal["day", "month", "year", "unknown"]
PRECISIONS: tuple[Precision, ...] = ("day", "month", "year", "unknown")


@lru_cache(maxsize=4)
def folded_words(text: str) -> tuple[str, ...]:
    """The text's case-folded words (split on white space). Cached for the few texts in flight, since
    the article id and the near-duplicate signature both read them."""
    return tuple(text.casefold().split())


def normalise_text(text: str) -> str:
    """Text as compared for exact duplicates: whitespace collapsed, case folded."""
    return " ".join(folded_words(text))


def article_id(text: str) -> str:
    """Stable content hash: the same body always gets the same id, whatever file it came from."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class PublishedDate:
    """A publication date together with how much of it is known.

    `value` is an ISO date cut to its precision: "2023-05-03" (day), "2023-05" (month),
    "2023" (year) or None (unknown).
    """

    value: str | None = None
    precision: Precision = "unknown"

    @classmethod
    def parse(cls, raw: str | None) -> PublishedDate:
        """Read a date such as '2023-05', '2023-05-03' or '2023-05-03T10:00:00Z'.

        Raises ValueError on text that is not a date, so the caller can name the record.
        """
        if raw is None or not str(raw).strip():
            return cls()
        raw = str(raw).strip()
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", raw)
        if m:
            year, month, day = m.groups()
            if day:
                d = dt.date(int(year), int(month), int(day))
                return cls(d.isoformat(), "day")
            if month:
                if not 1 <= int(month) <= 12:
                    raise ValueError(f"month out of range in date {raw!r}")
                return cls(f"{int(year):04d}-{int(month):02d}", "month")
            return cls(f"{int(year):04d}", "year")
        try:
            stamp = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            stamp = _parse_rfc2822(raw)
        return cls(stamp.date().isoformat(), "day")

    def interval(self) -> tuple[dt.date, dt.date] | None:
        """The first and last calendar day the date can stand for, or None when unknown."""
        if self.value is None:
            return None
        parts = [int(p) for p in self.value.split("-")]
        if self.precision == "day":
            d = dt.date(*parts)
            return d, d
        if self.precision == "month":
            first = dt.date(parts[0], parts[1], 1)
            nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def _parse_rfc2822(raw: str) -> dt.datetime:
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError) as exc:
        raise ValueError(f"not a date: {raw!r}") from exc


@dataclass
class Article:
    """One news article as stored. `origin` says where it was read: 'file.txt', 'feed.jsonl:12',
    'crawl.warc.gz#record-offset', or a URL."""

    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    published: PublishedDate = field(default_factory=PublishedDate)
    language: str = ""
    origin: str = ""
    external_id: str = ""
    ingested_at: str = ""
    id: str = ""
    canonical_id: str | None = None  # set when this article is a near-duplicate of another
    similarity: float | None = None  # estimated Jaccard similarity to the canonical article

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text)

    def to_record(self) -> dict[str, Any]:
        """Flat JSON-ready dict, as exported."""
        record = asdict(self)
        record["published"] = self.published.value
        record["published_precision"] = self.published.precision
        return record


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True)
class Timex:
    """A time expression: its span, TIMEX3 type and value, and the interval of calendar days it
    can denote (ISO dates, inclusive), None where it is not a point in time (durations, sets)."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    earliest: str | None = None
    latest: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


AttributionType = Literal["direct", "indirect", "mixed", "according_to"]
Stance = Literal["assert", "deny", "doubt", "speculate", "accuse", "confirm", "other"]


@dataclass(frozen=True)
class Attribution:
    """Who said what: the content span, the source as written (a name, noun phrase or pronoun; None
    when the text has no mention, as in "naar verluidt" or a cueless continuation) and the name it
    refers to (None for anonymous sources), the cue that marks it as said, and its stance. Offsets
    point into `Article.text`; the annotation rules are in eval/gold/attributions/GUIDELINES.md."""

    source: Span | None
    source_resolved: str | None
    cue: Span | None
    content: Span
    type: str
    stance: str
    hedged: bool = False
    relayed_by: str | None = None
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.to_dict() if self.source else None,
            "source_resolved": self.source_resolved,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict(),
            "type": self.type,
            "stance": self.stance,
            "hedged": self.hedged,
            "relayed_by": self.relayed_by,
            "confidence": self.confidence,
        }
