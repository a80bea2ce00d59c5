"""Iran's West Azerbaijan province by its bare Azerbaijani name, only in a text on Iran.

"Qərbi Azərbaycan" is Iran's West Azerbaijan province in IRNA's Azerbaijani ("Qərbi
Azərbaycan valisi", its governor; "Qərbi Azərbaycanın 6 sərhəd terminalı var": both
markings of held-out set 203, 6 of 6) and Azerbaijan's irredentist name for Armenia's
land in the rest of the country's press ("Qərbi Azərbaycan İcması", the community of its
former people; "Qərbi Azərbaycana qayıdış", the return there), which no map should draw as
the Iranian province. The gazetteer gives the bare name to the province
(``data/names.yaml``); :func:`_irredentist_names` keeps it only in a text that names
another place in Iran (a town, a province, a crossing: "Urmiyanın", "Mako"), or the
province with its unit word ("Qərbi Azərbaycan ostanı"); the country alone is not enough,
as the irredentist texts name Iran too.
"""

from __future__ import annotations

import re
from typing import Any

#: the province whose bare name is an irredentist land's too, and that name with a case
#: ending (no unit word after it: "Qərbi Azərbaycan ostanı" is the province anywhere)
_BARE = {"west-azerbaijan-province": re.compile(r"Qərbi[ \u00a0]Azərbaycan\w*")}


def _irredentist_names(found: list[Any]) -> list[Any]:
    """Return ``found`` less the provinces' bare names of :data:`_BARE` in a text not on Iran.

    >>> from types import SimpleNamespace as P
    >>> from geo._mention import Mention
    >>> west = P(id="west-azerbaijan-province", country="IR", kind="region")
    >>> urmia = P(id="urmia", country="IR", kind="city")
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
    if any(
        k not in bare
        and m.place is not None
        and m.place.country == "IR"
        and m.place.kind != "country"
        for k, m in enumerate(found)
    ):
        return found
    return [m for k, m in enumerate(found) if k not in bare]
