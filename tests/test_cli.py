"""The `corridors` command line: output, JSON and exit codes."""

import json
import subprocess
import sys

import pytest

from geo.cli import main


def test_geocode_prints_one_line_with_id_and_coordinates(capsys):
    assert main(["geocode", "Naxçıvan", "--kind", "city"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("Nakhchivan [nakhchivan] city, AZ: 39.2")


def test_geocode_json_is_one_object_with_geojson_geometry(capsys):
    assert main(["geocode", "the Araz river", "--json"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert set(obj) == {"id", "name", "kind", "country", "lat", "lon", "geometry"}
    assert obj["id"] == "araz" and obj["geometry"]["type"] in ("LineString", "MultiLineString")
    lon, lat = obj["geometry"]["coordinates"][0]
    assert 42 < lon < 50 and 38 < lat < 41, "GeoJSON is longitude first"


def test_unknown_query_exits_1_with_one_line_and_suggestions():
    proc = subprocess.run(
        [sys.executable, "-m", "geo", "geocode", "Nakhchivanistanqq"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert "'Nakhchivanistanqq'" in lines[0] and "Closest names: Nakhchivan" in lines[0]


def test_bad_kind_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["geocode", "Tehran", "--kind", "planet"])
    assert exit_.value.code == 2
    assert "invalid choice: 'planet'" in capsys.readouterr().err
