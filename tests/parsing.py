"""What the geoparser finds in a text, as the geoparse tests compare it."""

from geo.geoparse import geoparse


def found(text: str) -> list[tuple[str, str]]:
    """Return each mention's text and target (place id or link id), in order.

    Spans may leave a case ending out (the gold scorer accepts that).
    """
    return [(m.text, m.target) for m in geoparse(text)]
