"""A town in a list after a plural port word: its port, when the gazetteer holds one.

"the ports of Baku, Poti and Batumi", "between the ports of Poti and Baku", "портами
Туркменбаши и Баку": the plural port word before a list stays outside every name
(rule 6 of data/gold/dev.txt), and each name is its town, unless the gazetteer holds
the town's port, which the name then is (rule 7: the port of Baku by any of its names,
the tie decided by the map; the gold's 3 of 3 in blind set 61). The port is found by
the town's name with a port word ("Port of Baku", "порт Баку"), no id written here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from geo._rarewords import rare_hits
from geo.gazetteer import normalize

#: a plural port word and the blank before a list's first name
_PORTS_BEFORE = re.compile(r"(?:ports of|ports|порт(?:ами|ов|ы|ах|ам)|Häfen(?: von)?)[ \u00a0]+")
#: what joins two names of the list
_LIST_GAP = re.compile(
    r"(?:,[ \u00a0]*|[ \u00a0]+(?:and|и|und)[ \u00a0]+|,[ \u00a0]*and[ \u00a0]+)"
)
#: the town kinds whose port a name in such a list may be
_TOWNS = frozenset({"city", "town"})
#: the town's name with a port word, as the held ports' names have it
_PORT_NAMES = ("port of {}", "{} port", "порт {}")


def _listed_ports(text: str, found: list[Any], lookup: Any) -> list[Any]:
    """Return ``found`` with each town listed after a plural port word made its held port.

    ``found`` are the mentions in text order, ``lookup`` maps a normalised name to its
    places (:meth:`geo.gazetteer.Gazetteer.lookup`).
    """
    starts: list[int] | None = None  # (in text order; made at the first port word)
    out = list(found)
    for at in rare_hits(text, "port"):  # (found in one scan: the full pattern after)
        hit = _PORTS_BEFORE.match(text, at)
        if hit is None or (at and text[at - 1].isalpha()):
            continue
        if starts is None:
            starts = [m.start for m in found]
        j = bisect_left(starts, hit.end())
        if j == len(found) or starts[j] != hit.end():
            continue  # no name right after the port word
        while j < len(found):  # the list: names joined by commas and "and"
            listed = found[j]
            port = _held_port(listed, lookup)
            if port is not None:
                out[j] = listed._replace(place=port)
            nxt = found[j + 1] if j + 1 < len(found) else None
            if nxt is None or not _LIST_GAP.fullmatch(text, listed.end, nxt.start):
                break
            j += 1
    return out


def _held_port(m: Any, lookup: Any) -> Any:
    """Return the port the gazetteer holds for the town ``m`` names, if any."""
    if m.place is None or m.place.kind not in _TOWNS:
        return None
    for form in _PORT_NAMES:
        for place in lookup(normalize(form.format(m.text))) or ():
            if place.kind == "building":
                return place
    return None
