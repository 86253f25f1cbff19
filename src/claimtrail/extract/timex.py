"""Time expressions: find them in Dutch or English text and normalise each to a TIMEX3 value and an
honest interval of calendar days, anchored on the article's publication date.

News speaks in relative time ("dinsdag", "vannacht", "vorige week") and the article date itself is
often coarse (a month). Every expression relative to the publication day is therefore resolved for the
first and for the last day the publication date can stand for; the interval runs from the earliest
reading to the latest one, and the value keeps only what all readings share:

    "dinsdag" (past tense), published 2023-05-03      -> 2023-05-02         [2023-05-02, 2023-05-02]
    "dinsdag" (past tense), published in 2023-05      -> 2023-WXX-2         [2023-04-25, 2023-05-30]
    "vorige week", published in 2023-05               -> 2023-WXX           [2023-04-24, 2023-05-28]
    "vannacht" (past tense), published 2023-05-03     -> 2023-05-02TNI      [2023-05-02, 2023-05-03]
    "3 mei", published in 2023-06 or on 2023-05-10    -> 2023-05-03         [2023-05-03, 2023-05-03]

Conventions (docs/accuracy.md has the full list): digits that differ between readings become X, from
the first differing component on ("2023-XX-XX"); a reading that is "some Tuesday" is written in ISO week
form ("2023-WXX-2"); nights are named by the evening they start ("2023-05-02TNI") and cover two days;
durations ("P3D") and sets ("P1W", "XXXX-WXX-2") have no interval; PAST_REF and FUTURE_REF have one open
end. With an unknown publication date relative expressions keep their X's and get no interval, while
dates that carry a year still resolve.

Vocabularies and rules live in data/timex_<language>.yaml; this module holds the control flow.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import importlib
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Protocol

import yaml

from claimtrail.extract.tense import SentenceTenses, Tense, TenseLexicon, sentence_spans
from claimtrail.model import Timex

__all__ = [
    "DocumentDate",
    "event_time",
    "find_timexes",
    "refine_publication_date",
    "report_time",
    "supported_languages",
]

DAY = dt.timedelta(days=1)
_YEAR_SLACK = dt.timedelta(days=7)  # a past-tense "op 25 mei" may lie a few days after the article


class Anchor(Protocol):
    """A publication date: anything that can say which calendar days it stands for."""

    def interval(self) -> tuple[dt.date, dt.date] | None: ...


# ---------------------------------------------------------------------------------------------------
# Calendar units and their TIMEX3 labels


@dataclass(frozen=True)
class _Unit:
    gran: str  # day, week, weekend, month, quarter, half, season, year, decade, century
    start: dt.date
    end: dt.date
    label: str


def _day(d: dt.date, days: int = 1) -> _Unit:
    return _Unit("day", d, d + (days - 1) * DAY, d.isoformat())


def _week(d: dt.date) -> _Unit:
    monday = d - d.weekday() * DAY
    year, week, _ = monday.isocalendar()
    return _Unit("week", monday, monday + 6 * DAY, f"{year:04d}-W{week:02d}")


def _weekend(d: dt.date) -> _Unit:
    """The weekend of the ISO week that holds `d`."""
    monday = d - d.weekday() * DAY
    year, week, _ = monday.isocalendar()
    return _Unit("weekend", monday + 5 * DAY, monday + 6 * DAY, f"{year:04d}-W{week:02d}-WE")


def _month(year: int, month: int) -> _Unit:
    last = calendar.monthrange(year, month)[1]
    return _Unit("month", dt.date(year, month, 1), dt.date(year, month, last), f"{year:04d}-{month:02d}")


def _quarter(year: int, q: int) -> _Unit:
    start = dt.date(year, 3 * q - 2, 1)
    return _Unit("quarter", start, _month(year, 3 * q).end, f"{year:04d}-Q{q}")


def _half(year: int, h: int) -> _Unit:
    return _Unit("half", dt.date(year, 6 * h - 5, 1), _month(year, 6 * h).end, f"{year:04d}-H{h}")


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASONS = ("WI", "SP", "SU", "FA")


def _season(year: int, code: str) -> _Unit:
    """Meteorological seasons; winter is named by the year of its December."""
    start = dt.date(year, _SEASON_START[code], 1)
    end_month = start.month + 2
    end = _month(year + (end_month > 12), (end_month - 1) % 12 + 1).end
    return _Unit("season", start, end, f"{year:04d}-{code}")


def _year(year: int) -> _Unit:
    return _Unit("year", dt.date(year, 1, 1), dt.date(year, 12, 31), f"{year:04d}")


def _decade(first: int) -> _Unit:
    return _Unit("decade", dt.date(first, 1, 1), dt.date(first + 9, 12, 31), f"{first // 10:03d}")


def _century(first: int) -> _Unit:
    return _Unit("century", dt.date(first, 1, 1), dt.date(first + 99, 12, 31), f"{first // 100:02d}")


def _add_months(d: dt.date, n: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + n
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _unit_of(gran: str, d: dt.date) -> _Unit:
    """The unit of granularity `gran` that holds day `d`."""
    if gran == "day":
        return _day(d)
    if gran == "week":
        return _week(d)
    if gran == "weekend":
        return _weekend(d)
    if gran == "month":
        return _month(d.year, d.month)
    if gran == "quarter":
        return _quarter(d.year, (d.month - 1) // 3 + 1)
    if gran == "half":
        return _half(d.year, 1 if d.month <= 6 else 2)
    if gran == "season":
        if d.month in (1, 2):
            return _season(d.year - 1, "WI")
        return _season(d.year, _SEASONS[d.month // 3 % 4])
    if gran == "year":
        return _year(d.year)
    if gran == "decade":
        return _decade(d.year - d.year % 10)
    return _century(d.year - d.year % 100)


def _shift(u: _Unit, n: int) -> _Unit:
    """The unit `n` steps after (before, when negative) `u`, at the same granularity."""
    if n == 0:
        return u
    if u.gran == "day":
        return _day(u.start + n * DAY, (u.end - u.start).days + 1)
    if u.gran in ("week", "weekend"):
        return _unit_of(u.gran, u.start + 7 * n * DAY)
    months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120, "century": 1200}
    return _unit_of(u.gran, _add_months(u.start, n * months[u.gran]))


_GRAN_OF = {
    "D": "day",
    "W": "week",
    "WE": "weekend",
    "M": "month",
    "Q": "quarter",
    "Y": "year",
    "DE": "decade",
    "CE": "century",
    "H": "day",
    "MIN": "day",
    "S": "day",
}
_GRAN_RANK = {
    "day": 0,
    "weekend": 1,
    "week": 1,
    "month": 2,
    "quarter": 3,
    "half": 3,
    "season": 3,
    "year": 4,
    "decade": 5,
    "century": 6,
}
_DAYS_PER = {
    "D": 1,
    "W": 7,
    "WE": 7,
    "M": 30.44,
    "Q": 91.31,
    "Y": 365.25,
    "DE": 3652.5,
    "CE": 36525,
    "H": 1 / 24,
    "MIN": 1 / 1440,
    "S": 1 / 86400,
}


def _step(u: _Unit, n: float, code: str) -> _Unit:
    """Move `u` by n units of `code` (D, W, M, Y, ...), keeping the granularity of `u`."""
    if code in ("M", "Q", "Y", "DE", "CE") and float(n).is_integer():
        months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[code] * int(n)
        if u.gran == "day":
            return _day(_add_months(u.start, months), (u.end - u.start).days + 1)
        return _unit_of(u.gran, _add_months(u.start, months))
    days = round(n * _DAYS_PER[code])
    if u.gran == "day":
        return _day(u.start + days * DAY, (u.end - u.start).days + 1)
    return _unit_of(u.gran, u.start + days * DAY)


def _mask(a: _Unit, b: _Unit, weekday: int | None) -> str:
    """The value shared by two readings: equal leading components kept, digits after them as X."""
    if a.label == b.label:
        return a.label
    if weekday is not None and a.gran == "day":
        ya, yb = a.start.isocalendar()[0], b.start.isocalendar()[0]
        return f"{ya:04d}-WXX-{weekday}" if ya == yb else f"XXXX-WXX-{weekday}"
    pa, pb = a.label.split("-"), b.label.split("-")
    out, differ = [], False
    for x, y in zip(pa, pb, strict=False):
        differ = differ or x != y
        out.append(re.sub(r"\d", "X", x) if differ else x)
    return "-".join(out)


def _unknown_label(gran: str, weekday: int | None) -> str:
    if weekday is not None and gran == "day":
        return f"XXXX-WXX-{weekday}"
    return re.sub(r"\d", "X", _unit_of(gran, dt.date(2000, 1, 3)).label)


def _sub(u: _Unit, mod: str | None, d: dt.date | None) -> tuple[dt.date, dt.date]:
    """The part of `u` that a modifier leaves: begin/half/eind, or before/after the publication day."""
    n = (u.end - u.start).days + 1
    if mod == "START" and n > 2:
        return u.start, u.start + (math.ceil(0.4 * n) - 1) * DAY
    if mod == "END" and n > 2:
        return u.end - (math.ceil(0.4 * n) - 1) * DAY, u.end
    if mod == "MID" and n > 2:
        return u.start + math.floor(0.3 * n) * DAY, u.start + (math.ceil(0.7 * n) - 1) * DAY
    if mod == "EARLIER" and d is not None and u.start <= d <= u.end:
        return u.start, d
    if mod == "LATER" and d is not None and u.start <= d <= u.end:
        return d, u.end
    return u.start, u.end


# ---------------------------------------------------------------------------------------------------
# Holidays


def easter(year: int) -> dt.date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (n=-1: last) ISO weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + ((weekday - first.isoweekday()) % 7 + 7 * (n - 1)) * DAY
    last = _month(year, month).end
    return last - ((last.isoweekday() - weekday) % 7) * DAY


def holiday(spec: dict[str, Any], year: int) -> _Unit | None:
    """The day(s) of a holiday rule from the YAML in a given year, or None when it was not held then."""
    if year < spec.get("since", 0) or year > spec.get("until", 9999):
        return None
    if "fixed" in spec:
        month, day = spec["fixed"]
        d = dt.date(year, month, day)
        if spec.get("sunday_shift") and d.isoweekday() == 7:
            d += spec["sunday_shift"] * DAY
    elif "easter" in spec:
        d = easter(year) + spec["easter"] * DAY
    else:
        d = _nth_weekday(year, *spec["nth_weekday"])
    return _day(d, spec.get("days", 1))


# ---------------------------------------------------------------------------------------------------
# The language data


@dataclass(eq=False)  # compared and hashed by identity: rule tuples key the cache of combined regexes
class _Rule:
    index: int
    kind: str
    type: str
    params: dict[str, Any]
    groups: list[tuple[str, str, str]]  # (alias, source vocabulary or snippet, regex group name)
    regex: re.Pattern[str] | None = None
    names: tuple[str, ...] = ()  # the regex group names, in the order of `groups`

    def __post_init__(self) -> None:
        self.names = tuple(name for _alias, _source, name in self.groups)


@dataclass
class _Lexicon:
    language: str
    rules: list[_Rule]
    index: _Index  # which rules can start with which words
    trigger: re.Pattern[str]  # finds every place where some rule can start
    anchors: frozenset[str]  # every match holds one of these words or a digit
    vocab: dict[str, dict[str, Any]]
    holidays: dict[str, dict[str, Any]]
    tense: TenseLexicon
    capitalised: frozenset[str]
    decimal: str

    def number(self, text: str) -> float | None:
        """The value of a number written in digits or words ("24", "2,5", "vierentwintig")."""
        t = _norm(text)
        if t in self.vocab["numbers"]:
            return float(self.vocab["numbers"][t])
        if t[:1].isdigit():
            t = t.replace(self.decimal, "#").replace(",", "").replace(".", "").replace("#", ".")
            try:
                return float(t)
            except ValueError:
                return None
        for joiner in ("ën", "en", "-", " "):
            head, _, tail = t.partition(joiner)
            if tail and head in self.vocab["numbers"] and tail in self.vocab["numbers"]:
                return float(self.vocab["numbers"][head] + self.vocab["numbers"][tail])
        return None


_PLACEHOLDER = re.compile(r"\{([a-z_][a-z_0-9]*)(?::([a-z_][a-z_0-9]*))?\}")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def _norm(text: str) -> str:
    return " ".join(text.translate(_APOSTROPHES).lower().split())


def _alternation(words: list[str]) -> str:
    """A regex for a vocabulary: a trie, so that the engine tries one branch per character (a flat
    alternation of hundreds of words is what made this module slow). A space matches any whitespace,
    an apostrophe any apostrophe."""
    return f"(?:{_trie([' '.join(w.split()) for w in words])})"


def _number_pattern(numbers: dict[str, int], tens_first: bool) -> str:
    units = [w for w, v in numbers.items() if 1 <= v <= 9 and " " not in w and len(w) > 2]
    tens = [w for w, v in numbers.items() if v in range(20, 100, 10)]
    compound = (
        f"(?:{_alternation(tens)})[- ](?:{_alternation(units)})"
        if tens_first
        else f"(?:{_alternation(units)})(?:en|ën)(?:{_alternation(tens)})"
    )
    return rf"(?:\d+(?:[.,]\d+)?|{compound}|{_alternation(list(numbers))})"


@cache
def _lexicon(language: str) -> _Lexicon | None:
    try:
        raw = (
            resources.files("claimtrail.extract")
            .joinpath("data", f"timex_{language}.yaml")
            .read_text("utf-8")
        )
    except FileNotFoundError:
        return None
    spec = yaml.safe_load(raw)
    vocab: dict[str, dict[str, Any]] = {
        name: {_norm(str(k)): v for k, v in (table or {}).items()} for name, table in spec["vocab"].items()
    }
    holidays = {_norm(k): v for k, v in spec.get("holidays", {}).items()}
    vocab["holiday"] = {k: k for k in holidays}
    snippets = dict(spec.get("snippets", {}))
    snippets["num"] = _number_pattern(vocab["numbers"], tens_first=language == "en")

    rules = []
    for index, item in enumerate(spec["rules"]):
        groups: list[tuple[str, str, str]] = []

        def expand(m: re.Match[str], index: int = index, groups: list[tuple[str, str, str]] = groups) -> str:
            source, alias = m.group(1), m.group(2) or m.group(1)
            name = f"r{index}_{alias}_{len(groups)}"  # an alias may appear in several alternatives
            groups.append((alias, source, name))
            body = snippets[source] if source in snippets else _alternation(list(vocab[source]))
            return f"(?P<{name}>{body})"

        pattern = item["pattern"].replace(" ?", r"\s*").replace(" ", r"\s+")
        pattern = _PLACEHOLDER.sub(expand, pattern)

        # plain named groups written in the rule itself, such as (?P<x>...) or (?P<unit>...)
        def rename(m: re.Match[str], index: int = index, groups: list[tuple[str, str, str]] = groups) -> str:
            alias = m.group(1)
            name = f"r{index}_{alias}_{len(groups)}"
            groups.append((alias, alias, name))
            return f"(?P<{name}>"

        pattern = re.sub(r"\(\?P<([a-z_]+)>", rename, pattern)
        if re.search(r"\{[a-z_]", pattern):
            raise ValueError(
                f"timex_{language}.yaml rule {index}: unknown placeholder in {item['pattern']!r}"
            )
        regex = re.compile(rf"(?<![\w-]){pattern}(?!\w)", re.IGNORECASE)
        rules.append(_Rule(index, item["kind"], item["type"], dict(item.get("params") or {}), groups, regex))
    rule_index = _index_rules(rules)
    return _Lexicon(
        language=language,
        rules=rules,
        index=rule_index,
        trigger=_trigger(rule_index),
        anchors=_anchors(spec, vocab),
        vocab=vocab,
        holidays=holidays,
        tense=TenseLexicon.from_dict(spec.get("tense", {})),
        capitalised=frozenset(spec.get("capitalised", ())),
        decimal="," if language == "nl" else ".",
    )


# --- which rules can match where ------------------------------------------------------------------
# Trying ~90 rules at every character is far too slow (this runs on every article). So each rule is
# tried only where the text has a word it can start with, or a pair of words ("de nacht", "in 2022")
# when its first word is a common one. Those words are read off the rule's parsed regex.


class _Unbounded(Exception):
    """The words a rule can start with cannot be listed."""


_LETTER = re.compile(r"[^\W\d_]")
_MAX_STARTS = 20000


def _extend(opened: set[str], chars: set[str], done: set[str], max_words: int) -> set[str]:
    """Grow the partial starts in `opened` by one character out of `chars`. A start is "w" (one word),
    "w x" (two words) or "w 0" / "w '" (a word and a digit or other symbol); "0" and "'" alone stand
    for a match that starts with a digit or another symbol."""
    grown = set()
    for state in opened:
        for ch in chars:
            if _LETTER.match(ch):
                grown.add(state + ch)
            elif ch.isspace():
                if not state or state.endswith(" "):
                    grown.add(state)
                elif " " in state or max_words == 1:
                    done.add(state)
                else:
                    grown.add(state + " ")
            else:
                symbol = "0" if ch.isdigit() else "'"
                done.add(state + symbol if not state or state.endswith(" ") else state)
    if len(grown) > _MAX_STARTS:
        raise _Unbounded
    return grown


def _walk(items: list[Any], opened: set[str], done: set[str], max_words: int) -> set[str]:
    c = importlib.import_module("re._constants")  # the node types of the standard library's regex parser

    for op, av in items:
        if not opened:
            break
        if op is c.LITERAL:
            opened = _extend(opened, {chr(av).lower()}, done, max_words)
        elif op is c.IN:
            chars: set[str] = set()
            for sub_op, sub_av in av:
                if sub_op is c.LITERAL:
                    chars.add(chr(sub_av).lower())
                elif sub_op is c.RANGE and sub_av[1] - sub_av[0] < 40:
                    chars.update(chr(x).lower() for x in range(sub_av[0], sub_av[1] + 1))
                elif sub_op is c.CATEGORY and sub_av is c.CATEGORY_DIGIT:
                    chars.add("0")
                elif sub_op is c.CATEGORY and sub_av is c.CATEGORY_SPACE:
                    chars.add(" ")
                else:
                    raise _Unbounded
            opened = _extend(opened, chars, done, max_words)
        elif op is c.BRANCH:
            opened = set().union(*(_walk(list(alt), set(opened), done, max_words) for alt in av[1]))
        elif op is c.SUBPATTERN:
            opened = _walk(list(av[-1]), opened, done, max_words)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, sub = av
            once = _walk(list(sub), set(opened), done, max_words)
            if high > 1 and _walk(list(sub), set(once), set(), max_words) - once:
                raise _Unbounded  # a repeated letter class: any word
            opened = once | (opened if low == 0 else set())
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        else:
            raise _Unbounded
    return opened


def _starts(regex: re.Pattern[str]) -> set[str] | None:
    """How a match can start (see _extend), lower case; None when that cannot be listed."""
    try:
        parser = importlib.import_module("re._parser")  # private, but stable since Python 3.11
    except ImportError:
        return None

    for max_words in (2, 1):  # word pairs where there are not too many, else single words
        try:
            done: set[str] = set()
            opened = _walk(list(parser.parse(regex.pattern, regex.flags)), {""}, done, max_words)
            return done | {state.rstrip() for state in opened if state.strip()}
        except _Unbounded:
            continue
        except (AttributeError, ImportError, TypeError, ValueError):  # another Python's regex internals
            return None
    return None


Rules = tuple["_Rule", ...]


@dataclass
class _Index:
    single: dict[str, Rules]  # first word, or "0" / "'" -> rules to try whatever follows
    pairs: dict[str, dict[str, Rules]]  # first word -> next word (or "0" / "'") -> rules
    everywhere: Rules  # rules whose starts could not be listed


def _index_rules(rules: list[_Rule]) -> _Index:
    everywhere: list[_Rule] = []
    single: dict[str, list[_Rule]] = {}
    pairs: dict[str, dict[str, list[_Rule]]] = {}
    for rule in rules:
        assert rule.regex is not None
        starts = _starts(rule.regex)
        if starts is None:
            everywhere.append(rule)
            continue
        firsts_alone = {s for s in starts if " " not in s}
        for start in starts:
            first, _, second = start.partition(" ")
            if not second:
                single.setdefault(first, []).append(rule)
            elif first not in firsts_alone:
                pairs.setdefault(first, {}).setdefault(second, []).append(rule)

    def order(rs: list[_Rule]) -> Rules:
        return tuple(sorted(set(rs), key=lambda r: r.index))

    return _Index(
        single={w: order(rs) for w, rs in single.items()},
        pairs={w: {x: order(rs) for x, rs in nxt.items()} for w, nxt in pairs.items()},
        everywhere=order(everywhere),
    )


def _trie(words: list[str]) -> str:
    """One regex for many words, shaped as a trie so that it tries one branch per character."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def char(ch: str) -> str:
        return r"\s+" if ch == " " else "['’‘`]" if ch == "'" else re.escape(ch)

    def build(node: dict[str, Any]) -> str:
        alts = [char(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _trigger(index: _Index) -> re.Pattern[str]:
    """Finds the places where some rule can start: a first word, a digit or another symbol."""
    firsts = sorted(w for w in {*index.single, *index.pairs} if w not in ("0", "'"))
    words = r"[^\W\d_]+" if index.everywhere else _trie(firsts)
    return re.compile(rf"(?<![\w-])(?:(?:{words})(?![^\W\d_])|\d|[^\w\s])", re.IGNORECASE)


def _anchors(spec: dict[str, Any], vocab: dict[str, dict[str, Any]]) -> frozenset[str]:
    """The words of which every match holds at least one (when it holds no digit): the content words of
    the vocabularies named under `anchors` in the YAML, compounds of weekday and part of day, and the
    words listed under `anchor_words`."""
    stop = set(spec.get("anchor_stopwords", ()))
    words: set[str] = set(spec.get("anchor_words", ()))
    for table in spec.get("anchors", ()):
        for key in vocab.get(table, {}):
            content = [w for w in _LETTERS.findall(key) if w not in stop]
            if content:  # the most specific word of a phrase: "dag van de overwinning" -> "overwinning"
                words.add(max(content, key=len))
    words.update(w + p for w in vocab.get("weekday", {}) for p in vocab.get("pod", {}))
    return frozenset(words)


_LETTERS = re.compile(r"[^\W\d_]+")
_PUNCTUATION = ".,;:!?()[]{}\"'“”‘’«»…*"
_JOINERS = re.compile(r"[-/–]")
_DIGITS = re.compile(r"\d+")
_NEXT = re.compile(r"\s+(?:([^\W\d_]+)|(\d)|\S)")
_ANCHOR_REACH = 48  # characters a match can start before its anchor ("aan het einde van het jaar")


def _present(low: str, anchors: frozenset[str]) -> set[str]:
    """The anchor words that occur in a lower-cased text (str.split is much faster than a regex)."""
    words = set(low.split())
    found = words & anchors
    for word in words:
        if word.isalpha():
            continue
        word = word.strip(_PUNCTUATION)
        if word in anchors:
            found.add(word)
        elif "-" in word or "/" in word or "–" in word:
            found.update(part for part in _JOINERS.split(word) if part in anchors)
    return found


@lru_cache(maxsize=4096)
def _combined(*groups: Rules) -> tuple[_Rule, ...]:
    """The rules that can start at one place, earlier rules first. Trying them in turn and taking the first
    that matches finds what one alternation of them would; compiling such an alternation cost ~12 ms for
    each new combination of rules, more than matching a few hundred articles."""
    return tuple(sorted({r for group in groups for r in group}, key=lambda r: r.index))


def _first_match(rules: tuple[_Rule, ...], text: str, pos: int) -> tuple[_Rule, re.Match[str]] | None:
    for rule in rules:
        m = rule.regex.match(text, pos)  # type: ignore[union-attr]
        if m is not None:
            return rule, m
    return None


def supported_languages() -> list[str]:
    """Languages with a timex vocabulary (data/timex_<language>.yaml)."""
    folder = resources.files("claimtrail.extract").joinpath("data")
    return sorted(
        p.name[6:-5] for p in folder.iterdir() if p.name.startswith("timex_") and p.name.endswith(".yaml")
    )


# ---------------------------------------------------------------------------------------------------
# Resolution


@dataclass
class _Res:
    """One resolved expression before it becomes a Timex."""

    type: str = ""  # TIMEX3 type; empty: the rule's
    lo: _Unit | None = None  # the reading for the first day the publication date can be
    hi: _Unit | None = None  # ... and for the last
    gran: str = "day"  # granularity, for the all-X value when the publication date is unknown
    suffix: str = ""  # "TNI", "T14:30"
    weekday: int | None = None  # the reading is "a Tuesday" (value 2023-WXX-2 when not one day)
    mod: str | None = None
    value: str | None = None  # a fixed value: durations, sets, references, partial dates
    earliest: dt.date | None = None  # the interval that goes with a fixed value
    latest: dt.date | None = None
    relative: bool = False  # resolved against the publication date
    kind: str = ""

    @property
    def is_ref(self) -> bool:
        """Can this serve as the reference time of a later "twee dagen later" or "die dag"?"""
        return self.value is None and self.type in ("DATE", "TIME")


class _G:
    """The named groups of one match: text and vocabulary value by alias."""

    def __init__(self, lex: _Lexicon, rule: _Rule, m: re.Match[str]):
        self.text: dict[str, str] = {}
        self.val: dict[str, Any] = {}
        self.span: dict[str, tuple[int, int]] = {}
        if not rule.groups:
            return
        texts = m.group(*rule.names) if len(rule.names) > 1 else (m.group(rule.names[0]),)
        for (alias, source, name), t in zip(rule.groups, texts, strict=True):
            if t is None or alias in self.text:
                continue
            self.text[alias] = t
            self.span[alias] = m.span(name)
            table = lex.vocab.get(source)
            self.val[alias] = table.get(_norm(t), t) if table is not None else t

    def __contains__(self, alias: str) -> bool:
        return alias in self.text

    def int(self, alias: str) -> int:
        return int(re.match(r"\d+", self.text[alias]).group())  # type: ignore[union-attr]


Days = tuple[dt.date, dt.date]


class _Document:
    def __init__(self, text: str, lex: _Lexicon, days: Days | None):
        self.text = text
        self.lex = lex
        self.days = days
        self.sentences = sentence_spans(text)
        self.tenses = SentenceTenses(text, lex.tense, self.sentences)
        self.found: list[tuple[int, int, _Res]] = []  # resolved so far, in text order

    # --- helpers ---------------------------------------------------------------------------------------

    def relative(self, fn: Callable[[dt.date], _Unit], gran: str, **kw: Any) -> _Res:
        """A reading that depends on the publication day: resolved for its first and last possible day."""
        if self.days is None:
            return _Res(gran=gran, relative=True, **kw)
        return _Res(lo=fn(self.days[0]), hi=fn(self.days[1]), gran=gran, relative=True, **kw)

    def pick(self, make: Callable[[int], _Unit | None], tense: Tense, slack: dt.timedelta) -> _Unit | None:
        """The year for a date written without one: the candidate nearest to the publication date that
        the tense allows (past: not after it, future: not before it, up to `slack`)."""
        assert self.days is not None
        lo, hi = self.days
        cands = [u for y in range(lo.year - 1, hi.year + 2) if (u := make(y)) is not None]
        if tense == "past":
            pool = [u for u in cands if u.start <= hi + slack]
        elif tense == "future":
            pool = [u for u in cands if u.end >= lo - slack]
        else:
            pool = cands
        pool = pool or cands

        def distance(u: _Unit) -> int:
            if u.end < lo:
                return (lo - u.end).days
            if u.start > hi:
                return (u.start - hi).days
            return 0

        return min(pool, key=distance) if pool else None

    def year_of(self, g: _G) -> int | None | str:
        """An explicit year ("2022", "vorig jaar"), None when none is given, "?" when not resolvable."""
        if "year" in g:
            return g.int("year")
        if "yrel" in g:
            if self.days is None:
                return "?"
            return self.days[0].year + int(g.val["yrel"])
        return None

    def absolute(
        self,
        make: Callable[[int], _Unit | None],
        g: _G,
        tense: Tense,
        gran: str,
        partial: str,
        slack: dt.timedelta = dt.timedelta(0),
        **kw: Any,
    ) -> _Res | None:
        """A unit named without or with a year: resolve the year and build the result."""
        year = self.year_of(g)
        if isinstance(year, int):
            u = make(year)
            return _Res(lo=u, hi=u, gran=gran, **kw) if u else None
        if year == "?" or self.days is None:
            return _Res(value=partial, gran=gran, **kw)
        u = self.pick(make, tense, slack)
        return _Res(lo=u, hi=u, gran=gran, **kw) if u else None

    def tense(self, start: int, end: int) -> Tense:
        return self.tenses.at(start, end)

    def word_before(self, start: int) -> str:
        """The word right before an expression, lower case ("" at the start of the text)."""
        words = self.text[max(0, start - 24) : start].lower().split()
        return words[-1].strip("(\"'“‘") if words else ""

    def reference(self, start: int) -> _Res | None:
        """The latest earlier DATE or TIME with a resolved reading: the reference time for anaphora."""
        for _s, _e, res in reversed(self.found):
            if res.is_ref and (res.lo is not None or self.days is None):
                return res
        return None

    def week_context(self, start: int) -> tuple[_Res, bool] | None:
        """A week named just before ("vorige week ... dinsdag") in the same or the previous sentence,
        with no other day-level date in between; and whether it is in the same sentence."""
        here = self.tenses.sentence_of(start)
        for s, _e, res in reversed(self.found):
            sentence = self.tenses.sentence_of(s)
            if sentence < here - 1:
                return None
            if res.gran == "week" and res.kind == "relative" and res.lo is not None:
                return res, sentence == here
            if res.is_ref and res.gran == "day":
                return None
        return None

    def day_in_sentence(self, start: int, end: int) -> _Res | None:
        """The day that dates a clock time or a part of day: the nearest day-level date in the same
        sentence, else the last one named earlier in the paragraph ("Zondagavond brak brand uit. De
        brandweer was er om 21.30 uur.")."""
        here = self.tenses.sentence_of(start)
        paragraph = self.text.rfind("\n", 0, start)
        best = None
        previous = None
        for s, e, res in self.found:
            if res.gran != "day" or not res.is_ref or res.kind in ("time", "part_of_day"):
                continue
            sentence = self.tenses.sentence_of(s)
            if sentence < here and s > paragraph:
                previous = res  # the last day named earlier in the paragraph
            if sentence != here:
                continue
            gap = start - e if e <= start else s - end + 0.5  # prefer a date before the time
            if best is None or gap < best[0]:
                best = (gap, res)
        return best[1] if best else previous

    # --- the run ---------------------------------------------------------------------------------------

    def _candidates(self, token: re.Match[str]) -> tuple[_Rule, ...] | None:
        """The rules that can start at this token, given the word after it, earlier rules first."""
        index = self.lex.index
        word = token.group()
        key = "0" if word[0].isdigit() else word.lower() if word[0].isalpha() else "'"
        single = index.single.get(key, ())
        following: Rules = ()
        pairs = index.pairs.get(key)
        if pairs:
            m = _NEXT.match(self.text, token.end())
            if m is not None:
                following = pairs.get(m.group(1).lower() if m.group(1) else "0" if m.group(2) else "'", ())
        if not (single or following or index.everywhere):
            return None
        return _combined(single, following, index.everywhere)

    def matches(self) -> Iterator[tuple[_Rule, re.Match[str]]]:
        """Leftmost matches, earlier rules first, not overlapping: what one big alternation of all rules
        would find. Every match holds an anchor (a content word or a digit), so only the word starts
        just before each anchor are tried, with only the rules that can start there."""
        text, trigger = self.text, self.lex.trigger
        low = text.lower()
        if len(low) != len(text) or self.lex.index.everywhere:
            yield from self.matches_exhaustive()  # lower() moved offsets, or a rule starts anywhere
            return
        positions = [m.span() for m in _DIGITS.finditer(text)]
        for word in _present(low, self.lex.anchors):
            i = low.find(word)
            while i >= 0:
                j = i + len(word)
                if (i == 0 or not low[i - 1].isalpha()) and (j == len(low) or not low[j].isalpha()):
                    positions.append((i, j))
                i = low.find(word, j)
        positions.sort()
        last_end = 0
        for anchor, anchor_end in positions:
            if anchor < last_end:
                continue
            for token in trigger.finditer(text, max(last_end, anchor - _ANCHOR_REACH), anchor_end):
                candidates = self._candidates(token)
                found = _first_match(candidates, text, token.start()) if candidates else None
                if found is not None and found[1].end() > anchor:
                    last_end = found[1].end()
                    yield found
                    break

    def matches_exhaustive(self) -> Iterator[tuple[_Rule, re.Match[str]]]:
        """The same matches, found by trying every place where some rule can start (slower; kept for
        texts whose lower-casing changes their length, and to test matches() against)."""
        text = self.text
        last_end = 0
        for token in self.lex.trigger.finditer(text):
            if token.start() < last_end:
                continue
            candidates = self._candidates(token)
            found = _first_match(candidates, text, token.start()) if candidates else None
            if found is not None and found[1].end() > token.start():
                last_end = found[1].end()
                yield found

    def run(self) -> list[Timex]:
        deferred: list[tuple[int, int, _Rule, _G]] = []
        for rule, m in self.matches():
            g = _G(self.lex, rule, m)
            if not self._acceptable(m, rule, g):
                continue
            start, end = g.span["x"] if "x" in g else m.span()
            if rule.kind in ("time", "part_of_day"):
                deferred.append((start, end, rule, g))
                continue
            self._resolve(start, end, rule, g)
        for start, end, rule, g in deferred:
            self._resolve(start, end, rule, g)
        self.found.sort(key=lambda item: item[0])
        return [self._timex(start, end, res) for start, end, res in self.found]

    def _resolve(self, start: int, end: int, rule: _Rule, g: _G) -> None:
        """Resolve one match and keep it; a date outside the calendar ('4000 jaar geleden') is left
        unresolved, never a crash."""
        try:
            res = _RESOLVERS[rule.kind](self, g, rule, start, end)
        except (ValueError, OverflowError):
            return
        if res is not None:
            res.type = res.type or rule.type
            res.kind = rule.kind
            self.found.append((start, end, res))

    def _acceptable(self, m: re.Match[str], rule: _Rule, g: _G) -> bool:
        for alias, source, _name in rule.groups:  # English month and weekday names have a capital
            capitalised = source in self.lex.capitalised or alias in self.lex.capitalised
            if capitalised and alias in g and not g.text[alias][:1].isupper():
                return False
        # an ambiguous word counts only after (or not after) certain words: Dutch "morgen" is no date
        # in "de morgen"; English "May" is a month "in May", not in "May said"
        for key, accept in (("deny_after", False), ("allow_after", True)):
            words = rule.params.get(key, {}).get(_norm(m.group()))
            if words:
                before = self.word_before(m.start())
                if (before in words or before == "'s") != accept:
                    return False
        return True

    def _timex(self, start: int, end: int, res: _Res) -> Timex:
        if res.value is not None:
            value, earliest, latest = res.value, res.earliest, res.latest
        elif res.lo is None or res.hi is None:
            value, earliest, latest = _unknown_label(res.gran, res.weekday) + res.suffix, None, None
        else:
            value = _mask(res.lo, res.hi, res.weekday) + res.suffix
            d0 = self.days[0] if self.days and res.relative else None
            d1 = self.days[1] if self.days and res.relative else None
            earliest = _sub(res.lo, res.mod, d0)[0]
            latest = _sub(res.hi, res.mod, d1)[1]
            if res.suffix == "TNI":
                latest += DAY
        type_ = res.type
        if type_ == "DATE" and "T" in value and value.startswith(("X", "1", "2")) and value[:1] != "P":
            type_ = "TIME"
        return Timex(
            start=start,
            end=end,
            text=self.text[start:end],
            type=type_,  # type: ignore[arg-type]
            value=value,
            earliest=earliest.isoformat() if earliest else None,
            latest=latest.isoformat() if latest else None,
        )


# --- resolvers: one per rule kind; each returns a _Res or None (not a time expression after all) ---------


def _pod_suffix(g: _G, alias: str = "pod") -> str:
    return f"T{g.val[alias]}" if alias in g else ""


def _weekday_on_or_before(d: dt.date, wd: int) -> dt.date:
    return d - ((d.isoweekday() - wd) % 7) * DAY


def _weekday_on_or_after(d: dt.date, wd: int) -> dt.date:
    return d + ((wd - d.isoweekday()) % 7) * DAY


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


_PRESENT_SLACK = dt.timedelta(days=60)


def _forward_if_present(tense: Tense) -> tuple[Tense, dt.timedelta]:
    """A day named in a present-tense clause is mostly still to come ("De verkiezingen zijn op 22
    november"), or recent ("Wie achter de aanval op 3 mei zit, is onduidelijk"): not long past."""
    return ("future", _PRESENT_SLACK) if tense == "present" else (tense, _YEAR_SLACK)


def _r_date(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    month = int(g.val["month"]) if "month" in g else g.int("mnum")
    d1 = g.int("d1")
    d2 = g.int("d2") if "d2" in g else None
    if d2 is not None and d2 <= d1:
        return None
    if not _valid_day(2000, month, d1) or (d2 is not None and not _valid_day(2000, month, d2)):
        return None
    suffix = _pod_suffix(g)
    wd = int(g.val["weekday"]) if "weekday" in g else None

    def make(year: int) -> _Unit | None:
        if not _valid_day(year, month, d1):
            return None
        if (
            wd is not None
            and d2 is None
            and doc.year_of(g) is None
            and dt.date(year, month, d1).isoweekday() != wd
        ):
            return None  # "dinsdag 2 mei": only years in which 2 May is a Tuesday
        return _day(dt.date(year, month, d1))

    tense, slack = _forward_if_present(doc.tense(start, end))
    res = doc.absolute(make, g, tense, "day", f"XXXX-{month:02d}-{d1:02d}", slack, suffix=suffix)
    if res is None and wd is not None:  # the weekday did not fit any nearby year: trust the date
        wd = None
        res = doc.absolute(make, g, tense, "day", f"XXXX-{month:02d}-{d1:02d}", slack, suffix=suffix)
    if res is None or d2 is None:
        return res
    if res.lo is not None:
        res.hi = _day(dt.date(res.lo.start.year, month, d2))
    else:
        res.value = f"XXXX-{month:02d}-XX"
    return res


def _r_month(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    month = int(g.val["month"])
    res = doc.absolute(lambda y: _month(y, month), g, doc.tense(start, end), "month", f"XXXX-{month:02d}")
    if res is not None:
        res.mod = g.val.get("mod")
    return res


def _r_year(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    u = _year(g.int("year"))
    return _Res(lo=u, hi=u, gran="year", mod=g.val.get("mod"))


def _r_decade(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    if "decade_word" in g:
        tens = int(g.val["decade_word"])
        first = 2000 if tens == 0 else 1900 + 10 * tens
    else:
        digits = re.sub(r"\D", "", g.text["decade_digits"])
        first = int(digits) if len(digits) == 4 else 1900 + int(digits)
    u = _decade(first)
    return _Res(lo=u, hi=u, gran="decade", mod=g.val.get("mod"))


def _r_century(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    u = _century((int(g.val["century"]) - 1) * 100)
    return _Res(lo=u, hi=u, gran="century", mod=g.val.get("mod"))


def _r_week_number(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    week = g.int("weeknum")

    def make(year: int) -> _Unit | None:
        try:
            return _week(dt.date.fromisocalendar(year, week, 1))
        except ValueError:
            return None

    res = doc.absolute(make, g, doc.tense(start, end), "week", f"XXXX-W{week:02d}")
    if res is not None:
        res.mod = g.val.get("mod")
    return res


def _ordinal(g: _G, last: int) -> int:
    text = g.text["ordinal"]
    if text[:1] in "Qq":
        return int(text[1])
    value = int(g.val["ordinal"])
    return last if value == -1 else value


def _r_quarter(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    q = _ordinal(g, 4)
    if not 1 <= q <= 4:
        return None
    res = doc.absolute(lambda y: _quarter(y, q), g, doc.tense(start, end), "quarter", f"XXXX-Q{q}")
    if res is not None:
        res.mod = g.val.get("mod")
    return res


def _r_half(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    h = _ordinal(g, 2)
    if not 1 <= h <= 2:
        return None
    return doc.absolute(lambda y: _half(y, h), g, doc.tense(start, end), "half", f"XXXX-H{h}")


def _r_holiday(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    spec = doc.lex.holidays[g.val["holiday"]]
    fixed = spec.get("fixed")
    partial = (
        f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed and not spec.get("sunday_shift") else "XXXX-XX-XX"
    )
    rel = int(g.val["rel"]) if "rel" in g else None
    if rel in (-1, 1) and "year" not in g:

        def around(d: dt.date) -> _Unit:
            years = range(d.year - 1, d.year + 2) if rel == 1 else range(d.year + 1, d.year - 2, -1)
            for y in years:
                u = holiday(spec, y)
                if u is not None and (u.start > d if rel == 1 else u.start < d):
                    return u
            return _day(d)

        return doc.relative(around, "day")
    tense, slack = _forward_if_present(doc.tense(start, end))
    return doc.absolute(lambda y: holiday(spec, y), g, tense, "day", partial, slack)


def _r_weekday(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    wd = int(g.val["weekday"])
    suffix = _pod_suffix(g)
    if "wrel" in g:
        k = int(g.val["wrel"])
        return doc.relative(
            lambda d: _day(_shift(_week(d), k).start + (wd - 1) * DAY), "day", weekday=wd, suffix=suffix
        )
    if "drel" in g:
        k = int(g.val["drel"])
        if k < 0:
            fn = lambda d: _day(_weekday_on_or_before(d - DAY, wd))  # noqa: E731
        elif k > 0:
            fn = lambda d: _day(_weekday_on_or_after(d + DAY, wd))  # noqa: E731
        else:
            fn = lambda d: _day(_week(d).start + (wd - 1) * DAY)  # noqa: E731
        return doc.relative(fn, "day", weekday=wd, suffix=suffix)
    tense = doc.tense(start, end)
    before = doc.word_before(start)
    if before in rule.params.get("past_after", ()):
        tense = "past"  # "de uitspraken van dinsdag"
    elif before in rule.params.get("future_after", ()):
        tense = "future"
    if tense in ("future", "present"):
        # "Het kabinet zal vrijdag beslissen", "De stemming is donderdag": the coming one
        plain = doc.relative(lambda d: _day(_weekday_on_or_after(d, wd)), "day", weekday=wd, suffix=suffix)
    else:
        plain = doc.relative(lambda d: _day(_weekday_on_or_before(d, wd)), "day", weekday=wd, suffix=suffix)
    context = doc.week_context(start)
    if context is None or plain.lo is None or plain.hi is None:
        return plain
    week, same_sentence = context
    assert week.lo is not None and week.hi is not None
    if doc.days is not None:
        past_week = week.hi.end < _week(doc.days[0]).start
        next_week = week.lo.start > _week(doc.days[1]).end
        if past_week and tense in ("future", "present") or next_week and tense == "past":
            return plain  # "die vorige week twijfelde, wil dat ... uiterlijk vrijdag": not that week
    in_week = _Res(
        lo=_day(week.lo.start + (wd - 1) * DAY),
        hi=_day(week.hi.start + (wd - 1) * DAY),
        gran="day",
        weekday=wd,
        suffix=suffix,
        relative=True,
    )
    if same_sentence:
        return in_week  # "Vorige week werd dinsdag ...": the Tuesday of that week
    # the week was named in the previous sentence: the Tuesday of that week or the plain one. With a
    # publication day, take the plain one (journalists who mean last week's write "vorige week
    # dinsdag"); with a coarser date, keep both readings in the interval.
    assert in_week.lo is not None and in_week.hi is not None
    if doc.days is not None and doc.days[0] == doc.days[1]:
        return plain
    plain.lo = min(plain.lo, in_week.lo, key=lambda u: u.start)
    plain.hi = max(plain.hi, in_week.hi, key=lambda u: u.start)
    return plain


def _r_deictic(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    offset, *pod = g.val["deictic"]
    if offset == "night":  # "vannacht": the night just over, unless the clause is explicitly future
        offset = 0 if doc.tense(start, end) == "future" else -1
    suffix = f"T{pod[0]}" if pod else ""
    return doc.relative(lambda d: _day(d + int(offset) * DAY), "day", suffix=suffix)


def _r_night(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    tense = doc.tense(start, end)
    future = tense == "future"  # nights in the news are mostly over: a present tense still reads past
    if "d2" in g:  # the night ends on an explicit date
        month2 = int(g.val["m2"])
        d2 = g.int("d2")
        if not _valid_day(2000, month2, d2):
            return None

        def evening_before(y: int) -> _Unit | None:
            return _day(dt.date(y, month2, d2) - DAY) if _valid_day(y, month2, d2) else None

        return doc.absolute(
            evening_before, g, tense, "day", f"XXXX-{month2:02d}-XX", _YEAR_SLACK, suffix="TNI"
        )
    if "d1" in g and "m1" in g:
        month1, d1 = int(g.val["m1"]), g.int("d1")
        if not _valid_day(2000, month1, d1):
            return None

        def evening(y: int) -> _Unit | None:
            return _day(dt.date(y, month1, d1)) if _valid_day(y, month1, d1) else None

        return doc.absolute(
            evening, g, tense, "day", f"XXXX-{month1:02d}-{d1:02d}", _YEAR_SLACK, suffix="TNI"
        )
    if "wd2" in g:
        wd2 = int(g.val["wd2"])
        if future:
            fn = lambda d: _day(_weekday_on_or_after(d + DAY, wd2) - DAY)  # noqa: E731
        else:
            fn = lambda d: _day(_weekday_on_or_before(d, wd2) - DAY)  # noqa: E731
        return doc.relative(fn, "day", weekday=(wd2 - 2) % 7 + 1, suffix="TNI")
    wd1 = int(g.val["wd1"])
    if future:
        fn = lambda d: _day(_weekday_on_or_after(d, wd1))  # noqa: E731
    else:
        fn = lambda d: _day(_weekday_on_or_before(d - DAY, wd1))  # noqa: E731
    return doc.relative(fn, "day", weekday=wd1, suffix="TNI")


def _r_relative(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    rel = int(g.val["rel"]) if "rel" in g else int(rule.params.get("rel", 0))
    code = str(g.val["unit"]) if "unit" in g else "WE"
    mod = g.val.get("mod") or rule.params.get("mod")
    gran = _GRAN_OF[code]
    if code == "WE":
        tense = doc.tense(start, end)

        def weekend(d: dt.date) -> _Unit:
            this = _weekend(d)
            if rel < 0:
                return _shift(this, -1)
            if rel > 0:
                return _shift(this, 1) if d.isoweekday() >= 6 else this
            if tense == "past" and d < this.start:
                return _shift(this, -1)
            return this

        return doc.relative(weekend, "weekend", mod=mod)
    return doc.relative(lambda d: _shift(_unit_of(gran, d), rel), gran, mod=mod)


def _distance(u: _Unit, d: dt.date) -> int:
    """Days between a unit and a day (0 when the unit holds it)."""
    if u.start <= d <= u.end:
        return 0
    return min(abs((u.start - d).days), abs((u.end - d).days))


def _r_season(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    code = g.val["season"]
    mod = g.val.get("mod")
    year = doc.year_of(g)
    if isinstance(year, int):
        u = _season(year, code)
        return _Res(lo=u, hi=u, gran="season", mod=mod)
    if year == "?":
        return _Res(value=f"XXXX-{code}", gran="season")
    rel = int(g.val["rel"]) if "rel" in g else None
    tense = doc.tense(start, end)

    def occurrence(d: dt.date) -> _Unit:
        around = [_season(y, code) for y in range(d.year - 2, d.year + 2)]
        before = [u for u in around if u.start <= d]
        after = [u for u in around if u.end >= d]
        ended = [u for u in around if u.end < d]
        if rel == -1:
            return ended[-1]
        if rel == 1:
            return [u for u in around if u.start > d][0]
        if rel == 0 or tense not in ("past", "future"):
            return min((before[-1], after[0]), key=lambda u: _distance(u, d))
        return before[-1] if tense == "past" else after[0]

    return doc.relative(occurrence, "season", mod=mod)


def _number(doc: _Document, g: _G) -> float | None:
    """The count in "drie dagen", "anderhalf jaar"; None for vague counts ("enkele dagen")."""
    if "fraction" in g:
        return float(g.val["fraction"])  # vocabulary "fraction": "anderhalf" -> 1.5
    if "num" in g:
        return doc.lex.number(g.text["num"])
    return None


def _unit_code(doc: _Document, g: _G) -> str:
    """The unit of a count or shift as a TIMEX3 letter (D, W, M, Y, H, ...) or part of day (MO, EV, ...):
    the value of the `unit` vocabulary, or of `pod` for "de avond ervoor"."""
    for alias in ("unit", "unit_plural", "calunit"):
        if alias in g:
            value = str(g.val[alias])
            if value.isupper() or value[:1].isdigit():
                return value
            return str(doc.lex.vocab.get("pod", {}).get(_norm(value), "D"))
    return "D"


# unit words written directly in rule patterns, such as (?P<unit>dag|week|...)
def _split_code(code: str) -> tuple[float, str]:
    """'2W' (a fortnight) -> (2, 'W')."""
    m = re.match(r"(\d*)(\D+)", code)
    assert m is not None
    return float(m.group(1) or 1), m.group(2)


def _r_ago(doc: _Document, g: _G, rule: _Rule, start: int, end: int, sign: int = -1) -> _Res | None:
    n = _number(doc, g)
    times, code = _split_code(_unit_code(doc, g))
    ref_value = "PAST_REF" if sign < 0 else "FUTURE_REF"
    if n is None:
        if doc.days is None:
            return _Res(value=ref_value)
        return _Res(
            value=ref_value,
            earliest=None if sign < 0 else doc.days[0],
            latest=doc.days[1] if sign < 0 else None,
        )
    n *= times * sign
    if code in ("H", "MIN", "S"):
        hours = abs(n) * {"H": 1, "MIN": 1 / 60, "S": 1 / 3600}[code]
        reach = math.ceil(hours / 24)
        if doc.days is None:
            return _Res(gran="day", relative=True)
        lo, hi = doc.days
        if sign < 0:
            return _Res(lo=_day(lo - reach * DAY), hi=_day(hi), gran="day", relative=True)
        return _Res(lo=_day(lo), hi=_day(hi + reach * DAY), gran="day", relative=True)
    if not float(n).is_integer() and code in ("Y", "M"):
        n, code = (n * 12, "M") if code == "Y" else (n * 30.44, "D")
        n = round(n)
    gran = _GRAN_OF[code] if float(n).is_integer() else "day"
    return doc.relative(lambda d: _step(_unit_of(gran, d), n, code), gran)


def _r_from_now(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    return _r_ago(doc, g, rule, start, end, sign=1)


_POD_CODES = ("MO", "AF", "EV", "NI")


def _r_shift(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    code = _unit_code(doc, g)
    if "same" in g:
        n = 0.0
    elif "next_prev" in g:
        n = float(g.val["next_prev"])
    elif "num" in g or "fraction" in g:  # "twee dagen later"
        count = _number(doc, g)
        if count is None:
            return None
        n = count * float(g.val["shift_dir"])
    else:  # "de dag erna", "het jaar daarvoor"
        n = float(g.val["shift_dir"])
    suffix = ""
    if code in _POD_CODES:
        suffix, code = f"T{code}", "D"
    times, code = _split_code(code)
    n *= times
    ref = doc.reference(start)
    if ref is None or ref.lo is None or ref.hi is None:
        # no earlier date to count from: the day is unknown; in the past tense it still lies
        # before the publication date
        gran = _GRAN_OF.get(code, "day") if code not in ("H", "MIN", "S") else "day"
        latest = doc.days[1] if doc.days and doc.tense(start, end) == "past" else None
        return _Res(value=_unknown_label(gran, None) + suffix, gran=gran, latest=latest)
    target = _GRAN_OF[code] if code not in ("H", "MIN", "S") else "day"
    if code in ("M", "Y", "Q", "DE", "CE") or _GRAN_RANK[ref.lo.gran] >= _GRAN_RANK[target]:
        if _GRAN_RANK[ref.lo.gran] < _GRAN_RANK[target] or n == 0 or code in ("M", "Y", "Q", "DE", "CE"):
            lo, hi = _unit_of(target, ref.lo.start), _unit_of(target, ref.hi.start)
        else:
            lo, hi = ref.lo, ref.hi
        if _GRAN_RANK[ref.lo.gran] > _GRAN_RANK[target]:
            # "twee dagen later" after "in maart": any day of March, moved
            lo, hi = _day(ref.lo.start), _day(ref.hi.end)
    else:
        lo, hi = ref.lo, ref.hi
    if code in ("H", "MIN", "S"):
        hours = abs(n) * {"H": 1, "MIN": 1 / 60, "S": 1 / 3600}[code]
        reach = math.ceil(hours / 24) * DAY
        lo_d, hi_d = (lo.start - reach, hi.end) if n < 0 else (lo.start, hi.end + reach)
        return _Res(lo=_day(lo_d), hi=_day(hi_d), gran="day", relative=ref.relative)
    moved_lo, moved_hi = _step(lo, n, code), _step(hi, n, code)
    weekday = ref.weekday if moved_lo.gran == "day" and n % 7 == 0 and code in ("D", "W") else None
    return _Res(
        lo=moved_lo,
        hi=moved_hi,
        gran=moved_lo.gran,
        suffix=suffix or (ref.suffix if n == 0 else ""),
        weekday=weekday,
        relative=ref.relative,
    )


def _duration_value(n: float | None, code: str) -> str:
    times, code = _split_code(code)
    if n is not None:
        n *= times
    elif times != 1:
        n = None
    if n is not None and not float(n).is_integer():
        smaller = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN")}
        if code in smaller and float(n * smaller[code][0]).is_integer():
            n, code = n * smaller[code][0], smaller[code][1]
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else f"{n:g}")
    if code in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if code == 'MIN' else code}"
    return f"P{amount}{code}"


def _r_duration(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    if "duration_word" in g:
        return _Res(type="DURATION", value=str(g.val["duration_word"]))
    text = _norm(doc.text[start:end])
    if "kwartier" in text or "quarter of an hour" in text:
        return _Res(type="DURATION", value="PT15M")
    if re.search(r"(?<!\w)(?:half ?uur|halfuur|half an hour|half-hour)", text):  # not "anderhalf uur"
        return _Res(type="DURATION", value="PT30M")
    code = _unit_code(doc, g)
    if code in _POD_CODES:
        return _Res(type="DURATION", value="PT12H" if code != "NI" else "PT8H")
    n = _number(doc, g)
    if n is None and (
        "unit" in g
        and "hele" in text
        or "whole" in text
        or "entire" in text
        or "full" in text
        or text.startswith("all ")
    ):
        n = 1
    if n is None and "unit" in g and "unit_plural" not in g and "vague" not in g:
        n = 1  # "het afgelopen jaar" reaches this rule only with a count
    return _Res(type="DURATION", value=_duration_value(n, code))


def _r_set(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    if "set_word" in g:
        return _Res(type="SET", value=str(g.val["set_word"]))
    for alias in ("weekday", "weekday_plural", "weekday_adverb"):
        if alias in g:
            return _Res(type="SET", value=f"XXXX-WXX-{int(g.val[alias])}{_pod_suffix(g)}")
    if "pod" in g:
        return _Res(type="SET", value=f"XXXX-XX-XXT{g.val['pod']}")
    n = _number(doc, g)
    return _Res(type="SET", value=_duration_value(n if n is not None else 1, _unit_code(doc, g)))


def _r_ref(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    value = str(g.val.get("ref_word") or g.val.get("ref_phrase") or "PRESENT_REF")
    if doc.days is None:
        return _Res(value=value)
    lo, hi = doc.days
    if value == "PAST_REF":
        return _Res(value=value, latest=hi)
    if value == "FUTURE_REF":
        return _Res(value=value, earliest=lo)
    return _Res(value=value, earliest=lo, latest=hi)


def _dated(doc: _Document, start: int, end: int, suffix: str, type_: str, small_hours: bool = False) -> _Res:
    """Put a clock time or part of day on the date named in its sentence, else on the publication day.
    A time in the small hours of a night ("de nacht van zaterdag op zondag rond 03.40 uur") falls on the
    day after the evening that names the night."""
    day = doc.day_in_sentence(start, end)
    if day is not None:
        if day.value is not None:
            return _Res(type=type_, value=day.value + suffix)
        lo, hi, weekday = day.lo, day.hi, day.weekday
        if small_hours and day.suffix == "TNI" and lo is not None and hi is not None:
            lo, hi = _shift(lo, 1), _shift(hi, 1)
            weekday = weekday % 7 + 1 if weekday else None
        return _Res(
            type=type_, lo=lo, hi=hi, gran="day", weekday=weekday, suffix=suffix, relative=day.relative
        )
    return doc.relative(_day, "day", type=type_, suffix=suffix)


def _r_time(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    named = g.val.get("noon_midnight")
    named = named or doc.lex.vocab.get("noon_midnight", {}).get(_norm(doc.text[start:end]))
    if named:  # "middernacht", "noon"
        return _dated(doc, start, end, f"T{named}", "TIME")
    hour_alias = "hour" if "hour" in g else "hour12"
    if hour_alias not in g:
        return None
    hour = g.int(hour_alias)
    minute = g.int("minute") if "minute" in g else 0
    pod = g.val.get("pod_adverb")
    ampm = _norm(g.text.get("ampm", "")).replace(".", "")
    if ampm == "pm" and hour < 12 or pod == "AF" and hour < 12 or pod == "EV" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    elif pod == "NI" and 9 <= hour < 12:
        hour += 12
    if hour > 24 or (hour == 24 and minute):
        return None
    return _dated(doc, start, end, f"T{hour:02d}:{minute:02d}", "TIME", small_hours=hour < 12)


def _r_part_of_day(doc: _Document, g: _G, rule: _Rule, start: int, end: int) -> _Res | None:
    return _dated(doc, start, end, f"T{g.val['pod_adverb']}", "TIME")


_RESOLVERS: dict[str, Callable[[_Document, _G, _Rule, int, int], _Res | None]] = {
    "date": _r_date,
    "month": _r_month,
    "year": _r_year,
    "decade": _r_decade,
    "century": _r_century,
    "week_number": _r_week_number,
    "quarter": _r_quarter,
    "half": _r_half,
    "holiday": _r_holiday,
    "weekday": _r_weekday,
    "deictic": _r_deictic,
    "night": _r_night,
    "relative": _r_relative,
    "season": _r_season,
    "ago": _r_ago,
    "from_now": _r_from_now,
    "shift": _r_shift,
    "duration": _r_duration,
    "set": _r_set,
    "ref": _r_ref,
    "time": _r_time,
    "part_of_day": _r_part_of_day,
}


# ---------------------------------------------------------------------------------------------------
# Public API


def find_timexes(text: str, anchor: Anchor, language: str = "nl") -> list[Timex]:
    """The time expressions in `text`, in order, normalised against the publication date `anchor`
    (a PublishedDate, or a DocumentDate from refine_publication_date).

    Returns [] for a language without a vocabulary (see supported_languages()); "nl-BE" reads as "nl".
    """
    lex = _lexicon(language.split("-")[0].split("_")[0].lower() or "nl")
    if lex is None or not text:
        return []
    return _Document(text, lex, anchor.interval()).run()


@dataclass
class DocumentDate:
    """The publication date as tightened from the text: the first and last possible day, whether the
    text narrowed it (`inferred`), and the expressions that did, with a reason for each."""

    earliest: dt.date | None
    latest: dt.date | None
    inferred: bool = False
    evidence: list[Timex] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    def interval(self) -> tuple[dt.date, dt.date] | None:
        if self.earliest is None or self.latest is None:
            return None
        return self.earliest, self.latest

    def to_dict(self) -> dict[str, Any]:
        return {
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "inferred": self.inferred,
            "evidence": [t.to_dict() for t in self.evidence],
            "reasons": list(self.reasons),
        }


_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T|$)")
_NO_BOUND_BEFORE = re.compile(  # a date after these words says nothing about when it happened
    r"\b(?:tot|vanaf|uiterlijk|tegen|voor|na|tussen|until|by|from|before|after|between|till)\s*$", re.I
)
_SINCE_BEFORE = re.compile(r"\b(?:sinds|sedert|since)\s*$", re.I)
_COREF_REACH = 60  # characters between a deictic expression and an explicit date that co-refer


def refine_publication_date(
    text: str, anchor: Anchor, timexes: list[Timex] | None = None, language: str = "nl"
) -> DocumentDate:
    """Tighten a coarse publication date from the text, and say why.

    Rules, strongest first (a rule that would leave no day at all is skipped):
    1. A deictic expression next to an explicit date names the same day ("vannacht, op 3 mei" or
       "vandaag (3 mei)"): the publication day follows from the deictic's offset ("vannacht" in the
       past tense covers the day before and the day itself, so the article is of 3 or 4 May).
    2. "sinds 3 mei": published on or after 3 May.
    3. An explicit date in a past-tense clause: published on or after that date.
    4. An explicit date in a future-tense clause: published on or before that date.
    Only dates that name a day count, and none after "tot", "vanaf", "uiterlijk", "voor", "na".
    """
    lang = language.split("-")[0].lower() or "nl"
    lex = _lexicon(lang)
    base = anchor.interval()
    if timexes is None:
        timexes = find_timexes(text, anchor, lang)
    if base is not None and base[0] == base[1] or lex is None:
        return DocumentDate(base[0] if base else None, base[1] if base else None)
    lo: dt.date | None = base[0] if base else None
    hi: dt.date | None = base[1] if base else None
    tenses = SentenceTenses(text, lex.tense)
    constraints: list[tuple[int, dt.date | None, dt.date | None, Timex, str]] = []
    explicit = [t for t in timexes if t.type in ("DATE", "TIME") and _FULL_DAY.match(t.value)]
    deictic = lex.vocab.get("deictic", {})
    for t in explicit:
        day = dt.date.fromisoformat(t.value[:10])
        before = text[max(0, t.start - 30) : t.start]
        if _SINCE_BEFORE.search(before):
            constraints.append((2, day, None, t, f"'{t.text}' after 'sinds': published on or after {day}"))
            continue
        if _NO_BOUND_BEFORE.search(before):
            continue
        tense = tenses.at(t.start, t.end)
        if tense == "past":
            constraints.append(
                (3, day, None, t, f"'{t.text}' in a past-tense clause: published on or after {day}")
            )
        elif tense == "future":
            constraints.append(
                (4, None, day, t, f"'{t.text}' in a future-tense clause: published on or before {day}")
            )
    for t in timexes:
        offsets = deictic.get(_norm(t.text))
        if not offsets:
            continue
        first, *pod = offsets
        if first == "night":
            past = tenses.at(t.start, t.end) in ("past", "unknown")
            covers = (-1, 0) if past else (0, 1)
        else:
            covers = (int(first), int(first) + 1) if pod and pod[0] == "NI" else (int(first), int(first))
        for other in explicit:
            if other is t or tenses.sentence_of(other.start) != tenses.sentence_of(t.start):
                continue
            gap = text[t.end : other.start] if t.end <= other.start else text[other.end : t.start]
            if len(gap) > _COREF_REACH:
                continue
            day = dt.date.fromisoformat(other.value[:10])
            early, late = day - covers[1] * DAY, day - covers[0] * DAY
            reason = f"'{t.text}' and '{other.text}' name the same time: published between {early} and {late}"
            constraints.append((1, early, late, t, reason))
            constraints.append((1, early, late, other, reason))
    constraints.sort(key=lambda c: c[0])
    accepted = []
    for constraint in constraints:
        _rank, floor, ceiling, _t, _reason = constraint
        new_lo = max(lo, floor) if lo and floor else (lo or floor)
        new_hi = min(hi, ceiling) if hi and ceiling else (hi or ceiling)
        if new_lo and new_hi and new_lo > new_hi:
            continue  # contradicts a stronger rule: ignore it
        accepted.append(constraint)
        lo, hi = new_lo, new_hi
    inferred = (lo, hi) != (base if base is not None else (None, None))
    evidence: list[Timex] = []
    reasons: list[str] = []
    for _rank, floor, ceiling, t, reason in accepted:
        binding = (floor is not None and floor == lo and (base is None or floor > base[0])) or (
            ceiling is not None and ceiling == hi and (base is None or ceiling < base[1])
        )
        if binding and inferred:
            if t not in evidence:
                evidence.append(t)
            if reason not in reasons:
                reasons.append(reason)
    return DocumentDate(lo, hi, inferred, evidence, reasons)


def report_time(anchor: Anchor) -> tuple[str | None, str | None]:
    """The report time of every statement in an article: the publication interval as ISO dates."""
    interval = anchor.interval()
    if interval is None:
        return None, None
    return interval[0].isoformat(), interval[1].isoformat()


def event_time(text: str, timexes: list[Timex], start: int, end: int) -> Timex | None:
    """The time expression that dates the statement at text[start:end], when the text gives one: a DATE
    or TIME inside the span, else the nearest one in the same sentence."""
    dated = [t for t in timexes if t.type in ("DATE", "TIME") and t.value[:1] != "P"]
    inside = [t for t in dated if start <= t.start and t.end <= end]
    if inside:
        return inside[0]
    spans = sentence_spans(text)
    starts = [s for s, _ in spans]

    def sentence(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    here = sentence(start)
    same = [t for t in dated if sentence(t.start) == here]
    if not same:
        return None
    return min(same, key=lambda t: min(abs(t.start - end), abs(start - t.end)))
