"""Forms of blind sets 92-93 (issue 10: water and the border crossings of 2015-2026): a town
by its bus station or between two towns, a state's genitive before an Armenian commission.

The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    "text",
    [
        "Otobüs seferleri Nahçıvan Otogarı aracılığıyla yapılacak.",
        "Nahçıvan otogarından kalkan otobüs Iğdır'a ulaştı.",
        "Avtobuslar Naxçıvan avtovağzalından yola düşür.",
        "Автобусы отправляются с автовокзала Нахчывана каждый вечер.",
    ],
)
def test_a_bus_station_is_its_towns(text):
    """Convention 2: a station's or airport's name is the town's, a bus station's too."""
    assert "nakhchivan" in {pid for _, pid in _found(text)}, _found(text)
    assert "nakhchivan-ar" not in {pid for _, pid in _found(text)}


def test_a_plain_near_the_name_stays_the_republic():
    assert _found("Nahçıvan ovası kuraklıkla karşı karşıya.") == [("Nahçıvan", "nakhchivan-ar")]


def test_states_in_the_genitive_before_an_armenian_commission_are_its_owners():
    """As before a ministry (convention 21): the Iran-Armenia intergovernmental commission;
    a nominative pair is the commission's own name."""
    text = "Նախագծերը Իրանի և Հայաստանի միջպետական հանձնաժողովի օրակարգում են։"
    assert _found(text) == [("Իրան", "ir"), ("Հայաստան", "am")]
    assert _found("Ադրբեջան-Իրան միջպետական հանձնաժողովի նիստը կայացավ։") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaycan vatandaşlarının Bakü ile Nahçıvan arasındaki ulaşımı kesildi.",
            [("Azerbaycan", "az"), ("Bakü", "baku"), ("Nahçıvan", "nakhchivan")],
        ),
        (
            # (the Azerbaijani citizens' word after a nominative state: unmarked since stop 84)
            "Azərbaycan vətəndaşları Bakı ilə Naxçıvan arasında avtobusla gedir.",
            [("Bakı", "baku"), ("Naxçıvan", "nakhchivan")],
        ),
        # (between a country and the name: the land, convention 2)
        (
            "Türkiye ile Nahçıvan arasında ticaret arttı.",
            [("Türkiye", "tr"), ("Nahçıvan", "nakhchivan-ar")],
        ),
    ],
)
def test_two_towns_the_turkic_between_joins_are_a_routes_stops(text, expected):
    """ "Bakü ile Nahçıvan arasında" is "between Baku and Nakhchivan": the towns, though the
    sentence names Azerbaijan (convention 2)."""
    assert _found(text) == expected


def test_a_persian_working_groups_name_holds_its_lake():
    """A body's name (convention 12): the national working group to save Lake Urmia."""
    assert _found("پژوهش کارگروه ملی نجات دریاچه ارومیه اعلام شد.") == []
    assert _found("دریاچه ارومیه خشک شد.") == [("دریاچه ارومیه", "lake-urmia")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acara Özerk Cumhuriyeti'nde seçim yapıldı.", [("Acara Özerk Cumhuriyeti", "adjara-ge")]),
        ("Dağıstan Özerk Cumhuriyeti sınırında", [("Dağıstan Özerk Cumhuriyeti", "dagestan-ru")]),
        ("Acarıstan Muxtar Respublikası", [("Acarıstan Muxtar Respublikası", "adjara-ge")]),
        # (the Turkish region word stays outside, a descriptor: convention 1)
        (
            "Ermenistan'ın Sünik bölgesinden geçen yol",
            [("Ermenistan", "am"), ("Sünik", "syunik-province")],
        ),
    ],
)
def test_an_autonomous_republics_words_are_its_name_a_region_word_is_not(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the first Karabakh war, the railway was demolished.", []),
        ("Seit Beginn des Karabach-Krieges übt der Iran.", [("Iran", "ir")]),
        ("بعد از جنگ دوم قره باغ بحثی شد.", []),
        ("Karabağ çatışmasının ardından barış geldi.", []),
        ("после Второй карабахской войны", []),
        ("the Nagorno-Karabakh conflict", []),
        # the war of a country is fought in it: the country; a year between, the place
        ("The Ukraine war and Karabakh roads.", [("Ukraine", "ua"), ("Karabakh", "karabakh")]),
        ("پس از جنگ ۲۰۲۰ قره‌باغ دوباره فعال شدند", [("قره\u200cباغ", "karabakh")]),
        # "مورد مناقشه": disputed, no war
        ("منطقه مورد مناقشه قره‌باغ", [("قره\u200cباغ", "karabakh")]),
        ("A warm Karabakh welcome.", [("Karabakh", "karabakh")]),
    ],
)
def test_a_regions_name_in_a_wars_name_is_the_wars(text, expected):
    """Convention 25: "the second Karabakh war" names the war (29 of 31 in the gold)."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("между рекой Аракс и хребтом Зангезур, у границы", [("Аракс", "araz")]),
        ("Zengezur Sıradağları'nın en yüksek dağı", []),
    ],
)
def test_a_range_named_after_a_land_is_no_mention(text, expected):
    """Convention 16, as the Azerbaijani "Zəngəzur silsiləsi" (blind sets 92 and 95)."""
    assert _found(text) == expected


def test_a_facility_word_opening_the_sentence_makes_the_town():
    """ "Аэропорт Нахичевани": the airport's town, as "в аэропорту Нахичевани" (blind set 90)."""
    assert _found("Аэропорт Нахичевани остановил работу после удара БПЛА.") == [
        ("Нахичеван", "nakhchivan")
    ]
    assert _found("Нахчыван получит газ.") == [("Нахчыван", "nakhchivan-ar")]
