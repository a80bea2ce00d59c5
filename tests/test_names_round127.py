"""Round 127 (names127): the Ottoman Empire and the Russian Empire, historical countries of the
world layer like the Soviet Union (scripts/world_historical.py, data/world.geojson): their
approximate outlines are the union of the states on their land at its 1914 extent, and their
names, each as a cited page writes it, in English, Turkish, Russian and German.
The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Ottoman Empire", "ottoman-empire"),
    ("Osmanlı İmparatorluğu", "ottoman-empire"),
    ("Osmanlı Devleti", "ottoman-empire"),
    ("Османская империя", "ottoman-empire"),
    ("Osmanisches Reich", "ottoman-empire"),
    ("Russian Empire", "russian-empire"),
    ("Российская империя", "russian-empire"),
    ("Russisches Reich", "russian-empire"),
    ("Russisches Kaiserreich", "russian-empire"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round127_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    (
        "The border was drawn between the Ottoman Empire and Persia.",
        "Ottoman Empire",
        "ottoman-empire",
    ),
    ("The railway was built in the Russian Empire.", "Russian Empire", "russian-empire"),
    # Russian, nominative and genitive
    ("Османская империя воевала на Кавказе.", "Османская империя", "ottoman-empire"),
    (
        "Граница Российской империи и Османской империи проходила по Араксу.",
        "Османской империи",
        "ottoman-empire",
    ),
    (
        "Граница Российской империи и Османской империи проходила по Араксу.",
        "Российской империи",
        "russian-empire",
    ),
    ("Российская империя построила эту дорогу.", "Российская империя", "russian-empire"),
    # German, declined
    ("Die Grenze des Osmanischen Reiches lag am Arax.", "Osmanischen Reich", "ottoman-empire"),
    ("Im Osmanischen Reich lebten viele Armenier.", "Osmanischen Reich", "ottoman-empire"),
    ("Das Osmanische Reich verlor Kars.", "Osmanische Reich", "ottoman-empire"),
    ("Im Russischen Reich wurde die Bahn gebaut.", "Russischen Reich", "russian-empire"),
    (
        "Die Truppen des Russischen Kaiserreichs erreichten Kars.",
        "Russischen Kaiserreich",
        "russian-empire",
    ),
    # Turkish, with a suffix after the apostrophe and bare
    (
        "Osmanlı İmparatorluğu'nun son yıllarında Kars el değiştirdi.",
        "Osmanlı İmparatorluğu",
        "ottoman-empire",
    ),
    ("Osmanlı Devleti ile İran arasında sınır çizildi.", "Osmanlı Devleti", "ottoman-empire"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round127_found(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


@pytest.mark.parametrize("pid", ["ottoman-empire", "russian-empire"])
def test_round127_historical_country_with_an_approximate_outline(pid):
    place = geocode({"ottoman-empire": "Ottoman Empire", "russian-empire": "Russian Empire"}[pid])
    assert place.kind == "country" and place.country in {"QO", "QR"}


@pytest.mark.parametrize(
    ("text", "pid"),
    [
        # the adjective alone before a noun is no empire (the bare "Osmanlı" is not a name)
        ("Osmanlı dönemi camileri restore edildi.", "ottoman-empire"),
        ("Osmanlı mimarisi şehirde görülür.", "ottoman-empire"),
        ("Ottoman architecture survives in Kars.", "ottoman-empire"),
        ("Russian troops crossed the river.", "russian-empire"),
    ],
)
def test_round127_adjectives_are_no_empire(text, pid):
    assert all(p != pid for _, p in _found(text)), _found(text)


@pytest.mark.parametrize(
    ("text", "name", "pid"),
    [
        # the countries of today keep their names beside the empires
        ("Kars Osmanlı İmparatorluğu ile Rusya arasında el değiştirdi.", "Rusya", "ru"),
        ("Russia and Turkey signed the treaty.", "Russia", "ru"),
        ("Russia and Turkey signed the treaty.", "Turkey", "tr"),
        ("Das Reich der Mitte liegt fern von Russland.", "Russland", "ru"),
        ("Российская Федерация и Турция подписали договор.", "Турция", "tr"),
    ],
)
def test_round127_common_names_still_found(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found
