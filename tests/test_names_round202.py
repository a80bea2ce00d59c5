"""Round 202 (names202): the Black Sea, Georgia and the North Caucasus (held-out evaluation),
each name as a cited page writes it: the new records Amasra and Mallorca; Persian
'نووروسیسک' (Novorossiysk), Russian 'Босфорский пролив', the Armenian bare 'Միջերկրական' for
the Mediterranean, German 'Krim-Brücke' and 'Krimbrücke'; GeoNames' 'Ciliza' is no longer
Kilis's. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("نووروسیسک", "geonames:518255"),
    ("Босфорский пролив", "bosporus"),
    ("Միջերկրական", "mediterranean-sea"),
    ("Krim-Brücke", "crimean-bridge"),
    ("Krimbrücke", "crimean-bridge"),
    ("Amasra", "amasra"),
    ("Mallorca", "mallorca"),
    ("Majorca", "mallorca"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round202_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Persian
    ("کشتی به نووروسیسک رسید.", "نووروسیسک", "geonames:518255"),
    # Russian, with case endings
    ("Танкер вошёл в Босфорский пролив утром.", "Босфорский пролив", "bosporus"),
    ("В Босфорском проливе образовалась очередь.", "Босфорском проливе", "bosporus"),
    # Armenian, with the locative and the genitive
    ("Նավերը Միջերկրականում են։", "Միջերկրական", "mediterranean-sea"),
    ("Միջերկրականի ափին տաք է։", "Միջերկրական", "mediterranean-sea"),
    # German
    ("Die Krim-Brücke wurde wieder beschädigt.", "Krim-Brücke", "crimean-bridge"),
    ("Der Verkehr auf der Krimbrücke ruht.", "Krimbrücke", "crimean-bridge"),
    ("Urlaub auf Mallorca war schön.", "Mallorca", "mallorca"),
    # English
    ("The ship sank near Amasra.", "Amasra", "amasra"),
    ("Tourists love Majorca.", "Majorca", "mallorca"),
    # Turkish, with a case ending
    ("Amasra'da tatil yaptık.", "Amasra", "amasra"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round202_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the bare 'Южный' is the Russian adjective 'southern'
    ("Южный ветер усилился.", []),
    # the bare 'Krim' stays Crimea
    ("Die Krim ist besetzt.", [("Krim", "crimea-ua")]),
    # the sea word still joins the Armenian name
    ("Միջերկրական ծովում փոթորիկ է։", [("Միջերկրական ծով", "mediterranean-sea")]),
    # 'Ciliza' (the Armenian village Jiliza in Azerbaijani news) is no longer Kilis
    ("Ciliza kəndində atışma olub.", []),
    ("Kilis'te yağmur yağdı.", [("Kilis", "geonames:307864")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round202_nothing_common_breaks(text, expected):
    assert _found(text) == expected
