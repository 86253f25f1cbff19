"""`claimtrail extract --json` (no database) and `claimtrail process` (stores the same records)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.conftest import write_jsonl

BODY = "  De minister zei dinsdag dat de kabel op 3 mei werd beschadigd. Het onderzoek duurt drie weken.\n"


def corpus(tmp_path: Path) -> Path:
    return write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "kk-1", "title": "Kabel", "text": BODY, "date": "2023-05-10", "source": "Krant"},
            {
                "id": "kk-2",
                "title": "Maand",
                "text": "Vorige week werd de kabel hersteld.",
                "date": "2023-05",
            },
        ],
    )


def test_extract_json_lines_with_offsets_into_the_verbatim_text(cli, tmp_path: Path) -> None:
    result = cli("extract", "--json", str(corpus(tmp_path)))
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.output.splitlines())
    assert first["id"] == "kk-1" and first["text"] == BODY
    assert {"id", "title", "published", "language", "text", "timexes"} <= set(first)
    spans = {t["text"]: t for t in first["timexes"]}
    for t in first["timexes"]:
        assert BODY[t["start"] : t["end"]] == t["text"]
    assert spans["dinsdag"]["value"] == "2023-05-09"
    assert spans["3 mei"]["earliest"] == spans["3 mei"]["latest"] == "2023-05-03"
    assert spans["drie weken"]["type"] == "DURATION"
    (week,) = second["timexes"]
    assert (week["earliest"], week["latest"]) != (None, None)
    assert week["earliest"] < week["latest"]  # a month-dated article: an interval, not a guessed week


def test_extract_does_not_touch_a_database(cli, tmp_path: Path, db_path: Path) -> None:
    cli("extract", "--json", str(corpus(tmp_path)))
    assert not db_path.exists()


def test_extract_reports_rejects_with_exit_code_1(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    result = cli("extract", "--json", str(bad), str(corpus(tmp_path)))
    assert result.exit_code == 1
    assert f"{bad}:1: no article text" in result.output


def test_process_stores_what_extract_prints_and_is_incremental(cli, tmp_path: Path, db_path: Path) -> None:
    path = corpus(tmp_path)
    cli("ingest", str(path))
    assert "processed 2 article(s)" in cli("process").output
    assert "processed 0 article(s)" in cli("process").output
    with sqlite3.connect(db_path) as conn:
        stored = conn.execute(
            "SELECT text, value, earliest, latest FROM timexes ORDER BY article_id, start"
        ).fetchall()
    printed = [json.loads(line) for line in cli("extract", "--json", str(path)).output.splitlines()]
    expected = sorted(
        ((t["text"], t["value"], t["earliest"], t["latest"]) for p in printed for t in p["timexes"]),
    )
    assert sorted(stored) == expected
    assert "processed 2 article(s)" in cli("process", "--force").output
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM timexes").fetchone()[0] == len(
            stored
        )  # replaced, not added


def test_articles_show_includes_processed_records(cli, tmp_path: Path) -> None:
    cli("ingest", str(corpus(tmp_path)))
    before = json.loads(cli("articles", "show", "kk-1", "--json").output)
    assert "timexes" not in before
    cli("process")
    after = json.loads(cli("articles", "show", "kk-1", "--json").output)
    assert [t["text"] for t in after["timexes"]] == ["dinsdag", "3 mei", "drie weken"]
    assert after["document_date"]["earliest"] == "2023-05-10"
    assert "3 mei = 2023-05-03" in cli("articles", "show", "kk-1").output


def test_attributions_are_stored_with_report_and_event_time(cli, tmp_path: Path) -> None:
    path = corpus(tmp_path)
    printed = json.loads(cli("extract", "--json", str(path)).output.splitlines()[0])
    (said,) = printed["attributions"]
    assert BODY[said["content"]["start"] : said["content"]["end"]] == said["content"]["text"]
    assert "kabel" in said["content"]["text"] and said["stance"] == "assert"
    assert said["source"]["text"] == "De minister" and said["cue"]["text"] == "zei"
    assert said["report_time"] == {"earliest": "2023-05-10", "latest": "2023-05-10"}
    assert said["event_time"]["value"] == "2023-05-03"  # "op 3 mei", inside the content
    cli("ingest", str(path))
    cli("process")
    stored = json.loads(cli("articles", "show", "kk-1", "--json").output)["attributions"]
    assert stored == printed["attributions"]
