"""Round 331 (names331): Nakhchivan's heritage sites and Javakheti's lakes. New records of
data/places.yaml: the lakes Khanchali, Saghamo and Madatapa; new names of the Ashabi-Kahf
shrine (Persian 'غار اصحاب کهف نخجوان', Turkish 'Ashab-ı Kehf Dini-Medeni Kompleksi') and German
'Parawani See' and 'Parawani-See' for Lake Paravani. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("غار اصحاب کهف نخجوان", "ashabi-kahf-az"),
    ("Ashab-ı Kehf Dini-Medeni Kompleksi", "ashabi-kahf-az"),
    ("Parawani See", "paravani-lake"),
    ("Parawani-See", "paravani-lake"),
    ("Khanchali Lake", "khanchali-lake"),
    ("Khanchali", "khanchali-lake"),
    ("ხანჩალის ტბა", "khanchali-lake"),
    ("Chantschali-See", "khanchali-lake"),
    ("Saghamo Lake", "saghamo-lake"),
    ("Saghamo", "saghamo-lake"),
    ("Сагамо", "saghamo-lake"),
    ("საღამოს ტბა", "saghamo-lake"),
    ("Madatapa Lake", "madatapa-lake"),
    ("მადათაფის ტბა", "madatapa-lake"),
    ("Madatapa-See", "madatapa-lake"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round331_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Əshabi-Kəhf mağarası bərpa olunub.", "Əshabi-Kəhf", "ashabi-kahf-az"),
    ("غار اصحاب کهف نخجوان زیباست.", "غار اصحاب کهف نخجوان", "ashabi-kahf-az"),
    (
        "Ashab-ı Kehf Dini-Medeni Kompleksi ziyaretçi ağırlıyor.",
        "Ashab-ı Kehf Dini-Medeni Kompleksi",
        "ashabi-kahf-az",
    ),
    ("Der Parawani See ist zugefroren.", "Parawani See", "paravani-lake"),
    ("Am Parawani-See gibt es Fische.", "Parawani-See", "paravani-lake"),
    ("Cranes nest at Khanchali Lake.", "Khanchali Lake", "khanchali-lake"),
    ("Lake Khanchali dried out in the 1970s.", "Khanchali", "khanchali-lake"),
    ("Fishermen went to Saghamo Lake.", "Saghamo Lake", "saghamo-lake"),
    ("Озеро Сагамо замёрзло.", "Сагамо", "saghamo-lake"),
    ("Pelicans breed on Madatapa Lake near Bavra.", "Madatapa Lake", "madatapa-lake"),
    ("Der Madatapa-See liegt nahe Armenien.", "Madatapa-See", "madatapa-lake"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round331_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "داستان اصحاب کهف در قرآن آمده است.",
        "Tarsus'taki Ashab-ı Kehf mağarası ziyaret edildi.",
    ],
)
def test_round331_bare_seven_sleepers_is_no_shrine(text):
    assert not any(pid == "ashabi-kahf-az" for _, pid in _found(text))


def test_round331_mount_madatapa_is_no_lake():
    assert not any(pid == "madatapa-lake" for _, pid in _found("We climbed Mount Madatapa."))
