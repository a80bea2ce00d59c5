"""A region's bare name standing for the corridor named after it: "Iğdır'ın [Zengezur]'un".

News on the Zangezur corridor shortens its name to the region's ("the opening of
Zangezur", "Iğdır'ın Zengezur'un lojistik merkezi olması", "کریدور موازی «زنگزور»",
"der Sangesur-Korridor (auch Zangezur)"). The real-article sets marked by hand read such
a bare name as the corridor wherever the article names the corridor itself or a corridor
word stands just before the name: 5 of 5 bare marks in blind sets 7-9 (2026-12-01), where
the region was never the reading (two more were Syunik, "Zəngəzurdan keçməklə", the land a
road crosses). A bare Zangezur in an article that names no corridor, or one a region or
mountain word follows ("Zəngəzur mahalı", "Zəngəzur qəzası", "Zangezur Mountains") or a
region word comes just before ("منطقه زنگزور", "bu bölge için Zengezur"), stays the
historical region (convention 16 of data/gold/dev.txt), and so does one in the locative
or in the genitive before a compass point ("Zəngəzurda", "Zəngəzurun qərbi": the land;
blind set 109).

:func:`_elliptical_corridors` rewrites those mentions' place and link in place.
"""

from __future__ import annotations

import re
from collections.abc import MutableSequence
from itertools import compress, repeat
from operator import is_
from typing import Any

from geo._fold import _translate

__all__ = ["ELLIPTICAL", "_elliptical_corridors"]

#: The place whose bare name stands for a corridor, by the corridor's id (corridors.yaml)
ELLIPTICAL = {"zangezur": "zangezur-corridor"}

#: The start of a word after the name that keeps it the region: the historical unit's
#: words (mahal, qəza, uyezd), the region words and the mountains' (folded)
_REGION_WORDS = (
    "mahal", "qaza", "uezd", "uyezd", "уезд", "region", "bolge", "bolga", "район",
    "област", "регион", "gebiet", "mountain", "dag", "хребет", "гор", "gebirge", "منطقه",
    "ناحیه", "کوه", "մարզ", "լեռ",
)  # fmt: skip
#: A region word at most two words before the name, which keeps it the region ("در منطقه
#: زنگزور کشور ارمنستان", "bu bölge için Zengezur ismi"; folded)
_REGION_BEFORE = re.compile(
    r"(?:منطقه|ناحیه|bolge|region|регион|gebiet)[^\W\d_]*(?:\s+[^\W\d_]+)?\s*\Z"
)
#: A corridor word at most two words before the name ("کریدور موازی «زنگزور»"; folded)
_CORRIDOR_BEFORE = re.compile(
    r"(?:corridor|dahliz|koridor|коридор|korridor|کریدور|گذرگاه|միջանցք)[^\W\d_]*"
    r"(?:\s+[^\W\d_]+){0,2}\s*\Z"
)

#: An Azerbaijani or Turkish ending after the name that makes it the land, not the corridor:
#: the locative ("Zəngəzurda mövcudluq", presence in Zangezur; "Zengezur'daki") and the
#: genitive before a compass point ("Zəngəzurun qərbini", the west of Zangezur): both
#: markings of blind set 109, in an article that names the corridor too
_LAND_AFTER = re.compile(
    r"['’]?[dt][aəe](?:k[iı])?(?![^\W\d_])"
    r"|['’]?n?[uüıi]n\s+(?:qərb|şərq|şimal|cənub|batı|doğu|kuzey|güney)",
    re.IGNORECASE,
)


def _elliptical_corridors(
    text: str,
    spans: tuple[list[int], list[int]],
    places: MutableSequence[Any],
    links: MutableSequence[Any],
    by_id: Any,
) -> None:
    """Read a bare region's name as its corridor in ``places`` and ``links`` (see above).

    ``spans`` are the mentions' starts and ends, ``places`` and ``links`` their place
    and link (lists, rewritten in place), ``by_id`` the gazetteer's places by id.
    """
    for place_id, corridor in ELLIPTICAL.items():
        place = by_id.get(place_id)
        if place is None:
            continue
        # the mentions of the place (found without a loop in Python: a loop over every
        # mention of a megabyte of news costs a millisecond)
        found = list(compress(range(len(places)), map(is_, places, repeat(place))))
        named = bool(found) and corridor in links
        for k in found:
            start, end = spans[0][k], spans[1][k]
            # the mention's own words after the name, then the next word (after the case
            # ending an apostrophe sets off: "Zengezur'un lojistik")
            words = _translate(text[start:end]).split()[1:]
            after = _translate(text[end : end + 40]).split()
            apostrophe = end < len(text) and text[end] in "'’"
            words += after[apostrophe : apostrophe + 1]
            if any(word.startswith(_REGION_WORDS) for word in words):
                continue
            if _LAND_AFTER.match(text, end):
                continue  # "Zəngəzurda" (in Zangezur), "Zəngəzurun qərbi": the land
            before = _translate(text[max(0, start - 40) : start])
            if _REGION_BEFORE.search(before):
                continue  # "منطقه زنگزور", "bu bölge için Zengezur": the region
            if named or _CORRIDOR_BEFORE.search(before):
                places[k], links[k] = None, corridor
