from __future__ import annotations

from pathlib import Path

import pytest

from claimtrail.ingest.pipeline import ingest
from claimtrail.ingest.text import guess_title, split_header
from claimtrail.store import ArticleFilter
from tests.conftest import DUTCH


@pytest.mark.parametrize(
    ("content", "value", "precision", "text_start"),
    [
        (" date 2023-05 Moskou was dinsdag doelwit.", "2023-05", "month", "Moskou"),
        (" date 2023-05-03 Moskou was dinsdag doelwit.", "2023-05-03", "day", "Moskou"),
        ("date 2023-06 Zonder spatie vooraan.", "2023-06", "month", "Zonder"),
        ("\ufeff date 2023-06 Met BOM.", "2023-06", "month", "Met"),
        ("Geen kop, dus geen datum.", None, "unknown", "Geen"),
        (" date 2023-05\nTekst op de volgende regel.", "2023-05", "month", "Tekst"),
        ("dated material 2023-05 is gewone tekst", None, "unknown", "dated"),
    ],
)
def test_header_gives_date_with_precision_and_text(
    content: str, value: str | None, precision: str, text_start: str
) -> None:
    published, text = split_header(content)
    assert published.value == value
    assert published.precision == precision
    assert text.startswith(text_start)


def test_impossible_header_date_is_an_error() -> None:
    with pytest.raises(ValueError):
        split_header(" date 2023-13 Tekst.")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Minister: 'Dit was geen ongeluk'\n\nDe minister zei...", "Minister: 'Dit was geen ongeluk'"),
        ("Een lange eerste alinea die eindigt met een punt.\n\nTweede alinea.", ""),
        ("Alleen één regel zonder meer tekst", ""),
        ("x" * 200 + "\n\nmeer", ""),
    ],
)
def test_title_is_a_short_first_line(text: str, title: str) -> None:
    assert guess_title(text) == title


def test_folder_means_every_article_file_in_it(tmp_path: Path, store) -> None:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(" date 2024-01-05 " + DUTCH, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(" date 2024-01 " + DUTCH.replace("dinsdag", "woensdag") + " Extra.")
    (folder / "README.md").write_text("# not an article\n")
    (folder / ".hidden.txt").write_text("hidden " + DUTCH)
    report = ingest([folder], store)
    assert report.read == 2
    assert not report.rejected
    dates = sorted((a.published.value, a.published.precision) for a in store.iter_articles(ArticleFilter()))
    assert dates == [("2024-01", "month"), ("2024-01-05", "day")]


def test_text_is_stored_without_the_header(tmp_path: Path, store) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2024-01-05 " + DUTCH + "\n", encoding="utf-8")
    ingest([path], store)
    (article,) = list(store.iter_articles(ArticleFilter()))
    assert article.text == DUTCH
    assert article.origin == str(path)
    assert article.language == "nl"
