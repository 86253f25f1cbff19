"""The embedded default: one SQLite file, WAL journal, numbered migrations, FTS5 search."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimtrail.errors import StoreError, UsageError
from claimtrail.ingest.dedup import from_blob
from claimtrail.model import Article, Attribution, PublishedDate, Timex
from claimtrail.store.base import ArticleFilter, Candidate, SearchHit

if TYPE_CHECKING:
    from claimtrail.process import ArticleRecords

ALL = ArticleFilter()

_COLUMNS = (
    "id, external_id, source, url, title, published, published_precision, language, text, origin, "
    "ingested_at, canonical_id, similarity"
)


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every migration shipped in the package, in order."""
    found = []
    for entry in resources.files("claimtrail.store.migrations").iterdir():
        if entry.name.endswith(".sql"):
            version, _, name = entry.name.removesuffix(".sql").partition("_")
            found.append((int(version), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


class SQLiteStore:
    def __init__(self, path: Path) -> None:
        self.path = str(path)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")  # with WAL: consistent after a crash or kill -9
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA busy_timeout=10000")
            self.db.execute("PRAGMA cache_size=-65536")  # 64 MB page cache: FTS and index inserts stay fast
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the database ({exc})") from exc
        self._in_transaction = False

    def _migrate(self) -> None:
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
            "applied_at TEXT NOT NULL)"
        )
        applied = {row[0] for row in self.db.execute("SELECT version FROM schema_migrations")}
        for version, name, sql in migrations():
            if version in applied:
                continue
            # executescript commits first; BEGIN/COMMIT inside it make each migration all-or-nothing
            self.db.executescript(
                f"BEGIN;\n{sql}\nINSERT INTO schema_migrations VALUES "
                f"({version}, '{name}', '{dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}');\nCOMMIT;"
            )

    def schema_version(self) -> int:
        return int(self.db.execute("SELECT max(version) FROM schema_migrations").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._in_transaction:
            yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        self._in_transaction = True
        try:
            last_rowid = self.db.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0]
            yield
            # index the transaction's new articles in one statement, inside the same transaction
            self.db.execute(
                "INSERT INTO articles_fts (rowid, title, text) SELECT rowid, title, text FROM articles "
                "WHERE rowid > ?",
                (last_rowid,),
            )
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")
        finally:
            self._in_transaction = False

    def existing_ids(self, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(ids):
            sql = f"SELECT id FROM articles WHERE id IN ({', '.join('?' * len(chunk))})"
            found.update(row[0] for row in self.db.execute(sql, chunk))
        return found

    def add_articles(self, rows: list[tuple[Article, bytes, list[int]]]) -> None:
        values = [
            (
                a.id,
                a.external_id,
                a.source,
                a.url,
                a.title,
                a.published.value,
                a.published.precision,
                a.language,
            )
            + (a.text, a.origin, a.ingested_at, a.canonical_id, a.similarity, minhash)
            for a, minhash, _ in rows
        ]
        with self.transaction():
            before = self.db.execute("SELECT coalesce(max(rowid), 0) FROM articles").fetchone()[0]
            self.db.executemany(
                f"INSERT INTO articles ({_COLUMNS}, minhash) VALUES ({', '.join('?' * 14)})", values
            )
            rowid = dict(self.db.execute("SELECT id, rowid FROM articles WHERE rowid > ?", (before,)))
            self.db.executemany(
                "INSERT OR IGNORE INTO minhash_bands (key, article_rowid) VALUES (?, ?)",
                [(key, rowid[a.id]) for a, _, keys in rows for key in keys],
            )

    def near_duplicate_candidates(self, band_keys: list[int]) -> dict[int, list[Candidate]]:
        found: dict[int, list[Candidate]] = {}
        for chunk in _chunks(sorted(set(band_keys))):
            keys = ", ".join("?" * len(chunk))
            rows = self.db.execute(
                "SELECT b.key, a.id, a.minhash, a.canonical_id FROM minhash_bands b "
                f"JOIN articles a ON a.rowid = b.article_rowid WHERE b.key IN ({keys})",
                chunk,
            )
            for key, aid, blob, canonical in rows:
                same_key = found.setdefault(key, [])
                if len(same_key) < 100:  # bounded work, however many near-copies share a band
                    same_key.append(Candidate(aid, from_blob(blob), canonical))
        return found

    def unprocessed(self, extractor: str, version: str, limit: int = 200) -> list[Article]:
        """Up to `limit` articles whose records from `extractor` are missing or of another version."""
        rows = self.db.execute(
            f"SELECT {', '.join('a.' + c.strip() for c in _COLUMNS.split(','))} FROM articles a "
            "LEFT JOIN processed p ON p.article_id = a.id AND p.extractor = ? "
            "WHERE p.version IS NULL OR p.version != ? ORDER BY a.rowid LIMIT ?",
            (extractor, version, limit),
        )
        return [_article(row) for row in rows]

    def forget_processed(self, extractor: str) -> None:
        """Mark every article as not yet processed by `extractor` (its records stay until replaced)."""
        with self.transaction():
            self.db.execute("DELETE FROM processed WHERE extractor = ?", (extractor,))

    def count_unprocessed(self, extractor: str, version: str) -> int:
        return int(
            self.db.execute(
                "SELECT count(*) FROM articles a LEFT JOIN processed p ON p.article_id = a.id "
                "AND p.extractor = ? WHERE p.version IS NULL OR p.version != ?",
                (extractor, version),
            ).fetchone()[0]
        )

    def save_records(self, records: list[ArticleRecords], versions: dict[str, str]) -> None:
        """Replace the stored records of these articles with `records`, all or nothing."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        ids = [(r.article.id,) for r in records]
        with self.transaction():
            self.db.executemany("DELETE FROM timexes WHERE article_id = ?", ids)
            self.db.executemany("DELETE FROM document_dates WHERE article_id = ?", ids)
            self.db.executemany("DELETE FROM attributions WHERE article_id = ?", ids)
            self.db.executemany(
                f"INSERT INTO attributions VALUES ({', '.join('?' * 24)})",
                [
                    _attribution_row(r.article.id, i, *timed)
                    for r in records
                    for i, timed in enumerate(r.timed_attributions())
                ],
            )
            self.db.executemany(
                'INSERT INTO timexes (article_id, start, "end", text, type, value, earliest, latest) '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (r.article.id, t.start, t.end, t.text, t.type, t.value, t.earliest, t.latest)
                    for r in records
                    for t in r.timexes
                ],
            )
            self.db.executemany(
                "INSERT INTO document_dates (article_id, earliest, latest, inferred, evidence) "
                "VALUES (?, ?, ?, ?, ?)",
                [_document_date_row(r) for r in records],
            )
            self.db.executemany("DELETE FROM entity_mentions WHERE article_id = ?", ids)
            entities = {e.id: e for r in records for e in r.entities}
            self.db.executemany(
                "INSERT INTO entities (id, name, type, country, lat, lon, kb_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                "type = excluded.type, country = excluded.country, lat = excluded.lat, lon = excluded.lon, "
                "kb_id = excluded.kb_id",
                [(e.id, e.name, e.type, e.country, e.lat, e.lon, e.kb_id) for e in entities.values()],
            )
            self.db.executemany(
                'INSERT OR IGNORE INTO entity_mentions (article_id, entity_id, start, "end", text, kind, '
                "metonymy, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (r.article.id, e.id, m.start, m.end, m.text, m.kind, m.metonymy, m.confidence)
                    for r in records
                    for e in r.entities
                    for m in e.mentions
                ],
            )
            self.db.executemany(
                "INSERT OR REPLACE INTO processed (article_id, extractor, version, processed_at) "
                "VALUES (?, ?, ?, ?)",
                [(r.article.id, name, version, now) for r in records for name, version in versions.items()],
            )

    def timexes(self, article_id: str) -> list[Timex]:
        rows = self.db.execute(
            'SELECT start, "end", text, type, value, earliest, latest FROM timexes WHERE article_id = ? '
            "ORDER BY start",
            (article_id,),
        )
        return [Timex(*row) for row in rows]

    def attributions(self, article_id: str) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT * FROM attributions WHERE article_id = ? ORDER BY idx", (article_id,)
        ).fetchall()
        return [_stored_attribution(row[2:]) for row in rows]

    # -- entities ------------------------------------------------------------------------------------

    def entity_names(self) -> dict[str, tuple[str, str, list[str]]]:
        """Entities the knowledge base does not know, with the names they were mentioned by: what the
        linker needs to give the same unknown name the same id in later articles."""
        names: dict[str, tuple[str, str, list[str]]] = {}
        rows = self.db.execute(
            "SELECT e.id, e.name, e.type, m.text FROM entities e "
            "JOIN entity_mentions m ON m.entity_id = e.id WHERE e.kb_id IS NULL AND m.kind = 'name' "
            "GROUP BY e.id, m.text ORDER BY e.id"
        )
        for entity_id, name, kind, text in rows:
            names.setdefault(entity_id, (name, kind, []))[2].append(text)
        return names

    def list_entities(
        self, kind: str | None = None, query: str | None = None, limit: int = 50
    ) -> list[dict[str, Any]]:
        """Entities with how often and in how many articles they are mentioned, most mentioned first."""
        where, params = ["1 = 1"], []
        if kind:
            where.append("e.type = ?")
            params.append(kind.upper())
        if query:
            where.append(
                "(e.name LIKE ? OR e.id LIKE ? "
                "OR e.id IN (SELECT entity_id FROM entity_mentions WHERE text LIKE ?))"
            )
            params += [f"%{query}%"] * 3
        rows = self.db.execute(
            "SELECT e.id, e.name, e.type, e.country, e.lat, e.lon, e.kb_id, count(m.start), "
            "count(DISTINCT m.article_id) FROM entities e JOIN entity_mentions m ON m.entity_id = e.id "
            f"WHERE {' AND '.join(where)} GROUP BY e.id ORDER BY count(m.start) DESC, e.name LIMIT ?",
            [*params, limit],
        )
        keys = ("id", "name", "type", "country", "lat", "lon", "kb_id", "mentions", "articles")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def get_entity(self, entity_id: str) -> dict[str, Any] | None:
        """One entity with its mentions (article id and title, offsets, text, kind)."""
        row = self.db.execute(
            "SELECT id, name, type, country, lat, lon, kb_id FROM entities WHERE id = ?", (entity_id,)
        ).fetchone()
        if row is None:
            return None
        entity = dict(zip(("id", "name", "type", "country", "lat", "lon", "kb_id"), row, strict=True))
        mentions = self.db.execute(
            'SELECT m.article_id, a.title, m.start, m."end", m.text, m.kind, m.metonymy, m.confidence '
            "FROM entity_mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ? "
            "ORDER BY a.published, m.article_id, m.start",
            (entity_id,),
        )
        keys = ("article_id", "title", "start", "end", "text", "kind", "metonymy", "confidence")
        entity["mentions"] = [dict(zip(keys, m, strict=True)) for m in mentions]
        return entity

    def entities(self, article_id: str) -> list[dict[str, Any]]:
        """The entities of one article, each with its mentions there."""
        rows = self.db.execute(
            "SELECT e.id, e.name, e.type, e.country, e.lat, e.lon, "
            'm.start, m."end", m.text, m.kind, m.metonymy FROM entity_mentions m '
            "JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.start",
            (article_id,),
        )
        found: dict[str, dict[str, Any]] = {}
        for entity_id, name, kind, country, lat, lon, start, end, text, mention_kind, metonymy in rows:
            entity = found.setdefault(
                entity_id,
                {
                    "id": entity_id,
                    "name": name,
                    "type": kind,
                    "country": country,
                    "lat": lat,
                    "lon": lon,
                    "mentions": [],
                },
            )
            entity["mentions"].append(
                {"start": start, "end": end, "text": text, "kind": mention_kind, "metonymy": metonymy}
            )
        return list(found.values())

    def move_mentions(self, from_id: str, to_id: str, texts: list[str] | None = None) -> int:
        """Give `from_id`'s mentions (only those written as one of `texts`, when given) to `to_id`;
        drop `from_id` when nothing is left. Returns how many moved."""
        with self.transaction():
            if texts is None:
                moved = self.db.execute(
                    "UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ?", (to_id, from_id)
                ).rowcount
            else:
                moved = sum(
                    self.db.execute(
                        "UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ? AND text = ?",
                        (to_id, from_id, text),
                    ).rowcount
                    for text in texts
                )
            self.db.execute(
                "DELETE FROM entities WHERE id = ? AND NOT EXISTS "
                "(SELECT 1 FROM entity_mentions WHERE entity_id = ?)",
                (from_id, from_id),
            )
        return int(moved)

    def save_entity(self, entity_id: str, name: str, kind: str, country: str | None = None) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO entities (id, name, type, country) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                (entity_id, name, kind, country),
            )

    # -- annotated documents ---------------------------------------------------------------------------

    def unparsed(self, pipeline: str, language: str, limit: int = 100) -> list[Article]:
        """Articles in `language` without a stored document from `pipeline`."""
        rows = self.db.execute(
            f"SELECT {', '.join('a.' + c.strip() for c in _COLUMNS.split(','))} FROM articles a "
            "LEFT JOIN nlp_docs d ON d.article_id = a.id AND d.pipeline = ? "
            "WHERE d.article_id IS NULL AND coalesce(a.language, ?) LIKE ? ORDER BY a.rowid LIMIT ?",
            (pipeline, language, f"{language}%", limit),
        )
        return [_article(row) for row in rows]

    def count_unparsed(self, pipeline: str, language: str) -> int:
        return int(
            self.db.execute(
                "SELECT count(*) FROM articles a LEFT JOIN nlp_docs d ON d.article_id = a.id "
                "AND d.pipeline = ? WHERE d.article_id IS NULL AND coalesce(a.language, ?) LIKE ?",
                (pipeline, language, f"{language}%"),
            ).fetchone()[0]
        )

    def save_nlp_docs(self, pipeline: str, docs: list[tuple[str, dict[str, Any]]]) -> None:
        """Store (article id, Doc.to_dict()) pairs, replacing what the articles had."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.transaction():
            self.db.executemany(
                "INSERT OR REPLACE INTO nlp_docs (article_id, pipeline, doc, parsed_at) VALUES (?, ?, ?, ?)",
                [
                    (article_id, pipeline, zlib.compress(json.dumps(doc, ensure_ascii=False).encode()), now)
                    for article_id, doc in docs
                ],
            )

    def nlp_doc(self, article_id: str) -> dict[str, Any] | None:
        """The stored document of an article (Doc.to_dict() form, with 'pipeline'), or None."""
        row = self.db.execute(
            "SELECT pipeline, doc FROM nlp_docs WHERE article_id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        return {"pipeline": row[0], **json.loads(zlib.decompress(row[1]))}

    def kb_edits(self) -> list[dict[str, Any]]:
        """The user's knowledge-base edits, oldest first."""
        return [json.loads(row[0]) for row in self.db.execute("SELECT edit FROM kb_edits ORDER BY seq")]

    def add_kb_edit(self, edit: dict[str, Any]) -> None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.transaction():
            self.db.execute(
                "INSERT INTO kb_edits (edit, created_at) VALUES (?, ?)",
                (json.dumps(edit, ensure_ascii=False), now),
            )

    def timex_counts(self) -> dict[str, int]:
        """Stored time expressions per TIMEX3 type, most frequent first."""
        rows = self.db.execute("SELECT type, count(*) FROM timexes GROUP BY type ORDER BY 2 DESC")
        return {kind: int(n) for kind, n in rows}

    def document_date(self, article_id: str) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT earliest, latest, inferred, evidence FROM document_dates WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        return {"earliest": row[0], "latest": row[1], "inferred": bool(row[2]), **json.loads(row[3])}

    def get_article(self, id_or_prefix: str) -> Article | None:
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM articles WHERE id = ? OR external_id = ? OR id LIKE ? LIMIT 2",
            (id_or_prefix, id_or_prefix, id_or_prefix.replace("%", "") + "%"),
        ).fetchall()
        if len(rows) > 1 and not any(r[0] == id_or_prefix or r[1] == id_or_prefix for r in rows):
            raise UsageError(f"id prefix {id_or_prefix!r} matches several articles: give more characters")
        exact = [r for r in rows if r[0] == id_or_prefix or r[1] == id_or_prefix]
        return _article(exact[0] if exact else rows[0]) if rows else None

    def _where(self, where: ArticleFilter) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if where.source:
            clauses.append("source = ?")
            params.append(where.source)
        if where.language:
            clauses.append("language = ?")
            params.append(where.language)
        if where.canonical_only:
            clauses.append("canonical_id IS NULL")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def list_articles(self, where: ArticleFilter = ALL, limit: int = 50, offset: int = 0) -> list[Article]:
        sql, params = self._where(where)
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM articles{sql} "
            "ORDER BY published IS NULL, published, rowid LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [_article(row) for row in rows]

    def iter_articles(self, where: ArticleFilter = ALL) -> Iterator[Article]:
        sql, params = self._where(where)
        cursor = self.db.cursor()  # a cursor of its own streams rows without loading them all
        for row in cursor.execute(f"SELECT {_COLUMNS} FROM articles{sql} ORDER BY rowid", params):
            yield _article(row)

    def count_articles(self, where: ArticleFilter = ALL) -> int:
        sql, params = self._where(where)
        return int(self.db.execute(f"SELECT count(*) FROM articles{sql}", params).fetchone()[0])

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search (FTS5 syntax: words, "phrases", OR, NOT, prefix*). A query that is not valid
        FTS5 syntax is searched as plain words instead of failing."""
        if not query.strip():
            raise UsageError("empty search query")
        sql = (
            f"SELECT {', '.join('a.' + c.strip() for c in _COLUMNS.split(','))}, "
            "snippet(articles_fts, 1, '[', ']', '…', 16) FROM articles_fts f "
            "JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        try:
            rows = self.db.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError:
            plain = " ".join('"' + word.replace('"', '""') + '"' for word in query.split())
            rows = self.db.execute(sql, (plain, limit)).fetchall()
        return [SearchHit(_article(row[:-1]), row[-1]) for row in rows]

    def integrity_check(self) -> str:
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])

    def close(self) -> None:
        self.db.close()


def _attribution_row(
    article_id: str, idx: int, a: Attribution, report: tuple[str | None, str | None], event: Timex | None
) -> tuple[Any, ...]:
    source = (a.source.start, a.source.end, a.source.text) if a.source else (None, None, None)
    cue = (a.cue.start, a.cue.end, a.cue.text) if a.cue else (None, None, None)
    when = (event.start, event.end, event.value, event.earliest, event.latest) if event else (None,) * 5
    return (
        article_id,
        idx,
        *source,
        a.source_resolved,
        *cue,
        a.content.start,
        a.content.end,
        a.content.text,
    ) + (a.type, a.stance, int(a.hedged), a.relayed_by, a.confidence, *report, *when)


def _stored_attribution(row: tuple[Any, ...]) -> dict[str, Any]:
    """An attribution as `claimtrail extract --json` prints it, from its row (less article_id, idx)."""
    (s0, s1, st, resolved, c0, c1, ct, t0, t1, tt, kind, stance, hedged, relayed, confidence) = row[:15]
    (r0, r1, e0, e1, ev, ee, el) = row[15:]
    return {
        "source": {"start": s0, "end": s1, "text": st} if s0 is not None else None,
        "source_resolved": resolved,
        "cue": {"start": c0, "end": c1, "text": ct} if c0 is not None else None,
        "content": {"start": t0, "end": t1, "text": tt},
        "type": kind,
        "stance": stance,
        "hedged": bool(hedged),
        "relayed_by": relayed,
        "confidence": confidence,
        "report_time": {"earliest": r0, "latest": r1},
        "event_time": {"start": e0, "end": e1, "value": ev, "earliest": ee, "latest": el}
        if e0 is not None
        else None,
    }


def _document_date_row(r: ArticleRecords) -> tuple[Any, ...]:
    d = r.document_date.to_dict()
    evidence = json.dumps({"evidence": d["evidence"], "reasons": d["reasons"]}, ensure_ascii=False)
    return (r.article.id, d["earliest"], d["latest"], int(d["inferred"]), evidence)


def _chunks(values: list[Any], size: int = 5000) -> Iterator[list[Any]]:
    """Slices small enough for SQLite's limit on bound parameters."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _article(row: tuple[Any, ...]) -> Article:
    (
        aid,
        external,
        source,
        url,
        title,
        published,
        precision,
        language,
        text,
        origin,
        ingested,
        canonical,
        sim,
    ) = row
    return Article(
        id=aid,
        external_id=external,
        source=source,
        url=url,
        title=title,
        published=PublishedDate(published, precision),
        language=language,
        text=text,
        origin=origin,
        ingested_at=ingested,
        canonical_id=canonical,
        similarity=sim,
    )
