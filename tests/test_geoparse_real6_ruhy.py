"""geoparse() on the failures of the sixth round of real Russian and Armenian articles.

Issue 10, round 6: the classes of failure a scratch set of real Russian and Armenian
excerpts (kept outside the repo) found, each tested with sentences written for these
tests: a hydro plant written with the full word instead of "ГЭС"; the classical spelling
of the diaspora press, "եա" for the reformed "յա" after a consonant; a name in a heading
in capitals beside another word in capitals; names the tables lacked (the Araz as
"Аразчай", the Baku port without "торговый", the Trump route as a road or a corridor in
Armenian).
"""

from geo._inflect import armenian_forms, russian_forms
from tests.parsing import found as _found


def test_a_plant_in_full_is_its_abbreviation():
    assert "Худаферинской гидроэлектростанции" in russian_forms("Худаферинская ГЭС")
    assert "Ордубадскую гидроэлектростанцию" in russian_forms("Ордубадская ГЭС")
    text = "Инженеры осмотрели плотину Худаферинской гидроэлектростанции в понедельник."
    assert _found(text) == [("Худаферинской гидроэлектростанции", "khudafarin-dam")]


def test_the_classical_spelling_writes_ea_for_ya():
    assert "Արաբական Միացեալ Էմիրութիւններ" in armenian_forms("Արաբական Միացյալ Էմիրություններ")
    assert "Ամերիկայի Միացեալ Նահանգներ" in armenian_forms("Ամերիկայի Միացյալ Նահանգներ")
    assert armenian_forms("Այաս") >= set() and "Աեաս" not in armenian_forms("Այաս")
    text = "Բեռնատարները կ՚երթան Արաբական միացեալ Էմիրութիւններ եւ Իրաք։"
    assert _found(text) == [
        ("Արաբական միացեալ Էմիրութիւններ", "ae"),
        ("Իրաք", "iq"),
    ]


def test_a_heading_in_capitals_is_no_persons_name():
    text = "ՔԱՋԱՐԱՆ ՀԱՄԱՅՆՔԻ ԶԱՐԳԱՑՄԱՆ ԾՐԱԳԻՐԸ\nԾրագիրը հաստատվել է։"
    assert _found(text) == [("ՔԱՋԱՐԱՆ", "geonames:174880")]
    # a person's name beside the place, in ordinary case, still drops it
    assert _found("Ագարակ Քաջարան Գրիգորյանը ասել է, որ ամեն ինչ լավ է։") == [("Ագարակ", "agarak")]


def test_names_the_tables_lacked():
    text = "Плотину на реке Аразчай достроят к лету."
    assert _found(text) == [("Аразчай", "araz")]
    text = "Директор Бакинского международного морского порта встретился с коллегами."
    assert _found(text) == [("Бакинского международного морского порта", "baku-port")]
    text = "Թեհրանը դեմ է «Թրամփի ճանապարհին», իսկ «Թրամփի միջանցքից» դժգոհ են նաև այլոք։"
    assert _found(text) == [
        ("Թեհրան", "tehran"),
        ("Թրամփի ճանապարհ", "zangezur-corridor"),
        ("Թրամփի միջանցք", "zangezur-corridor"),
    ]


def test_the_short_names_of_the_baku_port_and_the_khoda_afarin_county():
    text = "Мощность Бакинского порта выросла, как сообщили в Хода-Афарине."
    assert _found(text) == [
        ("Бакинского порта", "baku-port"),
        ("Хода-Афарине", "khoda-afarin-county"),
    ]


def test_the_sarp_crossing_in_russian_from_either_side():
    text = "Очередь фур на КПП «Сарп» растёт, а ТПП Сарпи работает в обычном режиме."
    assert _found(text) == [("Сарп", "sarp"), ("Сарпи", "sarp")]


def test_a_press_office_is_the_office_of_the_name_after_it():
    # "пресс-служба" is no name of its own: the ministry after it is what is read; the
    # ministry's short capitalised name is a body's (convention 21 of data/gold/dev.txt: both
    # markings of blind set 66 leave "МИД Азербайджана" unmarked, 2 against set 61's 1),
    # while the lower-case ministry's title keeps its state
    assert _found("Об этом сообщила пресс-служба МИД Туркменистана.") == []
    assert _found("Об этом сообщила пресс-служба министерства иностранных дел Туркменистана.") == [
        ("Туркменистан", "tm")
    ]
    # a service's own name still holds its country
    assert _found("Об этом сообщила Государственная пограничная служба Азербайджана.") == []


def test_azerbaijan_in_western_armenian_without_the_y():
    text = "Թուրքիոյ ու Ատրպէճանի նախարարները հանդիպեցան Պաքուի մէջ։"
    assert _found(text) == [("Թուրքիոյ", "tr"), ("Ատրպէճան", "az"), ("Պաքու", "baku")]
