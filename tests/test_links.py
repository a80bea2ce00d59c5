"""geo.links(): the table of links (the frame's contract, the data it carries) and its GeoJSON."""

from __future__ import annotations

import importlib
import json
import math
from pathlib import Path

import pytest
import yaml

from geo.cli import main
from geo.gazetteer import gazetteer
from geo.links import MODES, links

DATA = Path(__file__).resolve().parent.parent / "data"
RECORDS = yaml.safe_load((DATA / "links.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def df():
    return links().set_index("id", drop=False)


# --------------------------------------------------------------------------- the table


def test_contract_columns_and_crs(df):
    expected = [
        "id", "name", "category", "corridor", "mode", "status", "status_date", "status_source", "history",
        "length_km", "length_by_country_km", "published_length_km", "compared_length_km", "figures",
        "sources", "article_sentence", "places", "derivation", "geometry_method",
        # "context" for a link beyond the region, left off the default maps (round 144)
        "scope", "geometry",
    ]  # fmt: skip
    assert list(df.columns) == expected
    assert df.crs.to_epsg() == 4326
    assert df["id"].is_unique


def test_corridors_group_the_links_the_article_names(df):
    by = df.groupby("corridor")["id"].apply(set).to_dict()
    assert {"rasht-astara-railway", "qazvin-rasht-railway", "astara-astara-railway"} <= by["nstc"]
    assert {"horadiz-aghband-railway", "araz-corridor-road", "araz-corridor-railway"} <= by[
        "araz-corridor"
    ]


def test_the_article_links_are_all_there(df):
    required = {
        # North-South corridor between the two countries, on to Tehran
        "alat-astara-railway", "astara-astara-railway", "rasht-astara-railway",
        "qazvin-rasht-railway", "qazvin-tehran-railway",
        # East Zangezur - Nakhchivan through Iran
        "horadiz-aghband-railway", "aghband-kalaleh-bridge", "araz-corridor-road",
        "araz-corridor-railway", "nakhchivan-railway",
        # energy on the Araz
        "khudafarin-hpp", "khudafarin-reservoir", "giz-galasi-hpp", "giz-galasi-reservoir",
        "ordubad-hpp", "marazad-hpp", "araz-hydro-junction",
        # the place of the talks
        "az-embassy-tehran",
    }  # fmt: skip
    assert required <= set(df.index)


def test_every_link_is_sourced_and_dated(df):
    for row in df.itertuples():
        assert row.sources and all(s["url"].startswith("http") for s in row.sources), row.id
        assert "http" in row.status_source, row.id
        assert len(row.status_date) == 10 and row.status_date[4] == "-", row.id
        assert row.derivation, row.id


def test_article_sentences_are_quoted_verbatim(df):
    article = DATA / "article.txt"
    if not article.exists():
        pytest.skip("data/article.txt is not there yet")
    text = " ".join(article.read_text(encoding="utf-8").split())
    # a link no sentence of the article proposes (Iraq's Development Road, round 144) has
    # article_sentence: null, which the frame holds as NaN
    quoted = [
        r for r in df.itertuples() if isinstance(r.article_sentence, str) and r.article_sentence
    ]
    assert len(quoted) >= 15
    for row in quoted:
        assert row.article_sentence in text, row.id


def test_every_figure_cites_its_source(df):
    for row in df.itertuples():
        for name, value in row.figures.items():
            for fig in value if isinstance(value, list) else [value]:
                assert isinstance(fig["value"], int | float), (row.id, name)
                assert fig["source"]["url"].startswith("http"), (row.id, name)


@pytest.mark.parametrize(
    ("link", "side", "mw"),
    [
        ("khudafarin-hpp", "AZ", 100),
        ("khudafarin-hpp", "IR", 100),
        ("giz-galasi-hpp", "AZ", 40),
        ("giz-galasi-hpp", "IR", 40),
        ("ordubad-hpp", "AZ", 36),
        ("araz-hydro-junction", "AZ", 22),
    ],
)
def test_capacity_per_side(df, link, side, mw):
    figures = df.loc[link, "figures"]["capacity_mw"]
    figures = figures if isinstance(figures, list) else [figures]
    assert {f.get("side"): f["value"] for f in figures}[side] == mw


def test_khudafarin_reservoir_volume(df):
    assert df.loc["khudafarin-reservoir", "figures"]["volume_million_m3"]["value"] == 1612


def test_points_and_lines(df):
    for row in df.itertuples():
        if MODES[row.mode]:
            assert row.geometry.geom_type == "LineString", row.id
            assert row.length_km > 0, row.id
        else:
            assert row.geometry.geom_type == "Point", row.id
            assert math.isnan(row.length_km), row.id
            assert row.length_by_country_km == {}, row.id


def test_places_are_gazetteer_ids_endpoints_first(df):
    g = gazetteer()
    for row in df.itertuples():
        assert all(p in g.by_id for p in row.places), row.id
    assert df.loc["araz-corridor-road", "places"][:2] == ["aghband", "ordubad"]
    assert df.loc["rasht-astara-railway", "places"][:2] == ["astara-ir-station", "rasht-station"]


# --------------------------------------------------------------------------- CLI / GeoJSON


def _reject_nan(token):
    raise ValueError(f"JSON has {token}, which RFC 8259 does not allow")


def test_cli_json_is_rfc7946(capsys):
    assert main(["links", "--json"]) == 0
    fc = json.loads(capsys.readouterr().out, parse_constant=_reject_nan)
    assert fc["type"] == "FeatureCollection"
    assert "crs" not in fc
    assert len(fc["features"]) == len(RECORDS)
    for feat in fc["features"]:
        assert feat["type"] == "Feature"
        assert set(feat) >= {"type", "properties", "geometry"}
        geom = feat["geometry"]
        coords = [geom["coordinates"]] if geom["type"] == "Point" else geom["coordinates"]
        assert geom["type"] in ("Point", "LineString")
        for lon, lat in coords:
            # longitude first: the region's longitudes (44-52) never pass for its latitudes;
            # a link of scope: context (Iraq's Development Road, round 144) runs from the Gulf
            # at 30 N to the Turkish border at 42.4 E: there, lon 42-49, lat 29-38, whose
            # longitudes never pass for its latitudes either
            if feat["properties"].get("scope") == "context":
                assert 42 <= lon <= 49 and 29 <= lat <= 38, (feat["id"], lon, lat)
            else:
                assert 44 <= lon <= 52 and 35 <= lat <= 42, (feat["id"], lon, lat)
        props = feat["properties"]
        assert props["id"] == feat["id"]
        assert isinstance(props["length_by_country_km"], dict)
        assert props["published_length_km"] is None or props["published_length_km"] > 0


def test_cli_table(capsys):
    assert main(["links"]) == 0
    out = capsys.readouterr().out
    assert "araz-corridor-road" in out and "IR 58.8" in out
    rows = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert "  drawn  " in out.splitlines()[0]
    # the drawn length against the published one (the section through Iran for the road)
    assert "  99.6     110.4   -10%  AZ 99.6" in rows["horadiz-aghband-railway"]
    assert "   ~55    +7%  AZ 4, IR 58.8" in rows["araz-corridor-road"]  # "около 55 км"
    assert " 154.9       162    -4%  IR" in rows["rasht-astara-railway"]


def test_cli_bad_file_is_one_line(tmp_path, capsys):
    bad = tmp_path / "links.yaml"
    bad.write_text("- id: x\n", encoding="utf-8")
    assert main(["links", "--file", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "links.yaml" in err


def test_public_names_of_linkdata_and_routes_are_still_reachable_from_geo_links():
    """geo.links was split in three; geo.links.load_links, .geodesic_line etc. keep working."""
    from geo import linkdata, routes

    module = importlib.import_module("geo.links")  # geo.links is the function links()
    for part in (linkdata, routes):
        for name in part.__all__:
            assert getattr(module, name) is getattr(part, name), name
