"""The canals of ``world_water.py`` (kind ``canal``, a line), split out so that no module
passes 500 lines; read by ``build_world.py`` through ``world_water.CANALS``.
"""

from __future__ import annotations

from world_rivers import WIKI

#: Canals (kind ``canal``, a line): id -> (name, country, (lon, lat) points from one end to
#: the other, aliases, source, how).
CANALS = {
    "suez-canal": (
        "Suez Canal",
        "EG",
        [
            (32.31, 31.26),  # Port Said, the Mediterranean entrance
            (32.32, 30.85),  # El Qantara
            (32.30, 30.58),  # Ismailia, Lake Timsah
            (32.38, 30.33),  # Great Bitter Lake
            (32.50, 30.18),  # Little Bitter Lake
            (32.56, 29.93),  # Port Tewfik, Suez, the Red Sea entrance
        ],
        [
            "Suez canal",
            "Süveyş kanalı",
            "کانال سوئز",
            "کانال سوئز مصر",
            "Суэцкий канал",
            "Սուեզի ջրանցք",
            "Süveyş Kanalı",
            "Sueskanal",
        ],
        WIKI.format(
            what="the Suez Canal (its ends at Port Said and Port Tewfik, the towns "
            "and lakes it passes)"
        ),
        "a line placed by hand through the canal's ends (Port Said, Port Tewfik) and the "
        "towns and lakes it passes (El Qantara, Ismailia on Lake Timsah, the Great and "
        "Little Bitter Lakes), as the Wikipedia articles describe its course; about +-2 km, "
        "the canal's bends and its 2015 parallel branch not drawn",
    ),
    "volga-don-canal": (
        "Volga–Don Canal",
        "RU",
        [
            (44.57, 48.51),  # the Volga end, lock 1 at Krasnoarmeysky, Volgograd
            (44.40, 48.55),  # Lake Sarpinskoye / the locks of the Volga slope
            (44.19, 48.58),  # Varvarovka reservoir
            (43.98, 48.62),  # Karpovka reservoir
            (43.80, 48.64),  # Bereslavka reservoir
            (43.55, 48.69),  # the Don end, Kalach-na-Donu (Tsimlyansk Reservoir)
        ],
        [
            "Volga-Don Canal",
            "Volga-Don canal",
            "Volga–Don canal",
            "Volqa-Don kanalı",
            "کانال ولگا-دن",
            "کانال ولگا دن",
            "Волго-Донской канал",
            "Волго-Донской судоходный канал",
            "Վոլգա-Դոնի ջրանցք",
            "Volga-Don Kanalı",
            "Wolga-Don-Kanal",
        ],
        WIKI.format(
            what="the Volga–Don Canal (101 km from Krasnoarmeysky, Volgograd, on the Volga to "
            "Kalach-na-Donu on the Don, through the Varvarovka, Bereslavka and Karpovka "
            "reservoirs)"
        ),
        "a line placed by hand through the canal's ends (the Volga at Krasnoarmeysky, "
        "Volgograd; the Don at Kalach-na-Donu) and the reservoirs it passes, as the Wikipedia "
        "articles describe its course; about +-5 km, the canal's bends not drawn",
    ),
    # added 2026-12-01 (round 11): news on the corridors weighs them against both canals
    "panama-canal": (
        "Panama Canal",
        "PA",
        [
            (-79.92, 9.38),  # Colón (Cristóbal), the Caribbean entrance
            (-79.92, 9.27),  # Gatun Locks
            (-79.83, 9.15),  # Gatun Lake
            (-79.69, 9.12),  # Gamboa, the Chagres
            (-79.65, 9.05),  # the Culebra Cut
            (-79.60, 9.01),  # Pedro Miguel and Miraflores Locks
            (-79.57, 8.95),  # Balboa, the Pacific entrance
        ],
        [
            "Panama canal",
            "Panama kanalı",
            "کانال پاناما",
            "Панамский канал",
            "Պանամայի ջրանցք",
            "Panama Kanalı",
            "Panamakanal",
            "Panama-Kanal",
        ],
        "Wikipedia articles (en, az, fa, ru, hy, tr, de) on the Panama Canal (its ends at "
        "Colón and Balboa, the locks and the lake it passes), read 2026-12",
        "a line placed by hand through the canal's ends (Colón, Balboa), its locks (Gatun, "
        "Pedro Miguel, Miraflores), Gatun Lake and the Culebra Cut, as the Wikipedia articles "
        "describe its course; about +-3 km, the canal's bends not drawn",
    ),
    # added round 63: the Kuma-Manych Canal across the Kuma-Manych Depression, on whose line
    # the Caspian-Black Sea canal proposals run, and the planned Kanal Istanbul
    "kuma-manych-canal": (
        "Kuma–Manych Canal",
        "RU",
        [
            (44.66111, 44.80278),  # the start, a small reservoir on the Kuma near Novokumsky
            (44.62583, 45.46389),  # the end, the southern shore of the Chogray Reservoir
        ],
        [
            "Kuma-Manych Canal",
            "Kuma–Manych canal",
            "Кумо-Манычский канал",
            "Манычский канал",
            "Manych Canal",
        ],
        "English Wikipedia 'Kuma–Manych Canal' as mirrored (the start 44°48′10″N 44°39′40″E "
        "at a small reservoir on the Kuma near Novokumsky, the end 45°27′50″N 44°37′33″E on "
        "the southern shore of the Chogray Reservoir on the East Manych; Russian 'Кумо–Манычский "
        "канал'; 'runs across the Kuma–Manych Depression') "
        "https://profilpelajar.com/article/Kuma%E2%80%93Manych_Canal; Russian Wikipedia "
        "'Манычский канал' (the article's title, on the Kumo-Manych canal, the same ends) as "
        "translated https://perceptiopt.com/%D0%9C%D0%B0%D0%BD%D1%8B%D1%87%D1%81%D0%BA%D0%B8%D0%B9_"
        "%D0%BA%D0%B0%D0%BD%D0%B0%D0%BB; 'Manych Canal' is that title in English, by hand; "
        "Britannica 'Kuma-Manych Depression' (the canal in the depression) "
        "https://www.britannica.com/place/Kuma-Manych-Depression; round 63",
        "APPROXIMATE: a straight line between the canal's two ends as English Wikipedia gives "
        "them; the canal runs first north-east and then north-west between them, so its middle "
        "may lie up to about 15 km east of the line. The Kuma-Manych Depression itself (a "
        "landform 20-30 km wide from the Don to the Caspian lowland) is not drawn",
    ),
    # added round 116: the Volga-Caspian shipping canal through the Volga delta, by which
    # the North-South corridor's ships reach Astrakhan and Olya from the Caspian
    "volga-caspian-canal": (
        "Volga–Caspian Canal",
        "RU",
        [
            (47.563419, 45.794699),  # the head, the deep water of the Bakhtemir by Olya
            (47.680664, 45.073278),  # the mouth, the deep water of the northern Caspian
        ],
        [
            "Volga-Caspian Canal",
            "Volga-Caspian Sea Shipping Canal",
            "Volga-Caspian Shipping Canal",
            "Волго-Каспийский канал",
            "Волго-Каспийский морской судоходный канал",
            "Волго-Каспийский судоходный канал",
            "Volqa-Xəzər kanalı",
            "Volqa-Xəzər dəniz gəmiçiliyi kanalı",
            "Volqa-Xəzər gəmiçilik kanalı",
            "کانال ولگا-خزر",
            "کانال کشتیرانی ولگا-خزر",
        ],
        "Russian Wikipedia 'Волго-Каспийский канал' as mirrored (the head on the Bakhtemir "
        "45°47′41″N 47°33′48″E, the mouth in the Caspian 45°04′24″N 47°40′50″E; 'Волго-Каспийский "
        "морской судоходный канал (ВКМСК)', 'Длина 188 км', 'канал, соединяющий глубоководный "
        "участок реки Бахтемир [...] и глубоководную часть Каспийского моря через мелководную "
        "часть дельты Волги' http://wiki-org.ru/wiki/Волго-Каспийский_канал); Russian cases "
        "(Smotrim 2023: 'Работы по расширению Волго-Каспийского канала идут с опережением' "
        "https://smotrim.ru/video/2696797; SMI24: 'На Волго-Каспийском канале начали проводить "
        "дноуглубительные работы' https://m.smi24.net/moscow/400842730; Sankt-Peterburgskie "
        "Vedomosti 2025: 'Волго-Каспийский судоходный канал проложен через мелководную часть "
        "дельты Волги' https://spbvedomosti.ru/news/country_and_world/rosmorport-pristupil-k-"
        "dnouglubitelnym-rabotam-na-volgo-kaspiyskom-kanale); English (PortNews: "
        "'Dredging works commenced on Volga-Caspian Canal', 'Volga-Caspian Shipping Canal is the "
        "most important component of infrastructure on the Trans-Caspian route and the "
        "North-South international transport corridor' https://www.en.portnews.ru/news/345097/; "
        "Rosmorport: 'the planned dredging at Volga-Caspian Sea Shipping Canal' "
        "https://rosmorport.com/news/company/51470/); Azerbaijani (Report via Marja.az 2024: "
        "'Volqa-Xəzər kanalında yükboşaltma kanalı tikiləcək', 'Volqa-Xəzər dəniz gəmiçiliyi "
        "kanalının ən çətin hissəsini' https://w.marja.az/118518/volqa-xezer-kanalinda-"
        "yukbosaltma-kanali-tikilecek; Dəniz Xəbər: 'Volqa-Xəzər gəmiçilik kanalı-Volqa çayının "
        "deltalarından birinin qolu olan Baxtemir çayının dərinsulu hissəsi ilə Xəzər dənizinin "
        "dərinsulu hissəsini birləşdirir' https://denizxeber.az/2021/11/01/xəzəri-birləşdirən-"
        "kanallar/); Persian (Anil Darya after IRISL: 'کانال کشتیرانی ولگا-خزر مهمترین زیرساخت در "
        "مسیر سراسری خزر', 'افزایش میزان حمل و نقل دریایی در کانال ولگا-خزر از طریق بندر آستراخان "
        "و اولیا' https://anildarya.com/news1402083002); left out for want of a page writing it: "
        "German 'Wolga-Kaspi-Kanal'; round 116",
        "a straight line between the canal's head and mouth as Russian Wikipedia "
        "gives them; the canal follows the Bakhtemir arm through the delta and then its dredged "
        "sea channel, both within about 10 km of the line",
    ),
    "kanal-istanbul": (
        "Kanal Istanbul",
        "TR",
        [
            (28.74504, 41.00633),  # Lake Küçükçekmece, the Sea of Marmara end
            (28.73816, 41.13647),  # the Sazlıdere Dam and reservoir
            (28.68000, 41.30194),  # Durusu (Terkos), the Black Sea end
        ],
        [
            "Kanal İstanbul",
            "Istanbul Canal",
        ],
        "the route the Turkish transport minister Ahmet Arslan announced on 15 January 2018, "
        "the 45 km Küçükçekmece-Sazlıdere-Durusu corridor (RaillyNews 'Channel Istanbul Where "
        "to do?' https://www.raillynews.com/2018/08/kanal-istanbul-nereye-yapilacak/; "
        "internethaber 'Kanal İstanbul nereden geçiyor' ('45 kilometrelik "
        "Küçükçekmece-Sazlıdere-Durusu koridoru Kanal İstanbul projesinin yolu') "
        "https://internethaber.com/kanal-istanbul-nereden-geciyor-bakan-guzergahi-acikladi-video-galerisi-1838890-yorumlari.htm); "
        "the points: German Wikipedia 'Küçükçekmece Gölü' (41° 0′ 23″ N, 28° 44′ 42″ O) "
        "https://de.wiki.li/K%C3%BC%C3%A7%C3%BCk%C3%A7ekmece_G%C3%B6l%C3%BC, English Wikipedia "
        "'Sazlıdere Dam' (41.13647 N, 28.73816 E) http://en.wikipedia.org/wiki/Sazl%c4%b1dere_Dam, "
        "Russian Wikipedia 'Дурусу (Арнавуткёй)' in German translation (41°18′07″ N, 28°40′48″ E) "
        "https://perceptiode.com/Дурусу_(Арнавуткёй); 'Istanbul Canal': English Wikipedia "
        "'Lake Küçükçekmece' ('The proposed controversial Istanbul Canal is intended to pass "
        "through the lake') http://theinfolist.com/html/ALL/s/_/_Lake_Küçükçekmece.html; round 63",
        "APPROXIMATE: the planned canal, drawn by hand through the three places that name its "
        "announced corridor (Lake Küçükçekmece, the Sazlıdere reservoir, Durusu), each at its "
        "Wikipedia point; the canal's own alignment between them is not drawn (about +-5 km)",
    ),
    # round 165 (names165): held-out round 34 (sets 224-226) named it.
    "danube-black-sea-canal": (
        "Danube–Black Sea Canal",
        "RO",
        [
            (28.03361, 44.33806),  # Cernavodă on the Danube (the gazetteer's cernavoda-ro)
            (28.63432, 44.18073),  # Constanța (geonames:680963), the main branch's end
        ],
        [
            "Danube-Black Sea Canal",
            "Canalul Dunăre – Marea Neagră",
            "Donau-Schwarzmeer-Kanal",
        ],
        "English Wikipedia 'Danube–Black Sea Canal' as mirrored ('The Danube–Black Sea Canal "
        "(Romanian: Canalul Dunăre – Marea Neagră) is a canal in Romania, which runs from "
        "Cernavodă, on the Danube, to Constanța (southern arm, as main branch), and to Năvodari "
        "(northern arm)') http://the-uncensored-wiki.com:20171/2017-wikipedia_en_all_novid_"
        "2017-08/A/Danube%E2%80%93Black_Sea_Canal.html; 'Danube-Black Sea Canal' (sailblogs: "
        "'Danube-Black Sea Canal is a waterway in the county of Constanta, Romania') "
        "https://www.sailblogs.com/member/danube/105912; German 'Donau-Schwarzmeer-Kanal' "
        "(binnenschifferforum.de, thread 'Donau-Schwarzmeer-Kanal' https://www.binnenschifferforum"
        ".de/showthread.php?1358-Donau-Schwarzmeer-Kanal; cruisecenter.ch: 'am Beginn des "
        "Donau-Schwarzmeer-Kanals' https://www.cruisecenter.ch/kreuzfahrten/hafen/cernavoda-"
        "rumaenien-1337.html); round 165",
        "APPROXIMATE: a straight line from Cernavodă's point to Constanța's point (the main "
        "branch's ends as Wikipedia names them); the canal bends by Medgidia and Murfatlar and "
        "meets the sea at Agigea, some 10 km south of Constanța's point; the northern branch to "
        "Năvodari is not drawn; about +-10 km",
    ),
    # round 349 (names349): the proposed Caspian-Black Sea ship canal through the Kuma-Manych
    # Depression; before, its names read the macro-region Eurasia.
    "eurasia-canal": (
        "Eurasia Canal",
        "RU",
        [
            (44.66111, 44.80278),  # the Kuma-Manych Canal's start on the Kuma (kuma-manych-canal)
            (44.60278, 45.49167),  # English Wikipedia's point of the Eurasia Canal, by Chogray
        ],
        [
            "Eurasian Canal",
            "Eurasia navigation canal",
            "Канал Евразия",
            "Avrasiya kanalı",
            "Eurasien-Kanal",
        ],
        "English Wikipedia 'Eurasia Canal' ('45°29′30″N 44°36′10″E', 'The Eurasia Canal (Канал "
        '"Евразия", Kanal "Evraziya") is a proposed 700-kilometre-long (430 mi) canal '
        "connecting the Caspian Sea to the Black Sea along the Kuma-Manych Depression') "
        "http://www.wikipedia.org/wiki/Eurasia_Canal and as mirrored ('If completed, the Eurasian "
        "Canal will become the second longest canal') https://encycloreader.org/r/wikipedia.php?"
        "q=Eurasia_Canal; the start of the Kuma-Manych Canal (English Wikipedia 'Kuma–Manych "
        "Canal' as mirrored: '44°48′10″N 44°39′40″E', 'a much deeper canal (dubbed Eurasia "
        "Canal) along the bottom of the Kuma–Manych Depression') https://profilpelajar.com/"
        "article/Kuma%E2%80%93Manych_Canal; English 'Eurasian Canal' and 'Eurasia navigation "
        "canal' (EIR 2018: 'has called for the construction of the Eurasian Canal', 'Building a "
        "Eurasia navigation canal connecting the Caspian and Black Seas') http://larouchepub.com./"
        "pr/2018/180517_nazarbayev_proposes.html; Russian (Kavkazsky Uzel 2021: 'Канал "
        "«Евразия»: миф или реальность?', 'по Кумо-Манычской впадине' https://www.kavkaz-uzel.eu/"
        "articles/363058/; TKS after TASS 2018: 'строительство судоходного канала \"Евразия\"' "
        "http://www.tks.ru/logistics/2018/05/14/0009); Azerbaijani (Aznews after Oxu.Az: 'Qara "
        "və Xəzər dənizlərini birləşdirən Avrasiya kanalının tikintisi' https://aznews.info/"
        "politics/38416-nazarbayev-qara-v-xzr-dnizlrini-birldirmk-istyir.html; GADTB: '“Avrasiya” "
        "kanalının inşası' https://gadtb.com/nazarbayev-x%C9%99z%C9%99rl%C9%99-qara-d%C9%99nizin-"
        "birl%C9%99sdirilm%C9%99sini-ist%C9%99di/); German 'Eurasien-Kanal' (English Wikipedia's "
        "'Kuma–Manych Canal' in German: '(synchronisiert) Eurasien-Kanal ) entlang des Bodens der "
        "Kuma-Manych-Depression' https://de.wikial.top/wiki/Kuma%E2%80%93Manych_Canal); round 349",
        "APPROXIMATE (a proposed canal, not built; its route not fixed): a straight line from the "
        "Kuma-Manych Canal's start on the Kuma to the point English Wikipedia gives the Eurasia "
        "Canal (by the Chogray reservoir on the East Manych), both cited; the proposed route runs "
        "some 700 km along the Kuma-Manych Depression from the lower Kuma at the Caspian to the "
        "Manych's mouth on the lower Don, so only this middle stretch of about 75 km is drawn",
    ),
}
