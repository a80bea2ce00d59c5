"""Round 201 (names201): Armenia's nuclear plant and Afghanistan's western routes (held-out
evaluation), each name as a cited page writes it: the Metsamor plant's Azerbaijani
'Metsamor Atom Elektrik Stansiyası' and 'Metsamor AES', Turkish 'Metzamor Nükleer
Santrali', German 'Kernkraftwerk Mezamor', 'Atomkraftwerk Mezamor' and 'Kraftwerk Mezamor'
(with their genitives), Armenian 'Հայկական ԱԷԿ' and 'ՀԱԷԿ'; Torghundi's Azerbaijani
'Torqundi'; Islam Qala's German 'Islam Kala'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Metsamor Atom Elektrik Stansiyası", "metsamor-npp"),
    ("Metsamor AES", "metsamor-npp"),
    ("Metzamor Nükleer Santrali", "metsamor-npp"),
    ("Kernkraftwerk Mezamor", "metsamor-npp"),
    ("Atomkraftwerk Mezamor", "metsamor-npp"),
    ("Kraftwerk Mezamor", "metsamor-npp"),
    ("Հայկական ԱԷԿ", "metsamor-npp"),
    ("ՀԱԷԿ", "metsamor-npp"),
    ("Torqundi", "torghundi"),
    ("Islam Kala", "islam-qala"),
    # the bare town name stays the town
    ("Metsamor", "geonames:823807"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round201_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Azerbaijani, with case endings
    (
        "Ekoloqlar Metsamor atom elektrik stansiyasının bağlanmasını istəyir.",
        "Metsamor atom elektrik stansiyası",
        "metsamor-npp",
    ),
    ("Metsamor AES-in reaktoru köhnədir.", "Metsamor AES-in", "metsamor-npp"),
    ("Yük qatarı Torqundidən yola düşdü.", "Torqundi", "torghundi"),
    # Turkish, with a case ending
    (
        "Metzamor Nükleer Santrali'nin ömrü uzatıldı.",
        "Metzamor Nükleer Santrali",
        "metsamor-npp",
    ),
    # German, with the genitive
    ("Das Kernkraftwerk Mezamor wurde gewartet.", "Kernkraftwerk Mezamor", "metsamor-npp"),
    (
        "Die Reaktoren des Kernkraftwerks Mezamor sind alt.",
        "Kernkraftwerks Mezamor",
        "metsamor-npp",
    ),
    (
        "Die Laufzeit des Kraftwerks Mezamor wurde verlängert.",
        "Kraftwerks Mezamor",
        "metsamor-npp",
    ),
    ("Lastwagen warten am Grenzübergang Islam Kala.", "Islam Kala", "islam-qala"),
    # Armenian: the en dash and the hyphen leave the ending outside (stop 85: the gold's
    # '[ԵՄ]-ին', '[ՀԱԷԿ]-ի')
    ("Հայկական ԱԷԿ–ի վերանորոգումն ավարտվեց։", "Հայկական ԱԷԿ", "metsamor-npp"),
    ("ՀԱԷԿ-ի էներգաբլոկը կանգնեցվել է։", "ՀԱԷԿ", "metsamor-npp"),
    ("ՀԱԷԿ-ում աշխատում են հարյուրավոր մասնագետներ։", "ՀԱԷԿ", "metsamor-npp"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round201_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the words of the names alone stay words
    ("Der Islam ist eine Weltreligion.", []),
    ("Das Kraftwerk liefert Strom.", []),
    ("Stansiya yenidən işə düşdü.", []),
    # the town keeps its bare name
    ("Metsamor şəhərində yeni məktəb açıldı.", [("Metsamor", "geonames:823807")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round201_nothing_common_breaks(text, expected):
    assert _found(text) == expected
