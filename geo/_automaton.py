"""The geoparser's name table: every name folded to keys in one automaton.

Every name and alias of the gazetteer and every name of a named link
(:func:`link_names`) is folded to keys (:func:`geo._tablekeys._keys_of`: the text fold of
:mod:`geo._fold`, the inflected forms of :mod:`geo._inflect`, a Russian or
Persian name without its leading kind word) and put in one Aho-Corasick
automaton (``pyahocorasick``), whose values index the entries
(:class:`geo._stementries._Entry`: the key's size, its places or link, whether a curated
place has it, the case endings a Cyrillic stem needs). :class:`_NameTable` builds
them, or reads them from the cache on disk (:mod:`geo._cache`), and keeps them
as columns for the matcher (:mod:`geo._match`). Month and weekday names
(:data:`CALENDAR_WORDS`) are never keys, and the GeoNames and world names that
are ordinary words (``data/geonames_stopnames.txt``, ``data/common_words.txt``)
are keys only of places of ``places.yaml`` and the region layer, or of a large
Turkish or Azerbaijani city where the text around is Turkish or Azerbaijani
(:meth:`_NameTable.turkic_only`: "Van"). The words of organisations' names
(:mod:`geo._organisations`) are keys too, of entries with neither place nor link.
See "How text is matched" in :mod:`geo.geoparse`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from geo._azarmenian import azerbaijani_armenian_names
from geo._azspelling import azerbaijani_names
from geo._calendar import CALENDAR_WORDS
from geo._citycues import _named_city
from geo._columns import KeyColumn, shared_tuples
from geo._dates import MONTH_NAMES, _not_dates
from geo._endings import _AZ_LETTERS, _GERMAN_WORDS, word_heads
from geo._fold import _fold
from geo._germancompass import german_compass_names
from geo._linkforms import (
    end_forms,
    german_corridor_forms,
    russian_adjective_forms,
    shorter_corridor_forms,
    turkic_corridor_forms,
)
from geo._linkpairs import _names_two_places
from geo._match import _Keys
from geo._namekeys import (
    _german_names,
    _russian_province_names,
    _western_armenian_names,
    _with_kind_words,
    _y_or_i_names,
)
from geo._orgwords import organisation_words
from geo._persianforms import person_titled
from geo._quiet import _flag_triggers, all_triggers
from geo._regionword import region_word_names
from geo._russianarmenian import russian_armenian_names
from geo._russiangerman import russian_german_names
from geo._stementries import _Entry, _StemEntries
from geo._tablekeys import (
    _KIND_FIRST_OUTSIDE,
    _TERMINAL_LAST,
    _after_kind_word,
    _country_qualified,
    _crossing_word_first,
    _keys_of,
    _kind_word_outside,
    _own_names,
    _seat_district_keys,
    international_crossing_names,
)
from geo._trie import _automaton
from geo._turkicwords import _spelt_turkic, _turkic_city, _TurkicWords, _written_turkic
from geo._wordrules import _WordRules
from geo.gazetteer import Gazetteer, Place, normalize

#: the city word of the name of a unit that is a city ("Sumqayıt şəhəri", "Ganja City")
#: a name written in initials: two to five capitals, as the press abbreviates a state
#: ("ABD", "BAE", "KKTC", "США", "ОАЭ"): in title case the letters spell a name or a word
#: ("Abd-Rabbu Mansour Hadi", a given name; the surname "Bae"; held-out set 357b)
_INITIALS = re.compile(r"[A-ZÇĞİÖŞÜƏА-ЯЁ]{2,5}")
_CITY_UNIT = re.compile(r" (?:şəhəri|City)$")
_TOWNS = frozenset({"city", "town", "village"})


_AROUND = 80  # characters either side of a name where the text's language is read


def _load_stopnames(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(normalize(s) for s in lines if s.strip() and not s.startswith("#"))


@functools.cache
def corridor_names() -> dict[str, list[str]]:
    """Names by id of the corridors of ``data/corridors.yaml``, with their derived forms.

    >>> "Lachin-Korridor" in corridor_names()["lachin-corridor"]
    True
    """
    from geo.linkdata import load_corridors

    names = {cid: [c["name"], *c["aliases"]] for cid, c in load_corridors().items()}
    for own in names.values():  # "Lachin-Korridor" of "Lachin corridor"
        own += german_corridor_forms(own)
        own += shorter_corridor_forms(own)  # "Транскаспийский маршрут", "international" out
        own += turkic_corridor_forms(own)  # "Zəngəzur nəqliyyat dəhlizi"
    return names


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
    from geo.linkdata import load_links

    names = {cid: list(own) for cid, own in corridor_names().items()}  # (its own lists)
    for link in load_links():
        if link.record.get("aliases"):
            names[link.id] = list(link.record["aliases"])
    return names


def _corridor_ids() -> frozenset[str]:
    """Return the ids of the corridors of ``data/corridors.yaml``."""
    from geo.linkdata import load_corridors

    return frozenset(load_corridors())


class _NameTable(_StemEntries):
    """The automaton over the names of a gazetteer and of the named links, and its entries.

    Parameters are those of :class:`geo.geoparse.Geoparser`.
    """

    def __init__(
        self,
        gaz: Gazetteer,
        links: Mapping[str, Iterable[str]] | None = None,
        stopnames: Iterable[str] = (),
        cache_key: str | None = None,
    ) -> None:
        self.gaz = gaz
        stopnames = frozenset(stopnames)

        def build() -> tuple[Any, dict[str, Any]]:
            # the automaton's values index these (plain ints keep the collector out of the
            # matches): the entries' columns, for the loops over matches (the entries are
            # made from them when the tables need them, as after a read from the cache;
            # seventy thousand of them, made and kept as the keys come, would leave the
            # automaton's nodes less room)
            self.curated: list[bool] = []
            self.sizes: list[int] = []
            self.endings: list[frozenset[str] | None] = []
            self.places: list[Place | None] = []
            self.links: list[str | None] = []
            self._ids: list[tuple[str, ...]] = []
            self._entry_keys: list[str] = []
            # the keys of curated names held whole with a Russian kind word in lower case
            self._lower_kind: set[str] = set()
            # the keys of names written in initials, and of names written otherwise
            self._initials: set[str] = set()
            self._spelt_out: set[str] = set()
            self._build(links if links is not None else link_names(), stopnames)
            tables = self._tables(stopnames)
            del self.entries  # (made by the tables; not kept, they leave room for the cache)
            return self.automaton, tables

        if cache_key is None:
            _, tables = build()
        else:  # the automaton and its tables for this gazetteer, links and stop names on disk
            from geo._cache import load_or_build

            self.automaton, tables = load_or_build("geoparse", cache_key, build, parts=2)
        self._take(tables)

    def _tables(self, stopnames: frozenset[str]) -> dict[str, Any]:
        """Return what the parser keeps by entry besides the automaton, by attribute name.

        The entries' columns (less their places, which are the gazetteer's: :meth:`_take`)
        and every mask the rules read by entry, all made from the entries at once. They go
        into the cache on disk with the automaton (made from seventy thousand entries, they
        cost a process's first parse most of a second).
        """
        entries = self.entries
        # (the sizes and the curated flags are kept as the arrays below only, not as lists)
        tables: dict[str, Any] = {
            "links": self.links,
            "endings": self.endings,
            # (compact: the keys as one string, equal ids one tuple; geo._columns)
            "_ids": shared_tuples(self._ids),
            "_entry_keys": KeyColumn(self._entry_keys),
        }
        # the same, as arrays for the matcher; an entry of neither place nor link is a word
        # of organisations' names (geo._organisations)
        words = organisation_words()
        corridors = _corridor_ids()
        tables["_curated"] = np.array(self.curated, dtype=bool)
        keys = tables["_keys"] = _Keys(
            self.sizes,
            self.endings,
            [link is not None for link in self.links],
            stopnames,
            [words.get(e.key) if not e.ids and e.link is None else None for e in entries],
            tables["_curated"],
            [link in corridors for link in self.links],
        )
        _flag_triggers(self.automaton, keys, entries)  # kind words (geo._quiet)
        # the keys whose last word an ordinary word begins with (geo._endings)
        items = dict(self.automaton.items())
        keys.word_heads = word_heads(items, len(entries), stopnames)
        # by entry: curated (above); a name only one place has; a name several places share
        tables["_single"] = np.array([p is not None for p in self.places], dtype=bool)
        kinds = np.array([p.kind if p is not None else "" for p in self.places], dtype=object)
        tables["_macro"] = kinds == "macro-region"
        # (a war's name: a region's or a district's, "Güney Osetya Savaşı", held-out set 288b;
        # a name a region shares with its town too, "the Gaza war": held-out set 303a)
        by_id = self.gaz.by_id
        tables["_region"] = np.array(
            [any(by_id[i].kind in ("region", "district") for i in ids) for ids in self._ids],
            dtype=bool,
        )
        keys.areas = tables["_macro"] | (kinds == "continent")
        # (and a peninsula's, which German writes as a sea's: "zur arabischen Halbinsel",
        # held-out set 571b, both markings)
        peninsulas = np.array([k.endswith(" halbinsel") for k in self._entry_keys], dtype=bool)
        keys.waters = (kinds == "sea") | (kinds == "lake") | ((kinds == "region") & peninsulas)
        # (and of names held whole with a Russian kind word in lower case: it may open them)
        keys.lower_kind = np.array([k in self._lower_kind for k in self._entry_keys], dtype=bool)
        # (and of names no place has but in initials: only in capitals are they the names)
        initials = self._initials - self._spelt_out
        keys.initials = np.array([k in initials for k in self._entry_keys], dtype=bool)
        del self._lower_kind, self._initials, self._spelt_out  # (built: not kept)
        shared = np.array(
            [p is None and link is None for p, link in zip(self.places, self.links, strict=True)],
            dtype=bool,
        )
        tables["_shared"] = shared & ~keys.kind_only
        # by entry: the names the rules of geo._wordrules look at ("Həkəri", "Qatar"), and
        # the small places' names an ordinary Turkish word may fold to (geo._turkicwords)
        # (a link's key from the automaton: the entries keep no key of a link, which the
        # matcher never reads)
        link_keys = {i: key.strip() for key, i in items.items() if self.links[i] is not None}
        tables["_word_masks"] = _WordRules.masks(entries, self.gaz, (corridors, link_keys))
        tables["_small"] = _TurkicWords.small_places(entries, self.gaz)
        # by entry: an ordinary word that names a large Turkish or Azerbaijani city ("Van")
        tables["_turkic"] = np.array(
            [e.key in stopnames and not e.curated and bool(e.ids) for e in entries],
            dtype=bool,
        )
        # by entry: an ordinary word spelling a Turkic-lettered name ("Rest": Reşt, Rasht)
        tables["_spelt"] = _spelt_turkic(entries, self.gaz, stopnames)
        # by entry: a name that is also a month's ("Aralık", December): geo._titles
        months = frozenset(map(normalize, MONTH_NAMES))
        tables["_monthly"] = np.array([e.key in months for e in entries], dtype=bool)
        return tables

    def _take(self, tables: dict[str, Any]) -> None:
        """Set the parser's attributes from :meth:`_tables` (built, or read from the cache).

        The places of the entries are the gazetteer's own (a name only one place has is
        that place), and so are the places the rules look up.
        """
        by_id = self.gaz.by_id
        tables = dict(tables)
        word_masks, small = tables.pop("_word_masks"), tables.pop("_small")
        self.__dict__.update(tables)
        for built in ("sizes", "curated"):  # (the build's lists: the arrays stand for them)
            self.__dict__.pop(built, None)
        # the places and links by entry as object arrays, which a text's matches take theirs
        # from in one operation each (geo.geoparse): lists beside them would hold 2.8 MB more
        count = len(self._ids)
        self.places = np.fromiter(
            (by_id[i[0]] if len(i) == 1 else None for i in self._ids), dtype=object, count=count
        )
        self.links = np.fromiter(self.links, dtype=object, count=count)
        self.word_rules = _WordRules(
            word_masks, _TurkicWords(small, self._ids, self._entry_keys, self.gaz)
        )

    @functools.cached_property
    def entries(self) -> list[_Entry]:
        """Return the entries the automaton's values index (made from the columns on first need).

        A parser built here has them from the start; one read from the cache makes them
        when asked (the rules read the columns).
        """
        # (a build has the sizes and curated flags as lists yet; a table taken, as arrays)
        columns = self.__dict__
        sizes = columns["sizes"] if "sizes" in columns else self._keys.sizes.tolist()
        curated = columns["curated"] if "curated" in columns else self._curated.tolist()
        return list(
            map(
                _Entry,
                sizes,
                self._ids,
                list(self.links),
                curated,
                self.endings,
                list(self.places),
                self._entry_keys,
            )
        )

    def not_dates(self, text: str, starts: Any, stops: Any, indices: Any) -> Any:
        """Return which matches stay (a mask): not a month's name in a date ("23 Aralık 2011")."""
        return _not_dates(text, starts, stops, self._monthly[indices])

    def turkic_only(self, text: str, starts: Any, stops: Any, indices: Any) -> Any:
        """Return which matches stay (a mask): not a large Turkish city's stop word out of Turkish.

        An ordinary word that names a large Turkish or Azerbaijani city ("Van") stays
        only where the text around it is Turkish or Azerbaijani: Azerbaijani/Turkish
        letters near and no German words, or words naming a city (:mod:`geo._citycues`).
        """
        keep = np.ones(len(starts), dtype=bool)
        for k in np.flatnonzero(self._turkic[indices]).tolist():
            lo, hi = max(int(starts[k]) - _AROUND, 0), int(stops[k]) + _AROUND
            turkic = _AZ_LETTERS.search(text, lo, hi) and not _GERMAN_WORDS.search(text, lo, hi)
            keep[k] = bool(turkic) or _named_city(text, int(starts[k]), int(stops[k]))  # "to Van"
        return keep & _written_turkic(text, starts, stops, self._spelt[indices])

    def _build(self, links: Mapping[str, Iterable[str]], stop: frozenset[str]) -> None:
        """Build the automaton over the gazetteer's names and the links' names."""
        gaz = self.gaz
        keys: dict[str, list[str]] = {}
        for place in gaz:
            names = [(name, name) for name in _own_names(place)]
            respelt = _german_names(place, gaz) + _western_armenian_names(place, gaz)
            respelt += azerbaijani_names(place, gaz)  # "Xalxal", "Geqarkunik"
            respelt += _russian_province_names(place, gaz)  # "Гилянской провинции"
            respelt += _y_or_i_names(place, gaz)
            respelt += russian_german_names(place, gaz)  # "Dschulfa" (Джульфа), "Enseli"
            respelt += azerbaijani_armenian_names(place, gaz)  # "Նախչըվան" (Naxçıvan)
            respelt += russian_armenian_names(place, gaz)  # "Շանհայ" (Шанхай)
            respelt += german_compass_names(place, gaz)  # "Südtürkei" (Türkei)
            respelt += international_crossing_names(place)  # "مرز بین المللی رازی"
            respelt += region_word_names(place, gaz)  # "the Moscow region" (Moscow Oblast)
            for name, source in names + respelt:
                if _names_two_places(gaz, place.kind, name):
                    continue  # "Agarak-Norduz": two mentions (geo._linkpairs)
                # (a German spelling names the places its English source names)
                ids = gaz.index.get(normalize(source)) or [place.id]
                if place.seat in gaz.by_id and _CITY_UNIT.search(name):
                    # "Sumqayıt şəhəri", "Ganja City": a city's unit named as the city is the
                    # city, its town word outside ("[Bakı] şəhəri"), "City" in ("Ganja City" is a name)
                    ids = [place.seat]
                    name = name.removesuffix(" şəhəri")
                elif place.kind in _TOWNS and name.endswith(" şəhəri"):
                    # a town's own name with the town word ("Naxçıvan şəhəri", "Astara
                    # şəhəri"): the word stays outside (convention 1 of data/gold/dev.txt,
                    # "[Naxçıvan] şəhərində"); the word after the name still makes it the
                    # town (geo._neighbours)
                    name = name.removesuffix(" şəhəri")
                bare = _after_kind_word(name)  # "станция Горадиз" -> every place named "Горадиз"
                bare = tuple(k for k in bare if not _country_qualified(gaz, k, place.id))
                # a Russian kind word written in lower case before the name stays outside the
                # mention even where a sentence's start capitalises it ("Река Кура течёт",
                # "Реки Кура, Самур..."; the gold's "реку [Араз]"), as the Persian station
                # word does ("ایستگاه [رشت]"): no keys of the whole name (the name's own keys
                # come from its other aliases: "Кура" beside "река Кура")
                outside = (
                    _kind_word_outside(name, place, gaz.index)
                    or _crossing_word_first(name, place.id, gaz.index)  # "مرز [شلمچه]"
                    or (
                        place.kind == "station"  # (an oil terminal's name stays whole: "the
                        # Sangachal terminal", both markings of held-out set 166)
                        and _TERMINAL_LAST.search(name) is not None
                        and normalize(name[: -len(" terminal")]) in gaz.index  # its town's name
                    )
                )
                whole = () if outside else _keys_of(name, place.curated)
                if whole and _KIND_FIRST_OUTSIDE.match(name):  # "полуостров Ямал", held whole
                    self._lower_kind.update(whole)
                # initials ("ABD", "BAE", "США"): a key only they give is read in capitals
                (self._initials if _INITIALS.fullmatch(name) else self._spelt_out).update(whole)
                for key in {*whole, *bare}:
                    if key and key not in CALENDAR_WORDS:
                        bucket = keys.setdefault(key, [])
                        found = gaz.index.get(key, ids) if key in bare else ids
                        bucket.extend(i for i in found if i not in bucket)
                # "Zengilan ilçesi": the district, not the town of the same name
                kind_ids = [i for i in ids if gaz.by_id[i].kind == place.kind] or [place.id]
                for key in _with_kind_words(place, name, gaz):
                    bucket = keys.setdefault(key, [])
                    bucket.extend(i for i in kind_ids if i not in bucket)
            for key in _seat_district_keys(place, gaz):  # "Ջաբրայիլի շրջան" (Jabrayil's)
                owners = gaz.index.get(key)
                if owners and place.id not in owners:
                    # another place's own name: "Եվլախի շրջան" is Yevlakh District's, not
                    # the city unit's whose seat is the town (round 270), nor "Լենքորանի
                    # շրջան" Lankaran City's
                    continue
                bucket = keys.setdefault(key, [])
                bucket.extend(i for i in [place.id] if i not in bucket)
        self._values: dict[str, int] = {}  # the automaton's keys and values, as they come
        # a titled name written with no blank after the title, as text that lost its
        # spaces writes it ("سیدعباس عراقچی": blind set 114), is a person's name too
        titled = {k.replace(" ", "", 1) for k in keys if person_titled(k)}
        for key, ids in keys.items():
            curated = tuple(i for i in ids if gaz.by_id[i].curated)
            # an ordinary word (or a person's name):
            if key in stop or person_titled(key) or key in titled:
                # only a place of places.yaml or the regions,
                # and not a unit named after a seat the word is too ("Van": not Van Province)
                named = ids
                ids = [i for i in curated if not gaz.by_id[i].far and gaz.by_id[i].seat not in ids]
                # else a large Turkish city, in Turkish text only (see turkic_only), and the
                # province named after it, which its kind words make it ("Van Milletvekili",
                # "Van sınırları"; the bare name stays the seat: rank)
                cities = [] if ids else [i for i in named if _turkic_city(gaz.by_id[i], key)]
                if cities:
                    units = [i for i in named if gaz.by_id[i].seat in cities]
                    self._add(key, tuple(cities + units), None, False)
                    continue
            if ids:  # (curated: whether a curated place has the name, after the stop rule)
                self._add(key, tuple(ids), None, any(gaz.by_id[i].curated for i in ids))
        for link_id, names in links.items():
            names = list(names)
            # "Horadiz-Ağbend demiryolu", "Julfa-Kelaleh-Straße": a railway or a road by its
            # ends' names in every language
            forms = dict.fromkeys(form for name in names for form in end_forms(gaz, name))
            # "Решт-Астаринской железной дороги": the ends as one Russian adjective
            forms |= dict.fromkeys(f for name in names for f in russian_adjective_forms(gaz, name))
            for name in [*names, *forms]:
                # «Север–Юг»: the quote folds to a blank in the text, as in the name's fold
                for key in _keys_of(name) | {_fold(name).text.strip()}:
                    if key and key not in keys:  # a place's name stays the place's
                        self._add_word(key, _Entry(len(key), (), link_id, True, None, None))
        # words of organisations' names ("Railways", "شرکت"): neither place nor link
        for key in organisation_words():
            if (" " + key) not in self._values:  # a name stays the name's
                self._add_word(key, _Entry(len(key), (), None, False, None, None, key))
        for key in all_triggers():  # kind and sport words ("rayon", "матч"): geo._quiet
            if (" " + key) not in self._values:  # a name stays the name's
                self._add_word(key, _Entry(len(key), (), None, False, None, None, key))
        late = {" " + k for k in all_triggers() if not self._ids[self._values[" " + k]]}
        del keys  # (its lists leave room for the automaton's nodes)
        self.automaton = _automaton(self._values, late)  # (the kind words' keys last)
        del self._values
