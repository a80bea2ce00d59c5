"""Round 382 (names382): the village İlisu of the Qakh district (``ilisu-qakh``, APPROXIMATE
point derived between Qakh town and Sarybash), read with its village word beside Turkey's
Ilısu dam (``ilisu-dam``), which keeps the bare 'Илису', 'Ilisu' and 'İlisu'. The rivers, the
Zagatala villages and the Pankisi villages were not done for time. The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("İlisu kəndi", "ilisu-qakh"),
    ("село Илису", "ilisu-qakh"),
    ("Ilisu village", "ilisu-qakh"),
    # the bare name stays the dam's (judged: README, round 382)
    ("Илису", "ilisu-dam"),
    ("Ilisu Dam", "ilisu-dam"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round382_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Горное село Илису находится в Гахском районе.", "Илису", "ilisu-qakh"),
    ("В селе Илису прошёл праздник.", "Илису", "ilisu-qakh"),
    ("İlisu kəndində turistlər çoxdur.", "İlisu", "ilisu-qakh"),
    ("Qax rayonunun İlisu kəndinə yol çəkilir.", "İlisu", "ilisu-qakh"),
    ("We stayed in Ilisu village near Qakh.", "Ilisu", "ilisu-qakh"),
    # negative cases: the dam keeps its names
    ("Илису ГЭС в Турции.", "Илису", "ilisu-dam"),
    ("Плотина Илису затопила Хасанкейф.", "Илису", "ilisu-dam"),
    ("Turkey filled the Ilisu Dam on the Tigris.", "Ilisu Dam", "ilisu-dam"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round382_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round382_dam_sentence_reads_no_village():
    assert not any(pid == "ilisu-qakh" for _, pid in _found("Плотина Илису на Тигре."))
