"""Curated facts for ``build_world.py``: seas, gulfs, straits, lakes, rivers and canals.

(Split out of ``world_curated.py``, which keeps the macro-regions.)
"""

from __future__ import annotations

from world_arctic import ARCTIC_SEAS, ARCTIC_STRAITS
from world_canals import CANALS
from world_far_water import FAR_LAKES, OCEANS
from world_pacific import PACIFIC_SEAS, PACIFIC_STRAITS
from world_rivers import RIVERS, WIKI
from world_straits import STRAITS

__all__ = ["CANALS", "RIVERS", "STRAITS", "WIKI"]

#: Seas and gulfs: id -> (name, kind, (lon, lat) inside, clip box, cut-away boxes,
#: aliases, how). The ocean polygon is clipped to the box, the cut boxes are removed
#: (straits), and the piece holding the point is kept.
SEAS = {
    "caspian-sea": (
        "Caspian Sea",
        (50.5, 42.0),
        None,
        (),
        [
            "Caspian",
            "Xəzər dənizi",
            "Xəzər",
            "دریای خزر",
            "Каспийское море",
            "Каспий",
            # Oblique cases of the short name (ru.wiktionary "Каспий"): without them
            # "Каспия" read as Kaspi, Georgia ("Каспи") plus an ending.
            "Каспия",
            "Каспию",
            "Каспием",
            "Каспии",
            "Կասպից ծով",
            "Hazar Denizi",
            "Kaspisches Meer",
            "Kaspisee",
        ],
        "the Natural Earth 10m ocean polygon that holds 42 N 50.5 E (the Caspian is "
        "its own polygon there)",
    ),
    "black-sea": (
        "Black Sea",
        (34.0, 43.0),
        (27.0, 40.5, 42.0, 48.0),
        ((28.5, 40.5, 29.5, 41.22), (34.7, 45.38, 39.5, 47.5)),
        [
            "Qara dəniz",
            "دریای سیاه",
            "Чёрное море",
            "Черное море",
            "Սև ծով",
            "Karadeniz",
            "Schwarzes Meer",
        ],
        "Natural Earth 10m ocean clipped to lon 27-42, lat 40.5-48, cut at the Bosporus "
        "(box lon 28.5-29.5, lat 40.5-41.22 removed) and at the Kerch Strait (everything "
        "north of lat 45.38 between lon 34.7 and 39.5 removed: the Sea of Azov); the part "
        "holding 43 N 34 E",
    ),
    "sea-of-azov": (
        "Sea of Azov",
        (36.5, 46.2),
        (34.7, 45.38, 39.5, 47.5),
        (),
        [
            "Azov Sea",
            "Azov dənizi",
            "دریای آزوف",
            "Азовское море",
            "Ազովի ծով",
            "Azak Denizi",
            "Asowsches Meer",
        ],
        "Natural Earth 10m ocean north of lat 45.38 between lon 34.7 and 39.5 (cut across "
        "the Kerch Strait); the part holding 46.2 N 36.5 E",
    ),
    "north-sea": (
        "North Sea",
        (3.0, 56.0),
        (-3.5, 51.0, 9.5, 61.0),
        ((8.0, 57.3, 13.0, 61.0),),
        [
            "Şimal dənizi",
            "دریای شمال",
            "Северное море",
            "Հյուսիսային ծով",
            "Kuzey Denizi",
            "Nordsee",
        ],
        "Natural Earth 10m ocean clipped to lon -3.5 to 9.5, lat 51-61 (straight cuts at the "
        "Strait of Dover, north of Scotland and at the 61st parallel) with the Skagerrak "
        "(box lon 8-13, lat 57.3-61) removed; the part holding 56 N 3 E",
    ),
    "mediterranean-sea": (
        "Mediterranean Sea",
        (18.0, 35.0),
        (-5.6, 30.0, 37.0, 46.0),
        ((26.15, 40.0, 30.5, 41.3),),
        [
            "Mediterranean",
            "Aralıq dənizi",
            "دریای مدیترانه",
            "Средиземное море",
            "Միջերկրական ծով",
            "Akdeniz",
            "Mittelmeer",
        ],
        "Natural Earth 10m ocean clipped to lon -5.6 (Strait of Gibraltar) to 37, lat 30-46, "
        "with the Dardanelles and the Sea of Marmara (box lon 26.15-30.5, lat 40-41.3) "
        "removed; the part holding 35 N 18 E",
    ),
    "persian-gulf": (
        "Persian Gulf",
        (51.0, 27.0),
        (47.5, 23.5, 56.4, 30.5),
        (),
        [
            "Fars körfəzi",
            "Basra körfəzi",
            "خلیج فارس",
            "Персидский залив",
            "Պարսից ծոց",
            "Basra Körfezi",
            "Persischer Golf",
        ],
        "Natural Earth 10m ocean clipped to lon 47.5-56.4 (cut across the Strait of Hormuz), "
        "lat 23.5-30.5; the part holding 27 N 51 E",
    ),
    "gulf-of-oman": (
        "Gulf of Oman",
        (58.5, 24.5),
        (56.4, 22.0, 61.6, 26.8),
        (),
        [
            "Oman körfəzi",
            "دریای عمان",
            "Оманский залив",
            "Օմանի ծոց",
            "Umman Körfezi",
            "Golf von Oman",
        ],
        "Natural Earth 10m ocean clipped to lon 56.4 (Strait of Hormuz) to 61.6 (Ras al Hadd "
        "to Gwadar), lat 22-26.8; the part holding 24.5 N 58.5 E",
    ),
    "red-sea": (
        "Red Sea",
        (38.0, 20.0),
        (32.0, 12.6, 43.45, 30.0),
        (),
        [
            "Qırmızı dəniz",
            "دریای سرخ",
            "Красное море",
            "Կարմիր ծով",
            "Kızıldeniz",
            "Rotes Meer",
        ],
        "Natural Earth 10m ocean clipped to lon 32-43.45, lat 12.6-30 (cut across the "
        "Bab-el-Mandeb at 12.6 N; the Gulfs of Suez and Aqaba included); the part holding "
        "20 N 38 E",
    ),
    "arabian-sea": (
        "Arabian Sea",
        (64.0, 15.0),
        (51.3, 2.0, 77.5, 25.5),
        ((56.4, 22.5, 62.0, 26.8), (73.0, 2.0, 77.5, 14.5)),
        [
            "Ərəb dənizi",
            "دریای عرب",
            "Аравийское море",
            "Արաբական ծով",
            "Umman Denizi",
            "Arap Denizi",
            "Arabisches Meer",
        ],
        "Natural Earth 10m ocean clipped to lon 51.3 (the Gulf of Aden's limit at Cape "
        "Guardafui) to 77.5, lat 2-25.5, with the Gulf of Oman (box lon 56.4-62, lat "
        "22.5-26.8, north of Ras al Hadd) and the Laccadive Sea (box lon 73-77.5, lat "
        "2-14.5) removed; the southern limit (Addu Atoll to Ras Hafun) is drawn as lat 2; "
        "the part holding 15 N 64 E",
    ),
    "indian-ocean": (
        "Indian Ocean",
        (75.0, -20.0),
        (20.0, -60.0, 147.0, 30.0),
        (
            (32.0, 12.6, 43.45, 30.0),
            (47.5, 23.5, 56.4, 30.5),
            (100.0, -8.5, 147.0, 30.0),
            (130.0, -17.0, 147.0, -8.5),
        ),
        [
            "Hind okeanı",
            "اقیانوس هند",
            "Индийский океан",
            "Հնդկական օվկիանոս",
            "Hint Okyanusu",
            "Indischer Ozean",
        ],
        "Natural Earth 10m ocean clipped to lon 20 (Cape Agulhas) to 147 (Tasmania), lat "
        "-60 (the Southern Ocean) to 30, with the Red Sea (box lon 32-43.45, lat 12.6-30), "
        "the Persian Gulf (box lon 47.5-56.4, lat 23.5-30.5), the Pacific seas north of "
        "Java and Timor (box lon 100-147, lat -8.5-30) and the Arafura Sea and Gulf of "
        "Carpentaria (box lon 130-147, lat -17 to -8.5) removed; it holds the Arabian Sea "
        "and the Gulf of Oman; the part holding 20 S 75 E",
    ),
    # Added 2026-11-30 (issue 10): seas an article on the corridors names.
    "gulf-of-aden": (
        "Gulf of Aden",
        (47.5, 12.5),
        (42.5, 10.0, 51.3, 16.5),
        ((42.5, 12.6, 43.45, 16.5),),
        [
            "Ədən körfəzi",
            "خلیج عدن",
            "Аденский залив",
            "Ադենի ծոց",
            "Aden Körfezi",
            "Golf von Aden",
        ],
        "Natural Earth 10m ocean clipped to lon 42.5-51.3 (Cape Guardafui, where the Arabian "
        "Sea begins), lat 10-16.5, with the Red Sea north of the Bab-el-Mandeb (box lon "
        "42.5-43.45, lat 12.6-16.5) removed; the part holding 12.5 N 47.5 E",
    ),
    # Round 260 (held-out set 395: Saudi Arabia and the Red Sea's north).
    "gulf-of-aqaba": (
        "Gulf of Aqaba",
        (34.75, 28.75),
        (34.4, 28.0, 35.1, 29.6),
        ((34.62, 28.0, 35.1, 28.15),),
        ["Gulf of Eilat", "Golf von Akaba", "Акабский залив"],
        "Natural Earth 10m ocean clipped to lon 34.4-35.1, lat 28-29.6 (a straight cut across "
        "the Straits of Tiran at 28 N, near the IHO's southern limit at 27 54 N), with the Red "
        "Sea east of the mouth, south of the Saudi coast (box lon 34.62-35.1, lat 28-28.15), "
        "removed; the part holding 28.75 N 34.75 E, the English Wikipedia point; the Red Sea's polygon holds it "
        "too",
        "English Wikipedia 'Gulf of Aqaba' (28°45′N 34°45′E; 'the Gulf of Aqaba or Gulf of "
        "Eilat is a large gulf at the northern tip of the Red Sea') via https://quizzclub.com/"
        "games/welcome/the-gulf-of-aqaba-is-a-branch-of-which-sea/answer/452595 and the Thai "
        "Wikipedia infobox (28°45′N 34°45′E) https://wikiwand.com/th/articles/"
        "%E0%B8%AD%E0%B9%88%E0%B8%B2%E0%B8%A7%E0%B8%AD%E0%B8%B0%E0%B8%81%E0%B8%B2%E0%B8%9A%E0%B8"
        "%B2; New World Encyclopedia 'Gulf of Aqaba' (the Straits of Tiran as its southern end) "
        "https://www.newworldencyclopedia.org/p/index.php?title=Gulf_of_Aqaba&oldid=842728; "
        "German 'Golf von Akaba' (German Wikipedia's title, via https://deru.qaz.wiki/wiki/"
        "Golf_von_Akaba; Handelsblatt, 'Stichwort: Scharm el Scheich': 'Eine verläuft entlang "
        "des Golfs von Akaba' http://www.handelsblatt.com/politik/international/hintergrund-"
        "stichwort-scharm-el-scheich/2472090.html); Russian 'Акабский залив' (the same page in "
        "Russian: 'Синайский полуостров с Суэцким заливом на западе и Акабским заливом на "
        "востоке' https://deru.qaz.wiki/wiki/Golf_von_Akaba); round 260",
    ),
    # Round 262 (held-out set 399: Egypt's Suez Canal zone).
    "gulf-of-suez": (
        "Gulf of Suez",
        (33.0, 28.75),
        (32.2, 27.45, 34.3, 30.1),
        ((34.05, 27.45, 34.3, 27.72),),
        ["Suez Gulf", "Golf von Suez", "Golf von Sues"],
        "Natural Earth 10m ocean clipped to lon 32.2-34.3, lat 27.45-30.1 (a straight cut along "
        "27 27 N, the IHO's parallel from Shadwan Island to the African coast), with the Red "
        "Sea east of Shadwan and south of Ras Muhammad (box lon 34.05-34.3, lat 27.45-27.72) "
        "removed; the part holding 28.75 N 33 E, German Wikipedia's point; the Red Sea's "
        "polygon holds it too",
        "German Wikipedia 'Golf von Suez' as copied ('Der durchschnittlich 40 Meter tiefe Golf "
        "von Suez oder Golf von Sues ... ist ein nordwestlicher Ausläufer des Roten Meeres', "
        "'Geographische Lage 28° 45′ N, 33° 0′ O') https://websiteproxy.net/1337x-proxy/"
        "index.php?q=mKaqo9SgYmCZnmKjYrCezp7WlsbKx5CjpaCUrqHMzZV3oaKZwNyin5SMqZun; German "
        "Wikivoyage 'Golf von Sues' (the southern limit from Ras Muhammad, 27° 43′ N, over the "
        "south point of Shadwan Island, 27° 26′ 57″ N, then along 27° 27′ N to the African "
        "coast) https://de.m.wikivoyage.org/wiki/Golf_von_Sues; English 'Gulf of Suez' "
        "(centre4sinai: 'the northwestern arm of the Red Sea between Africa proper (west) and "
        "the Sinai Peninsula', 195 miles from the Strait of Jubal to Suez) http://"
        "centre4sinai.com.eg/gulf%20of%20suez.htm; English 'Suez Gulf' (Cairo Top Tours, "
        "'Suez Gulf Egypt': 'the story of Suez Gulf') https://cairotoptours.com/"
        "egypt-travel-guide/Egypt-Information-about-Egypt/Suez-Gulf-Egypt; round 262",
    ),
    "baltic-sea": (
        "Baltic Sea",
        (19.0, 58.0),
        (9.0, 53.0, 30.5, 66.0),
        ((9.0, 57.75, 12.0, 66.0),),
        [
            "Baltic",
            "Baltik dənizi",
            "دریای بالتیک",
            "Балтийское море",
            "Բալթիկ ծով",
            "Baltık Denizi",
            "Ostsee",
        ],
        "Natural Earth 10m ocean clipped to lon 9-30.5, lat 53-66 (the gulfs of Bothnia, "
        "Finland and Riga included), with the Skagerrak north of Skagen (box lon 9-12, lat "
        "57.75-66) removed, so the Kattegat counts in, as in the wider definition; the part "
        "holding 58 N 19 E",
    ),
    "sea-of-marmara": (
        "Sea of Marmara",
        (28.0, 40.7),
        (26.7, 40.2, 29.95, 41.03),
        (),
        [
            "Marmara Sea",
            "Mərmərə dənizi",
            "دریای مرمره",
            "Мраморное море",
            "Մարմարա ծով",
            "Marmara Denizi",
            "Marmarameer",
        ],
        "Natural Earth 10m ocean clipped to lon 26.7 (Gelibolu, the Dardanelles' northern end) "
        "to 29.95, lat 40.2-41.03 (the Bosporus' southern end); the part holding 40.7 N 28 E",
    ),
    "adriatic-sea": (
        "Adriatic Sea",
        (16.0, 42.5),
        (12.0, 40.0, 20.0, 46.0),
        ((15.5, 40.0, 17.95, 40.55),),
        [
            "Adriatic",
            "Adriatik dənizi",
            "دریای آدریاتیک",
            "Адриатическое море",
            "Ադրիատիկ ծով",
            "Adriyatik Denizi",
            "Adriatisches Meer",
            "Adria",
        ],
        "Natural Earth 10m ocean clipped to lon 12-20, lat 40-46 (the Strait of Otranto drawn "
        "as lat 40), with the Gulf of Taranto (box lon 15.5-17.95, lat 40-40.55) removed; the "
        "part holding 42.5 N 16 E",
    ),
    "aegean-sea": (
        "Aegean Sea",
        (25.0, 38.5),
        (22.5, 35.3, 28.5, 41.0),
        ((22.5, 35.3, 23.1, 36.9), (26.4, 35.3, 28.5, 36.2), (26.18, 39.95, 26.75, 40.45)),
        [
            "Aegean",
            "Egey dənizi",
            "دریای اژه",
            "Эгейское море",
            "Էգեյան ծով",
            "Ege Denizi",
            "Ägäisches Meer",
            "Ägäis",
        ],
        "Natural Earth 10m ocean clipped to lon 22.5-28.5, lat 35.3-41 (Crete's north coast "
        "the southern limit), with the Laconian Gulf and the sea west of Kythera (box lon "
        "22.5-23.1, lat 35.3-36.9), the Carpathian Sea east of Crete (box lon 26.4-28.5, lat "
        "35.3-36.2) and the Dardanelles (box lon 26.18-26.75, lat 39.95-40.45) removed; the "
        "part holding 38.5 N 25 E",
    ),
}
#: Lakes: id -> (name, country, (lon, lat) inside, aliases).
LAKES = {
    "lake-urmia": (
        "Lake Urmia",
        "IR",
        (45.5, 37.7),
        [
            "Urmia Lake",
            "Urmiya gölü",
            "Urmu gölü",
            "دریاچه ارومیه",
            "Озеро Урмия",
            "Урмия",
            "Ուրմիա լիճ",
            "Urmiye Gölü",
            "Urmiasee",
        ],
    ),
    "lake-van": (
        "Lake Van",
        "TR",
        (43.0, 38.6),
        ["Van gölü", "دریاچه وان", "Озеро Ван", "Վանա լիճ", "Van Gölü", "Vansee"],
    ),
    "lake-sevan": (
        "Lake Sevan",
        "AM",
        (45.3, 40.35),
        [
            "Göyçə gölü",
            "Sevan gölü",
            "دریاچه سوان",
            "Озеро Севан",
            "Севан",
            "Սևանա լիճ",
            "Sevan Gölü",
            "Sewansee",
        ],
    ),
}
# the oceans and the far lakes real articles name (added 2026-12-02; world_far_water.py)
SEAS |= OCEANS
LAKES |= FAR_LAKES
# the Arctic seas, the Gulf of Finland, the Sea of Japan and the Bering Strait (round 181,
# world_arctic.py)
SEAS |= ARCTIC_SEAS
STRAITS |= ARCTIC_STRAITS
# the South China Sea, the Taiwan Strait and La Pérouse Strait (round 234, world_pacific.py)
SEAS |= PACIFIC_SEAS
STRAITS |= PACIFIC_STRAITS
