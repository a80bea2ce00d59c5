"""Shared pytest fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
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


@pytest.fixture(scope="session")
def exported_maps(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The places, transport, energy and overview maps and the seed article's story map,
    saved once without tile layers (tests/test_labels.py, tests/test_label_markers.py)."""
    from geo import maps
    from geo.export import save_html
    from geo.settings import settings
    from geo.story import story_map

    tiles = settings.tiles
    settings.tiles = False
    try:
        folder = tmp_path_factory.mktemp("exported")
        out = {
            name: save_html(getattr(maps, f"{name}_map")(), folder / f"{name}.html")
            for name in ("places", "transport", "energy", "overview")
        }
        text = (settings.data_dir / "article.txt").read_text(encoding="utf-8")
        out["story"] = save_html(story_map(text), folder / "story.html")
        return out
    finally:
        settings.tiles = tiles


# --- end of map fixtures ----------------------------------------------------------------------


# --- story fixtures (tests/test_story.py, tests/test_story_browser.py) -------------------------


@pytest.fixture(scope="module")
def seed_text() -> str:
    """The seed article, ``data/article.txt``."""
    from geo.settings import settings

    return (settings.data_dir / "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory, seed_text) -> Path:
    """The seed article's story map, saved once per test module."""
    from geo.export import save_html
    from geo.story import story_map

    return save_html(story_map(seed_text), tmp_path_factory.mktemp("story") / "story.html")


# --- end of story fixtures --------------------------------------------------------------------
