"""Readings that held-out sets 341-351 (stop 72: South-East Asia, Central Europe's energy,
the Nordic countries) showed missing. The sentences are the project's own.

- An English compound of an agent and a participle before a town ("the Rosatom-built
  Paks plant") is the builder's adjective, no capitalised word of a person's name.
- A Roman unit number after a town, then a plant's word ("Paks II nuclear plant"), is the
  town's second plant, no king's number.
- A communist party's name holds its state's name ("Vietnam Komünist Partisi", "the
  Communist Party of Vietnam"): a party, no place (data/organisation_words.txt).
- A state's official Azerbaijani or Turkish name with its capitalised state word ("Qətər
  Dövləti", "Katar Devleti") is one mention; the lower-case common noun ("İraq dövləti")
  stays outside (held-out set 355a, read at stop 73).
"""

import pytest

from tests.parsing import found as _found

FOUND = [
    ("The Rosatom-built Paks plant supplies half of Hungary's power.", "Paks"),
    ("Work on the Paks II nuclear plant resumed in February.", "Paks"),
    ("Budapest wants the Paks II NPP running by 2032.", "Paks"),
]


@pytest.mark.parametrize(("text", "mention"), FOUND)
def test_found(text, mention):
    assert (mention, "geonames:3046768") in _found(text)


NOTHING = [
    "Nicholas II abdicated in 1917.",  # a king's number: no plant's word after it
    "The US-backed talks stalled.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_nothing(text):
    assert _found(text) == []


PARTY = [
    ("The Communist Party of Vietnam met in Hanoi.", ["Hanoi"]),
    ("Putin, Vietnam Komünist Partisi Genel Sekreteri ile Hanoi'de görüştü.", ["Hanoi"]),
    ("Vyetnam Kommunist Partiyasının nümayəndələri Bakıya gəlib.", ["Bakı"]),
    ("Делегация Коммунистической партии Вьетнама прибыла в Москву.", ["Москв"]),
    ("Die Kommunistische Partei Chinas tagte in Peking.", ["Peking"]),
    ("Վիետնամի կոմունիստական կուսակցության պատվիրակությունը Երևանում է։", ["Երևան"]),
    # the country itself, before a party in lower case, stays
    ("Vietnam's communist party leader visited Russia.", ["Vietnam", "Russia"]),
]


@pytest.mark.parametrize(("text", "mentions"), PARTY)
def test_a_communist_party_holds_no_place(text, mentions):
    assert [m for m, _ in _found(text)] == mentions


STATE = [
    # a state's official Azerbaijani and Turkish names, the word capitalised (held-out set
    # 355a, both markings): one mention with the word
    ("Qətər Dövləti ilə Azərbaycan arasında saziş imzalanıb.", [("Qətər Dövləti", "qa")]),
    ("Katar Devleti ve Umman Sultanlığı bildiri yayımladı.", [("Katar Devleti", "qa")]),
    ("Səudiyyə Ərəbistanı Krallığı ilə saziş", [("Səudiyyə Ərəbistanı Krallığı", "sa")]),
    # the common noun in lower case after the name is no part of it (sets 297a, 314a)
    ("İraq dövləti bu addımı pisləyib.", [("İraq", "iq")]),
    ("Hindistan devleti yeni bir liman açtı.", [("Hindistan", "in")]),
]


@pytest.mark.parametrize(("text", "mentions"), STATE)
def test_a_state_word_is_the_official_name_only_capitalised(text, mentions):
    assert all(m in _found(text) for m in mentions)
    assert not [m for m, _ in _found(text) if m.endswith(("dövləti", "devleti"))]


SEAT_PROVINCE = [
    # a province named after its seat, by the seat's Azerbaijani name and the province word
    # vilayət (held-out set 354a, both markings: the oblast, not the city), as with əyalət
    ("Dnepropetrovsk vilayətində zərbələr olub.", "dnipropetrovsk-oblast-ua"),
    ("Ordu Xerson vilayətinin cənubuna çəkilib.", "kherson-oblast-ua"),
    ("Zaporojye vilayətində atəş səsləri eşidilib.", "zaporizhzhia-oblast-ua"),
]


@pytest.mark.parametrize(("text", "pid"), SEAT_PROVINCE)
def test_a_province_by_its_seats_name_and_the_province_word(text, pid):
    assert [p for _, p in _found(text)] == [pid]


def test_a_plural_province_word_after_a_list_stays_outside():
    # "[Zaporojye] və [Xerson] vilayətləri": each name alone, the oblasts (held-out set 332a)
    text = "Rusiya Zaporojye və Xerson vilayətlərində seçki keçirib."
    assert _found(text)[1:] == [
        ("Zaporojye", "zaporizhzhia-oblast-ua"),
        ("Xerson", "kherson-oblast-ua"),
    ]


def test_the_seats_name_alone_stays_the_city():
    assert [p for _, p in _found("Xerson şəhərində partlayış olub.")] == ["geonames:706448"]
