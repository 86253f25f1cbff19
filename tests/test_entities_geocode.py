"""Offline geocoding: known places to coordinates and country; "unknown" rather than a guess."""

from __future__ import annotations

import pytest

from claimtrail.link.geocode import geocode

FOUND = [
    # name, countries of context, expected country, lat, lon (None: a country, no point)
    ("Moskou", (), "RU", 55.75, 37.62),
    ("Moscow", (), "RU", 55.75, 37.62),
    ("Belgorod", (), "RU", 50.60, 36.58),
    ("Kiev", (), "UA", 50.45, 30.52),
    ("Kyiv", (), "UA", 50.45, 30.52),
    ("Kyjiv", (), "UA", 50.45, 30.52),
    ("Den Haag", (), "NL", 52.08, 4.30),
    ("The Hague", (), "NL", 52.08, 4.30),
    ("Washington", (), "US", 38.90, -77.04),
    ("Londen", (), "GB", 51.51, -0.13),
    ("London", (), "GB", 51.51, -0.13),
    ("het Kremlin", (), "RU", 55.75, 37.62),
    ("Bachmoet", (), "UA", 48.59, 38.00),
    ("Grajvoron", (), "RU", 50.48, 35.68),
    ("Graivoron", (), "RU", 50.48, 35.68),
    ("Kozinka", ("RU",), "RU", 50.46, 35.60),  # a village: only with the article's context
    ("Odesa", (), "UA", 46.48, 30.73),
    ("Oekraïne", (), "UA", None, None),
    ("Rusland", (), "RU", None, None),
]


@pytest.mark.parametrize(("name", "countries", "country", "lat", "lon"), FOUND)
def test_geocode_known_places(
    name: str, countries: tuple[str, ...], country: str, lat: float | None, lon: float | None
) -> None:
    place = geocode(name, countries=countries, language="nl")
    assert place.found, place.reason
    assert place.country == country
    if lat is None:
        assert place.lat is None and place.lon is None
    else:
        assert place.lat == pytest.approx(lat, abs=0.02) and place.lon == pytest.approx(lon, abs=0.02)


@pytest.mark.parametrize(
    ("name", "countries", "reason"),
    [
        ("Springfield", (), "ambiguous"),  # several US cities of similar size
        ("Xqzzyville", (), "not in the knowledge base"),
        ("Kozinka", (), "too small to place without context"),
        ("Kozinka", ("NL",), "too small to place without context"),  # a hint elsewhere decides nothing
        ("het regime in Kiev", (), "not in the knowledge base"),  # a government, not a place
    ],
)
def test_geocode_says_unknown_rather_than_guess(name: str, countries: tuple[str, ...], reason: str) -> None:
    place = geocode(name, countries=countries)
    assert not place.found
    assert place.reason == reason
    assert place.lat is None and place.country is None


def test_context_picks_the_namesake_in_the_article_countries() -> None:
    assert geocode("Springfield", countries=["us"]).found  # most populous in context
    assert geocode("Moscow", countries=["US"]).country == "US"  # Moscow, Idaho, for a US local story
    assert geocode("Washington", countries=["GB"]).country == "GB"
    assert geocode("Moskou", countries=["UA"]).country == "RU"  # no Moskou in context: the usual rules
