"""geoparse() on the failures of round 6 of real English and German articles.

One test per general cause the round-6 scratch sets found (the articles stay outside the
repository; these sentences are the project's own).
"""

from tests.parsing import found as _found


def test_an_ordinary_word_is_no_name_spelt_with_turkic_letters():
    # German and English "Rest" folds to Reşt (Rasht in Turkish and Azerbaijani): only the
    # spelling with ş is the city
    assert _found("Die Exklave ist vom Rest Aserbaidschans abgeschnitten.") == [
        ("Aserbaidschan", "az")
    ]
    assert _found("The rest is history; Rest assured, trains reach Rasht.") == [("Rasht", "rasht")]
    assert _found("Yük qatarları Reşt şəhərinə çatıb.") == [("Reşt", "rasht")]
