"""Marking conventions and namesake senses, round 7 (issue 10): the parser follows the gold.

The conventions are written, with their counts over every gold set, in data/gold/dev.txt's
header (4-12). Here: the port of Baku, which the gazetteer holds at Alat, is the port under
any of its names, the port word in the mention (7), while a port or station with no entry
of its own stays its town (6); the initials of a state's formal name stay unmarked (4); a
Turkish name in the genitive that owns a district is the province (11), while the town of a
Turkish governor ("Iğdır Valisi") stays the town (12). The texts are written for these tests.
"""

import pytest

from geo.geoparse import geoparse


def _targets(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.target) for m in geoparse(text)]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Two feeder ships left the Port of Baku on Monday.", ("Port of Baku", "baku-port")),
        ("Cargo volumes at Baku Port rose again.", ("Baku Port", "baku-port")),
        ("Konteyner gemisi dün Bakü limanından ayrıldı.", ("Bakü limanı", "baku-port")),
        ("Yüklər Bakı Limanına gətirilir.", ("Bakı Limanı", "baku-port")),
        ("Bərə Ələt limanına yan alıb.", ("Ələt limanı", "baku-port")),
        ("Der Zug erreichte den Seehafen Baku am Abend.", ("Seehafen Baku", "baku-port")),
        ("Die Fähre legte im Hafen von Baku an.", ("Hafen von Baku", "baku-port")),
        ("A feeder line runs to Alat port twice a week.", ("Alat port", "baku-port")),
        ("کشتی مسافری به بندر باکو رسید.", ("بندر باکو", "baku-port")),
    ],
)
def test_the_port_of_baku_is_the_port_by_any_name(text, pair):
    assert pair in _targets(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ships from the Aktau port sailed west.", ("Aktau", "geonames:610612")),
        ("Yük Alat qəsəbəsinə çatdı.", ("Alat", "alat")),
        ("The capital Baku hosted the talks.", ("Baku", "baku")),
    ],
)
def test_a_port_with_no_entry_and_the_towns_stay_towns(text, pair):
    assert pair in _targets(text)


def test_the_initials_of_a_state_s_formal_name_stay_unmarked():
    assert _targets("ՀՀ նախագահը և РФ вице-премьер встретились.") == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iğdır'ın Aralık ilçesinde yeni bir depo yapılıyor.", ("Iğdır", "igdir-province-tr")),
        ("Kapı, Ağrı'nın Doğubayazıt ilçesinde bulunuyor.", ("Ağrı", "agri-province-tr")),
    ],
)
def test_a_province_owns_its_districts(text, pair):
    assert pair in _targets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kars'tan Iğdır'a ilk tren yarın gidecek.",
        "Iğdır'ın merkezinde yeni bir otel açıldı.",
        "Iğdır Valisi gümrük kapısını ziyaret etti.",
    ],
)
def test_a_town_without_a_district_of_it_stays_the_town(text):
    assert ("Iğdır", "igdir") in _targets(text)


def test_a_quoted_corridor_name_before_its_kind_words_is_the_quoted_name():
    text = 'Yüklər "Şimal-Cənub" Beynəlxalq Nəqliyyat Dəhlizi ilə daşınır.'
    assert _targets(text) == [("Şimal-Cənub", "nstc")]
