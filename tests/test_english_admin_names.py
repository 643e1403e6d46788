"""English names of first-level regions (``veille.geo.build.english_name``), shown in records'
``admin1``: analysts read "North Kivu", not the Swahili "Kivu ya Node"."""

from __future__ import annotations

import pytest

from veille.geo.build import english_name


@pytest.mark.parametrize(
    "official,aliases,expected",
    [
        # an English alias that is not itself another language's words
        ("Nord-Kivu", ["Kivu ya Node", "Kivu ya Nole", "Mkoa wa Kivu Kaskazini", "North Kivu"], "North Kivu"),
        ("Genève", ["Canton of Geneva", "Geneva"], "Geneva"),
        # English words around the official name's own proper name
        ("Kalimantan Tengah", ["Central Kalimantan", "Provinsi Kalimantan Tengah"], "Central Kalimantan"),
        (
            "Shabeellaha Hoose",
            ["Lower Shabeelle", "Shabeele Hoose Region", "Shabeelle Hoose"],
            "Lower Shabeelle",
        ),
        # names already English, or proper names of no language, stay
        ("South Carolina", ["Carolina del Sur", "Caroline du Sud"], "South Carolina"),
        ("City of Kigali", ["Ville de Kigali", "Umujyi wa Kigali"], "City of Kigali"),
        ("Wardak", ["Maidan Wardak Province"], "Wardak"),
        # a shortening in another language is no English name
        ("Distrito Nacional", ["Nacional", "Santo Domingo"], "Santo Domingo"),
        # a name romanised from another script is written without its marks; an English alias
        # that is only a part of it, or a numbered description, is no English name of it
        ("Rājasthān", [], "Rajasthan"),
        ("Gədəbəy", ["Gadabay District"], "Gadabay"),
        ("Jammu and Kashmīr", ["Kashmir", "State of Jammu and Kashmīr"], "Jammu and Kashmir"),
        ("\u2018Adan", ["Aden", "Aden Governorate", "First Governorate", "Governorate Number One"], "Aden"),
        # ... while a translation stays, and letters of a Latin alphabet stay
        ("Al Q\u0101hirah", ["Cairo", "Cairo Governorate"], "Cairo"),
        ("Kärnten", [], "Kärnten"),
        ("Baden-Württemberg", [], "Baden-Württemberg"),
    ],
)
def test_english_name_of_a_region(official: str, aliases: list[str], expected: str) -> None:
    assert english_name(official, aliases) == expected
