"""Stance from the content under a neutral cue ('zegt', 'volgens', 'aldus', a continued quote): the
content rows of cues_nl.tsv. One invented sentence per row, with the stance of the last attribution in it
(eval/gold/attributions/GUIDELINES.md: denial, blame, demands and promises, possibility and doubt in the
content set the stance whatever the neutral verb; plain statements stay 'assert'). These pin the rules,
so the learned model (test_stance_model.py) is off."""

from __future__ import annotations

import pytest

from claimtrail.extract.attributions import find_attributions

CASES = [
    # accuse: evasion ('zich verschuilen achter')
    ("“De minister verschuilt zich achter dat rapport”, zei het Kamerlid.", "accuse"),
    # deny: the content rejects a claim or involvement
    ("De wethouder zegt dat die beschuldiging nergens op slaat en volstrekt onterecht is.", "deny"),
    ("“Dat klopt gewoon niet”, zei de directeur van het zwembad.", "deny"),
    ("Volgens de club is er geen sprake van omkoping.", "deny"),
    ("De meubelmaker zegt 'nooit te hebben beweerd' dat alles met de hand is beschilderd.", "deny"),
    ("De trainer zei: “Ik heb niemand geschopt of uitgescholden.”", "deny"),
    ("“Wij hebben nooit geld van de stichting ontvangen”, aldus de penningmeester.", "deny"),
    ("De advocaat van de verdachte zegt dat zijn cliënt niets met de inbraak te maken heeft.", "deny"),
    ("De rector laat weten dat het verhaal over de examenfraude onjuist is.", "deny"),
    ("Volgens de advocaat is zijn cliënt ten onrechte aangehouden.", "deny"),
    ("De minister zegt dat hij van niets wist.", "deny"),
    ("De stichting laat weten dat er geen enkel bewijs is voor fraude.", "deny"),
    ("Het ministerie laat weten dat de berichtgeving niet strookt met de feiten.", "deny"),
    ("“Er is nooit sprake geweest van een geheime afspraak”, zegt de gedeputeerde.", "deny"),
    # a negated charge is a denial, not an accusation
    ("“Wij hebben de klanten op geen enkele manier benadeeld”, aldus de bank.", "deny"),
    ("De school zegt dat de klachten van de ouders niet zijn genegeerd.", "deny"),
    # ... also when the negation stands further back in the clause
    ("“Er is nooit een instructie geweest om dossiers bewust te laten liggen”, zegt de dienst.", "deny"),
    # regression: the te-infinitive in 'niets te verwijten' was read as a second, accusing cue
    ("De gedeputeerde zegt dat de provincie zich niets te verwijten heeft.", "deny"),
    # the speaker's own side with a negation, and a threat of countermeasures
    ("“We hebben geen informatie over die aanslag”, zei de woordvoerder van de regering.", "deny"),
    ("De minister zegt dat zijn land geen wapens aan de rebellen levert.", "deny"),
    ("Het ministerie behoudt zich naar eigen zeggen het recht voor om tegenmaatregelen te nemen.", "other"),
    ("Volgens de regering heeft de buurstaat vannacht een aanval op de hoofdstad uitgevoerd.", "accuse"),
    ("„Dit was geen ongeluk”, zegt de vissersbond over de aanvaring.", "accuse"),
    # no indications that, cannot establish, no conclusions before the inquiry: doubt
    ("De veiligheidsdienst zegt 'geen aanwijzingen' te hebben dat de man spioneerde.", "doubt"),
    ("„We kunnen op dit moment niet vaststellen wie als eerste schoot”, zegt de missie.", "doubt"),
    ("„We wachten het onderzoek af voordat we conclusies trekken”, zegt de woordvoerder.", "doubt"),
    ("De hoofdredacteur zegt dat er geen aanwijzingen zijn voor montage.", "assert"),
    # the charge called disinformation or a set-up, the rules said to be followed: deny
    ("De ambassade zegt dat het verhaal pure desinformatie is.", "deny"),
    ("Volgens de partij zijn de berichten uit hun context gerukt.", "deny"),
    ("De gemeente zegt dat alle regels zijn gevolgd.", "deny"),
    ("De onderzoeker zegt dat desinformatie op sociale media een grote rol speelt.", "assert"),
    ("Volgens de minister handelden de daders in opdracht van de buurstaat.", "accuse"),
    # accuse: the content blames a party for wrongdoing
    ("De ouders zeggen dat het bestuur de klachten over pesten heeft genegeerd.", "accuse"),
    ("“De gemeente heeft ons in de steek gelaten”, zegt een bewoner van de Dijkstraat.", "accuse"),
    ("Volgens de vakbond had de directie veel eerder moeten ingrijpen.", "accuse"),
    ("De accountant zegt dat de oud-directeur geld van de zorginstelling heeft verduisterd.", "accuse"),
    ("De oppositie noemt de gang van zaken “een schande voor de stad”.", "accuse"),
    ("Volgens de vakbond heeft het bedrijf de cao geschonden.", "accuse"),
    ("De bewoners zeggen dat de woningcorporatie hen aan hun lot heeft overgelaten.", "accuse"),
    ("Volgens de rekenkamer heeft de provincie miljoenen verspild.", "accuse"),
    ("“Deze club heeft zijn eigen supporters verraden”, zegt een supporter.", "accuse"),
    ("De buurtbewoners noemen de aanpak van de gemeente “amateuristisch”.", "accuse"),
    ("“Het college heeft de signalen van de brandweer in de wind geslagen”, zegt het raadslid.", "accuse"),
    ("De huurders zeggen dat de verhuurder veel te laat heeft gereageerd op de lekkage.", "accuse"),
    ("De oppositie zegt dat de wet een poging van het kabinet is om critici de mond te snoeren.", "accuse"),
    # other: demands, calls, promises and threats
    ("De bewoners zeggen dat het college de verkeersdrempels moet terugplaatsen.", "other"),
    ("“We gaan alle gedupeerden volledig compenseren”, zegt de topman van het energiebedrijf.", "other"),
    ("“Komt er geen oplossing, dan leggen we het werk neer”, aldus de ondernemingsraad.", "other"),
    ("De burgemeester zei: “Wie hier nog één keer vuurwerk afsteekt, krijgt een fikse boete.”", "other"),
    ("De bond zegt dat hij desnoods naar de rechter stapt.", "other"),
    ("“Wie de regels overtreedt, verliest zijn vergunning”, zegt de burgemeester.", "other"),
    # speculate and doubt
    ("De brandweer zegt dat de brand mogelijk is aangestoken.", "speculate"),
    ("“Misschien is de leiding door de vorst gesprongen”, zegt de loodgieter.", "speculate"),
    ("Volgens de onderzoeker is het niet uitgesloten dat het virus zich verder verspreidt.", "speculate"),
    ("Een nieuwe brug is volgens de wethouder „niet op voorhand uitgesloten”.", "speculate"),
    ("Volgens de inspectie kan een lek 'niet worden uitgesloten'.", "speculate"),
    ("“Het zou niet de eerste keer zijn dat de kade hier overstroomt”, zegt de havenmeester.", "speculate"),
    ("De wethouder zegt dat het nog onduidelijk is of de subsidie wordt verlengd.", "doubt"),
    ("“Ik betwijfel of de nieuwe regels iets uithalen”, zegt de econoom.", "doubt"),
    ("“Ik weet niet of de brug op tijd klaar is”, zegt de aannemer.", "doubt"),
    ("De econoom zegt dat hij er weinig vertrouwen in heeft dat de inflatie snel daalt.", "doubt"),
    ("Volgens de deskundige valt niet te zeggen of de brug veilig is.", "doubt"),
    ("De hoogleraar zegt dat het zeer de vraag is of de maatregel effect heeft.", "doubt"),
    ("De havenmeester verwacht niet dat de kade voor de zomer klaar is.", "doubt"),
    # blame without a charge verb: knowing, deliberate, by contrast, charged words
    ("“Iedereen op de afdeling wist het al maanden”, zegt de oud-medewerker.", "accuse"),
    ("“Dat is geen flexibiliteit, dat is uitbuiting”, zegt de vakbondsman.", "accuse"),
    ("De oppositie noemt het plan „een verkapte onteigening”.", "accuse"),
    # calls, advice and announced measures are 'other'
    ("“Ik vraag iedereen om kalm te blijven”, zegt de burgemeester.", "other"),
    ("De minister laat weten dat de ophokplicht voor het hele land wordt ingesteld.", "other"),
    ("De directeur noemt de kritiek „een misverstand”.", "deny"),
    ("“Wij hebben niets te verbergen”, zegt de voorzitter.", "deny"),
    ("“Dat is meerdere keren gemeld, maar er gebeurde niets”, zegt de buurman.", "accuse"),
    ("Volgens de directeur zijn alle machines vorige maand nog gecontroleerd.", "deny"),
    ("“Wij hoorden pas op 1 augustus van de eerste melding”, aldus de woordvoerder.", "deny"),
    ("“We doen er alles aan om een tweede uitbraak te voorkomen”, zegt de burgemeester.", "other"),
    # a rebuttal is a denial
    ("De gemeente zegt dat het waarschuwingssysteem naar behoren heeft gewerkt.", "deny"),
    ("“Er is nog niets besloten over de sluiting”, zegt de woordvoerder.", "deny"),
    ("“Wij hebben wel degelijk gecorrigeerd voor leeftijd”, zegt de onderzoeker.", "deny"),
    # doubt: evidence found wanting
    ("De patholoog zegt dat de doodsoorzaak niet meer vast te stellen is.", "doubt"),
    ("“Die ene meting bewijst niets”, zegt de hoogleraar.", "doubt"),
    ("“Dat geloven wij niet meer”, zegt de voorzitter van de huurdersvereniging.", "doubt"),
    # deny: the charge called a fiction; a lawyer on the client
    ("De burgemeester noemt het verhaal over de villa ‘pure fantasie’.", "deny"),
    ("“Mijn cliënt is geen oplichter”, zei advocaat Mark de Boer.", "deny"),
    # accuse: nothing done with a warning; theft
    ("“We hebben de gemeente gewaarschuwd. Er is nooit iets mee gedaan”, zegt de bewoner.", "accuse"),
    ("“Dit is gewoon diefstal”, zegt de schoonmaker over het ingehouden loon.", "accuse"),
    # other: a promise to cooperate
    ("De eigenaar laat weten volledig mee te werken aan het onderzoek.", "other"),
    # plain statements stay assert
    ("De directeur zegt dat de school volgend jaar tweehonderd leerlingen heeft.", "assert"),
    ("“We kunnen het zwembad in de zomer langer openhouden”, zegt de beheerder.", "assert"),
    ("Volgens de politie had de bestuurder geen rijbewijs toen hij naar Spanje vertrok.", "assert"),
    ("De bewoner zegt dat er al jaren niemand meer in het pand woont.", "assert"),
    ("“Als het regent, gaan de wedstrijden gewoon door”, zegt de voorzitter.", "assert"),
    ("De wethouder zegt dat de nieuwe brug in 2028 klaar moet zijn.", "assert"),
    ("De onderzoeker zegt dat de schuld van huishoudens is gestegen.", "assert"),
    ("De boer zegt dat hij nooit eerder zo’n droge zomer heeft meegemaakt.", "assert"),
    ("Volgens de verzekeraar vergoedt de polis geen schade door overstromingen.", "assert"),
]


@pytest.mark.parametrize(("text", "stance"), CASES, ids=[c[0][:48] for c in CASES])
def test_content_sets_the_stance_of_a_neutral_cue(text: str, stance: str) -> None:
    found = find_attributions(text, "nl", learned_stance=False)
    assert found, "no attribution found"
    assert found[-1].stance == stance


def stance_of(text: str) -> str:
    """The stance of the one attribution in `text`."""
    (a,) = find_attributions(text, "nl", learned_stance=False)
    return a.stance


def test_a_warning_of_what_is_asserts_of_what_will_be_predicts_and_of_rash_conclusions_doubts() -> None:
    assert stance_of("De GGD waarschuwt dat mazelen geen onschuldige kinderziekte is.") == "assert"
    assert stance_of("Het KNMI waarschuwt dat zulke buien vaker zullen voorkomen.") == "speculate"
    assert stance_of("De onderzoeker waarschuwt voor voorbarige conclusies.") == "doubt"


def test_a_plan_made_known_is_an_announcement_a_fact_made_known_is_asserted() -> None:
    assert stance_of("Het kabinet wil de verkoop verbieden. Dat maakte de minister bekend.") == "other"
    assert stance_of("Alle legkippen op het bedrijf zijn geruimd. Dat maakte de NVWA bekend.") == "assert"


def test_a_must_of_the_past_or_of_the_speakers_own_is_no_demand() -> None:
    assert stance_of("„Ik heb het nieuws uit de krant moeten vernemen”, zegt de burgemeester.") == "assert"
    assert stance_of("„Meer zit er niet in zonder dat we lijnen moeten schrappen”, zegt hij.") == "assert"
    assert stance_of("„De regering moet ingrijpen”, zegt de burgemeester.") == "other"


def test_can_of_ability_asserts_can_of_what_may_happen_speculates() -> None:
    assert stance_of("„Lissabonners kunnen geen huis meer betalen”, zei de minister.") == "assert"
    assert stance_of("De directeur benadrukt dat het boek gewoon kan worden gereserveerd.") == "assert"
    assert stance_of("De onderzoeker wijst erop dat bij de reparatie olie kan vrijkomen.") == "speculate"
    assert stance_of("De minister zegt dat de verbinding al eerder hersteld zou kunnen zijn.") == "speculate"


def test_the_speakers_own_next_step_in_reported_speech_is_other() -> None:
    assert stance_of("De provincie zegt het verzoek 'zorgvuldig' te zullen bekijken.") == "other"
    assert stance_of("De minister laat weten dat ze de fusie zal goedkeuren.") == "other"
    assert stance_of("De veiligheidsregio laat weten dat er een onafhankelijk onderzoek komt.") == "other"
    assert stance_of("De bond zegt dat de lonen vorig jaar met drie procent stegen.") == "assert"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # studying, awaiting or talking first: the speaker's next step
        ("Het Zorginstituut laat weten de studie eerst grondig te willen bestuderen.", "other"),
        ("Minister Verhaert laat weten dat ze de resultaten van de VMM afwacht.", "other"),
        ("Dekzorg zegt open te staan voor een gesprek.", "other"),
        # a charge called premature, overblown or a distortion, or the rules said to be met in full
        ("Quispe noemde die smokkelverhalen 'sterk overdreven'.", "deny"),
        ("Peeters noemt dat 'een vertekend beeld'.", "deny"),
        ("De woordvoerster noemt die berichten 'voorbarig'.", "deny"),
        ("De FIA liet weten dat de barrière aan alle veiligheidseisen voldoet.", "deny"),
        # kept in the dark, never asked, or wronged as a system
        (
            "Volgens Hulsman heeft de gemeente de inwoners 'pas op het allerlaatste moment' ingelicht.",
            "accuse",
        ),
        ("Hij stelt dat de bewoners 'nooit om hun mening gevraagd' zijn.", "accuse"),
        ("De bond zegt dat de keten stelselmatig te weinig betaalt.", "accuse"),
    ],
)
def test_content_rows_of_the_lexicon_set_the_stance_under_a_neutral_cue(text: str, stance: str) -> None:
    assert stance_of(text) == stance
