"""The spaCy backend, the registry and `claimtrail eval` on a real (tiny) pipeline: a blank Dutch spaCy
pipeline trained here for a few seconds on six hand-written sentences, saved to a folder and loaded by
path through the registry, as a user's own pipeline would be."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

spacy = pytest.importorskip("spacy")

from claimtrail.cli import main  # noqa: E402
from claimtrail.errors import UsageError  # noqa: E402
from claimtrail.nlp import Doc, get_backend  # noqa: E402
from claimtrail.nlp.scoring import evaluate_parse, read_conllu  # noqa: E402
from claimtrail.nlp.spacy_backend import convert  # noqa: E402

# word lemma upos head(1-based, 0 = root) dep iob
SENTENCES = """
Premier premier NOUN 3 nsubj O
Rutte Rutte PROPN 1 appos B-PER
zei zeggen VERB 0 root O
dinsdag dinsdag NOUN 3 obl O
dat dat SCONJ 9 mark O
Rusland Rusland PROPN 9 nsubj B-LOC
de de DET 8 det O
aanval aanval NOUN 9 obj O
ontkent ontkennen VERB 3 ccomp O
. . PUNCT 3 punct O

Het het DET 2 det O
Kremlin Kremlin PROPN 3 nsubj B-ORG
reageerde reageren VERB 0 root O
niet niet ADV 3 advmod O
. . PUNCT 3 punct O

De de DET 2 det O
NAVO NAVO PROPN 3 nsubj B-ORG
meldt melden VERB 0 root O
een een DET 5 det O
aanval aanval NOUN 3 obj O
in in ADP 7 case O
Oekraïne Oekraïne PROPN 5 nmod B-LOC
. . PUNCT 3 punct O

Mark Mark PROPN 3 nsubj B-PER
Rutte Rutte PROPN 1 flat I-PER
sprak spreken VERB 0 root O
in in ADP 5 case O
Den Den PROPN 3 obl B-LOC
Haag Haag PROPN 5 flat I-LOC
met met ADP 8 case O
journalisten journalist NOUN 3 obl O
. . PUNCT 3 punct O

Zelensky Zelensky PROPN 2 nsubj B-PER
ontkent ontkennen VERB 0 root O
dat dat SCONJ 5 mark O
Oekraïne Oekraïne PROPN 5 nsubj B-LOC
betrokken betrekken VERB 2 ccomp O
was zijn AUX 5 aux O
. . PUNCT 2 punct O

De de DET 2 det O
woordvoerder woordvoerder NOUN 5 nsubj O
van van ADP 4 case O
Gazprom Gazprom PROPN 2 nmod B-ORG
bevestigde bevestigen VERB 0 root O
het het DET 7 det O
nieuws nieuws NOUN 5 obj O
niet niet ADV 5 advmod O
. . PUNCT 5 punct O
"""


def gold() -> list[list[list[str]]]:
    return [[line.split() for line in block.splitlines()] for block in SENTENCES.strip().split("\n\n")]


def write_conllu(path: Path, sentences: list[list[list[str]]]) -> Path:
    lines = []
    for sentence in sentences:
        lines.append("# text = " + " ".join(row[0] for row in sentence))
        for n, (word, lemma, upos, head, dep, _) in enumerate(sentence, 1):
            lines.append(f"{n}\t{word}\t{lemma}\t{upos}\t_\t_\t{head}\t{dep}\t_\t_")
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_conll2002(path: Path, sentences: list[list[list[str]]]) -> Path:
    lines = ["-DOCSTART- -DOCSTART- O", ""]
    for sentence in sentences:
        lines += [f"{row[0]} {row[2]} {row[5]}" for row in sentence] + [""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tagger, lemmatizer, NER and parser trained on SENTENCES, saved as a folder."""
    from spacy.tokens import Doc as SpacyDoc
    from spacy.training import Example

    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("nl")
    # spaCy's defaults drop rare lemma edit trees (< 3) and fold rare parser labels (< 30) into "dep"
    nlp.add_pipe("tagger")
    nlp.add_pipe("trainable_lemmatizer", config={"min_tree_freq": 1})
    nlp.add_pipe("ner")
    nlp.add_pipe("parser", config={"min_action_freq": 1})
    examples = []
    for sentence in gold():
        words = [row[0] for row in sentence]
        reference = SpacyDoc(
            nlp.vocab,
            words=words,
            lemmas=[row[1] for row in sentence],
            pos=[row[2] for row in sentence],
            tags=[row[2] for row in sentence],
            heads=[int(row[3]) - 1 if row[3] != "0" else n for n, row in enumerate(sentence)],
            deps=[row[4] if row[4] != "root" else "ROOT" for row in sentence],
            ents=[row[5] for row in sentence],
        )
        examples.append(Example(nlp.make_doc(" ".join(words)), reference))
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        nlp.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("pipeline") / "nl_toy"
    nlp.to_disk(path)
    return path


TEXTS = [
    "  Premier Rutte zei dinsdag dat Rusland de aanval ontkent.\n\nHet Kremlin reageerde   niet.",
    "De NAVO meldt een aanval in Oekraïne 🇺🇦 .\tZelensky ontkent\u00a0dat.",
    "",
    "Mark Rutte sprak in Den Haag met journalisten.",
]


def test_offsets_round_trip_on_messy_whitespace(pipeline: Path) -> None:
    backend = get_backend(str(pipeline), "nl")
    assert set(backend.provides) >= {"tokens", "sentences", "lemma", "xpos", "deps", "entities"}
    docs = list(backend.parse(TEXTS))
    assert [d.text for d in docs] == TEXTS
    for doc in docs:
        doc.check()  # every token, sentence and entity matches the text at its offsets
        assert all(t.text.strip() == t.text and t.text for t in doc.tokens)  # no white-space tokens
        for sentence, tokens in doc.iter_sentences():
            assert all(sentence.start_token <= t.head < sentence.end_token for t in tokens)
            assert any(t.is_root for t in tokens)
        assert Doc.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc
    assert [t.text for t in docs[0].tokens][:3] == ["Premier", "Rutte", "zei"]
    assert docs[0].tokens[0].start == 2
    assert docs[2].tokens == []
    assert "Oekraïne" in [t.text for t in docs[1].tokens]


def test_trained_annotations_come_through(pipeline: Path) -> None:
    doc = next(get_backend(pipeline, "nl").parse(["Mark Rutte sprak in Den Haag met journalisten."]))
    assert ("Mark Rutte", "PER") in [(e.text, e.label) for e in doc.entities]
    sprak = doc.tokens[2]
    assert (sprak.text, sprak.lemma, sprak.xpos, sprak.dep, sprak.is_root) == (
        "sprak",
        "spreken",
        "VERB",
        "root",
        True,
    )
    assert doc.tokens[doc.tokens[0].head].text == "sprak"


def test_parse_streams_an_endless_generator(pipeline: Path) -> None:
    backend = get_backend(pipeline, "nl")
    endless = (f"Het Kremlin reageerde {n} keer niet." for n in itertools.count())
    first = list(itertools.islice(backend.parse(endless, batch_size=4), 10))
    assert [d.tokens[3].text for d in first] == [str(n) for n in range(10)]


def test_blank_pipeline_gives_tokens_and_sentences_only() -> None:
    backend = get_backend("blank:nl", "nl")
    assert backend.provides == ("tokens", "sentences")
    doc = next(backend.parse(["Eén zin. Nog een zin!"]))
    doc.check()
    assert [len(s) for s in [doc.sentence_tokens(s) for s in doc.sentences]] == [3, 4]
    assert all(t.head == t.i and t.dep == "" for t in doc.tokens)


@pytest.mark.parametrize(
    ("name", "language", "message"),
    [
        ("no_such_pipeline_xyz", "nl", "pip install"),
        ("blank:nl", "en", "reads nl, not 'en'"),
        ("frog://localhost:notaport", "nl", "frog://HOST:PORT"),
        ("frog", "en", "Dutch only"),
    ],
)
def test_registry_errors_say_what_to_do(name: str, language: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        get_backend(name, language)


def test_registry_names_the_missing_english_pipeline() -> None:
    from claimtrail.nlp.registry import installed_spacy_pipelines

    if any(name.startswith("en_") for name in installed_spacy_pipelines()):
        assert "en" in get_backend(None, "en").languages
    else:
        with pytest.raises(UsageError, match="no English pipeline installed: pip install en_core_web_sm"):
            get_backend(None, "en")


def test_registry_rejects_a_folder_that_is_no_pipeline(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no config.cfg"):
        get_backend(tmp_path, "nl")


def last_json(output: str) -> dict[str, object]:
    result: dict[str, object] = json.loads(output.strip().splitlines()[-1])
    return result


def test_eval_ner_prints_scores_as_last_line(pipeline: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    good = write_conll2002(tmp_path / "good.conll", gold())
    result = runner.invoke(main, ["eval", "ner", str(good), "--pipeline", str(pipeline)])
    assert result.exit_code == 0, result.output
    scores = last_json(result.output)
    assert set(scores) == {"f1", "precision", "recall", "per_label"}
    assert scores["f1"] == 1.0
    assert set(scores["per_label"]) == {"PER", "LOC", "ORG"}  # type: ignore[arg-type]
    # the same sentences with every LOC relabelled: the pipeline's LOC predictions are now wrong
    wrong = [[[*row[:5], row[5].replace("LOC", "MISC")] for row in s] for s in gold()]
    bad = last_json(
        runner.invoke(
            main,
            ["eval", "ner", str(write_conll2002(tmp_path / "bad.conll", wrong)), "--pipeline", str(pipeline)],
        ).output
    )
    per_label = bad["per_label"]
    assert isinstance(per_label, dict)
    assert bad["f1"] < 1.0  # type: ignore[operator]
    assert per_label["MISC"]["recall"] == 0.0 and per_label["LOC"]["precision"] == 0.0
    assert per_label["PER"]["f1"] == 1.0


def test_eval_parse_prints_scores_as_last_line(pipeline: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    good = write_conllu(tmp_path / "good.conllu", gold())
    result = runner.invoke(main, ["eval", "parse", str(good), "--pipeline", str(pipeline)])
    assert result.exit_code == 0, result.output
    scores = last_json(result.output)
    assert set(scores) == {"uas", "las", "upos", "lemma"}
    assert scores["uas"] >= 0.9 and scores["lemma"] >= 0.9  # type: ignore[operator]
    assert scores["upos"] == 0.0  # this pipeline has a tagger (xpos) but nothing that sets UPOS
    # wrong gold heads and lemmas: the same predictions must now score lower
    shifted = [[[r[0], r[1] + "x", r[2], "0" if r[3] != "0" else "1", r[4], r[5]] for r in s] for s in gold()]
    bad = last_json(
        runner.invoke(
            main,
            [
                "eval",
                "parse",
                str(write_conllu(tmp_path / "bad.conllu", shifted)),
                "--pipeline",
                str(pipeline),
            ],
        ).output
    )
    assert bad["uas"] < scores["uas"] and bad["lemma"] == 0.0  # type: ignore[operator]


def test_eval_on_a_missing_pipeline_is_a_usage_error(tmp_path: Path) -> None:
    good = write_conllu(tmp_path / "good.conllu", gold())
    result = CliRunner().invoke(main, ["eval", "parse", str(good), "--pipeline", "no_such_pipeline_xyz"])
    assert result.exit_code == 2
    assert "pip install" in result.output


def test_parse_scores_count_retokenised_words_as_wrong(pipeline: Path, tmp_path: Path) -> None:
    """A gold token the backend splits differently gets no credit (blank:nl splits 'ontkent.' -> 2)."""
    sentences = [
        [["Rusland", "Rusland", "PROPN", "2", "nsubj", "O"], ["ontkent.", "x", "VERB", "0", "root", "O"]]
    ]
    path = write_conllu(tmp_path / "glued.conllu", sentences)
    scores = evaluate_parse(get_backend(pipeline, "nl"), read_conllu(path))
    assert scores.tokens == 2
    assert scores.counts["lemma"] == 1  # "Rusland" can be right; "ontkent." kept as one gold token


def test_two_workers_give_the_same_docs_in_order(pipeline: Path) -> None:
    backend = get_backend(pipeline, "nl")
    texts = [f"Het Kremlin reageerde {n} keer niet." for n in range(12)] + TEXTS
    assert list(backend.parse(texts, batch_size=2, workers=2)) == list(backend.parse(texts))


def test_eval_on_a_malformed_file_names_the_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.conllu"
    broken.write_text("1\tRutte\tRutte\tPROPN\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "parse", str(broken), "--pipeline", "blank:nl"])
    assert result.exit_code == 2
    assert "broken.conllu:1: expected 10 tab-separated columns" in result.output


def test_a_sentence_may_start_only_after_final_punctuation_or_a_line_break() -> None:
    import spacy

    from claimtrail.nlp.spacy_backend import _guard_sentences

    text = "Kop zonder punt\n\nHet Kremlin zegt dat. „Onzin”, zegt hij. Kyiv ontkent dat."
    sdoc = _guard_sentences(spacy.blank("nl").make_doc(text))
    may_start = {t.text for t in sdoc if not t.is_space and t.is_sent_start is not False}
    assert may_start == {"Kop", "Het", "„", "Kyiv"}  # the parser decides there; nowhere else


@pytest.mark.parametrize("workers", [1, 2])
def test_the_sentence_guard_runs_in_the_pipeline_itself(pipeline: Path, workers: int) -> None:
    """Worker processes get texts, not docs: the guard must be a pipeline step to reach them."""
    backend = get_backend(pipeline, "nl")
    assert backend.nlp.pipe_names[0] == "claimtrail_sentence_guard"
    text = "Kop zonder punt\n\nHet Kremlin zegt dat. „Onzin”, zegt hij. Kyiv ontkent dat."
    (doc,) = backend.parse([text], workers=workers)
    starts = {doc.tokens[s.start_token].text for s in doc.sentences}
    assert starts <= {"Kop", "Het", "„", "Kyiv"}


def test_cpu_models_multiply_through_numpy_not_blis(pipeline: Path) -> None:
    """BLIS ran at a third of numpy's speed on the project's machine (docs/benchmarks.md)."""
    backend = get_backend(pipeline, "nl")
    models = [proc.model for _, proc in backend.nlp.pipeline if getattr(proc, "model", None)]
    assert models and all(model.ops.use_blis is False for model in models)


def test_converted_tokens_match_spacys_own_token_attributes(pipeline: Path) -> None:
    import spacy

    nlp = spacy.load(pipeline)
    sdoc = nlp("Premier Rutte zei dinsdag dat Rusland de aanval ontkent. Het Kremlin reageerde niet.")
    doc = convert(sdoc)
    expected = [
        (t.idx, t.text, t.lemma_, t.pos_, t.tag_, str(t.morph), t.head.i, t.dep_.replace("ROOT", "root"))
        for t in sdoc
    ]
    got = [(t.start, t.text, t.lemma, t.upos, t.xpos, t.morph, t.head, t.dep) for t in doc.tokens]
    assert got == expected
