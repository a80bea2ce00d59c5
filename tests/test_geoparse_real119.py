"""Forms read on blind sets 108-121 (issue 10, stop 56, 2026-12-04).

The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town's council beside its municipality (rule 12)
        ("Kars Belediyesi ve Kars Kent Konseyi şenliği düzenledi.", []),
        # a foundation's branches by their towns
        ("Vakfın Konya Şube Başkanı ile Van Şubesi heyeti görüştü.", []),
        # a festival by its name, as "Baku Energy Week"
        ("Aşık Şenlik Kars Uluslararası Aşıklar Bayramı dün başladı.", []),
        ("Erzurum Kültür Festivali bu yıl da düzenlenecek.", []),
        # the town itself, before a feast's name, stays the town
        ("Kars'ta Novruz Bayramı kutlandı.", [("Kars", "kars")]),
    ],
)
def test_a_turkish_council_branch_or_festival_named_after_a_town_is_no_place(text, expected):
    """Blind set 113, both markings: bodies and events, unmarked (rule 12)."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Quran, with either apostrophe: no Kur (the Kura) and an ending
        ("Bu hikaye Kur'an-ı Kerim'de de geçiyor.", []),
        ("Çocuklar Kur’an kursuna gidiyor.", []),
        # brick at a sentence's start: no Tuğ (Khojavend) and "-la"
        ("Tuğla gövdeli kümbet ortaya çıkarıldı.", []),
        # the places themselves stay
        ("Kür'ün suyu azaldı.", [("Kür", "kura")]),
        ("Tuğ kəndində yağış yağıb.", [("Tuğ", "tugh")]),
    ],
)
def test_a_turkish_word_that_begins_with_a_name_is_the_word(text, expected):
    """Blind sets 113 and 116: "Kur'an" and "Tuğla" were read as the Kura and Tuğ."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minalar Ağdam, Laçın və Zəngilan ərazilərində təmizlənib.",
            [
                ("Ağdam", "aghdam-district-az"),
                ("Laçın", "lachin-district"),
                ("Zəngilan", "zangilan-district"),
            ],
        ),
        ("Füzuli və Cəbrayıl ərazilərindən qayıdanlar", None),
    ],
)
def test_a_list_before_the_azerbaijani_plural_territories_is_the_districts(text, expected):
    """Blind set 120, both markings (12 of 12): "X, Y və Z ərazilərində" are the rayons."""
    found = _found(text)
    if expected is None:
        expected = [("Füzuli", "fuzuli-district-az"), ("Cəbrayıl", "jabrayil-district")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan built Fuzuli, Lachin, and Zangilan airports in three years.",
            [
                ("Azerbaijan", "az"),
                ("Fuzuli", "fuzuli-airport"),
                ("Lachin", "lachin-airport"),
                ("Zangilan", "zangilan-airport"),
            ],
        ),
        (
            "Füzuli və Laçın hava limanları istifadəyə verilib.",
            [("Füzuli", "fuzuli-airport"), ("Laçın", "lachin-airport")],
        ),
        (
            "Zengilan ve Fuzuli havalimanları açıldı.",
            [("Zengilan", "zangilan-airport"), ("Fuzuli", "fuzuli-airport")],
        ),
        (
            "the airports of Fuzuli and Lachin",
            [("Fuzuli", "fuzuli-airport"), ("Lachin", "lachin-airport")],
        ),
        # a town with no airport held stays the town, and so does a name apart from the word
        ("between Gafan and Fuzuli airports", [("Gafan", "kapan"), ("Fuzuli", "fuzuli-airport")]),
        ("We flew to Fuzuli. Airports were busy.", [("Fuzuli", "fuzuli")]),
    ],
)
def test_towns_listed_beside_a_plural_airport_word_are_their_held_airports(text, expected):
    """Blind set 120, both markings (4 of 4): "Fuzuli, Lachin, and Zangilan airports" (rule 35)."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Armenia's own highway after the Persian road word (convention 36)
        ("سرکیسیان درباره بزرگراه شمال-جنوب ارمنستان سخن گفت", [("ارمنستان", "am")]),
        # the corridor with its corridor word stays
        ("کریدور شمال-جنوب از ایران می گذرد", [("کریدور شمال-جنوب", "nstc"), ("ایران", "ir")]),
    ],
)
def test_a_persian_road_word_before_the_north_south_pair_is_armenias_highway(text, expected):
    """Blind set 121, both markings: "بزرگراه شمال-جنوب ارمنستان" is no corridor."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Подписан Меморандум о взаимопонимании "Об организации перевозок по линии '
            'Баку-Тбилиси-Карс". Поезд прибыл в Баку.',
            [("Баку", "baku")],
        ),
        (
            'They signed a Memorandum of Understanding "On cargo between Baku and Kars" in Tbilisi.',
            [("Tbilisi", "geonames:611717")],
        ),
    ],
)
def test_a_memorandums_quoted_title_after_its_own_words_holds_no_places(text, expected):
    """Blind set 121, both markings (convention 27): the words "о взаимопонимании" between."""
    assert _found(text) == expected


def test_a_coast_road_named_for_its_sea_is_no_place():
    """Blind set 121, both markings: "Karadeniz Sahil Yolu" is a road (rule 5)."""
    assert _found("Tırlar Karadeniz Sahil Yolu boyunca Sarp'a kadar uzandı.") == [("Sarp", "sarp")]
    assert _found("Karadeniz'de fırtına var.") == [("Karadeniz", "black-sea")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the blind set's "Naxçıvan-Qarabağlar": round 129 added Qarabağlar, see
        # tests/test_names_round129.py; Batabat is still lacking)
        ("Naxçıvan-Batabat turizm marşrutu açılıb.", [("Naxçıvan", "nakhchivan")]),
        ("Tourists like the Nakhchivan-Batabat tourist route.", [("Nakhchivan", "nakhchivan")]),
        ("Маршрут Нахчыван-Батабат популярен.", [("Нахчыван", "nakhchivan")]),
        # no route word: the republic, as before
        # (Duzdağ, the salt mine, lacking; Əlincə is Alinja castle since stop 58)
        (
            "Naxçıvan-Batabat, Naxçıvan-Duzdağ.",
            [("Naxçıvan", "nakhchivan-ar"), ("Naxçıvan", "nakhchivan-ar")],
        ),
        # the other end found: the route rule decides, as before
        (
            "The Nakhchivan-Turkey route is open.",
            [("Nakhchivan", "nakhchivan-ar"), ("Turkey", "tr")],
        ),
    ],
)
def test_a_routes_end_beside_a_place_the_gazetteer_lacks_is_the_town(text, expected):
    """Blind set 123, both markings (3 of 3): "Naxçıvan-Qarabağlar turizm marşrutu" (rule 2)."""
    assert _found(text) == expected
