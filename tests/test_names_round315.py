"""Round 315 (names315): names held-out round 119 (sets 519-521) found missing, cited by a page
that writes them or, where no other page read did, by the held-out article: the Mosul Dam in
Persian and Azerbaijani, the Tabqa dam in Russian with its dam words, Nineveh with the Persian
province word, a Russian Deir ez-Zor, the Tigris with the Russian river word, Turkish Ochamchire,
Russian 'Абхазский регион' and Turkish 'Uygur Özerk Yönetimi'. The sentences are the project's
own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("سد موصل", "mosul-dam"),
    ("Mosul su anbarı", "mosul-dam"),
    ("плотина Табка", "tabqa-dam"),
    ("дамба Табка", "tabqa-dam"),
    ("استان نینوا", "nineveh-governorate-iq"),
    ("Дайри-эз-Заур", "geonames:170794"),
    ("река Тигр", "tigris-river"),
    ("Oçamçire", "ochamchire"),
    ("Абхазский регион", "abkhazia-ge"),
    ("Uygur Özerk Yönetimi", "xinjiang-cn"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round315_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("مهندسان ایتالیایی سد موصل را بازدید کردند.", "سد موصل", "mosul-dam"),
    ("Mosul su anbarının suyu azaldı.", "Mosul su anbarı", "mosul-dam"),
    ("Плотина Табка дала трещину весной.", "Плотина Табка", "tabqa-dam"),
    ("Инженеры осмотрели плотину Табка.", "плотину Табка", "tabqa-dam"),
    ("Бои шли у дамбы Табка всю ночь.", "дамбы Табка", "tabqa-dam"),
    ("Вода поднялась на дамбе Табка.", "дамбе Табка", "tabqa-dam"),
    ("باران در استان نینوا ادامه دارد.", "استان نینوا", "nineveh-governorate-iq"),
    ("Колонна вышла из Дайри-эз-Заур утром.", "Дайри-эз-Заур", "geonames:170794"),
    ("Рыбаки вышли на лодках по реке Тигр.", "Тигр", "tigris-river"),
    ("Oçamçire limanında yeni bir iskele yapıldı.", "Oçamçire", "ochamchire"),
    ("Выборы Абхазского региона не признали.", "Абхазского региона", "abkhazia-ge"),
    ("Kamyonlar Uygur Özerk Yönetimi sınırına ulaştı.", "Uygur Özerk Yönetimi", "xinjiang-cn"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round315_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize(
    ("text", "pid"),
    [
        # the bare 'Тигр' is the tiger
        ("Тигр спал в клетке зоопарка.", "tigris-river"),
        # the bare city name stays the city, not the dam
        ("بازار موصل دوباره باز شد.", "mosul-dam"),
        # Səlahəddin is a given name, left out
        ("Səlahəddin Əliyev çıxış etdi.", "saladin-governorate-iq"),
    ],
)
def test_round315_not_places(text, pid):
    assert pid not in [t for _, t in _found(text)]
