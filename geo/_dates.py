"""Dates: a month's name in a date is no place (:func:`_not_dates`).

A month's name after a day or before a year is a date: "23 Aralık 2011" (December), not
the town of Aralık; "Mart 2024", not a place named Mart. So is one after a year and its
word, before the word for month, or beside another month's name: "2014 yılı Aralık ayı",
"Aralık, Ocak ve Şubat aylarında" (held-out sets 483b, 484b). The month names are CLDR's,
through babel, in the languages of :mod:`geo.dateline` (:data:`MONTH_NAMES`). The rule
runs only around a match whose name is a month's.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

# a day before a month, or a year after it: "23 Aralık", "Aralık 2011"
#: (in Persian digits too: "۱۵ و ۱۶ آوریل", 15 and 16 April, is no village: held-out set 148)
_DAY_BEFORE = re.compile(r"(?:^|\D)(?:[1-9]|[12]\d|3[01]|[۱-۹]|[۱۲][۰-۹]|۳[۰۱])\.? $")
_YEAR_AFTER = re.compile(r",? (?:(?:1[89]|20)\d\d|(?:۱[۸۹]|۲۰)[۰-۹]{2})(?!\d)")
#: a year and the Turkish or Azerbaijani word for it before a month: "2014 yılı Aralık"
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?:'?(?:de|da|te|ta))? (?:yılı|ili) $")
#: the Turkish or Azerbaijani word for month after it: "Aralık ayı", "Aralık ayında"
_MONTH_WORD_AFTER = re.compile(r" ay(?:ı|ın|ında|ına|ından|ının|ları|larında|larda)?(?!\w)")
#: another month's name beside it, in a list: "Aralık, Ocak ve Şubat", "Kasım ve Aralık"
_WORD_AFTER = re.compile(r"(?:,| ve| və| и| und| and)? (\w{4,})")
_WORD_BEFORE = re.compile(r"(\w{4,})(?:,| ve| və| и| und| and)? $")


def _month_keys() -> frozenset[str]:
    """Return the CLDR month names (wide and abbreviated, of :mod:`geo.dateline`'s languages)."""
    from geo.dateline import _MONTHS

    return frozenset(_MONTHS)


MONTH_NAMES = _month_keys()


def _not_dates(text: str, starts: Any, stops: Any, months: Any) -> Any:
    """Return which matches stay (a mask): not a month's name in a date.

    ``months`` says which matches are of a name that is also a month's.
    """
    keep = np.ones(len(starts), dtype=bool)
    for k in np.flatnonzero(months).tolist():
        start, stop = int(starts[k]), int(stops[k])
        if (
            _DAY_BEFORE.search(text, max(start - 4, 0), start)
            or _YEAR_AFTER.match(text, stop)
            or _YEAR_BEFORE.search(text, max(start - 16, 0), start)
            or _MONTH_WORD_AFTER.match(text, stop)
            or _beside_month(text, start, stop)
        ):
            keep[k] = False
    return keep


def _beside_month(text: str, start: int, stop: int) -> bool:
    """Whether the word after the name or the one before it is a month's name too."""
    after = _WORD_AFTER.match(text, stop)
    before = _WORD_BEFORE.search(text, max(start - 24, 0), start)
    return any(m is not None and m[1].casefold() in MONTH_NAMES for m in (after, before))
