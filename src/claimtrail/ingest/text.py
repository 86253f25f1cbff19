"""Plain-text articles: the seed format, where the file starts with ' date YYYY-MM[-DD] ' and the
article text follows on the same line. A file without that header is an article of unknown date."""

from __future__ import annotations

import re

from claimtrail.model import PublishedDate

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
