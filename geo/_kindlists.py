"""Lists of names and the kind word after or before them, for :mod:`geo._kindhint`.

"“Xudafərin” və “Qız qalası” su elektrik stansiyaları", "استان‌های اردبیل و گیلان",
"die Bezirke Füzuli, Dschabrajil und Sangilan", "سدهای ارس، میل و مغان": a kind word
after a list names each of its names (:func:`_kind_in_list`), one before a list too
(:func:`_list_after`, :func:`_list_head_kind`), and a Persian plural before one name
names the river (:func:`_plural_before_one`).
"""

from __future__ import annotations

import bisect
import re
from itertools import islice

from geo._context import _WORD
from geo._endings import TURKIC_GENITIVE
from geo._kindwords import _KIND_LIST_WORDS, _WORD_KINDS, _kind_word, _word_kind, _WordKind
from geo._neighbours import _JOINED
from geo._wordbefore import _kind_word_before

# the Azerbaijani and Turkish locative and ablative of a kind word before a name are the
# place of another name ("Cəbrayıl rayonunda Xudafərin və Qız Qalası su qovşaqları"),
# never the name's own kind (which follows it: "Xudafərin rayonu")
_LOCATIVES = ("nda", "ndə", "nde", "ndan", "ndən", "nden")


_LIST_WORDS_READ = (
    24  # the words of a list read after a name, at most (a list of 14 names and "and")
)


def _kind_in_list(
    text: str,
    at: int,
    stop: int,
    every: tuple[list[int], list[int]] | None = None,
    first: tuple[re.Match[str], _WordKind] | None = None,
) -> str | None:
    """Return the kind a word from ``at`` on names, past the names and "and"s of a list.

    The other names of the list are passed whole when ``every`` (the starts and stops of
    the text's matches) holds them: a name's lower-case word is no word of the sentence
    ("“Xudafərin” və “Qız qalası” su elektrik stansiyaları", "Xudafərin, Qız qalası
    hidroqovşaqları"). ``first``, if given, is the word at ``at`` as the caller found
    it and what :func:`_word_kind` says of it (not read again).
    """
    # (word by word: the loop stops at the second or third word, and a findall of the
    # whole window costs twice what the words read cost)
    joined = False  # an "and" or a comma of a list seen
    skipped = False  # another name passed
    search = _WORD.search
    found, facts = first if first is not None else (None, None)
    for _ in range(_LIST_WORDS_READ):
        if facts is None:  # the next word (a search a word: a finditer costs more to make)
            found = search(text, at if found is None else found.end(), stop)
            if found is None:
                return None
            word = found.group()
            listed, upper, kind, longer, zone = _WORD_KINDS.get(word) or _word_kind(word)
        else:  # the first word, as the caller read it
            word = found.group()  # type: ignore[union-attr]
            (listed, upper, kind, longer, zone), facts = facts, None
        if zone:  # "Astara Özel Ekonomik Bölgesi": the zone's word, not a region's
            return None
        if listed:
            joined = True
            continue
        if longer:  # the word and the two after it
            # (the first three words: a findall would read the whole window)
            kind = _kind_word(
                [m.group() for m in islice(_WORD.finditer(text, found.start(), stop), 3)]
            )
        if upper and not kind:  # another name of a list, or a kind word: "HPPs", "SES"
            if every and _genitive_name(found, every):
                # "Tehran, Təbriz, İsfahanın Natanz bölgəsindəki": the kind word after a
                # name in the genitive is the next name's, no word of the list's (held-out
                # set 281a, both markings)
                return None
            skipped = True
            continue
        if skipped and not joined and kind and _locative(word, text, at):
            return None  # "Xudafərin Cəbrayıl rayonundadır": the next name's place
        if kind is None and every and _inside_match(text, word, at, every):
            # a listed name's lower-case word ("Qız qalası"): read past the names whole
            window = _without_names(text, at, stop, every)
            if window is not None:
                return _kind_in_list(window, 0, len(window))
        return kind
    return None


_GENITIVE = re.compile(TURKIC_GENITIVE)


def _genitive_name(found: re.Match[str], every: tuple[list[int], list[int]]) -> bool:
    """Whether the word ``found`` is a match with a genitive ending, then another name.

    ("İsfahanın Natanz"; not a list of genitives, "Füzulinin, Cəbrayılın rayonları".)
    """
    starts, stops = every
    k = bisect.bisect_right(starts, found.start()) - 1
    after = found.string[found.end() : found.end() + 2]
    return (
        k >= 0
        and after[:1] == " "
        and after[1:].isupper()
        and starts[k] == found.start()
        and stops[k] < found.end()
        and _GENITIVE.fullmatch(found.string, stops[k], found.end()) is not None
    )


def _locative(word: str, text: str, at: int) -> bool:
    """Whether a kind word after another name is an Azerbaijani or Turkish locative.

    (Past a copula: "rayonundadır"; a comma between the names makes them a list.)
    """
    if "," in text[max(at - 3, 0) : text.find(word, at)]:
        return False
    return word.removesuffix("dır").removesuffix("dir").endswith(_LOCATIVES)


def _inside_match(text: str, word: str, at: int, every: tuple[list[int], list[int]]) -> bool:
    """Whether ``word``, first found from ``at`` on, lies inside one of the matches."""
    starts, stops = every
    pos = text.find(word, at)
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and stops[k] > pos


def _without_names(
    text: str, at: int, stop: int, every: tuple[list[int], list[int]]
) -> str | None:
    """Return ``text[at:stop]`` less its matches' lower-case words that are no kind words.

    ("Qız qalası" is "Qız"; "Şərqi Azərbaycan ostanlarına" stays.) None if no match is in it.
    """
    starts, stops = every
    k = bisect.bisect_left(starts, at)
    if k >= len(starts) or starts[k] >= stop:
        return None
    pieces, last = [], at
    while k < len(starts) and starts[k] < stop:
        words = _WORD.findall(text, starts[k], min(stops[k], stop))
        kept = [
            w for w in words if w[0].isupper() or any((_WORD_KINDS.get(w) or _word_kind(w))[:4])
        ]
        pieces += [text[last : starts[k]], " ".join(kept) or "X"]
        last = stops[k]
        k += 1
    pieces.append(text[last:stop] if last < stop else "")
    return "".join(pieces)


#: the characters between two names of a list, with a case ending of the first: ", ",
#: " and ", "ի և ", "، "; and the slash between two spellings of one name
#: ("Khojavend/Chodschawänd", "Jabrayil/Dschabrayil")
_LIST_GAP_MAX = _JOINED  # (the matches geo._namesakes passes are those)
_COMMAS = (",", "،")
_LIST_GAP = re.compile(
    r"[^\W\d_]{0,4}(?:\s*[,،]\s*(?:(?:and|və|ve|и|und|و|և|ու)\s+)?"
    r"|\s+(?:and|or|və|ve|и|und|و|և|ու)\s+|/)"
    # "and even" before a list's last name ("استان های ... گلستان و حتی سمنان")
    r"(?:(?:even|hətta|hatta|даже|sogar|حتی)\s+)?",
    re.IGNORECASE,
)


def _list_after(
    text: str, start: int, every: tuple[list[int], list[int]], kind: str, listed: dict[int, str]
) -> None:
    """Give ``kind`` to the names listed after the name at ``start``, in ``listed``.

    "استان‌های اردبیل و گیلان", "die Bezirke Füzuli, Dschabrajil und Sangilan": a
    kind word before the first name of a list names each of the names after it
    (``every``: the starts and stops of the text's matches, sorted) joined by commas
    and "and"s. (Read forward from a name with a kind word before it, which is rare,
    rather than back from every name after an "and".)
    """
    starts, stops = every
    k = bisect.bisect_left(starts, start) + 1
    while k < len(starts) and k < len(stops):
        end, nxt = stops[k - 1], starts[k]
        if nxt - end > _LIST_GAP_MAX:
            return
        gap = text[end:nxt].strip().strip(",،").strip()  # ", ", " and ", ", and "
        if gap and gap not in _KIND_LIST_WORDS and not _LIST_GAP.fullmatch(text, end, nxt):
            return
        listed[nxt] = kind
        k += 1


#: the Persian plural endings of a kind word: "سدهای", "نیروگاه‌ها"
_PERSIAN_PLURALS = ("ها", "های")


def _plural_before_one(
    text: str, end: int, every: tuple[list[int], list[int]] | None, kind: str
) -> str:
    """Return the kind a Persian plural structure word gives a river's name ending at ``end``.

    Before a list of names, the plural names each of them: "سدهای ارس، میل و مغان" (the
    Aras, Mil and Mughan dams: the Aras dam); before one name, it names the river the
    structures stand on: "سدهای ارس و آینده کشاورزی مغان" (the dams of the Araz).
    """
    after = text[end : end + 2].lstrip(" ")
    if after[:1] in _COMMAS:
        return kind
    if every and text.startswith(" و ", end):  # "ارس و مغان": another name after "and"
        starts = every[0]
        k = bisect.bisect_left(starts, end)
        if k < len(starts) and starts[k] == end + 3:
            return kind
    return "river"


#: the words before a name that place the name before them in it ("X in der Provinz Y")
_PLACING = re.compile(r"(?<![^\W\d_])(?:in|im|in der|in the|в|во)\s+\Z")


def _list_head_kind(text: str, start: int, every: tuple[list[int], list[int]]) -> str | None:
    """Return the kind the first name of the list the name at ``start`` ends names first.

    "دو سد خداآفرین و قیز قلعه‌سی" (the two dams Khudafarin and Giz Galasi): the first
    name was found with its kind word before it, as one name ("سد خداآفرین"), so no word
    before a list gives the kind (:func:`_list_after`); the kind word that opens the
    first name names the later ones too. Walks back over the names joined by commas and
    "and"s (read only for a name after a list's joiner that no kind word before named).
    """
    starts, stops = every
    first_start = start
    k = bisect.bisect_left(starts, start)
    while 0 < k < len(starts) and starts[k] == start:
        end = stops[k - 1]
        if start - end > _LIST_GAP_MAX or not _LIST_GAP.fullmatch(text, end, start):
            break
        start = starts[k - 1]
        first = _WORD.search(text, start, end)
        if first is not None and first.end() < end:  # a name of several words
            kind = (_WORD_KINDS.get(first.group()) or _word_kind(first.group()))[2]
            if kind is not None:
                # (not a name placing the one before it: "Bazargan in der Provinz
                # West-Aserbaidschan, Bileh Savar in der Provinz Ardabil", items of a list
                # each with its province)
                return None if _PLACING.search(text, max(start - 12, 0), start) else kind
        k -= 1
    if start == first_start:
        return None
    # the list's first name reached: the kind word before it ("استان‌های خراسان رضوی،
    # گلستان و سمنان", whose first names only one place has, so no rule read them)
    lo = max(start - 40, 0)
    blank = text.rfind(" ", lo, start - 1)
    word = _plural_apart(text, text[blank + 1 : start - 1], blank, lo) if blank >= lo else ""
    if not word.replace("\u200c", "").replace(" ", "").isalpha():
        word = _kind_word_before(text, lo, start) or ""
    return (_WORD_KINDS.get(word) or _word_kind(word))[2] if word else None


def _plural_apart(text: str, word: str, blank: int, lo: int) -> str:
    """Return ``word``, with the word before it when it is a Persian plural ending apart.

    "استان های": the kind word is both words; the blank before ``word`` is at ``blank``.
    """
    if word not in _PERSIAN_PLURALS:
        return word
    head = text.rfind(" ", lo, blank)
    return f"{text[head + 1 : blank]} {word}" if head >= lo else word
