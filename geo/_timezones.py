"""A city's name for the clock of its time zone is no mention of the city.

"at 8:00 AM Moscow time", "Մոսկվայի ժամանակով ժամը 14:40-ից" (from 14:40 Moscow time), "Bakı
vaxtı ilə saat 10-da", "Moskova saatiyle", "به وقت تهران": the hour is told by the city's
clock, and no place is named (both markings of held-out sets 468b and 481a leave them
unmarked). The time word comes right after the name (English, Armenian, Azerbaijani, Turkish)
or right before it (Persian); the name is a settlement's.
"""

from __future__ import annotations

import re
from typing import Any

#: the time word after the name (past an Armenian or Azerbaijani genitive ending)
_AFTER = re.compile(
    r"(?:ի|յի)?[ \u00a0]+(?:time\b|ժամանակով|vaxtı ilə|vaxtı ile|vaxtilə|saatiyle|saati ile)"
)
#: and the Persian "by the time of" before it
_BEFORE = re.compile("به[ \u00a0]+وقت[ \u00a0]+$")
_TOWN_KINDS = frozenset({"city", "town", "village"})


def time_zones(text: str, found: list[Any]) -> list[Any]:
    """Return ``found`` less the settlements named for the clock of their time zone.

    >>> from geo.geoparse import geoparse
    >>> [m.text for m in geoparse("Gas stopped at 8:00 Moscow time, Kyiv said.")]
    ['Kyiv']
    """
    drop = [
        m
        for m in found
        if m.place is not None
        and m.place.kind in _TOWN_KINDS
        and (_AFTER.match(text, m.end) or _BEFORE.search(text, max(m.start - 12, 0), m.start))
    ]
    return [m for m in found if m not in drop] if drop else found
