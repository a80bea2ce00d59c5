"""Round 157 (names157): names and a place that held-out round 29 (sets 209-211) found missing,
each as a cited page writes it: Russian 'Тифлис' (Tbilisi), 'Эривань' (Yerevan) and 'Гейчай'
(Göyçay), Persian 'طرابوزان' (Trabzon) and 'مینگچویر' (Mingachevir), English 'Kavkaz Port', and
the Absheron Peninsula (a region drawn as a point). The bare 'Abşeron' stays the district and the
bare 'Кавказ' the Caucasus. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Тифлис", "geonames:611717"),
    ("Эривань", "geonames:616052"),
    ("Гейчай", "geonames:586427"),
    ("طرابوزان", "geonames:738648"),
    ("مینگچویر", "mingachevir-city-az"),
    ("Kavkaz Port", "port-kavkaz"),
    ("Absheron Peninsula", "absheron-peninsula"),
    ("Abşeron yarımadası", "absheron-peninsula"),
    ("Апшеронский полуостров", "absheron-peninsula"),
    # the district keeps the bare name, the port its own names
    ("Abşeron", "absheron-district-az"),
    ("Absheron", "absheron-district-az"),
    ("Port Kavkaz", "port-kavkaz"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round157_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Russian: the old names in their cases
    ("Он приехал из Тифлиса в 1890 году.", "Тифлис", "geonames:611717"),
    ("В Тифлисе жил Грибоедов.", "Тифлис", "geonames:611717"),
    ("Эривань стала столицей губернии.", "Эривань", "geonames:616052"),
    ("Дорога до Эривани заняла два дня.", "Эриван", "geonames:616052"),
    ("Фестиваль граната прошёл в городе Гейчай.", "Гейчай", "geonames:586427"),
    ("Автобус выехал из Гейчая утром.", "Гейча", "geonames:586427"),
    ("Апшеронский полуостров вдаётся в море.", "Апшеронский полуостров", "absheron-peninsula"),
    ("На Апшеронском полуострове жарко.", "Апшеронском полуострове", "absheron-peninsula"),
    # Persian
    ("کالا از طرابوزان به تبریز رسید.", "طرابوزان", "geonames:738648"),
    ("او در مینگچویر زندگی می‌کند.", "مینگچویر", "mingachevir-city-az"),
    # English
    ("The ferry left Kavkaz Port on Monday.", "Kavkaz Port", "port-kavkaz"),
    ("Grain exports through Kavkaz port slowed.", "Kavkaz port", "port-kavkaz"),
    ("The Absheron Peninsula juts into the sea.", "Absheron Peninsula", "absheron-peninsula"),
    # Azerbaijani, bare and with a case ending
    ("Abşeron yarımadası neftlə zəngindir.", "Abşeron yarımadası", "absheron-peninsula"),
    ("Abşeron yarımadasında neft var.", "Abşeron yarımadası", "absheron-peninsula"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round157_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    # the district keeps the bare name
    ("Abşeron rayonunda yağış var.", [("Abşeron rayonu", "absheron-district-az")]),
    (
        "Absheron district is near Baku.",
        [("Absheron district", "absheron-district-az"), ("Baku", "baku")],
    ),
    # the Caucasus stays the Caucasus
    ("Кавказ – горная страна.", [("Кавказ", "caucasus")]),
    # the modern names stay the cities'
    ("Тбилиси и Ереван.", [("Тбилиси", "geonames:611717"), ("Ереван", "geonames:616052")]),
    # common words
    ("The port is busy in spring.", []),
    ("Полуостров покрыт степью.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round157_nothing_common_breaks(text, expected):
    assert _found(text) == expected
