"""Label languages: which of a place's names a map prints for ``lang=``.

English by default; for ``az``, ``ru``, ``fa``, ``tr`` the gazetteer's alias in
that language's script (Persian: Arabic script; Russian: Cyrillic; Azerbaijani:
Latin with ``ə``; Turkish: Latin with Turkish letters and no ``ə``), else
English (there are no German aliases). Country names come from
``data/context.geojson`` instead (:mod:`geo._baselabels`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from geo._errors import DataError

#: Languages ``lang=`` accepts (English is the default).
LANGUAGES = ("en", "az", "ru", "fa", "tr", "de")


def _script_alias(aliases: Iterable[str], lang: str) -> str | None:
    for alias in aliases:
        if lang == "fa" and re.search(r"[\u0600-\u06ff]", alias):
            return alias
        if lang == "ru" and re.search(r"[\u0400-\u04ff]", alias):
            return alias
        if lang == "az" and "ə" in alias.lower():
            return alias
        if lang == "tr" and re.search(r"[ışğİçöü]", alias) and "ə" not in alias.lower():
            return alias
    return None


def label_name(name: str, aliases: Iterable[str] = (), lang: str = "en") -> str:
    """Return the name to print for ``lang`` (plain text, not escaped).

    Parameters
    ----------
    name : str
        English name.
    aliases : iterable of str
        The gazetteer's other names.
    lang : str
        One of :data:`LANGUAGES`.

    Returns
    -------
    str

    Examples
    --------
    >>> label_name("Nakhchivan", ["Naxçıvan", "Нахичевань", "نخجوان"], "ru")
    'Нахичевань'
    >>> label_name("Ordubad", [], "de")
    'Ordubad'
    """
    _check_lang(lang)
    if lang == "en":
        return name
    return _script_alias([str(a) for a in aliases], lang) or name


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        msg = f"lang={lang!r} is not a label language; use one of {', '.join(LANGUAGES)}."
        raise DataError(msg)
