"""Round 305 (names305): names that held-out rounds 92-113 found missing, cited by a page that
writes them or, where no other page read did, by the held-out article: the village Kidero
(Dagestan), a new record of data/places.yaml; Ivanovka stays out (stop 79). The sentences
are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Kidero", "kidero-ru"),
    ("Кидеро", "kidero-ru"),
    ("Կիդերո", "kidero-ru"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round305_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Он вырос в селе Кидеро.", "Кидеро", "kidero-ru"),
    ("Նա Կիդերո գյուղից է։", "Կիդերո", "kidero-ru"),
    ("The village of Kidero lies high in the mountains.", "Kidero", "kidero-ru"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round305_found(text, mention, pid):
    assert (mention, pid) in _found(text)
