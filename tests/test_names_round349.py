"""Round 349 (names349): names of the IMEC corridor, the Caspian-Black Sea canals and Central
Asia's water that real articles write, checked first: the proposed Eurasia Canal (a canal line
of world.geojson, `eurasia-canal`), whose names read the macro-region Eurasia before, and the
Russian 'Нурекское водохранилище' for the Nurek reservoir (`nurek-dam`) and the Turkish
'Hindistan-Orta Doğu-Avrupa koridoru' for IMEC (`imec`, data/corridors.yaml). The bare 'Евразия',
'Avrasiya' and 'Eurasia' stay the macro-region. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Eurasia Canal", "eurasia-canal"),
    ("Eurasian Canal", "eurasia-canal"),
    ("Канал Евразия", "eurasia-canal"),
    ("Avrasiya kanalı", "eurasia-canal"),
    ("Eurasien-Kanal", "eurasia-canal"),
    ("Нурекское водохранилище", "nurek-dam"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round349_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Russia and Kazakhstan discuss the Eurasia Canal.", "Eurasia Canal", "eurasia-canal"),
    ("Kazakhstan backs the Eurasian Canal project.", "Eurasian Canal", "eurasia-canal"),
    (
        "The Eurasia navigation canal would link the Caspian and the Black Sea.",
        "Eurasia navigation canal",
        "eurasia-canal",
    ),
    ("Учёные снова обсуждают канал «Евразия».", "канал «Евразия»", "eurasia-canal"),
    ("По каналу «Евразия» пройдут суда.", "каналу «Евразия»", "eurasia-canal"),
    (
        'Назарбаев предложил строительство судоходного канала "Евразия".',
        'канала "Евразия"',
        "eurasia-canal",
    ),
    (
        "Dənizləri birləşdirən Avrasiya kanalının tikintisi müzakirə olunur.",
        "Avrasiya kanalı",
        "eurasia-canal",
    ),
    ('"Avrasiya" kanalı layihəsi yenidən gündəmdədir.', "Avrasiya", "eurasia-canal"),
    (
        "Der Eurasien-Kanal soll das Kaspische mit dem Schwarzen Meer verbinden.",
        "Eurasien-Kanal",
        "eurasia-canal",
    ),
    (
        "Türkiye, Hindistan-Orta Doğu-Avrupa Koridoru projesine dahil değil.",
        "Hindistan-Orta Doğu-Avrupa Koridoru",
        "imec",
    ),
    (
        "Hindistan-Orta Doğu-Avrupa koridorunun geleceği tartışılıyor.",
        "Hindistan-Orta Doğu-Avrupa koridoru",
        "imec",
    ),
    ("Нурекское водохранилище наполнилось.", "Нурекское водохранилище", "nurek-dam"),
    ("Уровень Нурекского водохранилища вырос.", "Нурекского водохранилища", "nurek-dam"),
    ("В Нурекском водохранилище много воды.", "Нурекском водохранилище", "nurek-dam"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round349_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Eurasia is a big continent.", "Eurasia"),
        ("Евразия остаётся важным регионом.", "Евразия"),
        ("Avrasiya regionunda sülh vacibdir.", "Avrasiya"),
    ],
)
def test_round349_eurasia_alone_stays_the_macro_region(text, mention):
    assert (mention, "eurasia") in _found(text)
    assert not any(pid == "eurasia-canal" for _, pid in _found(text))
