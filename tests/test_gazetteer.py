"""The curated gazetteer: data checks, loading errors, normalisation."""

import itertools
from pathlib import Path

import pytest
import yaml
from shapely.geometry import Point

import geo
from geo._errors import DataError
from geo.gazetteer import KINDS, haversine_km, load_geonames, load_places, normalize

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def curated():
    return load_places()


def test_ids_are_unique_and_every_entry_cites_a_source(curated):
    ids = [p.id for p in curated]
    assert len(ids) == len(set(ids))
    for p in curated:
        assert len(p.source) > 10, f"{p.id} has no real source"


def test_a_rivers_seat_names_a_town_of_the_gazetteer():
    """A river's seat (the town that keeps the bare name they share) is a place we hold:
    a GeoNames row dropped as the duplicate of a curated town is no seat."""
    from geo.gazetteer import gazetteer

    gaz = gazetteer()
    seated = {p.id: p.seat for p in gaz if p.kind == "river" and p.seat}
    assert len(seated) >= 5
    assert {i: s for i, s in seated.items() if s not in gaz.by_id} == {}
    assert seated["akhuryan-river"] == "akhuryan"


def test_a_units_seat_names_a_place_of_the_gazetteer():
    """A province's, county's or district's seat is a place we hold: the town whose point a
    city unit took (Mingachevir City) is no seat (scripts/regions_seats.py:seat_id);
    Golestan's Gorgan, in the world table's ring since round 15, is, and so is Adygea's
    Maykop, held since round 89 (a GeoNames capital under the world table's floor was
    none before: the layer's rebuild of stop 56 seats it)."""
    from geo.gazetteer import gazetteer

    gaz = gazetteer()
    seated = {p.id: p.seat for p in gaz if p.kind in ("region", "district") and p.seat}
    assert len(seated) >= 100
    assert {i: s for i, s in seated.items() if s not in gaz.by_id} == {}
    assert seated["ardabil-province"] == "ardabil"
    assert seated["syunik-province"] == "kapan"
    assert "Gorgan" in gaz.by_id[seated["golestan-province"]].aliases
    assert gaz.by_id["mingachevir-city-az"].seat == ""
    assert seated["adygea-ru"] == "maykop"


def test_geometries_are_valid_of_the_right_type_and_in_range(curated):
    for p in curated:
        assert p.geometry.is_valid, p.id
        assert p.geometry.geom_type in KINDS[p.kind], p.id
        minx, miny, maxx, maxy = p.geometry.bounds
        assert -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90, p.id
        assert p.geometry.buffer(1e-6).intersects(Point(p.lon, p.lat)), p.id


def test_no_duplicate_name_and_kind_within_1_km(curated):
    for a, b in itertools.combinations(curated, 2):
        if normalize(a.name) == normalize(b.name) and a.kind == b.kind:
            assert haversine_km(a.lat, a.lon, b.lat, b.lon) > 1.0, (a.id, b.id)


def test_curated_points_agree_with_geonames_where_they_cite_it():
    """A curated point citing a GeoNames id lies within 3 km of that GeoNames row."""
    rows = {p.id.split(":")[1]: p for p in load_geonames()}
    records = yaml.safe_load((DATA / "places.yaml").read_text(encoding="utf-8"))
    checked = 0
    for rec in records:
        g = rows.get(str(rec.get("geonames")))
        if g and "lat" in rec:
            assert haversine_km(rec["lat"], rec["lon"], g.lat, g.lon) < 3.0, (rec["id"], g.id)
            checked += 1
    assert checked >= 10


def test_places_dataframe_is_epsg4326_with_every_curated_place(curated):
    df = geo.places()
    assert df.crs.to_epsg() == 4326
    assert list(df["id"]) == [p.id for p in curated]
    assert {"id", "name", "kind", "country", "lat", "lon", "aliases", "source", "geometry"} <= set(
        df.columns
    )


def test_seed_article_places_are_all_present(curated):
    ids = {p.id for p in curated}
    assert {
        "nakhchivan",
        "nakhchivan-ar",
        "east-zangezur",
        "araz",
        "tehran",
        "karabakh",
        "khudafarin-reservoir",
        "giz-galasi-reservoir",
        "az",
        "ir",
        "am",
    } <= ids


GOOD = {
    "id": "x",
    "name": "X",
    "kind": "town",
    "country": "AZ",
    "lat": 39.0,
    "lon": 46.0,
    "source": "test source",
}


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"source": ""}, "source", "missing or empty"),
        ({"kind": "planet"}, "kind", "is not one of"),
        ({"country": "Azerbaijan"}, "country", "ISO 3166-1"),
        ({"lat": 139.0}, "lat", "out of range"),
        ({"lon": "46E"}, "lon", "must be a number"),
        ({"geometry": "nowhere"}, "geometry", "boundaries.geojson does not have"),
        ({"aliases": "Xx"}, "aliases", "list of non-empty strings"),
        ({"scope": "article"}, "scope", "is not one of ['links', 'context']"),
    ],
)
def test_bad_entries_are_reported_with_file_entry_and_field(tmp_path, change, field, message):
    path = tmp_path / "places.yaml"
    rec = {**GOOD, **change}
    path.write_text(yaml.safe_dump([GOOD | {"id": "ok"}, rec]))
    (tmp_path / "boundaries.geojson").write_text('{"type": "FeatureCollection", "features": []}')
    with pytest.raises(DataError) as err:
        load_places(path)
    msg = str(err.value)
    assert "places.yaml" in msg and "entry #2" in msg and f"'{field}'" in msg and message in msg


def test_duplicate_id_is_reported(tmp_path):
    path = tmp_path / "places.yaml"
    path.write_text(yaml.safe_dump([GOOD, GOOD]))
    (tmp_path / "boundaries.geojson").write_text('{"type": "FeatureCollection", "features": []}')
    with pytest.raises(DataError, match=r"entry #2 \(id 'x'\): field 'id' = 'x' is used twice"):
        load_places(path)


def test_broken_yaml_is_a_data_error(tmp_path):
    path = tmp_path / "places.yaml"
    path.write_text("- id: [unclosed\n")
    with pytest.raises(DataError, match="places.yaml is not valid YAML"):
        load_places(path)


def test_a_key_written_twice_in_one_record_is_a_data_error(tmp_path):
    # a merge that leaves one record's "aliases" under the next record's id: YAML would
    # keep the last silently and the first record's names would be lost
    path = tmp_path / "places.yaml"
    path.write_text("- id: x\n  aliases: [West Azarbaijan]\n  aliases: [Golestan]\n")
    with pytest.raises(DataError, match=r"places.yaml .*key 'aliases' is written twice .*line 1"):
        load_places(path)


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Naxçıvan", "naxcivan"),
        ("NAKHCHIVAN", "nakhchivan"),
        ("Iran’s", "iran"),
        ("Azerbaijan`s", "azerbaijan"),
        ("Qız Qalası", "qiz qalasi"),
        ("Cəbrayıl", "cabrayil"),
        ("Ağbənd", "agband"),
        ("North–South", "north south"),
        ("Нахичевань", "нахичевань"),
        ("ايران", "ایران"),
    ],
)
def test_normalize(raw, key):
    assert normalize(raw) == key
