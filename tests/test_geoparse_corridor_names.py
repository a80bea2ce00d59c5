"""Corridors and links by their other names (geo._ellipticals, corridors.yaml, links.yaml).

A bare Zangezur is the corridor in an article that names the corridor, or after a
corridor word; it stays the historical region with a region or mountain word after it,
and in an article that names no corridor. A corridor is named by its end too ("Nahçıvan
Koridoru") or by a town it passes ("Meğri dəhlizi"). The texts are written for these tests.
"""

import pytest
from parsing import found


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # the article names the corridor: a later bare name is the corridor, in any case
        (
            "Zengezur Koridoru 2028'de açılacak. Kars'ın Zengezur'a bağlanması bekleniyor.",
            [
                ("Zengezur Koridoru", "zangezur-corridor"),
                ("Kars", "kars"),
                ("Zengezur", "zangezur-corridor"),
            ],
        ),
        (
            "Die Sangesur-Route (kurz Zangezur) soll durch Armenien führen.",
            [
                ("Sangesur-Route", "zangezur-corridor"),
                ("Zangezur", "zangezur-corridor"),
                ("Armenien", "am"),
            ],
        ),
        # a corridor word two words before the quoted name, in an article naming no other
        (
            "از افزایش ظرفیت کریدور جایگزین «زنگزور» سخن گفت.",
            [("زنگزور", "zangezur-corridor")],
        ),
        # a region word after the name keeps the region, corridor or not
        (
            "Zəngəzur dəhlizi açılacaq. Zəngəzur mahalı dağlıq bir bölgədir.",
            [("Zəngəzur dəhlizi", "zangezur-corridor"), ("Zəngəzur mahalı", "zangezur")],
        ),
        # (the mountains are no mention: convention 16)
        (
            "The Zangezur corridor would cross the Zangezur Mountains near Meghri.",
            [("Zangezur corridor", "zangezur-corridor"), ("Meghri", "meghri")],
        ),
        (
            "Zengezur Koridoru konuşuldu. Zengezur bölgesi dağlık bir yerdir.",
            [("Zengezur Koridoru", "zangezur-corridor"), ("Zengezur", "zangezur")],
        ),
        # no corridor in the article: the historical region (convention 16)
        (
            "Zangezur was a district of the Elizavetpol governorate until 1921.",
            [("Zangezur", "zangezur"), ("Elizavetpol", "geonames:586523")],
        ),
    ],
)
def test_bare_region_name_is_its_corridor(text: str, pairs: list[tuple[str, str]]) -> None:
    assert found(text) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "Die Strecke führt zum Nachitschewan-Korridor.",
        "Nahçıvan Koridoru'nun açılması bekleniyor.",
    ],
)
def test_the_corridor_named_after_nakhchivan_is_the_zangezur_corridor(text: str) -> None:
    assert [target for _, target in found(text)] == ["zangezur-corridor"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Die Züge fahren entlang des Transportkorridors Nord - Süd.", "nstc"),
        ("Der Transportkorridor Nord-Süd wächst.", "nstc"),
        ("İran, Nahçıvan demiryolu hattının açılmasını istiyor.", "nakhchivan-railway"),
    ],
)
def test_corridors_and_links_by_their_other_names(text: str, target: str) -> None:
    assert target in [t for _, t in found(text)]


@pytest.mark.parametrize(
    "text", ["Meğri dəhlizi barədə danışıldı.", "Мегринский маршрут обсуждается."]
)
def test_the_corridor_named_after_meghri_is_the_zangezur_corridor(text: str) -> None:
    assert [target for _, target in found(text)] == ["zangezur-corridor"]


def test_the_persian_dam_word_before_a_quoted_dam_is_in_its_mention() -> None:
    assert found("کار ساخت سد «خداآفرین» بر رود ارس ادامه دارد.") == [
        ("سد «خداآفرین»", "khudafarin-dam"),
        ("رود ارس", "araz"),
    ]


def test_the_armenian_gulf_to_sea_pair_in_quotes_is_the_corridor() -> None:
    text = "Քննարկվել է «Պարսից ծոց-Սեւ ծով» միջանցքը, իսկ նավերը Սև ծովում են։"
    assert [t for _, t in found(text)] == ["persian-gulf-black-sea", "black-sea"]
