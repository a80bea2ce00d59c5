"""A large city whose name is an ordinary word, named as a city in an English text.

A regional city of Türkiye or Azerbaijan whose name is a word of the stop lists (English
"van") is read only in Turkish or Azerbaijani text (:meth:`geo._automaton._NameTable.
turkic_only`: "Erzurum ve Van"; "the van" stays a vehicle). English and German news on
eastern Turkey names the city too, and says so by the words around it (round 9, fp9-en:
Reuters and other reports on the Van earthquake of 2011; round 12, a German report): a
town or province word before or after it ("the city of Van", "Van city", "Van province",
"der türkischen Stadt Van"), a preposition before the capitalised name ("flew to Van", "in
Van", "the mayor of Van", "nach Van", "von Van aus"), German "und" before the second of two
towns ("Teheran und Van"), a station's word ("Bahnhof Van"), a route's stop joined by a dash
("the Van-Tehran train"), or a country after a comma ("VAN, Turkey", a dateline).
:func:`_named_city` reads those words; a capitalised "Van" in a run of names ("Van Gogh") is
a person's, which :mod:`geo._nameruns` drops before.
"""

from __future__ import annotations

import re

#: a preposition or a town word right before the name
_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:in|to|from|near|at|towards?|of|city of|town of|province of"
    r"|nach|bei|von|zwischen|Stadt|Provinz"
    # the second of a pair of towns, and a station's word ("zwischen Teheran und Van", "der
    # Bahnhof Van": blind set 87)
    r"|und|Bahnhof)[ \u00a0]+$"
    # or a route's stop before it, joined by a dash ("the Tehran-Van-Tehran-Ankara train":
    # held-out set 527a)
    r"|[A-Z][^\W\d_]+[-\u2013]$"
)
#: a town word right after the name, or a country after a comma (a dateline)
_AFTER = re.compile(
    r"[ \u00a0]+(?i:city|province|district)(?![^\W\d_])"
    r"|,[ \u00a0]+(?:Turkey|Türkiye|Azerbaijan)(?![^\W\d_])"
    # or a route's next stop after a dash ("the Van-Tehran train", "the Van-to-Tehran trip":
    # held-out set 527a, five times)
    r"|[-\u2013](?:to-)?[A-Z]"
)
_REACH = 16  # characters before the name where the word before is read


def _named_city(text: str, start: int, stop: int) -> bool:
    """Whether the words around ``text[start:stop]`` name it as a city, in English.

    Examples
    --------
    >>> text = "Erdogan flew to Van. The van was hired in Van city."
    >>> _named_city(text, 16, 19), _named_city(text, 42, 45)
    (True, True)
    >>> _named_city("Van drivers struck.", 0, 3)
    False
    """
    return bool(_BEFORE.search(text, max(start - _REACH, 0), start) or _AFTER.match(text, stop))
