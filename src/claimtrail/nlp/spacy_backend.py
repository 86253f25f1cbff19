"""Any installed spaCy pipeline (package name or folder) as a claimtrail backend.

spaCy keeps runs of extra white space as tokens of their own; they are dropped here (a head that points at
one is moved up to that token's head), so every `Token` is a word and offsets stay exact.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

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
        probe = self.nlp(_PROBE.get(self.languages[0], _PROBE["en"]))
        self.provides = _annotations(probe)

    @classmethod
    def load(cls, name_or_path: str | Path) -> SpacyBackend:
        import spacy

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
        docs = (_guard_sentences(self.nlp.make_doc(text)) for text in texts)
        for sdoc in self.nlp.pipe(docs, batch_size=batch_size, n_process=workers):
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

        for sdoc in self.nlp.pipe(docs(), batch_size=batch_size):
            yield convert(sdoc, self.name)

    def close(self) -> None:
        pass


_SENTENCE_END = tuple(".!?…:;")
_CLOSERS = frozenset("\"'”’»)]")


def _guard_sentences(sdoc: spacy.tokens.Doc) -> spacy.tokens.Doc:
    """Lets a sentence start only after sentence-final punctuation (or its closing quote) or a line break: a
    parser may otherwise split 'Kyiv ontkent | dat.' at a text's end. Elsewhere the parser still decides."""
    ended = True  # whether what came before this token may end a sentence
    for tok in sdoc:
        if tok.is_space:
            ended = ended or "\n" in tok.text
            continue
        if not ended:
            tok.is_sent_start = False
        final = tok.text.endswith(_SENTENCE_END) or (tok.text in _CLOSERS and ended)  # ('zei hij.”')
        ended = final or "\n" in tok.whitespace_
    return sdoc


def _annotations(sdoc: spacy.tokens.Doc) -> tuple[str, ...]:
    found = ["tokens", "sentences"]
    found += [name for name, attr in _SPACY_ATTRS.items() if sdoc.has_annotation(attr)]
    return tuple(found)


def convert(sdoc: spacy.tokens.Doc, backend: str = "spacy") -> Doc:
    """A spaCy `Doc` as a claimtrail `Doc`: white-space tokens dropped, offsets into `sdoc.text` exact.

    Reads each spaCy token once: `sdoc.text` and `token.head` build new objects on every call."""
    text = sdoc.text
    parsed = sdoc.has_annotation("DEP")
    spacy_tokens = list(sdoc)
    heads = [t.head.i for t in spacy_tokens] if parsed else list(range(len(spacy_tokens)))
    keep = [t.i for t in spacy_tokens if not t.is_space]
    new_index = {old: new for new, old in enumerate(keep)}

    def head_of(i: int) -> int:
        seen = set()
        while heads[i] not in new_index and heads[i] != i and i not in seen:
            seen.add(i)
            i = heads[i]
        return new_index.get(heads[i], new_index.get(i, 0))

    tokens = []
    for n, old in enumerate(keep):
        t = spacy_tokens[old]
        dep = t.dep_ if parsed else ""
        tokens.append(
            Token(
                i=n,
                start=t.idx,
                end=t.idx + len(t.text),
                text=t.text,
                lemma=t.lemma_,
                upos=t.pos_,
                xpos=t.tag_,
                morph=str(t.morph),
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
