"""geo/story.py: the article beside its map, checked in the HTML; the `corridors story` command.

The page in headless Chromium is checked in test_story_browser.py.
"""

from __future__ import annotations

import re

import pytest

from geo.cli import main
from geo.export import save_html
from geo.geoparse import geoparse
from geo.story import story_map, unresolved_names


def test_every_mention_of_the_seed_article_is_marked_with_its_target(seed_page, seed_text):
    page = seed_page.read_text(encoding="utf-8")
    mentions = geoparse(seed_text)
    marks = re.findall(r'<mark class="story-mention[^"]*" (data-(?:place|link))="([^"]+)"', page)
    assert len(marks) == len(mentions) >= 15
    for (attr, value), m in zip(marks, mentions, strict=True):
        assert (attr, value) == (("data-place", m.place.id) if m.place else ("data-link", m.link))
    assert "<title>Azerbaijan, Iran discuss current state of bilateral relations</title>" in page
    assert page.count('class="corridors-legend') == 1


def test_the_page_is_deterministic_and_self_contained(tmp_path, seed_text):
    a = save_html(story_map(seed_text), tmp_path / "a.html").read_bytes()
    b = save_html(story_map(seed_text), tmp_path / "b.html").read_bytes()
    assert a == b
    assert b'<script src="http' not in a and b"<link " not in a


def test_popups_quote_only_sentences_of_the_text(tmp_path, seed_page):
    quote = "<blockquote>Both sides supported implementation"
    assert quote in seed_page.read_text(encoding="utf-8")
    text = "Rail news\n\nThe Horadiz-Aghband railway will be 110 km long."
    page = save_html(story_map(text), tmp_path / "other.html").read_text(encoding="utf-8")
    assert "Horadiz–Aghband railway" in page
    assert "<blockquote>" not in page


def test_seed_article_names_nothing_unresolved(seed_text):
    assert unresolved_names(seed_text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Trains will run from Zorbakistan to Nakhchivan.", ["Zorbakistan"]),
        ("A dam on the Zorbak river and the city of Qwertyabad.", ["Zorbak", "Qwertyabad"]),
        ("Zorbak Valley Region hosts talks.", ["Zorbak Valley Region"]),
        ("Khalaf Khalafov met Iranian President Raisi in Tehran in May.", []),
        ("Talks in Azerbaijani-Iranian format went on in March.", []),
        ("He spoke to the Supreme National Security Council.", []),
        # a state's word is no name; the name after its "of" is
        ("Talks between the Republic of Azerbaijan and Iran went on.", []),
        ("Trucks came from the Republic of Zorbakistan.", ["Zorbakistan"]),
        # a direction, and the adjective of a place the gazetteer holds, are no names
        ("A bridge between East and West, across the Eurasian region.", []),
        ("Cargo goes to Indian ports and on to the Zorbakian region.", ["Zorbakian"]),
        # a name between two places of a dashed chain is a stop on the line, in any script;
        # the word after the chain's last place is the line ("Kars-Bahn")
        ("The Kars-Iğdır-Zorbak-Dilucu railway will be built.", ["Zorbak"]),
        ("Die Baku-Tbilisi-Kars-Bahn verbindet den Südkaukasus.", []),
        ("Երկաթուղին Կարս-Իգդիր-Զորբակ-Դիլուջու կկառուցվի։", ["Զորբակ"]),
        ("Линия Казвин-Зорбак-Решт будет построена.", ["Зорбак"]),
        # Russian and German place prepositions and kind words before a name
        ("Грузы пойдут через Зорбакистан и далее в Баку.", ["Зорбакистан"]),
        ("Дорога соединит город Зорбак с портом Поти.", ["Зорбак"]),
        ("Губернатор Зорбакской области Иван Петров приехал в Баку.", []),
        ("Die Züge fahren über Zorbach nach Tiflis.", ["Zorbach"]),
        ("Ein Büro in der Stadt Zorbach plant den Bau.", ["Zorbach"]),
        # a route's end beside a place, across a spaced dash; not an agency after a dateline
        ("Рельсы уложат на участке Зорбак – Герат.", ["Зорбак"]),
        ("The line Herat – Zorbak will follow.", ["Zorbak"]),
        ("Baku – Trend reports the news.", []),
        ("BAKU, May 3. INTERFAX-AZERBAIJAN – Automobile bridge opens.", []),
        # a source, a code, a unit, an acronym, a state's form, a people's word: no places
        ("The road is ready, according to Zorbak Zorbakov, the envoy.", []),
        ("Ministers met online due to COVID-19 in 2021.", []),
        ("Мощность составит около 200 МВт, сообщили в МИД.", []),
        ("Trade between the Islamic Republic and Azerbaijan grew.", []),
        ("Trend reports with reference to the Turkmen government.", []),
        ("Ministers of the Parties to the Agreement on Transit met.", []),
    ],
)
def test_unresolved_names(text, names):
    assert [u.text for u in unresolved_names(text)] == names


def test_story_map_rejects_bytes():
    with pytest.raises(TypeError, match="needs the article as a str"):
        story_map(b"Nakhchivan")


def test_page_debris_of_a_scraped_article_is_left_out_of_the_panel(seed_text, tmp_path):
    """post-img, share buttons and a lone section label are not article prose."""
    assert "post-img" in seed_text and seed_text.rstrip().endswith("Politics")
    text = seed_text + "\n\nShare  Tweet  Print\n\n***\n\nshare-buttons\n"
    page = save_html(story_map(text), tmp_path / "debris.html").read_text(encoding="utf-8")
    body = page[page.index('class="story-body"') :]
    body = body[: body.index("</div>")]
    for debris in ("post-img", ">Politics<", "Tweet", "***", "share-buttons"):
        assert debris not in body, debris
    # prose stays, and a short paragraph with a place in it is prose
    assert "Khalaf Khalafov provided detailed information" in body
    short = save_html(story_map("Azerbaijan and Iran\n\nPolitics\n\nBaku\n"), tmp_path / "s.html")
    assert "data-place" in short.read_text(encoding="utf-8").split('class="story-body"')[1]


#: Our own text, copied as a web page gives it: the headline and each paragraph on one line.
LINE_A_PARAGRAPH = (
    "Aghband bridge over the Araz nears completion on the Iranian side\n"
    "The road bridge between Aghband and Kalaleh over the Araz will be finished on the "
    "Iranian side by the end of the year, an official in Tabriz told reporters on Monday.\n"
    "The Azerbaijani half of the bridge was completed earlier; the road from the bridge "
    "follows the Iranian bank of the river towards Ordubad and Julfa in Nakhchivan.\n"
    "Share\n"
)


def _panel_parts(text: str) -> tuple[list[str], list[str]]:
    html = story_map(text).get_root().render()
    panel = html.split('id="story-panel"')[1].split("</aside>")[0]
    heads = re.findall(r'<h1 class="story-title"[^>]*>(.*?)</h1>', panel, re.S)
    body = panel.split('<div class="story-body">')[1].split("</div>")[0]
    paragraphs = [re.sub(r"<[^>]+>", "", p) for p in re.findall(r"<p[^>]*>(.*?)</p>", body, re.S)]
    return [re.sub(r"<[^>]+>", "", h) for h in heads], paragraphs


def test_a_copied_page_with_a_paragraph_a_line_keeps_its_headline_and_paragraphs():
    heads, paragraphs = _panel_parts(LINE_A_PARAGRAPH)
    assert heads == ["Aghband bridge over the Araz nears completion on the Iranian side"]
    assert [p[:24] for p in paragraphs] == ["The road bridge between ", "The Azerbaijani half of "]


def test_hard_wrapped_prose_stays_one_paragraph():
    text = (
        "Rail to Nakhchivan\n\n"
        "Trains will run from Horadiz to Aghband on the Araz\n"
        "and on through Iran to Ordubad and Julfa, officials\n"
        "in Baku said on Monday.\n"
    )
    heads, paragraphs = _panel_parts(text)
    assert heads == ["Rail to Nakhchivan"]
    assert len(paragraphs) == 1 and paragraphs[0].split() == text.split("\n\n")[1].split()


def test_a_named_corridor_with_nothing_drawn_is_listed_without_a_pandas_warning():
    # the drawn links are none: matching the corridor over no rows kept a string dtype,
    # and "bool | str" is a Pandas4Warning (an error under pytest, an error in pandas 4)
    m = story_map("Freight on the Middle Corridor\n\nFreight on the Middle Corridor grew.")
    panel = m.get_root().render().split('id="story-panel"')[1]
    assert "Middle Corridor" in panel.split("story-undrawn")[1]


def _fitted_box(html: str) -> list[list[float]]:
    """The [[south, west], [north, east]] the page fits its view to."""
    import json

    return json.loads(re.search(r"bounds = (\[\[[^;]*?\]\])", html).group(1))


def test_one_town_is_framed_by_the_countries_and_seas_named_beside_it():
    # alone, Poti would fill the frame at street scale; the Caspian and Azerbaijan the
    # text names beside it frame it
    m = story_map("Trains cross the Caspian Sea and Azerbaijan to reach Poti in Georgia.")
    (south, west), (north, east) = _fitted_box(m.get_root().render())
    assert west < 41.7 and east > 50.0 and south < 40.0 and north > 42.5
    # one town with no country or sea beside it keeps its own frame
    m = story_map("Trains reach Poti every week.")
    (south, west), (north, east) = _fitted_box(m.get_root().render())
    assert east - west < 0.5 and north - south < 0.5


def test_places_wholly_beyond_the_frame_leave_the_view_on_the_region():
    # the map may not pan west of the frame (geo.context.CONTEXT_BOX, 24 E): an article on
    # Albania's towns was fitted to a sliver of the frame's edge at street scale, an empty
    # map; it keeps the region now, the towns listed beside it (held-out set 361b)
    m = story_map("The quake hit Durrës and Tirana; in Shkodër houses cracked.")
    (south, west), (north, east) = _fitted_box(m.get_root().render())
    assert 35 < south < north < 45 and 40 < west < east < 55


# ---------------------------------------------------------------------------- the CLI


def test_cli_story_writes_the_page(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Trains from Zorbakistan reach Nakhchivan.", encoding="utf-8")
    out = tmp_path / "out" / "page.html"
    assert main(["story", str(article), "--out", str(out), "--title", "Rail <b>"]) == 0
    printed = capsys.readouterr().out
    assert str(out) in printed and "KB" in printed and "Zorbakistan" in printed
    assert "<title>Rail &lt;b&gt;</title>" in out.read_text(encoding="utf-8")
    short = tmp_path / "short.html"  # -o is --out, as in most tools that write a file
    assert main(
        ["story", str(article), "-o", str(short)]
    ) == 0 and "Zorbakistan" in short.read_text(encoding="utf-8")


def test_cli_story_lets_the_parser_go_before_the_map_and_maps_what_it_parsed(tmp_path):
    # the command's peak memory: the parser's automaton is released once the article is
    # parsed, before the map's libraries load (benchmarks/bench_memory.py); the page is the
    # one story_map builds from the text alone, and the parser comes back when asked
    from geo.geoparse import _default_parser

    article = tmp_path / "a.txt"
    article.write_text("Trains will run from Julfa to Nakhchivan.", encoding="utf-8")
    out = tmp_path / "p.html"
    assert main(["story", str(article), "-o", str(out)]) == 0
    assert _default_parser.cache_info().currsize == 0
    page = out.read_text(encoding="utf-8")
    assert 'data-place="nakhchivan' in page and "Julfa</mark>" in page
    assert [m.text for m in geoparse("Trains reach Julfa.")] == ["Julfa"]


def test_cli_story_prints_the_date_note_without_the_pages_bidi_isolates(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("BAKU, 3 March 2024\n\nTrains reach Nakhchivan.", encoding="utf-8")
    assert main(["story", str(article), "-o", str(tmp_path / "p.html")]) == 0
    note = capsys.readouterr().out.splitlines()[1]
    assert note == (
        "Links as they stood on 2024-03-03, the article's date (\u201c3 March 2024\u201d)."
    )
    assert "\u2068" in (tmp_path / "p.html").read_text(encoding="utf-8")  # the page keeps them


def test_cli_story_fails_in_one_line_on_a_missing_or_binary_file(tmp_path, capsys):
    assert main(["story", str(tmp_path / "none.txt"), "--out", str(tmp_path / "p.html")]) == 1
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    assert main(["story", str(binary), "--out", str(tmp_path / "p.html")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("corridors story:") for line in err)
    assert not (tmp_path / "p.html").exists()
