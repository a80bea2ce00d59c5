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

#: Where the names were read (2026-12-03, a search of stored pages), cited by each record:
#: only what was seen is cited, and a name seen nowhere was dropped (none of the Armenian
#: names of the oceans and far lakes, and several Azerbaijani and Persian ones, were found).
#: Natural Earth's name fields (the same data the outlines come from) give the English,
#: German, Russian, Turkish and, in its newer files, Persian names, with the Wikidata item.
NE_LAKES = (
    "Natural Earth 110m lakes https://github.com/nvkelso/natural-earth-vector/blob/"
    "84c039951fc3ccdf97968687ccda67824afa833f/geojson/ne_110m_lakes.geojson ({names})"
)
NE_MARINE = (
    "Natural Earth geography marine polygons, 'Arctic Ocean' (wikidataid Q788, the Wikidata "
    "item; name_de Arktischer Ozean, name_ru Северный Ледовитый океан, name_tr Arktik "
    "Okyanusu, name_fa اقیانوس منجمد شمالی) https://github.com/nvkelso/natural-earth-vector/"
    "blob/117488dc884bad03366ff727eca013e434615127/geojson/ne_110m_geography_marine_polys."
    "geojson and https://raw.githubusercontent.com/nvkelso/natural-earth-vector/v5.1.2/geojson/"
    "ne_10m_geography_marine_polys.geojson"
)

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
            "اقیانوس اطلس",
            "اقیانوس آتلانتیک",
            "Атлантический океан",
            "Атлантика",
            "Atlas Okyanusu",
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
        "English Wikipedia 'Atlantic Ocean' (Atlantic Ocean, 'cross the Atlantic') as the "
        "Hugging Face dataset AMead10/wikipedia-context-benchmark shows it https://huggingface.co"
        "/datasets/AMead10/wikipedia-context-benchmark/viewer/default/train; Persian "
        "'ساحل اقیانوس اطلس' (IRIB news via https://www.zendegi.online/news/922274) and "
        "'اقیانوس آتلانتیک' (https://void.ai/wiki/کانال+پاناما); Russian 'Атлантический океан, "
        "или Атлантика' https://gist.github.com/6af5d978fe131ac9fbc0e4417fea4c28 and "
        "'Атлантического океана', 'Атлантики' http://mail.s5g.ru/13114542/; Turkish 'Atlas "
        "Okyanusu' (from the Turkish Wikipedia) https://tr.quizzclub.com/games/welcome/duenya-"
        "okyanusu-nun-be-boeluemuenuen-adlar-nelerdir/answer/3618991; German 'Atlantischer Ozean "
        "... bzw. Atlantik' http://www.maki-mono.de/begriff_atlantischer_ozean.html. No page "
        "was found for the Azerbaijani 'Atlantik okeanı', the Armenian 'Ատլանտյան օվկիանոս' or "
        "the Turkish 'Atlantik Okyanusu', nor for the Wikidata item, so they are not given",
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
            "اقیانوس آرام",
            "Тихий океан",
            # oblique cases (ru.wiktionary "тихий", "океан"): the parser declines adjectives of
            # more letters only (geo._inflect), so "Тихого океана" would be missed
            "Тихого океана",
            "Тихому океану",
            "Тихим океаном",
            "Тихом океане",
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
        "'The Pacific (Pacific Ocean)' and 'Deutsch: Pazifischer Ozean' https://www.maritime-"
        "glossary.com/cms/glossary/50-glossary-p/9713-pacific.html; German Wikivoyage 'Der "
        "Pazifische Ozean, auch Pazifik, Stiller Ozean oder Großer Ozean' https://de.m."
        "wikivoyage.org/wiki/Pazifischer_Ozean; Persian 'اقیانوس آرام' in the Hugging Face "
        "dataset ahdsoft/multiple_choice_without_context https://huggingface.co/datasets/ahdsoft/"
        "multiple_choice_without_context/viewer/default/train?p=1; Russian 'Тихий океан' https:"
        "//geografia.disilab.ru/opisanie-tikhogo-okeana-po-planu-7-klass/qhGoD1DtZawZe ('в Тихом "
        "океане' http://mail.invlad.ru/4234244/), its other oblique cases Тихого океана, Тихому "
        "океану, Тихим океаном by the declension of ru.wiktionary 'тихий' and 'океан'; Turkish "
        "'Pasifik Okyanusu' (from the Turkish Wikipedia) https://tr.quizzclub.com/games/welcome/"
        "duenya-okyanusu-nun-be-boeluemuenuen-adlar-nelerdir/answer/3618991. No page was found "
        "for the Azerbaijani 'Sakit okean' or the Armenian 'Խաղաղ օվկիանոս', nor for the "
        "Wikidata item, so they are not given; the Turkish 'Büyük Okyanus', 'great ocean', is "
        "left out, a common phrase",
    ),
    "arctic-ocean": (
        "Arctic Ocean",
        (0.0, 85.0),
        ((-180.0, 66.0, 180.0, 90.0), (-100.0, 50.0, -70.0, 66.0), (32.0, 63.5, 45.0, 66.0)),
        (),
        [
            "اقیانوس منجمد شمالی",
            "Северный Ледовитый океан",
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
        NE_MARINE
        + "; Turkish 'Kuzey Buz Denizi' ('Kuzey Buz Denizi’ndekilere benzeyen foklar') http://"
        "bilgifili.com/baykal-golu-hakkinda-bilgi/; German 'Nordpolarmeer' (German Wikipedia "
        "'Pazifischer Ozean', an old revision, 'Im Norden grenzt er an das Nordpolarmeer') "
        "https://wikiless.lunar.icu/w/index.php?mobileaction=toggle_view_mobile&oldid=20324426&"
        "title=S%2FSL_programming_language. No page was found for the Azerbaijani 'Şimal Buzlu "
        "okeanı' or the Armenian 'Հյուսիսային սառուցյալ օվկիանոս', so they are not given; the "
        "bare 'Arctic' is the region, not the ocean, and is left out",
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
        ["Aral dənizi", "دریاچه آرال", "Аральское море", "Aral Gölü", "Aral Denizi", "Aralsee"],
        NE_LAKES.format(
            names="'Aral Sea', wikidataid Q35883, name_de Aralsee, name_ru Аральское море, "
            "name_tr Aral Gölü"
        )
        + "; Azerbaijani 'Aral dənizi' https://obastan.com/wiki/Aral_d%C9%99nizinin_qurumas%C4%B1;"
        " Persian 'دریاچه آرال' https://greenblog.ir/post/22757 and http://urmiyenews.blogspot."
        "com/2013/01/qazaxstan-aral-golunu-yenidn.html; Turkish 'Aral Denizi' https://"
        "orientstar.uz/tr/st_location/uzbekistan/aralskoe-more/ and http://solakkedi.com/"
        "mavi%20bilye/aral.html. No page was found for the Persian 'دریای آرال' or the Armenian "
        "'Արալյան ծով', so they are not given; the bare 'Aral', a Turkish surname and the "
        "Kazakh town Aral, is left out, and so is the Russian 'Арал'",
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
            "Baykal Gölü",
            "Baikalsee",
        ],
        NE_LAKES.format(
            names="'Lake Baikal', wikidataid Q5513, the Wikidata item; name_de Baikalsee, "
            "name_ru Байкал, name_tr Baykal Gölü"
        )
        + " and its newer file https://raw.githubusercontent.com/nvkelso/natural-earth-vector/"
        "master/geojson/ne_110m_lakes.geojson (name_en Baikal, name_fa دریاچه بایکال); "
        "Azerbaijani 'Rusiyanın cənub Sibirindəki Baykal gölü' https://az.socmedarch.org/"
        "largest-lakes-in-the-world-4158614-14896; Persian 'دریاچه بایکال' (Mehr News) https://"
        "mehrnews.com/photo/4918530/ and the Persian Wikipedia's 'دریاچه بایکال' (static dump of "
        "2006) https://dumps.wikimedia.your.org/other/static_html_dumps/December_2006/fa/"
        "wikipedia-fa-html.7z; Russian 'Озеро Байкал' https://zn.deafsch.by/page/distonary/"
        "ivan_cherskiy/63. No page was found for the Armenian 'Բայկալ' or 'Բայկալ լիճ', so they "
        "are not given; the bare Turkish 'Baykal', a surname, is left out",
        "Natural Earth draws the lake's shore",
    ),
    "lake-balkhash": (
        "Lake Balkhash",
        "KZ",
        (75.0, 46.6),
        ["Balkhash Lake", "озеро Балхаш", "Balkaş Gölü", "Balchaschsee"],
        NE_LAKES.format(
            names="'Lake Balkhash', wikidataid Q134485, name_de Balchaschsee, name_ru Балхаш, "
            "name_tr Balkaş Gölü"
        )
        + "; English Wikipedia 'Lake Balkhash' ('Redirected from Balkhash Lake'; Russian "
        "'Озеро Балхаш') via http://en.wiki.x.io/wiki/Balkhash_Lake, and 'Russian: озеро "
        "Балхаш' http://cryer.org.uk/Balkhash_Lake. No page was found for the Azerbaijani "
        "'Balxaş gölü', the Persian 'دریاچه بالخاش' or the Armenian 'Բալխաշ լիճ', so they are "
        "not given; the bare name is the town of Balkhash on its shore too, so every alias "
        "keeps the lake word",
        "Natural Earth draws the lake's shore, its western and eastern halves one polygon",
    ),
    "issyk-kul": (
        "Issyk-Kul",
        "KG",
        (77.3, 42.45),
        [
            "Lake Issyk-Kul",
            "Ysyk-Köl",
            "İssık-Kul",
            "Иссык-Куль",
            "Issık Gölü",
            "Issık Göl",
            "Yssykköl",
            "Issyk-Kul-See",
        ],
        "English Wikipedia 'Issyk-Kul' ('also Ysyk Köl ... Russian: Иссык-Куль') as DBpedia "
        "gives it https://triplydb.com/DBpedia-association/snapshot-2021-06/browser?resource="
        "http%3A%2F%2Fdbpedia.org%2Fresource%2FIssyk-Kul, 'Ysyk-Köl' https://graphsearch.epfl."
        "ch/fr/concept/231745, 'Lake Issyk-Kul' https://central-asia.tours/kyrgyzstan/"
        "cholpon-ata/; Azerbaijani 'İssık-Kul (İsık-Kul, Ysyk-Köl)' https://az.socmedarch.org/"
        "largest-lakes-in-the-world-4158614-14896; Turkish 'Issık Göl' and 'Issık Gölü' https://"
        "devridunya.blogspot.com/2013/05/issik-gol-kirgizistan.html and http://kabar.kg/tur/"
        "news/k-rg-zistan-n-de-erli-golu-iss-k-kul/; the German Wikipedia's 'Yssykköl (... "
        "russisch Иссык-Куль/Issyk-Kul)' via https://wikipedia.jakami.de/content/"
        "wikipedia_de_all_mini_2024-06/A/Issyk-Kul and 'Issyk-Kul-See' https://www.radzelten.de/"
        "issyk-kul-see/. No page was found for the Azerbaijani 'İssık-Kul gölü', the Persian "
        "'دریاچه ایسیک‌کول' and 'ایسیک‌کول' or the Armenian 'Իսիկ-Կուլ', so they are not given",
        "Natural Earth draws the lake's shore",
    ),
    "lake-ladoga": (
        "Lake Ladoga",
        "RU",
        (31.5, 60.8),
        ["Ladoga", "Ладожское озеро", "Ладога", "Ladoga Gölü", "Ladogasee"],
        NE_LAKES.format(
            names="'Lake Ladoga', wikidataid Q15288, name_de Ladogasee, name_ru Ладожское "
            "озеро, name_tr Ladoga Gölü"
        )
        + "; English 'Lake Ladoga ... also known by ... Ladoga' https://www.thesaurus.net/"
        "lake%20ladoga; the Russian Wikipedia's 'Ла́дожское о́зеро (также Ла́дога ...)' as a "
        "page quotes it https://bitbucket.org/gemacurap1971/workspace/snippets/dRAAk9 ('на "
        "Ладоге', 'по льду Ладоги' https://vfokuse.mail.ru/article/obozami-i-gruzovikami-kak-"
        "shlo-snabzhenie-blokadnogo-leningrada-po-doroge-zhizni-68781143/). No page was found "
        "for the Azerbaijani 'Ladoqa gölü', the Persian 'دریاچه لادوگا' (one Persian page writes "
        "'لوداگا') or the Armenian 'Լադոգա', 'Լադոգա լիճ', so they are not given",
        "Natural Earth draws the lake's shore",
    ),
    "lake-onega": (
        "Lake Onega",
        "RU",
        (35.5, 61.7),
        ["دریاچه اونگا", "Онежское озеро", "Онего", "Onega Gölü", "Onegasee"],
        NE_LAKES.format(
            names="'Lake Onega', wikidataid Q166162, name_de Onegasee, name_ru Онежское "
            "озеро, name_tr Onega Gölü"
        )
        + "; Persian 'درياچه اونگا (Onega)' https://image.tebyan.net/Image/15895/; the Russian "
        "Wikipedia's 'Онежское озеро (Онего)' as a page quotes it https://bitbucket.org/"
        "gemacurap1971/workspace/snippets/dRAAk9. No page was found for the Azerbaijani 'Oneqa "
        "gölü' or the Armenian 'Օնեգա լիճ', so they are not given; the bare 'Onega' and "
        "'Онега' are the town and the river of that name, and are left out",
        "Natural Earth draws the lake's shore",
    ),
    "lake-tuz": (
        "Lake Tuz",
        "TR",
        (33.35, 38.8),
        ["Tuz Lake", "Tuz Gölü", "دریاچه توز", "озеро Туз"],
        "'The Lake Tuz' https://wha.com.tr/en/the-lake-tuz-special-environmental-protection-"
        "area; '(Tuz Lake)' https://blog.sina.cn/dpool/blog/s/blog_54c593570102vzcx.html; "
        "Turkish 'Tuz Gölü' https://encongezenbilir.blogspot.com/2015/12/tuz-golu.html; "
        "Persian 'دریاچه توز' https://alaedin.travel/attractions/turkey/konya/salt-lake-tuz-"
        "golu/; Russian 'Озеро Туз Турция' https://dzen.ru/a/XtLCzJMqhzbvNJ3g (the Russian "
        "Wikipedia's article is 'Туз (озеро)', as its Spanish translation shows https://"
        "perceptioes.com/%D0%A2%D1%83%D0%B7_%28%D0%BE%D0%B7%D0%B5%D1%80%D0%BE%29). No page "
        "was found for the Armenian 'Տուզ լիճ', so it is not given; the bare 'Tuz' is Turkish "
        "and Azerbaijani for salt (and Russian 'туз' an ace), so every alias keeps the lake word",
        "Natural Earth draws the lake's high-water extent; in summer most of it dries to a "
        "salt flat",
    ),
    "dead-sea": (
        "Dead Sea",
        ["JO", "IL", "PS"],
        (35.5, 31.5),
        ["Мёртвое море", "Мертвое море", "Lut Gölü", "Totes Meer"],
        "'Dead Sea' https://www.answers.com/t/dead-sea/all/2014/02; Russian 'Мёртвое море' "
        "https://gidtravel.com/country/jordania/Mertvoe_more_dp6896.html and 'Мертвое море' "
        "https://all-forum.ru/showthread.php/7773; Turkish 'Ölü Deniz ya da diğer adıyla Lut "
        "Gölü (Dead Sea)' https://turkforumtr.net/konu/128845-Dunyanin-En-Alcak-Golu-"
        "Hangisidir.html; German 'Totes Meer' https://relilex.de/totes-meer and http://www."
        "geotipp.de/html/israel_25.html. No page was found for the Azerbaijani 'Ölü dəniz', the "
        "Persian 'دریای مرده' and 'بحرالمیت' or the Armenian 'Մեռյալ ծով', so they are not "
        "given; the Turkish 'Ölü Deniz' is left out, the name of the lagoon at Fethiye "
        "(Ölüdeniz)",
        "Natural Earth draws its northern basin (the polygon ends at 31.3 N; the southern "
        "evaporation ponds are not taken)",
    ),
    "lake-geneva": (
        "Lake Geneva",
        ["CH", "FR"],
        (6.5, 46.45),
        ["Lake Léman", "Lac Léman", "Женевское озеро", "Genfersee", "Genfer See"],
        "'Lake Geneva (French: lac Léman or le Léman ...; German: Genfersee)' https://www."
        "tourmini.com/attractions/en-lake-geneva/; 'Lake Leman' (without the accent, which the "
        "parser does not read) https://geosfera.info/tag/lakes/; Russian 'Женевское озеро, "
        "Леман (немецкое Genfersee, франц. ... Lac Leman)' (Great Soviet Encyclopedia) http://"
        "bse.sci-lib.com./article039639.html; the German Wikipedia's 'Genfersee (Schweizer "
        "Schreibweise; ... Genfer See), französisch Léman oder lac Léman' via https://www."
        "dewiki.de/Lexikon/Genfersee. No page was found for the Azerbaijani 'Cenevrə gölü', the "
        "Persian 'دریاچه ژنو', the Armenian 'Ժնևի լիճ' or the Turkish 'Cenevre Gölü', so they "
        "are not given",
        "Natural Earth draws the lake's shore",
    ),
    "lake-constance": (
        "Lake Constance",
        ["DE", "AT", "CH"],
        (9.4, 47.6),
        ["Bodensee", "Боденское озеро"],
        "English Wikipedia 'Lake Constance (German: Bodensee)' via https://wikimili.com/en/"
        "Lake_Constance; Russian 'Боденское озеро (нем. Bodensee)' https://ermakvagus.com/"
        "Europe/Germany/boden-rus.html and 'Russian: Боденское озеро' https://wikisum.wiki/wiki/"
        "Bodensee. No page was found for the Azerbaijani 'Boden gölü', the Persian 'دریاچه "
        "کنستانس', the Armenian 'Բոդենի լիճ' or the Turkish 'Konstanz Gölü', so they are not "
        "given",
        "Natural Earth draws the Obersee and the Untersee as one polygon",
    ),
    "lake-victoria": (
        "Lake Victoria",
        ["TZ", "UG", "KE"],
        (33.0, -1.0),
        ["озеро Виктория", "Victoria Gölü", "Victoriasee"],
        NE_LAKES.format(
            names="'Lake Victoria', wikidataid Q5505, name_de Victoriasee, name_ru Виктория, "
            "name_tr Victoria Gölü"
        )
        + "; Russian 'озеро Виктория' https://ingilizce-rusca.cevirsozluk.com/ceviri14/"
        "305871218-the-only-outflow-from-lake-victoria-is-the-nile-river-which-exits-the-lake-"
        "near-jinja-uganda-in-t. No page was found for the Azerbaijani 'Viktoriya gölü' (one "
        "Azerbaijani page writes 'Victoria Gölü'), the Persian 'دریاچه ویکتوریا' or the Armenian "
        "'Վիկտորիա լիճ', so they are not given; the bare 'Victoria', 'Виктория', a first name "
        "(and the capital of the Seychelles), is left out: every alias keeps the lake word",
        "Natural Earth draws the lake's shore",
    ),
}
