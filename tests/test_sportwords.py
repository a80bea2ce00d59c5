"""The club rules read a window only where a word of sport starts (geo._sportwords): the
automaton finds every such word where the rules would, and a parse that reads every
window gives the same mentions, on texts of games and of other things."""

import importlib

import pytest

from geo._clubs import _CLUB_WORDS
from geo._fold import _fold
from geo._sportsclubs import _CUE_WORDS, _SPORT_STEMS
from geo._sportwords import CLUB, CUE, STEM, sport_triggers, sport_words, within
from geo.geoparse import _default_parser, geoparse

_notmentions = importlib.import_module("geo._notmentions")


def _words_of(text: str):
    triggers: list = []
    _default_parser()._matches(text, _fold(text), [], triggers)
    return sport_words(*triggers)


@pytest.mark.parametrize(
    ("words", "field"), [(_SPORT_STEMS, "stems"), (_CUE_WORDS, "cues"), (_CLUB_WORDS, "clubs")]
)
def test_every_word_is_found_where_it_starts_in_any_case(words, field):
    for word in words:
        for written in (word, word.capitalize(), word.upper()):
            text = f"Baku, 3 May. The {written}s of Ganja; «{written}» again."
            found = getattr(_words_of(text), field)
            first = text.index(written)
            second = text.index(written, first + 1)
            assert first in found and second in found, (word, written, found)


def test_a_word_inside_another_is_no_start():
    # "гол" starts "голос" (a start: the gate reads the window, the rules decide) but
    # not "Монголия"; "FC" inside "AFCON" starts nothing
    found = _words_of("Монголия и AFCON; голос Баку.")
    assert found.cues == [len("Монголия и AFCON; ")]
    assert found.clubs == []


def test_the_bits_are_their_own():
    keys = sport_triggers()
    assert keys["futbol"] == STEM | CUE | CLUB
    assert keys["fc"] == CLUB
    assert keys["матч"] == STEM | CUE
    assert all(bits >= STEM for bits in keys.values())


def test_within_is_half_open():
    assert within([10, 50], 10, 11)
    assert not within([10, 50], 11, 50)
    assert within([10, 50], 11, 51)
    assert not within([], 0, 100)


TEXTS = [
    # games: quoted clubs, club words, a match report, a Persian league club
    "«Карабах» обыграл «Габалу» со счётом 2:1 в матче Премьер-лиги; тренер «Карабаха» доволен.",
    "“Qarabağ”ın 3:2 hesablı qələbəsi: futbol klubu “Qarabağ” Ağdamda deyil, Bakıda oynadı.",
    "Der FK Karabach Agdam gewann das Heimspiel gegen Qarabag Ağdam; Karabach belegt Platz zwei.",
    "FC Qarabag beat Benfica in Lisbon in the Champions League. Qarabag host Chelsea in Baku.",
    "تیم تراکتور تبریز در لیگ برتر فوتبال مقابل سپاهان اصفهان در ورزشگاه یادگار امام بازی کرد.",
    "Die Agdam-Spieler trafen im Stadion von Baku; die Tabelle führt Sabail vor «Габала».",
    # other things: quotes, a club of talks, goals and points of a plan
    "The “Araz corridor” links «Нахчыван» and Baku; the Valdai club met in Moscow.",
    "Ein wichtiger Punkt: der Ausgleich zwischen Baku und «Teheran» bleibt das Ziel.",
    "The goal of the North–South corridor is trade between Russia and «Iran», not a game.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_reading_every_window_changes_nothing(text, monkeypatch):
    quick = geoparse(text)
    monkeypatch.setattr(_notmentions, "sport_words", lambda starts, bits: _Everything())
    assert geoparse(text) == quick


class _Everything:
    """Sport words everywhere: every window is read (the rules as they were)."""

    stems = cues = clubs = None
