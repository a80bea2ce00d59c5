"""Compass words before a name: another region than the name's own place.

"Güney Azərbaycan" (Iran's Azerbaijan), "Eastern Armenia", "Հարավային Լիբանան": a country's
name after a compass word it forms no known name with names a region the gazetteer does not
hold, no mention of the country, except a Turkish compass word before a country other than
Azerbaijan or Armenia ("Kuzey [Irak]", "Güney [Lübnan]"), a part of the country. "Central
Europe", "Mərkəzi Avropa", "Kiçik Qafqaz": a continent or macro-region after a compass, size
or distance word it does not form a known name with is part of a region the gazetteer does
not hold, no mention of the whole. Split from :mod:`geo._wordrules` (had passed 500 lines),
whose masks by entry (``country``, ``compass_land``, ``macro``) these rules read.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from geo._codetable import _among, _code_table

_BLANK = ord(" ")

# a compass word right before a macro-region's name: "Central Europe", "Southeast Europe",
# "Центральной Европы", "Կենտրոնական Եվրոպա", "Mərkəzi Avropa", "Orta Avrupa" (a known name
# with it, "Central Asia", "Eastern Europe", is matched whole and never gets here); so a
# size word: "Kiçik Qafqaz", "Böyük Qafqaz", "Малый Кавказ", "Lesser Caucasus", "Kleiner
# Kaukasus" (the ranges);
# and a Turkic word of distance: "Yaxın Asiya", "Ön Asiya" (the Near East; round 9)
_COMPASS_BEFORE = re.compile(
    r"(?:\b(?:Central|Middle|Inner|Greater|(?:North|South)(?:east|west)?(?:ern)?|East(?:ern)?"
    r"|West(?:ern)?|Zentral|Mittel|Mərkəzi|Orta|Şərqi|Qərbi|Cənubi|Şimali|Doğu|Batı|Kuzey"
    r"|Güney|Центральн\w*|Восточн\w*|Западн\w*|Северн\w*|Южн\w*|Средн\w*"
    r"|Lesser|Kiçik|Böyük|Küçük|Büyük|Мал\w*|Больш\w*|Klein(?:e[nrs]?)?|Gro(?:ß|ss)(?:e[nrs]?)?"
    r"|Yaxın|Yakın|Uzaq|Uzak|Ön)"
    r"|Կենտրոնական|Արևելյան|Արևմտյան|Հյուսիսային|Հարավային|Փոքր|Մեծ)[ \u00a0]+$"
)


# an Azerbaijani or Turkish compass word, capitalised, right before a country's name it forms
# no known name with: "Güney Azərbaycan" (Iran's Azerbaijan, whose names the region layer's
# iranian-azerbaijan holds, "Cənubi Azərbaycan" among them), not the republic ("Cənubi Qafqaz", "Qərbi Azərbaycan
# əyaləti" are known names, matched whole); so the English adjectives, capitalised:
# "Eastern Armenia", "Southern Azerbaijan" (historical and irredentist regions; "East
# Azerbaijan", "South Caucasus" are known names); and the Armenian ones, which are lower
# case inside a sentence: "Հարավային Լիբանան" (South Lebanon), "Արևմտյան Ադրբեջան" (the
# Turkish words before other countries excepted: _TURKISH_COMPASS below)
_COUNTRY_COMPASS = frozenset(
    ["Güney", "Quzey", "Kuzey", "Cənubi", "Şimali", "Şərqi", "Qərbi", "Doğu", "Batı"]
    + ["Eastern", "Western", "Southern", "Northern", "South", "North", "East", "West"]
    + ["Հարավային", "Հյուսիսային", "Արևելյան", "Արևմտյան", "Արեւելյան", "Արեւմտյան"]
    + ["Հարաւային", "Հիւսիսային", "Արեւելեան", "Արեւմտեան"]  # Western Armenian
)
#: the countries whose name after a Turkish compass word names another land (Iran's
#: Azerbaijan, "Güney Azerbaycan"; "Batı Ermenistan"); before another country's name the
#: Turkish word is a part of it, the country marked ("Kuzey [Irak]", "Güney [Lübnan]": the
#: gold's 6 of 6 in held-out rounds 48-64), as the English, Azerbaijani and Armenian words
#: are not ("South Lebanon", "Şimali İraq Kürd Muxtariyyəti", "Հարավային Լիբանան")
_COMPASS_LANDS = frozenset({"az", "am"})
_TURKISH_COMPASS = frozenset({"Kuzey", "Güney", "Doğu", "Batı"})
_LAST_WORD = re.compile(r"\w+$")  # (the compass word before the blank: "-Հարավային")
# the codes of the compass words' last letters, and of the blank after them
_COMPASS_LAST = _code_table(sorted({ord(word[-1]) for word in _COUNTRY_COMPASS}))


def apply(
    text: str,
    bounds: tuple[Any, Any],
    codes: tuple[Any, Any],
    masks: tuple[Any, Any, Any],
    keep: Any,
) -> None:
    """Drop (in ``keep``) the names a compass word before them makes another region's.

    ``bounds`` are the matches' starts and stops, ``codes`` the code points one and two
    places before each (``c1``, ``c2``);
    ``masks`` which matches name a country, one of :data:`_COMPASS_LANDS`, a macro-region.
    """
    starts, stops = bounds
    c1, c2 = codes
    country, lands, macro = masks
    # "Güney Azərbaycan": Iran's Azerbaijan, not the republic (a country's name after a
    # blank after a compass word's last letter, then the word itself)
    compass = country & (starts > 5) & (c1 == _BLANK) & _among(c2, _COMPASS_LAST)
    for k in np.flatnonzero(compass).tolist():
        start = int(starts[k])
        word = _LAST_WORD.search(text, max(start - 14, 0), start - 1)
        if word and word.group() in _COUNTRY_COMPASS:
            keep[k] = word.group() in _TURKISH_COMPASS and not lands[k]
    for k in np.flatnonzero(macro).tolist():
        start = int(starts[k])
        compass = _COMPASS_BEFORE.search(text, max(start - 16, 0), start)
        if compass:
            keep[k] = False  # "Central Europe": a region the gazetteer does not hold
            # the compass word read as a name of its own ("Mərkəzi", Iran's Markazi)
            if k and int(stops[k - 1]) > compass.start():
                keep[k - 1] = False
