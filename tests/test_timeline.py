"""geo.timeline and maps as of a date: the rendered HTML, then the timeline in headless Chromium."""

from __future__ import annotations

import json
import re

import pytest

import geo
from geo import maps
from geo.export import save_html
from geo.timeline import timeline_data

STATUS_CLASS = re.compile(r"\blink-([a-z0-9-]+) mode-[a-z0-9-]+ status-([a-z-]+)")


@pytest.fixture(scope="module")
def full():
    return geo.links()


def _drawn_statuses(html: str) -> dict[str, str]:
    """Link id (slug) -> the status class it is drawn with, read from the rendered page."""
    return {m[1]: m[2] for m in STATUS_CLASS.finditer(html)}


# ----------------------------------------------------------------------- maps as of a date


@pytest.mark.parametrize("as_of", ["2018-12-01", "2022-03-10", "2023-10-07"])
def test_link_maps_as_of_a_date_draw_that_day(full, as_of):
    expected = geo.links_as_of(full, as_of)
    for build, category in ((maps.transport_map, "transport"), (maps.energy_map, "energy")):
        html = build(full, as_of=as_of).get_root().render()
        drawn = _drawn_statuses(html)
        rows = expected[expected["category"] == category]
        want = {
            maps.slug(i): s if s in maps.STATUS_DASH else "planned"
            for i, s in zip(rows["id"], rows["status"], strict=True)
        }
        assert drawn == {k: v.replace(" ", "-") for k, v in want.items()}, (build, as_of)
        assert f"as of {as_of}" in html


def test_overview_before_the_memorandum_has_no_araz_corridor(full):
    html = maps.overview_map(full, as_of="2022-03-10").get_root().render()
    drawn = _drawn_statuses(html)
    assert "araz-corridor-road" not in drawn and "aghband-kalaleh-bridge" not in drawn
    assert drawn["horadiz-aghband-railway"] == "under-construction"
    after = _drawn_statuses(maps.overview_map(full, as_of="2023-10-07").get_root().render())
    assert after["aghband-kalaleh-bridge"] == "under-construction"
    assert after["araz-corridor-road"] == "planned"


def test_popups_show_the_history_up_to_the_date(full):
    from tests.maps_common import _popups  # popups travel in the page's compact JSON block

    html = _popups(maps.transport_map(full, as_of="2023-10-07").get_root().render())
    bridge = html[html.index("Aghband–Kalaleh road bridge over the Araz</b>") :][:6000]
    history = bridge[bridge.index("popup-history") : bridge.index("</ol>")]
    assert re.findall(r'data-date="([\d-]+)"', history) == [
        "2022-03-11",
        "2022-09-21",
        "2023-10-06",
    ]
    assert "menafn.com" in history and "2025-09-23" not in history


def test_a_bad_as_of_is_a_clear_error(full):
    with pytest.raises(geo.DataError, match=r"as_of='yesterday' is not a date"):
        maps.transport_map(full, as_of="yesterday")


# --------------------------------------------------------------------------- the timeline


def test_timeline_data_has_every_event_in_order(full):
    data = timeline_data(full, start="2023-10-07")
    events = data["events"]
    assert len(events) == len(geo.events())
    assert [e["d"] for e in events] == sorted(e["d"] for e in events)
    assert events[data["start"]]["d"] == "2023-10-06"
    assert events[data["start"] + 1]["d"] > "2023-10-07"
    assert data["links"]["link-aghband-kalaleh-bridge"][0] == ["2022-03-11", "planned"]


def test_overview_timeline_page_is_offline_and_its_data_is_script_safe(full, tmp_path):
    path = save_html(maps.overview_map(full, timeline=True), tmp_path / "overview.html")
    page = path.read_text(encoding="utf-8")
    raw = re.search(
        r'<script type="application/json" id="timeline-data">(.*?)</script>', page, re.S
    )
    assert raw and "<" not in raw[1]
    assert len(json.loads(raw[1])["events"]) == len(geo.events())
    assert not re.search(r'<(?:script|link)[^>]+(?:src|href)="https?:', page)


def _step(page, i):
    page.evaluate(
        "(i) => { const s = document.querySelector('.timeline-slider');"
        " s.value = String(i); s.dispatchEvent(new Event('input')); }",
        i,
    )


DRAWN = """() => {
    const out = {};
    document.querySelectorAll('.leaflet-overlay-pane path[class*="link-"]').forEach((p) => {
        const link = [...p.classList].find((c) => c.startsWith('link-')).slice(5);
        const status = [...p.classList].find((c) => c.startsWith('status-')).slice(7);
        out[link] = p.style.display === 'none' ? null : status;
    });
    return out;
}"""


def test_timeline_steps_through_every_event_offline(browser, full, tmp_path):
    from tests.browser import open_offline

    path = save_html(maps.overview_map(full, timeline=True), tmp_path / "overview.html")
    data = timeline_data(full)
    events = data["events"]
    with open_offline(browser, path, width=1200, height=800) as report:
        page = report.page
        assert page.locator(".corridors-timeline").is_visible()
        assert page.locator(".corridors-timeline li").count() == len(events)
        for i, event in enumerate(events):
            _step(page, i)
            assert page.get_attribute(".corridors-timeline", "data-date") == event["d"]
            current = page.locator(".corridors-timeline li.timeline-current")
            assert current.count() == 1 and event["w"] in current.inner_text()
            drawn = page.evaluate(DRAWN)
            expected = geo.links_as_of(full, event["d"])
            want = dict.fromkeys(maps.slug(x) for x in full["id"])
            for link, status in zip(expected["id"], expected["status"], strict=True):
                want[maps.slug(link)] = (
                    status if status in maps.STATUS_DASH else "planned"
                ).replace(" ", "-")
            assert drawn == want, event
        page.click(".timeline-back")
        assert page.get_attribute(".corridors-timeline", "data-step") == str(len(events) - 2)
        page.screenshot(path=tmp_path / "timeline.png")
        assert report.problems == []


def test_a_popup_opened_at_a_step_lists_the_history_up_to_it(browser, full, tmp_path):
    from tests.browser import open_offline

    path = save_html(maps.overview_map(full, timeline=True), tmp_path / "overview.html")
    start = timeline_data(full, start="2023-10-07")["start"]
    with open_offline(browser, path, width=1200, height=800) as report:
        page = report.page
        _step(page, start)
        page.evaluate(
            """(name) => { const map = window[name]; map.eachLayer((l) => {
                if ((l.options.className || '').includes('link-aghband-kalaleh-bridge')) l.openPopup();
            }); }""",
            report.map_name,
        )
        items = page.locator(".leaflet-popup .popup-history li")
        shown = [
            items.nth(i).get_attribute("data-date")
            for i in range(items.count())
            if items.nth(i).is_visible()
        ]
        assert shown == ["2022-03-11", "2022-09-21", "2023-10-06"]
        assert report.problems == []


def test_a_short_frame_keeps_only_the_current_event_in_the_panel(browser, full, tmp_path):
    """A map inline in a notebook cell (a short frame): the list folds to the current event."""
    from tests.browser import open_offline

    path = save_html(maps.overview_map(full, timeline=True), tmp_path / "overview.html")
    with open_offline(browser, path, width=820, height=480) as report:
        page = report.page
        items = page.locator(".corridors-timeline li")
        visible = [
            items.nth(i).inner_text() for i in range(items.count()) if items.nth(i).is_visible()
        ]
        current = page.locator(".corridors-timeline li.timeline-current").inner_text()
        assert visible == [current]
        panel = page.locator(".corridors-timeline").bounding_box()
        assert panel["height"] < 480 * 0.4, panel
        _step(page, 0)  # stepping shows the new current event, still alone
        visible = [
            items.nth(i).inner_text() for i in range(items.count()) if items.nth(i).is_visible()
        ]
        assert visible == [page.locator(".corridors-timeline li.timeline-current").inner_text()]
        assert visible != [current]
        assert report.problems == []
