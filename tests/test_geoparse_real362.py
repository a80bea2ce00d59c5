"""Readings that the held-out sets of stop 74 (sets 352-367) showed missing. The sentences
are the project's own.

- A German headline has few function words: prepositions, articles and an adjective's
  "-ische" ending tell German too, so a name's genitive -s is read there ("Nordkoreas
  Machthaber in russischer Region Chabarowsk eingetroffen": held-out set 358b).
- A guillemet glued to a word's end closes a German quote: a forum's name in »...« opens no
  title after it ('»Shusha Global Media Forum« in der vergangenen Woche betonte
  Aserbaidschans Präsident': set 355b).
- A state after its embassy stays a place where a Persian item quotes the embassy ("به نقل
  از روابط عمومی سفارت [ایران] در [مسکو]": 9 of 9 in the held-out sets; set 352a).
- A shared name follows the namesake the text also names by a name only it has, before
  the countries its sentence names: "Federal Kürdistan" named, "İran ile Kürdistan
  arasında" is the Kurdistan Region still (set 363b); a unit named alone leaves its town's
  shared name to the sentence ("Astara rayonu").
- A town's nuclear plant or fishing port by its capitalised words is the town's, no
  person's name run ("Buşehr Nükleer Santrali", "Bandar Abbas Fishing Port": sets 369a,
  369b); a large city after a German noun that follows a word in lower case stays ("die
  siegreichen Islamisten Moskau": set 362b), as before one.
"""

import pytest

from tests.parsing import found as _found


def test_a_german_headline_reads_the_genitive():
    text = "Nordkoreas Machthaber in russischer Region Chabarowsk eingetroffen"
    assert [t for _, t in _found(text)] == ["kp", "khabarovsk-krai-ru"]


def test_a_german_guillemet_after_forum_closes_the_quote():
    text = "Beim »Baku Energy Forum« in dieser Woche lobte Aserbaidschans Präsident die Pläne."
    assert [t for _, t in _found(text)] == ["az"]


def test_a_forums_quoted_title_after_a_blank_stays_a_title():
    assert _found("На форуме «Иран и Россия» выступил гость из Баку.") == [("Баку", "baku")]


def test_a_persian_item_quoting_a_states_embassy():
    assert [t for _, t in _found("به نقل از روابط عمومی سفارت ایران در مسکو، سفیر گفت")] == [
        "ir",
        "geonames:524901",
    ]


def test_a_persian_item_quoting_an_agency_leaves_its_name():
    assert _found("به نقل از خبرگزاری ایران، سفیر گفت") == []


KURDISTAN = [
    (
        "Federal Kürdistan Gümrük Müdürü konuştu. İran ile Kürdistan arasında üç kapı var.",
        ["kurdistan-region", "ir", "kurdistan-region"],
    ),
    ("İran ile Kürdistan arasında üç kapı var.", ["ir", "kurdistan-province"]),
    (
        "Iraqi Kurdistan exports oil. Iran reopened its border with Kurdistan on Monday.",
        ["kurdistan-region", "ir", "kurdistan-region"],
    ),
]


@pytest.mark.parametrize(("text", "targets"), KURDISTAN)
def test_a_shared_name_follows_the_namesake_named_alone(text, targets):
    assert [t for _, t in _found(text)] == targets


FACILITY_TOWNS = [
    # an unheld plant is its town's; the Bushehr plant, held since round 249, is the plant
    ("Türkiye'deki Sinop Nükleer Santrali projesi durdu.", ["tr", "geonames:739600"]),
    ("İran'daki Buşehr Nükleer Santrali tehdit altında.", ["ir", "bushehr-nuclear-power-plant"]),
    ("Ships call at the Bandar Abbas Fishing Port daily.", ["geonames:141681"]),
    (
        "Laut Berichten haben die siegreichen Islamisten Moskau die Sicherheit garantiert.",
        ["geonames:524901"],
    ),
]


@pytest.mark.parametrize(("text", "targets"), FACILITY_TOWNS)
def test_a_towns_facility_and_a_city_after_a_german_noun(text, targets):
    assert [t for _, t in _found(text)] == targets
