"""One pure batch function from articles to extracted records. The CLI's `extract` (no database) and
`process` (stores the records) call it; later the web server and the Ray runner will too.

What is extracted grows issue by issue: today time expressions, the refined publication date,
attributions (who said what, with stance; in the languages with a cue lexicon, see
claimtrail.extract.attributions.supported_languages()) and entities (claimtrail.link.entities). Entity
ids must agree across articles, so one `Linker` serves a whole run: pass the same one to every call, or
let `process_batch` make one. `claimtrail process` stores all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from claimtrail.extract.attributions import VERSION as ATTRIBUTIONS_VERSION
from claimtrail.extract.attributions import find_attributions
from claimtrail.extract.timex import (
    DocumentDate,
    event_time,
    find_timexes,
    refine_publication_date,
    report_time,
)
from claimtrail.link.entities import VERSION as ENTITIES_VERSION
from claimtrail.link.entities import Entity, Linker, Registry, resolve_sources
from claimtrail.link.kb import KnowledgeBase
from claimtrail.memory import settle
from claimtrail.model import Article, Attribution, Timex
from claimtrail.nlp.base import Backend
from claimtrail.store import Store

# Versioned names for what is persisted: a change of what an extractor produces adds a new version,
# and `claimtrail process` re-processes articles whose stored records have an older one. The records
# of an article are stored together, so they carry one combined version.
EXTRACTORS = {"timexes": "timexes.v1", "attributions": ATTRIBUTIONS_VERSION, "entities": ENTITIES_VERSION}
RECORDS = ("records", "+".join(EXTRACTORS.values()))


@dataclass
class ArticleRecords:
    """Everything extracted from one article; offsets point into `article.text`."""

    article: Article
    timexes: list[Timex]
    document_date: DocumentDate
    attributions: list[Attribution] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

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
            "attributions": [
                x.to_dict()
                | {
                    "report_time": {"earliest": report[0], "latest": report[1]},
                    "event_time": (
                        {k: getattr(event, k) for k in ("start", "end", "value", "earliest", "latest")}
                        if event
                        else None
                    ),
                }
                for x, report, event in self.timed_attributions()
            ],
            "entities": [e.to_dict() for e in self.entities],
        }

    def timed_attributions(self) -> list[tuple[Attribution, tuple[str | None, str | None], Timex | None]]:
        """Each attribution with its report time (the article's date interval, ISO dates) and the time
        expression that dates what was said, when the text gives one."""
        report = report_time(self.document_date)
        text = self.article.text
        return [
            (a, report, event_time(text, self.timexes, a.content.start, a.content.end))
            for a in self.attributions
        ]


def process_article(article: Article, linker: Linker | None = None) -> ArticleRecords:
    """Everything claimtrail extracts from one article. Give the run's `linker` so entity ids agree
    across articles (a new one loads the knowledge base: a few seconds)."""
    language = article.language or "nl"
    first = find_timexes(article.text, article.published, language)
    document_date = refine_publication_date(article.text, article.published, first, language)
    # a tighter publication date resolves relative expressions more tightly: read them again against it
    timexes = find_timexes(article.text, document_date, language) if document_date.inferred else first
    attributions = find_attributions(article.text, language)  # [] for a language without a lexicon
    linker = linker or Linker()
    entities = linker.link(article.text, language, attributions, article.published.value)
    attributions = resolve_sources(article.text, attributions, entities, language, linker.kb)
    return ArticleRecords(article, timexes, document_date, attributions, entities)


def process_batch(
    articles: Iterable[Article], linker: Linker | None = None, errors: list[str] | None = None
) -> list[ArticleRecords]:
    """`process_article` over a batch. With `errors`, an article an extractor fails on gets empty records
    and a line in `errors` (its id and the problem) instead of aborting the batch."""
    linker = linker or Linker()
    out = []
    for article in articles:
        try:
            out.append(process_article(article, linker))
        except Exception as exc:  # one bad article never aborts a batch
            if errors is None:
                raise
            errors.append(f"{article.external_id or article.id}: {type(exc).__name__}: {exc}")
            out.append(ArticleRecords(article, [], DocumentDate(None, None), [], []))
    return out


def store_kb(store: Store) -> KnowledgeBase:
    """The knowledge base with the user's edits kept in `store` replayed; new edits are kept there."""
    return KnowledgeBase.with_edits(store.kb_edits(), on_edit=store.add_kb_edit)


def store_linker(store: Store) -> Linker:
    """A linker for articles going into `store`: its knowledge base (`store_kb`), and the unknown
    entities the store already holds, so their ids carry over. The knowledge base's copied index is as
    large as the seed's and lives for the whole batch: it is exempted from garbage collection
    (claimtrail.memory; not in `store_kb`, which the one-edit commands call too)."""
    linker = Linker(store_kb(store), Registry(known=store.entity_names()))
    settle()
    return linker


def process_stored(
    store: Store,
    force: bool = False,
    progress: Callable[[int], None] | None = None,
    errors: list[str] | None = None,
) -> int:
    """Extract records for every stored article that lacks them (or has them from an older extractor
    version; all of them with `force`) and store them, one transaction per batch. Returns the count.
    With `errors`, an article an extractor fails on is stored with empty records and reported there (a
    later `--force` run tries it again); without, the failure is raised."""
    name, version = RECORDS
    if force:
        store.forget_processed(name)
    done = 0
    linker = store_linker(store)
    while batch := store.unprocessed(name, version, limit=200):
        store.save_records(process_batch(batch, linker, errors), dict([RECORDS]))
        done += len(batch)
        if progress:
            progress(done)
    return done


def parse_stored(
    store: Store,
    backend: Backend,
    language: str = "nl",
    workers: int = 1,
    batch_size: int = 50,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Parse every stored article in `language` that has no document from `backend` yet and store the
    documents, one transaction per batch (an interrupted run keeps what it finished). Texts stream
    through the backend (`workers` processes for spaCy); memory stays bounded by the batch. Returns the
    count."""
    done = 0
    while batch := store.unparsed(backend.name, language, limit=batch_size * max(1, workers)):
        docs = backend.parse((a.text for a in batch), batch_size=batch_size, workers=workers)
        store.save_nlp_docs(backend.name, [(a.id, doc.to_dict()) for a, doc in zip(batch, docs, strict=True)])
        done += len(batch)
        if progress:
            progress(done)
    return done
