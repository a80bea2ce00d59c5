"""Round 236 (names236): the central Mediterranean and Central Europe (held-out sets 348 and
349): Sicily, Sardinia, Calabria, Lampedusa and Gavdos as new records of places.yaml, with
Baumgarten an der March, the gas hub; Sfax, Zuwara, Zawiya, Sabratha, Paks, Mozyr and Schwechat
as world rows (BORDER_TOWNS); Russian 'Пакш' and 'Эз-Завия'. The sentences are the project's
own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Sicily", "sicily-island"),
    ("Sicilia", "sicily-island"),
    ("Sizilien", "sicily-island"),
    ("Сицилия", "sicily-island"),
    ("Sicilya", "sicily-island"),
    ("سیسیل", "sicily-island"),
    ("Sardinia", "sardinia-island"),
    ("Sardinien", "sardinia-island"),
    ("Calabria", "calabria"),
    ("Kalabrien", "calabria"),
    ("Калабрия", "calabria"),
    ("Lampedusa", "lampedusa-island"),
    ("Лампедуза", "lampedusa-island"),
    ("Gavdos", "gavdos-island"),
    ("Baumgarten an der March", "baumgarten-an-der-march"),
    ("Gasstation Baumgarten", "baumgarten-an-der-march"),
    ("Gasdrehscheibe Baumgarten", "baumgarten-an-der-march"),
    ("Sfax", "geonames:2467454"),
    ("Сфакс", "geonames:2467454"),
    ("Zuwara", "geonames:2208425"),
    ("Зувара", "geonames:2208425"),
    ("Zawiya", "geonames:2216885"),
    ("Эз-Завия", "geonames:2216885"),
    ("Sabratha", "geonames:2212771"),
    ("Paks", "geonames:3046768"),
    ("Пакш", "geonames:3046768"),
    ("Mozyr", "geonames:625324"),
    ("Mazyr", "geonames:625324"),
    ("Мозырь", "geonames:625324"),
    ("Schwechat", "geonames:2765388"),
    ("Швехат", "geonames:2765388"),
    # held before the round
    ("Misrata", "geonames:2214846"),
    ("Apulia", "apulia"),
    ("Puglia", "apulia"),
    ("Apulien", "apulia"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round236_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Rescue ships sailed from Sicily at dawn.", "Sicily", "sicily-island"),
    ("The ferry to Sardinia was cancelled.", "Sardinia", "sardinia-island"),
    ("Police raided homes across Calabria.", "Calabria", "calabria"),
    ("Hundreds of people landed on Lampedusa.", "Lampedusa", "lampedusa-island"),
    ("A boat was found south of Gavdos.", "Gavdos", "gavdos-island"),
    ("Boats leave the beaches near Sfax.", "Sfax", "geonames:2467454"),
    ("The coast guard stopped a dinghy off Zuwara.", "Zuwara", "geonames:2208425"),
    ("Militias clashed in Zawiya overnight.", "Zawiya", "geonames:2216885"),
    ("Smugglers operate out of Sabratha.", "Sabratha", "geonames:2212771"),
    ("Work on the reactors at Paks has begun.", "Paks", "geonames:3046768"),
    ("Crude reaches the refinery at Mozyr.", "Mozyr", "geonames:625324"),
    # German
    ("Die Boote landen oft auf Sizilien.", "Sizilien", "sicily-island"),
    ("Wir verbrachten den Sommer auf Sardinien.", "Sardinien", "sardinia-island"),
    ("Die Clans stammen aus Kalabrien.", "Kalabrien", "calabria"),
    ("Der Flug landete in Schwechat.", "Schwechat", "geonames:2765388"),
    (
        "Das Gas fließt über Baumgarten an der March.",
        "Baumgarten an der March",
        "baumgarten-an-der-march",
    ),
    (
        "Die Gasstation Baumgarten läuft wieder.",
        "Gasstation Baumgarten",
        "baumgarten-an-der-march",
    ),
    # Russian, with case endings
    ("Мигранты прибыли в Сицилию.", "Сицили", "sicily-island"),
    ("Мафия родом из Калабрии.", "Калабри", "calabria"),
    ("Лодки причалили к Лампедузе.", "Лампедуз", "lampedusa-island"),
    ("Строители приехали в Пакш.", "Пакш", "geonames:3046768"),
    ("Он вырос в Мозыре.", "Мозыр", "geonames:625324"),
    ("Завод в Эз-Завии снова работает.", "Эз-Завии", "geonames:2216885"),
    # Turkish, with a case ending
    ("Göçmenler Sicilya'ya ulaştı.", "Sicilya", "sicily-island"),
    # Persian
    ("قایق مهاجران به سیسیل رسید.", "سیسیل", "sicily-island"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round236_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # Turkish sardunya is the geranium, no name of Sardinia here
    ("Balkonda sardunya çiçekleri açtı.", []),
    # the bare Baumgarten is a common German place-name
    ("Wir wohnen in Baumgarten.", []),
    # Persian زواره is Zavareh of Isfahan, not Libya's Zuwara
    ("او در زواره زندگی می کند.", []),
    # Turkish zaviye, a dervish lodge
    ("Dervişler zaviyede toplandı.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round236_nothing_common_breaks(text, expected):
    assert _found(text) == expected
