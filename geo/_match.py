"""Which hits of the gazetteer's automaton are mentions: :func:`_find`.

The automaton (see "How text is matched" in :mod:`geo.geoparse`) reports
every key it finds in the folded text, tens of thousands in a dense megabyte.
This module owns the rules that keep a hit (a word end or a case ending, a
capital letter, the longest of overlapping names) and applies them to all the
hits at once with numpy: the hits go into arrays and each rule is one array
operation over them. Python looks only at the few hits a rule cannot settle
in bulk: a word that goes on after the name (is the rest a case ending?), a
name followed by a combining mark, a character beyond the code point tables,
and groups of four or more overlapping names (:mod:`geo._overlaps`). The
case endings and their rules are :mod:`geo._endings`'s.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from typing import Any

import numpy as np

from geo._endings import _going_on, _with_endings
from geo._fold import _Folded
from geo._lowernames import (
    _GERMAN_INTERNATIONAL,
    _I,
    _KIND_OF,
    _LOWER_DIRECTION,
    _OE,
    _german_lower_water,
    _lower_adjective_name,
    _lower_corridor,
    lake_word_end,
    lower_kind_name,
)
from geo._overlaps import _settled

_BLANK = ord(" ")
#: "development" and a lower-case road word, Turkish and Azerbaijani: no name of a corridor
_DEVELOPMENT_PATH = re.compile(r"(?:Kalkınma|KALKINMA|İnkişaf|İNKİŞAF) yol")
#: the quotes a project's quoted corridor name opens with ('"зеленого энергетического
#: коридора"', geo._lowernames._lower_corridor)
_OPENING_QUOTES = frozenset('"«“„')
#: the first letters of the kind words of :data:`geo._lowernames._KIND_OF`, by code point
#: (a look-up each: ``np.isin`` costs ~100 µs a call)
_KIND_FIRSTS = np.zeros(128, dtype=bool)
_KIND_FIRSTS[[ord(c) for c in "pmstcb"]] = True


def _among_kind_firsts(first: Any) -> Any:
    """Return which code points of ``first`` start a kind word of ``_KIND_OF`` (a mask)."""
    return _KIND_FIRSTS[np.minimum(first, 127)] & (first < 128)


_BMP = 0x10000  # the code points of the character tables of :func:`_char_tables`


@functools.cache
def _char_tables() -> tuple[Any, Any]:
    """Return two boolean arrays over the code points below ``_BMP``.

    The first tells the characters a mention cannot start with (see
    :func:`_lowercase`), the second the combining characters
    (``unicodedata.combining``). Characters beyond ``_BMP`` are rare: they
    are asked one by one. (Kept in the cache on disk, :mod:`geo._cache`:
    asking 65,536 characters costs a process's first parse ~10 ms.)
    """
    from geo._cache import cache_key, load_or_build

    return load_or_build("chars", cache_key([]), _build_char_tables)


def _build_char_tables() -> tuple[Any, Any]:
    """Build the arrays of :func:`_char_tables`."""
    chars = list(map(chr, range(_BMP)))
    lower = np.fromiter(map(str.islower, chars), dtype=bool, count=_BMP)
    lower[0x10D0:0x1100] = False  # Georgian letters: caseless, as _lowercase says
    combining = np.fromiter(map(unicodedata.combining, chars), dtype=np.int64, count=_BMP)
    return lower, combining != 0


def _lowercase(first: str) -> bool:
    """Whether a match may not start with ``first`` (lowercase; Georgian is caseless)."""
    return first.islower() and not "\u10d0" <= first <= "\u10ff"


class _Keys:
    """What the hits need to know of the automaton's keys, as arrays by key index.

    Parameters
    ----------
    sizes : list of int
        The length of each key without its leading blank.
    endings : list of frozenset of str or None
        ``None`` for a key that is a whole word, else the endings the key (a
        stem) needs.
    links : list of bool, optional
        Whether each key names a link (see :func:`_in_route`).
    words : set of str, optional
        Folded ordinary words (the stop names): a name and a case ending that spell
        one of them are that word, not the name (Azerbaijani ``Məsələ``, question, is
        not ``Məsəl`` + ``ə``).
    organisations : list, optional
        For each key, the word of organisations' names it is
        (:class:`geo._orgwords.OrganisationWord`), or ``None`` for a name. (Kept as a
        dict of the keys that are such words, by key index: a few hundred of 170,000.)
    curated : list or array of bool, optional
        Whether a curated place (or a link) has each key's name: only those take a
        Turkish case ending without an apostrophe (:func:`geo._endings._with_endings`).
    corridors : list of bool, optional
        Whether each key names a corridor of ``data/corridors.yaml`` (no route's last
        stop: :func:`_in_route` passes it).
    """

    def __init__(
        self,
        sizes: list[int],
        endings: list[frozenset[str] | None],
        links: list[bool] | None = None,
        words: frozenset[str] = frozenset(),
        organisations: list[Any] | None = None,
        curated: list[bool] | None = None,
        corridors: list[bool] | None = None,
    ) -> None:
        self.words = words
        # whether a curated place has each key's name (None: every key counts as curated)
        self.curated = curated
        # (int32: a key is far shorter, and half the bytes of intp for 170,000 keys)
        self.sizes = np.array(sizes, dtype=np.int32)
        self.stems = np.array([e is not None for e in endings], dtype=bool)
        self.endings = endings
        self.links = np.array(links if links is not None else [False] * len(sizes), dtype=bool)
        # the links that are routes (not corridors): their names after a dash end a longer
        # route's name (_in_route); a corridor's is the corridor ("Mincivan-Zəngəzur dəhlizi")
        self.routes = self.links & ~np.array(
            corridors if corridors is not None else [False] * len(sizes), dtype=bool
        )
        organisations = organisations or [None] * len(sizes)
        self.of_organisations = np.array([o is not None for o in organisations], dtype=bool)
        # words that must end where the key does ("AG", not "Ağbənd")
        self.whole_words = np.array([o is not None and not o.prefix for o in organisations])
        # (by key index, the few keys that are such words: a list would hold a slot each)
        self.organisations = {i: o for i, o in enumerate(organisations) if o is not None}
        # the keys of kind words and their kinds' bits (geo._quiet; 0: none), and of those
        # the ones that are no name
        self.triggers = np.zeros(len(sizes), dtype=np.int64)
        # whether an ordinary word of ``words`` begins with each key's last word (set with
        # the automaton: geo._endings.word_heads, a boolean array; None: any may)
        self.word_heads: Any = None
        self.kind_only = np.zeros(len(sizes), dtype=bool)
        # the keys of macro-regions and continents (set with the automaton: an English
        # direction in lower case may open their names, _LOWER_DIRECTION)
        self.areas = np.zeros(len(sizes), dtype=bool)
        # the keys of seas and lakes (set likewise: a German adjective in lower case may
        # open their names after an article, geo._lowernames._german_lower_water)
        self.waters = np.zeros(len(sizes), dtype=bool)
        # the keys of curated names held whole with a Russian kind word in lower case before
        # a capitalised name (set likewise: that word may open them, "полуострова Ямал";
        # geo._tablekeys._kind_word_outside)
        self.lower_kind = np.zeros(len(sizes), dtype=bool)
        # the keys only names in initials give ("ABD", "США"; set likewise): read in capitals
        self.initials = np.zeros(len(sizes), dtype=bool)


def _find(
    automaton: Any,
    keys: _Keys,
    text: str,
    folded: _Folded,
    organisations: list[Any] | None = None,
    triggers: list[Any] | None = None,
) -> tuple[Any, Any, Any]:
    """Return the matches in ``text``: starts, ends and key indices (arrays), in text order.

    A hit is kept when it ends at a word end or before a case ending, and
    starts with a capital letter (see :mod:`geo.geoparse`); overlapping
    matches are settled longest first ("East Zangezur economic region", not
    "Zangezur"), then leftmost. The hits of words of organisations' names
    (:mod:`geo._organisations`) are no matches: when ``organisations`` is a list,
    their starts, stops and words are put in it. Nor are the hits of kind words
    (:func:`geo._quiet.kind_triggers`): when ``triggers`` is a list, the sorted starts of
    the words they begin (the words of names among them too) are put in it.
    """
    padded = folded.padded  # padded[i + 1] is the fold's i-th character
    flat = np.fromiter(itertools.chain.from_iterable(automaton.iter(padded)), dtype=np.intp)
    if not len(flat):
        if triggers is not None:
            triggers.extend([flat, flat])
        return flat, flat, flat
    ends, index = flat[0::2], flat[1::2]  # in the order they end; a key starts with a blank
    if triggers is not None:  # "rayonu", "река": where a kind word starts, and its kinds
        at = keys.triggers[index] != 0
        found = _original(folded, ends[at] - keys.sizes[index[at]], ends[at])[0]
        order = np.argsort(found, kind="stable")
        triggers.extend([found[order], keys.triggers[index[at]][order]])
    name = ~keys.kind_only[index]
    if not name.all():
        ends, index = ends[name], index[name]
        if not len(ends):
            return ends, ends, index
    of_organisations = keys.of_organisations[index]
    if of_organisations.any():  # rare: "Azerbaijan Railways", "شرکت"
        word_ends, at = ends[of_organisations], index[of_organisations]
        ended = ~keys.whole_words[at] | (folded.padded_codes[word_ends + 1] == _BLANK)
        if organisations is not None and ended.any():
            word_ends, at = word_ends[ended], at[ended]
            words = [keys.organisations[i] for i in at.tolist()]
            found = _original(folded, word_ends - keys.sizes[at], word_ends)
            organisations.extend([*found, words])
        ends, index = ends[~of_organisations], index[~of_organisations]
        if not len(ends):
            return ends, ends, index
    fstarts = ends - keys.sizes[index]  # the fold holds the name at fstart:end
    # a blank after the name ends the word; a stem needs its ending
    goes_on, maybe = _going_on(folded.padded_codes, ends)
    keep = ~keys.stems[index]
    keep[goes_on] = False
    keep[maybe] = _with_endings(
        text,
        folded,
        keys.endings,
        fstarts[maybe],
        ends[maybe],
        index[maybe],
        keys.words,
        keys.curated,
        keys.word_heads,
    )
    ends, index, fstarts = ends[keep], index[keep], fstarts[keep]
    starts, stops = _original(folded, fstarts, ends)
    codes = folded.codes
    lower, combining = _char_tables()
    if len(folded.breaks) > 1 or folded.deltas[0]:  # the fold moved some offsets
        _after_combining(text, codes, stops, combining)
    first = codes[starts]
    capital = ~lower.take(first, mode="clip")
    for k in np.flatnonzero(first >= _BMP).tolist():
        capital[k] = not _lowercase(text[starts[k]])
    # a link's long name may start in lower case when a later word is capitalised
    # (Russian «международного транспортного коридора «Север – Юг»»)
    # and an Azerbaijani corridor's name of two directions may be all in lower case before
    # its word "dəhliz" ("şimal-cənub nəqliyyat dəhlizinin", "şərq-qərb dəhlizi"): the
    # word names the corridor, the bare pair stays a direction ("şimal-cənub istiqaməti")
    for k in np.flatnonzero(~capital & keys.links[index]).tolist():
        name = text[starts[k] : stops[k]]
        quoted = starts[k] > 0 and text[starts[k] - 1] in _OPENING_QUOTES
        capital[k] = " " in name and (
            any(c.isupper() for c in name) or _lower_corridor(name, quoted)
        )
    # but Iraq's Development Road by its Turkish or Azerbaijani name only with its road word
    # capitalised: "Kalkınma yolu", "İnkişaf yolu" at a sentence's start are the everyday
    # "path of development" (round 141)
    for k in np.flatnonzero(capital & keys.links[index]).tolist():
        capital[k] = _DEVELOPMENT_PATH.search(text, starts[k], stops[k]) is None
    # and a structure's English name, its kind word in lower case ("at the port of Baku":
    # rule 7 of data/gold/dev.txt, the port by any of its names; "the mausoleum of Sheikh
    # Safi": held-out set 142)
    for k in np.flatnonzero(~capital & _among_kind_firsts(first)).tolist():
        capital[k] = _KIND_OF.match(text, starts[k], stops[k]) is not None
    # and a German official name after its common adjective in lower case ("der
    # internationale Flughafen Füsuli": geo._inflect.german_forms; "die östliche
    # Wirtschaftsregion Zangazur")
    for k in np.flatnonzero(~capital & ((first == _I) | (first == _OE))).tolist():
        capital[k] = _GERMAN_INTERNATIONAL.match(text, starts[k], stops[k]) is not None
    # so may a place's official Russian name that starts with an adjective and a noun in
    # lower case before its capitalised name ("в международном аэропорту Гейдар Алиев",
    # "свободной экономической зоны Алят"); not one whose second word is capitalised
    # ("в восточном Азербайджане": a direction, not the province)
    # or a curated name held whole with its Russian kind word ("полуострова Ямал")
    for k in np.flatnonzero(~capital & (first >= 0x0430) & (first <= 0x044F)).tolist():
        name = text[starts[k] : stops[k]]
        capital[k] = _lower_adjective_name(name) or (
            keys.lower_kind[index[k]] and lower_kind_name(name)
        )
    # and a macro-region's English name after a direction in lower case ("to southeast
    # Asia", "the south Caucasus": blind set 96), not a province's ("east Azerbaijan")
    for k in np.flatnonzero(~capital & keys.areas[index] & (first < 0x80)).tolist():
        capital[k] = _LOWER_DIRECTION.match(text, starts[k], stops[k]) is not None
    # and a German sea's or lake's name, its adjective in lower case after an article ("an
    # das kaspische Meer": Wikivoyage writes it so, and held-out set 159 marks it)
    for k in np.flatnonzero(~capital & keys.waters[index] & (first < 0x100)).tolist():
        capital[k] = _german_lower_water(text, starts[k], stops[k])
    # a name in initials is one in capitals: "Abd-Rabbu", "Bae" spell a person's names; and
    # no capital right after it, where it opens a longer one ("UAEA", the IAEA in Turkish:
    # held-out set 476b)
    for k in np.flatnonzero(capital & keys.initials[index]).tolist():
        capital[k] = (
            text[starts[k] : stops[k]].isupper() and not text[stops[k] : stops[k] + 1].isupper()
        )
    starts, stops, index = starts[capital], stops[capital], index[capital]
    for k in np.flatnonzero(keys.waters[index] & ((codes[starts] | 0x20) == _O)).tolist():
        starts[k] = lake_word_end(text, starts[k])  # "озера [Ван]": the lake word outside
    routed = keys.routes[index]
    if routed.any():  # rare: a route's name
        keep = ~_in_route(codes, starts, routed, stops)
        starts, stops, index = starts[keep], stops[keep], index[keep]
    keep = _settled(starts, stops, index)
    # "trans-Caspian", "Trans-Caucasian": an adjective across the place, not the place
    # (read after a hyphen after an "s": only "S" and "s" lower to "s")
    hyphen = (codes[np.maximum(starts - 1, 0)] == _HYPHEN) & (starts >= 2)
    hyphen &= (codes[np.maximum(starts - 2, 0)] | 0x20) == _S
    for k in np.flatnonzero(keep & hyphen).tolist():
        keep[k] = text[max(starts[k] - 6, 0) : starts[k] - 1].lower() != "trans"
    starts, stops, index = starts[keep], stops[keep], index[keep]
    # a link's name closes its quote (read where a closing quote follows it)
    closed = _among_closing(codes, stops)
    for k in np.flatnonzero(keys.links[index] & closed).tolist():
        name = text[starts[k] : stops[k]]
        opening = _CLOSING.get(text[stops[k] : stops[k] + 1])
        if opening is not None and _left_open(name, opening, text[stops[k]]):
            stops[k] += 1
    # and opens the quote it closes, which stands just before it ('«Lyapis-lazur» nəqliyyat
    # dəhlizi': a name quoted at its start, whose fold begins past the quote)
    after_opening = (starts > 0) & _OPENING_TABLE.take(
        codes[np.maximum(starts - 1, 0)], mode="clip"
    )
    for k in np.flatnonzero(keys.links[index] & after_opening).tolist():
        opening = text[starts[k] - 1]
        if _left_closed(text[starts[k] : stops[k]], opening, _OPENING[opening]):
            starts[k] -= 1
    return starts, stops, index


#: The quotes that close a link's name quoted inside it, and the quote each closes
#: («коридора «Север – Юг»», «коридора "Север - Юг"», "„Nord-Süd“"; a straight quote
#: opens and closes: an odd count is open).
_CLOSING = {"»": "«", '"': '"', "“": "„", "”": "“"}
# (a table over the code points up to the last quote, and one False entry past it)
_CLOSING_TABLE = np.zeros(max(map(ord, _CLOSING)) + 2, dtype=bool)
_CLOSING_TABLE[[ord(c) for c in _CLOSING]] = True


def _among_closing(codes: Any, stops: Any) -> Any:
    """Return which of ``stops`` are followed by a quote of ``_CLOSING`` (a boolean array)."""
    at = codes[np.minimum(stops, len(codes) - 1)]
    return (stops < len(codes)) & _CLOSING_TABLE.take(at, mode="clip")


def _left_open(name: str, opening: str, closing: str) -> bool:
    """Return whether ``name`` leaves open a quote that ``closing`` closes.

    A straight quote opens and closes (an odd count is open); "”" also opens its own
    pair when no "“" is in the name (”Север-Юг”, as some Russian papers write it).

    >>> _left_open('коридора "Север-Юг', '"', '"'), _left_open("коридора ”Север-Юг", "“", "”")
    (True, True)
    """
    if opening == closing or (closing == "”" and opening not in name):
        return name.count(closing) % 2 == 1
    return name.count(opening) > name.count(closing)


#: The quotes that open a link's name quoted at its start, and the quote each opens
#: («Lyapis-lazur» nəqliyyat dəhlizi, "Lyapis lazur" nəqliyyat dəhlizi).
_OPENING = {opening: closing for closing, opening in _CLOSING.items()}
_OPENING_TABLE = np.zeros(max(map(ord, _OPENING)) + 2, dtype=bool)
_OPENING_TABLE[[ord(c) for c in _OPENING]] = True


def _left_closed(name: str, opening: str, closing: str) -> bool:
    """Return whether ``name`` closes a quote it does not open (``opening`` opens it).

    A straight quote opens and closes (an odd count closes the one before the name).

    >>> _left_closed("Lyapis-lazur» nəqliyyat dəhlizi", "«", "»")
    True
    >>> _left_closed('Lyapis lazur" nəqliyyat dəhlizi', '"', '"')
    True
    >>> _left_closed("коридор «Лазурит»", "«", "»")
    False
    """
    if opening == closing:
        return name.count(closing) % 2 == 1
    return name.count(closing) > name.count(opening)


_HYPHEN, _S = ord("-"), ord("s")
_O = ord("о")  # Cyrillic ("О" | 0x20): the Russian lake word's first letter
_DASHES = np.array([ord(c) for c in "-\u2010\u2011\u2012\u2013\u2014\u2015"])


def _in_route(codes: Any, starts: Any, links: Any, stops: Any) -> Any:
    """Return which link names (``links``, a mask) end a longer route's name.

    A link's name joined by a dash to the word before it ("the Kars–Iğdır–Nakhchivan
    railway", "Kars – Iğdır – Nakhchivan railway") is the last stop of another route,
    not the link ("the Nakhchivan railway"): its places are then found one by one. A
    dash between blanks must follow one of the matches (``starts``, ``stops``), or its case
    ending: after any other word it is a byline's or an aside's, and the link stays whole
    ("Mahbube Kabari - محور جلفا کلاله"). (A dash without blanks joins a route's stops
    whatever the word before: names in other spellings are found later, "Ghazwin-Rascht".)
    """
    at = np.flatnonzero(links & (starts > 2))
    glued = np.isin(codes[starts[at] - 1], _DASHES) & (codes[starts[at] - 2] != _BLANK)
    spaced = (
        (codes[starts[at] - 1] == _BLANK)
        & np.isin(codes[starts[at] - 2], _DASHES)
        & (codes[starts[at] - 3] == _BLANK)
    )
    if spaced.any():
        before = starts[at[spaced]] - 3  # where the word before the dash ends
        ends = np.sort(stops)
        nearest = ends[np.maximum(np.searchsorted(ends, before, side="right") - 1, 0)]
        spaced[spaced] = (nearest <= before) & (nearest >= before - 5)  # past "'tan", "dan"
    out = np.zeros(len(starts), dtype=bool)
    out[at[glued | spaced]] = True
    return out


def _original(folded: _Folded, fstarts: Any, ends: Any) -> tuple[Any, Any]:
    """Map the names at ``fstarts:ends`` of the fold to starts and stops in the original."""
    breaks, deltas = np.asarray(folded.breaks), np.asarray(folded.deltas)
    # folded.original() of each: the shift of the offset map where the position falls
    starts = fstarts + deltas[np.searchsorted(breaks, fstarts, side="right") - 1]
    stops = ends + deltas[np.searchsorted(breaks, ends - 1, side="right") - 1]
    return starts, stops


def _after_combining(text: str, codes: Any, stops: Any, combining: Any) -> None:
    """Move each of ``stops`` past the combining marks that follow it (in place)."""
    length = len(text)
    inside = stops < length
    at = codes[stops[inside]]
    marked = combining.take(at, mode="clip") | (at >= _BMP)  # beyond the table: ask
    for k in np.flatnonzero(inside)[marked].tolist():
        stop = int(stops[k])
        while stop < length and unicodedata.combining(text[stop]):
            stop += 1
        stops[k] = stop
