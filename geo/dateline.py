"""The date an article was written, from its dateline or header.

News reports open with a dateline ("BAKU, Azerbaijan, October 27. ...",
"TEHRAN, Nov. 22 (MNA) - ...") or a header line ("6 October 2023 16:43").
:func:`article_date` reads the first date written in the opening
:data:`HEAD_CHARS` characters of a text: ISO (``2023-10-27``), ``27 October
2023``, ``October 27, 2023`` or a dateline's ``October 27`` / ``Oct. 27`` with
no year. A dateline without a year needs one from the caller (``year=``,
``corridors story --year``): no year is guessed. Month names are read in every
language of the gazetteer (CLDR names through babel: "АСТАНА, 3 марта",
"ԵՐԵՎԱՆ, մարտի 3", "BERLIN, 3. März"), digits in Persian script too. The Solar
Hijri dates of Iranian agencies ("۱۴ آبان ۱۴۰۴", "۱۴۰۴/۰۸/۱۴") are read with
``jdatetime`` and given as the Gregorian day. Dates further into the text are
what the article reports, not when it was written, so they are not read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import jdatetime

__all__ = ["HEAD_CHARS", "ArticleDate", "article_date"]

#: How far into the text the dateline or header is looked for.
HEAD_CHARS = 400

#: The languages whose month names are read (CLDR through babel), as the gazetteer's.
LANGUAGES = ("en", "az", "ru", "tr", "de", "hy", "fa")
#: Persian and Arabic-Indic digits read as ASCII ones, Arabic yeh and kaf as Persian
#: (same length: spans keep).
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩يك", "0123456789" * 2 + "یک")


def _month_names() -> dict[str, int]:
    """Return every CLDR Gregorian month name and abbreviation of :data:`LANGUAGES`.

    Both the format forms (Russian "марта", Armenian "մարտի": the case a date takes) and
    the stand-alone ones ("март"), wide and abbreviated, casefolded, trailing dot dropped.
    """
    from babel import Locale, localedata

    out: dict[str, int] = {"sept": 9}  # an English abbreviation CLDR does not list
    for lang in LANGUAGES:
        months = Locale.parse(lang).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for i, name in months[context][width].items():
                    out.setdefault(name.casefold().rstrip("."), i)
    # babel keeps every locale it read (8 MB of them): the names are all we need
    getattr(localedata, "clear_caches", lambda: None)()
    return out


def _cached_month_names() -> dict[str, int]:
    """Return :func:`_month_names`, kept in the cache on disk (:mod:`geo._cache`).

    Reading seven CLDR locales costs every process's ``import geo`` ~0.1 s.
    """
    from geo._cache import cache_key, load_or_build

    return load_or_build("months", cache_key([]), _month_names)


_MONTHS = _cached_month_names()
#: The Solar Hijri months by their Persian names (jdatetime's), 1-12.
_JMONTHS = {name: i for i, name in enumerate(jdatetime.date.j_months_fa, 1)}
#: Capital letters of the scripts datelines are written in (Latin, Cyrillic, Armenian).
_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x590)) if ch.isupper() and ch.isalpha())
_UP = f"[{re.escape(_UPPER)}]"
_MONTH = (
    r"(?P<month>(?i:" + "|".join(map(re.escape, sorted(_MONTHS, key=len, reverse=True))) + r"))\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.)?"  # "3rd", German "3. März"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_JYEAR = r"(?P<jyear>1[34]\d\d)"  # Solar Hijri: 1300-1499 is 1921-2121
#: A dateline's place: a word in capitals ("BAKU", "АСТАНА", "ԵՐԵՎԱՆ") or capitalised
#: words ("Lənkəran", "Bandar Abbas") at a line's start.
_PLACE = rf"{_UP}[\w.'-]*(?:[ -]{_UP}[\w.'-]*)*"
_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    # Solar Hijri: "۱۴ آبان ۱۴۰۴" (IRNA, Mehr), "۱۴۰۴/۰۸/۱۴" (Tasnim, ISNA)
    re.compile(rf"\b{_DAY}\s+(?P<jmonth>{'|'.join(_JMONTHS)})\s+{_JYEAR}\b"),
    re.compile(rf"\b{_JYEAR}/(?P<jmnum>[01]?\d)/(?P<jday>[0-3]?\d)\b"),
    # a dateline: a place in capitals, then (a country or agency and) the day, no year
    *(
        re.compile(
            rf"^[^\S\n]*{_PLACE},(?:[^\S\n]*[\w .'-]+,)?[^\S\n]*"
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


def _solar_hijri(parts: dict[str, str | None]) -> dt.date | None:
    """Return the Gregorian day of a Solar Hijri date the patterns matched, or None."""
    month = _JMONTHS[parts["jmonth"]] if parts.get("jmonth") else int(parts["jmnum"] or 0)
    day = int(parts.get("day") or parts.get("jday") or 0)
    try:
        return jdatetime.date(int(parts["jyear"] or 0), month, day).togregorian()
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
    >>> article_date("تهران- ایرنا- ۱۴ آبان ۱۴۰۴ - قطار").date
    datetime.date(2025, 11, 5)
    """
    head = text[:HEAD_CHARS].translate(_DIGITS)
    found = [(m.start(), m) for p in _PATTERNS for m in p.finditer(head)]
    for _, m in sorted(found, key=lambda f: f[0]):
        parts = m.groupdict()
        words = " ".join(text[m.start() : m.end()].split())  # as written, Persian digits too
        if parts.get("jyear"):
            date = _solar_hijri(parts)
            if date:
                return ArticleDate(date, words)
            continue
        month = int(parts["mnum"]) if parts.get("mnum") else _MONTHS[parts["month"].casefold()]
        day = int(parts["day"])
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
