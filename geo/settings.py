"""Defaults users can change.

Every function that needs one of these values reads it from :data:`settings`
when it is called, so changing an attribute takes effect immediately::

    import geo
    geo.settings.online = True
    geo.settings.user_agent = "my-newsroom-maps/1.0 (maps@example.org)"

Environment variables give the starting values, so a notebook or CI job can
set them without code: ``CORRIDORS_ONLINE``, ``CORRIDORS_USER_AGENT``,
``CORRIDORS_NOMINATIM_URL``, ``CORRIDORS_CACHE_DIR``, ``CORRIDORS_CHROMIUM``,
``CORRIDORS_TILES``, ``CORRIDORS_MAPS_DIR``, ``CORRIDORS_DATA_DIR``.

Where the data files come from: a checkout or an editable install
(``pip install -e .``) reads the repository's ``data/``, so edits there take
effect at once; an installed wheel (``pip install .``, ``pip install
git+https://...``) reads the copy it carries in ``geo/_data`` (the files the
library reads, mapped from ``data/`` when the wheel is built).
``CORRIDORS_DATA_DIR`` points at a folder of your own instead (it must hold
the same file names: ``places.yaml``, ``boundaries.geojson``, ``links.yaml``, ...).
Maps go to the repository's ``maps/`` from a checkout, and to ``maps/`` in the
current directory for an installed package (``CORRIDORS_MAPS_DIR`` overrides both).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
#: The data files an installed wheel carries (built from ``data/``; absent in a checkout).
PACKAGED_DATA_DIR = _PACKAGE_DIR / "_data"
#: The repository's ``data/``, read from a checkout and by an editable install.
REPOSITORY_DATA_DIR = _PACKAGE_DIR.parent / "data"
#: Whether the package runs from an installed wheel rather than from the repository.
INSTALLED = PACKAGED_DATA_DIR.is_dir()
#: Folder holding the data files the package ships (``CORRIDORS_DATA_DIR`` aside).
DATA_DIR = PACKAGED_DATA_DIR if INSTALLED else REPOSITORY_DATA_DIR
#: Default folder for exported maps: the repository's ``maps/``, else ``./maps``.
MAPS_DIR = Path("maps") if INSTALLED else REPOSITORY_DATA_DIR.parent / "maps"


def _env_flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass
class Settings:
    """Package-wide defaults.

    Attributes
    ----------
    online : bool
        Whether :func:`geo.geocode` may ask the online geocoder when the
        gazetteer has no answer. Off by default: everything works offline.
    user_agent : str
        The identifying User-Agent sent to Nominatim (its usage policy requires one).
    nominatim_url : str
        Base URL of the Nominatim service (a local server in tests).
    timeout : float
        Seconds to wait for one online request.
    min_delay_seconds : float
        Minimum time between two online requests (Nominatim allows 1 per second).
    cache_dir : pathlib.Path
        Folder of the persistent online-geocoding cache and of the built
        gazetteer's pickle (``gazetteer-<hash>.pickle``, see :mod:`geo._placedata`).
    data_dir : pathlib.Path
        Folder of the gazetteer and links data: :data:`DATA_DIR` (the
        repository's ``data/``, or the copy an installed wheel carries) unless
        ``CORRIDORS_DATA_DIR`` names another.
    chromium_path : str or None
        The Chromium executable used for PNG snapshots and browser checks.
    tiles : bool
        Whether maps carry online tile layers (they always carry the local
        vector context layer, so they read with no tiles at all).
    maps_dir : pathlib.Path
        Where notebooks and ``corridors build`` write exported maps: the
        repository's ``maps/`` from a checkout, ``maps/`` in the current
        directory for an installed package.
    """

    online: bool = field(default_factory=lambda: _env_flag("CORRIDORS_ONLINE", False))
    user_agent: str = field(
        default_factory=lambda: os.environ.get(
            "CORRIDORS_USER_AGENT", "azir-corridors/0.1 (https://github.com/azir-corridors)"
        )
    )
    nominatim_url: str = field(
        default_factory=lambda: os.environ.get(
            "CORRIDORS_NOMINATIM_URL", "https://nominatim.openstreetmap.org"
        )
    )
    timeout: float = 10.0
    min_delay_seconds: float = 1.0
    cache_dir: Path = field(
        default_factory=lambda: Path(
            os.environ.get("CORRIDORS_CACHE_DIR", Path.home() / ".cache" / "azir-corridors")
        )
    )
    data_dir: Path = field(
        default_factory=lambda: Path(os.environ.get("CORRIDORS_DATA_DIR") or DATA_DIR)
    )
    chromium_path: str | None = field(
        default_factory=lambda: os.environ.get("CORRIDORS_CHROMIUM") or shutil.which("chromium")
    )
    tiles: bool = field(default_factory=lambda: _env_flag("CORRIDORS_TILES", True))
    maps_dir: Path = field(
        default_factory=lambda: Path(os.environ.get("CORRIDORS_MAPS_DIR", MAPS_DIR))
    )


#: The settings object every function reads.
settings = Settings()
