"""Round 159 (names159): names that held-out round 31 (sets 215-217) found missing, each as a
cited page writes it: Turkish 'Nahçıvan Özerk Cumhuriyeti Havalimanı' and '... Havaalanı'
(Nakhchivan's airport by the republic's name), German 'Republik Abchasien' and 'Apsny'
(Abkhazia), Azerbaijani 'Beynəlxalq sülh və rifah üçün Tramp Marşrutu' (the TRIPP), English
'Alinja-gala', 'Alinjagala' and 'Alinjagala Fortress' (the Alinja castle) and Russian 'Мавзолей
Момине хатун'. The bare republic stays the republic, the bare 'Alinja' the Iranian village and
the Enguri the river. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Nahçıvan Özerk Cumhuriyeti Havalimanı", "nakhchivan-airport"),
    ("Nahçıvan Özerk Cumhuriyeti Havaalanı", "nakhchivan-airport"),
    ("Republik Abchasien", "abkhazia-ge"),
    ("Apsny", "abkhazia-ge"),
    ("Alinja-gala", "alinja-castle"),
    ("Alinjagala", "alinja-castle"),
    ("Alinjagala Fortress", "alinja-castle"),
    ("Мавзолей Момине хатун", "momine-khatun-mausoleum"),
    # the republic, the village and the river keep their names
    ("Nahçıvan Özerk Cumhuriyeti", "nakhchivan-ar"),
    ("Abchasien", "abkhazia-ge"),
    ("Alinja", "geonames:144275"),
    ("Enguri", "enguri-river"),
    ("Tshinvali", "geonames:611403"),
]


@pytest.mark.filterwarnings("ignore::geo._errors.NearSpellingWarning")  # a near spelling's answer
@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round159_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Turkish: the airport with its case ending is one mention, not the republic and a word
    (
        "Uçak Nahçıvan Özerk Cumhuriyeti Havalimanı'na indi.",
        "Nahçıvan Özerk Cumhuriyeti Havalimanı",
        "nakhchivan-airport",
    ),
    (
        "Saldırının ardından Nahçıvan Özerk Cumhuriyeti Havaalanı kapatıldı.",
        "Nahçıvan Özerk Cumhuriyeti Havaalanı",
        "nakhchivan-airport",
    ),
    # German
    ("Er reiste in die Republik Abchasien.", "Republik Abchasien", "abkhazia-ge"),
    ("Apsny liegt am Schwarzen Meer.", "Apsny", "abkhazia-ge"),
    # Azerbaijani, bare and in the genitive
    (
        '"Beynəlxalq sülh və rifah üçün Tramp Marşrutu" yeni imkanlar açacaq.',
        "Beynəlxalq sülh və rifah üçün Tramp Marşrutu",
        "zangezur-corridor",
    ),
    (
        "Beynəlxalq Sülh və Rifah üçün Tramp Marşrutunun tikintisi başlayır.",
        "Beynəlxalq Sülh və Rifah üçün Tramp Marşrutu",
        "zangezur-corridor",
    ),
    # English
    ("The fortress Alinja-gala was restored.", "Alinja-gala", "alinja-castle"),
    ("Alinja-Gala Fortress stands on a crag.", "Alinja-Gala", "alinja-castle"),
    ("An event on Alinjagala Fortress was held.", "Alinjagala Fortress", "alinja-castle"),
    # Russian
    (
        "Мавзолей Момине хатун построен в 1186 году.",
        "Мавзолей Момине хатун",
        "momine-khatun-mausoleum",
    ),
    (
        "Туристы осмотрели мавзолей Момине Хатун.",
        "мавзолей Момине Хатун",
        "momine-khatun-mausoleum",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round159_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    # the republic and the airport's short name keep theirs
    (
        "Nahçıvan Özerk Cumhuriyeti'nde seçim yapıldı.",
        [("Nahçıvan Özerk Cumhuriyeti", "nakhchivan-ar")],
    ),
    ("Nahçıvan Havalimanı yeniden açıldı.", [("Nahçıvan Havalimanı", "nakhchivan-airport")]),
    # the bare country name and the river stay
    ("Die Reise nach Abchasien dauerte lange.", [("Abchasien", "abkhazia-ge")]),
    ("The Enguri river flows.", [("Enguri", "enguri-river")]),
    # common words
    ("Die Republik ist jung.", []),
    ("Sülh və rifah hər kəs üçün vacibdir.", []),
    ("Uluslararası barış ve refah herkes için önemlidir.", []),
    ("Мавзолей был отреставрирован.", []),
    ("Момине хатун была женой атабека.", []),
    ("The castle is old.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round159_nothing_common_breaks(text, expected):
    assert _found(text) == expected
