"""The cache on disk of the fold tables and the geoparser's automaton (geo._cache)."""

import pickle
import subprocess
import sys

import pytest

import geo
from geo._cache import cache_key, data_files, load_or_build
from geo.gazetteer import gazetteer
from geo.geoparse import Geoparser, _default_parser, _load_stopnames, link_names


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setattr(geo.settings, "cache_dir", tmp_path / "cache")
    monkeypatch.delenv("CORRIDORS_NO_CACHE", raising=False)
    return tmp_path / "cache"


def test_builds_once_then_reads_the_file(cache):
    calls = []

    def build():
        calls.append(1)
        return {"value": [1, 2, 3]}

    assert load_or_build("thing", "k1", build) == {"value": [1, 2, 3]}
    assert load_or_build("thing", "k1", build) == {"value": [1, 2, 3]}
    assert len(calls) == 1
    assert [p.name for p in cache.iterdir()] == ["thing-k1.pickle"]


def test_a_new_key_replaces_the_old_file_and_leaves_no_temporary_files(cache):
    load_or_build("thing", "k1", lambda: 1)
    load_or_build("other", "k1", lambda: 3)
    assert load_or_build("thing", "k2", lambda: 2) == 2
    assert sorted(p.name for p in cache.iterdir()) == ["other-k1.pickle", "thing-k2.pickle"]


def test_a_file_cut_short_is_rebuilt(cache):
    load_or_build("thing", "k1", lambda: list(range(1000)))
    path = cache / "thing-k1.pickle"
    path.write_bytes(path.read_bytes()[:50])
    assert load_or_build("thing", "k1", lambda: "rebuilt") == "rebuilt"
    assert pickle.loads(path.read_bytes()) == "rebuilt"


def test_a_folder_that_cannot_be_written_leaves_the_cache_off(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(geo.settings, "cache_dir", blocker / "cache")
    assert load_or_build("thing", "k1", lambda: 5) == 5


def test_no_cache_setting_builds_every_time(cache, monkeypatch):
    monkeypatch.setenv("CORRIDORS_NO_CACHE", "1")
    calls = []
    load_or_build("thing", "k1", lambda: calls.append(1))
    load_or_build("thing", "k1", lambda: calls.append(1))
    assert len(calls) == 2
    assert not cache.exists()


def test_the_key_follows_the_content_of_the_data_files(tmp_path):
    (tmp_path / "places.yaml").write_text("a: 1\n")
    first = cache_key(data_files(tmp_path))
    assert cache_key(data_files(tmp_path)) == first
    (tmp_path / "places.yaml").write_text("a: 2\n")
    assert cache_key(data_files(tmp_path)) != first
    (tmp_path / "links.yaml").write_text("[]\n")
    assert cache_key(data_files(tmp_path)) not in (first, cache_key([]))


def test_a_parser_read_from_the_cache_is_the_parser_built(cache):
    data = geo.settings.data_dir
    # the default parser's own arguments: the key names the data files, so a parser built
    # under it from other stop names would be another parser under the same key
    stopnames = _load_stopnames(data / "geonames_stopnames.txt") | _load_stopnames(
        data / "common_words.txt"
    )
    args = (gazetteer(), link_names(), stopnames)
    key = cache_key(data_files(data))
    built = Geoparser(*args, cache_key=key)
    read = Geoparser(*args, cache_key=key)
    assert built.entries == read.entries
    assert len(read.entries) == len(_default_parser().entries)
    assert read.places[0] is built.places[0]
    text = "Trucks left Astara (Iran) for Baku and Nakhchivan along the Araz."
    assert [(m.text, m.target) for m in read.parse(text)] == [
        (m.text, m.target) for m in built.parse(text)
    ]


def test_two_processes_building_at_once_both_parse(cache):
    code = "import geo; print([m.target for m in geo.geoparse('Baku and Tehran')])"
    env = {"CORRIDORS_CACHE_DIR": str(cache), "PATH": ""}
    procs = [
        subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, env=env, text=True)
        for _ in range(2)
    ]
    try:
        # (a cold build takes 40-90 s alone, more beside a busy machine's other work: the
        # limit is for a hung build, not a slow one)
        outs = [p.communicate(timeout=600)[0].strip() for p in procs]
    finally:
        for p in procs:
            p.kill()
            p.communicate()
    assert outs == ["['baku', 'tehran']", "['baku', 'tehran']"]
    names = {p.name.split("-")[0] for p in cache.iterdir()}
    assert {"fold", "geoparse"} <= names
    assert not [p for p in cache.iterdir() if p.suffix == ".tmp"]


def test_a_parse_loads_no_frame_or_map_library(cache):
    # import geo + the first geoparse is the start-up users wait for: pandas, geopandas and
    # folium (~300 ms and ~35 MB) are loaded when a frame or a map is first asked for
    code = (
        "import sys, geo; geo.geoparse('Baku and Tehran'); "
        "print(sorted({'pandas', 'geopandas', 'folium'} & set(sys.modules)))"
    )
    env = {"CORRIDORS_CACHE_DIR": str(cache), "PATH": ""}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, text=True)
    assert (out.stdout.strip(), out.stderr) == ("[]", "")


def test_the_key_follows_the_versions_of_the_libraries_the_cached_objects_come_from(
    monkeypatch,
):
    # the month names come from babel's CLDR data (geo.dateline), the automaton from
    # pyahocorasick: a new version of either is a new key
    import geo._cache as cache_module

    first = cache_key([])
    version = cache_module.metadata.version
    for dist in ("babel", "pyahocorasick"):
        monkeypatch.setattr(
            cache_module.metadata,
            "version",
            lambda d, dist=dist: "0.0" if d == dist else version(d),
        )
        cache_module._environment.cache_clear()
        try:
            assert cache_key([]) != first
        finally:
            monkeypatch.setattr(cache_module.metadata, "version", version)
            cache_module._environment.cache_clear()
    assert cache_key([]) == first


def test_a_parser_read_from_the_cache_keeps_its_tables(cache):
    # every table by entry the rules read goes into the cache with the automaton: the one
    # read back holds the same arrays and lists as the one built
    import numpy as np

    data = geo.settings.data_dir
    stopnames = _load_stopnames(data / "common_words.txt")
    args = (gazetteer(), link_names(), stopnames)
    built = Geoparser(*args, cache_key="tables")
    read = Geoparser(*args, cache_key="tables")
    assert "entries" not in read.__dict__  # made on first need
    for name in (
        "_curated",
        "_shared",
        "_turkic",
        "_spelt",
        "_monthly",
        "_anchor_country",
        "_anchor_at",
    ):
        assert np.array_equal(getattr(built, name), getattr(read, name)), name
    assert np.array_equal(built.word_rules._station, read.word_rules._station)
    assert np.array_equal(built._keys.kind_only, read._keys.kind_only)
    assert read._ids == built._ids and list(read.links) == list(built.links)
    assert all(a is b for a, b in zip(read.places, built.places, strict=True))


def test_the_month_names_read_from_the_cache_are_babels(cache):
    from geo.dateline import _cached_month_names, _month_names

    assert _cached_month_names() == _month_names()  # built and written
    assert [p.name.split("-")[0] for p in cache.iterdir()] == ["months"]
    assert _cached_month_names() == _month_names()  # read back
    assert _month_names()["марта"] == 3


def test_an_object_of_parts_is_pickled_part_by_part(cache):
    # (the automaton and its tables: the pickler never holds both at once)
    calls = []

    def build():
        calls.append(1)
        return [1, 2], {"b": (3,)}

    assert load_or_build("thing", "k1", build, parts=2) == ([1, 2], {"b": (3,)})
    assert load_or_build("thing", "k1", build, parts=2) == ([1, 2], {"b": (3,)})
    assert len(calls) == 1
    with (cache / "thing-k1.pickle").open("rb") as f:
        assert [pickle.load(f), pickle.load(f)] == [[1, 2], {"b": (3,)}]
        assert f.read() == b""


def _automaton(*words):
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for i, word in enumerate(words):
        automaton.add_word(word, i)
    automaton.make_automaton()
    return automaton


def test_an_automaton_goes_to_its_own_file_beside_the_pickle(cache):
    # (pickled, an automaton is one bytes object of all its nodes: the first run's peak)
    def build():
        return _automaton(" baku", " tabriz"), {"sizes": [1, 2]}

    for _ in range(2):  # built and written, then read back
        automaton, tables = load_or_build("thing", "k1", build, parts=2)
        assert sorted(automaton.items()) == [(" baku", 0), (" tabriz", 1)]
        assert [end for end, _ in automaton.iter("to baku")] == [6]
        assert tables == {"sizes": [1, 2]}
    assert sorted(p.name for p in cache.iterdir()) == ["thing-k1.0.automaton", "thing-k1.pickle"]
    assert (cache / "thing-k1.pickle").stat().st_size < 200  # the path, not the nodes
    load_or_build("thing", "k2", build, parts=2)  # a new key: the old files go
    assert sorted(p.name for p in cache.iterdir()) == ["thing-k2.0.automaton", "thing-k2.pickle"]


def test_a_pickle_whose_automaton_file_is_gone_is_rebuilt(cache):
    load_or_build("thing", "k1", lambda: _automaton(" baku"))
    (cache / "thing-k1.0.automaton").unlink()
    rebuilt = load_or_build("thing", "k1", lambda: _automaton(" ganja"))
    assert list(rebuilt.keys()) == [" ganja"]
    assert list(load_or_build("thing", "k1", lambda: None).keys()) == [" ganja"]


def test_a_write_that_fails_leaves_the_old_file_and_no_temporary_file(tmp_path):
    from geo._atomic import write_atomic, write_atomic_with

    path = tmp_path / "a.pickle"
    write_atomic(path, b"old")

    def write(f):
        f.write(b"half")
        raise pickle.PicklingError("cannot pickle")

    with pytest.raises(pickle.PicklingError):
        write_atomic_with(path, write)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pickle"]


def test_the_drawn_links_read_from_the_cache_are_the_links_drawn(cache, tmp_path):
    """geo.links caches the drawn links: the frame read back is the one drawn, and a changed
    links file is drawn anew (its content is in the key)."""
    import shutil

    from geo.links import links

    first = links()
    assert any(p.name.startswith("links-") for p in cache.iterdir())
    again = links()
    assert again.drop(columns="geometry").equals(first.drop(columns="geometry"))
    assert again.geometry.geom_equals_exact(first.geometry, tolerance=0).all()
    assert links(as_of="2018-12-01").set_index("id").loc["qazvin-rasht-railway", "status"] == (
        "under construction"
    )
    # a copy of the data folder whose first link is renamed draws the new name
    folder = tmp_path / "data"
    shutil.copytree(geo.settings.data_dir, folder)
    text = (folder / "links.yaml").read_text(encoding="utf-8")
    at = text.index("\n  name: ", text.index("\n- id: "))
    end = text.index("\n", at + 1)
    renamed = text[:at] + "\n  name: Renamed test link" + text[end:]
    (folder / "links.yaml").write_text(renamed, encoding="utf-8")
    names = set(links(folder / "links.yaml")["name"])
    assert "Renamed test link" in names
    assert "Renamed test link" not in set(links()["name"])


def test_a_missing_links_file_is_named_not_hashed(cache, tmp_path):
    from geo._errors import DataError
    from geo.links import links

    with pytest.raises(DataError, match="links.yaml is missing"):
        links(tmp_path / "nowhere" / "links.yaml")
