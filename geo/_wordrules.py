"""Words next to a name that undo it, found in real Azerbaijani news (issue 10).

"Həkəri çayı": a station's name before a river word is the river, no station.
"Qatar Bakıdan çıxıb": the country's English name in Azerbaijani or Turkish text
written without "ə" is the word for a train (Azerbaijani writes the country "Qətər").
"Osteuropa- und Kaukasusstudien": a name before a hyphen and a conjunction is the first
part of a German compound (the suspended hyphen), no mention.
"Görüş" (a view, a meeting): a GeoNames-only name none of whose forms has a letter of
Turkish or Azerbaijani ("Gorus", Goris) is not a word written with one but ə; the fold
drops the letters, the spelling keeps them (Azerbaijani respells foreign names with ə:
"Səhənd", "Ənzəli").
Each rule looks only at the few entries it is about (a mask by entry, built once).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from geo._endings import _AZ_LETTERS
from geo.gazetteer import Gazetteer, normalize

_AROUND = 80  # characters either side of a name where the text's language is read
# Azerbaijani's own letter (Turkish has the others of _AZ_LETTERS)
_AZ_ONLY = re.compile("[əƏ]")
#: far places' names that are common Azerbaijani words, no place in Azerbaijani or Turkish
#: text written without "ə": "Qatar" (qatar, a train; Azerbaijani writes the country Qətər,
#: Turkish Katar: Azərbaycan dilinin orfoqrafiya lüğəti, Wikipedia az "Qətər")
_AZ_COMMON = frozenset({"qatar"})
# a river word right after a name: "Həkəri çayı", "Hakari River", "Hakari nehri"
_RIVER_AFTER = re.compile(r"[ \u00a0]+(?:[çc]ay[ıi]?\w*|[Rr]iver\b|nehri\w*)")

# a hyphen, a blank and a conjunction after a name: the first part of a German compound
# whose last part the next word gives ("Osteuropa- und Kaukasusstudien", "Europa- oder
# Asienhandel")
_SUSPENDED = re.compile(r"-[ \u00a0]+(?:und|oder|bzw\.|sowie)\b")

# the letters of Turkish and Azerbaijani a fold drops (not the capital İ: "Istanbul")
_TURKIC = re.compile("[əƏığĞşŞçÇöÖüÜ]")
#: the population from which a GeoNames place's name that is a word is listed by review
#: (scripts/build_common_words.py, BIG)
_SMALL = 100_000


def _plain(entry: Any, gaz: Gazetteer) -> bool:
    """Whether none of the places' names that fold to the entry's key has a Turkic letter.

    ("Gorus" of Goris; not its "Gorus şəhəri", which folds to another key.)
    """
    return not any(
        _TURKIC.search(name) and normalize(name) == entry.key
        for i in entry.ids
        for name in (gaz.by_id[i].name, *gaz.by_id[i].aliases)
    )


class _WordRules:
    """The masks by entry of the names these rules look at, and the rules."""

    def __init__(self, entries: list[Any], gaz: Gazetteer) -> None:
        kinds = {pid: place.kind for pid, place in gaz.by_id.items() if place.curated}
        # a name of a station and of no river ("Həkəri")
        self._station = np.array(
            [
                any(kinds.get(i) == "station" for i in e.ids)
                and not any(kinds.get(i) == "river" for i in e.ids)
                for e in entries
            ],
            dtype=bool,
        )
        # a far place's name that is a common Azerbaijani word ("Qatar")
        self._az_common = np.array([e.key in _AZ_COMMON and bool(e.ids) for e in entries])
        # a name of GeoNames places only: is one of its forms written with a Turkic letter?
        # (asked of an entry when a text writes it with one, and kept)
        self._entries, self._gaz = entries, gaz
        # (only small places: a big city's name that is also a word is listed by review in
        # data/common_words.txt, "Barış" of Paris)
        self._geonames = np.array(
            [
                bool(e.ids)
                and not e.curated
                and all(gaz.by_id[i].population < _SMALL for i in e.ids)
                for e in entries
            ],
            dtype=bool,
        )
        self._plain: dict[int, bool] = {}

    def keep(self, text: str, starts: Any, stops: Any, indices: Any) -> Any:
        """Return which matches stay (a mask): no station, train, compound part, Turkic word."""
        keep = np.ones(len(starts), dtype=bool)
        for k in np.flatnonzero(self._station[indices]).tolist():
            keep[k] = not _RIVER_AFTER.match(text, int(stops[k]))  # "Həkəri çayı"
        for k in np.flatnonzero(self._az_common[indices]).tolist():
            lo, hi = max(int(starts[k]) - _AROUND, 0), int(stops[k]) + _AROUND
            # "Qatar Bakıdan çıxıb": a train; "Qətər" is the country
            keep[k] = bool(_AZ_ONLY.search(text, int(starts[k]), int(stops[k]))) or not (
                _AZ_LETTERS.search(text, lo, hi)
            )
        # "Görüş": a word with a Turkic letter is none of the plain names it folds to
        for k in np.flatnonzero(self._geonames[indices]).tolist():
            start, stop = int(starts[k]), int(stops[k])
            # (a word with ə is Azerbaijani's own spelling of a foreign name: "Səhənd")
            if _TURKIC.search(text, start, stop) and not _AZ_ONLY.search(text, start, stop):
                i = int(indices[k])
                plain = self._plain.get(i)
                if plain is None:
                    plain = self._plain[i] = _plain(self._entries[i], self._gaz)
                keep[k] = not plain
        # "Osteuropa- und Kaukasusstudien": the first part of a compound (the German
        # suspended hyphen), no mention
        if "-" in text:
            cut = [m.start() for m in _SUSPENDED.finditer(text)]
            if cut:
                keep &= ~np.isin(stops, cut)
        return keep
