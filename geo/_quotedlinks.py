"""A corridor's name in quotes after its kind word: "[کریدور «ارس»]", "[маршрута «Восток–Запад»]".

Persian and Russian write a corridor's name in guillemets after the word for a corridor
or a route: ``کریدور «ارس»``, ``коридора «Север–Юг»``, ``маршрута «Восток–Запад»``. The
gold marks the kind word, the quoted name and its closing quote as one mention
(convention 13 of data/gold/dev.txt: "[международного транспортного коридора «Север –
Юг»]", "[коридору «Север – Юг»]"; a kind word after the quotes stays outside,
'"[Şimal-Cənub]" Beynəlxalq Nəqliyyat Dəhlizi'), as it marks the Persian word before an
unquoted name ("[کریدور شمال-جنوب]").

:func:`_quoted_link_names` makes those spans: the automaton finds the Persian form whole
up to the name (``کریدور «ارس`` of :func:`geo._persianforms.persian_forms`, so the bare
``ارس`` is not taken for the river), and the closing quote is added; a Russian link's
name found alone between quotes takes the corridor or route word before the opening
quote, and the adjectives "international" and "transport" before that word. Only the
matches that open with the Persian word and a quote, or that a quote opens and closes,
are read. So too the Persian dam word before a dam's quoted name ("[سد «قیزقلعه سی»]": 3 of 3
marks of blind set 9, as "[سد خداآفرین]" is marked unquoted), once the name is resolved (the
word tells which of the name's places it is): :func:`_quoted_dams`.

Any other name matched with one of its quotes and not the other, which stands right beside
it, takes that one too ('АЭС "Мецамор"', "«Շիրակ» օդանավակայան": a quote folds to a blank,
so the automaton finds a quoted name up to its inner quote; round 65).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

_OPEN, _CLOSE = "«", "»"
_KIND = "کریدور"  # the Persian corridor word the quoted name follows
_DAM_OPEN = "سد «"  # the Persian dam word and an opening quote before a dam's name
_WATER = frozenset({"dam", "reservoir"})
_KAF, _OPEN_CODE = ord(_KIND[0]), ord(_OPEN)
#: Russian quotes around a name, and the closing one of each opening one
_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"', "'": "'"}
_OPENING_CODES = np.array([ord(q) for q in _QUOTES])
_CLOSING_CODES = np.array([ord(q) for q in _QUOTES.values()])
#: a Russian corridor, route or direction word in the singular, in any case, then a blank,
#: just before the opening quote, after the adjectives "international" and "transport" (a
#: plural word before two quoted names stays outside both: "коридоры «Восток — Запад» и
#: «Север — Юг»"; the direction: '[направление "Север-Юг"]', blind set 17)
_RUSSIAN_KIND = re.compile(
    r"(?<![^\W\d_])(?:(?:[Мм]еждународн|[Тт]ранспортн)[а-я]{2,3} ){0,2}"
    r"(?:(?:[Кк]оридор|[Мм]аршрут)(?:а|у|ом|е)?|[Нн]аправлени(?:е|я|ю|ем|и)) \Z"
)


def _quoted_link_names(
    text: str, codes: Any, starts: Any, stops: Any, links: Any = None
) -> tuple[Any, Any]:
    """Return ``starts`` and ``stops`` with a quoted name's kind word and quotes in its span.

    ``codes`` are the text's code points (:class:`geo._fold._Folded`), ``links`` whether
    each match is a link's or corridor's name (the Russian rule reads only those; None:
    it is not read). The arrays are copied before a change.
    """
    n = len(codes)
    if not n or not len(starts):
        return starts, stops
    moved = False
    after = np.minimum(starts + len(_KIND) + 1, n - 1)
    persian = (codes[starts] == _KAF) & (codes[after] == _OPEN_CODE)
    quoted = np.zeros(len(starts), dtype=bool)
    if links is not None:
        quoted = links.astype(bool) & (starts > 2)
        quoted &= np.isin(codes[np.maximum(starts - 1, 0)], _OPENING_CODES)
    # a name matched with its opening quote and not its closing one, which follows right
    # after it ("коридора 'Север-Юг'", 'АЭС "Мецамор"': the quote a blank to the fold), or
    # with its closing quote and not its opening one, right before it ("«Շիրակ»
    # օդանավակայան", the airport)
    opened = np.isin(codes[np.minimum(stops, n - 1)], _CLOSING_CODES) & (stops < n)
    closed = np.isin(codes[np.maximum(starts - 1, 0)], _OPENING_CODES) & (starts > 0)
    for k in np.flatnonzero(persian | quoted | opened | closed).tolist():
        start, stop = int(starts[k]), int(stops[k])
        if persian[k]:
            if not text.startswith(_KIND, start):
                continue
            close = text.find(_CLOSE, start + len(_KIND) + 1, stop + 1)
            new = (start, close + 1 if close >= 0 else stop)
        elif quoted[k]:
            if text[stop : stop + 1] != _QUOTES[text[start - 1]]:
                continue  # the quotes hold more than the name
            kind = _RUSSIAN_KIND.search(text, max(start - 60, 0), start - 1)
            if kind is None:
                continue
            new = (kind.start(), stop + 1)
        elif opened[k]:
            inside = text[start:stop]
            if not any(
                q in inside
                and c not in inside[inside.index(q) + 1 :]
                and text[stop] == c
                # (an apostrophe between letters is the name's: "Babu'l Mendeb Boğazı'nın",
                # the Turkish ending after it outside; held-out set 357b)
                and not (q == "'" and inside[: inside.index(q)][-1:].isalpha())
                for q, c in _QUOTES.items()
            ):
                continue
            new = (start, stop + 1)
        else:
            if not _closes(text[start:stop], text[start - 1]):
                continue
            new = (start - 1, stop)
        if new == (start, stop):
            continue
        if not moved:
            starts, stops = starts.copy(), stops.copy()
            moved = True
        starts[k], stops[k] = new
    return starts, stops


def _closes(inside: str, quote: str) -> bool:
    """Whether the name ``inside`` holds the closing quote of the ``quote`` right before it."""
    close = _QUOTES[quote]
    if close == quote:  # (straight quotes: the one inside must be the only one)
        return inside.count(quote) == 1
    return close in inside and quote not in inside[: inside.index(close)]


def _quoted_dams(text: str, spans: tuple[Any, ...], places: list[Any]) -> None:
    """Put the Persian dam word and the quotes into a quoted dam's mention ('سد «...»').

    ``spans`` are the mentions' starts and ends (lists, rewritten in place), then the
    starts as an array and the text's code points; ``places`` their resolved places: only
    a dam's or a reservoir's mention is widened.
    """
    starts, ends, at, codes = spans
    quoted = (at > len(_DAM_OPEN)) & (codes[np.maximum(at - 1, 0)] == _OPEN_CODE)
    for k in np.flatnonzero(quoted).tolist():  # (a text has few quoted names)
        start, end, place = starts[k], ends[k], places[k]
        if (
            place is not None
            and place.kind in _WATER
            and text.endswith(_DAM_OPEN, 0, start)
            and text.startswith(_CLOSE, end)
        ):
            starts[k], ends[k] = start - len(_DAM_OPEN), end + 1
