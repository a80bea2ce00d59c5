"""Round 351 (names351): names real articles on evacuations from Iran wrote: Russian
'Филиппин', the genitive plural of the Philippines. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Филиппин", "ph"),
    ("Филиппины", "ph"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round351_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Граждан Филиппин эвакуировали из Ирана.", "Филиппин", "ph"),
    ("Посольство Филиппин в Тегеране закрыто.", "Филиппин", "ph"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round351_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round351_philippine_adjective_is_no_country():
    # the adjective "филиппинский" stays unread: the key is the whole word
    assert not any(pid == "ph" for _, pid in _found("Филиппинские моряки вернулись домой."))
