"""Forms of held-out sets 567-577 (rounds 137 and 139, stop 92; kept outside the project): a
pipeline's oil word before its ends, a province's capital, a route's unknown first end, a
name and "other provinces" in German, Russian and Armenian.

The sentences are the project's own.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pipeline's oil word: its ends, the towns (set 567a)
        (
            "نفت از طریق خط لوله نفتی آتیراو-سامارا به اروپا می‌رود.",
            [("آتیراو", "geonames:610529"), ("سامارا", "geonames:499099"), ("اروپا", "europe")],
        ),
        # a province's oil stays the province's land
        ("میدان‌های نفتی کرکوک دوباره فعال شدند.", [("کرکوک", "kirkuk-governorate-iq")]),
    ],
)
def test_a_pipelines_oil_word(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the province's capital: the seat (set 569a)
        ("Протесты дошли до столицы провинции Захедана.", [("Захедан", "geonames:1159301")]),
        # the province word alone: the province
        ("Протесты охватили провинции Захедан.", [("Захедан", "sistan-and-baluchestan-province")]),
    ],
)
def test_a_provinces_capital(text, expected):
    assert found(text) == expected


def test_a_routes_unknown_first_end():
    # an oil field's name before the dash: the route's end, no person's name (set 567a)
    assert found("Нефть идёт по маршруту Тенгиз-Новороссийск без остановок.") == [
        ("Новороссийск", "geonames:518255")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name and "other provinces": the province (set 574b, both markings)
        ("Die Angriffe trafen Teheran und anderen Provinzen.", [("Teheran", "tehran-province")]),
        ("Удары пришлись по Тегерану и другим провинциям.", [("Тегеран", "tehran-province")]),
        (
            "Жертвы есть в Тегеране, Гиляне и других провинциях.",
            [("Тегеран", "tehran-province"), ("Гилян", "gilan-province")],
        ),
        ("Զոհեր կան Թեհրանում և այլ նահանգներում:", [("Թեհրան", "tehran-province")]),
        # other towns, or no kind word: the city
        ("Удары пришлись по Тегерану и другим городам.", [("Тегеран", "tehran")]),
        ("Удары пришлись по Тегерану вчера.", [("Тегеран", "tehran")]),
        ("Զոհեր կան Թեհրանում:", [("Թեհրան", "tehran")]),
    ],
)
def test_a_name_and_other_provinces(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's word, then the province it serves: the province (set 576a, both markings)
        (
            "Представитель службы спасения провинции Западный Азербайджан сообщил о раненых.",
            [("Западный Азербайджан", "west-azerbaijan-province")],
        ),
        (
            "Директор водопроводной компании провинции Хорасан-Резави заявил об этом.",
            [("Хорасан-Резави", "razavi-khorasan-province")],
        ),
        # the body's word before the state's name still takes it
        ("По данным пограничной службы Азербайджана, граница открыта.", []),
    ],
)
def test_a_body_of_a_province(text, expected):
    assert found(text) == expected
