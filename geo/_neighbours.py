"""The rules that read the names beside a shared name, for :mod:`geo._namesakes`.

A stop of a route takes the kind of the stop beside it (:func:`_route_kind`:
"Kars–Iğdır–Nakhchivan", "Bakü'den Nahçıvan'a"); a name shared by a unit and its
town is the town by the words beside it or the places of its sentence
(:func:`geo._towns._town_kind`: "near Nakhchivan", "вокзал в Нахчыване"); of two namesakes
across a border, the one beside a town of one country is of that country
(:func:`geo._peercountry._peer_country`: "Julfa and Ordubad", "Alat–Astara"), and the one
beside a namesake said to be of one country is of the other
(:func:`geo._peercountry._other_country`).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from geo._towns import _SETTLEMENT_KINDS, _TOWN_KINDS, _unit_word_after
from geo.gazetteer import Place
from geo.names import UNIT_KINDS

if TYPE_CHECKING:
    from geo._plans import _Plan

_JOINED = 16  # the most characters between two names of a route or a list
# between two stops of a route: a dash, or the preposition of the next stop ("from Kars
# through Iğdır to Nakhchivan", "von Kars über Iğdır nach Nachitschewan"; the Turkish and
# Azerbaijani postposition "via" after the stop before: "Dilucu sınır kapısı üzerinden
# Nahçıvan'a"), or the Turkish and Azerbaijani ablative of the stop before ("Bakü'den
# Nahçıvan'a", "Bakıdan Naxçıvana", "Təbrizdən Culfaya"), on its settlement word too
# ("Ağbənd qəsəbəsindən Naxçıvana", "Yeraskh köyünden Nahçıvan'a")
# (and the Arabic tatweel between blanks, which Persian news sets as a dash: "قطار نخجوان ـ
# مشهد", the Nakhchivan–Mashhad train)
_ROUTE_DASH = re.compile(r" ?[-\u2010-\u2015] ?| \u0640 ")
_ROUTE_WORD = re.compile(r" (?:to|through|via|nach|über|bis|до|через|üzerinden|üzərindən) ")
#: Persian "towards" ("از نخجوان به طرف مشهد", from Nakhchivan towards Mashhad)
_PERSIAN_TOWARD = ("به طرف", "به سوی", "به سمت")
# (not "through": "gas to X via Y")
_TO_WORDS = frozenset({"to", "nach", "bis", "до", "به", "в", "во", *_PERSIAN_TOWARD})
#: the words for "to" that need "from" before the first stop (what they join otherwise:
#: "اتصال باکو به نخجوان", linking Baku to Nakhchivan; "в Баку" is also "in Baku")
_FROM_BEFORE = {"به": "از ", "в": "из ", "во": "из "} | dict.fromkeys(_PERSIAN_TOWARD, "از ")


#: "and" between the two ends "between" opens ("میان باکو و نخجوان", "между Баку и
#: Нахчываном", "zwischen Baku und Nachitschewan", "between Baku and Nakhchivan")
_BETWEEN_AND = frozenset({"and", "und", "и", "و"})
_BETWEEN = ("between ", "zwischen ", "между ", "میان ", "بین ")
#: and the Turkic "with"/"and" between two ends "arasında" (between) follows ("Bakü ile
#: Nahçıvan arasındaki ulaşım", "Bakı ilə Naxçıvan arasında": blind set 93), past the
#: second end's case ending ("Nahçıvan’ın arasında")
_TURKIC_AND = frozenset({"ile", "ilə", "ve", "və"})
_BETWEEN_AFTER = re.compile(r"[\w'’]*[ \u00a0]+aras[ıi]")


#: a Persian rail line's or road's word right before a route's first stop (with the ZWNJ,
#: a blank or nothing inside it)
_PERSIAN_LINE_BEFORE = re.compile(r"(?:خط[\u200c ]?آهن|راه[\u200c ]?آهن|جاده|بزرگراه|آزادراه) $")


def _from_to(text: str, gap: str, start: int, end: int, *, turkic: bool = False) -> bool:
    """Whether ``gap`` is "to" between two stops (the first from ``start``, the second to ``end``).

    Persian "به" (to) only after "از" (from) or a line's word before the first: "از نخجوان
    به جلفا", "خط‌آهن قارص به نخجوان"; and so
    Russian "в" after "из": "из Баку в Нахчыван"; and "and" after "between" before the
    first: "میان باکو و نخجوان" (the buses between Baku and Nakhchivan), or the Turkic
    "between" after the second, when ``turkic`` (a unit and a curated town of its name:
    "Bakü ile Nahçıvan arasında"; not "Sünik ve Iğdır arasında", a province and a village).
    """
    word = gap.strip()
    if word in _BETWEEN_AND:
        return text.endswith(_BETWEEN, 0, start)
    if word in _TURKIC_AND:
        return turkic and _BETWEEN_AFTER.match(text, end) is not None
    if word not in _TO_WORDS:
        return False
    before = _FROM_BEFORE.get(word)
    if before is None or text.endswith(before, 0, start):
        return True
    # or a railway's or road's word before the first stop ("خط‌آهن قارص به نخجوان", the Kars
    # to Nakhchivan railway: a stop of a route whose other stop is a town, blind set 59)
    return (
        word == "به" and _PERSIAN_LINE_BEFORE.search(text, max(0, start - 16), start) is not None
    )


_ABLATIVE = re.compile(  # (apart: a class first slows the regex down)
    r"['’]?n?[dt][aeə]n |[ \u00a0](?:qəsəbəsi|kəndi|şəhəri|köyü|kenti|beldesi)n[dt][aeə]n "
)
# between two names of a list: a comma, "and" (in the seven languages), or both
# (and "even" before the last: "استان های ... گلستان و حتی سمنان")
_LISTED = re.compile(
    r"\s*[,،]?\s*(?:and|und|və|ve|и|و|եւ|և)?\s+(?:(?:even|hətta|hatta|даже|sogar|حتی)\s+)?"
    r"|,\s*"
)
#: the quotes around a listed name, opening or closing
_QUOTE_MARKS = '«»“”„"'


class _Gap(NamedTuple):
    """What the characters between two names make of them (:func:`_gap`)."""

    dash: bool  # a dash, with or without blanks: two stops of a route
    listed: bool  # a comma or "and": two names of a list
    to_stop: bool  # the preposition of the next stop, or the ablative of the stop before


def _gap(gap: str) -> _Gap:
    """Return what the characters between two names make of them, kept by gap.

    The gaps of a text are few (", ", " and ", "–", " to ") and come again and again:
    each is matched against the patterns once.
    """
    if len(_GAPS) >= 10_000:  # gaps kept; past that the table starts again
        _GAPS.clear()
    found = _GAPS[gap] = _Gap(
        _ROUTE_DASH.fullmatch(gap) is not None,
        # (past the quotes of quoted names: 'نیروگاههای برقآبی "مارازاد" و "اردوباد"')
        _LISTED.fullmatch(gap.strip(_QUOTE_MARKS)) is not None,
        _ROUTE_WORD.fullmatch(gap) is not None or _ABLATIVE.fullmatch(gap) is not None,
    )
    return found


_GAPS: dict[str, _Gap] = {}


def _joined_by_word(gap: str) -> bool:
    """Whether a list's gap holds a comma or a word ("и", "and"), not blanks alone."""
    return bool(gap.strip(_QUOTE_MARKS).strip())


@functools.cache
def _gap_chars() -> Any:
    """Return a table by code point of the characters a gap the route rule reads may hold.

    Blanks, dashes, commas, apostrophes, quotes and the letters of the words of ``_LISTED``,
    ``_ROUTE_WORD``, ``_ABLATIVE``, ``_TO_WORDS`` and ``_TURKIC_AND`` (read from the patterns, so that a
    word added there is in it too); the last entry, where every code point past the
    table falls, is no such character.
    """
    letters = "".join(
        c
        for pattern in (_ROUTE_DASH, _LISTED, _ROUTE_WORD, _ABLATIVE)
        for c in re.findall(r"[^\W\d_]", pattern.pattern)
    )
    chars = set(
        letters
        + "".join(_TO_WORDS)
        + "".join(_TURKIC_AND)
        + "-\u2010\u2011\u2012\u2013\u2014\u2015\u0640,،'’"
    )
    chars |= set(_QUOTE_MARKS)
    size = 0x3002  # (past the last blank, U+3000)
    table = np.zeros(size, dtype=bool)
    table[[ord(c) for c in chars if ord(c) < size - 1]] = True
    table[[c for c in range(size - 1) if chr(c).isspace()]] = True
    return table


def _route_gaps(codes: Any, starts: Any, stops: Any, close: Any) -> Any:
    """Return which pairs of matches ``k``, ``k + 1`` a route rule may join (a boolean array).

    ``close`` holds the pairs at most ``_JOINED`` characters apart; of those, a gap
    with a character no dash, list or route word has ("'s ", " in ", ". В ", " ilə ")
    joins nothing (:func:`_gap`), so the names beside it need no :func:`_route_kind`
    call. (The gaps' characters are read all at once: a call per name costs more.)
    """
    out = np.zeros(len(close), dtype=bool)
    at = np.flatnonzero(close)
    if not len(at):
        return out
    lo = stops[at]
    sizes = np.maximum(starts[at + 1] - lo, 0)
    offsets = np.cumsum(sizes) - sizes  # where each gap's characters start, all in a row
    total = int(sizes.sum())
    where = np.repeat(lo - offsets, sizes) + np.arange(total)
    odd = np.zeros(total + 1, dtype=np.intp)
    np.cumsum(~_gap_chars().take(codes[where], mode="clip"), out=odd[1:])
    out[at] = odd[offsets + sizes] == odd[offsets]  # no odd character in the gap
    return out


_CROSSING = "border crossing"
# stops of a route that stand for the settlement beside them
_STOP_KINDS = _SETTLEMENT_KINDS | {_CROSSING}
#: and the kinds of a stop a journey to the next starts from, a town's building among them:
#: "Iğdır Havalimanı'ndan Nahçıvan'a" (from the airport: the town, rule 2; held-out set 163)
_ORIGIN_KINDS = _STOP_KINDS | {"building"}
# the kinds a name listed beside one of them takes when it has a namesake of that kind
_LISTED_KINDS = frozenset({"station", "hydropower plant"})
_ROUTE_KINDS = _SETTLEMENT_KINDS | {"region", "district"}


def _route_kind(
    text: str,
    k: int,
    bounds: tuple[list[int], list[int]],
    places: list[Place | None],
    kinds: frozenset[str],
    regions: frozenset[str] | None = None,
    pending: tuple[list[int], list[_Plan]] | None = None,
) -> str | None:
    """Return the kind of the stop a name is joined to by a dash, of a route's name.

    "Kars–Iğdır–Nakhchivan", "Horadiz – Jabrayil – Zangilan", "from Kars through Iğdır
    to Nakhchivan": a name between dashes or after "to" is a stop of a route, of the
    kind of the stop before it (or, failing that, after it) whose place is known: a
    settlement (``city``) or a region. A name listed
    beside a station ("Hakari, Minjivan and Bartaz") is a station too, one beside a
    hydropower plant a plant ("Ordubad and Marazad": Marazad's bare name is the plant,
    even before it is resolved), and one listed
    beside a region of the country of its own regions (``regions``) a region ("East
    Azerbaijan, Ardabil and Gilan"; not "Sünik ve Iğdır"). Two names a unit and its town
    share joined so (``pending``: the matches of the names several places share, sorted,
    and their plans, for those not yet resolved) are the towns ("Нахчыван-Карс", "از
    نخجوان به جلفا").
    """
    starts, stops = bounds  # of every match
    town = False  # a unit and a curated town of its name (Nahçıvan), which the Turkic
    # "between" joins (not Sünik, the province and a village)
    if pending is not None:
        at = bisect.bisect_left(pending[0], k)
        town = at < len(pending[0]) and pending[0][at] == k and pending[1][at].town
    if pending is not None and (
        kinds.isdisjoint(_SETTLEMENT_KINDS)
        or (
            kinds.isdisjoint(UNIT_KINDS)
            and ("station" not in kinds or kinds.isdisjoint(_TOWN_KINDS))
        )
    ):
        # (not a unit and its town, nor a station and a settlement: the names not yet
        # resolved tell nothing)
        pending = None
    for j in (k - 1, k + 1):
        if not 0 <= j < len(starts):
            continue
        other = places[j]
        if other is None and pending is None:
            continue
        lo, hi = (stops[j], starts[k]) if j < k else (stops[k], starts[j])
        if hi - lo > _JOINED:
            continue
        gap = text[lo:hi]
        dash, listed, to_stop = _GAPS.get(gap) or _gap(gap)  # (the look-up inline)
        if other is None:  # a name several places share, not yet resolved
            # two names a unit and its town share, joined as stops of a route
            # ("Нахчыван-Карс", "از نخجوان به جلفا"): the towns
            if dash or _from_to(text, gap, starts[min(j, k)], stops[max(j, k)], turkic=town):
                matches, plans = pending  # type: ignore[misc]
                at = bisect.bisect_left(matches, j)
                near = plans[at].kinds if at < len(matches) and matches[at] == j else None
                if near is not None and not near.isdisjoint(_SETTLEMENT_KINDS):
                    return "city"
            elif listed and pending is not None:
                # a list's next name not yet resolved, whose bare name is a plant or a
                # station ("Ordubad and Marazad": Marazad is the plant before the village)
                matches, plans = pending
                at = bisect.bisect_left(matches, j)
                if at < len(matches) and matches[at] == j:
                    pick = plans[at].table[None, None]
                    if (
                        pick is not None
                        and pick.kind in _LISTED_KINDS
                        and pick.kind in kinds
                        and _joined_by_word(gap)
                    ):
                        return pick.kind
            continue
        if listed and other.kind in _LISTED_KINDS and other.kind in kinds and _joined_by_word(gap):
            # "Hakari, Minjivan and Bartaz", stations of a line; "Ordubad and Marazad", the
            # plants planned on the Araz (the gold's bare Ordubad beside Marazad: 3 of 3,
            # in blind set 13, test5 and test6); not a name after a plant's with a blank
            # between ("Biləv Su Elektrik Stansiyası Ordubadda": the town)
            return other.kind
        if (
            listed
            and other.kind == "region"
            and regions
            and other.country in regions
            and not _settlement_across(places, k, j)
            and not _settlement_across(places, j, k)
        ):
            return "region"  # "آذربایجان شرقی، اردبیل": provinces of one country listed
        if (
            listed
            and other.kind in _STOP_KINDS
            and kinds <= _ROUTE_KINDS
            and _route_list(text, bounds, min(j, k))
        ):
            return "city"  # "مسیر باکو، بیله سوار، جلفا و نخجوان": a route's stops listed
        if (
            listed
            and j == k - 1
            and other.kind in _STOP_KINDS
            and kinds <= _ROUTE_KINDS
            and _after_origin(text, j, bounds, places)
        ):
            return "city"  # "İstanbuldan Gəncə və Naxçıvana": the stops listed after a town's
        if not dash:
            # "through Iğdır to Nakhchivan": the stop before, a settlement, for a name of
            # settlements and units only (not "über den Aras bis Dschulfa")
            if (
                to_stop
                and j < k
                and other.kind in _ORIGIN_KINDS
                and kinds <= _ROUTE_KINDS
                and not _unit_word_after(text, stops[k])  # "Kəlalədən Naxçıvan sərhədinə"
            ):
                return "city"
            # "از نخجوان به جلفا", "from Nakhchivan to Julfa": the stop before a town, and
            # "از باکو به نخجوان", "из Баку в Нахчыван": the stop after one
            if (
                other.kind in _STOP_KINDS
                and _from_to(text, gap, starts[min(j, k)], stops[max(j, k)], turkic=town)
                and kinds <= _ROUTE_KINDS
            ):
                return "city"
            continue
        if other.kind == _CROSSING and _CROSSING in kinds:
            return _CROSSING  # "Razi-Kapıköy": a crossing's other side, itself a crossing
        if other.kind in _STOP_KINDS and not kinds.isdisjoint(_SETTLEMENT_KINDS):
            if _country_stop(text, k, k - (j - k), bounds, places):
                continue  # "Julfa–Nakhchivan–Armenia–Georgia": going on to a country, the unit
            return "city"
        if other.kind in UNIT_KINDS and other.kind in kinds:
            return other.kind
        if other.kind == "region" and "district" in kinds:
            # "Tavush-Gazakh", the two sides of a border: a province and a district (both
            # markings of held-out set 192), not the district's town
            return "district"
    return None


def _settlement_across(places: list[Place | None], k: int, j: int) -> bool:
    """Whether the name on the other side of ``k`` from ``j`` is a settlement.

    A list of towns with a province among them ("Ankara, Eskişehir, Kocaeli ve İstanbul":
    held-out set 199, both markings) stays a list of towns beside the province (read from
    the name, and from the province's other side).
    """
    across = k - (j - k)
    other = places[across] if 0 <= across < len(places) else None
    return other is not None and other.kind in _SETTLEMENT_KINDS


def _after_origin(
    text: str, j: int, bounds: tuple[list[int], list[int]], places: list[Place | None]
) -> bool:
    """Whether the stop ``j`` follows a town it is reached from ("İstanbuldan Gəncə").

    The first of the stops a list names after its origin: the Turkic ablative, or "to"
    after a town ("from Istanbul to Ganja and Nakhchivan").
    """
    starts, stops = bounds
    i = j - 1
    if i < 0 or places[i] is None or places[i].kind not in _STOP_KINDS:
        return False
    lo, hi = stops[i], starts[j]
    if hi - lo > _JOINED:
        return False
    return (_GAPS.get(text[lo:hi]) or _gap(text[lo:hi])).to_stop


def _country_stop(
    text: str, k: int, j: int, bounds: tuple[list[int], list[int]], places: list[Place | None]
) -> bool:
    """Whether the stop ``j`` on the other side of the name ``k`` is a country, dashed to it.

    Rule 2 of data/gold/dev.txt: a name a unit and its town share is the unit when the
    route comes from a country, whatever stop is on its other side ("خط ریلی
    جلفا-نخجوان-ارمنستان-گرجستان", Julfa–Nakhchivan–Armenia–Georgia).
    """
    starts, stops = bounds
    if not 0 <= j < len(starts) or places[j] is None or places[j].kind != "country":
        return False
    lo, hi = (stops[j], starts[k]) if j < k else (stops[k], starts[j])
    return hi - lo <= _JOINED and (_GAPS.get(text[lo:hi]) or _gap(text[lo:hi])).dash


#: a route's word right before the first of the stops a list names ("مسیر باکو، بیله سوار،
#: جلفا و نخجوان", the Baku, Bilasuvar, Julfa and Nakhchivan route; "the route Baku, ...")
_ROUTE_BEFORE_LIST = re.compile(
    r"(?<![^\W\d_])(?:مسیر|route|маршрут[а-я]*|güzergah[a-zıü]*|marşrut[a-zə]*)\s+\Z",
    re.IGNORECASE,
)
_LIST_REACH = 6  # names a list's head is looked for back from one of them


def _route_list(text: str, bounds: tuple[list[int], list[int]], m: int) -> bool:
    """Whether the list the name ``m`` is in opens right after a route's word."""
    starts, stops = bounds
    for _ in range(_LIST_REACH):
        if m == 0:
            break
        gap = text[stops[m - 1] : starts[m]]
        if len(gap) > _JOINED or not (_GAPS.get(gap) or _gap(gap)).listed:
            break
        m -= 1
    return bool(_ROUTE_BEFORE_LIST.search(text, max(starts[m] - 20, 0), starts[m]))
