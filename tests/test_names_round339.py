"""Round 339 (names339): names of the TRIPP route and of the Rasht-Astara railway that real
articles of round 131 wrote, checked first: Armenian 'Կասպից նավահանգիստ' for the Caspian Port complex and German
'Flughafen Mehrabad' for Mehrabad airport. The rest had no page writing them, or were judged
out or not done for time (data/README.md, round 339). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Կասպից նավահանգիստ", "caspian-port"),
    ("Flughafen Mehrabad", "mehrabad-airport"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round339_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Երկաթուղին կհասնի Կասպից նավահանգիստ։", "Կասպից նավահանգիստ", "caspian-port"),
    (
        "Das Flugzeug landete auf dem Flughafen Mehrabad in Teheran.",
        "Flughafen Mehrabad",
        "mehrabad-airport",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round339_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round339_caspian_sea_stays_the_sea():
    assert ("Կասպից ծով", "caspian-sea") in _found("Կասպից ծովում նավերը շարժվում են։")
    assert not any(pid == "caspian-port" for _, pid in _found("Կասպից ծովում նավերը շարժվում են։"))


def test_round339_bare_mehrabad_stays_the_town():
    assert not any(
        pid == "mehrabad-airport"
        for _, pid in _found("Das Dorf Mehrabad liegt östlich von Teheran.")
    )
