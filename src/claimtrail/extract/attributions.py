"""Attributions: who said what in a Dutch or English news text, with which stance (v0, text level, no
parser).

    >>> [a.source_resolved for a in find_attributions("Jan Smit zegt dat de dijk houdt.")]
    ['Jan Smit']

Every attribution has a content span, usually a cue span (a speech or belief verb, "volgens", "aldus",
a colon after a speaker, a noun cue) and a source span as written, plus the source resolved to a name
(through pronouns, role nouns and surnames) or None for anonymous sources. The rules behind the spans
are those of eval/gold/attributions/GUIDELINES.md.

v0 reads raw text: it splits sentences (abbreviation- and quote-aware), pairs quotation marks, finds
cue verbs from the lexicon data/cues_<language>.tsv (surface forms, particles, idioms, stance and the
stance under negation) and places the source with word-order heuristics: the noun phrase before a
finite cue in a main clause, after it in inverted order. It needs no tagger, so it is fast and
predictable, and it errs where only syntax helps: long subjects with embedded verbs, subordinate
clauses, coordination and nested speech. English ("en", data/cues_en.tsv with the row `wordorder svo`)
has its own word-order rules (_EnglishDoc): "X said (that) ...", "..., X said.", "..., said X.",
"according to X", "X: ...", hearsay adverbs, and he/she resolved to the last named person. Dutch ("nl",
"nl-BE") and English are the languages with a lexicon: others give an empty list (see
supported_languages()).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from claimtrail.extract import stance as learned_stances
from claimtrail.extract.lookahead import guarded
from claimtrail.link.names import REGIONAL_ADJECTIVES, gender_of, given_names
from claimtrail.model import Attribution, Span

__all__ = ["find_attributions", "supported_languages"]

# Bumped when what the extractor finds changes, so that `claimtrail process` runs stored articles again
# (v1: the sixteenth session's cues, verb-final objects and content conditions; v2: the seventeenth's rulings,
# descriptor-free names, negated cues left to the rules)
VERSION = "attributions.v2"

# --- the lexicon ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cue:
    lemma: str
    finite: frozenset[str]
    nonfinite: frozenset[str]
    tails: tuple[tuple[tuple[str, int], ...], ...]  # alternatives; each part: (word, '~' count before it)
    stance: str
    negated: str
    frame: str  # clause | any | dat | quoted | quote
    condition: re.Pattern[str] | None = None  # what the content must contain (or, negative, must not)
    negative: bool = False


class Quick:
    """A case-blind lexicon pattern with a quick test before it. When every alternative of the pattern opens
    with a literal word ('\\bverdacht(?:en)? van' opens with 'verdacht', after any look-behind), a text that
    holds none of those words cannot match, and the pattern is not run on it. The pattern itself looks ahead
    for the characters a match can open with (lookahead.guarded: the same matches, in a third of the
    time)."""

    __slots__ = ("pattern", "source", "words")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.source = pattern  # as the lexicon writes it
        self.words = _openings(pattern.pattern)
        self.pattern = guarded(pattern)

    def search(self, text: str) -> re.Match[str] | None:
        if self.words is not None:
            low = text.lower()
            if not any(word in low for word in self.words):
                return None
        return self.pattern.search(text)


_LOOKBEHIND = re.compile(r"\(\?<[!=](?:[^()\\]|\\.)*\)")


def _openings(pattern: str) -> tuple[str, ...] | None:
    """The literal text every top-level alternative of `pattern` opens with (lower case, two letters or
    more), or None when one opens otherwise (an optional group, a class, an anchor)."""
    words: list[str] = []
    for alternative in _alternatives(pattern):
        while m := _LOOKBEHIND.match(alternative):
            alternative = alternative[m.end() :]
        alternative = alternative.removeprefix("\\b")
        if alternative.startswith("(?:"):  # a group first: what each of its own alternatives opens with
            inner = _group(alternative)
            if inner is None or not (inner_words := _openings(inner)):
                return None
            words.extend(inner_words)
            continue
        word = ""
        for k, ch in enumerate(alternative):
            if not (ch.isalnum() or ch in " '-"):
                break
            word += ch
            if alternative[k + 1 : k + 2] in ("?", "*", "{"):  # this letter is optional
                word = word[:-1]
                break
        if len(word.strip()) < 2:
            return None
        words.append(word.lower())
    return tuple(words)


def _group(text: str) -> str | None:
    """The inside of the '(?:...)' that `text` opens with, or None where it may match nothing (a '?', '*'
    or '{0' after it)."""
    for k, ch, depth in _syntax(text):
        if ch == ")" and depth == 0:
            optional = text[k + 1 : k + 2] in ("?", "*") or text[k + 1 : k + 3] == "{0"
            return None if optional else text[3:k]
    return None


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (its '|' outside groups and classes)."""
    bars = [k for k, ch, depth in _syntax(pattern) if ch == "|" and depth == 0]
    bounds = [-1, *bars, len(pattern)]
    return [pattern[a + 1 : b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(offset, character, group depth after it) of each character of a regular expression that is
    neither escaped nor inside a character class."""
    depth, in_class, escaped = 0, False, False
    for k, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            if ch in "()":
                depth += 1 if ch == "(" else -1
            yield k, ch, depth


@dataclass
class Lexicon:
    cues: list[Cue] = field(default_factory=list)
    nouns: dict[str, str] = field(default_factory=dict)  # form -> stance
    anonymous: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    orgnouns: frozenset[str] = frozenset()
    orgrefs: frozenset[str] = frozenset()
    demonyms: dict[str, str] = field(default_factory=dict)
    notsource: frozenset[str] = frozenset()
    content: list[tuple[str, Quick]] = field(default_factory=list)
    hedges: list[Quick] = field(default_factory=list)
    by_finite: dict[str, list[Cue]] = field(default_factory=dict)
    role_cache: dict[str, str | None] = field(default_factory=dict)
    by_nonfinite: dict[str, list[Cue]] = field(default_factory=dict)
    # English (wordorder svo): the word lists of the English rules, empty for Dutch
    wordorder: str = "v2"
    according: list[tuple[str, ...]] = field(default_factory=list)
    hearsay: frozenset[str] = frozenset()
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # pronoun, determiner, function, ...


def _tail(spec: str) -> tuple[tuple[str, int], ...]:
    parts: list[tuple[str, int]] = []
    gap = 0
    for word in spec.split():
        if word == "~":
            gap += 1
            continue
        parts.append((word.lower(), gap))
        gap = 0
    return tuple(parts)


def _words(cell: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in cell.split("|") if w.strip())


@cache
def _lexicon(language: str) -> Lexicon | None:
    try:
        raw = resources.files("claimtrail.extract").joinpath(f"data/cues_{language}.tsv").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return None
    lex = Lexicon()
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t") + [""] * 9
        kind = cells[0].strip()
        if kind == "verb":
            _, lemma, finite, nonfinite, tail, stance, negated, frame, condition = (
                c.strip() for c in cells[:9]
            )
            tails = tuple(_tail(t) for t in tail.split("|") if t.strip())
            negative = condition.startswith("!")
            pattern = re.compile(condition.lstrip("!"), re.IGNORECASE) if condition else None
            cue = Cue(
                lemma,
                _words(finite),
                _words(nonfinite),
                tails,
                stance,
                negated or stance,
                frame or "any",
                pattern,
                negative,
            )
            lex.cues.append(cue)
            for form in cue.finite:
                lex.by_finite.setdefault(form, []).append(cue)
            for form in cue.nonfinite:
                lex.by_nonfinite.setdefault(form, []).append(cue)
        elif kind == "noun":
            for form in _words(cells[2]):
                lex.nouns[form] = cells[5].strip() or "assert"
        elif kind == "anonymous":
            lex.anonymous = _words(cells[1])
        elif kind == "role":
            lex.roles = _words(cells[1])
        elif kind == "orgnoun":
            lex.orgnouns = _words(cells[1])
        elif kind == "orgref":
            lex.orgrefs = _words(cells[1])
        elif kind == "demonym":
            lex.demonyms = dict(pair.split("=", 1) for pair in cells[1].split("|") if "=" in pair)
        elif kind == "notsource":
            lex.notsource = _words(cells[1])
        elif kind == "content":
            lex.content.append((cells[1].strip(), Quick(re.compile(cells[2].strip(), re.IGNORECASE))))
        elif kind == "hedge":
            lex.hedges.append(Quick(re.compile(cells[1].strip(), re.IGNORECASE)))
        elif kind == "wordorder":
            lex.wordorder = cells[1].strip()
        elif kind == "according":
            lex.according = [tuple(w.split()) for w in sorted(_words(cells[1]), key=len, reverse=True)]
        elif kind == "hearsay":
            lex.hearsay = _words(cells[1])
        elif kind in (
            "pronoun",
            "determiner",
            "function",
            "auxiliary",
            "negation",
            "refusal",
            "timeword",
            "fronted",
            "nounlike",
        ):
            lex.words[kind] = _words(cells[1])
        elif kind == "abbreviation":
            lex.words[kind] = _words(cells[1]) | _ABBREVIATIONS
    return lex


def supported_languages() -> list[str]:
    """Languages with a cue lexicon (data/cues_<language>.tsv)."""
    folder = resources.files("claimtrail.extract").joinpath("data")
    return sorted(
        p.name[5:-4] for p in folder.iterdir() if p.name.startswith("cues_") and p.name.endswith(".tsv")
    )


# --- words, quotes and sentences --------------------------------------------------------------------

_TOKEN = re.compile(r"\w+(?:(?:[-’'.]|(?<=[A-Z])&(?=[A-Z]))\w+)*|[^\w\s]")  # 'CD&V', 'AT&T' one word
_DET = frozenset("de het een zijn haar hun deze die dit onze ons mijn uw hun".split())
_PRONOUNS = frozenset("hij zij ze hem haar ik wij we men zijzelf hijzelf".split())
_PARTICLES = frozenset("van de den der ter ten von el al bin da di du le la vande do dos das del y".split())
# Heads of a descriptive compound that opens a name's capitalised run at a sentence start ('Vakbond ACV Puls',
# 'Oppositiepartij Oostermol Eerst'): the descriptor is not part of the name. Before one word it may be
# ('Havenbedrijf Rotterdam', 'Horecabond Vlaanderen'), unless that word is an acronym. 'Stichting' and
# 'vereniging' often are part of it ('Stichting De Noordzee', 'Vereniging Eigen Huis'), so they stay.
_DESCRIPTOR_HEADS = tuple(
    """bond partij fractie organisatie bedrijf keten maatschappij fonds dienst agentschap comité club koepel
    leverancier site concern rederij omroep zender""".split()
)
_FUNCTION = frozenset(
    """de het een en of maar dat die dit deze niet geen ook nog wel al er zich als om te tot in op aan bij
    met voor van uit over naar door na tegen tijdens sinds zonder binnen volgens toen omdat want dus
    zo nu dan wat wie waar hoe is zijn was waren heeft hebben had hadden wordt worden werd werden kan
    kunnen kon konden zal zullen zou zouden moet moeten wil willen wilde mag mogen""".split()
)
_PP_IN_NP = frozenset("van binnen bij uit".split())
_QUANTIFIERS = frozenset(
    """twee drie vier vijf zes zeven acht negen tien honderden duizenden enkele sommige meerdere beide
    alle""".split()
)
_INVERSION = frozenset(
    """ook toch wel nu dan daarom daarmee daarnaast bovendien verder intussen inmiddels ondertussen
    eerder later gisteren vandaag morgen vanochtend vanavond vannacht vanmiddag zo daar hier daarbij
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag vorige vorig afgelopen begin eind
    op in na voor bij tijdens sinds volgens tegen met over om aan onder na welke wat wie waarom hoe
    of dat toen nadat omdat als niet nooit ook al zelf hierop daarop echter maar destijds vervolgens daarna
    eerst opnieuw tevens evenwel wellicht misschien waarschijnlijk vermoedelijk eveneens alsnog sindsdien
    tegelijk tegelijkertijd nadien voorheen vroeger onlangs recent kortgeleden straks binnenkort vanmorgen
    overigens uiteindelijk eergisteren""".split()
) | frozenset(  # 'Donderdagavond meldden ingewijden ...': the time, then the verb, then the subject
    day + part
    for day in "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag gister".split()
    for part in "ochtend morgen middag avond nacht".split()
)
# organisation words: after particles they say where a person named before works
_WORKPLACES = frozenset(
    """universiteit hogeschool academie instituut ziekenhuis bank raad ministerie stichting vereniging partij
    rechtbank hof dienst agentschap bureau centrum inspectie autoriteit commissie fonds bond omroep
    krant""".split()
)
# bodies named after the place they serve, which is not the body: 'de politie-eenheid Rotterdam', 'de
# provincie Groningen' (but 'de gemeente Almelo' is Almelo)
_PLACE_BODY = re.compile(
    r"(?:[a-z]+-)?(?:provincie|politie|politiezone|politie-eenheid|brandweer|brandweerzone|veiligheidsregio"
    r"|waterschap|crisiscentrum)"
)
# prepositions before a name that is not a subject ('in Hengelo', 'naar Brussel')
_PLACE_PREPOSITIONS = frozenset("in op uit voor tegen naar met aan over".split())
# capitalised words opening a sentence that name no one ('Ze zou ...', 'Maandagochtend zei ...')
_OPENING_NO_NAME = _FUNCTION | _INVERSION | _PRONOUNS
# words after a comma that open a relative clause or an apposition in a subject ('X, wiens familie ..., zegt')
_RELATIVE_OPENERS = frozenset("die dat wiens wier waarvan geen een de het".split())
_PREPOSITIONS = frozenset(
    """op in na voor bij tijdens sinds volgens tegen tegenover met over om aan onder tot uit van naar door
    zonder""".split()
)
_TIME_NOUNS = frozenset("week weken maand maanden jaar dag dagen weekend ochtend middag avond nacht".split())
_FOCUS = frozenset("ook zelfs alleen vooral juist".split())  # particles that go with a subject
_ECHO = ("klinkt", "klonk")  # 'klinkt het': the speaker before goes on
_AUX = frozenset(
    """heeft hebben had hadden is zijn was waren kon kan konden kunnen wil wilde wilden willen zal zullen
    zou zouden moet moeten moest moesten wordt worden werd werden mag mocht""".split()
)
_PASSIVE = frozenset("wordt worden werd werden".split())
# an article and one or two lower-case words before a name opening a sentence: 'De 84-jarige '
_APPOSED_LEAD = re.compile(r"[^,.;:!?\"„“”‘’'\n]{3,80},\s+")  # 'Haar collega van Financiën, ' before a name
_DESCRIBED_LEAD = re.compile(r"(?:De|Het|Een|([A-Z][a-zë]+))\s+((?:[a-z0-9][\w-]*\s+){1,2})")
# words that open a clause after the conjunction 'dat' (not a noun after the determiner 'dat')
_CLAUSE_OPENERS = frozenset("de het een er hij zij ze we wij ik je u men die dit deze zijn haar hun".split())
_MODAL_REFUSAL = frozenset("wil wilde wilden willen weigert weigerde".split())
# A dateline opening an article: 'KIEV (AFP) - ', 'DEN HAAG (ANP) – ', 'GENT - ' (the entity layer too)
DATELINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’ ./-]+(?:\s*\([^)\n]{1,30}\))?\s*[-–—]\s+")
# Verbs that report someone's words, not a belief or wish: inside a quotation they make a nested attribution
_REPORTING = frozenset(
    """zeggen beloven vertellen schrijven melden verklaren beweren bevestigen ontkennen waarschuwen roepen
    toezeggen garanderen verzekeren benadrukken aankondigen""".split()
)
_QUOTED_AUX = _AUX | frozenset("heb hebt ben bent kon zou".split())  # and the first person
_NEGATION = frozenset("niet geen nooit niets".split())
# What takes up the previous sentence as a speech verb's object ('X ontkent dat.'), and the adverbs
# that may stand beside it
_TAKEN_UP = frozenset("dat dit".split())
_TAKE_UP_ADVERBS = frozenset(
    """ook echter wel nog meteen direct onmiddellijk stellig categorisch formeel uitdrukkelijk nadrukkelijk
    desgevraagd resoluut met klem ten stelligste inmiddels intussen zelf al maandag dinsdag woensdag
    donderdag vrijdag zaterdag zondag gisteren vandaag""".split()
)

OPEN_D, CLOSE_D, AMBIG_D = "„“«", "”»", '"'
OPEN_S, CLOSE_S, AMBIG_S = "‘‚‹", "’›", "'"
QUOTE_CHARS = OPEN_D + CLOSE_D + AMBIG_D + OPEN_S + CLOSE_S + AMBIG_S
_QUOTE_OR_BREAK = re.compile("[\n," + re.escape(QUOTE_CHARS) + "]")

_ABBREVIATIONS = frozenset(
    """dhr mr mevr mw dr drs ir ing prof bijv bv o.a e.d ca nr st jl vs capt gen lt kol sgt mrs ms jr sr
    i.p.v m.b.t t.a.v z.g.a.n etc resp incl excl max min blz fig art""".split()
)


def quote_pairs(text: str) -> list[tuple[int, int]]:
    """(open, close) offsets of paired quotation marks, all styles; apostrophes (zo'n, foto's) are not
    quotes, and a mark left open at the end of a line is dropped."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[int, str]] = []
    n = len(text)
    for mark in _QUOTE_OR_BREAK.finditer(text):  # only these characters matter; skipping the rest is faster
        i, ch = mark.start(), mark.group()
        if ch == "\n":
            stack.clear()
            continue
        if (
            ch == ","
            and text[i + 1 : i + 2] == ","
            and (i == 0 or text[i - 1] in " \n(")
            and i + 2 < n
            and not text[i + 2].isspace()
        ):
            stack.append((i + 1, "d"))  # ',,Tekst"': the second comma opens
            continue
        if ch not in QUOTE_CHARS:
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch in "’'" and prev.isalnum() and nxt.isalnum():
            continue
        family = "d" if ch in OPEN_D + CLOSE_D + AMBIG_D else "s"
        open_before = prev.isspace() or prev in "([{—–-:/" + QUOTE_CHARS or i == 0
        can_open = ch in OPEN_D + OPEN_S or (ch in AMBIG_D + AMBIG_S and open_before and not nxt.isspace())
        can_close = ch in CLOSE_D + CLOSE_S or (ch in AMBIG_D + AMBIG_S and not prev.isspace())
        if ch == "“" and stack and stack[-1][1] == "d" and text[stack[-1][0]] == "„":
            can_close = True
        if can_close and any(f == family for _, f in stack) and not (can_open and open_before and not stack):
            while stack:
                start, f = stack.pop()
                if f == family:
                    pairs.append((start, i))
                    break
            continue
        if can_open:
            stack.append((i, family))
    return sorted(pairs)


def _top_level(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    top: list[tuple[int, int]] = []
    for a, b in pairs:
        if top and a < top[-1][1]:
            continue
        top.append((a, b))
    return top


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int
    index: int


def split_sentences(
    text: str, quotes: list[tuple[int, int]] | None = None, abbreviations: frozenset[str] = _ABBREVIATIONS
) -> list[Sentence]:
    """Sentences of `text` by line (a line is a paragraph or a heading), abbreviation-aware, never
    breaking inside a quotation."""
    top = _top_level(quotes if quotes is not None else quote_pairs(text))
    inside = [(a, b) for a, b in top]
    sentences: list[Sentence] = []
    paragraph = 0
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        while start < line.end() and text[start].isspace():
            start += 1
        if start >= line.end():
            continue
        for m in re.finditer(r"[.!?…]+[”’\"'»)]*(?=\s+[\"'„“‘«(\-–—]?[A-ZÀ-ÖØ-Þ0-9])", text[: line.end()]):
            if m.start() < start:
                continue
            pos = m.start()
            inside_quote = any(a < pos < b for a, b in inside)
            if inside_quote and not any(pos + 1 == b or m.end() - 1 == b for _, b in inside):
                continue
            word = re.search(r"(\S+)$", text[start:pos])
            if text[pos] == "." and word:
                w = word.group(1).lower().strip("(")
                if w in abbreviations or (len(w) == 1 and w.isalpha()) or re.fullmatch(r"(\w\.)+\w", w):
                    continue
            sentences.append(Sentence(start, m.end(), paragraph, len(sentences)))
            start = m.end()
            while start < line.end() and text[start].isspace():
                start += 1
        end = line.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            sentences.append(Sentence(start, end, paragraph, len(sentences)))
        paragraph += 1
    return sentences


def _past_particles(toks: list[Tok], k: int) -> int:
    """The first index from `k` on that is not a focus particle ('dat ook de Amerikanen ...')."""
    while k < len(toks) and toks[k].low in ("ook", "zelfs", "nu", "al"):
        k += 1
    return k


_ADJECTIVE_ENDING = re.compile(r"\w[\w-]*(?:(?<!s)se|sche|ische|ese|aanse|talige)")


_STRESSED_EEN = frozenset(("één", "eén", "éen"))


class Tok:
    """A word or punctuation mark with its offsets, lowercased form and capitalisation."""

    __slots__ = ("start", "end", "text", "low", "cap")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        low = text.lower()
        self.low = "een" if low in _STRESSED_EEN else low  # 'Eén van hen' is 'een van hen'
        # (and a name's elided particle: 'Quai d'Orsay', 'Giscard d'Estaing')
        self.cap = text[:1].isupper() or (
            text[1:2] in ("'", "’") and text[:1] in "dl" and text[2:3].isupper()
        )

    def __repr__(self) -> str:
        return f"Tok({self.start}, {self.end}, {self.text!r})"


# Words that open a sentence with something other than its subject ('In de zomer is het druk, maar ...')
_NOT_SUBJECT_OPENERS = frozenset(
    """in op bij na voor tijdens volgens met door over aan van uit om sinds tot als toen omdat hoewel er dat
    die dit deze wat wie""".split()
)

# Cues of rumours, which no one voices (data/cues_nl.tsv): 'Er gaan geruchten dat', 'het gonst van de
# geruchten dat'
_RUMOURS = frozenset({"gaan geruchten", "gonzen geruchten"})

# People who speak from inside a body without speaking for it: 'bronnen bij Rijkswaterstaat', 'ingewijden
# bij exporteur Kiwi Pacific', 'de inwoners van het dorp Ak-Bulak' name no one
_UNNAMED_INSIDERS = frozenset(
    """bronnen bron ingewijden insiders betrokkenen ambtenaren functionarissen overheidsfunctionarissen
    diplomaten diplomaat bewoners inwoners omwonenden mensen getuigen ooggetuigen""".split()
)
# Words that open a noun phrase naming no one in particular: 'een oud-medewerker', 'twee winkeliers'
_INDEFINITE = frozenset(
    """een enkele sommige meerdere verschillende diverse twee drie vier vijf zes tien tientallen honderden
    veel vele andere a an some several two three many other""".split()
)


# After 'volgens haar' a verb or an adverb means 'haar' is the pronoun, not a possessive ('haar ministerie')
_AFTER_PRONOUN = frozenset(
    """is was zijn waren heeft hebben had hadden wordt worden werd werden zou zouden kan kunnen moet moeten
    wil willen mag gaat ging gaan gingen ligt lag liggen staat stond komt kwam blijft bleef zit zat doet deed
    zijn gaf geeft krijgt kreeg ziet zag klopt past valt viel bestaat bestond speelt speelde loopt liep
    veel te al nog ook niet wel zeker vooral dus daarom toen nu er hier daar echter inmiddels steeds
    vaak nooit altijd eigenlijk duidelijk""".split()
)


# 'minister van Infrastructuur en Waterstaat Dirk Kamminga': the portfolio, up to the name or clause end
_PORTFOLIO = re.compile(
    r"\b[Mm]inister van ((?:[A-Z][\w-]*)(?:\s+(?:en\s+)?[A-Z][\w-]*)*?)"
    r"(?=\s+[A-Z][a-z]+\s+[A-Z]|[,.]|\s+(?!en\s)[a-z])"
)

# A closing quote and a verb before a name: '„...”, reageert Mieke Janssens' (she is the one speaking)
_AFTER_QUOTE_VERB = re.compile(r"[”\"'’],?\s+[a-z]+\s+$")

# Titles that a portfolio follows ('minister van Cultuur', 'schepen van Mobiliteit', 'VS-minister')
_PORTFOLIO_HOLDER = re.compile(r"(?:minister|staatssecretaris|schepen|wethouder|gedeputeerde)$")

# Nouns for people and bodies that speak, after 'volgens haar' ('volgens haar moeder')
_SPEAKER_NOUNS = frozenset(
    """moeder vader man vrouw echtgenoot echtgenote partner zoon dochter broer zus zuster familie ouders
    kinderen kind vriend vriendin vrienden advocaat advocaten raadsman raadsvrouw collega collega's
    team club ploeg regering land gemeente dienst omgeving kamp achterban fractie werkgever baas
    manager zaakwaarnemer agent coach trainer""".split()
)


# Adverbs and auxiliaries between 'zoals X' and its verb ('zoals X herhaaldelijk heeft verklaard')
_AS_SAID_FILLER = frozenset(
    "al eerder herhaaldelijk meermaals vaker ook gisteren vorige week heeft hebben had hadden is".split()
)


def _object_pronoun(toks: list[Tok], k: int) -> bool:
    """toks[k] is a personal pronoun on its own: 'hem', 'hen', or 'haar' before a verb or adverb."""
    if k >= len(toks):
        return False
    low = toks[k].low
    if low in ("hem", "hen", "mij", "ons", "jou", "u", "ze", "zij", "hun"):
        return True
    return low == "haar" and (k + 1 >= len(toks) or toks[k + 1].low in _AFTER_PRONOUN)


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of text[start:end], from the text's tokens (made once per text and shared: never
    change them), cut afresh only where `start` or `end` falls inside one."""
    toks, starts = _text_tokens(text)
    i = bisect.bisect_left(starts, start)
    j = bisect.bisect_left(starts, end, lo=i)
    if (i > 0 and toks[i - 1].end > start) or (j > i and toks[j - 1].end > end):
        return [Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    return list(toks[i:j])


@lru_cache(maxsize=4)
def _text_tokens(text: str) -> tuple[tuple[Tok, ...], list[int]]:
    toks = tuple(Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text))
    return toks, [t.start for t in toks]


# --- the extractor ----------------------------------------------------------------------------------


@dataclass
class _Found:
    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    content: tuple[int, int]
    type: str
    stance: str
    hedged: bool = False
    relayed_by: str | None = None
    resolved: str | None = None
    resolve: bool = True  # resolve the source span (False: `resolved` is already set)
    confidence: float = 0.8
    neutral: bool = True  # the stance came from a neutral cue: content may override it
    sentence: int = 0
    echo: bool = False  # 'klinkt het' without a source: the speaker before it goes on
    nested: bool = False  # said inside a quotation: relayed by the one quoted


class _Doc:
    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.pairs = quote_pairs(text)
        self.top = _top_level(self.pairs)
        self.sentences = split_sentences(text, self.pairs)
        self.found: list[_Found] = []
        self._quoted = bytearray(len(text) + 1)  # 1 inside a top-level quotation (marks excluded)
        for a, b in self.top:
            self._quoted[a + 1 : b] = b"\x01" * (b - a - 1)
        self._sentence_starts = {x.start for x in self.sentences}
        self.roles: list[tuple[int, str, str]] = []  # (offset, role, name) "woordvoerder Jan Smit"
        self.persons: list[tuple[int, str]] = []
        self.subjects: list[tuple[int, str]] = []  # people named as a sentence opens, outside quotes
        self._scan_names()

    # -- names -----------------------------------------------------------------------------------

    def _name_runs(self, toks: list[Tok], sentence_start: int | None = None) -> list[tuple[int, int]]:
        """Index ranges [i, j) of capitalised runs (with name particles, and 'voor' inside a name:
        'Vrijheid voor Rusland Legioen') in `toks`."""
        runs = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.cap and t.text[0].isalpha() and not (t.start == sentence_start and t.low in _FUNCTION):
                j = i + 1
                while j < len(toks):
                    if toks[j].cap and toks[j].text[0].isalpha():
                        j += 1
                        continue
                    k = j
                    while (
                        k < len(toks)
                        and (toks[k].low in _PARTICLES or toks[k].low == "voor")
                        and not toks[k].cap
                    ):
                        k += 1
                    if (
                        k > j
                        and k < len(toks)
                        and toks[k].cap
                        and (toks[j].low != "voor" or k + 1 < len(toks) and toks[k + 1].cap)
                        and not (  # 'Marten Dijkgraaf van de Universiteit Utrecht': where the person works
                            j - i >= 2
                            and (
                                toks[k].low in _WORKPLACES
                                or (  # ('van de Bulgaarse Academie')
                                    k + 1 < len(toks)
                                    and toks[k + 1].low in _WORKPLACES
                                    and toks[k].low.endswith(("se", "sche"))
                                )
                            )
                            and not any(t.low in _WORKPLACES for t in toks[i:j])
                        )
                    ):
                        j = k + 1
                        continue
                    break
                runs.append((i, j))
                i = j
            else:
                i += 1
        return runs

    def _clean_run(
        self, toks: list[Tok], i: int, j: int, sentence_start: int | None
    ) -> tuple[int, int, str | None]:
        """The name inside a capitalised run, without article, title, ministry or genitive, and the role
        noun that introduced it: 'Minister van Buitenlandse Zaken Antony Blinken' -> Antony Blinken,
        'minister'; 'VTM Nieuws-journaliste Carolien van Nunen' -> Carolien van Nunen."""
        role = None
        if (
            toks[i].low in _DET
            and i + 1 < j
            and not (toks[i].low == "de" and j - i == 2 and toks[i].start != sentence_start)
        ):
            i += 1
        while i < j and j - i == 1 and self._is_adjective(toks[i]):
            i += 1
        if (
            j - i >= 2
            and toks[i].start == sentence_start
            and toks[i].low.endswith(_DESCRIPTOR_HEADS)
            and (j - i >= 3 or toks[i + 1].text.isupper())
        ):
            i += 1  # 'Vakbond ACV Puls', 'Dierenrechtenorganisatie GAIA'; not 'Havenbedrijf Rotterdam'
        for x in range(j - 2, i - 1, -1):
            r = self._role_of(toks[x].low)
            if r or re.search(r"-[a-zà-ÿ]+$", toks[x].text):
                role = r or role
                i = x + 1
                break
        else:
            if i < j and self._role_of(toks[i].low) and i + 1 < j:
                role = self._role_of(toks[i].low)
                i += 1
        if i > 0 and i < j and toks[i].text != "van" and self._role_of(toks[i - 1].low):
            role = role or self._role_of(toks[i - 1].low)
        if (
            i + 1 < j
            and toks[i].text == "van"
            and (
                role
                or i > 0
                and (self._role_of(toks[i - 1].low) or re.search(r"-[a-zà-ÿ]+$", toks[i - 1].text))
            )
        ):
            role = role or self._role_of(toks[i - 1].low)
            i += 1  # 'minister van (Buitenlandse) Zaken Jan Smit': skip the ministry
            while i < j - 2 and self._is_adjective(toks[i]):
                i += 1
            if j - i >= 3:
                i += 1
        elif i > 1 and toks[i - 1].low == "van" and self._role_of(toks[i - 2].low) and j - i >= 3:
            role = self._role_of(toks[i - 2].low)  # 'de minister van | Buitenlandse Zaken James Cleverly'
            while i < j - 2 and self._is_adjective(toks[i]):
                i += 1
            i += 1
        if j - i >= 3 and toks[i].text.endswith("s") and i > 0 and self._role_of(toks[i - 1].low):
            i += 1  # a genitive: 'president Bidens Nationale Veiligheidsraad'
        if j - i >= 4 and toks[j - 2].low == "van" and not toks[j - 2].cap:
            j -= 2  # '... van der Berg van Defensie': an affiliation after the full name
        if role is None and i > 1 and toks[i - 1].text == "," and self._role_of(toks[i - 2].low):
            role = self._role_of(toks[i - 2].low)  # 'advocaat, Hanneke Mulder'
        return i, j, role

    def _conjunct_subject(self, toks: list[Tok], i: int) -> int:
        """End of the subject opening a clause: a name's capitalised words ('Het Peruaanse Rode Kruis',
        'Milieudefensie'), or a noun phrase after an article."""
        if toks[i].low in _DET:
            j = i + 1
            while j < len(toks) and (toks[j].cap or self._is_adjective(toks[j])):
                j += 1
            return j if j > i + 1 and toks[j - 1].cap else self._np(toks, i, pp=False)
        if not toks[i].cap:
            return self._np(toks, i, pp=False)  # 'vakbond ABVV'
        j = i
        while j < len(toks) and (toks[j].cap or (toks[j].low in _PARTICLES and j > i)):
            j += 1
        return j

    def _both_roles(self, toks: list[Tok], j: int) -> bool:
        """Roles on both sides of toks[j]: 'zaakvoerder en dierenarts Griet Vandenbussche'."""
        return bool(self._role_of(toks[j - 1].low) and self._role_of(toks[j + 1].low))

    def _speaker_noun(self, tok: Tok) -> bool:
        """A noun that can speak after a possessive: a role ('haar woordvoerder', 'haar advocaat'), kin
        or a body ('haar moeder', 'haar partij')."""
        low = tok.low
        return (
            tok.cap
            or bool(self._role_of(low))
            or low in _SPEAKER_NOUNS
            or low.endswith(
                ("woordvoerder", "woordvoerster", "partij", "organisatie", "bedrijf", "ministerie")
            )
        )

    def _is_adjective(self, tok: Tok) -> bool:
        return (
            tok.low in self.lex.demonyms
            or tok.low in REGIONAL_ADJECTIVES
            or bool(_ADJECTIVE_ENDING.fullmatch(tok.low))  # not Buysse
        )

    def _scan_names(self) -> None:
        for s in self.sentences:
            toks = tokens(self.text, s.start, s.end)
            for i0, j0 in self._name_runs(toks, s.start):
                i, j, role = self._clean_run(toks, i0, j0, s.start)
                if i < j and j - i == 1 and toks[i].start == s.start and not self._in_quote(toks[i].start):
                    # 'Oosting wuift die dreiging weg. Hij ...': the surname of a person named before
                    known = self._surname_of(toks[i].text)
                    if known and j < len(toks) and not toks[j].cap:
                        self.subjects.append((toks[i].start, known))
                if i >= j or (j - i == 1 and toks[i].start == s.start):
                    continue
                name = self.text[toks[i].start : toks[j - 1].end]
                person = bool(role) or (j - i >= 2 and not self._orgish(name))
                if role:
                    self.roles.append((toks[i].start, role, name))
                    self.persons.append((toks[i].start, name))
                elif person:
                    # "Andrij Joesov, een woordvoerder van ..."
                    after = toks[j : j + 4]
                    if len(after) >= 3 and after[0].text == "," and self._role_of(after[2].low):
                        self.roles.append((toks[i].start, self._role_of(after[2].low) or "", name))
                    self.persons.append((toks[i].start, name))
                s0 = toks[i0].start
                # 'De 84-jarige Jantje Dijkstra is ...', 'Gepensioneerd mijnwerker Giuseppe Russo zoekt ...'
                lead = _DESCRIBED_LEAD.fullmatch(self.text, s.start, s0)
                if lead and (
                    set(lead.group(2).split()) & _FUNCTION
                    or (lead.group(1) and lead.group(1).lower() in _FUNCTION | _INVERSION)
                ):
                    lead = None  # (not 'Volgens de minister', 'Ook burgemeester X')
                if person and (s0 == s.start or lead) and not self._in_quote(toks[i].start):
                    self.subjects.append((toks[i].start, name))  # 'Privacyjurist Maartje de Groot is ...'
                elif person and _AFTER_QUOTE_VERB.search(self.text, max(0, s0 - 30), s0):
                    self.subjects.append((toks[i].start, name))  # '„...”, reageert Mieke Janssens'
                elif (
                    person
                    and _APPOSED_LEAD.fullmatch(self.text, s.start, s0)
                    and self.text[toks[j - 1].end : toks[j - 1].end + 1] == ","
                    and not self._in_quote(toks[i].start)
                ):
                    self.subjects.append((toks[i].start, name))  # 'Haar collega van Financiën, Ilse Veld,'

    def _surname_of(self, word: str) -> str | None:
        """The full name of the person named so far whose surname `word` is ('Oosting' -> 'Harm Oosting')."""
        known = [n for _, n in self.persons if " " in n and n.split()[-1] == word]
        return known[-1] if known else None

    def _role_of(self, word: str) -> str | None:
        word = word.lower()
        cache = self.lex.role_cache
        if word not in cache:
            # the word itself, else the longest role it ends in after at least three letters ('oud-minister')
            found = next((word[k:] for k in (0, *range(3, len(word))) if word[k:] in self.lex.roles), None)
            if len(cache) < 100_000:
                cache[word] = found
            return found
        return cache[word]

    def _orgish(self, name: str) -> bool:
        low = name.lower()
        return any(
            w in low
            for w in (
                "ministerie",
                "shipping",
                "stichting",
                "instituut",
                "kamer",
                "raad",
                "dienst",
                "korps",
                "legioen",
                "nieuws",
                "news",
                "bank",
                "groep",
                "partij",
                "unie",
                "bond",
                "haag",
                "federatie",
                "zvezda",
            )
        )

    # -- spans -----------------------------------------------------------------------------------

    def _collector(self, s: Sentence) -> tuple[Callable[[_Found], None], Callable[[int], bool]]:
        """`add` stores an attribution of sentence `s`; `taken` tells whether a position lies in a cue
        already used in that sentence."""
        used: list[tuple[int, int]] = []  # cue offsets taken

        def add(f: _Found) -> None:
            f.sentence = s.index
            if f.source and self.text[f.source[0] : f.source[1]].endswith(" zelf"):
                f.source = (f.source[0], f.source[1] - 5)  # 'De universiteit zelf zegt'
            self.found.append(f)
            if f.cue:
                used.append(f.cue)

        def taken(pos: int) -> bool:
            return any(a <= pos < b for a, b in used)

        return add, taken

    def _strip(self, a: int, b: int, chars: str = " ,.;:") -> tuple[int, int]:
        while a < b and self.text[a] in chars + "\n":
            a += 1
        while b > a and self.text[b - 1] in chars + "\n":
            b -= 1
        return a, b

    def _in_quote(self, pos: int) -> bool:
        return 0 <= pos < len(self._quoted) and bool(self._quoted[pos])

    def _np(self, toks: list[Tok], i: int, pp: bool = True) -> int:
        """End index (exclusive) of the noun phrase starting at toks[i], or i when there is none."""
        n = len(toks)
        if i >= n:
            return i
        t = toks[i]
        nxt0 = toks[i + 1] if i + 1 < n else None
        possessive = (
            t.low in ("haar", "zijn", "hun")
            and nxt0 is not None
            and nxt0.text[0].isalpha()
            and nxt0.low not in _FUNCTION
            and nxt0.low not in self.lex.by_finite
            and nxt0.low not in self.lex.by_nonfinite
            and nxt0.low not in _INVERSION
            and not nxt0.low.endswith(("lijk", "ig", "baar", "isch", "ief", "aal", "zelf"))
        )
        if t.low in _PRONOUNS and not possessive:
            return i + 1
        j = i
        if t.low == "een" and j + 2 < n and toks[j + 1].low == "van" and toks[j + 2].low in ("de", "het"):
            j += 3
        elif t.low in _DET or t.low in _QUANTIFIERS:
            j += 1
        # modifiers and the head
        head = j
        while j < n and toks[j].text[0].isalnum():
            w = toks[j]
            if w.low == "voor" and j > head and toks[j - 1].cap and j + 1 < n and toks[j + 1].cap:
                j += 1  # 'Vrijheid voor Rusland Legioen'
                continue
            if (
                w.low in ("de", "der", "den", "ter", "ten", "van")
                and not w.cap
                and j > head
                and toks[j - 1].cap
                and j + 1 < n
                and toks[j + 1].cap
                and (toks[j - 1].text in given_names() or toks[j - 1].low in _PARTICLES)
            ):
                j += 1  # 'Karel de Vries' after 'minister van Buitenlandse Zaken', 'zei Van der Meer'
                continue
            if (not w.cap or w.start in self._sentence_starts) and (
                w.low in _FUNCTION or w.low in _AUX or w.low in self.lex.by_finite
            ):
                break
            nxt = toks[j + 1] if j + 1 < n else None
            if w.low in self.lex.by_nonfinite and not w.cap:
                break
            if (
                not w.cap
                and j > head
                and toks[j - 1].cap
                and not self._is_adjective(toks[j - 1])
                and not (j - 1 == head and toks[j - 1].start in self._sentence_starts)
            ):
                break
            j += 1
            if w.cap:
                if len(w.text) == 1 and nxt is not None and nxt.text == ".":
                    j += 1  # an initial: 'H. de Haas'
                continue
            known_noun = w.low in self.lex.orgnouns or w.low in self.lex.anonymous or self._role_of(w.low)
            if not known_noun and nxt is not None and not nxt.cap and self._role_of(nxt.low):
                continue  # 'sportief directeur', 'militair analist': a modifier before a role noun
            if (
                not known_noun
                and nxt is not None
                and not nxt.cap
                and (nxt.low in self.lex.orgnouns or nxt.low in ("parket", "rechtbank", "hof"))
            ):
                continue  # 'het openbaar ministerie', 'het federaal parket': before an organisation noun
            if (
                not known_noun
                and nxt is not None
                and nxt.text[0].isalnum()
                and nxt.low not in _FUNCTION
                and nxt.low not in self.lex.by_finite
                and (not nxt.cap or self._is_adjective(nxt))
                and (
                    self._is_adjective(w)
                    or w.low.endswith(
                        (
                            "ige",
                            "aire",
                            "bare",
                            "ieke",
                            "ische",
                            "ieve",
                            "ele",
                            "ale",
                            "se",
                            "ste",
                            "de",
                            "te",
                            "lijke",
                            "ijke",
                            "ene",
                            "andere",
                            "nieuwe",
                            "grote",
                            "oude",
                            "hoge",
                            "jonge",
                            "lage",
                            "hele",
                            "eigen",
                            "vele",
                        )
                    )
                )
            ):
                continue  # an adjective before its noun
            # a lowercase head: a name may follow it ("woordvoerder Jan Smit"), after a role also behind
            # its specialism ("directeur operations Paul Hendriks", "arts infectieziektebestrijding ...")
            if self._role_of(w.low):
                for skip in (1, 2):
                    between = toks[j : j + skip]
                    if (
                        j + skip + 1 < n
                        and all(
                            x.text[0].isalpha()
                            and not x.cap
                            and x.low not in _FUNCTION
                            and x.low not in self.lex.by_finite
                            and x.low not in self.lex.by_nonfinite
                            and x.low not in _AUX
                            for x in between
                        )
                        and toks[j + skip].cap
                        and (
                            toks[j + skip + 1].cap
                            or toks[j + skip + 1].low in _PARTICLES  # 'hoogleraar economie Anna de Wit'
                            or (len(toks[j + skip].text) >= 2 and toks[j + skip].text.isupper())
                        )
                    ):
                        j += skip
                        break
                if j + 2 < n and toks[j].low == "voor" and toks[j + 1].cap and toks[j + 2].cap:
                    j += 1  # 'schepen voor Veiligheid Koen Van Looy': the portfolio, then the name
            while j < n and toks[j].cap and toks[j].text[0].isalpha():
                j += 1
                while j + 1 < n and toks[j].low in _PARTICLES and not toks[j].cap:
                    k = j
                    while k < n and toks[k].low in _PARTICLES and not toks[k].cap:
                        k += 1
                    if k < n and toks[k].cap:
                        j = k
                    break
            break
        if j == head:
            return i
        if j + 2 < n and toks[j].text in QUOTE_CHARS and toks[j + 1].cap and toks[j + 2].text in QUOTE_CHARS:
            j += 3
        if pp and j + 1 < n and toks[j].low in _PP_IN_NP:
            k = self._np(toks, j + 1, pp=False)
            if k > j + 1:
                j = k
        if (
            pp
            and j + 1 < n
            and toks[j].low == "en"
            and (toks[j + 1].low in _DET or toks[j + 1].cap or self._both_roles(toks, j))
        ):
            k = self._np(toks, j + 1, pp=False)  # 'het RVK en het Legioen'
            after = self._np(toks, k + 1, pp=False) if j + 1 < k + 1 < n and toks[k].low in _PP_IN_NP else k
            if after > k + 1:
                k = after  # 'varkenshouder en LTO-bestuurder Marloes Verhoeven uit Someren'
            if k > j + 1 and (k >= n or toks[k].low not in _FUNCTION or toks[k].low in ("zelf", "ook")):
                j = k
        if pp and j + 1 < n and toks[j].low == "in" and toks[j + 1].cap:
            k = j + 1
            while k < n and toks[k].cap:
                k += 1
            j = k
        return j

    # -- cue matching ----------------------------------------------------------------------------

    def _match_tail(self, cue: Cue, toks: list[Tok], i: int, limit: int) -> int | None:
        """Index of the last token of the cue's tail after toks[i], i itself without tail; None when the
        cue has a tail that is not there. A part after '~' may stand up to eight words further."""
        if not cue.tails:
            return i

        def match(tail: tuple[tuple[str, int], ...], j: int) -> int | None:
            if not tail:
                return j
            word, gap = tail[0]
            window = 8 * gap if gap else 1
            for k in range(j + 1, min(limit, j + 1 + window)):
                if toks[k].text in ",;:" and word not in ",;:" or toks[k].text in QUOTE_CHARS:
                    return None
                if (
                    gap
                    and k == j + 1
                    and toks[k].low in ("dat", "of")
                    and word not in ("dat", "of")
                    and k + 1 < limit
                    and (toks[k + 1].low in _CLAUSE_OPENERS or toks[k + 1].cap)
                ):
                    return None  # 'eist dat het bestuur de cijfers op tafel legt' is no 'eist ... op'
                if toks[k].low == word:
                    end = match(tail[1:], k)
                    if end is not None:
                        return end
            return None

        for tail in cue.tails:
            end = match(tail, i)
            if end is not None:
                return end
        return None

    def run(self) -> list[_Found]:
        for s in self.sentences:
            before = len(self.found)
            self._sentence(s)
            if len(self.found) == before:
                self._continuation(s)
            self._nested(s)
        self._resolve_all()
        for f in self.found:  # a statement reported inside a quotation is relayed by the one quoted
            if f.nested:
                outer = [
                    g for g in self.found if not g.nested and g.content[0] <= f.content[0] < g.content[1]
                ]
                speaker = outer[-1].resolved if outer else None
                if f.source and self.text[f.source[0] : f.source[1]].lower() == "ik":
                    f.resolved = speaker  # 'Ik heb nooit gezegd dat ...' (a 'wij' is a group: relayed)
                else:
                    f.relayed_by = speaker
        return self.found

    def _nested(self, s: Sentence) -> None:
        """A speaker reported inside a quotation with a reporting verb and a dat-clause: '„De minister heeft
        ons beloofd dat er een aanbesteding zou komen”' (the guidelines annotate it on its own, relayed by the
        one quoted), or the one quoted himself: '„Ik heb nooit gezegd dat ...”'."""
        if not any(self._quoted[s.start : s.end]):
            return  # no quotation in this sentence
        toks = tokens(self.text, s.start, s.end)
        for k, t in enumerate(toks):
            if not self._in_quote(t.start) or k + 1 >= len(toks):
                continue
            finite = self.lex.by_finite.get(t.low)
            cues = [c for c in finite or self.lex.by_nonfinite.get(t.low) or [] if not c.tails]
            that = k + 1
            if that < len(toks) and toks[that].low in ("me", "mij", "ons", "hem", "haar", "hun", "je"):
                that += 1  # 'zeiden ons dat'
            if not cues or that >= len(toks) or toks[that].low != "dat" or cues[0].frame == "quote":
                continue
            verb = k
            if not finite:  # a participle: 'heeft (ons) (nooit) beloofd dat'
                aux = next((x for x in range(k - 1, max(-1, k - 4), -1) if toks[x].low in _QUOTED_AUX), None)
                if aux is None:
                    continue
                verb = aux
            start = verb
            while start > 0 and toks[start - 1].text not in ",;:" and toks[start - 1].text not in QUOTE_CHARS:
                start -= 1
            if start == verb or self._np(toks, start) != verb or not self._in_quote(toks[start].start):
                continue
            end = next((q.start for q in toks[that + 1 :] if q.text in QUOTE_CHARS or q.text in ".!?"), s.end)
            content = self._strip(toks[that].end, end, " ,.")
            if content[1] <= content[0]:
                continue
            cue = cues[0]
            subject = toks[start].low
            first_person = subject in ("ik", "wij", "we") and verb == start + 1
            if cue.lemma not in _REPORTING or subject in ("wie", "niemand", "iedereen"):
                continue
            if first_person and cue.lemma != "zeggen":
                continue  # 'We hopen dat' is the quote itself; 'Ik heb nooit gezegd dat' reports
            if subject in _PRONOUNS and not first_person:
                continue  # 'ze' inside a quote is rarely the one quoted, and too unsure to resolve
            negated = any(x.low in _NEGATION for x in toks[verb : k + 1])
            f = _Found(
                (toks[start].start, toks[verb - 1].end),
                (t.start, t.end),
                content,
                "mixed" if self._has_quote(*content) else "indirect",
                (cue.negated or cue.stance) if negated else cue.stance,
                confidence=0.6,
                nested=True,
            )
            f.sentence = s.index
            if first_person:
                f.resolve = False  # 'ik' is the one quoted, 'wij' a group he relays (set in `run`)
            self.found.append(f)

    def _sentence(self, s: Sentence) -> None:
        text = self.text
        toks = [t for t in tokens(text, s.start, s.end)]
        if not toks:
            return
        add, taken = self._collector(s)

        quotes = [(a, b) for a, b in self.top if s.start <= a and b < s.end]
        sentence_text = text[s.start : s.end]

        # headline / caption "X: ..." -------------------------------------------------------------
        m = re.match(r"([^:\n]{2,60}?):\s+(\S.*)$", sentence_text)
        if m and not quotes or (m and quotes and quotes[0][0] > s.start + m.end(1)):
            self._colon(s, toks, m, add)
        # quotes followed by their cue ------------------------------------------------------------
        for qa, qb in quotes:
            if any(f.content[0] <= qa < f.content[1] for f in self.found[-3:] if f.sentence == s.index):
                continue
            self._quote(s, toks, qa, qb, add, taken)
        # aldus / klinkt het / zo meldt -----------------------------------------------------------
        self._after_cues(s, toks, add, taken)
        # volgens / naar verluidt / naar eigen zeggen ---------------------------------------------
        self._adverbial(s, toks, add, taken)
        # noun cues -------------------------------------------------------------------------------
        self._nouns(s, toks, add, taken)
        # verb cues -------------------------------------------------------------------------------
        self._verbs(s, toks, add, taken)

    # -- patterns --------------------------------------------------------------------------------

    def _colon(self, s: Sentence, toks: list[Tok], m: re.Match[str], add) -> None:  # type: ignore[no-untyped-def]
        head = m.group(1).strip()
        words = head.split()
        if len(words) > 5 or not words[0][:1].isupper():
            return
        if any(not (w[:1].isupper() or w.lower() in _PARTICLES | _DET or self._role_of(w)) for w in words):
            return  # 'Rashford benutte het buitenkansje: 0-1' is no speaker
        if re.match(r"(?i)(wat|waarom|hoe|wie|waar|welke|kijk|lees|video|live|update)\b", m.group(2)):
            return
        if not any(w[:1].isupper() for w in words[1:] + words[:1]) or words[0].upper() == words[0] == "KIJK":
            return
        src_start = s.start + m.start(1)
        colon = s.start + m.end(1)
        # a speaker needs a name or a role noun
        names = [w for w in words if w[:1].isupper() and w.lower() not in _DET]
        if not names and not any(self._role_of(w) for w in words):
            return
        content = self._strip(colon + 1, s.end, " .")
        if content[1] - content[0] < 3:
            return
        if len(words) == 1 and not self._has_quote(*content) and self._quoted_whole(*content) is None:
            return  # 'Voetbal: Japan wint' is a topic label, not a speaker
        inner = self._quoted_whole(*content)
        typ = "direct" if inner else ("mixed" if self._has_quote(*content) else "indirect")
        if inner:
            content = inner
        add(
            _Found(
                (src_start, src_start + len(head)), (colon, colon + 1), content, typ, "assert", confidence=0.6
            )
        )

    def _quoted_whole(self, a: int, b: int) -> tuple[int, int] | None:
        """The inside of the quote when [a, b) is one quotation, else None."""
        for qa, qb in self.top:
            if qa == a and qb in (b - 1, b) and b - a > 2:
                inner = self._strip(qa + 1, qb, " ,")
                return inner
        return None

    def _has_quote(self, a: int, b: int) -> bool:
        for qa, qb in self.pairs:
            if a <= qa and qb < b:
                if qb + 1 < len(self.text) and self.text[qb + 1] == "-":
                    continue  # a scare-quoted compound: ‘false flag’-operatie
                return True
        return False

    def _quote(self, s, toks, qa, qb, add, taken) -> None:  # type: ignore[no-untyped-def]
        text = self.text
        before = text[s.start : qa]
        # a quote interrupted by its cue: 'A', zei ze, 'B.'
        m = re.match(r"\s*,?\s*([^‘“„\"'«]{2,120}?),\s*([‘“„\"'«])", text[qb + 1 : s.end])
        end_q = qb
        if m:
            second = [p for p in self.top if p[0] == qb + 1 + m.start(2)]
            if second:
                end_q = second[0][1]
        after_start = qb + 1
        rest = text[after_start : s.end]
        lead = re.match(r"[\s,!?]*", rest)
        assert lead is not None
        # "president” Vladimir Poetin, vervolgt ...": a name run between the quote and its cue
        run = re.match(r"\s+((?:[A-Z]\w+\s?){1,4}),\s", rest)
        content_end = qb
        if run and not lead.group().strip():
            content_end = after_start + run.end(1)
            lead_end = after_start + run.end()
        else:
            lead_end = after_start + lead.end()
        at_start = not before.strip() or before.rstrip().endswith(":")
        closed = text[qb - 1] in "!?." if qb > 0 else False
        cue = self._cue_at(toks, lead_end) if (lead.group().strip() or run or closed) else None
        if cue is not None and not taken(cue[0]):
            c_start, c_end, source, stance, negated, frame, relay = cue
            if at_start:
                inner = (qa + 1, content_end if content_end != qb else qb)
                if end_q != qb:
                    inner = (qa + 1, end_q)
                content = self._strip(*inner, " ,")
                typ = "direct"
            else:
                content = self._strip(s.start, qb + 1, " ,")
                typ = "mixed"
            f = _Found(
                source,
                (c_start, c_end),
                content,
                typ,
                stance,
                relayed_by=relay,
                confidence=0.9,
                neutral=stance == "assert",
            )
            if source is None and text[c_start : c_start + 6].lower().startswith(_ECHO):
                f.resolve, f.echo, f.confidence = False, True, 0.6
            add(f)
            return
        if at_start and not before.strip() and re.fullmatch(r"[\s.!?]*", text[qb + 1 : s.end]):
            return  # a bare quote sentence: a cueless continuation, decided in _continuation
        if before.rstrip().endswith(":") and re.fullmatch(r"[\s.!?]*", text[qb + 1 : s.end]):
            # X zegt: '...'  /  X: '...'
            pre = before.rstrip()[:-1]
            ptoks = [t for t in toks if t.end <= qa]
            verb = None
            for k, t in enumerate(ptoks):
                if not taken(t.start) and t.low in self.lex.by_finite and self._verb_at(toks, k) is not None:
                    verb = k  # (not a verb said only after a quote, 'reageert: „...”', nor without its tail)
            if verb is not None:
                return  # the verb pass takes it
            src = self._strip(s.start, s.start + len(pre))
            end = self._np(ptoks, 0) if ptoks else 0
            if 0 < end < len(ptoks) and ptoks[0].start == src[0]:
                src = (src[0], ptoks[end - 1].end)  # 'Hij plaatst wel een kanttekening: „...”': the subject
            if src[1] - src[0] > 80 or src[1] <= src[0]:
                return
            content = self._strip(qa + 1, qb, " ,")
            colon = s.start + len(pre)
            add(_Found(src, (colon, colon + 1), content, "direct", "assert", confidence=0.7))

    def _cue_at(self, toks: list[Tok], pos: int):  # type: ignore[no-untyped-def]
        """A cue that starts at offset `pos` (after a quote or a comma): aldus X, klinkt het, zegt X,
        laat X weten ... Returns (cue start, cue end, source span, stance, negated, frame, relay)."""
        idx = next((k for k, t in enumerate(toks) if t.start >= pos), None)
        if idx is None:
            return None
        t = toks[idx]
        if t.low == "aldus":
            j = self._np(toks, idx + 1)
            if j > idx + 1 and self._role_of(toks[j - 1].low) and j + 2 < len(toks) and toks[j].text == ",":
                k = j + 1  # 'aldus de woordvoerder, Annet Wildeboer.': the name in the apposition
                while k < len(toks) and (toks[k].cap or toks[k].low in ("van", "de", "der", "den", "ter")):
                    k += 1
                if k - (j + 1) >= 2 and toks[k - 1].cap and (k == len(toks) or toks[k].text in ".,;"):
                    j = k
            src = (toks[idx + 1].start, toks[j - 1].end) if j > idx + 1 else None
            return (t.start, t.end, src, "assert", False, "any", None)
        if t.low in _ECHO and idx + 1 < len(toks) and toks[idx + 1].low == "het":
            end = toks[idx + 1].end
            src = None
            k = idx + 2
            while k < len(toks) and toks[k].low in ("nog", "ook", "daar", "er"):
                k += 1
            if k < len(toks) and toks[k].low in ("vanuit", "uit", "bij", "van"):
                j = self._np(toks, k + 1)
                if j > k + 1:
                    src = (toks[k + 1].start, toks[j - 1].end)
            return (t.start, end, src, "assert", False, "any", None)
        zo = None
        if t.low == "zo" and idx + 1 < len(toks):
            zo = t.start  # 'zo meldt': the cue is the verb with 'zo'
            idx += 1
            t = toks[idx]
        cues = self.lex.by_finite.get(t.low)
        if not cues:
            return None
        for cue in cues:
            if cue.frame == "dat":
                continue
            last = self._match_tail(cue, toks, idx, len(toks))
            if last is None:
                continue
            # the source follows the verb (inverted order)
            k = idx + 1
            j = self._np(toks, k)
            relay = None
            if j == k and k < len(toks) and toks[k].low == "volgens":
                j2 = self._np(toks, k + 1)
                relay = self.text[toks[k + 1].start : toks[j2 - 1].end] if j2 > k + 1 else None
                k = j2
                j = self._np(toks, k)
            src = (toks[k].start, toks[j - 1].end) if j > k else None
            neg = any(x.low in _NEGATION for x in toks[idx : last + 1])
            end = max(toks[last].end, t.end)
            stance = cue.negated if neg else cue.stance
            return (zo if zo is not None else toks[idx].start, end, src, stance, neg, cue.frame, relay)
        return None

    def _after_cues(self, s, toks, add, taken) -> None:  # type: ignore[no-untyped-def]
        """Content first, then ', aldus X' / ', zegt X' / ', zo meldt X' / ', klinkt het'."""
        text = self.text
        for k, t in enumerate(toks):
            if t.text != "," or self._in_quote(t.start) or k + 1 >= len(toks):
                continue
            nxt = toks[k + 1]
            if taken(nxt.start) or any(a < t.start < b for a, b in self.top):
                continue
            cue = self._cue_at(toks, nxt.start)
            if cue is None:
                continue
            c_start, c_end, source, stance, negated, frame, relay = cue
            low = nxt.low
            if low not in ("aldus", "zo", *_ECHO) and source is None:
                continue
            if low not in ("aldus", "zo", *_ECHO):
                # ', zegt X' : X must end the clause (else it is an object, not a source)
                after_src = max(source[1] if source else c_end, c_end)
                if not self._closes_clause(text[after_src : s.end]) or self._apposed_subject(
                    toks, toks[: k + 1]
                ):
                    continue  # (nor is a subject with its apposition content: 'Het bedrijf, X, wijst ...')
            content = self._strip(s.start, t.start, " ,")
            if low == "zo":
                # '..., zo meldt X, ...' inside the sentence: the whole sentence is the content
                after = source[1] if source else c_end
                rest = text[after : s.end]
                close = re.match(r"[^,]*,\s*\S", rest)
                if close and not re.match(r"[^,]*,\s*(aldus|zo)\b", rest):
                    content = self._strip(s.start, s.end, " .")
            # '..., (zo) meldt De Telegraaf op basis van bronnen rond de club': the outlet relays them
            m = re.match(
                r"\s+(?:\w+\s+)?(?:op basis van|na gesprekken met|citing)\s+",
                text[source[1] if source else c_end :],
            )
            if m and source:
                ptoks = tokens(text, source[1] + m.end(), s.end)
                if len(ptoks) > 2 and ptoks[0].low in ("gesprekken", "interviews") and ptoks[1].low == "met":
                    ptoks = ptoks[2:]  # 'op basis van gesprekken met ingewijden': they are the source
                j = self._np(ptoks, 0)
                if j > 0 and not any(
                    x.low.endswith(_DOCUMENTS) for x in ptoks[: j + 2]
                ):  # not 'interne stukken'
                    relay = text[source[0] : source[1]]
                    source = (ptoks[0].start, ptoks[j - 1].end)
            if content[1] <= content[0]:
                continue
            inner = self._quoted_whole(*content)
            typ = "direct" if inner else ("mixed" if self._has_quote(*content) else "indirect")
            if frame == "quote" and typ == "indirect":
                continue  # 'X, die ..., reageert teleurgesteld': a quote verb needs its quote
            if inner:
                content = inner
            resolved_later = None
            if low in _ECHO and source is None:
                resolved_later = self._last_speaker(s)
            f = _Found(
                source,
                (c_start, c_end),
                content,
                typ,
                stance,
                relayed_by=relay,
                confidence=0.85 if typ == "direct" else 0.75,
                neutral=stance == "assert",
            )
            if low in _ECHO and source is None:
                f.resolved, f.resolve, f.confidence, f.echo = resolved_later, False, 0.6, True
            add(f)

    def _adverbial(self, s, toks, add, taken) -> None:  # type: ignore[no-untyped-def]
        text = self.text
        for k, t in enumerate(toks):
            if t.low not in ("zoals", "volgens", "naar"):
                continue  # (the words this looks for)
            if t.low == "zoals" and not taken(t.start):
                self._as_said(s, toks, k, add)  # also inside a quote: a nested statement
            if self._in_quote(t.start) or taken(t.start):
                continue
            low = t.low
            if low == "volgens":
                j = self._np(toks, k + 1)
                if _object_pronoun(toks, k + 1) or (
                    toks[k + 1].low == "haar" and k + 2 < len(toks) and not self._speaker_noun(toks[k + 2])
                ):
                    j = k + 2  # 'Volgens haar lag er ...', 'volgens haar raakten ...': 'haar' alone
                if j == k + 1:
                    continue
                head_words = [x.low for x in toks[k + 1 : j]]
                if any(w in self.lex.notsource for w in head_words) and not any(
                    x.cap for x in toks[k + 1 : j]
                ):
                    continue
                src = (toks[k + 1].start, toks[j - 1].end)
                # 'liet volgens CBS weten': a relay of the verb cue, handled there
                if k > 0 and toks[k - 1].low in self.lex.by_finite and self._verb_at(toks, k - 1) is not None:
                    continue
                clause_start = s.start
                commas = [x for x in toks[:k] if x.text in ",;:" and not self._in_quote(x.start)]
                if commas:
                    clause_start = commas[-1].end
                initial = not text[clause_start : t.start].strip()
                if initial:
                    rest_start = toks[j].start if j < len(toks) else s.end
                    if j < len(toks) and toks[j].text == ",":
                        rest_start = toks[j].end
                    content = self._strip(rest_start, s.end, " ,.")
                else:
                    content = self._strip(clause_start, s.end, " ,.")
                if content[1] <= content[0]:
                    continue
                typ = "according_to"
                add(_Found(src, (t.start, t.end), content, typ, "assert", confidence=0.8))
            elif low == "naar" and k + 1 < len(toks) and toks[k + 1].low == "verluidt":
                content = self._strip(s.start, s.end, " ,.")
                add(
                    _Found(
                        None,
                        (t.start, toks[k + 1].end),
                        content,
                        "according_to",
                        "assert",
                        hedged=True,
                        resolve=False,
                        confidence=0.7,
                    )
                )
            elif (
                low == "naar"
                and k + 2 < len(toks)
                and toks[k + 1].low == "eigen"
                and toks[k + 2].low == "zeggen"
            ):
                j = self._np(toks, 0)
                own: tuple[int, int] | None = (toks[0].start, toks[j - 1].end) if j > 0 else None
                content = self._strip(toks[j].start if j < len(toks) else s.start, s.end, " ,.")
                if k >= 2 and toks[k - 1].low in ("hij", "zij", "ze", "wij", "we", "ik", "men"):
                    own = (toks[k - 1].start, toks[k - 1].end)  # 'Daarnaast heeft hij naar eigen zeggen'
                    content = self._strip(toks[0].start, s.end, " ,.")
                if k >= 2 and toks[k - 1].low in ("die", "dat") and toks[k - 2].text == ",":
                    # 'ondernemer Bram Hollander, die naar eigen zeggen 340.000 euro verloor': the relative
                    # pronoun speaks, of its own clause
                    own = (toks[k - 1].start, toks[k - 1].end)
                    stop = next((x.start for x in toks[k + 3 :] if x.text in ",;"), s.end)
                    content = self._strip(toks[k - 1].start, stop, " ,.")
                add(
                    _Found(own, (t.start, toks[k + 2].end), content, "according_to", "assert", confidence=0.7)
                )

    def _as_said(self, s, toks, k, add) -> None:  # type: ignore[no-untyped-def]
        """'zoals president Zelensky herhaaldelijk heeft verklaard, zet Oekraïne ... in': the clause after
        the comma is what the speaker said (an indirect attribution, nested when inside a quote)."""
        j = self._np(toks, k + 1)
        if j == k + 1:
            return
        x = j
        while x < len(toks) and x < j + 4 and toks[x].low in _AS_SAID_FILLER:
            x += 1
        cues = (
            self.lex.by_nonfinite.get(toks[x].low) or self.lex.by_finite.get(toks[x].low)
            if x < len(toks)
            else None
        )
        if not cues:
            return
        y = x + 1
        while y < len(toks) and toks[y].low in _AS_SAID_FILLER:
            y += 1
        if y >= len(toks) or toks[y].text != ",":
            return
        end = s.end
        closing = next((q.start for q in toks[y + 1 :] if q.text in QUOTE_CHARS), None)
        if self._in_quote(toks[k].start) and closing is not None:
            end = closing  # the nested statement ends where the quote does
        content = self._strip(toks[y].end, end, " ,.")
        if content[1] <= content[0]:
            return
        source = (toks[k + 1].start, toks[j - 1].end)
        cue = cues[0]
        add(
            _Found(
                source, (toks[x].start, toks[x].end), content, "indirect", cue.stance,
                confidence=0.7, neutral=cue.stance == "assert",
            )
        )  # fmt: skip

    def _nouns(self, s, toks, add, taken) -> None:  # type: ignore[no-untyped-def]
        text = self.text
        low_sentence = text[s.start : s.end].lower()
        for form, stance in self.lex.nouns.items():
            if form not in low_sentence:
                continue  # (most sentences hold no noun cue: no pattern to build and run)
            for m in re.finditer(r"\b" + re.escape(form) + r"\b", low_sentence):
                a = s.start + m.start()
                if self._in_quote(a) or taken(a):
                    continue
                b = s.start + m.end()
                k = next(i for i, t in enumerate(toks) if t.start >= a)
                kend = next((i for i, t in enumerate(toks) if t.start >= b), len(toks))
                src = None
                if k > 0 and self._is_adjective(toks[k - 1]) and toks[k - 1].low in self.lex.demonyms:
                    src = (toks[k - 1].start, toks[k - 1].end)
                if " " in form:  # "twijfels had bij": the source is the subject or relative pronoun before
                    for x in range(k - 1, max(0, k - 6), -1):
                        if toks[x].low in ("die", "dat") and toks[x - 1].text == ",":
                            src = (toks[x].start, toks[x].end)
                            break
                    else:
                        j = self._np(toks, 0)
                        if 0 < j <= k:
                            src = (toks[0].start, toks[j - 1].end)
                    end = next((t.start for t in toks[kend:] if t.text in ",;"), s.end)
                    content = self._strip(b, end, " ,.")
                    if content[1] > content[0]:
                        add(_Found(src, (a, b), content, "indirect", stance, neutral=False, confidence=0.6))
                    continue
                if kend < len(toks) and toks[kend].low == "van":
                    j = self._np(toks, kend + 1, pp=False)
                    if j == kend + 1:
                        continue
                    if j < len(toks) and toks[j].low == "dat":
                        src = (toks[kend + 1].start, toks[j - 1].end)
                        end = next(
                            (
                                t.start
                                for t in toks[j + 1 :]
                                if t.text in ",;" and not self._in_quote(t.start)
                            ),
                            s.end,
                        )
                        content = self._strip(toks[j].end, end, " ,.")
                    elif src is not None:
                        end = next(
                            (
                                t.start
                                for t in toks[kend + 1 :]
                                if t.text in ",;" and not self._in_quote(t.start)
                            ),
                            s.end,
                        )
                        content = self._strip(toks[kend + 1].start, end, " ,.")
                        for x in toks[kend + 1 :]:
                            if x.start >= content[1]:
                                break
                            if x.low in _AUX or x.low in self.lex.by_finite:
                                content = self._strip(toks[kend + 1].start, x.start, " ,.")
                                break
                    else:
                        continue
                    if content[1] <= content[0]:
                        continue
                    typ = "mixed" if self._has_quote(*content) else "indirect"
                    add(_Found(src, (a, b), content, typ, stance, neutral=False, confidence=0.6))

    def _verbs(self, s, toks, add, taken) -> None:  # type: ignore[no-untyped-def]
        text = self.text
        n = len(toks)
        k = 0
        prev_subject: tuple[int, int] | None = None
        by_finite, by_nonfinite = self.lex.by_finite, self.lex.by_nonfinite
        while k < n:
            t = toks[k]
            cue_form = t.low in by_finite or t.low in by_nonfinite  # (`_verb_at` asks this first too)
            if not cue_form or self._in_quote(t.start) or taken(t.start):
                k += 1
                continue
            hit = self._verb_at(toks, k)
            if hit is None:
                k += 1
                continue
            cue, first, last, anchor, passive = hit
            c_start, c_end = toks[first].start, toks[last].end
            if taken(c_start) or taken(toks[last].start):
                k = last + 1
                continue
            neg = any(x.low in _NEGATION for x in toks[min(first, anchor) : last + 1])
            # a refusal or a non-comment: 'wilde niet zeggen', 'sluit niets uit' (but a refusal to confirm
            # is doubt: 'wil niet bevestigen dat het met de autoriteiten onderhandelt')
            if (
                any(x.low in _MODAL_REFUSAL for x in toks[anchor:last])
                and neg
                and cue.stance != "confirm"
                and cue.lemma != "uitsluiten"  # ('wil niet uitsluiten dat': a possibility, no refusal)
            ):
                k = last + 1
                continue
            source: tuple[int, int] | None = None
            content: tuple[int, int] | None = None
            resolved_none = False
            clause_from = 0
            for x in range(anchor - 1, -1, -1):
                dateline = (  # 'KIEV (AFP) - Oekraïne beschuldigt': the dash after a dateline
                    toks[x].text == "-" and x > 0 and (toks[x - 1].text == ")" or toks[x - 1].text.isupper())
                )
                if (toks[x].text in ";:–" or dateline) and not self._in_quote(toks[x].start):
                    clause_from = x + 1
                    break
                if (
                    toks[x].text == ","
                    and x + 1 < anchor
                    and toks[x + 1].low in ("maar", "want", "terwijl", "dus")
                    and not self._in_quote(toks[x].start)
                ):
                    clause_from = x + 2
                    break
            pre = [x for x in toks[clause_from:anchor] if not self._in_quote(x.start) or True]
            # a dateline 'Den Haag (NPB) –' is no subject
            after_idx = last + 1
            relative = None
            for x in range(len(pre) - 1, 0, -1):
                if (
                    pre[x - 1].text == ","
                    and pre[x].low in ("die", "dat")
                    and not any(y.text == "," for y in pre[x + 1 :])
                ):
                    relative = pre[x]
                    break
            inverted_np = self._inverted_source(toks, anchor, first, last, s)
            j_loose = self._np(toks, anchor + 1)
            loose_np = (toks[anchor + 1].start, toks[j_loose - 1].end) if j_loose > anchor + 1 else None
            if passive:
                door = next((x for x in range(anchor, min(n, last + 6)) if toks[x].low == "door"), None)
                if door is not None:
                    j = self._np(toks, door + 1)
                    if j > door + 1:
                        source = (toks[door + 1].start, toks[j - 1].end)
                        if door > last:
                            after_idx = j
                else:
                    resolved_none = True
                body = text[s.start : min(c_start, toks[anchor].start)].strip()
                m_dat = re.match(r"\s*(dat|of)\b", text[toks[last].end : s.end])
                if m_dat:
                    content = self._strip(toks[last].end + m_dat.end(), s.end, " ,.")
                elif source is None:
                    k = last + 1
                    continue  # an agentless passive needs its clause: 'wordt gespeculeerd over X' is a topic
                elif pre and not re.fullmatch(r"(?i)(dat|en|maar)", body.split()[-1] if body else ""):
                    content = self._strip(pre[0].start, toks[anchor].start, " ,")
                else:
                    content = self._previous_sentence(s)
            elif relative is not None:
                source = (relative.start, relative.end)
                if after_idx < n and toks[after_idx].low in ("dat", "of"):
                    end = self._content_end(toks, after_idx + 1, s)
                    close = next(
                        (
                            x.start
                            for x in toks[after_idx + 1 :]
                            if x.text == "," and not self._in_quote(x.start)
                        ),
                        end,
                    )
                    content = self._strip(toks[after_idx].end, min(end, close), " ,.")
                else:
                    stop = next((x.start for x in toks[after_idx:] if x.text in ",;"), s.end)
                    if after_idx < n and stop > toks[after_idx].start:
                        content = self._strip(toks[after_idx].start, stop, " ,.")
                    else:
                        # verb-final: the object stands between the pronoun and the verb
                        content = self._strip(relative.end, c_start, " ,")
                        words = text[content[0] : content[1]].split()
                        while words and words[0].lower() in _INVERSION | {
                            "overigens",
                            "steeds",
                            "eerder",
                            "al",
                        }:
                            content = self._strip(content[0] + len(words[0]), content[1], " ,")
                            words = words[1:]
            elif (
                pre
                and pre[-1].text == ","
                and (
                    inverted_np is not None
                    or (not any(x.text == "," for x in pre[:-1]) and loose_np is not None)
                )
                and not self._apposed_subject(toks, pre)
            ):
                # content, cue, source: 'Of ..., kon X niet zeggen.'  'Voor ..., benadrukt X.'
                source = inverted_np or loose_np
                content = self._strip(pre[0].start, pre[-1].start, " ,")
            elif pre and pre[0].low == "dat" and len(pre) == 1:
                # 'Dat meldt X.' 'Dat heeft X bevestigd.': the content is the previous sentence
                j = self._np(toks, anchor + 1)
                if j > anchor + 1:
                    source = (toks[anchor + 1].start, toks[j - 1].end)
                    after_idx = max(after_idx, j)
                content = self._previous_sentence(s)
                if content is None or any(
                    f.content[0] <= content[0] < f.content[1] or content[0] <= f.content[0] < content[1]
                    for f in self.found
                ):
                    k = last + 1
                    continue
            elif pre and pre[-1].low in ("en", "maar") and prev_subject is not None:
                source = prev_subject
            elif (
                len(pre) >= 3
                and pre[-1].low in ("en", "maar")
                and not self._in_quote(pre[0].start)
                and (i0 := toks.index(pre[0]) + (pre[0].low in _FOCUS)) < anchor
                and (j := self._conjunct_subject(toks, i0)) > i0
                and toks[j].start < pre[-1].start
                and not toks[j].cap
                and toks[j].low not in ("en", "of", ",")
            ):
                # 'Milieudefensie reageert woedend en spreekt van ...': the subject of the first conjunct
                # (after a focus particle: 'Ook vakbond ABVV is ongerust en vreest dat ...')
                source = (toks[i0].start, toks[j - 1].end)
            elif not pre:
                if prev_subject is not None:
                    source = prev_subject
                elif (
                    clause_from >= 2
                    and toks[clause_from - 1].low == "maar"
                    and toks[clause_from - 2].text == ","
                    and inverted_np is None  # ('..., maar vreest de gemeente dat': it speaks after the verb)
                    and loose_np is None
                    and not self._in_quote(toks[0].start)
                    and (first_word := int(toks[0].low in _FOCUS)) < clause_from - 2
                    and toks[first_word].low not in _NOT_SUBJECT_OPENERS
                    and (subject_end := self._conjunct_subject(toks, first_word)) > first_word
                    and subject_end < clause_from - 2
                    and not toks[subject_end].cap
                    and toks[subject_end].text.isalpha()
                    and toks[subject_end].low not in ("en", "of", "die", "dat")
                    and not any(t.text in ",;:" for t in toks[first_word:subject_end])
                ):
                    # 'Vlaams Belang steunt de test, maar vindt dat': the subject of the first conjunct
                    source = (toks[first_word].start, toks[subject_end - 1].end)
            elif (
                (
                    sub := next(
                        (
                            x
                            for x in range(len(pre) - 1, -1, -1)
                            if pre[x].low
                            in ("dat", "omdat", "nadat", "terwijl", "toen", "als", "hoewel", "zodat")
                            and not self._in_quote(pre[x].start)
                            and x > 0
                            # not a relative clause in the subject ('Qatar, dat eerder bemiddelde, bevestigt')
                            and not (
                                pre[x].low == "dat"
                                and pre[x - 1].text == ","
                                and any(y.text == "," for y in pre[x + 1 :])
                            )
                            # nor a word inside one ('Stijn Roelofs, die de race als analist volgde, gelooft')
                            and not _in_relative(pre, x)
                        ),
                        None,
                    )
                )
                is not None
                and self._np(toks, k2 := _past_particles(toks, toks.index(pre[sub]) + 1)) > k2
            ):
                # a verb-final subordinate clause: '... het feit dat Russische officials ... speculeerden
                # dat', '... dat ook de Amerikanen er nu van uitgaan dat'
                j = self._np(toks, k2)
                source = (toks[k2].start, toks[j - 1].end)
            else:
                core = []
                in_relative = False
                for x, tok in enumerate(pre):
                    if tok.text == "," and x + 1 < len(pre) and pre[x + 1].low in _RELATIVE_OPENERS:
                        in_relative = True
                        continue
                    if tok.text == ",":
                        in_relative = False
                        continue
                    if not in_relative and tok.text not in "()–-":
                        core.append(tok)
                if core and core[0].low in ("maar", "en"):
                    core = core[1:]
                if (
                    len(core) > 1
                    and core[0].low in _FOCUS
                    and core[1].low not in _INVERSION
                    and core[1].low not in _AUX  # ('Ook zou X hebben gedreigd': inversion after all)
                    and core[1].low not in self.lex.by_finite
                ):
                    core = core[1:]  # 'Ook Jansen zegt dat': a focus particle on the subject, no inversion
                first_low = core[0].low if core else ""
                is_np = self._np(toks, toks.index(core[0])) == anchor if core else False
                if (
                    core
                    and (
                        first_low not in _INVERSION
                        or (  # 'Dat museum laat weten': a demonstrative before a noun, no inversion
                            first_low == "dat"
                            and len(core) > 1
                            and core[1].low not in _INVERSION
                            and self._np(toks, toks.index(core[1])) == anchor
                        )
                    )
                    and (
                        is_np
                        or (
                            len(core) <= 16
                            and not any(x.low in _AUX or x.low in self.lex.by_finite for x in core[1:])
                        )
                    )
                ):
                    source = self._strip(core[0].start, toks[anchor].start, " ,")
                else:
                    k2 = anchor + 1
                    while k2 < n and toks[k2].low in ("echter", "ook", "nog", "wel", "daarom", "dus", "zelf"):
                        k2 += 1
                    j = self._np(toks, k2)
                    if j > k2:
                        source = (toks[k2].start, toks[j - 1].end)
                        after_idx = max(after_idx, self._tok_after(toks, source[1]))
                    if (
                        first_low in ("dat", "of", "wat", "welke", "wie", "hoe", "waarom")
                        and source is not None
                    ):
                        comma = next((x for x in pre if x.text == ","), None)
                        if comma is not None:
                            content = self._strip(pre[0].start, comma.start, " ,")
            if source is not None and (not pre or pre[-1].low not in ("en", "maar")):
                prev_subject = source
            relay = None
            based = source and re.match(r"\s+(?:op basis van|na gesprekken met)\s+", text[source[1] : s.end])
            if based and source and content is not None and len(pre) == 1 and pre[0].low == "dat":
                # 'Dat meldt RTL Nieuws op basis van ingewijden.': the outlet relays them
                k2 = self._tok_after(toks, source[1] + based.end())
                j = self._np(toks, k2, pp=False)
                head = toks[j - 1] if j > k2 else None
                if head is not None and (  # people, not 'een eigen telling'
                    head.low in self.lex.anonymous or head.cap or self._role_of(head.low)
                ):
                    relay = text[source[0] : source[1]]
                    source = (toks[k2].start, toks[j - 1].end)
            took_up = (
                self._takes_up_previous(toks, source, cue, first, last, anchor)
                if content is None and source is not None and not passive
                else None
            )
            if took_up is not None:
                # 'Arends ontkent dat.' 'Het ministerie kon dat niet bevestigen.': like 'Dat meldt X.', the
                # 'dat' takes up the previous sentence, which is the content
                content = self._previous_sentence(s)
                if content is None:
                    k = last + 1
                    continue
                neg = neg or took_up
            if content is None:
                # 'liet volgens CBS News weten': a relay inside the cue
                for x in range(first, last):
                    if toks[x].low == "volgens":
                        j = self._np(toks, x + 1)
                        if j > x + 1:
                            relay = text[toks[x + 1].start : toks[j - 1].end]
                if source is not None and toks[after_idx - 1].end <= source[0] < s.end:
                    after_idx = self._tok_after(toks, source[1])
                based = re.match(
                    r"\s*,?\s*(?:op basis van|na gesprekken met)\s+", text[toks[after_idx - 1].end : s.end]
                )
                if based and source is not None:
                    # 'De krant meldt op basis van twee functionarissen dat ...': the paper relays them
                    k2 = self._tok_after(toks, toks[after_idx - 1].end + based.end())
                    j = self._np(toks, k2, pp=False)
                    if j > k2:
                        if not any(x.low.endswith(_DOCUMENTS) for x in toks[k2 : j + 1]):
                            relay = text[source[0] : source[1]]
                            source = (toks[k2].start, toks[j - 1].end)
                        # the clause follows the noun phrase ('..., op basis van interne stukken, dat ...')
                        j = next((x for x in range(j, min(n, j + 4)) if toks[x].low in (",", "dat")), j)
                        after_idx = j + 1 if toks[j].text == "," else j
                content = self._complement(toks, after_idx, s, cue)
                if (
                    cue.frame == "any"
                    and not passive
                    and anchor < first == last
                    and source is not None
                    and source[1] <= toks[anchor].start  # (the subject first: 'Het OM heeft ...')
                    and (content is None or not self._clausal(toks[last].end, content))
                    and (inner_object := self._final_object(toks, anchor, first, source)) is not None
                ):
                    content = inner_object  # 'heeft vier jaar cel geëist': the object before the participle
                if content is None and last > first + 1 and cue.frame != "clause":
                    # a split cue around its object: 'wijst de kritiek van de hand'
                    cut = _tail_start(toks, cue, last)
                    inner = [
                        x
                        for x in toks[first + 1 : cut]
                        if (source is None or not (source[0] <= x.start < source[1]))
                        and x.low not in _NEGATION
                    ]
                    if len(inner) >= 2 and any(x.low not in _FUNCTION for x in inner):
                        content = (inner[0].start, inner[-1].end)
                if content is None:
                    k = last + 1
                    continue
            # a negation after the object: 'bevestigt het bericht niet'
            words = text[content[0] : content[1]].split()
            if words and words[-1].lower() == "niet" and len(words) > 1 and content[0] > c_start:
                neg = True
                content = self._strip(content[0], content[1] - 4, " ,")
            if content[1] <= content[0]:
                k = last + 1
                continue
            inner_q = self._quoted_whole(*content)
            typ = "direct" if inner_q else ("mixed" if self._has_quote(*content) else "indirect")
            if inner_q:
                content = inner_q
            if cue.lemma in _RUMOURS:
                source, resolved_none = None, True  # 'Er gaan geruchten dat': no one says it
            demanded = text[content[0] : content[1]]
            if cue.condition is not None and bool(cue.condition.search(demanded)) == cue.negative:
                k = last + 1
                continue  # the lexicon's condition on the content ('De ramp eiste twintig levens')
            if (
                cue.lemma == "vrezen"
                and not cue.tails
                and not re.search(r"\b(?:dat|of)\b|:", text[c_end : content[0]])
                and demanded.split()[0].lower() in _INVERSION
            ):
                k = last + 1
                continue  # what is feared is a noun phrase ('vrezen omzetverlies'), not 'vrezen al sinds ...'
            if (
                cue.lemma == "vragen"
                and not (
                    typ == "direct"
                    or re.search(r"\bom\b|\w+\s+\w+\s+te\s+\w+$", demanded)  # (an object before 'te')
                    or re.search(r"\b(?:dat|of)\s*$", text[max(0, content[0] - 5) : content[0]])  # a clause
                )
            ):
                k = last + 1
                continue  # a request asks for something ('vraagt de minister om'), 'vraagt veel tijd' not
            if source is None and not resolved_none:
                k = last + 1
                continue  # no speaker in sight: a counterfactual, an infinitive, boilerplate
            stance = cue.negated if neg else cue.stance
            f = _Found(
                source,
                (c_start, c_end),
                content,
                typ,
                stance,
                relayed_by=relay,
                confidence=0.8 if source else 0.6,
                neutral=(stance == "assert" and not neg),
            )
            if resolved_none and source is None:
                f.resolve, f.resolved = False, None
            if cue.frame == "any" and not self._starts_clause(content) and typ == "indirect":
                f.confidence -= 0.1
            add(f)
            k = last + 1

    def _apposed_subject(self, toks: list[Tok], pre: list[Tok]) -> bool:
        """Whether what stands before the verb is a noun phrase with a name in apposition, not a clause
        ('Het bedrijf achter het complex, PT Sulawesi Nikel Raya, wijst de kritiek van de hand')."""
        commas = [x for x, t in enumerate(pre) if t.text == ","]
        if len(commas) != 2 or commas[-1] != len(pre) - 1 or commas[0] == 0:
            return False
        head, name = pre[: commas[0]], pre[commas[0] + 1 : -1]
        if (  # the other order: 'Yvette Kroon, eigenaar van een winkel in Zwolle, verwacht omzetverlies'
            all(t.cap or t.low in _PARTICLES for t in head)
            and name
            and not name[0].cap
            and not any(t.low in self.lex.by_finite or t.low in _AUX or t.low in ("dat", "die") for t in name)
        ):
            return True
        return (
            pre[0].low in ("de", "het", "een", "the", "a", "an")
            and not any(t.low in self.lex.by_finite or t.low in _AUX for t in head)
            and bool(name)
            and all(t.cap or t.low in _PARTICLES or not t.text.isalpha() for t in name)
        )

    def _tok_after(self, toks: list[Tok], offset: int) -> int:
        return next((i for i, t in enumerate(toks) if t.start >= offset), len(toks))

    def _inverted_source(self, toks: list[Tok], anchor: int, first: int, last: int, s: Sentence):  # type: ignore[no-untyped-def]
        """The source right after the finite verb when only adverbials, the rest of the cue or a
        relative clause follow it ('..., zegt woordvoerder Jan Smit in een verklaring.'), else None."""
        k2 = anchor + 1
        while k2 < len(toks) and toks[k2].low in ("echter", "ook", "nog", "wel", "daarom", "dus"):
            k2 += 1
        j = self._np(toks, k2)
        if j == k2:
            return None
        end = max(j, last + 1)
        rest = self.text[toks[end - 1].end : s.end]
        if self._closes_clause(rest):
            return (toks[k2].start, toks[j - 1].end)
        return None

    def _closes_clause(self, rest: str) -> bool:
        """Whether what follows a source after its cue leaves no room for content: the sentence end, a
        relative clause, or adverbials ('in een verklaring', 'tegen verslaggevers', 'maandag')."""
        if re.match(r"\s*(?:[,.!?]|$)", rest) or re.match(
            r"\s*(?:in|op|tegen|tegenover|tijdens|bij|na|voor|vanuit|maandag|dinsdag|woensdag|donderdag|vrijdag|"
            r"zaterdag|zondag|gisteren|vandaag|eerder|later|vorige|woensdag|donderdag|al|nog|ook|zelf)\b[^‘“„\"«]*$",
            rest,
        ):
            return not (re.match(r"\s*,?\s*(dat|of)\b", rest) and not re.match(r"\s*,\s*(dat|die)\b", rest))
        return False

    def _clausal(self, cue_end: int, content: tuple[int, int]) -> bool:
        """Whether content found after a cue is a clause or a quote ('heeft bevestigd dat ...', 'heeft
        gevraagd de lijst op te stellen', 'zei: ...'), not an adverbial ('geëist tegen de man')."""
        gap = self.text[cue_end : content[0]]
        body = self.text[content[0] : content[1]]
        return bool(
            re.search(r"\b(?:dat|of)\b|:", gap) or body[:1] in QUOTE_CHARS or re.search(r"\bte\s+\w+", body)
        )

    def _final_object(
        self, toks: list[Tok], anchor: int, participle: int, source: tuple[int, int] | None
    ) -> tuple[int, int] | None:
        """The object between the auxiliary and the participle of a verb-final cue ('Het OM heeft tegen de
        man vier jaar cel geëist', 'heeft elke betrokkenheid ontkend'), without the source, a negation,
        adverbs and prepositional phrases at its edges; None when no such noun phrase stands there."""
        inner = [
            t
            for t in toks[anchor + 1 : participle]
            if not (source and source[0] <= t.start < source[1]) and t.low not in _NEGATION
        ]
        while inner and (inner[0].low in _INVERSION or inner[0].low in _TIME_NOUNS):
            if inner[0].low in _PREPOSITIONS:  # a leading adverbial phrase: 'tegen de man', 'op zitting'
                k = toks.index(inner[0])
                end = self._np(toks, k + 1, pp=False)
                inner = [t for t in inner if t.start >= toks[max(end, k + 1) - 1].end]
            else:
                inner = inner[1:]
        while inner and inner[-1].low in _INVERSION:
            inner = inner[:-1]
        if (
            not inner
            or len(inner) > 15
            or any(t.text in ",;:()" or self._in_quote(t.start) for t in inner)
            or inner[0].low in ("zich", "zichzelf")
            or (len(inner) == 1 and inner[0].low in ("het", "dat", "dit", "er", "niets", "niks"))
            or all(t.low in _FUNCTION for t in inner)
            or any(t.low in _AUX for t in inner)
        ):
            return None
        return inner[0].start, inner[-1].end

    def _starts_clause(self, content: tuple[int, int]) -> bool:
        return bool(re.search(r"\b(te|dat)\b", self.text[content[0] : content[1]]))

    def _verb_at(self, toks: list[Tok], k: int):  # type: ignore[no-untyped-def]
        """(cue, first token, last token, finite anchor, passive?) of a cue verb at toks[k], or None.
        The anchor is the finite verb (the auxiliary of 'heeft bevestigd', 'kon niet zeggen')."""
        t = toks[k]
        if t.low not in self.lex.by_finite and t.low not in self.lex.by_nonfinite:
            return None
        n = len(toks)
        limit = next(
            (
                x
                for x in range(k + 1, n)
                if toks[x].text in ";"
                or (
                    toks[x].text == ","
                    and x + 1 < n
                    and toks[x + 1].low in ("dat", "die", "maar", "en", "of")
                )
            ),
            n,
        )
        aux = None
        if t.low in self.lex.by_nonfinite:
            for x in range(k - 1, max(-1, k - 12), -1):
                if toks[x].text in ",;:" and not (x > 0 and toks[x - 1].cap):
                    break
                if toks[x].low in _AUX:
                    aux = x
        # a noun ('het verwijt') or a te-infinitive ('niets te verwijten') is no finite cue
        if (
            aux is None
            and k > 0
            and toks[k - 1].low in ("de", "het", "een", "deze", "dit", "zijn", "haar", "hun", "te")
            and t.low not in ("gonst", "gonsde")  # ('Het gonst van de geruchten')
        ):
            return None
        if (
            aux is None
            and k > 0
            and t.low.endswith("en")
            and (toks[k - 1].low in _QUANTIFIERS or toks[k - 1].text.isdigit())
        ):
            return None  # a plural noun: 'honderden veroordeelden', 'twee beschuldigden'
        if k > 0 and toks[k - 1].low == "dan" and t.low in self.lex.by_nonfinite:
            return None  # a comparison: 'minder bezoekers dan verwacht', 'groter dan gemeld'
        if (
            aux is None
            and k > 1
            and t.low.endswith("en")
            and toks[k - 2].low in ("hij", "ik")
            and toks[k - 1].text.isalpha()
            and toks[k - 1].text.islower()
        ):
            return None  # no plural verb after 'hij' and his verb: 'Hij adviseert verzekerden'
        if aux is None:
            for cue in self.lex.by_finite.get(t.low, ()):
                last = self._match_tail(cue, toks, k, limit)
                if last is None:
                    continue
                if cue.frame == "dat":
                    nxt = toks[last + 1] if last + 1 < n else None
                    if nxt is None or nxt.low != "dat":
                        continue
                    if last + 2 < n and toks[last + 2].low in ("niet", "nog", "wel", "graag"):
                        continue  # 'wilde dat niet bevestigen': 'dat' is what he would not confirm
                if cue.frame == "quote":
                    continue
                return cue, k, last, k, False
        for cue in self.lex.by_nonfinite.get(t.low, ()):
            if aux is None:
                if k + 1 < n and toks[k + 1].low in ("wordt", "werd", "worden", "werden"):
                    return cue, k, k + 1, k + 1, True  # 'Aangenomen wordt dat'
                continue
            last = k
            if cue.tails and t.low in cue.finite:  # 'heeft laten weten': the infinitive needs its tail too
                found = self._match_tail(cue, toks, k, limit)
                if found is None:
                    continue
                last = found
            # the aux chain nearest the participle decides the passive: 'zou worden gemeld'
            near = max(x for x in range(aux, k) if toks[x].low in _AUX)
            # speech verbs take 'hebben': 'is/zijn gemeld' is a passive too
            passive = toks[near].low in _PASSIVE or toks[near].low in ("is", "zijn", "was", "waren")
            first = k
            if (
                toks[aux].low in ("kon", "kan", "konden", "kunnen", "wil", "wilde", "wilden", "willen")
                or passive
            ):
                first = aux
            return cue, first, last, aux, passive
        return None

    def _content_end(self, toks: list[Tok], i: int, s: Sentence) -> int:
        """Where a complement starting at toks[i] ends: the sentence end, or the next coordinated cue
        (', en zei dat ...', ' en kondigt aan dat ...')."""
        for x in range(i, len(toks) - 1):
            if self._in_quote(toks[x].start):
                continue
            if toks[x].low in ("en", "maar") and x + 1 < len(toks):
                nxt = toks[x + 1]
                if nxt.low in self.lex.by_finite and self._verb_at(toks, x + 1) is not None:
                    return toks[x].start
                j = self._np(toks, x + 1)  # '... en GroenLinks-leider Klaver spreekt van ...'
                if (
                    x + 1 < j < len(toks)
                    and toks[j].low in self.lex.by_finite
                    and self._verb_at(toks, j) is not None
                ):
                    return toks[x].start
        end = s.end
        # 'En dat ...' continuing the complement in the next sentence
        nxt_s = self.sentences[s.index + 1] if s.index + 1 < len(self.sentences) else None
        if nxt_s and nxt_s.paragraph == s.paragraph and self.text[nxt_s.start : nxt_s.start + 8] == "En dat ":
            end = nxt_s.end
        return end

    def _complement(self, toks: list[Tok], i: int, s: Sentence, cue: Cue) -> tuple[int, int] | None:
        n = len(toks)
        text = self.text
        # skip a few adverbials before the complementiser
        for x in range(i, min(n, i + 9)):
            if toks[x].low in ("dat", "of") and not self._in_quote(toks[x].start):
                if x > i and toks[x].low == "of" and not all(y.low.islower() for y in toks[i:x]):
                    break
                end = self._content_end(toks, x + 1, s)
                return self._strip(toks[x].end, end, " ,.")
            if toks[x].text == ":" and (x == i or x + 1 < n and toks[x + 1].text in QUOTE_CHARS):
                return self._strip(toks[x].end, s.end, " ,.")  # 'zei na afloop: “...”'
            if toks[x].text in ",;:" or (toks[x].text in QUOTE_CHARS and x > i):
                break
        if i < n and toks[i].text == ":":
            return self._strip(toks[i].end, s.end, " ,.")
        if cue.frame in ("dat", "quote"):
            return None
        end = self._content_end(toks, i, s)
        colon = next(
            (x.start for x in toks[i:] if x.text == ":" and x.start < end and not self._in_quote(x.start)),
            None,
        )
        if colon is not None:
            end = colon
        content = self._strip(toks[i].start if i < n else s.end, end, " ,.")
        if content[1] <= content[0]:
            return None
        if cue.frame == "clause":
            body = text[content[0] : content[1]]
            head_words = " ".join(body.split(",")[0].split()[:14])
            if cue.lemma == "vinden" and body.split()[0].lower() in _INVERSION:
                return None  # 'vindt al maanden te weinig chauffeurs': found, no opinion
            if not (
                re.search(r"\bte\s+\w+", head_words)
                or body[:1] in QUOTE_CHARS
                or cue.lemma == "vinden"
                and _verdict(body)
                or cue.lemma == "vragen zich af"  # 'vraagt zich af waarom ...'
                and re.match(r"\s*(?:waarom|hoe|wie|wat|wanneer|waar|welke|hoeveel)\b", body)
            ):
                return None
        # a bare object pronoun or a single word is no content ('sluit niets uit', 'noemde geen naam')
        words = text[content[0] : content[1]].split()
        if not words or (
            len(words) == 1 and words[0].lower() in ("niets", "niks", "het", "dat", "dit", "er")
        ):
            return None
        # a te-infinitive after its object: 'zegt geen verzoek te hebben ontvangen', 'zegt zich ... te'
        infinitive = cue.lemma == "zeggen" and re.search(r"\bte\s+\w+", " ".join(words[:12]))
        if (
            words[0].lower() in ("geen", "niets", "niks")
            and cue.lemma in ("noemen", "uitsluiten", "zeggen")
            and not infinitive
        ):
            return None
        if words[0].lower() in ("zich", "zichzelf") and not infinitive:
            return None  # reflexive: 'meldt zich', 'stelt zich op'
        quoted = any(c in text[content[0] : content[1]] for c in QUOTE_CHARS if c != "'") or any(
            self._quoted[content[0] : content[1]]  # straight single quotes that pair: 'absurd'
        )
        if (
            cue.frame == "quoted"
            and not quoted
            and not (cue.lemma == "noemen" and _verdict(text[content[0] : content[1]]))
        ):
            return None  # ('noemt het voorstel juridisch onhoudbaar': a verdict needs no quotes)
        return content

    def _takes_up_previous(
        self, toks: list[Tok], source: tuple[int, int], cue: Cue, first: int, last: int, anchor: int
    ) -> bool | None:
        """Whether, besides its source and cue, the sentence holds only a 'dat' or 'dit' that takes up
        the previous sentence, with adverbs ('Arends ontkent dat.', 'Verburg bevestigt dat niet.', 'Het
        ministerie kon dat desgevraagd niet bevestigen.'; not 'wijst dat verwijt van de hand', whose
        object is a noun phrase): None if not, else whether it is negated."""
        # the cue's own words: its verbs and its closing particles
        words = {first, anchor, last, *range(_tail_start(toks, cue, last), last + 1)}
        rest = [
            t
            for x, t in enumerate(toks)
            if not (source[0] <= t.start < source[1]) and x not in words and t.text not in ".,!?"
        ]
        if sum(t.low in _TAKEN_UP for t in rest) != 1 or not all(
            t.low in _TAKEN_UP | _TAKE_UP_ADVERBS | {"niet"} for t in rest
        ):
            return None
        taken_up = next(t for t in rest if t.low in _TAKEN_UP)
        if taken_up.start < toks[first].start:
            return None  # 'Dat ontkent X.' has its own rule
        return any(t.low == "niet" for t in rest)

    def _previous_sentence(self, s: Sentence) -> tuple[int, int] | None:
        if s.index == 0:
            return None
        p = self.sentences[s.index - 1]
        if p.paragraph != s.paragraph:
            return None
        return self._strip(p.start, p.end, " .")

    # -- continuations ---------------------------------------------------------------------------

    def _last_speaker(self, s: Sentence) -> str | None:
        for f in reversed(self.found):
            if f.sentence < s.index or f.sentence == s.index:
                return self._resolve(f) if f.resolve else f.resolved
        return None

    def _continuation(self, s: Sentence) -> None:
        """A bare quote, or a reportative 'zou' sentence, right after an attribution in the same
        paragraph: the same speaker goes on."""
        prev = [f for f in self.found if self.sentences[f.sentence].paragraph == s.paragraph]
        if not prev:
            return
        last = prev[-1]
        gap = s.index - last.sentence
        text = self.text
        sentence = text[s.start : s.end]
        whole = self._quoted_whole(*self._strip(s.start, s.end, " "))
        if whole is None:
            stripped = self._strip(s.start, s.end, " ")
            for qa, qb in self.top:
                if qa == stripped[0] and re.fullmatch(r"[\s.!?]*", text[qb + 1 : stripped[1]]):
                    whole = self._strip(qa + 1, qb, " ,")
        if whole is not None and gap <= 3:
            f = _Found(
                None,
                None,
                whole,
                "direct",
                "assert",
                resolve=False,
                confidence=0.6,
                relayed_by=last.relayed_by,
            )
            f.resolved = self._resolve(last) if last.resolve else last.resolved
            f.sentence = s.index
            self.found.append(f)
            return
        if gap > 2:
            return
        if gap == 2:
            middle = self.text[self.sentences[s.index - 1].start :].split(None, 1)[0].lower()
            if middle not in ("zij", "hij", "ze"):
                return
        if re.match(r"\s*(er|het)\s+zou", sentence, re.IGNORECASE) and gap > 1:
            return
        opening = " ".join(sentence.split()[:12])
        if not any(h.search(sentence) for h in self.lex.hedges[:3]) or not re.search(
            r"\bzou(den)?\b", opening
        ):
            return
        f = _Found(
            None,
            None,
            self._strip(s.start, s.end, " ."),
            "indirect",
            "assert",
            hedged=True,
            resolve=False,
            confidence=0.5,
            relayed_by=last.relayed_by,
        )
        f.resolved = self._resolve(last) if last.resolve else last.resolved
        f.sentence = s.index
        self.found.append(f)

    # -- resolution ------------------------------------------------------------------------------

    def _resolve_all(self) -> None:
        for f in self.found:
            if f.echo and f.cue is not None:
                before = [
                    g
                    for g in self.found
                    if g is not f and not g.echo and g.cue is not None and g.cue[0] < f.cue[0]
                ]
                if before:
                    g = max(before, key=lambda g: g.cue[0] if g.cue else 0)
                    f.resolved = self._resolve(g)
        for f in self.found:
            if f.resolve:
                f.resolved = self._resolve(f)
                f.resolve = False

    def _resolve(self, f: _Found) -> str | None:
        if not f.resolve:
            return f.resolved
        if f.source is None:
            return None
        # Pronoun resolution resolves earlier sources, which may be pronouns too: remember each answer
        # for as long as the list of found attributions is unchanged (linear, not exponential, in long texts)
        memo: dict[tuple[int, int], str | None] = self.__dict__.setdefault("_memo", {})
        busy: set[int] = self.__dict__.setdefault("_busy", set())
        key = (id(f), len(self.found))
        if key not in memo:
            if id(f) in busy:  # two sources that each point to the other ('een woordvoerder van het
                return None  # ministerie' twice): no answer rather than a loop
            busy.add(id(f))
            try:
                memo[key] = self._resolve_span(f.source[0], f.source[1], f)
            finally:
                busy.discard(id(f))
        return memo[key]

    def _resolve_span(self, a: int, b: int, f: _Found) -> str | None:
        pos = a
        span = self.text[a:b]
        # a dateline before the subject: 'Den Haag (NPB) – Het Openbaar Ministerie'
        m = re.search(r"[–—]\s*", span)
        if m and m.end() < len(span):
            a = a + m.end()
            span = self.text[a:b]
        toks = tokens(self.text, a, b)
        if not toks:
            return None
        low = [t.low for t in toks]
        sentence_start = self.sentences[f.sentence].start
        dateline = DATELINE.match(self.text, sentence_start)
        if dateline and dateline.end() <= a:
            sentence_start = dateline.end()  # 'GENT - De politie meldt': 'De' opens the sentence
        if self._in_quote(a) and not self._in_quote(a - 1):
            sentence_start = a  # '„De minister heeft beloofd dat ...': 'De' opens the quoted sentence
        # 'Die schreef ...' opening a sentence: the last one named in the sentence before
        if len(toks) == 1 and low[0] in ("die", "deze") and a == sentence_start and f.sentence > 0:
            p = self.sentences[f.sentence - 1]
            ptoks = tokens(self.text, p.start, p.end)
            runs = [
                (i, j)
                for i, j in self._name_runs(ptoks, p.start)
                if not self._in_quote(ptoks[i].start) and ptoks[i].start != p.start
            ]
            if runs:
                i, j = runs[-1]
                while i < j - 1 and (ptoks[i].low in _FUNCTION or self._is_adjective(ptoks[i])):
                    i += 1
                return self._canonical(self.text[ptoks[i].start : ptoks[j - 1].end], pos)
        # 'een EU-woordvoerder', 'de NAVO-woordvoerster': the body in the compound
        spokes = re.fullmatch(r"(?:een|de)\s+([A-Z][\w]*)-woordvoer(?:der|ster)", span.strip(), re.IGNORECASE)
        if spokes and spokes.group(1)[:1].isupper():
            return self._canonical(spokes.group(1), pos)
        # 'zijn ministerie' after 'minister van Infrastructuur en Waterstaat X': that minister's ministry
        if low in (["zijn", "ministerie"], ["haar", "ministerie"]):
            portfolio = list(_PORTFOLIO.finditer(self.text[:a]))
            if portfolio:
                return f"ministerie van {portfolio[-1].group(1)}"
        # relative pronoun: the noun phrase before the comma
        if len(toks) == 1 and low[0] in ("die", "dat"):
            before = tokens(self.text, max(0, a - 160), a)
            if len(before) >= 2 and before[-1].text == ",":
                end = len(before) - 1
                runs = self._name_runs(before[:end])
                if runs and runs[-1][1] == end:
                    i, j = runs[-1]
                    while i < j - 1 and self._role_of(before[i].low):
                        i += 1
                    return self._canonical(self.text[before[i].start : before[j - 1].end], pos)
                for x in range(end - 1, max(-1, end - 5), -1):
                    if before[x].low in _DET:
                        return self._resolve_span(before[x].start, before[end - 1].end, f)
            return self._previous_resolved(pos)
        if len(toks) == 1 and low[0] in _PRONOUNS:
            if low[0] in ("ik", "wij", "we"):
                return self._previous_resolved(pos)
            return self._pronoun(pos, low[0])
        if len(toks) == 1 and low[0] in self.lex.anonymous:
            return None
        # demonym alone: 'de Russische beschuldiging'
        if len(toks) == 1 and low[0] in self.lex.demonyms:
            return self.lex.demonyms[low[0]]
        # names outside prepositional phrases
        runs = self._name_runs(toks, sentence_start)
        names = []
        van_names = []
        van_end = -2  # where the last 'van' name ends
        for i, j in runs:
            run_start = i
            # a capitalised common word opening the sentence: 'Maritiem deskundige ...', 'Andere experten'
            if (
                j - i == 1
                and toks[i].start == sentence_start
                and i + 1 < len(toks)
                and not toks[i + 1].cap
                and not (  # 'Wassenaar, die ...' after 'Pieter Wassenaar' (not 'Vos' advocaat')
                    self._surname_of(toks[i].text) and toks[i + 1].text not in ("'", "’", "'s", "’s")
                )
            ):
                continue
            i, j, _ = self._clean_run(toks, i, j, sentence_start)
            if i >= j or (j - i == 1 and (self._role_of(toks[i].low) or self._is_adjective(toks[i]))):
                continue
            if i > run_start + 1 or (
                run_start > 1 and toks[run_start - 1].low == "van" and self._role_of(toks[run_start - 2].low)
            ):
                run_start = i  # a title or ministry was cut off: what is left is a name, not a 'van' phrase
            prep = toks[run_start - 1].low if run_start > 0 else ""
            holder = toks[run_start - 2].low if run_start >= 2 else ""
            if prep == "voor" and self._role_of(holder) and j - i >= 3:
                # 'schepen voor (Ruimtelijke Ordening) Koen Van Looy': the portfolio, then the holder's name
                while j - i > 2 and toks[i].text not in given_names():
                    i += 1
                prep = ""
            name = self.text[toks[i].start : toks[j - 1].end]
            if prep in ("van", "voor") and _PORTFOLIO_HOLDER.search(holder):
                continue  # 'een woordvoerder van de minister van Cultuur': a portfolio, no one's name
            if prep in ("van", "bij", "binnen") or (prep == "en" and van_end == run_start - 1):
                van_names.append(name)  # ('van Infrastructuur en Waterstaat': one portfolio)
                van_end = j
            elif prep in _PLACE_PREPOSITIONS:
                continue
            elif i == run_start and _PLACE_BODY.fullmatch(prep):
                names.append(f"{prep} {name}")  # 'de brandweerzone Rivierenland': the body, not the place
            else:
                names.append(name)
        head_noun = self._head(toks)
        if (
            head_noun in _UNNAMED_INSIDERS
            and any(t.low in ("van", "bij", "binnen", "in", "uit") for t in toks)
            and not any(t.text == "," for t in toks)  # ('Een van de bewoners, de Roemeen Ionuț Popa')
        ):
            return None  # 'bronnen bij Rijkswaterstaat' (but 'onderzoekers van de UGent' speak for it)
        if names:
            return self._canonical(names[0], pos)
        if (
            head_noun in self.lex.anonymous or head_noun.split("-")[-1] in self.lex.anonymous
        ) and not van_names:
            return None
        if van_names:
            if head_noun in self.lex.orgnouns:  # 'het ministerie van Buitenlandse Zaken'
                m = re.search(
                    r"\b"
                    + re.escape(head_noun)
                    + r"\s+van\s+((?:(?-i:[A-ZÀ-Þ])[\w-]*\s?)+(?:en\s+(?:(?-i:[A-ZÀ-Þ])[\w-]*\s?)+)?)",
                    span,
                    re.IGNORECASE,
                )
                if m:
                    # with the country's adjective: 'het Duitse ministerie van Defensie'
                    adjective = re.search(r"([A-ZÀ-Þ][\w-]+)\s+" + re.escape(head_noun) + r"\b", span)
                    own = (
                        adjective.group(1) + " "
                        if adjective and adjective.group(1).lower() in self.lex.demonyms
                        else ""
                    )
                    return f"{own}{head_noun} van {m.group(1).strip()}"
            return self._canonical(van_names[0], pos)
        if head_noun in _AUTHORED and low[0] in ("het", "de", "dit", "deze"):
            author = self._author_of(head_noun, pos, f)  # after 'X stelt in een rapport'
            if author:
                return author
        role = self._role_of(head_noun) if head_noun else None
        if role:
            if role in ("woordvoerder", "woordvoerster") and "van" in low[1:]:
                v = low.index("van", 1)
                if v + 1 < len(toks):
                    return self._resolve_span(toks[v + 1].start, b, f)
            spoken_for = head_noun[: -len(role)].rstrip("-")
            if role in ("woordvoerder", "woordvoerster") and spoken_for in _SPOKEN_FOR:
                # 'een legerwoordvoerder', 'een politiewoordvoerder': the army or police named before
                for g in self._spoken_before(f, pos):
                    said_by = self.text[g.source[0] : g.source[1]].lower()  # type: ignore[index]
                    if re.search(r"\b" + spoken_for + r"\b", said_by):
                        return self._resolve(g)
                mention = self._mention(spoken_for, pos)
                if mention:
                    return mention
            if low[0] == "een" and role in ("woordvoerder", "woordvoerster"):
                return self._recent_org(f)
            named = [(p, n) for p, r, n in self.roles if r == role and p < pos]
            if named:
                return named[-1][1]
            if role in ("woordvoerder", "woordvoerster"):
                return self._recent_org(f)
        if head_noun and (
            head_noun in self.lex.orgnouns
            or head_noun in self.lex.orgrefs
            or any(head_noun.endswith(o) for o in self.lex.orgnouns)
        ):
            pattern = re.compile(r"\b" + re.escape(head_noun) + r"\b", re.IGNORECASE)
            for g in self._spoken_before(f, pos):
                said_by = self.text[g.source[0] : g.source[1]]  # type: ignore[index]
                if pattern.search(said_by):
                    # 'voorzitter Annet Huisman van Stichting Vrienden van het Werk': the body, not the person
                    body = re.search(
                        r"\b"
                        + re.escape(head_noun.capitalize())
                        + r"(?:\s+(?:(?:van|voor|de|het|der|den)\s+){0,2}[A-ZÀ-Þ][\w-]*)+",
                        said_by,
                    )
                    if body:
                        return body.group()
                    r = self._resolve(g)
                    if r:
                        return r
            mention = self._mention(head_noun, pos)
            if mention:
                return mention
            if low[0] in ("het", "de") and len(toks) == 2 and head_noun in self.lex.orgrefs:
                org = self._recent_org(f)
                if org:
                    return org
        if low[0] in _INDEFINITE or low[0] in self.lex.anonymous:
            return None  # 'een buurtbewoner', 'twee winkeliers', 'bronnen rond de top': no one named
        # people in the plural, a group: 'Schapenhouders in Dalmatië', 'Vissers uit Urk' (not 'Heineken')
        if (
            low[0] not in _DET
            and head_noun == low[0]
            and re.fullmatch(r"[a-zà-ÿ]{3,}(?:ers|aars|aren|eren|isten|anten|enten|ingen|ties)", head_noun)
        ):
            return None
        # a common noun phrase: the phrase without article
        words = [t.text for t in (toks[1:] if toks[0].low in _DET else toks)]
        cut = []
        for w in words:
            if w.lower() in ("in", "van", "binnen", "bij", "uit", ",", "die", "dat"):
                break
            cut.append(w)
        return " ".join(cut) or span

    def _spoken_before(self, f: _Found, pos: int) -> Iterator[_Found]:
        """The attributions found so far, other than `f`, whose source stands before `pos`: nearest first."""
        return (g for g in reversed(self.found) if g is not f and g.source is not None and g.source[0] < pos)

    def _author_of(self, noun: str, pos: int, f: _Found) -> str | None:
        """Who wrote the document `noun` names ('het rapport'): the speaker of the last attribution before
        `pos` whose sentence mentions such a document ('Dat stelt Greenpeace in een rapport')."""
        pattern = re.compile(r"\b" + re.escape(noun) + r"\b", re.IGNORECASE)
        for g in self._spoken_before(f, pos):
            s = self.sentences[g.sentence]
            if pattern.search(self.text, s.start, min(s.end, pos)):
                return self._resolve(g)
        return None

    def _mention(self, head: str, pos: int) -> str | None:
        """The last named mention of an organisation noun before `pos`: 'het ministerie van Buitenlandse
        Zaken', 'de Russische ambassade'."""
        best = None
        for m in re.finditer(
            r"(?:\b((?:(?-i:[A-ZÀ-Þ])[\w-]+\s+){1,3})"  # (capitals, though the head's case is free)
            + re.escape(head)
            + r"\b)|(?:\b"
            + re.escape(head)
            + r"\s+van\s+((?:(?-i:[A-ZÀ-Þ])[\w-]+\s?){1,3}))"
            + r"|(?:\b[a-z]\w+"  # 'consumentenorganisatie Test Aankoop': the compound's name
            + re.escape(head)
            + r"\s+((?-i:[A-ZÀ-Þ][\w&-]+)(?:\s(?-i:[A-ZÀ-Þ][\w&-]+)){0,2}))",
            self.text[:pos],
            re.IGNORECASE,
        ):
            if m.group(3):
                best = m.group(3)
            elif m.group(1):
                lead = [w for w in m.group(1).split() if w.lower() not in _DET and w[:1].isupper()]
                if lead:
                    best = " ".join(lead) + " " + head
            elif m.group(2):
                best = f"{head} van {m.group(2).strip()}"
        return best

    def _head(self, toks: list[Tok]) -> str:
        head = ""
        if len(toks) > 3 and toks[0].low == "een" and toks[1].low == "van":
            toks = toks[2:]
        for t in toks:
            if t.low in ("van", "binnen", "bij", "in", "uit", ",", "die", "dat"):
                break
            if t.low in _DET or not t.text[0].isalnum():
                continue
            if not t.cap or not head or re.search(r"-[a-zà-ÿ]+$", t.text):
                head = t.low
        return head

    def _canonical(self, name: str, pos: int) -> str:
        """A surname or short form as the full name introduced before it."""
        name = re.sub(r"['’]s$", "", name).strip()
        low = name.lower()
        earlier = [
            (p, full)
            for p, full in self.persons
            if full.lower() != low
            and full.lower().endswith(" " + low)
            and full.split()[0].lower() not in _PARTICLES
        ]
        if not earlier:
            return name
        before = [full for p, full in earlier if p < pos]
        return before[-1] if before else name

    def _pronoun(self, pos: int, word: str = "") -> str | None:
        """The last speaker, role or sentence-opening person before `pos` whose given name fits the
        pronoun's gender ('zij' is not 'Rafael Quintero')."""
        candidates: list[tuple[int, str | None]] = []
        for g in self.found:
            if g.source is not None and g.source[0] < pos and not self._in_quote(g.source[0]):
                candidates.append((g.source[0], self._resolve(g)))  # not a speaker quoted inside a quote
            elif g.source is None and g.cue is not None and g.cue[0] < pos and not g.resolve:
                candidates.append((g.cue[0], g.resolved))
        for p, _, name in self.roles:
            if p < pos and not self._in_quote(p):
                candidates.append((p, name))
        candidates += [(p, name) for p, name in self.subjects if p < pos]
        unfit = {"hij": "f", "hem": "f", "zij": "m", "ze": "m", "haar": "m"}.get(word)
        candidates = [c for c in candidates if not (unfit and c[1] and gender_of(c[1]) == unfit)]
        if not candidates:
            return None
        candidates.sort(key=lambda c: c[0])
        return candidates[-1][1]

    def _previous_resolved(self, pos: int) -> str | None:
        for g in reversed(self.found):
            if g.source is not None and g.source[0] < pos and not self._in_quote(g.source[0]):
                return self._resolve(g)
        return None

    def _recent_org(self, f: _Found) -> str | None:
        """The organisation an unnamed spokesperson speaks for: the subject of the previous sentence
        when it names one, else the last organisation that spoke."""
        s = self.sentences[f.sentence]
        for back in (0, 1, 2):  # 'De NAVO onderzoekt het incident, zegt een woordvoerder.'
            if s.index - back < 0:
                break
            p = self.sentences[s.index - back]
            dateline = DATELINE.match(self.text, p.start)  # 'UTRECHT (ANP) - ' names no company
            start = dateline.end() if dateline else p.start
            toks = tokens(self.text, start, f.source[0] if back == 0 and f.source else p.end)
            for i, j in self._name_runs(toks, start):
                if self._in_quote(toks[i].start) or (i > 0 and toks[i - 1].low in _PLACE_PREPOSITIONS):
                    continue  # (not 'in Hengelo')
                run_start = toks[i].start
                while i < j and (toks[i].low in _FUNCTION or self._is_adjective(toks[i])):
                    i += 1
                if i < j:
                    name = self.text[toks[i].start : toks[j - 1].end]
                    if self._role_of(toks[i].low) or any(n in name or name in n for _, _, n in self.roles):
                        continue
                    if (
                        toks[i].start == start
                        and j - i == 1
                        and j < len(toks)
                        and not toks[j].cap
                        and toks[i].low in _OPENING_NO_NAME
                    ):
                        continue
                    body = re.search(
                        r"\b(ministerie|departement) van\s+$", self.text[max(0, run_start - 20) : run_start]
                    )
                    if body:  # 'Het ministerie van Buitenlandse Zaken laat weten': the ministry, not 'Zaken'
                        return f"{body.group(1)} van {self.text[run_start : toks[j - 1].end]}"
                    return name
        for g in self._spoken_before(f, f.source[0]):  # type: ignore[index]
            r = self._resolve(g)
            if r and not any(r == n for _, n in self.persons):
                return r
        return None


# --- English (wordorder svo) ------------------------------------------------------------------------


class _EnglishDoc(_Doc):
    """The English rules: subject-verb order ("X said (that) ...", "..., X said.", "..., said X."),
    quotes before or after their cue, "according to X", "X: ...", hearsay adverbs ("reportedly"),
    cueless quote continuations, and pronouns resolved to the last named person. The word lists come
    from the lexicon (cues_en.tsv); the shared helpers (quotes, spans, surnames) from _Doc."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        # two apostrophes as quotation marks (''It is,'' he said) read as double quotes; the length and
        # so every offset stay the same
        text = re.sub(r"(?<=\S)''", '" ', text)
        text = re.sub(r"(?<!\S)''(?=\S)", ' "', text)
        self.text = text
        self.lex = lex
        words = lex.words
        self.pronoun = words.get("pronoun", frozenset())
        self.det = words.get("determiner", frozenset())
        self.function = words.get("function", frozenset()) | self.pronoun
        self.aux = words.get("auxiliary", frozenset())
        self.negation = words.get("negation", frozenset())
        self.refusal = words.get("refusal", frozenset())
        self.time = words.get("timeword", frozenset())
        self.fronted = words.get("fronted", frozenset())
        self.nounlike = words.get("nounlike", frozenset())
        self.abbreviations = words.get("abbreviation", _ABBREVIATIONS)
        self.pairs = quote_pairs(text)
        self.top = _top_level(self.pairs)
        self.sentences = split_sentences(text, self.pairs, self.abbreviations)
        self.found = []
        self._quoted = bytearray(len(text) + 1)
        for a, b in self.top:
            self._quoted[a + 1 : b] = b"\x01" * (b - a - 1)
        paired = {a for a, _ in self.pairs} | {b for _, b in self.pairs}
        for m in re.finditer(r"(?:^|(?<=\s))[“\"](?=\S)", text, re.MULTILINE):
            if m.start() not in paired and not self._quoted[m.start()]:
                end = text.find("\n", m.start())
                end = len(text) if end < 0 else end
                self._quoted[m.start() + 1 : end] = b"\x01" * (end - m.start() - 1)  # a quote running on
        self._sentence_starts = {x.start for x in self.sentences}
        self.roles = []
        self.persons = []  # (offset, full name) of every person mention outside quotes
        self.subjects: list[tuple[int, str]] = []  # person mentions that open a sentence
        self._scan_people()

    def _tokens(self, a: int, b: int) -> list[Tok]:
        toks = [Tok(t.start, t.end, t.text) for t in tokens(self.text, a, b)]  # (copies: shared ones stay)
        for t in toks:
            t.low = t.low.replace("’", "'")
        return toks

    # -- names -----------------------------------------------------------------------------------

    def _runs(self, toks: list[Tok]) -> list[tuple[int, int]]:
        """Index ranges [i, j) of capitalised runs, initials and titles with their full stop included."""
        runs = []
        i, n = 0, len(toks)
        while i < n:
            if not (toks[i].cap and toks[i].text[0].isalpha()):
                i += 1
                continue
            j = i + 1
            while j < n:
                t = toks[j]
                name_word = t.cap and t.text[0].isalpha()
                if t.low in _PARTICLES and not t.cap:
                    k = j
                    while k < n and toks[k].low in _PARTICLES and not toks[k].cap:
                        k += 1
                    if k < n and toks[k].cap and k - j <= 3:
                        j = k  # 'Marieke van den Berg'
                        continue
                    break
                joins = (
                    t.low == "of"
                    or t.text == "."
                    and (len(toks[j - 1].text) == 1 or toks[j - 1].low in self.abbreviations)
                )  # 'Port of Elmira', 'Mr. Lee', 'J. Lee'
                if not (name_word or joins and j + 1 < n and toks[j + 1].cap):
                    break
                j += 1
            runs.append((i, j))
            i = j
        return runs

    def _name(self, toks: list[Tok], i: int, j: int) -> str | None:
        """The name in a capitalised run, without article and titles ('Senate Majority Leader Mitch
        McConnell' -> 'Mitch McConnell'), or None when only titles are left."""
        while i < j and (toks[i].low in self.det or toks[i].low in self.function):
            i += 1
        for x in range(j - 2, i - 1, -1):
            if toks[x].low in self.lex.roles:
                i = x + 1
                break
        while i < j and (
            toks[i].text == "." or toks[i].low in self.lex.roles or toks[i].low.endswith("-based")
        ):
            i += 1
        if i >= j:
            return None
        name = self.text[toks[i].start : toks[j - 1].end]
        return re.sub(r"['’]s$", "", name)

    def _is_person(self, name: str) -> bool:
        words = name.replace(".", " ").lower().split()
        return (
            len(words) >= 2
            and not any(w in self.lex.orgnouns for w in words)
            and not any(w.isupper() and len(w) > 1 for w in name.split())
        )

    def _scan_people(self) -> None:
        for s in self.sentences:
            toks = self._tokens(s.start, s.end)
            for i, j in self._runs(toks):
                if self._in_quote(toks[i].start):
                    continue
                name = self._name(toks, i, j)
                if name and self._is_person(name):
                    self.persons.append((toks[i].start, name))
                    if i == 0 or i == 1 and toks[0].low in self.function:
                        self.subjects.append((toks[i].start, name))

    # -- noun phrases ----------------------------------------------------------------------------

    def _np_back(self, toks: list[Tok], end: int) -> int:
        """Start index of the noun phrase that ends at toks[end - 1], `end` when there is none."""
        i = end
        while i > 0 and end - i < 12:
            t = toks[i - 1]
            low = t.low
            if (
                t.text == "."
                and i >= 2
                and toks[i - 2].cap
                and (len(toks[i - 2].text) == 1 or toks[i - 2].low in self.abbreviations)
            ):
                i -= 1  # 'Mr.', 'J.'
                continue
            if t.text == ")":
                opening = next((x for x in range(i - 2, max(-1, i - 8), -1) if toks[x].text == "("), None)
                if opening is None:
                    break
                i = opening  # 'John Kasich (R-OH)'
                continue
            if not t.text[0].isalnum():
                break
            if low in self.pronoun:
                return i - 1 if i == end else i
            if low in ("of", "for", "at", "from") and i < end and i >= 2 and toks[i - 2].text[0].isalnum():
                i -= 1  # 'a spokesman for the campaign'
                continue
            if (
                low == "in"
                and i < end
                and toks[i].cap
                and i >= 2
                and not toks[i - 2].cap
                and toks[i - 2].low not in self.function
            ):
                i -= 1  # 'a diplomat in The Hague'
                continue
            if low == "with" and i < end and i >= 2 and toks[i - 2].low == "familiar":
                i -= 1  # 'sources familiar with the talks'
                continue
            if low == "and" and i < end and toks[i].cap and i >= 2 and toks[i - 2].cap:
                i -= 1  # 'Clinton and Kaine'
                continue
            if low in self.det:
                i -= 1
                if i > 0 and toks[i - 1].low in ("of", "for", "at", "from"):
                    continue
                if i > 1 and toks[i - 1].low == "with" and toks[i - 2].low == "familiar":
                    continue
                place = i > 1 and toks[i - 1].low == "in" and toks[i].cap and toks[i - 2].text[0].isalpha()
                if place and not toks[i - 2].cap and toks[i - 2].low not in self.function:
                    continue  # "Russia's embassy in The Hague"
                break
            if (
                low in self.function
                or low in self.aux
                or low in self.lex.by_finite
                and not t.cap
                and low not in self.nounlike
            ):
                break
            i -= 1
        if all(t.low in self.det for t in toks[i:end]):
            return end  # 'the' alone is no noun phrase ('the state of Iowa')
        return i

    def _np_fwd(self, toks: list[Tok], i: int) -> int:
        """End index (exclusive) of the noun phrase that starts at toks[i], `i` when there is none."""
        n = len(toks)
        if i < n and toks[i].low in self.pronoun:
            return i + 1
        j = i
        while j < n and j - i < 12:
            t = toks[j]
            low = t.low
            if (
                t.text == "."
                and j > i
                and j + 1 < n
                and toks[j + 1].cap
                and toks[j - 1].cap
                and (len(toks[j - 1].text) == 1 or toks[j - 1].low in self.abbreviations)
            ):
                j += 1
                continue
            if not t.text[0].isalnum():
                break
            if low in self.det and (j == i or toks[j - 1].low in ("of", "for", "at", "from")):
                j += 1
                continue
            if low in ("of", "for", "at", "from") and j > i and j + 1 < n and toks[j + 1].text[0].isalnum():
                j += 1
                continue
            if low == "and" and j > i and toks[j - 1].cap and j + 1 < n and toks[j + 1].cap:
                j += 1
                continue
            if low in self.function or low in self.aux or low in self.time:
                break
            if low in self.lex.by_finite and not (j > i and toks[j - 1].low in self.det):
                break
            if (
                j > i
                and not t.cap
                and toks[i].low not in self.det
                and (toks[j - 1].cap or low.endswith("ed"))
            ):
                break  # 'Ella Stone praised ...': a lowercase word after a bare name is its verb
            j += 1
        while j > i and (
            toks[j - 1].low in ("of", "for", "at", "from", "and") or toks[j - 1].low in self.det
        ):
            j -= 1
        return j

    def _skip_back(self, toks: list[Tok], k: int) -> int:
        """Index of the first of the auxiliaries, negations and adverbs right before toks[k] ('has also
        said', 'could not confirm', 'on Monday said')."""
        i = k
        while i > 0:
            low = toks[i - 1].low
            if low in self.aux or low in self.negation or (low.endswith("ly") and not toks[i - 1].cap):
                i -= 1
            elif low in self.time and toks[i - 1].cap and i >= 2 and toks[i - 2].low == "on":
                i -= 2  # 'on Monday'
            elif low.isdigit() and i >= 3 and toks[i - 2].cap and toks[i - 3].low == "on":
                i -= 3  # 'on March 14'
            else:
                break
        return i

    def _subject(self, toks: list[Tok], end: int) -> tuple[int, int] | None:
        """The subject before toks[end] (token indices): a noun phrase, with an apposition between
        commas ('Jan Smit, a spokesman for X,'), or before a relative clause ('Smit, who ...,')."""
        if end > 0 and toks[end - 1].text == ",":
            comma = end - 1
            prev = next((x for x in range(comma - 1, -1, -1) if toks[x].text in ",;:"), None)
            if prev is None:
                start = self._np_back(toks, comma)  # 'John Kasich (R-OH), said, "..."'
                return (start, comma) if start == 0 and comma > 0 else None
            if prev < 1 or self._in_quote(toks[prev].start):
                return None
            start = self._np_back(toks, prev)
            if start == prev:
                return None
            if toks[prev + 1].low in ("who", "which", "whose"):
                return start, prev
            inner = self._np_back(toks, comma)
            apposition = toks[prev + 1].low in self.det or toks[prev + 1].cap
            return (start, comma) if inner == prev + 1 or apposition else None
        start = self._np_back(toks, end)
        return (start, end) if start < end else None

    # -- the sentence rules ----------------------------------------------------------------------

    def run(self) -> list[_Found]:
        for s in self.sentences:
            before = len(self.found)
            self._english_sentence(s)
            if len(self.found) == before:
                self._english_continuation(s)
        for f in sorted(self.found, key=lambda f: f.content[0]):
            self._resolve_en(f)
        return self.found

    def _english_sentence(self, s: Sentence) -> None:
        toks = self._tokens(s.start, s.end)
        if not toks:
            return
        add, taken = self._collector(s)

        before = len(self.found)
        self._english_colon(s, toks, add)
        self._according(s, toks, add, taken)
        self._english_verbs(s, toks, add, taken)
        if len(self.found) == before:
            self._hearsay(s, toks, add)

    def _english_colon(self, s: Sentence, toks: list[Tok], add) -> None:  # type: ignore[no-untyped-def]
        m = re.match(r"([^:\n“\"‘]{2,60}?):\s+(\S.*)$", self.text[s.start : s.end])
        if not m:
            return
        line_start = s.start == 0 or self.text[s.start - 1] == "\n"
        headline = line_start and (s.end >= len(self.text) or self.text[s.end] == "\n")
        words = m.group(1).split()
        head_end = s.start + m.end(1)
        topic = next((x for x, w in enumerate(words) if w in ("to", "on", "at", "in", "about")), None)
        if headline and topic and all(w[:1].isupper() for w in words[:topic]):
            # 'Lee on the Budget: ...': the speaker before the topic
            words = words[:topic]
            head_end = s.start + m.start(1) + len(" ".join(words))
        if len(words) > 5 or not words[0][:1].isupper() or m.group(1).strip().lower() in self.lex.notsource:
            return
        quoted = m.group(2)[:1] in QUOTE_CHARS
        if words[0].lower() in self.det and not quoted:
            return  # 'The Latest: ...' is a label; 'The senator: "..."' a speaker
        if any(not (w[:1].isupper() or w.lower().strip(".") in self.det | self.lex.roles) for w in words):
            return
        colon = s.start + m.end(1)
        content = self._strip(colon + 1, s.end, " .")
        inner = self._quoted_whole(*content)
        known = any(name.split()[-1] == words[0] for _, name in self.persons)
        if len(words) == 1 and inner is None and not quoted and not (headline and known):
            return  # 'Politics: the week ahead' is a topic label; 'Lee: Talks Have Failed' a speaker
        typ = "direct" if inner else ("mixed" if self._has_quote(*content) else "indirect")
        source = (s.start + m.start(1), head_end)
        add(_Found(source, (colon, colon + 1), inner or content, typ, "assert", confidence=0.6))

    def _according(self, s: Sentence, toks: list[Tok], add, taken) -> None:  # type: ignore[no-untyped-def]
        n = len(toks)
        for k in range(n):
            if self._in_quote(toks[k].start) or taken(toks[k].start):
                continue
            phrase = next(
                (p for p in self.lex.according if [t.low for t in toks[k : k + len(p)]] == list(p)), None
            )
            if phrase is None:
                continue
            after = k + len(phrase)
            j = self._np_fwd(toks, after)
            if j == after:
                continue
            source = (toks[after].start, toks[j - 1].end)
            cue = (toks[k].start, toks[after - 1].end)
            opening = all(t.low in self.function or t.text in ",;" for t in toks[:k])
            if opening:
                rest = toks[j].end if j < n and toks[j].text == "," else source[1]
                content = self._strip(rest, s.end, " ,.")
            elif (
                j >= n or toks[j].text in ".!?;" or toks[j].text == "," and k > 0 and toks[k - 1].text == ","
            ):
                content = self._strip(s.start, toks[k].start, " ,.")
            else:
                content = self._strip(s.start, s.end, " ,.")
            if content[1] - content[0] > 2:
                add(_Found(source, cue, content, "according_to", "assert", confidence=0.8))

    def _hearsay(self, s: Sentence, toks: list[Tok], add) -> None:  # type: ignore[no-untyped-def]
        for t in toks:
            if t.low in self.lex.hearsay and not self._in_quote(t.start):
                content = self._strip(s.start, s.end, " .")
                add(
                    _Found(
                        None,
                        (t.start, t.end),
                        content,
                        "according_to",
                        "assert",
                        hedged=True,
                        resolve=False,
                        confidence=0.6,
                    )
                )
                return

    def _cue_of(self, toks: list[Tok], k: int) -> tuple[Cue, int, bool] | None:
        """(cue, index of its last token, -ing form?) for a cue word at toks[k]."""
        for forms, ing in ((self.lex.by_finite, False), (self.lex.by_nonfinite, True)):
            for cue in forms.get(toks[k].low, ()):
                if not cue.tails:
                    return cue, k, ing
                for tail in cue.tails:
                    words = [w for w, _ in tail]
                    if [t.low for t in toks[k + 1 : k + 1 + len(words)]] == words:
                        return cue, k + len(words), ing
        return None

    def _english_verbs(self, s: Sentence, toks: list[Tok], add, taken) -> None:  # type: ignore[no-untyped-def]
        for k, t in enumerate(toks):
            if self._in_quote(t.start) or taken(t.start) or t.cap and t.start != s.start and k > 0:
                continue
            hit = self._cue_of(toks, k)
            if hit is None:
                continue
            cue, last, ing = hit
            left = self._skip_back(toks, k)
            prev = toks[k - 1].low if k else ""
            bare = t.low in self.nounlike and not ing
            singular = prev.endswith("'s") or not prev.endswith("s") and prev[:1].isalpha()
            if bare and left == k and singular and prev not in ("i", "we", "you", "they", "and"):
                continue  # 'the AP report', "Editor's note": a noun, where a verb would agree
            if k > 0 and (toks[k - 1].low in ("to", *self.det) or toks[k - 1].text.isdigit() and left == k):
                continue  # 'the claims', 'declined to say', '271 pledged delegates'
            chain = toks[left:k]
            neg = any(x.low in self.negation for x in chain)
            if neg and any(x.low in self.refusal for x in chain):
                continue  # 'would not say'
            c_start = t.start
            if neg:  # 'could not confirm', 'did not deny': the cue keeps its modal and negation
                c_start = next(x.start for x in chain if x.low not in self.time and not x.low.endswith("ly"))
            cue_span = (c_start, toks[last].end)
            source: tuple[int, int] | None = None
            content: tuple[int, int] | None = None
            confidence, direct = 0.8, False
            if ing:
                if k == 0 or toks[k - 1].text != ",":
                    continue
                # '..., saying that ...': the subject of the clause speaks
                mine = [f for f in self.found if f.sentence == s.index and f.source]
                if mine:
                    source = mine[-1].source
                else:
                    j = self._np_fwd(toks, 0)
                    source = (toks[0].start, toks[j - 1].end) if j > 0 and j < k else None
                content = self._english_complement(toks, last + 1, s, cue)
                confidence = 0.6
            else:
                subject = self._subject(toks, left)
                inverted = False
                if left > 0 and toks[left - 1].low in ("who", "which"):
                    subject = (left - 1, left)  # '..., who said that ...': the relative pronoun
                elif left > 1 and toks[left - 1].low in ("and", "then", "but"):
                    subject = self._first_subject(toks, left - 1)  # 'X praised Y and said ...'
                if (
                    subject is None
                    and left > 0
                    and (toks[left - 1].text == "," or toks[left - 1].text in QUOTE_CHARS)
                ):
                    j = self._np_fwd(toks, last + 1)
                    if j > last + 1 and self._closes(toks, j):
                        subject, inverted = (last + 1, j), True
                if subject is None:
                    continue
                a, b = subject
                source = (toks[a].start, toks[b - 1].end)
                after = b if inverted else last + 1
                ends = after
                if cue.frame == "object" and not inverted:
                    ends = self._np_fwd(toks, after)  # '"...," X told reporters.'
                head = a if not inverted else left
                fronted = self._clause_start(toks, head, s)
                clause = toks[
                    k : next((x for x in range(after, len(toks)) if toks[x].text == ","), len(toks))
                ]
                plain = not any(t.low in ("that", "whether") or t.text in QUOTE_CHARS + ":" for t in clause)
                quote_first = head > 0 and toks[head - 1].text in QUOTE_CHARS and plain
                previous = self._quote_before(s) if head == 0 and self._closes(toks, ends) else None
                if previous is not None:
                    content, direct, confidence = previous, True, 0.8  # '"Why?" \n Smith asked.'
                elif (
                    (self._closes(toks, ends) or quote_first)
                    and head > 0
                    and toks[head - 1].text in ",:" + QUOTE_CHARS
                    and not self._fronted_adverbial(fronted)
                ):
                    content = self._strip(fronted, toks[head - 1].end, " ,:")
                    whole = self._interrupted(content, toks, after, s)
                    direct = whole != content or self._quoted_whole(*content) is not None
                    content, confidence = whole, 0.9 if direct else 0.8
                else:
                    content = self._english_complement(toks, after, s, cue)
            if content is None or content[1] - content[0] < 3 or taken(content[0]):
                continue
            inner = self._quoted_whole(*content)
            typ = "direct" if inner or direct else ("mixed" if self._has_quote(*content) else "indirect")
            stance = cue.negated if neg else cue.stance
            add(
                _Found(
                    source,
                    cue_span,
                    inner or content,
                    typ,
                    stance,
                    confidence=confidence,
                    neutral=stance == "assert" and not neg,
                )
            )

    def _first_subject(self, toks: list[Tok], end: int) -> tuple[int, int] | None:
        """The subject opening the sentence, shared by a coordinated cue before toks[end]."""
        i = 0
        while i < end and (toks[i].low in self.function or not toks[i].text[0].isalnum()):
            if toks[i].low in self.pronoun:
                break
            i += 1
        j = self._np_fwd(toks, i)
        if j == i or j >= end or not toks[j].text[0].isalpha() or self._in_quote(toks[i].start):
            return None
        return i, j

    def _quote_before(self, s: Sentence) -> tuple[int, int] | None:
        """The inside of a bare quote sentence right before `s` in its paragraph ('"Why now?" Lee asked.'),
        taken back from a cueless continuation that claimed it."""
        if s.index == 0 or self.sentences[s.index - 1].paragraph != s.paragraph:
            return None
        p = self.sentences[s.index - 1]
        inner = self._quoted_whole(*self._strip(p.start, p.end, " "))
        if inner is None or self.text[inner[1] - 1 : inner[1] + 1].strip('”"')[-1:] not in "?!.":
            return None
        for f in self.found:
            if f.content == inner:
                if f.cue is not None:
                    return None
                self.found.remove(f)
        return inner

    def _fronted_adverbial(self, start: int) -> bool:
        """Whether the words before a subject are a fronted adverbial, not content ('Asked about the
        poll, Smith said ...', 'In a statement, ...')."""
        first = self.text[start : start + 40].split(maxsplit=1)
        word = first[0].lower().strip(",") if first else ""
        return word in self.fronted or word.endswith("ing") and word.isalpha()

    def _clause_start(self, toks: list[Tok], head: int, s: Sentence) -> int:
        """Where content before its cue starts: the sentence start, or after a ';' or an earlier cue."""
        start = s.start
        for f in self.found:
            if f.sentence == s.index and f.cue and f.cue[1] <= toks[head].start:
                start = max(start, f.cue[1], f.source[1] if f.source else 0)
        for t in toks[:head]:
            if t.text == ";" and not self._in_quote(t.start):
                start = max(start, t.end)
        return start

    def _interrupted(
        self, content: tuple[int, int], toks: list[Tok], after: int, s: Sentence
    ) -> tuple[int, int]:
        """'"A," she said, "B."': the quoted words from the first to the last, as one content."""
        first = self._quoted_whole(*content)
        rest = self.text[toks[after - 1].end : s.end]
        m = re.match(r"\s*,\s*(?=[“\"‘'])", rest)
        if first is None or m is None:
            return content
        qa = toks[after - 1].end + m.end()
        second = next(((a, b) for a, b in self.top if a == qa), None)
        if second is None or not re.fullmatch(r"[\s.!?]*", self.text[second[1] + 1 : s.end]):
            return content
        return self._strip(first[0], second[1], " ,")

    def _closes(self, toks: list[Tok], j: int) -> bool:
        """Whether nothing that could be content follows toks[j:] ('.', ', ...', 'in a statement.')."""
        if j >= len(toks) or toks[j].text in ".!?;,":
            return True
        if toks[j].low in self.time:
            rest = toks[j : j + 12]
            return not any(t.low in ("that", "whether") or t.text in QUOTE_CHARS + ":" for t in rest)
        return False

    def _english_complement(self, toks: list[Tok], i: int, s: Sentence, cue: Cue) -> tuple[int, int] | None:
        n = len(toks)
        end = self._english_content_end(toks, i, s)
        for x in range(i, min(n, i + 16)):
            t = toks[x]
            if self._in_quote(t.start):
                break
            if t.text == "," and x + 1 < n and toks[x + 1].cap and x > i and toks[x - 1].cap:
                continue  # 'told a town hall in Salem, New Hampshire, that'
            if t.text in "()":
                continue
            if t.low in ("that", "whether", "if") and (x == i or t.low != "if"):
                return self._strip(t.end, end, " ,.")
            if t.low in self.pronoun or t.low in self.aux and t.low not in self.time:
                break  # 'said she would jump to that conclusion': 'that' is no complementiser there
            if t.text in ":," and x + 1 < n and toks[x + 1].text in QUOTE_CHARS:
                return self._strip(t.end, end, " ,.")  # 'X said: "..."'
            if t.text == ":":
                return self._strip(t.end, end, " ,.")
            if not t.text[0].isalnum():
                break
        if cue.frame == "quote":
            return None
        j = i
        if cue.frame == "object":
            if i < n and toks[i].text in QUOTE_CHARS:
                title = next((b for a, b in self.top if a == toks[i].start), None)
                i = self._tok_after(toks, title + 1) if title else i  # 'told "Good Morning America" ...'
            j = self._np_fwd(toks, i)
            if j == i:
                return None
        while j < n and (toks[j].low in self.time and toks[j].cap or toks[j].low in ("yesterday", "today")):
            j += 1
        if j >= n or toks[j].low in self.time and toks[j].low not in self.function:
            return None  # 'told host Sean Hannity earlier this month'
        content = self._strip(toks[j].start, end, " ,.")
        body = self.text[content[0] : content[1]]
        if cue.frame == "quoted" and not any(c in body for c in QUOTE_CHARS if c != "'"):
            return None
        first = body.split()[0].lower() if body.split() else ""
        if first == "to" and cue.frame == "to" and len(body.split()) >= 3:
            return content  # 'promised to repair the cable'
        if len(body.split()) < (3 if cue.frame == "clause" else 2) or first in self.fronted | {"to", "of"}:
            return None  # 'said at a news conference', 'said as he left'
        return content

    def _english_content_end(self, toks: list[Tok], i: int, s: Sentence) -> int:
        """The sentence end, or a coordinated cue ('..., and added that ...', '... but Smith said ...')."""
        for x in range(i, len(toks) - 1):
            if self._in_quote(toks[x].start):
                continue
            if toks[x].text == "," and toks[x + 1].low in self.lex.by_finite and not toks[x + 1].cap:
                return toks[x].start  # '..., who told parliament that A, said B'
            if toks[x].text in "," + QUOTE_CHARS and toks[x + 1].low in self.lex.by_nonfinite:
                return toks[x].end if toks[x].text in QUOTE_CHARS else toks[x].start  # '..., saying that'
            if toks[x].low not in ("and", "but"):
                continue
            if x > i and toks[x - 1].text == ",":
                ahead = toks[x + 1 : x + 11]
                if any(t.low in self.lex.by_finite and not self._in_quote(t.start) for t in ahead):
                    return toks[x - 1].start  # '..., and the embassy repeated that ...'
            j = self._np_fwd(toks, x + 1)
            k = self._skip_back(toks, j) if j < len(toks) else j
            if j < len(toks) and toks[j].low in self.lex.by_finite and (j > x + 1 or k == j):
                return toks[x].start
        return s.end

    def _english_continuation(self, s: Sentence) -> None:
        """A bare quote right after an attribution in the same paragraph: the same speaker goes on."""
        prev = [f for f in self.found if self.sentences[f.sentence].paragraph == s.paragraph]
        if not prev or s.index - prev[-1].sentence > 3:
            return
        whole = self._quoted_whole(*self._strip(s.start, s.end, " "))
        if whole is None:
            return
        f = _Found(None, None, whole, "direct", "assert", resolve=False, confidence=0.6)
        f.resolved = self._resolve_en(prev[-1])
        f.sentence = s.index
        self.found.append(f)

    # -- resolution ------------------------------------------------------------------------------

    def _resolve_en(self, f: _Found) -> str | None:
        if f.resolve:
            f.resolve = False
            f.resolved = self._resolve_english_span(*f.source) if f.source else None
        return f.resolved

    def _resolve_english_span(self, a: int, b: int) -> str | None:
        toks = self._tokens(a, b)
        if not toks:
            return None
        if len(toks) == 1 and toks[0].low in self.pronoun:
            if toks[0].low in ("he", "she"):
                return self._person_before(a)
            return self._source_before(a)
        if len(toks) == 1 and toks[0].low in ("who", "which"):
            # '..., who said': the noun phrase before the comma
            before = self._tokens(max(0, a - 300), a)
            if len(before) > 1 and before[-1].text == ",":
                start = self._np_back(before, len(before) - 1)
                if start < len(before) - 1:
                    return self._resolve_english_span(before[start].start, before[-2].end)
            return None
        cut = next(
            (
                x
                for x, t in enumerate(toks)
                if x > 0
                and t.low in ("of", "for", "at", "from", "with", "in", "familiar", ",")
                and not (t.low == "of" and toks[x - 1].cap and x + 1 < len(toks) and toks[x + 1].cap)
            ),
            len(toks),
        )
        head = next((t for t in reversed(toks[:cut]) if t.text[0].isalnum()), toks[0])
        if (
            head.low in ("spokesman", "spokeswoman", "spokesperson")
            and cut < len(toks)
            and toks[cut].text != ","
        ):
            return self._resolve_english_span(toks[cut + 1].start, b)
        if cut < len(toks) and toks[cut].text == "," and not head.cap:
            # 'the defence minister, Marieke van den Berg,': the name in the apposition
            end = next((x for x in range(cut + 1, len(toks)) if toks[x].text == ","), len(toks))
            for i, j in self._runs(toks[cut + 1 : end]):
                name = self._name(toks[cut + 1 : end], i, j)
                if name and j == end - cut - 1:
                    return self._canonical(name, a)
        if head.low in self.lex.anonymous and (not head.cap or head is toks[0]):
            return None
        for i, j in reversed(self._runs(toks[:cut])):
            if j == cut or toks[j - 1] is head:
                name = self._name(toks, i, j)
                if name:
                    return self._canonical(name, a)
        words = [t.text for t in toks[:cut] if t.low not in self.det]
        return " ".join(words) or None

    def _person_before(self, pos: int) -> str | None:
        """The last named person before `pos`: a speaker or the subject of a sentence, else any."""
        speakers = [
            (g.source[0], g.resolved)
            for g in self.found
            if g.source
            and g.source[0] < pos
            and not g.resolve
            and g.resolved
            and any(g.resolved == name for _, name in self.persons)
        ]
        candidates = speakers + [(p, name) for p, name in self.subjects if p < pos]
        if candidates:
            return max(candidates, key=lambda c: c[0])[1]
        earlier = [name for p, name in self.persons if p < pos]
        return earlier[-1] if earlier else None

    def _source_before(self, pos: int) -> str | None:
        earlier = [g for g in self.found if g.source and g.source[0] < pos and not g.resolve and g.resolved]
        return max(earlier, key=lambda g: g.source[0] if g.source else 0).resolved if earlier else None


# what an outlet bases a report on that is no speaker: 'op basis van interne stukken', compounds too
# ('satellietbeelden', 'eigen controles')
# bodies whose spokesperson is written as one word ('legerwoordvoerder')
_SPOKEN_FOR = frozenset(
    "leger politie brandweer marine justitie defensie ministerie kabinet regering".split()
)
# documents whose author speaks through them ('volgens het rapport', 'in de verklaring')
_AUTHORED = frozenset("rapport verklaring studie analyse samenvatting brief persbericht notitie memo".split())
_DOCUMENTS = tuple(
    """stukken documenten document rapport rapporten cijfers beelden onderzoek gegevens data e-mails mails
    berichten informatie notulen brief brieven documents records figures footage report reports
    emails controles metingen analyse analyses berekeningen tellingen peilingen telemetrie""".split()
)
_NEGATORS = _NEGATION | {"niemand", "nergens", "geenszins", "allerminst"}


# the last word of an opinion's small clause: 'vindt de ophef overdreven', 'vindt het besluit terecht'
_VERDICT_WORDS = frozenset(
    """terecht onterecht overdreven overtrokken jammer goed slecht fout onzin prima logisch raar vreemd
    nodig onnodig zwak sterk hoog laag duur goedkoop weinig genoeg slap fair mooi positief negatief
    beperkt verantwoord onverantwoord achterhaald ongepast gepast misplaatst gerechtvaardigd ongehoord
    verdiend onverdiend geslaagd mislukt schande normaal abnormaal ok oké okay""".split()
)
_VERDICT_END = re.compile(r"(?:lijk|ig|baar|isch|ief|eel|aal|end|loos|zaam)$")


def _verdict(body: str) -> bool:
    """Whether what follows 'vindt' is a small clause with a verdict ('de ophef overdreven', 'het besluit
    'volkomen terecht'', 'het belangrijk dat ...', 'het een schande'), not what someone found ('het
    lichaam in een sloot', 'een dode kat voor zijn deur')."""
    part = re.split(r"\b(?:dat|of|om|als|omdat|want|maar|mits|zolang|wanneer)\b|[,;]", body)[0].split()
    if not part:
        return False
    if any(c in " ".join(part) for c in QUOTE_CHARS) or len(part) > 2 and part[1].lower() == "een":
        return True  # a quoted verdict ('de boete 'een fooi''), or 'het een schande'
    last = part[-1].lower()
    return (
        last in _VERDICT_WORDS
        or bool(_VERDICT_END.search(last))
        or len(part) > 2
        and part[-2].lower() in ("te", "zo", "erg", "heel", "nogal", "best", "zeer")
    )


def _tail_start(toks: list[Tok], cue: Cue, last: int) -> int:
    """Where the closing words of a split cue begin when they end at toks[last] ('van de hand' of 'wijst
    de kritiek van de hand'), else last + 1."""
    for tail in cue.tails:
        words = [w for w, _ in tail]
        if [x.low for x in toks[last + 1 - len(words) : last + 1]] == words:
            return last + 1 - len(words)
    return last + 1


def _in_relative(pre: list[Tok], x: int) -> bool:
    """Whether pre[x] lies inside a relative clause closed by a comma before the cue: ', die ... ,'."""
    opening = next(
        (y for y in range(x - 1, 0, -1) if pre[y - 1].text == "," and pre[y].low in ("die", "dat", "wie")),
        None,
    )
    return (
        opening is not None
        and not any(t.text == "," for t in pre[opening:x])
        and any(t.text == "," for t in pre[x + 1 :])
    )


def _negated_before(body: str, pos: int, window: int = 9) -> bool:
    """Whether one of the last few words before `pos`, in the same clause, is a negation."""
    clause = re.split(r"[.!?;:,]", body[:pos])[-1]
    return any(w.lower() in _NEGATORS for w in re.findall(r"\w+", clause)[-window:])


_WARNING = re.compile(r"(?i)(?:ge)?waarschuw")
_FORECAST = re.compile(r"(?i)\b(?:kan|kunnen|zal|zullen|zou|zouden|mogelijk|dreigt|dreigen|gaat|gaan)\b")


_PLANNED = re.compile(
    r"(?i)\b(?:wil|willen|gaat|gaan|zal|zullen|volgende (?:week|maand)|volgend jaar|vanaf|per \d|komende"
    r"|binnenkort|(?:in|eind|begin) (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
    r"|november|december|volgend jaar))\b"
)


def _stance_and_hedge(doc: _Doc, f: _Found) -> None:
    text = doc.text
    body = text[f.content[0] : f.content[1]]
    if f.neutral:
        for stance, pattern in doc.lex.content:
            m = pattern.search(body)
            if m:
                f.stance = stance
                # a negated charge is a denial: 'heeft de klanten op geen enkele manier benadeeld'
                if stance == "accuse" and _negated_before(body, m.start()):
                    f.stance = "deny"
                break
    # a warning of what will or may be is a prediction ('waarschuwt dat zulke pieken vaker zullen voorkomen');
    # one of what is so asserts ('waarschuwt dat mazelen geen onschuldige kinderziekte is')
    warning = f.cue is not None and _WARNING.match(text[f.cue[0] : f.cue[1]])
    if f.stance == "assert" and warning and _FORECAST.search(body):
        f.stance = "speculate"
    # what is made known as a plan is an announcement, like 'kondigde aan' ('maakte bekend dat het kabinet de
    # verkoop wil verbieden', '... volgende week het werk neerleggen'); a reported fact stays asserted
    announced = f.cue is not None and "bekend" in text[f.cue[0] : f.cue[1]].lower()
    if f.stance == "assert" and announced and _PLANNED.search(body):
        f.stance = "other"
    frame = ""
    if f.cue is not None:
        a = min(f.cue[0], f.source[0]) if f.source else f.cue[0]
        b = max(f.cue[1], f.source[1]) if f.source else f.cue[1]
        chars = list(text[a:b]) if not (f.content[0] < b and a < f.content[1]) else []
        for g in doc.found:  # what other attributions say is not this one's frame
            if g is not f and chars:
                for x in range(max(a, g.content[0]), min(b, g.content[1])):
                    chars[x - a] = " "
        frame = "".join(chars)
    hedge_text = body if f.type != "direct" else ""
    if any(h.search(hedge_text) for h in doc.lex.hedges) or any(h.search(frame) for h in doc.lex.hedges[:3]):
        f.hedged = True
    # reported with a cue, a 'zou' in indirect content is hearsay ('X zou Y zijn, meldt Z')
    if f.cue is not None and f.type in ("indirect", "according_to") and re.search(r"\bzou(den)?\b", body):
        f.hedged = True
    if f.stance == "speculate" and f.cue is not None and f.neutral is False:
        f.hedged = f.hedged and any(h.search(hedge_text) for h in doc.lex.hedges)


def _carry_stance(before: _Found | None, f: _Found) -> None:
    """A quotation a speaker adds right after denying or accusing, with a neutral cue, goes on denying or
    accusing: 'Lemmens betwist die metingen. „Er komt geen gram teer uit onze schoorsteen”, zegt hij'
    (the quote is the denial's ground, not a new assertion)."""
    if (
        before is None
        or f.stance != "assert"
        or not f.neutral
        or before.stance not in ("deny", "accuse")
        or f.sentence - before.sentence > 1
        or f.type != "direct"  # (reported speech after a denial often adds a fact: 'wijst erop dat')
    ):
        return
    if f.resolved and f.resolved == before.resolved:
        f.stance = before.stance


def find_attributions(text: str, language: str = "nl", learned_stance: bool = True) -> list[Attribution]:
    """The attributions in `text`, in order of their content. [] for a language without a cue lexicon
    (see supported_languages()); "nl-BE" reads as "nl". `learned_stance=False` keeps the rules' stance
    where the learned model (stance.py) would overrule it."""
    language = (language or "nl").split("-")[0].split("_")[0].lower()
    lex = _lexicon(language)
    learned = learned_stances.model(language) if learned_stance else None
    if lex is None or not text.strip():
        return []
    doc = _EnglishDoc(text, lex) if lex.wordorder == "svo" else _Doc(text, lex)
    found = doc.run()
    for f in found:
        # a quotation that belongs to an attribution nested in this one does not make this one mixed
        if f.type == "mixed":
            inner = [
                g
                for g in found
                if g is not f
                and f.content[0] <= g.content[0]
                and g.content[1] <= f.content[1]
                and g.content != f.content
            ]
            quotes = [(a, b) for a, b in doc.top if f.content[0] <= a and b < f.content[1]]
            if inner and all(
                any(g.content[0] - 1 <= a and b <= g.content[1] + 1 for g in inner) for a, b in quotes
            ):
                f.type = "indirect"
    out: list[Attribution] = []
    seen: set[tuple[tuple[int, int], tuple[int, int] | None]] = set()
    before: _Found | None = None
    before_rule: str | None = None  # the rules' stance of `before`
    earlier: list[tuple[str, str, str | None]] = []  # (content, rules' stance, resolved source) so far
    for f in sorted(found, key=lambda f: (f.content[0], f.content[1])):
        if (f.content, f.cue) in seen or f.content[1] <= f.content[0]:
            continue
        seen.add((f.content, f.cue))
        _stance_and_hedge(doc, f)
        _carry_stance(before, f)
        rule = f.stance
        cue = text[f.cue[0] : f.cue[1]] if f.cue else ""
        rumour = bool(re.search(r"(?i)\bgerucht|\bgefluisterd\b", cue))  # (stays speculation)
        negated = bool(re.search(r"(?i)\b(?:niet|geen|nooit)\b", cue))  # 'sluit niet uit': a guideline's rule
        if learned is not None and not rumour and not negated:
            body = text[f.content[0] : f.content[1]]
            same = bool(before is not None and f.resolved and f.resolved == before.resolved)
            texts = learned_stances.semantic_texts(text, f.content, f.source)
            names = [f.resolved or "", text[f.source[0] : f.source[1]] if f.source else ""]
            answering = learned_stances.answers(names, f.resolved, earlier)
            overruled = learned.overrule(
                body, cue, f.stance, f.type, f.hedged, before_rule, same, texts, answering
            )
            f.stance = overruled or f.stance
        before, before_rule = f, rule
        earlier.append((text[f.content[0] : f.content[1]], rule, f.resolved))
        out.append(
            Attribution(
                source=_span(text, f.source),
                source_resolved=f.resolved,
                cue=_span(text, f.cue),
                content=Span(f.content[0], f.content[1], text[f.content[0] : f.content[1]]),
                type=f.type,
                stance=f.stance,
                hedged=f.hedged,
                relayed_by=f.relayed_by,
                confidence=round(max(0.05, min(1.0, f.confidence)), 2),
            )
        )
    return out


def _span(text: str, span: tuple[int, int] | None) -> Span | None:
    if span is None:
        return None
    return Span(span[0], span[1], text[span[0] : span[1]])
