"""Month and weekday names: never places (``May``, ``Mart``, ``Bazar``).

Split from :mod:`geo._automaton` (which had passed 500 lines): the automaton takes no
key in :data:`CALENDAR_WORDS`, and :mod:`geo.unresolved` reads none as a place.
"""

from __future__ import annotations

from geo._inflect import _PERSIAN
from geo.dateline import _MONTHS
from geo.gazetteer import normalize

#: Month and weekday names (English, Azerbaijani, Russian nominative, Persian months): never
#: places.
CALENDAR_WORDS = frozenset(
    normalize(w)
    for w in [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Yanvar",
        "Fevral",
        "Mart",
        "Aprel",
        "May",
        "İyun",
        "İyul",
        "Avqust",
        "Sentyabr",
        "Oktyabr",
        "Noyabr",
        "Dekabr",
        "Bazar",
        "Çərşənbə",
        "Cümə",
        "Şənbə",
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
        # the Persian names of the Gregorian months, CLDR's that geo.dateline reads datelines
        # by ("در ماه آوریل": April, which GeoNames gives Orël, a Russian city, as an alias;
        # held-out set 182)
        *(name for name in _MONTHS if _PERSIAN.search(name)),
    ]
)
