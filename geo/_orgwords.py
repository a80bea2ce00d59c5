"""The words of organisations' names: ``data/organisation_words.txt``, read once.

Each line of the file is ``lang side word``: the word, in one of the seven languages,
stands ``after`` the place name it takes ("Railways", "Nazirliy*") or ``before`` it
(``شرکت``, "Ministry"); a ``*`` lets any ending follow. :mod:`geo._organisations` applies
them; the geoparser's automaton (:mod:`geo._automaton`) holds them as keys.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import NamedTuple

from geo._fold import _fold, _plain

__all__ = ["OrganisationWord", "organisation_words", "read_organisation_words"]


class OrganisationWord(NamedTuple):
    """A word of organisations' names (a line of ``data/organisation_words.txt``)."""

    lang: str
    after: bool  # the word comes after the place name (else before it)
    cased: bool  # counts only when capitalised in the text
    prefix: bool  # any ending may follow ("Nazirliy*")
    word: str  # as written in the file, less the "*"
    both: bool = False  # listed on both sides ("Company": "Gilan Water Company", "Company of")
    # listed on both sides, whether each side counts only capitalised (after, before):
    # "en after fleet" in either case, "en before Fleet" only capitalised ("the Merchant Marine
    # Fleet of Turkmenistan", but "the fleet of Turkmenistan" stays the state's)
    side_cased: tuple[bool, bool] | None = None
    # an Azerbaijani word written with the schwa counts only where the text writes one:
    # the list folds ə to a, and the same letters without it are Turkish ("vətəndaşları",
    # the citizens' word after a nominative state, unmarked in Azerbaijani; "[Tacikistan]
    # vatandaşlarının" marked in Turkish)
    schwa: bool = False


_SIDES = ("after", "before")


def _organisation_key(word: str) -> str:
    """Fold a word the way the automaton's keys are folded (blanks collapsed)."""
    return " ".join(_fold(word).padded.split())


def read_organisation_words(path: Path) -> dict[str, OrganisationWord]:
    """Read ``path`` (the format of ``data/organisation_words.txt``): words by folded key.

    Raises
    ------
    ValueError
        For a line that is not ``lang side word`` with side ``after`` or ``before``.
    """
    words: dict[str, OrganisationWord] = {}
    if not path.exists():
        return words
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split(None, 2)
        if len(parts) < 3 or parts[1] not in _SIDES or not _plain(parts[2].rstrip("*")):
            msg = (
                f"{path}:{number}: {line!r} is not 'lang side word' with side one of "
                f"{_SIDES} (e.g. 'en after Railways'); fix or remove the line."
            )
            raise ValueError(msg)
        lang, side, word = parts
        word = word.strip()
        prefix = word.endswith("*")
        word = word.rstrip("*").strip()
        entry = OrganisationWord(lang, side == "after", word[0].isupper(), prefix, word)
        if lang == "az" and "ə" in word.lower():
            entry = entry._replace(schwa=True)
        key = _organisation_key(word)
        if key in words and words[key].schwa != entry.schwa:
            # the word in both spellings ("tr after vatandaşı*", "az after vətəndaşı*"): either
            entry = entry._replace(schwa=False)
        if key in words and words[key].after != entry.after:
            # "en after Company" and "en before Company": a name on each side, capitalised
            # on a side only if that side's line is (the word counts if either side may)
            first = words[key]
            cased = (entry.cased, first.cased) if entry.after else (first.cased, entry.cased)
            entry = entry._replace(both=True, cased=all(cased), side_cased=cased)
        words[key] = entry
    return words


@functools.cache
def organisation_words() -> dict[str, OrganisationWord]:
    """Return the words of ``data/organisation_words.txt`` by folded key (read once).

    >>> organisation_words()["railways"]  # doctest: +NORMALIZE_WHITESPACE
    OrganisationWord(lang='en', after=True, cased=True, prefix=False, word='Railways',
                     both=False, side_cased=None, schwa=False)
    >>> organisation_words()["fleet"].side_cased  # after in either case, before capitalised
    (False, True)
    """
    from geo.settings import settings

    return read_organisation_words(settings.data_dir / "organisation_words.txt")
