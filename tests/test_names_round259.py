"""Round 259 (names259): names that held-out sets 392 and 393 (Nakhchivan's towns and roads;
Iran's Azerbaijan provinces) and the earlier rounds found missing, each as a cited page writes
it: Qabatiya's Russian 'Кабатия' and German 'Kabatia', the Persian 'خودمختار نخجوان', the
Nakhchivan railway's Russian 'Нахичеванская железная дорога' (data/links.yaml), the Maku Free
Zone's full Persian name, and the new record the Sheikh Hussein Bridge. The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Кабатия", "geonames:282476"),
    ("Kabatia", "geonames:282476"),
    ("خودمختار نخجوان", "nakhchivan-ar"),
    ("منطقه آزاد تجاری-صنعتی ماکو", "maku-free-zone"),
    ("Sheikh Hussein Bridge", "sheikh-hussein-bridge"),
    # held before the round
    ("منطقه آزاد ماکو", "maku-free-zone"),
    ("Хан-Юнис", "geonames:281124"),
    ("Urmiya", "geonames:121801"),
    ("Ատրպատական", "iranian-azerbaijan"),
    ("Արևելյան Ատրպատական", "east-azerbaijan-province"),
    ("شوط", "geonames:401118"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round259_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place or link
CASES = [
    # English
    (
        "Trucks queued at the Sheikh Hussein Bridge on Monday.",
        "Sheikh Hussein Bridge",
        "sheikh-hussein-bridge",
    ),
    # German
    ("Soldaten durchsuchten Häuser in Kabatia.", "Kabatia", "geonames:282476"),
    # Russian, with case endings
    ("Армия провела рейд в Кабатии.", "Кабати", "geonames:282476"),
    ("Колонна въехала в Кабатию ночью.", "Кабати", "geonames:282476"),
    (
        "Грузы пойдут по Нахичеванской железной дороге.",
        "Нахичеванской железной дороге",
        "nakhchivan-railway",
    ),
    (
        "Нахичеванская железная дорога будет модернизирована.",
        "Нахичеванская железная дорога",
        "nakhchivan-railway",
    ),
    ("Из Хан-Юниса ушли тысячи людей.", "Хан-Юниса", "geonames:281124"),
    # Persian
    (
        "مرز ایران با جمهوری آذربایجان (خودمختار نخجوان) طولانی است.",
        "خودمختار نخجوان",
        "nakhchivan-ar",
    ),
    (
        "سرمایه‌گذاران به منطقه آزاد تجاری-صنعتی ماکو آمدند.",
        "منطقه آزاد تجاری-صنعتی ماکو",
        "maku-free-zone",
    ),
    # Azerbaijani, with case endings (held before)
    ("Dünən Urmiyada qar yağdı.", "Urmiya", "geonames:121801"),
    ("Urmiyanın küçələri boş idi.", "Urmiya", "geonames:121801"),
    # Armenian (held before)
    ("Ատրպատականում շատ հայեր էին ապրում։", "Ատրպատական", "iranian-azerbaijan"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round259_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # a man named Sheikh Hussein is no bridge
    ("Sheikh Hussein met the delegation.", []),
    # the Nakhchivan children's railway is not the line
    ("Нахичеванская детская железная дорога закрылась в 2000 году.", []),
    # the full name with the republic word stays one mention
    ("جمهوری خودمختار نخجوان", [("جمهوری خودمختار نخجوان", "nakhchivan-ar")]),
    # the Armenian diocese of Atrpatakan is no land
    ("Ատրպատականի թեմի առաջնորդը ժամանել է։", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round259_nothing_common_breaks(text, expected):
    assert _found(text) == expected
