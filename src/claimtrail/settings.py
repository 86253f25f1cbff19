"""One table of settings: name, default, environment variable, help. The CLI and the docs read it."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    env: str
    help: str


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in [
        Setting(
            "db", "claimtrail.db", "CLAIMTRAIL_DB", "database: a SQLite file path (default ./claimtrail.db)"
        ),
        Setting(
            "max_article_mb",
            "10",
            "CLAIMTRAIL_MAX_ARTICLE_MB",
            "largest single article (text/HTML file, JSONL line, CSV row) in MB; larger input is rejected",
        ),
        Setting(
            "max_feed_mb",
            "200",
            "CLAIMTRAIL_MAX_FEED_MB",
            "largest RSS/Atom file in MB (feeds are parsed whole; JSONL, CSV and WARC stream)",
        ),
        Setting(
            "near_duplicate_threshold",
            "0.6",
            "CLAIMTRAIL_NEAR_DUPLICATE_THRESHOLD",
            "estimated Jaccard similarity of word 4-gram sets from which an article is linked as a "
            "near-duplicate",
        ),
        Setting("batch_size", "500", "CLAIMTRAIL_BATCH_SIZE", "articles written per database transaction"),
    ]
}


def get(name: str) -> str:
    """The value of a setting: its environment variable when set, else its default."""
    setting = SETTINGS[name]
    return os.environ.get(setting.env, setting.default)


def get_float(name: str) -> float:
    return float(get(name))


def get_int(name: str) -> int:
    return int(get(name))
