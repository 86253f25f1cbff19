"""Storage: one interface, whichever database is behind it. Callers use `open_store` and the
`Store` methods; SQL dialect differences live only in this package."""

from __future__ import annotations

from pathlib import Path

from claimtrail import settings
from claimtrail.errors import UsageError
from claimtrail.store.base import ArticleFilter, Candidate, SearchHit, Store


def open_store(location: str | Path | None = None) -> Store:
    """Open (creating and migrating as needed) the database at `location`: a SQLite file path or a
    `sqlite:///path` URL. Default: the `db` setting (./claimtrail.db)."""
    location = str(location or settings.get("db"))
    if location.startswith(("postgresql://", "postgres://")):
        raise UsageError("PostgreSQL storage is not available yet in this version: use a SQLite file path")
    if location.startswith("sqlite:///"):
        location = location[len("sqlite:///") :]
    from claimtrail.store.sqlite import SQLiteStore

    return SQLiteStore(Path(location))


__all__ = ["ArticleFilter", "Candidate", "SearchHit", "Store", "open_store"]
