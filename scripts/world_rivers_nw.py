"""Rivers of Azerbaijan's north-west, for ``world_rivers_banks.RIVERS``.

Round 330 (names330, 2026-12-07): real articles on the mudflows and floods of Sheki, Zagatala,
Balakan and Qakh name the mountain rivers that cross their towns and villages. Same format and
method as ``world_rivers_urmia.py``: each line is **APPROXIMATE**, a polyline through the
source and mouth points a cited page gives and the points of the towns and villages the cited
pages place on the river's banks, from upstream down; each record's last field cites every page
its course and names were read on (``NW_SOURCE``).

The records carry only the joined forms and the forms with a river word ("Kiş çayı", "Kish
river", "река Киш", "Katexçay", "Катехчай"): the parser reads no bare "Kiş" or "Katex" as the
river. The bare "Katex" is the village's (the river's ``seat``); the village Kish leaves out "Kiş"
(the Turkish "kış", winter), so ``geocode("Kiş")`` alone finds the river by the key its
"Kiş çayı" gives. Searched and left out for want of a cited course (data/README.md,
"Round 330"): the Shinchay, Kurmukchay, Talachay and Balakanchay; the Delichay is a name several
rivers bear (Balakan's through Katekh, Ismayilli's); the Arjanchay and the Agchay of Qakh were
not searched for (time). Round 385 (names385) adds the Kurmukchay, from İlisu to Qakh; the
Talachay and the Balakanchay still lack a second cited point (data/README.md, "Round 385").
Round 388 (names388) adds the Talachay, from Zaqatala to Aşağı Tala (a short line, the two
cited points on its banks); the Balakanchay still lacks a second cited point.
"""

from __future__ import annotations

#: The source text of these records (``what`` is each record's last field).
NW_SOURCE = "{what}; read 2026-12-07"

#: id -> (English name, country, prominence, seat or None, stops, aliases, sources), as
#: ``world_rivers_banks.RIVERS``.
NW_RIVERS = {
    "kishchay": (
        "Kishchay",
        "AZ",
        3,
        None,
        [
            (47.18806, 41.25944, "the village Kiş on its bank, English Wikipedia 'Kiş, Shaki'"),
            585170,
        ],
        ["Kiş çayı", "Kish river", "река Киш"],
        "Kishchay: English Wikipedia 'Kiş, Shaki' ('The village is situated on the shore of "
        "the Kish river', 'about 5 km north of Shaki', 'Coordinates: 41°15′34″N 47°11′17″E') "
        "https://extension.wikiwand.com/en/Ki%C5%9F,_Shaki and "
        "https://en.wikipedia.org/wiki/Ki%C5%9F,_Shaki; Sheki on the river (Report via Novaya "
        "Epokha, the Sheki-Qakh road: 'Самый большой мост расположен в Шеки и пролегает над "
        "рекой Киш' https://novayaepoxa.com/v-azerbaydzhane-na-35-kilometroy-doroge-sh/419009/); "
        "'Kiş çayı' (Trend via Metbuat.az: 'Kiş - Şəki rayonunda, Kiş çayı sahilində yerləşən "
        "qədim yaşayış məntəqələrindəndir' https://metbuat.az/news/1256488/"
        "esrarengiz-tebiete-malik-kis-foto.html; RFE/RL's Azerbaijani service: 'Şəki "
        "rayonundakı Kiş çayında suyun səviyyəsinin qalxdığı, selə çevrildiyi' "
        "https://d2ynw85xwm3jnu.cloudfront.net/a/27835291.html); Russian 'река Киш' (Vesti.az "
        "after APA: 'из-за схода ила на реке Киш' http://vesti.az/news/297964); 'Kishchay' "
        "(Russian Wikipedia 'Айричай (приток Алазани)' in German translation: 'Die größten "
        "Nebenflüsse sind Kyungyutchay, Kishchay, Shinchay' https://perceptiode.com/"
        "%D0%90%D0%B9%D1%80%D0%B8%D1%87%D0%B0%D0%B9_(%D0%BF%D1%80%D0%B8%D1%82%D0%BE%D0%BA_"
        "%D0%90%D0%BB%D0%B0%D0%B7%D0%B0%D0%BD%D0%B8)). Drawn from Kiş to Sheki; the source "
        "and the mouth into the Ayrichay are not drawn (no page read gives them)",
    ),
    "katekhchay": (
        "Katekhchay",
        "AZ",
        3,
        "katekh-balakan",  # the village Katekh (places.yaml) keeps the bare "Katex"
        [
            (46.66861, 41.74889, "source, Russian Wikipedia 'Катехчай'"),
            (46.54222, 41.64444, "the village Katex, English Wikipedia 'Katex' (katekh-balakan)"),
            (46.30222, 41.57667, "mouth into the Alazani, Russian Wikipedia 'Катехчай'"),
        ],
        ["Katexçay", "Katex çayı", "Qatexçay", "Катехчай"],
        "Katekhchay: Russian Wikipedia 'Катехчай' as mirrored ('Катехча́й (азерб. Qatexçay, "
        "груз. კატეხისწყალი) — река в Азербайджане, пограничная с Грузией, левый приток реки "
        "Алазани', source at the meeting of the Jamazaor and Chamradere 41°44′56″ N 46°40′07″ "
        "E, mouth 41°34′36″ N 46°18′08″ E 'у села Ититала Балакенского района') "
        "https://profilpelajar.com/ru/%D0%9A%D0%B0%D1%82%D0%B5%D1%85%D1%87%D0%B0%D0%B9; the "
        "village Katex on it (English Wikipedia 'Katex', 41°38′40″N 46°32′32″E, as "
        "data/places.yaml's katekh-balakan cites it "
        "https://a.osmarks.net/wikipedia_en_all_maxi_2020-08/A/Katex); 'Katexçay' (Gezmeli.az: "
        "'Katex və ya Katexçay şəlaləsidir', 'Ən iri çayları Qanıx (Alazan), Balakənçay, "
        "Katexçay' https://gezmeli.az/az%C9%99rbaycanin-%C9%99n-m%C9%99shur-s%C9%99lal%C9%99si-"
        "katex/; BolgeXeber: 'Katexçay şəlaləsi' https://bolgexeber.com/region/"
        "576-azrbaycanm-mnim-balakn-foto.html); 'Katex çayı', the same name written apart as "
        "Azerbaijani writes river names (Köndələnçay, Köndələn çayı), the form held-out set "
        "535a-4 marks as this river (data/README.md, round 328)",
    ),
    "goychay-river": (
        "Goychay",
        "AZ",
        3,
        586427,  # the town Göyçay keeps the bare name
        [
            (48.24944, 41.00361, "source, German Wikipedia 'Göyçay (Fluss)'"),
            586427,
            (47.64306, 40.29861, "mouth into the Türyançay, German Wikipedia 'Göyçay (Fluss)'"),
        ],
        ["Göyçay çayı", "Гёйчай"],
        "Goychay (round 341): German Wikipedia 'Göyçay (Fluss)' as mirrored ('Der Göyçay "
        "(aserbaidschanisch für „blauer Fluss“) ist ein linker Nebenfluss des "
        "Kura-Nebenflusses Türyançay', 'Quelle am Südhang des Großen Kaukasus 41° 0′ 13″ N, "
        "48° 14′ 58″ O', 'Mündung Türyançay 40° 17′ 55″ N, 47° 38′ 35″ O', 'Bei der "
        "gleichnamigen Stadt Göyçay erreicht er die Kura-Aras-Niederung') "
        "http://wikipedia.ddns.net:12345/content/wikipedia_de_all_maxi_2024-04/A/"
        "G%C3%B6y%C3%A7ay_(Fluss); 'Göyçay çayı' (aybilet.az: 'Göyçay çayı ... Uzunluğu 113 "
        "km-dir', 'Göyçay çayı sahilində yerləşən Təhlə yaşayış məntəqəsində' "
        "https://aybilet.az/goycay/; goychay-encyclopedia.az, 'Göyçay çayı' "
        "https://goychay-encyclopedia.az/goycay-cayi/); Russian 'Гёйчай' (Russian Wikipedia "
        "'Гёйчай (река)' as mirrored: 'Гёйчай (азерб. Göyçay) — река в Азербайджане', "
        "'Средний расход воды у города Гёйчай' https://profilbaru.com/ru/"
        "%D0%93%D1%91%D0%B9%D1%87%D0%B0%D0%B9_(%D1%80%D0%B5%D0%BA%D0%B0)). The bare name "
        "stays the town's (seat); the river is read with a river word",
    ),
    "pirsaat-river": (
        "Pirsaat",
        "AZ",
        3,
        None,
        [
            (48.4275, 40.94611, "source, Croatian Wikipedia 'Pirsagat'"),
            (49.38667, 39.79861, "mouth into the Caspian, Croatian Wikipedia 'Pirsagat'"),
        ],
        ["Pirsaatçay", "Pirsagat"],
        "Pirsaat (round 341): Croatian Wikipedia 'Pirsagat' ('Pirsagat (azerski: Pirsaatçay) "
        "je rijeka u Azerbajdžanu. Rijeka je duga 199 km', 'Pirsagat prolazi kroz Ismajili, "
        "Šemah, Adžigabulj te Saljanski rajon. Slijeva se u Kaspijsko jezero', source "
        "'40°56′46″N 48°25′39″E', mouth '39°47′55″N 49°23′12″E') "
        "https://hr.m.wikipedia.org/wiki/Pirsagat; 'Pirsaatçay' also Persian Wikipedia 'رود "
        "پیرساعت' ('پیرساعت (به لاتین: Pirsaatçay) یک رودخانه در جمهوری آذربایجان' "
        "https://fa.wikipedia.org/wiki/%D8%B1%D9%88%D8%AF_%D9%BE%DB%8C%D8%B1%D8%B3%D8%A7%D8%B9%D8%AA) "
        "and aybilet.az ('Göyçaydan Pirsaatçaya qədər Şirvan dağ silsiləsini təşkil edir' "
        "https://aybilet.az/agsu/). Drawn straight from the source to the mouth: no page read "
        "names a town on its banks, so the line is off by up to tens of kilometres",
    ),
    "kurmukchay": (
        "Kurmukchay",
        "AZ",
        3,
        None,
        [
            (
                47.019,
                41.487,
                "the village İlisu on its bank, APPROXIMATE as data/places.yaml's ilisu-qakh",
            ),
            585227,
        ],
        ["Kürmükçay", "Kürmük çayı", "Kurmuxçay", "Курмухчай"],
        "Kurmukchay (round 385): Russian Wikipedia 'Курмухчай' as mirrored ('Курмухчай (азерб. "
        "Kürmükçay) — река в Гахском районе Азербайджана, левый приток реки Алазани', 'Длина "
        "реки — 55 км', 'Истоки реки берут начало на южных склонах Главного Кавказского хребта с "
        "высоты 3280 м; на границе с Дагестаном', 'На выходе к долине Алазани-Айричай река "
        "разделяется на множество притоков' https://wafarin.com/article/7609505/курмухчай); Qakh "
        "on the river and 'Kurmuxçay' (Holidays Azerbaijan: 'Qax şəhəri dəniz səviyyəsindən 500 m "
        "yüksəklikdə coşqun Kurmuxçayın sahilində' https://holidays-azerbaijan.com/en/qax/; "
        "German Wikipedia 'Qax (Stadt)': 'Die Stadt liegt an den Ufern des Flusses Kurhumchai' "
        "https://de.wikipedia.org/wiki/Qax_(Stadt)); İlisu on the river and 'Kürmük çayı' "
        "(Frisaga, 'Qax': 'Kənd Kürmük çayının sahilində, Baş Qafqaz silsiləsinin cənub "
        "yamacında, dörd tərəfdən dağlarla əhatə olunmuş bir çay terrasında yerləşir' "
        "https://az.frisaga.com/destination/about/qax-az%C9%99rbaycan). Drawn from İlisu to "
        "Qakh; the source and the mouth into the Alazani are not drawn (no page read gives them); "
        "the bare 'Kürmük' (a village's name) is no alias",
    ),
    "talachay": (
        "Talachay",
        "AZ",
        3,
        616189,  # Getahovit (GeoNames alias "Tala") keeps the bare "Tala", as before
        [
            584596,
            (
                46.63944,
                41.60333,
                "the village Aşağı Tala on its bank, Azerbaijani Wikipedia 'Aşağı Tala'",
            ),
        ],
        ["Tala çayı", "Talachai"],
        "Talachay (round 388): Zaqatala on the river (Azerbaijani Wikipedia 'Zaqatala rayonu' as "
        "mirrored: 'Şəhər dəniz səviyyəsindən 535 metr hündürlükdə ..., Tala çayının sahilində' "
        "https://wikipedia.anarim.az?q=X%C3%BCsusi:MobileDiff/3168703; French Wikipedia "
        "'Zaqatala' in Czech translation: 'Zaqatala se nachází na břehu řeky Talachai, přítoku "
        "Alazani' https://cs.frwiki.wiki/wiki/Zaqatala); Aşağı Tala on the river (Azerbaijani "
        "Wikipedia 'Aşağı Tala' as mirrored: 'Aşağı Tala kəndini rayon mərkəzindən Tala çayı "
        "ayırır', 'qərb tərəfdən Tala çayı', '41°36′12″ şm. e. 46°38′22″ ş. u.' "
        "https://search.com.vn/wiki/az/A%C5%9Fa%C4%9F%C4%B1_Tala); 'Tala çayı' (Sputnik "
        "Azərbaycan, 16 May 2018: 'Mayın 10-da Zaqatala rayonunda Tala çayı daşıb' "
        "https://sputnik.az/amp/20180516/rayonu-sel-vurdu-cay-dashdi-415341324.html; Metbuat.az "
        "after APA, July 2021: 'Tala çayında qısamüddətli selin keçməsi səbəbindən Yuxarı Tala və "
        "Aşağı Tala kəndlərini içməli su ilə təmin edən su xəttinin' "
        "https://metbuat.az/news/1411762/azerbaycanda-leysan-yagislar-16-minden-cox-ehalisi-olan-iki-.html; "
        "azadliq.org via maide.az: 'Tala çayı Alazan vadisinə tökülür' "
        "http://maide.az/zaqatalada200evinh_h493888.html). Drawn from Zaqatala to Aşağı Tala, "
        "about 3 km; the source and the mouth into the Alazani are not drawn (no page read gives "
        "them); the bare 'Tala' (the villages Yuxarı and Aşağı Tala, and Getahovit's old name) is "
        "no alias, and the seat keeps it for Getahovit (geonames:616189, GeoNames alias 'Tala'), "
        "which held it before: the key 'Tala çayı' gives would otherwise hand it to the river",
    ),
}
