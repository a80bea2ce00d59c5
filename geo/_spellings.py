"""Names in a spelling the gazetteer lacks: "Agbenda", "Gas Galasi", "Ghazwin", "Курик".

Articles transliterate the region's names every which way: "Agbenda" and "Aghband",
"Gas Galasi" and "Giz Galasi", the German "Ghazwin" for Qazvin, the Russian "Курик" for
Kuryk (Курык), "Полдашт" for Poldasht (Полдешт). The gazetteer holds each place's usual
spellings; a new one is found here by its sound, where the text lists it with a place
it names, and the place is of the article's land:

* a capitalised word, or two joined by a blank or a hyphen, in Latin, Cyrillic or
  Armenian letters, joined to a mention of a place that is no country by a list's or a
  route's word or sign ("Актау и Курик", "Khudaferin and Gas Galasi", "from Agbenda to
  Kalale", "Шахтахты-Полдашт", "Ghazwin-Rascht"), or before a kind word ("the Jabrayl
  region"), outside every mention (:mod:`geo._joins`), that is no name the gazetteer knows as
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
  (of several, those of the kind a kind word after the name tells, then the nearest);
  a county's or district's name with no unit word is its seat's, when the seat is named
  like it ("Резваншехр": the town, as the parser reads "Rasht").

Only the words beside the mentions are read: a scan of every capitalised word of a
text costs about 7 ms a megabyte of news, the joins beside the mentions about 2.5 ms
(``benchmarks/bench_geoparse.py``; the parse takes about 100).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from operator import attrgetter, itemgetter
from typing import Any

import numpy as np
from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

from geo._joins import capitalised_beside
from geo._mention import Mention, sentence_at
from geo._plans import _ANCHOR_KINDS, _distances
from geo._sportwords import STEM
from geo._tablekeys import _key
from geo.gazetteer import KIND_WORDS, Place, normalize
from geo.geocode import rank

__all__ = ["NEAR_KM", "Spellings", "respelled", "sound_key"]

#: How near to a place the article names a respelled place must lie (km)
NEAR_KM = 150.0
#: How many words' verdicts are kept between texts
_KEPT = 50_000
#: Layers whose names are respelled (curated places, the provinces and districts)
_LAYERS = frozenset({"curated", "region"})
#: Kinds whose names are respelled (landmarks neither: Baku's Maiden Tower, Qız Qalası)
_KINDS = (_ANCHOR_KINDS - {"building"}) | {"region", "river"}
#: Kinds beside whose names no respelled name is read ("Azerbaijan and Iran": a list of
#: countries; a place's new spelling stands beside its land's other places)
_WIDE = frozenset({"country", "sea", "macro-region"})
#: One sound, several spellings, in the order they are replaced
_SOUNDS = (
    ("dzh", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("sh", "s"), ("ch", "c"),
    ("q", "g"), ("x", "h"), ("w", "v"), ("z", "s"), ("y", "i"),
)  # fmt: skip
_VOWELS = str.maketrans("", "", "aeiou")
_PERSIAN = re.compile("[\u0600-\u06ff]")
_DOUBLES = re.compile(r"(.)\1+")
#: a Russian case ending after four letters at least ("Игдиром", "Курике"): a respelled
#: name's case form is read by its stem too
_CYRILLIC_ENDING = re.compile(r"(?<=[а-яё]{4})(?:ами|ями|ом|ем|ой|ей|ах|ях|а|я|у|ю|е|ы|и)$")
#: the bits of the kinds among the trigger words' (the sport words' are above them)
_KIND_BITS = STEM - 1
#: namesakes this much farther than the nearest are as near (km)
_TIE_KM = 10.0
_UNITS = ("region", "district")
#: a kind word's kind, as the name's kind (a plant's name is its dam's in the gold)
_AS_KIND = {"hydropower plant": "dam"}
_NEXT_WORDS = re.compile(r"[ \u00a0]+([^\W\d_]+(?:[ \u00a0]+[^\W\d_]+){0,2})")


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


def _kept(found: dict[str, Any], word: str, make: Callable[[str], Any]) -> Any:
    """Return ``make(word)``, kept in ``found`` (emptied when it holds ``_KEPT``)."""
    value = found.get(word)
    if value is None:
        if len(found) >= _KEPT:
            found.clear()
        value = found[word] = make(word)
    return value


def _consonants(key: str) -> str:
    return key[:1] + key[1:].translate(_VOWELS)


class Spellings:
    """The local places by the consonants of their names' sound keys (see above).

    Made for a :class:`geo.geoparse.Geoparser`, whose automaton tells whether the
    gazetteer knows a name as written.
    """

    def __init__(self, parser: Any) -> None:
        automaton = parser.automaton
        self._is_known = lambda name: automaton.get(" " + _key(name), None) is not None
        self._by_id = parser.gaz.by_id
        # what each word read was found to be (a text's words come again and again)
        self._knowns: dict[str, bool] = {}
        self._matches: dict[str, list[Place]] = {}
        # the entries whose mentions a respelled name is read beside: not a country's,
        # a sea's or a macro-region's ("Azerbaijan and Iran"), nor a link's
        place_of, link_of = parser._entry_columns
        self.local = np.fromiter(
            (p is None or p.kind not in _WIDE for p in place_of.tolist()),
            dtype=bool,
            count=len(place_of),
        ) & np.equal(link_of, None)

    @functools.cached_property
    def by_consonants(self) -> dict[str, list[tuple[str, Place]]]:
        """The local places' names' sound keys, by their consonants (made on first need)."""
        by_consonants: dict[str, list[tuple[str, Place]]] = {}
        for place in self._by_id.values():
            if place.layer not in _LAYERS or place.kind not in _KINDS:
                continue
            for name in {place.name, *place.aliases}:
                if _PERSIAN.search(name):
                    continue  # Persian: no vowels to spell by
                key = sound_key(name)
                consonants = _consonants(key)
                if len(key) >= 5 and len(consonants) >= 3:
                    by_consonants.setdefault(consonants, []).append((key, place))
        return by_consonants

    def _known(self, name: str) -> bool:
        return _kept(self._knowns, name, self._is_known)

    def match(self, words: str) -> list[Place]:
        """Return the places ``words`` may be a respelling of, closest first, or []."""
        return _kept(self._matches, words, self._match)

    def _match(self, words: str) -> list[Place]:
        places = self._by_sound(sound_key(words))
        if not places and _CYRILLIC_ENDING.search(words):  # "Игдиром": Игдир, a case form
            places = self._by_sound(sound_key(_CYRILLIC_ENDING.sub("", words)))
        return places

    def _by_sound(self, key: str) -> list[Place]:
        """Return the places a name of sound key ``key`` may be a respelling of, or []."""
        entries = self.by_consonants.get(_consonants(key)) if len(key) >= 5 else None
        if not entries:
            return []
        most = 1 if len(key) < 7 else 2
        places: list[Place] = []
        scored = [(Levenshtein.distance(key, other), other, place) for other, place in entries]
        for distance, other, place in sorted(scored, key=itemgetter(0)):
            # a name with letters added or cut at its end is another word made from it
            derived = key != other and (key.startswith(other) or other.startswith(key))
            if distance <= most and not derived and place not in places:
                places.append(place)
        return places

    def added(
        self,
        text: str,
        codes: Any,
        spans: tuple[Any, ...],
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
        # (a word between two mentions is found from both: "Карсом, Игдиром и Нахиджеваном")
        for start, words in dict(self._beside(text, codes, *spans)).items():
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
            if place is None or any(m.start < end and start < m.end for m in added):
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
        self, text: str, codes: Any, starts: Any, stops: Any, local: Any, kinds: Any
    ) -> list[tuple[int, str]]:
        """Return the unknown capitalised words (or pairs) a join sets beside a mention.

        As (start, words): a capitalised pair ("Gas Galasi") rather than its first word.
        The words are found with numpy (:func:`geo._joins.capitalised_beside`) and read
        once for each different spelling (a text names its places again and again), a
        capitalised word that is a known name ("Baku City") not at all.
        """
        firsts, ends, pairs, keys = capitalised_beside(codes, starts, stops, local, kinds)
        if not len(firsts):
            return []
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
    folded: Any,
    columns: tuple[Any, ...],
    found: list[Mention],
    bounds: list[int],
) -> list[Mention]:
    """Return ``found`` with the respelled names of ``text`` (:class:`Spellings`).

    ``parser`` is the :class:`geo.geoparse.Geoparser` (its index of spellings is made
    on first need and kept on it), ``folded`` the text's fold (:mod:`geo._fold`),
    ``columns`` the mentions' starts, ends and entries, then where the kind words start
    and their bits (:mod:`geo._quiet`), ``bounds`` the starts of the text's sentences.
    """
    starts, stops, indices, at, bits = columns
    spellings = parser.__dict__.get("_spellings")
    if spellings is None:
        spellings = parser.__dict__["_spellings"] = Spellings(parser)

    kinds = at[(bits & _KIND_BITS) != 0]
    local = spellings.local[indices]
    spans = (starts, stops, local, kinds)
    return spellings.added(
        text, folded.codes, spans, found, functools.partial(sentence_at, text, bounds)
    )
