"""Bytes to text: encoding detection and refusal of binary data, with reasons a user can read."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import BinaryIO

from charset_normalizer import from_bytes

from claimtrail.errors import InputError

SNIFF_BYTES = 64 * 1024
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)


def looks_binary(sample: bytes) -> bool:
    """True for data that is not text in any encoding: NUL bytes or many control characters."""
    if not sample:
        return False
    if b"\x00" in sample and not _is_utf16(sample):
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))  # what is left after deleting the rest
    return controls / len(sample) > 0.05


def _is_utf16(sample: bytes) -> bool:
    return sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def detect_encoding(sample: bytes, where: str) -> str:
    """Name of the encoding of `sample` (the start of a file). UTF-8 is tried first, since a
    statistical guess is only needed when that fails. Raises InputError for binary data or text
    whose encoding cannot be told."""
    if looks_binary(sample):
        raise InputError(f"{where}: binary data, not text (is this the right file?)")
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if _is_utf16(sample):
        return "utf-16"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # A sample cut inside a multi-byte character is still UTF-8.
        if exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    matches = list(from_bytes(sample))
    if not matches:
        raise InputError(f"{where}: unknown text encoding (convert the file to UTF-8)")
    # Among equally clean readings, prefer Windows-1252, by far the most common legacy encoding of
    # Dutch and English news (a few accented letters cannot tell it from cp1250 or cp775).
    least_chaos = min(m.chaos for m in matches)
    clean = [m.encoding for m in matches if m.chaos <= least_chaos + 0.01]
    return "cp1252" if "cp1252" in clean else str(matches[0].encoding)


def decode(data: bytes, where: str) -> str:
    """Decode a whole document, detecting its encoding (UTF-8, the common case, in one pass)."""
    if not looks_binary(data[:SNIFF_BYTES]) and not _is_utf16(data):
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    encoding = detect_encoding(data[:SNIFF_BYTES], where)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where}: bytes at offset {exc.start} are not valid {encoding} (convert the file to UTF-8)"
        ) from exc


def decoded_lines(
    stream: BinaryIO, where: str, max_line_bytes: int
) -> Iterator[tuple[int, str | InputError]]:
    """Stream (line number, text) from a binary file, one line at a time, so memory stays flat.

    A line that is too long or does not decode comes as (line number, InputError) and the stream
    goes on with the next line: one bad record never ends the file. Binary data or an unknown
    encoding raises InputError at once, since then no line can be trusted.
    """
    sample = stream.read(SNIFF_BYTES)
    encoding = detect_encoding(sample, where)
    if encoding == "utf-16":  # rare enough that reading it whole is fine
        text = (sample + stream.read()).decode("utf-16")
        yield from enumerate(text.splitlines(keepends=True), start=1)
        return
    stream.seek(0)
    lineno = 0
    while True:
        raw = stream.readline(max_line_bytes + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > max_line_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the oversized line
                raw = stream.readline(1_000_000)
            yield (
                lineno,
                InputError(
                    f"{where}:{lineno}: line longer than {max_line_bytes / 1e6:g} MB "
                    "(raise CLAIMTRAIL_MAX_ARTICLE_MB if this is one real article)"
                ),
            )
            continue
        try:
            yield lineno, raw.decode(encoding)
        except UnicodeDecodeError as exc:
            yield lineno, InputError(f"{where}:{lineno}: bytes not valid {encoding} ({exc.reason})")
