"""A plain (non-editable) install carries its data: build a wheel offline, install it, use it.

The wheel is built from a clean copy of the repository (a stale ``build/`` in
the working tree could otherwise leak files into it) with the venv's own
setuptools (``--no-build-isolation``, ``--no-index``: no network), installed
with ``pip install --target``, and imported in an isolated interpreter whose
only project code is that install: ``-I -S`` skips the venv's ``.pth`` files,
so the editable install of the repository is not in the way; the venv's
site-packages is appended after the install, for the dependencies only.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

import geo
from geo.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Trucks reach Astara on the North-South Transport Corridor."

#: The files of data/ the library reads at run time (not article.txt, gold/, README.md:
#: only the notebooks and tests read those, from the repository).
DATA_FILES = {
    "boundaries.geojson",
    "context.geojson",
    "corridors.yaml",
    "events.yaml",
    "geonames_region.tsv",
    "geonames_stopnames.txt",
    "common_words.txt",
    "organisation_words.txt",
    "everyday_words.txt",
    "names.yaml",
    "geonames_world.tsv",
    "links.yaml",
    "places.yaml",
    "regions.geojson",
    "world.geojson",
}

_IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "maps", "*.egg-info", "__pycache__", ".*_cache", ".ipynb_*"
)

# Run in the installed copy: what it imports, where it reads, what it answers.
_PROBE = """
import json, sys
site, *deps = sys.argv[1:]
sys.path[:0] = [site]
sys.path.extend(deps)
import geo
from geo.settings import settings
place = geo.geocode("Tehran")
mentions = geo.geoparse(%r)
print(json.dumps({
    "geo_file": geo.__file__,
    "data_dir": str(settings.data_dir),
    "data_files": sorted(p.name for p in settings.data_dir.iterdir() if p.is_file()),
    "maps_dir": str(settings.maps_dir.resolve()),
    "tehran": [place.id, place.country],
    "places": len(geo.places()),
    "links": len(geo.links()),
    "mentions": [m.target for m in mentions],
    "editable_finder": any("editable" in repr(f).lower() for f in sys.meta_path),
}))
"""


def _pyproject_data_files() -> set[str]:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert setuptools["package-dir"]["geo._data"] == "data"
    return set(setuptools["package-data"]["geo._data"])


def test_data_files_listed_in_pyproject_are_those_the_library_reads():
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "geo").rglob("*.py"))
    named = {
        p.name
        for p in (ROOT / "data").iterdir()
        if re.search(rf"[\"']{re.escape(p.name)}[\"']", source)
    }
    assert named == DATA_FILES
    assert _pyproject_data_files() == DATA_FILES
    assert all((ROOT / "data" / name).is_file() for name in DATA_FILES)


def test_checkout_and_editable_install_read_the_repository_data(monkeypatch):
    for name in ("CORRIDORS_DATA_DIR", "CORRIDORS_MAPS_DIR"):
        monkeypatch.delenv(name, raising=False)
    assert Path(geo.__file__).resolve().parent == ROOT / "geo"
    assert not (ROOT / "geo" / "_data").exists()
    fresh = Settings()
    assert fresh.data_dir == ROOT / "data"
    assert fresh.maps_dir == ROOT / "maps"


def test_corridors_data_dir_points_at_other_data(monkeypatch, tmp_path):
    monkeypatch.setenv("CORRIDORS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CORRIDORS_MAPS_DIR", str(tmp_path / "out"))
    fresh = Settings()
    assert fresh.data_dir == tmp_path
    assert fresh.maps_dir == tmp_path / "out"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=_IGNORE)
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "--disable-pip-version-check", "--quiet", "--wheel-dir", str(tmp / "dist"), str(src)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (path,) = (tmp / "dist").glob("azir_corridors-*.whl")
    return path


def test_wheel_carries_the_package_and_exactly_the_data_it_reads(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    data = {n.removeprefix("geo/_data/") for n in names if n.startswith("geo/_data/")}
    assert data == DATA_FILES
    package = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "geo").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert package <= names, f"missing from the wheel: {sorted(package - names)}"
    assert {n.split("/")[0] for n in names} == {"geo", "azir_corridors-0.1.0.dist-info"}


def test_installed_wheel_works_offline_from_anywhere(wheel, tmp_path):
    site = tmp_path / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index",
         "--disable-pip-version-check", "--quiet", "--target", str(site), str(wheel)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    deps = dict.fromkeys(sysconfig.get_paths()[k] for k in ("purelib", "platlib"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("CORRIDORS_")}
    proc = subprocess.run(
        [sys.executable, "-I", "-S", "-c", _PROBE % TEXT, str(site), *deps],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    # (the probe builds every cache from nothing: ~26 s alone, past 120 s on a machine
    # running other test workers; the timeout only guards against a hang)
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)

    assert Path(got["geo_file"]).is_relative_to(site), got["geo_file"]
    assert not got["editable_finder"]
    assert Path(got["data_dir"]) == (site / "geo" / "_data").resolve()
    assert set(got["data_files"]) == DATA_FILES
    assert Path(got["maps_dir"]) == (elsewhere / "maps").resolve()
    assert got["tehran"] == ["tehran", "IR"]
    assert got["places"] == len(geo.places()) > 0
    assert got["links"] == len(geo.links()) > 0
    assert got["mentions"] == [m.target for m in geo.geoparse(TEXT)] == ["astara-ir", "nstc"]
