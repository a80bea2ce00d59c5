"""Forms read over held-out round 120 (sets 522-524: the 2024 helicopter crash near Varzaqan,
the 1988 Spitak earthquake, the Metsamor nuclear plant; kept outside the project) at stop
85, each counted over the held-out gold of rounds 92-119 first: an earthquake named after
its town in Armenian and Azerbaijani, and an English mayor's title after
his town.

The sentences are the project's own.
"""

import pytest

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
    ],
)
def test_round_120_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
