"""Offline geocoding: a place name to coordinates and country, from the knowledge base.

The policy is to say "unknown" rather than guess. A name resolves when

1. one of its places lies in the article's countries of context (`countries`, e.g. the countries the
   article mentions): the most prominent of those;
2. otherwise when the curated seed, the country list or the user has a single place of that name
   ('Washington' is the US capital, 'Georgia' the country);
3. otherwise when one place dominates: at least `min_population` people (default 15,000) and ten times
   the population of the next namesake ('Moscow' in Russia, not Idaho).

Everything else is unknown: names the knowledge base does not have, names shared by places of similar
size ('Springfield'), and villages that only context can place ('Kozinka' resolves with the hint RU and
not without, since the village in the article may be missing from the data while a namesake is not).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from claimtrail.link.kb import Entry, KnowledgeBase, default_kb

__all__ = ["Geocode", "geocode"]

DOMINANCE = 10.0
"""How many times more people the chosen place must have than its next namesake, without a hint."""


@dataclass(frozen=True)
class Geocode:
    """Where a place name points. `found` is False for unknown and ambiguous names; then `reason` says
    which, and `candidates` how many places the name could be. Countries have a country code and no
    coordinates; seas and regions (curated LOC entries) may have neither."""

    query: str
    found: bool
    reason: str
    entry_id: str | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    candidates: int = 0

    @classmethod
    def of(cls, query: str, entry: Entry, reason: str, candidates: int) -> Geocode:
        return cls(query, True, reason, entry.id, entry.name, entry.lat, entry.lon, entry.country, candidates)


def geocode(
    name: str,
    *,
    countries: Iterable[str] = (),
    language: str | None = None,
    kb: KnowledgeBase | None = None,
    min_population: int = 15_000,
) -> Geocode:
    """Geocode `name` (as written: 'Moskou', 'Kyjiv', 'Den Haag'). `countries` are ISO 3166 alpha-2
    codes that the article's context makes likely; `language` the article's language."""
    kb = kb or default_kb()
    places = [e for e in kb.lookup(name, language) if e.is_place]
    if not places:
        return Geocode(name, False, "not in the knowledge base")
    hints = {c.upper() for c in countries}
    in_context = [e for e in places if e.country in hints]
    if in_context:
        # Countries and curated places first, then the most populous: lookup's order.
        return Geocode.of(name, in_context[0], "in the article's countries", len(places))
    vetted = [e for e in places if e.rank < 3]  # user, curated or the country list
    if len(vetted) == 1:
        return Geocode.of(name, vetted[0], "the curated or country entry of that name", len(places))
    if len(vetted) > 1:
        return Geocode(name, False, "ambiguous", candidates=len(places))
    by_size = sorted(places, key=lambda e: -(e.population or 0))
    top = by_size[0].population or 0
    runner_up = (by_size[1].population or 0) if len(by_size) > 1 else 0
    if top >= min_population and top >= DOMINANCE * runner_up:
        return Geocode.of(name, by_size[0], "the dominant place of that name", len(places))
    if len(places) > 1:
        return Geocode(name, False, "ambiguous", candidates=len(places))
    return Geocode(name, False, "too small to place without context", candidates=1)
