"""Any installed spaCy pipeline (package name or folder) as a claimtrail backend.

spaCy keeps runs of extra white space as tokens of their own; they are dropped here (a head that points at
one is moved up to that token's head), so every `Token` is a word and offsets stay exact.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimtrail.memory import settle
from claimtrail.nlp.doc import Doc, Entity, Sentence, Token

if TYPE_CHECKING:
    import spacy.language
    import spacy.tokens

# spaCy's `Doc.has_annotation` attribute for each of our annotation names.
_SPACY_ATTRS = {
    "lemma": "LEMMA",
    "upos": "POS",
    "xpos": "TAG",
    "morph": "MORPH",
    "deps": "DEP",
    "entities": "ENT_IOB",
}
_PROBE = {"nl": "Jan woont in Amsterdam.", "en": "John lives in London."}


class SpacyBackend:
    """A loaded spaCy `Language`. Use `registry.get_backend` rather than building one directly."""

    def __init__(self, nlp: spacy.language.Language, name: str) -> None:
        self.nlp = nlp
        self.name = f"spacy:{name}"
        self.languages: tuple[str, ...] = (str(nlp.lang),)
        self.nlp.max_length = max(self.nlp.max_length, 5_000_000)  # long articles; memory is per batch
        if not self._sets_sentences():
            # extractors need sentences: a pipeline without parser or senter gets the rule-based splitter
            self.nlp.add_pipe("sentencizer")
        if _GUARD not in self.nlp.pipe_names:
            _register_guard()
            self.nlp.add_pipe(_GUARD, first=True)  # in the pipeline, so --workers processes run it too
        probe = self.nlp(_PROBE.get(self.languages[0], _PROBE["en"]))
        self.provides = _annotations(probe)

    @classmethod
    def load(cls, name_or_path: str | Path) -> SpacyBackend:
        import spacy

        with _fast_cpu_ops():
            nlp = spacy.load(name_or_path)
        settle()  # the model lives as long as the process (claimtrail.memory)
        if Path(name_or_path).exists():  # a folder: name it by its meta, not by where it lies
            lang, name, version = (nlp.meta.get(k, "") for k in ("lang", "name", "version"))
            return cls(nlp, f"{lang}_{name}-{version}")
        return cls(nlp, str(name_or_path))

    def _sets_sentences(self) -> bool:
        for name in self.nlp.pipe_names:
            assigns = self.nlp.get_pipe_meta(name).assigns
            if "token.is_sent_start" in assigns or "doc.sents" in assigns:
                return True
        return False

    def parse(self, texts: Iterable[str], batch_size: int = 64, workers: int = 1) -> Iterator[Doc]:
        with _one_blas_thread():  # worker processes inherit the limit
            for sdoc in self.nlp.pipe(texts, batch_size=batch_size, n_process=workers):
                yield convert(sdoc, self.name)

    def parse_words(self, sentences: Iterable[Sequence[str]], batch_size: int = 64) -> Iterator[Doc]:
        from spacy.tokens import Doc as SpacyDoc

        def docs() -> Iterator[SpacyDoc]:
            for words in sentences:
                spaces = [True] * len(words)
                if spaces:
                    spaces[-1] = False
                sdoc = SpacyDoc(self.nlp.vocab, words=list(words), spaces=spaces)
                for token in sdoc[1:]:
                    token.is_sent_start = False  # a given sentence stays one: the parser may not split it
                yield sdoc

        with _one_blas_thread():
            for sdoc in self.nlp.pipe(docs(), batch_size=batch_size):
                yield convert(sdoc, self.name)

    def close(self) -> None:
        pass


def _fast_cpu_ops() -> contextlib.AbstractContextManager[object]:
    """On CPU, the models' matrix products go through numpy's BLAS instead of thinc's bundled BLIS.

    Same numbers, but on this project's machine (AMD EPYC) BLIS multiplies at a third of numpy's speed
    (25 against 82 GFLOP/s, one core): the token encoders ran 2.5 times slower (docs/benchmarks.md).
    A GPU or other ops the user has chosen are left as they are.
    """
    from thinc.api import NumpyOps, get_current_ops, use_ops

    if type(get_current_ops()) is NumpyOps:
        return use_ops("numpy", use_blis=False)
    return contextlib.nullcontext()


def _one_blas_thread() -> contextlib.AbstractContextManager[object]:
    """One BLAS thread per process while parsing: the matrices are too small to gain from more (one process
    with two threads parsed no faster than with one), and `--workers` processes must not fight over cores."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


_SENTENCE_END = tuple(".!?…:;")
_CLOSERS = frozenset("\"'”’»)]")


_GUARD = "claimtrail_sentence_guard"


def _register_guard() -> None:
    from spacy.language import Language

    if not Language.has_factory(_GUARD):
        Language.component(_GUARD, func=_guard_sentences)


def _guard_sentences(sdoc: spacy.tokens.Doc) -> spacy.tokens.Doc:
    """Lets a sentence start only after sentence-final punctuation (or its closing quote) or a line break: a
    parser may otherwise split 'Kyiv ontkent | dat.' at a text's end. Elsewhere the parser still decides."""
    from spacy.attrs import SENT_START

    # set all at once: each `token.is_sent_start = False` would scan the whole doc
    starts = sdoc.to_array([SENT_START]).astype("int64")
    ended = True  # whether what came before this token may end a sentence
    for tok in sdoc:
        if tok.is_space:
            ended = ended or "\n" in tok.text
            continue
        if not ended:
            starts[tok.i] = -1
        final = tok.text.endswith(_SENTENCE_END) or (tok.text in _CLOSERS and ended)  # ('zei hij.”')
        ended = final or "\n" in tok.whitespace_
    wrapped: Any = starts.astype("uint64").reshape(-1, 1)  # -1 wraps around, as spaCy expects
    return sdoc.from_array([SENT_START], wrapped)


def _morph(value: str) -> str:
    return "" if value == "_" else value  # "_": spaCy's empty morphology


def _annotations(sdoc: spacy.tokens.Doc) -> tuple[str, ...]:
    found = ["tokens", "sentences"]
    found += [name for name, attr in _SPACY_ATTRS.items() if sdoc.has_annotation(attr)]
    return tuple(found)


def convert(sdoc: spacy.tokens.Doc, backend: str = "spacy") -> Doc:
    """A spaCy `Doc` as a claimtrail `Doc`: white-space tokens dropped, offsets into `sdoc.text` exact.

    Reads each spaCy token once: `sdoc.text` and `token.head` build new objects on every call."""
    from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, MORPH, ORTH, POS, TAG

    text = sdoc.text
    parsed = sdoc.has_annotation("DEP")
    strings = sdoc.vocab.strings
    rows = sdoc.to_array([IDX, ORTH, LEMMA, POS, TAG, MORPH, HEAD, DEP, IS_SPACE]).tolist()
    # HEAD is relative to the token; uint64 in the array, so a head to the left comes back as 2**64 - k
    heads = [(i + r[6]) % 2**64 if parsed else i for i, r in enumerate(rows)]
    keep = [i for i, r in enumerate(rows) if not r[8]]
    new_index = {old: new for new, old in enumerate(keep)}

    def head_of(i: int) -> int:
        seen = set()
        while heads[i] not in new_index and heads[i] != i and i not in seen:
            seen.add(i)
            i = heads[i]
        return new_index.get(heads[i], new_index.get(i, 0))

    def string(key: int) -> str:
        return strings[key] if key else ""

    tokens = []
    for n, old in enumerate(keep):
        idx, orth, lemma, pos, tag, morph, _, dep_key, _ = rows[old]
        word = strings[orth]
        dep = string(dep_key) if parsed else ""
        tokens.append(
            Token(
                i=n,
                start=idx,
                end=idx + len(word),
                text=word,
                lemma=string(lemma),
                upos=string(pos),
                xpos=string(tag),
                morph=_morph(string(morph)),
                head=head_of(old) if parsed else n,
                dep="root" if dep == "ROOT" else dep,
            )
        )

    def token_range(start: int, end: int) -> tuple[int, int] | None:
        inside = [new_index[i] for i in range(start, end) if i in new_index]
        return (inside[0], inside[-1] + 1) if inside else None

    sentences = []
    for sent in sdoc.sents:
        r = token_range(sent.start, sent.end)
        if r:
            sentences.append(Sentence(r[0], r[1], tokens[r[0]].start, tokens[r[1] - 1].end))
    if parsed:  # a head never crosses a sentence: a token whose head was outside becomes a root
        for s in sentences:
            for n in range(s.start_token, s.end_token):
                if not s.start_token <= tokens[n].head < s.end_token:
                    tokens[n] = replace(tokens[n], head=n, dep="root")
    entities = []
    for ent in sdoc.ents:
        r = token_range(ent.start, ent.end)
        if r:
            start, end = tokens[r[0]].start, tokens[r[1] - 1].end
            entities.append(Entity(r[0], r[1], start, end, ent.label_, text[start:end]))
    return Doc(
        text=text,
        tokens=tokens,
        sentences=sentences,
        entities=entities,
        language=sdoc.lang_,
        backend=backend,
        annotations=_annotations(sdoc),
    )
