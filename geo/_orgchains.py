"""The chains of names an organisation's name goes on with (:mod:`geo._organisations`).

A name an organisation word takes may be followed by more of the same name: the Persian
ezafe chain (``راهداری آذربایجان شرقی ایران``), the Russian genitive chain (``компании
Восточного Азербайджана Ирана``, ``Госкомиссии по сотрудничеству Азербайджана и Ирана``)
and names side by side (``Türkiye Azerbaycan Dostluk Derneği``). These helpers find them.
"""

from __future__ import annotations

from typing import Any

from geo._namejoins import _dash_between, _side_by_side

_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


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
        and text[stops[j - 1] : starts[j]].strip() in ("", "و")
        and text[stops[j] : stops[j] + 3] != " را"  # the verb's object: "... ارمنستان باکو را"
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
    """Whether ``name`` carries a kind word (:func:`geo._organisations._with_kind_word`)."""
    from geo._organisations import _with_kind_word  # the module imports this one

    return _with_kind_word(name)
