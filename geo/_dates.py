"""Dates: a month's name in a date is no place (:func:`_not_dates`).

A month's name after a day or before a year is a date: "23 Aralık 2011" (December), not
the town of Aralık; "Mart 2024", not a place named Mart. The month names are CLDR's,
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
        if _DAY_BEFORE.search(text, max(start - 4, 0), start) or _YEAR_AFTER.match(text, stop):
            keep[k] = False
    return keep
