"""Names several places share: which one an article means (the context rules).

Each shared name gets a plan (:class:`_Plan`): the place the rules pick for
every kind and country hint, made when the name is first met and kept. The
hints come from the mention's sentence (:mod:`geo._context`: a kind word
beside the name, a country beside it, the script, the countries the sentence
names; the names beside it, :mod:`geo._neighbours`: a route's stop, a unit's
town, the country of a town listed beside it); with neither, the article's
geography decides between settlements
(:meth:`_Plan.nearest`: a namesake near the places only one place has beats a
far one); otherwise the gazetteer's order (:func:`geo.geocode.rank`). See
"Context rules" in :mod:`geo.geoparse`.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np

from geo._automaton import _NameTable
from geo._beside import _country_beside
from geo._context import (
    _Contexts,
    _country_by_letters,
    _country_by_votes,
)
from geo._kindhint import _kind_hints
from geo._nameclues import (
    _alone_country,
    _beside_terminal,
    _placed_before,
    _placed_by_words,
    _terminal_country,
)
from geo._neighbours import _JOINED, _LISTED_KINDS, _ORIGIN_KINDS, _route_gaps, _route_kind
from geo._peercountry import _other_country, _owner_country, _peer_country
from geo._plans import _ANCHOR_KINDS, _Plan
from geo._quiet import _quiet_plans
from geo._tablekeys import _key
from geo._towns import _town_kind, _town_word_after
from geo._unitlists import _unit_lists
from geo.gazetteer import Gazetteer, Place, normalize
from geo.names import UNIT_KINDS


class _Namesakes(_NameTable):
    """The name table, and the resolution of the names several places share."""

    def __init__(
        self,
        gaz: Gazetteer,
        links: Mapping[str, Iterable[str]] | None = None,
        stopnames: Iterable[str] = (),
        cache_key: str | None = None,
    ) -> None:
        super().__init__(gaz, links, stopnames, cache_key)
        self._plans: dict[tuple[tuple[str, ...], str | None, bool], _Plan] = {}
        self._entry_plans: dict[int, _Plan] = {}  # the same, by entry index
        # by entry: whether its plan asks for the country beside the name (set with the plan)
        self._by_country = np.zeros(len(self.places), dtype=bool)

    def _tables(self, stopnames: frozenset[str]) -> dict[str, Any]:
        """Return the name table's tables and the arrays by entry the context rules read.

        (Kept in the cache on disk with the automaton, as the name table's.)
        """
        tables = super()._tables(stopnames)
        places = self.places
        # by entry: the (lat, lon) of its one place when that place locates an article
        # (_ANCHOR_KINDS), as a row of the points of those places (else -1): a point by
        # entry would hold 16 bytes for each of 170,000 entries, most of them none
        points: dict[tuple[float, float], int] = {}
        anchor_at = tables["_anchor_at"] = np.array(
            [
                points.setdefault((p.lat, p.lon), len(points))
                if p is not None and p.kind in _ANCHOR_KINDS and p.lat is not None
                else -1
                for p in places
            ],
            dtype=np.int32,
        )
        tables["_anchor_points"] = np.array(list(points), dtype=float).reshape(-1, 2)
        tables["_anchor"] = anchor_at >= 0
        # by entry: whether its one place is of a kind a route's stop may take from
        # (_route_kind: a settlement, station, crossing or unit; not a country or river)
        tables["_stop_like"] = np.array(
            [p is not None and p.kind in _STOP_LIKE for p in places], dtype=bool
        )
        # by entry: the country of its one place when that place locates an article and is
        # no far city of the world layer, as an index into _countries (else -1): the
        # article's votes (_article_country)
        codes = sorted({p.country for p in places if p is not None and p.country})
        at = tables["_country_at"] = {c: i for i, c in enumerate(codes)}
        tables["_anchor_country"] = np.array(
            [
                at[p.country]
                if p is not None and p.kind in _ANCHOR_KINDS and p.country and not p.far
                else -1
                for p in places
            ],
            dtype=np.int32,
        )
        return tables

    def _resolve(
        self,
        text: str,
        matches: tuple[Any, Any, Any, Any],
        places: list[Place | None],
        shared: Any,
        bounds: list[int],
        codes: Any = None,
        spans: tuple[list[int], list[int]] | None = None,
        kinds: tuple[Any, Any, Any, Any] | None = None,
    ) -> None:
        """Resolve the names several places share in their sentence's context.

        ``matches`` are the starts, ends, entry indices and sentence indices of the
        matches (arrays), ``places`` their places (``None`` for a link or a shared
        name), ``shared`` the positions of the shared names, whose places are set;
        ``codes`` the code points of ``text`` (numpy; when given, only the names beside a
        gap a route may have are read as a route's stops: :func:`_route_gaps`), ``spans``
        the starts and ends as lists, if the caller has them; ``kinds`` the sorted starts
        of the text's kind words and their kinds (:mod:`geo._quiet`), the sentence bounds as
        an array and the text's fold, if known: the kind rules read only the words around the names
        with one near.
        """
        starts, stops, indices, of_sentence = matches
        # the matches a few characters from the one before or after (a route, a list)
        gaps = starts[1:] - stops[:-1] <= _JOINED
        near = np.r_[False, gaps] | np.r_[gaps, False]
        # (as a set of the shared names' matches: the rules ask only of those)
        close = set(shared[near[shared]].tolist())
        # of those, the ones with a neighbour the route rule reads (_route_kind): one before
        # with a place (a shared name's is set by then), or one after with a place of its
        # own, or shared, for a name a unit and its town share (two such names: "Нахчыван-Карс")
        # (a place a stop may take its kind from, and a gap the rule reads: a dash, a list's
        # comma or "and", a route's word)
        stop_like, shared_at_match = self._stop_like[indices], self._shared[indices]
        joins = _route_gaps(codes, starts, stops, gaps) if codes is not None else gaps
        routed = (
            np.r_[False, joins & (stop_like[:-1] | shared_at_match[:-1])]
            | np.r_[joins & stop_like[1:], False]
        )
        after_shared = np.r_[joins & shared_at_match[1:], False]
        bounds_of = ([], [])
        if near.any():
            bounds_of = spans if spans is not None else (starts.tolist(), stops.tolist())
        # the shared names' sentences, entries and plans as lists (a numpy scalar or a
        # dictionary look-up per name costs more than the rule it feeds)
        shared_at = of_sentence[shared].tolist()
        shared_entries = indices[shared].tolist()
        # each entry's plan, kind rules and country read once, then spread over its names
        # (a text names a few dozen entries again and again)
        entries, of_entry = np.unique(indices[shared], return_inverse=True)
        plans = self._entry_plans
        by_entry = [plans.get(i) or self._plan(i) for i in entries.tolist()]
        shared_plans = _spread(by_entry, of_entry).tolist()
        # the names the route rule may read as a stop: a plan the kind of a route's or a
        # list's neighbour can change, and a neighbour it reads (or, for a unit and its
        # town, a shared name after it)
        route, unit_town = (
            np.array([(p.routed, p.joins_shared) for p in by_entry], dtype=bool)
            .reshape(-1, 2)[of_entry]
            .T
        )
        stop = route & (routed[shared] | (unit_town & after_shared[shared]))
        rules = _spread([p.kind_rules if p.by_kind else None for p in by_entry], of_entry)
        countries = _spread([p.country for p in by_entry], of_entry).tolist()
        # the sentences, read when a rule first asks (most names are settled by the words
        # beside them): their neighbours, the places of the names only one place has, and
        # the countries of the names several places of one country share (Rasht)
        in_context = np.zeros(len(bounds), dtype=bool)  # (np.isin costs ~100 µs a call)
        in_context[shared_at] = True
        single = np.flatnonzero(in_context[of_sentence] & self._single[indices])
        single_at = of_sentence[single].tolist()
        single = single.tolist()  # (a list: each sentence's are sliced from it)
        contexts = _Contexts(
            text,
            bounds,
            (single_at, list(map(places.__getitem__, single))),
            (shared_at, countries),
            (starts, stops, single),
        )
        # the article's anchors: the located places of the names only one place has
        # (read when first needed, each entry once: an article names its places again and
        # again, and the distances to each are measured)
        located = indices[self._anchor[indices]]
        anchors = None
        nearest: dict[tuple[int, int], Place] = {}
        starts_of, stops_of = starts[shared], stops[shared]
        shared_starts, shared_stops = starts_of.tolist(), stops_of.tolist()
        by_sentence: set[int] = set()  # names whose kind only their sentence tells (starts)
        quiet, fast, unread = None, None, None
        if kinds is not None:  # the names with no kind word where their rules read
            quiet, fast, unread = _quiet_plans(
                text,
                kinds,
                (starts, stops, shared, of_sentence),
                stop,
                by_entry,
                of_entry,
            )
        # the names the kind rules read (all but those they would give no hint), their
        # columns taken with numpy and their hints spread back the same way (a list item by
        # item costs more)
        todo = slice(None) if unread is None else np.flatnonzero(~unread)
        hints = np.full(len(shared_starts), None, dtype=object)
        hints[todo] = _kind_hints(
            text,
            starts_of[todo].tolist(),
            stops_of[todo].tolist(),
            (of_sentence[shared][todo].tolist(), bounds, contexts),
            rules[todo].tolist(),
            bounds_of,
            by_sentence,
            None if quiet is None else quiet[todo].tolist(),
        )
        # "demining in Tartar, Aghdara, Kalbajar, ... and Zangilan": a long list of the names
        # units share with their towns, with no kind word, lists the units (geo._unitlists)
        listed_unit = _spread([p.listed_unit + p.unit_town for p in by_entry], of_entry).tolist()
        for n in _unit_lists(text, (starts, stops), shared.tolist(), listed_unit):
            unit = rules[n].accept.get("district") if rules[n] is not None else None
            if hints[n] is None and unit is not None:
                hints[n] = unit
                if fast is not None:
                    fast[n] = False
        # the country a word beside each name names, and by sentence the countries so named
        # of each pair of namesakes ("Astaradan İran tərəfindəki Astara": the other one)
        # (only for the names whose plan asks: most plans have one country)
        beside: list[str | None] = [None] * len(shared_plans)
        named: dict[tuple[int, frozenset[str]], list[tuple[int, str]]] = {}
        for n in np.flatnonzero(self._by_country[indices[shared]]).tolist():
            at = (shared_starts[n], shared_stops[n], 0, 0)
            code = _country_beside(text, at, shared_plans[n].countries)
            if code is None and shared_plans[n].terminal and _beside_terminal(text, at):
                # "Astara" terminalı: the terminal's town (no country word, so the sentence's
                # other Astara is not the other one: "تجارت در آستارا ... پایانه مرزی آستارا")
                beside[n] = shared_plans[n].terminal
                continue
            beside[n] = code
            if code is not None:  # (in text order, as the names are)
                named.setdefault((shared_at[n], shared_plans[n].pair), []).append(
                    (shared_starts[n], code)
                )
        shared_list = shared.tolist()
        pending = (shared_list, shared_plans)  # (for the route rule: names not yet resolved)
        article: Any = None  # the article's votes by country, when first asked
        alone: dict[str, str | None] | None = None  # the places named by a name of their own
        # the countries the words and sentences placed each pair of namesakes in so far
        placed_in: dict[frozenset[str], list[tuple[Place, int]]] = {}
        # the countries each pair's mentions so far were given, whatever gave them
        countries_of: dict[frozenset[str], set[str | None]] = {}
        for k, start, end, index, plan, i, hint, code, quick, routing in zip(
            shared_list,
            shared_starts,
            shared_stops,
            shared_entries,
            shared_plans,
            shared_at,
            hints.tolist(),
            beside,
            itertools.repeat(False, len(shared_list)) if fast is None else fast.tolist(),
            stop.tolist(),
            strict=True,
        ):
            if quick:  # no kind word, rule or route to weigh: the name's usual place
                places[k] = plan.table[None, None]
                continue
            kind = None
            if plan.by_kind:
                kind = hint
                if hint is not None and hint != "city" and _town_word_after(text, end):
                    # a town word right after the name beats the unit words before it
                    # ("Nahçıvan Özerk Bölgesinin Ordubad şehrinin": the town)
                    kind = "city"
                # a stop of a route, though its sentence names a region of the country (but a
                # town word right after a name beside a region's is the town's: "Irak
                # Kürdistanı [Süleymaniye] kentinde", held-out set 514b, both markings)
                if routing and hint is None and _town_word_after(text, end):
                    kind = "city"
                elif routing and (hint is None or start in by_sentence):
                    kind = (
                        _route_kind(
                            text,
                            k,
                            bounds_of,
                            places,
                            plan.kinds,
                            plan.list_regions,
                            pending,
                        )
                        or hint
                    )
                if plan.plain:  # (no town, country or geography to weigh: the kind tells)
                    places[k] = plan.table[kind, None]
                    continue
            # a unit and its town: the words and sentence tell (a town word beside the name
            # beats the regions its sentence names: "... Özerk Cumhuriyeti’nin başkenti
            # Nahçıvan şehri", the capital of the republic)
            if plan.town and (kind is None or start in by_sentence):
                # the other names several places share in the sentence (shared_at is sorted;
                # the name written again later, not yet resolved, tells nothing of itself)
                others = (
                    places[j] or shared_plans[m].table[None, None]
                    for m in range(bisect_left(shared_at, i), bisect_right(shared_at, i))
                    if (j := shared_list[m]) != k
                    and (places[j] is not None or shared_plans[m] is not plan)
                )
                town = _town_kind(text, (start, end, k, index), contexts[i], others)
                if kind is None or town == "city":
                    kind = town
            country = code
            placing = -2  # how its country was found: -2 not, -1 by its words, else its
            # sentence's votes (the sentence's index)
            if country is None and plan.by_country:
                # a stop of a route or list takes its neighbours' country before the
                # sentence's other namesake makes it the other one ("Tehran-Tabriz-Julfa
                # ... the Iranian Julfa": both Iran's)
                if k in close:  # "Julfa and Ordubad", "Rasht–Astara"
                    country = _peer_country(text, k, bounds_of, (indices, places, self), plan)
                if country is None and named:
                    country = _other_country(named.get((i, plan.pair)), start, plan.countries)
                if country is None and k in close:  # "Gilan vilayətində Astara": the province's
                    country = _owner_country(text, k, bounds_of, places, plan)
                if country is None and _placed_by_words(
                    placed_in.get(plan.pair), countries_of.get(plan.pair)
                ):
                    # words beside an earlier mention placed it, and every earlier mention
                    # is of that country ("İranın Astara limanı ... O qeyd edib ki, Astara
                    # limanının imkanları ... Azərbaycanla yanaşı"): one sense a text,
                    # before the countries its sentence names
                    country = next(iter(countries_of[plan.pair]))
                if country is None:
                    # a namesake the text names by a name only it has ("Federal Kürdistan",
                    # "Iraqi Kurdistan"): the bare name is that one's, before the countries
                    # its sentence names ("İran ile Kürdistan arasında": held-out set 363b)
                    if alone is None:
                        alone = {
                            p.id: p.country
                            for p in map(
                                places.__getitem__, np.flatnonzero(self._single[indices]).tolist()
                            )
                            if p is not None
                        }
                    country = _alone_country(plan.table, plan.countries, alone)
                    if country is not None:
                        placing = -1
                if country is None:
                    country = _country_by_votes(
                        text, (start, end, k, index), (contexts, i), plan.countries
                    )
                    if country is not None:
                        placing = i
                else:
                    placing = -1
                if country is None:  # a sentence in Azerbaijani: Azerbaijan's, unless its
                    # words placed the name in the other country earlier (so too in the
                    # text's other sentences, in any language, before the article's votes:
                    # "railway facilities in Astara city (Iran) ... a railway in Astara")
                    country = _country_by_letters(
                        text, (start, end, k, index), (contexts, i), plan.countries
                    )
                    if placed_in:
                        before = _placed_before(placed_in.get(plan.pair), text, bounds)
                        country = before or country
                if country is None:  # the country of most of the article's places
                    if article is None:
                        article = self._article_votes(indices)
                    country = self._most(article, plan.countries)
            elif code is not None:
                placing = -1
            place = plan.table[kind, country]
            if placing > -2:  # "İran ərazisində yerləşən Astara": its later mentions too
                placed_in.setdefault(plan.pair, []).append((place, placing))
            if plan.by_country and place is not None:
                countries_of.setdefault(plan.pair, set()).add(place.country)
            # (a kind the names beside it tell, not a word: "from Horadiz to Hakari" makes
            # Hakari a settlement, the station near Horadiz rather than Hakkari in Turkey)
            if hint in (None, "city") and country is None and plan.points and len(located):
                if anchors is None:
                    anchors = self._anchor_points[self._anchor_at[np.unique(located)]]
                memo = (id(plan), id(place))  # the anchors are the article's: one answer
                near = nearest.get(memo)
                if near is None:
                    near = nearest[memo] = plan.nearest(place, anchors)
                place = near
            places[k] = place

    def _article_votes(self, indices: Any) -> Any:
        """Return how many of the article's located places each country has (by index).

        Only the places that locate an article count (settlements, districts,
        structures: ``_ANCHOR_KINDS``), not the countries and capitals it names as
        actors, nor a far city.
        """
        codes = self._anchor_country[indices]
        return np.bincount(codes[codes >= 0], minlength=len(self._country_at)).tolist()

    def _most(self, votes: list[int], countries: frozenset[str | None]) -> str | None:
        """Return the one of ``countries`` with the most ``votes``, if one has more than all."""
        at = self._country_at
        ranked = sorted((votes[at[c]] if c in at else 0, c) for c in countries if c)
        if len(ranked) >= 2 and ranked[-1][0] > ranked[-2][0]:
            return ranked[-1][1]
        return None

    def _plan(self, index: int) -> _Plan:
        """Return the plan of entry ``index``, made when first needed and kept."""
        ids, key = self._ids[index], self._entry_keys[index]
        candidates = [self.gaz.by_id[i] for i in ids]
        # the name as some candidate's own name (not only an alias), for rank()
        own = next((normalize(p.name) for p in candidates if key in _own_keys(p)), None)
        # a unit the name reaches only without its kind word ("Baku" of "Baku Economic
        # Region", which does not have the bare name as an alias): the bare name is the town
        peeled = any(
            p.kind in UNIT_KINDS and key not in _own_keys(p, aliases=True) for p in candidates
        )
        plan = self._plans.get((ids, own, peeled))  # entries of the same places share it
        if plan is None:
            plan = self._plans[ids, own, peeled] = _Plan(candidates, own, peeled)
            if plan.countries:
                plan.terminal = _terminal_country(candidates, plan.countries, self.gaz)
        self._entry_plans[index] = plan
        self._by_country[index] = plan.by_country
        return plan


#: the kinds of the places beside a name that :func:`_route_kind` reads (a station or
#: plant a name is listed beside too: "Хакяри и Минджеван", both stations)
_STOP_LIKE = _ORIGIN_KINDS | UNIT_KINDS | _LISTED_KINDS


def _spread(values: list[Any], of: Any) -> Any:
    """Return ``values[j]`` for each ``j`` of the array ``of`` (an object array)."""
    table = np.empty(len(values), dtype=object)
    for j, value in enumerate(values):  # (one by one: a tuple would become a row)
        table[j] = value
    return table[of]


def _own_keys(place: Place, aliases: bool = False) -> set[str]:
    """Return the automaton keys of a place's own name (and of its aliases)."""
    names = (place.name, *place.aliases) if aliases else (place.name,)
    return {k for name in names for k in (normalize(name), _key(name))}
