"""How closely a drawn link must agree with the lengths its sources publish.

A published length and the drawn geodesic length of what it measures agree within
:data:`AGREE`, or within :data:`APPROX_AGREE` when the source itself states the figure
as approximate: the figure's ``approx`` field quotes those words, which must hold a
hedge of :data:`HEDGES` and the value (:func:`approx_problem`). :mod:`geo.linkdata`
validates the figures; ``tests/test_routes.py`` holds every link to :func:`agreement`.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["AGREE", "APPROX_AGREE", "HEDGES", "agreement", "approx_problem"]

#: A published length and the drawn geodesic length of what it measures agree within this
#: fraction (tests/test_routes.py holds every figure to it).
AGREE = 0.05
#: ... or within this, for a figure its source itself states as approximate ("about 55 km",
#: "около 55 км"): the figure's ``approx`` field quotes those words. A hedged round number,
#: often given before the route was designed, carries twice the precision of a stated one.
APPROX_AGREE = 0.10
#: Words that mark a figure as approximate in the languages of the sources; an ``approx``
#: quotation must contain one of them and the figure's value. Bounds ("over", "более",
#: "more than") are not among them: a lower bound is not a figure with a precision.
HEDGES = (
    "about", "around", "approximately", "roughly", "some", "nearly", "almost",
    "около", "примерно", "приблизительно", "порядка", "почти",
    "təxminən", "təqribən", "yaxın", "təxmini",
    "حدود", "حدوداً", "تقریباً", "قریب",
)  # fmt: skip


def approx_problem(words: Any, value: float) -> str | None:
    """Return what is wrong with an ``approx`` quotation, or None when it is sound.

    It must be the source's own words, with a hedge of :data:`HEDGES` and the value.

    Examples
    --------
    >>> approx_problem("около 55 км", 55) is None
    True
    >>> approx_problem("over 55 km", 55) is not None  # a bound, not an approximation
    True
    """
    if not isinstance(words, str) or not words.strip():
        return f"must quote the source's words (a string), got {words!r}."
    folded = words.casefold().replace(",", ".")
    hedged = any(re.search(rf"(?<!\w){re.escape(h)}(?!\w)", folded) for h in HEDGES)
    number = f"{value:g}"
    numbers = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", folded)}
    if not hedged or float(value) not in numbers:
        msg = (
            f"= {words!r} must quote the source's own words stating the figure as approximate: "
            f"a hedge ({', '.join(HEDGES[:4])}, около, təxminən, حدود...) and the value {number}."
        )
        return msg
    return None


def agreement(fig: Any) -> float:
    """Return the fraction within which a published figure and the drawing must agree.

    Examples
    --------
    >>> agreement({"value": 164}), agreement({"value": 55, "approx": "about 55 km"})
    (0.05, 0.1)
    """
    return APPROX_AGREE if isinstance(fig, dict) and fig.get("approx") else AGREE
