"""geo.dateline, and story maps drawn as of the article's date."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import geo
from geo.cli import main
from geo.dateline import article_date
from geo.story import StoryPanel, story_map

STATUS_CLASS = re.compile(r"\blink-([a-z0-9-]+) mode-[a-z0-9-]+ status-([a-z-]+)")


@pytest.mark.parametrize(
    ("text", "year", "date", "words"),
    [
        ("BAKU, Azerbaijan, October 27, 2023. Ministers met.", None, "2023-10-27", "October 27, 2023"),
        ("BAKU, Azerbaijan, October 27. Ministers met.", None, None, "BAKU, Azerbaijan, October 27"),
        ("BAKU, Azerbaijan, October 27. Ministers met.", 2023, "2023-10-27", "BAKU, Azerbaijan, October 27"),
        ("TEHRAN, Nov. 22 (IRNA) - A train left.", 2018, "2018-11-22", "TEHRAN, Nov. 22"),
        ("NAKHCHIVAN, 14 February - Work began.", 2021, "2021-02-14", "NAKHCHIVAN, 14 February"),
        ("A headline\n\n6 October 2023 16:43\n\nThe bridge.", None, "2023-10-06", "6 October 2023"),
        ("Posted 2022-03-12: the memorandum.", None, "2022-03-12", "2022-03-12"),
        ("The dam opened in May 2024 on the river.", None, None, None),
        ("BAKU, Azerbaijan, October 32. Nothing.", 2023, None, None),
        ("Ministers met. " * 40 + "October 27, 2023", None, None, None),  # past the head
        # datelines in the gazetteer's other languages (CLDR month names)
        ("АСТАНА, 3 марта. /Интерфакс/. Поезда идут.", 2025, "2025-03-03", "АСТАНА, 3 марта"),
        ("ԵՐԵՎԱՆ, մարտի 3. /Արմենպրես/. Գնացքը", 2025, "2025-03-03", "ԵՐԵՎԱՆ, մարտի 3"),
        ("IĞDIR, 14 Mayıs (AA) - Kars hattı", 2024, "2024-05-14", "IĞDIR, 14 Mayıs"),
        ("Lənkəran, 12 may, Trend\n\nYük maşınları", 2025, "2025-05-12", "Lənkəran, 12 may"),
        ("BERLIN, 3. März (dpa) - Der Zug", None, None, "BERLIN, 3. März"),
        ("Nachitschewan, 5. Juni 2024 — Die Bahn", None, "2024-06-05", "5. Juni 2024"),
        ("تهران، ۱۲ مه ۲۰۲۵ - ایرنا", None, "2025-05-12", "۱۲ مه ۲۰۲۵"),
        ("Ministers met in Baku, 12 May and left.", 2025, None, None),  # not a dateline
        # Solar Hijri dates of Iranian agencies, given as the Gregorian day
        ("تهران- ایرنا- ۱۴ آبان ۱۴۰۴ - قطار باری", None, "2025-11-05", "۱۴ آبان ۱۴۰۴"),
        ("۱۴۰۴/۰۸/۱۴ - ۱۰:۳۰\nکد خبر: ۱۲۳", None, "2025-11-05", "۱۴۰۴/۰۸/۱۴"),
        ("چهارشنبه ۱۰ دي ۱۴۰۳، ساعت ۹", None, "2024-12-30", "۱۰ دي ۱۴۰۳"),  # Arabic yeh
        ("۱ فروردین ۱۴۰۴ - نوروز", None, "2025-03-21", "۱ فروردین ۱۴۰۴"),  # Nowruz
        ("۳۰ اسفند ۱۴۰۳ روز آخر", None, "2025-03-20", "۳۰ اسفند ۱۴۰۳"),  # 1403 is a leap year
        ("۳۰ اسفند ۱۴۰۴ روز آخر", None, None, None),  # 1404 is not
        ("۱۴۰۴/۱۳/۰۱ شماره", None, None, None),  # no 13th month
    ],
)  # fmt: skip
def test_article_date(text, year, date, words):
    found = article_date(text, year=year)
    if words is None:
        assert found is None
        return
    assert found.text == words
    assert (found.date.isoformat() if found.date else None) == date
    assert found.year_given == (year is not None and date is not None and str(year) not in words)


DATED = """Bridge work begins on the Araz

BAKU, Azerbaijan, October 7. A day after the groundbreaking at Aghband, officials said the \
Aghband–Kalaleh bridge would carry lorries towards Nakhchivan, while the Horadiz–Aghband railway \
advances along the river and the Aras corridor road through Iran waits for its contractor.
"""


def _drawn(m) -> dict[str, str]:
    return {x[1]: x[2] for x in STATUS_CLASS.finditer(m.get_root().render())}


@pytest.fixture(scope="module")
def full():
    return geo.links()


def test_a_story_of_a_dated_text_shows_that_dates_statuses(full):
    m = story_map(DATED, links=full, year=2023)
    panel = next(c for c in m._children.values() if isinstance(c, StoryPanel))
    assert panel.as_of == dt.date(2023, 10, 7)
    html = m.get_root().render()
    assert "Links as they stood on 2023-10-07, the article" in html
    drawn = _drawn(m)
    assert drawn["aghband-kalaleh-bridge"] == "under-construction"
    assert drawn["araz-corridor-road"] == "planned"  # its construction began in December 2023
    latest = _drawn(story_map(DATED.replace("October 7.", "October 7, 2024."), links=full))
    assert latest["araz-corridor-road"] == "under-construction"


def test_a_story_before_the_memorandum_leaves_the_corridor_out_and_lists_it(full):
    m = story_map(DATED, links=full, as_of="2022-03-10")
    drawn = _drawn(m)
    assert "aghband-kalaleh-bridge" not in drawn and "araz-corridor-road" not in drawn
    assert drawn["horadiz-aghband-railway"] == "under-construction"
    html = m.get_root().render()
    assert "Links as they stood on 2022-03-10 (the date given)." in html
    assert "Aghband–Kalaleh bridge" in html  # the mention stays in the text


def test_a_dated_story_that_names_no_link_draws_its_places(full):
    # As of a date, a story whose text names no link has an empty frame of links: it keeps
    # its columns (an empty mask once selected columns instead of rows).
    assert list(geo.links_as_of(full.iloc[:0], "2024-01-01").columns) == list(full.columns)
    m = story_map("BAKU, Azerbaijan, March 3, 2025\n\nGas from Iran to Nakhchivan.")
    html = m.get_root().render()
    assert "Links as they stood on 2025-03-03, the article" in html
    assert _drawn(m) == {}
    assert 'data-place="ir"' in html


def test_a_dateline_without_a_year_says_so_and_draws_the_latest(full):
    m = story_map(DATED, links=full)
    html = m.get_root().render()
    assert "gives no year" in html and "BAKU, Azerbaijan, October 7" in html
    assert _drawn(m)["araz-corridor-road"] == "under-construction"


def test_cli_story_as_of_and_year(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(DATED, encoding="utf-8")
    assert main(["story", str(article), "--out", str(tmp_path / "a.html"), "--year", "2023"]) == 0
    assert "Links as they stood on 2023-10-07" in capsys.readouterr().out
    assert main(["story", str(article), "--out", str(tmp_path / "b.html"), "--as-of", "soon"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--as-of 'soon' is not a date" in err
    assert main(["links", "--as-of", "2022-03-10"]) == 0
    out = capsys.readouterr().out
    assert "horadiz-aghband-railway" in out and "araz-corridor-road" not in out


def test_links_without_history_are_drawn_as_given_unless_a_date_is_asked_for(full):
    given = full.drop(columns="history")
    m = story_map(DATED, links=given, year=2023)
    assert "carry no history: drawn as given" in m.get_root().render()
    assert _drawn(m)["araz-corridor-road"] == "under-construction"
    with pytest.raises(geo.DataError, match="no 'history' column"):
        story_map(DATED, links=given, as_of="2023-10-07")
