"""RSS and Atom feeds: entries with their full content, or links to HTML pages stored beside the feed.

claimtrail never fetches from the network: an entry with only a short summary and a remote link is
rejected with that reason, so the user can fetch the pages (e.g. into a WARC) and ingest those.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import feedparser
import lxml.html

from claimtrail.errors import InputError
from claimtrail.ingest.base import Items, ReadOptions, empty_text, read_file
from claimtrail.ingest.decode import decode
from claimtrail.ingest.html import article_from_html
from claimtrail.model import Article, PublishedDate

# A summary at least this long (in characters of text) is taken as the full article.
FULL_SUMMARY_CHARS = 600
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section", "article", "tr"}


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one blank line between blocks."""
    if "<" not in fragment:
        return fragment.strip()
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for junk in root.xpath(".//script|.//style"):
        junk.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter(*_BLOCKS):
        block.tail = "\n\n" + (block.tail or "")
    text = root.text_content()
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _entry_date(entry: Any) -> PublishedDate:
    stamp: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    if stamp is None:
        return PublishedDate()
    return PublishedDate(dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday).isoformat(), "day")


def _local_page(link: str, feed_path: Path) -> Path | None:
    """The local file a link points to (relative path or file: URL), if it exists."""
    if not link:
        return None
    parsed = urlparse(link)
    if parsed.scheme in ("http", "https") or (parsed.scheme and parsed.scheme != "file"):
        return None
    local = parsed.path
    if parsed.scheme == "file" and parsed.netloc not in ("", "localhost"):
        local = f"/{parsed.netloc}{parsed.path}"  # feedparser turns file:///a/b into file://a/b
    candidate = Path(unquote(local))
    if not candidate.is_absolute():
        candidate = feed_path.parent / candidate
    return candidate if candidate.is_file() else None


def read_feed(path: Path, options: ReadOptions) -> Items:
    where = str(path)
    try:
        data = read_file(path, options.max_feed_bytes, "a feed", "CLAIMTRAIL_MAX_FEED_MB")
    except InputError as exc:
        yield exc
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = (
            f"not a readable RSS/Atom feed ({feed.bozo_exception})" if feed.bozo else "feed has no entries"
        )
        yield InputError(f"{where}: {reason}")
        return
    outlet = str(feed.feed.get("title", "")).strip()
    for number, entry in enumerate(feed.entries, start=1):
        yield _entry_article(entry, number, path, outlet, options)


def _entry_article(
    entry: Any, number: int, path: Path, outlet: str, options: ReadOptions
) -> Article | InputError:
    where = f"{path}#entry-{number}"
    link = str(entry.get("link", ""))
    title = fragment_text(str(entry.get("title", "")))
    contents = [c.get("value", "") for c in entry.get("content", [])]
    body = fragment_text(max(contents, key=len)) if contents else ""
    summary = fragment_text(str(entry.get("summary", "")))
    if empty_text(body) and len(summary) >= FULL_SUMMARY_CHARS:
        body = summary
    try:
        if empty_text(body):
            page = _local_page(link, path)
            if page is None:
                return InputError(
                    f"{where}: entry has no full content and its link {link or '(none)'} is not a local file "
                    "(claimtrail does not fetch pages: save them next to the feed or in a WARC)"
                )
            html = decode(read_file(page, options.max_article_bytes), str(page))
            article = article_from_html(html, f"{where} ({page})", source=outlet)
            article.title = title or article.title
            article.url = link
            entry_date = _entry_date(entry)
            if entry_date.precision != "unknown":
                article.published = entry_date
            return article
    except InputError as exc:
        return exc
    return Article(
        text=body, title=title, source=outlet, url=link, published=_entry_date(entry), origin=where
    )
