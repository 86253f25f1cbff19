"""Exports of stored articles: JSON Lines, CSV and Parquet, streamed in rows."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import IO, Any

from claimtrail.errors import UsageError
from claimtrail.model import Article

EXPORT_FORMATS = ("jsonl", "csv", "parquet")
FIELDS = (
    "id",
    "external_id",
    "title",
    "source",
    "url",
    "published",
    "published_precision",
    "language",
    "text",
    "origin",
    "ingested_at",
    "canonical_id",
    "similarity",
)


def records(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
    for article in articles:
        record = article.to_record()
        yield {name: record[name] for name in FIELDS}


def export(articles: Iterable[Article], fmt: str, out: IO[bytes]) -> int:
    """Write `articles` to the binary stream `out` in `fmt`; returns the number written."""
    if fmt == "jsonl":
        return _write_text(out, lambda text: _jsonl(articles, text))
    if fmt == "csv":
        return _write_text(out, lambda text: _csv(articles, text))
    if fmt == "parquet":
        return _parquet(articles, out)
    raise UsageError(f"unknown export format {fmt!r}: choose one of {', '.join(EXPORT_FORMATS)}")


def _write_text(out: IO[bytes], writer: Any) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        return int(writer(text))
    finally:
        text.detach()  # leave `out` open for the caller


def _jsonl(articles: Iterable[Article], text: IO[str]) -> int:
    count = 0
    for record in records(articles):
        text.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _csv(articles: Iterable[Article], text: IO[str]) -> int:
    writer = csv.DictWriter(text, fieldnames=FIELDS)
    writer.writeheader()
    count = 0
    for record in records(articles):
        writer.writerow(record)
        count += 1
    return count


def _parquet(articles: Iterable[Article], out: IO[bytes]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, pa.float64() if name == "similarity" else pa.string()) for name in FIELDS])
    rows = records(articles)
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        while chunk := list(islice(rows, 1000)):
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            count += len(chunk)
    return count
