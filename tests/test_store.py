from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claimtrail.errors import StoreError, UsageError
from claimtrail.ingest.pipeline import ingest
from claimtrail.store import ArticleFilter, open_store
from claimtrail.store.sqlite import migrations
from tests.conftest import DUTCH, ENGLISH, write_jsonl


def test_migrations_are_recorded_once(db_path: Path) -> None:
    open_store(db_path).close()
    open_store(db_path).close()
    rows = sqlite3.connect(db_path).execute("SELECT version, name FROM schema_migrations").fetchall()
    assert rows == [(v, n) for v, n, _ in migrations()]
    assert rows[0] == (1, "articles")


def test_store_url_forms(tmp_path: Path) -> None:
    open_store(f"sqlite:///{tmp_path / 'x.db'}").close()
    assert (tmp_path / "x.db").exists()
    with pytest.raises(UsageError, match="PostgreSQL"):
        open_store("postgresql://localhost/claimtrail")


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("dit is geen database" * 100)
    with pytest.raises(StoreError, match="notes.db: cannot open the database"):
        open_store(bogus)


@pytest.fixture
def filled(tmp_path: Path, store):
    text = "Oekraïne ontkent betrokkenheid bij de aanval op het Kremlin. " + DUTCH
    ingest(
        [
            write_jsonl(
                tmp_path / "a.jsonl",
                [
                    {
                        "id": "nl-1",
                        "title": "Kiev ontkent",
                        "text": text,
                        "source": "Krant",
                        "date": "2023-05-04",
                    },
                    {"id": "en-1", "title": "Denial", "text": ENGLISH, "source": "Times", "date": "2023-05"},
                ],
            )
        ],
        store,
    )
    return store


def test_search_ignores_diacritics_and_highlights(filled) -> None:
    hits = filled.search("oekraine")
    assert [h.article.external_id for h in hits] == ["nl-1"]
    assert "[Oekraïne]" in hits[0].snippet


def test_search_with_broken_fts_syntax_falls_back_to_words(filled) -> None:
    assert [h.article.external_id for h in filled.search('Kremlin "')] == ["nl-1"]
    assert filled.search("zebra") == []
    with pytest.raises(UsageError):
        filled.search("   ")


def test_filters_and_lookup_by_prefix_or_external_id(filled) -> None:
    assert filled.count_articles(ArticleFilter(language="en")) == 1
    assert [a.external_id for a in filled.list_articles(ArticleFilter(source="Krant"))] == ["nl-1"]
    article = filled.get_article("en-1")
    assert article is not None
    assert filled.get_article(article.id[:6]) == article
    assert filled.get_article("ffffffffffff") is None


def test_list_is_ordered_by_date_unknown_last(tmp_path: Path, store) -> None:
    rows = [
        {"id": "none", "text": DUTCH},
        {"id": "late", "text": ENGLISH, "date": "2024-02-01"},
        {"id": "early", "text": DUTCH + " Vroeg.", "date": "2023-12"},
    ]
    ingest([write_jsonl(tmp_path / "a.jsonl", rows)], store)
    assert [a.external_id for a in store.list_articles()] == ["early", "late", "none"]


def test_integrity_after_writes(filled) -> None:
    assert filled.integrity_check() == "ok"
