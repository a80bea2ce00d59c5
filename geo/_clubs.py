"""A sports club named after a place is no mention of the place.

Football clubs carry the name of their town or region, and a sports report names the
club far more often than the place: "FC Qarabag will face FC Chelsea in Baku",
"“Qarabag” football club", "ФК «Карабах»". A match a club word touches is the club's
name: the abbreviation FC, FK or ФК right before or after it (a quote between allowed),
or the words "football club" ("futbol klubu", "futbol kulübü") right before or after
it. Once a text has so named a club, the same name elsewhere in the text is the club too
("Qarabag beat Benfica", "Qarabag's players"), as a reporter's surname is the person
again (:func:`geo._titles._surnames_later`), unless a word before it puts something in
the place ("in Qarabag", "near", "the city of"): one sense per text. A match report (a
text naming the Champions League, the Europa League ...) names its clubs bare: there a
town's or region's name a team's word touches is the club ("Qarabag beat Benfica",
"Qarabag's players", "against Napoli"), and the whole text's when two such words do.

:func:`_outside_clubs` drops those matches. A text with no club word and no competition
(nearly every text) costs a few comparisons on the code points around its matches.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

#: the first letters of the club words, read on the code points around every match at
#: once (the quick test: a regular expression over the text reads ~100 ms a megabyte)
_CLUB_STARTS = tuple(tuple(map(ord, w)) for w in ("FC", "FK", "ФК", "foo", "Foo", "soc", "fut"))
#: the club words' first words, and the league's (:data:`_COMPETITION`), as the text's words
#: start (:mod:`geo._sportwords` finds them with the names): a text where none starts
#: has no club word and no league to read
_CLUB_WORDS = ("fc", "fk", "фк", "football", "soccer", "futbol", "футбольн", "league")
_QUOTE = "[\"'«»“”„]?"
#: a club word right before a name: "FC Qarabag", "ФК «Карабах»", "football club Qarabag"
_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:FC|FK|ФК)|(?i:football club|soccer club|футбольн\w* клуб\w*))"
    rf"[ \u00a0]+{_QUOTE}$"
)
#: a club word right after a name: "Qarabag FK", "“Qarabag” football club", "futbol klubu"
_AFTER = re.compile(
    rf"{_QUOTE}[ \u00a0]+(?:(?:FC|FK)(?![^\W\d_])"
    r"|(?i:football club|soccer club|futbol klub|futbol kulüb))"
)
#: a club word after one name and before the next: the first name's ("Qarabağ FK Culfada")
_SUFFIX = re.compile(rf"{_QUOTE}[ \u00a0]+(?:FC|FK)[ \u00a0]+{_QUOTE}")
#: a word before a name that puts something in the place: the place, not the club
_LOCATIVE = re.compile(
    r"(?<![^\W\d_])(?i:in|near|city of|town of|region of|district of|в|под)[ \u00a0]+$"
)
_REACH = 24  # characters before a name where a club word or a locative word is read
#: a football competition named in the text (the Champions League, the Europa League, the
#: Premier League): an English match report, where a club is named bare
_COMPETITION = "League"
#: in a match report, a name a team's verb or noun follows ("Qarabag beat Benfica",
#: "Qarabag's players") or a match word comes before ("against Qarabag", "host Copenhagen")
#: (not "won", "hosted", "played": "Baku won the bid", "Baku hosted the final")
_TEAM_AFTER = re.compile(
    r"(?:['’]s)?[ \u00a0]+(?:beat|beats|defeated|drew|lost|faces?|faced|scored|conceded"
    r"|will (?:face|meet)|players|coach|fans|goalkeeper|striker|manager|Champions League"
    r"|Europa League|Conference League)(?![^\W\d_])"
)
_TEAM_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:against|beat|defeated|host|hosts|hosted|face|faces|faced|meet|meets)"
    r"[ \u00a0]+$"
)


def _outside_clubs(
    text: str,
    codes: Any,
    starts: Any,
    stops: Any,
    places: Any = None,
    club_words: list[int] | None = None,
) -> Any:
    """Return a mask of the matches that are not a sports club's name.

    ``places`` (each match's place, or None for a link), when given, lets a text that
    names a football league (:data:`_COMPETITION`) take a town or region as a club by
    a team's word beside it too ("Qarabag beat Benfica", "against Napoli"), and twice so
    for the whole text: a country is a national team's name and stays, a link never is
    a club. ``club_words``, if given, are the starts of the text's words of
    :data:`_CLUB_WORDS` (:mod:`geo._sportwords`): with none, no name touches a club word.

    Examples
    --------
    >>> import numpy as np
    >>> text = "FC Qarabag beat Benfica in Lisbon. Qarabag host Chelsea in Baku."
    >>> codes = np.array([ord(c) for c in text])
    >>> starts, stops = np.array([3, 27, 35, 59]), np.array([10, 33, 42, 63])
    >>> _outside_clubs(text, codes, starts, stops).tolist()
    [False, True, False, True]
    """
    keep = np.ones(len(starts), dtype=bool)
    report = places is not None and club_words != [] and _COMPETITION in text
    if club_words == []:
        near = np.zeros(len(starts), dtype=bool)
    else:
        near = _near_club_words(codes, starts, stops)
    if not len(starts) or not (report or near.any()):
        return keep
    clubs = set()
    cues: dict[str, int] = {}  # a match report's team words, by name
    for k in range(len(starts)) if report else np.flatnonzero(near).tolist():
        start, stop = int(starts[k]), int(stops[k])
        name = text[start:stop].casefold()
        before = near[k] and _BEFORE.search(text, max(start - _REACH, 0), start)
        if before and k and _SUFFIX.fullmatch(text, int(stops[k - 1]), start):
            before = None  # "Qarabağ FK Culfada": the club word is the name's before it
        if before or (near[k] and _AFTER.match(text, stop)):
            clubs.add(name)
            keep[k] = False
        elif report and _team(places[k]) and _team_word(text, start, stop):
            keep[k] = False  # "Qarabag beat Benfica", "against Napoli": a match report's team
            cues[name] = cues.get(name, 0) + 1
    clubs.update(name for name, count in cues.items() if count > 1)  # twice: the text's sense
    if not clubs:
        return keep
    for k in range(len(starts)):
        if keep[k] and text[int(starts[k]) : int(stops[k])].casefold() in clubs:
            start = int(starts[k])
            keep[k] = bool(_LOCATIVE.search(text, max(start - _REACH, 0), start))
    return keep


def _near_club_words(codes: Any, starts: Any, stops: Any) -> Any:
    """Return which matches may touch a club word: its first letters where one would begin.

    A mask, from the code points at the places a club word before ("FC ", "ФК «", "football
    club ") or after (" FC", "” football club") a name would start.
    """
    n = len(codes)
    near = np.zeros(len(starts), dtype=bool)
    if n < 2 or not len(starts):
        return near
    for at in (starts - 3, starts - 4, starts - 14, starts - 15, stops + 1, stops + 2):
        at = np.clip(at, 0, n - 3)
        letters = codes[at], codes[at + 1], codes[at + 2]
        for word in _CLUB_STARTS:  # (comparisons: np.isin costs ~100 µs a call)
            hit = letters[0] == word[0]
            for letter, code in zip(letters[1:], word[1:], strict=False):
                hit &= letter == code
            near |= hit
    return near


def _team_word(text: str, start: int, stop: int) -> bool:
    """Whether a team's word follows ``text[start:stop]`` or a match word comes before it."""
    return bool(
        _TEAM_AFTER.match(text, stop) or _TEAM_BEFORE.search(text, max(start - 12, 0), start)
    )


def _team(place: Any) -> bool:
    """Whether a club may be named after ``place``: a town or a region, not a country."""
    return place is not None and place.kind not in ("country", "macro-region", "sea", "river")
