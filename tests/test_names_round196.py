"""Round 196 (names196): names that a held-out evaluation of Nakhchivan, Iran's north-west and
Karabakh found missing, each as a cited page writes it: the new records Anabad and Gənzə
(villages of Ordubad district) and Varzaqan's English 'Varzaghan', German 'Varzeqan' and Russian
'Варзаган'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Anabad", "anabad-ordubad"),
    ("Anabat", "anabad-ordubad"),
    ("Gənzə", "genze-ordubad"),
    ("Genze", "genze-ordubad"),
    ("Varzaghan", "varzaqan"),
    ("Varzeqan", "varzaqan"),
    ("Варзаган", "varzaqan"),
    # already held before the round
    ("ورزقان", "varzaqan"),
    ("Flughafen Füzuli", "fuzuli-airport"),
    ("internationaler Flughafen Füzuli", "fuzuli-airport"),
    ("Laçın Beynəlxalq Hava Limanı", "lachin-airport"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round196_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Aftershocks shook Varzaghan again.", "Varzaghan", "varzaqan"),
    # German
    ("Das Nachbeben erreichte auch Varzeqan.", "Varzeqan", "varzaqan"),
    (
        "Die Maschine landete auf dem Flughafen Füzuli.",
        "Flughafen Füzuli",
        "fuzuli-airport",
    ),
    # Russian, with a case ending
    ("Спасатели прибыли в Варзаган.", "Варзаган", "varzaqan"),
    # Azerbaijani, with case endings
    ("Anabad kəndində yeni məktəb tikilir.", "Anabad", "anabad-ordubad"),
    ("Gənzəyə gedən yol təmir olundu.", "Gənzə", "genze-ordubad"),
    ("Gənzədə bağçılıq inkişaf edib.", "Gənzə", "genze-ordubad"),
    (
        "Laçın Beynəlxalq Hava Limanına ilk təyyarə endi.",
        "Laçın Beynəlxalq Hava Limanı",
        "lachin-airport",
    ),
    # Persian
    ("زمین لرزه ای در ورزقان رخ داد.", "ورزقان", "varzaqan"),
    ("کامیون ها از کریدور لاچین گذشتند.", "کریدور لاچین", "lachin-corridor"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round196_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # Ganja stays Ganja, whose name Gənzə's is often confused with
    ("Gəncədə konfrans keçirildi.", [("Gəncə", "geonames:586523")]),
]
# (Not pinned: "auf dem internationalen Flughafen von Füzuli" and "Laçında beynəlxalq hava
# limanı" give the towns where the gold's rule 35 wants the airports; a known gap, not a
# behaviour to keep.)


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round196_nothing_common_breaks(text, expected):
    assert _found(text) == expected
