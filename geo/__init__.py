"""Geocode and map the places and links of Azerbaijan-Iran cooperation articles.

The core functions are imported with the package; map building, export and
the story page are imported on first use, so ``import geo`` stays fast::

    import geo
    geo.geocode("Naxçıvan")          # -> Place
    geo.places()                     # -> GeoDataFrame of the curated gazetteer
    geo.links(as_of="2023-10-07")    # -> GeoDataFrame of the links as they stood that day
    geo.events()                     # -> DataFrame of every dated event of their history
"""

from __future__ import annotations

import importlib
from typing import Any

from geo.geocode import geocode
from geo.geoparse import Mention, geoparse
from geo.links import links
from geo.settings import settings

# Functions that share their module's name (geocode, geoparse, links) are
# imported eagerly above: importing a submodule binds its name on the package,
# so a lazy function of the same name would be shadowed by the module.

#: Public name -> module that defines it (imported on first use).
_EXPORTS = {
    "Place": "geo.gazetteer",
    "places": "geo.gazetteer",
    "gazetteer": "geo.gazetteer",
    "story_map": "geo.story",
    "events": "geo.links",
    "links_as_of": "geo.links",
    "GeoError": "geo._errors",
    "DataError": "geo._errors",
    "PlaceNotFound": "geo._errors",
    "NearSpellingWarning": "geo._errors",
    "GeocoderUnavailable": "geo._errors",
    "ExportError": "geo._errors",
}

__all__ = ["Mention", "geocode", "geoparse", "links", "settings", *_EXPORTS]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    msg = f"module 'geo' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted(__all__)
