"""`claimtrail demo`: the bundled sample corpus (an invented story, see data/sample/README.md)
ingested into a fresh database, then shown."""

from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from claimtrail.ingest.base import ReadOptions
from claimtrail.process import process_stored
from claimtrail.store import ArticleFilter, open_store


def sample_dir() -> Path:
    """Folder of the bundled sample articles."""
    return Path(str(resources.files("claimtrail") / "data" / "sample"))


def run_demo(db: Path, console: Console) -> None:
    from claimtrail.cli import article_table, attribution_table, highlighted, print_report, run_ingest

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    console.print(
        Panel.fit(f"claimtrail demo: ingesting the sample articles into [bold]{escape(str(db))}[/]")
    )
    store = open_store(db)
    try:
        report = run_ingest([str(sample_dir())], store, "auto", ReadOptions())
        print_report(report, as_json=False, out=console)
        console.print(article_table(store.list_articles(ArticleFilter(), limit=100), console.width))
        for article in store.list_articles(ArticleFilter(), limit=100):
            if article.canonical_id:
                original = store.get_article(article.canonical_id)
                console.print(
                    f"near-duplicate: [bold]{escape(article.source)}[/] '{escape(article.title)}' "
                    f"is a lightly edited copy of [bold]{escape(original.source if original else '?')}[/] "
                    f"'{escape(original.title if original else '?')}' (similarity {article.similarity:.2f})"
                )
        processed = process_stored(store)
        counts = store.timex_counts()
        console.print(
            f"\nprocessed {processed} articles: "
            + ", ".join(f"{n} {kind.lower()} expressions" for kind, n in counts.items())
        )
        for article in store.list_articles(ArticleFilter(), limit=100):
            when = store.document_date(article.id)
            if when and when["inferred"]:
                console.print(
                    f"  '{escape(article.title)}' is dated {article.published.value} "
                    f"({article.published.precision}); the text places it between {when['earliest']} "
                    f"and {when['latest']}"
                )
        said = {a.id: store.attributions(a.id) for a in store.list_articles(ArticleFilter(), limit=100)}
        busiest = max(said, key=lambda aid: len(said[aid]))
        busiest_article = store.get_article(busiest)
        title = escape(busiest_article.title if busiest_article else busiest)
        console.print(f"\n{sum(map(len, said.values()))} attributions found; the most in '{title}':")
        console.print(attribution_table(said[busiest]))
        stances: dict[str, Counter[str]] = {}
        for found in said.values():
            for a in found:
                if a["source_resolved"]:
                    stances.setdefault(a["source_resolved"], Counter())[a["stance"]] += 1
        console.print("who takes which stance, across all articles:")
        for source, counts in sorted(stances.items(), key=lambda kv: -sum(kv[1].values()))[:8]:
            console.print(f"  {escape(source)}: " + ", ".join(f"{s} ×{n}" for s, n in counts.most_common()))
        people = store.list_entities(limit=10)
        console.print(f"\nmost mentioned entities ({len(store.list_entities(limit=10_000))} in all):")
        for e in people:
            where = f" at {e['lat']:.2f}, {e['lon']:.2f}" if e["lat"] is not None else ""
            console.print(
                f"  {escape(e['name'])} ({e['type']}{', ' + e['country'] if e['country'] else ''}{where}): "
                f"{e['mentions']} mentions in {e['articles']} articles [dim]{escape(e['id'])}[/]"
            )
        hits = store.search("sabotage", limit=3)
        console.print(f"\nsearch 'sabotage': {len(hits)} best hit(s)")
        for hit in hits:
            console.print(Text(f"  {hit.article.id[:10]} ").append(highlighted(hit.snippet)))
    finally:
        store.close()
    console.print(
        f"\nTry: claimtrail --db {db} articles list · claimtrail --db {db} search 'kabel' · "
        f"claimtrail --db {db} entities list · claimtrail --db {db} export --format jsonl"
    )
