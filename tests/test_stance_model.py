"""The learned stance model: wired into find_attributions, limited to giving the stances of
stance.OVERRULES (and a 'deny' where the rules read 'assert'), and read back by numpy exactly as
scikit-learn trained it (recipes/stance.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from claimtrail.extract import stance
from claimtrail.extract.attributions import find_attributions

REPO = Path(__file__).resolve().parent.parent


def stances(text: str, learned: bool) -> list[str]:
    return [a.stance for a in find_attributions(text, "nl", learned_stance=learned)]


@pytest.mark.parametrize(
    "text",
    [
        "De provincie laat weten dat ze volgend voorjaar een nieuwe subsidieregeling opent.",
        "Het waterschap laat weten dat het de dijk volgend jaar versterkt.",
        "De minister liet weten dat hij de aanbevelingen overneemt.",
    ],
)
def test_an_announcement_under_a_neutral_cue_reads_as_other(text: str) -> None:
    assert stances(text, learned=False) == ["assert"]  # the cue lexicon alone sees a report
    assert stances(text, learned=True) == ["other"]  # a plan or promise, as the guidelines call it


def test_a_rebuttal_after_a_charge_reads_as_a_denial_only_after_the_charge() -> None:
    """The model sees the rules' stance of the attribution before: after an accusation, the accused's
    'Wij hebben juist …' is a denial (GUIDELINES.md); after praise, or alone, it is a report."""
    rebuttal = "„Wij hebben juist extra geïnvesteerd in het werven van personeel”, laat de directie weten."
    charged = "De vakbond verwijt de directie dat ze het personeel heeft misleid. " + rebuttal
    assert stances(charged, learned=False) == ["accuse", "assert"]
    assert stances(charged, learned=True) == ["accuse", "deny"]
    assert stances("De vakbond is blij met de nieuwe cao. " + rebuttal, learned=True) == ["assert"]
    assert stances(rebuttal, learned=True) == ["assert"]


def test_the_features_carry_the_question_and_the_previous_stance() -> None:
    meta = stance.meta_features("zegt", "assert", "direct", False, True, "accuse", True)
    assert {"question", "previous=accuse", "same_speaker=accuse"} <= set(meta)
    assert "other_speaker" in stance.meta_features("zegt", "assert", "direct", False, False, None, False)


def test_the_features_see_a_negation_and_the_accused_answering() -> None:
    assert stance.negated("Onze eenheden waren niet in de buurt") and not stance.negated("Dat klopt")
    meta = stance.meta_features("zegt", "assert", "direct", False, False, "accuse", False, True, "accuse")
    assert {"negated", "negated_after=accuse", "answers=accuse", "answers=accuse_negated=True"} <= set(meta)
    earlier = [
        ("Valtrex loost al jaren gif in de rivier", "accuse", "Schone Rivieren"),
        ("de metingen kloppen", "assert", "Valtrex"),
    ]
    # the accused answers the charge: named in its content, said by another speaker
    assert stance.answers(["Valtrex", "het bedrijf"], "Valtrex", earlier) == "accuse"
    assert stance.answers(["Schone Rivieren"], "Schone Rivieren", earlier) is None  # its own words
    assert stance.answers(["de burgemeester"], None, earlier) is None  # not named there
    assert stance.answers(["Valtrex"], "Valtrex", earlier[:1] + [("x", "assert", "y")] * 8) is None  # too far


def test_the_model_never_charges_or_confirms() -> None:
    text = (
        "De vissers zeggen dat de trawlers elke nacht de bodem leegvissen met verboden netten. "
        "Volgens de actiegroep heeft de fabriek de meetgegevens te laat en onvolledig aangeleverd. "
        "De vakbond spreekt van een koude sanering over de ruggen van het personeel. "
        "De woordvoerder zegt dat er niets is weggestreept."
    )
    for rule, learned in zip(stances(text, learned=False), stances(text, learned=True), strict=True):
        assert learned == rule or learned in stance.OVERRULES or (learned, rule) == ("deny", "assert")
        assert learned not in ("accuse", "confirm") or learned == rule


@pytest.mark.parametrize(
    "text",
    [
        "De wethouder zegt dat het zwembad vorig jaar 80.000 bezoekers trok.",
        "Volgens de onderzoekers zijn er dit jaar meer teken dan vorig jaar.",
    ],
)
def test_a_plain_report_stays_asserted(text: str) -> None:
    assert stances(text, learned=True) == ["assert"]


def test_the_model_never_overrules_a_cue_that_carries_its_own_stance() -> None:
    text = (
        "De minister ontkent dat het ministerie de cijfers heeft verzwegen. "
        "De politie bevestigt dat de verdachte is aangehouden. "
        "De bond eist dat de directie het plan intrekt. "
        "Experts betwijfelen of de dijk de storm aankan."
    )
    without = stances(text, learned=False)
    assert set(without) >= {"deny", "confirm", "other", "doubt"}
    assert stances(text, learned=True) == without


def test_a_language_without_a_model_keeps_the_rules() -> None:
    assert stance.model("en") is None
    text = "The minister said the company had poisoned the river for years."
    assert [a.stance for a in find_attributions(text, "en")] == [
        a.stance for a in find_attributions(text, "en", learned_stance=False)
    ]


def test_the_shipped_model_survives_a_save_and_load(tmp_path: Path) -> None:
    shipped = stance.model("nl")
    assert shipped is not None
    shipped.save(tmp_path / "again.npz")
    again = stance.StanceModel.load(tmp_path / "again.npz")
    content = stance.content_features("het bedrijf heeft de lucht vergiftigd")
    meta = stance.meta_features("zegt", "assert", "indirect", False)
    first, second = shipped.probabilities(content, meta), again.probabilities(content, meta)
    assert first.keys() == second.keys() and abs(sum(first.values()) - 1) < 1e-5
    assert all(abs(first[k] - second[k]) < 1e-3 for k in first)


def test_numpy_inference_matches_what_scikit_learn_trained() -> None:
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(REPO / "eval"))
    spec = importlib.util.spec_from_file_location("claimtrail_recipe_stance", REPO / "recipes" / "stance.py")
    assert spec is not None and spec.loader is not None
    recipe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(recipe)
    data = recipe.examples(["sample", "dev"])
    assert len(data) > 200  # the two corpora's matched attributions
    model, estimator, matrix = recipe.fit(data)
    expected = estimator.predict_proba(matrix)
    for i in range(0, len(data), 7):
        got = model.probabilities(data[i]["content"], data[i]["meta"], data[i]["texts"])
        assert np.allclose([got[c] for c in estimator.classes_], expected[i], atol=1e-4)


def test_word_vectors_carry_the_meaning_of_words_the_gold_never_showed() -> None:
    """The shipped model reads the content, the text before it and the source through word vectors: one
    score per word, place and class, whose mean is what a place adds. A word without a vector adds
    nothing; the same words with and without their vectors give other probabilities."""
    shipped = stance.model("nl")
    assert shipped is not None and len(shipped.word_index) > 10_000
    assert shipped.word_scores.shape == (len(shipped.word_index), 3, len(shipped.classes))
    content = "de fabriek heeft het afvalwater jarenlang geloosd"
    texts = stance.semantic_texts("De actiegroep zegt dat " + content + ".", (23, 23 + len(content)), (0, 13))
    assert texts == (content, "De actiegroep zegt dat ", "De actiegroep")
    words = [w for w in stance._WORD.findall(content) if w in shipped.word_index]
    expected = shipped.word_scores[[shipped.word_index[w] for w in words], 0].mean(axis=0)
    assert np.allclose(shipped.semantic((content, "", "")), expected)
    assert not shipped.semantic(("qqqzzz xxyyzz", "", "")).any()
    meta = stance.meta_features("zegt", "assert", "indirect", False)
    plain = shipped.probabilities(stance.content_features(content), meta, ("", "", ""))
    read = shipped.probabilities(stance.content_features(content), meta, texts)
    assert max(abs(plain[c] - read[c]) for c in plain) > 0.01


def test_find_attributions_gives_the_model_the_text_before_the_content_the_source_and_the_charge(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """find_attributions passes the model what it was trained on: the content, the text before it and the
    source (semantic_texts), the rules' stance before it, and the charge the speaker answers."""
    seen: list[tuple] = []
    model = stance.model("nl")
    assert model is not None
    overrule = type(model).overrule

    def spy(self, content, cue, rule, kind, hedged, previous=None, same=False, texts=(), answering=None):  # type: ignore[no-untyped-def]
        seen.append((content, rule, previous, texts, answering))
        return overrule(self, content, cue, rule, kind, hedged, previous, same, texts, answering)

    monkeypatch.setattr(type(model), "overrule", spy)
    text = (
        "De milieuclub Schone Rivieren beschuldigt Valtrex ervan jarenlang gif in de rivier te lozen. "
        "Valtrex zegt dat het bedrijf alle vergunningen heeft."
    )
    found = find_attributions(text, "nl")
    assert [a.stance for a in found][:1] == ["accuse"]
    content, rule, previous, texts, answering = seen[-1]
    assert content == found[-1].content.text and previous == "accuse" and answering == "accuse"
    assert found[-1].source is not None
    source = (found[-1].source.start, found[-1].source.end)
    content_span = (found[-1].content.start, found[-1].content.end)
    assert texts == stance.semantic_texts(text, content_span, source)
    assert texts[1].endswith("Valtrex zegt dat ") and texts[2] == "Valtrex"
