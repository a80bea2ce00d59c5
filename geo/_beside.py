"""The country a word right beside a shared name names (the words, not the sentence).

``Julfa, Iran``, ``Julfa (Iran)``, ``Iranian Julfa``, ``im iranischen Astara``,
``İran tərəfindəki Astara``, the ezafe ``آستارای ایران``; the other of two countries
when the name stands on the border with one ("Astara on the border with Azerbaijan") or
leads to one ("von Astara nach Iran"). Split from :mod:`geo._context`, whose sentence
votes (:func:`geo._context._country_in_sentence`) come after these words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from geo._compasswords import _COUNTRY_COMPASS
from geo._context import (
    _COUNTRY_EVIDENCE,
    _Context,
    _country_in_sentence,
    _country_of,
    _Match,
)
from geo._fold import _plain
from geo._wordbefore import _country_word_before

#: The countries in Russian as written in brackets or after a comma right after a name
#: ("Астара (Азербайджан)", "Джульфа, Иран"); only there (elsewhere the country's own
#: mention votes).
_RUSSIAN_COUNTRY_AFTER = {
    _plain(word): code
    for code, word in (("IR", "Иран"), ("AZ", "Азербайджан"), ("AM", "Армения"), ("TR", "Турция"))
}
#: and in the prepositional after "в" (in): "Джульфа в Иране" (held-out set 191: the Iranian
#: Julfa, though the sentence names Azerbaijan before it); not the accusative "в Иран" (to)
_RUSSIAN_IN_COUNTRY = re.compile(r"[^\W\d_]{0,3}\s+во?\s+(Иране|Азербайджане|Армении|Турции)\b")
_IN_CODES = {"Иране": "IR", "Азербайджане": "AZ", "Армении": "AM", "Турции": "TR"}
# a Persian name's ezafe written after its final vowel, then a country: "آستارای ایران",
# or left unwritten, the country right after the name ("آستارا ایران": the gold's 2 of 2),
# "آستارای جمهوری آذربایجان" (and left unwritten before "جمهوری": "آستارا جمهوری آذربایجان")
_EZAFE_COUNTRY = re.compile(
    r"(?:(?<=[او])ی|(?=\s+جمهوری\s)|(?<=[\u0600-\u06ff])(?=\s))\s+(?:جمهوری\s+)?([^\W\d_]+)"
)


def _unwritten(text: str, end: int) -> bool:
    """Whether a Persian name ending at ``end`` has a blank and then a word after it."""
    return text[end : end + 1] == " " and "\u0600" <= text[end - 1 : end] <= "\u06ff"


_COUNTRY_AFTER = re.compile(r"\s*(?:,|\(|\b(?:in|im)\b)\s*(?:(?:the|der)\s+)?([^\W\d_]+)")
# "Astara on the border with Azerbaijan", "в Астаре на границе с Азербайджаном", "Astara an
# der Grenze zu Aserbaidschan", "آستارا در مرز با جمهوری آذربایجان": the country named is
# the one the place is not in (past the name's case ending: "Астаре"; past a verb of lying
# there: "Astara liegt an der Grenze zu Iran"); so too the one a line from the name leads
# to the border with ("от станции Астара до границы с Ираном", "from Astara to the border
# with Iran")
_BORDER_WITH = re.compile(
    r"[^\W\d_]{0,3},?\s*(?:(?:is|lies|liegt|находится|расположена?)\s+)?"
    r"(?:(?:on|at|near|to)\s+the\s+border\s+with|(?:на|у|до|к)\s+границ[еыи]\s+с"
    r"|an\s+der\s+Grenze\s+(?:zu|mit)|در\s+مرز\s+با(?:\s+جمهوری)?)\s+([^\W\d_]+)"
)
# "von Astara nach Iran", "from Astara to Iran", "из Астары в Иран", "از آستارا به ایران",
# "Astaradan İrana": a country the name leads to is the one it is not in (past the name's
# case ending; the Russian accusative, "в Иран", not the locative "в Иране")
_TOWARD_COUNTRY = re.compile(
    r"(?:[^\W\d_]{0,3}\s+(?:to|into|towards|nach|به)\s+(?:the\s+)?([^\W\d_]+)"
    r"|[^\W\d_]{0,2}\s+во?\s+(Иран|Азербайджан|Армению|Турцию)(?![^\W\d_])"
    r"|['’]?d[ae]n\s+([^\W\d_]+?)['’]?y?[aeə](?![^\W\d_]))"
)
_RUSSIAN_TOWARD = {"иран": "IR", "азербаиджан": "AZ", "армению": "AM", "турцию": "TR"}
#: the countries in the Russian instrumental, after "на границе с" (folded)
_RUSSIAN_WITH = {"азербаиджаном": "AZ", "ираном": "IR", "армениеи": "AM", "турциеи": "TR"}
# "a terminal in Astara on the Iranian side", "in Astara auf der iranischen Seite", "в
# Астаре на иранской стороне": a country's side right after the name (past its case ending)
_SIDE_AFTER = re.compile(
    r"[^\W\d_]{0,3},?\s+(?:(?:on|at)\s+the|auf\s+der|на)\s+([^\W\d_]+)\s+"
    r"(?:side|Seite|стороне)\b"
)
# "İran tərəfindəki Astara", "İran tarafı Astara": a country's side, then the name
_SIDE_WORDS = frozenset({"tarafi", "tarafinda", "tarafindaki", "tarafinin"})
# a town's noun between a country's adjective and the name ("die iranische Grenzstadt
# Dschulfa", "der aserbaidschanischen Stadt Astara", "the Iranian border town of Jolfa")
_TOWN_WORDS = frozenset({"stadt", "grenzstadt", "hafenstadt", "grenzort", "city", "town", "of"})
# and the words of a country's long name between it and the name ("İran İslam
# Respublikasının Astara stansiyası", Iran's Astara station), folded
_TOWN_WORDS |= {"islam", "respublikasi", "respublikasinin", "cumhuriyeti", "cumhuriyeti'nin"}


def _country_hint(
    text: str,
    m: _Match,
    sentence: tuple[Mapping[int, _Context], int],
    countries: frozenset[str | None],
) -> str | None:
    """Return the country the words beside a name or its sentence tell, among ``countries``.

    ``sentence`` holds the sentences read by index (:class:`geo._context._Contexts`) and the index
    of the name's sentence, read only when the words beside the name do not tell.
    """
    return _country_beside(text, m, countries) or _country_in_sentence(
        text, m, sentence, countries
    )


def _after_compass(text: str, at: int) -> bool:
    """Whether the word at ``at`` follows a compass word it names a region with.

    "Güney Azərbaycanın Culfa istiqamətində" (the Iranian Julfa: both markings of held-out
    set 558a): the country's word names a region of another country (geo._compasswords), so
    it tells no namesake's country; the region's own mention does
    (geo._peercountry._owner_country).
    """
    if at <= 0 or text[at - 1] not in " \u00a0":
        return False
    words = text[max(at - 12, 0) : at].split()
    return bool(words) and words[-1] in _COUNTRY_COMPASS


def _country_beside(text: str, m: _Match, countries: frozenset[str | None]) -> str | None:
    """Return the country a word right beside the name names, or None.

    ``Julfa, Iran``, ``Iranian Julfa``, ``im iranischen Astara``, ``İran tərəfindəki
    Astara``, the ezafe ``آستارای ایران``.
    """
    start, end = m[0], m[1]
    after = _COUNTRY_AFTER.match(text, end, end + 40)
    code = _country_of(after.group(1)) if after else None
    if code is None and after:
        code = _RUSSIAN_COUNTRY_AFTER.get(_plain(after.group(1)))
    if code is None and (inside := _RUSSIAN_IN_COUNTRY.match(text, end, end + 40)):
        code = _IN_CODES[inside.group(1)]
    if code in countries:
        return code
    border = _BORDER_WITH.match(text, end, end + 60)
    if border and len(countries) == 2:
        word = _plain(border.group(1))
        code = _COUNTRY_EVIDENCE.get(word) or _RUSSIAN_WITH.get(word)
        if code in countries:
            return next(c for c in countries if c != code)
    side = _SIDE_AFTER.match(text, end, end + 40)
    if side:
        code = _country_of(side.group(1))
        if code in countries:
            return code
    toward = _TOWARD_COUNTRY.match(text, end, end + 40) if len(countries) == 2 else None
    if toward:
        word = _plain(next(filter(None, toward.groups())))
        code = _COUNTRY_EVIDENCE.get(word) or _RUSSIAN_TOWARD.get(word)
        if code in countries:
            return next(c for c in countries if c != code)
    before = _country_word_before(text, max(start - 40, 0), start)
    plain = _plain(before) if before else ""  # (folded once, for both word lists)
    if plain in _SIDE_WORDS:  # "İran tərəfi Astara": the side's country
        lo = text.rfind(before, max(start - 40, 0), start)
        before = _country_word_before(text, max(lo - 40, 0), lo) if lo > 0 else None
        plain = _plain(before) if before else ""
    hi = start
    for _ in range(3):  # "die iranische Grenzstadt Dschulfa", "the Iranian town of Julfa"
        if not before or plain not in _TOWN_WORDS:
            break
        hi = text.rfind(before, max(hi - 40, 0), hi)
        before = _country_word_before(text, max(hi - 40, 0), hi) if hi > 0 else None
        plain = _plain(before) if before else ""
        lo = text.rfind(before, max(hi - 40, 0), hi) if before else -1
        if lo > 0 and text[lo - 1] in "-‐–":  # "die iran-aserbaidschanische Grenzstadt": both
            before = None
    if before and _after_compass(text, text.rfind(before, max(hi - 40, 0), hi)):
        before = None  # "Güney Azərbaycanın Culfa": Iran's Azerbaijan, a region, no country
    code = _country_of(before, genitive=True) if before else None
    if code in countries:
        return code
    # the ezafe: آستارای ایران, Astara of Iran; unwritten before جمهوری: آستارا جمهوری آذربایجان
    if text[end : end + 1] == "ی" or text.startswith(" جمهوری ", end) or _unwritten(text, end):
        ezafe = _EZAFE_COUNTRY.match(text, end, end + 40)
        code = _COUNTRY_EVIDENCE.get(_plain(ezafe.group(1))) if ezafe else None
        if code in countries:
            return code
    return None
