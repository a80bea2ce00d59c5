"""Round 293 (names293): names that held-out sets 480-482 (round 105) found missing, cited by a
page that writes them or, where no other page read did, by the held-out article: Persian 'صنعا',
'فاضلیکا' and the bare 'هلمند', Transnistria's Turkish and Armenian names, the Bab-el-Mandeb's
English, Azerbaijani and German forms, Azerbaijani 'Əl-Muxa', Armenian 'Հաջա' and 'Հոդեյդա'. The
sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("صنعا", "geonames:71137"),
    ("فاضلیکا", "fazilka"),
    ("هلمند", "helmand-province-af"),
    ("Transdinyester Cumhuriyeti", "transnistria-md"),
    ("Մերձդնեստր", "transnistria-md"),
    ("Մերձդնեստրի Մոլդովական Հանրապետություն", "transnistria-md"),
    ("Bab al-Mandab Strait", "bab-el-mandeb"),
    ("Bab əl-Məndəb boğazı", "bab-el-mandeb"),
    ("Bab al-Mandeb", "bab-el-mandeb"),
    ("Əl-Muxa", "mokha"),
    ("Հաջա", "hajjah"),
    ("Հոդեյդա", "hodeidah"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round293_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("ساکنان صنعا شب صدای انفجار شنیدند.", "صنعا", "geonames:71137"),
    ("خط لوله باید به «فاضلیکا» برسد.", "فاضلیکا", "fazilka"),
    ("کشاورزان هلمند از خشکسالی می‌گویند.", "هلمند", "helmand-province-af"),
    (
        "Transdinyester Cumhuriyeti'nde kış zor geçiyor.",
        "Transdinyester Cumhuriyeti",
        "transnistria-md",
    ),
    ("Մերձդնեստրը մնաց առանց գազի։", "Մերձդնեստր", "transnistria-md"),
    (
        "Մերձդնեստրի Մոլդովական Հանրապետություն ոչ ոք չի ճանաչում։",
        "Մերձդնեստրի Մոլդովական Հանրապետություն",
        "transnistria-md",
    ),
    ("Tankers left the Bab al-Mandab Strait.", "Bab al-Mandab Strait", "bab-el-mandeb"),
    ("Tanker Bab əl-Məndəb boğazından çıxdı.", "Bab əl-Məndəb boğazı", "bab-el-mandeb"),
    ("Die Reederei meidet die Meerenge Bab al-Mandeb.", "Bab al-Mandeb", "bab-el-mandeb"),
    ("Balıqçılar Əl-Muxa limanına qayıtdı.", "Əl-Muxa", "mokha"),
    ("Հաջա նահանգում ռմբակոծություն եղավ։", "Հաջա", "hajjah"),
    ("Բեռնատար նավը Հոդեյդայի մոտ կանգնեց։", "Հոդեյդա", "hodeidah"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round293_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the bare Turkish 'Transdinyester' still reads
    ("Transdinyester'de elektrik kesildi.", [("Transdinyester", "transnistria-md")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round293_nothing_common_breaks(text, expected):
    assert _found(text) == expected
