"""Name matching across spellings, languages and transliterations.

"Poetin" and "Vladimir Putin", "Zelenski" and "Volodymyr Zelenskyy", "Caroline Van Nunen" and
"Carolien van Nunen" are each one referent; "Pieter de Vries" and "Sanne de Vries" are two. This module
compares names as strings; finding the mentions (NER) and deciding which mentions to cluster are the
caller's job.

The rules are data next to this file: `data/transliteration.tsv` (Dutch/English/German spellings of
Cyrillic names onto one key), `data/name_particles.txt` (tussenvoegsels) and
`data/given_name_variants.tsv` (given names that are forms of one name).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from importlib import resources

__all__ = [
    "MERGE_THRESHOLD",
    "cluster_names",
    "PersonName",
    "fold",
    "given_names_similarity",
    "name_key",
    "parse_person",
    "same_referent",
]

MERGE_THRESHOLD = 0.75
"""`same_referent` scores at or above this are meant to merge; below it they are not."""

# Letters that Unicode does not decompose into a base letter and an accent.
_SPECIAL_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ŀ": "l"}
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})


def _data_text(name: str) -> str:
    return resources.files("claimtrail.link").joinpath("data", name).read_text(encoding="utf-8")


def _data_lines(name: str) -> list[str]:
    return [
        line for line in _data_text(name).splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]


@cache
def given_names() -> dict[str, str]:
    """Given name -> 'f', 'm' or 'u' (data/given_names.tsv); the exact spelling wins over its folded form."""
    table: dict[str, str] = {}
    for line in _data_lines("given_names.tsv"):
        name, gender = (cell.strip() for cell in line.split("\t")[:2])
        table.setdefault(fold(name), gender)
        table[name] = gender
    return table


# adjectives of regions, provinces and cities, uninflected (the inflected forms end in -se): 'Vlaams
# minister', 'Fries gas'
REGIONAL_ADJECTIVES = frozenset(
    """vlaams waals brussels fries limburgs brabants zeeuws gronings drents twents gelders utrechts hollands
    antwerps gents schots welsh catalaans baskisch beiers""".split()
)


@cache
def common_words() -> frozenset[str]:
    """Lower-case Dutch words that are ordinary words more often than names (data/common_words.txt, made
    by recipes/common_words.py): 'schaatsster' and 'vervoerder', not 'bakker' (Bakker is commoner)."""
    return frozenset(line.strip() for line in _data_lines("common_words.txt"))


def gender_of(name: str) -> str | None:
    """'f' or 'm' from a full name's given name ('Maartje de Groot', 'Juriste Maartje de Groot' -> 'f');
    None for a surname alone or a name without a known given name."""
    words = name.split()
    table = given_names()
    for word in words[:-1][:2]:  # the given name comes before the surname, after at most one title
        gender = table.get(word) or table.get(fold(word))
        if gender:
            return gender if gender in ("f", "m") else None
    return None


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=1 << 16)  # called for every name, mention and candidate: most are the same few words
def fold(text: str) -> str:
    """Case-folded, accent-free text with white space collapsed: 'Oekraïne' -> 'oekraine',
    'ŁÓDŹ' -> 'lodz'. Apostrophes and hyphens are kept (they are part of names such as 's-Gravenhage)."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text.casefold().translate(_QUOTES))
    return " ".join(_COMBINING.sub("", text).translate(_SPECIAL_LETTERS).split())


@cache
def _rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = []
    for line in _data_lines("transliteration.tsv"):
        pattern, replacement, *_why = line.split("\t")
        rules.append((re.compile(pattern), replacement))
    return tuple(rules)


@cache
def _particles() -> frozenset[str]:
    return frozenset(line.strip() for line in _data_lines("name_particles.txt"))


@cache
def _given_groups() -> dict[str, int]:
    groups: dict[str, int] = {}
    for number, line in enumerate(_data_lines("given_name_variants.tsv")):
        for name in line.split("\t"):
            if name.strip():
                groups.setdefault(name_key(name.strip()), number)
    return groups


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """A spelling-insensitive key: names that differ only in transliteration, case, accents, doubled
    letters, hyphens or spaces get the same key ('Poetin'/'Putin', 'Bachmoet'/'Bakhmut',
    'Medvedjev'/'Medvedev', 'Zelenskyy'/'Zelenski'). Keys are for comparing, not for showing."""
    key = fold(text)
    for pattern, replacement in _rules():
        key = pattern.sub(replacement, key)
    return key


@dataclass(frozen=True)
class PersonName:
    """A name split into given names, surname particles and the surname proper."""

    given: tuple[str, ...]
    particles: tuple[str, ...]
    surname: str

    @property
    def surname_key(self) -> str:
        return name_key(self.surname)

    @property
    def particles_key(self) -> str:
        return " ".join(fold(p) for p in self.particles)


@lru_cache(maxsize=65536)
def parse_person(text: str) -> PersonName:
    """Split 'Caroline Van Nunen' into (('Caroline',), ('Van',), 'Nunen'). The surname is the last word
    with the particles right before it; everything before is given names. A name with one word is a
    bare surname."""
    words = text.split()
    if not words:
        return PersonName((), (), "")
    surname = words[-1]
    rest = words[:-1]
    particles: list[str] = []
    while rest and fold(rest[-1]) in _particles():
        particles.insert(0, rest.pop())
    return PersonName(tuple(rest), tuple(particles), surname)


def _is_initial(word: str) -> bool:
    letters = word.replace(".", "").replace("-", "")
    return len(letters) == 1 or (word.endswith(".") and len(letters) <= 2)


def given_names_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """How well two lists of given names fit one person: 1.0 the same names, 0.9 initials or a listed
    variant ('V.' and 'Vladimir', 'Caroline' and 'Carolien'), 0.8 a close spelling with the same first
    letter, 0.0 names that conflict ('Pieter' and 'Sanne'). Only the first given names are compared,
    so a middle name present on one side only does not count against a match."""
    first_a, first_b = a[0], b[0]
    if _is_initial(first_a) or _is_initial(first_b):
        return 0.9 if fold(first_a)[:1] == fold(first_b)[:1] else 0.0
    key_a, key_b = name_key(first_a), name_key(first_b)
    if key_a == key_b:
        return 1.0
    groups = _given_groups()
    if key_a in groups and groups.get(key_a) == groups.get(key_b):
        return 0.9
    if key_a[:1] == key_b[:1] and SequenceMatcher(None, key_a, key_b).ratio() >= 0.85:
        return 0.8
    return 0.0


@lru_cache(maxsize=65536)
def same_referent(a: str, b: str) -> float:
    """A score in [0, 1] that two names denote one referent; merge at `MERGE_THRESHOLD` (0.75) or more.

    - the same name key: 1.0 ('Bachmoet'/'Bakhmut', 'Zelenski'/'Zelensky');
    - the same surname and compatible given names: 0.8 to 0.97;
    - the same surname and a given name on one side only: 0.85 ('Poetin'/'Vladimir Putin'), less for
      surnames shorter than four letters, which are too common to trust;
    - the same surname and conflicting given names or particles: 0.0 ('Pieter de Vries'/'Sanne de Vries',
      'de Vries'/'van Vries'); a one-letter slip in the particles is forgiven (0.78) when the given
      names agree ('Marieke van den Berg'/'Marieke van der Berg');
    - different surnames: a string similarity scaled to stay below the threshold.
    """
    if not a.strip() or not b.strip():
        return 0.0
    if name_key(a) == name_key(b):
        return 1.0
    pa, pb = parse_person(a), parse_person(b)
    if pa.surname_key != pb.surname_key:
        ratio = SequenceMatcher(None, name_key(a), name_key(b)).ratio()
        return round(0.6 * ratio, 3)
    particles_differ = bool(pa.particles and pb.particles and pa.particles_key != pb.particles_key)
    if pa.given and pb.given:
        similarity = given_names_similarity(pa.given, pb.given)
        if particles_differ:
            # 'Marieke van den Berg' / 'Marieke van der Berg': a slip in the particle is forgiven only
            # when the given names agree and the particles differ by a letter or so.
            close = SequenceMatcher(None, pa.particles_key, pb.particles_key).ratio() >= 0.8
            return 0.78 if close and similarity >= 0.9 else 0.0
        return round(0.97 * similarity, 3) if similarity else 0.0
    if particles_differ:
        return 0.0
    # (the spelling counts, not the key: "Boer" is four letters though its key "bur" is three)
    if max(len(pa.surname_key), len(pa.surname)) < 4:
        return 0.5
    return 0.85


def merges(a: str, b: str, threshold: float = MERGE_THRESHOLD) -> bool:
    """Whether `same_referent(a, b)` reaches `threshold`, without the string similarity that only ranks
    names with different surnames (always below 0.6, so below any merge threshold)."""
    if (
        threshold > 0.6
        and name_key(a) != name_key(b)
        and parse_person(a).surname_key != parse_person(b).surname_key
    ):
        return False
    return same_referent(a, b) >= threshold


def cluster_names(names: list[str], threshold: float = MERGE_THRESHOLD) -> list[list[str]]:
    """Group name strings that denote one referent (complete linkage: a name joins a group only when it
    matches every name already in it, so 'Van Nunen' cannot bridge two different Van Nunens). Longer
    names are placed first, so full names anchor their groups. A name that fits two groups ('De Vries'
    beside 'Pieter de Vries' and 'Sanne de Vries') is ambiguous and stays on its own: a wrong merge
    costs a claim ledger more than a missed one. Groups keep the input order of names."""
    order = sorted(range(len(names)), key=lambda i: (-len(names[i].split()), -len(names[i]), i))
    groups: list[list[int]] = []
    for i in order:
        fits = [g for g in groups if all(merges(names[i], names[j], threshold) for j in g)]
        if len(fits) == 1:
            fits[0].append(i)
        else:
            groups.append([i])
    return [[names[i] for i in sorted(g)] for g in sorted(groups, key=min)]
