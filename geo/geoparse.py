"""Find the places and named links an article mentions: :func:`geoparse`.

How text is matched
-------------------
Every name and alias of the gazetteer (curated ``places.yaml`` and the regional
GeoNames table) and every name of a named link is folded to a key and put in
one Aho-Corasick automaton (``pyahocorasick``). The text is folded the same
way, one character for one character (case folded, diacritics stripped, ``ə``
to ``a``, ``ı``/``İ`` to ``i``, Arabic letter variants to Persian ones, every
other non-letter, non-digit to a space), so offsets in the folded copy are
offsets in the original. The few characters whose fold changes the length
(combining marks, ``ß``, ligatures, tatweel) and runs of two or more blanks
(a name broken over a line or written with double spaces, a spaced dash as in
"Rasht – Astara") go through an offset map instead. Keys start with a space and the text is padded with one,
so a match always begins at a word start.

A match is kept when:

* it ends at a word end, or what follows is a grammatical case ending of the
  name's script: Azerbaijani/Turkish (``Naxçıvanda``, ``Azərbaycanın``, only
  where the text around it has Azerbaijani/Turkish letters), Russian
  (``Ирана``, ``Армении``, ``Китая``), Armenian in Eastern and Western spelling
  (``Իրանի``, ``Իրանէն``), German genitive (``Aserbaidschans``, only in German
  text) or the Persian ezafe after a vowel (``آستارای ایران``, Astara of Iran).
  Names of several words are also keys in their inflected forms
  (:mod:`geo._inflect`: ``Ардебильской области``, ``der Autonomen Republik
  Nachitschewan``), and Persian names with a zero-width non-joiner also
  written joined. English suffixes are not
  endings: ``Iranians`` and ``Armenian`` are not matches. A possessive or an
  odd apostrophe (``Iran's``, ``Azerbaijan`s``, ``Türkiye'nin``) ends the
  mention before the apostrophe;
* in a script with letter case (Latin, Cyrillic, Armenian) it starts with a
  capital letter;
* it is not a month or weekday name, and a GeoNames-only match is not one of
  the English words of ``data/geonames_stopnames.txt``;
* a GeoNames-only match does not sit inside a run of capitalised words
  (``Ali Akbar Ahmadian``, ``President Raisi``): those are names of people or
  organisations. Curated places are exempt, and so are the prepositions and
  articles of the seven languages and, outside Latin script, a sentence's
  capitalised first word (``В Москве``).

Overlapping matches are settled longest first ("East Zangezur economic
region", not "Zangezur"; "Azerbaijan`s Embassy in Tehran", the embassy, not
Azerbaijan and Tehran), then leftmost.

The rules run over all the automaton's hits at once, with numpy
(:mod:`geo._match`); the mentions are then made column by column (offsets,
sentence, place or link), once the names several places share are resolved.

What is not a mention
---------------------
Adjectives and demonyms ("Iranian", "Azerbaijani", "Armenian",
"Azerbaijani-Iranian relations", "the Iranian side", ``иранский``,
``ایرانی``) are not place mentions: they name a people or a government
side, not a place. They do count as country evidence for the context rules.
Page debris (``post-img``, ``Politics``) matches nothing.

Context rules (names several places share)
------------------------------------------
Candidates are ordered by :func:`geo.geocode.rank` given a kind and a country
hint found in the mention's sentence, in this order:

1. **Kind.** A kind word right after the name, possibly after other quoted or
   capitalised names of a list (``"Khudafarin" and "Giz Galasi" reservoirs``
   gives both names the kind *reservoir*, and so does a capitalised kind word:
   ``Ordubad and Marazad HPPs``), or before it (``the city of
   Nakhchivan``). Failing that, for a name shared by a water structure and a
   building (``Qız Qalası`` / ``Giz Galasi`` is also Baku's Maiden Tower), a
   sentence about water or power (reservoir, dam, hydropower, HPP, SES,
   ``su anbarı``, ``водохранилище``, ``سد`` ...) keeps the dam or reservoir
   (the reservoir when a reservoir word is present), and a sentence about a
   tower or Baku's old city keeps the building. Failing that, a name shared by
   a region and a settlement (``Nakhchivan``) is read as the region when the
   sentence names another region of the same country ("the East Zangezur
   economic region of Azerbaijan and Nakhchivan" -> ``nakhchivan-ar``; but
   "to Baku and to Iran's Ardabil province": the city). In a sentence about
   water or power a name shared by a river and a structure is the river ("the
   reservoirs on the Araz").
2. **Country.** A country right beside the name (``Julfa, Iran``,
   ``Julfa (Iran)``, ``Iranian Julfa``, ``Julfa in Iran``), or the other of
   two countries when the name stands "on the border with" one of them
   (``Astara on the border with Azerbaijan`` -> ``astara-ir``); failing that, the
   script (Persian script -> Iran, Armenian -> Armenia, Azerbaijani ``ə`` ->
   Azerbaijan); failing that, the country most named in the sentence, counting
   country names, adjectives ("Iranian") and places with a single country
   ("Julfa" in a sentence about Tabriz or Iranian railways -> ``jolfa-ir``);
   failing that, a sentence in Azerbaijani (with ``ə``) -> Azerbaijan.
3. **Geography.** With neither hint, a settlement more than 250 km from every
   located place the article names (a settlement, district, dam or crossing only
   one place has) gives way to a namesake within 120 km of one: "Lahijan" in an
   article about Tabriz and Marand is the village near them, not the town in
   Gilan.
4. Otherwise the gazetteer's default order (curated first, then
   ``prominence``, then a place whose own name it is before one that only has
   it as an alias, then population: "Goris" is Armenia's Goris, not Georgia's
   Gori, which GeoNames aliases "Goris").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from geo._context import (
    _MORE_KIND_WORDS,
    _Context,
    _country_hint,
    _kind_hint,
    _sentence_bounds,
    _word_before,
)
from geo._fold import _fold, _Folded, _plain
from geo._inflect import name_forms
from geo._match import _CYRILLIC_STEMS, _find, _Keys
from geo.gazetteer import (
    COUNTRY_WORDS,
    KIND_WORDS,
    Gazetteer,
    Place,
    gazetteer,
    normalize,
    peel,
)
from geo.geocode import rank
from geo.settings import settings

__all__ = ["Geoparser", "Mention", "geoparse", "link_names"]

#: Month and weekday names (English, Azerbaijani, Russian nominative): never places.
CALENDAR_WORDS = frozenset(
    normalize(w)
    for w in [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Yanvar",
        "Fevral",
        "Mart",
        "Aprel",
        "May",
        "İyun",
        "İyul",
        "Avqust",
        "Sentyabr",
        "Oktyabr",
        "Noyabr",
        "Dekabr",
        "Bazar",
        "Çərşənbə",
        "Cümə",
        "Şənbə",
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ]
)

# Words that may stand next to a GeoNames-only name without making it part of
# a person's or organisation's name (normalised).
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "at",
        "on",
        "of",
        "from",
        "to",
        "and",
        "or",
        "but",
        "nor",
        "near",
        "with",
        "by",
        "for",
        "as",
        "into",
        "via",
        "between",
        "both",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "after",
        "before",
        "during",
        "while",
        "when",
        "where",
        "since",
        "until",
        "through",
        "across",
        "along",
        "over",
        "under",
        "around",
        "about",
        "against",
        "toward",
        "towards",
        "beyond",
        "within",
        "outside",
        "inside",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "should",
        "must",
        "not",
        "no",
        "yes",
        "if",
        "then",
        "so",
        "also",
        "than",
        "there",
        "here",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "how",
        "why",
        "all",
        "any",
        "each",
        "every",
        "some",
        "many",
        "most",
        "more",
        "less",
        "such",
        "only",
        "just",
        "even",
        "still",
        "yet",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
    # Russian, German, Azerbaijani/Turkish prepositions, articles and conjunctions
    + [
        "в",
        "во",
        "на",
        "из",
        "с",
        "со",
        "к",
        "ко",
        "по",
        "о",
        "об",
        "от",
        "до",
        "для",
        "у",
        "за",
        "под",
        "над",
        "при",
        "через",
        "между",
        "и",
        "а",
        "но",
    ]
    + [
        "im",
        "am",
        "vom",
        "zum",
        "zur",
        "aus",
        "von",
        "bei",
        "mit",
        "nach",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "und",
        "über",
        "zwischen",
    ]
    + ["va", "ve", "ila", "ile"]
)

_STRONG_COUNTRY = {k: v for k, v in COUNTRY_WORDS.items() if len(k) > 2}

_WORD_AFTER = re.compile(r"[ -]([^\W\d_]\w*)")


def _key(name: str) -> str:
    """Fold a name to an automaton key (the text fold, blanks collapsed)."""
    return " ".join(_fold(name).padded.split())


def _keys_of(name: str) -> set[str]:
    """Return the automaton keys of a name and of its inflected forms (:mod:`geo._inflect`)."""
    keys = {normalize(name), _key(name)}
    for form in name_forms(name):
        keys.add(_key(form))
        keys.add(_fold(form).text.strip())  # "St. Petersburg": the stop and the blank fold apart
    return keys


def _starts_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` is the first of its sentence (or of the text)."""
    head = text[max(at - 3, 0) : at].rstrip()
    return not head or head[-1] in ".!?։\n:;«\"'"


def _after_kind_word(name: str) -> tuple[str, ...]:
    """Return the keys of a name written kind word first, without it, or ().

    "станция Горадиз", "ایستگاه هورادیز": Russian and Persian put the kind word
    before the name, and Russian writes it lower case, so a text's "станция
    Горадиз" is found by "Горадиз" (the kind word before it then ranks the
    station first, as in geocode). Names with the kind word last are left alone.

    >>> _after_kind_word("станция Горадиз"), _after_kind_word("Horadiz station")
    (('горадиз',), ())
    """
    words = name.split()
    key = normalize(name)
    rest, kind, _ = peel(key, countries=False)
    if not kind or not rest or not key.endswith(rest) or len(words) < 2:
        return ()
    tail = " ".join(words[-len(rest.split()) :])
    return tuple(k for k in {normalize(tail), _key(tail)} if k)


# ---------------------------------------------------------------- data
@dataclass(frozen=True)
class Mention:
    """A place or named link an article names.

    Attributes
    ----------
    text : str
        The words as written (``text[start:end]`` of the parsed text).
    start, end : int
        Character offsets into the parsed text.
    sentence : str
        The sentence the mention stands in.
    place : Place or None
        The resolved gazetteer place (``None`` for a named link).
    link : str or None
        The id of the named corridor (``data/corridors.yaml``) or link
        (``data/links.yaml``), or ``None``.
    """

    text: str
    start: int
    end: int
    sentence: str
    place: Place | None = None
    link: str | None = None

    @property
    def target(self) -> str:
        """The id the mention resolves to (place id or link id)."""
        return self.place.id if self.place is not None else str(self.link)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form used by ``corridors parse --json``."""
        place = None
        if self.place is not None:
            p = self.place
            place = {"id": p.id, "name": p.name, "kind": p.kind, "lat": p.lat, "lon": p.lon}
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "place": place,
            "link": self.link,
        }


class _Entry(NamedTuple):
    size: int  # length of the key without the leading space
    ids: tuple[str, ...]
    link: str | None
    curated: bool
    endings: frozenset[str] | None  # None: a whole word; else the endings it needs
    place: Place | None  # the place when the name has only one
    key: str = ""  # the folded name (of a stem: the whole name)


def _load_stopnames(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(normalize(s) for s in lines if s.strip() and not s.startswith("#"))


@functools.cache
def link_names() -> dict[str, list[str]]:
    """Names by id of the named links an article may mention.

    A corridor of ``data/corridors.yaml`` is found by its name and aliases; a
    link of ``data/links.yaml`` by its ``aliases`` only (its ``name`` is a
    label, and a name like "Khudafarin reservoir" is a gazetteer place too).

    Examples
    --------
    >>> "North-South Transport Corridor" in link_names()["nstc"]
    True
    >>> "Rasht–Astara railway" in link_names()["rasht-astara-railway"]
    True
    """
    from geo.linkdata import load_corridors, load_links

    names = {cid: [c["name"], *c["aliases"]] for cid, c in load_corridors().items()}
    for link in load_links():
        if link.record.get("aliases"):
            names[link.id] = list(link.record["aliases"])
    return names


# ---------------------------------------------------------------- parser
class Geoparser:
    """An automaton over the gazetteer's names and the named links.

    Parameters
    ----------
    gaz : Gazetteer
        Where place names and places come from.
    links : mapping of str to iterable of str, optional
        Names by link id (default :func:`link_names`).
    stopnames : iterable of str, optional
        GeoNames names that are ordinary words (matched only when curated).
    cache_key : str, optional
        When given, the automaton and its entries are read from the cache on
        disk under this key (:mod:`geo._cache`), or built and written there: the
        key must hash everything they are built from.
    """

    def __init__(
        self,
        gaz: Gazetteer,
        links: Mapping[str, Iterable[str]] | None = None,
        stopnames: Iterable[str] = (),
        cache_key: str | None = None,
    ) -> None:
        self.gaz = gaz
        # the automaton's values index these (plain ints keep the collector out of the matches)
        self.entries: list[_Entry] = []
        # entries[i].curated, .size, .endings, .place and .link, for the loops over matches
        self.curated: list[bool] = []
        self.sizes: list[int] = []
        self.endings: list[frozenset[str] | None] = []
        self.places: list[Place | None] = []
        self.links: list[str | None] = []
        self._plans: dict[tuple[tuple[str, ...], str | None], _Plan] = {}
        self._entry_plans: dict[int, _Plan] = {}  # the same, by entry index

        def build() -> tuple[Any, list[tuple[Any, ...]]]:
            self._build(links if links is not None else link_names(), frozenset(stopnames))
            return self.automaton, [entry[:5] + entry[6:] for entry in self.entries]

        if cache_key is None:
            build()
        else:  # the automaton and entries of this gazetteer, links and stop names on disk
            from geo._cache import load_or_build

            automaton, rows = load_or_build("geoparse", cache_key, build)
            if not self.entries:  # read from the cache: the places come from the gazetteer
                self.automaton = automaton
                self._columns(rows)
        self._keys = _Keys(self.sizes, self.endings)  # the same, as arrays for the matcher
        # by entry: curated; a name only one place has; a name several places share
        self._curated = np.array(self.curated, dtype=bool)
        self._single = np.array([p is not None for p in self.places], dtype=bool)
        self._shared = np.array(
            [p is None and link is None for p, link in zip(self.places, self.links, strict=True)],
            dtype=bool,
        )

    def _columns(self, rows: list[tuple[Any, ...]]) -> None:
        """Set the entries and their columns from cached rows (the entries less their place)."""
        by_id = self.gaz.by_id
        sizes, ids, links, curated, endings, keys = map(list, zip(*rows, strict=True))
        places = [by_id[i[0]] if len(i) == 1 else None for i in ids]
        self.sizes, self.links, self.curated, self.endings, self.places = (
            sizes, links, curated, endings, places
        )  # fmt: skip
        self.entries = list(map(_Entry, sizes, ids, links, curated, endings, places, keys))

    def _build(self, links: Mapping[str, Iterable[str]], stop: frozenset[str]) -> None:
        """Build the automaton over the gazetteer's names and the links' names."""
        import ahocorasick

        gaz = self.gaz
        keys: dict[str, list[str]] = {}
        for place in gaz:
            for name in (place.name, *place.aliases):
                ids = gaz.index.get(normalize(name)) or [place.id]
                bare = _after_kind_word(name)  # "станция Горадиз" -> every place named "Горадиз"
                for key in {*_keys_of(name), *bare}:
                    if key and key not in CALENDAR_WORDS:
                        bucket = keys.setdefault(key, [])
                        found = gaz.index.get(key, ids) if key in bare else ids
                        bucket.extend(i for i in found if i not in bucket)
        self.automaton = ahocorasick.Automaton()
        for key, ids in keys.items():
            curated = tuple(i for i in ids if gaz.by_id[i].curated)
            if key in stop:
                ids = list(curated)
            if ids:
                self._add(key, tuple(ids), None, bool(curated))
        for link_id, names in links.items():
            for name in names:
                for key in _keys_of(name):
                    if key and key not in keys:  # a place's name stays the place's
                        self._add_word(key, _Entry(len(key), (), link_id, True, None, None))
        self.automaton.make_automaton()

    def _add_word(self, key: str, entry: _Entry) -> None:
        self.automaton.add_word(" " + key, len(self.entries))
        self._append(entry)

    def _append(self, entry: _Entry) -> None:
        self.entries.append(entry)
        self.curated.append(entry.curated)
        self.sizes.append(entry.size)
        self.endings.append(entry.endings)
        self.places.append(entry.place)
        self.links.append(entry.link)

    def _add(self, key: str, ids: tuple[str, ...], link: str | None, curated: bool) -> None:
        place = self.gaz.by_id[ids[0]] if len(ids) == 1 else None
        self._add_word(key, _Entry(len(key), ids, link, curated, None, place, key))
        if " " in key or not ("\u0400" <= key[-1] <= "\u04ff"):
            return
        for tail, endings in _CYRILLIC_STEMS.items():
            stem = key[:-1]
            if key.endswith(tail) and len(stem) >= 3 and (" " + stem) not in self.automaton:
                self._add_word(
                    stem, _Entry(len(stem), ids, link, curated, frozenset(endings), place, key)
                )

    # ------------------------------------------------------------ matching
    def _matches(self, text: str, folded: _Folded) -> tuple[Any, Any, Any]:
        """Return the matches in ``text``: starts, ends and entry indices, in text order.

        Overlapping matches are settled longest first ("East Zangezur economic
        region", not "Zangezur"), then leftmost (see :func:`geo._match._find`).
        (Numpy arrays: no object per match for the garbage collector to count
        and walk.)
        """
        return _find(self.automaton, self._keys, text, folded)

    def _outside_name_runs(self, text: str, starts: Any, stops: Any, indices: Any) -> Any:
        """Return which matches are not GeoNames-only names in a run of capitalised words."""
        keep = np.ones(len(starts), dtype=bool)
        check = np.flatnonzero(~self._curated[indices]).tolist()
        if check:
            starts, stops = starts.tolist(), stops.tolist()
            for k in check:
                keep[k] = not self._in_name_run(text, starts, stops, k)
        return keep

    @staticmethod
    def _in_name_run(text: str, starts: list[int], stops: list[int], k: int) -> bool:
        """Whether a capitalised non-function word touches match ``k`` (a person's name)."""
        start, end = starts[k], stops[k]
        before = _word_before(text, start)
        after = _WORD_AFTER.match(text, end, end + 40) if text[end : end + 1] in " -" else None
        for word, pos in ((before, start - 1), (after and after.group(1), end + 1)):
            # pos: where another match would end (before) or start (after)
            if not word or not word[0].isupper():
                continue
            if (
                pos < start
                and not word.isascii()
                and _starts_sentence(text, start - len(word) - 1)
            ):
                continue  # "Բեռները Գորիսով": capitalised as a sentence's first word
            key = _plain(word)
            if key in _FUNCTION_WORDS or key in KIND_WORDS:
                continue
            if key in _MORE_KIND_WORDS or key in _STRONG_COUNTRY:
                continue
            # matches are sorted and disjoint: only two on each side can start or end at pos
            near = slice(max(k - 2, 0), k + 3)
            if pos not in starts[near] and pos not in stops[near]:
                return True
        return False

    # ------------------------------------------------------------ resolving
    def parse(self, text: str) -> list[Mention]:
        """Return the mentions in ``text``, in order (see the module docstring).

        The matches go column by column (offsets, sentence, place, link) and the
        mentions are made at the end, once the names several places share are
        resolved: a loop over the matches costs more than the work it does.
        """
        if not text:
            return []
        starts, stops, indices = self._matches(text, _fold(text))
        keep = self._outside_name_runs(text, starts, stops, indices)
        starts, stops, indices = starts[keep], stops[keep], indices[keep]
        if not len(starts):
            return []
        bounds = _sentence_bounds(text)
        # each match's sentence: the last bound at or before its start (the last sentence
        # takes the rest)
        of_sentence = np.searchsorted(bounds, starts, side="right") - 1
        of_sentence = np.minimum(of_sentence, len(bounds) - 2)
        entries = indices.tolist()
        places = list(map(self.places.__getitem__, entries))
        shared = np.flatnonzero(self._shared[indices])  # names several places share
        if len(shared):
            self._resolve(text, (starts, stops, indices, of_sentence), places, shared, bounds)
        at = of_sentence.tolist()
        sentences = {i: text[bounds[i] : bounds[i + 1]].strip() for i in set(at)}
        starts, stops = starts.tolist(), stops.tolist()
        return list(
            map(
                _mention,
                map(text.__getitem__, map(slice, starts, stops)),
                starts,
                stops,
                map(sentences.__getitem__, at),
                places,
                map(self.links.__getitem__, entries),
            )
        )

    def _resolve(
        self,
        text: str,
        matches: tuple[Any, Any, Any, Any],
        places: list[Place | None],
        shared: Any,
        bounds: list[int],
    ) -> None:
        """Resolve the names several places share in their sentence's context.

        ``matches`` are the starts, ends, entry indices and sentence indices of the
        matches (arrays), ``places`` their places (``None`` for a link or a shared
        name), ``shared`` the positions of the shared names, whose places are set.
        """
        starts, stops, indices, of_sentence = matches
        at = of_sentence.tolist()
        # the context's neighbours: the places of the names only one place has, in each
        # sentence with a shared name
        neighbours: dict[int, list[Place]] = {i: [] for i in of_sentence[shared].tolist()}
        single = np.isin(of_sentence, list(neighbours)) & self._single[indices]
        for k in np.flatnonzero(single).tolist():
            neighbours[at[k]].append(places[k])  # type: ignore[arg-type]
        plans = self._entry_plans
        countries: dict[int, list[str]] = {}  # names of one country's places (Rasht)
        for k, index in zip(shared.tolist(), indices[shared].tolist(), strict=True):
            country = (plans.get(index) or self._plan(index)).country
            if country:
                countries.setdefault(at[k], []).append(country)
        contexts: dict[int, _Context] = {}
        anchors = _anchors(places)
        nearest: dict[tuple[int, int], Place] = {}
        for k, start, end, index in zip(
            shared.tolist(),
            starts[shared].tolist(),
            stops[shared].tolist(),
            indices[shared].tolist(),
            strict=True,
        ):
            i = at[k]
            ctx = contexts.get(i)
            if ctx is None:
                ctx = contexts[i] = _Context(
                    text, bounds[i], bounds[i + 1], neighbours[i], countries.get(i)
                )
            plan = plans.get(index) or self._plan(index)
            m = (start, end, k, index)
            kind = (
                _kind_hint(text, m, ctx, plan.kinds, plan.regions, plan.seated)
                if plan.by_kind
                else None
            )
            country = _country_hint(text, m, ctx, plan.countries) if plan.by_country else None
            place = plan.table[kind, country]
            if kind is None and country is None and anchors is not None and plan.points:
                memo = (id(plan), id(place))  # the anchors are the article's: one answer
                near = nearest.get(memo)
                if near is None:
                    near = nearest[memo] = plan.nearest(place, anchors)
                place = near
            places[k] = place

    def _plan(self, index: int) -> _Plan:
        """Return the plan of entry ``index``, made when first needed and kept."""
        _, ids, *_, key = self.entries[index]
        candidates = [self.gaz.by_id[i] for i in ids]
        # the name as some candidate's own name (not only an alias), for rank()
        own = next((normalize(p.name) for p in candidates if key in _own_keys(p)), None)
        plan = self._plans.get((ids, own))  # entries of the same places share it
        if plan is None:
            plan = self._plans[ids, own] = _Plan(candidates, own)
        self._entry_plans[index] = plan
        return plan


class _Plan:
    """How the places sharing a name resolve, for every kind and country hint.

    ``table[kind, country]`` is the place the rules pick given the hints (each
    possibly ``None``); ``by_kind`` and ``by_country`` tell whether that hint
    can change the pick at all (when not, it need not be looked for).
    """

    def __init__(self, candidates: list[Place], name: str | None = None) -> None:
        self.kinds = frozenset(p.kind for p in candidates)
        # the countries of the regions among them (a region named beside of one of these
        # makes the name a region: _kind_hint)
        self.regions = frozenset(p.country for p in candidates if p.kind == "region")
        ids = {p.id for p in candidates}
        # a province or county named after its seat (Ardabil): the bare name is the seat
        self.seated = any(p.seat in ids for p in candidates)
        countries = {p.country for p in candidates}
        self.countries = frozenset(countries if len(countries) > 1 else ())
        self.country = next(iter(countries)) if len(countries) == 1 else None
        kinds = [None, *sorted(self.kinds, key=str), "city"]
        codes = [None, *sorted(self.countries, key=str)]
        self.table = {(k, c): _pick(candidates, k, c, name) for k in kinds for c in codes}
        pick = self.table
        self.by_kind = any(pick[k, c] is not pick[None, c] for k in kinds for c in codes)
        self.by_country = any(pick[k, c] is not pick[k, None] for k in kinds for c in codes)
        # the settlements among the candidates, for the article's geography (nearest())
        self.points = [p for p in candidates if p.kind in _NEAR_KINDS and p.lat is not None]
        if len(self.points) < 2:
            self.points = []
        self._coords = np.array([(p.lat, p.lon) for p in self.points], dtype=float)

    def nearest(self, pick: Place, anchors: Any) -> Place:
        """Return the settlement near the article's places when ``pick`` is far from them.

        ``anchors`` are the (lat, lon) of the places the article names that only one
        place has. A pick more than ``_FAR_KM`` from every anchor gives way to the
        candidate settlement nearest to one, when that one is within ``_NEAR_KM``: "a
        station name next to Horadiz and Zangilan is the station, not the village in
        Turkey".
        """
        at = next((i for i, p in enumerate(self.points) if p is pick), None)
        if at is None:
            return pick
        km = _distances(self._coords, anchors).min(axis=1)
        best = int(km.argmin())
        if km[at] > _FAR_KM and km[best] <= _NEAR_KM:
            return self.points[best]
        return pick


# kinds of the places that locate an article (and of the namesakes it chooses between)
_NEAR_KINDS = frozenset({"city", "town", "village", "station"})
_ANCHOR_KINDS = _NEAR_KINDS | {
    "district", "dam", "reservoir", "hydropower plant", "border crossing", "building"
}  # fmt: skip
_FAR_KM, _NEAR_KM = 250.0, 120.0


def _anchors(places: list[Place | None]) -> Any:
    """Return the (lat, lon) of the located places among ``places`` (an array), or None."""
    points = [
        (p.lat, p.lon)
        for p in places
        if p is not None and p.kind in _ANCHOR_KINDS and p.lat is not None
    ]
    return np.array(points, dtype=float) if points else None


def _distances(a: Any, b: Any) -> Any:
    """Return the distances in km between the points of ``a`` and ``b`` (rows by columns).

    An equirectangular approximation: good to a few per cent over a few hundred km,
    which is all a choice between a near and a far namesake needs.
    """
    lat = np.radians(a[:, :1])
    dlat = lat - np.radians(b[:, 0])
    dlon = (np.radians(a[:, 1:2]) - np.radians(b[:, 1])) * np.cos((lat + np.radians(b[:, 0])) / 2)
    return 6371.0 * np.hypot(dlat, dlon)


def _own_keys(place: Place) -> set[str]:
    """Return the automaton keys of a place's own name."""
    return {normalize(place.name), _key(place.name)}


def _pick(
    candidates: list[Place], kind: str | None, country: str | None, name: str | None = None
) -> Place:
    ranked = rank(candidates, kind=kind, name=name) or rank(candidates, name=name)
    if country is None:
        return ranked[0]
    # the country decides between places of the best one's kind (Julfa/Jolfa, the
    # two Astaras), never turns a river into a village of that country
    same = [p for p in ranked if p.kind == ranked[0].kind]
    return rank(same, country=country, name=name)[0]


_new_object = object.__new__


def _mention(
    text: str, start: int, end: int, sentence: str, place: Place | None, link: str | None
) -> Mention:
    """Make a :class:`Mention` at once (the frozen dataclass sets fields one by one).

    The fields go straight into the instance's ``__dict__``, which the class's
    instances share their keys for (cheaper than a dict of its own).
    """
    mention = _new_object(Mention)
    fields = mention.__dict__
    fields["text"] = text
    fields["start"] = start
    fields["end"] = end
    fields["sentence"] = sentence
    fields["place"] = place
    fields["link"] = link
    return mention


# ---------------------------------------------------------------- API
@functools.cache
def _default_parser() -> Geoparser:
    from geo._cache import cache_key, data_files

    data = settings.data_dir
    return Geoparser(  # the links' names are read only when the cache has no automaton
        gazetteer(),
        None,
        _load_stopnames(data / "geonames_stopnames.txt"),
        cache_key=cache_key(data_files(data)),
    )


def geoparse(text: str) -> list[Mention]:
    """Return every place and named link ``text`` mentions, in order.

    Parameters
    ----------
    text : str
        An article or any text, in English, Azerbaijani, Persian, Armenian or
        Russian (or a mix).

    Returns
    -------
    list of Mention
        With offsets into ``text``, the sentence, and the resolved place or link.

    Examples
    --------
    >>> [(m.text, m.target) for m in geoparse("Azerbaijan`s ties with Iran's Julfa grow.")]
    [('Azerbaijan', 'az'), ('Iran', 'ir'), ('Julfa', 'jolfa-ir')]
    >>> m = geoparse("the East Zangezur economic region of Azerbaijan and Nakhchivan")
    >>> [(x.text, x.target) for x in m]  # doctest: +NORMALIZE_WHITESPACE
    [('East Zangezur economic region', 'east-zangezur'), ('Azerbaijan', 'az'),
     ('Nakhchivan', 'nakhchivan-ar')]
    >>> geoparse("The Iranian side met in May.")
    []
    """
    if not isinstance(text, str):
        msg = f"geoparse() needs a str, got {type(text).__name__}."
        raise TypeError(msg)
    return _default_parser().parse(text)
