"""The notebook suite: executed top to bottom offline by `corridors build`, checked by what it writes."""

import json
import struct
from pathlib import Path

import pytest
from browser import open_offline, overlay_counts

from geo.build import NotebookFailed, build, notebooks
from geo.cli import _summary

ROOT = Path(__file__).resolve().parent.parent
MAPS = ["places", "transport", "energy", "overview", "story", "timeline"]


def test_notebooks_are_named_nn_kebab_case_and_define_no_functions():
    paths = notebooks()
    assert [p.name[:2] for p in paths] == [f"{i:02d}" for i in range(1, len(paths) + 1)]
    assert len(paths) >= 6
    for path in paths:
        nb = json.loads(path.read_text(encoding="utf-8"))
        assert nb["cells"][0]["cell_type"] == "markdown", f"{path.name} starts with its story"
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                source = "".join(cell["source"])
                assert "def " not in source and "class " not in source, (
                    f"{path.name} defines helpers"
                )


@pytest.fixture(scope="module")
def maps_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("maps")
    runs = build(out)
    assert [r.path.name for r in runs] == [p.name for p in notebooks()]
    return out


@pytest.mark.parametrize("name", MAPS)
def test_every_map_is_exported_with_a_png_thumbnail(maps_dir, name):
    html = maps_dir / f"{name}.html"
    png = maps_dir / f"{name}.png"
    assert html.stat().st_size > 100_000, "Leaflet is inlined"
    text = html.read_text(encoding="utf-8")
    assert '<script src="http' not in text and "cdn.jsdelivr" not in text
    head = png.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    assert width >= 600 and height >= 400


@pytest.mark.parametrize("name", MAPS)
def test_every_exported_map_renders_offline_with_its_features_and_legend(maps_dir, browser, name):
    with open_offline(browser, maps_dir / f"{name}.html") as report:
        assert report.problems == []
        counts = overlay_counts(report)
        assert counts and sum(counts.values()) > 0, counts
        assert report.page.locator(".map-legend, .legend").first.is_visible()


def test_build_fails_clearly_when_a_notebook_breaks(tmp_path):
    folder = tmp_path / "nbs"
    folder.mkdir()
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "metadata": {},
                "source": "1 / 0",
                "outputs": [],
                "execution_count": None,
                "id": "c1",
            }
        ],
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    (folder / "01-broken.ipynb").write_text(json.dumps(nb))
    with pytest.raises(NotebookFailed, match="01-broken.ipynb failed: ZeroDivisionError"):
        build(tmp_path / "out", folder=folder)


def test_cli_build_summary_lists_files_and_sizes(maps_dir):
    # Re-running the whole build here would double the suite's time: check the summary the CLI
    # prints on the folder already built.
    lines = _summary(maps_dir, runs=6, seconds=12.5).splitlines()
    assert any(line.startswith("overview.html") and line.endswith("KB") for line in lines)
    assert lines[-1].startswith(f"{len(list(maps_dir.iterdir()))} files in ")
