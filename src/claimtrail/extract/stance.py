"""A learned second opinion on stance, for what the cue lexicon cannot see.

The cue lexicon decides most stances ('ontkent' denies, 'beschuldigt' accuses), but a speaker who only
'zegt' or 'laat weten' may announce or promise ('dat er eind april een plan volgt', 'We gaan door tot het
verdrag van tafel is'), which the annotation guidelines call 'other', and a charge the content rules read
into a neutral cue may be a plain report. A logistic regression over the content's words and word pairs,
the cue's words and the rules' own reading (trained by `recipes/stance.py` on the project's invented gold
articles, never on the seeds) reads such content, with what comes before it: a question mark, and the
rules' stance of the attribution before this one (after a charge, the accused's 'Wij hebben juist …' is a
rebuttal, which the guidelines call a denial). Since the nineteenth session it also reads the meaning of
words through the default pipeline's static word vectors: the mean vector of the content, of the 150
characters before it and of the source, folded at training into one score per word and class, so a word
the gold never showed ('wanbeleid') counts like its neighbours ('misleiding'). Since the twentieth session
it also sees a negation in the content and whether the speaker answers a charge: named in the content of
one of the attributions just before, by another speaker (the accused's reply is mostly a denial). It
overrules the rules only when it is at least `THRESHOLD` sure, and only towards `OVERRULES`, or at
`DENY_THRESHOLD` from an assertion to a denial; never into accuse or confirm, which it got wrong as often as
right in leave-one-corpus-out tests and which read war words in the seeds as accusations (docs/accuracy.md;
in the twentieth session, trained with contested-claims articles too, accusing at 0.6 still cost 7 of the
seeds' 84 stances, and at 0.8 two).

The extractor does not ask it about rumours ('gaat het gerucht') or a negated cue ('sluit niet uit' is
speculation, 'kon niet bevestigen' doubt): the guidelines fix those.

The model is `data/stance_<language>.npz`; a language without one keeps the rules' stance. Its word scores
come from the pipeline's vectors, which were trained on text licensed for internal training use (see
docs/model-card.md before redistributing it).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parent / "data"
THRESHOLD = 0.6  # the model's probability needed to overrule the rules
OVERRULES = ("assert", "other", "doubt", "speculate")  # the stances the model may give
DENY_THRESHOLD = 0.5  # ... and, at this, a denial where the rules read an assertion (a rebuttal)
META_WEIGHT = 2.0  # the cue and rule features count twice the content's
# The word vectors' weight in each place (the mean vector of its words, times this): the content, the 150
# characters before it, the source as written
SEMANTIC_WEIGHTS = (1.0, 0.5, 0.5)
BEFORE = 150

_WORD = re.compile(r"\b\w\w+\b")


def content_features(content: str) -> list[str]:
    """The content's words and adjacent word pairs, lower-cased ('vergiftigt', 'de lucht')."""
    words = _WORD.findall(content.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def meta_features(
    cue: str,
    rule: str,
    kind: str,
    hedged: bool,
    question: bool = False,
    previous: str | None = None,
    same_speaker: bool = False,
    negated: bool = False,
    answers: str | None = None,
) -> list[str]:
    """What the rules saw: the whole cue, its words, their stance, the attribution type, hedging, a
    question mark in the content, and the rules' stance of the attribution before this one in the text,
    said by the same speaker or another ('Lemmens betwist dat. „Er komt geen gram teer uit onze
    schoorsteen”': a rebuttal goes on denying); a negation in the content (`negated()`), and the rules'
    stance of the charge this speaker answers (`answers()`), each also paired with what came before."""
    cue = cue.lower().strip()
    return [
        "cue=" + re.sub(r"\s+", "_", cue),
        f"rule={rule}",
        f"type={kind}",
        f"hedged={hedged}",
        *("cw=" + w for w in cue.split()),
        *(["question"] if question else []),
        f"previous={previous}",
        f"same_speaker={previous}" if same_speaker else "other_speaker",
        *(["negated", f"negated_after={previous}"] if negated else []),
        *([f"answers={answers}", f"answers={answers}_negated={negated}"] if answers else []),
    ]


_NEGATION = re.compile(r"(?i)\b(?:niet|geen|nooit|niets|niemand|nergens)\b")
ANSWER_REACH = 8  # how many attributions back a source may find itself named


def negated(content: str) -> bool:
    """A negation in the content ('Onze eenheden waren niet in de buurt')."""
    return bool(_NEGATION.search(content))


def answers(names: list[str], speaker: str | None, earlier: list[tuple[str, str, str | None]]) -> str | None:
    """The rules' stance of the last of the ANSWER_REACH attributions before this one, by another speaker,
    whose content names this attribution's source: the accused answering a charge ('De milieuclub
    beschuldigt Valtrex ...' then 'Valtrex spreekt dat tegen'). `names` are the source as written and
    resolved; `earlier` holds (content, rules' stance, resolved source) in text order."""
    keys = {w for name in names if name for w in _WORD.findall(name.lower()) if len(w) >= 4}
    if not keys:
        return None
    for content, rule, who in reversed(earlier[-ANSWER_REACH:]):
        if speaker and who == speaker:
            continue
        if keys & set(_WORD.findall(content.lower())):
            return rule
    return None


def vectorise(features: list[str], index: dict[str, int], idf: np.ndarray) -> dict[int, float]:
    """Sublinear tf-idf of the known features, scaled to unit length (sparse: column -> value)."""
    counts: dict[int, int] = {}
    for f in features:
        i = index.get(f)
        if i is not None:
            counts[i] = counts.get(i, 0) + 1
    values = {i: (1.0 + math.log(n)) * float(idf[i]) for i, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
    return {i: v / norm for i, v in values.items()}


def semantic_texts(text: str, content: tuple[int, int], source: tuple[int, int] | None) -> tuple[str, ...]:
    """What the word vectors read, one text per SEMANTIC_WEIGHTS place: the content, the BEFORE characters
    before it, and the source as written."""
    return (
        text[content[0] : content[1]],
        text[max(0, content[0] - BEFORE) : content[0]],
        text[source[0] : source[1]] if source else "",
    )


@dataclass
class StanceModel:
    content_index: dict[str, int]
    content_idf: np.ndarray
    meta_index: dict[str, int]
    meta_idf: np.ndarray
    coef: np.ndarray  # (classes, content features + meta features)
    intercept: np.ndarray
    classes: list[str]
    # the word vectors' part, folded into one score per word, place and class (words, places, classes): the
    # mean of a place's words is what the mean vector times its weight adds to the classes' scores
    word_index: dict[str, int] = field(default_factory=dict)
    word_scores: np.ndarray = field(default_factory=lambda: np.zeros((0, 0, 0), dtype=np.float32))

    @classmethod
    def load(cls, path: Path) -> StanceModel:
        with np.load(path) as z:
            content = [str(w) for w in z["content_vocab"]]
            meta = [str(w) for w in z["meta_vocab"]]
            words = [str(w) for w in z["semantic_words"]] if "semantic_words" in z else []
            return cls(
                {w: i for i, w in enumerate(content)},
                z["content_idf"].astype(np.float32),
                {w: i for i, w in enumerate(meta)},
                z["meta_idf"].astype(np.float32),
                z["coef"].astype(np.float32),
                z["intercept"].astype(np.float32),
                [str(c) for c in z["classes"]],
                {w: i for i, w in enumerate(words)},
                z["semantic_scores"].astype(np.float32) if words else np.zeros((0, 0, 0), dtype=np.float32),
            )

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            content_vocab=np.array(sorted(self.content_index, key=self.content_index.__getitem__)),
            content_idf=self.content_idf.astype(np.float16),
            meta_vocab=np.array(sorted(self.meta_index, key=self.meta_index.__getitem__)),
            meta_idf=self.meta_idf.astype(np.float16),
            coef=self.coef.astype(np.float16),
            intercept=self.intercept.astype(np.float32),
            classes=np.array(self.classes),
            semantic_words=np.array(sorted(self.word_index, key=self.word_index.__getitem__)),
            semantic_scores=self.word_scores.astype(np.float16),
        )

    def row(self, content: list[str], meta: list[str]) -> dict[int, float]:
        """The feature row (column -> value) of content_features() and meta_features(), as in training."""
        row = vectorise(content, self.content_index, self.content_idf)
        offset = len(self.content_index)
        cue = vectorise(meta, self.meta_index, self.meta_idf)
        row.update({offset + i: v * META_WEIGHT for i, v in cue.items()})
        return row

    def semantic(self, texts: tuple[str, ...]) -> np.ndarray:
        """The word vectors' part of the classes' scores for semantic_texts(): per place, the mean score of
        its words that have a vector (0 where none has)."""
        rows: list[int] = []  # (rows of word_scores seen as (words * places, classes))
        weights: list[float] = []
        places = self.word_scores.shape[1] if self.word_index else 0
        for place, text in enumerate(texts[:places]):
            found = [
                self.word_index[w] * places + place
                for w in _WORD.findall(text.lower())
                if w in self.word_index
            ]
            rows += found
            weights += [1 / len(found)] * len(found) if found else []
        if not rows:
            return np.zeros(len(self.classes), dtype=np.float32)
        table = self.word_scores.reshape(-1, len(self.classes))
        return np.asarray(weights, dtype=np.float32) @ table[rows]

    def probabilities(
        self, content: list[str], meta: list[str], texts: tuple[str, ...] = ()
    ) -> dict[str, float]:
        row = self.row(content, meta)
        columns = np.fromiter(row, dtype=np.int64, count=len(row))
        values = np.fromiter(row.values(), dtype=np.float32, count=len(row))
        scores = self.coef[:, columns] @ values + self.intercept + self.semantic(texts)
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return dict(zip(self.classes, (float(s) for s in scores), strict=True))

    def overrule(
        self,
        content: str,
        cue: str,
        rule: str,
        kind: str,
        hedged: bool,
        previous: str | None = None,
        same_speaker: bool = False,
        texts: tuple[str, ...] = (),
        answering: str | None = None,
    ) -> str | None:
        """The model's stance where it is one of OVERRULES, other than the rules' `rule`, with at least
        THRESHOLD probability, or a denial the rules read as an assertion with DENY_THRESHOLD; else None
        (the rules' stance stands). `previous` is the rules' stance of the attribution before this one;
        `texts` are semantic_texts() (the content alone when not given)."""
        meta = meta_features(
            cue, rule, kind, hedged, "?" in content, previous, same_speaker, negated(content), answering
        )
        probabilities = self.probabilities(content_features(content), meta, texts or (content,))
        return decide(probabilities, rule)


def decide(probabilities: dict[str, float], rule: str) -> str | None:
    """The stance the model's `probabilities` put in place of the rules' `rule`: its best one where that is
    one of OVERRULES with at least THRESHOLD, or a denial of the rules' assertion with DENY_THRESHOLD;
    else None (the rules' stance stands)."""
    best = max(probabilities, key=probabilities.__getitem__)
    if best == "deny" and rule == "assert" and probabilities[best] >= DENY_THRESHOLD:
        return best
    return best if best in OVERRULES and best != rule and probabilities[best] >= THRESHOLD else None


@functools.cache
def model(language: str) -> StanceModel | None:
    path = DATA / f"stance_{language}.npz"
    return StanceModel.load(path) if path.exists() else None
