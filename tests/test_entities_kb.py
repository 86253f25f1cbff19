"""The knowledge base: packaged seeds, curated actors and metonyms, and user edits that survive reloads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from claimtrail.link.kb import Entry, KnowledgeBase, default_kb
from claimtrail.link.names import fold
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_kb()


def ids(kb: KnowledgeBase, surface: str, language: str | None = None) -> list[str]:
    return [e.id for e in kb.lookup(surface, language)]


# Each group is one real-world referent, spelled as the seed articles and English news spell it.
ONE_ENTITY = {
    "ct:zelensky": ["Zelensky", "Zelenski", "Volodymyr Zelensky", "Volodimir Zelenski", "Zelenskyy"],
    "ct:putin": ["Poetin", "Vladimir Poetin", "Vladimir Putin", "Putin"],
    "geonames:703448": ["Kiev", "Kyiv", "Kyjiv"],
    "geonames:524901": ["Moskou", "Moscow"],
    "ct:kremlin": ["Kremlin", "het Kremlin", "the Kremlin"],
    "ct:blinken": ["Antony Blinken", "Blinken"],
    "geonames:578072": ["Belgorod"],
    "ct:white-house": ["Witte Huis", "het Witte Huis", "White House"],
    "ct:nato": ["NAVO", "NATO"],
    "ct:un": ["VN", "Verenigde Naties", "UN"],
    "iso3166:UA": ["Oekraïne", "Ukraine"],
    "iso3166:RU": ["Rusland", "Russia", "Russian Federation", "Russische Federatie"],
    "iso3166:US": ["VS", "Verenigde Staten", "United States"],
    "geonames:2747373": ["Den Haag", "The Hague", "'s-Gravenhage"],
    "geonames:559034": ["Grajvoron", "Graivoron", "Grayvoron"],
    "ct:gov-ua": ["het regime in Kiev", "het regime in Kyiv"],
}


@pytest.mark.parametrize(("entry_id", "surface"), [(k, s) for k, v in ONE_ENTITY.items() for s in v])
def test_each_spelling_finds_its_entity_first(kb: KnowledgeBase, entry_id: str, surface: str) -> None:
    assert ids(kb, surface, "nl")[0] == entry_id
    assert ids(kb, surface, "en")[0] == entry_id


def test_transliteration_key_finds_unlisted_spellings(kb: KnowledgeBase) -> None:
    assert ids(kb, "Medvedjev") == ["ct:medvedev"]
    assert ids(kb, "Volodymyr Zelenskyj")[0] == "ct:zelensky"


def test_unknown_names_find_nothing(kb: KnowledgeBase) -> None:
    assert kb.lookup("Xqzzyville") == []
    assert kb.lookup("") == []


def test_seed_spellings_occur_in_the_seeds() -> None:
    """The test table above is not invented: the seed articles use these spellings."""
    if not SEEDS.is_dir():
        pytest.skip(f"no seed articles at {SEEDS}")
    text = " ".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    for surface in ["Zelensky", "Volodimir Zelenski", "Volodymyr Zelensky", "Vladimir Poetin", "Kiev",
                    "Kyiv", "Moskou", "Kremlin", "Antony Blinken", "Belgorod", "Caroline Van Nunen",
                    "Carolien van Nunen", "Witte Huis", "Kozinka", "VS"]:  # fmt: skip
        assert surface in text, surface


@pytest.mark.parametrize(
    ("surface", "speaker"),
    [
        ("Moskou", "ct:gov-ru"),
        ("Rusland", "ct:gov-ru"),
        ("Kiev", "ct:gov-ua"),
        ("Washington", "ct:gov-us"),
        ("Londen", "ct:gov-gb"),
        ("Den Haag", "ct:gov-nl"),
        ("het Kremlin", "ct:russian-presidency"),
        ("Witte Huis", "ct:us-presidency"),
        ("NAVO", "ct:nato"),  # an organisation speaks for itself
        ("Belgorod", "geonames:578072"),  # a place that is no seat of government stays a place
    ],
)
def test_metonyms_speak_for_their_government(kb: KnowledgeBase, surface: str, speaker: str) -> None:
    assert kb.speaker(kb.lookup(surface, "nl")[0]).id == speaker


def test_the_kremlin_is_a_place_that_speaks_for_the_presidency(kb: KnowledgeBase) -> None:
    kremlin = kb.lookup("het Kremlin", "nl")[0]
    assert kremlin.type == "LOC" and kremlin.is_place
    assert kremlin.country == "RU"
    assert kb.speaker(kremlin).type == "ORG"
    assert kremlin.lat == pytest.approx(55.752, abs=0.01) and kremlin.lon == pytest.approx(37.617, abs=0.01)


def test_country_entries_carry_dutch_names_from_pycountry(kb: KnowledgeBase) -> None:
    germany = kb.get("iso3166:DE")
    assert germany is not None and germany.type == "GPE"
    assert "Duitsland" in germany.names("nl")
    assert "Germany" in germany.names("en")
    assert germany.source == "pycountry"


def test_places_come_from_geonames_with_coordinates(kb: KnowledgeBase) -> None:
    belgorod = kb.get("geonames:578072")
    assert belgorod is not None
    assert (belgorod.country, belgorod.source) == ("RU", "geonames")
    assert belgorod.lat == pytest.approx(50.60, abs=0.05) and belgorod.lon == pytest.approx(36.58, abs=0.05)
    assert belgorod.population and belgorod.population > 300_000
    kozinka = kb.get("geonames:543229")
    assert kozinka is not None and kozinka.name == "Kozinka" and kozinka.country == "RU"


def test_size(kb: KnowledgeBase) -> None:
    assert len(kb) > 150_000  # ~250 countries, ~170,000 places, ~30 curated actors


# ---------------------------------------------------------------------------------------------------
# The curated seed is well-formed


def test_curated_seed_is_consistent(kb: KnowledgeBase) -> None:
    data = yaml.safe_load(Path("src/claimtrail/link/data/actors.yaml").read_text(encoding="utf-8"))
    entity_ids = [e["id"] for e in data["entities"]]
    assert len(entity_ids) == len(set(entity_ids)), "duplicate ids"
    for record in data["entities"] + data["annotate"]:
        entry = kb.get(record["id"])
        assert entry is not None, f"{record['id']} is not in the knowledge base"
        assert entry.source != "geonames" and entry.source != "pycountry"
        if entry.speaks_for:
            assert kb.get(entry.speaks_for) is not None, f"{entry.id} speaks for a missing entry"
        for language in record.get("aliases") or {}:
            assert language in ("nl", "en", "any")


# ---------------------------------------------------------------------------------------------------
# Edits: add_alias, merge, split, replayed from the journal


@pytest.fixture
def small_kb(tmp_path: Path) -> KnowledgeBase:
    """Countries and curated actors, without the 170,000 places: fast, and enough to edit."""
    return KnowledgeBase.load(tmp_path / "edits.jsonl", places=False)


def reload(kb: KnowledgeBase) -> KnowledgeBase:
    return KnowledgeBase.load(kb.edits, places=False)


def test_add_alias_survives_reload(small_kb: KnowledgeBase) -> None:
    small_kb.add_alias("ct:putin", "de Russische president", "nl")
    assert ids(small_kb, "de Russische president") == ["ct:putin"]
    assert ids(reload(small_kb), "De Russische President") == ["ct:putin"]


def test_add_entry_and_merge_survive_reload(small_kb: KnowledgeBase) -> None:
    small_kb.add_entry(Entry(id="user:vannunen", name="Caroline Van Nunen", type="PER", country="BE"))
    small_kb.add_entry(Entry(id="user:vannunen-2", name="Carolien van Nunen", type="PER"))
    kept = small_kb.merge("user:vannunen", "user:vannunen-2")
    assert {fold(n) for n in kept.names()} == {"caroline van nunen", "carolien van nunen"}
    again = reload(small_kb)
    assert ids(again, "Carolien van Nunen") == ["user:vannunen"]
    assert again.get("user:vannunen-2") == again.get("user:vannunen")
    assert len(again) == len(small_kb)


def test_split_moves_aliases_to_a_stable_new_entry(small_kb: KnowledgeBase) -> None:
    both = {"nl": ["Pieter de Vries", "Sanne de Vries"]}
    small_kb.add_entry(
        Entry.from_dict({"id": "user:vries", "name": "Pieter de Vries", "type": "PER", "aliases": both})
    )
    sanne = small_kb.split("user:vries", ["Sanne de Vries"])
    assert sanne.id.startswith("user:") and sanne.name == "Sanne de Vries" and sanne.type == "PER"
    assert ids(small_kb, "Sanne de Vries") == [sanne.id]
    assert ids(small_kb, "Pieter de Vries") == ["user:vries"]
    again = reload(small_kb)
    assert ids(again, "Sanne de Vries") == [sanne.id]
    assert again.get("user:vries") is not None
    assert [a.text for a in again.get("user:vries").aliases] == ["Pieter de Vries"]  # type: ignore[union-attr]


def test_journal_is_one_json_object_a_line(small_kb: KnowledgeBase) -> None:
    small_kb.add_alias("ct:nato", "het Bondgenootschap", "nl")
    small_kb.merge("ct:gov-ua", "iso3166:UA")
    assert small_kb.edits is not None
    lines = [json.loads(line) for line in small_kb.edits.read_text(encoding="utf-8").splitlines()]
    assert [line["op"] for line in lines] == ["alias", "merge"]


def test_edits_name_what_is_wrong(small_kb: KnowledgeBase, tmp_path: Path) -> None:
    with pytest.raises(KeyError, match="no entry"):
        small_kb.add_alias("ct:nobody", "x")
    with pytest.raises(KeyError, match="has no alias"):
        small_kb.split("ct:nato", ["Warschaupact"])
    with pytest.raises(ValueError, match="type must be"):
        Entry.from_dict({"id": "x", "name": "X", "type": "THING"})
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"op": "alias", "id": "ct:nato", "alias": "x"}\n{"op": "rename"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2: not a valid edit"):
        KnowledgeBase.load(bad, places=False)


def test_a_stale_edit_is_skipped_and_reported(tmp_path: Path) -> None:
    journal = tmp_path / "edits.jsonl"
    journal.write_text(
        '{"op": "merge", "keep": "ct:putin", "other": "geonames:999999999"}\n'
        '{"op": "alias", "id": "ct:putin", "alias": "de Russische president", "language": "nl"}\n',
        encoding="utf-8",
    )
    kb = KnowledgeBase.load(journal, places=False)
    assert len(kb.stale_edits) == 1 and "edits.jsonl:1" in kb.stale_edits[0]
    assert ids(kb, "de Russische president") == ["ct:putin"]


@pytest.mark.parametrize(
    ("surface", "entry_id"),
    [("Poetins", "ct:putin"), ("Ruslands", "iso3166:RU"), ("Russia's", "iso3166:RU"), ("Bidens", "ct:biden")],
)
def test_genitives_find_their_entity(kb: KnowledgeBase, surface: str, entry_id: str) -> None:
    assert ids(kb, surface)[0] == entry_id


def test_a_name_that_ends_in_s_is_not_cut(kb: KnowledgeBase) -> None:
    assert ids(kb, "Reuters") == ["ct:reuters"]
    paris = kb.lookup("Paris")[0]
    assert (paris.name, paris.country) == ("Paris", "FR")


def test_an_acronym_finds_only_what_it_spells(kb: KnowledgeBase) -> None:
    assert [e.id for e in kb.lookup("NVWA", "nl")][:1] == ["ct:nvwa"]
    assert [e.id for e in kb.lookup("N-VA", "nl")] == ["ct:n-va"]  # no transliteration key for acronyms
    assert [e.id for e in kb.lookup("CBS News", "nl")] == ["ct:cbs-news"]  # not the statistics bureau


def test_nouns_an_article_uses_for_an_entry_survive_a_round_trip(kb: KnowledgeBase) -> None:
    rivm = kb.get("ct:rivm")
    assert rivm is not None and "instituut" in rivm.nouns
    assert Entry.from_dict(rivm.to_dict()).nouns == rivm.nouns


def test_a_town_at_home_bearing_the_name_beats_a_city_abroad_that_has_it_as_an_alternate(
    kb: KnowledgeBase,
) -> None:
    # 'Landen' is a Flemish town and one of London's many alternate names in GeoNames
    assert [(e.name, e.country) for e in kb.lookup("Landen", "nl")][0] == ("Landen", "BE")
    assert kb.lookup("Londen", "nl")[0].name == "London"  # the Dutch exonym is untouched
    assert kb.lookup("Aken", "nl")[0].name == "Aachen"  # a namesake abroad does not win by its own name


def test_a_lookup_answered_before_an_edit_is_answered_anew_after_it() -> None:
    kb = KnowledgeBase.load(places=False)
    assert kb.lookup("Kremlinburcht") == []  # remembered as nothing
    kb.add_alias("ct:kremlin", "Kremlinburcht", "nl")
    assert [e.id for e in kb.lookup("Kremlinburcht")] == ["ct:kremlin"]
