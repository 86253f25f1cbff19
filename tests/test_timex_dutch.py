"""Dutch time expressions against a day anchor: detection, TIMEX3 value and interval of calendar days.

The anchor is Wednesday 3 May 2023 unless a row says otherwise (ISO week 18 runs 1-7 May). Each row:
sentence, anchor, then the expected expressions as (text, type, value, earliest, latest).
"""

from __future__ import annotations

import pytest

from claimtrail.extract.timex import find_timexes
from claimtrail.model import PublishedDate

WED = "2023-05-03"
N = None


def day(text: str, d: str, type_: str = "DATE") -> tuple[str, str, str, str, str]:
    return (text, type_, d, d, d)


CASES = [
    # weekdays: the tense decides the direction
    ("Hij zei dinsdag dat hij stopt.", WED, [day("dinsdag", "2023-05-02")]),
    ("Het kabinet zal vrijdag een besluit nemen.", WED, [day("vrijdag", "2023-05-05")]),
    ("De Kamer debatteert donderdag over het plan.", WED, [day("donderdag", "2023-05-04")]),
    ("De politie heeft zondag twee mannen aangehouden.", WED, [day("zondag", "2023-04-30")]),
    ("De verdachte wordt woensdag voorgeleid.", WED, [day("woensdag", "2023-05-03")]),
    ("Afgelopen zondag won Ajax de beker.", WED, [day("Afgelopen zondag", "2023-04-30")]),
    ("Komende maandag begint de staking.", WED, [day("Komende maandag", "2023-05-08")]),
    ("Vorige week dinsdag werd hij gearresteerd.", WED, [day("Vorige week dinsdag", "2023-04-25")]),
    ("Dinsdag volgende week stemt de Kamer.", WED, [day("Dinsdag volgende week", "2023-05-09")]),
    ("Het schip ligt sinds zondag voor de kust.", WED, [day("zondag", "2023-04-30")]),
    ("Hij moet uiterlijk vrijdag reageren.", WED, [day("vrijdag", "2023-05-05")]),
    (
        "Maandagavond werd een man opgepakt.",
        WED,
        [("Maandagavond", "TIME", "2023-05-01TEV", "2023-05-01", "2023-05-01")],
    ),
    (
        "Zaterdagochtend ging het mis.",
        WED,
        [("Zaterdagochtend", "TIME", "2023-04-29TMO", "2023-04-29", "2023-04-29")],
    ),
    # the publication day and its neighbours
    ("Vandaag vergadert de raad.", WED, [day("Vandaag", "2023-05-03")]),
    ("Gisteren werd de man vrijgelaten.", WED, [day("Gisteren", "2023-05-02")]),
    ("Eergisteren brak er brand uit.", WED, [day("Eergisteren", "2023-05-01")]),
    ("Morgen beslist de rechter.", WED, [day("Morgen", "2023-05-04")]),
    ("De morgen begon rustig.", WED, []),
    ("Overmorgen komt hij terug.", WED, [day("Overmorgen", "2023-05-05")]),
    (
        "Vannacht is een vrouw overvallen.",
        WED,
        [("Vannacht", "TIME", "2023-05-02TNI", "2023-05-02", "2023-05-03")],
    ),
    ("Vanochtend werd een lichaam gevonden.", WED, [("Vanochtend", "TIME", "2023-05-03TMO", WED, WED)]),
    (
        "Gisteravond rond 22.00 uur werd geschoten.",
        WED,
        [
            ("Gisteravond", "TIME", "2023-05-02TEV", "2023-05-02", "2023-05-02"),
            ("22.00 uur", "TIME", "2023-05-02T22:00", "2023-05-02", "2023-05-02"),
        ],
    ),
    # nights are one expression, named by the evening they start, and cover two days
    (
        "In de nacht van dinsdag op woensdag vielen drones aan.",
        "2023-05-04",
        [("de nacht van dinsdag op woensdag", "TIME", "2023-05-02TNI", "2023-05-02", "2023-05-03")],
    ),
    (
        "In de nacht van 2 op 3 mei vielen drones aan.",
        "2023-05-10",
        [("de nacht van 2 op 3 mei", "TIME", "2023-05-02TNI", "2023-05-02", "2023-05-03")],
    ),
    (
        "De storing begon in de nacht van zaterdag op zondag rond 03.40 uur.",
        "2023-04-30",
        [
            ("de nacht van zaterdag op zondag", "TIME", "2023-04-29TNI", "2023-04-29", "2023-04-30"),
            ("03.40 uur", "TIME", "2023-04-30T03:40", "2023-04-30", "2023-04-30"),
        ],
    ),
    # weeks, months, years relative to the publication date
    (
        "Vorige week werden 40 mensen opgepakt.",
        WED,
        [("Vorige week", "DATE", "2023-W17", "2023-04-24", "2023-04-30")],
    ),
    ("Deze week viel veel regen.", WED, [("Deze week", "DATE", "2023-W18", "2023-05-01", "2023-05-07")]),
    (
        "Volgende week vergadert de raad.",
        WED,
        [("Volgende week", "DATE", "2023-W19", "2023-05-08", "2023-05-14")],
    ),
    (
        "Afgelopen weekend vielen twee doden.",
        WED,
        [("Afgelopen weekend", "DATE", "2023-W17-WE", "2023-04-29", "2023-04-30")],
    ),
    (
        "Vorige maand daalde de werkloosheid.",
        WED,
        [("Vorige maand", "DATE", "2023-04", "2023-04-01", "2023-04-30")],
    ),
    (
        "Eind vorige maand sloot de fabriek.",
        WED,
        [("Eind vorige maand", "DATE", "2023-04", "2023-04-19", "2023-04-30")],
    ),
    (
        "Eerder deze maand werd het bekend.",
        WED,
        [("Eerder deze maand", "DATE", "2023-05", "2023-05-01", WED)],
    ),
    ("Vorig jaar stegen de prijzen.", WED, [("Vorig jaar", "DATE", "2022", "2022-01-01", "2022-12-31")]),
    (
        "Het voorbije jaar was zwaar.",
        WED,
        [("Het voorbije jaar", "DATE", "2022", "2022-01-01", "2022-12-31")],
    ),
    (
        "Volgend jaar wordt de brug gesloopt.",
        WED,
        [("Volgend jaar", "DATE", "2024", "2024-01-01", "2024-12-31")],
    ),
    (
        "Drie weken geleden overleed de zanger.",
        WED,
        [("Drie weken geleden", "DATE", "2023-W15", "2023-04-10", "2023-04-16")],
    ),
    ("Twee dagen geleden werd hij gezien.", WED, [day("Twee dagen geleden", "2023-05-01")]),
    (
        "Over twee weken zijn de verkiezingen.",
        WED,
        [("twee weken", "DATE", "2023-W20", "2023-05-15", "2023-05-21")],
    ),
    # written dates: the year comes from the publication date, across year boundaries
    ("Op 30 december werd de man beroofd.", "2024-01-05", [day("30 december", "2023-12-30")]),
    ("Op 3 januari gaat de wet in.", "2023-12-20", [day("3 januari", "2024-01-03")]),
    ("Op 1 januari 2024 gaat de wet in.", WED, [day("1 januari 2024", "2024-01-01")]),
    ("De verkiezingen zijn op 22 november.", WED, [day("22 november", "2023-11-22")]),
    ("Tot en met 31 december kan men bezwaar maken.", WED, [day("31 december", "2023-12-31")]),
    ("Dinsdag 2 mei werd de man opgepakt.", WED, [day("Dinsdag 2 mei", "2023-05-02")]),
    ("Van 3-5 mei is het festival.", WED, [("3-5 mei", "DATE", "2023-05-XX", "2023-05-03", "2023-05-05")]),
    (
        "Sinds februari is de prijs verdubbeld.",
        WED,
        [("februari", "DATE", "2023-02", "2023-02-01", "2023-02-28")],
    ),
    ("Begin juni gaat de wet in.", WED, [("Begin juni", "DATE", "2023-06", "2023-06-01", "2023-06-12")]),
    (
        "Maart vorig jaar was er een aanslag.",
        WED,
        [("Maart vorig jaar", "DATE", "2022-03", "2022-03-01", "2022-03-31")],
    ),
    ("In december werd de brug geopend.", WED, [("december", "DATE", "2022-12", "2022-12-01", "2022-12-31")]),
    ("In 2022 werden 500 mensen gearresteerd.", WED, [("2022", "DATE", "2022", "2022-01-01", "2022-12-31")]),
    (
        "In 2022 en 2023 daalde het aantal.",
        WED,
        [
            ("2022", "DATE", "2022", "2022-01-01", "2022-12-31"),
            ("2023", "DATE", "2023", "2023-01-01", "2023-12-31"),
        ],
    ),
    (
        "In het eerste kwartaal van 2023 groeide de economie.",
        WED,
        [("het eerste kwartaal van 2023", "DATE", "2023-Q1", "2023-01-01", "2023-03-31")],
    ),
    ("In week 18 is het meivakantie.", WED, [("week 18", "DATE", "2023-W18", "2023-05-01", "2023-05-07")]),
    (
        "In de jaren negentig groeide de stad.",
        WED,
        [("de jaren negentig", "DATE", "199", "1990-01-01", "1999-12-31")],
    ),
    (
        "In de twintigste eeuw werd veel gebouwd.",
        WED,
        [("de twintigste eeuw", "DATE", "19", "1900-01-01", "1999-12-31")],
    ),
    (
        "In de zomer werd het project afgerond.",
        WED,
        [("de zomer", "DATE", "2022-SU", "2022-06-01", "2022-08-31")],
    ),
    (
        "Deze zomer wordt het project afgerond.",
        WED,
        [("Deze zomer", "DATE", "2023-SU", "2023-06-01", "2023-08-31")],
    ),
    # holidays by rule
    ("Koningsdag 2025 wordt groots gevierd.", WED, [day("Koningsdag 2025", "2025-04-26")]),
    ("Op Koningsdag 2014 was het druk.", WED, [day("Koningsdag 2014", "2014-04-26")]),
    ("Op Koningsdag 2023 was het koud.", WED, [day("Koningsdag 2023", "2023-04-27")]),
    ("De parade op de Dag van de Overwinning gaat door.", WED, [day("Dag van de Overwinning", "2023-05-09")]),
    (
        "Met Pasen 2024 is de winkel dicht.",
        WED,
        [("Pasen 2024", "DATE", "2024-03-31", "2024-03-31", "2024-04-01")],
    ),
    ("Goede Vrijdag 2024 valt vroeg.", WED, [day("Goede Vrijdag 2024", "2024-03-29")]),
    ("Met Kerstmis gaan we naar huis.", WED, [day("Kerstmis", "2023-12-25")]),
    ("Met Kerstmis waren we thuis.", WED, [day("Kerstmis", "2022-12-25")]),
    (
        "Pinksteren valt dit jaar laat.",
        WED,
        [
            ("Pinksteren", "DATE", "2023-05-28", "2023-05-28", "2023-05-29"),
            ("dit jaar", "DATE", "2023", "2023-01-01", "2023-12-31"),
        ],
    ),
    (
        "Prinsjesdag is dit jaar op dinsdag 19 september.",
        WED,
        [
            day("Prinsjesdag", "2023-09-19"),
            ("dit jaar", "DATE", "2023", "2023-01-01", "2023-12-31"),
            day("dinsdag 19 september", "2023-09-19"),
        ],
    ),
    # anaphora: counted from the last date in the text
    (
        "Op 2 mei werd hij opgepakt. Twee dagen later kwam hij vrij.",
        WED,
        [day("2 mei", "2023-05-02"), day("Twee dagen later", "2023-05-04")],
    ),
    (
        "Op 2 mei werd hij opgepakt. Een dag eerder was hij nog gezien.",
        WED,
        [day("2 mei", "2023-05-02"), day("Een dag eerder", "2023-05-01")],
    ),
    (
        "Op 9 mei is er een parade. Die dag is een feestdag.",
        WED,
        [day("9 mei", "2023-05-09"), day("Die dag", "2023-05-09")],
    ),
    # clock times
    (
        "Om 10 uur 's ochtends ging het alarm af.",
        WED,
        [("10 uur 's ochtends", "TIME", "2023-05-03T10:00", WED, WED)],
    ),
    ("De brand brak om 14.30 uur uit.", WED, [("14.30 uur", "TIME", "2023-05-03T14:30", WED, WED)]),
    ("De wedstrijd begint om 20u45.", WED, [("20u45", "TIME", "2023-05-03T20:45", WED, WED)]),
    # durations, sets, present/past/future references
    ("De operatie duurde 24 uur.", WED, [("24 uur", "DURATION", "PT24H", N, N)]),
    ("Hij kreeg drie jaar cel.", WED, [("drie jaar", "DURATION", "P3Y", N, N)]),
    # regressions from the held-out set: "anderhalf uur" is not "half uur"; ages are not durations
    ("Het duurde ruim anderhalf uur.", WED, [("ruim anderhalf uur", "DURATION", "PT90M", N, N)]),
    ("Mensen van 60 jaar en ouder krijgen een prik.", WED, []),
    ("Kinderen onder de 12 jaar mogen gratis naar binnen.", WED, []),
    ("Ze is 40 jaar oud.", WED, []),
    ("De wapenstilstand duurde anderhalf jaar.", WED, [("anderhalf jaar", "DURATION", "P18M", N, N)]),
    (
        "De voorbije maanden vlogen kantoren in brand.",
        WED,
        [("De voorbije maanden", "DURATION", "PXM", N, N)],
    ),
    (
        "De afgelopen drie jaar groeide het bedrijf.",
        WED,
        [("De afgelopen drie jaar", "DURATION", "P3Y", N, N)],
    ),
    ("Hij zit al jaren vast.", WED, [("jaren", "DURATION", "PXY", N, N)]),
    ("De brand woedde urenlang.", WED, [("urenlang", "DURATION", "PTXH", N, N)]),
    ("Elke dag worden tien mensen ziek.", WED, [("Elke dag", "SET", "P1D", N, N)]),
    ("De bus rijdt twee keer per week.", WED, [("per week", "SET", "P1W", N, N)]),
    ("Het blad verschijnt wekelijks.", WED, [("wekelijks", "SET", "P1W", N, N)]),
    ("Iedere maandag is er markt.", WED, [("Iedere maandag", "SET", "XXXX-WXX-1", N, N)]),
    ("Onlangs werd bekend dat hij ziek is.", WED, [("Onlangs", "DATE", "PAST_REF", N, WED)]),
    ("Binnenkort volgt meer nieuws.", WED, [("Binnenkort", "DATE", "FUTURE_REF", WED, N)]),
    ("Tot nu toe is er niets gevonden.", WED, [("nu", "DATE", "PRESENT_REF", WED, WED)]),
    # numbers that are no time
    ("Er zijn 2000 soldaten ingezet.", WED, []),
    ("Voor 2000 euro koop je een fiets.", WED, []),
    ("De 300 kilometer lange grens wordt bewaakt.", WED, []),
    ("Een 34-jarige man raakte gewond.", WED, []),
    ("De wapenstilstand houdt stand.", WED, []),
    ("Lees meer op nu.nl over de zaak.", WED, []),
]


@pytest.mark.parametrize(("sentence", "anchor", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_dutch_expression(sentence: str, anchor: str, expected: list[tuple[str, ...]]) -> None:
    found = find_timexes(sentence, PublishedDate.parse(anchor), "nl")
    got = [(t.text, t.type, t.value, t.earliest, t.latest) for t in found]
    assert got == expected


def test_offsets_point_at_the_text() -> None:
    text = "Rotterdam werd dinsdag getroffen door een storm, meldde de gemeente woensdag."
    for t in find_timexes(text, PublishedDate.parse(WED)):
        assert text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Over heel 2023 steeg de index met 14 procent.", [("2023", "DATE", "2023")]),
        (
            "Het museum is open van 9.00 tot 17.00 uur.",
            [("9.00", "TIME", "2023-05-03T09:00"), ("17.00 uur", "TIME", "2023-05-03T17:00")],
        ),
        ("De formatie kan maanden duren.", [("maanden", "DURATION", "PXM")]),
        ("In de maanden mei en juni is het druk.", [("mei", "DATE", "2023-05"), ("juni", "DATE", "2023-06")]),
        ("Over 2000 mensen werden geëvacueerd.", []),
        (
            "Zondagavond brak brand uit. De brandweer was er om 21.30 uur.",
            [("Zondagavond", "TIME", "2023-04-30TEV"), ("21.30 uur", "TIME", "2023-04-30T21:30")],
        ),
        ("Het kabinet besloot de accijns per 1 juli te verhogen.", [("1 juli", "DATE", "2023-07-01")]),
        (
            "Eind vorig jaar werd 8 ton gevonden. Het jaar daarvoor was dat 5 ton.",
            [("Eind vorig jaar", "DATE", "2022"), ("Het jaar daarvoor", "DATE", "2021")],
        ),
        ("Het bouwwerk kwam drie jaar later dan gepland af.", [("drie jaar", "DURATION", "P3Y")]),
        ("De auto reed 110 kilometer per uur.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else None,
)
def test_dutch_news_phrasing(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    found = find_timexes(sentence, PublishedDate.parse(WED), "nl")
    assert [(t.text, t.type, t.value) for t in found] == expected


@pytest.mark.parametrize("text", ["Dat gebeurde 4000 jaar geleden.", "Over 9000 jaar is alles anders."])
def test_a_date_outside_the_calendar_is_left_unresolved_not_a_crash(text: str) -> None:
    # regression: 'jaar geleden' past year 1 raised ValueError and aborted the article (bench, 2026-11-26)
    found = find_timexes(text, PublishedDate.parse("2019-06-01"), "nl")
    assert all(t.earliest is None or t.earliest.year >= 1 for t in found)
