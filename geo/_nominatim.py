"""Online geocoding through geopy's Nominatim, rate-limited and cached on disk.

Used only when a caller asks for it (``online=True``, ``--online`` or
``geo.settings.online``). The cache is a JSON file in ``settings.cache_dir``
mapping each normalised query to Nominatim's answer (or ``null`` for "no
match"), written atomically; a corrupt cache is set aside with a warning.
"""

from __future__ import annotations

import json
import os
import threading
import time
import warnings
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from shapely.geometry import Point

from geo._atomic import write_atomic
from geo._errors import GeocoderUnavailable, PlaceNotFound
from geo.gazetteer import Place, normalize
from geo.settings import settings

_lock = threading.Lock()
_last_request = 0.0

#: Nominatim ``addresstype``/``type`` values mapped to gazetteer kinds.
_KINDS = {
    "country": "country",
    "state": "region",
    "province": "region",
    "region": "region",
    "county": "district",
    "district": "district",
    "city": "city",
    "town": "town",
    "village": "village",
    "hamlet": "village",
    "river": "river",
    "dam": "dam",
    "reservoir": "reservoir",
    "embassy": "building",
}


def cache_path() -> Path:
    """Return the path of the online-geocoding cache file."""
    return Path(settings.cache_dir) / "nominatim.json"


def _read_cache(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("top level is not an object")
        return data
    except FileNotFoundError:
        return {}
    except (ValueError, UnicodeDecodeError) as e:
        aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
        os.replace(path, aside)
        warnings.warn(
            f"Geocoding cache {path} was unreadable ({e}); moved it to {aside} and started a new one.",
            stacklevel=3,
        )
        return {}


def _write_cache(path: Path, data: dict[str, Any]) -> None:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0)
    write_atomic(path, text.encode("utf-8"))


def _throttle() -> None:
    """Sleep so that two requests are at least ``settings.min_delay_seconds`` apart."""
    global _last_request
    with _lock:
        wait = _last_request + settings.min_delay_seconds - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        _last_request = time.monotonic()


def _request(query: str) -> dict[str, Any] | None:
    from geopy import exc
    from geopy.adapters import URLLibAdapter
    from geopy.geocoders import Nominatim

    url = urlsplit(settings.nominatim_url)
    client = Nominatim(
        user_agent=settings.user_agent,
        domain=url.netloc + url.path.rstrip("/"),
        scheme=url.scheme or "https",
        timeout=settings.timeout,
        adapter_factory=URLLibAdapter,  # one request per call: no hidden retries
    )
    _throttle()
    where = f"Nominatim at {settings.nominatim_url}"
    try:
        location = client.geocode(query, exactly_one=True, addressdetails=True, language="en")
    except exc.GeocoderRateLimited as e:
        retry = f" Retry after {e.retry_after} s." if e.retry_after else ""
        msg = f"{where} refused {query!r}: too many requests (HTTP 429).{retry} Answers are cached; try again later."
        raise GeocoderUnavailable(msg) from e
    except exc.GeocoderTimedOut as e:
        msg = f"{where} did not answer {query!r} within {settings.timeout} s (settings.timeout)."
        raise GeocoderUnavailable(msg) from e
    except exc.GeocoderInsufficientPrivileges as e:
        msg = f"{where} refused the request (HTTP 403): set an identifying settings.user_agent."
        raise GeocoderUnavailable(msg) from e
    except exc.GeopyError as e:
        msg = f"{where} failed for {query!r}: {e}. Check the network or settings.nominatim_url."
        raise GeocoderUnavailable(msg) from e
    return None if location is None else location.raw


def _place(raw: dict[str, Any]) -> Place:
    address = raw.get("address") or {}
    kind = _KINDS.get(raw.get("addresstype", ""), _KINDS.get(raw.get("type", ""), "town"))
    lat, lon = float(raw["lat"]), float(raw["lon"])
    osm = f"osm:{raw.get('osm_type', 'node')}/{raw.get('osm_id', raw.get('place_id'))}"
    return Place(
        id=osm,
        name=raw.get("name") or raw.get("display_name", "").split(",")[0],
        kind=kind,
        country=str(address.get("country_code", "")).upper(),
        lat=lat,
        lon=lon,
        geometry=Point(lon, lat),
        source=f"OpenStreetMap via Nominatim ({settings.nominatim_url}), ODbL: {raw.get('display_name', '')}",
    )


def geocode_online(query: str) -> Place:
    """Geocode ``query`` with Nominatim, using and filling the on-disk cache.

    Raises
    ------
    PlaceNotFound
        When Nominatim has no match.
    GeocoderUnavailable
        On a timeout, an HTTP error or no network.
    """
    key = normalize(query)
    path = cache_path()
    cache = _read_cache(path)
    if key in cache:
        raw = cache[key]
    else:
        raw = _request(query)
        cache[key] = raw
        _write_cache(path, cache)
    if raw is None:
        msg = f"No place matches {query!r} in the gazetteer or on Nominatim ({settings.nominatim_url})."
        raise PlaceNotFound(msg, query=query)
    return _place(raw)
