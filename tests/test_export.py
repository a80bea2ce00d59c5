"""Tests of geo/export.py: the saved HTML itself, and the page in offline headless Chromium."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import folium
import pytest
from branca.element import Element
from browser import (
    click_latlng,
    drawn_counts,
    open_offline,
    overlay_counts,
    popup_text,
    toggle_layer,
)
from folium.plugins import Fullscreen

from geo._errors import ExportError
from geo.export import escape_html, save_html, save_png

PLACES = [  # (name, lat, lon)
    ("Nakhchivan", 39.2089, 45.4122),
    ("Julfa", 38.9558, 45.6308),
    ("Ordubad", 38.9081, 46.0278),
]
LINE = [(39.10, 46.90), (39.00, 47.30)]  # a two-point line: its midpoint is on it
LINE_POPUP = "Horadiz – Aghband rail link"
DAMS = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"name": escape_html(name)},
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.05], [x, y]]],
            },
        }
        for name, x, y in [("Khudafarin", 46.8, 39.15), ("Giz Galasi", 46.95, 39.12)]
    ],
}
EXPECTED = {"Places": 3, "Links": 1, "Dams": 2}
PAYLOAD = "<img src=x onerror=alert(1)> ${alert(2)} {{ 7*7 }} `x` \\u"
LEAFLET_MARKER = "Leaflet 1.9.4"
#: Measured: a minimal exported map (one CircleMarker, no tiles) is 168 kB,
#: almost all of it Leaflet (147 kB JS + 15 kB CSS with its images).
MINIMAL_MAP_MAX_BYTES = 180_000


def build_map() -> folium.Map:
    """A small map with every kind of layer the map builders use."""
    m = folium.Map(location=[39.1, 46.2], zoom_start=8)
    places = folium.FeatureGroup(name="Places").add_to(m)
    for name, lat, lon in PLACES:
        folium.CircleMarker(
            [lat, lon], radius=8, popup=folium.Popup(escape_html(name)), tooltip=escape_html(name)
        ).add_to(places)
    links = folium.FeatureGroup(name="Links").add_to(m)
    folium.PolyLine(LINE, weight=6, popup=folium.Popup(escape_html(LINE_POPUP))).add_to(links)
    folium.GeoJson(
        DAMS, name="Dams", tooltip=folium.GeoJsonTooltip(fields=["name"], aliases=["Dam"])
    ).add_to(m)
    m.get_root().html.add_child(Element('<div class="legend">Legend: places, links</div>'))
    m.keep_in_front(places)
    folium.LayerControl().add_to(m)
    return m


def minimal_map() -> folium.Map:
    m = folium.Map(location=[39.2, 45.4], zoom_start=7, tiles=None)
    folium.CircleMarker([39.21, 45.41], radius=6).add_to(m)
    return m


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return save_html(build_map(), tmp_path_factory.mktemp("export") / "map.html")


@pytest.fixture(scope="module")
def page_html(saved: Path) -> str:
    return saved.read_text(encoding="utf-8")


# --- the HTML file ----------------------------------------------------------------------------


def test_no_remote_scripts_or_stylesheets(page_html: str) -> None:
    assert re.findall(r"<script[^>]*\bsrc=", page_html) == []
    assert re.findall(r"<link[^>]*\bhref=", page_html) == []
    for cdn in ("cdn.jsdelivr.net", "cdnjs.cloudflare.com", "code.jquery.com", "bootstrapcdn"):
        assert cdn not in page_html


def test_leaflet_is_inlined_with_its_images(page_html: str) -> None:
    assert LEAFLET_MARKER in page_html
    assert ".leaflet-control-layers-toggle" in page_html
    assert 'url("data:image/png;base64,' in page_html
    assert "url(images/" not in page_html


def test_tiles_stay_remote(page_html: str) -> None:
    assert '"https://tile.openstreetmap.org/{z}/{x}/{y}.png"' in page_html


def test_text_is_utf8(page_html: str) -> None:
    assert escape_html(LINE_POPUP) in page_html


def test_same_map_same_bytes(tmp_path: Path) -> None:
    m = build_map()
    first = save_html(m, tmp_path / "a.html").read_bytes()
    again = save_html(m, tmp_path / "b.html").read_bytes()
    rebuilt = save_html(build_map(), tmp_path / "c.html").read_bytes()
    assert first == again == rebuilt
    assert re.findall(r"[0-9a-f]{32}", first.decode()) == []  # no random folium ids left


def test_saving_does_not_change_the_map(tmp_path: Path) -> None:
    m = build_map()
    before = [len(e._children) for e in m.get_root()._children.values()]
    header = list(m.get_root().header._children)
    save_html(m, tmp_path / "a.html")
    assert [len(e._children) for e in m.get_root()._children.values()] == before
    assert list(m.get_root().header._children) == header


def test_minimal_map_size(tmp_path: Path) -> None:
    size = save_html(minimal_map(), tmp_path / "m.html").stat().st_size
    assert 150_000 < size < MINIMAL_MAP_MAX_BYTES


def test_cdn_links_kept_when_not_self_contained(tmp_path: Path) -> None:
    text = save_html(build_map(), tmp_path / "m.html", self_contained=False).read_text()
    assert '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js">' in text
    assert LEAFLET_MARKER not in text


def test_missing_parent_is_created(tmp_path: Path) -> None:
    out = save_html(minimal_map(), tmp_path / "a" / "b" / "m.html")
    assert out.is_file()


def test_failed_render_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("template exploded")

    out = tmp_path / "m.html"
    monkeypatch.setattr("geo.export._render", broken)
    with pytest.raises(ExportError, match=re.escape(str(out))) as info:
        save_html(minimal_map(), out)
    assert isinstance(info.value.__cause__, RuntimeError)
    assert "template exploded" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_failed_replace_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "m.html"
    out.write_text("old")

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(f"refused {dst}")

    monkeypatch.setattr("geo.export.os.replace", refuse)
    with pytest.raises(ExportError, match="refused"):
        save_html(minimal_map(), out)
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["m.html"]


@pytest.mark.parametrize(
    ("add", "url"),
    [
        (lambda m: Fullscreen().add_to(m), "Control.FullScreen.min.js"),
        (lambda m: folium.Marker([39, 45], icon=folium.Icon()).add_to(m), "awesome-markers"),
        (
            lambda m: m.get_root().header.add_child(
                Element('<script src="https://example.org/x.js"></script>')
            ),
            "https://example.org/x.js",
        ),
        (lambda m: m.get_root().script.add_child(Element("$('.legend').hide();")), "jquery"),
    ],
    ids=["plugin", "awesome-marker", "raw-script", "jquery-call"],
)
def test_asset_not_installed_is_an_error(tmp_path: Path, add, url: str) -> None:
    m = minimal_map()
    add(m)
    out = tmp_path / "m.html"
    with pytest.raises(ExportError, match="self_contained=False") as info:
        save_html(m, out)
    assert url in str(info.value)
    assert not out.exists()
    assert save_html(m, out, self_contained=False).is_file()


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("Araz", "Araz"),
        ('<b a="1">', "&lt;b a=&quot;1&quot;&gt;"),
        ("Q&A's", "Q&amp;A&#x27;s"),
        ("${x} `y` \\", "&#36;&#123;x&#125; &#96;y&#96; &#92;"),
        (12, "12"),
    ],
)
def test_escape_html(text: object, escaped: str) -> None:
    assert escape_html(text) == escaped


# --- in the browser (offline) -----------------------------------------------------------------


@pytest.fixture
def report(browser, saved: Path):
    with open_offline(browser, saved) as rep:
        yield rep


def test_page_loads_offline_without_errors(report, tmp_path: Path) -> None:
    assert report.problems == []
    assert report.page.evaluate("typeof L") == "object"
    assert report.page.evaluate("L.version") == "1.9.4"
    assert report.map_name.startswith("map_")
    assert report.tile_requests, "the OSM tile layer should have asked for tiles"
    assert report.page.locator(".legend").inner_text() == "Legend: places, links"
    report.page.screenshot(path=tmp_path / "map.png")


def test_drawn_features_match_what_was_added(report) -> None:
    assert overlay_counts(report) == EXPECTED
    assert drawn_counts(report.page) == {"paths": sum(EXPECTED.values()), "markers": 0}


def test_layer_control_icon_is_inlined(report) -> None:
    image = report.page.locator(".leaflet-control-layers-toggle").evaluate(
        "e => getComputedStyle(e).backgroundImage"
    )
    assert image.startswith('url("data:image/png;base64,')


def test_clicking_the_line_opens_its_popup(report, tmp_path: Path) -> None:
    (lat0, lon0), (lat1, lon1) = LINE
    click_latlng(report, (lat0 + lat1) / 2, (lon0 + lon1) / 2)
    assert popup_text(report.page) == LINE_POPUP
    report.page.screenshot(path=tmp_path / "popup.png")


def test_toggling_a_layer_hides_its_features(report) -> None:
    toggle_layer(report.page, "Places")
    assert overlay_counts(report) == EXPECTED | {"Places": 0}
    assert drawn_counts(report.page)["paths"] == sum(EXPECTED.values()) - EXPECTED["Places"]
    toggle_layer(report.page, "Places")
    assert overlay_counts(report) == EXPECTED
    assert report.problems == []


def test_default_marker_icon_is_inlined(browser, tmp_path: Path) -> None:
    m = minimal_map()
    folium.Marker([39.0, 45.6]).add_to(m)
    with open_offline(browser, save_html(m, tmp_path / "m.html")) as rep:
        icon = rep.page.locator(".leaflet-marker-icon")
        assert icon.get_attribute("src").startswith("data:image/png;base64,")
        assert icon.evaluate("img => img.naturalWidth") == 25
        assert rep.problems == []


def injection_map(text: str) -> folium.Map:
    m = folium.Map(location=[39.2, 45.4], zoom_start=8, tiles=None)
    folium.CircleMarker(
        [39.2, 45.4], radius=20, fill=True, popup=folium.Popup(text), tooltip=text
    ).add_to(m)
    return m


def test_escaped_payload_shows_as_text(browser, tmp_path: Path) -> None:
    out = save_html(injection_map(escape_html(PAYLOAD)), tmp_path / "m.html")
    with open_offline(browser, out) as rep:
        click_latlng(rep, 39.2, 45.4)
        rep.page.wait_for_timeout(100)  # give an onerror handler time to fire
        assert popup_text(rep.page) == PAYLOAD
        assert rep.page.locator(".leaflet-tooltip").inner_text() == PAYLOAD
        assert rep.page.locator(".leaflet-popup-content img").count() == 0
        assert rep.problems == []


def test_unescaped_payload_would_run(browser, tmp_path: Path) -> None:
    # Control for the test above: the harness does see a dialog when one opens.
    out = save_html(injection_map("<img src=x onerror=alert(1)>"), tmp_path / "m.html")
    with open_offline(browser, out) as rep:
        click_latlng(rep, 39.2, 45.4)
        rep.page.wait_for_timeout(100)
        assert "alert: 1" in rep.dialogs


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_save_png_from_map(tmp_path: Path) -> None:
    out = save_png(build_map(), tmp_path / "shots" / "map.png", width=640, height=480)
    assert png_size(out) == (640, 480)


def test_save_png_from_html(saved: Path, tmp_path: Path) -> None:
    out = save_png(saved, tmp_path / "map.png", width=300, height=200)
    assert png_size(out) == (300, 200)


def test_save_png_of_a_page_that_needs_the_network(tmp_path: Path) -> None:
    page = save_html(minimal_map(), tmp_path / "cdn.html", self_contained=False)
    out = tmp_path / "map.png"
    with pytest.raises(ExportError, match="self_contained=True"):
        save_png(page, out)
    assert not out.exists()
