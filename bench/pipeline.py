"""Speed of the NLP backbone and of the extractors on the same news articles, and their ratio.

    .venv/bin/python bench/pipeline.py [--limit 300] [--pipeline default] [--workers 1]

Texts: the first --limit articles of ../shared/data/dutch_text/leestmeer_news (real news, read in place,
never copied) when present, else the invented Dutch articles in the repo (eval/data/*.jsonl, sample).
Measures, on one process (run it with OMP_NUM_THREADS=1 for a per-core figure):
- NLP: the pipeline's `parse` over the texts as a stream — words/s, and with --workers N in all;
- extraction: `process_article` (time expressions, attributions, entities) per article, after the
  knowledge base is loaded;
- the extraction time as a share of the NLP time for the same articles (issue 4 asks <= 25%).
Prints a table and one JSON object as the last line; peak RSS of this process in MB.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from rich.progress import track

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared/data/dutch_text" / "leestmeer_news_2012_2019" / "leestmeer_nl_news.jsonl.gz"
LOCAL = [
    ROOT / "eval" / "data" / "attributions_holdout.jsonl",
    ROOT / "eval" / "data" / "attributions_dev.jsonl",
    ROOT / "src" / "claimtrail" / "data" / "sample" / "articles.jsonl",
]


def texts() -> Iterator[str]:
    if NEWS.exists():
        with gzip.open(NEWS, "rt", encoding="utf-8") as lines:
            for line in lines:
                text = json.loads(line).get("text") or ""
                if len(text.split()) >= 150:  # articles, not RSS one-liners
                    yield text
    else:
        for path in LOCAL:
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                if record.get("language", "nl") == "nl":
                    yield record["text"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--pipeline", default="default")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()

    from claimtrail.link.entities import Linker
    from claimtrail.model import Article, PublishedDate
    from claimtrail.nlp import get_backend
    from claimtrail.process import process_article

    batch = list(islice(texts(), args.limit))
    words = sum(len(t.split()) for t in batch)
    backend = get_backend(args.pipeline, "nl")
    list(backend.parse(batch[:5]))  # load and warm up
    start = time.perf_counter()
    for _ in track(backend.parse(batch, workers=args.workers), total=len(batch), description="parsing"):
        pass
    nlp_seconds = time.perf_counter() - start

    linker = Linker()
    articles = [Article(text=t, language="nl", published=PublishedDate.parse("2019-06-01")) for t in batch]
    process_article(articles[0], linker)  # the knowledge base is loaded here, once per run
    start = time.perf_counter()
    for article in track(articles, description="extracting"):
        process_article(article, linker)
    extract_seconds = time.perf_counter() - start

    result = {
        "articles": len(batch),
        "words": words,
        "source": "leestmeer_news" if NEWS.exists() else "repo invented articles",
        "pipeline": backend.name,
        "workers": args.workers,
        "nlp_words_per_second": round(words / nlp_seconds),
        "nlp_ms_per_article": round(1000 * nlp_seconds / len(batch), 1),
        "extract_ms_per_article": round(1000 * extract_seconds / len(batch), 1),
        "extract_share_of_nlp": round(extract_seconds / nlp_seconds, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    for key, value in result.items():
        print(f"{key:24} {value}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
