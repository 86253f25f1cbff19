"""The storage interface every backend implements."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from claimtrail.model import Article


@dataclass(frozen=True)
class ArticleFilter:
    source: str | None = None
    language: str | None = None
    canonical_only: bool = False  # leave out near-duplicates


@dataclass(frozen=True)
class SearchHit:
    article: Article
    snippet: str


class Store(Protocol):
    path: str

    def transaction(self) -> AbstractContextManager[None]:
        """Everything inside is written together or not at all."""
        ...

    def has_article(self, article_id: str) -> bool: ...

    def add_article(self, article: Article, minhash: bytes, band_keys: list[int]) -> None: ...

    def near_duplicate_candidates(self, band_keys: list[int]) -> list[tuple[str, bytes, str | None]]:
        """(id, minhash, canonical_id) of stored articles sharing at least one band key."""
        ...

    def get_article(self, id_or_prefix: str) -> Article | None: ...

    def list_articles(
        self, where: ArticleFilter = ..., limit: int = 50, offset: int = 0
    ) -> list[Article]: ...

    def iter_articles(self, where: ArticleFilter = ...) -> Iterator[Article]: ...

    def count_articles(self, where: ArticleFilter = ...) -> int: ...

    def search(self, query: str, limit: int = 20) -> list[SearchHit]: ...

    def close(self) -> None: ...
