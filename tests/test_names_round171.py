"""Round 171 (names171): names that held-out round 38 (sets 236-238) found missing, each as a
cited page writes it: Mannheim and Mozdok ('Моздок') as new places, German 'VR China' for China,
Russian 'Французская Республика' for France and the Latin initials 'TMTM' for the Middle
Corridor. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Mannheim", "mannheim-de"),
    ("Mozdok", "mozdok-ru"),
    ("Моздок", "mozdok-ru"),
    ("VR China", "cn"),
    ("Французская Республика", "fr"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round171_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place or corridor
CASES = [
    # German, with the genitive -s
    ("Der Güterzug fährt von Mannheim nach Duisburg.", "Mannheim", "mannheim-de"),
    ("Mannheims Binnenhafen wächst.", "Mannheim", "mannheim-de"),
    ("Die VR China investiert in neue Häfen.", "VR China", "cn"),
    # Russian, with the locative -е
    ("Самолёт приземлился в Моздоке.", "Моздок", "mozdok-ru"),
    ("Город Моздок стоит на Тереке.", "Моздок", "mozdok-ru"),
    ("Французская Республика подписала договор.", "Французская Республика", "fr"),
    # English
    ("Mozdok is a town in North Ossetia.", "Mozdok", "mozdok-ru"),
    ("The TMTM, or Middle Corridor, links China and Europe.", "TMTM", "middle-corridor"),
    # Azerbaijani
    ("TMTM üzrə yükdaşımalar artıb.", "TMTM", "middle-corridor"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round171_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("Der Mann heim ging.", []),
    ("Die VR ist eine Technik.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round171_nothing_common_breaks(text, expected):
    assert _found(text) == expected
