"""Kind words written with a name: Turkish words after it with case endings, German compounds."""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Turkish: the kind word after the name, with a front-vowel case ending and -ki
        (
            "Proje, Zengilan ilçesindeki köyleri kapsıyor.",
            ("Zengilan ilçesi", "zangilan-district"),
        ),
        ("Zengilan ilçesine yeni bir yol yapılıyor.", ("Zengilan ilçesi", "zangilan-district")),
        (
            "Tebriz, Doğu Azerbaycan eyaletindeki en büyük şehirdir.",
            ("Doğu Azerbaycan eyaleti", "east-azerbaijan-province"),
        ),
        (
            "Köprü Doğu Azerbaycan eyaletinde açıldı.",
            ("Doğu Azerbaycan eyaleti", "east-azerbaijan-province"),
        ),
        # German: a compound after a hyphen, and a unit word before the name
        (
            "Der Chudaferin-Stausee füllt sich im Frühjahr.",
            ("Chudaferin-Stausee", "khudafarin-reservoir"),
        ),
        ("Über den Aras-Staudamm führt eine Straße.", ("Aras-Staudamm", "araz-hydro-junction")),
        (
            "Die Straße führt in den Bezirk Dschabrajil.",
            ("Bezirk Dschabrajil", "jabrayil-district"),
        ),
        ("Die Bahn erreicht die Provinz Ardabil.", ("Provinz Ardabil", "ardabil-province")),
    ],
)
def test_kind_words_with_the_name_are_part_of_the_mention(text, expected):
    assert expected in _found(text)


def test_the_kind_word_picks_the_district_over_its_seat():
    found = _found("Zengilan köyleri ve Zengilan ilçesi")
    assert found == [("Zengilan", "zangilan"), ("Zengilan ilçesi", "zangilan-district")]


def test_front_vowel_endings_are_not_read_in_german_text():
    # German has ö and ü too: "Linie" is not "Lini" with a Turkish dative
    found = _found("Die neue Linie über Astara wird gebaut, sagte der Minister.")
    assert [text for text, _ in found] == ["Astara"]


def test_front_vowel_endings_need_turkish_letters():
    # "Tabriz" + "de" in English: the word goes on, no ending is read
    assert _found("Tabrizde is not a word; Tabriz is a city.") == [("Tabriz", "tabriz")]
