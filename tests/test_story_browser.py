"""geo/story.py: the article beside its map in headless Chromium (the HTML in test_story.py)."""

from __future__ import annotations

import json

import pytest
from browser import TILE_URL, open_offline

from geo.export import TWO_FRAMES, save_html
from geo.links import links as load_links
from geo.story import story_map

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
NSTC_SEGMENTS = [
    "alat-astara-railway",
    "astara-astara-railway",
    "rasht-astara-railway",
    "qazvin-rasht-railway",
    "qazvin-tehran-railway",
]
PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${alert(1)}"]

#: JavaScript: how much of the features of a target is in the map's view.
IN_VIEW = """([name, classes]) => {
    const map = window[name];
    const view = map.getBounds();
    const out = [];
    map.eachLayer((l) => {
        const cls = (l.options && l.options.className || "").split(/\\s+/);
        if (!classes.some((c) => cls.includes(c))) return;
        if (l instanceof L.CircleMarker) out.push(view.contains(l.getLatLng()));
        else out.push(view.intersects(l.getBounds()) && view.contains(l.getCenter()));
    });
    return out;
}"""


def _problems(report) -> list[str]:
    """Page problems, less tile requests Leaflet cancels when the view moves (offline tiles)."""
    return [p for p in report.problems if not TILE_URL.search(p)]


def _data(page) -> dict:
    return json.loads(page.locator("#story-data").text_content())


def _wait_popup(page, label: str) -> None:
    page.wait_for_function(
        """(label) => {
            const names = document.querySelectorAll(".leaflet-popup-content .popup-name");
            return names.length === 1 && names[0].textContent.trim() === label;
        }""",
        arg=label,
        timeout=5_000,
    )


def _click_mention_and_check(report, mark, data) -> None:
    key = mark.get_attribute("data-target")
    target = data["targets"][key]
    mark.click()
    _wait_popup(report.page, target["popup"])
    report.page.evaluate(TWO_FRAMES)
    in_view = report.page.evaluate(IN_VIEW, [report.map_name, target["classes"]])
    assert in_view and all(in_view), (key, in_view)
    assert "story-active" in (mark.get_attribute("class") or "")


def test_clicking_each_mention_flies_to_its_feature_and_opens_its_popup(browser, seed_page):
    with open_offline(browser, seed_page, **DESKTOP) as report:
        report.page.emulate_media(reduced_motion="reduce")
        data = _data(report.page)
        marks = report.page.locator("#story-panel mark[role=button]")
        assert marks.count() >= 14
        for i in range(marks.count()):
            _click_mention_and_check(report, marks.nth(i), data)
        assert _problems(report) == []


def test_an_animated_flight_ends_with_the_popup_open(browser, seed_page):
    with open_offline(browser, seed_page, **DESKTOP) as report:
        data = _data(report.page)
        zoom = f"window['{report.map_name}'].getZoom()"
        assert report.page.evaluate(zoom) < 10
        for key in ("place:az-embassy-tehran", "place:nakhchivan-ar", "place:araz"):
            mark = report.page.locator(f'#story-panel mark[data-target="{key}"]').first
            _click_mention_and_check(report, mark, data)
            if key == "place:az-embassy-tehran":
                assert report.page.evaluate(zoom) >= 10, "flies in to a point"
        assert _problems(report) == []


def test_mentions_without_a_feature_are_listed_not_dropped(browser, tmp_path):
    """The Zangezur corridor is a named corridor with no link of its own to draw."""
    text = "Routes\n\nBaku prefers the Zangezur corridor; Tehran offers the Aras corridor."
    page = save_html(story_map(text), tmp_path / "undrawn.html")
    with open_offline(browser, page, **DESKTOP) as report:
        page = report.page
        data = _data(page)
        undrawn = page.locator("#story-panel mark.story-undrawn")
        keys = [undrawn.nth(i).get_attribute("data-target") for i in range(undrawn.count())]
        assert keys == ["link:zangezur-corridor"]
        assert data["targets"]["link:zangezur-corridor"]["classes"] == []
        assert data["targets"]["link:araz-corridor"]["classes"]  # drawn: its segments
        assert page.locator("#story-undrawn li").all_inner_texts() == [
            "Zangezur corridor (TRIPP route through Armenia's Syunik) (Zangezur corridor)"
        ]
        assert _problems(report) == []


@pytest.mark.parametrize(
    ("feature", "target", "sentence"),
    [
        ("link-az-embassy-tehran", "place:az-embassy-tehran", True),
        ("place-nakhchivan-ar", "place:nakhchivan-ar", False),
        ("place-araz", "place:araz", False),
        ("link-araz-corridor-road", None, True),
    ],
)
def test_clicking_a_feature_highlights_its_mentions(browser, seed_page, feature, target, sentence):
    with open_offline(browser, seed_page, **DESKTOP) as report:
        page = report.page
        page.emulate_media(reduced_motion="reduce")
        panel = page.locator("#story-panel")
        panel.evaluate("(p) => { p.scrollTop = p.scrollHeight; }")
        path = page.locator(f".leaflet-overlay-pane path.{feature}").first
        path.dispatch_event("click")
        page.evaluate(TWO_FRAMES)
        active = page.locator("#story-panel .story-active")
        assert active.count() >= 1
        if target:
            marks = page.locator(f'#story-panel mark[data-target="{target}"]')
            assert marks.count() >= 1
            for i in range(marks.count()):
                assert "story-active" in marks.nth(i).get_attribute("class")
            others = page.locator(f'#story-panel mark.story-active:not([data-target="{target}"])')
            assert others.count() == 0
        if sentence:
            assert page.locator("#story-panel .story-sentence.story-active").count() == 1
        first = active.first
        box, pbox = first.bounding_box(), panel.bounding_box()
        assert pbox["y"] - 1 <= box["y"] and box["y"] + box["height"] <= pbox["y"] + pbox["height"]
        assert _problems(report) == []


def test_a_real_click_on_a_map_feature_highlights_its_mention(browser, seed_page):
    with open_offline(browser, seed_page, **DESKTOP) as report:
        page = report.page
        page.emulate_media(reduced_motion="reduce")
        page.locator('#story-panel mark[data-target="place:az-embassy-tehran"]').first.click()
        _wait_popup(page, "Embassy of Azerbaijan in Tehran")
        page.evaluate("([n]) => window[n].closePopup()", [report.map_name])
        page.locator('#story-panel mark[data-target="place:az"]').first.click()
        _wait_popup(page, "Azerbaijan")
        page.wait_for_timeout(500)  # the popup's own pan
        assert page.locator("#story-panel mark.story-active").count() >= 1
        marker = page.locator(".leaflet-overlay-pane path.link-az-embassy-tehran")
        page.evaluate(
            "([n]) => window[n].setView([35.73, 51.42], 9, {animate: false})", [report.map_name]
        )
        page.evaluate(TWO_FRAMES)
        box = marker.bounding_box()
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.evaluate(TWO_FRAMES)
        active = page.locator("#story-panel mark.story-active")
        assert active.count() == 1
        assert active.first.get_attribute("data-place") == "az-embassy-tehran"
        assert _problems(report) == []


def test_phone_layout_stacks_the_panel_above_a_usable_map(browser, seed_page, tmp_path):
    with open_offline(browser, seed_page, **PHONE) as report:
        page = report.page
        page.emulate_media(reduced_motion="reduce")
        panel = page.locator("#story-panel").bounding_box()
        the_map = page.locator(".folium-map").bounding_box()
        for box in (panel, the_map):
            assert box["width"] > 300 and box["height"] > 250
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] + 0.5
        assert panel["y"] + panel["height"] <= the_map["y"] + 1
        assert the_map["y"] + the_map["height"] <= PHONE["height"] + 0.5
        assert page.locator(".corridors-legend summary").is_visible()
        assert not page.locator(".corridors-legend h5").first.is_visible()  # folded
        data = _data(page)
        mark = page.locator('#story-panel mark[data-target="place:khudafarin-reservoir"]').first
        _click_mention_and_check(report, mark, data)
        page.screenshot(path=tmp_path / "story-phone.png")
        page.locator(".corridors-legend summary").click()
        assert page.locator(".corridors-legend h5").first.is_visible()
        assert _problems(report) == []


def test_desktop_screenshot(browser, seed_page, tmp_path):
    with open_offline(browser, seed_page, **DESKTOP) as report:
        report.page.emulate_media(reduced_motion="reduce")
        mark = report.page.locator('#story-panel mark[data-target="place:nakhchivan-ar"]').first
        _click_mention_and_check(report, mark, _data(report.page))
        report.page.screenshot(path=tmp_path / "story-desktop.png")
        assert (tmp_path / "story-desktop.png").stat().st_size > 20_000
        assert _problems(report) == []


def test_a_corridor_named_in_the_text_flies_to_all_its_segments(browser, tmp_path, seed_text):
    links = load_links()
    links["corridor"] = [("nstc" if i in NSTC_SEGMENTS else None) for i in links["id"]]
    page = save_html(story_map(seed_text, links=links), tmp_path / "nstc.html")
    with open_offline(browser, page, **DESKTOP) as report:
        report.page.emulate_media(reduced_motion="reduce")
        data = _data(report.page)
        assert sorted(data["targets"]["link:nstc"]["classes"]) == sorted(
            f"link-{i}" for i in NSTC_SEGMENTS
        )
        mark = report.page.locator('#story-panel mark[data-link="nstc"]').first
        _click_mention_and_check(report, mark, data)
        assert _problems(report) == []


def test_a_link_named_by_its_alias_flies_to_that_link(browser, tmp_path):
    text = (
        "Rail talks\n\nRussia will fund the Rasht–Astara railway, and the Aghband-Kalaleh "
        "bridge over the Araz is open."
    )
    page = save_html(story_map(text), tmp_path / "alias.html")
    with open_offline(browser, page, **DESKTOP) as report:
        report.page.emulate_media(reduced_motion="reduce")
        data = _data(report.page)
        marks = report.page.locator("#story-panel mark[data-link]")
        assert marks.all_inner_texts() == ["Rasht–Astara railway", "Aghband-Kalaleh bridge"]
        assert data["targets"]["link:rasht-astara-railway"]["classes"] == [
            "link-rasht-astara-railway"
        ]
        assert data["targets"]["link:rasht-astara-railway"]["popup"] == "Rasht–Astara railway"
        for i in range(marks.count()):
            _click_mention_and_check(report, marks.nth(i), data)
        assert _problems(report) == []


def test_injected_html_and_script_render_as_text(browser, tmp_path):
    title = "Title " + " ".join(PAYLOADS) + " {{ 7*7 }}"
    body = (
        f"{PAYLOADS[0]} Trains from {PAYLOADS[1]}Nakhchivan{PAYLOADS[2]} reach the "
        f"{PAYLOADS[1]}Araz River</script><script>alert(2)</script>. "
        "jQuery $(alert) {{ 7*7 }} {% if 1 %}x{% endif %} @import url(http://x.test/a.css); "
        "a_0123456789abcdef0123456789abcdef` fa-solid\n\n"
        f"They met {PAYLOADS[0]} in Zorbakistan{PAYLOADS[2]} too."
    )
    page = save_html(story_map(body, title=title), tmp_path / "evil.html")
    with open_offline(browser, page, **DESKTOP) as report:
        p = report.page
        assert p.locator("#story-panel h1").inner_text() == title
        assert p.title() == title
        text = p.locator("#story-panel .story-body").inner_text()
        assert " ".join(body.split()) == " ".join(text.split())
        assert p.locator("#story-panel img, #story-panel script").count() == 0
        assert p.locator('#story-panel mark[data-target="place:araz"]').count() == 1
        assert p.locator("#story-unresolved li").all_inner_texts() == ["Zorbakistan"]
        p.locator('#story-panel mark[data-target="place:araz"]').click()
        p.wait_for_timeout(1800)
        assert report.dialogs == []
        assert _problems(report) == []


def test_an_unknown_place_like_name_is_listed_as_unresolved(browser, tmp_path):
    text = "Rail link\n\nThe line will run from Zorbakistan to Nakhchivan along the Araz."
    page = save_html(story_map(text), tmp_path / "unknown.html")
    with open_offline(browser, page, **DESKTOP) as report:
        p = report.page
        assert p.locator("#story-unresolved li").all_inner_texts() == ["Zorbakistan"]
        assert p.locator("#story-panel mark.story-unresolved").inner_text() == "Zorbakistan"
        assert p.locator("#story-panel h1").inner_text() == "Rail link"
        assert _problems(report) == []


def test_a_name_inside_a_dashed_chain_of_places_is_marked_and_listed(browser, tmp_path):
    text = "Երկաթուղի\n\nԵրկաթուղին Կարս-Իգդիր-Զորբակ-Դիլուջու կկառուցվի մինչև 2029 թվականը։"
    page = save_html(story_map(text), tmp_path / "chain.html")
    with open_offline(browser, page, **DESKTOP) as report:
        p = report.page
        assert p.locator("#story-unresolved li").all_inner_texts() == ["Զորբակ"]
        assert p.locator("#story-panel mark.story-unresolved").inner_text() == "Զորբակ"
        drawn = p.locator("#story-panel mark[data-target]").all_inner_texts()
        assert drawn == ["Կարս", "Իգդիր", "Դիլուջու"]
        assert _problems(report) == []


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_map_knows_its_real_size_beside_the_panel(browser, seed_page, viewport):
    """Leaflet measured the map before the panel took its share: it must measure again,
    or its vector layers stay clipped to the old size (a blank band on one side)."""
    with open_offline(browser, seed_page, **viewport) as report:
        size, width, height = report.page.evaluate(
            f"""() => {{ const m = window['{report.map_name}'], c = m.getContainer();
                return [m.getSize(), c.clientWidth, c.clientHeight]; }}"""
        )
        assert (size["x"], size["y"]) == (width, height)


def test_a_persian_article_reads_right_to_left_beside_english_ones(browser, tmp_path):
    """Each paragraph takes the direction of its own script; quoted dates keep theirs."""
    text = (
        "پل آغبند بر روی رود ارس\n\n"
        "تهران- ایرنا- ۱۰ آذر ۱۴۰۵ - کامیون‌ها از روسیه و آستارا به رشت می‌روند.\n\n"
        "Lorries from Astara reach Rasht by the new road.\n"
    )
    page = save_html(story_map(text), tmp_path / "fa.html")
    with open_offline(browser, page, **DESKTOP) as report:
        direction = report.page.evaluate(
            """() => [...document.querySelectorAll('#story-panel .story-title, '
                + '#story-panel .story-body p')].map((e) => getComputedStyle(e).direction)"""
        )
        assert direction == ["rtl", "rtl", "ltr"]
        note = report.page.locator("#story-panel .story-date").inner_text()
        assert "2026-12-01" in note and "\u2068۱۰ آذر ۱۴۰۵\u2069" in note
        far = report.page.locator("#story-elsewhere li bdi").all_inner_texts()
        assert far == ["روسیه"]  # "Russia (روسیه)", the Persian isolated
        assert _problems(report) == []


#: A story map shown in a JupyterLab notebook cell: the iframe is about 830 x 500 px.
NOTEBOOK_CELL = {"width": 830, "height": 500}

#: JavaScript: the screen boxes of the map's controls, and the centres of its drawn features.
CONTROLS_AND_FEATURES = """(name) => {
    const map = window[name], box = map.getContainer().getBoundingClientRect();
    const controls = [...map.getContainer().querySelectorAll('.leaflet-control')]
        .map(c => c.getBoundingClientRect()).filter(r => r.width && r.height)
        .map(r => [r.left, r.top, r.right, r.bottom]);
    const centres = [];
    map.eachLayer(l => {
        if (!(l instanceof L.CircleMarker)) return;
        const p = map.latLngToContainerPoint(l.getLatLng());
        centres.push([box.left + p.x, box.top + p.y]);
    });
    return {controls, centres, zoom: map.getZoom()};
}"""


@pytest.mark.parametrize("viewport", [DESKTOP, NOTEBOOK_CELL], ids=["desktop", "notebook-cell"])
def test_the_layer_control_stays_folded_and_hides_no_feature(browser, seed_page, viewport):
    """Opened beside the panel, the layer control covered a third of the map in a notebook
    cell and the fit pushed the features into the corner below it."""
    with open_offline(browser, seed_page, **viewport) as report:
        page = report.page
        control = page.locator(".leaflet-control-layers")
        assert "leaflet-control-layers-expanded" not in (control.get_attribute("class") or "")
        folded = control.bounding_box()
        assert folded["width"] < 60 and folded["height"] < 60, folded
        seen = page.evaluate(CONTROLS_AND_FEATURES, report.map_name)
        assert len(seen["centres"]) >= 10
        hidden = [
            (x, y)
            for x, y in seen["centres"]
            for left, top, right, bottom in seen["controls"]
            if left <= x <= right and top <= y <= bottom
        ]
        assert hidden == [], seen
        control.hover()  # it opens on demand, as on the other maps
        page.wait_for_function(
            "() => document.querySelector('.leaflet-control-layers')"
            ".classList.contains('leaflet-control-layers-expanded')"
        )
        assert _problems(report) == []


def test_an_article_without_a_headline_is_titled_by_what_its_map_shows(browser, tmp_path):
    text = (
        "The Kars-Iğdır-Dilucu railway, whose foundation was laid in August, will carry "
        "freight from Kars to the border of Nakhchivan and on towards Baku, the minister "
        "said at a forum in Tbilisi on the Middle Corridor."
    )
    m = story_map(text)
    title = "Story map: Kars, Igdir, Dilucu Border Crossing, Nakhchivan Autonomous Republic, …"
    assert m.get_root().title == title
    page = save_html(m, tmp_path / "untitled.html")
    with open_offline(browser, page, **DESKTOP) as report:
        p = report.page
        assert p.title() == title
        shown = p.locator(".corridors-title h1").inner_text()
        assert shown.startswith("Story map: Kars, Igdir"), shown
        assert p.locator("#story-panel h1").count() == 0  # no headline of its own to show
        assert _problems(report) == []
    assert story_map("No place at all is named here.").get_root().title == "Story map"
