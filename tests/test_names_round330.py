"""Round 330 (names330): two rivers of Azerbaijan's north-west as world-layer lines
(scripts/world_rivers_nw.py): the Kishchay (Kiş çayı, Kish river, река Киш), from the village
Kiş to Sheki, and the Katekhchay (Katexçay, Katex çayı, Qatexçay, Катехчай), from its source by
the village Katekh to the Alazani. The bare village names stay the villages' (Katex) or read
nothing in a sentence (Kiş, not held); the bare 'Vorotan' stays the river. The sentences are
the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Kishchay", "kishchay"),
    ("Kiş çayı", "kishchay"),
    ("Kish river", "kishchay"),
    ("река Киш", "kishchay"),
    ("Katekhchay", "katekhchay"),
    ("Katexçay", "katekhchay"),
    ("Katex çayı", "katekhchay"),
    ("Qatexçay", "katekhchay"),
    ("Катехчай", "katekhchay"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round330_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Sel Kiş çayında körpünü dağıdıb.", "Kiş çayı", "kishchay"),
    ("Floods on the Kishchay cut the road to Sheki.", "Kishchay", "kishchay"),
    ("Из-за схода ила на реке Киш прервана связь.", "Киш", "kishchay"),
    ("Katex çayı yenə daşıb.", "Katex çayı", "katekhchay"),
    ("Katexçay şəlaləsi çox gözəldir.", "Katexçay", "katekhchay"),
    ("Река Катехчай вышла из берегов.", "Катехчай", "katekhchay"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round330_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round330_bare_village_names_are_no_river():
    assert geocode("Katex").id == "katekh-balakan"
    assert ("Katex", "katekh-balakan") in _found("Katexdə yağış yağır.")
    assert not any(pid == "kishchay" for _, pid in _found("Kiş kəndindən gəldim."))
    assert not any(pid == "kishchay" for _, pid in _found("Kiş! dedi quşlara."))


def test_round330_bare_vorotan_stays_the_river():
    assert geocode("Vorotan").id == "vorotan-river"
