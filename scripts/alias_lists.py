"""Alias lists of the built layers, kept free of repeats by the gazetteer's own key.

A place record's ``aliases`` must not repeat its name or each other as the gazetteer
compares names (``geo.gazetteer.normalize``: case, diacritics, punctuation), or it would
index one name twice. ``build_world.py`` (``world_seas.py``) and ``build_regions.py``
(``regions_seats.py``) both clean their lists here.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from geo.gazetteer import normalize  # noqa: E402


def dedupe(name: str, names: Iterable[str]) -> list[str]:
    """Return ``names`` without ``name`` and without repeats (by normalised key)."""
    seen = {normalize(name)}
    out = []
    for n in names:
        key = normalize(n)
        if key and key not in seen:
            seen.add(key)
            out.append(n)
    return out
