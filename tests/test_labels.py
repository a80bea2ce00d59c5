"""Tests of geo/labels.py: names, languages, and no overlapping labels in the browser."""

from __future__ import annotations

import pytest

from geo import maps
from geo._errors import DataError
from geo.export import TWO_FRAMES, save_html
from geo.labels import label_name, map_labels

#: JavaScript: the text and box of every label shown (in the map pane), after a zoom change.
_SHOWN = """([name, dz]) => {
    const map = window[name];
    if (dz) { map.setZoom(map.getZoom() + dz, {animate: false}); }
    return {zoom: map.getZoom(), labels: [...document.querySelectorAll(
        '.leaflet-map-pane .corridors-label')].filter((e) => e.offsetParent !== null)
        .map((e) => { const r = e.getBoundingClientRect();
                      return [e.textContent, r.left, r.top, r.right, r.bottom]; })};
}"""

#: Names each map must show at its default view (1280x800).
NAMED = {
    "story": {"Azerbaijan", "Iran", "Armenia", "Caspian Sea", "Nakhchivan AR", "Tehran"},
    "places": {
        "Azerbaijan",
        "Iran",
        "Armenia",
        "Turkey",
        "Nakhchivan",
        "Tehran",
        "Baku",
        "Caspian Sea",
        "Araz",
        "East Zangezur",
        "Karabakh",
        "Jolfa",  # Julfa, 10 px away across the border, is named when zooming in: at this
        # view every place beside its marker covers another marker or a higher label
    },
    "transport": {
        "Azerbaijan",
        "Iran",
        "Tehran",
        "Qazvin",
        "Rasht station",
        "Astara",
        "Nakhchivan",
        "Horadiz station",
        "Ordubad",
        "Julfa",
        "Caspian Sea",
    },
    "energy": {
        "Iran",
        "Azerbaijan",
        "Araz",
        "Nakhchivan AR",
        "Khudafarin HPP · 200 MW",
        "Khudafarin reservoir",
        "Giz Galasi HPP · 80 MW",
        "Ordubad HPP · 36 MW",
    },
    "overview": {
        "Azerbaijan",
        "Iran",
        "Armenia",
        "Caspian Sea",
        "Nakhchivan AR",
        "Karabakh",
        "Tehran",
        "Baku",
        "Nakhchivan",
        "Tabriz",
        "Araz",
    },
}


def _overlaps(labels: list[list]) -> list[tuple[str, str]]:
    out = []
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            if a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5 and a[2] < b[4] - 0.5 and b[2] < a[4] - 0.5:
                out.append((a[0], b[0]))
    return out


def test_labels_name_countries_regions_rivers_seas():
    labels = map_labels()
    by_text = {lb.text: lb for lb in labels}
    for name in (
        "Iran",
        "Iraq",
        "Syria",
        "Turkmenistan",
        "Kazakhstan",
        "Caspian Sea",
        "Black Sea",
        "Nakhchivan AR",
        "East Zangezur",
        "Karabakh",
        "Araz",
        "Kura",
    ):
        assert name in by_text, name
    assert by_text["Araz"].mode == "along" and len(by_text["Araz"].along) > 2
    assert by_text["Iran"].priority > by_text["Araz"].priority
    assert [lb.priority for lb in labels] == sorted((lb.priority for lb in labels), reverse=True)


def test_a_building_the_map_draws_is_named_at_every_zoom_as_a_town_is():
    """A map draws a building when its article names it (an airport struck by drones): its
    label is shown from the first zoom, as a town's; the collision pass decides the rest."""
    import geo

    by_key = {lb.key: lb for lb in map_labels(places=geo.places())}
    assert by_key["place-nakhchivan-airport"].min_zoom == 0
    assert by_key["place-nakhchivan-airport"].text == "Nakhchivan International Airport"
    assert by_key["place-baku"].min_zoom == 0
    assert by_key["place-baku"].priority > by_key["place-heydar-aliyev-airport"].priority


def test_lang_picks_names_where_the_data_has_them():
    texts = {lb.key: lb.text for lb in map_labels(lang="ru")}
    assert texts["country-ir"] == "Иран" and texts["country-az"] == "Азербайджан"
    assert {lb.key: lb.text for lb in map_labels(lang="az")}["country-am"] == "Ermənistan"
    assert {lb.key: lb.text for lb in map_labels(lang="fa")}["country-ir"] == "ایران"
    assert {lb.key: lb.text for lb in map_labels(lang="de")}["country-tr"] == "Türkei"
    assert label_name("Ordubad", ["Ordubad"], "fa") == "Ordubad"  # no Persian name: English
    with pytest.raises(DataError, match="lang='xx'"):
        maps.places_map(lang="xx")


def test_label_text_is_escaped(tmp_path):
    import geopandas
    from shapely.geometry import Point

    df = geopandas.GeoDataFrame(
        {
            "id": ["x"],
            "name": ["<img src=x onerror=alert(1)>"],
            "kind": ["town"],
            "country": ["AZ"],
        },
        geometry=[Point(46.0, 39.0)],
        crs="EPSG:4326",
    )
    page = save_html(maps.places_map(df), tmp_path / "evil.html").read_text(encoding="utf-8")
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


@pytest.mark.parametrize("name", list(NAMED))
def test_maps_name_what_they_show_without_overlaps(name, exported_maps, browser):
    from tests.browser import open_offline

    for width, height in ((1280, 800), (390, 844)):
        with open_offline(browser, exported_maps[name], width=width, height=height) as report:
            shown = report.page.evaluate(_SHOWN, [report.map_name, 0])
            if width == 1280:
                texts = {row[0] for row in shown["labels"]}
                assert NAMED[name] <= texts, NAMED[name] - texts
            for dz in (0, 1, -2):  # default, one in, one out
                if dz:
                    shown = report.page.evaluate(_SHOWN, [report.map_name, dz])
                    report.page.evaluate(TWO_FRAMES)
                    shown = report.page.evaluate(_SHOWN, [report.map_name, 0])
                assert len(shown["labels"]) >= 3, (name, width, dz)
                assert _overlaps(shown["labels"]) == [], (name, width, shown["zoom"])
                for row in shown["labels"]:
                    assert row[1] >= -1 and row[3] <= width + 1, row
            assert report.problems == []


#: JavaScript: centre on a place, zoom in, and say whether its label is shown.
_AT = """async ([name, key, lat, lon, zoom]) => {
    const map = window[name];
    map.setView([lat, lon], zoom, {animate: false});
    for (let i = 0; i < 2; i++) { await new Promise((r) => requestAnimationFrame(r)); }
    const el = document.querySelector(`.corridors-label[data-label="${key}"]`);
    return el !== null && el.offsetParent !== null;
}"""


def test_names_hidden_at_the_default_view_appear_when_zooming_in(exported_maps, browser):
    from tests.browser import open_offline

    with open_offline(browser, exported_maps["places"], width=1280, height=800) as report:
        page = report.page
        for key, lat, lon in (("place-ordubad", 38.91, 46.02), ("place-aghband", 39.10, 46.78)):
            assert page.evaluate(_AT, [report.map_name, key, lat, lon, 10]), key
