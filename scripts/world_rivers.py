"""Curated rivers of the world layer for ``build_world.py`` (lines through the cities on
their banks; the region's own rivers are in ``regions_natural.py`` and ``places.yaml``)."""

from __future__ import annotations

WIKI = "Wikipedia articles (en, az, fa, ru, hy, tr, de) on {what}, read 2026-11"

#: Rivers (kind ``river``, a line), in the format of ``world_water.CANALS``.
RIVERS = {
    "volga": (
        "Volga",
        "RU",
        [  # the cities on its banks, from the source end down (GeoNames cities15000)
            (35.90, 56.86),  # Tver (geonames:480060)
            (38.84, 58.05),  # Rybinsk (500004), the Rybinsk Reservoir
            (39.87, 57.63),  # Yaroslavl (468902)
            (40.93, 57.77),  # Kostroma (543878)
            (42.13, 57.44),  # Kineshma (548605)
            (44.00, 56.33),  # Nizhny Novgorod (520555), the Oka mouth
            (47.25, 56.13),  # Cheboksary (569696)
            (49.12, 55.79),  # Kazan (551487)
            (48.39, 54.33),  # Ulyanovsk (479123)
            (49.35, 53.53),  # Tolyatti (482283)
            (50.14, 53.21),  # Samara (499099)
            (48.47, 53.16),  # Syzran (484972)
            (45.99, 51.54),  # Saratov (498677)
            (45.41, 50.09),  # Kamyshin (553287)
            (44.50, 48.71),  # Volgograd (472757)
            (48.04, 46.35),  # Astrakhan (580497)
        ],
        [
            "Volga River",
            "river Volga",
            "Volqa",
            "Volqa çayı",
            "ولگا",
            "رود ولگا",
            "Волга",
            "Վոլգա",
            "Volga Nehri",
            "Wolga",
        ],
        WIKI.format(what="the Volga (the cities on its banks, from Tver down to Astrakhan)"),
        "a line placed by hand through the GeoNames points of the cities on its banks, "
        "from Tver to Astrakhan, as the Wikipedia articles list them; off by up to tens of "
        "kilometres between them (the Samara Bend is cut), the upper course above Tver and "
        "the delta below Astrakhan (about 100 km to the Caspian) not drawn",
    ),
    "terek": (
        "Terek",
        "RU",
        [  # the towns on its banks, from Vladikavkaz down (GeoNames cities500)
            (44.67, 43.04),  # Vladikavkaz (geonames:473249)
            (44.14, 43.48),  # Terek (483495), the town named after it
            (44.04, 43.64),  # Mayskiy (528248)
            (44.65, 43.74),  # Mozdok (524736)
            (46.34, 43.51),  # Shelkovskaya (495000)
            (46.71, 43.85),  # Kizlyar (547840)
        ],
        ["Terek River", "Терек", "Terek çayı", "Terek Nehri", "Թերեք"],
        WIKI.format(what="the Terek (the towns on its banks, from Vladikavkaz to Kizlyar)"),
        "a line placed by hand through the GeoNames points of six towns on its banks, from "
        "Vladikavkaz to Kizlyar, as the Wikipedia articles list them; off by up to tens of "
        "kilometres between them, the upper course in Georgia and the delta below Kizlyar "
        "(about 80 km to the Caspian) not drawn",
    ),
    "sulak": (
        "Sulak",
        "RU",
        [  # the towns on its banks, from the Chirkey gorge down (GeoNames cities500)
            (46.84, 43.02),  # Dubki (564764), above the gorge's dams
            (46.87, 43.20),  # Kizilyurt (547849)
            (47.51, 43.27),  # Sulak (486398), at the mouth
        ],
        ["Sulak River", "Сулак", "Sulak çayı"],
        WIKI.format(what="the Sulak (the towns on its lower course, Kizilyurt, the mouth)"),
        "a line placed by hand through the GeoNames points of three towns on its lower "
        "course, from Dubki by the Chirkey gorge to the village Sulak at its mouth; the "
        "Avar and Andi Koysu above the gorge not drawn. The bare Latin 'Sulak' stays the "
        "villages of that name",
    ),
}
