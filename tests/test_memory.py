"""Long-lived models and knowledge bases are exempted from cyclic garbage collection (claimtrail.memory):
the collector would otherwise walk their objects again at every full collection during a batch."""

from __future__ import annotations

import gc

from claimtrail.nlp import get_backend
from claimtrail.process import store_linker
from claimtrail.store import Store


def test_a_store_knowledge_base_is_frozen_once_built(store: Store) -> None:
    gc.unfreeze()
    kb = store_linker(store).kb
    assert kb.lookup("Moskou")  # (an ordinary, working knowledge base)
    assert gc.get_freeze_count() > 100_000  # the copied name index alone has more objects than that
    gc.unfreeze()


def test_the_default_pipeline_is_frozen_once_loaded() -> None:
    gc.unfreeze()
    backend = get_backend("default", "nl")
    assert backend.name.startswith("spacy:")
    assert gc.get_freeze_count() > 10_000
    gc.unfreeze()
