"""The storage interface every backend implements."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from claimtrail.model import Article, Timex

if TYPE_CHECKING:
    from claimtrail.process import ArticleRecords


@dataclass(frozen=True)
class ArticleFilter:
    source: str | None = None
    language: str | None = None
    canonical_only: bool = False  # leave out near-duplicates


@dataclass(frozen=True)
class Candidate:
    """A stored article that may be a near-duplicate: its id, MinHash signature and canonical id."""

    id: str
    signature: np.ndarray
    canonical_id: str | None


@dataclass(frozen=True)
class SearchHit:
    article: Article
    snippet: str


class Store(Protocol):
    path: str

    def transaction(self) -> AbstractContextManager[None]:
        """Everything inside is written together or not at all."""
        ...

    def existing_ids(self, ids: list[str]) -> set[str]:
        """Those of `ids` that are stored already."""
        ...

    def add_articles(self, rows: list[tuple[Article, bytes, list[int]]]) -> None:
        """Store articles with their MinHash signature (bytes) and LSH band keys."""
        ...

    def near_duplicate_candidates(self, band_keys: list[int]) -> dict[int, list[Candidate]]:
        """For each band key, the stored articles that have it (at most 100 per key)."""
        ...

    def unprocessed(self, extractor: str, version: str, limit: int = 200) -> list[Article]: ...

    def forget_processed(self, extractor: str) -> None: ...

    def count_unprocessed(self, extractor: str, version: str) -> int: ...

    def save_records(self, records: list[ArticleRecords], versions: dict[str, str]) -> None: ...

    def timexes(self, article_id: str) -> list[Timex]: ...

    def attributions(self, article_id: str) -> list[dict[str, Any]]:
        """The article's stored attributions, shaped as `claimtrail extract --json` prints them."""
        ...

    def timex_counts(self) -> dict[str, int]: ...

    def document_date(self, article_id: str) -> dict[str, Any] | None: ...

    def get_article(self, id_or_prefix: str) -> Article | None: ...

    def list_articles(
        self, where: ArticleFilter = ..., limit: int = 50, offset: int = 0
    ) -> list[Article]: ...

    def iter_articles(self, where: ArticleFilter = ...) -> Iterator[Article]: ...

    def count_articles(self, where: ArticleFilter = ...) -> int: ...

    def search(self, query: str, limit: int = 20) -> list[SearchHit]: ...

    def entity_names(self) -> dict[str, tuple[str, str, list[str]]]: ...

    def list_entities(
        self, kind: str | None = ..., query: str | None = ..., limit: int = ...
    ) -> list[dict[str, Any]]: ...

    def get_entity(self, entity_id: str) -> dict[str, Any] | None: ...

    def entities(self, article_id: str) -> list[dict[str, Any]]: ...

    def move_mentions(self, from_id: str, to_id: str, texts: list[str] | None = ...) -> int: ...

    def save_entity(self, entity_id: str, name: str, kind: str, country: str | None = ...) -> None: ...

    def unparsed(self, pipeline: str, language: str, limit: int = ...) -> list[Article]: ...

    def count_unparsed(self, pipeline: str, language: str) -> int: ...

    def save_nlp_docs(self, pipeline: str, docs: list[tuple[str, dict[str, Any]]]) -> None: ...

    def nlp_doc(self, article_id: str) -> dict[str, Any] | None: ...

    def kb_edits(self) -> list[dict[str, Any]]: ...

    def add_kb_edit(self, edit: dict[str, Any]) -> None: ...

    def close(self) -> None: ...
