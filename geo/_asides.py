"""A namesake's country or region written in brackets after it: that one is meant.

"Jolfa (Iran) and Culfa (Nahcivan)", "Astara (Aserbaidschan)", "Астару (Иран)": the
bracketed name tells which of the places sharing the name is meant, a country by
itself, a region or town by its country (Nakhchivan is Azerbaijan's; a bracketed
name a unit and its town share is the unit; a bracketed other name of one of the
places the name may be, "Kovsakan (Zangilan)", is that one). Both stay
mentions (the gold's convention: "[Astara] ([İran])"). Read only for a shared name
with a match a few characters after it.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from geo.gazetteer import Place

_OPEN = re.compile(r"[^\W\d_]{0,3} ?\( ?")  # (after a case ending the stem left out)
_CLOSE = re.compile(r" ?\)")
_CUE_KINDS = frozenset({"country", "region", "district", "city", "town"})
_PAREN, _BLANK, _COMMA = ord("("), ord(" "), ord(",")
#: and an English apposition between commas: "the Monastery of Saint Stepanos in Julfa,
#: East Azarbaijan Province, ..." (blind set 103), the province (or country) alone
#: between the commas, the name's own kind of cue only: a province or a country
_COMMA_OPEN = re.compile(r", ")
_COMMA_CLOSE = re.compile(r"[,.;]")
_COMMA_CUE_KINDS = frozenset({"country", "region"})


def _bracketed_cues(
    text: str,
    matches: tuple[Any, Any, Any],
    places: list[Place | None],
    shared: Any,
    plans: dict[int, Any],
    codes: Any,
) -> None:
    """Give each shared name its namesake of the country a bracket after it names.

    ``matches`` are the starts, ends and entry indices of the matches (arrays),
    ``places`` their resolved places (changed here), ``shared`` the positions of the
    names several places share (the name or its bracket is one), ``plans`` their plans by
    entry (:class:`geo._plans._Plan`) and ``codes`` the text's code points (the
    bracket before the next match is found on them, for all matches at once).
    """
    starts, stops, indices = matches
    if len(starts) < 2:
        return
    # a shared name, or a name before a shared one, with the next match a few characters
    # after it and a bracket right before that one ("X (Y", "Xу (Y", "X(Y")
    nxt = starts[1:]
    near = np.zeros(len(starts) - 1, dtype=bool)
    near[shared[shared < len(near)]] = True
    near[shared[shared > 0] - 1] = True
    near &= (nxt - stops[:-1] <= 6) & (nxt >= 2)
    if not near.any():
        return
    before = codes[nxt - 1]
    comma = (before == _BLANK) & (codes[nxt - 2] == _COMMA)
    near &= (before == _PAREN) | ((before == _BLANK) & (codes[nxt - 2] == _PAREN)) | comma
    for k in np.flatnonzero(near).tolist():
        cue, place = places[k + 1], places[k]
        if cue is None or place is None or cue.kind not in _CUE_KINDS:
            continue
        if comma[k]:  # "Julfa, East Azarbaijan Province,": an apposition
            if (
                cue.kind not in _COMMA_CUE_KINDS
                or not _COMMA_OPEN.fullmatch(text, int(stops[k]), int(starts[k + 1]))
                or not _COMMA_CLOSE.match(text, int(stops[k + 1]))
            ):
                continue
        elif not _OPEN.fullmatch(text, int(stops[k]), int(starts[k + 1])) or not _CLOSE.match(
            text, int(stops[k + 1])
        ):
            continue
        # another name of one of the places the name may be: that one ("Կովսականի
        # (Զանգելան) շրջաններում", Kovsakan (Zangilan) districts: the bracket's word after)
        plan, unit = plans.get(int(indices[k])), plans.get(int(indices[k + 1]))
        if (plan is not None and cue.id in plan.ids) or (
            unit is not None and place.id in unit.ids
        ):
            places[k] = cue
            continue
        # a unit and its town in the bracket: the unit the place lies in
        if unit is not None and unit.town and (region := unit.table.get(("region", None))):
            places[k + 1] = cue = region
        if plan is not None and cue.country != place.country and cue.country in plan.countries:
            pick = plan.table.get((place.kind, cue.country)) or plan.table[None, cue.country]
            if pick.country != cue.country:  # no namesake of the kind there: the name's own
                pick = plan.table[None, cue.country]  # ("Julfa, East Azarbaijan Province")
            if pick.country == cue.country:
                places[k] = pick
