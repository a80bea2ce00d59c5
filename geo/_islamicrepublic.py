"""The bare "Islamic Republic": Iran alone, another state's full name before its name.

English and German news name Iran by its form alone, "the Islamic Republic said", "die
Islamische Republik", "in der Islamischen Republik" (``data/names.yaml``, round 92), as
Persian news writes "جمهوری اسلامی". Other states carry the same form in their full names:
"Islamic Republic of Pakistan", "Islamic Republic of Afghanistan", "Islamische Republik
Pakistan". Where the gazetteer holds such a name whole, the longer name wins; where it
does not, the bare form would be Iran and the state's name a mention of its own.
:func:`_other_republics` makes the two one mention of that state ("Islamic Republic of
[Afghanistan]" is Afghanistan), and leaves out the bare form before "of" and another
capitalised name it does not know (no Iran inside another state's name).
"""

from __future__ import annotations

import re
from typing import Any

#: the bare form as the names.yaml record holds it, in German with its case endings
_BARE = re.compile(r"(?i)islamic republic|islamische[nrms]? republik")
#: between the form and the state's name: "of" (and "the"), "von", or a blank alone
_BETWEEN = re.compile(r"[ \u00a0]+(?:(?:of|von)[ \u00a0]+(?:the[ \u00a0]+)?)?")
#: "of" and a capitalised word: the full name of a state the gazetteer may not hold
_OF_NAME = re.compile(r"[ \u00a0]+(?:of|von)[ \u00a0]+(?:the[ \u00a0]+)?(?!Iran)[A-ZÀ-ÖØ-Ý]")


def _other_republics(text: str, found: list[Any]) -> list[Any]:
    """Return ``found`` with the bare form before another state's name made that state's.

    >>> from types import SimpleNamespace as P
    >>> from geo._mention import Mention
    >>> ir = P(kind="country", id="ir")
    >>> af = P(kind="country", id="af")
    >>> text = "The Islamic Republic of Afghanistan fell."
    >>> found = [Mention(text[4:20], 4, 20, text, ir), Mention(text[24:35], 24, 35, text, af)]
    >>> [(m.text, m.place.id) for m in _other_republics(text, found)]
    [('Islamic Republic of Afghanistan', 'af')]
    >>> text = "The Islamic Republic of Gambia."
    >>> [m.text for m in _other_republics(text, [Mention(text[4:20], 4, 20, text, ir)])]
    []
    >>> text = "The Islamic Republic said so."
    >>> [m.place.id for m in _other_republics(text, [Mention(text[4:20], 4, 20, text, ir)])]
    ['ir']
    """
    if not any(m.place is not None and m.place.id == "ir" for m in found):
        return found
    out: list[Any] = []
    skip = False
    for k, m in enumerate(found):
        if skip:
            skip = False
            continue
        if m.place is None or m.place.id != "ir" or not _BARE.fullmatch(m.text):
            out.append(m)
            continue
        n = found[k + 1] if k + 1 < len(found) else None
        if (
            n is not None
            and n.place is not None
            and n.place.kind == "country"
            and n.place.id != "ir"
            and _BETWEEN.fullmatch(text, m.end, n.start)
        ):
            out.append(n._replace(text=text[m.start : n.end], start=m.start))
            skip = True
            continue
        if _OF_NAME.match(text, m.end):
            continue  # "Islamic Republic of Gambia": a state the gazetteer does not hold
        out.append(m)
    return out
