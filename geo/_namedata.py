"""More names for the places of the built layers: ``data/names.yaml``.

The region and world layers and the GeoNames tables are built by scripts from
packages that lack some names real articles use (an Armenian name of Washington,
a Persian one of Aktau). ``names.yaml`` adds them by place id, each record with
its source, and takes away a table's name that is another place's (GeoNames gives
Antakya the name "Hatay", its province's): :func:`load_names` reads and validates
it, :func:`add_names` changes the places' names when the gazetteer is built
(:mod:`geo.gazetteer`).
:func:`add_capital_forms` adds the spelling Armenian names take in capitals.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from geo._errors import DataError
from geo._placedata import _where, read_records
from geo.gazetteer import Place

__all__ = ["NameRecord", "add_capital_forms", "add_names", "load_names"]


class NameRecord(NamedTuple):
    """A record of ``names.yaml``: the names to add to a place, and those to take away."""

    aliases: tuple[str, ...]
    not_names: tuple[str, ...] = ()


#: Armenian "ev": the ligature և (and the classical եւ) has no capital; in capitals it is
#: written ԵՎ, which lowercases to եվ ("ԵՐԵՎԱՆ" is Երևան, Yerevan, in a dateline).
_ARMENIAN_EV = ("և", "եւ")


def load_names(path: Path) -> dict[str, NameRecord]:
    """Read ``names.yaml``: more names for places of the built layers and GeoNames.

    Each record has an ``id`` (a place of ``regions.geojson``, ``world.geojson`` or a
    GeoNames table: ``geonames:<id>``), ``aliases`` (non-empty strings) and a
    ``source`` saying where the names are written so; or, instead of or beside
    ``aliases``, ``not_names``: names the table gives the place that are another's,
    which the source shows.

    Raises
    ------
    DataError
        Naming the file, the record and the field at fault.
    """
    out: dict[str, NameRecord] = {}
    for i, rec in enumerate(read_records(path, "name records")):
        rid = rec.get("id") if isinstance(rec, dict) else None
        where = _where(path, i, rid)
        if not isinstance(rec, dict) or not isinstance(rid, str) or not rid:
            msg = f"{where}: a record needs an 'id' (a place id), 'aliases' and 'source'."
            raise DataError(msg)
        # (a record of names taken away only needs no aliases)
        lists = {"aliases": rec.get("aliases", [] if "not_names" in rec else None)}
        lists["not_names"] = rec.get("not_names", [])
        for field, names in lists.items():
            if not isinstance(names, list) or not all(
                isinstance(a, str) and a.strip() for a in names
            ):
                msg = f"{where}: field {field!r} must be a non-empty list of non-empty strings."
                raise DataError(msg)
        if not (lists["aliases"] or lists["not_names"]):
            msg = f"{where}: field 'aliases' must be a non-empty list of non-empty strings."
            raise DataError(msg)
        if not isinstance(rec.get("source"), str) or not rec["source"].strip():
            msg = f"{where}: field 'source' must say where these names are written so."
            raise DataError(msg)
        if rid in out:
            msg = f"{where}: field 'id' = {rid!r} is used twice."
            raise DataError(msg)
        out[rid] = NameRecord(tuple(lists["aliases"]), tuple(lists["not_names"]))
    return out


def add_names(
    places: list[Place], names: dict[str, NameRecord], file: str = "names.yaml"
) -> list[Place]:
    """Return ``places`` with the names of ``names`` (by place id) added and taken away.

    Raises
    ------
    DataError
        When a record names no place of ``places``, or takes away a name the place
        does not have (or its own name).
    """
    left = dict(names)
    out = []
    for place in places:
        rec = left.pop(place.id, None)
        if rec:
            known = {place.name, *place.aliases}
            wrong = [n for n in rec.not_names if n not in place.aliases]
            if wrong:
                msg = (
                    f"{file}: the record {place.id!r} takes away {wrong[0]!r}, which is not "
                    "one of the place's aliases: remove it from 'not_names'."
                )
                raise DataError(msg)
            kept = tuple(a for a in place.aliases if a not in rec.not_names)
            place = replace(place, aliases=kept + tuple(a for a in rec.aliases if a not in known))
        out.append(place)
    if left:
        msg = f"{file}: the record {next(iter(left))!r} names no place of the gazetteer's layers."
        raise DataError(msg)
    return out


def add_capital_forms(places: list[Place]) -> list[Place]:
    """Return ``places`` with the capitals' spelling of their Armenian names added.

    Armenian ``և`` (classical ``եւ``) has no capital letter: "Երևան" is "ԵՐԵՎԱՆ" in
    capitals, which folds to "երեվան", not to the fold of "Երևան". Each name with
    ``և`` or ``եւ`` gets the ``եվ`` spelling as an alias, so that a name written in
    capitals (a dateline, a headline) is found as the name.
    """
    out = []
    for place in places:
        known = {place.name, *place.aliases}
        more = []
        for name in known:
            if any(ev in name for ev in _ARMENIAN_EV):
                form = name.replace("և", "եվ").replace("եւ", "եվ")
                if form not in known and form not in more:
                    more.append(form)
        if more:
            place = replace(place, aliases=place.aliases + tuple(sorted(more)))
        out.append(place)
    return out
