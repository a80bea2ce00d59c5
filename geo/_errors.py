"""Error classes raised by :mod:`geo`.

Every error derives from :class:`GeoError` and from the built-in exception a
caller would naturally catch, so ``except LookupError`` or ``except ValueError``
keeps working.
"""

from __future__ import annotations


class GeoError(Exception):
    """Base class of every error raised by this package."""


class DataError(GeoError, ValueError):
    """A data file is malformed: the message names the file, the record and the field."""


class PlaceNotFound(GeoError, LookupError):
    """No place matches a query; the message lists the closest candidates."""

    def __init__(self, message: str, *, query: str = "", candidates: tuple[str, ...] = ()):
        super().__init__(message)
        self.query = query
        self.candidates = candidates


class NearSpellingWarning(UserWarning):
    """:func:`geo.geocode` answered with a near spelling's place: no place has the name asked.

    The gazetteer's typo tolerance finds "Nakhchivn" (Nakhchivan), and also a real place it
    lacks by another's name ("Kiel" by Kiev's, Kyiv): the warning names both, so that a caller
    can tell a typo from a gap (``warnings.simplefilter("error", NearSpellingWarning)`` makes
    it an error).
    """


class GeocoderUnavailable(GeoError, ConnectionError):
    """The online geocoder could not be reached or answered with an error."""


class ExportError(GeoError, OSError):
    """A map could not be written or rendered."""
