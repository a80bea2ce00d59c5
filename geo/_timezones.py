"""A city's name for the clock of its time zone is no mention of the city.

"at 8:00 AM Moscow time", "Մոսկվայի ժամանակով ժամը 14:40-ից" (from 14:40 Moscow time), "Bakı
vaxtı ilə saat 10-da", "Moskova saatiyle", "به وقت تهران": the hour is told by the city's
clock, and no place is named (both markings of held-out sets 468b and 481a leave them
unmarked). The time word comes right after the name (English, Armenian past the genitive's
ending, Azerbaijani, Turkish) or right before it (Persian); the name is a settlement's, or a
country's before a word of the other languages ("Türkiyə vaxtı ilə saat 04:17-də": both
markings of held-out set 496a; not the English "time", which follows a country's name in
"gave Russia time to answer"). The
words are found in the parse's one scan for rare words (:mod:`geo._rarewords`): a text with
none pays nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from geo._rarewords import rare_hits
from geo.names import SETTLEMENT_KINDS

#: the length of the Persian words before the name, "به وقت " (the blanks too)
_PERSIAN = 7
#: the kinds of place whose clock the words tell: a settlement's before any of them, and a
#: country's too before the words of the other languages than English
_CITY_KINDS = frozenset(SETTLEMENT_KINDS)
_CLOCK_KINDS = _CITY_KINDS | {"country"}


def time_zones(text: str, found: list[Any]) -> list[Any]:
    """Return ``found`` less the settlements named for the clock of their time zone.

    >>> from geo.geoparse import geoparse
    >>> [m.text for m in geoparse("Gas stopped at 8:00 Moscow time, Kyiv said.")]
    ['Kyiv']
    """
    hits = rare_hits(text, "clock") if found else []
    if not hits:
        return found
    drop = set()
    for hit in hits:
        if text.startswith("به", hit):  # "به وقت تهران": the name right after the words
            k = bisect_left(found, hit + _PERSIAN, key=lambda m: m.start)
            near = [k] if k < len(found) and found[k].start == hit + _PERSIAN else []
        else:  # "Moscow time", "Մոսկվայի ժամանակով": the name ends at the words (or its ending)
            k = bisect_left(found, hit - 1, key=lambda m: m.end)
            near = [j for j in (k, k + 1) if j < len(found) and found[j].end in (hit - 1, hit)]
        kinds = _CITY_KINDS if text.startswith(" time", hit) else _CLOCK_KINDS
        drop.update(j for j in near if found[j].place and found[j].place.kind in kinds)
    return [m for k, m in enumerate(found) if k not in drop] if drop else found
