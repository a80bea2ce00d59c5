"""The names dropped from the border towns' GeoNames rows and their rows' new names (split
from ``geonames_border.py`` at stop 74, which the held-out rounds took past 500 lines; output
unchanged). Each entry says why its names go.
"""

from __future__ import annotations

from geonames_selection import WORLD_DROP

#: Their GeoNames aliases left out (round 216), by id: Bender's Persian "بندر" (the word
#: port, Bandar Abbas's), Azerbaijani "Bəndər" (likewise) and Russian "Бендер" (Ostap
#: Bender, the novels' hero); Comrat's "Kamrat" and "Komrad" (comrade); Bălți's airport
#: code "BZY"; Kuchurhan's "Strasburg" and "Strassburg" (Strasbourg); Zatoka's "Bugaz"
#: (Karolino-Buhaz's too); Isfana's "Razzakov" and "Раззаков" (the surname); Ak-Say's
#: "Aksay", "Aksaj", "Аксай" (the towns of Rostov Oblast and of Kazakhstan); Shohimardon's
#: Persian "شاه مردان" and "شاة مردان" (Shah-e Mardan, an epithet of Ali) and the rows'
#: stray "Shakhimardan)", "Шахимардан)". Round 219: Kaunas's "Palemonas" (the legendary
#: founder, a district's name), "Couna" and "Kauna"; Narva's "Narve" (a Norwegian given
#: name), "Narv" and the stray "Narva osh", "Нарва ош"; Kiel's "Kil" (Turkish and
#: Azerbaijani "kil", clay; Sweden's town Kil), "Kil'", "Kíl", "Kile", "Kilo" (the weight),
#: "Kyle" (a given name), "Кил" and Persian "کیل", Arabic "كيل" (the Persian word for a
#: measure); Russian "Киль" is kept (see data/README.md, round 219). Round 225: the airport
#: codes of Skardu ("KDU"), Port Sudan ("PZU"), El Fasher ("ELF": the English word elf and
#: German "elf", eleven) and Berbera ("BBO"). Round 228: El Arish's "Aris" (the Greek given
#: name, Thessaloniki's football club) and "City of Cut Noses" (a gloss of its Roman name);
#: Sharm el-Sheikh's "Ras Muhammad" and "Ras Umm Sidd" (the capes, Ras Muhammad the national
#: park south of the town), "Ofira", "Ophira", "Awfir", "Awfīr" (the Israeli settlement of
#: 1967-1982 and its Arabic form; Ophir is the Bible's land) and "Cherm" (a stray short form).
#: Round 232: Nizhnekamsk's "NBC" (its airport code, and the American television network),
#: Almetyevsk's "Almat" (a short form news does not write; Almaty's own Kazakh spelling is
#: "Almaty"), Zelenodolsk's "Parat", "Парат" (its old village name; German "parat", ready)
#: and Yelabuga's "Alabuga", "Алабуга" (the town's Tatar name, which news writes of the
#: Alabuga special economic zone beside it, a record of its own in places.yaml).

#: Round 229: Bodrum's airport codes ("BJV", "BXN"); Çeşme's Persian "چشمه" (the word for a
#: spring or fountain, and towns of Iran by it) and "Cissus" (the plant genus).

#: Round 231: the airport codes of Timbuktu ("TOM", Tom the given name), Gao ("GAQ"), Mopti
#: ("MZI"), Agadez ("AJY") and Al Jawf ("AKF"); Timbuktu's stray "Tumutu"; Gao's "Nkao" and
#: its Arabic-script "جاو", "غاو" and Persian "گاو" (the word cow) and the romanised "jaw"
#: (the English word), "gaw", "ghaw"; Mopti's "Moti" and "Móti" (a given name and the Hindi
#: word pearl); Al Jawf's own names ("Al Jawf", "الجوف", "Эль-Джауф" and their spellings):
#: Saudi Arabia's province and Yemen's governorate bear them too; the town is found by the
#: oases' name Kufra (names.yaml).

#: Round 235: Rzeszów's "Reichshof" (its wartime German name, and a municipality of North
#: Rhine-Westphalia) and "Resovia" (the town's Latin name, which news writes of its football
#: and volleyball clubs); Przemyśl's Russian "Перемышль" and "Peremyshl'", "Peremyshl’"
#: (Peremyshl, a town of Kaluga Oblast) and "Premysl" (Přemysl, the Czech given name and
#: dynasty); Chełm's "Холм", "Kholm" (Russian холм, hill, and the towns of Novgorod and
#: Pskov Oblasts) and "Helma" (a German given name).
#: Round 236: Zuwara's "زواره" and Urdu "زوارہ" (Persian Zavareh, a town of Isfahan Province, as the
#: Persian letters fold them); Zawiya's
#: "Al Harah", "Al Ḩārah", "El-Hara", "El-Hára" (al-Hara, the quarter: a name of many places)
#: and Sabratha's "Sabra", "Sábra" (Sabra, the Beirut camp of Sabra and Shatila).
#: Round 238: the airport codes of Rostock ("RLG") and Turku ("TKU"); Turku's "Abo", "Åbo"
#: (which folds to it) and "Aboa" (German Abo, a subscription) and "Turu" (Turkish turu, a
#: tour or round, as in "Avrupa turu"); Inkoo's Swedish "Ingå" and its "Inga", "Ingo" (the
#: given names; "Ingå" folds to "Inga"), "Inga vald", "Ingå vald" (the row takes "Inkoo",
#: BORDER_RENAME); Paldiski's "Baltiysk Port" (Baltiysk, the Kaliningrad naval port).
#: Round 239: Nizhnevartovsk's airport code "NJC"; Surkhakhi's "Mamison" (the Mamison Pass
#: between North Ossetia and Georgia); Saky's "Sakai" (Sakai, the Japanese city by Osaka),
#: "Sako" and "Sakõ", which folds to it (the Finnish rifle maker, a surname) and "Saq";
#: Novoazovsk's Soviet "Budennovka", "Budennowka", "Budenovka", "Budyanovka", "Budyenovka",
#: "Budënnovka" (budenovka, the Red Army's cloth helmet; Budyonnovsk, Stavropol Krai's town)
#: and its first name "Novonikolayevskaya", "Nowo-Nikolajewskaja" (stanitsas elsewhere).
#: Round 242: Murgap's Soviet name "Stalino" (Donetsk's old name too) and Shovot's
#: "Shakh-abad" (Shahabad, a name of many towns of Iran, Afghanistan and Pakistan).
#: Round 243: Ma'rib's "Magreb" (the Maghreb) and Persian "معرب" (mo'arrab, "Arabicised", a
#: common word); Sa'dah's "Sada", "Sadá", Russian "Сада" (сада, the garden's genitive) and
#: "Soda", "Сода" (soda), with Azerbaijani "sadə" (simple), which folds to "sada"; 'Amran's
#: Persian "عمران" (omrān, development, and the given name Imran: "عمران خان"), "Amrani" (a
#: surname) and "`Umran", "‘Umrān" (the Turkish given name Ümran); Al Hazm's bare "Hazm"
#: (Azerbaijani həzm, digestion; the scholar Ibn Hazm), Arabic "الحزم" (firmness: "عاصفة
#: الحزم", Operation Decisive Storm, the Saudi-led campaign in Yemen) and "Al Hazmi" (a
#: surname).
#: Round 241: Ceuta's airport code "JCU" and Wolfurt's "Kirchdorf" (a name of many German
#: and Austrian villages).
#: Round 240: Paphos's airport code "PFO" and its Russian "Пафос" (Russian пафос, pathos, a
#: common noun, capitalised at a sentence's start: "Пафос его речи").
#: Round 245: Heihe's "Sachaljan", "Sakhalyan" and "Sa-ha-liang" (the Manchu Sahaliyan, the
#: Amur's name, which Sakhalin's name comes from, and a spelling a step from Sakhalin's) and
#: its airport code "HEK"; Yakutsk's "Yerkutsk" (a step from Irkutsk) and airport code "YKS";
#: Blagoveshchensk's airport code "BQS".
#: Round 246: airport codes (DUH, VLO, VRR, BNX, OMO, OHD, QBI); Durrës's "Drac", "Drach"
#: (Romanian drac, the devil; Dracula), "Durus", "Durz", "Durts" (Turkish duruş, stance, folds to
#: "durus"), "deresi" (Turkish "its stream": "Ayamama Deresi"), "dras", Arabic "دراس" and "دراج"
#: (the bicycle's root); Shkodër's "Scutari" (Üsküdar's old name); Vlorë's "valore" (Italian
#: value); Elbasan's "Konukh", "Коњух" (Konjuh, a Bosnian mountain); Lezhë's "Les" (the French
#: article), "Leş" (Turkish leş, carcass), "Lisi", "Leska", Russian "Леска" (fishing line) and
#: "Лежа" (lying), "Lezh", "Alessio" (an Italian given name), "ليز"; Shijak's "San Giacomo", "Sjak";
#: Thumanë's "Tuman" (Russian туман, fog; Azerbaijani tuman, a skirt); Pejë's "Pec", "Peç",
#: "Peć" (Slavic stove; Pécs), "Pech" (German bad luck), "Печ" (Pécs in Russian), Persian "پچ"
#: (a whisper), "Pecas", "Pečas" (Spanish pecas, freckles); Bitola's "Manastir"/"Manastır" (Turkish monastery), "Monastir" (the Tunisian
#: city) and the Greek monastery words.
#: Round 247: Balykchy's Turkish "Balıkçı" and its folds "Balikci", "Balykci" (Turkish balıkçı,
#: fisherman, and a surname) and "Issyk-Kul'", "Issyk-Kul’", "Ysyk-Kol", "Ysyk-Köl" (the town's
#: name of 1989-1992, now the lake's and the region's, which the gazetteer holds); Arys's "Aris",
#: "Aris'", "Arıs" (the Greek given name, Aris Thessaloniki) and "Oris" (the watch maker).
#: Round 248: Pazar's (Rize) ancient names "Athenae", "Athina", "Atina", "Атина", "Ադինա",
#: "Adina" (Athens' names: Turkish "Atina" is Athens), "Bazar", Armenian "Բազար" (the word
#: bazaar) and "Kizkalessi" (Kızkalesi, the Mersin resort). The bare "Pazar" stays the row's
#: name (geocode answers it) while ``common_words.txt`` lists it (Turkish pazar, Sunday and
#: market), so that the parser does not read it in running text.
#: Round 250: Maymana's airport code "MMZ", Arabic "ميمنة" (maymana, the right wing, a common word) and
#: "Mimana" (Mimana, the old Japanese name of Korea's Gaya confederacy); Chamkani's "Pir
#: Sarai", "Pir Serai", "Pīr Sarāi" (a name of many villages of Afghanistan and Pakistan).
#: Bozkurt (Kastamonu, 750392) is left out: Turkish bozkurt is a common noun (the grey wolf,
#: the Grey Wolves' sign) and a surname, which build_common_words.py does not list, so the
#: row would read every one in text.
#: Round 253: Taskala's Soviet "Kamenka", "Kamennyy", "Каменка" (Russian каменка, a stone
#: stove, and the name of villages across the former Soviet Union); Veseloyarsk's "Veselyy
#: Yar" (also a village of Primorsky Krai); and the region table's Karaberd (geonames:616589,
#: a village of Armenia's Lori province) loses its old "Taskala", which the news of the
#: Kazakhstan border writes for the district seat (before, geocode('Taskala') answered
#: Karaberd); its other old names (Tasgala, Tash-kala, Daskala ...) stay.
#: Round 251: Bataysk's "Gorodovikovsk" (another town's name, in Kalmykia); Novoshakhtinsk's
#: Soviet names "Komintern" (the Comintern), "Kominternovskiy" and "Molotovskiy" (Molotov's,
#: which other towns bore too); Haymana's "Hamam" (Turkish hamam, bath) and "Yaban" (Turkish
#: yaban, wild, stranger); Marsa Matruh's airport code "MUH" and "Madara", "Mhadara" (Madara is
#: a Bulgarian village and a given name).
#: Round 252: Java's (South Ossetia) "Java" and "java", the Indonesian island's English name
#: and a programming language's, which news on Asia writes far more often than the
#: village; the row keeps "Dzhava", "Джава" and Georgian "ჯავა".
#: Round 249: al-Asharah's "Charra", "Sharra" (variants no page of the round writes;
#: Albanian Sharr, the Šar mountains, is one letter off) and "Tirya" (an ancient name).
#: Round 254: Eminönü's "Saray" (Turkish saray, a palace, and towns of Tekirdağ and Van the
#: gazetteer holds), "Serai" and "Seraglio" (the Topkapı palace's, not the quarter's);
#: Ulukışla's "Halala" (a Saudi coin), "Şücaeddin", "Suecaeddin" and Persian "شجاع‌الدین"
#: (a personal name, Shoja al-Din).
#: Round 258: Bandar-e Charak's Persian bare "چارک" (a quarter, an old unit of weight) and
#: "Band-e Charak" (a variant no page of the round writes); Baghin's "Gachin" (Gachin, the
#: Hormozgan village by Bandar Khamir, گچین, another place); Rayen's Persian "راین", the
#: Rhine's Persian name (rhine-river holds it).

#: Round 255: Çameli's "Karaman" (the Turkish province and its city); Vyborg's "Viborg" (the
#: Danish town) and "Víborg", "Vîborg" (the same name with an accent); Vysotsk's "Uras" (a
#: town of Sardinia and a Turkish given name); Gatchina's "Krasnogvardeysk",
#: "Krasnogwardeisk" (the Soviet name of other towns too, Uzbekistan's Bulungur among them)
#: and "Trock", "Троцк" (its 1923-1929 name, after Trotsky); Andreapol's
#: "Dubno" (the Ukrainian town of Rivne Oblast).

#: Round 257: al-Atarib's "Tarib", "Terib", "Térib" (short forms no page of the round
#: writes); İliç's "Lce", "Lic", "Lickʻ", "Lisk" (stray short forms, one letter from Lice
#: of Diyarbakır) and Armenian "Լիճ", "Լիճք", "Լճե" (լիճ is the Armenian word for a lake);
#: Giurgiu's "Zurz"; Rudozem's "Palas" and "Palaz" (Constanța's Palas quarter; Turkish
#: palaz, a duckling); Ivaylovgrad's Ortaköy forms (Istanbul's Bosphorus quarter and
#: Aksaray's town are Ortaköy); Xanthi's "Xanthe" (a given name); Uzundere's "Azor",
#: Armenian "Ազոր" (a personal name) and the stray "Azortuzundere"; İspir's Russian "Спер"
#: (спер, colloquial 'pinched', the past of спереть).
BORDER_DROP = {
    **WORLD_DROP,
    609721: frozenset({"Kamenka", "Kamennyy", "Каменка"}),
    1487164: frozenset({"Veselyy Yar"}),
    616589: frozenset({"Taskala"}),
    1133453: frozenset({"MMZ", "ميمنة", "Mimana"}),
    1145511: frozenset({"Pir Sarai", "Pir Serai", "Pīr Sarāi"}),
    578740: frozenset({"Gorodovikovsk"}),
    517963: frozenset({"Komintern", "Kominternovskiy", "Molotovskiy"}),
    312289: frozenset({"Hamam", "Yaban"}),
    352733: frozenset({"MUH", "Madara", "Mhadara"}),
    174036: frozenset({"Charra", "Sharra", "Tirya"}),
    740675: frozenset(
        {"Adina", "Athenae", "Athina", "Atina", "Атина", "Ադինա", "Bazar", "Բազար", "Kizkalessi"}
    ),
    1218612: frozenset({"Stalino"}),
    1512790: frozenset({"Shakh-abad"}),
    72968: frozenset({"Magreb", "معرب"}),
    71334: frozenset({"Sada", "Sadá", "Сада", "Soda", "Сода"}),
    78428: frozenset({"عمران", "Amrani", "`Umran", "‘Umrān"}),
    79455: frozenset({"Hazm", "الحزم", "Al Hazmi"}),
    6362987: frozenset({"JCU"}),
    2760894: frozenset({"Kirchdorf"}),
    146214: frozenset({"PFO", "Пафос"}),
    2844588: frozenset({"RLG"}),
    1497543: frozenset({"NJC"}),
    486110: frozenset({"Mamison"}),
    694910: frozenset({"Sakai", "Sako", "Sakõ", "Saq"}),
    699675: frozenset(
        {
            "Budennovka",
            "Budennowka",
            "Budenovka",
            "Budyanovka",
            "Budyenovka",
            "Budënnovka",
            "Novonikolayevskaya",
            "Nowo-Nikolajewskaja",
        }
    ),
    633679: frozenset({"TKU", "Abo", "Åbo", "Aboa", "Turu"}),
    656652: frozenset({"Ingå", "Inga", "Ingo", "Inga vald", "Ingå vald"}),
    589663: frozenset({"Baltiysk Port"}),
    2208425: frozenset({"زواره", "زوارہ"}),
    2216885: frozenset({"Al Harah", "Al Ḩārah", "El-Hara", "El-Hára"}),
    2212771: frozenset({"Sabra", "Sábra"}),
    618577: frozenset({"بندر", "Bəndər", "Бендер", "bndr"}),
    618405: frozenset({"Kamrat", "Komrad"}),
    618605: frozenset({"BZY"}),
    703789: frozenset({"Strasburg", "Strassburg"}),
    687557: frozenset({"Bugaz"}),
    1222662: frozenset({"Razzakov", "Раззаков"}),
    10370337: frozenset({"Aksay", "Aksaj", "Аксай"}),
    1216189: frozenset({"شاه مردان", "شاة مردان", "Shakhimardan)", "Шахимардан)"}),
    598316: frozenset({"Palemonas", "Couna", "Kauna"}),
    590031: frozenset({"Narve", "Narv", "Narva osh", "Нарва ош"}),
    2891122: frozenset({"Kil", "Kil'", "Kíl", "Kile", "Kilo", "Kyle", "Кил", "کیل", "كيل"}),
    1164709: frozenset({"KDU"}),
    377039: frozenset({"PZU"}),
    379555: frozenset({"ELF"}),
    64435: frozenset({"BBO"}),
    361546: frozenset({"Aris", "City of Cut Noses"}),
    349340: frozenset(
        {"Ras Muhammad", "Ras Umm Sidd", "Ofira", "Ophira", "Awfir", "Awfīr", "Cherm"}
    ),
    521118: frozenset({"NBC"}),
    582432: frozenset({"Almat"}),
    463835: frozenset({"Parat", "Парат"}),
    468082: frozenset({"Alabuga", "Алабуга"}),
    320995: frozenset({"BJV", "BXN"}),
    318755: frozenset({"چشمه", "Cissus", "Cıssus"}),
    2449067: frozenset({"TOM", "Tumutu"}),
    2457163: frozenset({"GAQ", "Nkao", "جاو", "گاو", "غاو", "jaw", "gaw", "ghaw"}),
    2453348: frozenset({"MZI", "Moti", "Móti"}),
    2448085: frozenset({"AJY"}),
    759734: frozenset({"Reichshof", "Resovia"}),
    761168: frozenset({"Перемышль", "Peremyshl'", "Peremyshl’", "Premysl"}),
    774558: frozenset({"Холм", "Kholm", "Helma"}),
    88962: frozenset(
        {
            "AKF",
            "Al Jawf",
            "Al Gawf",
            "Al Ğawf",
            "Al-Jof",
            "El Giof",
            "الجوف",
            "Эль-Джауф",
            "Ehl'-Dzhauf",
        }
    ),
    2036973: frozenset({"Sachaljan", "Sakhalyan", "Sa-ha-liang", "HEK"}),
    2013159: frozenset({"Yerkutsk", "YKS"}),
    2026609: frozenset({"BQS"}),
    3185728: frozenset(
        {"DUH", "Drac", "Drach", "Durus", "Durz", "Durts", "deresi", "دراس", "دراج", "dras"}
    ),
    3184081: frozenset({"Scutari", "سكوتاري"}),
    3183719: frozenset({"VLO", "VRR", "valore"}),
    783263: frozenset({"Konukh", "Коњух"}),
    3184935: frozenset(
        {"Les", "Leş", "Lisi", "Leska", "Леска", "Лежа", "Lezh", "Alessio", "ليز", "lyz"}
    ),
    3184099: frozenset({"San Giacomo", "Sjak"}),
    3183881: frozenset({"Tuman"}),
    3204541: frozenset({"BNX"}),
    3194828: frozenset({"OMO"}),
    787157: frozenset(
        {"Pec", "Peç", "Peć", "Pech", "Печ", "pch", "پچ", "Picaria", "Pecas", "Pečas"}
    ),
    792578: frozenset(
        {
            "Manastir",
            "Manastır",
            "Manastiri",
            "Манастир",
            "Monastir",
            "Monastiri",
            "Monasteron",
            "Monasterium",
            "Monastirion",
            "Μοναστήρι",
            "Μοναστήριον",
            "QBI",
            "Bitol",
        }
    ),
    787487: frozenset({"OHD"}),
    614217: frozenset({"Java", "java"}),
    1527004: frozenset(
        {"Balıkçı", "Balikci", "Balykci", "Issyk-Kul'", "Issyk-Kul’", "Ysyk-Kol", "Ysyk-Köl"}
    ),
    1526168: frozenset({"Aris", "Aris'", "Arıs", "Oris"}),
    747538: frozenset({"Saray", "Serai", "Seraglio"}),
    298414: frozenset({"Halala", "Suecaeddin", "Şücaeddin", "شجاع‌الدین"}),
    141678: frozenset({"چارک", "Band-e Charak", "Band-e Chārak", "بَندِ چارَك"}),
    142049: frozenset({"Gachin"}),
    118696: frozenset({"راین"}),
    319689: frozenset({"Karaman"}),
    470546: frozenset({"Viborg", "Víborg", "Vîborg"}),
    469995: frozenset({"Uras"}),
    561887: frozenset({"Krasnogvardeysk", "Krasnogwardeisk", "Trock", "Троцк"}),
    582105: frozenset({"Dubno"}),
    174030: frozenset({"Tarib", "Terib", "Térib"}),
    311547: frozenset({"Lce", "Lic", "Lickʻ", "Lisk", "Լիճ", "Լիճք", "Լճե"}),
    677106: frozenset({"Zurz"}),
    727552: frozenset({"Palas", "Palaz"}),
    730837: frozenset(
        {
            "Orta-K'oy",
            "Orta-Keui",
            "Orta-Kioi",
            "Orta-Kioj",
            "Orta-Kioï",
            "Orta-Kiöj",
            "Orta-Kyoy",
            "Orta-K’oy",
            "Ortakoey",
            "Ortakoi",
            "Ortaköi",
            "Ortaköy",
            "Ortokoj",
            "Ortoköj",
        }
    ),
    733840: frozenset({"Xanthe"}),
    738276: frozenset({"Azor", "Ազոր", "Azortuzundere"}),
    745047: frozenset({"Спер"}),
    # Round 260: Turpan's "Lukchun" (Lukqun, another town of the prefecture) and "Tufan"
    # (Turkish tufan, a flood, the deluge; a Turkish given name)
    1529114: frozenset({"Lukchun", "Tufan"}),
    # Round 262: El Qantara's bare "Kantara" (Turkish kantara, 'to the weighing scale', the
    # dative of kantar; Kantara, the castle and village of northern Cyprus)
    360610: frozenset({"Kantara"}),
    # Round 267: Tuz Khurmatu's bare first word, "Tuz" and "Ţūz" (Turkish tuz, salt; Tuz
    # Gölü, Turkey's salt lake) and the Arabic "طوز" beside them
    90026: frozenset({"Tuz", "Ţūz", "طوز"}),
    # Round 268: Maslova Pristan's bare "Maslova" (the Russian surname, Маслова; the row keeps
    # the whole "Maslova Pristan") and Kopeysk's "Kopi" (its short old name, the Malay and
    # Indonesian word for coffee; "Ugolnye Kopi" stays)
    528741: frozenset({"Maslova"}),
    1502603: frozenset({"Kopi"}),
}
#: Their rows' names replaced (round 216): Isfana's row is named "Razzakov" (its Soviet
#: name, after the politician, a surname news writes of people), with "Isfana" among its
#: alternate names; the row takes that name and "Razzakov" goes (BORDER_DROP).
#: Round 251: Marsa Matruh's row is named with GeoNames' transliteration "Marsá Maţrūḩ"; it
#: takes the name news writes, "Marsa Matruh", one of its alternate names. Round 252: Java's
#: row (South Ossetia) takes "Dzhava", the Russian name's transliteration (its alternate name),
#: as "Java" goes; Tkvarcheli's row, named "Tqvarch'eli", the name news writes, "Tkvarcheli".
BORDER_RENAME = {
    614217: "Dzhava",
    611583: "Tkvarcheli",
    1222662: "Isfana",
    656652: "Inkoo",
    1145511: "Chamkani",
    1126216: "Sayed Karam",
    352733: "Marsa Matruh",
}
