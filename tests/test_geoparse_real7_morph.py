"""Surface forms of places in our data, round 7 (issue 10): forms the parser missed.

Each a general rule or sourced data, found on new real articles and checked on the earlier
rounds' sets: the short names of the United States in Russian and Armenian (as the
Persian one already was; not the initials ԱՄՆ, dev.txt convention 4); the Armenian
u-declension on the last word of a longer name; the Azerbaijani and Turkish words that
open a sentence and a port's sea word beside a town known only to GeoNames; seas and
gulfs listed with one plural kind word (Russian) or after "und" (German); a corridor's
long name without "international" or "transport"; the Persian آذر بایجان written in two
parts. The sentences are written for these tests.
"""

import pytest

from geo.geoparse import geoparse


def _targets(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.target) for m in geoparse(text)]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Переговоры с Америкой затянулись.", ("Америк", "us")),
        ("Экспорт в Америку вырос вдвое.", ("Америк", "us")),
        ("Նավթի գինը բարձրացրել է Ամերիկան։", ("Ամերիկա", "us")),
    ],
)
def test_the_short_names_of_the_united_states(text, pair):
    assert pair in _targets(text)


def test_the_continents_keep_their_longer_names():
    assert _targets("Грузы идут в Латинскую Америку.")[0][1] == "latin-america"


@pytest.mark.parametrize(
    "text",
    [
        "Կառավարությունը քննարկեց «Թրամփի ուղու» ծախսերը։",
        "Բեռները կանցնեն «Թրամփի ուղուն» միացող ճանապարհով։",
    ],
)
def test_the_armenian_u_declension_of_a_longer_names_last_word(text):
    assert [t for _, t in _targets(text)] == ["zangezur-corridor"]


@pytest.mark.parametrize(
    ("text", "pid"),
    [
        ("Lakin Çabahar şəhəri hələ dəmir yoluna qoşulmayıb.", "geonames:1161724"),
        ("Ancak Aktau yeni gemiler bekliyor.", "geonames:610612"),
        ("Türkmenbaşı Deniz Limanı yeni rıhtımlar açtı.", "geonames:601594"),
    ],
)
def test_a_sentence_opening_word_or_a_port_word_makes_no_persons_name(text, pid):
    assert [t for _, t in _targets(text)] == [pid]


def test_the_armenian_initials_of_the_united_states_stay_unmarked():
    # dev.txt convention 4: a state's initials (ՀՀ, ԱՄՆ, РФ) are left unmarked
    assert _targets("ԱՄՆ պետքարտուղարը ժամանեց Երևան։") == [("Երևան", "geonames:616052")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Паромы ходят между Каспийским и Черным морями.",
            [("Каспийским", "caspian-sea"), ("Черным морями", "black-sea")],
        ),
        (
            "Танкеры идут к Персидскому и Оманскому заливам.",
            [("Персидскому", "persian-gulf"), ("Оманскому заливам", "gulf-of-oman")],
        ),
        (
            "Die Route verbindet das Kaspische und Schwarze Meer.",
            [("Kaspische", "caspian-sea"), ("Schwarze Meer", "black-sea")],
        ),
        (
            "Häfen am Kaspischen und am Schwarzen Meer wachsen.",
            [("Kaspischen", "caspian-sea"), ("Schwarzen Meer", "black-sea")],
        ),
    ],
)
def test_a_list_of_adjectives_sharing_a_sea_word(text, expected):
    # the plural kind word in Russian, "und" in German: each adjective its own sea
    assert _targets(text) == expected


def test_a_german_word_before_und_that_names_no_sea_stays_unmarked():
    assert _targets("Physik und Chemie am Schwarzen Meer.") == [("Schwarzen Meer", "black-sea")]


@pytest.mark.parametrize(
    "text",
    [
        "Грузы пошли по Транскаспийскому маршруту.",
        "Der Verkehr auf der transkaspischen Transportroute wächst.",
        "Konteynerlər Trans-Xəzər Nəqliyyat Marşrutu ilə daşınır.",
    ],
)
def test_a_corridors_long_name_without_its_optional_words(text):
    # "international" and "transport" left out of the Middle Corridor's long names
    assert [t for _, t in _targets(text)] == ["middle-corridor"]


@pytest.mark.parametrize(
    ("text", "pid"),
    [
        ("بازرگانان استان آذر بایجان شرقی به نخجوان رفتند.", "east-azerbaijan-province"),
        ("سفیر جمهوری آذر بایجان در تهران سخن گفت.", "az"),
    ],
)
def test_azerbaijans_persian_name_in_its_two_parts(text, pid):
    assert _targets(text)[0][1] == pid
