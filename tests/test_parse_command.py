"""`claimtrail parse`: stored articles annotated by an NLP backend, the documents stored, incrementally.

The tests use spaCy's rule-based `blank:nl` (tokens and sentences only), so they need no trained model;
the default pipeline is scored by the eval commands instead."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import DUTCH, ENGLISH, write_jsonl


def _ingest(cli, tmp_path: Path) -> None:
    records = [
        {"id": "nl-1", "text": DUTCH, "language": "nl"},
        {"id": "nl-2", "text": "Jan Smit zegt dat de dijk houdt. Het water zakt.", "language": "nl"},
        {"id": "en-1", "text": ENGLISH, "language": "en"},
    ]
    assert cli("ingest", str(write_jsonl(tmp_path / "a.jsonl", records))).exit_code == 0


def test_parse_stores_documents_with_offsets_into_the_text(cli, store, tmp_path: Path) -> None:
    _ingest(cli, tmp_path)
    result = cli("parse", "--pipeline", "blank:nl")
    assert result.exit_code == 0, result.output
    assert "parsed 2 article(s)" in result.output  # the Dutch ones
    article = store.get_article("nl-2")
    doc = store.nlp_doc(article.id)
    assert doc is not None and doc["pipeline"] == "spacy:blank:nl"
    words = [article.text[t["start"] : t["end"]] for t in doc["tokens"]]
    assert words[:3] == ["Jan", "Smit", "zegt"] and [t["text"] for t in doc["tokens"]] == words
    assert len(doc["sentences"]) == 2
    assert store.nlp_doc(store.get_article("en-1").id) is None


def test_parse_is_incremental_and_takes_workers(cli, store, tmp_path: Path) -> None:
    _ingest(cli, tmp_path)
    assert "parsed 2" in cli("parse", "--pipeline", "blank:nl", "--workers", "2").output
    assert "parsed 0" in cli("parse", "--pipeline", "blank:nl").output
    assert "parsed 1" in cli("parse", "--pipeline", "blank:en", "--language", "en").output


def test_parse_names_a_missing_pipeline(cli, tmp_path: Path) -> None:
    _ingest(cli, tmp_path)
    result = cli("parse", "--pipeline", str(tmp_path / "no-such-model"))
    assert result.exit_code == 2
