"""Cross-document linking: one canonical entity per real-world referent.

- `names`: spelling-, transliteration- and particle-aware name matching (`same_referent`, `cluster_names`);
- `kb`: the editable knowledge base of entities (`KnowledgeBase`, `default_kb`);
- `geocode`: offline geocoding of place names that says "unknown" rather than guess.

Everything works on strings; finding the mentions is the NER's job (claimtrail.nlp).
"""

from claimtrail.link.geocode import Geocode, geocode
from claimtrail.link.kb import Alias, Entry, KnowledgeBase, default_kb
from claimtrail.link.names import MERGE_THRESHOLD, cluster_names, fold, name_key, same_referent

__all__ = [
    "MERGE_THRESHOLD",
    "Alias",
    "Entry",
    "Geocode",
    "KnowledgeBase",
    "cluster_names",
    "default_kb",
    "fold",
    "geocode",
    "name_key",
    "same_referent",
]
