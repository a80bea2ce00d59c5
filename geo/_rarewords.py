"""The rare words the parse's last steps look for, found in one scan of the text.

The bare Gulf (:mod:`geo._gulf`), a plural port word (:mod:`geo._ports`), a village
word (:mod:`geo._settled`), the Turkish locative adjective (:mod:`geo._insidecues`) and
the Turkish "olmak üzere", "gibi" and the plural province word closing a list of provinces
and its district word
(:mod:`geo._provincelists`), a plural sea word (:mod:`geo._seapairs`) and the Azerbaijani
agreement word (:mod:`geo._quotedtitles`) are rare; each step reads only where its words stand. Python's regex scans a text at
about 6 ms a megabyte whatever the pattern, and ``str.find`` a word at 0.5-1 ms, so
one scan with all the words beats a scan or a few finds for each step; it is kept for
the text last scanned (a parse reads it four times).
"""

from __future__ import annotations

import functools
import re

__all__ = ["rare_hits"]

#: each step's words: the first letters its own pattern then reads on from
_RARE = re.compile(
    r"(?P<gulf>Gulf|Golf|Körf[eə]z)"
    r"|(?P<port>ports |порт[аоы]|Häfen )"
    r"|(?P<village>kənd|köy|village|сел[оеа])"
    r"|(?P<locative>[dt][aeə]ki[ \u00a0])"
    r"|(?P<provinces>olmak üzere |gibi | iller)"
    r"|(?P<district>lçe)"
    r"|(?P<seas>seas|ծովեր|dənizlər)"
    r"|(?P<agreement>[Ss]aziş)"
)


@functools.lru_cache(maxsize=1)
def _scan(text: str) -> dict[str, list[int]]:
    hits: dict[str, list[int]] = {
        "gulf": [], "port": [], "village": [], "locative": [], "provinces": [],
        "district": [], "seas": [], "agreement": [],
    }  # fmt: skip
    for m in _RARE.finditer(text):
        kind = m.lastgroup
        if kind is not None:
            hits[kind].append(m.start())
    return hits


def rare_hits(text: str, kind: str) -> list[int]:
    """Return where the words of ``kind`` start.

    The kinds: gulf, port, village, locative, provinces, district (the Turkish district
    word, :mod:`geo._provincelists`), seas (a plural sea word, :mod:`geo._seapairs`) and
    agreement (the Azerbaijani agreement word, :mod:`geo._quotedtitles`).

    >>> rare_hits("the Gulf, the ports of Baku, Iğdır'daki Dilucu", "gulf")
    [4]
    >>> rare_hits("the Gulf, the ports of Baku, Iğdır'daki Dilucu", "locative")
    [35]
    """
    return _scan(text)[kind]
