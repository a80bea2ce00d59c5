"""geoparse(): the names real articles give the Aras corridor's links and the corridors (links8).

A user's audit found an English article on the road through Iran to Nakhchivan that drew no
link: it named the road "Aghband Highway", as Iran's roads minister did, and the road had no
names of its own. data/links.yaml and data/corridors.yaml now carry the names the cited pages
use (each alias's page is given beside it there). The sentences here are this project's
own, one or more per language; each names a link or corridor as those pages do, and the
counter-cases stay places.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English: the road by its Azerbaijani end, the bridge's longer name beside it
        (
            "Trucks will use the Aghband Highway once the customs post opens.",
            [("Aghband Highway", "araz-corridor-road")],
        ),
        (
            "Engineers poured the last span of the Aghband highway bridge in March.",
            [("Aghband highway bridge", "aghband-kalaleh-bridge")],
        ),
        (
            "The Aghband road bridge has four traffic lanes.",
            [("Aghband road bridge", "aghband-kalaleh-bridge")],
        ),
        # English: the Iranian section by its two Iranian ends
        (
            "Tunnelling on the Kalaleh–Jolfa highway slowed in winter.",
            [("Kalaleh–Jolfa highway", "araz-corridor-road")],
        ),
        # English: the railway named, its own two ends joined by a dash are the railway
        (
            "Surveyors marked out the Aghband–Julfa railway on the southern bank.",
            [("Aghband–Julfa railway", "araz-corridor-railway")],
        ),
        (
            "Armenian officials now speak of the Trump Route in every briefing.",
            [("Trump Route", "zangezur-corridor")],
        ),
        (
            "Delegates reviewed the Persian Gulf-Black Sea transit corridor on Monday.",
            [("Persian Gulf-Black Sea transit corridor", "persian-gulf-black-sea")],
        ),
        # Azerbaijani: the corridor by its Iranian ends, with its case ending
        (
            "Nazir Qəlalə-Culfa dəhlizinin açılış tarixini açıqlayıb.",
            [("Qəlalə-Culfa dəhlizi", "araz-corridor")],
        ),
        # Persian: the road, the railway (both railway words) and the corridor, kind word first
        (
            "تعریض جاده ترانزیتی جلفا – کلاله ادامه دارد.",
            [("جاده ترانزیتی جلفا – کلاله", "araz-corridor-road")],
        ),
        (
            "مطالعات راه‌آهن کلاله - جلفا به پایان رسید.",
            [("راه‌آهن کلاله - جلفا", "araz-corridor-railway")],
        ),
        (
            "اعتبار خط آهن کلاله-جلفا تصویب شد.",
            [("خط آهن کلاله-جلفا", "araz-corridor-railway")],
        ),
        (
            "نمایندگان از کریدور کلاله–جلفا بازدید کردند.",
            [("کریدور کلاله–جلفا", "araz-corridor")],
        ),
        (
            "کارشناسان درباره جاده ترامپ هشدار دادند.",
            [("جاده ترامپ", "zangezur-corridor")],
        ),
        (
            "کریدور بین‌المللی خلیج فارس–دریای سیاه دوباره مطرح شد.",
            [("کریدور بین\u200cالمللی خلیج فارس–دریای سیاه", "persian-gulf-black-sea")],
        ),
        # Russian: the corridor with its kind words before, as the gold keeps them
        (
            "Транзитный коридор Персидский залив — Черное море снова обсуждают.",
            [("Транзитный коридор Персидский залив — Черное море", "persian-gulf-black-sea")],
        ),
        # Turkish: the Iranian road, inflected
        (
            "Culfa-Kelale yolunun genişletilmesi iki yıl sürecek.",
            [("Culfa-Kelale yolu", "araz-corridor-road")],
        ),
        # Armenian: the bridge by its two ends and its road-bridge word (geo._linkpairs)
        (
            "Աղբենդ-Քելալա ավտոմոբիլային կամուրջը պատրաստ է։",
            [("Աղբենդ-Քելալա ավտոմոբիլային կամուրջը", "aghband-kalaleh-bridge")],
        ),
        # German: the corridor as a compound and with its kind word first
        (
            "Der Araz-Straßenkorridor soll im Frühjahr öffnen.",
            [("Araz-Straßenkorridor", "araz-corridor")],
        ),
        (
            "Der Straßenkorridor Araz umgeht Armenien.",
            [("Straßenkorridor Araz", "araz-corridor"), ("Armenien", "am")],
        ),
    ],
)
def test_link_named_as_articles_name_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the road's ends in the data are Aghband and Ordubad: Aghband–Julfa with a road
        # word is no link of links.yaml (the railway takes no road word)
        (
            "The Aghband–Julfa road is still a plan.",
            [("Aghband", "aghband"), ("Julfa", "julfa-az")],
        ),
        # a route written with "to" is its places
        (
            "Trucks drive from Kalaleh to Jolfa along the river.",
            [("Kalaleh", "kalaleh"), ("Jolfa", "jolfa-ir")],
        ),
        # a bridge named by one town alone is the town (gold convention 6)
        (
            "The Aghband bridge will open before Novruz.",
            [("Aghband", "aghband")],
        ),
        # the two seas joined by a dash with a line word stay seas, as the gold marks them
        (
            "Basra Körfezi-Karadeniz hattı için Ermenistan yolu öne çıkıyor.",
            [("Basra Körfezi", "persian-gulf"), ("Karadeniz", "black-sea"), ("Ermenistan", "am")],
        ),
    ],
)
def test_counter_cases_stay_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_astara_highway_is_no_railway() -> None:
    # the Astarachay road bridge and its highway are no link of links.yaml (Trend, 5 Feb
    # 2022, "the Astara-Astara highway will be improved"): the railway's two ends with a road
    # word stay places (which Astara each is, is not this test's question)
    found = _found("The Astara-Astara highway will be widened.")
    assert [text for text, _ in found] == ["Astara", "Astara"]
    assert not {target for _, target in found} & {"astara-astara-railway"}
