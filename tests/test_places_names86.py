"""Round 86: Russian names of Afghanistan's provinces and Azerbaijan's districts (iso-codes'
translations of ISO 3166-2), and the Russian adjective of an Afghan province."""

import pytest

from geo.geoparse import geoparse

CASES = [
    # the bare name, in its cases
    ("Талибы вошли в Нангархар в августе.", "Нангархар", "nangarhar-province-af"),
    ("Дорога соединит Логар с Пактией.", "Логар", "logar-province-af"),
    ("Дорога соединит Логар с Пактией.", "Пактией", "paktia-province-af"),
    ("Газопровод пройдёт через Гильменд и Нимроз.", "Нимроз", "nimruz-province-af"),
    # the adjective with область or провинция, as the Iranian provinces' (_namekeys)
    (
        "Губернатор Балхской области встретился с делегацией.",
        "Балхской области",
        "balkh-province-af",
    ),
    ("В Гильмендской провинции прошли выборы.", "Гильмендской провинции", "helmand-province-af"),
    # Azerbaijan's districts
    ("Жители Сиазанского района получили газ.", "Сиазанского района", "siyazan-district-az"),
    ("В Шемахинском районе открыли школу.", "Шемахинском районе", "shamakhi-district-az"),
    ("Дорога из Кусарского района ведёт к границе.", "Кусарского района", "gusar-district-az"),
    # Turkish names of Iranian provinces named unlike their capitals
    ("Huzistan'da sel felaketi yaşandı.", "Huzistan", "khuzestan-province"),
    ("Luristan eyaletinde deprem oldu.", "Luristan", "lorestan-province"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round86_name_found(text, name, pid):
    found = [(m.text, m.place.id if m.place else m.link) for m in geoparse(text)]
    assert any(i == pid and t.startswith(name[:-2]) for t, i in found), found


@pytest.mark.parametrize(
    ("text", "pid"),
    [
        # a province named like its capital stays out: its bare name is the city's
        ("Самолёт приземлился в Кандагаре.", "kandahar-province-af"),
        ("Поезд прибыл в Хост.", "khost-province-af"),
    ],
)
def test_round86_capital_stays_the_city(text, pid):
    found = [m.place.id for m in geoparse(text) if m.place]
    assert pid not in found, found
