"""The checks the region layer's admin-1 units share (tests/test_regions_iraq_pakistan.py,
tests/test_regions_levant.py): each unit is found by its English name and holds its capital,
its record carries its ISO 3166-2 code and says whether it is approximate, and neighbours
overlap only by their simplification."""

import json
from pathlib import Path

from shapely.geometry import Point

from geo.geocode import geocode

REGIONS = Path(__file__).resolve().parent.parent / "data" / "regions.geojson"


def assert_unit_holds_its_capital(name, units, within=0.0):
    """``units``: English name -> (ISO code, id, the capital's lat, lon). ``within``: the
    distance (degrees) the capital may lie outside a simplified outline."""
    unit = geocode(name)
    _, ident, lat, lon = units[name]
    assert (unit.id, unit.kind, unit.country) == (ident, "region", ident[-2:].upper())
    assert unit.name == name
    assert unit.geometry.geom_type in ("Polygon", "MultiPolygon")
    assert unit.geometry.distance(Point(lon, lat)) <= within


def assert_records(units, approximate):
    """The records carry their ISO codes and simplification; ``approximate``: the ISO codes
    of the units split out of a face Natural Earth shares."""
    features = json.loads(REGIONS.read_text(encoding="utf-8"))["features"]
    props = {f["properties"]["id"]: f["properties"] for f in features}
    for iso, ident, _, _ in units.values():
        assert props[ident]["iso3166_2"] == iso
        assert "simplified with tolerance 0.005 deg" in props[ident]["derivation"]
        assert props[ident]["derivation"].startswith("APPROXIMATE") == (iso in approximate)


def assert_overlap_only_by_simplification(units):
    # each polygon is simplified alone (0.005 deg): neighbours' shared edges move apart by up
    # to the tolerance (0.0017 deg² at most, about 17 km² along some 1,000 km)
    shapes = [geocode(name).geometry for name in units]
    for i, a in enumerate(shapes):
        for b in shapes[i + 1 :]:
            assert a.intersection(b).area < 0.002
