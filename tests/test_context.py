"""Tests of geo/context.py: land is land and water is water at every zoom the maps offer."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from geo import maps
from geo.context import CONTEXT_BOX, LAND, MIN_ZOOM, WATER, context_geometry
from geo.export import save_html
from geo.settings import settings

#: Sample points (lat, lon) and what they are.
LAND_POINTS = {
    "Iraq": (33.3, 44.0),
    "Syria": (35.0, 38.5),
    "Turkmenistan": (39.0, 58.5),
    "Kazakhstan": (47.5, 56.0),
    "Uzbekistan": (41.5, 63.0),
    "Iran": (34.0, 52.0),
    "Nakhchivan": (39.3, 45.3),
}
WATER_POINTS = {
    "Caspian Sea": (42.0, 50.5),
    "Black Sea": (43.2, 34.5),
    "Lake Urmia": (37.7, 45.45),
    "Lake Van": (38.62, 42.85),
    "Persian Gulf": (27.5, 51.0),
}

#: JavaScript: hide everything but the context land, set a view, return container points.
_VIEW = """([name, center, zoom, points]) => {
    const map = window[name];
    map.setView(center, zoom, {animate: false});
    for (const sel of ['.leaflet-control-container', '.leaflet-marker-pane',
                       '.leaflet-tooltip-pane', '.leaflet-corridors-labels-pane',
                       '.leaflet-overlay-pane', '.leaflet-context-lines-pane']) {
        document.querySelectorAll(sel).forEach((e) => { e.style.visibility = 'hidden'; });
    }
    return [map.getZoom(), points.map((p) => {
        const q = map.latLngToContainerPoint(p);
        return [q.x, q.y];
    })];
}"""


def _rgb(hex_color: str) -> tuple[int, int, int]:
    return tuple(int(hex_color[i : i + 2], 16) for i in (1, 3, 5))


@pytest.fixture(scope="module")
def overview(tmp_path_factory: pytest.TempPathFactory) -> Path:
    settings_tiles = settings.tiles
    settings.tiles = False
    try:
        out = tmp_path_factory.mktemp("context") / "overview.html"
        return save_html(maps.overview_map(), out)
    finally:
        settings.tiles = settings_tiles


def test_context_covers_the_box_the_maps_are_bounded_to(overview):
    context = context_geometry()
    assert set(context) == {"land", "borders", "rivers"}
    west, south, east, north = context["land"].bounds
    assert (west, south, east, north) == pytest.approx(CONTEXT_BOX, abs=0.5)
    page = overview.read_text(encoding="utf-8")
    assert '"minZoom": 5' in page and re.search(r'"maxBounds": \[\s*\[\s*22.0,\s*24.0', page)


def test_land_and_water_colours_in_the_zoomed_out_overview(browser, overview):
    from matplotlib.image import imread

    from tests.browser import open_offline

    names = [*LAND_POINTS, *WATER_POINTS]
    points = [*LAND_POINTS.values(), *WATER_POINTS.values()]
    with open_offline(browser, overview, width=1280, height=800) as report:
        zoom, xy = report.page.evaluate(_VIEW, [report.map_name, [39.0, 48.0], MIN_ZOOM, points])
        assert zoom == MIN_ZOOM
        from geo.export import TWO_FRAMES

        report.page.evaluate(TWO_FRAMES)
        image = imread(io.BytesIO(report.page.screenshot(type="png")), format="png")
        assert report.problems == []
    colours = {}
    for name, (x, y) in zip(names, xy, strict=True):
        assert 0 <= x < 1280 and 0 <= y < 800, f"{name} is out of the view"
        colours[name] = tuple(round(255 * c) for c in image[round(y), round(x)][:3])
    for name in LAND_POINTS:
        assert colours[name] == pytest.approx(_rgb(LAND), abs=3), name
    for name in WATER_POINTS:
        assert colours[name] == pytest.approx(_rgb(WATER), abs=3), name


def test_context_data_cites_its_sources():
    data = json.loads((settings.data_dir / "context.geojson").read_text(encoding="utf-8"))
    kinds = {f["properties"]["kind"] for f in data["features"]}
    assert kinds == {"land", "borders", "country", "water"}
    for feature in data["features"]:
        props = feature["properties"]
        assert "Natural Earth" in props["source"] and props["derivation"], props["id"]
    names = {f["properties"]["name"] for f in data["features"] if "name" in f["properties"]}
    assert {"Iraq", "Syria", "Turkmenistan", "Kazakhstan", "Uzbekistan", "Caspian Sea"} <= names
