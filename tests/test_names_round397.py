"""Round 397 (names397): names of the Turkish Straits and of the Tavush-Gazakh villages that
real articles wrote, checked first: Azerbaijani '1915 Çanaqqala körpüsü' for the 1915
Çanakkale Bridge, Persian 'کانال استانبول' for Kanal Istanbul and Azerbaijani 'Əskipara' for
Voskepar (the Azerbaijani villages 'Aşağı Əskipara' and 'Yuxarı Əskipara' keep their longer
names). The rest had no page writing them that could be cited, or read already. The sentences
are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("1915 Çanaqqala körpüsü", "canakkale-1915-bridge"),
    ("کانال استانبول", "kanal-istanbul"),
    ("Əskipara", "geonames:616074"),
    ("Aşağı Əskipara", "ashaghi-askipara"),
    ("Yuxarı Əskipara", "yukhari-askipara"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round397_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    (
        "1915 Çanaqqala körpüsünün açılışı martda oldu.",
        "1915 Çanaqqala körpüsü",
        "canakkale-1915-bridge",
    ),
    (
        "Gəmilər “1915 Çanaqqala körpüsü”nün altından keçir.",
        "1915 Çanaqqala körpüsü",
        "canakkale-1915-bridge",
    ),
    ("ساخت کانال استانبول ادامه دارد.", "کانال استانبول", "kanal-istanbul"),
    ("Əskipara kəndində yeni məktəb tikilir.", "Əskipara", "geonames:616074"),
    ("Əskiparada atışma olmayıb.", "Əskipara", "geonames:616074"),
    ("Aşağı Əskipara kəndi Azərbaycana qaytarıldı.", "Aşağı Əskipara", "ashaghi-askipara"),
    ("Aşağı Əskiparadan sərhədə qədər yol çəkilir.", "Aşağı Əskipara", "ashaghi-askipara"),
    ("Yuxarı Əskipara kəndi anklavdır.", "Yuxarı Əskipara", "yukhari-askipara"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round397_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round397_canaqqala_alone_stays_the_town():
    got = _found("Çanaqqala şəhərində bayram keçirildi.")
    assert ("Çanaqqala", "geonames:749780") in got
    assert not any(pid == "canakkale-1915-bridge" for _, pid in got)


def test_round397_istanbul_alone_stays_the_city():
    got = _found("هیئت دیروز به استانبول رسید.")
    assert any(pid == "geonames:745044" for _, pid in got)
    assert not any(pid == "kanal-istanbul" for _, pid in got)


def test_round397_askipara_villages_not_voskepar():
    for text in ("Aşağı Əskipara kəndi qaytarıldı.", "Yuxarı Əskipara kəndi anklavdır."):
        assert not any(pid == "geonames:616074" for _, pid in _found(text))
