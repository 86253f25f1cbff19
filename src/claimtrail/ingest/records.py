"""JSONL and CSV: one article per record, with a field mapping whose defaults accept common names."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from claimtrail.errors import InputError
from claimtrail.ingest.base import Items, ReadOptions, empty_text
from claimtrail.ingest.decode import decoded_lines
from claimtrail.model import Article, PublishedDate

# Article attribute -> record field names tried in order. `--field text=body_html` replaces a row.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "guid", "article_id", "doc_id"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "article", "maintext"),
    "date": ("date", "published", "published_at", "publish_date", "pubdate", "date_publish", "datetime"),
    "source": ("source", "outlet", "publisher", "source_domain", "site", "sitename"),
    "url": ("url", "link", "uri"),
    "language": ("language", "lang"),
}


def field_names(overrides: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """The mapping in force: defaults, with each user override standing alone for its attribute."""
    unknown = set(overrides) - set(DEFAULT_FIELDS)
    if unknown:
        raise ValueError(f"unknown field(s) {sorted(unknown)}: choose from {sorted(DEFAULT_FIELDS)}")
    return {key: (overrides[key],) if key in overrides else names for key, names in DEFAULT_FIELDS.items()}


def _pick(record: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def record_to_article(record: Mapping[str, Any], fields: dict[str, tuple[str, ...]], where: str) -> Article:
    """Build an Article from one record. The text is kept verbatim: annotation offsets point into it."""
    text = _pick(record, fields["text"])
    if not isinstance(text, str) or empty_text(text):
        raise InputError(f"{where}: no article text (looked for field {' / '.join(fields['text'])})")
    raw_date = _pick(record, fields["date"])
    try:
        published = PublishedDate.parse(None if raw_date is None else str(raw_date))
    except ValueError as exc:
        raise InputError(f"{where}: bad date in field {'/'.join(fields['date'])}: {exc}") from exc
    source = _pick(record, fields["source"])
    if isinstance(source, Mapping):  # e.g. {"name": "..."} in some news APIs
        source = source.get("name") or source.get("title")
    external = _pick(record, fields["id"])
    return Article(
        text=text,
        title=str(_pick(record, fields["title"]) or "").strip(),
        source=str(source or "").strip(),
        url=str(_pick(record, fields["url"]) or "").strip(),
        published=published,
        language=str(_pick(record, fields["language"]) or "").strip().lower()[:2],
        external_id="" if external is None else str(external),
        origin=where,
    )


def read_jsonl(path: Path, options: ReadOptions) -> Items:
    fields = field_names(options.fields)
    with _open(path) as stream:
        try:
            lines = decoded_lines(stream, str(path), options.max_article_bytes)
            for lineno, line in lines:
                where = f"{path}:{lineno}"
                if isinstance(line, InputError):
                    yield line
                    continue
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield InputError(f"{where}: broken JSON ({exc.msg} at column {exc.colno})")
                    continue
                if not isinstance(record, dict):
                    yield InputError(f"{where}: expected a JSON object, got {type(record).__name__}")
                    continue
                yield _article_or_error(record, fields, where)
        except InputError as exc:
            yield exc


def read_csv(path: Path, options: ReadOptions) -> Items:
    fields = field_names(options.fields)
    csv.field_size_limit(max(options.max_article_bytes, 131072))
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    with _open(path) as stream:
        try:
            numbered = _LineCounter(decoded_lines(stream, str(path), options.max_article_bytes))
            reader = csv.reader(numbered, delimiter=delimiter)
            header = next(reader, None)
            if header is None:
                yield InputError(f"{path}: empty CSV file")
                return
            header = [h.strip().lstrip("\ufeff") for h in header]
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    yield InputError(f"{path}:{numbered.lineno}: broken CSV ({exc})")
                    continue
                where = f"{path}:{numbered.lineno}"
                if numbered.error is not None:
                    yield numbered.error
                    numbered.error = None
                    continue
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) != len(header):
                    yield InputError(f"{where}: {len(row)} fields, but the header has {len(header)}")
                    continue
                yield _article_or_error(dict(zip(header, row, strict=True)), fields, where)
        except InputError as exc:
            yield exc


def _article_or_error(
    record: Mapping[str, Any], fields: dict[str, tuple[str, ...]], where: str
) -> Article | InputError:
    try:
        return record_to_article(record, fields, where)
    except InputError as exc:
        return exc


class _LineCounter:
    """Feeds decoded lines to csv.reader and remembers the last line number and any decode error."""

    def __init__(self, lines: Iterable[tuple[int, str | InputError]]) -> None:
        self._lines: Iterator[tuple[int, str | InputError]] = iter(lines)
        self.lineno = 0
        self.error: InputError | None = None

    def __iter__(self) -> _LineCounter:
        return self

    def __next__(self) -> str:
        self.lineno, line = next(self._lines)
        if isinstance(line, InputError):
            self.error = line
            return "\n"
        return line


def _open(path: Path) -> Any:
    if path.suffix == ".gz":
        import gzip

        return gzip.open(path, "rb")
    return path.open("rb")
