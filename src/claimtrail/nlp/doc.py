"""The one annotated document every extractor reads, whatever backend produced it.

Plain dataclasses, JSON-serialisable under a versioned name (`nlp.doc.v1`): a change of shape adds `v2`.
Every token, sentence and entity carries character offsets into `Doc.text`, the text exactly as given,
so `doc.text[token.start:token.end] == token.text` always holds (backends are tested for it).

Conventions:
- `Token.head` is the index (in `Doc.tokens`) of the token's syntactic head; a sentence root points to
  itself, as in spaCy. Without a parse every token points to itself and `dep` is "".
- Fields a backend does not provide are "" (see `Doc.annotations` for what was provided).
- `Sentence` and `Entity` hold token ranges `[start_token, end_token)` and the matching character span.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA = "nlp.doc.v1"

# What a backend may provide; `Doc.annotations` and `Backend.provides` use these names.
ANNOTATIONS = ("tokens", "sentences", "lemma", "upos", "xpos", "morph", "deps", "entities")


@dataclass(frozen=True)
class Token:
    i: int
    start: int
    end: int
    text: str
    lemma: str = ""
    upos: str = ""
    xpos: str = ""
    morph: str = ""  # UD FEATS style, e.g. "Number=Sing|Gender=Com"
    head: int = -1  # -1 only while building; a finished Doc has a valid index here
    dep: str = ""

    @property
    def is_root(self) -> bool:
        return self.head == self.i


@dataclass(frozen=True)
class Sentence:
    start_token: int
    end_token: int  # exclusive
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    start_token: int
    end_token: int  # exclusive
    start: int
    end: int
    label: str
    text: str


@dataclass
class Doc:
    text: str
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    language: str = ""
    backend: str = ""  # which pipeline produced the annotations, e.g. "spacy:/path/to/model"
    annotations: tuple[str, ...] = ()  # which of ANNOTATIONS are filled in

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.start_token : sentence.end_token]

    def iter_sentences(self) -> Iterator[tuple[Sentence, list[Token]]]:
        for sentence in self.sentences:
            yield sentence, self.sentence_tokens(sentence)

    def children(self, token: Token) -> list[Token]:
        """The tokens whose head is `token` (within its sentence)."""
        return [t for t in self.tokens if t.head == token.i and t.i != token.i]

    def check(self) -> None:
        """Raise ValueError when an offset, index or range is inconsistent with the text."""
        for n, t in enumerate(self.tokens):
            if t.i != n:
                raise ValueError(f"token {n} has index {t.i}")
            if self.text[t.start : t.end] != t.text or t.start >= t.end:
                raise ValueError(f"token {n} {t.text!r} does not match text[{t.start}:{t.end}]")
            if not 0 <= t.head < len(self.tokens):
                raise ValueError(f"token {n} has head {t.head} outside the document")
        for spans in (self.sentences, self.entities):
            for s in spans:
                if not 0 <= s.start_token < s.end_token <= len(self.tokens):
                    raise ValueError(f"span {s} has an empty or out-of-range token range")
                if (s.start, s.end) != (self.tokens[s.start_token].start, self.tokens[s.end_token - 1].end):
                    raise ValueError(f"span {s} character offsets do not match its tokens")

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "text": self.text,
            "language": self.language,
            "backend": self.backend,
            "annotations": list(self.annotations),
            "tokens": [asdict(t) for t in self.tokens],
            "sentences": [asdict(s) for s in self.sentences],
            "entities": [asdict(e) for e in self.entities],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Doc:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"expected a {SCHEMA} document, got schema {data.get('schema')!r}")
        return cls(
            text=data["text"],
            tokens=[Token(**t) for t in data["tokens"]],
            sentences=[Sentence(**s) for s in data["sentences"]],
            entities=[Entity(**e) for e in data["entities"]],
            language=data.get("language", ""),
            backend=data.get("backend", ""),
            annotations=tuple(data.get("annotations", ())),
        )
