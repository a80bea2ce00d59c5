"""Round 213 (names213): Central Asia's water as held-out articles write it, each name as a
cited page writes it: the new records the Toktogul dam and the Kambarata-1 plant; Turkish
'Amuderya' and Persian 'آمو دریا', German 'Vakhsch' and the Roghun compounds, Persian names of
the Qosh Tepa canal and of the Rogun plant, Dari 'اوزبیکستان' and Azerbaijani names of
Karakalpakstan. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Amuderya", "amu-darya"),
    ("آمو دریا", "amu-darya"),
    ("Vakhsch", "vakhsh-river"),
    ("Vakhsch-Fluss", "vakhsh-river"),
    ("Roghun-Staudamm", "rogun-dam"),
    ("Roghun-Projekt", "rogun-dam"),
    ("نیروگاه برق آبی راغون", "rogun-dam"),
    ("کانال قوش تیپه", "qosh-tepa-canal"),
    ("کانال قوشتپه", "qosh-tepa-canal"),
    ("کانال قوشتیپه", "qosh-tepa-canal"),
    ("اوزبیکستان", "uz"),
    ("Qaraqalpaqıstan", "karakalpakstan-uz"),
    ("Qaraqalpaqıstan Respublikası", "karakalpakstan-uz"),
    ("Qaraqalpaq Respublikası", "karakalpakstan-uz"),
    ("Toktogul Dam", "toktogul-dam"),
    ("Toktogul Hydroelectric Station", "toktogul-dam"),
    ("Toktogul HPP", "toktogul-dam"),
    ("Toktogul-Talsperre", "toktogul-dam"),
    ("Токтогульская ГЭС", "toktogul-dam"),
    ("Kambarata-1", "kambarata-1"),
    ("Kambarata HPP-1", "kambarata-1"),
    ("Kambar-Ata-1", "kambarata-1"),
    ("Камбаратинская ГЭС-1", "kambarata-1"),
    ("Камбар-Ата-1", "kambarata-1"),
    # the reservoir keeps its own names
    ("Toktogul Reservoir", "toktogul-reservoir"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round213_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("The Toktogul HPP cut its output in winter.", "Toktogul HPP", "toktogul-dam"),
    ("Engineers surveyed the site of Kambarata-1.", "Kambarata-1", "kambarata-1"),
    # German, with the genitive
    ("Am Oberlauf des Vakhsch-Flusses entsteht ein Damm.", "Vakhsch-Fluss", "vakhsh-river"),
    ("Der Vakhsch speist viele Felder.", "Vakhsch", "vakhsh-river"),
    ("Das Roghun-Projekt kommt nur langsam voran.", "Roghun-Projekt", "rogun-dam"),
    ("Die Toktogul-Talsperre ist fast voll.", "Toktogul-Talsperre", "toktogul-dam"),
    # Russian, with case endings
    (
        "Строители вернулись на площадку Камбаратинской ГЭС-1.",
        "Камбаратинской ГЭС-1",
        "kambarata-1",
    ),
    ("Приток к Токтогульской ГЭС снизился.", "Токтогульской ГЭС", "toktogul-dam"),
    # Turkish, with the genitive
    ("Amuderya'nın debisi bu yıl düştü.", "Amuderya", "amu-darya"),
    # Azerbaijani, with the locative
    (
        "Qaraqalpaq Respublikasında quraqlıq davam edir.",
        "Qaraqalpaq Respublikası",
        "karakalpakstan-uz",
    ),
    ("Qaraqalpaqıstanda su çatışmır.", "Qaraqalpaqıstan", "karakalpakstan-uz"),
    # Persian
    ("سطح آب آمو دریا پایین آمده است.", "آمو دریا", "amu-darya"),
    ("کار ساخت کانال قوش تیپه ادامه دارد.", "کانال قوش تیپه", "qosh-tepa-canal"),
    ("هیئتی از اوزبیکستان به کابل آمد.", "اوزبیکستان", "uz"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round213_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the bare Latin 'Aral' stays out: a fuel brand, a given name, the stem of 'aralık'
    ("Wir tanken bei Aral.", []),
    ("Karikatürcü Aral'ın sergisi açıldı.", []),
    ("Aralıkta görüşürüz.", []),
    # the bare 'Ceyhun' is a given name
    ("Ceyhun bugün geldi.", []),
    # another Kambarata plant is not Kambarata-1
    ("Kambarata HPP-2 was stopped for repairs.", []),
    # the sea with its kind word stays the sea's
    ("Aral Gölü kuruyor.", [("Aral Gölü", "aral-sea")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round213_nothing_common_breaks(text, expected):
    assert _found(text) == expected
