"""Static Dutch word vectors for the default pipeline, trained on ../shared/data/dutch_text.

    .venv/bin/python recipes/vectors.py            # tokenise, train fastText skip-gram, export for spaCy

The text (news 2012-2019 for internal training use, Eindhoven corpus and a Wikipedia selection) is read
from the shared folder and never copied into the repo; only the vectors of the most frequent words are
kept (`--rows`). Output: build/model/vectors/nl_vectors (a spaCy vectors folder for `[paths.vectors]`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def paragraphs(data: Path) -> Iterator[str]:
    news = data / "dutch_text" / "leestmeer_news_2012_2019" / "leestmeer_nl_news.jsonl.gz"
    with gzip.open(news, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            yield from (p for p in (record.get("title", ""), *record.get("text", "").splitlines()) if p)
    for path in sorted((data / "dutch_text" / "alpino_suites_eindhoven_wiki").glob("*.txt")):
        with path.open(encoding="utf-8", errors="replace") as lines:
            yield from (line.strip() for line in lines if line.strip())


def tokenise(data: Path, target: Path) -> None:
    """One paragraph per line, tokens as spaCy's Dutch tokenizer splits them (so the keys match)."""
    import spacy

    tokenizer = spacy.blank("nl").tokenizer
    partial = target.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as out:
        for count, doc in enumerate(tokenizer.pipe(paragraphs(data), batch_size=2000), 1):
            out.write(" ".join(t.text for t in doc if not t.is_space) + "\n")
            if count % 200_000 == 0:
                print(f"  {count:,} paragraphs", flush=True)
    partial.rename(target)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "model" / "vectors")
    parser.add_argument("--dim", type=int, default=96)
    parser.add_argument("--rows", type=int, default=40_000, help="keep the N most frequent words")
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--threads", type=int, default=1)
    options = parser.parse_args()
    options.work.mkdir(parents=True, exist_ok=True)

    corpus = options.work / "corpus.txt"
    if not corpus.exists():
        print(f"tokenising {options.data / 'dutch_text'}", flush=True)
        tokenise(options.data, corpus)
    text_vectors = options.work / "vectors.txt"
    if not text_vectors.exists():
        import fasttext

        print("training fastText skip-gram", flush=True)
        model = fasttext.train_unsupervised(
            str(corpus), model="skipgram", dim=options.dim, epoch=options.epochs, minCount=5,
            thread=options.threads, verbose=1,
        )  # fmt: skip
        words = model.get_words()[: options.rows]  # sorted by frequency
        with text_vectors.open("w", encoding="utf-8") as out:
            out.write(f"{len(words)} {options.dim}\n")
            for word in words:
                out.write(word + " " + " ".join(f"{x:.5f}" for x in model.get_word_vector(word)) + "\n")
    output = options.work / "nl_vectors"
    if not output.exists():
        subprocess.run(
            [sys.executable, "-m", "spacy", "init", "vectors", "nl", str(text_vectors), str(output)],
            check=True,
        )
    print(f"vectors ready: {output}")


if __name__ == "__main__":
    main()
