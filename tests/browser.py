"""Helpers for tests that load exported maps in headless Chromium (Playwright).

Not a test module: tests import it, and ``conftest.py`` provides the shared
``browser`` fixture. :func:`open_offline` opens a file with every request that
is not ``file:`` or ``data:`` aborted, and reports what went wrong on the page.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo.export import LEAFLET_READY, TWO_FRAMES

#: URLs that look like map tiles: ``.../{z}/{x}/{y}.png`` or a tile host.
TILE_URL = re.compile(r"/\d+/\d+/\d+(?:@2x)?(?:\.\w+)?(?:[?#].*)?$|tile", re.IGNORECASE)

#: JavaScript: the first ``L.Map`` found among the page's globals (folium names it ``map_<id>``).
FIND_MAP = """() => {
    for (const key of Object.keys(window)) {
        try { if (window[key] instanceof L.Map) return key; } catch (e) {}
    }
    return null;
}"""

#: Init script: record every ``L.Control.Layers`` added to a map in ``window.__layerControls``
#: (folium declares the control with ``let``, so it is not reachable from ``window``).
RECORD_LAYER_CONTROLS = """(() => {
    let leaflet;
    window.__layerControls = [];
    Object.defineProperty(window, 'L', {
        configurable: true,
        get() { return leaflet; },
        set(value) {
            leaflet = value;
            const proto = value && value.Control && value.Control.Layers && value.Control.Layers.prototype;
            if (proto && !proto.__recorded) {
                const onAdd = proto.onAdd;
                proto.onAdd = function (map) { window.__layerControls.push(this); return onAdd.call(this, map); };
                proto.__recorded = true;
            }
        },
    });
})();"""

#: JavaScript: for each overlay of the layer control, how many of its leaf
#: layers are on the map and drawn (an SVG/canvas path or a marker icon).
COUNT_OVERLAYS = """(name) => {
    const map = window[name];
    const drawn = (layer) => map.hasLayer(layer) && (
        (layer._path && layer._path.isConnected) || (layer._icon && layer._icon.isConnected)
        || (layer._renderer && layer._renderer instanceof L.Canvas));
    const leaves = (layer, out) => {
        if (layer.eachLayer) { layer.eachLayer((l) => leaves(l, out)); } else { out.push(layer); }
        return out;
    };
    const counts = {};
    for (const control of window.__layerControls) {
        for (const item of control._layers) {
            if (item.overlay) counts[item.name] = leaves(item.layer, []).filter(drawn).length;
        }
    }
    return counts;
}"""


@dataclass
class PageReport:
    """A page opened by :func:`open_offline`, and what happened while it loaded.

    Attributes
    ----------
    page : playwright.sync_api.Page
        The open page (closed with its context by :meth:`close`).
    console_errors : list of str
        ``console.error`` messages, not counting failed tile loads.
    page_errors : list of str
        Uncaught JavaScript exceptions.
    failed_requests : list of str
        Non-tile requests that were aborted or failed.
    tile_requests : list of str
        Tile requests that were aborted (expected offline).
    dialogs : list of str
        Messages of ``alert``/``confirm``/``prompt`` dialogs (dismissed).
    load_seconds : float
        Time from navigation to Leaflet having drawn the map.
    map_name : str or None
        Global variable name of the Leaflet map.
    """

    page: Any
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    tile_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    load_seconds: float = 0.0
    map_name: str | None = None

    def close(self) -> None:
        self.page.context.close()

    def __enter__(self) -> PageReport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def problems(self) -> list[str]:
        """Everything that went wrong except aborted tiles."""
        return [*self.console_errors, *self.page_errors, *self.failed_requests, *self.dialogs]


def open_offline(
    browser: Any, path: str | Path, *, width: int = 1000, height: int = 700
) -> PageReport:
    """Open an HTML file with the network cut off and wait until Leaflet has drawn.

    Parameters
    ----------
    browser : playwright.sync_api.Browser
        From the ``browser`` fixture.
    path : str or Path
        The HTML file.
    width, height : int
        Viewport size.

    Returns
    -------
    PageReport
        The page and the errors, failed requests and dialogs seen so far (the
        lists keep filling while the page stays open).
    """
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    report = PageReport(page=page)
    tiles: set[str] = set()

    def route(route: Any) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
            return
        if TILE_URL.search(url):
            tiles.add(url)
            report.tile_requests.append(url)
        else:
            report.failed_requests.append(url)
        route.abort()

    def console(message: Any) -> None:
        if message.type != "error":
            return
        source = (message.location or {}).get("url", "")
        if "Failed to load resource" in message.text and (
            source in tiles or TILE_URL.search(source)
        ):
            return
        report.console_errors.append(f"{message.text} ({source})")

    def dialog(d: Any) -> None:
        report.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.add_init_script(RECORD_LAYER_CONTROLS)
    page.route("**/*", route)
    page.on("console", console)
    page.on("pageerror", lambda e: report.page_errors.append(str(e)))
    page.on("dialog", dialog)
    page.on(
        "requestfailed",
        lambda r: (
            None
            # Leaflet cancels the tile requests of a view it leaves before they reach the route
            if r.url in tiles or TILE_URL.search(r.url) or r.url in report.failed_requests
            else report.failed_requests.append(r.url)
        ),
    )
    start = time.perf_counter()
    page.goto(Path(path).resolve().as_uri(), wait_until="load")
    page.wait_for_function(LEAFLET_READY, timeout=10_000)
    page.evaluate(TWO_FRAMES)
    report.load_seconds = time.perf_counter() - start
    report.map_name = page.evaluate(FIND_MAP)
    return report


def overlay_counts(report: PageReport) -> dict[str, int]:
    """Return, per overlay label of the layer control, the number of drawn features."""
    return report.page.evaluate(COUNT_OVERLAYS, report.map_name)


def drawn_counts(page: Any) -> dict[str, int]:
    """Count what the DOM shows: vector paths in the overlay pane and marker icons."""
    return {
        "paths": page.locator(".leaflet-overlay-pane path.leaflet-interactive").count(),
        "markers": page.locator(".leaflet-marker-pane .leaflet-marker-icon").count(),
    }


def toggle_layer(page: Any, label: str) -> None:
    """Click the checkbox (or radio) of a layer in the layer control, by its exact label."""
    control = page.locator(".leaflet-control-layers")
    control.hover()
    row = page.locator(".leaflet-control-layers-list label").filter(
        has_text=re.compile(rf"^\s*{re.escape(label)}\s*$")
    )
    row.locator("input").click()
    page.mouse.move(0, page.viewport_size["height"] - 1)
    page.evaluate(TWO_FRAMES)


def click_latlng(report: PageReport, lat: float, lon: float) -> None:
    """Click the page at a geographic position of the map."""
    point = report.page.evaluate(
        """([name, lat, lon]) => {
            const map = window[name];
            const p = map.latLngToContainerPoint([lat, lon]);
            const box = map.getContainer().getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""",
        [report.map_name, lat, lon],
    )
    report.page.mouse.click(*point)
    report.page.evaluate(TWO_FRAMES)


def popup_text(page: Any) -> str | None:
    """Return the text of the open popup, or None."""
    popup = page.locator(".leaflet-popup-content")
    return popup.inner_text() if popup.count() else None


# --------------------------------------------------------------- inline notebook maps

#: JavaScript: the number of drawn features (vector paths and markers) in a map page.
COUNT_FEATURES = (
    "() => document.querySelectorAll('.leaflet-interactive, .leaflet-marker-icon').length"
)


def block_remote(page: Any, *, allow: tuple[str, ...] = ()) -> list[str]:
    """Abort every request that is not local; return the list of blocked non-tile URLs.

    ``file:``, ``data:``, ``blob:`` and ``about:`` URLs and those starting with
    one of ``allow`` (a local server's origin) go through. The returned list
    fills while the page stays open; aborted tile requests are not in it.
    """
    blocked: list[str] = []

    def route(route: Any) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "blob:", "about:", *allow)):
            route.continue_()
            return
        if not TILE_URL.search(url):
            blocked.append(url)
        route.abort()

    page.route("**/*", route)
    return blocked


def inline_map_frames(
    page: Any, selector: str, count: int, *, timeout: float = 60_000
) -> list[Any]:
    """Return the frames of the inline map iframes matched by ``selector``, once each has drawn.

    Polls (no fixed sleeps): waits until at least ``count`` iframes are there
    (the outputs' scripts make them), scrolls each into view and waits until
    Leaflet has drawn at least one feature in it.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(
            "([s, n]) => document.querySelectorAll(s).length >= n",
            arg=[selector, count],
            timeout=timeout,
        )
    except PlaywrightTimeout:
        found = len(page.query_selector_all(selector))
        raise AssertionError(
            f"{found} of {count} inline maps ({selector}) after {timeout / 1000:.0f} s"
        ) from None
    frames = []
    for i, handle in enumerate(page.query_selector_all(selector)):
        handle.scroll_into_view_if_needed()
        frame = handle.content_frame()
        assert frame is not None, f"{selector} is not an iframe"
        try:
            frame.wait_for_function(f"() => ({COUNT_FEATURES})() > 0", timeout=timeout)
        except PlaywrightTimeout:
            raise AssertionError(
                f"inline map {i} drew no feature in {timeout / 1000:.0f} s"
            ) from None
        frames.append(frame)
    return frames
