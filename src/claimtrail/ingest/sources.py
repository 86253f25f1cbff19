"""Which reader reads which file: by the `--format` asked for, else by extension, else by content."""

from __future__ import annotations

import gzip
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from claimtrail.errors import InputError, UsageError
from claimtrail.ingest.base import Items, ReadOptions
from claimtrail.ingest.feeds import read_feed
from claimtrail.ingest.html import read_html
from claimtrail.ingest.records import read_csv, read_jsonl
from claimtrail.ingest.text import read_text_file
from claimtrail.ingest.warc import read_warc

Reader = Callable[[Path, ReadOptions], Items]

READERS: dict[str, Reader] = {
    "text": read_text_file,
    "jsonl": read_jsonl,
    "csv": read_csv,
    "html": read_html,
    "rss": read_feed,
    "warc": read_warc,
}
FORMATS = ("auto", *READERS)

_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "rss",
    ".atom": "rss",
    ".warc": "warc",
    ".arc": "warc",
}


def detect_format(path: Path) -> str:
    """Guess the format of one file from its name, then from its first bytes."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes[-2:] in ([".warc", ".gz"], [".arc", ".gz"]):
        return "warc"
    if suffixes and suffixes[-1] == ".gz" and len(suffixes) >= 2 and suffixes[-2] in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffixes and suffixes[-1] in _BY_SUFFIX and suffixes[-1] != ".xml":
        return _BY_SUFFIX[suffixes[-1]]
    return sniff_format(path)


def sniff_format(path: Path) -> str:
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
        if head.startswith(b"\x1f\x8b"):
            with gzip.open(path, "rb") as stream:
                head = stream.read(4096)
            if head.startswith(b"WARC/"):
                return "warc"
            return "jsonl" if head.lstrip().startswith(b"{") else "text"
    except (OSError, EOFError):
        return "text"  # the text reader reports the problem with the file's name
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith(b"warc/"):
        return "warc"
    if lowered.startswith(b"{"):
        return "jsonl"
    if b"<rss" in lowered or b"<feed" in lowered or b"<rdf:rdf" in lowered:
        return "rss"
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:1024]:
        return "html"
    return "text"


def in_folder_walk(name: str) -> bool:
    """Whether a file found inside a folder is read: files of the known article formats (and files
    without extension), but not hidden files, documentation such as README.md or other files."""
    if name.startswith("."):
        return False
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        return not name.upper().startswith(("README", "LICENSE", "LICENCE"))
    suffix = "." + suffix.lower()
    return suffix in _BY_SUFFIX or suffix in (".xml", ".gz")


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Each file named, and every article file under each folder named (sorted; hidden files and
    files of other kinds, such as README.md, skipped). A file named explicitly is always read."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for folder, subfolders, names in os.walk(path):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                for name in sorted(names):
                    if in_folder_walk(name):
                        yield Path(folder, name)
        elif path.is_file():
            yield path
        elif path.exists():
            yield InputError(f"{path}: not a regular file")
        else:
            yield InputError(f"{path}: no such file or folder")


def read_paths(paths: Iterable[str | Path], fmt: str = "auto", options: ReadOptions | None = None) -> Items:
    """Every article (or rejection) in the given files and folders, streamed."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    options = options or ReadOptions()
    for path in expand_paths(paths):
        if isinstance(path, InputError):
            yield path
            continue
        yield from READERS[detect_format(path) if fmt == "auto" else fmt](path, options)
