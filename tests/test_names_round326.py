"""Round 326 (names326): names held-out round 124 (sets 534-536) found missing: the Gabala
village Laza and the Ateshgah fire temple of Surakhani as new records of data/places.yaml,
German 'Apscheron' for the Absheron peninsula, Armenian 'Բալակեն' for the Balakan district and
the Armenian long form of the state, 'Ադրբեջանական Հանրապետություն'. The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Laza", "laza-gabala"),
    ("Ateshgah", "ateshgah-baku"),
    ("Atəşgah", "ateshgah-baku"),
    ("Атешгях", "ateshgah-baku"),
    ("Apscheron", "absheron-peninsula"),
    ("Բալակեն", "balakan-district-az"),
    ("Ադրբեջանական Հանրապետություն", "az"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round326_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Die Grenzwache „Laza“ bei Gabala hat neue Quartiere.", "Laza", "laza-gabala"),
    ("Wir besichtigten den Feuertempel Ateshgah am Morgen.", "Ateshgah", "ateshgah-baku"),
    ("Atəşgah məbədinə turistlər gəlir.", "Atəşgah", "ateshgah-baku"),
    ("Атешгях открыт для посетителей круглый год.", "Атешгях", "ateshgah-baku"),
    ("Auf der Halbinsel Apscheron wird Öl gefördert.", "Apscheron", "absheron-peninsula"),
    ("Բալակենում անձրևները շարունակվում են։", "Բալակեն", "balakan-district-az"),
    (
        "Ադրբեջանական Հանրապետության սահմանները փոխվեցին։",
        "Ադրբեջանական Հանրապետության",
        "az",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round326_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        # the bare Russian name by the village word beside the Sheki district: the village
        ("В Шекинском районе река вышла из берегов в селе Киш.", "kis-shaki"),
        # the Gulf's texts keep the island
        ("Рейсы из Тегерана на Киш отменены.", "kish-island"),
        ("Ferries link Bandar Abbas, Qeshm and Kish.", "kish-island"),
    ],
)
def test_the_bare_kish_by_its_neighbours(text, ident):
    assert ident in {target for _, target in _found(text)}
