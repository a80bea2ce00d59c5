"""Round 342 (names342): names of the Trans-Caspian (Middle) Corridor that real articles wrote,
checked first: Turkish 'Korgos' for the Chinese Horgos, Xinjiang's long German official names
and the Middle Corridor's Turkish long name 'Hazar Geçişli Doğu-Batı Orta Koridor'. Armenian
'Փոթի', 'Բաթումի' and 'Անակլիա' read already; the rest had no page writing them. The sentences
are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Korgos", "horgos-cn"),
    ("Autonome Region Xinjiang", "xinjiang-cn"),
    ("Autonome Region Xinjiang Uygur", "xinjiang-cn"),
    ("Uigurische Autonome Region Xinjiang", "xinjiang-cn"),
    ("Փոթի", "geonames:612366"),
    ("Բաթումի", "geonames:615532"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round342_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Tren, Çin'in Korgos kentinden giriş yaptı.", "Korgos", "horgos-cn"),
    (
        "Die Fabrik liegt in der Uigurischen Autonomen Region Xinjiang im Westen.",
        "Uigurischen Autonomen Region Xinjiang",
        "xinjiang-cn",
    ),
    (
        "Die Autonome Region Xinjiang grenzt an Kasachstan.",
        "Autonome Region Xinjiang",
        "xinjiang-cn",
    ),
    (
        "Hazar Geçişli Doğu-Batı Orta Koridor üzerinden gelen tren Kars'a vardı.",
        "Hazar Geçişli Doğu-Batı Orta Koridor",
        "middle-corridor",
    ),
    ("Բեռները Փոթիի նավահանգստից կուղարկվեն Բաթումի։", "Փոթի", "geonames:612366"),
    ("Բեռները Փոթիի նավահանգստից կուղարկվեն Բաթումի։", "Բաթումի", "geonames:615532"),
    ("Անակլիայի նավահանգստի նախագիծը։", "Անակլիա", "anaklia"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round342_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round342_long_corridor_name_is_one_mention():
    got = _found("Hazar Geçişli Doğu-Batı Orta Koridoru'nun gelişmesi için çalışıyoruz.")
    assert not any(pid in {"caspian-sea", "east-west-corridor"} for _, pid in got)


def test_round342_bare_names_stay():
    assert ("Hazar", "caspian-sea") in _found("Hazar'da gemi trafiği arttı.")
    assert ("Khorgos", "horgos-cn") not in _found("Der Zug fuhr über Khorgos in Kasachstan.")
