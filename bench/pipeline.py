"""Speed of the NLP backbone and of the extractors on the same news articles, and their ratio.

    .venv/bin/python bench/pipeline.py [--limit 300] [--pipeline default] [--workers 1] [--stages]

Texts: the first --limit articles of ../shared/data/dutch_text/leestmeer_news (real news, read in place,
never copied) when present, else the invented Dutch articles in the repo (eval/data/*.jsonl, sample).
Measures, on one process (run it with OMP_NUM_THREADS=1 for a per-core figure):
- NLP: the pipeline's `parse` over the texts as a stream — words/s, and with --workers N in all;
- extraction: `process_article` (time expressions, attributions, entities) per article, after the
  knowledge base is loaded;
- the extraction time as a share of the NLP time for the same articles (issue 4 asks <= 25%);
- with --stages, each extraction step on its own (a second pass, so the caches are warm), and the attribution
  step's own share of the NLP time (issue 4's extractor alone, without dates and entities);
- with --warm N, both after a first run over N other articles of the stream (the steady state of a long
  run: the pipeline's vocabulary and the extractors' caches filled).
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
from typing import Any

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


def stage_times(articles: list[Any], linker: Any) -> dict[str, float]:
    """Seconds each step of `process_article` takes over `articles`, the steps run as it runs them."""
    from claimtrail.extract.attributions import find_attributions
    from claimtrail.extract.timex import find_timexes, refine_publication_date
    from claimtrail.link.entities import resolve_sources

    seconds = dict.fromkeys(("timexes", "attributions", "entities", "sources"), 0.0)
    for article in track(articles, description="timing steps"):
        start = time.perf_counter()
        first = find_timexes(article.text, article.published, "nl")
        date = refine_publication_date(article.text, article.published, first, "nl")
        if date.inferred:
            find_timexes(article.text, date, "nl")
        middle = time.perf_counter()
        attributions = find_attributions(article.text, "nl")
        after_attributions = time.perf_counter()
        entities = linker.link(article.text, "nl", attributions, article.published.value)
        after_entities = time.perf_counter()
        resolve_sources(article.text, attributions, entities, "nl", linker.kb)
        end = time.perf_counter()
        seconds["timexes"] += middle - start
        seconds["attributions"] += after_attributions - middle
        seconds["entities"] += after_entities - after_attributions
        seconds["sources"] += end - after_entities
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--pipeline", default="default")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--warm", type=int, default=0, help="first run both over N other articles")
    parser.add_argument(
        "--stages", action="store_true", help="also time extraction's steps one by one (a second, warm pass)"
    )
    args = parser.parse_args()

    from claimtrail.link.entities import Linker
    from claimtrail.model import Article, PublishedDate
    from claimtrail.nlp import get_backend
    from claimtrail.process import process_article

    stream = texts()
    batch = list(islice(stream, args.limit))
    warm = list(islice(stream, args.warm))
    words = sum(len(t.split()) for t in batch)
    backend = get_backend(args.pipeline, "nl")
    list(backend.parse(batch[:5]))  # load and warm up
    for _ in track(backend.parse(warm), total=len(warm), description="warming the pipeline"):
        pass
    start = time.perf_counter()
    for _ in track(backend.parse(batch, workers=args.workers), total=len(batch), description="parsing"):
        pass
    nlp_seconds = time.perf_counter() - start

    linker = Linker()
    articles = [Article(text=t, language="nl", published=PublishedDate.parse("2019-06-01")) for t in batch]
    process_article(articles[0], linker)  # the knowledge base is loaded here, once per run
    published = PublishedDate.parse("2019-06-01")
    for text in track(warm, description="warming the extractors"):
        process_article(Article(text=text, language="nl", published=published), linker)
    start = time.perf_counter()
    for article in track(articles, description="extracting"):
        process_article(article, linker)
    extract_seconds = time.perf_counter() - start

    stages = stage_times(articles, linker) if args.stages else {}
    result = {
        "articles": len(batch),
        "words": words,
        "source": "leestmeer_news" if NEWS.exists() else "repo invented articles",
        "pipeline": backend.name,
        "workers": args.workers,
        "warm": len(warm),
        "nlp_words_per_second": round(words / nlp_seconds),
        "nlp_ms_per_article": round(1000 * nlp_seconds / len(batch), 1),
        "extract_ms_per_article": round(1000 * extract_seconds / len(batch), 1),
        "extract_share_of_nlp": round(extract_seconds / nlp_seconds, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        **{f"{name}_ms_per_article": round(1000 * sec / len(batch), 2) for name, sec in stages.items()},
    }
    if stages:
        result["attributions_share_of_nlp"] = round(stages["attributions"] / nlp_seconds, 3)
    for key, value in result.items():
        print(f"{key:24} {value}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
