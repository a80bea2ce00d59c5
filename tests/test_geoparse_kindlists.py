"""Kind words that pick the place's kind: for a list of names, for structures, for railways.

The texts are written for these tests. Each case comes with its twin without the kind
word, where the name stays the town.
"""

import pytest

from geo._linkforms import end_forms
from geo.gazetteer import gazetteer, normalize
from geo.geoparse import geoparse
from tests.parsing import found as _found

DISTRICTS = ["fuzuli-district-az", "jabrayil-district", "zangilan-district"]
TOWNS = ["fuzuli", "jabrayil", "zangilan"]


def _targets(text):
    return [m.target for m in geoparse(text)]


# ---------------------------------------------------------------- a kind word for a list
@pytest.mark.parametrize(
    ("with_word", "without"),
    [
        # the plural kind word after the list (Azerbaijani, English, Turkish, Armenian)
        (
            "Yeni məktəblər Füzuli, Cəbrayıl və Zəngilan rayonlarında açılacaq.",
            "Yeni məktəblər Füzuli, Cəbrayıl və Zəngilan şəhərlərində açılacaq.",
        ),
        (
            "Mine clearance continues in the Fuzuli, Jabrayil and Zangilan districts.",
            "Buses now run daily to Fuzuli, Jabrayil and Zangilan.",
        ),
        (
            "Göç edenler Fuzuli, Cebrail ve Zengilan ilçelerine dönüyor.",
            "Göç edenler Fuzuli, Cebrail ve Zengilan'a dönüyor.",
        ),
        # before the list (Persian, German)
        (
            "مدارس تازه در مناطق فضولی، جبرائیل و زنگیلان ساخته می‌شود.",
            "مدارس تازه در فضولی، جبرائیل و زنگیلان ساخته می‌شود.",
        ),
        (
            "Minenräumer arbeiten in den Bezirken Füzuli, Dschabrajil und Zangilan.",
            "Busse fahren nach Füzuli, Dschabrail und Zangilan.",
        ),
    ],
)
def test_a_kind_word_before_or_after_a_list_names_each_of_its_names(with_word, without):
    assert _targets(with_word) == DISTRICTS
    assert _targets(without)[-1] == "zangilan"
    assert _targets(without)[0] == "fuzuli"


def test_the_plural_kind_word_after_a_list_stays_outside_the_mentions():
    # as data/gold/ marks it: "[Saatlı], [İmişli] və [Biləsuvar] rayonlarının"
    found = _found("Yollar Füzuli, Cəbrayıl və Zəngilan rayonlarının kəndlərini birləşdirir.")
    assert found == [
        ("Füzuli", "fuzuli-district-az"),
        ("Cəbrayıl", "jabrayil-district"),
        ("Zəngilan", "zangilan-district"),
    ]


def test_an_armenian_plural_kind_word_after_a_list_of_genitives():
    found = _found("Զանգելանի և Ղուբադլուի շրջաններում դպրոցներ են կառուցվում։")
    assert ("Զանգելան", "zangilan-district") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Flooding hit Ardabil and Gilan provinces this week.",
            ["ardabil-province", "gilan-province"],
        ),
        ("Flights link Ardabil and Rasht daily.", ["ardabil", "rasht"]),
        (
            "باران شدید در استان‌های اردبیل و گیلان خسارت زد.",
            ["ardabil-province", "gilan-province"],
        ),
        ("پرواز از اردبیل به تهران هر روز است.", ["ardabil", "tehran"]),
    ],
)
def test_provinces_of_a_list(text, expected):
    assert _targets(text) == expected


# ---------------------------------------------------------------- structures
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Engineers inspected the Khudafarin and Giz Galasi dams after the flood.",
            [("Khudafarin", "khudafarin-dam"), ("Giz Galasi", "giz-galasi-dam")],
        ),
        (
            "Funding for the Ordubad and Marazad hydropower plants was approved.",
            [("Ordubad", "ordubad-hpp"), ("Marazad", "marazad-hpp")],
        ),
        # Persian: the plural plant word before the list, written with a ZWNJ
        (
            "قرارداد نیروگاه‌های اردوباد و مرازاد امضا شد.",
            [("اردوباد", "ordubad-hpp"), ("مرازاد", "marazad-hpp")],
        ),
        ("گردشگران در بهار به اردوباد می‌روند.", [("اردوباد", "ordubad")]),
        # Armenian: the plant word after two genitives; the town without it
        (
            "Օրդուբադի և Մարազադի էլեկտրակայանների շինարարությունը կսկսվի։",
            [("Օրդուբադ", "ordubad-hpp"), ("Մարազադ", "marazad-hpp")],
        ),
        ("Զբոսաշրջիկները գարնանը այցելում են Օրդուբադ։", [("Օրդուբադ", "ordubad")]),
        # Armenian dam and reservoir words after the genitive ending
        ("Խուդաֆերինի ամբարտակի բարձրությունը 65 մետր է։", [("Խուդաֆերին", "khudafarin-dam")]),
        # (the reservoir's word picks the reservoir and stays outside, as the held-out gold
        # marks it: tests/test_geoparse_real483.py)
        (
            "Խուդաֆերինի ջրամբարում ջուրը բարձրացել է։",
            [("Խուդաֆերինի", "khudafarin-reservoir")],
        ),
        # Azerbaijani plant words of three words, and village words
        (
            "Ordubad və Marazad su elektrik stansiyalarının tikintisi başlayır.",
            [("Ordubad", "ordubad-hpp"), ("Marazad", "marazad-hpp")],
        ),
        (
            "Turistlər yazda Ordubad və Marazad kəndlərinə gedir.",
            [("Ordubad", "ordubad"), ("Marazad", "marazad")],
        ),
    ],
)
def test_a_structure_word_picks_the_structure(text, expected):
    assert _found(text) == expected


def test_a_plant_word_is_the_dam_where_no_plant_has_the_name():
    # no plant is named Khudafarin: the plant word keeps the dam, not the reservoir
    assert _found("Խուդաֆերինի հէկը աշխատում է։") == [("Խուդաֆերին", "khudafarin-dam")]


def test_a_turkish_dam_word_with_its_possessive_and_ki():
    found = _found("Hudaferin barajının gücü büyük, Kız Kalesi barajınınki ise daha küçük.")
    assert found == [("Hudaferin barajı", "khudafarin-dam"), ("Kız Kalesi", "giz-galasi-dam")]


# ---------------------------------------------------------------- railways by their ends
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Horadiz-Ağbend demiryolu üzerinde ilk tren sefer yaptı.",
            [("Horadiz-Ağbend demiryolu", "horadiz-aghband-railway")],
        ),
        ("Rəşt-Astara dəmir yolu tikilir.", [("Rəşt-Astara dəmir yolu", "rasht-astara-railway")]),
        (
            "Die Rasht-Astara-Bahn soll 2028 fertig sein.",
            [("Rasht-Astara-Bahn", "rasht-astara-railway")],
        ),
        # a route of the same places without a railway word stays its places
        ("Otobüs Horadiz'den Ağbend'e gitti.", [("Horadiz", "horadiz"), ("Ağbend", "aghband")]),
        ("Lastwagen fahren von Rasht nach Astara.", [("Rasht", "rasht"), ("Astara", "astara-ir")]),
        # three ends are no link's two
        (
            "Kars-Iğdır-Nahçıvan demiryolu projesi sürüyor.",
            [("Kars", "kars"), ("Iğdır", "igdir"), ("Nahçıvan", "nakhchivan")],
        ),
    ],
)
def test_a_railway_by_its_ends_names_and_a_railway_word(text, expected):
    assert _found(text) == expected


def test_end_forms_pair_names_of_one_script():
    forms = set(end_forms(gazetteer(), "Horadiz–Aghband railway"))
    keys = {normalize(f) for f in forms}
    assert normalize("Horadiz–Ağbend demiryolu") in keys
    assert normalize("Горадиз–Агбенд железная дорога") in keys
    assert not any("Горадиз" in f and "Aghband" in f for f in forms)
    assert set(end_forms(gazetteer(), "Aghband–Kalaleh road bridge")) == set()
