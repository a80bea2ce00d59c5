"""Round 125 (names125): the historical region Javakheti of southern Georgia, where most of
Georgia's Armenians live (APPROXIMATE, scripts/regions_historical.py, one feature of
data/regions.geojson), each name as a cited page writes it: English and German "Javakheti",
the Armenian name "Javakhk" as English Armenian papers write it, Azerbaijani "Cavaxeti",
Russian "Джавахети", "Джавахетия" and "Джавахк", Armenian "Ջավախք", German "Dschawachetien"
and Persian "جاواخک". The larger region Samtskhe-Javakheti keeps all its names. The
sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Javakheti", "javakheti"),
    ("Javakhk", "javakheti"),
    ("Cavaxeti", "javakheti"),
    ("Джавахети", "javakheti"),
    ("Джавахетия", "javakheti"),
    ("Джавахк", "javakheti"),
    ("Ջավախք", "javakheti"),
    ("Dschawachetien", "javakheti"),
    ("جاواخک", "javakheti"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round125_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("The Armenians of Javakhk marked the anniversary.", "Javakhk", "javakheti"),
    ("Javakheti is the coldest corner of Georgia.", "Javakheti", "javakheti"),
    ("In Javakheti leben viele Armenier.", "Javakheti", "javakheti"),
    ("Die Armenier in Dschawachetien leben vom Ackerbau.", "Dschawachetien", "javakheti"),
    # the Azerbaijani name in its dative, ablative and locative
    ("Nümayəndə heyəti Cavaxetiyə səfər edib.", "Cavaxeti", "javakheti"),
    ("Cavaxetidən gələn fermerlər bazara çıxdı.", "Cavaxeti", "javakheti"),
    ("Cavaxetidə seçki keçirilib.", "Cavaxeti", "javakheti"),
    # Russian, in the genitive and prepositional
    ("Армяне Джавахети провели митинг.", "Джавахети", "javakheti"),
    ("В Джавахетии выпал снег.", "Джавахети", "javakheti"),
    ("Жители Джавахка вышли на акцию.", "Джавахк", "javakheti"),
    # Armenian, in the genitive and locative
    ("Ջավախքի հայերը նշեցին տոնը։", "Ջավախք", "javakheti"),
    ("Ջավախքում ձյուն է եկել։", "Ջավախք", "javakheti"),
    ("ارمنی‌های جاواخک خواستار خودمختاری هستند.", "جاواخک", "javakheti"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round125_found(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


@pytest.mark.parametrize(
    ("text", "name", "pid"),
    [
        # the larger administrative region keeps all its names
        ("Akhalkalaki is in Samtskhe-Javakheti.", "Samtskhe-Javakheti", "samtskhe-javakheti-ge"),
        ("Akhalkalaki is in Samtskhe-Javakheti.", "Akhalkalaki", "geonames:615893"),
        ("Սամցխե-Ջավախքի հայերը", "Սամցխե-Ջավախք", "samtskhe-javakheti-ge"),
        ("Жители Самцхе-Джавахети.", "Самцхе-Джавахети", "samtskhe-javakheti-ge"),
        (
            "Samtsxe-Cavaxeti regionunda seçki keçirilib.",
            "Samtsxe-Cavaxeti",
            "samtskhe-javakheti-ge",
        ),
        (
            "Samzche-Dschawachetien grenzt an Armenien.",
            "Samzche-Dschawachetien",
            "samtskhe-javakheti-ge",
        ),
        ("Borçalı azərbaycanlıları seçkidə fəal olub.", "Borçalı", "borchali"),
        ("The Samtskhe-Javakheti region borders Turkey.", "Turkey", "tr"),
    ],
)
def test_round125_common_places_unchanged(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found
    if pid == "samtskhe-javakheti-ge":
        assert not any(p == "javakheti" for _, p in found), found


def test_round125_region():
    jav, sj = geocode("Javakheti"), geocode("Samtskhe-Javakheti")
    assert jav.kind == "region" and jav.country == "GE"
    assert sj.id == "samtskhe-javakheti-ge"
    # Javakheti lies in the south-east of Samtskhe-Javakheti, by Akhalkalaki and Ninotsminda
    assert 41.1 < jav.lat < 41.7 and 43.2 < jav.lon < 44.0
