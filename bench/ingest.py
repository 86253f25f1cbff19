"""Ingest throughput and memory on a generated corpus (text files and JSONL), dedup and storage included.

    python bench/ingest.py                              # 5,000 and 20,000 articles, JSONL and text files
    python bench/ingest.py --sizes 5000,20000,80000 --update-docs   # and write the table into docs/

Each measurement runs in a fresh process on one core (the ingest is single-threaded), so its peak RSS is
its own. The corpus is generated from word-bigram models of claimtrail's own sample articles (85% Dutch, 15%
English, 250-450 words each), with 3% exact duplicates and 3% lightly edited copies, so dedup does
real work.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
DOCS = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- bench/ingest.py:begin -->", "<!-- bench/ingest.py:end -->"


def bigram_models() -> dict[str, dict[str, list[str]]]:
    """Word-bigram models of the Dutch and of the English sample articles."""
    from claimtrail.demo import sample_dir
    from claimtrail.ingest.language import detect_language

    models: dict[str, dict[str, list[str]]] = {"nl": defaultdict(list), "en": defaultdict(list)}
    for line in (sample_dir() / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        words = text.split()
        for a, b in zip(words, words[1:], strict=False):
            models[detect_language(text)][a].append(b)
    return models


def generate(n: int, seed: int = 7) -> list[dict[str, str]]:
    rng = random.Random(seed)
    models = bigram_models()
    articles: list[dict[str, str]] = []
    for i in range(n):
        roll = rng.random()
        if articles and roll < 0.03:  # exact duplicate
            text = rng.choice(articles)["text"]
        elif articles and roll < 0.06:  # syndicated copy: one sentence more, a word changed
            text = rng.choice(articles)["text"].replace(" de ", " die ", 1) + " Dit bericht is aangevuld."
        else:  # 85% Dutch, 15% English, as in a Dutch-first news stream
            model = models["nl" if rng.random() < 0.85 else "en"]
            starts = [w for w in model if w[:1].isupper()]
            word, out = rng.choice(starts), []
            for _ in range(rng.randint(250, 450)):
                out.append(word)
                word = rng.choice(model.get(word) or starts)
            text = " ".join(out)
        day = 1 + i % 28
        articles.append(
            {"id": f"gen-{i}", "date": f"2025-03-{day:02d}", "source": f"Krant {i % 7}", "text": text}
        )
    return articles


def write_corpus(n: int) -> tuple[Path, Path]:
    jsonl, folder = OUT / f"corpus-{n}.jsonl", OUT / f"corpus-{n}-txt"
    if jsonl.exists() and folder.exists():
        return jsonl, folder
    OUT.mkdir(parents=True, exist_ok=True)
    articles = generate(n)
    with jsonl.open("w", encoding="utf-8") as out:
        for a in articles:
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
    folder.mkdir(exist_ok=True)
    for a in articles:
        (folder / f"{a['id']}.txt").write_text(f" date {a['date']} {a['text']}", encoding="utf-8")
    return jsonl, folder


def measure(path: str, db: str) -> dict[str, float]:
    """One ingest run, in this process: rate and peak memory."""
    from claimtrail.ingest.pipeline import ingest
    from claimtrail.store import open_store

    Path(db).unlink(missing_ok=True)
    store = open_store(db)
    start = time.perf_counter()
    report = ingest([path], store)
    seconds = time.perf_counter() - start
    store.close()
    return {
        "read": report.read,
        "stored": report.stored,
        "duplicates": report.duplicates,
        "near_duplicates": report.near_duplicates,
        "seconds": round(seconds, 2),
        "per_second": round(report.read / seconds),
        "peak_rss_mb": peak_rss_mb(),
    }


def peak_rss_mb() -> int:
    """This process's peak resident memory (VmHWM). Not ru_maxrss: on Linux that keeps the parent's
    figure across fork and exec, so a child would report the corpus generator's memory."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def run_child(path: Path, label: str) -> dict[str, object]:
    db = OUT / f"bench-{label}.db"
    command = [sys.executable, __file__, "--measure", str(path), "--db", str(db)]
    # taskset pins the child to one core where available, so the figure is a per-core figure
    if Path("/usr/bin/taskset").exists():
        command = ["taskset", "-c", "0", *command]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return {"input": label, **json.loads(result.stdout.strip().splitlines()[-1])}


def table(rows: list[dict[str, object]]) -> str:
    head = "| input | articles read | stored | exact dup | near dup | seconds | articles/s | peak RSS (MB) |"
    lines = [head, "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(
            f"| {r['input']} | {r['read']:,} | {r['stored']:,} | {r['duplicates']:,} "
            f"| {r['near_duplicates']:,} | {r['seconds']} | **{r['per_second']:,}** | {r['peak_rss_mb']} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="5000,20000", help="corpus sizes, comma-separated")
    parser.add_argument("--formats", default="jsonl,text", help="jsonl, text or both")
    parser.add_argument("--update-docs", action="store_true", help="write the table into docs/benchmarks.md")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.db)))
        return
    rows = []
    for n in (int(size) for size in args.sizes.split(",")):
        jsonl, folder = write_corpus(n)
        if "jsonl" in args.formats:
            rows.append(run_child(jsonl, f"JSONL, {n:,} articles"))
        if "text" in args.formats:
            rows.append(run_child(folder, f"text files, {n:,} articles"))
    result = table(rows)
    print(result)
    if args.update_docs:
        stamp = time.strftime("%Y-%m-%d")
        cpu = platform.processor() or platform.machine()
        section = (
            f"{BEGIN}\nMeasured {stamp} on {cpu}, Python {platform.python_version()}, one core (taskset), "
            f"SQLite {__import__('sqlite3').sqlite_version}, with "
            f"`python bench/ingest.py --sizes {args.sizes} --formats {args.formats} --update-docs`:\n\n"
            f"{result}\n{END}"
        )
        text = DOCS.read_text(encoding="utf-8")
        start, end = text.index(BEGIN), text.index(END) + len(END)
        DOCS.write_text(text[:start] + section + text[end:], encoding="utf-8")


if __name__ == "__main__":
    main()
