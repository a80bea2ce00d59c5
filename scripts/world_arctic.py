"""Curated facts for ``build_world.py``: the Arctic seas of the Northern Sea Route, the Gulf
of Finland, the Sea of Japan and the Bering Strait (round 181, names181).

Held-out round 42 found "Gulf of Finland" read as Finland and "Sea of Japan" as Japan, and the
Kara, Laptev and Barents Seas and the Bering Strait geocoded to nothing. The seas join the
``SEAS`` of ``world_water.py``, cut out of Natural Earth 10m ocean by boxes drawn by hand (the
straight cuts are the approximation; the shores are Natural Earth's); the strait joins its
``STRAITS`` as a line. (A module of its own, as the oceans and the bays are, so that
``world_water.py`` stays near its size.) Only names a stored page writes are aliases; those
seen nowhere (Turkish 'Finlandiya Körfezi', 'Japon Denizi', Persian 'خلیج
فنلاند', 'دریای کارا', Azerbaijani 'Fin körfəzi') were left out. Round 255 (held-out set 386)
added the Persian 'خلیج فنلاند', which a Persian encyclopaedia entry writes.
"""

from __future__ import annotations

#: Where the names were read (2026-12-05, a search of stored pages), cited by each record.
_FINLAND = (
    "Simple English Wikipedia 'Gulf of Finland' https://simple.wikipedia.org/wiki/"
    "Gulf_of_Finland; English Wikipedia 'Gulf of Finland' (Russian: Фи́нский зали́в; "
    "59°50′N 26°00′E; surface area 30,000 km2) via https://review.clateway.com/wiki/"
    "view_html.php?q=Gulf_of_Finland&sq=Qlik; travel-global.ru 'Финский залив это где "
    "находится?' ('Финский залив расположен в восточной части Балтийского моря') "
    "https://travel-global.ru/qa/view/finskiy-zaliv-eto-gde-nakhoditsya; Enzyklopädie des "
    "europäischen Ostens 'Finnischer Meerbusen' https://eeo.aau.at/eeo.aau.at/"
    "index9d08.html?title=Finnischer_Meerbusen; 'in den Finnischen Meerbusen' "
    "(http://medwedew.de/tag/sumpf/: 'an der Mündung der Newa in den Finnischen Meerbusen'); "
    "Persian 'خلیج فنلاند', the Persian encyclopaedia entry 'فنلاند، خلیج' (the head word "
    "first, as the entry 'گرگان، خلیج' names the Gorgan Bay, world_bays.py): 'فَنْلانْد، خلیج "
    "(Finland, Gulf of) شاخۀ شرقی دریای بالتیک' https://wikijoo.ir/index.php/"
    "%D9%81%D9%86%D9%84%D8%A7%D9%86%D8%AF%D8%8C_%D8%AE%D9%84%DB%8C%D8%AC (round 255)"
)
_BARENTS = (
    "'The seas that surround the Arctic' ('the Barents Sea served as an important traffic "
    "route') https://qreferat.com/referate/engleza/The-seas-that-surround-the-Arcti326.php; "
    "travel-global.ru 'Баренцево море, какой океан входит?' ('Баренцево море входит в состав "
    "Северного Ледовитого океана') https://travel-global.ru/qa/view/"
    "barentsevo-more-kakoy-okean-vkhodit; Ukrainian Wikipedia 'Баренцове море' (рос. "
    "Баренцево море; 75° N 40° E) https://uk.wikipedia.org/wiki/Баренцове_море; Brockhaus "
    "'Karasee' ('Einen Durchlass zur Barentssee bildet die ... Karastraße') "
    "https://brockhaus.de/ecs/julex/adult/karasee"
)
_KARA = (
    "tagmyfish 'Kara sea' ('The Kara Sea is a marginal sea, separated from the Barents Sea to "
    "the west by the Kara Strait and Novaya Zemlya, and from the Laptev Sea to the east by the "
    "Severnaya Zemlya archipelago') https://tagmyfish.com/waters/sea/kara-sea; Russian "
    "Wikipedia 'Карское море' (74°49′55″ N 71°18′43″ E; 893,400 km2) https://ru.m.wikipedia.org/"
    "wiki/Карское_море; Brockhaus 'Karasee' (Karisches Meer, 883 000 km2) "
    "https://brockhaus.de/ecs/julex/adult/karasee; Turkish 'Kara Denizi' (NTV, 22 Aug 2025: "
    "'Rusya, Kara Denizi’nden başlayıp Bering Boğazı’ndaki Dejnyov Burnu’na uzanan ... Kuzey "
    "Deniz Yolu' https://www.ntv.com.tr/dunya/rusya-dunyanin-en-guclu-buzkiran-filosu-ile-"
    "hazirlik-yapiyor,0WW3RTlUMUm4qAmcmjIdSA; the Black Sea is 'Karadeniz', one word)"
)
_LAPTEV = (
    "Columbia Encyclopedia 'Laptev Sea' (part of the Northern Sea Route; Tiksi) "
    "https://www.encyclopedia.com/places/oceans-continents-and-polar-regions/"
    "arctic-physical-geography/laptev-sea; travel-global.ru 'На берегу какого моря "
    "расположен Тикси?' ('Море Лаптевых известно своими суровыми климатическими условиями', "
    "'впадает в море Лаптевых') https://travel-global.ru/qa/view/"
    "na-beregu-kakogo-morya-raspolozhen-tiksi; German Wikipedia 'Laptewsee' (75° N, 126° O) "
    "via https://de-academic.com/dic.nsf/dewiki/828886; bilgifeneri 'Laptev Denizi' "
    "https://bilgifeneri.com/laptev-denizi-1317.html; wikijoo 'لاپتف، دریای' ('به دریای لاپتف "
    "می‌ریزند') https://wikijoo.ir/index.php/Laptev_Sea"
)
_JAPAN = (
    "Citizendium 'Sea of Japan' https://www.citizendium.org/wiki/Sea_of_Japan; English "
    "Wikipedia 'Sea of Japan' ('Yaponskoye more (Японское море, literally \"Japan Sea\") in "
    "Russia', '\"Japanisches Meer\" in German') via http://piglix.com/piglix/Japan_Sea; Persian "
    "Wikipedia 'دریای ژاپن' (November 2006 static dump) https://dumps.wikimedia.org/other/"
    "static_html_dumps/November_2006/fa/wikipedia-fa-html.7z"
)

_WHITE = (
    "English 'White Sea' (English Wikipedia 'White Sea' as Princeton's copy gives it: 'The "
    "White Sea (Russian: Бе́лое мо́ре) is a southern inlet of the Barents Sea located on the "
    "northwest coast of Russia', 'A line joining Svyatoi Nos (Murmansk Coast, 39°47'E) and Cape "
    "Kanin' http://www.princeton.edu/~achaney/tmve/wiki100k/docs/White_Sea.html; about 90,000 "
    "km2, Britannica as copied by universalium https://universalium.en-academic.com/232532/"
    "White_Sea); Russian 'Белое море' (wikisum's copy: 'The White Sea (Russian: Белое море, "
    "romanized: Beloye more' https://wikisum.wiki/wiki/White_Sea); German 'Weißes Meer', 'Weiße "
    "Meer', 'Weißen Meeres' (Lexas: 'Das Weiße Meer, auch Weißmeer, (russisch Бе́лое мо́ре) ist "
    "ein Nebenmeer des Arktischen Ozeans', 'Die Häfen des Weißen Meeres' https://lexas.de/ozeane/"
    "arktik/weisses_meer.aspx; Brockhaus 'Weißes Meer' https://brockhaus.de/ecs/julex/article/"
    "weisses-meer) and 'Weißen Meer' (globediver: 'über dem Weißen Meer scheint häufig die "
    "Sonne' https://globediver.ch/taucherlebnisse/polarmeere/weisses-meer-eistauchen-am-"
    "polarkreis); round 222"
)
_OB = (
    "English 'Gulf of Ob' (Britannica: 'Gulf of Ob, Russian Obskaya Guba, large inlet of the "
    "Kara Sea indenting northwestern Siberia, between the peninsulas of Yamal and Gyda', 'about "
    "500 miles (800 km) in length and has a breadth varying between 20 and 60 miles' "
    "https://www.britannica.com/print/article/423566; 'Ob Bay' liquisearch: 'The Gulf of Ob "
    "(also known as Ob Bay) (Russian: О́бская губа́' https://liquisearch.com/gulf_of_ob); Russian "
    "'Обская губа' (Czech Wikipedia: 'Obský záliv (rusky Обская губа) je záliv Karského moře' "
    "https://cs.m.wikipedia.org/wiki/Obsk%C3%BD_z%C3%A1liv; the Great Soviet Encyclopedia: "
    "'залив Карского моря у берега материка Азия, между полуостровами Ямал и Гыданский. Длина "
    "800 км' http://litresp.ru/chitat/ru/%D0%91/bse-bse/boljshaya-sovetskaya-enciklopediya-ob/"
    "254); Turkish 'Ob Körfezi' (the Turkish copy of French Wikipedia: 'Ob Körfezi (Rusça : "
    "Обская губа ...) bir olduğu körfez içinde Kara Denizi', '69 ° 00 ′ kuzey, 73 ° 36 ′ doğu' "
    "https://tr.frwiki.wiki/wiki/Baie_de_l%27Ob); German 'Golf von Ob' (knowledgr: 'Der Golf von "
    "Ob (auch bekannt als Ob Bay) ... ist eine riesige Bucht Nordpolarmeers' http://www."
    "knowledgr.de/00168447/GolfVonOb); round 222"
)

#: The seas, in the format of ``world_water.SEAS`` with their names' source: id -> (name,
#: (lon, lat) inside, clip box or boxes, cut-away boxes, aliases, how, names' source).
ARCTIC_SEAS = {
    "gulf-of-finland": (
        "Gulf of Finland",
        (26.0, 59.83),
        (23.0, 59.15, 30.5, 61.0),
        (),
        ["Финский залив", "Finnischer Meerbusen", "Finnischen Meerbusen", "خلیج فنلاند"],
        "Natural Earth 10m ocean clipped to lon 23-30.5 (a straight cut across the gulf's "
        "mouth between Hanko and Osmussaar), lat 59.15-61 (south of Hiiumaa's straits); the "
        "part holding 59.83 N 26 E, the Wikipedia point (about 31,000 km2, as the 30,000 "
        "Wikipedia gives); the Baltic Sea's polygon holds it too",
        _FINLAND,
    ),
    "barents-sea": (
        "Barents Sea",
        (40.0, 75.0),
        (16.0, 68.1, 55.0, 80.5),
        (),
        ["Баренцево море", "Barentssee"],
        "Natural Earth 10m ocean clipped to lon 16-55 (straight cuts off North Cape's "
        "meridian and at lon 55, which leaves out the water west of Novaya Zemlya's northern "
        "island), lat 68.1 (the White Sea's mouth, Svyatoy Nos to Kanin Nos) to 80.5; the "
        "part holding 75 N 40 E, the Wikipedia point (about 1.36 million km2 of the 1.42 "
        "million pages give); the Arctic Ocean's polygon holds it too",
        _BARENTS,
    ),
    "kara-sea": (
        "Kara Sea",
        (71.3, 74.8),
        ((61.0, 66.0, 100.0, 72.0), (62.0, 72.0, 100.0, 76.8), (69.0, 76.8, 100.0, 81.0)),
        (),
        ["Карское море", "Karasee", "Kara Denizi"],
        "Natural Earth 10m ocean east of Vaygach and Novaya Zemlya (boxes lon 61-100, lat "
        "66-72; lon 62-100, lat 72-76.8; lon 69-100, lat 76.8-81: straight cuts east of the "
        "Kara Gates and the Yugorsky Shar, north-east of Cape Zhelaniya towards Franz Josef "
        "Land, and at lon 100 off Severnaya Zemlya); the part holding 74.8 N 71.3 E, the "
        "Wikipedia point (about 780,000 km2 of the 883,000 pages give); the Arctic Ocean's "
        "polygon holds it too",
        _KARA,
    ),
    "laptev-sea": (
        "Laptev Sea",
        (126.0, 75.0),
        (105.0, 70.5, 139.0, 80.0),
        (),
        # (capitalised, as the page writes it at a sentence's start: a name whose kind word is
        # in lower case gets no key of its whole, geo._tablekeys._KIND_FIRST_OUTSIDE; the
        # text's "в море Лаптевых" is read by geo._lowernames._RIVER_BEFORE)
        ["Море Лаптевых", "Laptewsee", "Laptev Denizi", "دریای لاپتف"],
        "Natural Earth 10m ocean clipped to lon 105 (east of the Vilkitsky Strait and "
        "Severnaya Zemlya) to 139 (the New Siberian Islands), lat 70.5-80; the part holding "
        "75 N 126 E, the Wikipedia point (about 657,000 km2, as the 660,000 pages give); the "
        "Arctic Ocean's polygon holds it too",
        _LAPTEV,
    ),
    "sea-of-japan": (
        "Sea of Japan",
        (135.0, 40.0),
        (127.5, 34.2, 142.0, 51.5),
        ((140.4, 34.2, 142.0, 42.6),),
        ["Japan Sea", "Японское море", "Japanisches Meer", "دریای ژاپن"],
        "Natural Earth 10m ocean clipped to lon 127.5-142, lat 34.2 (across the Korea "
        "Strait) to 51.5 (the Strait of Tartary), with the Pacific east of the Tsugaru "
        "Strait (box lon 140.4-142, lat 34.2-42.6) removed; the straight cut at lon 142 "
        "crosses La Pérouse Strait; the part holding 40 N 135 E (about 990,000 km2, as the "
        "1,007,765 of the Hutchinson encyclopedia)",
        _JAPAN,
    ),
    "white-sea": (
        "White Sea",
        (38.0, 65.5),
        ((31.5, 63.5, 44.3, 66.9), (34.0, 66.9, 44.3, 68.1)),
        (),
        ["Белое море", "Weißes Meer", "Weiße Meer", "Weißen Meer", "Weißen Meeres"],
        "Natural Earth 10m ocean clipped to boxes lon 31.5-44.3, lat 63.5-66.9 and lon "
        "34-44.3, lat 66.9-68.1 (68.1 N is the Barents Sea's southern cut, near the line from "
        "Svyatoy Nos, 39°47' E, to Cape Kanin that the IHO gives; the cut at lon 44.3 runs "
        "along the Kanin Peninsula's west coast); the part holding 65.5 N 38 E; the Arctic "
        "Ocean's polygon holds it too",
        _WHITE,
    ),
    "gulf-of-ob": (
        "Gulf of Ob",
        (73.6, 69.0),
        ((71.0, 66.3, 75.0, 69.6), (72.0, 69.6, 75.6, 72.6)),
        (),
        ["Ob Bay", "Обская губа", "Ob Körfezi", "Golf von Ob"],
        "Natural Earth 10m ocean clipped to boxes lon 71-75, lat 66.3-69.6 and lon 72-75.6, "
        "lat 69.6-72.6 (straight cuts across the Taz Estuary's mouth at lon 75 and across the "
        "gulf's mouth at lat 72.6, the Yamal and Gydan shores Natural Earth's), if Natural "
        "Earth draws the gulf as ocean; the part holding 69 N 73.6 E, the point the cited page "
        "gives; the Kara Sea's polygon holds it too",
        _OB,
    ),
}

#: The strait, in the format of ``world_water.STRAITS``.
ARCTIC_STRAITS = {
    "bering-strait": (
        "Bering Strait",
        ["RU", "US"],
        [
            (-169.72, 65.67),  # off Cape Dezhnev, the easternmost point of Asia (169°43′ W)
            (-168.98, 65.67),  # the US-Russia boundary, 168°58′37″ W
            (-168.08, 65.67),  # off Cape Prince of Wales (168°05′ W)
        ],
        ["Берингов пролив", "Beringstraße", "Bering Boğazı", "تنگه برینگ"],
        "English Wikipedia 'Bering Strait' (Russian: Берингов пролив; between Cape Dezhnev, "
        "169° 43' W, and Cape Prince of Wales, 168° 05' W, at approximately 65° 40' N; the "
        "US-Russia boundary at 168° 58' 37\" W) via https://primidi.com/bering_strait; German "
        "Wikipedia 'Beringstraße' (2004 version, 'eine Meerenge zwischen dem östlichsten Punkt "
        "des asiatischen und dem westlichsten Punkt des amerikanischen Kontinents') via "
        "https://wikiless.lunar.icu/w/index.php?oldid=1999680&title=Module%3ATableTools; "
        "Turkish 'Bering Boğazı' (NTV, 22 Aug 2025: 'Bering Boğazı’ndaki Dejnyov Burnu’na') "
        "https://www.ntv.com.tr/dunya/rusya-dunyanin-en-guclu-buzkiran-filosu-ile-hazirlik-"
        "yapiyor,0WW3RTlUMUm4qAmcmjIdSA; Persian 'تنگه برینگ' (Persian Wikipedia 'راه دریایی "
        "شمال': 'در امتداد ساحل قطبی روسیه ... همراه سیبری، به تنگه برینگ' https://fa.wikipedia.org/"
        "wiki/راه_دریایی_شمال; round 222)",
        "a line placed by hand across the strait along 65°40′ N from Cape Dezhnev's "
        "longitude to Cape Prince of Wales's, through the US-Russia boundary, as English "
        "Wikipedia gives them; the capes' own latitudes differ (Cape Prince of Wales "
        "65°35′47″ N), about +-30 km",
    ),
}

#: The Arctic as a macro-region (round 222, names222; held-out set 328): id -> (name, southern
#: latitude, aliases, names' source). No member countries' outlines make it: the area north
#: of the Arctic Circle, land and sea, one of the definitions the cited pages give.
ARCTIC_CIRCLE = 66.5628  # 66°33′46″ N, the circle's mean latitude (it drifts by about 15 m a year)
ARCTIC_MACRO = {
    "arctic": (
        "Arctic",
        ARCTIC_CIRCLE,
        ["Арктика", "Arktis", "شمالگان", "قطب شمال"],
        "English 'Arctic' and the definition (English Wikipedia 'Arctic' as know.cf copies it: "
        "'The Arctic ... is a polar region located at the northernmost part of Earth. The Arctic "
        "consists of the Arctic Ocean, adjacent seas, and parts of Alaska (United States), "
        "Canada, Finland, Greenland (Denmark), Iceland, Norway, Russia, and Sweden', 'The area "
        "can be defined as north of the Arctic Circle (66° 33'N), the approximate southern limit "
        "of the midnight sun and the polar night' https://www.know.cf/enciclopedia/en/Arctic; "
        "Smithsonian 'What is the Arctic?': 'Arctic Circle: An imaginary line around the Earth "
        "at 66° 33' N' https://forces.si.edu/arctic/02_01_00.html); Russian 'Арктика' (Great "
        "Russian Encyclopedia 'Арктика': 'северная полярная область Земли', 'Иногда за южную "
        "границу Арктики принимают Северный полярный круг (в этом случае площадь Арктики – 21 "
        "млн км2)' https://bigenc.ru/c/arktika-d5074d), its cases by the parser's rules; "
        "German 'Arktis' (dongxi.de after German Wikipedia: 'Die Arktis ist die Erdregion um den "
        "Nordpol', 'Früher wurde die Arktis schlicht als \"die Region nördlich des "
        "Nordpolarkreises\" (66° 34′ nördliche Breite) definiert' http://www.dongxi.de/"
        "norden-arktis-02.htm); Persian 'شمالگان' (ghalam-khodaie.ir 'شمالگان': 'شُمالگان به "
        "ناحیه پیرامون قطب شمال، گفته میشود. شمالگان بخشهایی از روسیه، آلاسکا، کانادا، گرینلند، "
        "لاپلند و سوالبارد و نیز اقیانوس شمالگانی (اقیانوس منجمد شمالی) را در بر میگیرد' "
        "https://www.ghalam-khodaie.ir/%D8%B4%D9%85%D8%A7%D9%84%DA%AF%D8%A7%D9%86/) and "
        "'قطب شمال', the North Pole, which the Persian press and Persian Wikipedia write for "
        "the region ('دریاهای شرق قطب شمال', of the Northeast Passage's seas, Persian Wikipedia "
        "'راه دریایی شمال' https://fa.wikipedia.org/wiki/راه_دریایی_شمال); the pole lies in the "
        "region, so the region is no wrong reading of it",
    ),
}
