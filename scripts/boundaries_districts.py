"""The regions and districts of ``boundaries.geojson``: Nakhchivan, East Zangezur, Karabakh.

Nakhchivan is the part of the corrected Azerbaijan that holds its capital. The five
East Zangezur districts are Natural Earth admin-1 faces (``admin1_faces.py``) picked
near each district centre by published area and fitted to the corrected outline; the
East Zangezur and Karabakh economic regions (2021) are unions of such faces. Each
feature's derivation says which face was taken and how its area compares with the
published one. Split from ``build_boundaries.py``, which had passed 500 lines.
"""

from __future__ import annotations

import shapely
from admin1_faces import district_faces, fit_to_country, pick_face
from boundaries_features import GEONAMES, SRC_GEONAMES, SRC_GSHHG, SRC_NE1, Feature
from geometry import WORK_GRID, area_km2, as_multipolygon, fill_holes, polygons
from shapely.geometry import Point

#: East Zangezur districts: id -> (name, GeoNames key of the centre, published km²).
EAST_ZANGEZUR = {
    "jabrayil-district": ("Jabrayil District", "jabrayil", 1050.0),
    "kalbajar-district": ("Kalbajar District", "kalbajar", 1936.0),
    "lachin-district": ("Lachin District", "lachin", 1835.0),
    "qubadli-district": ("Qubadli District", "qubadli", 826.0),
    "zangilan-district": ("Zangilan District", "zangilan", 707.0),
}
#: Published areas (km²) used only to choose between admin-1 faces near a centre
#: (Wikipedia district articles; Khankendi is a city of ~8 km²).
PUBLISHED_KM2 = {
    "jabrayil": 1050.0,
    "zangilan": 707.0,
    "qubadli": 826.0,
    "lachin": 1835.0,
    "kalbajar": 1936.0,
    "aghdam": 1094.0,
    "aghjabadi": 1760.0,
    "barda": 957.0,
    "fuzuli": 1112.0,
    "khojaly": 936.0,
    "khojavend": 1458.0,
    "shusha": 289.0,
    "tartar": 960.0,
    "khankendi": 8.0,
}
KARABAKH = (
    "aghdam",
    "aghjabadi",
    "barda",
    "fuzuli",
    "khojaly",
    "khojavend",
    "shusha",
    "tartar",
    "khankendi",
)


def district_features(
    points: dict[str, Point],
    countries: dict[str, shapely.Geometry],
    az_original: shapely.Geometry,
    src_ne0: str,
) -> tuple[list[Feature], list[str]]:
    """Return Nakhchivan, the East Zangezur districts and region and Karabakh, with checks.

    ``az_original`` is Natural Earth's own Azerbaijan, in which the admin-1 lines are
    polygonized; ``countries`` are the corrected outlines the faces are fitted to.
    """
    report: list[str] = []
    features = []
    # Nakhchivan: the part of corrected Azerbaijan that holds Nakhchivan city.
    nakh = next(p for p in polygons(countries["az"]) if p.contains(points["naxcivan"]))
    features.append(
        Feature(
            "nakhchivan-ar",
            "Nakhchivan Autonomous Republic",
            "region",
            nakh,
            f"{src_ne0}; {SRC_GSHHG}; {SRC_GEONAMES}",
            "The polygon of the corrected 'az' country feature that contains Nakhchivan city "
            f"(geonames:{GEONAMES['naxcivan']}); the exclave has no admin-1 subdivision lines "
            "of its own used here.",
        )
    )

    # Districts.
    faces = district_faces(az_original)
    picked: dict[str, shapely.Geometry] = {}
    for key in [v[1] for v in EAST_ZANGEZUR.values()]:
        picked[key], note = pick_face(faces, points[key], PUBLISHED_KM2[key])
        report.append(f"{key}: {note}")
    for key in KARABAKH:
        picked[key], note = pick_face(faces, points[key], PUBLISHED_KM2[key])
        report.append(f"{key}: {note}")
        # The face that holds the centre belongs to the region too, whichever was picked.
        holder = [f for f in faces if f.contains(points[key])]
        picked[f"{key}-centre"] = holder[0] if holder else picked[key]
    fitted = fit_to_country(picked, countries["az"])
    dist_deriv = (
        "Natural Earth 10m admin-1 boundary lines (unnamed) polygonized inside Natural Earth "
        "Azerbaijan; of the faces within 5 km of the district centre (geonames:{gid}, "
        "{centre}) the one whose area is closest to the published area is taken ({how}), clipped to the simplified and Araz-corrected 'az' outline, and slivers of 'az' "
        "left between districts go to the district with the longest common boundary. "
        "Area {area:.0f} km² (equal-area projection) vs {pub:.0f} km² published."
    )
    ez_parts = []
    for fid, (name, key, published) in EAST_ZANGEZUR.items():
        geom = fitted[key]
        area = area_km2(geom)
        report.append(
            f"{fid}: {area:.0f} km² measured, {published:.0f} km² published "
            f"({100 * (area / published - 1):+.1f} %)"
        )
        how = (
            "it holds the centre"
            if picked[key].contains(points[key])
            else "the centre falls just outside it on the coarse Natural Earth lines"
        )
        deriv = dist_deriv.format(
            gid=GEONAMES[key], centre=key.title(), area=area, pub=published, how=how
        )
        features.append(
            Feature(
                fid,
                name,
                "district",
                geom,
                f"{SRC_NE1}; {src_ne0}; {SRC_GSHHG}; {SRC_GEONAMES}",
                deriv,
            )
        )
        ez_parts.append(geom)
    ez = as_multipolygon(shapely.union_all(ez_parts, grid_size=WORK_GRID))
    total = sum(v[2] for v in EAST_ZANGEZUR.values())
    report.append(f"east-zangezur: {area_km2(ez):.0f} km² (sum of published areas {total:.0f})")
    features.append(
        Feature(
            "east-zangezur",
            "East Zangezur Economic Region",
            "region",
            ez,
            f"{SRC_NE1}; {src_ne0}; {SRC_GSHHG}; {SRC_GEONAMES}",
            "Union of the five district features jabrayil-district, kalbajar-district, "
            "lachin-district, qubadli-district, zangilan-district (economic region of 7 July 2021).",
        )
    )
    kb_parts = [g for k, g in fitted.items() if k.removesuffix("-centre") in KARABAKH]
    kb = as_multipolygon(fill_holes(shapely.union_all(kb_parts, grid_size=WORK_GRID)))
    kb_pub = sum(PUBLISHED_KM2[k] for k in KARABAKH)
    report.append(f"karabakh: {area_km2(kb):.0f} km² (sum of published areas {kb_pub:.0f})")
    ids = ", ".join(f"{k.title()} geonames:{GEONAMES[k]}" for k in KARABAKH)
    features.append(
        Feature(
            "karabakh",
            "Karabakh Economic Region",
            "region",
            kb,
            f"{SRC_NE1}; {src_ne0}; {SRC_GSHHG}; {SRC_GEONAMES}",
            "Union, with interior holes filled, of Natural Earth 10m admin-1 faces (lines "
            "polygonized inside Azerbaijan, clipped to the corrected 'az' outline): for each of "
            f"its 2021 units ({ids}) the face holding the centre and the face within 5 km of it "
            "whose area is closest to the unit's published area.",
        )
    )
    return features, report
