"""Forms of held-out sets 443-446 (round 95; kept outside the project): a link named whole
with its kind word before a stop it goes on to, a held port by a Persian kind word and its
quoted name, the Pahlavi dynasty that GeoNames gives Anzali's old name, and an embassy named
without its town.

The sentences are the project's own.
"""

import pytest

from tests.parsing import found


def test_a_link_named_whole_then_to_a_stop_stays_the_link():
    text = "The plan joins the Rasht-Qazvin railway to the ports of Anzali and Astara."
    assert ("Rasht-Qazvin railway", "qazvin-rasht-railway") in found(text), found(text)


def test_a_pair_going_on_to_a_third_stop_is_still_a_route():
    """The kind word before the pair: a route of three stops (tests/test_geoparse_linkpairs.py)."""
    targets = [t for _, t in found("راه‌آهن قزوین - رشت به آستارا می‌رسد.")]
    assert targets == ["qazvin", "rasht", "astara-ir"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("کشتی از طریق بندر «امیرآباد» به ایران رسید.", ("بندر «امیرآباد»", "amirabad-port")),
        ("مدیر بندر امیرآباد از صادرات گفت.", ("بندر امیرآباد", "amirabad-port")),
    ],
)
def test_a_held_port_by_its_persian_word_and_quoted_name(text, expected):
    assert expected in found(text), found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bu tayfa Pəhləvi dövrünə qədər Makuda yaşayıb.", [("Maku", "geonames:125205")]),
        ("The Pahlavi era ended in 1979.", []),
        # the town's old name with its word stays the town
        ("Gəmilər Bandar Pahlavi limanına gəlirdi.", [("Bandar Pahlavi", "geonames:141679")]),
    ],
)
def test_the_pahlavi_dynasty_is_no_town(text, expected):
    assert found(text) == expected


def test_an_embassy_without_its_town_is_no_embassy_in_tehran():
    text = "Representatives of the Azerbaijani Embassy met the border guards."
    assert found(text) == []
    assert found("A gunman attacked the Azerbaijani embassy in Tehran.") == [
        ("Azerbaijani embassy in Tehran", "az-embassy-tehran")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Persian fleet's word before its sea: the fleet's name (held-out set 448a)
        ("یک کشتی ناوگان دریای سیاه روسیه هدف قرار گرفت.", [("روسیه", "ru")]),
        # the state after it stays its owner, as after a ministry's word
        ("ناوگان نظامی ایران در خلیج فارس است.", [("ایران", "ir"), ("خلیج فارس", "persian-gulf")]),
        ("کشتی‌ها در دریای سیاه حرکت کردند.", [("دریای سیاه", "black-sea")]),
    ],
)
def test_a_persian_fleet_named_after_its_sea(text, expected):
    assert found(text) == expected
