"""Sample tables and page readers shared by test_maps.py and test_maps_browser.py.

Not a test module: the two import it. The tables follow the ``geo.links()`` and
``geo.places()`` contracts; the readers pull the drawn features, labels, popups,
overlays and legend out of a saved page.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path

import geopandas
from shapely.geometry import LineString, MultiLineString, Point, Polygon

from geo.export import save_html

EVIL_NAME = "<img src=x onerror=alert(1)>"
EVIL_QUOTE = "`${alert(2)}` {{ 7*7 }} </script><script>alert(3)</script>"
EVIL_URL = "javascript:alert(4)"
NAN = math.nan


def _link(**fields: object) -> dict[str, object]:
    base = {
        "status_date": "2025-01-01",
        "status_source": "",
        "length_km": NAN,
        "length_by_country_km": {},
        "published_length_km": NAN,
        "figures": None,
        "sources": [],
        "article_sentence": None,
        "places": [],
        "derivation": "test fixture",
    }
    return base | fields


def sample_links() -> geopandas.GeoDataFrame:
    """A small links table that follows the geo.links() contract."""
    rows = [
        _link(
            id="rasht-astara-railway",
            name="Rasht–Astara railway",
            category="transport",
            mode="rail",
            status="planned",
            status_source="https://example.org/status",
            length_km=162.34,
            length_by_country_km={"IR": 162.34},
            published_length_km=162.0,
            sources=[{"title": "NSTC page", "url": "https://example.org/nstc"}],
            article_sentence="The Rasht-Astara railway will complete the corridor.",
            places=["rasht", "astara-ir"],
            geometry=LineString([(49.58, 37.28), (49.1, 37.9), (48.87, 38.43)]),
        ),
        _link(
            id="araz-road",
            name="Araz corridor road",
            category="transport",
            mode="road",
            status="under construction",
            length_km=110.5,
            length_by_country_km={"IR": 100.0, "AZ": 10.5},
            geometry=MultiLineString(
                [[(46.7, 39.05), (46.3, 38.95)], [(46.3, 38.95), (45.63, 38.95)]]
            ),
        ),
        _link(
            id="aghband-bridge",
            name="Aghband bridge",
            category="transport",
            mode="bridge",
            status="operational",
            length_km=0.4,
            geometry=LineString([(46.78, 39.10), (46.79, 39.09)]),
        ),
        _link(
            id="khudafarin-hpp",
            name="Khudafarin hydropower plant",
            category="energy",
            mode="hydropower",
            status="operational",
            figures={"capacity_mw": {"value": 200, "side": "AZ", "source": "https://e.org/x"}},
            sources=[{"title": "evil source", "url": EVIL_URL}],
            geometry=Point(46.93, 39.17),
        ),
        _link(
            id="ordubad-hpp",
            name="Ordubad hydropower plant",
            category="energy",
            mode="hydropower",
            status="planned",
            figures=[{"capacity_mw": {"value": 36, "side": "AZ"}}],
            geometry=Point(46.05, 38.88),
        ),
        _link(
            id="imishli-parsabad-line",
            name="Imishli–Parsabad power line",
            category="energy",
            mode="power line",
            status="under construction",
            length_km=40.0,
            length_by_country_km={"AZ": 25.0, "IR": 15.0},
            geometry=LineString([(48.06, 39.87), (47.92, 39.65)]),
        ),
        _link(
            id="embassy-tehran",
            name="Embassy of Azerbaijan in Tehran",
            category="diplomacy",
            mode="embassy",
            status="operational",
            geometry=Point(51.42, 35.70),
        ),
    ]
    return geopandas.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def sample_places() -> geopandas.GeoDataFrame:
    """A small places table that follows the geo.places() contract."""
    rows = [
        ("nakhchivan", "Nakhchivan", "city", "AZ", Point(45.41, 39.21), "geonames:147622"),
        ("ordubad", "Ordubad", "town", "AZ", Point(46.02, 38.91), "geonames:147288"),
        ("aghband", "Aghband", "village", "AZ", Point(46.78, 39.10), "wikidata:Q0 https://x.org"),
        ("khudafarin-dam", "Khudafarin Dam", "dam", "AZ", Point(46.93, 39.17), "wikidata:Q1"),
        (
            "zangilan-district",
            "Zangilan District",
            "district",
            "AZ",
            Polygon([(46.4, 38.9), (46.85, 38.9), (46.85, 39.2), (46.4, 39.2)]),
            "hand-made square",
        ),
    ]
    data = {
        "id": [r[0] for r in rows],
        "name": [r[1] for r in rows],
        "kind": [r[2] for r in rows],
        "country": [r[3] for r in rows],
        "source": [r[5] for r in rows],
        "derivation": ["" for _ in rows],
        "aliases": [["Naxçıvan"] if r[0] == "nakhchivan" else [] for r in rows],
    }
    return geopandas.GeoDataFrame(data, geometry=[r[4] for r in rows], crs="EPSG:4326")


def evil_places() -> geopandas.GeoDataFrame:
    df = sample_places()
    df.loc[0, "name"] = EVIL_NAME
    df.loc[0, "source"] = f"{EVIL_URL} {EVIL_QUOTE}"
    return df


def evil_links() -> geopandas.GeoDataFrame:
    df = sample_links()
    df.loc[0, "name"] = EVIL_NAME
    df.loc[0, "mode"] = "rail"
    df.at[0, "article_sentence"] = EVIL_QUOTE
    df.at[0, "sources"] = [{"title": EVIL_NAME, "url": EVIL_URL}]
    df.at[0, "status_source"] = EVIL_URL
    return df


# ------------------------------------------------------------------------ page readers


def _page(m: object, tmp_path: Path, name: str = "map.html") -> str:
    return save_html(m, tmp_path / name).read_text(encoding="utf-8")


def _vector(page: str) -> dict:
    """The compact vector block of the page (geo/vector.py)."""
    (block,) = re.findall(
        r'<script type="application/json" id="vector_layers_\w+">(.*?)</script>', page
    )
    return json.loads(block)


def _labels(page: str) -> list[list]:
    """The label rows of the page (geo/labels.py): text, lat, lon, priority, ..., key."""
    (block,) = re.findall(r'<script type="application/json" id="labels_\w+">(.*?)</script>', page)
    return json.loads(block)


def _classes(page: str) -> list[list[str]]:
    """The className of every drawn feature in the page."""
    return [f[4].split() for f in _vector(page)["features"]]


def _popups(page: str) -> str:
    """Every popup's HTML, as vector.js joins it, one after another."""
    data = _vector(page)
    texts = data["texts"]
    return "\n\n".join("\n".join(texts[i] for i in f[5]) for f in data["features"] if f[5])


def _options(page: str) -> dict[str, dict]:
    """Style options of each drawn feature, by its className."""
    data = _vector(page)
    return {f[4]: data["styles"][f[3]] for f in data["features"]}


def _per_layer(page: str, prefix: str) -> Counter[str]:
    """Count drawn features per ``layer-*`` class among those with a ``prefix-*`` class."""
    counts: Counter[str] = Counter()
    for classes in _classes(page):
        if any(c.startswith(prefix) for c in classes):
            counts.update(c for c in classes if c.startswith("layer-"))
    return counts


def _overlays(page: str) -> list[str]:
    block = re.search(r"overlays :\s*\{(.*?)\}", page, re.S)
    assert block
    return [json.loads(k) for k in re.findall(r'("(?:[^"\\]|\\.)*")\s*:', block.group(1))]


def _legend(page: str) -> set[str]:
    return set(re.findall(r'data-legend="([^"]+)"', page))
