"""Mention spans: an abbreviation's marked case ending, Turkish kind words after a region.

The texts are written for these tests; each case comes with its twin where the span
must not grow.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Azerbaijani: the case ending after the hyphen of "SES" is the mention's
        (
            "Gələn il Ordubad SES-i işə düşəcək.",
            [("Ordubad SES-i", "ordubad-hpp")],
        ),
        (
            "Mərəzəd SES-lərinin tikintisi davam edir.",
            [("Mərəzəd SES-lərinin", "marazad-hpp")],
        ),
        # no ending after the hyphen: the span stays
        (
            "Ordubad SES - yeni stansiya.",
            [("Ordubad SES", "ordubad-hpp")],
        ),
        # a name that is no abbreviation keeps its span before the hyphen
        ("Ordubad-a yol çəkilir.", [("Ordubad", "ordubad")]),
    ],
)
def test_abbreviation_takes_its_marked_ending(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (bölge a descriptor, outside: convention 1)
        ("Yük trenleri Sünik bölgesinden geçmiyor.", ("Sünik", "syunik-province")),
        # a Turkish ending after an apostrophe before it ("Tebriz'den") is no German "den"
        (
            "Tebriz'den çıkan kamyonlar Sünik bölgesinde yavaşlıyor.",
            ("Sünik", "syunik-province"),
        ),
        ("Vali, Iğdır ilimiz için yeni bir liman istedi.", ("Iğdır ilimiz", "igdir-province-tr")),
        (
            "Doğu Zengezur Ekonomik Bölgesi yatırım bekliyor.",
            ("Doğu Zengezur Ekonomik Bölgesi", "east-zangezur"),
        ),
    ],
)
def test_turkish_kind_word_after_a_region(text, expected):
    # (the case ending after the kind word is left out, as after a name: -nden, -nde)
    assert expected in _found(text)


def test_turkish_region_without_kind_word_keeps_its_span():
    # the bare names: no kind word taken in, and the town for bare "Iğdır"
    assert ("Sünik", "syunik-province") in _found("Sünik ve Iğdır arasında yeni bir yol.")
    assert ("Iğdır", "igdir") in _found("Sünik ve Iğdır arasında yeni bir yol.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Western Armenian country names (names.yaml, from the diaspora press and hyw Wikipedia)
        ("Ֆրանսա եւ Սուրիա նոր համաձայնագիր ստորագրեցին։", [("Ֆրանսա", "fr"), ("Սուրիա", "sy")]),
        ("Սուրիոյ մէջ նոր ճամբայ կը շինուի։", [("Սուրիոյ", "sy")]),
        (
            "Ամերիկայի Միացեալ Նահանգներ կը հետեւին գործին։",
            [("Ամերիկայի Միացեալ Նահանգներ", "us")],
        ),
        # Eastern Armenian names of Aghband and Rasht (places.yaml, from the Armenian press)
        ("Աղբենդի կամուրջը բացվեց։", [("Աղբենդ", "aghband")]),
        ("Բեռները Ռեշտով կհասնեն։", [("Ռեշտ", "rasht")]),
        # Persian: the short name of Syunik province is the province, not the village
        ("کامیون‌ها از سیونیک می‌گذرند.", [("سیونیک", "syunik-province")]),
    ],
)
def test_names_added_with_a_source(text, expected):
    assert _found(text) == expected


def test_german_spelling_of_a_final_y_after_a_vowel():
    # the rule's German spelling of "Astarachay" (Russian -ай: -ai), and none where the
    # English name is written
    text = "Eine zweite Brücke über den Astaratschai ist geplant."
    assert ("Astaratschai", "astarachay") in _found(text)
    assert "Astarachay" not in [m for m, _ in _found(text)]
