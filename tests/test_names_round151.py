"""Round 151 (names151): names that held-out round 22 (sets 188-190) found missing, each as a
cited page writes it: Azerbaijani 'Bazirqan' (Bazargan), English 'Sistan and Baluchistan' and
'Agstafachay' (the Aghstafa), German 'Golfregion' (the Persian Gulf), Turkish 'Hürmüz Adası'
(Hormuz Island), and the new places Hengam Island ('Hengam', 'Хенгам', 'جزیره هنگام', not the
bare Persian 'هنگام', 'time'), Laft ('لافت'), the Anzali Lagoon ('تالاب انزلی', 'Anzali
Wetland') and the Arpa-Sevan tunnel ('Արփա-Սևան թունել'). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Bazirqan", "geonames:141011"),
    ("Sistan and Baluchistan", "sistan-and-baluchestan-province"),
    ("Agstafachay", "aghstafa-river"),
    ("Golfregion", "persian-gulf"),
    ("Hürmüz Adası", "hormuz-island"),
    ("Hengam", "hengam-island"),
    ("Hengam Island", "hengam-island"),
    ("Хенгам", "hengam-island"),
    ("جزیره هنگام", "hengam-island"),
    ("Laft", "laft"),
    ("لافت", "laft"),
    ("Anzali Lagoon", "anzali-lagoon"),
    ("Anzali Wetland", "anzali-lagoon"),
    ("Anzali Mordab", "anzali-lagoon"),
    ("تالاب انزلی", "anzali-lagoon"),
    ("Arpa-Sevan tunnel", "arpa-sevan-tunnel"),
    ("Արփա-Սևան թունել", "arpa-sevan-tunnel"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round151_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Azerbaijani: the crossing town with i
    ("Bazirqan sərhəd keçidində növbə var.", "Bazirqan", "geonames:141011"),
    # English: the province whole, with its kind word, and the river with and without it
    (
        "Sistan and Baluchistan province borders Pakistan.",
        "Sistan and Baluchistan province",
        "sistan-and-baluchestan-province",
    ),
    (
        "Zahedan is the capital of Sistan and Baluchistan.",
        "Sistan and Baluchistan",
        "sistan-and-baluchestan-province",
    ),
    ("The Agstafachay River flows into the Kura.", "Agstafachay River", "aghstafa-river"),
    ("Agstafachay water is used for irrigation.", "Agstafachay", "aghstafa-river"),
    # German: the gulf region
    ("Die Spannungen in der Golfregion nehmen zu.", "Golfregion", "persian-gulf"),
    # Turkish: the island with its case ending
    ("Turistler Hürmüz Adası'na gitti.", "Hürmüz Adası", "hormuz-island"),
    # Hengam in English, Russian (after its preposition) and Persian with the island word
    ("Dolphins swim off Hengam Island near Qeshm.", "Hengam Island", "hengam-island"),
    ("Tourists took a boat to Hengam.", "Hengam", "hengam-island"),
    ("Туристы поехали на остров Хенгам.", "Хенгам", "hengam-island"),
    ("قایق به جزیره هنگام رفت.", "جزیره هنگام", "hengam-island"),
    # Laft
    ("The village of Laft is on Qeshm.", "Laft", "laft"),
    ("روستای لافت در قشم است.", "لافت", "laft"),
    # the Anzali Lagoon
    ("The Anzali Lagoon is polluted.", "Anzali Lagoon", "anzali-lagoon"),
    ("The Anzali Wetland is a Ramsar site.", "Anzali Wetland", "anzali-lagoon"),
    ("تالاب انزلی آلوده است.", "تالاب انزلی", "anzali-lagoon"),
    # the Arpa-Sevan tunnel, in Armenian with its article and with the old spelling եւ
    (
        "The Arpa-Sevan tunnel carries water to Lake Sevan.",
        "Arpa-Sevan tunnel",
        "arpa-sevan-tunnel",
    ),
    ("Արփա-Սևան թունելը 40 տարեկան է։", "Արփա-Սևան թունել", "arpa-sevan-tunnel"),
    ("Արփա-Սեւան թունելի վերանորոգումը սկսվեց։", "Արփա-Սեւան թունել", "arpa-sevan-tunnel"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round151_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    # the bare Persian 'هنگام' is 'time', 'when'
    ("در هنگام سفر به قشم رفتیم.", [("قشم", "qeshm-island")]),
    # the bare Turkish 'Hürmüz' in the strait's name stays the strait
    ("Hürmüz Boğazı kapandı.", [("Hürmüz Boğazı", "strait-of-hormuz")]),
    # the bare 'Anzali' stays the port town
    ("The port of Anzali is busy.", [("Anzali", "geonames:141679")]),
    ("بندر انزلی بزرگ است.", [("بندر انزلی", "geonames:141679")]),
    # the river stays the river
    ("The Arpa river flows to the Araks.", [("Arpa", "arpa-river"), ("Araks", "araz")]),
    # no other German region word becomes the gulf
    ("Die Schwarzmeerregion ist ruhig.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round151_nothing_common_breaks(text, expected):
    assert _found(text) == expected
