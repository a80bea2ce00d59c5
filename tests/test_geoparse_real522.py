"""Forms read over held-out rounds 120 (sets 522-524: the 2024 helicopter crash near Varzaqan,
the 1988 Spitak earthquake, the Metsamor nuclear plant) and 121 (sets 525-527: the 2020
strikes on Ganja, the 2022 Kazakh unrest, the Van railway; both kept outside the project)
at stop 85, each counted over the held-out gold of rounds 92-119 first: an earthquake named
after its town in Armenian and Azerbaijani, an English mayor's title after his town, a town
word after a name after a capitalised word, an Armenian ending after a hyphen outside the
mention, the Kurdish parties' Russian and German names, Van joined to a route's stop, and
a crossing's words (the Persian word before it inside, the English after it outside).

The sentences are the project's own.
"""

import pytest

from geo.geoparse import geoparse
from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earthquake named after its town is an event's name, as in Turkish ("Spitak
        # depremi") and English ("the Spitak earthquake"): unmarked
        ("Սպիտակի երկրաշարժի զոհերին հիշեցին Գյումրիում։", [("Գյումրի", "geonames:616635")]),
        ("Քերմանշահի երկրաշարժից հետո դպրոցները փակվեցին։", []),
        (
            "Spitak zəlzələsinin ildönümündə Gümrüdə mərasim keçirildi.",
            [("Gümrü", "geonames:616635")],
        ),
        ("Kahramanmaraş zəlzələsi çox güclü idi.", []),
        # the earthquake in a place keeps the place
        ("Spitak şəhərində güclü zəlzələ baş verdi.", [("Spitak", "geonames:616199")]),
        ("Գյումրիում երկրաշարժ է տեղի ունեցել։", [("Գյումրի", "geonames:616635")]),
        ("Xoyda zəlzələ oldu.", [("Xoy", "geonames:126972")]),
        # the English "Mayor" after a town, before its holder's name: the town's office
        ("Vanadzor Mayor Mamikon Aslanyan opened the school.", [("Vanadzor", "geonames:616530")]),
        ("Deputy Mayor Karen Smith opened the school.", []),
        # a town word in lower case after a name: the town's, after a capitalised first word too
        ("Episentri Spitak şəhəri olan zəlzələ güclü idi.", [("Spitak", "geonames:616199")]),
        ("Ali Akbar Ahmadian said so.", []),
        # round 121: a Kurdish party's Russian and German names hold no place
        ("Боевики Рабочей партии Курдистана отступили.", []),
        ("Die Arbeiterpartei Kurdistans (PKK) zog sich zurück.", []),
        ("Первая партия нефти из Казахстана прибыла.", [("Казахстан", "kz")]),
        # and Van, an English word, joined to a route's stop by a dash: the city
        ("The Van-Tehran train left on time.", [("Van", "geonames:298117"), ("Tehran", "tehran")]),
        (
            "The first Van-to-Tehran trip was full.",
            [("Van", "geonames:298117"), ("Tehran", "tehran")],
        ),
        ("Van-based drivers went on strike.", []),
    ],
)
def test_round_120_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Persian crossing word before a held crossing's name: inside its mention
        ("کامیون‌ها در گذرگاه تورخم منتظر ماندند.", ("گذرگاه تورخم", "torkham-crossing")),
        ("زائران به گذرگاه مرزی شلمچه رسیدند.", ("گذرگاه مرزی شلمچه", "shalamcheh-crossing")),
        ("زائران از مرز شلمچه گذشتند.", ("شلمچه", "shalamcheh-crossing")),
        # the English crossing word in lower case after it: outside
        (
            "Aid trucks entered through the Bab al-Hawa crossing.",
            ("Bab al-Hawa", "bab-al-hawa-crossing"),
        ),
        ("Trucks queued at the Upper Lars checkpoint.", ("Upper Lars", "upper-lars")),
        ("The Sarp Border Gate reopened.", ("Sarp Border Gate", "sarp")),
    ],
)
def test_crossing_words(text: str, expected: tuple[str, str]) -> None:
    last = geoparse(text)[-1]
    assert (last.text, last.target) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Armenian case ending or article after a hyphen: outside the mention
        ("Նա գազ է ուզում ԵՄ-ին մատակարարել։", [("ԵՄ", "european-union", 16, 18)]),
        ("Մեծամորի ԱԷԿ-ը փակվելու է։", [("Մեծամորի ԱԷԿ", "metsamor-npp", 0, 12)]),
        # a hyphenated name's own second word stays inside
        ("Հյուսիս-հարավ ճանապարհը կառուցվում է։", [("Հյուսիս-հարավ", "nstc", 0, 13)]),
    ],
)
def test_hyphen_ending_outside(text: str, expected: list[tuple[str, str, int, int]]) -> None:
    assert [(m.text, m.target, m.start, m.end) for m in geoparse(text)] == expected
