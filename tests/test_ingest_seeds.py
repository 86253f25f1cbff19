"""The five real seed articles (read from ../shared, never copied): month-precision dates, idempotent."""

from __future__ import annotations

from pathlib import Path

from claimtrail.ingest.pipeline import ingest
from claimtrail.store import ArticleFilter


def test_seeds_store_five_dutch_articles_at_month_precision(seeds: Path, store) -> None:
    report = ingest(sorted(seeds.glob("*.txt")), store)
    assert (report.read, report.stored, report.rejected) == (5, 5, [])
    articles = list(store.iter_articles(ArticleFilter()))
    assert {a.language for a in articles} == {"nl"}
    assert {a.published.precision for a in articles} == {"month"}
    assert sorted(a.published.value for a in articles) == ["2023-05"] * 4 + ["2023-06"]


def test_ingesting_seeds_again_stores_nothing_new(seeds: Path, store) -> None:
    ingest([seeds], store)
    again = ingest([seeds], store)
    assert (again.read, again.stored, again.duplicates) == (5, 0, 5)
    assert store.count_articles() == 5
