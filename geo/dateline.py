"""The date an article was written, from its dateline or header.

News reports open with a dateline ("BAKU, Azerbaijan, October 27. ...",
"TEHRAN, Nov. 22 (MNA) - ...") or a header line ("6 October 2023 16:43").
:func:`article_date` reads the first date written in the opening
:data:`HEAD_CHARS` characters of a text: ISO (``2023-10-27``), ``27 October
2023``, ``October 27, 2023`` or a dateline's ``October 27`` / ``Oct. 27`` with
no year. A dateline without a year needs one from the caller (``year=``,
``corridors story --year``): no year is guessed. Only English month names
are read. Dates further into the text are what the article reports, not when
it was written, so they are not read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["HEAD_CHARS", "ArticleDate", "article_date"]

#: How far into the text the dateline or header is looked for.
HEAD_CHARS = 400

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r"))\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    # a dateline: a place in capitals, then (a country or agency and) the day, no year
    *(
        re.compile(
            rf"^[^\S\n]*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'-]+,(?:[^\S\n]*[\w .'-]+,)?[^\S\n]*"
            rf"{day_month}\b(?!,?\s*(?:19|20)\d\d)",
            re.MULTILINE,
        )
        for day_month in (rf"{_MONTH}[^\S\n]+{_DAY}", rf"{_DAY}[^\S\n]+{_MONTH}")
    ),
]


@dataclass(frozen=True)
class ArticleDate:
    """The date of an article as its text gives it.

    Attributes
    ----------
    date : datetime.date or None
        The day; None when the dateline has no year and none was given.
    text : str
        The words of the article that give it (``"BAKU, Azerbaijan, October 27"``).
    year_given : bool
        Whether the year came from the caller rather than the text.
    """

    date: dt.date | None
    text: str
    year_given: bool = False


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def article_date(text: str, *, year: int | None = None) -> ArticleDate | None:
    """Return the date an article gives in its dateline or header, or None.

    Parameters
    ----------
    text : str
        The article.
    year : int, optional
        The year of a dateline that gives none ("BAKU, October 27").

    Examples
    --------
    >>> article_date("BAKU, Azerbaijan, October 27, 2023. Ministers met.").date
    datetime.date(2023, 10, 27)
    >>> article_date("BAKU, Azerbaijan, October 27. Ministers met.").date is None
    True
    >>> article_date("BAKU, Azerbaijan, October 27. Ministers met.", year=2023).date
    datetime.date(2023, 10, 27)
    """
    head = text[:HEAD_CHARS]
    found = [(m.start(), m) for p in _PATTERNS for m in p.finditer(head)]
    for _, m in sorted(found, key=lambda f: f[0]):
        parts = m.groupdict()
        month = int(parts["mnum"]) if parts.get("mnum") else _MONTHS[parts["month"].lower()]
        day = int(parts["day"])
        words = " ".join(m.group().split())
        if parts.get("year"):
            date = _date(int(parts["year"]), month, day)
            if date:
                return ArticleDate(date, words)
        elif year is not None:
            date = _date(int(year), month, day)
            if date:
                return ArticleDate(date, words, year_given=True)
        elif _date(2000, month, day):  # a real day of the year (29 Feb: 2000 is a leap year)
            return ArticleDate(None, words)
    return None
