"""The names the kind rules skip (geo._quiet) are those whose words would give no kind:
a parse that reads every name's words gives the same mentions, on texts built to catch
what the fold and the rules' words may see differently."""

import importlib

import pytest

from geo._fold import _fold
from geo._quiet import _DIGIT_LETTER, _digit_letters, _quiet_names, kind_triggers
from geo.geoparse import geoparse

_quiet = importlib.import_module("geo._quiet")

TEXTS = [
    # a kind word beside the name, after it, before it, and past a list
    "The Tehran province and the city of Baku signed. Kars province borders Iğdır.",
    "Ordubad and Marazad plants; the Ordubad district; Ordubad, Julfa and Shahbuz districts.",
    "Xudafərin və Qız Qalası su anbarları, Xudafərin su elektrik stansiyası, "
    "Cəbrayıl rayonunda Xudafərin.",
    "استان های اردبیل و گیلان، سدهای ارس، میل و مغان، نماینده مردم خداآفرین و کلیبر.",
    "Ардебильской области и Баку, в остане Ардебиль, река Араз, Астара и Лянкяран.",
    # a kind word glued to a digit, cut by a span's start, after a combining mark
    "5rayonu Zəngilan. 12-də Julfa. x\u0301dam Ordubad. Wasserkraftwerksgesellschaftsneubau Ordubad",
    "A long sentence with many words before it: Hauptstadtregionalverwaltungsbezirk Kars and Ardabil.",
    "Astara\u0301 rayonu, Astara. Qiz\u00adQalasi reservoir. Lənkəran–Astara–Rasht railway.",
    # datelines, lists by dashes, and a name cut by the 80 characters after it
    "NAKHCHIVAN, April 2 (APA). Kars–Iğdır–Nakhchivan, then Baku " + "x" * 60 + " provinces",
    "Tehran " + "y " * 36 + "shahristan",
    "Culfa (Naxçıvan) və Culfa rayonu; Astara şəhəri; İranın Astara şəhəri və Astara rayonu.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_skipping_quiet_names_changes_nothing(text, monkeypatch):
    quick = geoparse(text)
    monkeypatch.setattr(
        _quiet, "_quiet_names", lambda text, kinds, spans, names: [False] * len(names[0])
    )
    assert geoparse(text) == quick


def test_some_names_are_quiet_and_a_kind_word_is_read():
    """The news style: most names have no kind word near; one beside the name counts."""
    seen: list[list[bool]] = []

    def spy(*args):
        seen.append(_quiet_names(*args))
        return seen[-1]

    text = "Talks in Ardabil went on. Later, talks in Tehran. The province of Tehran grows."
    original = _quiet._quiet_names
    try:
        _quiet._quiet_names = spy
        found = geoparse(text)
    finally:
        _quiet._quiet_names = original
    assert [m.target for m in found] == ["ardabil", "tehran", "tehran-province"]
    assert seen == [[True, True, False]]


def test_triggers_are_the_shortest_kind_words():
    triggers = kind_triggers()
    assert "rayon" in triggers and "rayonu" not in triggers  # (a key finds longer words too)
    assert "مردم" in triggers
    assert all(bits for bits in triggers.values())


@pytest.mark.parametrize(
    "text",
    ["5rayonu, 12-də, a1b2c, 7_x, x٣ab, ۵ده", "²x ½y 𝟘z Ⅻw 3\u0301a", "no digits at all", ""],
)
def test_the_letters_after_digits_are_all_found(text):
    """The letters glued to a digit ("5rayonu") are found with numpy as the regex finds them."""
    found = set(_digit_letters(_fold(text)).tolist())
    assert {m.start() + 1 for m in _DIGIT_LETTER.finditer(text)} <= found


def test_the_digit_table_is_str_isdecimal_over_the_bmp():
    from geo._quiet import _decimals

    table = _decimals()
    assert len(table) == 0x10000
    assert [c for c in range(0x10000) if table[c]] == [
        c for c in range(0x10000) if chr(c).isdecimal()
    ]
