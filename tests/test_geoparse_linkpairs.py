"""geoparse(): a named link written by its two ends joined by a dash (geo._linkpairs, issue 10).

The sentences are this project's own, in the seven languages of issue 10: each names a
link of data/links.yaml by its two ends, in either order, with or without a kind word,
inflected; the counter-cases stay places.
"""

import pytest

import geo
from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English: a kind word after the pair, an em dash with blanks, the ends reversed
        (
            "Freight will move to the Alat–Astara line once the new track is laid.",
            [("Alat–Astara line", "alat-astara-railway")],
        ),
        (
            "Engineers inspected the Aghband — Kalaleh road bridge on Friday.",
            [("Aghband — Kalaleh road bridge", "aghband-kalaleh-bridge")],
        ),
        (
            "Work on the Astara-Rasht railroad resumed in May.",
            [("Astara-Rasht railroad", "rasht-astara-railway")],
        ),
        # Azerbaijani: the kind word with its case ending
        (
            "Qəzvin-Rəşt xəttində yeni qatarlar işləyəcək.",
            [("Qəzvin-Rəşt xəttində", "qazvin-rasht-railway")],
        ),
        # Turkish: a two-word kind word, inflected
        (
            "Ağbend-Kelele karayolu köprüsünün açılışı ertelendi.",
            [("Ağbend-Kelele karayolu köprüsünün", "aghband-kalaleh-bridge")],
        ),
        (
            "Astara-Reşt demiryolunda raylar döşeniyor.",
            [("Astara-Reşt demiryolunda", "rasht-astara-railway")],
        ),
        (
            "Horadiz-Ağbend hattının son istasyonu Ağbend olacak.",
            [("Horadiz-Ağbend hattının", "horadiz-aghband-railway"), ("Ağbend", "aghband")],
        ),
        # Russian: the kind word before stays outside; the last end inflected
        (
            "Грузы пойдут по линии Казвин — Решт уже осенью.",
            [("Казвин — Решт", "qazvin-rasht-railway")],
        ),
        (
            "Строители подошли к мосту Агбенд – Калале.",
            [("Агбенд – Калале", "aghband-kalaleh-bridge")],
        ),
        # Persian: the kind word before is part of the name
        (
            "کار ساخت راه‌آهن آستارا – رشت شتاب گرفت.",
            [("راه‌آهن آستارا – رشت", "rasht-astara-railway")],
        ),
        (
            "پل کلاله - آغبند تا پایان سال آماده می‌شود.",
            [("پل کلاله - آغبند", "aghband-kalaleh-bridge")],
        ),
        # Armenian: the kind word after, with its case ending
        (
            "Ինժեներները ստուգել են Հորադիզ – Աղոպեն երկաթուղու կամուրջները։",
            [("Հորադիզ – Աղոպեն երկաթուղու", "horadiz-aghband-railway")],
        ),
        # German: alone, and a compound with the kind word
        (
            "Die Regierung eröffnet im Herbst die Bahnstrecke Alat–Astara.",
            [("Alat–Astara", "alat-astara-railway")],
        ),
        (
            "Die Qazvin-Rascht-Strecke ist seit Jahren in Betrieb.",
            [("Qazvin-Rascht-Strecke", "qazvin-rasht-railway")],
        ),
    ],
)
def test_a_link_named_by_its_two_ends_is_the_link(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a route of three stops: places
        (
            "Turkey backs the Kars–Iğdır–Nakhchivan railway.",
            [("Turkey", "tr"), ("Kars", "kars"), ("Iğdır", "igdir")],
        ),
        (
            "Die Achse Qazvin–Rascht–Astara wird 2028 fertig.",
            [("Qazvin", "qazvin"), ("Rascht", "rasht"), ("Astara", "astara-ir")],
        ),
        # a pair going on to a third stop
        (
            "راه‌آهن قزوین - رشت به آستارا می‌رسد.",
            [("قزوین", "qazvin"), ("رشت", "rasht"), ("آستارا", "astara-ir")],
        ),
        # two places that are not one link's ends
        ("Trains on the Baku–Tbilisi line run daily.", [("Baku", "baku")]),
        # a kind word of another mode: the road is no railway
        (
            "Trucks crowd the Rasht–Astara road every autumn.",
            [("Rasht", "rasht"), ("Astara", "astara-ir")],
        ),
        # a border crossing's two sides, marked apart in the gold sets
        (
            "Lorries queue at the Agarak–Norduz crossing.",
            [("Agarak", "agarak"), ("Norduz", "nurduz")],
        ),
        # numbers are no places
        ("Azerbaijan won 2–1 in Baku on 12–14 May.", [("Azerbaijan", "az"), ("Baku", "baku")]),
    ],
)
def test_pairs_that_are_not_a_link_stay_places(text, expected):
    found = _found(text)
    assert [t for _, t in found if t.endswith(("railway", "bridge"))] == []
    assert found[: len(expected)] == expected


def test_the_crossing_is_still_geocoded_by_its_pair_name():
    assert geo.geocode("Agarak-Norduz").id == "nurduz"
