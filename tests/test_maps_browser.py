"""Tests of geo/maps.py: the exported page in headless Chromium (the HTML tests are in test_maps.py)."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import geopandas
import pytest

from geo import maps
from geo.export import save_html
from geo.settings import settings
from tests.maps_common import (
    EVIL_NAME,
    _legend,
    evil_links,
    evil_places,
    sample_links,
    sample_places,
)

pytestmark = pytest.mark.usefixtures("no_tiles")


def _screenshot_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("CORRIDORS_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _expected_overlays(layers: dict[str, geopandas.GeoDataFrame], context: int) -> dict[str, int]:
    counts = {label: len(df) for label, df in layers.items()}
    counts["Borders and rivers"] = context
    return counts


def _context_count() -> int:
    from geo.context import _context_geometry

    path = settings.data_dir / "boundaries.geojson"
    return len(_context_geometry(str(path), path.stat().st_mtime))


MAPS = {
    "places": lambda: maps.places_map(sample_places()),
    "transport": lambda: maps.transport_map(sample_links()),
    "energy": lambda: maps.energy_map(sample_links()),
    "overview": lambda: maps.overview_map(sample_links(), sample_places()),
}


def _layers_of(name: str) -> dict[str, geopandas.GeoDataFrame]:
    links, places = sample_links(), sample_places()
    if name == "places":
        return {k.capitalize(): places[places["kind"] == k] for k in places["kind"].unique()}
    if name == "overview":
        out = {"Places": places}
        out.update({c.capitalize(): links[links["category"] == c] for c in links["category"]})
        return out
    rows = links[links["category"] == name]
    return {m.capitalize(): rows[rows["mode"] == m] for m in rows["mode"].unique()}


@pytest.mark.parametrize("name", list(MAPS))
def test_map_in_browser(name, browser, tmp_path):
    from tests.browser import open_offline, overlay_counts, toggle_layer

    path = save_html(MAPS[name](), tmp_path / f"{name}.html")
    with open_offline(browser, path) as report:
        page = report.page
        assert report.problems == []
        expected = _expected_overlays(_layers_of(name), _context_count())
        assert overlay_counts(report) == expected
        legend = page.locator(".corridors-legend")
        assert legend.is_visible()
        assert legend.locator("[data-legend]").count() == len(_legend(path.read_text()))
        page.screenshot(path=_screenshot_dir(tmp_path) / f"{name}.png")
        label = next(iter(_layers_of(name)))
        slug = _layer_slug(name, label)
        assert page.locator(f"path.{slug}").count() == expected[label]
        toggle_layer(page, label)
        assert overlay_counts(report)[label] == 0
        assert page.locator(f"path.{slug}").count() == 0
        toggle_layer(page, label)
        assert overlay_counts(report)[label] == expected[label]
        assert report.problems == []


def _layer_slug(name: str, label: str) -> str:
    if name == "places":
        return f"layer-kind-{maps.slug(label)}"
    if name == "overview":
        return "layer-places" if label == "Places" else f"layer-category-{maps.slug(label)}"
    return f"layer-mode-{maps.slug(label)}"


def test_clicking_a_link_opens_its_popup(browser, tmp_path):
    from tests.browser import click_latlng, open_offline, popup_text

    path = save_html(maps.transport_map(sample_links()), tmp_path / "transport.html")
    with open_offline(browser, path) as report:
        assert popup_text(report.page) is None
        click_latlng(report, 37.9, 49.1)  # a vertex of the Rasht–Astara line
        text = popup_text(report.page)
        assert text is not None
        assert "Rasht–Astara railway" in text
        assert "Length: 162.3 km" in text
        link = report.page.locator(".leaflet-popup-content a", has_text="NSTC page")
        assert link.get_attribute("rel") == "noopener noreferrer"
        assert link.get_attribute("target") == "_blank"
        assert report.problems == []


def test_tiles_blocked_still_reads(browser, tmp_path, monkeypatch):
    from tests.browser import open_offline

    monkeypatch.setattr(settings, "tiles", True)
    path = save_html(maps.overview_map(sample_links(), sample_places()), tmp_path / "t.html")
    with open_offline(browser, path) as report:
        assert report.problems == []
        assert report.tile_requests
        land = report.page.locator("path.context-land")
        assert land.count() == 1
        background = report.page.evaluate(
            "() => getComputedStyle(document.querySelector('.leaflet-container')).backgroundColor"
        )
        assert background == "rgb(207, 227, 239)"


def test_injection_renders_as_text(browser, tmp_path):
    from tests.browser import click_latlng, open_offline, popup_text

    path = save_html(maps.overview_map(evil_links(), evil_places()), tmp_path / "evil.html")
    with open_offline(browser, path) as report:
        page = report.page
        assert page.locator("img[src=x]").count() == 0
        click_latlng(report, 37.9, 49.1)
        text = popup_text(page)
        assert text is not None and EVIL_NAME in text
        assert "{{ 7*7 }}" in text and "${alert(2)}" in text
        assert page.locator(".leaflet-popup-content a[href^='javascript']").count() == 0
        page.evaluate("(name) => window[name].closePopup()", report.map_name)
        page.locator("path.place-nakhchivan").hover()
        tooltip = page.locator(".leaflet-tooltip", has_text="city")
        tooltip.wait_for()
        assert EVIL_NAME in tooltip.inner_text()
        assert report.dialogs == []
        assert report.problems == []


def test_clicking_a_station_opens_its_popup(browser, tmp_path):
    from tests.browser import click_latlng, open_offline, popup_text

    links = importlib.import_module("geo.links").links()
    rail = links[links["id"] == "horadiz-aghband-railway"]
    path = save_html(maps.transport_map(rail), tmp_path / "stations.html")
    with open_offline(browser, path) as report:
        report.page.evaluate(f"() => window['{report.map_name}'].setView([39.258, 47.047], 12)")
        report.page.wait_for_timeout(300)
        assert report.page.locator("path.layer-kind-station").count() == 9
        click_latlng(report, 39.25833, 47.04667)  # Soltanli station, 1.1 km from the line
        text = popup_text(report.page)
        assert text is not None and "Soltanli station" in text, text
        assert "station · AZ" in text and "ru.wikipedia.org" in text
        assert report.problems == []
