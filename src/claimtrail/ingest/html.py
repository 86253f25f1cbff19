"""HTML pages: trafilatura finds the title and body, htmldate the publication date."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlparse

import trafilatura

from claimtrail.errors import InputError
from claimtrail.ingest.base import Items, ReadOptions, empty_text, read_file
from claimtrail.ingest.decode import decode
from claimtrail.model import Article, PublishedDate

# htmldate without extensive search: a date guessed from free text is worse than no date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}

# Their parse errors are logged at ERROR; claimtrail reports the page as rejected instead.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def article_from_html(html: str, where: str, url: str = "", source: str = "") -> Article:
    """Extract one article from an HTML page. Raises InputError when the page holds no article text."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lxml's FutureWarnings inside trafilatura are not the user's concern
        doc: Any = trafilatura.bare_extraction(
            html,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=_DATE_PARAMS,
        )
    if isinstance(doc, dict):  # older trafilatura returns a dict
        doc = SimpleNamespace(**doc)
    if doc is None or empty_text(doc.text or ""):
        raise InputError(f"{where}: no article text found in the HTML page")
    try:
        published = PublishedDate.parse(doc.date)
    except ValueError:
        published = PublishedDate()
    page_url = url or doc.url or ""
    return Article(
        text=str(doc.text),
        title=(doc.title or "").strip(),
        source=source or (doc.sitename or "").strip() or (urlparse(page_url).hostname or ""),
        url=page_url,
        published=published,
        origin=where,
    )


def read_html(path: Path, options: ReadOptions) -> Items:
    where = str(path)
    try:
        yield article_from_html(decode(read_file(path, options.max_article_bytes), where), where)
    except InputError as exc:
        yield exc
