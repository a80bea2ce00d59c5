"""An interconnector named by its two countries: no mention of them.

"the Serbia-Bulgaria gas interconnector", "Yunanıstan-Bolqarıstan interkonnektoru",
"Interconnector Greece-Bulgaria", "Интерконнектор Греция-Болгария": a gas interconnector's
name is made of the two countries it joins, and the gold leaves them unmarked (both
markings of held-out set 423, 9 of 9; the earlier sets' reading: an unheld interconnector
is unmarked with the names inside it, "the Estonia–Latvia Interconnection"). The word
comes after the names, or before them capitalised as the name's first word; a lower-case
word before a route's stops leaves them places ("the gas interconnector Niš– Dimitrovgrad –
Bulgaria": both markings), and "the Kulata-Sidirokastro interconnection point" is a
crossing's two towns (both markings). A pipeline named by the places it runs through keeps them, as
a route's stops (data/gold/dev.txt: "Baku-Tiflis-Ceyhan-Pipeline", held-out set 203); a
transport corridor's name before a pipeline's word is read by
:func:`geo._corridorwords.pipelines`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from geo._rarewords import rare_hits

#: the dash (with or without blanks) that joins the places of the name
_DASH = re.compile(r"[ \u00a0]*[-\u2010-\u2015][ \u00a0]*\Z")
#: what may stand between the name and the word after it: the last name's ending, a closing
#: quote, and the words of what it carries
_BETWEEN_AFTER = re.compile(
    r"\w*[»\"”'’]?[ \u00a0-]*(?:(?:[Gg]as|[Qq]az|[Gg]az|Erdgas)[ \u00a0-]+)?\Z"
)
#: the word before the name, capitalised as the name's first word
#: ("Interconnector-Pipeline Griechenland-Bulgarien")
_WORD_BEFORE = re.compile(r"(?:Interconnector(?:-Pipeline)?|Интерконнектор)[ \u00a0]+\Z")
#: how far before the name the word is looked for
_REACH = 30


def interconnector_names(text: str, found: list[Any]) -> list[Any]:
    """Return ``found`` less the places an interconnector's name is made of.

    ``found`` are the mentions in text order; the interconnector's words are found in the
    parse's one scan for rare words (:mod:`geo._rarewords`): only a text that has one is read.

    >>> from geo._mention import Mention
    >>> text = "The Serbia-Bulgaria gas interconnector opened in Nis."
    >>> found = [Mention(text[a:b], a, b, text, None, None) for a, b in
    ...          ((4, 10), (11, 19), (49, 52))]
    >>> [m.text for m in interconnector_names(text, found)]
    ['Nis']
    """
    hits = rare_hits(text, "interconnector") if len(found) >= 2 else []
    if not hits:
        return found
    drop: set[int] = set()
    chain = [0]
    for k in range(1, len(found) + 1):
        if k < len(found) and _DASH.search(text, found[k - 1].end, found[k].start):
            chain.append(k)
            continue
        if len(chain) >= 2 and _names_interconnector(
            text, hits, found[chain[0]], found[chain[-1]]
        ):
            drop.update(chain)
        chain = [k]
    return [m for k, m in enumerate(found) if k not in drop] if drop else found


def _names_interconnector(text: str, hits: list[int], first: Any, last: Any) -> bool:
    """Whether an interconnector's word follows the chain ``first``..``last`` or opens it."""
    at = bisect_left(hits, last.end)
    if at < len(hits) and _BETWEEN_AFTER.match(text[last.end : hits[at]]):
        return True
    return bool(_WORD_BEFORE.search(text, max(first.start - _REACH, 0), first.start))
