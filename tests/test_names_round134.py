"""Round 134 (names134): names held-out sets 149-151 showed missing, each as a cited page
writes it (data/names.yaml, data/places.yaml, data/corridors.yaml): English 'Sistan-Baluchistan'
and 'Sistan-Baluchestan' (the province), Armenian 'Հորմոզգան' and 'Հորմոզգան նահանգ'
(Hormozgan), Armenian 'Բենդեր Աբաս' and Russian 'Бандар-Аббас' (Bandar Abbas), Turkish 'Aprin
Kara Limanı' (the Aprin dry port), and a new corridor, the Caspian-Black Sea-Europe Green
Energy Corridor (``green-energy-corridor``: English, Azerbaijani, Russian, the Russian also in
lower case inside quotes). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from geo.linkdata import load_corridors
from tests.parsing import found as _found

GEC = "green-energy-corridor"
SB = "sistan-and-baluchestan-province"

#: a name and the place it now names
GEOCODES = [
    ("Sistan-Baluchistan", SB),
    ("Sistan-Baluchestan", SB),
    ("Հորմոզգան", "hormozgan-province"),
    ("Հորմոզգան նահանգ", "hormozgan-province"),
    ("Բենդեր Աբաս", "geonames:141681"),
    ("Бандар-Аббас", "geonames:141681"),
    ("Aprin Kara Limanı", "aprin-dry-port"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round134_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place or corridor
CASES = [
    # English: the province with its word, whole, as the other provinces' "X province"
    ("Sistan-Baluchistan province lies in the southeast.", "Sistan-Baluchistan province", SB),
    ("The railway reached Sistan-Baluchestan province.", "Sistan-Baluchestan province", SB),
    ("The president flew to Sistan-Baluchistan on Thursday.", "Sistan-Baluchistan", SB),
    # Armenian: Hormozgan with its province word, as "Գիլան նահանգում"
    ("Հորմոզգան նահանգում տեղի ունեցավ պայթյուն։", "Հորմոզգան նահանգ", "hormozgan-province"),
    ("Հորմոզգան նահանգի կենտրոնը մեծ քաղաք է։", "Հորմոզգան նահանգ", "hormozgan-province"),
    # Armenian and Russian: Bandar Abbas
    ("Նավը հասավ Բենդեր Աբաս քաղաքի նավահանգիստ։", "Բենդեր Աբաս", "geonames:141681"),
    ("Նավահանգիստը Բենդեր Աբասից արևմուտք է։", "Բենդեր Աբաս", "geonames:141681"),
    ("Груз прибыл в порт Бандар-Аббас.", "Бандар-Аббас", "geonames:141681"),
    # Turkish: the dry port, the suffix after the apostrophe outside
    ("Yük treni Aprin Kara Limanı'na ulaştı.", "Aprin Kara Limanı", "aprin-dry-port"),
    # the green energy corridor in English, Azerbaijani and Russian
    ("Ministers reviewed the Green Energy Corridor project.", "Green Energy Corridor", GEC),
    (
        "The Caspian-Black Sea-Europe Green Energy Corridor will reach Romania.",
        "Caspian-Black Sea-Europe Green Energy Corridor",
        GEC,
    ),
    ('"Yaşıl Enerji Dəhlizi" layihəsi müzakirə olunur.', "Yaşıl Enerji Dəhlizi", GEC),
    (
        "Xəzər-Qara dəniz-Avropa Yaşıl Enerji Dəhlizinin iştirakçıları görüşdü.",
        "Xəzər-Qara dəniz-Avropa Yaşıl Enerji Dəhlizi",
        GEC,
    ),
    (
        'Стороны договорились по "Зеленому энергетическому коридору".',
        "Зеленому энергетическому коридору",
        GEC,
    ),
    (
        'Обсуждаются модели сотрудничества по проекту "зеленого энергетического коридора".',
        "зеленого энергетического коридора",
        GEC,
    ),
    (
        "Инвесторы изучают проект «зеленого энергетического коридора».",
        "зеленого энергетического коридора",
        GEC,
    ),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round134_found(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


def test_round134_corridor_is_loaded():
    assert load_corridors()[GEC]["name"].startswith("Caspian–Black Sea–Europe Green Energy")


@pytest.mark.parametrize(
    "text",
    [
        # the joint venture is a company, no corridor
        "The work is done by the Green Energy Corridor Energy Company (GECO).",
        # a lower-case corridor word outside quotes stays a common phrase
        "Это был бы зеленый энергетический коридор для всех.",
        # common words and sentences that hold no place or corridor
        "The green energy of the wind farm is sold at home.",
        "Er las das Buch bis zum Ende.",
    ],
)
def test_round134_no_corridor(text):
    assert all(p != GEC for _, p in _found(text)), _found(text)


@pytest.mark.parametrize(
    ("text", "name", "pid"),
    [
        # the names held before still read as they did
        ("Gilan province lies in the north.", "Gilan province", "gilan-province"),
        ("Գիլան նահանգում տեղի ունեցավ։", "Գիլան նահանգ", "gilan-province"),
        ("The first train reached Aprin near Tehran.", "Aprin", "aprin-dry-port"),
        (
            "Пакет Южного газового коридора обсудили.",
            "Южного газового коридора",
            "southern-gas-corridor",
        ),
    ],
)
def test_round134_held_names_unchanged(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found
