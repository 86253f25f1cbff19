from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from claimtrail.ingest.base import ReadOptions
from claimtrail.ingest.pipeline import ingest
from claimtrail.store import ArticleFilter
from tests.conftest import DUTCH, ENGLISH, write_jsonl


def test_jsonl_common_field_names_and_verbatim_text(tmp_path: Path, store) -> None:
    body = "  " + DUTCH + "\n\nTweede alinea.  "
    path = write_jsonl(
        tmp_path / "feed.jsonl",
        [
            {
                "id": "kk-1",
                "title": "Kabel",
                "body": body,
                "published_at": "2025-03-10T08:00:00+01:00",
                "outlet": "De Kustkoerier",
                "url": "https://kk.example/1",
            },
            {"id": 7, "headline": "Cable", "text": ENGLISH, "date": "2025-03", "source": "Harbour Times"},
        ],
    )
    report = ingest([path], store)
    assert (report.stored, report.rejected) == (2, [])
    nl = store.get_article("kk-1")
    assert nl is not None
    assert nl.text == body  # verbatim: annotation offsets point into exactly this string
    assert (nl.title, nl.source, nl.url, nl.external_id) == (
        "Kabel",
        "De Kustkoerier",
        "https://kk.example/1",
        "kk-1",
    )
    assert (nl.published.value, nl.published.precision, nl.language) == ("2025-03-10", "day", "nl")
    assert nl.origin == f"{path}:1"
    en = store.get_article("7")
    assert en is not None
    assert (en.title, en.published.value, en.published.precision, en.language) == (
        "Cable",
        "2025-03",
        "month",
        "en",
    )


def test_field_mapping_overrides_defaults(tmp_path: Path, store) -> None:
    path = write_jsonl(
        tmp_path / "x.jsonl", [{"article_body": DUTCH, "text": "niet dit", "krant": "Het Blad"}]
    )
    ingest([path], store, options=ReadOptions(fields={"text": "article_body", "source": "krant"}))
    (article,) = store.iter_articles(ArticleFilter())
    assert article.text == DUTCH
    assert article.source == "Het Blad"


def test_unknown_mapped_attribute_is_refused() -> None:
    from claimtrail.ingest.records import field_names

    with pytest.raises(ValueError, match="unknown field"):
        field_names({"bodytext": "x"})


def test_broken_json_line_is_rejected_and_the_rest_stored(tmp_path: Path, store) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": DUTCH}),
        '{"id": "b", "text": "kapot',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "c", "text": "   "}),
        json.dumps({"id": "d", "text": ENGLISH, "date": "gisteren"}),
        json.dumps({"id": "e", "text": DUTCH + " Nog een zin erbij om het anders te maken."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = ingest([path], store)
    assert report.stored == 2
    assert len(report.rejected) == 4
    reasons = "\n".join(report.rejected)
    assert f"{path}:2: broken JSON" in reasons
    assert f"{path}:3: expected a JSON object" in reasons
    assert f"{path}:4: no article text" in reasons
    assert f"{path}:5: bad date" in reasons


def test_csv_with_latin1_encoding_is_detected(tmp_path: Path, store) -> None:
    path = tmp_path / "oud.csv"
    text = "Oekraïne en België reageren gespannen. " + DUTCH
    with path.open("w", encoding="latin-1", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["title", "body", "published", "source"])
        writer.writerow(["Reactie", text, "2024-02-01", "Krant"])
    report = ingest([path], store)
    assert report.rejected == []
    (article,) = store.iter_articles(ArticleFilter())
    assert article.text == text
    assert article.published.value == "2024-02-01"


def test_csv_row_with_wrong_field_count_is_rejected(tmp_path: Path, store) -> None:
    path = tmp_path / "a.csv"
    path.write_text(f'title,text\nGoed,"{DUTCH}"\nFout,"{ENGLISH}",extra\n', encoding="utf-8")
    report = ingest([path], store)
    assert report.stored == 1
    assert report.rejected == [f"{path}:3: 3 fields, but the header has 2"]


def test_csv_multiline_quoted_text(tmp_path: Path, store) -> None:
    body = DUTCH + "\n\nTweede alinea, met een komma."
    path = tmp_path / "m.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([["id", "text"], ["x1", body]])
    ingest([path], store)
    article = store.get_article("x1")
    assert article is not None and article.text == body
