"""Curated facts for ``build_world.py``: the Arctic seas of the Northern Sea Route, the Gulf
of Finland, the Sea of Japan and the Bering Strait (round 181, names181).

Held-out round 42 found "Gulf of Finland" read as Finland and "Sea of Japan" as Japan, and the
Kara, Laptev and Barents Seas and the Bering Strait geocoded to nothing. The seas join the
``SEAS`` of ``world_water.py``, cut out of Natural Earth 10m ocean by boxes drawn by hand (the
straight cuts are the approximation; the shores are Natural Earth's); the strait joins its
``STRAITS`` as a line. (A module of its own, as the oceans and the bays are, so that
``world_water.py`` stays near its size.) Only names a stored page writes are aliases; those
seen nowhere (Turkish 'Finlandiya Körfezi', 'Japon Denizi', Persian 'خلیج
فنلاند', 'دریای کارا', Azerbaijani 'Fin körfəzi') were left out.
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
    "(http://medwedew.de/tag/sumpf/: 'an der Mündung der Newa in den Finnischen Meerbusen')"
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

#: The seas, in the format of ``world_water.SEAS`` with their names' source: id -> (name,
#: (lon, lat) inside, clip box or boxes, cut-away boxes, aliases, how, names' source).
ARCTIC_SEAS = {
    "gulf-of-finland": (
        "Gulf of Finland",
        (26.0, 59.83),
        (23.0, 59.15, 30.5, 61.0),
        (),
        ["Финский залив", "Finnischer Meerbusen", "Finnischen Meerbusen"],
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
        ["Берингов пролив", "Beringstraße", "Bering Boğazı"],
        "English Wikipedia 'Bering Strait' (Russian: Берингов пролив; between Cape Dezhnev, "
        "169° 43' W, and Cape Prince of Wales, 168° 05' W, at approximately 65° 40' N; the "
        "US-Russia boundary at 168° 58' 37\" W) via https://primidi.com/bering_strait; German "
        "Wikipedia 'Beringstraße' (2004 version, 'eine Meerenge zwischen dem östlichsten Punkt "
        "des asiatischen und dem westlichsten Punkt des amerikanischen Kontinents') via "
        "https://wikiless.lunar.icu/w/index.php?oldid=1999680&title=Module%3ATableTools; "
        "Turkish 'Bering Boğazı' (NTV, 22 Aug 2025: 'Bering Boğazı’ndaki Dejnyov Burnu’na') "
        "https://www.ntv.com.tr/dunya/rusya-dunyanin-en-guclu-buzkiran-filosu-ile-hazirlik-"
        "yapiyor,0WW3RTlUMUm4qAmcmjIdSA",
        "a line placed by hand across the strait along 65°40′ N from Cape Dezhnev's "
        "longitude to Cape Prince of Wales's, through the US-Russia boundary, as English "
        "Wikipedia gives them; the capes' own latitudes differ (Cape Prince of Wales "
        "65°35′47″ N), about +-30 km",
    ),
}
