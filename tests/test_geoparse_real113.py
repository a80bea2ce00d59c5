"""Forms of blind sets 112-118 (issue 10, stop 55, 2026-12-04).

The texts are written for these tests.
"""

import pytest

import geo
from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # convention 1: the town word in lower case stays outside (blind set 112, twice)
        ("The plant will stand in Azerbaijan's Ganja city.", ("Ganja", "geonames:586523")),
        # capitalised, it is a name of the city's unit, inside
        ("Ganja City hosts the fair.", ("Ganja City", "geonames:586523")),
    ],
)
def test_the_lower_case_city_word_after_a_citys_name_stays_outside(text, expected):
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azərbaycanın Təbrizdəki Baş Konsulluğu fəaliyyətini bərpa edib.",
            [("Azərbaycan", "az"), ("Təbriz", "tabriz")],
        ),
        (
            "Türkiye'nin Tebriz'deki Başkonsolosluğu açıldı.",
            [("Türkiye", "tr"), ("Tebriz", "tabriz")],
        ),
        # the nominative is still the name's first word (rule 12)
        ("Naxçıvan Ali Məclisi toplanıb.", []),
    ],
)
def test_a_locative_adjective_before_a_bodys_words_is_its_seat(text, expected):
    """Blind sets 114 and 115 (both markings, 4 of 4): the consulate's seat is marked."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TEHRAN - Tabriz Cultural Week will open at the Artists Forum.",
            [("TEHRAN", "tehran")],
        ),
        (
            "TEHRAN – The Cultural Week of Tabriz opens today.",
            [("TEHRAN", "tehran"), ("Tabriz", "tabriz")],
        ),
    ],
)
def test_a_datelines_town_is_no_part_of_a_bodys_name(text, expected):
    """Blind set 113: "TEHRAN - Tabriz Cultural Week" lost the dateline to the event's name."""
    assert _found(text) == expected


def test_the_iran_azerbaijan_commission_still_takes_both_names():
    assert _found("The Iran-Azerbaijan Joint Economic Commission met in Baku.") == [
        ("Baku", "baku")
    ]


def test_a_persian_title_joined_to_a_given_name_is_a_persons():
    """Blind set 114: "سیدعباس عراقچی" (the blank lost) was the village Seyyed Abbas."""
    assert [p for _, p in _found("سیدعباس عراقچی وارد تبریز شد.")] == ["tabriz"]


@pytest.mark.parametrize(
    "text",
    [
        "The border troops serve under the agreement “On the status of the border troops of "
        "the Russian Federation on the territory of the Republic of Armenia”, signed in 1992.",
        "Стороны подписали соглашение «О пунктах пропуска на границе Азербайджана и Ирана».",
    ],
)
def test_a_quoted_title_after_its_agreement_word_holds_no_mentions(text):
    """Blind set 114 (both markings): convention 27, with the agreement's word first."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zengezur Elektrik İletim Hattı’nın inşası sürüyor.", []),
        (
            "Cebrayıl-Ağbend Elektrik İletim Hattı tamamlandı.",
            [("Cebrayıl", "jabrayil"), ("Ağbend", "aghband")],
        ),
        ("The Border Department of the FSB of Russia reported it.", []),
        ("Пограничное управление ФСБ России сообщило об этом.", []),
        ("Эрдоган открыл военно-производственный комплекс «Нахчыван».", []),
        ("سپاه رزمایش «ارس - ۲۰۲۵» را برگزار کرد.", []),
    ],
)
def test_names_of_lines_services_complexes_and_exercises(text, expected):
    """Blind sets 114 and 115 (both markings): a power line's, a service's, a works' and an
    exercise's names hold no mentions; a line's ends joined by a dash stay."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İran səfirliyi hazırda kurslar təklif edir.", []),
        (
            "Azərbaycanın Ermənistandakı səfirliyi bağlıdır.",
            [("Azərbaycan", "az"), ("Ermənistan", "am")],
        ),
        ("Konsolos, Erzurum Gazeteciler Cemiyetini ziyaret etti.", []),
        ("Festivalı Исполнительной власти города Шеки поддержала.", []),
        ("Председатель Союза композиторов Азербайджана выступила.", []),
        (
            "После распада Советского Союза Азербайджан стал независимым.",
            [("Советского Союза", "su"), ("Азербайджан", "az")],
        ),
        (
            "The Forum will open a photo exhibition “Tabriz Cultural Week in Tehran” today.",
            [],
        ),
    ],
)
def test_bodies_and_exhibition_titles_named_after_places(text, expected):
    """Blind sets 113 and 114 (both markings): an embassy, an association, an executive
    power, a union and an exhibition's quoted title hold no mentions."""
    assert _found(text) == expected


def test_an_autonomous_republics_ministry_keeps_its_owner():
    """Blind set 113 (both markings): "وزارت فرهنگ [جمهوری خودمختار نخجوان]", as a state's."""
    text = "سرپرست وزارت فرهنگ جمهوری خودمختار نخجوان وارد تبریز شد."
    assert _found(text) == [("جمهوری خودمختار نخجوان", "nakhchivan-ar"), ("تبریز", "tabriz")]
    assert _found("شرکت آب منطقه‌ای آذربایجان شرقی اعلام کرد.") == []


def test_an_ancient_kingdoms_name_is_no_alias_of_its_city():
    """Blind set 113: "Urartu style" was Van, which GeoNames aliases "Urartu"."""
    assert _found("The reliefs are in the Urartu style, found near Van.") == [
        ("Van", "geonames:298117")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cenazeler Doğubayazıt Devlet Hastanesi morguna kaldırıldı.",
            [("Doğubayazıt", "geonames:316411")],
        ),
        # the given name Devlet before a surname is still no facility
        ("MHP Genel Başkanı Devlet Bahçeli Ankara'da konuştu.", [("Ankara", "geonames:323786")]),
        ("The PAX ferry sails from Baku.", [("Baku", "baku")]),
    ],
)
def test_a_towns_state_hospital_and_a_shipping_word(text, expected):
    """Blind sets 113 and 117 (both markings): convention 34 marks the town a hospital is
    named after; blind set 118: "PAX" (passengers) is no alias of La Paz."""
    assert _found(text) == expected


def test_a_russian_list_of_unit_adjectives_joined_by_a_comma():
    """Blind set 117 (both markings): each adjective before the plural is its province."""
    assert _found("Беженцы живут в Вайоцдзорской, Араратской областях.") == [
        ("Вайоцдзорской", "vayots-dzor-province"),
        ("Араратской", "ararat-province"),
    ]


def test_a_pair_after_a_russian_road_word_is_no_railway():
    """Blind set 117 (both markings): "трассы Алят - Астара" is the highway's two towns."""
    text = "ДТП произошло на участке трассы Алят - Астара, у села."
    assert _found(text) == [("Алят", "alat"), ("Астара", "astara-az")]
    assert [m.link for m in geo.geoparse("Поезд идет по линии Алят - Астара.")] == [
        "alat-astara-railway"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Əhalinin əksəriyyəti Azərbaycan türklərindən ibarətdir.", []),
        ("Azerbaycan ordusunun girdiği şehir yeniden kuruluyor.", []),
        ("Վանքերը ցանկում են «Հայկական եկեղեցիներն Իրանում» անվանման տակ։", []),
    ],
)
def test_a_people_an_army_and_a_lists_quoted_name_hold_no_mentions(text, expected):
    """Blind set 116 (both markings): the Azerbaijani Turks, a state's army in the
    nominative (convention 20), and a UNESCO listing's quoted name (convention 25)."""
    assert _found(text) == expected
