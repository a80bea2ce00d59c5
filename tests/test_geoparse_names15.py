"""geoparse() on names and endings a round-15 audit of the gazetteer's forms found missing.

The audit generated, for the region's names, every case ending and script variant the
seven languages write (tests of its own, not taken from articles): the forms below were
not found. Each test asserts the form is found and a form beside it still holds.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Azerbaijani terminative "up to" (-dək after the dative), in both harmonies
        (
            "Yol Horadizdən Ağbəndədək uzanır.",
            [("Horadiz", "horadiz"), ("Ağbənd", "aghband")],
        ),
        (
            "Boru kəməri Bakıdan Astarayadək çəkilib.",
            [("Bakı", "baku"), ("Astara", "astara-az")],
        ),
        # a Turkish word that happens to end so is not a name: "yedek" (spare)
        ("Bakü'den yedek parçalar geldi.", [("Bakü", "baku")]),
    ],
)
def test_the_azerbaijani_terminative_ending(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German: the sea's older name, in the dative
        (
            "Die Leitung bringt Gas von der Kaspischen See nach Georgien.",
            [("Kaspischen See", "caspian-sea"), ("Georgien", "ge")],
        ),
        # Persian: Shusha as Persian Wikipedia writes it
        ("هیئت ایرانی از شوشا دیدن کرد.", [("شوشا", "geonames:147105")]),
        # Armenian: Lachin by its Azerbaijani name, beside the corridor named after it
        (
            "Լաչինի միջանցքը և Լաչինը",
            [("Լաչինի միջանցք", "lachin-corridor"), ("Լաչին", "lachin")],
        ),
    ],
)
def test_names_the_audit_found_missing(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German transliterations (German Wikipedia's titles)
        (
            "Der Zug fuhr von Täbris nach Dscholfa.",
            [("Täbris", "tabriz"), ("Dscholfa", "jolfa-ir")],
        ),
        (
            "Die Delegation besuchte Schuscha und Latschin.",
            [("Schuscha", "geonames:147105"), ("Latschin", "lachin")],
        ),
        # Armenian: an Iranian town by its Armenian name, with its ablative ending
        (
            "Ուղևորները Սալմաստից հասան Թավրիզ։",
            [("Սալմաստ", "geonames:117656"), ("Թավրիզ", "tabriz")],
        ),
        # Russian: Iranian provinces with no city of the same name
        (
            "Делегация посетила Хузестан и Хормозган.",
            [("Хузестан", "khuzestan-province"), ("Хормозган", "hormozgan-province")],
        ),
        # Persian: a Turkish border crossing
        (
            "کامیون‌ها از گوربولاغ به ترکیه رفتند.",
            [("گوربولاغ", "gurbulak"), ("ترکیه", "tr")],
        ),
        # Turkish: a held airport by its own name, with its words; a town's airport by the
        # town's name stays the town (convention 2)
        (
            "Uçak Tebriz Şehit Medeni Havalimanı’na indi.",
            [("Tebriz Şehit Medeni Havalimanı", "tabriz-airport")],
        ),
        ("Heyet Zengilan Havalimanı’na indi.", [("Zengilan Havalimanı", "zangilan-airport")]),
        # a province's bare name that is its capital's stays the city, as in English
        ("Делегация прибыла в Исфахан.", [("Исфахан", "geonames:418863")]),
    ],
)
def test_names_the_helpers_audit_added(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # towns of the corridors' ring around the regional table (GeoNames cities15000)
        (
            "The train from Kutaisi reached Zugdidi at noon.",
            [("Kutaisi", "geonames:613607"), ("Zugdidi", "geonames:610824")],
        ),
        (
            "Грузовики из Кульсары идут в Актау.",
            [("Кульсары", "geonames:609123"), ("Актау", "geonames:610612")],
        ),
        # a ring town whose Persian name is a phrase stays out: "به شهر" is "to the city"
        ("قطار به شهر رشت رسید.", [("رشت", "rasht")]),
    ],
)
def test_towns_of_the_corridors_ring(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Western Armenian names (the diaspora press's classical spelling), with the
        # Western genitive -իոյ of a name in -իա
        (
            "Նաւը Յունաստանէն Պուլկարիոյ նաւահանգիստ հասաւ։",
            [("Յունաստան", "gr"), ("Պուլկարիոյ", "bg")],
        ),
        (
            "Միջին Արեւելքի եւ Անատոլուի մասին խօսեցաւ։",
            [("Միջին Արեւելք", "middle-east"), ("Անատոլու", "anatolia")],
        ),
        (
            "Ճափոնի եւ Քանատայի դեսպանները Պաքու այցելեցին։",
            [("Ճափոն", "jp"), ("Քանատա", "ca"), ("Պաքու", "baku")],
        ),
    ],
)
def test_western_armenian_names(text, expected):
    assert found(text) == expected
