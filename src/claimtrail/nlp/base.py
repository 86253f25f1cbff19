"""The interface every NLP backend implements: texts in, `Doc`s out, streaming.

Backends differ in what they provide (`provides`, names from `doc.ANNOTATIONS`) and in their label sets
(a spaCy pipeline trained on UD gives UD labels, Frog gives Alpino-style labels); the `Doc` shape is the
same, so extractors can check `doc.annotations` at start-up instead of failing inside a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, runtime_checkable

from claimtrail.nlp.doc import Doc


@runtime_checkable
class Backend(Protocol):
    name: str  # e.g. "spacy:nl_core_news_sm", "frog://localhost:12345"
    languages: tuple[str, ...]  # ISO 639-1 codes it can read
    provides: tuple[str, ...]  # names from doc.ANNOTATIONS

    def parse(self, texts: Iterable[str], batch_size: int = 64, workers: int = 1) -> Iterator[Doc]:
        """One `Doc` per text, in order, lazily: a generator of any length goes in, memory stays bounded
        by `batch_size` texts per worker."""
        ...

    def parse_words(self, sentences: Iterable[Sequence[str]], batch_size: int = 64) -> Iterator[Doc]:
        """One `Doc` per pre-tokenised sentence; its text is the words joined by single spaces. Used for
        evaluation against gold tokenisation and sentences: a backend that can keeps each given sentence
        whole (a parser may not split it); one that cannot keep the given tokens may re-tokenise (the
        scorer aligns by character offsets)."""
        ...

    def close(self) -> None:
        """Release sockets and processes (a no-op for in-process backends)."""
        ...
