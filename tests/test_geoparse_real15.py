"""geoparse() on a list-mate rule of round 15: a name listed beside a plant is a plant.

The pattern came from real articles of the read blind sets (kept outside the project);
the sentences here are the project's own. Each test asserts the new reading and that a
list of towns beside it keeps its towns.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plants planned on the Araz, named by their bare names: Marazad's bare name is
        # the plant, so Ordubad beside it is the plant too, in either order
        (
            "Two more plants are planned: Ordubad and Marazad.",
            [("Ordubad", "ordubad-hpp"), ("Marazad", "marazad-hpp")],
        ),
        (
            "Geplant sind außerdem Marasad und Ordubad flussaufwärts.",
            [("Marasad", "marazad-hpp"), ("Ordubad", "ordubad-hpp")],
        ),
        # stations listed so keep being stations
        (
            "The trains will stop at Hakari, Minjivan and Bartaz.",
            [
                ("Hakari", "hakari-station"),
                ("Minjivan", "minjivan-station"),
                ("Bartaz", "bartaz-station"),
            ],
        ),
        # beside a town, the bare name stays the town
        (
            "Julfa and Ordubad lie on the Araz.",
            [("Julfa", "julfa-az"), ("Ordubad", "ordubad"), ("Araz", "araz")],
        ),
    ],
)
def test_a_name_listed_beside_a_plant_is_a_plant(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Turkish province named like its seat takes the seat's Russian, Persian and
        # Armenian names, so a kind word before the name picks it ...
        ("Логистический центр построят в провинции Игдыр.", [("Игдыр", "igdir-province-tr")]),
        ("Губернатор провинции Ардаган прибыл.", [("Ардаган", "ardahan-province-tr")]),
        # ... and the bare name stays the seat
        ("Поезд прибыл в Игдыр.", [("Игдыр", "igdir")]),
        ("قطار به ایغدیر رسید.", [("ایغدیر", "igdir")]),
    ],
)
def test_a_turkish_province_by_its_seats_name_and_a_kind_word(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # research centres, schools and events named after a place are bodies (rule 12)
        ("Experts at the Caspian Policy Center said the route works.", []),
        ("The Caucasus Research Resource Center published a poll.", []),
        ("The Baku Energy Week opened on Monday.", []),
        # the place itself beside such words stays
        ("The forum took place in Baku this week.", [("Baku", "baku")]),
        ("The train left Baku. School children waved.", [("Baku", "baku")]),
    ],
)
def test_a_place_in_the_name_of_a_centre_or_an_event(text, expected):
    assert found(text) == expected
