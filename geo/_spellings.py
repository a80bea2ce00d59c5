"""Names in a spelling the gazetteer lacks: "Agbenda", "Gas Galasi", "Ghazwin", "Курик".

Articles transliterate the region's names every which way: "Agbenda" and "Aghband",
"Gas Galasi" and "Giz Galasi", the German "Ghazwin" for Qazvin, the Russian "Курик" for
Kuryk (Курык), "Полдашт" for Poldasht (Полдешт). The gazetteer holds each place's usual
spellings; a new one is found here by its sound, where the text lists it with a place
it names, and the place is of the article's land:

* a capitalised word, or two joined by a blank or a hyphen, in Latin, Cyrillic or
  Armenian letters, joined to a mention by a list's or a route's word or sign ("Актау и
  Курик", "Khudaferin and Gas Galasi", "from Agbenda to Kalale", "Шахтахты-Полдашт",
  "Ghazwin-Rascht"), outside every mention, that is no name the gazetteer knows as
  written nor such a name with an ending or a suffix ("Erzurumlu"), so that a name a rule
  dropped is not brought back;
* transliterated to Latin (``anyascii``), in lower case, with the letters that spell
  one sound in the region's transliterations made one (``gh``/``q`` -> ``g``,
  ``kh``/``x`` -> ``h``, ``w`` -> ``v``, ``z`` -> ``s``, ``y`` -> ``i``, ``dzh``/``zh``
  -> ``j``, ``sh`` -> ``s``, ``ch`` -> ``c``) and doubled letters made single: its
  *sound key*;
* whose consonants (the first letter and every consonant after it) are those of a name
  of a curated or regional place of a local kind (a settlement, district, province,
  river or structure: not a country, whose names' look-alikes are its peoples',
  "Georgian", nor a GeoNames or world place), the sound keys at most one edit apart (two
  from seven letters on) and neither the other with letters added at its end, and with
  at least three consonants and five letters;
* of a place within ``NEAR_KM`` of a settlement, district or structure the article names
  (the nearest of several namesakes).

Only the words beside the mentions are read, found with numpy over the mentions' ends:
the pass costs next to nothing on a text of many names, which a scan of every
capitalised word would not (about 7 ms a megabyte of news).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter
from typing import Any

import numpy as np
from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

from geo._automaton import _key
from geo._mention import Mention
from geo._nameruns import _run_tables
from geo._plans import _ANCHOR_KINDS, _distances
from geo._sportwords import STEM
from geo.gazetteer import KIND_WORDS, Gazetteer, Place, normalize
from geo.geocode import rank

__all__ = ["NEAR_KM", "Spellings", "respelled", "sound_key"]

#: How near to a place the article names a respelled place must lie (km)
NEAR_KM = 150.0
#: Layers whose names are respelled (curated places, the provinces and districts)
#: How many words' verdicts are kept between texts
_KEPT = 50_000
_LAYERS = frozenset({"curated", "region"})
#: Kinds whose names are respelled (landmarks neither: Baku's Maiden Tower, Qız Qalası)
_KINDS = (_ANCHOR_KINDS - {"building"}) | {"region", "river"}
#: One sound, several spellings, in the order they are replaced
_SOUNDS = (
    ("dzh", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("sh", "s"), ("ch", "c"),
    ("q", "g"), ("x", "h"), ("w", "v"), ("z", "s"), ("y", "i"),
)  # fmt: skip
_VOWELS = str.maketrans("", "", "aeiou")
_PERSIAN = re.compile("[\u0600-\u06ff]")
_DOUBLES = re.compile(r"(.)\1+")
#: What joins two names of a list or a route, in the languages with letter case
_JOINS = (
    ", ", " and ", " & ", " or ", " to ", "-", "–", "—", " – ", " — ", " - ", "/",
    " и ", " или ", " до ", " ve ", " veya ", " ile ", " və ", " ilə ", " və ya ",
    " und ", " oder ", " nach ", " bis ", " և ", " ու ", " կամ ",
)  # fmt: skip
#: the bits of the kinds among the trigger words' (the sport words' are above them)
_KIND_BITS = STEM - 1
#: namesakes this much farther than the nearest are as near (km)
_TIE_KM = 10.0
_UNITS = ("region", "district")
#: a kind word's kind, as the name's kind (a plant's name is its dam's in the gold)
_AS_KIND = {"hydropower plant": "dam"}
_NEXT_WORDS = re.compile(r"[ \u00a0]+([^\W\d_]+(?:[ \u00a0]+[^\W\d_]+){0,2})")
#: a capitalised word, then another joined by a blank or a hyphen
_WORDS = re.compile(r"([^\W\d_]{2,})(?:[ -]([^\W\d_]{2,}))?")


@functools.cache
def _tables() -> tuple[Any, Any, Any]:
    """Return :func:`geo._nameruns._run_tables` (read from the cache once a process)."""
    return _run_tables()


def _covered(ends: Any, starts: Any, stops: Any) -> Any:
    """Return whether the character before each of ``ends`` is inside a mention.

    ``starts`` and ``stops`` are the mentions' (ascending: mentions do not overlap).
    """
    at = np.searchsorted(starts, ends) - 1  # the last mention to start before the end
    return (at >= 0) & (stops[np.maximum(at, 0)] >= ends)


def _joined(codes: Any, ends: Any, joins: Iterable[str], step: int) -> list[tuple[Any, int]]:
    """Return, for each join, the ``ends`` it stands at, and its width.

    ``step`` 1 reads each join forwards from each end (a mention's end), -1 backwards
    from it (a mention's start). The joins are read character by character, each step
    on the ends the characters before it left, and the next character of those ends is
    read once for all the joins that share the characters before it: most ends are
    followed by a blank, few by a blank and "и".
    """
    n = len(codes)
    at_prefix: dict[str, Any] = {"": np.arange(len(ends))}
    next_of: dict[str, Any] = {}  # the code point after each prefix, at its ends
    found = []
    for join in joins:
        signs = join if step > 0 else join[::-1]
        for i in range(1, len(signs) + 1):
            if signs[:i] in at_prefix:
                continue
            before = signs[: i - 1]
            at = at_prefix[before]
            if before not in next_of:
                places = np.clip(ends[at] + (i - 1 if step > 0 else -i), 0, n - 1)
                next_of[before] = codes[places]
            at_prefix[signs[:i]] = at[next_of[before] == ord(signs[i - 1])]
        found.append((ends[at_prefix[signs]], len(join)))
    return found


def _after(codes: Any, stops: Any, letter: Any, upper: Any) -> Any:
    """Return where a capitalised word a join sets after a mention's end starts.

    The join follows the mention's word: its case ending ("Астару и", of "Астар") too.
    """
    n, last = len(codes), len(upper) - 1
    ends = stops.copy()
    going = np.flatnonzero(ends < n)
    for _ in range(_ENDING):  # the letters of a case ending, a letter at a time
        going = going[letter[np.minimum(codes[ends[going]], last)]]
        if not len(going):
            break
        ends[going] += 1
        going = going[ends[going] < n]
    heads = [at + width for at, width in _joined(codes, ends, _JOINS, 1)]
    heads = np.concatenate(heads)
    heads = heads[heads < n]
    return heads[upper[np.minimum(codes[heads], last)]]


def _before(codes: Any, starts: Any, letter: Any, joins: Iterable[str]) -> Any:
    """Return where the word a join (of ``joins``) sets before each of ``starts`` ends."""
    last = len(letter) - 1
    tails = np.concatenate([ends - width for ends, width in _joined(codes, starts, joins, -1)])
    tails = tails[tails > 0]
    return tails[letter[np.minimum(codes[tails - 1], last)]]


_ENDING = 4  # the longest case ending after a mention read (letters)
_SPAN = 32  # the longest word, or pair of words, read (code points)
_SPAN_COLUMNS = np.arange(_SPAN)
_SPAN_POWERS = np.array([1_000_003**i % (1 << 61) for i in range(_SPAN)], dtype=np.int64)
_NOT_BEFORE = np.array([ord(c) for c in "-'’"])  # a word after them is a name's part
_PAIRED = np.array([ord(" "), ord("-")])


def _rows(codes: Any, firsts: Any) -> Any:
    """Return the ``_SPAN`` code points from each of ``firsts`` (the last one repeated)."""
    return codes[np.minimum(firsts[:, None] + _SPAN_COLUMNS, len(codes) - 1)]


def _word_hashes(rows: Any, widths: Any) -> Any:
    """Return a hash of the first ``widths[i]`` code points of each row of ``rows``."""
    weighted = rows.astype(np.int64) * _SPAN_POWERS  # (wraps over: the hash is as good)
    return np.where(widths[:, None] > _SPAN_COLUMNS, weighted, 0).sum(axis=1)


def _spans(codes: Any, heads: Any, tails: Any, letter: Any, upper: Any) -> tuple[Any, Any, Any]:
    """Return the capitalised words at ``heads`` and up to ``tails``: starts, ends, pairs.

    A word at a head may start a pair: a capitalised word after it joined by a blank or
    a hyphen (its end in ``pairs``; -1 for none). A word before a tail is one word, not
    one after a hyphen or an apostrophe (a name's part: "Шахтахты-Полдашт" is read from
    Шахтахты). Words longer than ``_SPAN`` are left out.
    """
    n, last = len(codes), len(letter) - 1
    # back from each tail to its word's start, a letter at a time (most words are short)
    starts = tails.copy()
    going = np.flatnonzero(tails > 0)
    for _ in range(_SPAN):
        going = going[letter[np.minimum(codes[starts[going] - 1], last)]]
        if not len(going):
            break
        starts[going] -= 1
        going = going[starts[going] > 0]
    run = tails - starts
    ok = (run >= 2) & (run < _SPAN)
    ok &= upper[np.minimum(codes[np.minimum(starts, n - 1)], last)]
    ok &= ~((starts > 0) & np.isin(codes[np.maximum(starts - 1, 0)], _NOT_BEFORE))
    tail_spans = (starts[ok], tails[ok], np.full(int(ok.sum()), -1))
    # on from each head: its word, and a capitalised one after a blank or a hyphen
    rows = _rows(codes, heads)
    within = heads[:, None] + _SPAN_COLUMNS < n
    inside = letter[np.minimum(rows, last)] & within
    end = np.where(inside.all(axis=1), _SPAN, inside.argmin(axis=1))
    keep = (end >= 2) & (end < _SPAN)
    heads, rows, inside, within, end = (
        heads[keep],
        rows[keep],
        inside[keep],
        within[keep],
        end[keep],
    )
    at = np.arange(len(heads))
    second = np.minimum(end + 1, _SPAN - 1)
    paired = np.isin(rows[at, np.minimum(end, _SPAN - 1)], _PAIRED) & (end + 1 < _SPAN)
    paired &= upper[np.minimum(rows[at, second], last)] & within[at, second]
    after = (~inside) & (second[:, None] < _SPAN_COLUMNS)
    second_end = np.where(after.any(axis=1), after.argmax(axis=1), _SPAN)
    paired &= (second_end - second >= 2) & (second_end < _SPAN)
    pairs = np.where(paired, heads + second_end, -1)
    return (
        np.concatenate([heads, tail_spans[0]]),
        np.concatenate([heads + end, tail_spans[1]]),
        np.concatenate([pairs, tail_spans[2]]),
    )


def _kind_after(text: str, end: int) -> str | None:
    """Return the kind a kind word of one to three words after ``end`` names, or None."""
    words = _NEXT_WORDS.match(text, end)
    if words is None:
        return None
    folded = normalize(words.group(1)).split()
    for n in (3, 2, 1):
        phrase = " ".join(folded[:n])
        kind = KIND_WORDS.get(phrase) or KIND_WORDS.get(phrase.removesuffix("s"))  # plants
        if kind is not None:
            return _AS_KIND.get(kind, kind)
    return None


def _nearest(places: list[Place], km: Any, kind: str | None) -> Place | None:
    """Return the place of ``places`` (at ``km`` from the article's) the name is, or None.

    Of those within ``NEAR_KM``, the ones of the kind a kind word after the name tells
    ("the Jabrayl region": the district, not the town; "Gas Galasi hydroelectric power
    plants": the dam, as the gold marks a plant), then the nearest, and of namesakes as
    near (a dam and its reservoir) the first in the gazetteer's order.
    """
    near = [(d, p) for d, p in zip(km.tolist(), places, strict=True) if d <= NEAR_KM]
    if kind in _UNITS:  # "region", "district": the word need not tell which
        near = [(d, p) for d, p in near if p.kind in _UNITS] or near
    elif kind is not None:
        kept = rank([p for _, p in near], kind=kind)
        near = [(d, p) for d, p in near if p in kept] or near
    if not near:
        return None
    least = min(d for d, _ in near)
    return rank([p for d, p in near if d <= least + _TIE_KM])[0]


def sound_key(name: str) -> str:
    """Return the sound key of a name (see the module docstring).

    >>> sound_key("Agbenda"), sound_key("Aghband"), sound_key("Курик"), sound_key("Kuryk")
    ('agbenda', 'agband', 'kurik', 'kurik')
    """
    key = "".join(c for c in anyascii(name).lower() if c.isalpha())
    for letters, sound in _SOUNDS:
        key = key.replace(letters, sound)
    return _DOUBLES.sub(r"\1", key)


def _consonants(key: str) -> str:
    return key[:1] + key[1:].translate(_VOWELS)


class Spellings:
    """The local places by the consonants of their names' sound keys (see above).

    ``known(name)`` tells whether the gazetteer knows a name as written.
    """

    def __init__(self, gaz: Gazetteer, known: Callable[[str], bool]) -> None:
        self._is_known = known
        self._by_id = gaz.by_id
        # what each word read was found to be (a text's words come again and again)
        self._knowns: dict[str, bool] = {}
        self._matches: dict[str, list[Place]] = {}
        self.by_consonants: dict[str, list[tuple[str, Place]]] = {}
        for place in gaz.by_id.values():
            if place.layer not in _LAYERS or place.kind not in _KINDS:
                continue
            for name in {place.name, *place.aliases}:
                if _PERSIAN.search(name):
                    continue  # Persian: no vowels to spell by
                key = sound_key(name)
                consonants = _consonants(key)
                if len(key) >= 5 and len(consonants) >= 3:
                    self.by_consonants.setdefault(consonants, []).append((key, place))

    def _known(self, name: str) -> bool:
        known = self._knowns.get(name)
        if known is None:
            if len(self._knowns) >= _KEPT:
                self._knowns.clear()
            known = self._knowns[name] = self._is_known(name)
        return known

    def match(self, words: str) -> list[Place]:
        """Return the places ``words`` may be a respelling of, closest first, or []."""
        places = self._matches.get(words)
        if places is None:
            if len(self._matches) >= _KEPT:
                self._matches.clear()
            places = self._matches[words] = self._match(words)
        return places

    def _match(self, words: str) -> list[Place]:
        key = sound_key(words)
        entries = self.by_consonants.get(_consonants(key)) if len(key) >= 5 else None
        if not entries:
            return []
        most = 1 if len(key) < 7 else 2
        places: list[Place] = []
        for other, place in sorted(entries, key=lambda e: Levenshtein.distance(key, e[0])):
            # a name with letters added or cut at its end is another word made from it
            derived = key != other and (key.startswith(other) or other.startswith(key))
            if Levenshtein.distance(key, other) <= most and not derived and place not in places:
                places.append(place)
        return places

    def added(
        self,
        text: str,
        codes: Any,
        spans: tuple[Any, Any],
        found: Sequence[Mention],
        sentence_of: Callable[[int], str],
    ) -> list[Mention]:
        """Return ``found`` with the respelled names beside its mentions, in text order.

        ``codes`` are the code points of ``text``, ``spans`` the mentions' starts and
        ends and the starts of the kind words (arrays: "the Jabrayl region" is read as
        "Актау и Курик" is), ``sentence_of(start)`` the sentence of an offset.
        """
        added: list[Mention] = []
        anchors = None
        for start, words in self._beside(text, codes, *spans):
            places = self.match(words)
            if not places:
                continue
            if anchors is None:  # each place the article names once (no loop over them all)
                named = list(map(attrgetter("place"), found))
                once = dict(zip(map(id, named), named, strict=True)).values()
                anchors = np.array(
                    [
                        (p.lat, p.lon)
                        for p in once
                        if p is not None and p.kind in _ANCHOR_KINDS and not p.far
                    ]
                ).reshape(-1, 2)
            if not len(anchors):
                break
            km = _distances(np.array([(p.lat, p.lon) for p in places]), anchors).min(axis=1)
            end = start + len(words)
            kind = _kind_after(text, end)
            place = _nearest(places, km, kind)
            if place is None:
                continue
            if place.seat and kind not in _UNITS:  # "Резваншехр": the town, as "Rasht"
                place = self._seat(place, words) or place
            added.append(Mention(words, start, end, sentence_of(start), place))
        if not added:
            return list(found)
        return sorted([*found, *added], key=lambda m: m.start)

    def _seat(self, unit: Place, words: str) -> Place | None:
        """Return the town a unit is named after, when ``words`` spell its name too.

        As the parser gives a district's bare name to its town (the ``seat`` of the
        unit: ``geo.geoparse``, "Context rules"), the kind word making it the unit.
        """
        seat = self._by_id.get(unit.seat or "")
        if seat is None:
            return None
        consonants = _consonants(sound_key(words))
        names = (n for n in (seat.name, *seat.aliases) if not _PERSIAN.search(n))
        return seat if any(_consonants(sound_key(n)) == consonants for n in names) else None

    def _beside(
        self, text: str, codes: Any, starts: Any, stops: Any, kinds: Any
    ) -> list[tuple[int, str]]:
        """Return the unknown capitalised words (or pairs) a join sets beside a mention.

        As (start, words): a capitalised pair ("Gas Galasi") rather than its first word.
        Found with numpy: the joins after each mention's end (and before each start) are
        looked up by a hash of their characters, and the words they set beside a mention
        are read once for each different spelling (a text names its places again and
        again), a capitalised word that is a known name ("Baku City") not at all.
        """
        if not len(starts) or not len(codes):
            return []
        _, letter, upper = _tables()
        heads = _after(codes, stops, letter, upper)
        heads = heads[~_covered(heads + 1, starts, stops)]  # "Iran and Azerbaijan"
        tails = np.concatenate(
            [_before(codes, starts, letter, _JOINS), _before(codes, kinds, letter, (" ",))]
        )
        tails = tails[~_covered(tails, starts, stops)]  # "the Araz river", "Araz River"
        firsts, ends, pairs = _spans(codes, heads, tails, letter, upper)
        # outside every mention ("Iran and Azerbaijan"; "Астару" of the mention "Астар")
        last = np.maximum(ends, pairs)
        before = np.searchsorted(starts, last) - 1  # the last mention to start before
        free = (before < 0) | (stops[np.maximum(before, 0)] <= firsts)
        firsts, ends, pairs, last = firsts[free], ends[free], pairs[free], last[free]
        keys = _word_hashes(_rows(codes, firsts), last - firsts)
        _, first_of, key_of = np.unique(keys, return_index=True, return_inverse=True)
        verdicts = [
            self._unknown(text, int(firsts[k]), int(ends[k]), int(pairs[k]))
            for k in first_of.tolist()
        ]
        hits = np.flatnonzero(np.array([bool(v) for v in verdicts], dtype=bool)[key_of])
        return [(int(firsts[k]), verdicts[key_of[k]]) for k in hits.tolist()]

    def _unknown(self, text: str, start: int, end: int, pair: int) -> str:
        """Return the words at ``start`` the gazetteer does not know, or "".

        ``end`` is where the first word ends, ``pair`` where the capitalised word after it
        ends (or -1): the pair when the gazetteer does not know it, else the first word,
        unless that one is a known name.
        """
        first = text[start:end]
        if self._known(first) or self._derived(first):
            return ""  # a known name, and the name after it ("Baku City"): read
        if pair > 0:
            return "" if self._known(text[start:pair]) else text[start:pair]
        return first

    def _derived(self, word: str) -> bool:
        """Tell whether ``word`` is a name the gazetteer knows with a suffix ("Erzurumlu").

        Of two or three letters: one more letter is a respelling's ("Agbenda", Agbend).
        """
        return any(self._known(word[:-cut]) for cut in (2, 3) if len(word) - cut >= 4)


def respelled(
    parser: Any,
    text: str,
    codes: Any,
    spans: tuple[Any, Any],
    found: list[Mention],
    bounds: list[int],
    triggers: Sequence[Any],
) -> list[Mention]:
    """Return ``found`` with the respelled names of ``text`` (:class:`Spellings`).

    ``parser`` is the :class:`geo.geoparse.Geoparser` (its index of spellings is made
    on first need and kept on it), ``bounds`` the starts of the text's sentences,
    ``triggers`` where the kind words start and their bits (:mod:`geo._quiet`).
    """
    spellings = parser.__dict__.get("_spellings")
    if spellings is None:
        automaton = parser.automaton

        def known(name: str) -> bool:
            return automaton.get(" " + _key(name), None) is not None

        spellings = parser.__dict__["_spellings"] = Spellings(parser.gaz, known)

    def sentence_of(start: int) -> str:
        at = bisect_right(bounds, start) - 1
        return text[bounds[at] : bounds[at + 1]].strip()

    kinds = triggers[0][(triggers[1] & _KIND_BITS) != 0]
    return spellings.added(text, codes, (*spans, kinds), found, sentence_of)
