"""Ingest: read articles from files, identify their language, skip exact duplicates, link
near-duplicates to their canonical article, and store them in batches."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import numpy as np

from claimtrail import settings
from claimtrail.errors import InputError
from claimtrail.ingest import dedup
from claimtrail.ingest.base import ReadOptions
from claimtrail.ingest.language import detect_language
from claimtrail.ingest.sources import read_paths
from claimtrail.model import Article
from claimtrail.store import Candidate, Store

MAX_MESSAGES = 1000  # rejection messages kept per run; beyond that only counted, so memory stays flat


@dataclass
class IngestReport:
    """What one ingest run did. `rejected` holds the message of each rejected file or record (the
    first MAX_MESSAGES of them); `rejected_count` counts them all."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    rejected_count: int = 0
    rejected: list[str] = field(default_factory=list)

    def reject(self, message: str) -> None:
        self.rejected_count += 1
        if len(self.rejected) < MAX_MESSAGES:
            self.rejected.append(message)

    def as_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "rejected": self.rejected_count,
            "rejections": self.rejected,
        }


ProgressCallback = Callable[[IngestReport], None]


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    fmt: str = "auto",
    options: ReadOptions | None = None,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Read every article under `paths` into `store`. One bad file or record is reported in the
    returned report and never stops the batch; re-ingesting the same input stores nothing new."""
    report = IngestReport()
    threshold = settings.get_float("near_duplicate_threshold")
    batch_size = settings.get_int("batch_size")
    items = _with_signatures(read_paths(paths, fmt, options))
    while True:
        batch = list(islice(items, batch_size))
        if not batch:
            break
        articles = []
        for item in batch:
            if isinstance(item, InputError):
                report.reject(str(item))
            else:
                articles.append(item)
        report.read += len(articles)
        with store.transaction():  # a batch is stored whole or not at all, even after kill -9
            _store_batch(articles, store, threshold, report)
        if progress:
            progress(report)
    return report


def _with_signatures(
    items: Iterator[Article | InputError],
) -> Iterator[tuple[Article, np.ndarray] | InputError]:
    """Language and MinHash signature of each article right as it is read, while its words are cached."""
    for item in items:
        if isinstance(item, InputError):
            yield item
        else:
            item.language = item.language or detect_language(item.text)
            yield item, dedup.signature(item.text)


def _store_batch(
    articles: list[tuple[Article, np.ndarray]],
    store: Store,
    threshold: float,
    report: IngestReport,
) -> None:
    """Skip exact duplicates, link near-duplicates (of stored articles or of earlier ones in the same
    batch) to their canonical article, and store the rest. The database is asked three times per
    batch, not per article: that is what keeps ingest above a thousand articles a second."""
    seen = store.existing_ids([a.id for a, _ in articles])
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    fresh: list[tuple[Article, np.ndarray, list[int]]] = []
    for article, signature in articles:
        if article.id in seen:
            report.duplicates += 1
            continue
        seen.add(article.id)
        article.ingested_at = now
        fresh.append((article, signature, dedup.band_keys(signature)))
    stored = store.near_duplicate_candidates([key for _, _, keys in fresh for key in keys])
    in_batch: dict[int, list[Candidate]] = {}
    for article, signature, keys in fresh:
        candidates = {c.id: c for key in keys for c in stored.get(key, []) + in_batch.get(key, [])}
        best: tuple[float, str] | None = None
        for candidate in candidates.values():
            score = dedup.similarity(signature, candidate.signature)
            if score >= threshold and (best is None or score > best[0]):
                best = (score, candidate.canonical_id or candidate.id)
        if best is not None:
            article.similarity, article.canonical_id = best
            report.near_duplicates += 1
        me = Candidate(article.id, signature, article.canonical_id)
        for key in keys:
            in_batch.setdefault(key, []).append(me)
    store.add_articles([(article, dedup.to_blob(signature), keys) for article, signature, keys in fresh])
    report.stored += len(fresh)
