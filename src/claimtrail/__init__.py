"""claimtrail: news articles in, an evidence-linked record of who claimed what, when, out."""

from claimtrail.model import Article, PublishedDate, Span, Timex

__version__ = "0.1.0"
__all__ = ["Article", "PublishedDate", "Span", "Timex", "__version__"]
