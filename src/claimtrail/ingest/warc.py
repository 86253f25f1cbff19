"""WARC and WARC.gz archives: HTML response records, as in Common Crawl's CC-NEWS.

A cut or damaged archive is read up to the damage: every complete record before it is kept, and the
damage is reported once, naming the file and the offset."""

from __future__ import annotations

from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from claimtrail.errors import InputError
from claimtrail.ingest.base import Items, ReadOptions
from claimtrail.ingest.decode import decode
from claimtrail.ingest.html import article_from_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, options: ReadOptions) -> Items:
    where = str(path)
    try:
        size = path.stat().st_size
        stream = path.open("rb")
    except OSError as exc:
        yield InputError(f"{where}: cannot read file ({exc.strerror})")
        return
    records, end = 0, 0
    with stream:
        iterator = ArchiveIterator(stream, check_digests=True)
        try:
            for record in iterator:
                if record.rec_type is None:
                    raise ValueError("unreadable record")
                payload = record.content_stream().read(options.max_article_bytes + 1)
                offset = iterator.get_record_offset()  # only after reading: it skips to the record's end
                end = offset + iterator.get_record_length()
                records += 1
                if _cut_short(record):
                    raise ValueError(f"record at offset {offset} is incomplete")
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = (record.http_headers.get_header("Content-Type") or "").lower()
                status = record.http_headers.get_statuscode() or "200"
                if not content_type.startswith(_HTML_TYPES) or not status.startswith("2"):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                here = f"{where}#{offset}"
                if len(payload) > options.max_article_bytes:
                    yield InputError(f"{here}: page {url} is over the size limit for one article")
                    continue
                try:
                    yield article_from_html(_decode_payload(payload, content_type, here), here, url=url)
                except InputError as exc:
                    yield exc
        except Exception as exc:  # warcio raises several types for cut or corrupt archives
            yield InputError(
                f"{where}: truncated or corrupt WARC after {records} complete record(s) "
                f"({type(exc).__name__}: {exc}); the records before it were read"
            )
            return
    if size - end > 4:  # warcio stops quietly at some cuts: bytes left over mean a lost record
        yield InputError(
            f"{where}: truncated or corrupt WARC: {size - end:,} bytes after the last complete record "
            f"(offset {end:,}) could not be read; the {records} record(s) before it were read"
        )


def _cut_short(record: object) -> bool:
    """True when the record declares a digest that could not be checked: its block ends early."""
    checker = getattr(record, "digest_checker", None)
    headers = getattr(record, "rec_headers", None)
    declared = headers is not None and (
        headers.get_header("WARC-Block-Digest") or headers.get_header("WARC-Payload-Digest")
    )
    return bool(declared) and checker is not None and checker.passed is not True


def _decode_payload(payload: bytes, content_type: str, where: str) -> str:
    if "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";")[0].strip().strip("\"'")
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong header is common: fall back to detection
    return decode(payload, where)
