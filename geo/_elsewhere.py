"""Places far from the region: listed beside a story map, not drawn on it.

An article about the Araz corridor names Moscow, China, Europe or the Persian
Gulf in passing ("containers from China", "Moscow's assurances"). Drawn on the
map they would zoom it out to half the world; instead the story page lists them
as "also mentioned", each with a small locator: a world frame in
equirectangular projection with the region's box and a dot where the place is
(:func:`locator_svg`, inline SVG made of numbers only, so it needs nothing
online and carries no text from the article).

A place is far (:func:`is_far`) when its point (a polygon's representative point)
lies outside :data:`REGION_BOUNDS`, whichever layer holds it: the curated Kavala or
Moscow Kremlin is as far as GeoNames' Moscow. Only the project's own countries
(``data/places.yaml``: Iran, Turkey) stay on the map though their centres are far.
Within an article (:func:`far_ids`), a far town next to a place the map draws is drawn
too (Sochi, 33 km from Leselidze across the border): it does not widen the map; so is a
town inside one of the project's countries the article names, which the map draws whole
(Shalamcheh and Chabahar in a text naming Iran); and an article that names nothing in
the region (Serhetabat, Torghundi and Herat) has nothing far: its map goes where it goes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from geo.gazetteer import REGION_BOUNDS, Place, haversine_km

__all__ = ["REGION_BOUNDS", "far_ids", "is_far", "locator_svg"]

#: a far place this close to a place the map draws is drawn beside it
NEAR_DRAWN_KM = 50.0
#: the kinds whose point stands for an area, which no town is "next to"
_AREA_KINDS = frozenset(
    {"country", "macro-region", "continent", "sea", "region", "lake", "island"}
)

_W, _H = 72, 36  # the locator's size in px: 5 degrees a pixel


def is_far(place: Place) -> bool:
    """Whether ``place`` lies outside the region and is not one of the project's countries.

    Examples
    --------
    >>> from geo.gazetteer import gazetteer
    >>> g = gazetteer()
    >>> is_far(g.by_id["baku"]), is_far(g.by_id["ir"]), is_far(g.by_id["kavala-gr"])
    (False, False, True)
    """
    if place.lat is None or place.lon is None:
        return False
    if place.kind == "country" and getattr(place, "layer", "curated") == "curated":
        return False  # (Iran, Turkey: the project's own countries reach into the region)
    south, west, north, east = REGION_BOUNDS
    return not (south <= place.lat <= north and west <= place.lon <= east)


def far_ids(places: Iterable[Place], lines: Iterable[Any] = ()) -> frozenset[str]:
    """Return the ids of the far places of an article: :func:`is_far`, and not near a drawn one.

    A far place within :data:`NEAR_DRAWN_KM` of a place the map draws (not an area's
    point: a country's or sea's) is drawn with it, the map no wider for it; so is one
    within that distance of a link the map draws (``lines``, shapely geometries: Basra and
    Baghdad on Iraq's Development Road, which takes the map there). An article with no
    place in the region and no link (every place far) has none far: its map shows them.

    Examples
    --------
    >>> from geo.gazetteer import gazetteer
    >>> g = gazetteer()
    >>> sorted(far_ids([g.by_id["geonames:491422"], g.by_id["leselidze"]]))  # Sochi
    []
    >>> sorted(far_ids([g.by_id["geonames:1219377"], g.by_id["baku"]]))  # Serhetabat
    ['geonames:1219377']
    >>> sorted(far_ids([g.by_id["geonames:1219377"], g.by_id["torghundi"]]))
    []
    """
    places = list({p.id: p for p in places}.values())
    lines = [g for g in lines if g is not None and not g.is_empty]
    if not lines and all(is_far(p) for p in places):
        return frozenset()  # (nothing in the region to keep the map on)
    # the project's countries the article names, drawn whole: a place inside one is on the
    # map already (Shalamcheh or Chabahar in a text naming Iran), and drawn
    lands = [
        p.geometry
        for p in places
        if p.kind == "country" and not is_far(p) and getattr(p, "geometry", None) is not None
    ]
    drawn = [
        p
        for p in places
        if p.lat is not None
        and p.lon is not None
        and p.kind not in _AREA_KINDS
        and (not is_far(p) or _inside(p, lands))
    ]
    return frozenset(
        p.id
        for p in places
        if is_far(p)
        and not (
            p.kind not in _AREA_KINDS
            and (
                any(haversine_km(p.lat, p.lon, q.lat, q.lon) <= NEAR_DRAWN_KM for q in drawn)
                or any(_near_line(p, line) for line in lines)
            )
        )
    )


def _inside(place: Place, lands: list[Any]) -> bool:
    """Whether ``place``'s point lies inside one of ``lands`` (the drawn countries' areas)."""
    if not lands:
        return False
    from shapely.geometry import Point

    point = Point(place.lon, place.lat)
    return any(land.covers(point) for land in lands)


def _near_line(place: Place, line: Any) -> bool:
    """Whether ``place`` lies within :data:`NEAR_DRAWN_KM` of ``line`` (a drawn link)."""
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    point = Point(place.lon, place.lat)
    if point.distance(line) > 2.0:  # (two degrees: over 50 km up to 75° north)
        return False
    nearest = nearest_points(line, point)[0]
    return haversine_km(place.lat, place.lon, nearest.y, nearest.x) <= NEAR_DRAWN_KM


def _x(lon: float) -> float:
    return round((lon + 180.0) / 360.0 * _W, 1)


def _y(lat: float) -> float:
    return round((90.0 - lat) / 180.0 * _H, 1)


def locator_svg(lat: float, lon: float) -> str:
    """Return a small inline SVG locating a point on the world, with the region's box.

    Examples
    --------
    >>> svg = locator_svg(55.75, 37.62)  # Moscow
    >>> svg.startswith('<svg class="story-locator"') and "<circle" in svg
    True
    """
    south, west, north, east = REGION_BOUNDS
    box = (
        f'<rect class="region" x="{_x(west)}" y="{_y(north)}" '
        f'width="{round(_x(east) - _x(west), 1)}" height="{round(_y(south) - _y(north), 1)}"/>'
    )
    return (
        f'<svg class="story-locator" width="{_W}" height="{_H}" viewBox="0 0 {_W} {_H}" '
        'role="img" aria-hidden="true">'
        f'<rect class="world" x="0.5" y="0.5" width="{_W - 1}" height="{_H - 1}"/>'
        f'<line class="equator" x1="0" y1="{_y(0)}" x2="{_W}" y2="{_y(0)}"/>'
        f"{box}"
        f'<circle cx="{_x(float(lon))}" cy="{_y(float(lat))}" r="2.2"/></svg>'
    )
