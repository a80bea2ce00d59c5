"""geoparse() on the failures of the fifth round of real Russian and English articles.

Issue 10, round 5: the classes of failure a scratch set of real Russian and English
excerpts (kept outside the repo) found, each tested with sentences written for these
tests: a stressed Russian adjective after к, г, х, ж, ш in a name of several words; the
news agencies whose names GeoNames gives to far towns; a state's oil company and border
troops named by their country in Russian; names the tables lacked (the TRIPP and the
European Union in Russian, a word order of the North-South corridor, an economic zone).
"""

from geo._inflect import russian_forms
from tests.parsing import found as _found


def test_a_stressed_adjective_after_a_velar_declines_with_i():
    forms = russian_forms("Бакинский международный морской торговый порт")
    assert "Бакинским международным морским торговым портом" in forms
    assert "Бакинского международного морского торгового порта" in forms
    assert not any("морскым" in form for form in forms)
    assert "Большим Кавказом" in russian_forms("Большой Кавказ")
    # the other stressed adjectives as before: "Тихий" is not stressed, "Голубой" has no velar
    assert "Голубым озером" in russian_forms("Голубое озеро")
    text = "Рекордный объём обработан Бакинским международным морским торговым портом в декабре."
    assert _found(text) == [("Бакинским международным морским торговым портом", "baku-port")]


def test_news_agencies_are_not_the_far_towns_of_their_names():
    text = "ISNA reported that the Rasht-Astara railway will open; Turan said the same."
    assert _found(text) == [("Rasht-Astara railway", "rasht-astara-railway")]


def test_a_company_named_service_is_not_its_place():
    text = "Tarfa said the Caspian Service, a Russian builder, will lay the Rasht-Astara railway."
    assert _found(text) == [("Rasht-Astara railway", "rasht-astara-railway")]


def test_an_events_name_holds_its_places():
    text = "На семинаре «Азербайджан – Иран: транзит» в Баку выступили эксперты."
    assert _found(text) == [("Баку", "baku")]
    assert _found("Участники форума в Тегеране обсудили мост.") == [("Тегеран", "tehran")]


def test_the_araz_valley_economic_zone_is_a_park_not_the_river():
    text = 'Первые вагоны прибыли в парк "Экономическая зона долины Араз" у реки Араз.'
    assert _found(text) == [("Араз", "araz")]
    text = "Trucks reached the Araz Valley Economic Zone, an industrial park in Zangilan."
    assert _found(text) == [("Zangilan", "zangilan")]


def test_a_states_oil_company_and_border_troops_keep_their_country_out():
    text = "Представитель Госнефтекомпании Азербайджана сообщил о поставках газа в Нахчыван."
    assert [t for _, t in _found(text)] == ["nakhchivan-ar"]
    text = "Пункт охраняют служащие пограничных войск Республики Армения у границы с Ираном."
    assert _found(text) == [("Иран", "ir")]
    # a commission named for two countries joined by a dash: both are its name's
    text = "Сопредседатель межправительственной комиссии Азербайджан – Иран прибыл в Баку."
    assert _found(text) == [("Баку", "baku")]
    # a plain consulate and a minister keep their country, as before
    assert _found("Консульство Ирана в Капане открыто.")[0] == ("Иран", "ir")
    assert _found("Министр энергетики Азербайджана прибыл.") == [("Азербайджан", "az")]


def test_names_the_tables_lacked():
    assert _found("Вашингтон обсуждает «Маршрут Трампа» с Ереваном.")[1] == (
        "Маршрут Трампа",
        "zangezur-corridor",
    )
    assert ("Маршрута Трампа", "zangezur-corridor") in _found("Открытие Маршрута Трампа ждут.")
    assert _found("Грузы идут в ЕС и в Евросоюз через Грузию.")[:2] == [
        ("ЕС", "european-union"),
        ("Евросоюз", "european-union"),
    ]
    assert _found("Фуры ждут в Билесеваре на иранской стороне.") == [
        ("Билесевар", "geonames:140494")
    ]
    text = "The link is part of the North-South International Corridor through Iran."
    assert _found(text)[0] == ("North-South International Corridor", "nstc")
    text = "A road will run from the East Zangezur economic zone to Nakhchivan."
    assert _found(text)[0] == ("East Zangezur economic zone", "east-zangezur")


def test_the_azerbaijani_press_spellings_of_karabakh_towns_and_districts():
    # "Губадлы" (was Кубатлы) and "Кяльбаджар", as Report and 1news.az write them, with
    # their districts, also as the first items of a list sharing the kind word
    assert _found("Вчера в Губадлы и в Кяльбаджаре открыли школы.") == [
        ("Губадлы", "qubadli"),
        ("Кяльбаджар", "kalbajar"),
    ]
    text = "Дороги строят в Лачинском, Кяльбаджарском и Губадлинском районах."
    assert [t for _, t in _found(text)] == [
        "lachin-district",
        "kalbajar-district",
        "qubadli-district",
    ]


def test_a_russian_oblast_is_also_called_a_province():
    text = "Губернатор Ардебильской провинции встретился с коллегой из Игдырской провинции."
    assert _found(text) == [
        ("Ардебильской провинции", "ardabil-province"),
        ("Игдырской провинции", "igdir-province-tr"),
    ]
    assert _found("Делегация Восточно-Азербайджанской провинции прибыла в Баку.")[0] == (
        "Восточно-Азербайджанской провинции",
        "east-azerbaijan-province",
    )


def test_a_russian_link_named_by_its_ends_as_one_adjective():
    # the first end as written, the second an adjective, with the kind noun after it
    text = "Строительство Решт-Астаринской железной дороги начнётся весной."
    assert _found(text) == [("Решт-Астаринской железной дороги", "rasht-astara-railway")]
    text = "Горадиз-Агбендская железная дорога пройдёт через Зангилан."
    assert _found(text)[0] == ("Горадиз-Агбендская железная дорога", "horadiz-aghband-railway")
    text = "Открытие Агбенд-Кялалинского моста ждут в марте."
    assert _found(text) == [("Агбенд-Кялалинского моста", "aghband-kalaleh-bridge")]
    # the adjective alone, with another noun: the link by its two ends
    assert _found("Работы на Решт-Астаринском участке начнутся весной.") == [
        ("Решт-Астаринском", "rasht-astara-railway")
    ]
    # the ends as nouns after the word stay the link's own alias, as before
    assert _found("Железная дорога Решт-Астара строится.") == [
        ("Решт-Астара", "rasht-astara-railway")
    ]


def test_a_name_qualified_by_a_region_does_not_join_a_route():
    # "Julfa (Nakhchivan)" is a name of the town; its brackets fold to a blank, and
    # the route "Julfa-Nakhchivan" had been taken for the one town
    assert _found("The Julfa-Nakhchivan road was repaired in May.") == [
        ("Julfa", "julfa-az"),
        ("Nakhchivan", "nakhchivan"),
    ]


def test_a_province_by_the_adjective_of_its_name():
    # only "провинция Гилян" / "остан Казвин" are in the tables; Russian news also write
    # the adjective with "провинция" or "область", in any case
    text = "Губернатор Гилянской провинции встретился с главой Казвинской области."
    assert _found(text) == [
        ("Гилянской провинции", "gilan-province"),
        ("Казвинской области", "qazvin-province"),
    ]
    # the province, not the city of the name
    assert _found("В Карсской провинции строят депо.") == [
        ("Карсской провинции", "kars-province-tr")
    ]
