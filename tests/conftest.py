"""Shared pytest fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

# --- browser fixtures (geo/export.py, tests/browser.py) ---------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium (Debian package, through Playwright) for the whole session.

    Skips the test when Playwright or Chromium is missing.
    """
    sync_api = pytest.importorskip("playwright.sync_api")
    from geo._errors import ExportError
    from geo.export import launch_chromium

    with sync_api.sync_playwright() as p:
        try:
            chromium = launch_chromium(p)
        except ExportError as e:
            pytest.skip(str(e))
        yield chromium
        chromium.close()


# --- end of browser fixtures ------------------------------------------------------------------
