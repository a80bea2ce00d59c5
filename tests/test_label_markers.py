"""Labels keep off point markers (geo/static/labels.js), and a place's label and popup agree.

In the browser: no label's text box covers a circle marker (its round shape with
its stroke) or an icon marker other than its own, at a desktop and a phone
viewport and after zooming in and out; and the label of every place of the
overview carries the name its popup gives.
"""

from __future__ import annotations

import pytest

from geo import maps
from geo._baselabels import _SHORT_REGION
from geo.export import TWO_FRAMES, save_html

#: JavaScript: the labels shown and the point markers drawn, and every label that covers a
#: marker that is not its own (a marker at the label's anchor, or with the label's key).
_COVERED = r"""(name) => {
  const map = window[name];
  const rect = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const labels = [...document.querySelectorAll('.leaflet-map-pane .corridors-label')]
    .filter((e) => e.offsetParent !== null)
    .map((e) => { const a = e.parentElement.getBoundingClientRect();
                  return {text: e.textContent, key: e.dataset.label || '', box: rect(e), at: [a.left, a.top]}; });
  const markers = [];
  map.eachLayer((l) => {
    if (l instanceof L.CircleMarker && !(l instanceof L.Circle) && l._path && l._path.isConnected
        && l._path.style.display !== 'none') {
      const b = rect(l._path), w = l.options.stroke ? (l.options.weight || 0) / 2 : 0;
      const c = [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
      markers.push({cls: l._path.getAttribute('class') || '', at: c, r: (b[2] - b[0]) / 2 + w,
                    box: [b[0] - w, b[1] - w, b[2] + w, b[3] + w]});
    } else if (l instanceof L.Marker && l._icon && l._icon.isConnected
               && !l._icon.classList.contains('corridors-label-icon')) {
      const b = rect(l._icon);
      markers.push({cls: l._icon.className, at: [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2], r: 0, box: b});
    }
  });
  const hit = (a, b) => a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5;
  const covers = (box, m) => {
    if (!hit(box, m.box)) return false;
    if (!m.r) return true;
    const dx = Math.max(box[0] - m.at[0], 0, m.at[0] - box[2]);
    const dy = Math.max(box[1] - m.at[1], 0, m.at[1] - box[3]);
    return Math.hypot(dx, dy) < m.r - 0.5;
  };
  const covered = [];
  labels.forEach((lb) => markers.forEach((m) => {
    const own = (lb.key && m.cls.split(/\s+/).includes(lb.key))
      || (Math.abs(m.at[0] - lb.at[0]) < 2 && Math.abs(m.at[1] - lb.at[1]) < 2);
    if (!own && covers(lb.box, m)) { covered.push([lb.text, m.cls]); }
  }));
  return {zoom: map.getZoom(), labels: labels.length, markers: markers.length, covered: covered};
}"""

#: JavaScript: [key, label text, popup name] of every label whose feature has a popup.
_NAMES = r"""(name) => {
  const map = window[name];
  const popups = {};
  map.eachLayer((l) => {
    const cls = (l.options && l.options.className) || '';
    const key = cls.split(/\s+/).find((c) => /^(place|link)-/.test(c));
    const popup = l.getPopup && l.getPopup();
    if (!key || !popup) return;
    let html = popup.getContent();
    if (typeof html === 'function') html = html(l);
    if (html instanceof Element) html = html.outerHTML;  // (geo/static/vector.js's popups)
    const box = document.createElement('div');
    box.innerHTML = html;
    const b = box.querySelector('.popup-name');
    if (b) popups[key] = b.textContent;
  });
  return map._corridorsLabels.labels.map((lb) => [lb.text.dataset.label || '', lb.text.textContent,
                                                  popups[lb.text.dataset.label] ?? null]);
}"""

_ZOOM = "([name, dz]) => window[name].setZoom(window[name].getZoom() + dz, {animate: false})"


@pytest.mark.parametrize("name", ["overview", "transport", "energy", "story"])
def test_no_label_covers_a_marker_on_a_desktop_or_a_phone_or_after_zooming(
    name, exported_maps, browser
):
    from tests.browser import open_offline

    for width, height in ((1280, 800), (390, 800)):
        with open_offline(browser, exported_maps[name], width=width, height=height) as report:
            seen = []
            for dz in (0, 1, -2):  # the default view, one in, one out of it
                if dz:
                    report.page.evaluate(_ZOOM, [report.map_name, dz])
                    report.page.evaluate(TWO_FRAMES)
                    report.page.evaluate(TWO_FRAMES)
                found = report.page.evaluate(_COVERED, report.map_name)
                seen.append(found["zoom"])
                assert found["markers"] >= 5 and found["labels"] >= 3, (name, width, found)
                assert found["covered"] == [], (name, width, found["zoom"], found["covered"])
            assert len(set(seen)) == 3, seen  # three different zooms were looked at
            assert report.problems == []


def test_the_nakhchivan_marker_is_clear_of_armenias_name_on_a_phone(exported_maps, browser):
    """The audit's case: 'ARMENIA' was drawn over the Nakhchivan marker at 390 px."""
    from tests.browser import open_offline

    with open_offline(browser, exported_maps["overview"], width=390, height=800) as report:
        for dz in (0, 1):
            if dz:
                report.page.evaluate(_ZOOM, [report.map_name, dz])
                report.page.evaluate(TWO_FRAMES)
                report.page.evaluate(TWO_FRAMES)
            found = report.page.evaluate(_COVERED, report.map_name)
            assert not [c for c in found["covered"] if c[0].lower() == "armenia"], found


def test_julfa_hidden_beside_its_crowded_marker_is_named_when_zooming_in(browser, tmp_path):
    from tests.browser import open_offline

    page = save_html(maps.places_map(), tmp_path / "places.html")
    with open_offline(browser, page, width=1280, height=800) as report:
        shown = report.page.evaluate(
            """async ([name, lat, lon]) => {
                window[name].setView([lat, lon], 10, {animate: false});
                for (let i = 0; i < 2; i++) { await new Promise((r) => requestAnimationFrame(r)); }
                const e = document.querySelector('.corridors-label[data-label="place-julfa-az"]');
                return e !== null && e.offsetParent !== null ? e.textContent : null;
            }""",
            [report.map_name, 38.96, 45.63],
        )
        assert shown == "Julfa"
        assert report.page.evaluate(_COVERED, report.map_name)["covered"] == []


def test_every_place_of_the_overview_has_the_same_name_on_its_label_and_popup(
    exported_maps, browser
):
    from geo.gazetteer import gazetteer
    from tests.browser import open_offline

    gaz = gazetteer()
    with open_offline(browser, exported_maps["overview"], width=1280, height=800) as report:
        rows = report.page.evaluate(_NAMES, report.map_name)
    places = [(key, label, popup) for key, label, popup in rows if key.startswith("place-")]
    with_popup = [row for row in places if row[2] is not None]
    assert len(with_popup) >= 40, len(with_popup)
    # the regions and rivers carry a designed short form on the map ('Nakhchivan AR', 'Araz')
    short = {f"place-{pid}": name for pid, name in _SHORT_REGION.items()}
    short |= {
        f"place-{pid}": gaz.by_id[pid].name.replace(" River", "") for pid in ("araz", "kura")
    }
    differ = [
        (key, label, popup)
        for key, label, popup in with_popup
        if label != popup and short.get(key) != label
    ]
    assert differ == []
    assert ("place-julfa-az", "Julfa", "Julfa") in with_popup
    assert ("place-araz", "Araz", "Araz River") in with_popup


def test_a_town_at_a_lines_end_is_labelled_with_the_name_its_popup_gives():
    """One name per place: the places layer's row names both its popup and its label.

    A town where a line ends was labelled with the gazetteer's name even where the map's
    places layer (the popup's source) spells it otherwise.
    """
    import geopandas
    from shapely.geometry import LineString, Point

    from geo.labels import map_labels
    from geo.popups import _place_popup

    links = geopandas.GeoDataFrame(
        {"id": ["l1"], "name": ["Test road"], "places": [["ordubad", "julfa-az"]]},
        geometry=[LineString([(46.02, 38.91), (45.63, 38.96)])],
        crs="EPSG:4326",
    )
    places = geopandas.GeoDataFrame(
        {"id": ["julfa-az"], "name": ["Culfa <b>"], "kind": ["town"], "country": ["AZ"]},
        geometry=[Point(45.63, 38.96)],
        crs="EPSG:4326",
    )
    by_key = {lb.key: lb.text for lb in map_labels(links=links, places=places)}
    assert by_key["place-julfa-az"] == "Culfa &lt;b&gt;"
    assert '<b class="popup-name">Culfa &lt;b&gt;</b>' in _place_popup(places.iloc[0])
    assert by_key["place-ordubad"] == "Ordubad"  # not drawn as a place: the gazetteer's name
    ru = {lb.key: lb.text for lb in map_labels(links=links, places=places, lang="ru")}
    assert ru["place-julfa-az"] == "Джульфа"  # a language's name still comes from the aliases


def test_an_airport_the_story_names_is_labelled_at_the_storys_own_zoom(browser, tmp_path):
    """Buildings were named from zoom 12 only: a story of drones on Nakhchivan airport showed
    an unnamed point beside the town. At the story's default view its label is shown, beside
    the town's, and no label covers a marker."""
    from geo.settings import settings
    from geo.story import story_map
    from tests.browser import open_offline

    text = (
        "Drones struck Nakhchivan airport on Thursday, officials in Baku said. Flights from "
        "Yerevan airport were cancelled, and the Shahtakhti crossing on the Araz was closed "
        "to buses bound for Tabriz."
    )
    tiles, settings.tiles = settings.tiles, False
    try:
        page = save_html(story_map(text, title="Drones"), tmp_path / "story.html")
    finally:
        settings.tiles = tiles
    with open_offline(browser, page, width=1280, height=800) as report:
        shown = report.page.evaluate(
            """() => Object.fromEntries([...document.querySelectorAll(
                '.leaflet-map-pane .corridors-label')].filter((e) => e.offsetParent !== null)
                .map((e) => [e.dataset.label, e.textContent]))"""
        )
        found = report.page.evaluate(_COVERED, report.map_name)
        assert report.problems == []
    assert shown.get("place-nakhchivan-airport") == "Nakhchivan International Airport", shown
    assert shown.get("place-tabriz") == "Tabriz", shown
    assert found["zoom"] < 12 and found["covered"] == [], found
