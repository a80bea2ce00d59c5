"""Tests of geo/display.py: every builder's map shown inline in a notebook, offline."""

from __future__ import annotations

import html
import re
from pathlib import Path

import folium
import pytest
from branca.element import Figure
from browser import COUNT_FEATURES, block_remote, inline_map_frames

import geo
from geo import maps
from geo.display import FALLBACK_TEXT, InlineMap, inline_html, unpack
from geo.export import save_html

BUILDERS = {
    "places": maps.places_map,
    "transport": maps.transport_map,
    "energy": maps.energy_map,
    "overview": maps.overview_map,
    "timeline": lambda: maps.overview_map(timeline=True),
    "story": lambda: geo.story_map((geo.settings.data_dir / "article.txt").read_text("utf-8")),
}

#: A script with a source, a stylesheet link, or a CSS @import that is not a data: URI.
REMOTE = [
    re.compile(r"""<script\b[^>]*\bsrc\s*=\s*["']?(?!data:)([^"'\s>]*)""", re.IGNORECASE),
    re.compile(r"""<link\b[^>]*\bhref\s*=\s*["']?(?!data:)([^"'\s>]*)""", re.IGNORECASE),
    re.compile(r"""@import\s+(?:url\()?\s*["']?(?!data:)([^"')\s;]*)""", re.IGNORECASE),
]


def remote_assets(text: str) -> list[str]:
    """URLs of remote scripts and stylesheets, also inside an escaped ``srcdoc``."""
    return [m.group(1) for t in (text, html.unescape(text)) for p in REMOTE for m in p.finditer(t)]


@pytest.fixture(scope="module")
def shown(tmp_path_factory):
    """Per builder: the map, its inline output, and the file save_html writes."""
    out = tmp_path_factory.mktemp("inline")
    result = {}
    for name, build in BUILDERS.items():
        m = build()
        result[name] = (m, m._repr_html_(), save_html(m, out / f"{name}.html"))
    return result


def host_page(tmp_path: Path, body: str) -> Path:
    """A page holding notebook output HTML, as a notebook front end inserts it."""
    path = tmp_path / "host.html"
    path.write_text(f"<!DOCTYPE html><html><body>{body}</body></html>", encoding="utf-8")
    return path


def test_remote_asset_check_finds_folium_cdn_links():
    # the check below can fail: folium's own inline output loads Leaflet from a CDN
    m = folium.Map(location=[39.2, 45.4], zoom_start=7, tiles=None)
    assert any("cdn.jsdelivr" in a for a in remote_assets(folium.Map._repr_html_(m)))
    assert remote_assets(inline_html(m)) == []


@pytest.mark.parametrize("name", BUILDERS)
def test_inline_output_is_the_exported_page_and_no_bigger(shown, name):
    m, out, path = shown[name]
    assert isinstance(m, folium.Map) and isinstance(m, InlineMap)
    assert unpack(out).encode("utf-8") == path.read_bytes()
    assert len(out.encode("utf-8")) <= path.stat().st_size
    assert FALLBACK_TEXT in out


@pytest.mark.parametrize("name", BUILDERS)
def test_inline_output_loads_no_remote_script_or_stylesheet(shown, name):
    _, out, _ = shown[name]
    assert remote_assets(out) == []
    page = unpack(out)
    assert remote_assets(page) == []
    assert "Leaflet 1.9.4" in page


@pytest.mark.parametrize("name", BUILDERS)
def test_inline_output_draws_offline_in_chromium(shown, name, browser, tmp_path):
    _, out, _ = shown[name]
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        blocked = block_remote(page)
        page.goto(host_page(tmp_path, out).as_uri())
        (frame,) = inline_map_frames(page, ".corridors-map iframe", 1)
        assert frame.evaluate(COUNT_FEATURES) > 0
        assert frame.evaluate("L.version") == "1.9.4"
        box = page.locator(".corridors-map iframe").bounding_box()
        assert box["width"] > 900 and box["height"] > 400, box
        assert page.get_by_text(FALLBACK_TEXT).count() == 0
        assert blocked == [] and errors == []
    finally:
        context.close()


def test_without_scripts_the_output_says_what_to_do(shown, browser, tmp_path):
    # an untrusted notebook's output runs no script: the text shows, not a blank box
    _, out, _ = shown["overview"]
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(host_page(tmp_path, out).as_uri())
        assert page.get_by_text(FALLBACK_TEXT).is_visible()
        assert page.locator("iframe").count() == 0
        box = page.locator(".corridors-map").bounding_box()
        assert box["height"] < 100, "no big blank box"
    finally:
        context.close()


def test_two_outputs_of_one_map_show_two_maps(browser, tmp_path):
    m = maps.energy_map()
    context = browser.new_context()
    try:
        page = context.new_page()
        block_remote(page)
        page.goto(host_page(tmp_path, m._repr_html_() + m._repr_html_()).as_uri())
        frames = inline_map_frames(page, ".corridors-map iframe", 2)
        assert len(frames) == 2 and frames[0] != frames[1]
    finally:
        context.close()


def test_a_map_that_cannot_be_inlined_says_why():
    m = InlineMap(location=[39.2, 45.4], zoom_start=7, tiles=None)
    folium.Marker([39.2, 45.4], icon=folium.Icon(icon="info-sign")).add_to(m)
    out = m._repr_html_()
    assert out.startswith("<p") and "Map not shown: " in out
    assert "awesome-markers" in out and "<script" not in out


def test_a_figure_with_a_height_keeps_it_inline(browser, tmp_path):
    m = maps.energy_map()
    figure = Figure(width="700px", height="450px")
    m.add_to(figure)
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    try:
        page = context.new_page()
        block_remote(page)
        page.goto(host_page(tmp_path, m._repr_html_()).as_uri())
        inline_map_frames(page, ".corridors-map iframe", 1)
        box = page.locator(".corridors-map iframe").bounding_box()
        assert (round(box["width"]), round(box["height"])) == (700, 450)
    finally:
        context.close()


def test_a_page_that_cannot_be_unpacked_says_so(browser, tmp_path):
    out = inline_html(folium.Map(location=[39.2, 45.4], zoom_start=7, tiles=None))
    broken = re.sub(r"(gzip\+base64\">)[A-Za-z0-9+/=]{8}", r"\1AAAAAAAA", out)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(host_page(tmp_path, broken).as_uri())
        note = page.locator(".corridors-map p")
        note.filter(has_text="Open the exported HTML file instead.").wait_for(timeout=10_000)
        assert note.inner_text().startswith("Map not shown: ")
        assert page.locator("iframe").count() == 0
    finally:
        context.close()


#: How VS Code's notebook renderer shows text/html (extensions/notebook-renderers): the HTML
#: goes in through innerHTML (its scripts do not run), then each script is re-made with the
#: same text and type, appended to the end of the output's element and removed again.
VSCODE_INSERT = """(html) => {
    const element = document.createElement('div');
    element.innerHTML = html;
    document.body.appendChild(element);
    for (const old of Array.from(element.getElementsByTagName('script'))) {
        const script = document.createElement('script');
        script.text = old.innerText;
        if (old.type) script.setAttribute('type', old.type);
        element.appendChild(script).parentNode.removeChild(script);
    }
}"""


def test_inline_output_draws_as_vscode_inserts_it(shown, browser, tmp_path):
    _, out, _ = shown["transport"]
    context = browser.new_context()
    try:
        page = context.new_page()
        blocked = block_remote(page)
        page.goto(host_page(tmp_path, "").as_uri())
        page.evaluate(VSCODE_INSERT, out)
        (frame,) = inline_map_frames(page, ".corridors-map iframe", 1)
        assert frame.evaluate(COUNT_FEATURES) > 0 and blocked == []
    finally:
        context.close()


def test_two_copies_of_one_output_both_show_the_map(shown, browser, tmp_path):
    # JupyterLab's "Create New View for Output" shows the same output (same ids) twice
    _, out, _ = shown["energy"]
    context = browser.new_context()
    try:
        page = context.new_page()
        block_remote(page)
        page.goto(host_page(tmp_path, f"<div>{out}</div><div>{out}</div>").as_uri())
        assert len(inline_map_frames(page, ".corridors-map iframe", 2)) == 2
    finally:
        context.close()
