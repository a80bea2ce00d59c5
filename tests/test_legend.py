"""Tests of geo/legend.py: a compact legend, a title and source line, never over the markers."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo import maps
from geo.export import save_html
from geo.settings import settings

#: JavaScript: boxes of the legend and layer control, and of every circle marker drawn.
_BOXES = """(name) => {
    const map = window[name];
    const box = (e) => { const r = e.getBoundingClientRect();
                         return [r.left, r.top, r.right, r.bottom]; };
    const controls = [...document.querySelectorAll('.corridors-legend, .leaflet-control-layers')]
        .map(box);
    const markers = [];
    map.eachLayer((l) => {
        if (l instanceof L.CircleMarker && l._path && l._path.isConnected) {
            markers.push([l.options.className || '', ...box(l._path)]);
        }
    });
    return {controls, markers, open: document.querySelector('.corridors-legend').open,
            title: document.querySelector('.corridors-title').textContent};
}"""

SIZES = ((1280, 800), (900, 450), (390, 844))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tiles = settings.tiles
    settings.tiles = False
    try:
        folder = tmp_path_factory.mktemp("legend")
        return {
            name: save_html(getattr(maps, f"{name}_map")(), folder / f"{name}.html")
            for name in ("places", "transport", "energy", "overview")
        }
    finally:
        settings.tiles = tiles


def test_legend_is_collapsible_and_the_title_carries_the_sources(exported):
    page = exported["overview"].read_text(encoding="utf-8")
    assert '<details id="legend_' in page and "<summary><h4>Legend</h4></summary>" in page
    assert "Azerbaijan–Iran links</h1>" in page and "Sources: " in page
    assert "<title>Azerbaijan–Iran links</title>" in page


@pytest.mark.parametrize("name", ["places", "transport", "energy", "overview"])
def test_no_marker_under_the_legend_or_layer_control(name, exported, browser):
    from tests.browser import open_offline

    for width, height in SIZES:
        with open_offline(browser, exported[name], width=width, height=height) as report:
            found = report.page.evaluate(_BOXES, report.map_name)
            assert report.problems == []
        if width < 700 or height < 560:  # phones and notebook cells: folded to its title
            assert not found["open"], (width, height)
        assert found["title"].startswith(("Places", "Transport", "Energy", "Azerbaijan"))
        assert len(found["controls"]) == 2 and found["markers"]
        for classes, left, top, right, bottom in found["markers"]:
            for c in found["controls"]:
                covered = left < c[2] and c[0] < right and top < c[3] and c[1] < bottom
                assert not covered, (name, width, height, classes)
            assert left >= 0 and right <= width and top >= 0 and bottom <= height, classes
