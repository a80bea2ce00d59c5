"""Curated facts for ``build_world.py``: the oceans and the far lakes real articles name.

Added 2026-12-02: "from the Pacific to the Atlantic", "Tıxaclardan Atlantik okeanına", the
Aral Sea, Lake Baikal, Issyk-Kul, Lake Geneva ... geocoded to nothing. The oceans join the
seas of ``world_water.py`` (``SEAS``), cut out of Natural Earth 10m ocean by boxes as the
Indian Ocean is; the lakes join its ``LAKES``, the Natural Earth 10m lake polygons that hold
a point inside. (In a module of their own, as the bays and the far rivers are, so that
``world_water.py`` stays near its size.) Lake Çıldır, which Natural Earth does not draw, is a
point of ``data/places.yaml``.
"""

from __future__ import annotations

#: The names' source: the Wikipedia articles in the seven languages, with the Wikidata item
#: where it was checked.
WIKI_12 = "Wikipedia articles (en, az, fa, ru, hy, tr, de) on {what}, read 2026-12-02"
WIKIDATA = "Wikidata {qid} https://www.wikidata.org/wiki/{qid}; " + WIKI_12

#: The oceans, the ``SEAS`` of ``world_water.py``: id -> (name, (lon, lat) inside, or one
#: point inside each part, clip box or boxes, cut-away boxes, aliases, how, names' source).
OCEANS = {
    "atlantic-ocean": (
        "Atlantic Ocean",
        (-30.0, 30.0),
        (-100.0, -60.0, 20.0, 66.0),
        (
            (-100.0, 50.0, -70.0, 66.0),
            (-100.0, -60.0, -67.27, -52.0),
            (-100.0, -52.0, -70.0, -38.0),
            (-5.6, 30.0, 10.0, 43.0),
            (9.0, 53.0, 30.5, 57.75),
            (12.0, 57.75, 30.5, 63.0),
        ),
        [
            "Atlantic",
            "Atlantik okeanı",
            "اقیانوس اطلس",
            "اقیانوس آتلانتیک",
            "Атлантический океан",
            "Атлантика",
            "Ատլանտյան օվկիանոս",
            "Atlas Okyanusu",
            "Atlantik Okyanusu",
            "Atlantischer Ozean",
            "Atlantik",
        ],
        "Natural Earth 10m ocean clipped to lon -100 to 20 (Cape Agulhas, where the Indian "
        "Ocean begins), lat -60 (the Southern Ocean) to 66 (drawn as the Arctic Ocean's "
        "southern limit), with Hudson and James Bays (box lon -100 to -70, lat 50-66: the "
        "Arctic Ocean's), the Pacific south of Cape Horn and west of its meridian (box lon -100 "
        "to -67.27, lat -60 to -52, which takes the Strait of Magellan) and off Patagonia (box "
        "lon -100 to -70, lat -52 to -38), the Mediterranean east of the Strait of Gibraltar "
        "(box lon -5.6 to 10, lat 30-43) and the Baltic with the Kattegat (boxes lon 9-30.5, lat "
        "53-57.75 and lon 12-30.5, lat 57.75-63) removed; it holds the North Sea, the Caribbean "
        "and the Gulf of Mexico; the part holding 30 N 30 W",
        WIKIDATA.format(qid="Q97", what="the Atlantic Ocean")
        + " (Atlantik okeanı, اقیانوس اطلس, Атлантический океан, Ատլանտյան օվկիանոս, Atlas "
        "Okyanusu, Atlantischer Ozean; the short forms Atlantic, Атлантика, Atlantik and the "
        "Turkish 'Atlantik Okyanusu' and Persian 'اقیانوس آتلانتیک' as the articles give them)",
    ),
    "pacific-ocean": (
        "Pacific Ocean",
        # one point on each side of the antimeridian: the ocean is the two parts
        ((160.0, 20.0), (-140.0, 0.0)),
        (
            (100.0, -8.5, 180.0, 66.0),
            (130.0, -17.0, 180.0, -8.5),
            (147.0, -60.0, 180.0, -17.0),
            (-180.0, -60.0, -67.27, -52.0),
            (-180.0, -52.0, -70.0, -38.0),
            (-180.0, -38.0, -66.0, 66.0),
        ),
        (),
        [
            "Pacific",
            "Sakit okean",
            "اقیانوس آرام",
            "Тихий океан",
            # oblique cases (ru.wiktionary "тихий", "океан"): the parser declines adjectives of
            # more letters only (geo._inflect), so "Тихого океана" would be missed
            "Тихого океана",
            "Тихому океану",
            "Тихим океаном",
            "Тихом океане",
            "Խաղաղ օվկիանոս",
            "Pasifik Okyanusu",
            "Pazifischer Ozean",
            "Pazifik",
            "Stiller Ozean",
        ],
        "Natural Earth 10m ocean split at the antimeridian into its two sides, as Natural "
        "Earth draws it: west of it, clipped to lon 100-180 north of lat -8.5 (Java and Timor; "
        "the seas east and north of Southeast Asia), lon 130-180 at lat -17 to -8.5 (the "
        "Arafura Sea and the Gulf of Carpentaria) and lon 147-180 at lat -60 to -17 (east of "
        "Tasmania): what the Indian Ocean leaves; east of it, lon -180 to the Americas, cut "
        "south of Cape Horn at its meridian (lon -67.27, lat -60 to -52) and off Patagonia at "
        "lon -70 (lat -52 to -38), lon -66 further north (the isthmus parts it from the "
        "Caribbean); lat -60 (the Southern Ocean) to 66 (the Bering Strait, drawn as the Arctic "
        "Ocean's southern limit); a MultiPolygon of the part west of the antimeridian that holds "
        "20 N 160 E and the part east of it that holds 0 N 140 W",
        WIKIDATA.format(qid="Q98", what="the Pacific Ocean")
        + " (Sakit okean, اقیانوس آرام, Тихий океан, Խաղաղ օվկիանոս, Pasifik Okyanusu, "
        "Pazifischer Ozean; the Russian oblique cases Тихого океана, Тихому океану, Тихим "
        "океаном, Тихом океане by the declension of ru.wiktionary 'тихий' and 'океан'; the short forms Pacific, Pazifik and the German 'Stiller Ozean' as "
        "the articles give them; the Turkish 'Büyük Okyanus', 'great ocean', is left out, a "
        "common phrase)",
    ),
    "arctic-ocean": (
        "Arctic Ocean",
        (0.0, 85.0),
        ((-180.0, 66.0, 180.0, 90.0), (-100.0, 50.0, -70.0, 66.0), (32.0, 63.5, 45.0, 66.0)),
        (),
        [
            "Şimal Buzlu okeanı",
            "اقیانوس منجمد شمالی",
            "Северный Ледовитый океан",
            "Հյուսիսային սառուցյալ օվկիանոս",
            "Arktik Okyanusu",
            "Kuzey Buz Denizi",
            "Arktischer Ozean",
            "Nordpolarmeer",
        ],
        "Natural Earth 10m ocean north of lat 66 (drawn as its southern limit: the Bering "
        "Strait, the Denmark Strait, the Norwegian Sea's north), with Hudson and James Bays (box "
        "lon -100 to -70, lat 50-66) and the White Sea (box lon 32-45, lat 63.5-66) added; one "
        "polygon from lon -180 to 180 (its main part), as Natural Earth draws the ocean there; the part "
        "holding 85 N 0 E",
        WIKIDATA.format(qid="Q788", what="the Arctic Ocean")
        + " (Şimal Buzlu okeanı, اقیانوس منجمد شمالی, Северный Ледовитый океан, Հյուսիսային "
        "սառուցյալ օվկիանոս, Arktik Okyanusu and Kuzey Buz Denizi, Arktischer Ozean and "
        "Nordpolarmeer; the bare 'Arctic' is the region, not the ocean, and is left out)",
    ),
}

#: The lakes, the ``LAKES`` of ``world_water.py``: id -> (name, country, (lon, lat) inside, or
#: one point inside each part, aliases, names' source, note on the outline). A list of
#: countries is the lake's basin countries, the first its ``country``.
FAR_LAKES = {
    "aral-sea": (
        "Aral Sea",
        ["KZ", "UZ"],
        ((60.63, 46.43), (58.53, 45.21), (59.7, 46.2), (59.98, 46.0)),
        [
            "Aral dənizi",
            "دریاچه آرال",
            "دریای آرال",
            "Аральское море",
            "Արալյան ծով",
            "Aral Gölü",
            "Aral Denizi",
            "Aralsee",
        ],
        WIKI_12.format(what="the Aral Sea")
        + " (Aral dənizi, دریاچه آرال and دریای آرال, Аральское море, Արալյան ծով, Aral Gölü "
        "and Aral Denizi, Aralsee); the bare 'Aral', a Turkish surname and the Kazakh town "
        "Aral, is left out, and so is the Russian 'Арал'",
        "Natural Earth draws the sea's remnants: the North Aral, the western basin of the "
        "South Aral and two small lakes between them; the Kamyshlybas lake east of the North "
        "Aral is not taken",
    ),
    "lake-baikal": (
        "Lake Baikal",
        "RU",
        (108.0, 53.5),
        [
            "Baikal",
            "Baykal gölü",
            "دریاچه بایکال",
            "Байкал",
            "озеро Байкал",
            "Բայկալ",
            "Բայկալ լիճ",
            "Baykal Gölü",
            "Baikalsee",
        ],
        WIKIDATA.format(qid="Q5513", what="Lake Baikal")
        + " (Baykal gölü, دریاچه بایکال, Байкал, Բայկալ, Baykal Gölü, Baikalsee); the bare "
        "Turkish 'Baykal', a surname, is left out",
        "Natural Earth draws the lake's shore",
    ),
    "lake-balkhash": (
        "Lake Balkhash",
        "KZ",
        (75.0, 46.6),
        [
            "Balkhash Lake",
            "Balxaş gölü",
            "دریاچه بالخاش",
            "озеро Балхаш",
            "Բալխաշ լիճ",
            "Balkaş Gölü",
            "Balchaschsee",
        ],
        WIKI_12.format(what="Lake Balkhash")
        + " (Balxaş gölü, دریاچه بالخاش, Балхаш, Բալխաշ, Balkaş Gölü, Balchaschsee); the bare "
        "name is the town of Balkhash on its shore too, so every alias keeps the lake word",
        "Natural Earth draws the lake's shore, its western and eastern halves one polygon",
    ),
    "issyk-kul": (
        "Issyk-Kul",
        "KG",
        (77.3, 42.45),
        [
            "Lake Issyk-Kul",
            "Ysyk-Köl",
            "İssık-Kul gölü",
            "İssık-Kul",
            "دریاچه ایسیک‌کول",
            "ایسیک‌کول",
            "Иссык-Куль",
            "Իսիկ-Կուլ",
            "Issık Gölü",
            "Issık Göl",
            "Yssykköl",
            "Issyk-Kul-See",
        ],
        WIKI_12.format(what="Issyk-Kul")
        + " (İssık-Kul, ایسیک‌کول, Иссык-Куль, Իսիկ-Կուլ, Issık Gölü, Yssykköl); the Kyrgyz "
        "'Ysyk-Köl' and the Turkish 'Issık Göl' as those articles give them beside the title",
        "Natural Earth draws the lake's shore",
    ),
    "lake-ladoga": (
        "Lake Ladoga",
        "RU",
        (31.5, 60.8),
        [
            "Ladoga",
            "Ladoqa gölü",
            "دریاچه لادوگا",
            "Ладожское озеро",
            "Ладога",
            "Լադոգա",
            "Լադոգա լիճ",
            "Ladoga Gölü",
            "Ladogasee",
        ],
        WIKI_12.format(what="Lake Ladoga")
        + " (Ladoqa gölü, دریاچه لادوگا, Ладожское озеро and Ладога, Լադոգա, Ladoga Gölü, "
        "Ladogasee)",
        "Natural Earth draws the lake's shore",
    ),
    "lake-onega": (
        "Lake Onega",
        "RU",
        (35.5, 61.7),
        [
            "Oneqa gölü",
            "دریاچه اونگا",
            "Онежское озеро",
            "Онего",
            "Օնեգա լիճ",
            "Onega Gölü",
            "Onegasee",
        ],
        WIKI_12.format(what="Lake Onega")
        + " (Oneqa gölü, دریاچه اونگا, Онежское озеро and Онего, Օնեգա, Onega Gölü, Onegasee); "
        "the bare 'Onega' and 'Онега' are the town and the river of that name, and are left out",
        "Natural Earth draws the lake's shore",
    ),
    "lake-tuz": (
        "Lake Tuz",
        "TR",
        (33.35, 38.8),
        ["Tuz Lake", "Tuz Gölü", "دریاچه توز", "озеро Туз", "Տուզ լիճ"],
        WIKI_12.format(what="Lake Tuz")
        + " (Tuz gölü, دریاچه توز, Туз, Տուզ; Tuz Gölü in Turkish and German); the bare 'Tuz' "
        "is Turkish and Azerbaijani for salt (and Russian 'туз' an ace), so every alias keeps the "
        "lake word",
        "Natural Earth draws the lake's high-water extent; in summer most of it dries to a "
        "salt flat",
    ),
    "dead-sea": (
        "Dead Sea",
        ["JO", "IL", "PS"],
        (35.5, 31.5),
        [
            "Ölü dəniz",
            "دریای مرده",
            "بحرالمیت",
            "Мёртвое море",
            "Мертвое море",
            "Մեռյալ ծով",
            "Lut Gölü",
            "Totes Meer",
        ],
        WIKI_12.format(what="the Dead Sea")
        + " (Ölü dəniz, دریای مرده and بحرالمیت, Мёртвое море, Մեռյալ ծով, Lut Gölü, Totes "
        "Meer); the Turkish 'Ölü Deniz' is left out, the name of the lagoon at Fethiye "
        "(Ölüdeniz)",
        "Natural Earth draws its northern basin (the polygon ends at 31.3 N; the southern "
        "evaporation ponds are not taken)",
    ),
    "lake-geneva": (
        "Lake Geneva",
        ["CH", "FR"],
        (6.5, 46.45),
        [
            "Lake Léman",
            "Lac Léman",
            "Cenevrə gölü",
            "دریاچه ژنو",
            "Женевское озеро",
            "Ժնևի լիճ",
            "Cenevre Gölü",
            "Genfersee",
            "Genfer See",
        ],
        WIKI_12.format(what="Lake Geneva")
        + " (Cenevrə gölü, دریاچه ژنو, Женевское озеро, Ժնևի լիճ, Cenevre Gölü, Genfersee and "
        "Genfer See; the French 'Lac Léman' the English and German articles give)",
        "Natural Earth draws the lake's shore",
    ),
    "lake-constance": (
        "Lake Constance",
        ["DE", "AT", "CH"],
        (9.4, 47.6),
        [
            "Bodensee",
            "Boden gölü",
            "دریاچه کنستانس",
            "Боденское озеро",
            "Բոդենի լիճ",
            "Konstanz Gölü",
        ],
        WIKI_12.format(what="Lake Constance")
        + " (Boden gölü, دریاچه کنستانس, Боденское озеро, Բոդենի լիճ, Konstanz Gölü and Boden "
        "Gölü, Bodensee, which English writes too)",
        "Natural Earth draws the Obersee and the Untersee as one polygon",
    ),
    "lake-victoria": (
        "Lake Victoria",
        ["TZ", "UG", "KE"],
        (33.0, -1.0),
        [
            "Viktoriya gölü",
            "دریاچه ویکتوریا",
            "озеро Виктория",
            "Վիկտորիա լիճ",
            "Victoria Gölü",
            "Victoriasee",
        ],
        WIKI_12.format(what="Lake Victoria")
        + " (Viktoriya gölü, دریاچه ویکتوریا, Виктория, Վիկտորիա, Victoria Gölü, Victoriasee); "
        "the bare 'Victoria', 'Виктория', a first name (and the capital of the Seychelles), is "
        "left out: every alias keeps the lake word",
        "Natural Earth draws the lake's shore",
    ),
}
