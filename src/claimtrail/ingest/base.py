"""What every reader yields: an Article, or an InputError that names the file/record and the reason."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from claimtrail import settings
from claimtrail.errors import InputError
from claimtrail.model import Article

Item = Article | InputError
Items = Iterator[Item]


@dataclass(frozen=True)
class ReadOptions:
    """How readers read: size limits, and for JSONL/CSV which record field holds what."""

    fields: dict[str, str] = field(default_factory=dict)
    max_article_bytes: int = 0
    max_feed_bytes: int = 0

    def __post_init__(self) -> None:
        if not self.max_article_bytes:
            object.__setattr__(self, "max_article_bytes", int(settings.get_float("max_article_mb") * 1e6))
        if not self.max_feed_bytes:
            object.__setattr__(self, "max_feed_bytes", int(settings.get_float("max_feed_mb") * 1e6))


def empty_text(text: str) -> bool:
    return not text or text.isspace()


def read_file(
    path: Path, limit: int, what: str = "one article", setting: str = "CLAIMTRAIL_MAX_ARTICLE_MB"
) -> bytes:
    """The bytes of a file read whole, or an InputError naming it: unreadable, or over `limit` bytes
    (refused by its size, without reading it)."""
    try:
        with path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > limit:
                raise InputError(
                    f"{path}: file is {size / 1e6:,.0f} MB, over the {limit / 1e6:g} MB limit for {what} "
                    f"(raise {setting} if it is real)"
                )
            return stream.read()
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror})") from exc
