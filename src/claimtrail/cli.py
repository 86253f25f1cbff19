"""The `claimtrail` command. Each command is thin: it parses options, calls one library function and
prints. Exit codes: 0 all went well, 1 some records were rejected, 2 usage error."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from claimtrail import __version__, settings
from claimtrail.errors import ClaimtrailError, UsageError
from claimtrail.export import EXPORT_FORMATS, export
from claimtrail.ingest.base import ReadOptions
from claimtrail.ingest.pipeline import IngestReport, ingest
from claimtrail.ingest.sources import FORMATS
from claimtrail.link.kb import KnowledgeBase
from claimtrail.model import Article
from claimtrail.process import ArticleRecords, store_kb
from claimtrail.store import ArticleFilter, Store, open_store

console = Console(highlight=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)  # messages name files: never break them


class Group(click.Group):
    """Turns claimtrail's own errors into a one-line message and a meaningful exit code."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except UsageError as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            sys.exit(2)
        except ClaimtrailError as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            sys.exit(1)


@click.group(cls=Group)
@click.version_option(__version__, prog_name="claimtrail")
@click.option(
    "--db",
    envvar=settings.SETTINGS["db"].env,
    default=settings.SETTINGS["db"].default,
    show_default=True,
    help=settings.SETTINGS["db"].help,
)
@click.pass_context
def main(ctx: click.Context, db: str) -> None:
    """claimtrail: news articles in, an evidence-linked record of who claimed what, when, out."""
    ctx.obj = {"db": db}


@contextmanager
def _store(ctx: click.Context) -> Iterator[Store]:
    store = open_store(ctx.obj["db"])
    try:
        yield store
    finally:
        store.close()


def _parse_fields(pairs: tuple[str, ...]) -> dict[str, str]:
    fields = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key or not value:
            raise UsageError(f"--field expects ATTRIBUTE=RECORD_FIELD (e.g. text=body), got {pair!r}")
        fields[key.strip()] = value.strip()
    return fields


def _read_options(fields: tuple[str, ...]) -> ReadOptions:
    from claimtrail.ingest.records import field_names

    options = ReadOptions(fields=_parse_fields(fields))
    try:
        field_names(options.fields)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    return options


def run_ingest(
    paths: list[str], store: Store, fmt: str, options: ReadOptions, quiet: bool = False
) -> IngestReport:
    """Ingest with a live progress line on a terminal."""
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(bar_width=None),
        TextColumn("{task.fields[stats]}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=quiet or not err.is_terminal,
    ) as bar:
        task = bar.add_task("ingesting", total=None, stats="")

        def update(report: IngestReport) -> None:
            bar.update(
                task,
                stats=f"{report.read:,} read · {report.stored:,} stored · {report.rejected_count:,} rejected",
            )

        return ingest(paths, store, fmt, options, progress=update)


def print_report(report: IngestReport, as_json: bool, out: Console = console) -> None:
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False))
        return
    for message in report.rejected:
        err.print(f"[yellow]rejected:[/] {escape(message)}")
    if report.rejected_count > len(report.rejected):
        err.print(f"[yellow]… and {report.rejected_count - len(report.rejected):,} more rejections[/]")
    out.print(
        f"read [bold]{report.read:,}[/] · stored [bold green]{report.stored:,}[/] · "
        f"duplicates {report.duplicates:,} · near-duplicates {report.near_duplicates:,} · "
        f"rejected [{'bold red' if report.rejected_count else 'default'}]{report.rejected_count:,}[/]"
    )


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True)
@click.option(
    "--field", "fields", multiple=True, metavar="ATTR=FIELD", help="JSONL/CSV field mapping, e.g. text=body"
)
@click.option("--json", "as_json", is_flag=True, help="print the summary as JSON")
@click.pass_context
def ingest_command(
    ctx: click.Context, paths: tuple[str, ...], fmt: str, fields: tuple[str, ...], as_json: bool
) -> None:
    """Read articles from files and folders (text, JSONL, CSV, HTML, RSS/Atom, WARC) into the database."""
    options = _read_options(fields)
    with _store(ctx) as store:
        report = run_ingest(list(paths), store, fmt, options, quiet=as_json)
    print_report(report, as_json)
    sys.exit(1 if report.rejected_count else 0)


@main.group()
def articles() -> None:
    """List and show stored articles."""


def _date(article: Article) -> str:
    p = article.published
    return p.value if p.value else "?"


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def article_table(items: list[Article], width: int | None = None) -> Table:
    """One line per article; the title gets what the terminal width leaves. A near-duplicate's
    title starts with ≈ (`articles show` names its canonical article)."""
    title_width = max(20, (width or console.width) - 62)
    table = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False)
    for column in ("id", "published", "source", "lang", "title"):
        table.add_column(column, no_wrap=True)
    for a in items:
        date = _date(a) + (
            "" if a.published.precision in ("day", "unknown") else f" ({a.published.precision})"
        )
        title = ("≈ " if a.canonical_id else "") + (a.title or a.text)
        table.add_row(
            a.id[:8], date, escape(_cut(a.source, 18)), a.language, escape(_cut(title, title_width))
        )
    return table


@articles.command("list")
@click.option("--source", help="only this outlet")
@click.option("--language", help="only this language code, e.g. nl")
@click.option("--no-duplicates", is_flag=True, help="leave out near-duplicates")
@click.option("--limit", default=50, show_default=True)
@click.option("--offset", default=0, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="one JSON object per line")
@click.pass_context
def articles_list(
    ctx: click.Context,
    source: str | None,
    language: str | None,
    no_duplicates: bool,
    limit: int,
    offset: int,
    as_json: bool,
) -> None:
    """List stored articles, oldest first."""
    where = ArticleFilter(source=source, language=language, canonical_only=no_duplicates)
    with _store(ctx) as store:
        items = store.list_articles(where, limit=limit, offset=offset)
        total = store.count_articles(where)
    if as_json:
        for a in items:
            record = a.to_record()
            record.pop("text")
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    console.print(article_table(items))
    console.print(f"{len(items)} of {total:,} article(s)")


@articles.command("show")
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def articles_show(ctx: click.Context, article_id: str, as_json: bool) -> None:
    """Show one article (by id, id prefix or external id)."""
    with _store(ctx) as store:
        article = store.get_article(article_id)
        if article is None:
            raise UsageError(f"no article with id {article_id!r} (see `claimtrail articles list`)")
        timexes = store.timexes(article.id)
        document_date = store.document_date(article.id)
        attributions = store.attributions(article.id)
        entities = store.entities(article.id)
    if as_json:
        record = article.to_record()
        if document_date is not None:  # processed: the extracted records too
            record["document_date"] = document_date
            record["timexes"] = [t.to_dict() for t in timexes]
            record["attributions"] = attributions
            record["entities"] = entities
        click.echo(json.dumps(record, ensure_ascii=False))
        return
    console.print(f"[bold]{escape(article.title or '(no title)')}[/]")
    meta = [
        ("id", article.id),
        ("external id", article.external_id),
        ("source", article.source),
        ("url", article.url),
        ("published", f"{_date(article)} ({article.published.precision} precision)"),
        ("language", article.language),
        ("origin", article.origin),
        ("ingested", article.ingested_at),
    ]
    if article.canonical_id:
        meta.append(("near-duplicate of", f"{article.canonical_id} (similarity {article.similarity:.2f})"))
    if document_date and document_date["inferred"]:
        meta.append(
            (
                "published between",
                f"{document_date['earliest']} and {document_date['latest']} (from the text)",
            )
        )
    for key, value in meta:
        if value:
            console.print(f"[dim]{key:>18}[/] {escape(str(value))}")
    console.print()
    text = Text(article.text)
    for a in attributions:  # attributions: content in italics, source bold, cue magenta
        text.stylize("italic", a["content"]["start"], a["content"]["end"])
        for part, style in (("source", "bold"), ("cue", "magenta")):
            if a[part]:
                text.stylize(style, a[part]["start"], a[part]["end"])
    for t in timexes:  # time expressions underlined
        text.stylize("underline cyan", t.start, t.end)
    for e in entities:  # entity names in green
        for m in e["mentions"]:
            if m["kind"] == "name":
                text.stylize("green", m["start"], m["end"])
    console.print(text)
    if timexes:
        console.print(
            "\n[dim]time expressions:[/] " + " · ".join(f"{escape(t.text)} = {t.value}" for t in timexes)
        )
    if attributions:
        console.print(attribution_table(attributions))
    if entities:
        console.print(
            "[dim]entities:[/] "
            + " · ".join(f"{escape(e['name'])} ({e['type']}, {len(e['mentions'])}×)" for e in entities)
        )


def attribution_table(attributions: list[dict[str, Any]]) -> Table:
    """Who said what: one row per attribution, with its stance and confidence."""
    table = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False, title="who said what")
    for column in ("source", "cue", "stance", "type", "content", "conf."):
        table.add_column(column, overflow="fold")
    for a in attributions:
        source = a["source_resolved"] or (a["source"] or {}).get("text") or "(anonymous)"
        relayed = f" via {a['relayed_by']}" if a["relayed_by"] else ""
        cue = (a["cue"] or {}).get("text", "")
        stance = a["stance"] + (" (hedged)" if a["hedged"] else "")
        content = _cut(a["content"]["text"], 90)
        row = (f"{source}{relayed}", cue, stance, a["type"], content, f"{a['confidence']:.2f}")
        table.add_row(*(escape(str(cell)) for cell in row))
    return table


def highlighted(snippet: str) -> Text:
    """A search snippet with the matched words (between [ and ] from FTS5) in bold."""
    text = Text()
    for i, part in enumerate(snippet.replace("[", "\x02").replace("]", "\x02").split("\x02")):
        text.append(part, style="bold yellow" if i % 2 else "")
    return text


@main.command("search")
@click.argument("query")
@click.option("--limit", default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def search_command(ctx: click.Context, query: str, limit: int, as_json: bool) -> None:
    """Full-text search over titles and texts (FTS5: words, "phrases", OR, NOT, prefix*)."""
    with _store(ctx) as store:
        hits = store.search(query, limit=limit)
    if as_json:
        for hit in hits:
            record = hit.article.to_record()
            record.pop("text")
            record["snippet"] = hit.snippet
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    if not hits:
        console.print(f"no article matches {escape(query)!r}")
        return
    for hit in hits:
        a = hit.article
        console.print(f"[bold]{a.id[:10]}[/] {_date(a)} [cyan]{escape(a.source)}[/] {escape(a.title)}")
        console.print(Text("   ").append(highlighted(hit.snippet)))


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl", show_default=True)
@click.option(
    "--output", type=click.Path(dir_okay=False, writable=True), help="file to write (default: stdout)"
)
@click.option("--no-duplicates", is_flag=True, help="leave out near-duplicates")
@click.pass_context
def export_command(ctx: click.Context, fmt: str, output: str | None, no_duplicates: bool) -> None:
    """Export stored articles as JSON Lines, CSV or Parquet."""
    with _store(ctx) as store:
        articles_ = store.iter_articles(ArticleFilter(canonical_only=no_duplicates))
        if output:
            with open(output, "wb") as out:
                count = export(articles_, fmt, out)
            err.print(f"wrote {count:,} article(s) to {escape(output)}")
        else:
            export(articles_, fmt, sys.stdout.buffer)
            sys.stdout.buffer.flush()


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True)
@click.option(
    "--field", "fields", multiple=True, metavar="ATTR=FIELD", help="JSONL/CSV field mapping, e.g. text=body"
)
@click.option("--json", "as_json", is_flag=True, help="one JSON object per article (JSON Lines)")
def extract_command(paths: tuple[str, ...], fmt: str, fields: tuple[str, ...], as_json: bool) -> None:
    """Extract from files without a database: attributions, entities, time expressions and the
    publication date refined from the text. Offsets are character offsets into `text`, the body exactly
    as given. Entity ids are the same for the same referent across all articles of one run."""
    from claimtrail.ingest.language import detect_language
    from claimtrail.ingest.sources import read_paths
    from claimtrail.link.entities import Linker
    from claimtrail.process import process_article

    options = _read_options(fields)
    linker = Linker()
    rejected = 0
    for item in read_paths(list(paths), fmt, options):
        if isinstance(item, ClaimtrailError):
            rejected += 1
            err.print(f"[yellow]rejected:[/] {escape(str(item))}")
            continue
        item.language = item.language or detect_language(item.text)
        try:
            records = process_article(item, linker)
        except Exception as exc:  # one bad article never aborts the run
            rejected += 1
            label = escape(str(item.external_id or item.title or item.id[:10]))
            err.print(f"[red]error:[/] {label}: {type(exc).__name__}: {escape(str(exc))} (skipped)")
            continue
        if as_json:
            click.echo(json.dumps(records.to_json(), ensure_ascii=False))
        else:
            print_records(records)
    sys.exit(1 if rejected else 0)


def print_records(records: ArticleRecords) -> None:
    a = records.article
    console.rule(escape(a.title or a.external_id or a.id[:10]))
    dd = records.document_date
    when = f"{a.published.value or '?'} ({a.published.precision})"
    if dd.inferred:
        when += f" → published between {dd.earliest} and {dd.latest}, inferred from the text"
    console.print(f"[dim]{escape(a.source)}[/] {when} · {a.language}")
    table = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False)
    for column in ("expression", "type", "value", "earliest", "latest"):
        table.add_column(column)
    for t in records.timexes:
        table.add_row(escape(t.text), t.type, t.value, t.earliest or "", t.latest or "")
    console.print(table)


@main.command("process")
@click.option("--force", is_flag=True, help="redo every article, not only new ones")
@click.option("--parse", "parse", is_flag=True, help="also store NLP documents (as `claimtrail parse`)")
@click.option("--workers", default=1, show_default=True, help="processes for --parse")
@click.pass_context
def process_command(ctx: click.Context, force: bool, parse: bool, workers: int) -> None:
    """Run the extractors over stored articles and store what they find (only new or outdated ones);
    with --parse, first annotate the Dutch articles with the default NLP pipeline."""
    from claimtrail.process import RECORDS, process_stored

    if parse:
        ctx.invoke(parse_command, pipeline="default", language="nl", workers=workers, batch_size=50)
    with _store(ctx) as store:
        name, version = RECORDS
        total = store.count_articles() if force else store.count_unprocessed(name, version)
        columns = (TextColumn("processing"), BarColumn(), TextColumn("{task.completed:,}/{task.total:,}"))
        with Progress(
            *columns, TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal
        ) as bar:
            task = bar.add_task("processing", total=total)
            errors: list[str] = []
            done = process_stored(
                store, force=force, progress=lambda n: bar.update(task, completed=n), errors=errors
            )
    for error in errors:
        err.print(f"[red]error:[/] {escape(error)} (stored without records; `process --force` retries)")
    console.print(f"processed {done:,} article(s)" + (f", {len(errors)} failed" if errors else ""))
    if errors:
        sys.exit(1)


@main.command("parse")
@click.option(
    "--pipeline",
    default="default",
    show_default=True,
    help="NLP backend: default, frog, a spaCy name or path",
)
@click.option(
    "--language", default="nl", show_default=True, help="parse the stored articles in this language"
)
@click.option("--workers", default=1, show_default=True, help="processes (spaCy); use the cores you have")
@click.option("--batch-size", default=50, show_default=True)
@click.pass_context
def parse_command(ctx: click.Context, pipeline: str, language: str, workers: int, batch_size: int) -> None:
    """Annotate stored articles with the NLP pipeline (tokens, sentences, lemmas, tags, dependencies,
    named entities) and store the documents; only articles without one from this pipeline."""
    from claimtrail.nlp.registry import get_backend
    from claimtrail.process import parse_stored

    backend = get_backend(pipeline, language)
    with _store(ctx) as store:
        total = store.count_unparsed(backend.name, language)
        columns = (TextColumn("parsing"), BarColumn(), TextColumn("{task.completed:,}/{task.total:,}"))
        with Progress(
            *columns, TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal
        ) as bar:
            task = bar.add_task("parsing", total=total)
            done = parse_stored(
                store,
                backend,
                language,
                workers,
                batch_size,
                progress=lambda n: bar.update(task, completed=n),
            )
    backend.close()
    console.print(f"parsed {done:,} article(s) with {escape(backend.name)}")


@main.group("entities")
def entities_group() -> None:
    """People, organisations and places found by `claimtrail process`; correct them (merges, splits and
    aliases are kept in the database and survive re-processing)."""


@entities_group.command("list")
@click.option("--type", "kind", type=click.Choice(["PER", "ORG", "LOC", "GPE"], case_sensitive=False))
@click.option("--search", "query", help="only entities whose id, name or a mention contains this")
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="one JSON object per entity")
@click.pass_context
def entities_list(ctx: click.Context, kind: str | None, query: str | None, limit: int, as_json: bool) -> None:
    """Entities, most mentioned first."""
    with _store(ctx) as store:
        rows = store.list_entities(kind, query, limit)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False)
    for column in ("id", "name", "type", "country", "where", "mentions", "articles"):
        table.add_column(
            column, justify="right" if column in ("mentions", "articles") else "left", no_wrap=column == "id"
        )
    for r in rows:
        where = f"{r['lat']:.3f}, {r['lon']:.3f}" if r["lat"] is not None else ""
        table.add_row(
            escape(r["id"]), escape(r["name"]), r["type"], r["country"] or "", where, str(r["mentions"]),
            str(r["articles"]),
        )  # fmt: skip
    console.print(table)


@entities_group.command("show")
@click.argument("entity_id")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def entities_show(ctx: click.Context, entity_id: str, as_json: bool) -> None:
    """One entity: what is known about it and every mention, with its sentence's article."""
    with _store(ctx) as store:
        entity = store.get_entity(entity_id)
        if entity is None:
            raise UsageError(f"no entity {entity_id!r} (see `claimtrail entities list`)")
        kb = store_kb(store)
        entry = kb.get(entity["kb_id"] or entity_id)
    if as_json:
        click.echo(
            json.dumps(
                entity | {"aliases": [a.text for a in entry.aliases] if entry else []}, ensure_ascii=False
            )
        )
        return
    console.print(f"[bold]{escape(entity['name'])}[/] ({entity['type']}) [dim]{escape(entity['id'])}[/]")
    if entity["lat"] is not None:
        console.print(f"at {entity['lat']:.4f}, {entity['lon']:.4f} ({entity['country']})")
    elif entity["country"]:
        console.print(f"country {entity['country']}")
    if entry is not None:
        console.print(f"aliases: {escape(', '.join(dict.fromkeys(a.text for a in entry.aliases)))}")
    table = Table(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False)
    for column in ("article", "mention", "kind", "at"):
        table.add_column(column)
    for m in entity["mentions"]:
        kind = m["kind"] + (f" ({m['metonymy']})" if m["metonymy"] else "")
        table.add_row(
            escape((m["title"] or m["article_id"])[:50]), escape(m["text"]), kind, f"{m['start']}-{m['end']}"
        )
    console.print(table)


def _kb_entry(store: Store, kb: KnowledgeBase, entity_id: str) -> str:
    """The knowledge-base id of a stored entity, adding an entity the knowledge base lacks (an unknown
    name) as a user entry with the names it was mentioned by."""
    from claimtrail.link.kb import Alias, Entry

    entity = store.get_entity(entity_id)
    if entity is None and kb.get(entity_id) is None:
        raise UsageError(f"no entity {entity_id!r} (see `claimtrail entities list`)")
    if entity is not None and entity["kb_id"]:
        return str(entity["kb_id"])
    if kb.get(entity_id) is not None:
        return entity_id
    assert entity is not None
    names = list(dict.fromkeys(m["text"] for m in entity["mentions"] if m["kind"] == "name")) or [
        entity["name"]
    ]
    kb.add_entry(
        Entry(entity_id, entity["name"], entity["type"], tuple(Alias(n) for n in names), entity["country"])
    )
    return entity_id


@entities_group.command("merge")
@click.argument("keep_id")
@click.argument("other_ids", nargs=-1, required=True)
@click.pass_context
def entities_merge(ctx: click.Context, keep_id: str, other_ids: tuple[str, ...]) -> None:
    """Make OTHER_IDS the same referent as KEEP_ID: their mentions move over now, and their names link
    to KEEP_ID whenever articles are processed again."""
    with _store(ctx) as store:
        kb = store_kb(store)
        keep = _kb_entry(store, kb, keep_id)
        for other_id in other_ids:
            kb.merge(keep, _kb_entry(store, kb, other_id))
            moved = store.move_mentions(other_id, keep_id)
            console.print(f"merged {escape(other_id)} into {escape(keep_id)}: {moved} mention(s) moved")


@entities_group.command("split")
@click.argument("entity_id")
@click.argument("aliases", nargs=-1, required=True)
@click.option("--name", help="the new entity's name (default: the first alias)")
@click.pass_context
def entities_split(ctx: click.Context, entity_id: str, aliases: tuple[str, ...], name: str | None) -> None:
    """Move the names ALIASES off ENTITY_ID into a new entity: two referents that were wrongly one."""
    with _store(ctx) as store:
        kb = store_kb(store)
        try:
            new = kb.split(_kb_entry(store, kb, entity_id), aliases, name)
        except KeyError as exc:
            raise UsageError(str(exc.args[0])) from exc
        store.save_entity(new.id, new.name, new.type, new.country)
        moved = store.move_mentions(entity_id, new.id, list(aliases))
        console.print(
            f"split {escape(new.name)} off {escape(entity_id)} as {escape(new.id)}: {moved} mention(s) moved"
        )
        console.print("[dim]pronouns and role nouns follow on the next `claimtrail process --force`[/]")


@entities_group.command("alias")
@click.argument("entity_id")
@click.argument("alias")
@click.option("--language", default="", help="ISO 639-1 code of the language the name belongs to")
@click.pass_context
def entities_alias(ctx: click.Context, entity_id: str, alias: str, language: str) -> None:
    """Give an entity another name, so that name links to it from now on."""
    with _store(ctx) as store:
        kb = store_kb(store)
        entry = kb.add_alias(_kb_entry(store, kb, entity_id), alias, language)
        console.print(f"{escape(entry.name)} ({escape(entry.id)}) is also called {escape(alias)}")
        console.print("[dim]run `claimtrail process --force` to link existing mentions of that name[/]")


@main.command("demo")
@click.option(
    "--db", "demo_db", default="claimtrail-demo.db", show_default=True, help="database to (re)create"
)
@click.option("--svg", type=click.Path(dir_okay=False), help="also save what is shown as an SVG picture")
def demo_command(demo_db: str, svg: str | None) -> None:
    """Ingest the bundled sample articles into a fresh database and show what was stored."""
    from claimtrail.demo import run_demo

    shown = Console(highlight=False, record=True, width=110) if svg else console
    run_demo(Path(demo_db), shown)
    if svg:
        shown.save_svg(svg, title="claimtrail demo")


@main.group("eval")
def eval_group() -> None:
    """Score an NLP pipeline on gold files; the last line printed is a JSON object."""


_pipeline_option = click.option(
    "--pipeline",
    default="default",
    show_default=True,
    help="spaCy pipeline name or folder, frog, frog://HOST:PORT, blank:LANG, or default",
)
_language_option = click.option("--language", default="nl", show_default=True, help="language of the file")
_limit_option = click.option("--limit", type=int, help="only the first N sentences")


def _run_eval(kind: str, path: str, pipeline: str, language: str, limit: int | None) -> dict[str, object]:
    from claimtrail.nlp import get_backend
    from claimtrail.nlp.scoring import evaluate_file

    backend = get_backend(pipeline, language)
    with Progress(
        TextColumn(f"scoring {kind}"),
        TextColumn("{task.completed:,} sentences"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as bar:
        task = bar.add_task(kind, total=None)
        try:
            result = evaluate_file(backend, kind, path, limit, lambda n: bar.update(task, completed=n))
        except (OSError, ValueError) as exc:  # UnicodeDecodeError is a ValueError
            raise UsageError(f"cannot read {path}: {exc}") from exc
        finally:
            backend.close()
    speed = result.tokens / result.seconds if result.seconds else 0.0
    click.echo(
        f"{backend.name}: {result.sentences:,} sentences, {result.tokens:,} tokens, "
        f"{result.seconds:.1f} s ({speed:,.0f} tokens/s)"
    )
    return result.scores


@eval_group.command("ner")
@click.argument("conll_file", type=click.Path(exists=True, dir_okay=False))
@_pipeline_option
@_language_option
@_limit_option
def eval_ner(conll_file: str, pipeline: str, language: str, limit: int | None) -> None:
    """Entity precision, recall and F1 (exact spans, per label) on a CoNLL-2002 file (WORD POS IOB)."""
    click.echo(json.dumps(_run_eval("ner", conll_file, pipeline, language, limit)))


@eval_group.command("parse")
@click.argument("conllu_file", type=click.Path(exists=True, dir_okay=False))
@_pipeline_option
@_language_option
@_limit_option
def eval_parse(conllu_file: str, pipeline: str, language: str, limit: int | None) -> None:
    """UAS, LAS, UPOS and lemma accuracy on a CoNLL-U file, on its gold tokens."""
    click.echo(json.dumps(_run_eval("parse", conllu_file, pipeline, language, limit)))
