"""Headless Chromium through Playwright, offline: the browser behind PNG snapshots and tests.

:func:`launch_chromium` starts the Chromium of :func:`chromium_path` with the
project's flags; :func:`offline_route` aborts every request that is not
``file:`` or ``data:``; :func:`screenshot` loads a page written by
:func:`geo.export.save_html` that way and returns its PNG (used by
:func:`geo.export.save_png`). :data:`LEAFLET_READY` and :data:`TWO_FRAMES` are
the waits it uses, shared with the browser tests.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from geo._errors import ExportError

__all__ = [
    "LEAFLET_READY",
    "TWO_FRAMES",
    "chromium_path",
    "launch_chromium",
    "offline_route",
    "screenshot",
]

_T = TypeVar("_T")

_CHROMIUM_INSTALL = "apt-get install -y --no-install-recommends chromium"
_CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str:
    """Return the Chromium executable: ``geo.settings.chromium_path``, else ``chromium``.

    Returns
    -------
    str
        Path of the executable.

    Raises
    ------
    ExportError
        If no Chromium is installed (the message gives the install command).
    """
    from geo.settings import settings

    found = getattr(settings, "chromium_path", None) or os.environ.get("CORRIDORS_CHROMIUM")
    found = found or shutil.which("chromium")
    if not found or not Path(found).exists():
        msg = (
            f"Chromium was not found (settings.chromium_path={found!r}); install it with "
            f"`{_CHROMIUM_INSTALL}` or set CORRIDORS_CHROMIUM."
        )
        raise ExportError(msg)
    return found


def launch_chromium(playwright: Any) -> Any:
    """Launch headless Chromium through a started Playwright, with the project's flags.

    Parameters
    ----------
    playwright : playwright.sync_api.Playwright
        From ``sync_playwright().start()`` or its context manager.

    Returns
    -------
    playwright.sync_api.Browser
        The browser.
    """
    return playwright.chromium.launch(executable_path=chromium_path(), args=_CHROMIUM_ARGS)


def offline_route(route: Any) -> None:
    """Playwright route handler that lets ``file:`` and ``data:`` through and aborts the rest."""
    if route.request.url.startswith(("file:", "data:")):
        route.continue_()
    else:
        route.abort()


#: JavaScript true once Leaflet is loaded and a map has drawn its panes.
LEAFLET_READY = (
    "() => typeof window.L === 'object' && "
    "document.querySelector('.leaflet-container .leaflet-map-pane') !== null"
)


#: JavaScript promise resolved after two animation frames (the drawn map is painted).
TWO_FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def _snapshot(html_path: Path, width: int, height: int) -> bytes:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route("**/*", offline_route)
            page.goto(html_path.resolve().as_uri(), wait_until="load")
            # Scripts have all run at "load": without L now, Leaflet will never come.
            if page.evaluate("typeof window.L") != "object":
                msg = (
                    f"Leaflet did not load in {html_path} offline; "
                    "was it saved with save_html(..., self_contained=True)?"
                )
                raise ExportError(msg)
            try:
                page.wait_for_function(LEAFLET_READY, timeout=15_000)
            except PlaywrightTimeout as e:
                msg = f"Leaflet drew no map in {html_path} within 15 s"
                raise ExportError(msg) from e
            page.evaluate(TWO_FRAMES)
            return page.screenshot(type="png")
        finally:
            browser.close()


def _outside_event_loop(fn: Callable[[], _T]) -> _T:
    """Run ``fn`` here, or in a worker thread when an asyncio loop runs (Jupyter)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return fn()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn).result()


def screenshot(html_path: Path, width: int, height: int) -> bytes:
    """Return a PNG of the page at ``html_path``, drawn offline in headless Chromium.

    Parameters
    ----------
    html_path : pathlib.Path
        An HTML file written by :func:`geo.export.save_html`.
    width, height : int
        Viewport and image size in CSS pixels.

    Returns
    -------
    bytes
        The PNG.

    Raises
    ------
    ExportError
        If Chromium is missing or the page does not draw.
    """
    return _outside_event_loop(lambda: _snapshot(html_path, width, height))
