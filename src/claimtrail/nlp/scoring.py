"""Scoring a backend against gold files: named entities from CoNLL-2002 (token POS IOB) and tokens,
lemmas, tags and dependencies from CoNLL-U.

The backend gets the gold words (`Backend.parse_words`), so every backend is scored on the same tokens;
a predicted token counts only when its character span equals a gold token's span (a backend that
re-tokenises loses what it splits differently). Entities are scored by exact span and label (the
CoNLL-2002 convention). Dependencies: UAS = head right, LAS = head and label right, labels compared on
their universal part (`nsubj:pass` = `nsubj`, as in the CoNLL 2018 shared task), punctuation included;
a token is a root when its head is itself (ours) or 0 (CoNLL-U).
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from claimtrail.nlp.base import Backend
from claimtrail.nlp.doc import Doc

Span = tuple[int, int, str]  # first token, end token (exclusive), label


def read_conll2002(path: str | Path) -> Iterator[list[tuple[str, str]]]:
    """Sentences of (word, IOB tag) from a CoNLL-2002 file (`word POS tag` per line; the tag is the last
    column, so `word tag` files work too). `-DOCSTART-` lines are skipped."""
    sentence: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            cols = line.split()
            if not cols or cols[0] == "-DOCSTART-":
                if sentence:
                    yield sentence
                sentence = []
                continue
            if len(cols) < 2:
                raise ValueError(f"{path}:{number}: expected 'WORD POS TAG', got {line.strip()!r}")
            sentence.append((cols[0], cols[-1]))
    if sentence:
        yield sentence


@dataclass
class GoldToken:
    form: str
    lemma: str
    upos: str
    head: int  # 0-based index in the sentence; -1 for the root
    dep: str


def read_conllu(path: str | Path) -> Iterator[list[GoldToken]]:
    """Sentences of syntactic words from a CoNLL-U file (multi-word token lines and empty nodes skipped)."""
    sentence: list[GoldToken] = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            line = line.rstrip("\n")
            if not line.strip():
                if sentence:
                    yield sentence
                sentence = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError(f"{path}:{number}: expected 10 tab-separated columns, got {len(cols)}")
            if not cols[0].isdigit():
                continue
            head = int(cols[6]) - 1 if cols[6].isdigit() else -1
            sentence.append(GoldToken(cols[1], cols[2], cols[3], head, cols[7]))
    if sentence:
        yield sentence


def iob_spans(tags: Sequence[str]) -> set[Span]:
    """Entity spans from IOB1 or IOB2 tags: a span starts at B-X, or at I-X after anything but X."""
    spans: set[Span] = set()
    start, label = 0, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and kind == label
        if label is not None and not continues:
            spans.add((start, i, label))
            label = None
        if prefix in ("B", "I") and not continues:
            start, label = i, kind
    return spans


def _gold_index(doc: Doc, words: Sequence[str]) -> dict[tuple[int, int], int]:
    """Gold token index by character span, for the words joined by single spaces (as parse_words does)."""
    index, offset = {}, 0
    for n, word in enumerate(words):
        index[(offset, offset + len(word))] = n
        offset += len(word) + 1
    return index


def predicted_spans(doc: Doc, words: Sequence[str]) -> set[Span]:
    """The doc's entities as gold-token spans; an entity whose edges fall inside a gold token keeps a
    span no gold entity can match."""
    starts = {s: n for (s, _), n in _gold_index(doc, words).items()}
    ends = {e: n + 1 for (_, e), n in _gold_index(doc, words).items()}
    return {(starts.get(e.start, -1), ends.get(e.end, -1), e.label) for e in doc.entities}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"f1": round(f, 4), "precision": round(p, 4), "recall": round(r, 4)}


@dataclass
class NerScores:
    total: Counts = field(default_factory=Counts)
    per_label: dict[str, Counts] = field(default_factory=dict)
    sentences: int = 0
    tokens: int = 0
    seconds: float = 0.0

    def add(self, gold: set[Span], predicted: set[Span]) -> None:
        for spans, attr in ((gold & predicted, "tp"), (predicted - gold, "fp"), (gold - predicted, "fn")):
            for span in spans:
                setattr(self.total, attr, getattr(self.total, attr) + 1)
                counts = self.per_label.setdefault(span[2], Counts())
                setattr(counts, attr, getattr(counts, attr) + 1)

    def to_dict(self) -> dict[str, Any]:
        per_label = {
            label: {**c.scores(), "support": c.tp + c.fn} for label, c in sorted(self.per_label.items())
        }
        return {**self.total.scores(), "per_label": per_label}


@dataclass
class ParseScores:
    tokens: int = 0
    sentences: int = 0
    seconds: float = 0.0
    counts: Counter[str] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, float]:
        return {k: round(self.counts[k] / self.tokens, 4) if self.tokens else 0.0 for k in PARSE_KEYS}


PARSE_KEYS = ("uas", "las", "upos", "lemma")


def _universal(label: str) -> str:
    return label.split(":")[0].lower()


def score_parse_sentence(scores: ParseScores, gold: Sequence[GoldToken], doc: Doc) -> None:
    """Add one sentence's counts: gold tokens are matched to predicted ones by character span."""
    index = _gold_index(doc, [g.form for g in gold])
    matched = {index[(t.start, t.end)]: t for t in doc.tokens if (t.start, t.end) in index}
    to_gold = {t.i: n for n, t in matched.items()}
    scores.tokens += len(gold)
    scores.sentences += 1
    for n, g in enumerate(gold):
        t = matched.get(n)
        if t is None:
            continue
        head = -1 if t.is_root else to_gold.get(t.head, -2)
        if head == g.head:
            scores.counts["uas"] += 1
            if _universal(t.dep) == _universal(g.dep):
                scores.counts["las"] += 1
        scores.counts["upos"] += t.upos == g.upos
        scores.counts["lemma"] += t.lemma == g.lemma


def evaluate_ner(
    backend: Backend,
    sentences: Iterable[list[tuple[str, str]]],
    batch_size: int = 64,
    progress: Callable[[int], None] | None = None,
) -> NerScores:
    """Entity precision/recall/F1 of `backend` on gold sentences of (word, tag)."""
    scores = NerScores()
    golds: deque[list[tuple[str, str]]] = deque()

    def words() -> Iterator[list[str]]:
        for sentence in sentences:
            golds.append(sentence)  # parse_words is lazy: at most a batch of sentences waits here
            yield [w for w, _ in sentence]

    started = time.perf_counter()
    for doc in backend.parse_words(words(), batch_size=batch_size):
        gold = golds.popleft()
        scores.add(iob_spans([t for _, t in gold]), predicted_spans(doc, [w for w, _ in gold]))
        scores.sentences += 1
        scores.tokens += len(gold)
        if progress:
            progress(scores.sentences)
    scores.seconds = time.perf_counter() - started
    return scores


def evaluate_parse(
    backend: Backend,
    sentences: Iterable[list[GoldToken]],
    batch_size: int = 64,
    progress: Callable[[int], None] | None = None,
) -> ParseScores:
    """UAS, LAS, UPOS and lemma accuracy of `backend` on gold CoNLL-U sentences."""
    scores = ParseScores()
    golds: deque[list[GoldToken]] = deque()

    def words() -> Iterator[list[str]]:
        for sentence in sentences:
            golds.append(sentence)
            yield [g.form for g in sentence]

    started = time.perf_counter()
    for doc in backend.parse_words(words(), batch_size=batch_size):
        score_parse_sentence(scores, golds.popleft(), doc)
        if progress:
            progress(scores.sentences)
    scores.seconds = time.perf_counter() - started
    return scores


@dataclass
class Evaluation:
    """What `claimtrail eval` prints: counts and speed, then `scores` as the JSON last line."""

    sentences: int
    tokens: int
    seconds: float
    scores: dict[str, Any]


def evaluate_file(
    backend: Backend,
    kind: str,
    path: str | Path,
    limit: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> Evaluation:
    """Score `backend` on a CoNLL-2002 file (`kind` "ner") or a CoNLL-U file ("parse")."""
    result: NerScores | ParseScores
    if kind == "ner":
        result = evaluate_ner(backend, islice(read_conll2002(path), limit), progress=progress)
    elif kind == "parse":
        result = evaluate_parse(backend, islice(read_conllu(path), limit), progress=progress)
    else:
        raise ValueError(f"unknown evaluation {kind!r}: ner or parse")
    return Evaluation(result.sentences, result.tokens, result.seconds, result.to_dict())
