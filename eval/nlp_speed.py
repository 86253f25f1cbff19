"""Throughput and memory of an NLP backend on news text: words per second per worker and peak RSS.

    .venv/bin/python eval/nlp_speed.py ARTICLES.jsonl[.gz] --pipeline PATH [--limit 200] [--workers 1]

Reads the `text` field of each JSON line (or each line of a plain .txt file), parses the texts as a
stream and prints one JSON object as the last line: {"words", "seconds", "words_per_second",
"words_per_second_per_worker", "peak_rss_mb"} (peak RSS of this process and, with --workers, the
largest worker). The texts are read, never copied anywhere.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import time
from collections.abc import Iterator
from itertools import islice

from claimtrail.nlp import get_backend


def texts(path: str) -> Iterator[str]:
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            jsonl = path.removesuffix(".gz").endswith(".jsonl")
            text = (json.loads(line).get("text") or "") if jsonl else line
            if text.strip():
                yield text


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path")
    parser.add_argument("--pipeline", default="default")
    parser.add_argument("--language", default="nl")
    parser.add_argument("--limit", type=int, default=200, help="texts to parse")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    options = parser.parse_args()

    backend = get_backend(options.pipeline, options.language)
    words = 0
    started = time.perf_counter()
    for doc in backend.parse(islice(texts(options.path), options.limit), options.batch_size, options.workers):
        words += sum(1 for t in doc.tokens if t.upos != "PUNCT" and any(c.isalnum() for c in t.text))
    seconds = time.perf_counter() - started
    backend.close()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{backend.name}: {words:,} words in {seconds:.1f} s")
    print(
        json.dumps(
            {
                "words": words,
                "seconds": round(seconds, 2),
                "words_per_second": round(words / seconds, 1),
                "words_per_second_per_worker": round(words / seconds / options.workers, 1),
                "peak_rss_mb": round(max(own, children)),
            }
        )
    )


if __name__ == "__main__":
    main()
