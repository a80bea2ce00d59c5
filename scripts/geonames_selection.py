"""Which GeoNames rows the gazetteer's tables keep, and which of their names they drop.

The floors, boxes, skip lists, border towns and dropped aliases ``build_geonames.py`` reads to
select the rows of ``data/geonames_world.tsv`` (split from it when round 226's world floor took
it past 500 lines; output unchanged). Each list says why its rows or names are there.
"""

from __future__ import annotations

from ukraine_towns import BOXES as UKRAINE_BOXES

#: World table: population of a city kept anywhere, and within :data:`NEAR_BOX`.
WORLD_MIN_POPULATION = 300_000
NEAR_MIN_POPULATION = 250_000
#: (south, north, west, east) of the wider neighbourhood.
NEAR_BOX = (25.0, 56.0, 25.0, 75.0)
#: Europe west of it, where the corridors end (Duisburg, the China trains' terminal):
#: cities of EUROPE_MIN_POPULATION or more.
EUROPE_MIN_POPULATION = 300_000
EUROPE_BOX = (35.0, 60.0, -10.0, 25.0)
#: The corridors' ring around the regional box (round 15, 2026-12-01): every town of
#: GeoNames cities15000 in these boxes, by country, whatever its population. Georgia west
#: of the box (Kutaisi, Zugdidi, Tskhinvali), the eastern Caspian shore the North-South
#: corridor's eastern branch and the Middle Corridor's ports run along (Zhanaozen,
#: Qulsary, Balkanabat, Bereket), and Iran's Caspian and Golestan towns north of Tehran's
#: plain (Amol, Gonbad-e Kavus); not Turkey (its province seats are in already), Tehran's
#: suburbs or Russia's North Caucasus (its towns' names are Russian words: Svobody,
#: Prokhladnyy, Terek).
RING_BOX = (35.0, 47.5, 38.0, 58.0)
RING_BOXES = {code: RING_BOX for code in ("GE", "AZ", "AM", "KZ", "TM")}
RING_BOXES["IR"] = (36.2, *RING_BOX[1:])
#: Ukraine's east and south and Russia's Kursk, Belgorod and Bryansk oblasts (round 193):
#: the towns of the war's front and of Russia's border oblasts, within their oblasts and
#: above a floor, reviewed (``ukraine_towns.py``)
RING_BOXES |= UKRAINE_BOXES
#: Ring towns left out, by geonameid: names the region's news means otherwise. Nur (IR):
#: Persian "نور" and Turkish "nur" are the word light; Shirvan (IR, North Khorasan) and
#: Kalaleh (IR, Golestan) share the names of Azerbaijan's Shirvan and of the Aghband
#: bridge's Kalaleh, which the articles mean; Magtymguly (TM) is the poet, Jebel (TM) the
#: Arabic word for mountain (Jebel Ali, the port); Mangistau (KZ) the region's name;
#: Behshahr's Persian "بهشهر" is "به شهر" (to the city) written with a space (test3).
#: Also skipped among the towns of :data:`COUNTRY_MIN_POPULATION`: Angren (UZ), whose
#: GeoNames aliases include "Turk" (the Turkish word Türk, test7), and Semey (KZ), whose
#: Arabic alias "سيماي" is Persian "سیمای" (the face of, as in "صدا و سیمای", state TV).
RING_SKIP = frozenset({113797, 114930, 129512, 161980, 161997, 608880, 140918, 1514581, 1519422})
#: Levant towns left out (stop 66), by geonameid: names that are words or other places. At
#: Tall (SY: "Tall", "Tell"), Nawá (SY: "Neva", Persian "نوا", a tune), Jāsim (SY: "Qasim",
#: Port Qasim's short name and a given name), Şūrān (SY: "Soran", Iraqi Kurdistan's), Al
#: Mayādīn (SY: "الميادين", the Al Mayadeen channel Iranian news quotes), As Safīrah (SY:
#: "سفيرة", an ambassador), Al-Tabqa (SY: "الثورة", the revolution; the Tabqa Dam keeps
#: "Tabqa"), Aley (LB: "Alley", the name Aliye), Qalqīlyah (PS: its alias "Kfar Saba", another
#: town), Battir (PS: aliases of Beitar Illit), Al Bīrah (PS: Turkish "bire"), Old City (PS:
#: "Altstadt", Armenian "Հին քաղաք": an old town anywhere).
LEVANT_SKIP = frozenset(
    {163915, 165997, 166365, 172349, 172374, 172503, 173480, 280425, 282457, 284375, 285108}
    | {6945291}
)
#: Russia's towns left out (stop 66): Vladimir ("Владимир", the given name), Kirov (the
#: surname, and "Кирова" of the streets and avenues named after him), Ivanovo ("Ivanov",
#: "Иванов", the surname), and two districts of Saint Petersburg GeoNames lists as towns,
#: Kalininskiy and Krasnogvardeyskiy (adjectives: "Калининский", "Красногвардейский").
RUSSIA_SKIP = frozenset({473247, 548408, 555312, 8504951, 8504952})
#: World-floor cities left out (round 226, the floor lowered from 1,000,000 to 300,000), by
#: geonameid: cities the gazetteer already holds under another row (Hodeidah, Hrodna, Thessaloniki,
#: Kashgar, Shihezi, Mannheim, Macau; a second Changzhi; Kowloon City, Kowloon's district), cities
#: whose name is a held place's (Armenia in Colombia, London and Hamilton in Canada, Victoria in
#: Hong Kong, Córdoba in Spain, Mérida and Barcelona in Venezuela, Palmira: Palmyra's; Aqsu:
#: Azerbaijan's Ağsu; Salem: Jerusalem's; Nizāmābād: a village of the box; Bari: Bārūj's; Kita:
#: Quito's; Franca: France's; Charlotte, Santa Ana, Guadalupe, Cancún, Tongshan, Laiwu, Thái
#: Nguyên, and the second Changsha, Puyang, Baoshan and Gorakhpur), and cities whose name is a
#: word, a given name or a surname of the articles' languages or a brand (Nice, Reading, Mesa,
#: Natal, Golfe: French gulf; Kira: Turkish rent; Yola: Turkish to the road; Hisar: a fortress;
#: Safi, Serra, Tete, Samba, Erode, Bello; Kennedy, Austin, Aurora, Santos, Orlando, Preston,
#: Laval, Cleveland, Columbus, Lexington, Arlington, Raleigh, Pereira, Rosario, Constantine; Brent:
#: the crude oil; Toyota, Carrefour; the Newcastles of Australia and South Africa and East London,
#: South Africa, for Britain's; Salé, whose ASCII name is English "Sale"; Riverside; the surnames
#: Vaughan, Markham, Delmas and the given name Soledad; Tokyo's wards Ōta and Kotō (Turkish "ota",
#: "koto"); Blida, Algeria's, for Lebanon's village (held-out set 314b); San Pedro and San Pablo of
#: the Philippines and San-Pédro of Côte d'Ivoire, saints' names of many places). See
#: data/README.md, round 226.
WORLD_SKIP = frozenset(
    {
        79415,  # Al Ḩudaydah/YE
        231165,  # Kira/UG
        627904,  # Hrodna/BY
        734077,  # Thessaloníki/GR
        971421,  # Newcastle/ZA
        1006984,  # East London/ZA
        1026014,  # Tete/MZ
        1257629,  # Salem/IN
        1261258,  # Nizāmābād/IN
        1270022,  # Hisar/IN
        1270927,  # Gorakhpur/IN
        1272013,  # Erode/IN
        1280849,  # Kashgar/CN
        1281673,  # Baoshan/CN
        1529195,  # Shihezi/CN
        1529660,  # Aqsu/CN
        1566319,  # Thái Nguyên/VN
        1688749,  # San Pedro/PH
        1688830,  # San Pablo/PH
        1787824,  # Tongshan/CN
        1796989,  # Changsha/CN
        1804591,  # Laiwu/CN
        1815463,  # Changzhi/CN
        1819607,  # Kowloon City/HK
        1821274,  # Macau/MO
        1849814,  # Toyota/JP
        1931681,  # Victoria/HK
        2155472,  # Newcastle/AU
        2282006,  # San-Pédro/CI
        2318044,  # Yola/NG
        2501152,  # Constantine/DZ
        2503769,  # Blida/DZ
        2519240,  # Córdoba/ES
        2537763,  # Salé/MA
        2537881,  # Safi/MA
        2591953,  # Golfe/AO
        2639577,  # Reading/GB
        2639912,  # Preston/GB
        2654789,  # Brent/GB
        2873891,  # Mannheim/DE
        2990440,  # Nice/FR
        3182351,  # Bari/IT
        3394023,  # Natal/BR
        3447779,  # Serra/BR
        3449433,  # Santos/BR
        3463011,  # Franca/BR
        3531673,  # Cancún/MX
        3632308,  # Mérida/VE
        3648559,  # Barcelona/VE
        3667849,  # Soledad/CO
        3672486,  # Pereira/CO
        3673164,  # Palmira/CO
        3688928,  # Bello/CO
        3689560,  # Armenia/CO
        3726786,  # Delmas/HT
        3838583,  # Rosario/AR
        4005492,  # Guadalupe/MX
        4167147,  # Orlando/US
        4297983,  # Lexington/US
        4460243,  # Charlotte/US
        4487042,  # Raleigh/US
        4509177,  # Columbus/US
        4671240,  # Arlington/US
        4671654,  # Austin/US
        5150529,  # Cleveland/US
        5304391,  # Mesa/US
        5387877,  # Riverside/US
        5392900,  # Santa Ana/US
        5412347,  # Aurora/US
        5969782,  # Hamilton/CA
        6050610,  # Laval/CA
        6058560,  # London/CA
        6066513,  # Markham/CA
        6173577,  # Vaughan/CA
        6201369,  # Carrefour/HT
        7033318,  # Kennedy/CO
        8469285,  # Kita/JP
        8469289,  # Ōta/JP
        9181182,  # Puyang/CN
        11209896,  # Kotō/JP
        13546342,  # Samba/AO
    }
)
#: Countries whose towns the corridors' news names far from the box, with the population
#: a town of GeoNames cities15000 needs there (round 39, 2026-12-02): Iran's towns on the
#: North-South corridor's lines south of the box (Saveh, Sirjan, Bafq), and the large towns of Turkey (İzmit, Çorlu: the Middle Corridor's road to
#: Europe) and of Central Asia's corridor states.
COUNTRY_MIN_POPULATION = {
    "IR": 15_000,
    "TR": 100_000,
    "KZ": 100_000,
    "TM": 100_000,
    "UZ": 100_000,
    # the Levant's wars in the region's news (held-out rounds 35, 39, 41: Daraa, Idlib,
    # Jableh, Baalbek, Nablus, Rafah, Khan Yunis), stop 66
    "SY": 30_000,
    "LB": 30_000,
    "PS": 30_000,
    "IL": 100_000,
    "JO": 100_000,
    # Russia's regional capitals far from the box (Murmansk, Arkhangelsk, Irkutsk, Kirov:
    # held-out round 42's Arctic ports and labour migrants' flights), stop 66
    "RU": 250_000,
}
#: World-floor cities' GeoNames aliases left out (round 226), by geonameid: names of places the
#: gazetteer held before (Suzhou, Ganzhou, Xuzhou, Hefei of other Chinese cities' old
#: romanisations; Gurugram's Persian "گورگان", Gorgan; Pokhara's "بوخارا", Bukhara; Teresina's
#: "Poti"; Marrakesh's "مراکش", Morocco; Kenitra's "Al Qunaytirah", Quneitra; Surrey's "Sari";
#: Oakland's Auckland spellings; Vitória's and Ciudad Victoria's "Victoria", Santiago de Cuba's
#: "Santiago"), and aliases that are words or given names of the articles' languages: Turkish
#: "kale" (castle), "makale" (article), "adama" (to the man), "bahar" (spring), "iri" (large),
#: "bostan" (garden), "duran"; Persian "بالای" (above), "سوری" (Syrian), "گراز" (boar), "مرادی",
#: "مینا", "منا", "میری", "الوار"; Russian "Думай" (think), "Заря" (dawn), "Роли" (roles), "Танго",
#: "Брод"; German "Werder", "Matura", "Von"; English "Solo", "Thai", "Hull", "Logan", "Gold",
#: "Lone"; and the American cities' nicknames and old names (Old Town, Queen City, Franklin,
#: Milton, Concordia, Terminus, Motor City). Round 251: Tolyatti's "Stavropol'", "Stavropol’",
#: "Stawropol" and "Ставрополь" (its name until 1964, Stavropol-on-Volga), which news writes for
#: Stavropol, the krai's capital (geonames:487846), whose row holds the same names. Stop 76:
#: Erzurum's Latin "Karin" (its Armenian name, kept in Armenian letters, "Կարին"), which folds to
#: the Turkish "karın" (belly; the snow's: "Karın etkisiyle yollar kapandı", held-out set 411b)
#: and is the German given name Karin.
WORLD_DROP: dict[int, frozenset[str]] = {
    74477: frozenset({"Ibas", "ای بی"}),  # Ibb/YE
    159908: frozenset({"گیتا"}),  # Geita/TZ
    191245: frozenset({"Port Florence"}),  # Kisumu/KE
    315368: frozenset({"Karin"}),  # Erzurum/TR
    326282: frozenset({"Werder", "Werdēr"}),  # Warder/ET
    330186: frozenset({"Adama"}),  # Nazrēt/ET
    331180: frozenset({"Makale"}),  # Mek'ele/ET
    342884: frozenset({"Bahar"}),  # Bahir Dar/ET
    482283: frozenset({"Stavropol'", "Stavropol’", "Stawropol", "Ставрополь"}),  # Tolyatti/RU
    728193: frozenset({"Julia"}),  # Plovdiv/BG
    1255783: frozenset({"Rajpur"}),  # Rajpur Sonarpur/IN
    1263364: frozenset({"Matura"}),  # Mathura/IN
    1264773: frozenset({"Lone"}),  # Loni/IN
    1265873: frozenset({"Kal'kutta", "Калькутта"}),  # Kozhikode/IN
    1270642: frozenset({"گورگان"}),  # Gurugram/IN
    1273313: frozenset({"Dehra"}),  # Dehradun/IN
    1275610: frozenset({"Mora"}),  # Bilimora/IN
    1275817: frozenset({"Temple City of India"}),  # Bhubaneswar/IN
    1275971: frozenset({"بالای"}),  # Bhilai/IN
    1278946: frozenset({"الوار"}),  # Alwar/IN
    1279945: frozenset({"Su-chou", "Suchow", "Suchzhou", "Suzhou", "Сучжоу"}),  # Jiuquan/CN
    1282898: frozenset({"بوخارا"}),  # Pokhara/NP
    1321218: frozenset({"Kalay", "Kale"}),  # Kalemyo/MM
    1562414: frozenset(
        {"Cape Saint James", "Saint James", "St. James", "Ville du Cap"}
    ),  # Vũng Tàu/VN
    1562798: frozenset({"Vin", "Vin'", "Вин"}),  # Vinh/VN
    1625812: frozenset({"Solo"}),  # Surakarta/ID
    1633034: frozenset({"Pal", "Пал"}),  # Palu/ID
    1645133: frozenset({"Думай"}),  # Dumai/ID
    1670029: frozenset({"Pan-ch'iao"}),  # Banqiao/TW
    1673816: frozenset({"Kao-hsiung"}),  # Fengshan/TW
    1701966: frozenset({"San Felipe"}),  # Mandaluyong City/PH
    1730737: frozenset({"Angeles"}),  # Angeles City/PH
    1732724: frozenset({"Larkin"}),  # Kampung Larkin Lama/MY
    1734759: frozenset({"Malaca"}),  # Malacca/MY
    1736309: frozenset({"Thai"}),  # Alor Setar/MY
    1738050: frozenset({"ميري", "میری"}),  # Miri/MY
    1784818: frozenset({"Yung-chi", "Yung-chi-hsien"}),  # Yongji/CN
    1785018: frozenset(
        {"Chang-chou", "Chang-chou-shih", "Changchow", "Ciong-ciu", "Ciŏng-ciŭ"}
    ),  # Zhangzhou/CN
    1785036: frozenset({"Ganzhou", "Kan-chou", "Kanchow"}),  # Zhangye/CN
    1785738: frozenset({"Yun-ch'eng-chen"}),  # Yuncheng/CN
    1786770: frozenset({"Hsu-chou", "Hsü-chou", "Suchow", "Süchow"}),  # Yibin/CN
    1791748: frozenset({"Wan"}),  # Wanxian/CN
    1791779: frozenset({"Manning", "Wan"}),  # Wanning/CN
    1792260: frozenset({"Fu"}),  # Wafangdian/CN
    1793424: frozenset({"Tango", "Танго"}),  # Tanggu/CN
    1793879: frozenset({"Sui"}),  # Suizhou/CN
    1795060: frozenset({"Zhongshan"}),  # Shiqi/CN
    1797264: frozenset({"Ch'u-chou"}),  # Quzhou/CN
    1799823: frozenset({"Fengsien"}),  # Nanqiao/CN
    1800779: frozenset({"Mei"}),  # Meizhou/CN
    1801640: frozenset({"Khehfehj", "Lu", "Lu-chou", "Luchow", "Хэфэй"}),  # Luzhou/CN
    1803245: frozenset({"Ch'u-chou", "Chuchow"}),  # Lishui/CN
    1803567: frozenset({"Pingyang"}),  # Linfen/CN
    1804153: frozenset({"Chia-ting", "Kiating"}),  # Leshan/CN
    1805029: frozenset({"Chi"}),  # Jizhou/CN
    1814757: frozenset({"Chuchow"}),  # Chuzhou/CN
    1816080: frozenset({"Cangdzou", "Cchang-cou", "Thuong Chau"}),  # Cangzhou/CN
    1816269: frozenset({"Bose", "Бозе"}),  # Baise/CN
    1818920: frozenset({"Shatin"}),  # Sha Tin/HK
    1843491: frozenset({"Iri"}),  # Iksan/KR
    1846898: frozenset({"Anyang"}),  # Anyang-si/KR
    1853574: frozenset({"Otu", "Ōtu"}),  # Ōtsu/JP
    1859146: frozenset({"Koti"}),  # Kochi/JP
    1873757: frozenset({"Treaty Port"}),  # Namp’o/KP
    1877030: frozenset({"Konan", "Kōnan"}),  # Hŭngnam/KP
    2036109: frozenset({"Hsi-an", "Sian"}),  # Longshan/CN
    2036389: frozenset({"Chi-ning", "Kisi"}),  # Jixi/CN
    2036427: frozenset(
        {"Cam Chau", "Chin", "Chin-chou", "Chin-hsien", "Chinchow", "Czin'chzhou", "Ging-ciu"}
    ),  # Jinzhou/CN
    2082600: frozenset({"Hollandia"}),  # Jayapura/ID
    2165087: frozenset({"Costa Dorada", "Gold"}),  # Gold Coast/AU
    2236568: frozenset({"Carmona"}),  # Uíge/AO
    2242906: frozenset({"Columbo"}),  # Calumbo/AO
    2317765: frozenset({"Заря"}),  # Zaria/NG
    2319133: frozenset({"واري", "واری"}),  # Warri/NG
    2319480: frozenset({"ایو"}),  # Uyo/NG
    2325330: frozenset({"اوری"}),  # Owerri/NG
    2330100: frozenset({"منا", "مينا", "مینا"}),  # Minna/NG
    2346229: frozenset({"Kalabar"}),  # Calabar/NG
    2441291: frozenset({"مرادي", "مرادی"}),  # Maradi/NE
    2506999: frozenset({"Bona", "Bone", "Bône", "Hippo"}),  # Annaba/DZ
    2542997: frozenset(
        {"Marakes", "Marakeş", "Marakeš", "Morocco City", "مراكش", "مراکش"}
    ),  # Marrakesh/MA
    2544571: frozenset({"Al Qunaytirah", "قنیطره"}),  # Kenitra/MA
    2561668: frozenset({"Santa Cruz"}),  # Agadir/MA
    2645425: frozenset({"Hull"}),  # Kingston upon Hull/GB
    2778067: frozenset({"گراز"}),  # Graz/AT
    2954172: frozenset({"Augusta"}),  # Augsburg/DE
    3078610: frozenset({"Berno"}),  # Brno/CZ
    3128026: frozenset({"Bilbo"}),  # Bilbao/ES
    3348078: frozenset({"Kuito", "Silva Porto"}),  # Cuíto/AO
    3386496: frozenset({"Poti"}),  # Teresina/BR
    3388368: frozenset({"San Luis", "San-Luis"}),  # São Luís/BR
    3444924: frozenset({"Victoria", "Viktoriya"}),  # Vitória/BR
    3514663: frozenset({"San Angel"}),  # Álvaro Obregón/MX
    3515001: frozenset({"Gutierrez"}),  # Tuxtla/MX
    3530517: frozenset({"Port of Mexico"}),  # Coatzacoalcos/MX
    3530580: frozenset({"Victoria"}),  # Ciudad Victoria/MX
    3536729: frozenset({"Santiago"}),  # Santiago de Cuba/CU
    3566067: frozenset({"Puerto Principe"}),  # Camagüey/CU
    3601782: frozenset({"San Pedro"}),  # San Pedro Sula/HN
    3645528: frozenset({"San Tome", "San Tomé", "Santo Tomo"}),  # Ciudad Guayana/VE
    3651297: frozenset({"Santo Domingo"}),  # Santo Domingo de los Colorados/EC
    3658192: frozenset({"Duran", "Durán"}),  # Eloy Alfaro/EC
    3666304: frozenset({"توربو"}),  # Valledupar/CO
    3701329: frozenset({"San Miguel"}),  # San Miguelito/PA
    3941584: frozenset({"Cosco"}),  # Cusco/PE
    3985606: frozenset({"San Luis"}),  # San Luis Potosí/MX
    4003757: frozenset({"Juarez", "Juárez"}),  # Ciudad Benito Juárez/MX
    4180439: frozenset({"Terminus", "White Hall", "Whitehall"}),  # Atlanta/US
    4281730: frozenset({"Camp Davidson"}),  # Wichita/US
    4297999: frozenset({"Lexington"}),  # Lexington-Fayette/US
    4335045: frozenset({"Big Easy", "The Big Easy"}),  # New Orleans/US
    4347778: frozenset({"Charm City", "Jonas Town", "Jones Town", "Old Town"}),  # Baltimore/US
    4393217: frozenset({"Greenwood", "Maple Gardens", "Milton"}),  # Kansas City/US
    4508722: frozenset(
        {"Fort Washington", "Queen City", "Queen City of the West"}
    ),  # Cincinnati/US
    4544349: frozenset({"Oklahoma"}),  # Oklahoma City/US
    4644585: frozenset({"French Lick"}),  # Nashville/US
    4930956: frozenset({"Baston", "Bostan", "Old Boston"}),  # Boston/US
    4990729: frozenset({"D-town", "Mo-Town", "Motor City", "The D"}),  # Detroit/US
    5045360: frozenset({"San Pablo"}),  # Saint Paul/US
    5206379: frozenset({"Allegheny", "Fort Pitt", "Fort Trent"}),  # Pittsburgh/US
    5263045: frozenset({"Mana'wa"}),  # Milwaukee/US
    5325738: frozenset({"Kern Island"}),  # Bakersfield/US
    5378538: frozenset(
        {
            "Okland",
            "Oklandas",
            "Oklend",
            "Oklenda",
            "Окланд",
            "Окленд",
            "أوكلاند",
            "اوکلند",
            "ოკლენდი",
        }
    ),  # Oakland/US
    5391959: frozenset({"Franciscopolis", "Yerba Buena"}),  # San Francisco/US
    5419384: frozenset(
        {"Mile-High City", "Queen City of the Plains", "Saint Charles"}
    ),  # Denver/US
    5454711: frozenset({"Duke City", "The Duke City"}),  # Albuquerque/US
    5506956: frozenset({"Old Town", "Westside"}),  # Las Vegas/US
    5520993: frozenset({"Concordia", "Franklin", "Passus"}),  # El Paso/US
    5746545: frozenset(
        {"Bridgetown", "P-town", "Rip City", "River City", "The City of Roses"}
    ),  # Portland/US
    6159905: frozenset({"Sari", "Сари", "سوری"}),  # Surrey/CA
    7281838: frozenset({"Logan"}),  # Logan City/AU
    8310663: frozenset({"Costa Central"}),  # Central Coast/AU
    # Tirana's "Tiran-a" folds to "tiran a", a Turkish name and its ending after an
    # apostrophe ("Tiran'a", to Tirana: the ending stays outside, held-out set 361b)
    3183875: frozenset({"Tiran-a"}),  # Tirana/AL
}
