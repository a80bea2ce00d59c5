"""geo.eventdata and the history of the links: events.yaml, statuses as of a date, geo.events()."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
import yaml

import geo
from geo._errors import DataError
from geo.eventdata import EVENT_KINDS
from geo.linkdata import load_links

DATA = Path(__file__).resolve().parent.parent / "data"
EVENTS = yaml.safe_load((DATA / "events.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def full():
    return geo.links()


def _statuses(full, as_of: str) -> dict[str, str]:
    df = geo.links_as_of(full, as_of)
    return dict(zip(df["id"], df["status"], strict=True))


def _recorded(link: str, as_of: str) -> str | None:
    """The status the events file gives ``link`` on ``as_of``, read straight from the YAML."""
    entry = next(e for e in EVENTS if e["link"] == link)
    upto = [e for e in entry["events"] if str(e["date"]) <= as_of]
    return EVENT_KINDS[upto[-1]["kind"]] if upto else None


# --------------------------------------------------------------------- statuses by date


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        # before the memorandum of 11 March 2022 the Araz (Aras) corridor is not there
        ("2022-03-10", {"araz-corridor-road": None, "araz-corridor-railway": None,
                        "aghband-kalaleh-bridge": None, "horadiz-aghband-railway": "under construction"}),
        ("2022-03-11", {"araz-corridor-road": "planned", "araz-corridor-railway": "planned",
                        "aghband-kalaleh-bridge": "planned"}),
        # the groundbreaking of 6 October 2023
        ("2023-10-07", {"aghband-kalaleh-bridge": "under construction", "araz-corridor-road": "planned",
                        "az-embassy-tehran": "suspended", "khudafarin-reservoir": "planned"}),
        # the trial run of November 2018, then the opening of March 2019
        ("2018-12-01", {"qazvin-rasht-railway": "under construction", "rasht-astara-railway": None}),
        ("2019-03-06", {"qazvin-rasht-railway": "operational"}),
        ("2021-02-13", {"horadiz-aghband-railway": None}),
        ("2021-02-14", {"horadiz-aghband-railway": "under construction"}),
        ("2024-05-19", {"khudafarin-reservoir": "operational", "giz-galasi-reservoir": "operational",
                        "khudafarin-hpp": "planned"}),
        ("2024-07-15", {"az-embassy-tehran": "operational"}),
    ],
)  # fmt: skip
def test_statuses_as_of_dates_match_the_recorded_events(full, as_of, expected):
    statuses = _statuses(full, as_of)
    for link, status in expected.items():
        assert statuses.get(link) == status, (as_of, link)
        assert _recorded(link, as_of) == status, (as_of, link)  # the file says the same


@pytest.mark.parametrize("as_of", ["2006-06-01", "2018-03-27", "2022-12-31", "2025-01-01"])
def test_every_status_as_of_a_date_is_the_latest_recorded_event(full, as_of):
    statuses = _statuses(full, as_of)
    for entry in EVENTS:
        assert statuses.get(entry["link"]) == _recorded(entry["link"], as_of), entry["link"]


def test_history_is_cut_at_the_date_and_the_status_fields_follow(full):
    row = geo.links(as_of="2023-10-07").set_index("id").loc["aghband-kalaleh-bridge"]
    assert [e["label"] for e in row["history"]] == ["2022-03-11", "2022-09-21", "2023-10-06"]
    assert row["status_date"] == "2023-10-06"
    assert "menafn.com" in row["status_source"]
    latest = full.set_index("id").loc["aghband-kalaleh-bridge"]
    assert len(latest["history"]) > 3 and latest["status_date"] == latest["history"][-1]["label"]


def test_links_as_of_needs_history_and_a_date(full):
    with pytest.raises(DataError, match=r"as_of='autumn 2023' is not a date.*YYYY-MM-DD"):
        geo.links_as_of(full, "autumn 2023")
    with pytest.raises(DataError, match="no 'history' column"):
        geo.links_as_of(full.drop(columns="history"), "2023-01-01")


def test_events_table_lists_every_event_in_date_order():
    table = geo.events()
    assert len(table) == sum(len(e["events"]) for e in EVENTS)
    assert table["date"].is_monotonic_increasing
    assert str(table["date"].dtype).startswith("datetime64")
    bridge = table[table["link"] == "aghband-kalaleh-bridge"]
    assert bridge.iloc[2][["date_label", "kind", "status"]].tolist() == [
        "2023-10-06", "construction", "under construction",
    ]  # fmt: skip
    assert table["source_url"].str.startswith("http").all()
    year = table[table["date_label"] == "2006"].iloc[0]
    assert (year["link"], str(year["date"].date())) == ("qazvin-rasht-railway", "2006-01-01")


# ------------------------------------------------------------------------- validation


def _copy(tmp_path: Path) -> Path:
    for name in ("links.yaml", "corridors.yaml"):
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path / "links.yaml"


def _write_events(tmp_path: Path, entries: list) -> None:
    text = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False)
    (tmp_path / "events.yaml").write_text(text, encoding="utf-8")


def _entry(entries, link):
    return next(e for e in entries if e["link"] == link)


def _bad_date(entries):
    _entry(entries, "qazvin-rasht-railway")["events"][1]["date"] = "22 November 2018"


def _impossible_date(entries):
    _entry(entries, "qazvin-rasht-railway")["events"][1]["date"] = "2018-13-01"


def _unknown_kind(entries):
    _entry(entries, "qazvin-rasht-railway")["events"][1]["kind"] = "trail run"


def _out_of_order(entries):
    events = _entry(entries, "qazvin-rasht-railway")["events"]
    events[1], events[2] = events[2], events[1]


def _no_source(entries):
    del _entry(entries, "qazvin-rasht-railway")["events"][0]["source"]


def _misspelt_field(entries):
    event = _entry(entries, "qazvin-rasht-railway")["events"][0]
    event["wht"] = event.pop("what")


def _no_events(entries):
    _entry(entries, "qazvin-rasht-railway")["events"] = []


@pytest.mark.parametrize(
    ("edit", "field", "words"),
    [
        (_bad_date, "events[1].date", ["'22 November 2018'", "YYYY-MM-DD"]),
        (_impossible_date, "events[1].date", ["'2018-13-01'", "not a date"]),
        (_unknown_kind, "events[1].kind", ["'trail run'", "Did you mean 'trial run'"]),
        (_out_of_order, "events[2].date", ["2018-11-22", "comes before", "2019-03-06", "date order"]),
        (_no_source, "events[0].source", ["missing"]),
        (_misspelt_field, "events[0].wht", ["not a field", "Did you mean 'what'"]),
        (_no_events, "events", ["non-empty list"]),
    ],
)  # fmt: skip
def test_bad_history_names_file_link_and_field(tmp_path, edit, field, words):
    entries = copy.deepcopy(EVENTS)
    edit(entries)
    _write_events(tmp_path, entries)
    with pytest.raises(DataError) as info:
        load_links(_copy(tmp_path))
    msg = str(info.value)
    assert msg.startswith("events.yaml, link 'qazvin-rasht-railway': "), msg
    assert f"field {field!r}" in msg
    for word in words:
        assert word in msg


def test_a_link_without_an_entry_and_an_unknown_link_are_reported(tmp_path):
    entries = [e for e in copy.deepcopy(EVENTS) if e["link"] != "marazad-hpp"]
    _write_events(tmp_path, entries)
    with pytest.raises(
        DataError, match=r"events\.yaml: link 'marazad-hpp' of links\.yaml has no events"
    ):
        load_links(_copy(tmp_path))
    entries = copy.deepcopy(EVENTS)
    entries[0]["link"] = "alat-astara-railwya"
    _write_events(tmp_path, entries)
    with pytest.raises(
        DataError,
        match=r"entry #1 \('alat-astara-railwya'\): field 'link'.*Did you mean 'alat-astara-railway'",
    ):
        load_links(_copy(tmp_path))
