"""Round 129 (names129): a named corridor and five new places, each name as a cited page writes it.

``data/corridors.yaml``: the Southern Gas Corridor (``southern-gas-corridor``: English, Azerbaijani,
Turkish, Russian, Persian 'کریدور جنوبی گاز' and German names; no Armenian page was found; the bare
'Southern Corridor' and 'SGC' are left out). ``data/places.yaml``: Zeyvə, the Sharur village of the
solar plants (the bare 'Zeyvə'/'Zeyva' now name it, not Davit Bek in Armenia, whose old name GeoNames
gives), Qarabağlar in Kangarli ('Karabağlar' stays İzmir's district), the Sarzha terminal at the port
of Kuryk (APPROXIMATE; the bare Russian 'Саржа' is the cloth and stays out), Chaypareh county (Persian
names only) and the Ashabi-Kahf cave shrine. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from geo.linkdata import load_corridors
from tests.parsing import found as _found

SGC = "southern-gas-corridor"


#: a name and the place it now names
GEOCODES = [
    ("Zeyvə", "zeyva-sharur-az"),
    ("Zeyva", "zeyva-sharur-az"),
    ("Qarabağlar", "garabaghlar-az"),
    ("Garabaghlar", "garabaghlar-az"),
    ("Sarzha", "sarzha-terminal-kz"),
    ("терминал «Саржа»", "sarzha-terminal-kz"),
    ("«Саржа» теңіз терминалы", "sarzha-terminal-kz"),
    ("چایپاره", "chaypareh-county"),
    ("شهرستان چایپاره", "chaypareh-county"),
    ("Əshabi-Kəhf", "ashabi-kahf-az"),
    ("Ashabi-Kahf", "ashabi-kahf-az"),
    ("Асхафи-Кяхф", "ashabi-kahf-az"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round129_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place or corridor
CASES = [
    # the Southern Gas Corridor in its six languages, and inflected
    (
        "Azerbaijani gas reaches Italy through the Southern Gas Corridor.",
        "Southern Gas Corridor",
        SGC,
    ),
    ("Cənub Qaz Dəhlizi Avropanın enerji təhlükəsizliyinə töhfə verir.", "Cənub Qaz Dəhlizi", SGC),
    ("Cənub Qaz Dəhlizinin genişləndirilməsi müzakirə olunub.", "Cənub Qaz Dəhlizi", SGC),
    ("TANAP, Güney Gaz Koridoru'nun en önemli halkasıdır.", "Güney Gaz Koridoru", SGC),
    ("Южный газовый коридор связал Каспий с Италией.", "Южный газовый коридор", SGC),
    ("Министр говорил о расширении Южного газового коридора.", "Южного газового коридора", SGC),
    ("کریدور جنوبی گاز از سال ۲۰۱۸ فعال است.", "کریدور جنوبی گاز", SGC),
    ("Der Südliche Gaskorridor wurde 2018 in Baku eröffnet.", "Südliche Gaskorridor", SGC),
    ("Die EU setzt auf den Ausbau des Südlichen Gaskorridors.", "Südlichen Gaskorridor", SGC),
    # Zeyvə in Sharur, Nakhchivan
    ("Şərur rayonunun Zeyvə kəndində günəş stansiyası açıldı.", "Zeyvə", "zeyva-sharur-az"),
    ("Im Dorf Zeyva wurde ein Solarkraftwerk eröffnet.", "Zeyva", "zeyva-sharur-az"),
    # Qarabağlar in Kangarli
    ("Kəngərli rayonunun Qarabağlar kəndində türbə bərpa olunub.", "Qarabağlar", "garabaghlar-az"),
    ("The mausoleum stands in Garabaghlar village of Kangarli.", "Garabaghlar", "garabaghlar-az"),
    # the Sarzha terminal at Kuryk
    ("The Sarzha multipurpose terminal handled its first grain.", "Sarzha", "sarzha-terminal-kz"),
    (
        "На терминале «Саржа» приняли первую партию груза.",
        "терминале «Саржа»",
        "sarzha-terminal-kz",
    ),
    (
        "Құрық портында «Саржа» теңіз терминалы ашылды.",
        "«Саржа» теңіз терминалы",
        "sarzha-terminal-kz",
    ),
    # Chaypareh county
    ("فرماندار چایپاره از افتتاح مدرسه خبر داد.", "چایپاره", "chaypareh-county"),
    ("سد آغچای آب شهرستان چایپاره را تأمین می‌کند.", "شهرستان چایپاره", "chaypareh-county"),
    # the Ashabi-Kahf shrine
    ("Əshabi-Kəhf ziyarətgahına minlərlə zəvvar gəlir.", "Əshabi-Kəhf", "ashabi-kahf-az"),
    (
        "Pilgrims climbed the stairs to Ashabi-Kahf near Nakhchivan.",
        "Ashabi-Kahf",
        "ashabi-kahf-az",
    ),
    ("Паломники посетили Асхафи-Кяхф под Нахчываном.", "Асхафи-Кяхф", "ashabi-kahf-az"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round129_found(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


def test_round129_route_to_qarabaglar_finds_both_ends():
    # blind set 123's route (tests/test_geoparse_real119.py): both ends are places now
    assert _found("Naxçıvan-Qarabağlar turizm marşrutu açılıb.") == [
        ("Naxçıvan", "nakhchivan"),
        ("Qarabağlar", "garabaghlar-az"),
    ]


def test_round129_corridor_is_loaded():
    assert load_corridors()[SGC]["name"].startswith("Southern Gas Corridor")


@pytest.mark.parametrize(
    ("text", "name", "pid"),
    [
        # the names held before still read as they did
        ("İzmir'in Karabağlar ilçesinde yangın çıktı.", "Karabağlar", "geonames:7701384"),
        ("The ferry left the port of Kuryk for Alat.", "Kuryk", "kuryk"),
        ("Davit Bek lies on the road to Kapan.", "Davit Bek", "geonames:174926"),
    ],
)
def test_round129_held_names_unchanged(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # common words and sentences that hold no place or corridor
        "Костюм сшит из саржи, а подкладка из сатина.",
        "Саржа — ткань с диагональным рубчиком.",
        "The Southern Corridor of the city's bus network was closed.",
        "The SGC meeting was postponed to Friday.",
        "Er las das Buch bis zum Ende.",
    ],
)
def test_round129_common_text_no_place(text):
    assert _found(text) == [], _found(text)
