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

import re
from typing import Any

import numpy as np

from geo._fold import _fold
from geo._kindwords import _kind_forms

#: the opening and closing quotes a club's name is written in
_OPEN = frozenset("\"'«“„‘")
_CLOSE = frozenset("\"'»”“’")
#: how far from the name a word of a match is looked for (characters, either side)
_REACH = 250
#: words of a match, a club, a team, a league or a stadium (stems, at a word's start)
_SPORT = re.compile(
    r"(?<![^\W\d_])(?:"
    # Azerbaijani and Turkish
    r"futbol|klub|komanda|takım|matç|maç|stadion|liqa|lig\b|ligi|çempion|şampiyon"
    r"|təsnifat|pley-off|play-off|qarşılaşma|karşılaşma|hesabı ilə|avrokubok|turnir"
    # Russian
    r"|футбол|клуб|команд|матч|стадион|лиг[аеиу]|чемпион|турнир"
    # English and German
    r"|football|soccer|club|team|league|stadium|match|tournament|fußball|verein"
    r"|mannschaft|stadion|liga|spiel"
    # Persian and Armenian
    r"|فوتبال|باشگاه|تیم|لیگ|ورزشگاه|مسابقه|ֆուտբոլ|ակումբ|թիմ|մարզադաշտ|լիգա"
    r")",
    re.IGNORECASE,
)
#: the Persian names of the league's clubs that their town or province follows (Persian
#: Wikipedia 'لیگ برتر فوتبال ایران', the clubs of its seasons), right before a mention
_FA_CLUB = re.compile(
    r"(?<![^\W\d_])(?:تراکتور(?:سازی)?|پرسپولیس|استقلال|سپاهان|ذوب[ \u200c]?آهن|فولاد"
    r"|ملوان|نفت|پیکان|آلومینیوم|گل[ \u200c]?گهر|مس|نساجی|سایپا|ماشین[ \u200c]?سازی)"
    r"[ \u00a0\u200c]+$"
)
#: the word after the closing quote (and the case ending that the quote may carry)
_NEXT = re.compile(r"[^\W\d_]*[ \u00a0]+([^\W\d_]+(?:[ \u00a0]+[^\W\d_]+)?)")


def _quoted_clubs(text: str, starts: Any, stops: Any, links: Any) -> Any:
    """Return which mentions are no club's quoted name (a boolean mask).

    ``starts``, ``stops`` are the mentions (arrays, in text order), ``links`` whether
    each is a named link (never a club's).
    """
    keep = np.ones(len(starts), dtype=bool)
    for k, (start, stop) in enumerate(zip(starts.tolist(), stops.tolist(), strict=True)):
        if links[k] or not start or stop >= len(text):
            continue
        if _FA_CLUB.search(text, max(start - 20, 0), start):
            near = text[max(start - _REACH, 0) : stop + _REACH]
            keep[k] = not _SPORT.search(near)  # "تراکتور تبریز": the club
            continue
        if text[start - 1] not in _OPEN or text[stop] not in _CLOSE:
            continue
        after = _NEXT.match(text, stop + 1)
        words = _fold(after.group(1)).padded.split() if after else []
        if words and (words[0] in _kind_forms() or " ".join(words) in _kind_forms()):
            continue  # "“Xudafərin” su anbarı": the quote names the place
        near = text[max(start - _REACH, 0) : start - 1] + " " + text[stop + 1 : stop + _REACH]
        if _SPORT.search(near):
            keep[k] = False
    return keep
