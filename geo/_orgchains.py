"""The chains of names an organisation's name goes on with (:mod:`geo._organisations`).

A name an organisation word takes may be followed by more of the same name: the Persian
ezafe chain (``راهداری آذربایجان شرقی ایران``), the Russian genitive chain (``компании
Восточного Азербайджана Ирана``, ``Госкомиссии по сотрудничеству Азербайджана и Ирана``)
and names side by side (``Türkiye Azerbaycan Dostluk Derneği``); a commission's long name
joins a pair of states (``State Commission on ... Cooperation between Azerbaijan and
Iran``). These helpers find them.
"""

from __future__ import annotations

import re
from typing import Any

from geo._namejoins import _dash_between, _side_by_side

_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"

# German and English articles: after "und" or "and" one opens a new noun phrase
# ("Geldern der EU und der Europäischen Bank für Wiederaufbau", "funding from the EU and
# the European Bank"), while a name's own "und" joins nouns without one ("Ministerium für
# Verkehr und Infrastruktur", "Ministry of Transport and Communications")
_ARTICLES = frozenset(["der", "die", "das", "den", "dem", "des", "the"])


def _drop_ezafe_chain(text: str, starts: Any, stops: Any, links: Any, k: int, keep: Any) -> None:
    """Drop the names that go on the Persian ezafe chain of an organisation after mention ``k``.

    ``راهداری آذربایجان شرقی ایران`` (the road office of East Azerbaijan, Iran): a name
    written right after the dropped one, a blank between, is the same name's next link;
    so is one "و" (and) joins to it: ``اتاق بازرگانی ایران و روسیه`` (the Iran-Russia
    chamber of commerce).
    """
    j = k + 1
    while (
        j < len(starts)
        and not links[j]
        and (gap := text[stops[j - 1] : starts[j]].strip()) in ("", "و")
        # the verb's object right after the body's name: "... ارمنستان باکو را"; not a
        # second name "و" joins to the first, which the object marker ends with it:
        # "کمیسیون ... ایران و آذربایجان را" (the commission's chair)
        and (gap or text[stops[j] : stops[j] + 3] != " را")
        and not _kind_worded(text[starts[j] : stops[j]])
    ):
        keep[j] = False
        j += 1


def _drop_genitive_chain(
    text: str, starts: Any, stops: Any, links: Any, k: int, keep: Any
) -> None:
    """Drop the names that go on the Russian genitive chain of an organisation after ``k``.

    ``компании Восточного Азербайджана Ирана`` (the company of East Azerbaijan, Iran): a
    name written right after the dropped one, one blank between, is the same name's next
    link; so is one joined to it by a dash (``комиссии Азербайджан – Иран``, the
    Azerbaijan-Iran commission) or by "и", both in one case (``Госкомиссии по
    сотрудничеству Азербайджана и Ирана``).
    """
    j = k + 1
    while (
        j < len(starts)
        and not links[j]
        and (
            _side_by_side(text, int(stops[j - 1]), int(starts[j]))
            or _dash_between(text, int(stops[j - 1]), int(starts[j]))
            or _genitive_pair(text, int(stops[j - 1]), int(starts[j]), int(stops[j]))
        )
        and not _kind_worded(text[starts[j] : stops[j]])
    ):
        keep[j] = False
        j += 1


def _genitive_pair(text: str, stop: int, start: int, end: int) -> bool:
    """Whether two names are joined by "и", both with one case ending ("Азербайджана и Ирана")."""
    gap = text[stop:start]
    ending = gap[: len(gap) - len(gap.lstrip(_LETTERS))]
    return bool(ending) and gap[len(ending) :] == " и " and text[end : end + len(ending)] == ending


def _kind_worded(name: str) -> bool:
    """Whether ``name`` carries a kind word (:func:`geo._orgowners._with_kind_word`)."""
    from geo._orgowners import _with_kind_word  # (its kind forms load on first need)

    return _with_kind_word(name)


# the word before the first of two names a name joins, and the word between them
# (maybe with an article: "zwischen der Republik Aserbaidschan und der Islamischen Republik
# Iran", "between the Republic of Azerbaijan and the Islamic Republic of Iran")
_PAIR_LEAD = re.compile(r"(?:between|между|zwischen|بین)(?: (?:the|der|dem|den))? $")
_PAIR_JOINER = re.compile(r" (?:and|и|und|و)(?: (?:the|der|dem|den))? ")
#: the longest commission's name before the pair it joins, in words and marks
_LONGEST_PAIR_NAME = 16


def _names_a_pair(between: list[str]) -> bool:
    """Whether ``between`` is a long name that ends by joining a pair ("between", "zwischen").

    "State Commission on Economic, Trade and Humanitarian Cooperation between Azerbaijan
    and Iran", "Kommission für die wirtschaftliche, handelspolitische und humanitäre
    Zusammenarbeit zwischen Aserbaidschan und Iran": a list with commas, lower-case German
    adjectives; the name goes on with "on", "for" or "für" and joins with "Cooperation" or
    "Zusammenarbeit" (or the border it delimits: "... of the State Border and Border
    Security between Armenia and Azerbaijan"), and no sentence's end, bracket or clause
    stands in it.
    """
    if between and between[-1].lower() in _ARTICLES:
        between = between[:-1]  # "zwischen der Republik Aserbaidschan"
    if between and between[-1] == "بین":
        # the Persian name joins the pair after its topic, with no word before it ("کمیسیون
        # دولتی تعیین حدود مرزهای دولتی بین جمهوری آذربایجان و جمهوری ارمنستان": both
        # markings of blind set 131)
        return 1 < len(between) <= _LONGEST_PAIR_NAME and not any(
            t in _SENTENCE_MARKS for t in between
        )
    return (
        2 < len(between) <= _LONGEST_PAIR_NAME
        and between[-1] in ("between", "zwischen")
        and between[-2].lower() in _COOPERATION
        and between[0].lower() in ("on", "for", "für")
        and not any(t in _SENTENCE_MARKS or t.lower() in _CLAUSE_WORDS for t in between)
    )


# the noun a commission's name joins the pair with (its cooperation, or the border it
# delimits: "State Commission on the Delimitation of the State Border between Azerbaijan and
# Armenia", "... der Staatsgrenze zwischen der Republik Armenien und ..."), and what opens a
# clause instead
_COOPERATION = frozenset(
    ["cooperation", "co-operation", "zusammenarbeit", "partnerschaft"]
    + ["border", "security", "staatsgrenze", "grenze", "sicherheit"]
)
_SENTENCE_MARKS = frozenset(".;:!?()[]،؛؟")
_CLAUSE_WORDS = frozenset(["that", "which", "who", "dass", "ob", "weil", "wenn"])


def _drop_pair_second(
    text: str, starts: Any, stops: Any, links: Any, k: int, keep: Any, word_end: int = -1
) -> None:
    """Drop the second of a pair an organisation's name joins after mention ``k``.

    "between Azerbaijan and Iran", "между Азербайджаном и Ираном" (the first name's case
    ending before the joiner), "zwischen der Republik Aserbaidschan und der Islamischen
    Republik Iran"; or, right after the organisation's word that ends at ``word_end``, a
    pair joined by a dash ("der gemeinsamen Wirtschaftskommission Iran-Aserbaidschan");
    a named link stays.
    """
    if k + 1 < len(starts):
        gap = text[stops[k] : starts[k + 1]]
        if (
            _PAIR_LEAD.search(text, max(starts[k] - 14, 0), starts[k])
            and _PAIR_JOINER.fullmatch(gap.lstrip(_LETTERS))
        ) or (
            word_end >= 0
            and text[word_end : starts[k]] == " "
            and _dash_between(text, int(stops[k]), int(starts[k + 1]))
        ):
            keep[k + 1] = bool(links[k + 1])
