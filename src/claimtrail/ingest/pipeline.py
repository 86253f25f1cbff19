"""Ingest: read articles from files, identify their language, skip exact duplicates, link
near-duplicates to their canonical article, and store them in batches."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from claimtrail import settings
from claimtrail.errors import InputError
from claimtrail.ingest import dedup
from claimtrail.ingest.base import ReadOptions
from claimtrail.ingest.language import detect_language
from claimtrail.ingest.sources import read_paths
from claimtrail.model import Article
from claimtrail.store import Store


@dataclass
class IngestReport:
    """What one ingest run did. `rejected` holds one message per rejected file or record."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    rejected: list[str] = field(default_factory=list)
    stored_ids: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "rejected": len(self.rejected),
            "rejections": self.rejected,
        }


ProgressCallback = Callable[[IngestReport], None]


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    fmt: str = "auto",
    options: ReadOptions | None = None,
    progress: ProgressCallback | None = None,
    keep_ids: bool = False,
) -> IngestReport:
    """Read every article under `paths` into `store`. One bad file or record is reported in the
    returned report and never stops the batch; re-ingesting the same input stores nothing new."""
    report = IngestReport()
    threshold = settings.get_float("near_duplicate_threshold")
    batch_size = settings.get_int("batch_size")
    items = read_paths(paths, fmt, options)
    while True:
        batch = list(islice(items, batch_size))
        if not batch:
            break
        with store.transaction():  # a batch is stored whole or not at all, even after kill -9
            for item in batch:
                if isinstance(item, InputError):
                    report.rejected.append(str(item))
                else:
                    report.read += 1
                    _store_one(item, store, threshold, report, keep_ids)
                if progress:
                    progress(report)
    return report


def _store_one(
    article: Article, store: Store, threshold: float, report: IngestReport, keep_ids: bool
) -> None:
    if store.has_article(article.id):
        report.duplicates += 1
        return
    if not article.language:
        article.language = detect_language(article.text)
    article.ingested_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    signature = dedup.signature(article.text)
    keys = dedup.band_keys(signature)
    best: tuple[float, str] | None = None
    for cand_id, cand_blob, cand_canonical in store.near_duplicate_candidates(keys):
        score = dedup.similarity(signature, dedup.from_blob(cand_blob))
        if score >= threshold and (best is None or score > best[0]):
            best = (score, cand_canonical or cand_id)
    if best is not None:
        article.similarity, article.canonical_id = best
        report.near_duplicates += 1
    store.add_article(article, dedup.to_blob(signature), keys)
    report.stored += 1
    if keep_ids:
        report.stored_ids.append(article.id)
