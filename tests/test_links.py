"""geo.links(): the links data, their ground-following geometry, lengths and validation."""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path

import pytest
import yaml
from shapely.geometry import LineString, Point
from shapely.ops import substring

from geo._errors import DataError
from geo.cli import main
from geo.gazetteer import gazetteer
from geo.links import (
    MODES,
    _countries,
    _river_line,
    geodesic_line,
    length_by_country_km,
    length_km,
    links,
    load_links,
)

DATA = Path(__file__).resolve().parent.parent / "data"
RECORDS = yaml.safe_load((DATA / "links.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def df():
    return links().set_index("id", drop=False)


@pytest.fixture(scope="module")
def araz():
    return _river_line(gazetteer()["araz"].geometry)


@pytest.fixture(scope="module")
def countries():
    return _countries((DATA / "boundaries.geojson").resolve())


# --------------------------------------------------------------------------- the table


def test_contract_columns_and_crs(df):
    expected = [
        "id", "name", "category", "corridor", "mode", "status", "status_date", "status_source",
        "length_km", "length_by_country_km", "published_length_km", "figures", "sources",
        "article_sentence", "places", "derivation", "geometry",
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


def test_unknown_corridor_is_reported_with_file_link_and_field(tmp_path):
    records = yaml.safe_load((DATA / "links.yaml").read_text(encoding="utf-8"))[:1]
    records[0]["corridor"] = "silk-road"
    path = tmp_path / "links.yaml"
    path.write_text(yaml.safe_dump(records, allow_unicode=True), encoding="utf-8")
    with pytest.raises(
        DataError,
        match=r"links.yaml, link #1 \('alat-astara-railway'\): field 'corridor' = 'silk-road'",
    ):
        load_links(path)


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
    quoted = [r for r in df.itertuples() if r.article_sentence]
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
    assert df.loc["rasht-astara-railway", "places"][:2] == ["astara-ir", "rasht"]


# --------------------------------------------------------------------------- lengths

# Geodesic length must be within 10 % of the published length of whole railways and roads.
# Wider tolerances, each with its reason:
TOLERANCE = {
    # A mountain railway drawn through the towns it serves: the real line climbs from the
    # Qazvin plateau (1,300 m) to Manjil through 53 tunnels and 45 bridges with curves that
    # town-to-town geodesics cannot have; we measure 143 km of the published 164 km.
    "qazvin-rasht-railway": 0.15,
    # 245 km is the reconstruction project's axis length from Alat by the Osmanlı junction;
    # the junction and the new Kura bridge are not in any offline source, and the line through
    # the towns it serves (Salyan, Masallı, Lənkəran) is 190 km. Open: find the alignment.
    "alat-astara-railway": 0.25,
}
#: Links whose published length is not comparable with the drawn line, and why.
NOT_COMPARABLE = {
    # The two town points are 2.8 km apart; the 10 km line loops inland to its Astarachay
    # bridge, whose position no offline source gives.
    "astara-astara-railway",
}


def _published(df):
    return [r for r in df.itertuples() if not math.isnan(r.published_length_km)]


@pytest.mark.parametrize(
    "link",
    [r["id"] for r in RECORDS if r.get("published_length_km") and r["id"] not in NOT_COMPARABLE],
)
def test_length_matches_published(df, link):
    row = df.loc[link]
    measured = row["length_km"]
    if link == "araz-corridor-road":  # 55 km is the section through Iran (a round MoU figure)
        measured = row["length_by_country_km"]["IR"]
    published = row["published_length_km"]
    tolerance = TOLERANCE.get(link, 0.10)
    assert abs(measured - published) / published <= tolerance, (link, measured, published)


def test_pinned_lengths(df):
    """The lengths as built today: a change of data or code that moves them must be looked at."""
    pinned = {
        "horadiz-aghband-railway": 100.4,
        "rasht-astara-railway": 154.9,
        "qazvin-rasht-railway": 142.7,
        "araz-corridor-road": 62.8,
        "araz-corridor-railway": 95.5,
    }
    for link, km in pinned.items():
        assert df.loc[link, "length_km"] == pytest.approx(km, abs=1.0), link


def test_length_by_country_adds_up(df):
    for row in df.itertuples():
        if not math.isnan(row.length_km):
            total = sum(row.length_by_country_km.values())
            assert total <= row.length_km + 0.2, row.id
            # lines along the Caspian shore leave the simplified coastline (1 km) in places
            assert total >= min(0.9 * row.length_km, row.length_km - 1.0), row.id


def test_long_lines_are_geodesics_not_straight_in_degrees():
    """A geodesic between two far points bulges poleward from the straight line in lon/lat."""
    line = LineString(geodesic_line([(44.0, 36.0), (52.0, 36.0)], step_km=10))
    mid = line.interpolate(0.5, normalized=True)
    assert mid.y > 36.05  # 7 km north of the parallel


# --------------------------------------------------------------------------- the Araz

# How many times each line may cross the Araz: only at its bridges.
CROSSINGS = {
    "horadiz-aghband-railway": 0,
    "nakhchivan-railway": 0,
    "aghband-kalaleh-bridge": 1,
    "araz-corridor-road": 2,  # Aghband-Kalaleh, Ordubad
    "araz-corridor-railway": 2,  # Aghband-Kalaleh, Jolfa-Julfa
    "alat-astara-railway": 0,
    "rasht-astara-railway": 0,
}


@pytest.mark.parametrize(("link", "n"), list(CROSSINGS.items()))
def test_crosses_the_araz_only_at_its_bridges(df, araz, link, n):
    hits = df.loc[link, "geometry"].intersection(araz)
    count = 0 if hits.is_empty else len(getattr(hits, "geoms", [hits]))
    assert count == n


def _between_crossings(line, river):
    hits = line.intersection(river)
    assert hits.geom_type == "MultiPoint" and len(hits.geoms) == 2, hits
    a, b = sorted(line.project(p) for p in hits.geoms)
    return substring(line, a, b)


@pytest.mark.parametrize("link", ["araz-corridor-road", "araz-corridor-railway"])
def test_through_iran_section_lies_south_of_the_araz(df, araz, countries, link):
    middle = _between_crossings(df.loc[link, "geometry"], araz)
    tabriz = gazetteer()["tabriz"]
    deep_iran = Point(tabriz.lon, tabriz.lat)
    for x, y in middle.coords[1:-1]:
        # on the Iranian side: the way to Tabriz does not cross the river ...
        assert not LineString([(x, y), (deep_iran.x, deep_iran.y)]).intersects(araz), (x, y)
        # ... and the vertex is inside Iran's polygon (border corrected to the river)
        assert countries["IR"].contains(Point(x, y)), (x, y)


@pytest.mark.parametrize("link", ["araz-corridor-road", "araz-corridor-railway"])
def test_through_iran_section_counts_as_iran(df, araz, countries, link):
    middle = _between_crossings(df.loc[link, "geometry"], araz)
    by_country = length_by_country_km(middle, countries)
    total = length_km(middle)
    assert by_country.get("IR", 0) >= 0.9 * total, by_country
    whole = df.loc[link, "length_by_country_km"]
    assert whole["IR"] >= 0.9 * sum(whole.values())
    assert "AM" not in whole  # the point of the corridor: it avoids Armenia


def test_straight_line_would_cross_armenia(countries):
    """The reason for the geometry: a straight Aghband-Ordubad line runs through Armenia."""
    g = gazetteer()
    a, b = g["aghband"], g["ordubad"]
    straight = LineString(geodesic_line([(a.lon, a.lat), (b.lon, b.lat)]))
    assert length_by_country_km(straight, countries).get("AM", 0) > 20


def test_azerbaijani_bank_lines_stay_in_azerbaijan(df):
    for link in ("horadiz-aghband-railway", "nakhchivan-railway"):
        by = df.loc[link, "length_by_country_km"]
        assert set(by) == {"AZ"}, (link, by)


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
            # longitude first: the region's longitudes (44-52) never pass for its latitudes
            assert 44 <= lon <= 52 and 35 <= lat <= 42, (feat["id"], lon, lat)
        props = feat["properties"]
        assert props["id"] == feat["id"]
        assert isinstance(props["length_by_country_km"], dict)
        assert props["published_length_km"] is None or props["published_length_km"] > 0


def test_cli_table(capsys):
    assert main(["links"]) == 0
    out = capsys.readouterr().out
    assert "araz-corridor-road" in out and "IR 58.8" in out


def test_cli_bad_file_is_one_line(tmp_path, capsys):
    bad = tmp_path / "links.yaml"
    bad.write_text("- id: x\n", encoding="utf-8")
    assert main(["links", "--file", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "links.yaml" in err


# --------------------------------------------------------------------------- validation


def _base() -> dict:
    return copy.deepcopy(next(r for r in RECORDS if r["id"] == "araz-corridor-road"))


def _write(tmp_path: Path, record: dict) -> Path:
    path = tmp_path / "bad_links.yaml"
    path.write_text(yaml.safe_dump([record], allow_unicode=True), encoding="utf-8")
    return path


def _edit_unknown_place(r):
    r["route"][1] = "kalalehh"


def _edit_missing_field(r):
    del r["status"]


def _edit_unknown_status(r):
    r["status"] = "finished"


def _edit_unknown_mode(r):
    r["mode"] = "canal"


def _edit_out_of_range(r):
    r["route"].insert(3, {"lat": 95.0, "lon": 46.3})


def _edit_swapped_list(r):
    r["route"].insert(3, [38.87, 46.3])  # written as [lat, lon]; lists are [lon, lat]


def _edit_swapped_mapping(r):
    r["route"].insert(3, {"lat": 46.3, "lon": 38.87})


def _edit_bad_date(r):
    r["status_date"] = "autumn 2023"


def _edit_source_without_url(r):
    r["sources"][0] = {"title": "a page"}


@pytest.mark.parametrize(
    ("edit", "field", "words"),
    [
        (_edit_unknown_place, "route[1]", ["unknown place 'kalalehh'", "Did you mean 'kalaleh'"]),
        (_edit_missing_field, "status", ["missing"]),
        (_edit_unknown_status, "status", ["'finished'", "operational"]),
        (_edit_unknown_mode, "mode", ["'canal'", "rail"]),
        (_edit_out_of_range, "route[3].lat", ["95.0", "out of range"]),
        (_edit_swapped_list, "route[3]", ["looks swapped"]),
        (_edit_swapped_mapping, "route[3]", ["looks swapped"]),
        (_edit_bad_date, "status_date", ["ISO date"]),
        (_edit_source_without_url, "sources[0]", ["'url'"]),
    ],
)
def test_validation_names_file_link_and_field(tmp_path, edit, field, words):
    record = _base()
    edit(record)
    path = _write(tmp_path, record)
    with pytest.raises(DataError) as info:
        load_links(path)
    msg = str(info.value)
    assert "bad_links.yaml" in msg
    assert "'araz-corridor-road'" in msg
    assert f"field {field!r}" in msg
    for word in words:
        assert word in msg


def test_valid_copy_loads(tmp_path):
    path = _write(tmp_path, _base())
    (link,) = load_links(path)
    assert link.id == "araz-corridor-road"


def test_duplicate_id(tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text(yaml.safe_dump([_base(), _base()], allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataError, match=r"dup\.yaml.*'araz-corridor-road'.*field 'id'"):
        load_links(path)


def test_point_feature_needs_one_place(tmp_path):
    record = copy.deepcopy(next(r for r in RECORDS if r["id"] == "ordubad-hpp"))
    record["route"] = ["ordubad-hpp", "ordubad"]
    with pytest.raises(DataError, match=r"'ordubad-hpp'.*field 'route'"):
        load_links(_write(tmp_path, record))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, r"Data file .*links.yaml is missing"),
        ("- id: [unclosed\n", r"links.yaml is not valid YAML"),
        ("id: alone\n", r"links.yaml: expected a list of links at the top level, got dict"),
    ],
)
def test_unreadable_links_files_are_data_errors(tmp_path, content, message):
    path = tmp_path / "links.yaml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=message):
        load_links(path)


def test_a_corridor_without_a_source_is_reported(tmp_path):
    from geo.links import load_corridors

    path = tmp_path / "corridors.yaml"
    path.write_text("- id: x\n  name: X corridor\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"corridors.yaml, corridor #1 \('x'\): field 'source'"):
        load_corridors(path)
