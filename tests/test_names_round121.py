"""Round 121 (names121): aliases of held places, each as a cited page writes it (data/places.yaml,
data/names.yaml): Russian 'Биринджи Агалы' and 'Икинджи Агалы' (Aghali, the rebuilt village of
Zangilan; Russian Wikipedia 'Агалы I' as mirrored, Vestnik Kavkaza), Persian 'آقالی' (Aghali
with qāf; Azarpazhouh) and Armenian
'Սամցխե-Ջավախեթի' (Samtskhe-Javakheti; Armenian Wikipedia, found whole in the genitive
'Սամցխե-Ջավախեթիի' and the locative 'Սամցխե-Ջավախեթիում'). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Биринджи Агалы", "aghali"),
    ("Икинджи Агалы", "aghali"),
    ("آقالی", "aghali"),
    ("Սամցխե-Ջավախեթի", "samtskhe-javakheti-ge"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round121_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Russian: the old villages by their Azerbaijani ordinals, transliterated
    ("Президент объявил об освобождении села Биринджи Агалы.", "Биринджи Агалы", "aghali"),
    ("Жители Биринджи Агалы вернулись домой.", "Биринджи Агалы", "aghali"),
    (
        "Военные показали видео из села Икинджи Агалы Зангиланского района.",
        "Икинджи Агалы",
        "aghali",
    ),
    # Persian: the smart village with qāf
    ("نخستین خانواده‌ها به روستای هوشمند آقالی رسیدند.", "آقالی", "aghali"),
    ("آقالی در شهرستان زنگیلان است.", "آقالی", "aghali"),
    # Armenian: the region by its Georgian name, whole in the genitive and the locative
    ("Սամցխե-Ջավախեթիի հայերը խոսում են հայերեն։", "Սամցխե-Ջավախեթի", "samtskhe-javakheti-ge"),
    ("Սամցխե-Ջավախեթիում շատ հայեր են ապրում։", "Սամցխե-Ջավախեթի", "samtskhe-javakheti-ge"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round121_found(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


@pytest.mark.parametrize(
    ("text", "name", "pid"),
    [
        # the names held before still read as they did
        ("Жители вернулись в село Агалы Зангиланского района.", "Агалы", "aghali"),
        ("خانواده‌ها به روستای آغالی بازگشتند.", "آغالی", "aghali"),
        ("Ախալքալաքը Սամցխե-Ջավախքում է։", "Սամցխե-Ջավախք", "samtskhe-javakheti-ge"),
    ],
)
def test_round121_held_names_unchanged(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # the ordinal alone is no village, nor is a person's name that shares the word
        "Он сказал «Биринджи» по-азербайджански.",
        "Мы встретили Икинджи на вокзале.",
    ],
)
def test_round121_ordinal_alone_no_place(text):
    assert all(p != "aghali" for _, p in _found(text)), _found(text)
