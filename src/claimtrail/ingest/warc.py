"""WARC and WARC.gz archives: HTML response records, as in Common Crawl's CC-NEWS."""

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
        stream = path.open("rb")
    except OSError as exc:
        yield InputError(f"{where}: cannot read file ({exc.strerror})")
        return
    records = 0
    with stream:
        iterator = ArchiveIterator(stream)
        try:
            for record in iterator:
                records += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = (record.http_headers.get_header("Content-Type") or "").lower()
                if not content_type.startswith(_HTML_TYPES):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                here = f"{where}#{iterator.get_record_offset()}"
                status = record.http_headers.get_statuscode()
                if status and not status.startswith("2"):
                    continue
                payload = record.content_stream().read(options.max_article_bytes + 1)
                if len(payload) > options.max_article_bytes:
                    yield InputError(f"{here}: page {url} is over the size limit for one article")
                    continue
                try:
                    yield article_from_html(_decode_payload(payload, content_type, here), here, url=url)
                except InputError as exc:
                    yield exc
        except Exception as exc:  # warcio raises several types for cut or corrupt archives
            yield InputError(
                f"{where}: truncated or corrupt WARC after {records} record(s) "
                f"({type(exc).__name__}: {exc}); the records before it were read"
            )


def _decode_payload(payload: bytes, content_type: str, where: str) -> str:
    if "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";")[0].strip().strip("\"'")
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong header is common: fall back to detection
    return decode(payload, where)
