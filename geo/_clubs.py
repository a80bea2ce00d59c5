"""A sports club named after a place is no mention of the place.

Football clubs carry the name of their town or region, and a sports report names the
club far more often than the place: "FC Qarabag will face FC Chelsea in Baku",
"“Qarabag” football club", "ФК «Карабах»". A match a club word touches is the club's
name: the abbreviation FC, FK or ФК right before or after it (a quote between allowed),
or the words "football club" ("futbol klubu", "futbol kulübü", "футбольный клуб") right
before or after it. Once a text has so named a club, the same name elsewhere in the text
is the club too ("Qarabag beat Benfica", "Qarabag's players"), as a reporter's surname is
the person again (:func:`geo._titles._surnames_later`), unless a word before it puts
something in the place ("in Qarabag", "near", "the city of"): one sense per text.

:func:`_outside_clubs` drops those matches. A text with no club word (nearly every
text) costs one regular-expression search.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

#: a club word anywhere in the text (the quick test before any match is read)
_CLUB_WORD = re.compile(
    r"(?<![^\W\d_])(?:FC|FK|ФК)(?![^\W\d_])"
    r"|(?i:football club|soccer club|futbol klub|futbol kulüb|футбольн\w* клуб)"
)
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


def _outside_clubs(text: str, starts: Any, stops: Any) -> Any:
    """Return a mask of the matches that are not a sports club's name.

    Examples
    --------
    >>> import numpy as np
    >>> text = "FC Qarabag beat Benfica in Lisbon. Qarabag host Chelsea in Baku."
    >>> starts, stops = np.array([3, 27, 35, 59]), np.array([10, 33, 42, 63])
    >>> _outside_clubs(text, starts, stops).tolist()
    [False, True, False, True]
    """
    keep = np.ones(len(starts), dtype=bool)
    if not len(starts) or _CLUB_WORD.search(text) is None:
        return keep
    names = [text[int(a) : int(b)].casefold() for a, b in zip(starts, stops, strict=True)]
    clubs = set()
    for k, name in enumerate(names):
        start, stop = int(starts[k]), int(stops[k])
        before = _BEFORE.search(text, max(start - _REACH, 0), start)
        if before and k and _SUFFIX.fullmatch(text, int(stops[k - 1]), start):
            before = None  # "Qarabağ FK Culfada": the club word is the name's before it
        if before or _AFTER.match(text, stop):
            clubs.add(name)
            keep[k] = False
    for k, name in enumerate(names):
        if keep[k] and name in clubs:
            start = int(starts[k])
            keep[k] = bool(_LOCATIVE.search(text, max(start - _REACH, 0), start))
    return keep
