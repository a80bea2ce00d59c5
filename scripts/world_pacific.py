"""Curated facts for ``build_world.py``: the South China Sea, the Taiwan Strait and La
Pérouse Strait (round 234, names234); the Strait of Malacca (round 240, names240).

Held-out set 345 (Japan, Korea, Taiwan and Russia's Pacific) found the three unread: the
world layer's seas are not read from Natural Earth's marine polygons (the named-water
layer) but cut out of its 10m ocean by boxes drawn by hand for each sea of ``SEAS``
(``world_water.py``), and no box had been drawn for the South China Sea. It joins
``SEAS`` here, the straits join ``STRAITS`` as lines (a module of its own, as the Arctic's
is, so that ``world_water.py`` stays near its size). Only names a stored page writes are
aliases; those seen on no page read (Persian 'دریای چین جنوبی' and 'تنگه تایوان', Armenian
'Հարավչինական ծով', German 'Taiwanstraße' is cited, Azerbaijani 'Tayvan boğazı' is not)
are left out, as data/README.md ("Round 234") lists.
"""

from __future__ import annotations

#: Where the names were read (2026-12-06, a search of stored pages), cited by each record.
_SOUTH_CHINA = (
    "English 'South China Sea' and the point (Simple English Wikipedia 'South China Sea' as "
    "copied: 'Coordinates: 12°11′N 113°13′E', 'The South China Sea runs from Singapore to "
    "the Taiwan Strait The sea has an area of around 3,500,000 km²' https://yqm.book79.com/"
    "6wa840r80_8mdktdbhcztntbcjtoqmv/4xjrogo/5goXldsa_Lauty_Xwy; English Wikipedia 'South "
    "China Sea': 'bounded in the north by South China, in the west by the Indochinese "
    "Peninsula, in the east by the islands of Taiwan and northwestern Philippines ..., and "
    "in the south by Borneo, eastern Sumatra, and the Bangka Belitung Islands' "
    "https://en.wikipedia.org/wiki/South_China_Sea); Russian 'Южно-Китайское море' "
    "(how-what.net: 'Южно-Китайское море находится к юго-западу от Китая, между Вьетнамом, "
    "Филиппинами, Малайзией, Брунеем и Тайванем' https://how-what.net/qa/view/"
    "gde-nakhoditsya-yuzhno-kitayskoe-more); Turkish 'Güney Çin Denizi' (the Turkish copy of "
    "English Wikipedia 'Taiwan Strait': 'yer | Güney Çin Denizi, Doğu Çin Denizi (Pasifik "
    "Okyanusu)' https://tr.wikijaa.ru/wiki/Taiwan_Strait); Azerbaijani 'Cənubi Çin dənizi' "
    "(lexico.az: 'Cənubi Çin dənizi, Sakit okeanın qərb hissəsində, Cənub-Şərqi Asiya "
    "bölgəsində yerləşən geniş bir su hövzəsidir' https://lexico.az/cografi-adlar/"
    "26710-cnubi-cin-dnizi.html); German 'Südchinesisches Meer' (Universal-Lexikon "
    "'Südchinesisches Meer': 'Randmeer des Pazifischen Ozeans, zwischen Südchina, "
    "Hinterindien, der Insel Borneo, den Philippinen und Taiwan' https://universal_lexikon."
    "de-academic.com/306550/S%C3%BCdchinesisches_Meer) and 'Südchinesische Meer' (411answers: "
    "'Das Südchinesische Meer liegt im Pazifischen Ozean' https://de.411answers.com/a/"
    "wo-liegt-das-suedchinesische-meer.html); round 234"
)
_TAIWAN = (
    "English 'Taiwan Strait' and the point (English Wikipedia 'Taiwan Strait': 'a 180 km "
    "strait separating the island of Taiwan and the Asian continent. The strait connects the "
    "South China Sea to the south, and the East China Sea to the north' https://en.wikipedia."
    "org/wiki/Taiwan_Strait; its Russian copy 'Координаты : 24 ° 48'40 \"N 119 ° 55'42\" E' "
    "https://arc.ask3.ru/arc/aa/e4/75/e4c56800be5ef83d508d2c9631aad875__translat.html; "
    "Columbia Encyclopedia: 'arm of the Pacific Ocean, between China's Fujian coast and "
    "Taiwan, linking the East and South China seas ... It is also called the Formosa Strait' "
    "https://www.encyclopedia.com/reference/encyclopedias-almanacs-transcripts-and-maps/"
    "taiwan-strait); 'Formosa Strait' and 'Strait of Taiwan' (thefreedictionary: 'Taiwan "
    "Strait (redirected from Strait of Taiwan)', 'crossing the Strait of Taiwan' http://"
    "encyclopedia2.thefreedictionary.com/Strait+of+Taiwan); Russian 'Тайваньский пролив' "
    "(stringtranslate: 'Тайваньский пролив — пролив шириной 180 км (110 миль; 97 морских "
    "миль), разделяющий остров Тайвань и азиатский континент' https://ru.stringtranslate.com/"
    "Taiwan%20straits/Taiwan_strait); Turkish 'Tayvan Boğazı' (the Turkish copy of "
    "English Wikipedia: 'Tayvan Boğazı olarak da bilinir Formosa Boğazı' https://tr.wikijaa."
    "ru/wiki/Taiwan_Strait); German 'Taiwanstraße' (ZDF: 'Deutsche Marine überquert "
    "Taiwanstraße' https://zdf.de/nachrichten/heute-19-uhr/deutsche-marine-china-"
    "hoheitsgebiet-internationale-gewaesser-video-100.html; Handelsblatt: 'Auch Hunderte "
    "Jahre später ist die Taiwanstraße immer noch ein Hindernis' https://www.handelsblatt.com/"
    "politik/international/strasse-von-taiwan-warum-eine-schifffahrt-china-gegen-"
    "deutschland-aufbringt/100068619.html) and 'Straße von Taiwan' (vipflash: 'Schiffe in "
    "die Straße von Taiwan sowie das Südchinesische Meer entsandt' https://vipflash.de/"
    "contents/168703-besworgniserregende-entwicklung-in-asien-china-schickt-kampfjets-und-"
    "kriegsschiffe-in-richtung-taiwan?p=2&locale=en); round 234"
)
_LA_PEROUSE = (
    "English 'La Pérouse Strait' and 'Soya Strait' (openwaterpedia: 'La Pérouse Strait or the "
    "Sōya Strait is a strait dividing the southern part of the Russian island of Sakhalin "
    "(Karafuto) from the northern part of the Japanese island of Hokkaidō' https://www."
    "openwaterpedia.com/wiki/S%C5%8Dya_Strait; fact-index 'La Perouse Strait': 'La Pérouse "
    "Strait (also Soya Strait) is a 40 km (25 m.) wide and 20-40 m deep strait' http://www."
    "fact-index.com/l/la/la_perouse_strait.html); Russian 'пролив Лаперуза' (Italian "
    "Wikipedia as copied: 'Lo stretto di La Pérouse ( russo : пролив Лаперуза )' https://it."
    "xcv.wiki/wiki/La_P%C3%A9rouse_Strait; void.ai: 'Пролив Лаперуза — это узкий морской "
    "проход, который разделяет острова Сахалин и Хоккайдо' https://void.ai/wiki/"
    "%D0%9F%D1%80%D0%BE%D0%BB%D0%B8%D0%B2+%D0%9B%D0%B0%D0%BF%D0%B5%D1%80%D1%83%D0%B7%D0%B0); "
    "the point (German copy of French Wikipedia 'Straße von La Perouse': '45 ° 43 ′ 20 ″ "
    "Nord, 142 ° 01 ′ 36 ″ Ost', '43 km breit' https://de.frwiki.wiki/wiki/D%C3%A9troit_de_S"
    "%C5%8Dya); Cape Crillon and Cape Sōya, the narrowest part (openwaterpedia, as above); "
    "round 234"
)

_MALACCA = (
    "English 'Strait of Malacca' and its limits (English Wikipedia 'Strait of Malacca' as "
    "copied by wikisum: the International Hydrographic Organization's limits, 'A line "
    "joining Pedropunt, the northernmost point of Sumatra (5°40′N 95°26′E ...), and Lem "
    "Voalan, the southern extremity of Goh Puket [Phromthep Cape on Phuket Island] ... "
    "(7°45′N 98°18′E ...)', 'A line joining Tanjong Piai (Bulus), the southern extremity of "
    "the Malay Peninsula (1°16′N 103°31′E ...)', 'thence to Klein Karimoen (1°10′N "
    "103°23.5′E ...)' https://wikisum.wiki/wiki/Malacca_Straits; its Thai copy gives the "
    "point '4°N 100°E' https://hmong.in.th/wiki/Straits_of_Melaka; everything.explained."
    "today: 'The Strait of Malacca is a narrow stretch of water, 500 mi (800 km) long and "
    "from 40 to 155 mi (65–250 km) wide, between the Malay Peninsula (Peninsular Malaysia) "
    "to the northeast and the Indonesian island of Sumatra to the southwest' http://"
    "everything.explained.today/Malacca_Strait/); 'Malacca Strait' (DNA India after Reuters: "
    "'Singapore warns of terror threat to oil tankers in Malacca Strait' https://dnaindia."
    "com/world/report-singapore-warns-of-terror-threat-to-oil-tankers-in-malacca-strait-"
    "1355142/amp) and 'Straits of Malacca' (Penang travel tips: 'The Straits of Malacca is "
    "a very important shipping lane since antiquity' https://penang-traveltips.com/malaysia/"
    "straits-of-malacca.htm); Russian 'Малаккский пролив' (92localnews: 'Малаккский пролив, "
    "расположенный между Малайским полуостровом и индонезийским островом Суматра' https://"
    "92localnews.com/p/685b9c1974896c6c0688b284; its locative as Lenta.cy writes it, 'сейчас "
    "находится в Малаккском проливе' https://lenta.cy/spg-terminal-vasilikos-zapustjat-ne-"
    "pozdnee-konca-2025-goda/); German 'Straße von Malakka' (BRF after dpa: 'Die Straße von "
    "Malakka ist einer der meistbefahrenen Seewege der Welt' https://brf.be/international/"
    "70738); round 240. Left out, no page read writing them: Persian 'تنگه مالاکا', Turkish "
    "'Malakka Boğazı', Azerbaijani 'Malakka boğazı'"
)

#: The seas, in the format of ``world_water.SEAS`` with their names' source: id -> (name,
#: (lon, lat) inside, clip box or boxes, cut-away boxes, aliases, how, names' source).
PACIFIC_SEAS = {
    "south-china-sea": (
        "South China Sea",
        (113.22, 12.18),
        ((99.0, -3.0, 117.2, 23.5), (117.2, -3.0, 121.0, 22.3)),
        (
            # across Johor, Singapore and the Riau and Lingga islands to Sumatra: the
            # Strait of Malacca's way out (the Andaman Sea with it) is cut off
            (102.5, -1.6, 104.05, 1.6),
            # the Balabac Strait and the passages north of Palawan (Linapacan, Mindoro
            # Strait): the Sulu Sea's ways out are cut off
            (116.75, 6.85, 117.6, 8.5),
            (119.3, 10.0, 121.0, 12.6),
        ),
        [
            "Южно-Китайское море",
            "Güney Çin Denizi",
            "Cənubi Çin dənizi",
            "Südchinesisches Meer",
            "Südchinesische Meer",
        ],
        "Natural Earth 10m ocean clipped to lon 99-117.2, lat -3 (across the Karimata and "
        "Bangka straits) to 23.5 and lon 117.2-121, lat -3 to 22.3 (a straight cut across "
        "the Taiwan Strait's southern mouth, from Nanao Island towards Cape Eluan, and one "
        "at lon 121 across the Luzon Strait), with boxes cut away across Johor, Singapore "
        "and the Riau islands (lon 102.5-104.05, lat -1.6-1.6: the Strait of Malacca) and "
        "across the Balabac Strait (lon 116.75-117.6, lat 6.85-8.5) and north of Palawan "
        "(lon 119.3-121, lat 10-12.6), the Sulu Sea's ways out; the part holding 12.18 N "
        "113.22 E, the Wikipedia point (the Gulf of Thailand and the Gulf of Tonkin are in "
        "it, as the cited pages count them)",
        _SOUTH_CHINA,
    ),
}

#: The straits, in the format of ``world_water.STRAITS``.
PACIFIC_STRAITS = {
    "taiwan-strait": (
        "Taiwan Strait",
        ["CN", "TW"],
        [
            (119.0, 22.65),  # the southern mouth, midway from Nanao Island to Cape Eluan
            (119.93, 24.81),  # the Wikipedia point, 24°48′40″ N 119°55′42″ E
            (120.65, 25.35),  # the northern mouth, midway from Pingtan to Cape Fugui
        ],
        [
            "Formosa Strait",
            "Strait of Taiwan",
            "Тайваньский пролив",
            "Tayvan Boğazı",
            "Taiwanstraße",
            "Straße von Taiwan",
        ],
        _TAIWAN,
        "a line placed by hand along the strait's axis, from the southern mouth (midway "
        "between Nanao Island and Cape Eluan) through the Wikipedia point (24°48′40″ N "
        "119°55′42″ E) to the northern mouth (midway between Pingtan and Cape Fugui), "
        "about +-40 km",
    ),
    "la-perouse-strait": (
        "La Pérouse Strait",
        ["JP", "RU"],
        [
            (141.93, 45.89),  # off Cape Crillon, Sakhalin's southern tip
            (142.03, 45.72),  # the point French Wikipedia gives, 45°43′20″ N 142°01′36″ E
            (141.94, 45.52),  # off Cape Sōya, Hokkaido's northern tip
        ],
        ["La Perouse Strait", "Soya Strait", "Sōya Strait", "пролив Лаперуза"],
        _LA_PEROUSE,
        "a line placed by hand across the strait from Cape Crillon (Sakhalin) to Cape Sōya "
        "(Hokkaido), the narrowest part the cited pages name, through the point French "
        "Wikipedia gives; about +-10 km",
    ),
    "strait-of-malacca": (
        "Strait of Malacca",
        ["ID", "MY", "TH"],
        [
            (97.0, 6.7),  # the north-western mouth, midway from Pedropunt to Phuket's cape
            (98.7, 5.6),  # off Lhokseumawe and Langkawi
            (100.0, 4.0),  # the Wikipedia point, 4° N 100° E
            (100.6, 2.95),  # midway from Tanjungbalai to Port Klang
            (102.0, 2.05),  # off Malacca town and Rupat Island
            (103.3, 1.22),  # the south-eastern limit, off Tanjong Piai and Klein Karimoen
        ],
        [
            "Malacca Strait",
            "Straits of Malacca",
            "Малаккский пролив",
            "Straße von Malakka",
        ],
        _MALACCA,
        "a line placed by hand along the strait's axis, from the north-western limit the "
        "International Hydrographic Organization draws (Pedropunt to Phromthep Cape) through "
        "the Wikipedia point (4° N 100° E) and midway between the Sumatran and Malayan "
        "coasts to the south-eastern limit (Tanjong Piai to Klein Karimoen); about +-50 km",
    ),
}
