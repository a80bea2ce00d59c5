"""Round 94 (names94): Russian and Armenian names of Iran's provinces, as Russian and
Armenian Wikipedia and news write them, each as a cited page writes it (data/names.yaml):
'остан X' and 'провинция X' in the pattern of ardabil-province, the bare name only where
Armenian names of the neighbours in Armenian Wikipedia's Semnan article."""

import pytest

from geo.geocode import geocode
from geo.geoparse import geoparse

CASES = [
    # the task's own checks
    ("В провинции Хамадан выпал снег.", "Хамадан", "hamadan-province"),
    ("Власти провинции Семнан сообщили об этом.", "Семнан", "semnan-province"),
    ("Засуха в провинциях Фарс и Лурестан.", "Фарс", "fars-province"),
    ("Засуха в провинциях Фарс и Лурестан.", "Лурестан", "lorestan-province"),
    # Russian, with the kind word and inflected
    ("Он живёт в остане Хамадан.", "Хамадан", "hamadan-province"),
    ("Губернатор провинции Фарс приехал.", "Фарс", "fars-province"),
    ("Новости из Фарса.", "Фарс", "fars-province"),
    ("В остане Фарс жарко.", "Фарс", "fars-province"),
    ("АЭС стоит в провинции Бушир.", "Бушир", "bushehr-province"),
    ("АЭС стоит в остане Бушир.", "Бушир", "bushehr-province"),
    ("Пустыня в провинции Йезд.", "Йезд", "yazd-province"),
    ("Пустыня в остане Йезд.", "Йезд", "yazd-province"),
    ("Дорога из остана Семнан.", "Семнан", "semnan-province"),
    ("Ливни в остане Лурестан.", "Лурестан", "lorestan-province"),
    ("Ливни в провинции Лурестан.", "Лурестан", "lorestan-province"),
    ("Рис растёт в провинции Мазендеран.", "Мазендеран", "mazandaran-province"),
    ("Рис растёт в остане Мазендеран.", "Мазендеран", "mazandaran-province"),
    ("Чай растёт в провинции Гилян.", "Гилян", "gilan-province"),
    ("Порт в провинции Хормозган.", "Хормозган", "hormozgan-province"),
    ("Власти остана Хормозган сообщили.", "Хормозган", "hormozgan-province"),
    ("Завод в провинции Альборз.", "Альборз", "alborz-province"),
    ("Завод в остане Альборз.", "Альборз", "alborz-province"),
    ("Медь добывают в провинции Керман.", "Керман", "kerman-province"),
    ("Медь добывают в остане Керман.", "Керман", "kerman-province"),
    ("Граница в провинции Илам.", "Илам", "ilam-province"),
    ("Граница в остане Илам.", "Илам", "ilam-province"),
    ("Взрыв в провинции Исфахан.", "Исфахан", "isfahan-province"),
    ("Нефть в остане Хузестан.", "Хузестан", "khuzestan-province"),
    (
        "Нападение в провинции Систан и Белуджистан.",
        "Систан и Белуджистан",
        "sistan-and-baluchestan-province",
    ),
    ("Засуха в провинции Южный Хорасан.", "Южный Хорасан", "south-khorasan-province"),
    ("Засуха в провинции Разави Хорасан.", "Разави Хорасан", "razavi-khorasan-province"),
    ("Разави Хорасан граничит с Афганистаном.", "Разави Хорасан", "razavi-khorasan-province"),
    # Armenian, with the locative
    ("Իրանի Ղոմի նահանգում երկրաշարժ է եղել։", "Ղոմի նահանգ", "qom-province"),
    ("Սեմնանի նահանգում երկրաշարժ է եղել։", "Սեմնանի նահանգ", "semnan-province"),
    ("Սեմնան օսթանում երկրաշարժ է եղել։", "Սեմնան օսթան", "semnan-province"),
    ("Մազանդարանում անձրև է։", "Մազանդարան", "mazandaran-province"),
    ("Հարավային Խորասանում երաշտ է։", "Հարավային Խորասան", "south-khorasan-province"),
    ("Ռազավի Խորասանում երաշտ է։", "Ռազավի Խորասան", "razavi-khorasan-province"),
    ("Թեհրանի նահանգում երաշտ է։", "Թեհրանի նահանգ", "tehran-province"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round94_names94_found(text, name, pid):
    found = [(m.text, m.place.id if m.place else m.link) for m in geoparse(text)]
    assert (name, pid) in found, found


@pytest.mark.parametrize("name", ["Хамадан", "Семнан", "Кум", "Бушир", "Йезд", "Керман", "Илам"])
def test_round94_bare_capital_name_stays_the_city(name):
    # as for ardabil-province: a province named like its capital gets no bare name
    assert geocode(name).kind == "city"


def test_round94_city_in_a_sentence_stays_the_city():
    found = [
        (m.text, m.place.id if m.place else m.link) for m in geoparse("Город Хамадан красив.")
    ]
    assert ("Хамадан", "geonames:132144") in found, found
