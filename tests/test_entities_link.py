"""The entity step: names found and linked within an article and across articles (link/entities.py),
stored by `claimtrail process`, corrected with `claimtrail entities merge|split|alias`.

All texts here are invented for the tests. End-to-end accuracy on the gold of the seeds and the sample
corpus is pinned at the bottom (scores from `python eval/entities.py`)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import ModuleType

import pytest

from claimtrail.extract.attributions import find_attributions
from claimtrail.link.entities import Entity, Linker, find_names, resolve_sources
from claimtrail.model import Article
from claimtrail.process import process_article
from tests.conftest import load_eval_script, write_jsonl


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker()


def link(linker: Linker, text: str, language: str = "nl") -> list[Entity]:
    return linker.link(text, language, find_attributions(text, language))


def by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {m.text: e for e in entities for m in e.mentions}


def test_known_names_link_to_the_knowledge_base_and_spans_are_exact() -> None:
    text = "Poetin sprak dinsdag in Moskou. Volgens het Kremlin was het rustig in Kyiv."
    found = {n.text: n for n in find_names(text)}
    assert found["Poetin"].entry is not None and found["Poetin"].entry.id == "ct:putin"
    assert found["Moskou"].entry is not None and found["Moskou"].entry.id == "geonames:524901"
    assert "Kremlin" in found and "het Kremlin" not in found  # the article is not part of the name
    for n in found.values():
        assert text[n.start : n.end] == n.text


def test_ordinary_capitalised_words_are_not_names() -> None:
    text = (
        "Onderdelen van de drone vielen op een dak. Vorige week zei minister Jan Smit dat de Russische "
        "regering zwijgt. De Amerikanen reageerden niet. Dinsdag volgt meer."
    )
    names = [n.text for n in find_names(text)]
    assert "Jan Smit" in names  # the title 'minister' is not part of the name
    for word in ("Onderdelen", "Vorige", "Russische", "Amerikanen", "Dinsdag", "minister Jan Smit"):
        assert word not in names


def test_name_parts_keep_their_particles_and_titles_go(linker: Linker) -> None:
    text = (
        "Microbioloog Thomas Wijnberg van de Universiteit Leiden waarschuwt. Minister Marieke van den Berg "
        "reageerde. Van den Berg zei later meer."
    )
    names = [n.text for n in find_names(text)]
    assert "Thomas Wijnberg" in names and "Marieke van den Berg" in names and "Van den Berg" in names
    entities = by_name(link(linker, text))
    assert entities["Van den Berg"] is entities["Marieke van den Berg"]
    # Portuguese and Spanish connectors inside names
    names = [
        n.text
        for n in find_names("Dat meldt de krant Diário do Xingu. De Fundación Derechos y Dignidad zwijgt.")
    ]
    assert "Diário do Xingu" in names and "Fundación Derechos y Dignidad" in names
    # an elided French particle ('Quai' was a name of its own)
    names = [n.text for n in find_names("Dat zegt het Quai d'Orsay. Valéry Giscard d’Estaing zweeg.")]
    assert "Quai d'Orsay" in names and "Valéry Giscard d’Estaing" in names
    # where a person works is no part of the person's name
    names = [n.text for n in find_names("Marten Dijkgraaf van de Universiteit Utrecht zegt dat het klopt.")]
    assert "Marten Dijkgraaf" in names and "Universiteit Utrecht" in names
    # a web address ending a sentence ends the name there
    names = [
        n.text for n in find_names("Dat meldt de nieuwssite Kritisch.be. Van Hoorebeke zegt dat het klopt.")
    ]
    assert "Kritisch.be" in names and "Van Hoorebeke" in names


def test_places_written_with_the_old_genitive_s() -> None:
    """ "'s-Hertogenbosch" was not found at all (its "'s-" read as a lower-case word), nor the dateline
    "'S-HERTOGENBOSCH"; both are the city, with the "'s-" in the span."""
    text = "'S-HERTOGENBOSCH - Het gerechtshof in ’s-Hertogenbosch oordeelt. 's-Gravenhage zwijgt."
    found = {n.text: n for n in find_names(text)}
    for name in ("'S-HERTOGENBOSCH", "’s-Hertogenbosch"):
        assert found[name].entry is not None and found[name].entry.id == "geonames:2747351", name
    assert found["'s-Gravenhage"].entry is not None and found["'s-Gravenhage"].entry.name == "The Hague"


def test_well_known_organisations_and_what_articles_call_them(linker: Linker) -> None:
    """Clubs, associations and movements in the knowledge base: 'de club' after 'Feyenoord' and 'de
    natuurvereniging' after 'Natuurpunt' were entities of their own ('club'), and 'Hamas' was a place."""
    text = (
        "Feyenoord wil een nieuw stadion. De club heeft naar eigen zeggen 420 miljoen euro nodig. "
        "Natuurpunt waarschuwt voor een jachtreflex. De natuurvereniging pleit voor schrikdraad. "
        "Hamas ontkent dat. Grootaandeelhouder Vereniging AFC Ajax zegt dat het bestuur moet vertrekken."
    )
    entities = by_name(link(linker, text))
    assert entities["De club"] is entities["Feyenoord"] and entities["Feyenoord"].type == "ORG"
    assert entities["De natuurvereniging"] is entities["Natuurpunt"]
    assert entities["Hamas"].type == "ORG"
    # a body named after a known one is another body: the members' association is not the club
    assert "Vereniging AFC Ajax" in entities and "Ajax" not in entities and "AFC Ajax" not in entities


def test_a_local_party_named_after_its_town_is_not_a_person(linker: Linker) -> None:
    """'Open Knokke' was typed a person and merged with the town 'Knokke' named before, so 'Hij' after
    'Bram Devos van Open Knokke' went to the party."""
    text = (
        "Makelaar Sofie Verstraete uit Knokke betwijfelt het. Oppositieraadslid Bram Devos van Open Knokke "
        "stemde tegen. Hij vreest dat eigenaars de belasting doorrekenen."
    )
    entities = by_name(link(linker, text))
    assert entities["Open Knokke"].type == "ORG" and entities["Open Knokke"] is not entities["Knokke"]
    assert entities["Hij"] is entities["Bram Devos"]
    names = {
        n.text: n.type for n in find_names("Raadslid Gerda Wubs van Gemeentebelangen Coevorden zegt het.")
    }
    assert names == {"Gerda Wubs": "PER", "Gemeentebelangen Coevorden": "ORG"}


def test_an_ngo_is_not_het_bedrijf_and_a_cue_object_is_no_apposition(linker: Linker) -> None:
    """'het bedrijf' went to the environmental organisation named before the company, and 'de
    beschuldigingen' (the object of 'wijst … van de hand' after the name) became the company's mention."""
    text = (
        "De milieuorganisatie WALHI stelt dat metingen hoge concentraties aantonen. Het bedrijf achter het "
        "complex, PT Sulawesi Nikel Raya, wijst de beschuldigingen van de hand. Volgens ingewijden zou het "
        "bedrijf al een boete hebben gekregen."
    )
    entities = by_name(link(linker, text))
    assert entities["het bedrijf"] is entities["PT Sulawesi Nikel Raya"]
    assert "de beschuldigingen" not in entities
    assert [m.text for m in entities["WALHI"].mentions] == ["WALHI"]
    # a travel company is a 'reisorganisatie'
    text = "Reisorganisatie ZonVakanties spreekt van een ramp. Het bedrijf zet bussen in."
    entities = by_name(link(linker, text))
    assert entities["Het bedrijf"] is entities["ZonVakanties"]


def test_the_verb_zijn_before_a_conjunction_is_no_possessive(linker: Linker) -> None:
    text = "Volgens Wim Claes werken artsen liever in Genk, waar praktijken groter zijn en het werk lichter."
    entities = link(linker, text)
    assert not [m for e in entities for m in e.mentions if m.text == "zijn"]


def test_a_known_organisation_with_a_sector_or_region_is_another_organisation() -> None:
    """'LTO Noord' was cut into the national LTO and an organisation 'Noord' (also after 'Volgens')."""
    for text, name in [
        ("Volgens LTO Noord is dat niet zo.", "LTO Noord"),
        ("Volgens FNV Metaal is dat niet zo.", "FNV Metaal"),
        ("Netbeheerder Enexis Noord bevestigt dat.", "Enexis Noord"),
    ]:
        names = [(n.text, n.entry) for n in find_names(text)]
        assert names == [(name, None)], text
    assert [n.entry and n.entry.id for n in find_names("Volgens LTO is dat niet zo.")] == ["ct:lto"]


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        (  # the ministry's portfolio alone, for a 'Die' after its spokesman
            "Moskou reageerde via een woordvoerder van het Russische ministerie van Buitenlandse Zaken. Die "
            "noemde het plan 'een provocatie'.",
            "Russisch ministerie van Buitenlandse Zaken",
        ),
        (  # a portfolio of ordinary words after 'en' ('Openbare Distributie' was a name of its own)
            "Het ministerie van Voedsel en Openbare Distributie laat weten dat het verbod blijft.",
            "ministerie van Voedsel en Openbare Distributie",
        ),
        (  # a story set abroad: that country's ministry
            "HAVANA - Cuba zit zonder stroom. Het ministerie van Toerisme laat weten dat geen gast last had. "
            "Cuba wil meer toeristen. In Cuba is het warm.",
            "Cubaans ministerie van Toerisme",
        ),
        (  # at home: no adjective
            "Het ministerie van Infrastructuur en Waterstaat laat weten dat de brug dichtgaat.",
            "ministerie van Infrastructuur en Waterstaat",
        ),
    ],
)
def test_a_ministry_is_resolved_with_its_country(linker: Linker, text: str, resolved: str) -> None:
    records = process_article(Article(text=text, language="nl"), linker)
    assert records.attributions[0].source_resolved == resolved


def test_de_stad_speaking_is_the_town(linker: Linker) -> None:
    """'De stad erkent ...' resolved to the bare noun 'stad', though the entity layer links it to Leuven."""
    text = "In Leuven kregen ouders een boete. De stad erkent dat er een achterstand is bij de vergunningen."
    records = process_article(Article(text=text, language="nl"), linker)
    assert [a.source_resolved for a in records.attributions] == ["Leuven"]


def test_het_consortium_is_the_company_named_before(linker: Linker) -> None:
    text = (
        "De bouw van de brug loopt vertraging op, meldt aannemer Mosatram. Mosatram wijst de kritiek van de "
        'hand. "Elke wijziging kost maanden", aldus het consortium.'
    )
    entities = by_name(link(linker, text))
    assert entities["het consortium"] is entities["Mosatram"]


def test_a_club_described_before_its_name_is_de_club_later(linker: Linker) -> None:
    """'IJshockeyclub Dordrecht Ravens' after a dateline: the 'IJ' of the describing noun hid it."""
    text = (
        "DORDRECHT - IJshockeyclub Dordrecht Ravens mag niet uitkomen in de BeNe League. De club is woedend, "
        "zegt voorzitter Marco Bosman."
    )
    entities = by_name(link(linker, text))
    assert entities["De club"] is entities["Dordrecht Ravens"]


def test_institutions_with_voor_and_portfolios_before_names(linker: Linker) -> None:
    text = (
        "Het Huis voor Klokkenluiders bevestigt een melding. Wethouder Mobiliteit Lotte van Rijswijk "
        "reageerde. De Consumentenbond spreekt van een signaal. De steun voor Oekraïne groeit. "
        "Volgens het Huis duurt het onderzoek maanden."
    )
    names = {n.text: n for n in find_names(text)}
    assert names["Huis voor Klokkenluiders"].type == "ORG"
    assert names["Lotte van Rijswijk"].type == "PER" and "Mobiliteit Lotte" not in names
    assert names["Consumentenbond"].type == "ORG"
    assert "Oekraïne" in names and not any("voor Oekraïne" in n for n in names)
    entities = by_name(link(linker, text))
    assert entities["Huis"] is entities["Huis voor Klokkenluiders"]  # the short form, written after it
    attributions = resolve_sources(text, find_attributions(text, "nl"), link(linker, text))
    resolved = {a.source.text: a.source_resolved for a in attributions if a.source}
    assert resolved["Het Huis voor Klokkenluiders"] == "Huis voor Klokkenluiders"
    assert resolved["het Huis"] == "Huis voor Klokkenluiders"


def test_an_organisation_noun_refers_to_the_organisation_described_with_it(linker: Linker) -> None:
    text = (
        "Volgens de woningcorporatie Woonzorg Midden is er geen besluit. Vakbond FNV is boos. "
        "Studentenbond LSVb beschuldigt het kabinet. De bond dreigt met acties. Een woordvoerder van de "
        "corporatie ontkent dat."
    )
    entities = by_name(link(linker, text))
    assert entities["De bond"] is entities["LSVb"]  # the nearer of two unions
    assert entities["de corporatie"] is entities["Woonzorg Midden"]


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("Volgens medewerkers is de sfeer slecht.", None),
        ("Egyptische bemiddelaars zeggen dat het akkoord dichtbij is.", None),
        ("De klokkenluider zegt dat hij is weggepest.", None),
        ("Volgens de bewonerscommissie is het gebouw onveilig.", "bewonerscommissie"),
        ("Volgens de politie is de man gevlucht.", "politie"),
    ],
)
def test_a_common_noun_linked_to_nobody_is_no_one_unless_it_is_a_body(
    linker: Linker, text: str, resolved: str | None
) -> None:
    attributions = resolve_sources(text, find_attributions(text, "nl"), link(linker, text))
    assert [a.source_resolved for a in attributions] == [resolved]


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        (
            "Het Amerikaanse ministerie van Buitenlandse Zaken zegt dat de uitslag niet klopt.",
            "Amerikaans ministerie van Buitenlandse Zaken",
        ),
        ("Het Antwerpse parket bevestigt dat er een verdachte is opgepakt.", "Antwerps parket"),
        ("Volgens de Noorse politie is de helling ingestort.", "Noorse politie"),
        (
            "Het fietspad in Utrecht is ingestort. De gemeente vermoedt dat de kade bezweek.",
            "gemeente Utrecht",
        ),
        ("Volgens de politiezone Antwerpen is er niemand gewond.", "politiezone Antwerpen"),
        ("De politie Oost-Nederland bevestigt dat er meer meldingen zijn.", "politie Oost-Nederland"),
        ("Het bisdom Gent laat weten dat de kerk dichtgaat.", "bisdom Gent"),
        ("Het departement Omgeving laat weten dat er een inspecteur langskwam.", "departement Omgeving"),
        (
            "Het departement Civiele Bescherming in Rome meldt dat er drie doden zijn.",
            "departement Civiele Bescherming",
        ),
        ("De politie RCMP zegt dat er niemand gewond is.", "RCMP"),
        (
            "Gedeputeerde Staten van Gelderland stellen voor dat de maximumsnelheid omlaag gaat.",
            "Gedeputeerde Staten van Gelderland",
        ),
        (
            "Vissers willen praten met het Maritiem Museum Rotterdam. Dat museum laat weten nog niet te zijn "
            "benaderd.",
            "Maritiem Museum Rotterdam",
        ),
        (
            "Afvalintercommunale Meetjesland Milieu stopt met de ophaling. Volgens de intercommunale is die "
            "dienst te duur.",
            "Meetjesland Milieu",
        ),
        ("Deken Luc Verhaegen leidt de processie. Volgens de deken komt er minder volk.", "Luc Verhaegen"),
        (
            "Dat blijkt uit cijfers van het Koninklijk Nederlands Genootschap voor Fysiotherapie (KNGF). De "
            "beroepsvereniging stelt dat de tarieven te laag zijn.",
            "Koninklijk Nederlands Genootschap voor Fysiotherapie",
        ),
        (
            "Zorgverzekeraars Nederland (ZN) ziet geen probleem. Wel erkent de koepel dat de afspraken laat "
            "rond zijn.",
            "Zorgverzekeraars Nederland",
        ),
        (
            "Officier van justitie Miriam Haagsma leidde de zaak. Volgens de officier van justitie is "
            "het DNA-spoor het sluitstuk.",
            "Miriam Haagsma",
        ),
        (
            "De Griekse minister van Klimaatcrisis en Civiele Bescherming, Nikos Karamanlidis, zei dat de "
            "brand onder controle is.",
            "Nikos Karamanlidis",
        ),
        ("De Franstalige krant Le Matin Bruxellois meldt dat de dader bekend was.", "Le Matin Bruxellois"),
        ("Het parket van Limburg bevestigt dat er een onderzoek loopt.", "parket Limburg"),
        (
            "Transport en Logistiek Nederland (TLN) zegt dat de vertraging miljoenen kost.",
            "Transport en Logistiek Nederland",
        ),
        ("Port of Antwerp-Bruges laat weten dat de brug dicht blijft.", "Port of Antwerp-Bruges"),
        (
            "Plasticproducenten verenigd in Plastics Europe NL benadrukken dat er geen bewijs is.",
            "Plastics Europe NL",
        ),
    ],
)
def test_bodies_are_named_as_the_article_places_them(linker: Linker, text: str, resolved: str) -> None:
    attributions = resolve_sources(text, find_attributions(text, "nl"), link(linker, text))
    assert [a.source_resolved for a in attributions] == [resolved]


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        (
            "BISJKEK - Bij de goudmijn Ak-Tash is een blokkade beëindigd. De Chinese exploitant is boos. De "
            "politie meldt dat er zeventien mensen zijn aangehouden.",
            "Kirgizische politie",  # the dateline's country, not the operator's
        ),
        ("ZWOLLE - Twee mensen raakten gewond. De politie meldt dat er een verdachte is.", "politie"),
    ],
)
def test_the_police_of_a_story_filed_abroad_are_its_own(linker: Linker, text: str, resolved: str) -> None:
    (found,) = resolve_sources(text, find_attributions(text, "nl"), link(linker, text))
    assert found.source_resolved == resolved


def test_an_organisation_in_apposition_is_no_persons_role(linker: Linker) -> None:
    text = "Drinks Ireland, de koepel van producenten, stelt dat de etiketten miljoenen kosten."
    (entity,) = link(linker, text)
    assert (entity.name, entity.type) == ("Drinks Ireland", "ORG")
    assert [m.text for m in entity.mentions] == ["Drinks Ireland", "de koepel van producenten"]


def test_an_association_is_not_the_corporation_named_before_it(linker: Linker) -> None:
    text = (
        "Dat heeft woningcorporatie Vestia Zuid laten weten aan de bewonersvereniging. De "
        "bewonersvereniging noemt dat onbegrijpelijk."
    )
    (vestia,) = [e for e in link(linker, text) if e.name == "Vestia Zuid"]
    assert [m.text for m in vestia.mentions] == ["Vestia Zuid"]


def test_a_government_the_text_never_names_speaks_under_its_name_in_the_language(linker: Linker) -> None:
    text = (
        "ANTWERPEN - De havenarbeiders staken al een week. De federale regering laat weten dat er geen "
        "plannen zijn voor een aparte regeling."
    )
    (found,) = resolve_sources(text, find_attributions(text, "nl"), link(linker, text), "nl", linker.kb)
    assert found.source_resolved == "België"  # not the knowledge base's 'Belgium'


def test_an_acronym_in_a_name_makes_it_an_organisation_not_a_person_named_after_a_town(
    linker: Linker,
) -> None:
    text = "Het pad langs de kade in Utrecht zakte weg, zo meldt RTV Utrecht."
    entities = by_name(link(linker, text))
    assert entities["RTV Utrecht"].type == "ORG"
    assert entities["Utrecht"] is not entities["RTV Utrecht"] and entities["Utrecht"].type == "GPE"


def test_a_full_name_before_its_bracketed_acronym_is_one_organisation(linker: Linker) -> None:
    text = (
        "De Nederlandse Voedsel- en Warenautoriteit (NVWA) waarschuwt dat de kaas besmet is. Volgens "
        "Kamerlid Sophie Peters (SP) is het een schande. De NVWA zegt dat het klopt."
    )
    names = {n.text: n for n in find_names(text)}
    assert names["Nederlandse Voedsel- en Warenautoriteit"].type == "ORG" and "Voedsel" not in names
    entities = by_name(link(linker, text))
    assert entities["NVWA"] is entities["Nederlandse Voedsel- en Warenautoriteit"]
    assert entities["SP"] is not entities["Sophie Peters"]  # a person is no acronym's full name
    attributions = resolve_sources(text, find_attributions(text, "nl"), link(linker, text))
    assert attributions[0].source_resolved == "Nederlandse Voedsel- en Warenautoriteit"


def test_a_surname_two_people_bear_keeps_the_speaker_the_extractor_found(linker: Linker) -> None:
    text = (
        "N-VA-lijsttrekker Jan Peeters zei dat het plan niet deugt. Dat cijfer klopt niet, stelde Peeters. "
        "Groen-lijsttrekker Lotte Peeters was het oneens. Peeters zei dat de wachtlijsten korter worden."
    )
    attributions = resolve_sources(text, find_attributions(text, "nl"), link(linker, text))
    assert [a.source_resolved for a in attributions if a.source and a.source.text == "Peeters"] == [
        "Jan Peeters",
        "Lotte Peeters",
    ]


def test_we_in_a_quote_is_the_body_that_speaks_or_opens_the_sentence_before(linker: Linker) -> None:
    text = (
        "Het RIVM houdt vast aan zijn conclusies. ‘Wij hebben wel degelijk gecorrigeerd voor leeftijd.’ De "
        "Slowaakse regering ontkent dat er druk is uitgeoefend. „Wij nemen onze eigen besluiten”, liet een "
        "woordvoerder weten."
    )
    entities = link(linker, text)
    mentions = {e.name: [m.text for m in e.mentions] for e in entities}
    assert mentions["RIVM"].count("Wij") == 1
    slovakia = next(e for e in entities if e.kb_id == "iso3166:SK")
    assert [m.text for m in slovakia.mentions if m.kind == "pronoun"] == ["Wij", "onze"]


def test_a_portfolio_after_a_title_and_van_is_not_part_of_the_name() -> None:
    names = {
        n.text: n.type
        for n in find_names("Minister van Binnenlands Bestuur Hilde Cuypers noemt het ernstig.")
    }
    assert names.get("Hilde Cuypers") == "PER"


def test_the_company_is_not_the_regulator_named_last(linker: Linker) -> None:
    text = (
        "Babyvoedingsfabrikant Noordvelde Voeding haalt potjes uit de schappen. Dat meldt de Nederlandse "
        "Voedsel- en Warenautoriteit (NVWA). De NVWA roept ouders op de potjes terug te brengen. Het "
        "bedrijf vermoedt dat de splinters van een leverancier komen."
    )
    names = {n.text: n.type for n in find_names(text)}
    assert names["Noordvelde Voeding"] == "ORG"  # named after what it is: a manufacturer
    attributions = resolve_sources(text, find_attributions(text, "nl"), link(linker, text))
    assert [a.source_resolved for a in attributions if a.source and a.source.text == "Het bedrijf"] == [
        "Noordvelde Voeding"
    ]


def test_a_kind_noun_refers_to_the_one_place_or_body_named_with_it(linker: Linker) -> None:
    text = (
        "De Lobroekbrug in Antwerpen is dicht. Volgens de minister is de brug veilig. Dierenpark "
        "Zuidervenen zoekt een sneeuwluipaard. Een medewerker van het park zegt dat het dier schuw is."
    )
    entities = by_name(link(linker, text))
    assert entities["de brug"] is entities["Lobroekbrug"]
    assert entities["het park"] is entities["Dierenpark Zuidervenen"]


def test_it_after_a_speech_verb_is_the_body_the_source_opens_with(linker: Linker) -> None:
    text = (
        "Het Nederlands Instituut voor Kunstgeschiedenis in Den Haag laat weten dat het „nog geen standpunt” "
        "inneemt."
    )
    entities = by_name(link(linker, text))
    assert entities["het"] is entities["Nederlands Instituut voor Kunstgeschiedenis"]


def test_english_names_keep_a_capitalised_article_that_belongs_to_them() -> None:
    text = "Officials in The Hague said Russia's envoy was summoned by the Dutch government."
    names = [n.text for n in find_names(text, language="en")]
    assert "The Hague" in names and "Russia" in names
    assert "Dutch" not in names and "Russia's" not in names


def test_namesakes_stay_apart_and_variants_merge_within_an_article(linker: Linker) -> None:
    text = (
        "Pieter de Vries en Sanne de Vries zijn geen familie. Pieter de Vries is deskundige. "
        "Zelenski sprak met Volodymyr Zelensky's adviseur niet; Zelensky zelf zweeg."
    )
    entities = by_name(link(linker, text))
    assert entities["Pieter de Vries"] is not entities["Sanne de Vries"]
    assert entities["Zelenski"] is entities["Zelensky"]
    assert entities["Zelenski"].id == "ct:zelensky"


def test_ids_agree_across_articles_and_languages() -> None:
    linker = Linker()
    first = by_name(link(linker, "VTM-journaliste Caroline Van Nunen sprak met Poetin in Moskou."))
    second = by_name(link(linker, "Journalist Carolien van Nunen met Putin in Moscow, zegt de omroep.", "nl"))
    assert first["Caroline Van Nunen"].id == second["Carolien van Nunen"].id
    assert first["Poetin"].id == second["Putin"].id == "ct:putin"
    assert first["Moskou"].id == second["Moscow"].id
    third = by_name(link(linker, "Pieter van Nunen, een ander, sprak ook."))
    assert third["Pieter van Nunen"].id != first["Caroline Van Nunen"].id


def test_places_get_coordinates_only_from_the_knowledge_base(linker: Linker) -> None:
    entities = by_name(link(linker, "Drones vielen Belgorod en Moskou aan, meldt Rusland."))
    assert entities["Moskou"].lat == pytest.approx(55.75, abs=0.05)
    assert entities["Belgorod"].lat == pytest.approx(50.6, abs=0.1)
    assert entities["Belgorod"].country == "RU"
    assert entities["Rusland"].lat is None and entities["Rusland"].country == "RU"  # a country, no point
    assert by_name(link(linker, "De vergadering in Springfield ging door."))["Springfield"].lat is None


def test_governments_and_institutions_named_by_nationality(linker: Linker) -> None:
    text = (
        "De Amerikaanse regering zwijgt. De Russische strijdkrachten meldden een aanval. Het leger "
        "zegt dat de Oekraïense inlichtingendienst erachter zit."
    )
    entities = by_name(link(linker, text))
    government = entities["De Amerikaanse regering"]
    assert government.id == "iso3166:US"
    assert [m.metonymy for m in government.mentions] == ["government"]
    assert entities["De Russische strijdkrachten"].id == "inst:RU:armed-forces"
    assert entities["Het leger"] is entities["De Russische strijdkrachten"]
    assert entities["de Oekraïense inlichtingendienst"].id == "inst:UA:intelligence"


def test_a_speaking_place_is_marked_as_metonymy(linker: Linker) -> None:
    entities = by_name(link(linker, "Moskou ontkent dat er drones zijn neergeschoten."))
    assert entities["Moskou"].mentions[0].metonymy == "government"
    assert by_name(link(linker, "In Moskou regent het."))["Moskou"].mentions[0].metonymy is None


def test_pronouns_and_role_nouns_join_the_person(linker: Linker) -> None:
    text = (
        "Minister Marieke van den Berg bezocht de haven. ‘Ik maak me zorgen’, zei Van den Berg. "
        "Later zei de minister dat het onderzoek loopt. Jan Smit was er ook. Hij zweeg."
    )
    entities = link(linker, text)
    marieke = next(e for e in entities if e.name == "Marieke van den Berg")
    kinds = {(m.text, m.kind) for m in marieke.mentions}
    assert ("Ik", "pronoun") in kinds and ("de minister", "nominal") in kinds
    jan = next(e for e in entities if e.name == "Jan Smit")
    assert ("Hij", "pronoun") in {(m.text, m.kind) for m in jan.mentions}


def test_offices_go_to_their_holder_on_the_article_date(linker: Linker) -> None:
    text = (
        "De Amerikaanse president reageerde woensdag. Volgens de president van Oekraïne is het rustig. "
        "De voormalige Russische president zweeg."
    )
    then = by_name(linker.link(text, "nl", [], "2023-05-03"))
    assert then["De Amerikaanse president"].id == "ct:biden"
    assert then["de president van Oekraïne"].id == "ct:zelensky"
    assert "De voormalige Russische president" not in then  # a former holder: not guessed
    later = by_name(linker.link(text, "nl", [], "2025-03"))
    assert later["De Amerikaanse president"].id == "ct:trump"
    english = by_name(linker.link("Russia's president called the French president.", "en", [], "2024"))
    assert english["Russia's president"].id == "ct:putin"
    assert english["the French president"].id == "ct:macron"


def test_a_regime_is_its_country_speaking_as_a_government(linker: Linker) -> None:
    found = by_name(linker.link("Volgens Moskou heeft het regime in Kiev de aanval bevolen.", "nl", []))
    mention = next(m for m in found["het regime in Kiev"].mentions if m.text == "het regime in Kiev")
    assert found["het regime in Kiev"].id == "iso3166:UA" and mention.metonymy == "government"


def test_appositions_name_the_person_or_organisation(linker: Linker) -> None:
    text = (
        "De rederij van het schip, het op Cyprus gevestigde Baltrans Shipping, zweeg. "
        "Nordnett, de Noorse netbeheerder, sprak van sabotage. Later zei de rederij niets meer."
    )
    found = by_name(link(linker, text))
    assert found["De rederij van het schip"] is found["Baltrans Shipping"]
    assert found["de rederij"] is found["Baltrans Shipping"]  # the role noun the apposition gave it
    assert found["de Noorse netbeheerder"] is found["Nordnett"]


def test_she_finds_a_woman_by_her_given_name(linker: Linker) -> None:
    text = "Advocaat Hanneke Mulder sprak met rechter Pieter Smit. Zij noemde de zaak onbegrijpelijk."
    found = by_name(link(linker, text))
    assert found["Zij"] is found["Hanneke Mulder"]


def test_we_in_a_quote_is_the_body_the_speaker_talks_for(linker: Linker) -> None:
    text = (
        "Netbeheerder Nordnett meldde een storing. "
        "‘We zoeken de oorzaak’, zegt woordvoerder Ingrid Haugland. "
        "Minister Jan de Boer van Defensie sprak in Den Haag. ‘Wij laten ons niet intimideren’, zei De Boer. "
        "Nederland stuurt een schip."
    )
    found = by_name(link(linker, text))
    assert found["We"] is found["Nordnett"]  # a spokesperson speaks for the body that spoke last
    assert found["Wij"] is found["Nederland"]  # a minister for the country


def test_a_ministers_we_is_the_government_of_the_region_or_foreign_country(linker: Linker) -> None:
    flemish = (
        "De Vlaamse regering trekt extra geld uit voor schoolbussen. "
        "„We maken er werk van”, zei Vlaams minister van Onderwijs Hilde Van Aert."
    )
    found = by_name(link(linker, flemish))
    assert found["We"] is found["De Vlaamse regering"]
    foreign = (
        "Moldavië zit zonder gas. Rusland beschuldigt Moldavië van sabotage. "
        "Minister van Energie Sergiu Lungu wijst dat van de hand. „Wij houden niets tegen”, zei Lungu."
    )
    found = by_name(link(linker, foreign))
    assert found["Wij"] is found["Moldavië"]
    home = (  # a Dutch minister (the party says so) in a story about Moldova speaks for no Moldovans
        "Moldavië zit zonder gas. Rusland beschuldigt Moldavië van sabotage. "
        "Minister Karin de Vries (VVD) stuurt hulp. „Wij helpen waar we kunnen”, zei De Vries."
    )
    found = by_name(link(linker, home))
    assert "Wij" not in found or found["Wij"] is not found["Moldavië"]


def test_de_stad_is_a_town_not_a_region_nor_the_village_next_door(linker: Linker) -> None:
    found = by_name(
        link(
            linker, "Vlaanderen betaalt mee. Schepen Pieter Lievens zegt dat de stad elke klacht doorstuurt."
        )
    )
    assert "de stad" not in found  # Flanders is no town
    text = (
        "Turnhout sluit zijn zwembad. De zwemclub van Turnhout is boos. In het zwembad van Oud-Turnhout "
        "is weinig plaats. Volgens de stad is er geen geld."
    )
    found = by_name(link(linker, text))
    assert found["de stad"] is found["Turnhout"]  # the story's town, not its neighbour named last


def test_a_given_name_alone_is_the_person_named_with_it_before(linker: Linker) -> None:
    text = (
        "Jef Peeters (71) en zijn vrouw Maria Peeters (68) vangen al jaren een man op. "
        "„Hij hoort bij de familie”, vertelt Maria. 'Dit is zwaar', zegt Ilse de Wit. 'Zeker', zegt Ilse."
    )
    found = by_name(link(linker, text))
    assert found["Maria"] is found["Maria Peeters"] and found["Maria"].type == "PER"  # not Santa María
    assert found["Ilse"] is found["Ilse de Wit"]
    # a given name two people of the article bear stays no one's
    found = by_name(link(linker, "Maria Peeters en Maria de Wit wonen hier. 'Zwaar', zegt Maria."))
    assert found["Maria"] is not found["Maria Peeters"] and found["Maria"] is not found["Maria de Wit"]


def test_the_cabinet_and_the_federal_government_of_a_story_set_abroad(linker: Linker) -> None:
    egypt = "Egypte verpacht het kanaal. Egypte heeft geld nodig. Een woordvoerder van het kabinet ontkent."
    found = by_name(link(linker, egypt))
    assert found["het kabinet"] is found["Egypte"]
    china = (  # Dutch politics in the story: the Dutch cabinet
        "China houdt een zakenman vast. China zwijgt. Kamerlid Sanne Oosterwijk (D66) vindt dat het kabinet "
        "te lang zwijgt."
    )
    found = by_name(link(linker, china))
    assert found["het kabinet"] is not found["China"]
    brazil = (
        "Brazilië kampt met branden. Brazilië is boos. Brazilië vraagt hulp. "
        "De federale regering trekt geld uit."
    )
    found = by_name(link(linker, brazil))
    assert found["De federale regering"] is found["Brazilië"]


def test_a_business_noun_before_a_name_is_no_part_of_it(linker: Linker) -> None:
    text = (
        "Zalmkweker Fjordlaks bouwt in Schotland. Een woordvoerder van Fjordlaks bevestigt dat. "
        "Dierenverzekeraar Pootjes & Co weigert vergoedingen. "
        "Coach Marco Scheepmaker ontkent. Scheepmaker zwijgt."
    )
    found = by_name(link(linker, text))
    assert found["Fjordlaks"].type == "ORG" and "Zalmkweker Fjordlaks" not in found
    assert found["Pootjes & Co"].type == "ORG"
    assert found["Scheepmaker"] is found["Marco Scheepmaker"]  # a surname ending like a business noun


def test_het_comite_is_the_committee_named_before_and_no_company(linker: Linker) -> None:
    text = "Actiecomité Frisse Lucht verzamelde klachten. Het comité beschuldigt het bedrijf van nalatigheid."
    entities = link(linker, text)
    found = by_name(entities)
    assert found["Het comité"] is found["Actiecomité Frisse Lucht"]  # (an accent in the head)
    committee = found["Actiecomité Frisse Lucht"]
    assert [m.text for m in committee.mentions] == ["Actiecomité Frisse Lucht", "Het comité"]  # not 'het'


def test_a_noun_inside_a_role_found_later_is_no_second_mention(linker: Linker) -> None:
    """'het ziekenhuis' inside 'voorzitter van de artsenraad van het ziekenhuis' (a role mention of Lemmens,
    found after the names) is part of that mention, not one of the hospital's own: the overlap test sees
    mentions added on the way, however long."""
    text = (
        "De ziekenhuizen Sint-Lambertus in Hasselt en AZ Kempenland in Lommel gaan samen verder. De artsen "
        "van Sint-Lambertus staan achter de fusie, bevestigt Sofie Lemmens, voorzitter van de artsenraad van "
        "het ziekenhuis. Zij erkent wel dat sommige artsen twijfelen."
    )
    found = by_name(link(linker, text))
    lemmens = found["Sofie Lemmens"]
    assert "voorzitter van de artsenraad van het ziekenhuis" in [m.text for m in lemmens.mentions]
    assert "het ziekenhuis" not in found


def test_an_organisation_and_its_region_opening_a_sentence_are_one_name(linker: Linker) -> None:
    found = by_name(link(linker, "Het is druk. Horecabond Vlaanderen is boos. De bond eist actie."))
    assert found["Horecabond Vlaanderen"].type == "ORG" and "Vlaanderen" not in found
    assert found["De bond"] is found["Horecabond Vlaanderen"]


def test_de_stad_far_from_the_towns_name_is_still_that_town_and_never_a_district(linker: Linker) -> None:
    text = (
        "Het bestuur van de moskee in Aalst is boos. "
        + "De plannen liggen al jaren klaar en de buurt heeft er geen bezwaar tegen. " * 6
        + "In de wijk Mijlbeek is het rustig. "
        + "Voorzitter Mustafa Yilmaz wijst erop dat de stad een vergunning gaf."
    )
    found = by_name(link(linker, text))
    assert found["de stad"] is found["Aalst"]


def test_a_company_named_after_a_place_is_one_organisation(linker: Linker) -> None:
    found = by_name(
        link(linker, "Volgens North Sea Port blijft de kade dicht. Brussels Airlines schrapt vluchten.")
    )
    assert found["North Sea Port"].type == "ORG" and found["Brussels Airlines"].type == "ORG"
    assert "North Sea" not in found and "Brussels" not in found


def test_an_acronym_joins_the_name_it_abbreviates(linker: Linker) -> None:
    text = (
        "Het Nederlands Forensisch Instituut (NFI) onderzocht de monsters. Volgens het NFI is de kans klein. "
        "De Autoriteit Persoonsgegevens waarschuwt. De AP wil een verbod. Den Haag (NPB) meldde het eerst."
    )
    found = by_name(link(linker, text))
    assert found["NFI"] is found["Nederlands Forensisch Instituut"]
    assert found["AP"] is found["Autoriteit Persoonsgegevens"]
    assert found["NPB"] is not found["Den Haag"]  # a dateline's agency, not an acronym of the place


def test_a_surname_is_not_a_village_of_that_name_and_ministries_keep_their_country() -> None:
    linker = Linker()
    found = by_name(link(linker, "Lijsttrekker Lotte de Graaf sprak dinsdag. De Graaf zei niets."))
    assert found["De Graaf"] is found["Lotte de Graaf"] and found["De Graaf"].type == "PER"
    russian = by_name(link(linker, "Het Russische ministerie van Defensie meldt een aanval."))
    dutch = by_name(link(linker, "Het ministerie van Defensie in Den Haag zwijgt."))
    assert russian["ministerie van Defensie"].id != dutch["ministerie van Defensie"].id


def test_a_suspect_named_by_initial_is_one_person(linker: Linker) -> None:
    text = (
        "De officier eiste tien jaar tegen Sjoerd H. uit Franeker. H. zelf ontkent alles. Hij zweeg verder."
    )
    found = by_name(link(linker, text))
    assert found["H."] is found["Sjoerd H."] and found["Sjoerd H."].type == "PER"
    assert found["Hij"] is found["Sjoerd H."]


def test_we_of_a_party_leader_is_the_party(linker: Linker) -> None:
    text = "PvdT-leider Ruben Aydin reageerde fel. „Wij hebben daar niets mee te maken”, zei Aydin."
    found = by_name(link(linker, text))
    assert found["Wij"] is found["PvdT"]


def test_unnamed_institutions_possessed_organisations_and_the_king() -> None:
    linker = Linker()
    court = by_name(
        link(linker, "De rechtbank hoorde dinsdag getuigen. Volgens de rechtbank is het dossier compleet.")
    )
    assert (
        court["De rechtbank"] is court["de rechtbank"] and "~" in court["De rechtbank"].id
    )  # this article's
    other = by_name(link(linker, "De rechtbank in een andere zaak zweeg."))
    assert other["De rechtbank"].id != court["De rechtbank"].id  # never merged across articles
    party = by_name(
        link(linker, "Lijsttrekker Anouk Visscher (Christelijk Centrum) sprak. Haar partij zweeg.")
    )
    assert party["Haar partij"] is party["Christelijk Centrum"]
    king = by_name(
        linker.link("De koning bezoekt Vietnam, meldt het Belgische paleis.", "nl", [], "2025-03-01")
    )
    assert king["De koning"].id == "ct:king-philippe"


def test_we_of_an_unnamed_spokesperson_is_the_organisation(linker: Linker) -> None:
    text = "Het RIVM houdt vast aan zijn conclusies. ‘Wij hebben goed gerekend’, laat een woordvoerder weten."
    found = by_name(link(linker, text))
    assert found["Wij"] is found["RIVM"] and found["zijn"] is found["RIVM"]


def test_a_surname_two_people_bear_goes_to_the_one_named_last(linker: Linker) -> None:
    text = (
        "Eigenaar Kees van der Zwan zegt dat hij niets wist. „Ik ben bedrogen”, zegt Van der Zwan. "
        "Raadslid Esther van der Zwan wil opheldering. „Dit moet uitgezocht”, zegt Van der Zwan."
    )
    entities = link(linker, text)
    kees = next(e for e in entities if e.name == "Kees van der Zwan")
    esther = next(e for e in entities if e.name == "Esther van der Zwan")
    first, second = (m.start() for m in find_all(text, "Van der Zwan"))
    assert first in {m.start for m in kees.mentions} and second in {m.start for m in esther.mentions}


def find_all(text: str, word: str) -> list[re.Match[str]]:
    return list(re.finditer(re.escape(word), text))


def test_names_are_typed_by_evidence_of_a_person(linker: Linker) -> None:
    text = (
        "De Roemeen Ionel Dragomir (34) woont al een jaar in de kas. Raadslid Petra Smit (Veldhoven "
        "Lokaal) wil opheldering. De Britse statisticus Imogen Ashworth waarschuwt voor conclusies."
    )
    names = {e.name: e.type for e in link(linker, text)}
    assert names.get("Ionel Dragomir") == "PER" and "Roemeen Ionel Dragomir" not in names
    assert names.get("Veldhoven Lokaal") == "ORG"  # no given name, no title, no age: a party
    assert names.get("Imogen Ashworth") == "PER"  # a role noun before the name


def test_names_lose_the_role_noun_before_them_and_the_place_after_them(linker: Linker) -> None:
    text = (
        "Schaatsster Noor Hilbrands wint. Vervoerder Tramlink Oost zegt dat de dienst rijdt. "
        "Minister van Wonen en Ruimte Jorrit Veldman reageert. Raadslid Dirk Schouten van Groen Zuidwold "
        "is boos. Ambulancedienst Oost rijdt uit. Jan Peter van Dijk en Eric van Lienden zwijgen. "
        "Vaccinontwikkelaar Vireon Biotech uit Leiden reageert."
    )
    names = {e.name for e in link(linker, text)}
    assert {"Noor Hilbrands", "Tramlink Oost", "Jorrit Veldman", "Dirk Schouten", "Vireon Biotech"} <= names
    assert {"Groen Zuidwold", "Ambulancedienst Oost", "Jan Peter van Dijk", "Eric van Lienden"} <= names
    assert not {n for n in names if n.startswith(("Schaatsster", "Vervoerder", "Ruimte"))}


def test_courts_of_a_place_arabic_articles_waters_titles_and_a_ministers_office(linker: Linker) -> None:
    text = (
        "Volgens Mexico lag de boot in de Golf van Mexico. Dat meldt Het Belang van Limburg. Minister "
        "Haider al-Jaberi is boos, zei al-Jaberi. Twee Amerikaanse functionarissen zwijgen. Dat meldt het "
        "parket van Limburg. Volgens het parket gaat het om zes mannen. Vlaams minister Hilde Peeters "
        "weigert. Dat maakte haar kabinet bekend."
    )
    entities = link(linker, text)
    types = {e.name: e.type for e in entities}
    assert types.get("Golf van Mexico") == "LOC" and types.get("Het Belang van Limburg") == "ORG"
    mexico = by_name(entities)["Mexico"]
    assert mexico.kb_id == "iso3166:MX"  # 'Volgens' opening the sentence is no part of a company's name
    assert by_name(entities)["al-Jaberi"].name == "Haider al-Jaberi"
    jaberi = next(m for e in entities for m in e.mentions if m.text == "Haider al-Jaberi")
    assert jaberi.kind == "name"  # so a source 'Minister Haider al-Jaberi' resolves to the whole name
    assert not any(n.startswith(("Twee", "Amerikaanse")) for n in types)
    court = by_name(entities)["het parket van Limburg"]
    assert court.type == "ORG" and "het parket" in {m.text for m in court.mentions}
    assert by_name(entities)["haar kabinet"].name == "Hilde Peeters"


def test_het_kabinet_is_the_papers_own_government_unless_a_foreign_leader_precedes(linker: Linker) -> None:
    text = (
        "DEN HAAG (ANP) - De Chinese ambassadeur is ontboden. In China worden buitenlanders vastgehouden. "
        "Het kabinet overweegt een handelsmissie uit te stellen. Het bedrijf zwijgt. Netanyahu staat onder "
        "druk van partners die dreigen het kabinet te laten vallen."
    )
    entities = link(linker, text)
    first, second = (m.start() for m in find_all(text.lower(), "het kabinet"))
    owner = {m.start: e for e in entities for m in e.mentions}
    assert owner[first].kb_id == "iso3166:NL" and owner[second].kb_id == "iso3166:IL"
    anp = next(e for e in entities if e.name == "ANP")
    assert [m.kind for m in anp.mentions] == ["name"]  # the dateline's agency is not 'het bedrijf'


def test_a_body_noun_before_a_person_and_a_body_of_another_kind_do_not_take_the_reference(
    linker: Linker,
) -> None:
    text = (
        "Schaatsster Lieke Hoornstra daagt de KNSB voor de rechtbank Midden-Nederland. Hoornstra wil "
        "starten. Ze eist dat de bond Hoornstra alsnog selecteert. De schaatsbond zwijgt."
    )
    entities = link(linker, text)
    assert by_name(entities)["Lieke Hoornstra"].type == "PER"
    assert "De schaatsbond" not in {
        m.text for e in entities if e.name == "Midden-Nederland" for m in e.mentions
    }


def test_possessives_after_a_dateline_and_i_in_a_quote_without_a_cue(linker: Linker) -> None:
    text = (
        "HEERENVEEN (ANP) - Fietsenfabrikant Velomaat verplaatst het grootste deel van zijn productie naar "
        "Portugal. Sven Dekkers bekende een deel van de feiten. „Ik heb gezaagd, ik geef het toe.”"
    )
    entities = link(linker, text)
    velomaat = next(e for e in entities if e.name == "Velomaat")
    assert text.index("zijn") in {m.start for m in velomaat.mentions}
    sven = next(e for e in entities if e.name == "Sven Dekkers")
    assert text.index("Ik") in {m.start for m in sven.mentions}


def test_appositions_before_a_name_the_datelines_place_and_a_brand(linker: Linker) -> None:
    text = (
        "ESBROEK (ANP) - Bij Esbroek is een trein ontspoord. Een woordvoerder van het Chinese ministerie, "
        "Guo Jiaqi, zweeg. Zijn advocaat, meester Jan Callebaut, sprak. De Letse minister, Andris Kalnins, "
        "reageerde. Volgens ProRail is het spoor dicht. In Esbroek is de boosheid groot."
    )
    entities = link(linker, text)
    found = by_name(entities)
    assert found["ESBROEK"] is found["Esbroek"] and found["Esbroek"].type == "GPE"
    assert found["Esbroek"].name == "Esbroek"
    assert (
        found["Guo Jiaqi"].type == "PER"
        and found["Een woordvoerder van het Chinese ministerie"] is found["Guo Jiaqi"]
    )
    assert found["Zijn advocaat"] is found["Jan Callebaut"]
    assert "Letse" not in found  # an adjective, not the town Lecce
    assert found["ProRail"].type == "ORG"


def test_an_acronym_opening_a_longer_name_and_a_person_whose_surname_ends_like_a_place(
    linker: Linker,
) -> None:
    text = (
        "Dat meldt GGD Veluwe-Noord. Arts Mirjam Goudriaan van de GGD verwacht meer besmettingen. "
        "Dominee Gerrit-Jan Ruitenberg zwijgt."
    )
    found = by_name(link(linker, text))
    assert found["GGD"] is found["GGD Veluwe-Noord"]
    assert found["Gerrit-Jan Ruitenberg"].type == "PER"  # not a mountain for its '-berg'


def test_portfolios_particle_surnames_hyphenated_given_names_and_the_prosecutor(linker: Linker) -> None:
    text = (
        "Vlaams minister van Mobiliteit Annelien Verbraeken noemt de feiten ernstig. Minister van Defensie "
        "Lin Cheng-wei zwijgt. Deskundige Marjolein ter Haar van de Universiteit Maastricht twijfelt. Zo "
        "vervolgde officier van justitie Marloes Hendriksen de man. De aanklager eiste twee jaar."
    )
    entities = link(linker, text)
    found = by_name(entities)
    assert found["Annelien Verbraeken"].type == "PER" and "Mobiliteit Annelien Verbraeken" not in found
    assert "Lin Cheng-wei" in found and "Lin Cheng" not in found
    assert found["Marjolein ter Haar"].type == "PER"
    assert found["De aanklager"] is found["Marloes Hendriksen"]


def test_a_source_of_a_descriptor_and_an_organisation_is_the_organisation() -> None:
    text = "Sectororganisatie Koffie & Thee België wijst erop dat de prijs van ruwe koffie verdubbelde."
    attributions = find_attributions(text, "nl")
    entities = Linker().link(text, "nl", attributions)
    resolved = resolve_sources(text, attributions, entities)
    assert [a.source_resolved for a in resolved] == ["Koffie & Thee België"]


def test_de_gemeente_is_the_articles_own_town_not_the_capital_named_last(linker: Linker) -> None:
    text = (
        "ROZELARE - Fedasil wil in de kazerne van Rozelare een opvangcentrum openen. Het plan komt uit "
        "Brussel. De gemeente is boos. Het college wil een gesprek."
    )
    found = by_name(link(linker, text))
    assert found["De gemeente"] is found["Rozelare"] and found["Het college"] is found["Rozelare"]


def test_a_pronoun_source_after_another_speaker_is_the_person_the_sentence_before_opened_with() -> None:
    text = (
        "Woordvoerster Veerle Mortelmans van het examencentrum zegt dat de feiten kloppen. Ze ontkent dat de "
        "directie op de hoogte was. De vijf examinatoren zijn geschorst.\n\nVlaams minister van Mobiliteit "
        "Annelien Verbraeken is geschrokken. Zij kondigde aan dat alle rijbewijzen "
        "worden doorgelicht."
    )
    attributions = find_attributions(text, "nl")
    entities = Linker().link(text, "nl", attributions)
    resolved = resolve_sources(text, attributions, entities)
    assert resolved[-1].source is not None and resolved[-1].source.text == "Zij"
    assert resolved[-1].source_resolved == "Annelien Verbraeken"  # not the spokeswoman who spoke before


def test_regions_are_places_without_a_namesakes_coordinates(linker: Linker) -> None:
    found = by_name(link(linker, "Vlaanderen en Wallonië botsen. Volgens NADO Vlaanderen is de test geldig."))
    assert found["Vlaanderen"].kb_id == "ct:flanders" and found["Vlaanderen"].country == "BE"
    assert found["Vlaanderen"].lat is None  # an area: no point, and not the town of Flanders, New Jersey
    assert found["Wallonië"].kb_id == "ct:wallonia"
    assert "NADO Vlaanderen" in found  # a region ending an organisation's name stays in it
    english = by_name(link(linker, "Flanders and Wallonia disagree.", "en"))
    assert english["Flanders"].kb_id == "ct:flanders"


def test_a_pronoun_opening_a_sentence_is_who_the_sentence_before_opened_with(linker: Linker) -> None:
    text = (
        "Minister Roos Veldhuis verdedigt het besluit. Kamerlid Mirjam Schouten wil dat de minister alle "
        "stukken stuurt. Zij is geen familie van de visser."
    )
    entities = link(linker, text)
    schouten = next(e for e in entities if e.name == "Mirjam Schouten")
    assert text.index("Zij") in {m.start for m in schouten.mentions}


def test_the_dateline_agency_is_not_the_organisation(linker: Linker) -> None:
    text = (
        "ROESELARE (Belga) - De wielerwedstrijd gaat niet door. Volgens de organisatie is het parcours "
        "onveilig."
    )
    belga = next(e for e in link(linker, text) if e.name == "Belga")
    assert text.index("de organisatie") not in {m.start for m in belga.mentions}


def test_attribution_sources_use_the_entity_layer(cli, tmp_path: Path) -> None:
    text = (
        "Fractievoorzitter Dirk Schouten van Groen Zuidwold zegt dat de wethouder moet opstappen. "
        "Schouten noemt het plan onhaalbaar."
    )
    path = write_jsonl(tmp_path / "a.jsonl", [{"id": "x", "text": text, "language": "nl"}])
    result = cli("extract", "--json", str(path))
    record = json.loads(result.output.splitlines()[0])
    resolved = {a["source_resolved"] for a in record["attributions"]}
    assert resolved == {"Dirk Schouten"}


def test_extract_prints_entities_with_run_wide_ids(cli, tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "two.jsonl",
        [
            {"id": "a", "text": "Poetin zei in Moskou dat Joesov loog.", "language": "nl"},
            {"id": "b", "text": "Putin said in Moscow that Yusov lied.", "language": "en"},
        ],
    )
    lines = [json.loads(line) for line in cli("extract", "--json", str(path)).output.splitlines()]
    ids = [{e["id"] for e in line["entities"]} for line in lines]
    assert {"ct:putin", "geonames:524901"} <= ids[0] & ids[1]
    moscow = next(e for e in lines[0]["entities"] if e["id"] == "geonames:524901")
    assert set(moscow) >= {"id", "name", "type", "mentions", "country", "lat", "lon"}
    m = moscow["mentions"][0]
    assert lines[0]["text"][m["start"] : m["end"]] == m["text"] == "Moskou"
    yusov = [e["id"] for line in lines for e in line["entities"] if e["name"] in ("Joesov", "Yusov")]
    assert len(yusov) == 2 and len(set(yusov)) == 1


def _stored(cli, tmp_path: Path) -> None:
    texts = [
        "Onderzoeker Anna Kowalczyk zegt dat de dijk houdt. Kowalczyk is zeker.",
        "Hoogleraar Anna Kowalczykowa meldt dat de dijk houdt.",
        "Poetin en Anna Kowalczyk spraken in Moskou.",
    ]
    records = [{"id": str(i), "text": text, "language": "nl"} for i, text in enumerate(texts, 1)]
    assert cli("ingest", str(write_jsonl(tmp_path / "in.jsonl", records))).exit_code == 0
    assert cli("process").exit_code == 0


def test_process_stores_entities_and_lists_them(cli, store, tmp_path: Path) -> None:
    _stored(cli, tmp_path)
    listed = [json.loads(line) for line in cli("entities", "list", "--json").output.splitlines()]
    anna = next(e for e in listed if e["name"] == "Anna Kowalczyk")
    assert anna["mentions"] == 3 and anna["articles"] == 2
    shown = json.loads(cli("entities", "show", anna["id"], "--json").output)
    assert {m["text"] for m in shown["mentions"]} == {"Anna Kowalczyk", "Kowalczyk"}
    assert cli("entities", "show", "name:nobody").exit_code == 2
    places = cli("entities", "list", "--type", "GPE", "--json").output.splitlines()
    assert [json.loads(line)["id"] for line in places] == ["geonames:524901"]


def test_merge_survives_reprocessing_and_split_undoes_it(cli, store, tmp_path: Path) -> None:
    _stored(cli, tmp_path)
    lines = cli("entities", "list", "--json").output.splitlines()
    listed = {e["name"]: e["id"] for e in map(json.loads, lines)}
    keep, other = listed["Anna Kowalczyk"], listed["Anna Kowalczykowa"]
    assert keep != other
    assert cli("entities", "merge", keep, other).exit_code == 0
    assert store.get_entity(other) is None
    assert cli("process", "--force").exit_code == 0
    merged = store.get_entity(keep)
    assert merged is not None and {m["text"] for m in merged["mentions"]} >= {"Anna Kowalczykowa"}
    assert store.get_entity(other) is None  # re-processing links the name to the merged entry
    result = cli("entities", "split", keep, "Anna Kowalczykowa")
    assert result.exit_code == 0, result.output
    assert cli("process", "--force").exit_code == 0
    texts = {m["text"] for m in store.get_entity(keep)["mentions"]}
    assert "Anna Kowalczykowa" not in texts and "Anna Kowalczyk" in texts


def test_alias_links_a_new_name(cli, store, tmp_path: Path) -> None:
    _stored(cli, tmp_path)
    assert cli("entities", "alias", "ct:putin", "Anna Kowalczyk").exit_code == 0  # a deliberate oddity
    assert cli("process", "--force").exit_code == 0
    texts = {m["text"] for m in store.get_entity("ct:putin")["mentions"]}
    assert {"Poetin", "Anna Kowalczyk"} <= texts


# ---------------------------------------------------------------------------------------------------
# Accuracy floors: `python eval/entities.py` (pipeline scores, measured at the seventh session's end next
# to each floor). The issue's target is B-cubed F1 >= 0.90 and pairwise precision >= 0.95; the floors sit
# just under today's scores: raise them as you improve.

PIPELINE_FLOORS = {
    "seeds": {"bcubed_f1": 0.90, "pairwise_precision": 0.97},  # 0.913 / 0.982
    "sample": {"bcubed_f1": 0.90, "pairwise_precision": 0.98},  # 0.919 / 0.994
    # eighth session's end (tuned on, except 15 and 16: blind first runs); target 0.90 / 0.95
    "holdout2": {"bcubed_f1": 0.88, "pairwise_precision": 0.94},  # 0.894 / 0.956
    "holdout3": {"bcubed_f1": 0.87, "pairwise_precision": 0.93},  # 0.883 / 0.947
    "holdout4": {"bcubed_f1": 0.86, "pairwise_precision": 0.95},  # 0.871 / 0.969 (first run 0.780 / 0.924)
    "holdout5": {"bcubed_f1": 0.90, "pairwise_precision": 0.96},  # 0.911 / 0.972 (first run 0.849 / 0.925)
    "holdout6": {"bcubed_f1": 0.91, "pairwise_precision": 0.97},  # 0.921 / 0.984 (first run 0.864 / 0.924)
    "holdout7": {"bcubed_f1": 0.88, "pairwise_precision": 0.95},  # 0.892 / 0.959 (first run 0.836 / 0.837)
    "holdout8": {"bcubed_f1": 0.86, "pairwise_precision": 0.90},  # 0.874 / 0.911 (first run 0.832 / 0.855)
    "holdout9": {"bcubed_f1": 0.90, "pairwise_precision": 0.96},  # 0.914 / 0.974 (first run 0.848 / 0.894)
    "holdout10": {"bcubed_f1": 0.89, "pairwise_precision": 0.96},  # 0.909 / 0.975 (first run 0.874 / 0.932)
    "holdout11": {"bcubed_f1": 0.87, "pairwise_precision": 0.94},  # 0.887 / 0.956 (first run 0.863 / 0.939)
    "holdout12": {"bcubed_f1": 0.88, "pairwise_precision": 0.97},  # 0.897 / 0.981 (first run 0.862 / 0.961)
    "holdout13": {"bcubed_f1": 0.89, "pairwise_precision": 0.97},  # 0.900 / 0.980 (first run 0.880 / 0.938)
    "holdout14": {"bcubed_f1": 0.90, "pairwise_precision": 0.96},  # 0.914 / 0.975 (first run 0.870 / 0.923)
    "holdout15": {"bcubed_f1": 0.82, "pairwise_precision": 0.94},  # first run 0.834 / 0.959
    "holdout16": {"bcubed_f1": 0.84, "pairwise_precision": 0.94},  # first run 0.854 / 0.953
    "holdout17": {"bcubed_f1": 0.88, "pairwise_precision": 0.94},  # first run 0.899 / 0.954
    "holdout18": {"bcubed_f1": 0.88, "pairwise_precision": 0.97},  # first run 0.892 / 0.987
    "holdout19": {"bcubed_f1": 0.85, "pairwise_precision": 0.92},  # first run 0.865 / 0.937
    "holdout20": {"bcubed_f1": 0.85, "pairwise_precision": 0.89},  # first run 0.871 / 0.914
    "holdout21": {"bcubed_f1": 0.89, "pairwise_precision": 0.92},  # first run 0.904 / 0.936
    "holdout22": {"bcubed_f1": 0.87, "pairwise_precision": 0.91},  # first run 0.892 / 0.926
    "holdout23": {"bcubed_f1": 0.85, "pairwise_precision": 0.91},  # first run 0.859 / 0.931
    "holdout24": {"bcubed_f1": 0.83, "pairwise_precision": 0.92},  # first run 0.848 / 0.932
    "holdout25": {"bcubed_f1": 0.87, "pairwise_precision": 0.92},  # first run 0.890 / 0.929
    "holdout26": {"bcubed_f1": 0.86, "pairwise_precision": 0.89},  # first run 0.881 / 0.913
    "holdout27": {"bcubed_f1": 0.88, "pairwise_precision": 0.92},  # first run 0.908 / 0.943
    "holdout28": {"bcubed_f1": 0.83, "pairwise_precision": 0.89},  # first run 0.858 / 0.916
    "holdout29": {"bcubed_f1": 0.86, "pairwise_precision": 0.92},  # first run 0.882 / 0.940
    "holdout30": {"bcubed_f1": 0.88, "pairwise_precision": 0.90},  # first run 0.902 / 0.926
    "holdout31": {"bcubed_f1": 0.89, "pairwise_precision": 0.94},  # first 0.911 / 0.963, now 0.915 / 0.968
    "holdout32": {"bcubed_f1": 0.88, "pairwise_precision": 0.89},  # first 0.896 / 0.908, now 0.903 / 0.920
    "holdout33": {"bcubed_f1": 0.86, "pairwise_precision": 0.93},  # first 0.874 / 0.923, now 0.887 / 0.959
    "holdout34": {"bcubed_f1": 0.87, "pairwise_precision": 0.91},  # first 0.883 / 0.930, now 0.893 / 0.940
    "holdout35": {"bcubed_f1": 0.85, "pairwise_precision": 0.86},  # first run (19dce18) 0.870 / 0.888
    "holdout36": {"bcubed_f1": 0.88, "pairwise_precision": 0.95},  # first run 0.899 / 0.975
    "holdout37": {"bcubed_f1": 0.86, "pairwise_precision": 0.90},  # first run 0.881 / 0.921
    "holdout38": {"bcubed_f1": 0.88, "pairwise_precision": 0.93},  # first run 0.901 / 0.950
    "holdout39": {"bcubed_f1": 0.86, "pairwise_precision": 0.90},  # first 0.870 / 0.880, now 0.880 / 0.928
    "holdout40": {"bcubed_f1": 0.87, "pairwise_precision": 0.86},  # first 0.894 / 0.885, now 0.894 / 0.885
    "holdout41": {"bcubed_f1": 0.88, "pairwise_precision": 0.94},  # first 0.893 / 0.930, now 0.907 / 0.968
    "holdout42": {"bcubed_f1": 0.87, "pairwise_precision": 0.85},  # first 0.892 / 0.875, now 0.896 / 0.872
    "holdout43": {"bcubed_f1": 0.86, "pairwise_precision": 0.93},  # first 0.888 / 0.960, now 0.888 / 0.958
    "holdout44": {"bcubed_f1": 0.87, "pairwise_precision": 0.87},  # first 0.894 / 0.900, now 0.910 / 0.945
    "holdout45": {"bcubed_f1": 0.88, "pairwise_precision": 0.85},  # first 0.900 / 0.881, now 0.914 / 0.899
    "holdout46": {"bcubed_f1": 0.89, "pairwise_precision": 0.89},  # first 0.912 / 0.912, now 0.917 / 0.930
    "holdout47": {
        "bcubed_f1": 0.87,
        "pairwise_precision": 0.91,
    },  # first 0.890 / 0.938 (829924f), now 0.893
    "holdout48": {"bcubed_f1": 0.88, "pairwise_precision": 0.90},  # first 0.907 / 0.923
    "holdout49": {"bcubed_f1": 0.88, "pairwise_precision": 0.91},  # first 0.906 / 0.939
    "holdout50": {"bcubed_f1": 0.88, "pairwise_precision": 0.94},  # first 0.907 / 0.962
    "holdout51": {"bcubed_f1": 0.85, "pairwise_precision": 0.89},  # first 0.868 / 0.909 (989cb6d)
    "holdout52": {"bcubed_f1": 0.87, "pairwise_precision": 0.84},  # first 0.896 / 0.860
    "holdout53": {"bcubed_f1": 0.86, "pairwise_precision": 0.90},  # first 0.885 / 0.924
    "holdout54": {"bcubed_f1": 0.88, "pairwise_precision": 0.93},  # first 0.902 / 0.951
    "holdout55": {"bcubed_f1": 0.86, "pairwise_precision": 0.89},  # first 0.887 / 0.914 (9d5d8e9)
    "holdout56": {"bcubed_f1": 0.87, "pairwise_precision": 0.91},  # first 0.893 / 0.934
    "holdout57": {"bcubed_f1": 0.86, "pairwise_precision": 0.91},  # first 0.883 / 0.933
    "holdout58": {"bcubed_f1": 0.82, "pairwise_precision": 0.88},  # first 0.844 / 0.900
    "holdout59": {"bcubed_f1": 0.86, "pairwise_precision": 0.90},  # first 0.886 / 0.927 (9d9632e)
    "holdout60": {"bcubed_f1": 0.86, "pairwise_precision": 0.92},  # first 0.888 / 0.947
    "holdout61": {"bcubed_f1": 0.84, "pairwise_precision": 0.82},  # first 0.866 / 0.848
    "holdout62": {"bcubed_f1": 0.91, "pairwise_precision": 0.94},  # first 0.933 / 0.961
    "holdout63": {"bcubed_f1": 0.87, "pairwise_precision": 0.89},  # first 0.892 / 0.919 (1927c24)
    "holdout64": {"bcubed_f1": 0.85, "pairwise_precision": 0.76},  # first 0.874 / 0.784
    "holdout65": {"bcubed_f1": 0.85, "pairwise_precision": 0.92},  # first 0.878 / 0.945
    "holdout66": {"bcubed_f1": 0.87, "pairwise_precision": 0.89},  # first 0.896 / 0.914
    "holdout67": {"bcubed_f1": 0.86, "pairwise_precision": 0.90},  # first 0.887 / 0.926 (f4d9453)
    "holdout68": {"bcubed_f1": 0.87, "pairwise_precision": 0.91},  # first 0.891 / 0.930
    "holdout69": {"bcubed_f1": 0.87, "pairwise_precision": 0.91},  # first 0.895 / 0.937
    "holdout70": {"bcubed_f1": 0.84, "pairwise_precision": 0.89},  # first 0.863 / 0.916
    "holdout71": {"bcubed_f1": 0.88, "pairwise_precision": 0.93},  # first 0.905 / 0.959
    "holdout72": {"bcubed_f1": 0.87, "pairwise_precision": 0.82},  # first 0.895 / 0.843
    "holdout73": {"bcubed_f1": 0.85, "pairwise_precision": 0.81},  # first 0.873 / 0.834
    "holdout74": {"bcubed_f1": 0.86, "pairwise_precision": 0.91},  # first 0.889 / 0.938
}


@pytest.fixture(scope="module")
def ev() -> ModuleType:
    return load_eval_script("entities")


@pytest.mark.parametrize("corpus", sorted(PIPELINE_FLOORS))
def test_pipeline_scores_stay_above_their_floors(ev: ModuleType, corpus: str) -> None:
    result = ev.score_pipeline(corpus)
    if result is None:
        pytest.skip(f"{corpus} texts not present")
    floors = PIPELINE_FLOORS[corpus]
    assert result["bcubed"]["f1"] >= floors["bcubed_f1"], result
    assert result["pairwise"]["precision"] >= floors["pairwise_precision"], result


def test_we_of_a_named_person_is_the_body_the_sentence_before_opened_with(linker: Linker) -> None:
    text = (
        "De Nederlandse Politiebond spreekt van een historische dag. „Onze collega's zijn jarenlang "
        "bestookt”, aldus voorzitter Mustafa Demirci. Trainer Bjorn Vanherck vindt dat de federatie niet "
        "anders kon. „Als wij een fout hadden gemaakt, was niemand opgekomen”, zegt Vanherck."
    )
    found = by_name(link(linker, text))
    assert found["Onze"] is found["Nederlandse Politiebond"]
    # the body of a subordinate clause ('vindt dat de federatie') is not whom the speaker talks for
    assert "wij" not in found or found["wij"].type != "ORG"


def test_a_name_holding_an_organisation_compound_or_an_ordinary_noun_is_an_organisation() -> None:
    text = (
        "Greet Moons is boos. Ze verwijt Spaarbank Limburgia dat de bank niets deed. "
        "De verbouwing was in handen van Hoogland Recreatie, zegt Moons. Recreatie is hun vak."
    )
    kinds = {n.text: n.type for n in find_names(text)}
    assert kinds["Spaarbank Limburgia"] == "ORG"
    assert kinds["Hoogland Recreatie"] == "ORG"
    assert kinds["Greet Moons"] == "PER"


def test_a_noun_refers_back_to_the_one_name_holding_it(linker: Linker) -> None:
    text = (
        "ZWOLLE - Hogeschool Vechtstroom heeft 43 studenten beschuldigd. Dat concludeert de commissie van "
        "de hogeschool. Softwaremaker Veritext Labs zweeg. Het bedrijf wil niet reageren. Volgens Vliegveld "
        "Oosterveen is er geen probleem. Het vliegveld maakt al jaren verlies."
    )
    found = by_name(link(linker, text))
    assert found["de hogeschool"] is found["Hogeschool Vechtstroom"]
    assert found["Het vliegveld"] is found["Vliegveld Oosterveen"]
    assert found.get("Het bedrijf") is not found["Hogeschool Vechtstroom"]  # a school is no company


def test_the_possessive_opening_a_lawyer_is_the_client(linker: Linker) -> None:
    text = (
        "Notaris Pieter Wouters werd dinsdag aangehouden. Zijn advocaat, meester Jan Callebaut, noemt de "
        "verdenking 'absurd'."
    )
    entities = link(linker, text)
    zijn = next(e for e in entities for m in e.mentions if m.text == "Zijn")
    lawyer = next(e for e in entities for m in e.mentions if m.text == "Jan Callebaut")
    assert zijn.name == "Pieter Wouters"
    assert any(m.text == "Zijn advocaat" for m in lawyer.mentions)


def test_a_minister_is_no_woman_by_title_and_zijn_prefers_the_sentence_subject(linker: Linker) -> None:
    text = "Minister van Infrastructuur Sander Oosterwijk laat weten dat hij 'geen haast' heeft."
    found = by_name(link(linker, text))
    assert found["hij"] is found["Sander Oosterwijk"]
    text = (
        "Burgemeester Eric van Lienden zweeg. Aannemer Johan Dekker, de zwager van de burgemeester, laat via "
        "zijn advocaat weten dat zijn bedrijf correct handelde."
    )
    entities = link(linker, text)
    johan = next(e for e in entities if e.name == "Johan Dekker")
    assert sum(m.text == "zijn" for m in johan.mentions) == 2


def test_my_client_in_a_lawyers_words_is_the_person_the_lawyer_acts_for(linker: Linker) -> None:
    text = (
        "Apotheker Rutger H. werd veroordeeld. Zijn advocaat, Jeroen Baltus, stelt dat zijn cliënt te goeder "
        "trouw handelde. „Mijn cliënt heeft niemand bedrogen”, zegt Baltus."
    )
    entities = link(linker, text)
    rutger = next(e for e in entities if e.name == "Rutger H.")
    baltus = next(e for e in entities if e.name == "Jeroen Baltus")
    assert {"zijn cliënt", "Mijn cliënt"} <= {m.text for m in rutger.mentions}
    assert "Mijn" in {m.text for m in baltus.mentions}  # the lawyer speaks


def test_a_company_named_after_a_sentence_ending_in_a_regulator_is_still_a_company(linker: Linker) -> None:
    text = (
        "De Autoriteit Persoonsgegevens beboet het Amsterdamse AI-bedrijf Chatlyn, zegt de toezichthouder. "
        "Chatlyn betwist de boete. In een verklaring stelt het bedrijf dat de gegevens veilig waren."
    )
    found = by_name(link(linker, text))
    assert found["het bedrijf"] is found["Chatlyn"]
    assert "de gegevens" not in found  # no noun taken for the tail of 'Persoonsgegevens'


def test_a_surname_two_people_bear_follows_the_title_or_the_one_named_last(linker: Linker) -> None:
    text = (
        "Dat bevestigt partijwoordvoerster An Peeters. Schepen Jef Peeters, geen familie van de "
        "woordvoerster, dreigt met een overstap. „We zijn geen kleuters”, aldus Peeters. Woordvoerster "
        "Peeters noemt dat jammer. Volgens de Vlaams minister van Energie zweeg iedereen."
    )
    entities = link(linker, text)
    an = next(e for e in entities if e.name == "An Peeters")
    jef = next(e for e in entities if e.name == "Jef Peeters")
    aldus, titled = (m.start() for m in re.finditer(r"(?<= )Peeters(?= noemt|\. Woord)", text))
    assert aldus in {m.start for m in jef.mentions} and titled in {m.start for m in an.mentions}
    assert not any(e.name == "Vlaams" for e in entities)  # a regional adjective, not a name


def test_a_sentence_after_a_closing_quote_starts_with_its_article_outside_the_name() -> None:
    text = "„Een student moet zich kunnen verweren.” De Inspectie van het Onderwijs laat weten."
    assert [n.text for n in find_names(text)] == ["Inspectie van het Onderwijs"]


def test_a_noun_the_knowledge_base_gives_refers_back_to_the_body(linker: Linker) -> None:
    text = (
        "Het RIVM meldt meer besmettingen. Een woordvoerder van het instituut zegt dat het meevalt. De "
        "Onderzoeksraad voor Veiligheid (OVV) doet onderzoek."
    )
    found = by_name(link(linker, text))
    assert found["het instituut"] is found["RIVM"] and found["RIVM"].id == "ct:rivm"
    assert found["Onderzoeksraad voor Veiligheid"] is found["OVV"]


def test_we_of_a_speaker_is_the_body_his_sentence_before_calls_by_a_noun(linker: Linker) -> None:
    text = (
        "Pensioenfonds Horizon heeft een gat van 300 miljoen. Toezichthouder DNB doet onderzoek. "
        "Bestuursvoorzitter Marco Hendriks ontkent dat het fonds iets te verbergen heeft. „Wij hebben "
        "altijd volgens de regels belegd”, zei hij."
    )
    found = by_name(link(linker, text))
    assert found["het fonds"] is found["Pensioenfonds Horizon"]
    assert found["Wij"] is found["Pensioenfonds Horizon"]


def test_english_company_words_make_a_name_an_organisation() -> None:
    text = "De UEFA onderzoekt de Champions League-wedstrijd tussen Racing Maasland en Slovan, zegt Jan Vos."
    kinds = {n.text: n.type for n in find_names(text)}
    assert kinds["Racing Maasland"] == "ORG" and kinds["Jan Vos"] == "PER"


def test_a_role_two_people_hold_goes_to_the_one_named_just_before(linker: Linker) -> None:
    text = (
        "Minister Jan Smit van Defensie sprak dinsdag met de Kamer. Later reageerde minister Anna de Boer "
        "van Financiën op de plannen. De minister wil bezuinigen."
    )
    found = by_name(link(linker, text))
    assert found["De minister"] is found["Anna de Boer"]


def test_a_portfolio_after_minister_van_is_no_part_of_a_foreign_name() -> None:
    for text, name in (
        ("Dat zegt minister van Huisvesting Inês Carvalhal.", "Inês Carvalhal"),
        ("Viceminister van Arbeid Rustam Qodirov ontkent dat.", "Rustam Qodirov"),
    ):
        assert [(n.text, n.type) for n in find_names(text)] == [(name, "PER")]


def test_de_rechter_without_a_judge_is_the_court_and_articles_are_no_part_of_names(linker: Linker) -> None:
    text = (
        "Dat heeft de rechtbank Oost-Brabant donderdag geoordeeld. Volgens de rechter is de vergunning "
        "onterecht. Artsen van het AZ Sint-Rombaut behandelden patiënten. Dat maakte het ziekenhuis bekend."
    )
    found = by_name(link(linker, text))
    assert found["de rechter"] is found["rechtbank Oost-Brabant"]
    assert "AZ Sint-Rombaut" in found and found["het ziekenhuis"] is found["AZ Sint-Rombaut"]


def test_a_source_of_nouns_ending_in_an_organisations_name_is_that_organisation(linker: Linker) -> None:
    text = "Het Amerikaans-Noorse consortium Nordwall Defence zegt dat de batterijen in 2028 klaar zijn."
    attributions = find_attributions(text, "nl")
    (a,) = resolve_sources(text, attributions, linker.link(text, "nl", attributions))
    assert a.source_resolved == "Nordwall Defence"


def test_a_court_or_police_zone_named_with_its_noun_is_one_name() -> None:
    assert [(n.text, n.type) for n in find_names("Dat heeft de rechtbank Oost-Brabant geoordeeld.")] == [
        ("rechtbank Oost-Brabant", "ORG")
    ]
    zone = find_names("Dat meldt de politiezone Reynaertland.")
    assert [n.text for n in zone] == ["politiezone Reynaertland"]
    assert [n.text for n in find_names("De rechtbank van Amsterdam oordeelde.")] == ["Amsterdam"]


def test_a_company_named_after_de_app_is_an_entity(linker: Linker) -> None:
    text = "Schoonmakers die via de app Poetsly werken, staken. Volgens de bond eist FNV dat Poetsly praat."
    found = by_name(link(linker, text))
    assert "Poetsly" in found and found["Poetsly"].type == "ORG"


def test_a_word_opening_a_sentence_is_no_small_town_of_that_name() -> None:
    names = [n.text for n in find_names("Juist dat laatste klopt niet. Echter is het zo. Leiden wint.")]
    assert names == ["Leiden"]  # not the island Juist or a town called Echter; a city stays a city


def test_zijn_after_a_described_company_opening_the_sentence_is_the_company(linker: Linker) -> None:
    text = "Het Amsterdamse kledingmerk Velvaert zou voor zijn spijkerbroeken katoen gebruiken."
    found = by_name(link(linker, text))
    assert found["zijn"] is found["Velvaert"]


def test_ze_after_an_organisation_that_speaks_is_the_organisation(linker: Linker) -> None:
    text = "De Vlaamse Milieumaatschappij (VMM) bevestigt dat ze begin augustus metingen heeft gedaan."
    found = by_name(link(linker, text))
    assert found["ze"] is found["VMM"]


def test_a_noun_after_a_capitalised_adjective_describes_the_name(linker: Linker) -> None:
    text = "Het Amsterdamse kledingmerk Velvaert zweeg. Een vakbond beschuldigt het merk van misleiding."
    found = by_name(link(linker, text))
    assert found["het merk"] is found["Velvaert"]


def test_a_portfolio_alone_is_no_organisation_and_organisation_names_keep_tegen_and_van_het() -> None:
    for text, expected in (
        ("Een woordvoerder van de Vlaamse minister van Cultuur zegt dat het kan.", []),
        ("Dat heeft minister van Visserij en Oceanen Semi Ratuvou gezegd.", [("Semi Ratuvou", "PER")]),
        ("Het Netwerk tegen Armoede laat weten dat het wacht.", [("Netwerk tegen Armoede", "ORG")]),
        (
            "Het Federaal Agentschap voor de Veiligheid van het Verkeer kan niets bevestigen.",
            [("Federaal Agentschap voor de Veiligheid van het Verkeer", "ORG")],
        ),
    ):
        assert [(n.text, n.type) for n in find_names(text)] == expected


def test_the_suspect_named_by_initial_the_lower_case_court_and_a_company_from_a_town(linker: Linker) -> None:
    text = (
        "LEEUWARDEN - Het gerechtshof Arnhem-Leeuwarden heeft de straf verhoogd. Het hof acht bewezen dat "
        "Dennis W. een portier stak. De verdachte blijft erbij dat hij onschuldig is. Volgens de "
        "raadsheren is het duidelijk. Velmont roept remslangen terug. Dat heeft het bedrijf uit Mechelen "
        "gemeld."
    )
    found = by_name(link(linker, text))
    court = found["gerechtshof Arnhem-Leeuwarden"]
    assert found["Het hof"] is court and found["de raadsheren"] is court
    assert found["De verdachte"] is found["Dennis W."]
    assert "het bedrijf" not in found or found["het bedrijf"] is not found["Mechelen"]


def test_a_name_opening_with_an_ordinary_noun_is_an_organisation_and_a_wijk_a_place() -> None:
    text = "UTRECHT - Verhuurder Vastgoed Meridiaan moet huurders in de wijk Overvecht geld terugbetalen."
    found = {n.text: n.type for n in find_names(text)}
    assert found["Vastgoed Meridiaan"] == "ORG" and found["Overvecht"] == "GPE"


def test_a_descriptor_before_an_organisation_and_his_company_is_no_local_party(linker: Linker) -> None:
    text = (
        "De Gezondheidsraad laat weten dat het niet kan. Koepel Zorgverzekeraars Nederland wil eerst "
        "onderzoek zien. „Wij betalen alleen voor zorg die werkt”, zegt een woordvoerder."
    )
    entities = link(linker, text)
    last = resolve_sources(text, find_attributions(text, "nl"), entities)[-1]
    assert last.source_resolved == "Zorgverzekeraars Nederland"
    text = (
        "Dat zegt fractievoorzitter Rianne Dekker van Lokaal Hoornsluis. Aannemer Johan Dekker laat weten "
        "dat zijn bedrijf volgens de regels heeft gehandeld."
    )
    found = by_name(link(linker, text))
    assert "zijn bedrijf" not in found or found["zijn bedrijf"] is not found["Lokaal Hoornsluis"]


def test_company_compounds_appositions_and_the_unnamed_court(linker: Linker) -> None:
    text = (
        "TBILISI (ANP) - De regering heeft het contract met het Nederlandse baggerbedrijf Dekker Maritiem "
        "opgeschort. Dat maakte vicepremier Levan Kiknadze bekend. Volgens Kiknadze heeft het bedrijf de "
        "afspraken geschonden. De leverancier, het Ierse bedrijf Sentivox, laat weten dat het klopt."
    )
    found = by_name(link(linker, text))
    assert found["het bedrijf"] is found["Dekker Maritiem"]  # not the agency in the dateline
    assert found["De leverancier"] is found["Sentivox"]
    text = (
        "ARNHEM - De kantonrechter heeft het ontslag van een kok vernietigd. De rechter gaf hem gelijk. "
        "Wel had hij volgens de kantonrechter beter moeten weten."
    )
    found = by_name(link(linker, text))
    assert found["De kantonrechter"] is found["De rechter"] is found["de kantonrechter"]
    assert found["De rechter"].type == "ORG"


def test_hem_is_not_the_subject_of_its_own_clause(linker: Linker) -> None:
    text = (
        "Het hof acht bewezen dat Dennis W. een portier stak. De verdachte blijft erbij dat hij uit "
        "zelfverdediging handelde. Advocaat-generaal Pieter Hofstra had zeven jaar geëist. Hij noemde de "
        "aanval laf. De verdachte zou volgens hem tegen een vriend hebben gezegd dat hij 'die portier nog "
        "wel zou krijgen'. Volgens Erik Voortman heeft de bond hem in de steek gelaten."
    )
    entities = link(linker, text)
    hem = [e for e in entities for m in e.mentions if m.text == "hem"]
    assert [e.name for e in hem] == ["Pieter Hofstra", "Erik Voortman"]


def test_a_foundation_named_spelen_and_the_maker_described_by_a_compound(linker: Linker) -> None:
    text = (
        "DEN HAAG - De NVWA heeft speelgoedfabrikant Speelhuys opgedragen de bouwset uit de handel te halen. "
        "Stichting Veilig Spelen vindt dat de NVWA te laat heeft ingegrepen. Toen zou de toezichthouder de "
        "klachten hebben doorgestuurd naar de fabrikant."
    )
    found = by_name(link(linker, text))
    assert found["Stichting Veilig Spelen"].type == "ORG"  # 'Spelen' as in 'Olympische Spelen', yet a name
    assert found["de fabrikant"] is found["Speelhuys"]


def test_the_government_and_army_of_more_countries_and_of_flanders(linker: Linker) -> None:
    text = (
        "BOGOTÁ (ANP) - Het Colombiaanse leger beschuldigt de rebellen van een aanval. Het leger houdt vol "
        "dat het gelijk heeft. In Gent zwijgt de Vlaamse overheid. Vlaanderen wacht af."
    )
    found = by_name(link(linker, text))
    assert found["Het leger"] is found["Het Colombiaanse leger"]
    assert found["Het leger"].country == "CO"
    assert found["de Vlaamse overheid"] is found["Vlaanderen"]


def test_a_business_noun_before_a_name_makes_it_a_company_the_noun_refers_back_to(linker: Linker) -> None:
    text = (
        "De gemeente overlegt met het bedrijf. Volgens de rozenkwekerij Bloemhof Tropica is er niets aan "
        "de hand. Een medewerker van de kwekerij zou zijn ontslagen."
    )
    found = by_name(link(linker, text))
    assert found["Bloemhof Tropica"].type == "ORG"
    assert found["de kwekerij"] is found["Bloemhof Tropica"]
    text = "De gouverneur beschuldigt de Nederlandse rozenkweker Bloemhof Tropica van lozingen."
    assert {n.text: n.type for n in find_names(text)}.get("Bloemhof Tropica") != "PER"
    (company,) = [e for e in link(linker, text) if e.name == "Bloemhof Tropica"]
    assert company.type == "ORG"  # a grower named without a given name is a business


def test_a_capitalised_business_noun_after_the_dateline_describes_the_name(linker: Linker) -> None:
    text = "HARLINGEN - Scheepswerf Noorderkade vraagt surseance aan. Bij de werf werken ruim 220 mensen."
    found = by_name(link(linker, text))
    assert found["de werf"] is found["Noorderkade"]


def test_english_company_words_make_organisations(linker: Linker) -> None:
    text = (
        "EINDHOVEN - Klanten wachten op hun geld. „Het is een schande”, zegt woordvoerder Ilse Brouwer. "
        "Meridia Air erkent dat er fouten waren. „Wij hebben niemand aan het lijntje gehouden”, zegt "
        "commercieel directeur Ruud Achterberg. De minister verwijt het Nederlandse ingenieursbureau "
        "Wadland Engineering dat de sluizen lekken."
    )
    found = by_name(link(linker, text))
    assert found["Meridia Air"].type == "ORG" and found["Wadland Engineering"].type == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # mid-sentence a capitalised compound is part of the name; opening a sentence before an area too
        ("De Rietdekkersbond Nederland is woedend.", "Rietdekkersbond Nederland"),
        ("Dat heeft Scholengroep Kempenland maandag gemeld.", "Scholengroep Kempenland"),
        ("Watersportverbond Noord laat weten dat het boos is.", "Watersportverbond Noord"),
        ("Dat zegt woordvoerder Esmée Verkerk van de Consumentenbond.", "Consumentenbond"),
        # a name-opening adjective, a time word closing a title, 'en' inside a body's name
        ("Het is stil. Katholiek Onderwijs Vlaanderen zegt dat.", "Katholiek Onderwijs Vlaanderen"),
        ("Boerderij Vandaag meldt dat de bank zich zorgen maakt.", "Boerderij Vandaag"),
        ("De Inspectie Gezondheidszorg en Jeugd laat weten dat.", "Inspectie Gezondheidszorg en Jeugd"),
        ("De regering van Trinidad en Tobago eist geld.", "Trinidad en Tobago"),
        (
            "Het ministerie van Infrastructuur en Waterstaat zegt dat.",
            "ministerie van Infrastructuur en Waterstaat",
        ),
        ("Dat stelt vakbond FNV Schoonmaak, die dreigt.", "FNV Schoonmaak"),
        ("Het veer stopt. Fietsplatform Rivierenland roept op.", "Fietsplatform Rivierenland"),
        (
            "Het veer stopt. Belangenvereniging Kwekersverbond Glas en Bloem is boos.",
            "Kwekersverbond Glas en Bloem",
        ),
        ("Het veer stopt. De Europese Veehoudersunie spreekt van onzin.", "Europese Veehoudersunie"),
        ("Zij zegt dat Animal Route Watch gelijk heeft.", "Animal Route Watch"),  # no 'Rutte' inside
        ("Het regent. Brancheorganisatie BARIN zegt dat.", "BARIN"),
        ("Volgens de Vlaamse Bakkersfederatie is het erg.", "Vlaamse Bakkersfederatie"),
        ("Dat zegt de Vlaamse Federatie van Kinderboerderijen.", "Vlaamse Federatie van Kinderboerderijen"),
        ("Volgens de Nederlandse Vereniging van Banken klopt het.", "Nederlandse Vereniging van Banken"),
        ("Het regent. Ondernemersplatform Brussel is boos.", "Ondernemersplatform Brussel"),
        ("Het regent. Horecavereniging Eindhoven Centrum is boos.", "Horecavereniging Eindhoven Centrum"),
        ("Het regent. Milieuplatform Drenthe is boos.", "Milieuplatform Drenthe"),
        ("Het regent. Patiëntenplatform Noordoost-Brabant is boos.", "Patiëntenplatform Noordoost-Brabant"),
    ],
)
def test_organisation_names_keep_their_compounds_areas_and_inner_en(text: str, name: str) -> None:
    assert name in [n.text for n in find_names(text)]


def test_an_occupation_that_is_also_a_surname_stays_a_surname_after_a_given_name() -> None:
    assert [n.text for n in find_names("Het regent. Jan Visser en Sjoerd Boer zeggen dat.")] == [
        "Jan Visser",
        "Sjoerd Boer",
    ]


def test_descriptors_opening_a_sentence_and_en_between_names_still_split() -> None:
    names = [
        n.text for n in find_names("Supermarktketen Vershuys sluit winkels. Rusland en Oekraïne praten.")
    ]
    assert names == ["Vershuys", "Rusland", "Oekraïne"]
    names = [n.text for n in find_names("Het ministerie van Defensie en Jansen zeggen dat.")]
    assert names == ["ministerie van Defensie", "Jansen"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het regent. Verkeersveiligheidsinstituut SWOV waarschuwt.", "SWOV"),
        ("Het regent. Aannemerscombinatie Dommelbouw laat weten dat het klopt.", "Dommelbouw"),
        ("Het regent. Uitzendbureau Oogstflex laat weten dat het klopt.", "Oogstflex"),
        ("Het regent. Graanteler Bolat Seitkali zegt dat het klopt.", "Bolat Seitkali"),
        ("Het regent. Mijnbouwbedrijf Andes Cobre zegt dat het klopt.", "Andes Cobre"),  # no area
        ("Het regent. Boer Nguyen Van Hoa zegt dat het klopt.", "Nguyen Van Hoa"),
        ("Het regent. Marktkoopvrouw Chimwemwe Banda zegt dat het klopt.", "Chimwemwe Banda"),
        ("Het regent. Visser Jan de Vries zegt dat het klopt.", "Jan de Vries"),
    ],
)
def test_a_compound_of_what_the_name_is_opening_a_sentence_is_not_part_of_it(text: str, name: str) -> None:
    assert [n.text for n in find_names(text)] == [name]


def test_a_named_school_after_its_noun_is_no_person(linker: Linker) -> None:
    text = "RETIE - De basisscholen De Klimop in Retie gaan dicht, zegt de voorzitter van De Klimop."
    entity = next(e for e in linker.link(text, "nl") if e.name == "De Klimop")
    assert entity.type == "ORG"


@pytest.mark.parametrize(
    ("text", "pronoun", "person"),
    [
        (
            "Robbe Smets zegt dat hij niets fout deed. Hij vindt het erg dat Dion Verhagen gewond is. "
            "Zijn teammanager Luc Wouters noemt de kritiek schandalig.",
            "Zijn",
            "Robbe Smets",
        ),
        (  # the plural 'leden' ending the sentence before says nothing of 'Ze'
            "Voorzitter Grietje Bolhuis is blij met de winkel. De 84-jarige Jantje Dijkstra is een van de "
            "leden. Ze woont al lang in het dorp.",
            "Ze",
            "Jantje Dijkstra",
        ),
    ],
)
def test_a_pronoun_opening_a_sentence_is_who_opened_the_one_before(
    linker: Linker, text: str, pronoun: str, person: str
) -> None:
    found = by_name(link(linker, text))
    assert found[pronoun] is found[person]


def test_a_sentence_after_a_closing_quote_starts_afresh(linker: Linker) -> None:
    # 'Zijn' after the quote is no possessive of the body named inside the quote
    text = (
        "Dion Verhagen is boos. „Ik wil dat de FIM eindelijk ingrijpt.” Zijn team, Rosso Racing, "
        "heeft een klacht ingediend."
    )
    found = by_name(link(linker, text))
    assert found["Zijn"] is not found["FIM"]


def test_an_unnamed_spokesperson_speaks_for_the_body_that_spoke_just_before() -> None:
    text = (
        "OSSENDONK - Het referendum in Ossendonk is mislukt. Volgens de actiegroep moesten kiezers een uur "
        "wachten. De groep wil een klacht indienen bij de Nationale ombudsman.\n\n"
        "De gemeente betwist die lezing. Een woordvoerder laat weten dat er genoeg stembureaus waren."
    )
    attributions = find_attributions(text, "nl")
    entities = Linker().link(text, "nl", attributions)
    resolved = resolve_sources(text, attributions, entities)
    spokesperson = next(a for a in resolved if a.source and a.source.text == "Een woordvoerder")
    town = next(a for a in resolved if a.source and a.source.text == "De gemeente")
    assert spokesperson.source_resolved == town.source_resolved
    assert "OSSENDONK" in (town.source_resolved or "")


def test_a_title_before_a_clause_is_no_title_of_the_name_after_it(linker: Linker) -> None:
    text = (
        "Buurman Gerard Wolkers klaagt. De eigenaar van de warmtepomp, Sander Hooijkaas, is boos. "
        "De rechter oordeelde dat Hooijkaas hinder veroorzaakt. Volgens de rechter is dat duidelijk."
    )
    found = by_name(link(linker, text))
    assert found.get("De rechter") is not found["Sander Hooijkaas"]
    assert found.get("de rechter") is not found["Sander Hooijkaas"]


@pytest.mark.parametrize(
    "text",
    [
        "HEIKRUIS (Belga) - Veldrijder Qarno Verbist is uit de uitslag gehaald.",  # a role, an unknown name
        "HEIKRUIS (Belga) - Jarno Verbist is uit de uitslag gehaald.",  # a Dutch given name
    ],
)
def test_a_person_is_found_by_a_role_noun_or_a_given_name(text: str) -> None:
    assert [n.type for n in find_names(text) if n.text.endswith("Verbist")] == ["PER"]


def test_foreign_governments_parliaments_and_a_court_named_by_its_town(linker: Linker) -> None:
    text = (
        "NAIROBI (ANP) - De Somalische federale regering ligt overhoop met Puntland. Het Estse parlement "
        "debatteert donderdag. Het Brugse parket eist drie jaar cel. Volgens het parket is dat terecht. "
        "Het parlement stemt later."
    )
    found = by_name(link(linker, text))
    assert found["De Somalische federale regering"].id == "iso3166:SO"  # not Belgium's 'federale regering'
    assert found["Het parlement"] is found["Het Estse parlement"]
    assert found["het parket"] is found["Het Brugse parket"]


def test_the_board_is_the_organisation_the_story_is_about(linker: Linker) -> None:
    text = (
        "Speelgoedketen Kiekeboe sluit twintig winkels. Kiekeboe telt nu 2.100 medewerkers. Vakbond FNV "
        "Handel is woedend en verwijt de directie dat ze heeft zitten slapen. Het bestuur van de bond "
        "vergadert dinsdag."
    )
    found = by_name(link(linker, text))
    assert found["de directie"] is found["Kiekeboe"]
    assert "Het bestuur" not in found  # 'het bestuur van de bond' is no board of the chain


def test_the_town_council_is_a_body_of_its_own(linker: Linker) -> None:
    text = (
        "KASTERHOUT - De gemeenteraad van Kasterhout stemde maandag in met de nieuwe straatnaam. "
        "Raadslid Piet Jansen is boos. Hij wil dat de raad opnieuw stemt."
    )
    found = by_name(link(linker, text))
    council = found["De gemeenteraad van Kasterhout"]
    assert found["de raad"] is council and council is not found["Kasterhout"]
    assert council.type == "ORG"


def test_her_parliamentary_group_is_her_party(linker: Linker) -> None:
    found = by_name(link(linker, "Kamerlid Wendy Hamersma (VVD) zegt dat haar fractie kritisch is."))
    assert found["haar fractie"] is found["VVD"]
    assert found["haar"] is found["Wendy Hamersma"]


def test_a_place_noun_types_every_mention_and_fisheries_make_a_company(linker: Linker) -> None:
    text = (
        "De Somalische regering en de deelstaat Puntland ruziën over vergunningen voor Golden Monsoon "
        "Fisheries. Puntland wil de vergunningen intrekken. Volgens Puntland vist het bedrijf illegaal."
    )
    found = by_name(link(linker, text))
    assert found["Puntland"].type == "GPE"
    assert found["Golden Monsoon Fisheries"].type == "ORG"
    assert found.get("het bedrijf") is not found["Puntland"]


def test_the_gulf_is_a_sea_and_the_paper_stays_the_paper(linker: Linker) -> None:
    text = (
        "Dat meldt de Keniaanse krant The Coastal Standard. De vissers zijn boos op een bedrijf uit de Golf. "
        "Volgens de krant gaat het om miljoenen."
    )
    found = by_name(link(linker, text))
    assert found["Golf"].type == "LOC"
    assert found["de krant"] is found["Coastal Standard"]


def sources(linker: Linker, text: str) -> list[str | None]:
    found = resolve_sources(text, find_attributions(text, "nl"), link(linker, text))
    return [a.source_resolved for a in found]


def test_a_portfolio_of_several_words_makes_its_holder_the_minister(linker: Linker) -> None:
    text = (
        "Dat heeft federaal minister van Asiel en Migratie Wouter Callebaut (N-VA) aangekondigd. Volgens de "
        "minister gaat het om een derde van de aanvragen."
    )
    assert sources(linker, text) == ["Wouter Callebaut"]
    text = (
        "Dat zegt minister van Volksgezondheid, Welzijn en Sport Conny Helder. Volgens de minister gaat "
        "het om een derde."
    )
    people = by_name(link(linker, text))
    assert people["Conny Helder"].type == "PER" and "Welzijn" not in people
    assert sources(linker, text)[-1] == "Conny Helder"


def test_a_ministry_named_with_a_list_of_portfolios_is_one_body(linker: Linker) -> None:
    text = "Het ministerie van Volksgezondheid, Welzijn en Sport laat weten dat het rapport wordt bestudeerd."
    assert sources(linker, text) == ["ministerie van Volksgezondheid, Welzijn en Sport"]
    text = "Het ministerie van Infrastructuur en Waterstaat, Rijkswaterstaat en ProRail zwijgen erover."
    names = {e.name for e in link(linker, text)}
    assert {"ministerie van Infrastructuur en Waterstaat", "ProRail"} <= names


def test_a_dateline_names_no_company_and_a_curator_is_a_title(linker: Linker) -> None:
    text = (
        "UTRECHT (ANP) - Bakkerijketen De Korenaar roept krentenbollen terug. Dat meldt het bedrijf. "
        "Curator Lotte Brandsma zegt dat het geld op is. Klanten houden volgens de curator recht op garantie."
    )
    assert sources(linker, text) == ["De Korenaar", "Lotte Brandsma", "Lotte Brandsma"]


def test_the_government_is_the_one_already_spoken_of_not_a_country_only_mentioned(linker: Linker) -> None:
    text = (
        "WINDHOEK (Reuters) - De Namibische regering heeft het consortium een ultimatum gesteld. Het "
        "consortium bestaat uit een Duits en een Nederlands energiebedrijf. Leider Johannes Gaseb dreigt "
        "met een rechtszaak als de regering het project niet stillegt."
    )
    namibia = by_name(link(linker, text))["De Namibische regering"]
    assert namibia.name == "Namibia" and "de regering" in {m.text for m in namibia.mentions}
    text = (  # 'het kabinet' is the home government: 'de regering' stays the country in view
        "De bond roept het kabinet op met Koeweit te praten. Een kenner denkt dat Koeweit onder druk "
        "handelt. Toch betwijfelt hij of de regering het contract wil verscheuren."
    )
    assert by_name(link(linker, text))["de regering"].name == "Kuwait"


def test_names_with_an_ampersand_and_descriptions_after_them(linker: Linker) -> None:
    text = "Volgens CD&V is het plan onbetaalbaar. Telecombedrijf AT&T laat weten dat de storing voorbij is."
    assert sources(linker, text) == ["CD&V", "AT&T"]
    text = "De Dienst Dierenwelzijn van de Vlaamse overheid zegt dat de dieren verwaarloosd waren."
    assert "Dienst Dierenwelzijn" in {e.name for e in link(linker, text)}


def test_a_general_noun_is_the_organisation_described_with_it_not_the_company_named_last(
    linker: Linker,
) -> None:
    text = (
        "De tuincentrumketen Groenhof misleidt klanten. Dat stelt consumentenorganisatie Test Aankoop. Bij "
        "een op de drie producten was Groenhof duurder. De organisatie heeft klacht ingediend. De "
        "organisatie zegt dat klanten hun bonnen moeten bewaren."
    )
    assert sources(linker, text) == ["Test Aankoop", "Test Aankoop"]
    assert {m.text for m in by_name(link(linker, text))["Test Aankoop"].mentions} == {
        "Test Aankoop",
        "De organisatie",
    }


def test_a_foundation_is_an_organisation_and_the_judge_is_the_court(linker: Linker) -> None:
    text = (
        "Woonstichting Hunzeland mag huurster Gerda Wolters niet uit haar woning zetten. Dat heeft de "
        "kantonrechter in Groningen bepaald. Volgens de rechter heeft Hunzeland dat niet aannemelijk gemaakt."
    )
    entities = by_name(link(linker, text))
    assert entities["Woonstichting Hunzeland"].type == "ORG"
    assert entities["de rechter"] is entities["de kantonrechter"]
    assert entities["de rechter"] is not entities["Hunzeland"]


def test_a_junta_governs_a_congress_is_a_parliament_and_a_president_is_a_person(linker: Linker) -> None:
    text = (
        "NIAMEY (AFP) - De Nigerese junta heeft het radiostation gesloten. De VN riep de junta op de "
        "sluiting terug te draaien."
    )
    niger = by_name(link(linker, text))["de junta"]
    assert niger.name == "Niger" and "De Nigerese junta" in {m.text for m in niger.mentions}
    text = (
        "Het Guatemalteekse congres heeft het fonds geblokkeerd. President Arévalo riep het congres op "
        "opnieuw te stemmen. Topman Infrabel zwijgt."
    )
    entities = by_name(link(linker, text))
    assert entities["het congres"] is entities["Het Guatemalteekse congres"]
    assert entities["Arévalo"].type == "PER" and entities["Infrabel"].type == "ORG"
    text = "Het congres van de partij begint zaterdag. Voorzitter Jansen zegt dat het congres druk is."
    assert "het congres" not in by_name(link(linker, text))  # a conference, no parliament


def test_the_ministry_is_the_one_of_the_minister_named_before(linker: Linker) -> None:
    text = (
        "Dat heeft minister van Milieu Cristian Dobre woensdag bekendgemaakt. Volgens het ministerie "
        "leven er 13.000 beren in het land. Het ministerie zegt de zaak te onderzoeken."
    )
    assert sources(linker, text) == ["ministerie van Milieu", "ministerie van Milieu"]


def test_a_teacher_named_in_apposition_and_the_commission_after_the_european_one(linker: Linker) -> None:
    text = "De docent, Pieter Wijnsma, zegt dat hij niets misdaan heeft. Volgens de docent was er geen ruzie."
    assert sources(linker, text) == ["Pieter Wijnsma", "Pieter Wijnsma"]
    teacher = by_name(link(linker, text))["de docent"]
    assert {m.text for m in teacher.mentions} >= {"De docent", "Pieter Wijnsma"}
    text = (
        "Het Europees Parlement stemde in met de regels van de Europese Commissie. De Commissie zegt dat "
        "de regels in 2027 ingaan. Het Parlement zegt niets."
    )
    entities = by_name(link(linker, text))
    assert entities["Commissie"] is entities["Europese Commissie"]
    assert entities["Parlement"] is entities["Europees Parlement"]


def test_a_dateline_town_is_not_the_municipality_when_only_the_dateline_names_it(linker: Linker) -> None:
    text = (
        "ZWOLLE - Kinderopvang De Klimboom in Kampen mag openblijven. Dat heeft de rechter bepaald in een "
        "zaak tegen de gemeente. Volgens de gemeente was de vergunning terecht ingetrokken."
    )
    entities = by_name(link(linker, text))
    assert entities["de gemeente"] is entities["Kampen"]
    text = (
        "ZWOLLE - De gemeente Zwolle sluit het zwembad. Inwoners uit Kampen zijn boos. De gemeente "
        "zegt dat het geld op is."
    )
    entities = by_name(link(linker, text))
    assert entities["De gemeente"] is entities["ZWOLLE"]  # named again in the body: the story's town


def test_a_title_fused_to_a_party_makes_a_person_and_a_portfolio_in_brackets_is_no_body(
    linker: Linker,
) -> None:
    text = (
        "Gedeputeerde Rutger Zwiers (Energie) maakte het plan bekend. BBB-fractievoorzitter Dinand "
        "Lammers noemt het een aanslag. In Berkelland is de onrust groot. Stichting Tegenwind Berkelland "
        "stapt naar de rechter."
    )
    entities = by_name(link(linker, text))
    assert entities["Dinand Lammers"].type == "PER"
    assert "Energie" not in entities
    assert entities["Berkelland"] is not entities["Stichting Tegenwind Berkelland"]
    assert entities["Berkelland"].type == "GPE"


def test_agencies_credited_together_in_a_dateline_are_never_the_company(linker: Linker) -> None:
    text = (
        "QUITO (ANP/AFP) - Boeren blokkeren de weg naar de mijn. Zij eisen dat mijnonderneming Minera Sol "
        "de weg omlegt. Volgens het bedrijf is dat te duur. Ook de ombudsdienst Defensa Civil kijkt mee."
    )
    entities = by_name(link(linker, text))
    assert {m.text for m in entities["ANP"].mentions} == {"ANP"}
    assert entities["het bedrijf"] is entities["Minera Sol"]
    assert entities["Minera Sol"].type == "ORG" and entities["Defensa Civil"].type == "ORG"


def test_a_possessive_opening_the_sentence_before_is_not_its_subject(linker: Linker) -> None:
    text = (
        "Wethouder Eline Smit wil de bibliotheek sluiten. Haar collega van Cultuur, Ilse Veld, is tegen. "
        "Zij is al twintig jaar lid van de raad."
    )
    entities = by_name(link(linker, text))
    assert entities["Zij"] is entities["Ilse Veld"]
    text = "Volgens haar gaf Maja Kovac alleen advies. „Ik heb nooit namens dat bedrijf gesproken.”"
    entities = by_name(link(linker, text))
    assert entities["Ik"] is entities["Maja Kovac"]


def test_a_continuation_follows_its_speaker_as_sharpened(linker: Linker) -> None:
    text = "De tram komt. Dat zegt Mei-ling Chou van de Chengchi-universiteit. „Het is een goed plan.”"
    assert sources(linker, text) == ["Mei-ling Chou", "Mei-ling Chou"]


def test_the_city_government_is_the_story_town_not_a_district_in_it_named_last(linker: Linker) -> None:
    text = (
        "De stad Gent wil het stadion kopen. Gent betaalt 60 miljoen euro, zegt de schepen. In Gent is "
        "niet iedereen blij. Buurtbewoners in Sint-Denijs-Westrem vragen om betere afspraken. Een "
        "beslissing wordt volgens het stadsbestuur tegen de zomer verwacht."
    )
    entities = by_name(link(linker, text))
    assert entities["het stadsbestuur"] is entities["Gent"]
    text = (  # a town far away stays the one named last
        "Jasmijn Koç van Amsterdam is boos. Dubai bouwt, Dubai groeit en Dubai trekt bedrijven. Volgens "
        "haar moet het stadsbestuur in Amsterdam ingrijpen. Het stadsbestuur zwijgt."
    )
    entities = by_name(link(linker, text))
    assert entities["Het stadsbestuur"] is entities["Amsterdam"]


def test_a_spokespersons_we_is_the_organisation_opening_the_sentence_before(linker: Linker) -> None:
    text = (
        "De Brusselse Tijding meldt dat de regering het spoorplan uitstelt. Reizigersorganisatie "
        "Spoorgebruiker twijfelt vooral aan de timing. 'We hebben al zoveel plannen zien sneuvelen', zegt "
        "woordvoerder Els Peeters."
    )
    entities = by_name(link(linker, text))
    assert entities["We"] is entities["Spoorgebruiker"]


def test_a_neighbourhood_named_last_has_no_council(linker: Linker) -> None:
    text = (
        "De chocoladefabriek in Zaanstad stinkt. Bewoners van de wijk Rooswijk klagen al maanden. "
        "Wethouder Hans Kuiper zegt dat de gemeente met de fabriek om tafel gaat."
    )
    entities = by_name(link(linker, text))
    assert entities["de gemeente"] is entities["Zaanstad"]


def test_a_heads_we_is_the_organisation_opening_a_sentence_just_before_him(linker: Linker) -> None:
    text = (
        'SC Heerenveen wil het stadion uitbreiden. Directeur Auke van der Meer is blij. "Elke wedstrijd is '
        'uitverkocht en we hebben een wachtlijst", zei Van der Meer.'
    )
    entities = by_name(link(linker, text))
    assert entities["we"] is entities["SC Heerenveen"]
    text = (  # the company the union fights is not the union leader's 'wij'
        "De bond dreigt Glansgroep voor de rechter te slepen. Bestuurder Nadia Amrani is boos. „Het aanbod "
        "kwam pas nadat wij de krant hadden gebeld”, zegt ze."
    )
    entities = by_name(link(linker, text))
    assert "wij" not in entities or entities["wij"] is not entities["Glansgroep"]


def test_a_party_group_speaks_as_its_party(linker: Linker) -> None:
    text = "De raad stemt over het plan. De VVD-fractie in de gemeenteraad zegt dat het plan te duur is."
    assert sources(linker, text) == ["VVD"]


def test_we_in_a_continuing_quote_is_the_body_of_the_titled_speaker(linker: Linker) -> None:
    text = (
        "De stad sluit de strandbars. Uitbater Pieter Deprez van Sirocco spreekt van „een doodvonnis”. "
        "„Wij hebben vorig jaar nog 80.000 euro geïnvesteerd.”"
    )
    entities = by_name(link(linker, text))
    assert entities["Wij"] is entities["Sirocco"]


def _mentions_of(entities: list[Entity], name: str) -> list[str]:
    return next([m.text for m in e.mentions] for e in entities if e.name == name)


def test_a_hospital_named_in_one_word_with_its_kind_is_het_ziekenhuis(linker: Linker) -> None:
    text = "Wie naar het Isala-ziekenhuis in Zwolle rijdt, betaalt meer. Volgens het ziekenhuis is dat nodig."
    assert "het ziekenhuis" in _mentions_of(link(linker, text), "Isala")


def test_a_noun_the_knowledge_base_gives_an_organisation_refers_back_to_it(linker: Linker) -> None:
    """'de haven' is a structure noun; after Port of Antwerp-Bruges, which the knowledge base calls so, it
    is that company."""
    text = "Port of Antwerp-Bruges reageert verbaasd. Volgens de haven is het slib schoon."
    assert "de haven" in _mentions_of(link(linker, text), "Port of Antwerp-Bruges")


def test_a_known_name_ending_in_lower_case_is_found_whole_and_shortened_names_join_it(linker: Linker) -> None:
    text = (
        "Bij de Nationale ombudsman kwamen klachten binnen. De ombudsman noemt het 'onbegrijpelijk'. "
        "De Algemene Rekenkamer keek mee. Volgens de Rekenkamer is dat ernstig."
    )
    entities = link(linker, text)
    assert _mentions_of(entities, "Nationale ombudsman")[:2] == ["Nationale ombudsman", "De ombudsman"]
    assert "Rekenkamer" in _mentions_of(entities, "Algemene Rekenkamer")


def test_de_regering_of_a_story_set_abroad_before_its_country_is_named(linker: Linker) -> None:
    """'LA PAZ - Het Boliviaanse parlement … De regering noemt …': the country's adjective and later name
    make it Bolivia's government, not the article's own (nor an unresolved 'regering')."""
    text = (
        "LA PAZ - Het Boliviaanse parlement heeft de stemming over een lithiumcontract uitgesteld.\n\n"
        "De regering noemt het uitstel „een gemiste kans”. Minister Ana Rojas zei dat Bolivia lang wacht. "
        "Volgens haar verliest het land zo elk jaar geld."
    )
    records = process_article(Article(text=text, language="nl"), linker)
    assert records.attributions[0].source_resolved == "Bolivia"


def test_the_government_in_its_capital_is_the_country(linker: Linker) -> None:
    text = (
        "ANTANANARIVO - De prijs van vanille in Madagaskar daalt hard. De regering in Antananarivo "
        "beschuldigt de exporteurs ervan de minimumprijs te negeren."
    )
    records = process_article(Article(text=text, language="nl"), linker)
    assert records.attributions[0].source_resolved == "Madagaskar"


def test_a_club_named_by_its_abbreviation_and_a_contractors_combination_are_organisations(
    linker: Linker,
) -> None:
    text = (
        "TC Mandelhof wil een hal bouwen. Buren protesteren. De club ontkent dat er geld is aangeboden. "
        "De wethouder beschuldigt de aannemer, Bouwcombinatie Wolderwijd, van getreuzel. Het bouwbedrijf "
        "wijst dat van de hand."
    )
    entities = link(linker, text)
    assert "De club" in _mentions_of(entities, "TC Mandelhof")
    combination = next(e for e in entities if e.name == "Bouwcombinatie Wolderwijd")
    assert combination.type == "ORG" and "Het bouwbedrijf" in [m.text for m in combination.mentions]


def test_de_deputatie_speaks_as_the_province_which_is_no_town(linker: Linker) -> None:
    text = (
        "ROESELARE - De deputatie van West-Vlaanderen heeft het beroep van buurtbewoners verworpen. "
        "De deputatie oordeelde dat de hal „voldoende afstand” houdt. Het stadsbestuur van Roeselare is blij."
    )
    records = process_article(Article(text=text, language="nl"), linker)
    judged = next(a for a in records.attributions if a.cue is not None and a.cue.text == "oordeelde")
    assert judged.source_resolved == "provincie West-Vlaanderen"
    province = next(e for e in records.entities if e.name == "West-Vlaanderen")
    assert province.type == "GPE" and "Het stadsbestuur" not in [m.text for m in province.mentions]
