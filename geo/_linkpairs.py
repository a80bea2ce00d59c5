"""Named links written by their two ends: "Horadiz–Aghband", "Reşt-Astara demiryolunun".

Articles name a link of ``data/links.yaml`` by its two ends joined by a dash or a
hyphen, in every language and script, with or without a kind word, and inflected:
"Horadiz–Aghband" (German, alone), "Kazvin-Reşt hattı", "Казвин – Решт",
"پل آغبند – کلاله", "Ռաշտ – Աստարա երկաթուղու". The matcher finds the two ends
as places; :func:`_link_pairs` turns such a pair into the link when

* the two are joined by one dash or hyphen (``-``, ``–``, ``—``, with or without
  blanks) and by nothing else;
* one stands for the first end of a named link (one with names of its own, see
  :func:`geo._automaton.link_names`) and the other for its last end, in either
  order. A place stands for an end when it is the end or shares the end's name
  (less its kind word) within :data:`_NEAR_KM` of it: "Horadiz" the town stands
  for Horadiz station, "Astara" for Astara station (Iran);
* the pair is not part of a longer route ("Kars–Iğdır–Nakhchivan",
  "Qazvin–Rasht–Astara", "راه‌آهن قزوین - رشت به آستارا", the Qazvin - Rasht railway
  to Astara: places), and a kind word beside it does not name another
  mode ("Rasht–Astara road" is no railway) and no area word follows it ("Ağbənd-Kəlalə
  regionunda": the land about the two ends).

The mention runs from the first end to the end of the last one's word (its case
ending: "Решт – Астары") and takes in a kind word right after it, with its case
ending ("Horadiz–Aghband railway", "Ağbend-Kelale karayolu köprüsünde",
"Ռաշտ – Աստարա երկաթուղու"), and in Persian the kind word before it
("راه‌آهن رشت – آستارا", "پل آغبند – کلاله"): the kind word is part of the name, as
the gold sets mark it. A Russian or German word before the pair ("железной
дороги Решт – Астара", "Bahnstrecke Horadiz–Aghband") stays outside, as does a
Persian "line" (``خط``). See "How text is matched" in :mod:`geo.geoparse`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np

from geo.gazetteer import Gazetteer, haversine_km
from geo.names import normalize, peel

#: A place within this many km of a link's end, sharing its name, stands for the end
#: (the town for its station).
_NEAR_KM = 30.0

# One dash or hyphen between the two ends, with blanks or without (not a line break), in
# at most _GAP characters.
_GAP = 5
_OTHER_CHAR, _DASH_CHAR, _BLANK_CHAR = 0, 1, 2
_CHAR_KIND = np.zeros(0x2031, dtype=np.uint8)  # by code point; beyond the table: other
# (and the Arabic tatweel, which Persian news sets between blanks as a dash: "راه‌آهن رشت ـ
# آستارا", blind set 59; a kashida inside a word is never in a gap between two names)
_CHAR_KIND[[ord(c) for c in "-\u2010\u2011\u2012\u2013\u2014\u0640"]] = _DASH_CHAR
_CHAR_KIND[[ord(c) for c in " \t\u00a0\u202f"]] = _BLANK_CHAR
_BLANK = "[ \\t\\u00a0\\u202f]+"

_ROAD = frozenset({"road"})
# Kind words after the pair, by the modes they fit (None: any mode), most words first.
_KIND_AFTER: tuple[tuple[str, frozenset[str] | None], ...] = (
    (r"(?:road|highway)\s+bridges?", frozenset({"bridge"})),
    (r"karayolu\s+k[öo]pr[üu]\w*", frozenset({"bridge"})),
    (r"avtomobil\s+k[öo]rp[üu]\w*", frozenset({"bridge"})),
    # "avtomobil yolu körpüsü" (road bridge: "Ağbənd–Kəlalə avtomobil yolu körpüsünün")
    (r"avtomobil\s+yolu\s+k[öo]rp[üu]\w*", frozenset({"bridge"})),
    # a border bridge ("Astara-Astara sınır köprüsü": the road bridge, not the railway)
    (
        r"(?:s[ıi]n[ıi]r|s[əe]rh[əe]d|border)\s+(?:k[öo]pr[üu]\w*|k[öo]rp[üu]\w*|bridges?)",
        frozenset({"bridge"}),
    ),
    (r"rail(?:way|road)s?|rail\s+(?:line|link)s?", frozenset({"rail"})),
    # "demir ve kara yolu" (rail and road) after the pair: the line the pair names
    (r"d[əe]mir\s+v[əe]\s+(?:kara|avtomobil)\s*yol\w*", None),
    (r"d[əe]mir\s*yol\w*", frozenset({"rail"})),
    (r"железн\w*\s+дорог\w*", frozenset({"rail"})),
    (r"(?:eisen)?bahn(?:strecke|linie)?\w*", frozenset({"rail"})),
    # Armenian "երկաթուղային գիծ" (railway line: the adjective's noun, as "rail line";
    # "Ռեշտ-Աստարա երկաթուղային գծի", both markings of blind set 57)
    (r"երկաթուղային\s+գ(?:իծ|ծ)\w*", frozenset({"rail"})),
    (r"երկաթուղ\w*|երկաթգ(?:իծ|ծ)\w*", frozenset({"rail"})),
    (r"bridges?|k[öo]rp[üu]\w*|k[öo]pr[üu]\w*|мост\w*|br[üu]cke\w*", frozenset({"bridge"})),
    # Armenian "ավտոմոբիլային կամուրջ" (road bridge: "Աղբենդ-Քելալա ավտոմոբիլային կամրջի")
    (r"ավտոմոբիլային\s+կամ(?:ուրջ|րջ)\w*", frozenset({"bridge"})),
    (r"կամուրջ\w*|կամրջ\w*", frozenset({"bridge"})),
    (r"roads?|highways?|karayol\w*|avtomobil\s+yol\w*|автодорог\w*|stra(?:ß|ss)e\w*", _ROAD),
    # Turkish "otoyol" (motorway), after "ulaşım" (transport) too ("Horadiz-Ağbend ulaşım
    # otoyoluna": the road beside the railway, two places)
    (r"(?:ulaşım\s+)?otoyol\w*", _ROAD),
    # Azerbaijani "magistral" (a trunk road: "Ələt-Astara magistralının", round 9) and "şosse"
    (r"magistral\w*|şosse\w*", _ROAD),
    (r"lines?|x[əe]tt\w*|hatt\w*|hat|linie\w*|strecke\w*|линии|линия|գիծ\w*|գծ\w*", None),
    # German "Abschnitt" (section) compounded after the pair ("des Astara-Rasht-Abschnitts")
    (r"abschnitt\w*", None),
    # Armenian "հատված" (section) after the pair ("Ռաշթ-Աստարա հատվածում"): it says the pair
    # is the link, and stays outside the mention (:data:`_OUTSIDE`)
    (r"հատված\w*", None),
    # Turkish "güzergah" (route) after a pair of any mode ("Reşt–Astara güzergahındaki")
    (r"g[üu]zerg[aâ]h\w*", None),
    # and the Azerbaijani "marşrut" and Armenian "երթուղի" (route: "Astara-Rəşt
    # marşrutuna", "Հորադիզ-Աղբենդ երթուղու": blind set 43)
    (r"marşrut\w*|երթուղ\w*", None),
    # Azerbaijani and Turkish "yol" (way) after a pair of any mode ("Rəşt - Astara yolunun")
    (r"yol(?:u|un|una|unda|undan|unun|unu|dan|da|a)?", None),
)
#: "international" between the pair and its kind word, inside the mention as the kind word
#: is ("[Astara (Azərbaycan)-Astara (İran) beynəlxalq dəmir yolunun]": both markings of
#: held-out set 553a), as the Persian "بین‌المللی" after the railway word is
_INTERNATIONAL = (
    r"(?:beyn[əe]lxalq|uluslararas[ıi]|international|международн\w*|internationale[nmrs]?"
    r"|միջազգային)" + _BLANK
)
_KIND_AFTER_RE = re.compile(
    "(?:"
    + _BLANK
    + "|-)(?:"
    + _INTERNATIONAL
    + ")?(?:"
    + "|".join(f"({p})" for p, _ in _KIND_AFTER)
    + r")(?!\w)",
    re.IGNORECASE,
)
_AFTER_MODES = [m for _, m in _KIND_AFTER]  # the modes each group of _KIND_AFTER_RE fits
#: the words after a pair that stay outside its mention: the Armenian section's, as the
#: English "section" and the Azerbaijani "hissəsi" stay outside ("[Ռաշթ-Աստարա] հատվածում":
#: both markings' final reading of held-out set 323b, and every Armenian section of the gold)
_OUTSIDE = ("հատված",)
# an area word after the pair: the land about the two ends, each a place ("Ağbənd-Kəlalə
# regionunda yeni keçid", "the Horadiz-Aghband area")
_AREA_AFTER_RE = re.compile(
    "(?:" + _BLANK + "|-)(?:region\\w*|area|zone|b[öo]lg[əe]\\w*|[əe]razi\\w*|zona\\w*|"
    "регион\\w*|район\\w*|зон[аеуы]\\w*|gebiet\\w*|տարածաշրջան\\w*)(?!\\w)",
    re.IGNORECASE,
)
# Persian writes the kind word first ("راه‌آهن رشت – آستارا", "پل آغبند – کلاله"), also
# "خط‌آهن" (railway, "خط آهن", "خطآهن"), "مسیر ریلی" (rail route: "مسیر ریلی آستارا-رشت")
# and "پل مرزی" (border bridge); the railway word with its "international" ("راه‌آهن
# بین‌المللی آستارا - آستارا", as the gold of blind set 49 marks it, the word inside); and
# "اتصال ریلی" (rail link: "[اتصال ریلی رشت – آستارا]", both markings of blind set 74).
_KIND_BEFORE_RE = re.compile(
    "(?<!\\w)(?:((?:راه|خط)[\u200c ]?[آا]هن(?:[ \u200c]+بین[\u200c ]?المللی)?"
    "|(?:مسیر|اتصال)[ \u200c]ریلی)"
    "|(پل(?:[ \u200c]مرزی)?))[ \u00a0\u200c]+$"
)
_BEFORE_MODES = [frozenset({"rail"}), frozenset({"bridge"})]
# a Persian road word before the pair ("بزرگراه آستارا - آستارا", "بزرگراه ترانزیتی
# آستارا-آستارا", the (transit) highway): the pair is no railway or bridge of links.yaml;
# nor after a Russian one ("на участке трассы Алят - Астара": the highway, both markings of
# blind set 117)
_ROAD_BEFORE_RE = re.compile(
    "(?<!\\w)(?:(?:بزرگراه|آزادراه|جاده)(?:[ \u200c]+ترانزیتی)?"
    "|трасс[аеуы]|трассой|шоссе|автодорог\\w*|автомагистрал\\w*)[ \u00a0\u200c]+$",
    re.IGNORECASE,
)
# the pair goes on to a third stop ("راه‌آهن قزوین - رشت به آستارا", "Qazvin–Rasht to Astara")
_ONWARD = re.compile(r"\s+(?:to|till|until|up\s+to|до|к|bis|nach|به|تا|մինչև)\s+", re.IGNORECASE)
# a third stop written against the pair ("Kars-Iğdır-Nahçıvan")
_CHAIN_BEFORE = re.compile(r"\w[-\u2010\u2011\u2013\u2014]$")
_CHAIN_AFTER = re.compile(r"[-\u2010\u2011\u2013\u2014]\w")
# or after the last end's gloss in brackets ("Rəşt-Astara (İran)-Astara (Azərbaycan)")
_GLOSSED_CHAIN_AFTER = re.compile(r"\s*\([^()\n]{1,40}\)\s*[-\u2010\u2011\u2013\u2014]\s*\w")


_PAIR_NAME = re.compile(r"\s*[-\u2010\u2011\u2013\u2014]\s*")
#: a name and a qualifier in brackets: "Julfa (Nakhchivan)"
_QUALIFIED = re.compile(r"^(.+?)\s*\(([^()]+)\)$")


def _names_two_places(gaz: Gazetteer, kind: str, name: str) -> bool:
    """Return whether a border crossing's ``name`` is the names of its two sides.

    "Agarak-Norduz" (Nurduz crossing): in text the two are two mentions, as the gold
    sets mark them; :func:`geo.geocode.geocode` still finds the crossing by it.

    So is a name qualified in brackets by a place that is not a country ("Julfa
    (Nakhchivan)", "Mahmudlu (Jabrayil)"): the brackets fold to a blank, and the key
    would take the route "Julfa-Nakhchivan" for the one town. A country in brackets
    stays ("Astara (İran)", one mention in the gold sets).
    """
    qualified = _QUALIFIED.match(name)
    if qualified and normalize(qualified[1]) in gaz.index:
        ids = gaz.index.get(normalize(qualified[2]), ())
        return bool(ids) and all(gaz.by_id[i].kind != "country" for i in ids)
    if kind != "border crossing":
        return False
    parts = _PAIR_NAME.split(name)
    return len(parts) == 2 and all(normalize(part) in gaz.index for part in parts if part)


def _modes(mode: str) -> frozenset[str]:
    """Return the kinds of kind word a link's mode takes ("road and rail": both)."""
    return frozenset(m for m in ("rail", "road", "bridge") if m in mode)


def _stand_ins(gaz: Gazetteer, pid: str) -> set[str]:
    """Return the places that stand for place ``pid`` as a link's end (it, namesakes near it)."""
    place = gaz.by_id[pid]
    found = {pid}
    for name in (place.name, *place.aliases):
        key = normalize(name)
        for k in {key, peel(key, countries=False)[0]}:
            for other in gaz.index.get(k, ()):
                near = gaz.by_id[other]
                if haversine_km(place.lat, place.lon, near.lat, near.lon) <= _NEAR_KM:
                    found.add(other)
    return found


class _LinkEnds:
    """The named links' ends, by the places that stand for them.

    ``ends[place id]`` lists (link id, 0 or 1) for each link end the place stands
    for; ``entry[link id]`` is an automaton entry of the link (its mentions point
    there); ``modes[link id]`` the kinds of kind word it takes.
    """

    def __init__(self, gaz: Gazetteer, links: Iterable[Any], entry: Mapping[str, int]) -> None:
        self.entry = dict(entry)
        self.ends: dict[str, list[tuple[str, int]]] = {}
        self.modes: dict[str, frozenset[str]] = {}
        self._flags: Any = None
        for link in links:
            named = [p for p in link.places[:2] if p in gaz.by_id]
            if link.id not in self.entry or len(link.places) < 2 or len(named) < 2:
                continue
            self.modes[link.id] = _modes(str(link.record.get("mode", "")))
            for end, pid in enumerate(named):
                for other in _stand_ins(gaz, pid):
                    self.ends.setdefault(other, []).append((link.id, end))

    def flags(self, ids: list[tuple[str, ...]]) -> Any:
        """Return, by entry, whether one of its places stands for a link's end (numpy)."""
        if self._flags is None or len(self._flags) != len(ids):
            ends = self.ends
            self._flags = np.array([any(p in ends for p in i) for i in ids], dtype=bool)
        return self._flags

    def link_of(self, first: Iterable[str], second: Iterable[str]) -> str | None:
        """Return the link whose two ends the members stand for (either order), or None."""
        ends = self.ends
        a = {e for pid in first for e in ends.get(pid, ())}
        if not a:
            return None
        b = {e for pid in second for e in ends.get(pid, ())}
        for link, end in sorted(a):
            if (link, 1 - end) in b:
                return link
        return None


def _joined(codes: Any, starts: Any, stops: Any) -> Any:
    """Return the ``k`` whose match ``k`` and match ``k + 1`` one dash joins (numpy, at once).

    ``codes`` are the text's code points: between the two matches stand one dash
    and blanks (:data:`_CHAR_KIND`), at most :data:`_GAP` characters.
    """
    gaps = starts[1:] - stops[:-1]
    near = np.flatnonzero((gaps >= 1) & (gaps <= _GAP))
    if not len(near):
        return near
    # first the few with a dash in the gap's first three characters (most gaps are a blank)
    last = len(codes) - 1
    table = len(_CHAR_KIND) - 1
    dashed = np.zeros(len(near), dtype=bool)
    for offset in range(3):
        chars = codes[np.minimum(stops[near] + offset, last)]
        dashed |= _CHAR_KIND[np.minimum(chars, table)] == _DASH_CHAR
    near = near[dashed]
    if not len(near):
        return near
    at = stops[near][:, None] + np.arange(_GAP)
    inside = np.arange(_GAP) < gaps[near][:, None]
    kind = _CHAR_KIND[np.minimum(codes[np.minimum(at, len(codes) - 1)], len(_CHAR_KIND) - 1)]
    kind[~inside] = _BLANK_CHAR
    ok = (kind != _OTHER_CHAR).all(axis=1) & ((kind == _DASH_CHAR).sum(axis=1) == 1)
    return near[ok]


def _link_pairs(
    text: str,
    codes: Any,
    starts: Any,
    stops: Any,
    indices: Any,
    ids: list[tuple[str, ...]],
    table: Any,
) -> tuple[Any, Any, Any]:
    """Return the matches with each pair of a link's ends joined into the link's mention.

    ``codes`` are the code points of ``text`` (numpy),
    ``starts``, ``stops``, ``indices`` are the matches (arrays in text order),
    ``ids[i]`` the places of entry ``i``; ``table()`` returns the :class:`_LinkEnds`
    (built on first need).
    """
    if len(starts) < 2:
        return starts, stops, indices
    # "Astara (Iran) - Astara (Aserbaidschan)", "Astara (iranische Stadt) - Astara (...)"
    starts, stops, indices = _bracketed_pairs(text, codes, (starts, stops, indices), ids, table)
    joined = _joined(codes, starts, stops)
    if not len(joined):
        return starts, stops, indices
    ends: _LinkEnds = table()
    at_ends = ends.flags(ids)
    pairs = joined[at_ends[indices[joined]] & at_ends[indices[joined + 1]]].tolist()
    if not pairs:
        return starts, stops, indices
    chained = set(joined.tolist())
    starts, stops, indices = starts.copy(), stops.copy(), indices.copy()
    last = len(starts) - 1
    drop: list[int] = []
    for k in pairs:
        if k - 1 in chained or k + 1 in chained:
            continue  # a route of three stops or more
        link = ends.link_of(ids[indices[k]], ids[indices[k + 1]])
        if link is None:
            continue
        after = int(starts[k + 2]) if k + 1 < last else len(text)
        if _ONWARD.fullmatch(text, int(stops[k + 1]), after):
            continue  # a route of three stops
        span = _span(text, int(starts[k]), int(stops[k + 1]), ends.modes[link])
        if span is None:
            continue
        start, end = span
        # (the link named whole with its kind word, then a stop it goes on to, stays the
        # link: "connect the Rasht-Qazvin railway to Anzali and Astara ports", held-out set
        # 446a, both markings)
        if k + 1 < last and end > starts[k + 2]:
            end = int(stops[k + 1])  # the kind word is the next match: leave it out
        if k > 0 and start < stops[k - 1]:
            if starts[k - 1] < start:
                start = int(starts[k])
            else:
                drop.append(k - 1)  # the Persian kind word matched as a place
        starts[k], stops[k], indices[k] = start, end, ends.entry[link]
        drop.append(k + 1)
    if not drop:
        return starts, stops, indices
    keep = np.ones(len(starts), dtype=bool)
    keep[drop] = False
    return starts[keep], stops[keep], indices[keep]


#: a name's ending and an opening bracket, and a closing bracket, a dash and the next name
_OPEN_AFTER = re.compile(r"[^\W\d_]{0,3} ?\(")
_CLOSE_DASH = re.compile(r"\) ?[-\u2010-\u2014] ?")
#: a name's ending, a gloss in brackets with no name in it, a dash; and the last gloss
_GLOSS_DASH = re.compile(r"[^\W\d_]{0,3} ?\([^()\d]{2,40}\) ?[-\u2010-\u2014] ?")
_GLOSS = re.compile(r"[^\W\d_]{0,3} ?\([^()\d]{2,40}\)")


def _bracketed_pairs(
    text: str,
    codes: Any,
    matches: tuple[Any, Any, Any],
    ids: list[tuple[str, ...]],
    table: Any,
) -> tuple[Any, Any, Any]:
    """Join a link's two ends, each with its side in brackets after it, into the link.

    "Astara (Iran) - Astara (Aserbaidschan)", "Աստարան (Իրան)-Աստարա (Ադրբեջան)
    երկաթուղային": the railway of links.yaml (the gold marks the four names as one link's
    name, its kind word too); the bracketed names tell the ends apart, no places of their
    own. So too two ends glossed in brackets with words that name no place ("Astara
    (iranische Stadt) - Astara (aserbaidschanische Stadt)": blind sets 30 and 33). Only
    the names a bracket follows are read (few).
    """
    starts, stops, indices = matches
    n = len(starts)
    last = len(codes) - 1
    opened = np.zeros(n, dtype=bool)  # the names a bracket follows within four characters
    for offset in range(4):
        opened |= codes[np.minimum(stops + offset, last)] == ord("(")
    found: list[tuple[int, int, int]] = []  # (first match, last match, end of the span)
    links: list[int] = []  # and the link entry of each
    ends: _LinkEnds | None = None
    for k in np.flatnonzero(opened[: max(n - 1, 0)]).tolist():
        if found and k <= found[-1][1]:
            continue
        other, to, close = _bracketed_end(text, (starts, stops), k)
        if other is None:
            continue
        if k and _PAIR_NAME.fullmatch(text, int(stops[k - 1]), int(starts[k])):
            continue  # "قزوین – رشت – آستارا (ایران) – آستارا (...)": a route of more stops
        ends = ends or table()
        link = ends.link_of(ids[indices[k]], ids[indices[other]])
        span = None if link is None else _span(text, int(starts[k]), close, ends.modes[link])
        if link is None or span is None:
            continue
        found.append((k, to, span[1]))
        links.append(ends.entry[link])
    if not found:
        return matches
    starts, stops, indices = starts.copy(), stops.copy(), indices.copy()
    keep = np.ones(n, dtype=bool)
    for (k, to, end), entry in zip(found, links, strict=True):
        stops[k], indices[k] = end, entry
        keep[k + 1 : to + 1] = False
    return starts[keep], stops[keep], indices[keep]


def _bracketed_end(text: str, spans: tuple[Any, Any], k: int) -> tuple[int | None, int, int]:
    """Return a bracketed pair's other end from match ``k``, its last match and its end.

    The other end is ``k + 2`` when each end's bracket holds a name ("Astara (Iran) -
    Astara (Aserbaidschan)": the span runs to the fourth match's bracket), ``k + 1``
    when each holds a gloss; None when the text after ``k`` is neither.
    """
    starts, stops = spans
    n = len(starts)
    if k + 3 < n and (
        _OPEN_AFTER.fullmatch(text, int(stops[k]), int(starts[k + 1]))
        and _CLOSE_DASH.fullmatch(text, int(stops[k + 1]), int(starts[k + 2]))
        and _OPEN_AFTER.fullmatch(text, int(stops[k + 2]), int(starts[k + 3]))
        and text.startswith(")", int(stops[k + 3]))
    ):
        if _CLOSE_DASH.match(text, int(stops[k + 3])) and k + 4 < n:
            return None, 0, 0  # (and a stop after it: a route)
        return k + 2, k + 3, int(stops[k + 3]) + 1
    if _GLOSS_DASH.fullmatch(text, int(stops[k]), int(starts[k + 1])):
        gloss = _GLOSS.match(text, int(stops[k + 1]))
        if gloss is not None and not (k + 2 < n and starts[k + 2] < gloss.end()):
            return k + 1, k + 1, gloss.end()
    return None, 0, 0


def _span(text: str, start: int, end: int, modes: frozenset[str]) -> tuple[int, int] | None:
    """Return the span of a pair from ``start`` to ``end`` with its kind word, or None.

    None: the pair is part of a route of more stops, or a kind word names another mode.
    """
    if _CHAIN_BEFORE.search(text, max(start - 2, 0), start):
        return None
    while end < len(text) and (text[end].isalnum() or text[end] in "\u200c"):
        end += 1  # the case ending of the last end's word ("Решт – Астары")
    if _AREA_AFTER_RE.match(text, end):
        return None
    after = _KIND_AFTER_RE.match(text, end)
    if after:
        fits = _AFTER_MODES[after.lastindex - 1]
        if fits is not None and not fits & modes:
            return None
        if not after.group(after.lastindex).startswith(_OUTSIDE):
            end = after.end()
    elif _CHAIN_AFTER.match(text, end) or _GLOSSED_CHAIN_AFTER.match(text, end):
        return None  # (but "Qazvin-Rascht-Strecke": its kind word)
    before = _KIND_BEFORE_RE.search(text, max(start - 26, 0), start)
    if (
        not before
        and "road" not in modes
        and _ROAD_BEFORE_RE.search(text, max(start - 24, 0), start)
    ):
        return None
    if before:
        if not _BEFORE_MODES[before.lastindex - 1] & modes:
            return None
        start = before.start()
    return start, end
