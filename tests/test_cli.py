from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from claimtrail.cli import main
from tests.conftest import DUTCH, ENGLISH, write_jsonl


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_jsonl(
        tmp_path / "in.jsonl",
        [
            {
                "id": "a",
                "title": "Kabel",
                "text": DUTCH,
                "date": "2025-03-11",
                "source": "Krant",
                "url": "https://k.example/a",
            },
            {"id": "b", "title": "Cable", "text": ENGLISH, "date": "2025-03", "source": "Times"},
        ],
    )


def test_ingest_exit_codes(cli, corpus: Path, tmp_path: Path) -> None:
    ok = cli("ingest", str(corpus))
    assert ok.exit_code == 0, ok.output
    assert "stored 2" in ok.output
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{kapot\n")
    some_rejected = cli("ingest", str(broken), str(corpus))
    assert some_rejected.exit_code == 1
    assert f"{broken}:1: broken JSON" in some_rejected.output
    assert "duplicates 2" in some_rejected.output
    assert cli("ingest", "--format", "pdf", str(corpus)).exit_code == 2
    assert cli("ingest", "--field", "nonsense", str(corpus)).exit_code == 2
    assert cli("ingest").exit_code == 2


def test_ingest_json_summary(cli, corpus: Path) -> None:
    result = cli("ingest", "--json", str(corpus))
    summary = json.loads(result.output.strip().splitlines()[-1])
    assert summary == {
        "read": 2,
        "stored": 2,
        "duplicates": 0,
        "near_duplicates": 0,
        "rejected": 0,
        "rejections": [],
    }


def test_field_option_maps_csv_columns(cli, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows([["kop", "romp"], ["Kabel", DUTCH]])
    assert cli("ingest", "--field", "title=kop", "--field", "text=romp", str(path)).exit_code == 0
    listed = [json.loads(line) for line in cli("articles", "list", "--json").output.splitlines()]
    assert [r["title"] for r in listed] == ["Kabel"]


def test_export_jsonl_has_the_promised_fields(cli, corpus: Path) -> None:
    cli("ingest", str(corpus))
    records = [json.loads(line) for line in cli("export", "--format", "jsonl").output.splitlines()]
    assert len(records) == 2
    required = {"id", "title", "source", "url", "published", "published_precision", "language", "text"}
    assert required <= set(records[0])
    by_title = {r["title"]: r for r in records}
    assert by_title["Kabel"]["text"] == DUTCH
    assert (by_title["Cable"]["published"], by_title["Cable"]["published_precision"]) == ("2025-03", "month")
    assert by_title["Cable"]["language"] == "en"


def test_export_csv_and_parquet_files(cli, corpus: Path, tmp_path: Path) -> None:
    cli("ingest", str(corpus))
    out_csv, out_parquet = tmp_path / "out.csv", tmp_path / "out.parquet"
    assert cli("export", "--format", "csv", "--output", str(out_csv)).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
    assert sorted(r["external_id"] for r in rows) == ["a", "b"]
    assert cli("export", "--format", "parquet", "--output", str(out_parquet)).exit_code == 0
    table = pq.read_table(out_parquet)
    assert table.num_rows == 2
    assert sorted(table.column("text").to_pylist()) == sorted([DUTCH, ENGLISH])


def test_list_show_search(cli, corpus: Path) -> None:
    cli("ingest", str(corpus))
    listing = cli("articles", "list")
    assert "Kabel" in listing.output and "2 of 2 article(s)" in listing.output
    shown = json.loads(cli("articles", "show", "a", "--json").output)
    assert shown["text"] == DUTCH and shown["external_id"] == "a"
    human = cli("articles", "show", "a").output
    assert "day precision" in human and "sabotage" in human
    assert cli("articles", "show", "zzz").exit_code == 2
    hits = [json.loads(line) for line in cli("search", "sabotage", "--json").output.splitlines()]
    assert {h["external_id"] for h in hits} == {"a", "b"}
    assert "[sabotage]" in hits[0]["snippet"]


def test_demo_builds_a_fresh_database(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    db.write_text("old junk that must be replaced")
    result = CliRunner().invoke(main, ["demo", "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    from claimtrail.demo import sample_dir
    from claimtrail.store import ArticleFilter, open_store

    store = open_store(db)
    try:
        articles = list(store.iter_articles(ArticleFilter()))
        expected_files = len(list(sample_dir().glob("*.txt")))
        expected_records = sum(1 for _ in (sample_dir() / "articles.jsonl").open(encoding="utf-8"))
        assert len(articles) == expected_files + expected_records
        languages = {a.language for a in articles}
        assert languages == {"nl", "en"}
        assert sum(a.canonical_id is not None for a in articles) >= 1
        assert any(a.published.precision == "month" for a in articles)
    finally:
        store.close()
    assert "near-duplicate" in result.output


def test_demo_can_save_what_it_shows_as_svg(tmp_path: Path) -> None:
    svg = tmp_path / "demo.svg"
    result = CliRunner().invoke(main, ["demo", "--db", str(tmp_path / "d.db"), "--svg", str(svg)])
    assert result.exit_code == 0, result.output
    picture = svg.read_text(encoding="utf-8")
    assert picture.startswith("<svg") and "stored" in picture and "near-duplicate" in picture
