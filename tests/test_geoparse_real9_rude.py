"""Russian and German news of round 9 (fp9-ru-de): the causes that recurred on real pages.

Sports clubs named after their towns and lands (geo._sportsclubs), a league named after a
continent (data/organisation_words.txt), and names the tables lacked. The texts are
written for these tests.
"""

import pytest

from geo.geoparse import geoparse
from tests.parsing import found as _found


def _kinds(text: str) -> list[tuple[str, str, str]]:
    """Each mention's text, target and kind (a place's kind, or "link")."""
    return [(m.text, m.target, m.place.kind if m.place else "link") for m in geoparse(text)]


# ---------------------------------------------------------------- sports clubs
def test_russian_quoted_clubs_on_a_match_report_are_no_places():
    text = (
        "В матче 12-го тура Премьер-лиги «Сабах» принимал «Габалу», а «Карабах» обыграл "
        "«Туран Товуз» со счетом 2:0. Матч прошел на стадионе в Баку."
    )
    # the clubs go, the town the game was played in stays
    assert _kinds(text) == [("Баку", "baku", "city")]


def test_a_quoted_club_with_its_case_ending_and_a_hyphen():
    text = (
        "«Зиря» уступила «Араз-Нахчывану» в гостевом матче и набрала лишь одно очко, "
        "оставшись седьмой в турнирной таблице."
    )
    assert _found(text) == []


def test_german_club_after_its_initials_and_its_first_word_alone_later():
    text = (
        "Der FK Qarabağ Ağdam gewann am dritten Spieltag der Champions League mit 3:1; der "
        "Trainer lobte die Mannschaft. Qarabağ steht nun auf Platz zwei der Tabelle. Die "
        "Heimspiele trägt der Klub in Baku aus."
    )
    assert _kinds(text) == [("Baku", "baku", "city")]


def test_german_club_named_by_land_and_town_and_the_league_after_a_continent():
    text = (
        "Im Achtelfinale der Europa League trifft Karabach Agdam auf einen Klub aus Portugal; "
        "das Stadion in Baku ist ausverkauft."
    )
    assert _kinds(text) == [("Portugal", "pt", "country"), ("Baku", "baku", "city")]


def test_the_town_word_of_a_quoted_club_is_not_remembered():
    # «Карван Евлах» is a club; the town it plays in, named alone, stays the town
    text = (
        "«Сабах» встретился в Евлахе с клубом «Карван Евлах» и набрал три очка, "
        "поднявшись на третье место турнирной таблицы."
    )
    assert _kinds(text) == [("Евлах", "geonames:584649", "city")]


def test_a_score_tells_a_game_too():
    # the scores, in brackets and before a result, are two of the three game words here
    text = "Erst (3:2) gegen Lissabon, dann gewann Karabach Agdam erneut; zuletzt 1:3-Niederlage."
    assert ("Karabach", "karabakh") not in _found(text)
    assert ("Agdam", "geonames:148619") not in _found(text)


def test_players_word_after_a_hyphen():
    text = (
        "Die Agdam-Spieler feierten den Sieg in der Champions League vor 30.000 Fans im Stadion."
    )
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quoted plants and a terminal on a page about no game stay places
        (
            "Правительства обсудили ГЭС «Гыз Галасы» и «Худаферин» на реке Араз.",
            [
                ("Гыз Галасы", "giz-galasi-dam", "dam"),
                ("Худаферин", "khudafarin-dam", "dam"),
                ("Араз", "araz", "river"),
            ],
        ),
        # the town and the land, each alone, away from any club
        (
            "Von Ağdam sind es 80 Kilometer bis zur Grenze; in Karabach wird gebaut.",
            [("Ağdam", "geonames:148619", "town"), ("Karabach", "karabakh", "region")],
        ),
        # two names side by side on a page about no game stay places
        (
            "Das Außenministerium in Baku Aserbaidschan teilte mit, die Gespräche in Teheran "
            "seien gut verlaufen.",
            [
                ("Baku", "baku", "city"),
                ("Aserbaidschan", "az", "country"),
                ("Teheran", "tehran", "city"),
            ],
        ),
    ],
)
def test_the_same_shapes_without_a_game_stay_places(text, expected):
    assert _kinds(text) == expected


# ---------------------------------------------------------------- names the tables lacked
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the port of Baku with the port word first, capitalised as a heading writes it
        ("Порт Баку, Азербайджан: причалов стало больше.", ("Порт Баку", "baku-port", "building")),
        # Khorgos in the German spelling
        (
            "Die Züge aus China werden in Khorgas auf die breite Spur umgesetzt.",
            ("Khorgas", "geonames:1522684", "village"),
        ),
        # the Middle Corridor as the Trans-Caspian corridor, in the genitive
        (
            "Das Forum stand im Zeichen des Transkaspischen Korridors.",
            ("Transkaspischen Korridor", "middle-corridor", "link"),
        ),
    ],
)
def test_names_added_in_round_9(text, expected):
    assert expected in _kinds(text)


def test_the_lower_case_port_word_still_leaves_the_town():
    # "в порт Баку": a lower-case kind word before the bare name is the town (round 8 left it)
    assert ("Баку", "baku", "city") in _kinds("Судно зашло в порт Баку утром.")
