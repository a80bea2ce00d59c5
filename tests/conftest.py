"""Shared pytest fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

# --- browser fixtures (geo/export.py, tests/browser.py) ---------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium (Debian package, through Playwright) for the whole session.

    Fails (never skips: a skipped browser check is a missing one) when Chromium
    is missing, with the command that installs it.
    """
    from playwright import sync_api

    from geo._errors import ExportError
    from geo.export import launch_chromium

    with sync_api.sync_playwright() as p:
        try:
            chromium = launch_chromium(p)
        except ExportError as e:
            pytest.fail(str(e))
        yield chromium
        chromium.close()


# --- end of browser fixtures ------------------------------------------------------------------


# --- map fixtures (tests/test_maps.py, tests/test_maps_browser.py) -----------------------------


@pytest.fixture
def no_tiles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Maps drawn without tile layers (the setting's default may be on); a test may turn them on."""
    from geo.settings import settings

    monkeypatch.setattr(settings, "tiles", False)


# --- end of map fixtures ----------------------------------------------------------------------
