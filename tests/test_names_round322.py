"""Round 322 (names322): names held-out round 122 (sets 528-530) found missing: Tehran's
and Mashhad's dams (Latyan's bare names, Amir Kabir after the reservoir word, Kerec
Barajı, the Doosti, Ardak and Koohrang dams), Taleqan in Russian, Razavi Khorasan in
Turkish, the Sea of Oman in Azerbaijani, Fuzuli and its airport in Persian, Batumi's
Europe Square and Kyiv's Maidan. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Doosti Dam", "doosti-dam"),
    ("سد دوستی", "doosti-dam"),
    ("Koohrang Dam", "koohrang-dam"),
    ("سد ارداک", "ardak-dam"),
    ("Талеган", "geonames:9904"),
    ("Латиан", "latyan-dam"),
    ("Kerec Barajı", "amir-kabir-dam"),
    ("Rezevi Horasan", "razavi-khorasan-province"),
    ("Oman dənizi", "gulf-of-oman"),
    ("فرودگاه فیضولی", "fuzuli-airport"),
    ("Europe Square", "europe-square-batumi"),
    ("Maidan Nezalezhnosti", "maidan-nezalezhnosti"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round322_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    (
        "Уровень воды в водохранилище Амир Кабир снова упал.",
        "водохранилище Амир Кабир",
        "amir-kabir-dam",
    ),
    ("Kerec Barajı'nda su seviyesi düştü.", "Kerec Barajı", "amir-kabir-dam"),
    ("Запасы в Латиане почти исчерпаны.", "Латиан", "latyan-dam"),
    ("ذخیره لتیان به کمترین حد رسید.", "لتیان", "latyan-dam"),
    ("Водохранилище Талеган наполнено наполовину.", "Талеган", "geonames:9904"),
    ("آب سد دوستی به مشهد می‌رسد.", "سد دوستی", "doosti-dam"),
    ("سد ارداک تقریبا خالی شد.", "سد ارداک", "ardak-dam"),
    ("Water from the Koohrang Dam feeds Isfahan.", "Koohrang Dam", "koohrang-dam"),
    ("Rezevi Horasan'da barajlar kuruyor.", "Rezevi Horasan", "razavi-khorasan-province"),
    ("Oman dənizindən su çəkilir.", "Oman dənizi", "gulf-of-oman"),
    ("مسافران در فرودگاه فیضولی پیاده شدند.", "فرودگاه فیضولی", "fuzuli-airport"),
    ("بازسازی فیضولی ادامه دارد.", "فیضولی", "fuzuli"),
    ("Вечером люди собрались на площади Европы.", "площади Европы", "europe-square-batumi"),
    ("Crowds filled Europe Square in Batumi.", "Europe Square", "europe-square-batumi"),
    ("Die Bilder erinnern an den Maidan.", "Maidan", "maidan-nezalezhnosti"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round322_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize(
    ("text", "pid"),
    [
        ("Между двумя народами крепнет дружба, دوستی.", "doosti-dam"),
        ("На площади Европы в Батуми был митинг.", "europe"),
        ("Koohrang County lies in the Zagros.", "koohrang-dam"),
    ],
)
def test_round322_not_read(text, pid):
    # the bare word "friendship" is no dam; the square is not Europe; the county is no dam
    assert not any(p == pid for _, p in _found(text))
