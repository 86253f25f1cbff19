"""Sentence splitting and a rough grammatical tense around a position, without a parser.

Time expressions need a direction: "dinsdag" in "Moskou was dinsdag het doelwit" is the Tuesday
before the article, in "De Kamer zal dinsdag stemmen" the one after. Dutch (and English) put the finite
verb close to the adverbial, so the tense marker nearest to the expression decides, with markers in the
same clause (no comma or quote mark in between) and certain markers (listed past forms, a perfect
auxiliary with its participle, future auxiliaries) preferred over guesses from word endings. A word
right before the expression can settle it outright: "sinds zondag" is past, "uiterlijk vrijdag" future.
The word lists live in the language's timex YAML file (section `tense`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

Tense = Literal["past", "present", "future", "unknown"]

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
# A sentence ends at . ! ? … (and closing quotes) followed by space and a capital, digit or opening
# quote, or at a line break.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-ZÀ-ÖØ-Þ0-9])")
_LINE = re.compile(r"[^\n]+")
_SPACE = re.compile(r"\s*")
_BOUNDARY = re.compile(r"[,;:()\[\]\"“”‘’«»–—]")
_STRONG, _WEAK, _GUESS = 0.0, 1.5, 2.0  # penalties: a weaker marker must be nearer to win
_PER_BOUNDARY = 2.5  # penalty for each comma or quote mark between marker and expression
_PARTICIPLE_REACH_AFTER = 15  # tokens between a perfect auxiliary and its participle ("heeft ... uitgevoerd")
_PARTICIPLE_REACH_BEFORE = 3  # participle before the auxiliary, as in subordinate clauses


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of the sentences of `text` (together they cover all of it)."""
    spans = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        for m in _SENTENCE_END.finditer(text, start, end):
            spans.append((start, m.end()))
            start = _SPACE.match(text, m.end()).end()  # type: ignore[union-attr]
        if start < end:
            spans.append((start, end))
    return spans or [(0, len(text))]


def _words(values: Iterable[str] | None) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values or ())


def _alternation(patterns: Iterable[str] | None) -> re.Pattern[str] | None:
    patterns = list(patterns or ())
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


@dataclass(frozen=True)
class TenseLexicon:
    """Word lists that mark tense in one language (see the `tense` section of timex_<lang>.yaml)."""

    past: frozenset[str] = frozenset()
    future: frozenset[str] = frozenset()
    present: frozenset[str] = frozenset()
    reporting: frozenset[str] = frozenset()  # present-tense reporting verbs: "zegt", "meldt" -> past
    perfect_aux: frozenset[str] = frozenset()
    passive_aux: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()
    participle_stop: frozenset[str] = frozenset()
    participle_re: re.Pattern[str] | None = None
    strong_participle_re: re.Pattern[str] | None = None
    past_re: re.Pattern[str] | None = None  # regular past forms, guessed from the ending
    past_stop: frozenset[str] = frozenset()
    present_re: re.Pattern[str] | None = None  # present forms, guessed from the ending, next to the time
    present_stop: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()  # a guessed verb is no verb after these ("de grote")
    past_before: frozenset[str] = frozenset()  # "sinds zondag"
    future_before: frozenset[str] = frozenset()  # "uiterlijk vrijdag"
    present_before: frozenset[str] = frozenset()  # "per 1 juli": as of, mostly soon or just now
    window: int = 12  # markers further away than this many tokens say nothing

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TenseLexicon:
        strong = _words(data.get("past_strong"))
        prefixes = _words(data.get("past_prefixes"))
        # strong past forms count with a prefix too: "verliep", "ontstond", "aankwam"
        prefixed = frozenset(p + w for p in prefixes for w in strong)
        return cls(
            past=_words(data.get("past")) | strong | prefixed,
            future=_words(data.get("future")),
            present=_words(data.get("present")),
            reporting=_words(data.get("reporting")),
            perfect_aux=_words(data.get("perfect_aux")),
            passive_aux=_words(data.get("passive_aux")),
            participles=_words(data.get("participles")),
            participle_stop=_words(data.get("participle_stop")),
            participle_re=_alternation(data.get("participle_patterns")),
            strong_participle_re=_alternation(data.get("strong_participle_patterns")),
            past_re=_alternation(data.get("past_patterns")),
            past_stop=_words(data.get("past_stop")),
            present_re=_alternation(data.get("present_patterns")),
            present_stop=_words(data.get("present_stop")),
            not_after=_words(data.get("not_after")),
            past_before=_words(data.get("past_before")),
            future_before=_words(data.get("future_before")),
            present_before=_words(data.get("present_before")),
        )

    def is_participle(self, word: str) -> bool:
        if word in self.participles:
            return True
        return (
            self.participle_re is not None
            and word not in self.participle_stop
            and self.participle_re.match(word) is not None
        )

    def is_strong_participle(self, word: str) -> bool:
        return (
            self.strong_participle_re is not None
            and word not in self.participle_stop
            and self.strong_participle_re.match(word) is not None
        )

    def classify(self, word: str) -> str:
        """What a lower-case word can mark, as one letter: P(ast), F(uture), A(uxiliary of the perfect),
        R(eporting), N (present), p(articiple), s(trong participle), g (guessed past), n (guessed
        present), or "" (nothing)."""
        if word in self.past:
            return "P"
        if word in self.future:
            return "F"
        if word in self.perfect_aux:
            return "A"
        if word in self.reporting:
            return "R"
        if self.is_participle(word):
            return "p"
        if word in self.present:
            return "N"
        if self.is_strong_participle(word):
            return "s"
        if self.past_re is not None and word not in self.past_stop and self.past_re.match(word):
            return "g"
        if self.present_re is not None and word not in self.present_stop and self.present_re.match(word):
            return "n"
        return ""

    def markers(self, words: list[str], capitalised: list[bool]) -> list[tuple[int, Tense, float]]:
        """(token index, tense, penalty) for every token that marks a tense."""
        memo = _memo(self)
        classes = []
        for w in words:
            c = memo.get(w)
            if c is None:
                c = memo[w] = self.classify(w)
            classes.append(c)
        with_aux = [i for i, c in enumerate(classes) if c in "ps" and c]
        passive = any(w in self.passive_aux for w in words)
        found: list[tuple[int, Tense, float]] = []
        for i, c in enumerate(classes):
            if not c:
                continue
            if c == "P":
                found.append((i, "past", _STRONG))
            elif c == "F":
                found.append((i, "future", _STRONG))
            elif c == "A":
                if any(-_PARTICIPLE_REACH_BEFORE <= j - i <= _PARTICIPLE_REACH_AFTER for j in with_aux):
                    found.append((i, "past", _STRONG))
                elif words[i] in self.present:
                    found.append((i, "present", _WEAK))
            elif c == "R":
                found.append((i, "past", _WEAK))
            elif c == "p":
                if not passive:
                    found.append((i, "past", _WEAK))
            elif c == "N":
                found.append((i, "present", _WEAK))
            elif (
                c in "gn"
                and (not capitalised[i] or i == 0)
                and not (i > 0 and words[i - 1] in self.not_after)
            ):
                found.append((i, "past" if c == "g" else "present", _WEAK if c == "g" else _GUESS))
        return found


_MEMOS: dict[int, dict[str, str]] = {}


def _memo(lexicon: TenseLexicon) -> dict[str, str]:
    """Word classes already worked out for this lexicon (bounded: cleared when it grows large)."""
    memo = _MEMOS.setdefault(id(lexicon), {})
    if len(memo) > 200_000:
        memo.clear()
    return memo


class SentenceTenses:
    """Tense markers of a text, computed per sentence on first use and asked for each expression."""

    def __init__(self, text: str, lexicon: TenseLexicon, spans: list[tuple[int, int]] | None = None):
        self.text = text
        self.lexicon = lexicon
        self.spans = spans if spans is not None else sentence_spans(text)
        self._starts = [s for s, _ in self.spans]
        self._cache: dict[int, tuple[list[int], list[int], list[str], list[tuple[int, Tense, float]]]] = {}

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence that holds character `offset`."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def _sentence(self, index: int) -> tuple[list[int], list[int], list[str], list[tuple[int, Tense, float]]]:
        cached = self._cache.get(index)
        if cached is None:
            start, end = self.spans[index]
            found = list(_TOKEN.finditer(self.text, start, end))
            raw = [m.group() for m in found]
            words = [w.lower() for w in raw]
            caps = [w[0].isupper() for w in raw]
            starts = [m.start() for m in found]
            ends = [m.end() for m in found]
            cached = (starts, ends, words, self.lexicon.markers(words, caps))
            self._cache[index] = cached
        return cached

    def at(self, start: int, end: int) -> Tense:
        """The tense of the clause around text[start:end]."""
        starts, ends, words, markers = self._sentence(self.sentence_of(start))
        first = bisect.bisect_left(ends, start + 1)  # first token that ends inside the span
        last = bisect.bisect_left(starts, end) - 1  # last token that starts inside the span
        for n in (3, 2, 1):  # a cue of up to three words right before: "sinds", "tot en met"
            if first >= n:
                before = " ".join(words[first - n : first])
                if before in self.lexicon.past_before:
                    return "past"
                if before in self.lexicon.future_before:
                    return "future"
                if before in self.lexicon.present_before:
                    return "present"
        best: tuple[float, Tense] | None = None
        for i, tense, penalty in markers:
            if first <= i <= last:
                continue
            distance = first - i if i < first else i - last
            if distance > self.lexicon.window:
                continue
            gap = self.text[ends[i] : start] if i < first else self.text[end : starts[i]]
            score = distance + penalty + _PER_BOUNDARY * len(_BOUNDARY.findall(gap))
            if best is None or score < best[0]:
                best = (score, tense)
        return best[1] if best else "unknown"
