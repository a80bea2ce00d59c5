"""The bare English "region" after a province's name: a descriptor, outside its mention.

"the [Astrakhan] region of Russia" (convention 22 of data/gold/dev.txt; both markings of
blind set 74): the name with the word is still found whole, so that the word tells the
province from its seat ("Astrakhan Region", a name of the oblast, beside "Astrakhan", the
city's), and the mention keeps the province but ends before the word. Only the word in
lower case: capitalised, it is the press's English name ("the Astrakhan Region
Government", "Atyrau Region"), inside. The curated places' names keep the word ("[Karabakh
region]" of the seed article), and so does a name that needs it ("Kurdistan region of
Iraq": the bare "Kurdistan" is Iran's province).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from geo.gazetteer import normalize

_WORD = " region"
_R, _N = ord("r"), ord("n")


def _without_region_word(text: str, codes: Any, matches: tuple[Any, Any, Any], places: Any) -> Any:
    """Return the ends of the matches, those of a province's name and " region" cut short.

    ``matches`` are the starts, ends and entry indices (arrays), ``places`` each entry's
    place (an object array, ``None`` for a link's). The ends are copied before a change.
    """
    starts, stops, indices = matches
    at = np.flatnonzero(stops - starts > len(_WORD))
    if not len(at):
        return stops
    # (the word's first and last letters read first: few names end so)
    at = at[(codes[stops[at] - len(_WORD) + 1] == _R) & (codes[stops[at] - 1] == _N)]
    cut = []
    for k in at.tolist():
        start, stop = int(starts[k]), int(stops[k])
        place = places[indices[k]]
        if place is None or place.layer == "curated" or not text.endswith(_WORD, start, stop):
            continue
        bare = normalize(text[start : stop - len(_WORD)])
        if any(normalize(name) == bare for name in (place.name, *place.aliases)):
            cut.append(k)
    if not cut:
        return stops
    stops = stops.copy()
    stops[cut] -= len(_WORD)
    return stops
