"""Forms of blind sets 96-99 (issue 10: energy, diplomacy, trade and transport, 2026-12-04)
and of sets 94-95's leftovers: a place's name as a person's surname after a given name.

The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Məhəmməd Füzulinin qəzəlləri Təbrizdə oxundu.", [("Təbriz", "tabriz")]),
        ("The poet Muhammad Fuzuli wrote in three languages.", []),
        ("Поэт Мухаммед Физули писал на трёх языках.", []),
        ("Teknik direktör Mustafa Denizli Bakü'ye geldi.", [("Bakü", "baku")]),
    ],
)
def test_a_place_after_a_given_name_is_the_persons_surname(text, expected):
    """Set 95's poet (8 false finds of the district Füzuli) and a coach named Denizli."""
    assert _found(text) == expected


def test_the_place_itself_stays_after_other_words():
    assert _found("Füzuli rayonunda Məhəmməd adlı sakin yaşayır.") == [
        ("Füzuli rayonu", "fuzuli-district-az")
    ]
