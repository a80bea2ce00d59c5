"""Where a curated place's names geocode, as the round-by-round place tests check it."""

from geo.gazetteer import haversine_km
from geo.geocode import geocode


def assert_geocodes_to(name: str, ident: str, places: dict, km: float = 3.0) -> None:
    """Assert ``name`` geocodes to ``ident`` with the kind, country and point ``places`` give.

    ``places`` maps an id to ``(kind, country, lat, lon)``, the cited point; the place must
    lie within ``km`` of it.
    """
    place = geocode(name)
    kind, country, lat, lon = places[ident]
    assert (place.id, place.kind, place.country) == (ident, kind, country)
    assert haversine_km(place.lat, place.lon, lat, lon) < km
