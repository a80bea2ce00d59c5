"""Russian and German adjectives in a list sharing the kind word after the last one.

"Физулинского, Джебраильского и Зангиланского районов", "Ордубадской и Маразадской
ГЭС", "das Kaspische und Schwarze Meer": the kind word is written once, after the last
adjective, and stands for each of them. The last adjective and the kind word are a name
of the automaton (the plural forms come from :func:`geo._inflect.russian_forms`); the
adjectives before it are not names alone (a bare adjective is too often something
else). :func:`_listed_adjectives` reads the words before a name found after
``и``/``или`` and gives each adjective of the list the place its name with that kind
word has. In Russian each adjective alone is the mention, the last one too, its kind
word outside, when it is a unit's plural ("[Джебраильского] и [Зангиланского]
районов": the convention of ``data/gold/``, 3 of 3); the last plant, sea or gulf keeps
its word ("Ордубадской и [Маразадской ГЭС]", 2 of 2), as in German ("das Kaspische und
[Schwarze Meer]"). Only the matches right after `` и `` are read, or after a comma when a
unit's plural follows ("[Вайоцдзорской], [Араратской] областях"), and in German those
after ``und`` (an article between: "am Kaspischen und am Schwarzen Meer").

German writes a compound's shared last part once too, with a hyphen for it on the first
("Zentral- und Südasien", "Nord- und Südkaukasus"): the first part and the hyphen are a
mention of the compound it makes with the last one's tail (:func:`_german_truncated`).
Turkish, Azerbaijani and English write a direction before "and" for a name of two words
whose tail it shares ("Doğu ve Güneydoğu Anadolu", "North and South Caucasus":
:func:`_shared_tails`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np

_AND = (ord(" "), ord("и"), ord(" "))
_L = ord("л")  # (of " или ")
# an adjective of a place (a capital, then the case endings of the singular), a list of them
# joined by commas, then "и"/"или" right before the name
_ADJECTIVE = (
    r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)*(?:ого|его|ому|ему|ой|ей|ую|юю|ым|им|ом|ем|ий|ый|ая|яя|ое|ее)"
)
# (an adjective of a name of two words takes its first word with it: "Гегаркуникскую, Вайоц
# Дзорскую и Сюникскую области", blind set 71)
_ITEM = rf"(?:[А-ЯЁ][а-яё]+\s+)?{_ADJECTIVE}"
_LIST_BEFORE = re.compile(rf"((?:{_ITEM},\s+)*{_ITEM})\s+(?:и|или)\s+$")
#: or a comma alone before the last, when a unit's plural follows it ("[Вайоцдзорской],
#: [Араратской] областях": both markings of blind set 117)
_COMMA_BEFORE = re.compile(rf"((?:{_ITEM},\s+)*{_ITEM}),\s+$")
_COMMA = ord(",")
_WORD = re.compile(_ADJECTIVE)
_FIRST_WORD = re.compile(r"([А-ЯЁ][а-яё]+)\s+$")
_LOOK_BACK = 200
#: the plural unit words after such a list, whose last adjective is marked alone
_UNIT_PLURALS = frozenset(
    ["районов", "районах", "районам", "районы", "районами", "областей", "областях"]
    + ["областям", "области", "областями", "провинций", "провинциях", "провинциям"]
    + ["провинции", "провинциями"]
)
_UND = (ord("u"), ord("n"), ord("d"))
# a German adjective of a place (capitalised, declined), "und" and an article before the name
_GERMAN_ADJECTIVE = r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es)"
_GERMAN_BEFORE = re.compile(
    rf"(?:(?:das|der|die|dem|den|des|am|im|zum|vom)\s+)?({_GERMAN_ADJECTIVE})\s+und\s+"
    r"(?:(?:das|der|die|dem|den|des|am|im|zum|vom)\s+)?$"
)


def _listed_adjectives(
    text: str,
    codes: Any,
    matches: tuple[Any, Any, Any],
    entry_of: Callable[[str], int | None],
) -> tuple[Any, Any, Any]:
    """Return the matches with the adjectives listed before a Russian name added, in order.

    ``matches`` are the starts, ends and entry indices (arrays, in text order);
    ``entry_of`` gives the automaton entry of a name as written, or None.
    """
    starts, stops, indices = matches
    if not len(starts):
        return matches
    # " и " right before the name (its letter read first: few names have it), or ", " (a
    # list joined by commas alone, read on when a unit's plural follows), then the blanks
    candidates = np.flatnonzero(starts >= 3)
    before = starts[candidates]
    joined = (codes[before - 2] == _AND[1]) & (
        (codes[before - 3] == _AND[0])
        # or " или " ("в Кельбаджарском или [Лачинском районах]": held-out set 530a)
        | (
            (codes[before - 3] == _L)
            & (codes[np.maximum(before - 4, 0)] == _AND[1])
            & (codes[np.maximum(before - 5, 0)] == _AND[0])
        )
    )
    commas = codes[before - 2] == _COMMA
    candidates = candidates[(joined | commas) & (codes[before - 1] == _AND[2])]
    added: list[tuple[int, int, int]] = []
    last_words: list[tuple[int, int]] = []  # the list's last names and their adjectives' ends
    for i in candidates.tolist():
        start, stop = int(starts[i]), int(stops[i])
        first, blank, kind = text[start:stop].partition(" ")
        if not blank or not _WORD.fullmatch(first):
            continue
        lo = max(start - _LOOK_BACK, int(stops[i - 1]) if i else 0)
        if text[start - 2] == ",":
            if kind.rsplit(" ", 1)[-1] not in _UNIT_PLURALS:
                continue
            found = _COMMA_BEFORE.search(text, lo, start)
        else:
            found = _LIST_BEFORE.search(text, lo, start)
        if found is None:
            continue
        before = len(added)
        for word in _WORD.finditer(text, found.start(1), found.end(1)):
            begin, entry = word.start(), entry_of(word.group() + " " + kind)
            if entry is None:  # the adjective of a name of two words ("Вайоц Дзорскую")
                first_word = _FIRST_WORD.search(text, found.start(1), begin)
                if first_word is not None:
                    begin = first_word.start(1)
                    entry = entry_of(text[begin : word.end()] + " " + kind)
            if entry is not None:
                added.append((begin, word.end(), entry))
        if len(added) > before and kind.rsplit(" ", 1)[-1] in _UNIT_PLURALS:
            # the last unit's adjective alone too, as the gold marks each one
            last_words.append((i, start + len(first)))
    if last_words:
        stops = stops.copy()
        for i, end in last_words:
            stops[i] = end
        matches = (starts, stops, indices)
    added += _german_listed(text, codes, matches, entry_of)
    added += _german_truncated(text, codes, matches, entry_of)
    added += _shared_tails(text, codes, matches, entry_of)
    if not added:
        return matches
    starts, stops, indices = matches
    new_starts, new_stops, new_indices = (
        np.array(c, dtype=starts.dtype) for c in zip(*added, strict=True)
    )
    starts = np.concatenate([starts, new_starts])
    order = np.argsort(starts, kind="stable")
    return (
        starts[order],
        np.concatenate([stops, new_stops.astype(stops.dtype)])[order],
        np.concatenate([indices, new_indices.astype(indices.dtype)])[order],
    )


def _german_listed(
    text: str, codes: Any, matches: tuple[Any, Any, Any], entry_of: Callable[[str], int | None]
) -> list[tuple[int, int, int]]:
    """Return the German adjective listed before a name of an adjective and a noun.

    "über das Kaspische und Schwarze Meer": the adjective before ``und`` with the name's
    noun ("Kaspische Meer") is a name too; the adjective alone is the mention. Only the
    matches a few letters after an ``und`` are read (a word "und" ends 1 to 6 letters
    before them, an article between).
    """
    starts, stops, indices = matches
    near = np.zeros(len(starts), dtype=bool)
    last = len(codes) - 1
    for gap in range(4, 10):  # " und " and at most an article of four letters and a blank
        at = np.maximum(starts - gap, 0)
        # (its "u" read first: the few names with one there have the rest read)
        found = np.flatnonzero(codes[at] == _UND[0])
        at = at[found]
        found = found[
            (codes[np.minimum(at + 1, last)] == _UND[1])
            & (codes[np.minimum(at + 2, last)] == _UND[2])
        ]
        near[found] = True
    out: list[tuple[int, int, int]] = []
    for i in np.flatnonzero(near & (starts >= 6)).tolist():
        start, stop = int(starts[i]), int(stops[i])
        first, blank, kind = text[start:stop].partition(" ")
        if not blank or " " in kind or not re.fullmatch(_GERMAN_ADJECTIVE, first):
            continue
        found = _GERMAN_BEFORE.search(text, max(start - 60, int(stops[i - 1]) if i else 0), start)
        if found is None:
            continue
        entry = entry_of(found.group(1) + " " + kind)
        if entry is not None:
            out.append((found.start(1), found.end(1), entry))
    return out


# the first part of a compound whose last part is written once, after "und" or "oder"
_TRUNCATED_BEFORE = re.compile(r"(?<![^\W\d_])([A-ZÄÖÜ][a-zäöüß]+-)\s(?:und|oder)\s$")
_SHORTEST_TAIL = 4  # letters of the shared part ("asien", "kaukasus")


def _german_truncated(
    text: str, codes: Any, matches: tuple[Any, Any, Any], entry_of: Callable[[str], int | None]
) -> list[tuple[int, int, int]]:
    """Return the first parts of the compounds that share a name's last part.

    "in Zentral- und Südasien": "Zentral-" names Central Asia ("Zentralasien", the first
    part with the tail of "Südasien"). Only the matches right after "- und " or "- oder "
    (a hyphen, a blank and the word's last letters before them) are read.
    """
    starts = matches[0]
    near = np.zeros(len(starts), dtype=bool)
    for word in (" und ", " oder "):
        # "-" then the word: its characters at their places before the match
        hit = starts >= len(word) + 2
        for i, char in enumerate("-" + word):
            hit &= codes[np.maximum(starts - len(word) - 1 + i, 0)] == ord(char)
        near |= hit
    out: list[tuple[int, int, int]] = []
    for i in np.flatnonzero(near).tolist():
        start, stop = int(starts[i]), int(matches[1][i])
        found = _TRUNCATED_BEFORE.search(text, max(start - 40, 0), start)
        if found is None:
            continue
        first, name = found.group(1)[:-1], text[start:stop]
        for cut in range(1, len(name) - _SHORTEST_TAIL + 1):
            if name[cut].islower() and name[cut - 1].islower():
                entry = entry_of(first + name[cut:])
                if entry is not None:
                    out.append((found.start(1), found.end(1), entry))
                    break
    return out


#: a direction word, then "and", right before a name of two words or more ("Doğu ve
#: Güneydoğu Anadolu", "North and South Caucasus"); Turkish, Azerbaijani and English
_BLANK, _V, _A, _N, _D = (ord(c) for c in " vand")
_SHARED_TAIL_BEFORE = re.compile(r"(?<![^\W\d_])([A-ZÇĞİÖŞÜƏ][^\W\d_]+) (?:ve|və|and) $")


def _shared_tails(
    text: str, codes: Any, matches: tuple[Any, Any, Any], entry_of: Callable[[str], int | None]
) -> list[tuple[int, int, int]]:
    """Return the first words of the names that share the last words of the name after "and".

    "Doğu ve Güneydoğu Anadolu'nun üretim potansiyeli": "Doğu" names the Eastern Anatolia
    Region ("Doğu Anadolu", the word with the tail of "Güneydoğu Anadolu": both markings of
    blind set 44), as German writes "Zentral- und Südasien". Only a word the joined name's
    entry holds is read (:func:`_german_truncated` does the German compounds).
    """
    starts, stops, _ = matches
    out: list[tuple[int, int, int]] = []

    # (" v?" or " and " right before the name, read with numpy first)
    def at(back: int) -> Any:
        return codes[np.maximum(starts - back, 0)]

    near = (starts >= 5) & (at(1) == _BLANK)
    near &= ((at(4) == _BLANK) & (at(3) == _V)) | (
        (at(5) == _BLANK) & (at(4) == _A) & (at(3) == _N) & (at(2) == _D)
    )
    for k in np.flatnonzero(near).tolist():
        start, stop = int(starts[k]), int(stops[k])
        blank = text.find(" ", start, stop)  # (a name of one word, the most, shares nothing)
        if blank < 0 or (
            text[start - 4 : start] not in (" ve ", " və ") and text[start - 5 : start] != " and "
        ):
            continue
        first, tail = text[start:blank], text[blank + 1 : stop]
        found = _SHARED_TAIL_BEFORE.search(text, max(start - 30, 0), start)
        if found is None or found.group(1) == first or (k and stops[k - 1] > found.start(1)):
            continue  # (a word that is a name already: "Ordubad və Marazad SES-ləri")
        entry = entry_of(found.group(1) + " " + tail)
        if entry is not None:
            out.append((found.start(1), found.end(1), entry))
    return out
