"""What each mention of a story map points at, and what the map draws.

A mention flies to a place's marker or to a link's lines (a corridor's rows
when it names a corridor); :func:`map_content` picks the links and places a
story map draws (not the far places: :mod:`geo._elsewhere`) and where each link's
``article_sentence`` stands in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from geo._elsewhere import far_ids
from geo.gazetteer import Place
from geo.geoparse import Mention, link_names
from geo.maps import slug

if TYPE_CHECKING:
    import geopandas


@dataclass
class Target:
    """What a mention points at: a key, a label, the CSS classes of its drawn features."""

    key: str
    label: str
    classes: list[str] = field(default_factory=list)
    popup: str | None = None  # name in the popup that opens (the first feature's)


def _link_rows(links: geopandas.GeoDataFrame, link_id: str) -> geopandas.GeoDataFrame:
    """Rows of a link id: the row itself, or the rows of a corridor (``corridor`` column)."""
    hit = links["id"].astype(str) == link_id
    for column in ("corridor", "corridors"):
        if column in links.columns:
            # (as bool: mapped over no rows, the result keeps the column's string dtype)
            hit |= (
                links[column]
                .map(lambda v: link_id in v if isinstance(v, list | tuple) else str(v) == link_id)
                .astype(bool)
            )
    return links[hit]


def targets(mentions: Sequence[Mention], links: geopandas.GeoDataFrame) -> dict[str, Target]:
    """Key, label and feature classes of everything the mentions point at."""
    link_ids = set(links["id"].astype(str))
    names = dict(zip(links["id"].astype(str), links["name"].astype(str), strict=True))
    out: dict[str, Target] = {}
    far = far_ids((m.place for m in mentions if m.place is not None), links.geometry)
    for m in mentions:
        k = key(m)
        if k in out:
            continue
        if m.place is not None:
            pid = m.place.id
            if pid in link_ids:  # drawn as a link (an embassy, a reservoir)
                out[k] = Target(k, names[pid], [f"link-{slug(pid)}"], names[pid])
            elif pid in far:  # listed beside the map, not drawn
                out[k] = Target(k, m.place.name)
            else:
                out[k] = Target(k, m.place.name, [f"place-{slug(pid)}"], m.place.name)
            continue
        rows = _link_rows(links, str(m.link))
        label = names.get(str(m.link)) or next(iter(link_names().get(str(m.link), ())), m.text)
        classes = [f"link-{slug(i)}" for i in rows["id"].astype(str)]
        popup = str(rows["name"].iloc[0]) if len(rows) else None
        out[k] = Target(k, label, classes, popup)
    return out


def key(m: Mention) -> str:
    return f"place:{m.place.id}" if m.place is not None else f"link:{m.link}"


def _sentence_span(text: str, sentence: str) -> tuple[int, int] | None:
    """Where ``sentence`` stands in ``text``, blanks compared loosely."""
    tokens = sentence.split()
    if not tokens:
        return None
    hit = re.search(r"\s+".join(re.escape(t) for t in tokens), text)
    return (hit.start(), hit.end()) if hit else None


def _places_frame(places: Sequence[Place]) -> geopandas.GeoDataFrame:
    """Return a :func:`geo.places`-like frame of the given places."""
    import geopandas
    from shapely.geometry import Point

    columns = ("id", "name", "kind", "country", "lat", "lon", "source", "derivation", "prominence")
    data: dict[str, list[Any]] = {c: [getattr(p, c, None) for p in places] for c in columns}
    data["aliases"] = [list(p.aliases) for p in places]
    geometry = [p.geometry if p.geometry is not None else Point(p.lon, p.lat) for p in places]
    return geopandas.GeoDataFrame(data, geometry=geometry, crs="EPSG:4326")


def map_content(
    text: str, mentions: Sequence[Mention], links: geopandas.GeoDataFrame
) -> tuple[geopandas.GeoDataFrame, geopandas.GeoDataFrame, dict[str, tuple[int, int]]]:
    """Return the links and places to draw, and the span of each link's sentence in the text."""
    mentioned = {str(m.link) for m in mentions if m.link is not None}
    place_ids = {m.place.id for m in mentions if m.place is not None}
    keep = links["id"].astype(str).isin(place_ids)
    for link_id in mentioned:
        keep |= links.index.isin(_link_rows(links, link_id).index)
    spans: dict[str, tuple[int, int]] = {}
    if "article_sentence" in links.columns:
        for link_id, sentence in zip(
            links["id"].astype(str), links["article_sentence"], strict=True
        ):
            span = _sentence_span(text, sentence) if isinstance(sentence, str) else None
            if span is not None:
                spans[link_id] = span
        keep |= links["id"].astype(str).isin(spans)
    drawn = links[keep]
    if "article_sentence" in drawn.columns:  # quote only sentences of this text
        drawn = drawn.assign(
            article_sentence=[
                sentence if link_id in spans else None
                for link_id, sentence in zip(
                    drawn["id"].astype(str), drawn["article_sentence"], strict=True
                )
            ]
        )
    link_ids = set(drawn["id"].astype(str))
    seen: dict[str, Place] = {}
    far = far_ids((m.place for m in mentions if m.place is not None), drawn.geometry)
    for m in mentions:  # far places are listed beside the map (geo._elsewhere)
        if m.place is not None and m.place.id not in link_ids and m.place.id not in far:
            seen.setdefault(m.place.id, m.place)
    return drawn, _places_frame(list(seen.values())), spans
