"""Plain-text articles: the seed format, where the file starts with ' date YYYY-MM[-DD] ' and the
article text follows on the same line. A file without that header is an article of unknown date."""

from __future__ import annotations

import re
from pathlib import Path

from claimtrail.errors import InputError
from claimtrail.ingest.base import Items, ReadOptions, empty_text, read_file
from claimtrail.ingest.decode import decode
from claimtrail.model import Article, PublishedDate

HEADER = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(\d{4}-\d{1,2}(?:-\d{1,2})?)(?=\s)")


def split_header(content: str) -> tuple[PublishedDate, str]:
    """Split a seed-format file into its date and the article text (surrounding whitespace removed).

    Annotation offsets everywhere in claimtrail count from the start of the returned text.
    Raises ValueError when the header holds an impossible date such as 2023-13.
    """
    m = HEADER.match(content)
    if not m:
        return PublishedDate(), content.lstrip("\ufeff").strip()
    return PublishedDate.parse(m.group(1)), content[m.end() :].strip()


_TITLE_MAX = 160


def guess_title(text: str) -> str:
    """The first line when it reads like a headline: short, followed by more text, no final full stop."""
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if sep and rest.strip() and 0 < len(first) <= _TITLE_MAX and not first.endswith((".", ",", ";")):
        return first
    return ""


def read_text_file(path: Path, options: ReadOptions) -> Items:
    """One article per file."""
    where = str(path)
    try:
        content = decode(read_file(path, options.max_article_bytes), where)
        published, text = split_header(content)
    except InputError as exc:
        yield exc
        return
    except ValueError as exc:
        yield InputError(f"{where}: bad date header ({exc})")
        return
    if empty_text(text):
        yield InputError(f"{where}: empty article (no text after the date header)")
        return
    yield Article(text=text, title=guess_title(text), published=published, origin=where)
