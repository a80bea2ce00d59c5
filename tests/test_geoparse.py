"""geoparse(): the places and named links a text mentions, checked against hand-made gold sets."""

import json
import pickle
import unicodedata
from pathlib import Path

import pytest

from geo.cli import main
from geo.gazetteer import gazetteer
from geo.geoparse import Mention, geoparse
from tests.parsing import found as _found

DATA = Path(__file__).resolve().parent.parent / "data"
ARTICLE = (DATA / "article.txt").read_text(encoding="utf-8")
ARTICLE_GOLD = json.loads((DATA / "gold" / "article.json").read_text(encoding="utf-8"))
EXTRA_GOLD = json.loads((DATA / "gold" / "extra.json").read_text(encoding="utf-8"))


def _spans(mentions):
    return {(m.start, m.end, m.target) for m in mentions}


def _gold(mentions):
    return {(m["start"], m["end"], m["id"]) for m in mentions}


# ---------------------------------------------------------------- gold sets
def test_article_is_the_shared_seed_verbatim():
    assert ARTICLE.startswith("Azerbaijan, Iran discuss current state of bilateral relations\n")
    assert "post-img" in ARTICLE
    assert ARTICLE.rstrip().endswith("Politics")


def test_gold_offsets_point_at_the_gold_text():
    for m in ARTICLE_GOLD["mentions"]:
        assert ARTICLE[m["start"] : m["end"]] == m["text"]
    for doc in EXTRA_GOLD["documents"]:
        for m in doc["mentions"]:
            assert doc["text"][m["start"] : m["end"]] == m["text"]


def test_gold_ids_exist():
    gaz = gazetteer()
    ids = [m["id"] for m in ARTICLE_GOLD["mentions"]]
    ids += [m["id"] for d in EXTRA_GOLD["documents"] for m in d["mentions"]]
    assert all(i in gaz.by_id or i == "nstc" for i in ids)


def test_seed_article_matches_gold_exactly():
    got = _spans(geoparse(ARTICLE))
    gold = _gold(ARTICLE_GOLD["mentions"])
    assert got - gold == set(), "false positives"
    assert gold - got == set(), "missed"


def test_extra_gold_precision_and_recall():
    tp = fp = fn = 0
    for doc in EXTRA_GOLD["documents"]:
        got, gold = _spans(geoparse(doc["text"])), _gold(doc["mentions"])
        tp, fp, fn = tp + len(got & gold), fp + len(got - gold), fn + len(gold - got)
    assert tp + fn >= 40
    assert tp / (tp + fp) >= 0.95
    assert tp / (tp + fn) >= 0.9


def test_extra_gold_covers_the_scripts():
    langs = {d["lang"] for d in EXTRA_GOLD["documents"]}
    assert {"az", "fa", "hy", "ru", "en"} <= langs
    assert not any(d["text"] in ARTICLE for d in EXTRA_GOLD["documents"])


# ---------------------------------------------------------------- matching
def test_offsets_point_at_the_original_text():
    texts = [ARTICLE, *(d["text"] for d in EXTRA_GOLD["documents"])]
    texts.append(unicodedata.normalize("NFD", "Naxçıvan, Şuşa və Bakı straße Iran"))
    for text in texts:
        for m in geoparse(text):
            assert text[m.start : m.end] == m.text
            assert m.sentence and m.text in m.sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Azerbaijan`s Embassy", [("Azerbaijan", "az")]),
        ("Iran's capital", [("Iran", "ir")]),
        ("Iran’s capital", [("Iran", "ir")]),
        ("Armenia' s border", [("Armenia", "am")]),
        ("Türkiye'nin sınırı", [("Türkiye", "tr")]),
    ],
)
def test_possessives_and_odd_apostrophes_end_the_mention(text, expected):
    assert _found(text) == expected


def test_longest_name_wins():
    assert _found("the East Zangezur economic region") == [
        ("East Zangezur economic region", "east-zangezur")
    ]
    assert _found("Azerbaijan`s Embassy in Tehran") == [
        ("Azerbaijan`s Embassy in Tehran", "az-embassy-tehran")
    ]


def test_names_broken_over_lines_and_double_spaces():
    assert _found("the East\n  Zangezur economic region") == [
        ("East\n  Zangezur economic region", "east-zangezur")
    ]


def test_page_debris_gives_nothing():
    assert geoparse("post-img\n\nPolitics\n") == []
    lines = [m.sentence for m in geoparse(ARTICLE)]
    assert not any("post-img" in s or s == "Politics" for s in lines)


@pytest.mark.parametrize(
    "text",
    [
        "In May, on Monday and in March the ministers met.",
        "Bank officials said the band would play.",  # GeoNames stop names, capitalised
        "We will shut the bank and the gem shop.",
        "Ali Akbar Ahmadian met President Raisi.",  # 'Ali' is a GeoNames village
        "The Iranian side and Azerbaijani-Iranian relations; Armenians and Iranians.",
        "illegal values in a python module, see the documentation of copy and pickle.",
        # frequent Azerbaijani and Russian words that are GeoNames aliases, capitalised
        "Baş nazir çıxış edib. Ara yollar təmir edilir. Bina tikilir. Uzun illər keçib.",
        "Pul köçürmələri artıb. Milli Məclis toplanıb. Банк сообщил об этом.",
        "",
    ],
)
def test_ordinary_words_adjectives_and_people_are_not_places(text):
    assert geoparse(text) == []


def test_lowercase_names_are_not_matched():
    assert geoparse("the aras and the kars of baku") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Naxçıvanda yeni stansiya", [("Naxçıvan", "nakhchivan-ar")]),
        ("Azərbaycanın səfiri", [("Azərbaycan", "az")]),
        ("переговоры Ирана и Армении", [("Иран", "ir"), ("Армени", "am")]),
        ("в Тегеране", [("Тегеран", "tehran")]),
        ("Հայաստանի և Իրանի", [("Հայաստան", "am"), ("Իրան", "ir")]),
        ("رود ارس و تبریز", [("رود ارس", "araz"), ("تبریز", "tabriz")]),
        ("راه‌آهن قزوین", [("قزوین", "qazvin")]),
        (
            "с Нахчыванской Автономной Республикой и в Восточном Зангезуре",
            [
                ("Нахчыванской Автономной Республикой", "nakhchivan-ar"),
                ("Восточном Зангезуре", "east-zangezur"),
            ],
        ),
        # both ends found in Cyrillic: the bridge named by them (geo._linkpairs)
        ("мост Агбенд–Калале", [("Агбенд–Калале", "aghband-kalaleh-bridge")]),
        ("мост у Агбенда и Калале", [("Агбенд", "aghband"), ("Калале", "kalaleh")]),
    ],
)
def test_non_latin_scripts_and_case_endings(text, expected):
    assert _found(text) == expected


def test_english_suffixes_are_not_case_endings():
    assert _found("Irana and Iranian") == []


def test_geonames_towns_are_found():
    assert _found("Trucks from Marand reached Sisian.") == [
        ("Marand", "geonames:124862"),
        ("Sisian", "geonames:174763"),
    ]


# ---------------------------------------------------------------- links
@pytest.mark.parametrize(
    "name",
    [
        "North-South Transport Corridor",
        "North–South Transport Corridor",
        "International North–South Transport Corridor",
        "INSTC",
    ],
)
def test_north_south_corridor_is_a_link(name):
    (m,) = geoparse(f"Work on the {name} goes on.")
    assert (m.text, m.link, m.place) == (name, "nstc", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The state will fund the Rasht-Astara railway.",
            ("Rasht-Astara railway", "rasht-astara-railway"),
        ),
        ("the Rasht – Astara railroad opens", ("Rasht – Astara railroad", "rasht-astara-railway")),
        (
            "Horadiz-Ağbənd dəmir yolu tikilir.",
            ("Horadiz-Ağbənd dəmir yolu", "horadiz-aghband-railway"),
        ),
        ("راه‌آهن رشت - آستارا ساخته می‌شود", ("راه‌آهن رشت - آستارا", "rasht-astara-railway")),
        (
            "The Aghband–Kalaleh bridge is open.",
            ("Aghband–Kalaleh bridge", "aghband-kalaleh-bridge"),
        ),
    ],
)
def test_links_are_found_by_their_aliases(text, expected):
    """A link of links.yaml named by one of its aliases is one link mention, not two places."""
    (m,) = geoparse(text)
    assert (m.text, m.link, m.place) == (*expected, None)
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "text",
    ["Talks on the Zangezur corridor.", "Zəngəzur dəhlizi", "TRIPP", "Зангезурский коридор"],
)
def test_the_zangezur_corridor_is_a_named_corridor(text):
    (m,) = geoparse(text)
    assert (m.link, m.place) == ("zangezur-corridor", None)


def test_region_names_that_geonames_gives_villages_are_the_regions_or_nothing():
    """Hartashen is aliased "Zangezur" and a hamlet is named "Syunik" in GeoNames.

    Syunik is a province of the region layer and the Mughan plain a region of it
    (approximate), not the village Mughan; Zangezur is the historical region
    (approximate, round 9), not the village nor Kapan.
    """
    text = "Talks on Zangezur and Syunik, and the Mughan plain."
    assert _found(text) == [
        ("Zangezur", "zangezur"),
        ("Syunik", "syunik-province"),
        ("Mughan plain", "mughan-plain"),
    ]


def test_spaced_dashes_of_any_kind_match_a_hyphen():
    text = "Work on the Rasht — Astara railway and the Qazvin -- Rasht railway"
    assert [(m.text, m.link) for m in geoparse(text)] == [
        ("Rasht — Astara railway", "rasht-astara-railway"),
        ("Qazvin -- Rasht railway", "qazvin-rasht-railway"),
    ]


def test_a_link_name_without_an_alias_stays_places():
    """Only aliases are matched: "Khudafarin reservoir" is the gazetteer's reservoir."""
    (m,) = geoparse("The Khudafarin reservoir is full.")
    assert (m.link, m.place.id, m.place.kind) == (None, "khudafarin-reservoir", "reservoir")


# ---------------------------------------------------------------- context rules
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "the East Zangezur economic region of Azerbaijan and Nakhchivan",
            "Nakhchivan",
            "nakhchivan-ar",
        ),
        ("the city of Nakhchivan", "Nakhchivan", "nakhchivan"),
        ("Nakhichevan city", "Nakhichevan", "nakhchivan"),
        ("Trains from Tabriz reach Julfa.", "Julfa", "jolfa-ir"),
        ("Iranian officials opened the station in Julfa.", "Julfa", "jolfa-ir"),
        ("Julfa, Iran", "Julfa", "jolfa-ir"),
        ("Iran's Julfa", "Julfa", "jolfa-ir"),
        ("the Nakhchivan railway reaches Julfa.", "Julfa", "julfa-az"),
        ('the "Khudafarin" and "Giz Galasi" reservoirs', "Giz Galasi", "giz-galasi-reservoir"),
        ('the "Khudafarin" and "Giz Galasi" reservoirs', "Khudafarin", "khudafarin-reservoir"),
        ("Qız Qalası hydropower plant", "Qız Qalası", "giz-galasi-dam"),
        ("Trucks from Goris reach Kapan.", "Goris", "geonames:174895"),  # not Gori, GE
        (
            "Azerbaijan lends $500 million for the line from Rasht to Astara on the border "
            "with Azerbaijan.",
            "Astara",
            "astara-ir",
        ),
        ("Julfa, on the border with Iran, has a station.", "Julfa", "julfa-az"),
        ("Jolfa near the border with Azerbaijan", "Jolfa", "jolfa-ir"),
        ("The Ordubad and Marazad HPPs are planned.", "Ordubad", "ordubad-hpp"),
        ("نیروگاه‌های خداآفرین و قیز قلعه‌سی", "خداآفرین", "khudafarin-dam"),
        ("نیروگاه‌های خداآفرین و قیز قلعه‌سی", "قیز قلعه‌سی", "giz-galasi-dam"),
        ("دریاچه خداآفرین پر شد", "خداآفرین", "khudafarin-reservoir"),
        ("Ordubad və Mərəzəd SES-lərinin tikintisi", "Ordubad", "ordubad-hpp"),
        # the districts themselves since the region layer has Nakhchivan's districts
        ("The Ordubad and Julfa Districts", "Ordubad", "ordubad-district-az"),
        ("The Ordubad and Julfa Districts", "Julfa", "julfa-district-az"),
        ("the dam at Qız Qalası", "Qız Qalası", "giz-galasi-dam"),
        ("Tourists climbed Qız Qalası, the old tower of Baku.", "Qız Qalası", "maiden-tower"),
        ("Astara (Azerbaijan)", "Astara", "astara-az"),
        ("آستارا", "آستارا", "astara-ir"),
        ("Արաքս", "Արաքս", "araz"),
    ],
)
def test_context_rules(text, name, expected):
    found = dict(_found(text))
    assert found[name] == expected


# ---------------------------------------------------------------- API and CLI
def test_mention_is_an_immutable_record():
    m = geoparse("Trains reach Tehran.")[0]
    assert repr(m).startswith("Mention(text='Tehran', start=13, end=19, sentence=")
    assert (m.text, m.start, m.end, m.link) == ("Tehran", 13, 19, None)
    assert m.target == "tehran"
    with pytest.raises(AttributeError):
        m.start = 0  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(m)) == m
    assert {m, geoparse("Trains reach Tehran.")[0]} == {m}  # equal and hashable
    moved = m._replace(start=0)
    assert (moved.start, moved.text, m.start) == (0, "Tehran", 13)


def test_mention_shape():
    m = geoparse("Trains reach Tehran.")[0]
    assert isinstance(m, Mention)
    assert m.to_dict() == {
        "text": "Tehran",
        "start": 13,
        "end": 19,
        "sentence": "Trains reach Tehran.",
        "place": {
            "id": "tehran",
            "name": m.place.name,
            "kind": "city",
            "lat": m.place.lat,
            "lon": m.place.lon,
        },
        "link": None,
    }


def test_geoparse_rejects_non_text():
    with pytest.raises(TypeError, match="needs a str"):
        geoparse(b"Iran")


def test_cli_parse_json(capsys):
    assert main(["parse", str(DATA / "article.txt"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out) == len(ARTICLE_GOLD["mentions"])
    for item in out:
        assert set(item) == {"text", "start", "end", "sentence", "place", "link"}
        assert (item["place"] is None) != (item["link"] is None)
        if item["place"]:
            assert set(item["place"]) == {"id", "name", "kind", "lat", "lon"}
    assert {"text": "North-South Transport Corridor", "link": "nstc"}.items() <= out[5].items()


def test_cli_parse_text_and_missing_file(capsys, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Baku and Tehran", encoding="utf-8")
    assert main(["parse", str(path)]) == 0
    assert "2 mentions" in capsys.readouterr().out
    assert main(["parse", str(tmp_path / "missing.txt")]) == 1
    assert "corridors parse" in capsys.readouterr().err


# ---------------------------------------------------------------- railway stations
#: Each station's name as written in each language the gazetteer carries (en, az, ru, fa).
STATION_NAMES = {
    "horadiz-station": ["Horadiz station", "Horadiz stansiyası", "станция Горадиз", "ایستگاه هورادیز"],
    "marjanli-station": ["Marjanli", "Mərcanlı", "Марджанлы", "مرجانلی"],
    "mahmudlu-station": ["Mahmudlu", "Mahmudlu stansiyası", "Махмудлу", "محمودلو"],
    "soltanli-station": ["Soltanli", "Soltanlı", "Солтанлы", "سلطانلی"],
    "gumlag-station": ["Gumlag", "Qumlaq", "Гумлаг", "قوملاق"],
    "hakari-station": ["Hakari", "Həkəri", "Хакари", "هکری"],
    "minjivan-station": ["Minjivan station", "Mincivan stansiyası", "станция Миндживан", "ایستگاه مینجیوان"],
    "bartaz-station": ["Bartaz", "Bartaz stansiyası", "Бартаз", "بارتاز"],
    "aghband-station": ["Aghband station", "Ağbənd stansiyası", "станция Агбенд", "ایستگاه آغبند"],
    "shirvan-station": ["Shirvan station", "Şirvan stansiyası", "станция Ширван", "ایستگاه شیروان"],
    "lankaran-station": ["Lankaran station", "Lənkəran stansiyası", "станция Ленкорань", "ایستگاه لنکران"],
    "astara-az-station": ["Astara station", "Astara stansiyası", "станция Астара", "ایستگاه آستارای آذربایجان"],
    "qazvin-station": ["Qazvin station", "Qəzvin stansiyası", "станция Казвин", "ایستگاه قزوین"],
    "kuhin-station": ["Kuhin station", "Kuhin stansiyası", "станция Кухин", "ایستگاه کوهین"],
    "loshan-station": ["Loshan station", "Loşan stansiyası", "станция Лушан", "ایستگاه لوشان"],
    "manjil-station": ["Manjil station", "Mənjil stansiyası", "станция Манджиль", "ایستگاه منجیل"],
    "rostamabad-station": ["Rostamabad station", "Rostamabad stansiyası", "станция Ростамабад", "ایستگاه رستم‌آباد"],
    "rasht-station": ["Rasht station", "Rəşt stansiyası", "станция Решт", "ایستگاه رشت"],
    "astara-ir-station": ["Iranian Astara station", "İran Astarası stansiyası", "станция Астара (Иран)", "ایستگاه راه‌آهن آستارا"],
    "halkali-station": ["Halkalı", "Halkalı garı", "Halkalı Terminali", "Bahnhof Halkalı"],  # round 33
    "tazakend-station": ["Tazakend station", "Tazakand station", "Təzəkənd stansiyası"],  # round 65
    "altynkol": ["Altynkol", "Алтынколь", "آلتینکول"],  # round 154: Kazakhstan's Khorgos station
    "ayrilikcesmesi-station": ["Ayrılıkçeşmesi", "Ayrılık Çeşmesi"],  # round 162: Marmaray's
    "margalla-station": ["Margalla Railway Station", "Margala railway station", "Islamabad railway station"],  # round 344
}  # fmt: skip


@pytest.mark.parametrize(
    ("station", "name"), [(s, n) for s, names in STATION_NAMES.items() for n in names]
)
def test_station_names_geocode_in_every_language(station, name):
    from geo.geocode import geocode

    assert geocode(name).id == station


@pytest.mark.parametrize(
    ("station", "name"), [(s, n) for s, names in STATION_NAMES.items() for n in names]
)
def test_station_names_are_found_in_text_in_every_language(station, name):
    text = f"«{name}» — 2026."
    # "станция Горадиз", "ایستگاه هورادیز": the name is found, its kind word makes it the station
    assert any(t == station and found in name for found, t in _found(text)), _found(text)


def test_every_station_of_the_gazetteer_is_covered():
    g = gazetteer()
    stations = {i for i in g.curated_ids if g[i].kind == "station"}
    assert stations == set(STATION_NAMES)


def test_the_horadiz_aghband_stations_in_a_sentence_of_each_language():
    en = "Trains will call at Marjanli, Mahmudlu and Soltanli, then Gumlag, Hakari and Bartaz."
    az = "Horadizdən sonra Mərcanlı, Soltanlı, Qumlaq və Həkəri stansiyaları tikilir."
    ru = "На линии построят станции Марджанлы, Махмудлу, Солтанлы, Гумлаг, Хакари и Бартаз."
    fa = "ایستگاه‌های مرجانلی، محمودلو، سلطانلی، قوملاق، هکری و بارتاز ساخته می‌شوند."
    want = {
        en: ["marjanli", "mahmudlu", "soltanli", "gumlag", "hakari", "bartaz"],
        az: ["marjanli", "soltanli", "gumlag", "hakari"],
        ru: ["marjanli", "mahmudlu", "soltanli", "gumlag", "hakari", "bartaz"],
        fa: ["marjanli", "mahmudlu", "soltanli", "gumlag", "hakari", "bartaz"],
    }
    for text, ids in want.items():
        found = [t for _, t in _found(text) if t and t.endswith("-station")]
        assert found == [f"{i}-station" for i in ids], text


def test_a_station_beats_its_namesake_villages_elsewhere():
    """Mahmudlu (Shamkir, GeoNames 824023) and Hakkari (Turkey) do not take the stations' names."""
    text = "Near Horadiz the line reaches Mahmudlu; in Zangilan district it reaches Hakari."
    found = dict(_found(text))
    assert found["Mahmudlu"] == "mahmudlu-station"
    assert found["Hakari"] == "hakari-station"
    assert found["Horadiz"] == "horadiz"  # the town keeps its bare name


@pytest.mark.parametrize(
    ("name", "station"),
    [
        ("Şükürbəyli stansiyası", "mahmudlu-station"),
        ("станция Шукюрбейли", "mahmudlu-station"),
        ("Shukurbeyli station", "mahmudlu-station"),
        ("Yuxarı Mərcanlı stansiyası", "marjanli-station"),
    ],
)
def test_the_names_railways_gave_stations_in_2025_find_them(name, station):
    """ADY's list of 2025 calls Marjanli and Mahmudlu Yuxarı Mərcanlı and Şükürbəyli."""
    from geo.geocode import geocode

    assert geocode(name).id == station
    assert any(t == station for _, t in _found(f"Qatar {name} ilə keçir.")), name
