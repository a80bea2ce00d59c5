"""Round 341 (names341): the Kura's tributaries and canals of Shirvan that real articles on the
Kura's low water name, left from round 337, checked first: the Goychay (goychay-river: 'Göyçay
çayı', 'Гёйчай', the bare name staying the town) and the Pirsaat (pirsaat-river: 'Pirsaatçay',
'Pirsagat') as world-layer rivers, and the Upper Shirvan canal (upper-shirvan-canal: 'Yuxarı
Şirvan kanalı', 'Şirvan suvarma kanalı'). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Göyçay çayı", "goychay-river"),
    ("Pirsaatçay", "pirsaat-river"),
    ("Pirsagat", "pirsaat-river"),
    ("Yuxarı Şirvan kanalı", "upper-shirvan-canal"),
    ("Şirvan suvarma kanalı", "upper-shirvan-canal"),
    # the bare names stay the towns'
    ("Göyçay", "geonames:586427"),
    ("Гейчай", "geonames:586427"),
    ("Şirvan", "geonames:148565"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round341_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Uzun quraqlıqdan sonra Göyçay çayı dayazlaşıb.", "Göyçay çayı", "goychay-river"),
    ("Уровень воды в реке Гейчай заметно упал.", "Гейчай", "goychay-river"),
    ("Уровень воды в реке Гёйчай заметно упал.", "Гёйчай", "goychay-river"),
    ("Yayda Pirsaatçay tamamilə quruyur.", "Pirsaatçay", "pirsaat-river"),
    ("Pirsaatçayın yatağı boş qalıb.", "Pirsaatçay", "pirsaat-river"),
    ("Der Fluss Pirsagat trocknet im August aus.", "Pirsagat", "pirsaat-river"),
    ("Yuxarı Şirvan kanalı dayaz qalıb.", "Yuxarı Şirvan kanalı", "upper-shirvan-canal"),
    (
        "Şirvan suvarma kanalının yenidən qurulması davam edir.",
        "Şirvan suvarma kanalı",
        "upper-shirvan-canal",
    ),
    # the bare names stay the towns'
    ("Göyçay şəhərində nar festivalı keçirildi.", "Göyçay", "geonames:586427"),
    ("Şirvan şəhərində yağış yağıb.", "Şirvan", "geonames:148565"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round341_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round341_bare_goychay_is_not_the_river():
    assert not any(pid == "goychay-river" for _, pid in _found("Göyçay rayonunda görüş oldu."))
    assert not any(pid == "goychay-river" for _, pid in _found("Делегация прибыла в Гейчай."))


def test_round341_bare_shirvan_is_not_the_canal():
    found = _found("Şirvan və Salyan rayonlarında su azalıb.")
    assert not any(pid == "upper-shirvan-canal" for _, pid in found)
