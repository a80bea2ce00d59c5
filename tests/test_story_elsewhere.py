"""Far places on a story map: listed beside it with a locator, the map stays on the region."""

from __future__ import annotations

from browser import TILE_URL, open_offline

from geo._elsewhere import REGION_BOUNDS, is_far, locator_svg
from geo.export import save_html
from geo.gazetteer import gazetteer
from geo.story import story_map

TEXT = (
    "Azerbaijan and Iran open the Aghband bridge\n\n"
    "The Aghband bridge over the Araz will carry trucks from Baku to Nakhchivan through "
    "Iran. Containers from China and cargo bound for Moscow and Europe may follow the same "
    "road, officials in Tehran said."
)


def test_far_places_are_the_world_layers_places_outside_the_region():
    g = gazetteer()
    assert [is_far(g.by_id[i]) for i in ("cn", "europe", "black-sea", "geonames:524901")] == [
        True
    ] * 4
    # the project's own places stay, Iran though its centre lies east of the box
    assert [is_far(g.by_id[i]) for i in ("ir", "tr", "baku", "caspian-sea")] == [False] * 4


def test_the_locator_puts_the_dot_where_the_place_is():
    svg = locator_svg(55.75, 37.62)
    assert '<circle cx="43.5" cy="6.8"' in svg  # 72 x 36 px, 5 degrees a pixel
    south, west, north, east = REGION_BOUNDS
    assert f'x="{round((west + 180) / 5, 1)}"' in svg


def test_far_places_are_listed_not_drawn_and_the_map_stays_on_the_region(browser, tmp_path):
    page = save_html(story_map(TEXT), tmp_path / "far.html")
    html = page.read_text(encoding="utf-8")
    with open_offline(browser, page, width=1280, height=800) as report:
        p = report.page
        items = p.locator("#story-elsewhere li")
        assert items.all_inner_texts() == ["China", "Moscow", "Europe"]
        assert items.locator("svg.story-locator circle").count() == 3
        marks = p.locator('#story-panel mark[data-target="place:geonames:524901"]')
        assert "story-undrawn" in (marks.first.get_attribute("class") or "")
        bounds = p.evaluate(
            f"(() => {{ const b = window['{report.map_name}'].getBounds();"
            " return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; })()"
        )
        south, west, north, east = bounds
        assert south > 25 and north < 50 and west > 30 and east < 70, bounds
        assert [x for x in report.problems if not TILE_URL.search(x)] == []
    # the map draws no far place: its features carry no class of theirs
    assert "place-cn" not in html.split('id="story-data"')[1]


#: Our own text: the Aras corridor between Aghband and Ordubad, and "the Caucasus" in passing.
CAUCASUS_TEXT = (
    "The Aras corridor and the Caucasus\n\n"
    "Trucks will leave Aghband for Ordubad on the Iranian bank of the Araz, and the "
    "new road may change trade across the Caucasus, officials in Tabriz said."
)


def _fit_box(html: str) -> tuple[float, float, float, float]:
    import json
    import re

    (bounds,) = re.findall(r"var map = map_\w+, bounds = (\[\[[\d., \[\]-]*\]\]);", html)
    (south, west), (north, east) = json.loads(bounds)
    return south, west, north, east


def test_a_macro_region_named_in_passing_does_not_widen_the_view(browser, tmp_path):
    m = story_map(CAUCASUS_TEXT)
    html = m.get_root().render()
    assert 'data-place="caucasus"' in html  # marked in the text and drawn ...
    south, west, north, east = _fit_box(html)
    # ... but the view is fitted to the Araz, Aghband, Ordubad and Tabriz (43.6-48.6 E,
    # 38.0-40.2 N), not to the Caucasus (36.6-50.4 E, 38.4-45.5 N: Azov to the Caspian)
    assert 37.9 < south < 38.1 and 43.4 < west < 43.7, (south, west)
    assert 40.1 < north < 40.4 and 48.4 < east < 48.7, (north, east)
    page = save_html(m, tmp_path / "caucasus.html")
    with open_offline(browser, page, width=1280, height=800) as report:
        shown = report.page.evaluate(
            f"(() => {{ const b = window['{report.map_name}'].getBounds();"
            " return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; })()"
        )
        assert shown[2] < 42.0 and shown[1] > 40.0, shown  # neither Russia nor Cyprus
        assert report.problems == []


def test_a_macro_region_alone_still_frames_the_map():
    text = "Trade across the South Caucasus\n\nTrade across the South Caucasus grew."
    html = story_map(text).get_root().render()
    south, west, north, east = _fit_box(html)
    assert 38.0 < south < 38.5 and 39.7 < west < 40.1 and 43.5 < north < 43.9, (south, west, north)


def test_a_far_town_next_to_a_drawn_place_is_drawn_with_it(tmp_path):
    # Sochi (a world row north-west of the region's box) lies 33 km from Leselidze across the
    # Psou: drawn beside it, not listed as far; Moscow stays listed
    text = (
        "A reopened crossing\n\n"
        "Lorries cross from Leselidze to Sochi and go on north; the cargo was bound for "
        "Moscow."
    )
    page = save_html(story_map(text), tmp_path / "near.html").read_text(encoding="utf-8")
    far = _far_list(page)
    assert "Moscow" in far and "Sochi" not in far
    assert 'data-target="place:geonames:491422"' in page
    assert "place-geonames-491422" in page  # its feature class: drawn on the map


def test_a_far_place_of_the_projects_own_data_is_listed_like_any_other(tmp_path):
    # Kavala and the Moscow Kremlin are records of data/places.yaml, far from the region
    # all the same: an article on the corridor that names them in passing keeps its map
    # on the region; Iran, the project's own country, stays drawn
    g = gazetteer()
    assert [is_far(g.by_id[i]) for i in ("kavala-gr", "moscow-kremlin", "ir", "tr")] == [
        True,
        True,
        False,
        False,
    ]
    text = (
        "Gas for the Balkans\n\n"
        "Gas from Baku crosses Georgia and Turkey; a new branch would carry it on to "
        "Kavala in Greece, officials in Tehran said."
    )
    page = save_html(story_map(text), tmp_path / "kavala.html").read_text(encoding="utf-8")
    far = _far_list(page)
    assert "Kavala" in far and "Baku" not in far
    assert "place-kavala-gr" not in page


def test_an_article_that_names_nothing_in_the_region_draws_what_it_names(tmp_path):
    # Serhetabat, Torghundi and Herat all lie east of the box: nothing keeps the map on
    # the region, so nothing is listed as far and the map goes to them
    text = "A new rail crossing\n\nWagons cross from Serhetabat to Torghundi and go on to Herat."
    page = save_html(story_map(text), tmp_path / "east.html").read_text(encoding="utf-8")
    assert 'class="story-far"' not in page
    assert (
        "place-geonames-1219377" in page and "place-torghundi" in page
    )  # its feature class: drawn on the map


def _far_list(page: str) -> str:
    """The "also mentioned" list of a saved story page (its HTML)."""
    return page.split('class="story-far"')[1].split("</ul>")[0]


def test_a_town_inside_a_named_project_country_is_drawn(tmp_path):
    # Shalamcheh lies in Iran's south-west, far south of the region's box: in a text that
    # names Iran, which the map draws whole, it is drawn, and Basra 20 km across the border
    # with it; Baghdad and Iraq stay listed
    g = gazetteer()
    assert is_far(g.by_id["shalamcheh-crossing"])
    text = (
        "A railway to Basra\n\n"
        "Iran and Iraq began the line from Shalamcheh to Basra; officials in Tehran and "
        "Baghdad signed it."
    )
    page = save_html(story_map(text), tmp_path / "shalamcheh.html").read_text(encoding="utf-8")
    far = _far_list(page)
    assert "Baghdad" in far and "Shalamcheh" not in far and "Basra" not in far
    assert "place-shalamcheh-crossing" in page  # its feature class: drawn on the map
    # with no project country named, the crossing is as far as before
    text = "A railway to Basra\n\nWagons left Baku; the line from Shalamcheh to Basra is new."
    page = save_html(story_map(text), tmp_path / "plain.html").read_text(encoding="utf-8")
    assert "Shalamcheh" in _far_list(page)
