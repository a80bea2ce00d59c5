"""Round 291 (names291): names that held-out sets 474-476 (round 103) found missing, cited by a
page that writes them or, where no other page read did, by the held-out article: German 'Natans'
and Armenian 'Նաթանզ' (Natanz), Armenian 'Ֆորդո' (Fordow), German 'Provinz Ghom', the Bushehr
plant's Russian 'Бушерская АЭС' and Persian 'نیروگاه هسته‌ای بوشهر', Azerbaijani 'Əl-Udeyd' and
Persian 'العدید' (Al Udeid), the Ilisu dam's Russian 'Илису' and 'Ылысу', Turkish 'Ilısu Baraj'
and Armenian 'Ըլըսու', Turkish 'Musul Barajı', Russian 'Месопотамия', Armenian 'Եփրատի ամբարտակ'
and English 'Ehram River'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Natans", "geonames:122491"),
    ("Նաթանզ", "geonames:122491"),
    ("Ֆորդո", "fordow-ir"),
    ("Provinz Ghom", "qom-province"),
    ("Бушерская АЭС", "bushehr-nuclear-power-plant"),
    ("نیروگاه هسته‌ای بوشهر", "bushehr-nuclear-power-plant"),
    ("Əl-Udeyd", "al-udeid-air-base"),
    ("پایگاه هوایی العدید", "al-udeid-air-base"),
    ("Илису", "ilisu-dam"),
    ("Ылысу", "ilisu-dam"),
    ("Ըլըսու", "ilisu-dam"),
    ("Musul Barajı", "mosul-dam"),
    ("Месопотамия", "mesopotamia"),
    ("Եփրատի ամբարտակ", "tabqa-dam"),
    ("Ehram River", "khrami-river"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round291_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Die Anlage in Natans wurde getroffen.", "Natans", "geonames:122491"),
    ("Հարվածը հասավ Նաթանզում գտնվող կայանին։", "Նաթանզ", "geonames:122491"),
    ("Ֆորդոյում տեղակայված օբյեկտը վնասվեց։", "Ֆորդո", "fordow-ir"),
    ("Die Provinz Ghom liegt südlich von Teheran.", "Provinz Ghom", "qom-province"),
    ("Топливо доставили на Бушерскую АЭС.", "Бушерскую АЭС", "bushehr-nuclear-power-plant"),
    (
        "کارشناسان در نیروگاه هستهای بوشهر کار می‌کنند.",
        "نیروگاه هستهای بوشهر",
        "bushehr-nuclear-power-plant",
    ),
    ("Raketlər Əl-Udeyd bazasına atılıb.", "Əl-Udeyd", "al-udeid-air-base"),
    ("موشک‌ها به پایگاه هوایی العدید شلیک شد.", "پایگاه هوایی العدید", "al-udeid-air-base"),
    ("Турция построила плотину Илису на реке.", "Илису", "ilisu-dam"),
    ("Строительство плотины Ылысу завершено.", "Ылысу", "ilisu-dam"),
    ("Ilısu Baraj'ını ziyaret ettik.", "Ilısu Baraj", "ilisu-dam"),
    ("Ըլըսու ջրամբարը լցվեց։", "Ըլըսու", "ilisu-dam"),
    ("Musul Barajı'nın suyu azaldı.", "Musul Barajı", "mosul-dam"),
    ("В Месопотамии возникли первые города.", "Месопотами", "mesopotamia"),
    ("Եփրատի ամբարտակը կառուցվել է Սիրիայում։", "Եփրատի ամբարտակ", "tabqa-dam"),
    ("The Ehram River flows into the Kura.", "Ehram River", "khrami-river"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round291_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the bare town of Bushehr stays the town (and, a town of Iran, tells the bare Gulf
    # word is the Persian Gulf: rule 28, since stop 89)
    (
        "Die Stadt Bushehr liegt am Golf.",
        [("Bushehr", "geonames:139817"), ("Golf", "persian-gulf")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round291_nothing_common_breaks(text, expected):
    assert _found(text) == expected
