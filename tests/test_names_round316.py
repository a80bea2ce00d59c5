"""Round 316 (names316): names held-out round 119 (sets 519-521) found missing, cited by a page
that writes them: the town of Naryn (a new record of places.yaml, the bare name now the town's)
and 'Naryn Province' for its region. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Naryn", "naryn-kg"),
    ("Нарын", "naryn-kg"),
    ("Naryn Province", "naryn-region-kg"),
    ("Naryn Region", "naryn-region-kg"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round316_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Trucks from Naryn reached the border by noon.", "Naryn", "naryn-kg"),
    ("Студенты из Нарына приехали на конференцию.", "Нарын", "naryn-kg"),
    ("В Нарыне выпал первый снег.", "Нарын", "naryn-kg"),
    ("Schools in Naryn Province stayed closed.", "Naryn Province", "naryn-region-kg"),
    ("Жители Нарынской области ждут новую дорогу.", "Нарынской области", "naryn-region-kg"),
    ("Река Нарын вышла из берегов.", "Нарын", "naryn-river"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round316_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round316_bedel_is_a_word():
    # Turkish 'bedel' is a price: the Bedel pass's bare name is not added
    assert _found("Projenin bedeli yüksek oldu, Bedel ödendi.") == []
