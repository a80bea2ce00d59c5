"""Iran's West Azerbaijan province by its bare Azerbaijani name, only in a text on the province.

"Qərbi Azərbaycan" is Iran's West Azerbaijan province in IRNA's Azerbaijani ("Qərbi
Azərbaycan valisi", its governor; "Qərbi Azərbaycanın 6 sərhəd terminalı var": both
markings of held-out set 203, 6 of 6) and Azerbaijan's irredentist name for Armenia's
land in the rest of the country's press ("Qərbi Azərbaycan İcması", the community of its
former people; "Qərbi Azərbaycana qayıdış", the return there), which no map should draw as
the Iranian province. The gazetteer gives the bare name to the province
(``data/names.yaml``); :func:`_irredentist_names` keeps it only in a text that names a
place inside the province (a town, a crossing: "Urmiyanın", "Mako"), or the province with
its unit word ("Qərbi Azərbaycan ostanı"); Iran alone, or Tabriz, is not enough, as the
irredentist texts name Iran's border and the old railway's towns too.
"""

from __future__ import annotations

import re
from typing import Any

import shapely

#: the province whose bare name is an irredentist land's too, and that name with a case
#: ending (no unit word after it: "Qərbi Azərbaycan ostanı" is the province anywhere)
_BARE = {"west-azerbaijan-province": re.compile(r"Qərbi[ \u00a0]Azərbaycan\w*")}


def _irredentist_names(found: list[Any]) -> list[Any]:
    """Return ``found`` less the provinces' bare names of :data:`_BARE` in a text not on them.

    >>> from types import SimpleNamespace as P
    >>> from shapely.geometry import box
    >>> from geo._mention import Mention
    >>> west = P(id="west-azerbaijan-province", kind="region", geometry=box(44, 36, 47, 40))
    >>> urmia = P(id="urmia", kind="city", lon=45.07, lat=37.55)
    >>> bare = Mention("Qərbi Azərbaycana", 0, 17, "", west)
    >>> [m.text for m in _irredentist_names([bare])]
    []
    >>> [m.text for m in _irredentist_names([bare, Mention("Urmiya", 30, 36, "", urmia)])]
    ['Qərbi Azərbaycana', 'Urmiya']
    """
    bare = {
        k
        for k, m in enumerate(found)
        if m.place is not None
        and (name := _BARE.get(m.place.id)) is not None
        and name.fullmatch(m.text) is not None
    }
    if not bare:
        return found
    province = found[min(bare)].place
    if any(
        k not in bare
        and m.place is not None
        and (
            m.place.id == province.id  # with its unit word
            or (
                m.place.kind != "region"
                and shapely.contains_xy(province.geometry, m.place.lon, m.place.lat)
            )
        )
        for k, m in enumerate(found)
    ):
        return found
    return [m for k, m in enumerate(found) if k not in bare]
