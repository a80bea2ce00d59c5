"""Two clues to which of a shared name's places a text means, read by :mod:`geo._namesakes`.

* A terminal's word beside the bare name ("Astara" terminalı, терминала Астара) places it
  in the country whose station the gazetteer calls by the name and "terminal"
  (:func:`_beside_terminal`, :func:`_terminal_country`).
* One sense a text: a name the text's words placed in one country earlier stays that
  country's in later sentences that do not place it (:func:`_placed_before`,
  :func:`_placed_by_words`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from geo.gazetteer import Gazetteer, Place, normalize

#: the word for a terminal written right after a name (past a closing quote: "Astara"
#: terminalı, "Astara" терминал) or before it (терминала Астара, پایانه ریلی آستارا); not
#: after a word of its goods or customs ("Astara yük terminalı", "Astara gömrük terminalı":
#: the freight and customs terminals of Azerbaijan's Astara)
_TERMINAL_AFTER = re.compile(
    r"[\"'»”“]?\s+(?:terminal|терминал|տերմինալ)",
    re.IGNORECASE,
)
_TERMINAL_BEFORE = re.compile(
    r"(?:терминал[а-я]*|پایانه(?:\s+(?:ریلی|مرزی|باری))?)\s+[«\"“]?$", re.IGNORECASE
)


def _beside_terminal(text: str, m: tuple[int, int, int, int]) -> bool:
    """Whether a terminal's word stands right after or before the name ``m``."""
    start, end = m[0], m[1]
    return bool(
        _TERMINAL_AFTER.match(text, end, end + 40)
        or _TERMINAL_BEFORE.search(text, max(start - 30, 0), start)
    )


def _terminal_country(
    candidates: list[Place], countries: frozenset[str], gaz: Gazetteer
) -> str | None:
    """Return the country of the namesakes' terminal, if the gazetteer names one.

    A station of one of the countries ``countries`` the gazetteer calls by a
    namesake's name and "terminal" ("Astara terminal", the freight terminal at Iran's
    Astara station): a terminal's word beside the bare name places it in that country
    ("Astara" terminalı, "Astara" терминал, терминала Астара). None when there is none,
    or terminals of both.
    """
    found = {
        p.country
        for c in candidates
        for n in {c.name, *c.aliases}
        for p in gaz.lookup(normalize(f"{n} terminal"))
        if p.kind == "station" and p.country in countries
    }
    return found.pop() if len(found) == 1 else None


#: stems of border words: a sentence on a border names the country across it too
_BORDER = re.compile("sərhəd|sınır|border|grenz|границ|مرز|սահման")


def _alone_country(
    table: Mapping[tuple[str | None, str | None], Place | None],
    countries: frozenset[str],
    alone: Mapping[str, str | None],
) -> str | None:
    """Return the one country whose namesake the text also names alone, if one.

    ``table`` is the name's plan's picks by kind and country (the bare name's place in
    each of ``countries`` is ``table[None, country]``); ``alone`` maps the places the
    text names by names only they have to their countries ("Federal Kürdistan" is the
    Kurdistan Region's alone): one sense a text, so the bare shared name "Kürdistan" is
    the Kurdistan Region too. A unit named alone is not its town ("Astara rayonu" leaves
    the bare "Astara" to its sentence).
    """
    codes = {
        country
        for country in countries
        if (pick := table.get((None, country))) is not None and pick.id in alone
    }
    return codes.pop() if len(codes) == 1 else None


def _placed_by_words(
    placed: list[tuple[Place, int]] | None, countries: set[str | None] | None
) -> bool:
    """Whether words beside an earlier mention placed a name, all its mentions in one country.

    ``placed`` as for :func:`_placed_before`; ``countries`` those of the earlier mentions.
    """
    return (
        countries is not None
        and len(countries) == 1
        and placed is not None
        and any(i < 0 for _, i in placed)
    )


def _placed_before(
    placed: list[tuple[Place, int]] | None, text: str, bounds: list[int]
) -> str | None:
    """Return the one country a text's words placed a name in before, if one.

    One sense a text: "Astara" placed in Iran ("İran ərazisində yerləşən Astara
    Terminalı") stays Iran's in the text's later sentences that do not place it (in any
    language since round 9: "in Astara city (Iran) ... a railway in Astara"), rather than
    being Azerbaijan's for the language or the article's places (a sentence's own words
    and names come first; both countries before: no answer). ``placed`` holds each
    earlier pick and how its country was found (-1: the words beside it; else the
    index of the sentence whose votes gave it: not a sentence on a border, "Culfa ...
    İranla sərhəddədir", which names the country across it).
    """
    if placed is None:
        return None
    codes = {
        pick.country
        for pick, i in placed
        if i < 0 or not _BORDER.search(text, bounds[i], bounds[i + 1])
    }
    return next(iter(codes)) if len(codes) == 1 else None
