"""One pure batch function from articles to extracted records. The CLI's `extract` (no database) and
`process` (stores the records) call it; later the web server and the Ray runner will too.

What is extracted grows issue by issue: today time expressions and the refined publication date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from claimtrail.extract.timex import DocumentDate, find_timexes, refine_publication_date
from claimtrail.model import Article, Timex
from claimtrail.store import Store

# Versioned names for what is persisted: a change of what an extractor produces adds a new version,
# and `claimtrail process` re-processes articles whose stored records have an older one.
EXTRACTORS = {"timexes": "timexes.v1"}


@dataclass
class ArticleRecords:
    """Everything extracted from one article; offsets point into `article.text`."""

    article: Article
    timexes: list[Timex]
    document_date: DocumentDate

    def to_json(self, record_id: str | None = None) -> dict[str, Any]:
        """The object `claimtrail extract --json` prints for this article."""
        a = self.article
        return {
            "id": record_id or a.external_id or a.id,
            "title": a.title,
            "source": a.source,
            "url": a.url,
            "published": a.published.value,
            "published_precision": a.published.precision,
            "language": a.language,
            "text": a.text,
            "document_date": self.document_date.to_dict(),
            "timexes": [t.to_dict() for t in self.timexes],
        }


def process_article(article: Article) -> ArticleRecords:
    language = article.language or "nl"
    first = find_timexes(article.text, article.published, language)
    document_date = refine_publication_date(article.text, article.published, first, language)
    # a tighter publication date resolves relative expressions more tightly: read them again against it
    timexes = find_timexes(article.text, document_date, language) if document_date.inferred else first
    return ArticleRecords(article, timexes, document_date)


def process_batch(articles: Iterable[Article]) -> list[ArticleRecords]:
    return [process_article(article) for article in articles]


def process_stored(store: Store, force: bool = False, progress: Callable[[int], None] | None = None) -> int:
    """Extract records for every stored article that lacks them (or has them from an older extractor
    version; all of them with `force`) and store them, one transaction per batch. Returns the count."""
    name, version = next(iter(EXTRACTORS.items()))
    if force:
        store.forget_processed(name)
    done = 0
    while batch := store.unprocessed(name, version, limit=200):
        store.save_records(process_batch(batch), EXTRACTORS)
        done += len(batch)
        if progress:
            progress(done)
    return done
