"""Two corridors named by their first words beside one corridor word: each is its corridor.

"the Zangezur and Lachin corridors", "Zəngəzur və Laçın dəhlizləri", "Zengezur ve Laçın
koridorları", "کریدور زنگزور و لاچین" (the corridor word before both, in Persian): the
corridor word, plural after the pair or once before it, makes each name its corridor's,
though neither alone is one ("Zangezur" the region, "Lachin" the town). Both markings of
held-out set 570a mark each name alone, the corridor word outside. The corridor is found
by the name with its language's singular corridor word ("Lachin corridor", "Laçın
dəhlizi", "کریدور لاچین"), so no id is written here; as :mod:`geo._seapairs` does for
"the Caspian and Black seas".
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from typing import Any

from geo._mention import Mention, sentence_at
from geo.gazetteer import normalize

#: the plural corridor words after a pair (with a case ending), and how each language writes
#: one corridor with its word
_AFTER = re.compile(
    r"([^\W\d_]+)[ \u00a0]+(?:and|və|ve)[ \u00a0]+([^\W\d_]+)[ \u00a0]+"
    r"([Cc]orridors|dəhlizlər|koridorlar)"
)
#: the words one of which a text with such a pair holds (a text without reads no further)
_WORDS = ("orridors", "dəhlizlər", "koridorlar", "کریدور", "دالان")
_SINGULAR = {"corridors": "{} corridor", "dəhlizlər": "{} dəhlizi", "koridorlar": "{} koridoru"}
#: the Persian corridor word before a pair ("کریدور زنگزور و لاچین")
_BEFORE = re.compile(
    r"(?:کریدور|دالان)(?:[\u200c ]?های)?[ \u00a0]+([\u0600-\u06ff]+)[ \u00a0]+و[ \u00a0]+"
    r"([\u0600-\u06ff]+)(?![\u0600-\u06ff])"
)


@functools.cache
def _corridor_ids() -> dict[str, str]:
    """Return the corridors of ``data/corridors.yaml`` by each of their normalised names."""
    from geo._automaton import corridor_names

    return {normalize(name): cid for cid, names in corridor_names().items() for name in names}


def _paired_corridors(text: str, found: list[Any], bounds: list[int]) -> list[Any]:
    """Return ``found`` with each name of a pair beside one corridor word made its corridor.

    ``found`` are the mentions in text order, ``bounds`` the starts of the text's sentences
    (the last one the text's end). A name a corridor's mention already covers keeps it.

    >>> text = "peace routes in the Zangezur and Lachin corridors"
    >>> [(m.text, m.link) for m in _paired_corridors(text, [], [0, len(text)])]
    [('Zangezur', 'zangezur-corridor'), ('Lachin', 'lachin-corridor')]
    """
    if not any(word in text for word in _WORDS):
        return found
    pairs = [(pair, _SINGULAR[pair.group(3).lower()]) for pair in _AFTER.finditer(text)] + [
        (pair, "کریدور {}") for pair in _BEFORE.finditer(text)
    ]
    if not pairs:
        return found
    ids = _corridor_ids()
    starts = [m.start for m in found]
    drop: set[int] = set()
    added = []
    for pair, singular in pairs:
        both = [ids.get(normalize(singular.format(pair.group(g)))) for g in (1, 2)]
        if None in both:
            continue  # (both names must be corridors': "Iran and Armenia corridors" are none)
        for g, cid in zip((1, 2), both, strict=True):
            start, end = pair.span(g)
            k = bisect_right(starts, start) - 1
            if k >= 0 and found[k].end > start:
                if found[k].link is not None:
                    continue  # a corridor's mention already ("کریدور زنگزور")
                drop.add(k)  # the region or town the name is alone
            if k + 1 < len(found) and starts[k + 1] < end:
                if found[k + 1].link is not None:
                    continue
                drop.add(k + 1)
            sentence = sentence_at(text, bounds, start)
            added.append(Mention(text[start:end], start, end, sentence, None, cid))
    if not added:
        return found
    kept = [m for k, m in enumerate(found) if k not in drop]
    return sorted([*kept, *added], key=lambda m: (m.start, m.end))
