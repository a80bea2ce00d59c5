"""The record of one place or named link an article names: :class:`Mention`.

Kept apart from :mod:`geo.geoparse`, which makes them and re-exports the class.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, NamedTuple

from geo.gazetteer import Place


class Mention(NamedTuple):
    """A place or named link an article names.

    An immutable, hashable record (a named tuple: ``m._replace(...)`` makes a
    changed copy). A parse makes tens of thousands of them; a tuple is made in
    one step, an object with attributes field by field.

    Attributes
    ----------
    text : str
        The words as written (``text[start:end]`` of the parsed text).
    start, end : int
        Character offsets into the parsed text.
    sentence : str
        The sentence the mention stands in.
    place : Place or None
        The resolved gazetteer place (``None`` for a named link).
    link : str or None
        The id of the named corridor (``data/corridors.yaml``) or link
        (``data/links.yaml``), or ``None``.
    """

    text: str
    start: int
    end: int
    sentence: str
    place: Place | None = None
    link: str | None = None

    @property
    def target(self) -> str:
        """The id the mention resolves to (place id or link id)."""
        return self.place.id if self.place is not None else str(self.link)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form used by ``corridors parse --json``."""
        place = None
        if self.place is not None:
            p = self.place
            place = {"id": p.id, "name": p.name, "kind": p.kind, "lat": p.lat, "lon": p.lon}
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "place": place,
            "link": self.link,
        }


def sentence_at(text: str, bounds: list[int], start: int) -> str:
    """Return the sentence of ``text`` that holds the offset ``start``.

    ``bounds`` are the starts of the text's sentences, the last one the text's end.

    >>> sentence_at("One. Two.", [0, 4, 9], 6)
    'Two.'
    """
    at = bisect_right(bounds, start) - 1
    return text[bounds[at] : bounds[min(at + 1, len(bounds) - 1)]].strip()
