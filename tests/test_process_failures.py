"""One article an extractor fails on never aborts a run: `claimtrail extract` names it and goes on,
`claimtrail process` stores it without records, reports it and exits 1.

No known input makes an extractor fail any more (the last one, '4000 jaar geleden', is pinned in
tests/test_timex_dutch.py), so the failure is injected into the attribution step for one marked text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimtrail.process
from tests.conftest import write_jsonl

GOOD = "Burgemeester Els Bakker zegt dat de brug maandag weer opengaat."
BAD = "Dit artikel laat de extractor struikelen. Woordvoerder Jan Smit zegt dat alles klopt."


@pytest.fixture
def failing_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    real = claimtrail.process.find_attributions

    def find(text: str, language: str = "nl"):  # type: ignore[no-untyped-def]
        if "struikelen" in text:
            raise RuntimeError("injected failure")
        return real(text, language)

    monkeypatch.setattr(claimtrail.process, "find_attributions", find)


def articles(tmp_path: Path) -> Path:
    return write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "a1", "text": GOOD, "published": "2025-03-04"},
            {"id": "bad", "text": BAD, "published": "2025-03-04"},
            {"id": "a3", "text": GOOD.replace("Els Bakker", "Piet Jansen"), "published": "2025-03-04"},
        ],
    )


def test_extract_names_the_failed_article_and_goes_on(cli, tmp_path: Path, failing_extractor) -> None:
    result = cli("extract", "--json", str(articles(tmp_path)))
    assert result.exit_code == 1
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines() if line.startswith("{")]
    assert ids == ["a1", "a3"]
    assert "bad" in result.stderr and "injected failure" in result.stderr


def test_process_stores_the_rest_and_reports_the_failure(
    cli, store, tmp_path: Path, failing_extractor
) -> None:
    assert cli("ingest", str(articles(tmp_path))).exit_code == 0
    result = cli("process")
    assert result.exit_code == 1
    assert "bad" in result.stderr and "1 failed" in result.stdout
    speakers = {
        a["source_resolved"] for article in store.iter_articles() for a in store.attributions(article.id)
    }
    assert speakers == {"Els Bakker", "Piet Jansen"}  # the failed article is stored without records
    assert cli("process").exit_code == 0  # and not retried without --force
