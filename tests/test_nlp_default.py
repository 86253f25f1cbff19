"""The default Dutch pipeline shipped in the package (src/claimtrail/nlp/models/nl, built by
recipes/build.py): it loads offline, annotates everything the extractors read, finds the seed entities,
and keeps its accuracy. Floors sit just under what docs/model-card.md reports; the fast subset runs in
the default test run, the full test sets in the slow one (`pytest -m slow`). Skips when the pipeline or
the shared data is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrail.ingest.text import split_header
from claimtrail.nlp.registry import default_pipeline_path, get_backend
from tests.conftest import SHARED

UD_TEST = SHARED / "data" / "ud_dutch" / "alpino" / "nl_alpino-ud-test.conllu"
NER_TEST = SHARED / "data" / "conll2002_nl" / "ned.testb"

# (limit, floors): the first N sentences in the default run, everything in the slow run
# measured when set (nl_claimtrail 0.2.0): first 300 UD sentences UAS 0.855 LAS 0.804 UPOS 0.961 lemma
# 0.936; first 1000 CoNLL sentences F1 0.807; full sets UAS 0.844 LAS 0.796 UPOS 0.948 lemma 0.920, NER 0.791;
# since gold sentences are kept whole (fifteenth session) 0.861 / 0.810 on the first 300, 0.847 / 0.799 in
# all; nl_claimtrail 0.3.0 (sixteenth session): 0.860 / 0.811 on the first 300, UAS 0.853 LAS 0.805 UPOS
# 0.948 lemma 0.918 in all, NER unchanged: the full floors are issue 3's parse targets; nl_claimtrail 0.4.0
# (seventeenth session, NER trained on ned.train + ned.testa): NER first 1000 sentences 0.821, testb 0.804
PARSE_FLOORS = {300: {"uas": 0.84, "las": 0.79, "upos": 0.95, "lemma": 0.92}}
NER_FLOORS = {1000: 0.81}
FULL_PARSE_FLOORS = {"uas": 0.85, "las": 0.80, "upos": 0.94, "lemma": 0.91}
FULL_NER_FLOOR = 0.795

pytestmark = pytest.mark.skipif(
    not (default_pipeline_path("nl") / "meta.json").exists(), reason="no default pipeline built"
)


def needs(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


def scores(cli, kind: str, path: Path, limit: int | None) -> dict[str, float]:
    args = ["eval", kind, str(path)] + (["--limit", str(limit)] if limit else [])
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output.strip().splitlines()[-1])


def test_the_default_pipeline_annotates_everything_offline() -> None:
    backend = get_backend("default", "nl")
    assert set(backend.provides) >= {"tokens", "sentences", "lemma", "upos", "morph", "deps", "entities"}
    text = "Volgens het Kremlin viel Oekraïne dinsdag Moskou aan. Kyiv ontkent dat."
    (doc,) = backend.parse([text])
    doc.check()
    assert [s.end for s in doc.sentences][-1] <= len(text) and len(doc.sentences) == 2
    assert all(text[t.start : t.end] == t.text for t in doc.tokens)
    assert {text[e.start : e.end] for e in doc.entities} >= {"Oekraïne", "Moskou"}


def test_the_seed_entities_are_found(seeds: Path) -> None:
    backend = get_backend("default", "nl")
    texts = [split_header(p.read_text(encoding="utf-8"))[1] for p in sorted(seeds.glob("*.txt"))]
    found = {
        text[e.start : e.end]
        for text, doc in zip(texts, backend.parse(texts), strict=True)
        for e in doc.entities
    }
    for name in (
        "Oekraïne",
        "Rusland",
        "Moskou",
        "Kremlin",
        "Belgorod",
        "Zelenski",
        "Poetin",
        "Blinken",
        "CNN",
    ):
        assert any(name in f for f in found), name


@pytest.mark.parametrize("limit", sorted(PARSE_FLOORS))
def test_parse_scores_on_a_subset(cli, limit: int) -> None:
    got = scores(cli, "parse", needs(UD_TEST), limit)
    for key, floor in PARSE_FLOORS[limit].items():
        assert got[key] >= floor, (key, got)


@pytest.mark.parametrize("limit", sorted(NER_FLOORS))
def test_ner_scores_on_a_subset(cli, limit: int) -> None:
    assert scores(cli, "ner", needs(NER_TEST), limit)["f1"] >= NER_FLOORS[limit]


@pytest.mark.slow
def test_full_test_sets(cli) -> None:
    got = scores(cli, "parse", needs(UD_TEST), None)
    for key, floor in FULL_PARSE_FLOORS.items():
        assert got[key] >= floor, (key, got)
    assert scores(cli, "ner", needs(NER_TEST), None)["f1"] >= FULL_NER_FLOOR


def test_process_parse_stores_documents_for_dutch_articles(cli, store, tmp_path: Path) -> None:
    from tests.conftest import DUTCH, ENGLISH, write_jsonl

    records = [{"id": "nl", "text": DUTCH, "language": "nl"}, {"id": "en", "text": ENGLISH, "language": "en"}]
    assert cli("ingest", str(write_jsonl(tmp_path / "a.jsonl", records))).exit_code == 0
    result = cli("process", "--parse")
    assert result.exit_code == 0, result.output
    doc = store.nlp_doc(store.get_article("nl").id)
    assert doc is not None and any(t["dep"] == "root" for t in doc["tokens"])
    assert store.nlp_doc(store.get_article("en").id) is None


def test_a_given_sentence_stays_one_sentence() -> None:
    """Scoring gives the gold words of one sentence at a time: the parser may not split them (a split
    puts two roots in one gold sentence)."""
    backend = get_backend("default", "nl")
    words = "Hij komt morgen terug . Zij blijft thuis .".split()
    (whole,) = backend.parse([" ".join(words)])
    assert len(whole.sentences) == 2  # as free text the parser splits it
    (given,) = backend.parse_words([words])
    assert len(given.sentences) == 1
    assert sum(1 for i, t in enumerate(given.tokens) if t.head == i) == 1
