"""Round 251 (names251): names that held-out sets 370 and 371 (Russia's southern cities; North
Africa and Azerbaijan, Iran, Turkey) found missing, each as a cited page or GeoNames writes it:
Bataysk, Novoshakhtinsk, Ilsky, Dagomys, Haymana, Janzour and Marsa Matruh as world rows;
German 'Stawropol' and Russian 'Ставрополь' Stavropol's, no longer Tolyatti's (its name until
1964); Persian 'روستوف' for Rostov-on-Don and, after its province or area word, the oblast;
the new records the El Dabaa nuclear power plant and the Sheskharis oil terminal. The sentences
are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Bataysk", "geonames:578740"),
    ("Батайск", "geonames:578740"),
    ("Novoshakhtinsk", "geonames:517963"),
    ("Новошахтинск", "geonames:517963"),
    ("نووشاختینسک", "geonames:517963"),
    ("Ilsky", "geonames:556951"),
    ("Ильский", "geonames:556951"),
    ("Dagomys", "geonames:823674"),
    ("Дагомыс", "geonames:823674"),
    ("Haymana", "geonames:312289"),
    ("Janzour", "geonames:2216349"),
    ("Janzur", "geonames:2216349"),
    ("Marsa Matruh", "geonames:352733"),
    ("Mersa Matruh", "geonames:352733"),
    ("Марса-Матрух", "geonames:352733"),
    ("Мерса-Матрух", "geonames:352733"),
    ("Stawropol", "geonames:487846"),
    ("Ставрополь", "geonames:487846"),
    ("Stavropol'", "geonames:487846"),
    ("Tolyatti", "geonames:482283"),
    ("Тольятти", "geonames:482283"),
    ("روستوف", "geonames:501175"),
    ("استان روستوف", "rostov-oblast-ru"),
    ("El Dabaa Nuclear Power Plant", "el-dabaa-npp"),
    ("El Dabaa NPP", "el-dabaa-npp"),
    ("АЭС «Эль-Дабаа»", "el-dabaa-npp"),
    ('АЭС "Эль-Дабаа"', "el-dabaa-npp"),
    ("атомная электростанция «Эль-Дабаа»", "el-dabaa-npp"),
    ("Sheskharis", "sheskharis-terminal"),
    ("Sheskharis oil terminal", "sheskharis-terminal"),
    ("Шесхарис", "sheskharis-terminal"),
    ("Schechsaris", "sheskharis-terminal"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round251_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("A fire broke out at a depot in Bataysk.", "Bataysk", "geonames:578740"),
    ("The refinery near Novoshakhtinsk stopped work.", "Novoshakhtinsk", "geonames:517963"),
    ("Militias fought in Janzour overnight.", "Janzour", "geonames:2216349"),
    ("Tankers waited off Sheskharis for days.", "Sheskharis", "sheskharis-terminal"),
    (
        "The El Dabaa Nuclear Power Plant gets its first reactor.",
        "El Dabaa Nuclear Power Plant",
        "el-dabaa-npp",
    ),
    ("Tourists flew to Marsa Matruh.", "Marsa Matruh", "geonames:352733"),
    # German
    ("Der Zug fuhr nach Stawropol.", "Stawropol", "geonames:487846"),
    ("Die Tanker liegen bei Noworossijsk.", "Noworossijsk", "geonames:518255"),
    ("Am Ölterminal Schechsaris brannte es.", "Ölterminal Schechsaris", "sheskharis-terminal"),
    # Russian, with case endings
    ("Над Батайском сбили беспилотник.", "Батайск", "geonames:578740"),
    ("Гости приехали в Дагомыс.", "Дагомыс", "geonames:823674"),
    ("Митинг прошел в Ставрополе.", "Ставропол", "geonames:487846"),
    ("Город Ставрополь встречал гостей.", "Ставрополь", "geonames:487846"),
    ("Танкеры ждут у терминала «Шесхарис».", "терминала «Шесхарис»", "sheskharis-terminal"),
    ("Росатом достраивает АЭС «Эль-Дабаа».", "АЭС «Эль-Дабаа»", "el-dabaa-npp"),
    ("Пляжи Мерса-Матруха пустовали.", "Мерса-Матруха", "geonames:352733"),
    # Persian
    ("تیم ملی به روستوف رفت.", "روستوف", "geonames:501175"),
    ("پهپادها بر فراز استان روستوف سرنگون شدند.", "استان روستوف", "rostov-oblast-ru"),
    ("پالایشگاه نووشاختینسک آتش گرفت.", "نووشاختینسک", "geonames:517963"),
    # Turkish, with case endings
    ("Haymana'da kaplıcalar doldu.", "Haymana", "geonames:312289"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round251_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # Tolyatti keeps its own names
    ("Завод в Тольятти остановил конвейер.", [("Тольятти", "geonames:482283")]),
    # Haymana's dropped GeoNames names are Turkish words (bath, wild)
    ("Hamam çok sıcaktı.", []),
    ("Yaban domuzları tarlaya girdi.", []),
    # the Comintern is no town
    ("Der Komintern gehörten viele Parteien an.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round251_nothing_common_breaks(text, expected):
    assert _found(text) == expected
