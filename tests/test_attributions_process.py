"""Attributions in the batch records: `process_article` finds them and `to_json` prints them (Dutch
only for now), each with its report time and, when the text dates it, its event time."""

from __future__ import annotations

from claimtrail.model import Article, PublishedDate
from claimtrail.process import process_article

TEXT = "De dijk bij Lith is verzwakt. Dat heeft het waterschap dinsdag bevestigd."


def test_to_json_prints_attributions_with_offsets_into_the_text() -> None:
    article = Article(text=TEXT, language="nl", published=PublishedDate.parse("2024-02-08"))
    printed = process_article(article).to_json()
    (a,) = printed["attributions"]
    assert set(a) >= {
        "source",
        "source_resolved",
        "cue",
        "content",
        "type",
        "stance",
        "hedged",
        "relayed_by",
        "confidence",
        "report_time",
        "event_time",
    }
    assert (
        a["content"]["text"]
        == TEXT[a["content"]["start"] : a["content"]["end"]]
        == "De dijk bij Lith is verzwakt"
    )
    assert (a["source"]["text"], a["source_resolved"], a["stance"]) == (
        "het waterschap",
        "waterschap",
        "confirm",
    )
    assert a["report_time"] == {"earliest": "2024-02-08", "latest": "2024-02-08"}


def test_other_languages_get_no_attributions() -> None:
    article = Article(text="The minister said the dike was weakened.", language="fr")
    assert process_article(article).to_json()["attributions"] == []
