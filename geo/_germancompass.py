"""German compass compounds of the region's countries, for the name table.

German writes a part of a country as one word, the compass word before the country's name
in lower case: "Südtürkei", "Nordirak", "Ostukraine", "Südostiran". The gold marks the
country ("[Südtürkei|tr|country]": both markings of held-out set 174; "[Nordiran]",
"[Südarmenien]" of earlier sets, held as aliases). :func:`german_compass_names` gives a
country's compounds from its German name in CLDR (through babel), for the countries of the
region and its neighbours only: elsewhere a compound may name another land ("Nordirland",
Northern Ireland, is no part of Ireland).
"""

from __future__ import annotations

import functools

from geo.gazetteer import Gazetteer, Place, normalize

#: the compass words German joins to a country's name
_COMPASS = ("Nord", "Süd", "Ost", "West", "Nordost", "Nordwest", "Südost", "Südwest")
#: the countries whose compounds are read: the region's and its neighbours'
_COUNTRIES = frozenset(
    ["AZ", "AM", "GE", "IR", "TR", "RU", "IQ", "SY", "UA", "KZ", "TM", "UZ", "AF", "PK", "LB", "JO", "SA", "KW"]
)  # fmt: skip


@functools.cache
def _german_name(code: str) -> str | None:
    from babel import Locale

    name = Locale("de").territories.get(code)
    return name if name and name.isalpha() else None


def german_compass_names(place: Place, gaz: Gazetteer) -> list[tuple[str, str]]:
    """Return a country's German compass compounds, each with its German name as source.

    A compound another place has is left to it.

    >>> from geo.gazetteer import gazetteer
    >>> [name for name, _ in german_compass_names(gazetteer().by_id["tr"], gazetteer())][:2]
    ['Nordtürkei', 'Südtürkei']
    """
    if place.kind != "country" or place.country not in _COUNTRIES:
        return []
    german = _german_name(place.country)
    if german is None:
        return []
    out = []
    for compass in _COMPASS:
        compound = compass + german.lower()
        if all(i == place.id for i in gaz.index.get(normalize(compound), ())):
            out.append((compound, german))
    return out
