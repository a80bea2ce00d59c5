"""Round 375 (names375): the Iran-Iraq Kurdish border by other languages' names: 'Serdesht'
for Sardasht, the crossings Parviz Khan ('Первез-Хан', 'Pərvizxan') and Bashmaq ('Баша-Маг'),
Russian 'Шемдинли' for Şemdinli, Turkish 'Doğu Kürdistan' and Russian 'Восточный Курдистан'
for Iranian Kurdistan. The bare 'Bane', 'Бане' and 'Башмак' stay unread (an English word, the
Russian bath, a shoe), as does the Persian bare 'کردستان'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Serdesht", "geonames:117111"),
    ("Первез-Хан", "parviz-khan-crossing"),
    ("Pərvizxan", "parviz-khan-crossing"),
    ("Баша-Маг", "bashmaq-crossing"),
    ("Шемдинли", "geonames:301209"),
    ("Doğu Kürdistan", "iranian-kurdistan"),
    ("Восточный Курдистан", "iranian-kurdistan"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round375_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Der Ort Serdesht liegt an der Grenze.", "Serdesht", "geonames:117111"),
    ("Serdeşt'te gösteri yapıldı.", "Serdeşt", "geonames:117111"),
    ("КПП Первез-Хан закрыт.", "Первез-Хан", "parviz-khan-crossing"),
    (
        "Pərvizxan keçid-məntəqəsində giriş qadağandır.",
        "Pərvizxan",
        "parviz-khan-crossing",
    ),
    ("КПП «Баша-Маг» снова открыт.", "Баша-Маг", "bashmaq-crossing"),
    ("В Шемдинли прошли бои.", "Шемдинли", "geonames:301209"),
    ("Doğu Kürdistan'da gösteriler sürdü.", "Doğu Kürdistan", "iranian-kurdistan"),
    ("Восточный Курдистан охвачен протестами.", "Восточный Курдистан", "iranian-kurdistan"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round375_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round375_eastern_kurdistan_inflected():
    assert any(
        pid == "iranian-kurdistan" for _, pid in _found("В Восточном Курдистане прошли протесты.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "It was the bane of his life.",
        "Bane is the villain of the film.",
        "Bane'deki gösteriler sürdü.",
        "В Бане прошли протесты курдов.",
        "Он купил новый башмак.",
        "Башмак лежал у двери.",
    ],
)
def test_round375_common_words_read_no_baneh_or_bashmaq(text):
    assert not any(pid in ("geonames:141584", "bashmaq-crossing") for _, pid in _found(text))


def test_round375_persian_bare_kurdistan_stays_unread():
    # an ordinary word of scripts/regions_curated.py (the province and the Kurds' land)
    assert _found("اعتراضات در کردستان ادامه دارد.") == []
