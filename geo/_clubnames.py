"""A sports club's quoted name in a report of a match: no place (:func:`_quoted_clubs`).

Clubs carry the names of their towns and regions, and the press of the region writes
them in quotes: "“Qarabağ”ın 3:2 hesablı qələbəsi" (Qarabağ's 3:2 win), "İspaniyanın
“Sevilya” komandası", "«Нефтчи» обыграл «Сабах»", "“Göteborq” (İsveç) – “Qarabağ”
(Azərbaycan)". A place name that fills its quotes alone (a case ending may follow the
closing quote) is the club's when the text around it speaks of a match: a word of
football, clubs, teams, leagues, matches or stadiums within :data:`_REACH` characters.
A named link is never a club ("“Şimal-Cənub” dəhlizi", rule 13 of data/gold/dev.txt),
and a quote that goes on with a kind word names the place ("“Xudafərin” su anbarı" is
no report of a match). Round 9 (fp9-fa-az): 16 club names read as places in six
Azerbaijani reports of the Europa League, none of the gold sets' quoted places near
such words.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import numpy as np

from geo._fold import _fold
from geo._kindwords import _kind_forms

#: the opening and closing quotes a club's name is written in (code points)
_OPEN_CODES = np.array([ord(c) for c in "\"'«“„‘"])
_CLOSE_CODES = np.array([ord(c) for c in "\"'»”“’"])
#: how far from the name a word of a match is looked for (characters, either side)
_REACH = 250
#: words of a match, a club, a team, a league or a stadium (stems a word of the text starts
#: with, lower case): Azerbaijani and Turkish, Russian, English and German, Persian, Armenian
_SPORT_STEMS = (
    *("futbol", "klub", "komanda", "takım", "matç", "maç", "stadion", "liqa", "lig"),
    *("çempion", "şampiyon", "oyun", "təsnifat", "pley-off", "play-off", "qarşılaşma"),
    *("karşılaşma", "hesabı ilə", "avrokubok", "turnir"),
    *("футбол", "клуб", "команд", "матч", "стадион", "лиг", "чемпион", "турнир"),
    *("football", "soccer", "club", "league", "stadium", "tournament", "fußball"),
    *("verein", "mannschaft"),
    *("فوتبال", "باشگاه", "تیم", "لیگ", "ورزشگاه", "مسابقه"),
    *("ֆուտբոլ", "ակումբ", "թիմ", "մարզադաշտ", "լիգա"),
)


@functools.cache
def _sport_automaton() -> Any:
    """Return an Aho-Corasick automaton of :data:`_SPORT_STEMS` (built once)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for stem in _SPORT_STEMS:
        automaton.add_word(stem, len(stem))
    automaton.make_automaton()
    return automaton


def _about_a_match(text: str) -> bool:
    """Whether a word of ``text`` starts with a word of a match (:data:`_SPORT_STEMS`).

    The stems are found in one pass (a regular expression of them all reads ten times
    slower), then checked to start a word.
    """
    low = text.lower()
    for end, size in _sport_automaton().iter(low):
        at = end - size + 1
        if not at or not low[at - 1].isalpha():
            return True
    return False


#: the Persian names of the league's clubs that their town or province follows (Persian
#: Wikipedia 'لیگ برتر فوتبال ایران', the clubs of its seasons), right before a mention
_FA_CLUB = re.compile(
    r"(?<![^\W\d_])(?:تراکتور(?:سازی)?|پرسپولیس|استقلال|سپاهان|ذوب[ \u200c]?آهن|فولاد"
    r"|ملوان|نفت|پیکان|آلومینیوم|گل[ \u200c]?گهر|مس|نساجی|سایپا|ماشین[ \u200c]?سازی)"
    r"[ \u00a0\u200c]+$"
)
#: the last letters of those names, and the blanks between a name and the next word
_CLUB_LAST_CODES = np.array([ord(c) for c in "رسلندتمیا"])
_BLANK_CODES = np.array([ord(c) for c in " \u00a0\u200c"])
#: the word after the closing quote (and the case ending that the quote may carry)
_NEXT = re.compile(r"[^\W\d_]*[ \u00a0]+([^\W\d_]+(?:[ \u00a0]+[^\W\d_]+)?)")


def _quoted_clubs(text: str, codes: Any, starts: Any, stops: Any, links: Any) -> Any:
    """Return which mentions are no club's quoted name (a boolean mask).

    ``codes`` are the text's code points, ``starts``, ``stops`` the mentions (arrays, in
    text order), ``links`` whether each is a named link (never a club's). The few
    candidates (a quote on each side, or a Persian club's name before) are found with
    numpy; only they are read.
    """
    keep = np.ones(len(starts), dtype=bool)
    last = len(codes) - 1
    if not len(starts) or last < 0:
        return keep
    before = codes[np.maximum(starts - 1, 0)]
    quoted = (starts > 0) & (stops <= last) & np.isin(before, _OPEN_CODES)
    quoted &= np.isin(codes[np.minimum(stops, last)], _CLOSE_CODES)
    # "تراکتور تبریز": a Persian club's name, then its town (a Persian name after a blank
    # after one of the clubs' last letters; then read)
    first = codes[starts]
    club = (starts >= 2) & (first >= 0x600) & (first <= 0x6FF)
    club &= np.isin(before, _BLANK_CODES) & np.isin(
        codes[np.maximum(starts - 2, 0)], _CLUB_LAST_CODES
    )
    for k in np.flatnonzero(club).tolist():
        start = int(starts[k])
        club[k] = bool(_FA_CLUB.search(text, max(start - 24, 0), start))
    for k in np.flatnonzero((quoted | club) & ~links.astype(bool)).tolist():
        start, stop = int(starts[k]), int(stops[k])
        if club[k]:
            near = text[max(start - _REACH, 0) : stop + _REACH]
            keep[k] = not _about_a_match(near)
            continue
        near = text[max(start - _REACH, 0) : start - 1] + " " + text[stop + 1 : stop + _REACH]
        if not _about_a_match(near):
            continue
        after = _NEXT.match(text, stop + 1)
        words = _fold(after.group(1)).padded.split() if after else []
        # "“Xudafərin” su anbarı": a kind word after the quote, which names the place
        keep[k] = bool(words) and (words[0] in _kind_forms() or " ".join(words) in _kind_forms())
    return keep
