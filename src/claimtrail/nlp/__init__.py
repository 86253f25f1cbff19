"""NLP backends behind one interface: texts in, `Doc`s (tokens, sentences, lemmas, tags, morphology,
dependencies, entities, all with character offsets) out. See `registry.get_backend`."""

from claimtrail.nlp.base import Backend
from claimtrail.nlp.doc import SCHEMA, Doc, Entity, Sentence, Token
from claimtrail.nlp.registry import get_backend

__all__ = ["SCHEMA", "Backend", "Doc", "Entity", "Sentence", "Token", "get_backend"]
