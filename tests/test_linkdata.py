"""geo.linkdata: reading and validating links.yaml and corridors.yaml."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from geo._errors import DataError
from geo.linkdata import load_corridors, load_links

DATA = Path(__file__).resolve().parent.parent / "data"
RECORDS = yaml.safe_load((DATA / "links.yaml").read_text(encoding="utf-8"))


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
    del r["mode"]


def _edit_stored_status(r):
    r["status"] = "finished"


def _edit_unknown_mode(r):
    r["mode"] = "canal"


def _edit_out_of_range(r):
    r["route"].insert(3, {"lat": 95.0, "lon": 46.3})


def _edit_swapped_list(r):
    r["route"].insert(3, [38.87, 46.3])  # written as [lat, lon]; lists are [lon, lat]


def _edit_swapped_mapping(r):
    r["route"].insert(3, {"lat": 46.3, "lon": 38.87})


def _edit_source_without_url(r):
    r["sources"][0] = {"title": "a page"}


def _edit_misspelt_field(r):
    r["publised_length_km"] = r.pop("published_length_km", {"value": 60})


def _edit_aliases_not_a_list(r):
    r["aliases"] = "Aras road"


def _edit_empty_alias(r):
    r["aliases"] = ["Aras road", " "]


def _edit_offset_word(r):
    r["route"][1] = {"along": "araz", "bank": "IR", "offset_m": "stations"}


def _edit_section_not_a_stop(r):
    r["published_length_km"]["section"] = {"from": "aghband", "to": "horadiz"}


def _edit_section_backwards(r):
    r["published_length_km"]["section"] = {"from": "ordubad", "to": "aghband"}


def _edit_section_shape(r):
    r["published_length_km"]["section"] = "Iran"


def _edit_geometry_method(r):
    r["geometry_method"] = "surveyd"


def _edit_approx_without_hedge(r):
    r["published_length_km"]["approx"] = "55 км"  # a round number, but the source hedges nothing


def _edit_approx_other_number(r):
    r["published_length_km"]["approx"] = "about 65 km"


def _edit_approx_not_words(r):
    r["published_length_km"]["approx"] = True


@pytest.mark.parametrize(
    ("edit", "field", "words"),
    [
        (_edit_unknown_place, "route[1]", ["unknown place 'kalalehh'", "Did you mean 'kalaleh'"]),
        (_edit_missing_field, "mode", ["missing"]),
        (_edit_stored_status, "status", ["derived", "events.yaml"]),
        (_edit_unknown_mode, "mode", ["'canal'", "rail"]),
        (_edit_out_of_range, "route[3].lat", ["95.0", "out of range"]),
        (_edit_swapped_list, "route[3]", ["looks swapped"]),
        (_edit_swapped_mapping, "route[3]", ["looks swapped"]),
        (_edit_source_without_url, "sources[0]", ["'url'"]),
        (
            _edit_misspelt_field,
            "publised_length_km",
            ["not a field", "Did you mean 'published_length_km'"],
        ),
        (_edit_aliases_not_a_list, "aliases", ["list of non-empty strings", "'Aras road'"]),
        (_edit_empty_alias, "aliases", ["list of non-empty strings"]),
        (_edit_offset_word, "route[1].offset_m", ["'stations'", "'stops'", "[100, 3000]"]),
        (
            _edit_section_not_a_stop,
            "published_length_km.section.to",
            ["'horadiz'", "not a stop", "aghband, siahrud, ordubad"],
        ),
        (_edit_section_backwards, "published_length_km.section", ["earlier stop"]),
        (_edit_section_shape, "published_length_km.section", ["{country: <ISO2>}", "'Iran'"]),
        (_edit_geometry_method, "geometry_method", ["'surveyd'", "Did you mean 'surveyed'"]),
        (_edit_approx_without_hedge, "published_length_km.approx", ["'55 км'", "a hedge"]),
        (_edit_approx_other_number, "published_length_km.approx", ["the value 55"]),
        (_edit_approx_not_words, "published_length_km.approx", ["a string", "True"]),
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
    path = tmp_path / "corridors.yaml"
    path.write_text("- id: x\n  name: X corridor\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"corridors.yaml, corridor #1 \('x'\): field 'source'"):
        load_corridors(path)


@pytest.mark.parametrize(
    "words",
    ["около 55 км", "about 55 km", "some 55 kilometres", "təxminən 55 km", "حدود 55 کیلومتر",
     "Around 55,0 km"],
)  # fmt: skip
def test_approx_quotes_a_hedge_and_the_value_in_any_source_language(tmp_path, words):
    record = _base()
    record["published_length_km"]["approx"] = words
    (link,) = load_links(_write(tmp_path, record))
    assert link.record["published_length_km"]["approx"] == words
