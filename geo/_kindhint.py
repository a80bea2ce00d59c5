"""The kind hint for names several places share: a kind word after or before the name.

"the Araz river", "Khudafarin reservoir", "город Астара", "ایستگاه هورادیز":
:func:`_kind_hints` reads the words beside each mention (in the languages the
gazetteer carries, with their case forms) and returns the kind they name, or
the water or tower kind a sentence speaks of. Each word of text is read once
(:func:`geo._kindwords._word_kind` keeps what the rules need of it). The
sentence itself is read by :class:`geo._context._Context`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping
from typing import NamedTuple

from geo._context import _WATER_KINDS, _WORD, _Context, _Match
from geo._kindwords import _KIND_LIST_WORDS, _WORD_KINDS, _kind_forms, _kind_word, _word_kind
from geo._wordbefore import _STOPWORDS, _kind_word_before, _letters_before


def _kind_after(text: str, m: _Match, stop: int) -> str | None:
    """Return the kind a word after the name names, past the other names of a list."""
    end = m[1]
    stop = min(stop, end + 80)
    first = _WORD.search(text, end, stop)
    if first is None:
        return None
    word = first.group()
    # (the table's look-up inline: a call per name costs as much as the look-up)
    listed, upper, kind, longer, _ = _WORD_KINDS.get(word) or _word_kind(word)
    if not (listed or upper or longer):  # the usual case: a word of the sentence
        return kind
    return _kind_in_list(text, first.start(), stop)


_LIST_WORDS_READ = 8  # the words of a list read after a name, at most


def _kind_in_list(
    text: str, at: int, stop: int, every: tuple[list[int], list[int]] | None = None
) -> str | None:
    """Return the kind a word from ``at`` on names, past the names and "and"s of a list.

    The other names of the list are passed whole when ``every`` (the starts and stops of
    the text's matches) holds them: a name's lower-case word is no word of the sentence
    ("“Xudafərin” və “Qız qalası” su elektrik stansiyaları", "Xudafərin, Qız qalası
    hidroqovşaqları").
    """
    # (word by word: the loop stops at the second or third word, and a findall of the
    # whole window costs twice what the words read cost)
    for found in itertools.islice(_WORD.finditer(text, at, stop), _LIST_WORDS_READ):
        word = found.group()
        listed, upper, kind, longer, zone = _WORD_KINDS.get(word) or _word_kind(word)
        if zone:  # "Astara Özel Ekonomik Bölgesi": the zone's word, not a region's
            return None
        if listed:
            continue
        if longer:  # the word and the two after it
            kind = _kind_word(_WORD.findall(text, found.start(), stop)[:3])
        if upper and not kind:  # another name of a list, or a kind word: "HPPs", "SES"
            continue
        if kind is None and every and _inside_match(text, word, at, every):
            # a listed name's lower-case word ("Qız qalası"): read past the names whole
            window = _without_names(text, at, stop, every)
            if window is not None:
                return _kind_in_list(window, 0, len(window))
        return kind
    return None


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


def _joined(word: str) -> bool:
    """Whether ``word`` is letters and zero-width non-joiners: "نیروگاه‌های", "استان‌های"."""
    return "\u200c" in word and word.replace("\u200c", "").isalpha()


def _dateline(text: str, m: _Match) -> bool:
    """Whether the name opens a line in capitals, then a comma or bracket: a dateline."""
    start, end = m[0], m[1]
    return (
        (start == 0 or text[start - 1] == "\n")  # (the caller has asked this first)
        and text[start:end].isupper()
        and text[end : end + 2].rstrip()[:1] in (",", "(", "/")
    )


_UNITS = ("region", "district")  # administrative units: the word need not tell which
#: a structure word names the structure a name stands for, whichever of them the name
#: has, in this order: "Խուդաֆերինի հիդրոէլեկտրակայանը" (a plant word) is the dam
#: where no plant has the name, "Ordubad dam" the plant
_STRUCTURES = {
    "hydropower plant": ("dam", "reservoir"),
    "dam": ("hydropower plant", "reservoir"),
    "reservoir": ("dam", "hydropower plant"),
}


class _KindRules(NamedTuple):
    """What the kind rules need to know of the places sharing a name (:func:`_kind_rules`)."""

    accept: dict[str, str]  # a kind word's kind -> the kind it gives the name (absent: none)
    water: bool  # a dam, reservoir or power plant among them: the sentence's water words count
    river: bool
    reservoir: bool
    dam: str | None  # the kind a water sentence without a reservoir word gives
    building: bool
    unit: str | None  # a unit among water structures: the name outside a water sentence
    regions: frozenset[str | None] | None  # the region rule's countries (_kind_in_sentence)
    by_region: bool  # whether the region rule applies at all
    # a district and a town or village (no city): "Zəngilanın Ağbənd qəsəbəsi" is the district's
    owns_villages: bool = False


def _kind_rules(
    kinds: frozenset[str], regions: frozenset[str | None] | None = None, seated: bool = False
) -> _KindRules:
    """Return the kind rules of :func:`_kind_hints` for the places of ``kinds``, read once.

    ``accept`` holds, for every kind a word can name, the kind it gives these places:
    the word's own kind when one of them has it (``city`` also for a town or village),
    the other administrative unit for a province or district word. See
    :func:`_kind_in_sentence` for ``regions`` and ``seated``.
    """
    accept: dict[str, str] = {}
    for word_kind in {*_kind_forms().values(), "city"}:
        hint = word_kind
        if hint in _UNITS and hint not in kinds:  # a province word, a district: the other unit
            hint = next((k for k in _UNITS if k in kinds), hint)
        elif hint in _STRUCTURES and hint not in kinds:  # a plant word: the dam, ...
            hint = next((k for k in _STRUCTURES[hint] if k in kinds), hint)
        if hint in kinds or (hint == "city" and not kinds.isdisjoint(("town", "village"))):
            accept[word_kind] = hint
    return _KindRules(
        accept,
        not kinds.isdisjoint(_WATER_KINDS),
        "river" in kinds,
        "reservoir" in kinds,
        "dam" if "dam" in kinds else "hydropower plant" if "hydropower plant" in kinds else None,
        "building" in kinds,
        # (not a town's: "Ordubad" is the town, its district and its plant)
        next((k for k in _UNITS if k in kinds), None)
        if kinds.isdisjoint(("city", "town", "village"))
        else None,
        regions,
        "region" in kinds and not seated and not kinds.isdisjoint(("city", "town", "village")),
        "district" in kinds and "city" not in kinds and not kinds.isdisjoint(("town", "village")),
    )


def _kind_hints(
    text: str,
    starts: list[int],
    ends: list[int],
    sentences: tuple[list[int], list[int], Mapping[int, _Context]],
    rules: list[_KindRules | None],
    every: tuple[list[int], list[int]] | None = None,
) -> list[str | None]:
    """Return the kind the words around each name (``text[start:end]``) tell, or None.

    ``sentences`` are the index of each name's sentence, the sentence bounds (sentence
    ``i`` is ``text[bounds[i]:bounds[i + 1]]``) and the sentences read by index (a
    sentence is read only when a rule asks, :class:`geo._context._Contexts`);
    ``rules`` the kind rules of the places
    each name may be (:func:`_kind_rules`; None: the kind cannot change the pick,
    and is not looked for), ``every`` the starts and stops of all the text's
    matches beside another (lists; empty when none is). The word after the name, past the names of a list, else
    the word before it or before the list (:func:`_list_after`), else a
    dateline, gives a kind; failing that, a
    sentence about water or power, or a tower, and the regions it names
    (:func:`_kind_in_sentence`).

    (One call for all the names, with the usual cases of :func:`_kind_after` and
    :func:`geo._wordbefore._kind_word_before` inline: a call per name costs as much as
    the look-ups.)
    """
    hints: list[str | None] = []
    append = hints.append
    search = _WORD.search
    known = _WORD_KINDS.get  # (the table is cleared, never replaced)
    listed_words = _KIND_LIST_WORDS
    list_kinds: dict[int, str] = {}  # the kind a word before a list gives its later names
    at, bounds, contexts = sentences
    for start, end, i, rule in zip(starts, ends, at, rules, strict=True):
        if rule is None:
            append(None)
            continue
        first_of = bounds[i]
        stop = bounds[i + 1]
        if end + 80 < stop:
            stop = end + 80
        # (a Persian kind word comes before its name: one after it is the next name's,
        # "رودخانه ارس، سد و نیروگاه قیز قلعه‌سی")
        first = (
            search(text, end, stop) if text[start] < "\u0600" or text[start] > "\u06ff" else None
        )
        if first is None:
            hint = None
        else:  # the word after
            word = first.group()
            listed, upper, hint, longer, _ = known(word) or _word_kind(word)
            if listed or upper or longer:  # a list, or a kind form of several words
                hint = _kind_in_list(text, first.start(), stop, every)
        if hint is None:  # the kind the word before names
            lo = first_of if first_of > start - 40 else start - 40
            # past an opening quote: 'سد «قیز قلعه‌سی»', 'سدهای “خداآفرین و ...”'
            named = start - 1 if start > lo and text[start - 1] in _OPENING_QUOTES else start
            before = named - 1
            # after a comma, a name of a list whatever the word before it (the word is read
            # only when no comma tells)
            listed = before > 0 and text[before - 1] in _COMMAS
            word = ""
            read = False  # (the word is read to its end here: no _word_before)
            if listed:
                pass
            elif before > lo and text[before] == " ":  # the usual case: a word and a blank
                blank = text.rfind(" ", lo, before)
                if blank >= lo:
                    word = text[blank + 1 : before]
                    if not word.isalpha() and _letters_end(word):  # "Iran's", "5-də"
                        word, read = _letters_before(word, len(word)), True
                else:  # the sentence's first word ("In Kars", "В Нахичевани"): all of it,
                    # when letters that end in no "the" or "of" (what _word_before finds)
                    word = text[lo:before]
                    if not word.isalpha() or word.endswith(_STOPWORDS):
                        word = ""
            if (
                not (listed or read)
                and (not word.isalpha() or word in _STOPWORDS)
                and before >= lo
            ):
                word = _word_before(text, named, lo) if text[before].isspace() else ""
            if listed or word in listed_words:
                # "مناطق فضولی، جبرائیل و زنگیلان": the word before the list names each
                hint = list_kinds.get(start)
                if hint is None and every:  # "سد خداآفرین و قیز قلعه‌سی": the first's
                    hint = _list_head_kind(text, start, every)
            elif word:
                hint = (known(word) or _word_kind(word))[2]
                if hint is None:
                    if word == "مردم":  # "نماینده مردم خداآفرین"
                        hint = _constituency(text, start - len(word) - 1, lo)
                    elif word in _PLACE_ADJECTIVES:  # "استان مرزی قارص"
                        kind_word = _word_before(text, before - len(word), lo)
                        hint = (
                            (known(kind_word) or _word_kind(kind_word))[2] if kind_word else None
                        )
                if hint is not None:
                    if word.endswith(_LOCATIVES):
                        hint = None
                    elif hint in _STRUCTURES and rule.river and word.endswith(_PERSIAN_PLURALS):
                        hint = _plural_before_one(text, end, every, hint)
                    if hint is not None and every:
                        _list_after(text, start, every, hint, list_kinds)
            # "NAKHCHIVAN, April 2 (APA)": a dateline names the city
            if (
                hint is None
                and (start == 0 or text[before] == "\n")
                and _dateline(text, (start, end))
            ):
                hint = "city"
        if (
            rule.owns_villages
            and hint in _SETTLEMENT_HINTS
            and text[end : end + 1] in _GENITIVE_FIRST
            and _owns_villages(text, end)
        ):
            hint = "district"  # "Zəngilanın Ağbənd qəsəbəsi": the district's village
        if hint is not None:
            accepted = rule.accept.get(hint)
            if accepted is not None:
                append(accepted)
                continue
        append(_kind_in_sentence(contexts[i], rule) if rule.water or rule.by_region else None)
    return hints


#: the kinds a word after a name may give that a district's genitive before its village undoes
_SETTLEMENT_HINTS = frozenset([None, "village", "town", "city"])
_GENITIVE_FIRST = frozenset("nıiuü")  # the first letter of a genitive ending
# a name in the Azerbaijani genitive and, within three words, a village or settlement word:
# "Zəngilanın Ağbənd qəsəbəsi", "Laçının bir neçə kəndi", "Zəngilanın Vejnəli kənd inzibati
# ərazi dairəsi" (the district the villages are in, not its town)
_OWNS_VILLAGES = re.compile(r"n?[ıiuü]n[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+){0,3}?(?:kənd|qəsəbə)")


def _owns_villages(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is a genitive that owns villages (see above)."""
    return _OWNS_VILLAGES.match(text, end) is not None


def _letters_end(word: str) -> bool:
    """Whether the word before a name (no letters only) gives its last letters as the kind word.

    What :func:`_word_before` finds for it ("Iran's": "s"; "5-də": "də"), but for a word
    with a zero-width non-joiner (read whole: "راه‌آهن"), one that ends in a blank or in
    "the" or "of" (which it reads past): those are left to it.
    """
    return (
        bool(word)
        and "\u200c" not in word
        and not word[-1].isspace()
        and not word.endswith(_STOPWORDS)
    )


#: quotes that open a name after its kind word ("سد «قیز قلعه‌سی»", "плотина «...»")
_OPENING_QUOTES = '«“"„'


# the Azerbaijani and Turkish locative and ablative of a kind word before a name are the
# place of another name ("Cəbrayıl rayonunda Xudafərin və Qız Qalası su qovşaqları"),
# never the name's own kind (which follows it: "Xudafərin rayonu")
_LOCATIVES = ("nda", "ndə", "nde", "ndan", "ndən", "nden")


def _word_before(text: str, start: int, lo: int) -> str:
    """Return the word before ``start`` that may name a kind, from ``lo`` on, or ""."""
    before = start - 1
    word = ""
    if before >= lo and text[before].isspace():  # (else no word: _kind_word_before)
        if text[before] == " " and before > lo:  # a word and a blank
            blank = text.rfind(" ", lo, before)
            if blank >= lo or lo == 0:  # (the text's first word: no blank before it)
                word = text[blank + 1 : before]
        if (not word.isalpha() and not _joined(word)) or word in _STOPWORDS:
            word = _kind_word_before(text, lo, start) or ""
    return word


#: the characters between two names of a list, with a case ending of the first: ", ",
#: " and ", "ի և ", "، "
_LIST_GAP_MAX = 10  # (geo._namesakes._JOINED: the matches it passes are those)
_COMMAS = (",", "،")
_LIST_GAP = re.compile(
    r"[^\W\d_]{0,4}(?:\s*[,،]\s*(?:(?:and|və|ve|и|und|و|և|ու)\s+)?"
    r"|\s+(?:and|or|və|ve|и|und|و|և|ու)\s+)",
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


#: Persian adjectives between a kind word and its name: "استان مرزی قارص" (the border
#: province of Kars), "شهر بندری آستارا" (the port town of Astara)
_PLACE_ADJECTIVES = frozenset(["مرزی", "بندری", "ساحلی"])

#: Persian for an MP, "the representative(s) of the people of" a constituency, before "مردم"
#: (with the ezafe written or not: "نمایندهٔ", "نماینده‌ی")
_REPRESENTATIVES = ("نماینده", "نمایندگان", "نمایندهٔ", "نماینده\u200cی", "نماینده ی")


def _constituency(text: str, at: int, lo: int) -> str | None:
    """Return "district" when the word before ``at`` (from ``lo`` on) makes "مردم" a constituency.

    "نماینده مردم خداآفرین، کلیبر و هوراند در مجلس" (the MP of the people of Khoda
    Afarin, Kaleybar and Hurand): Iran elects its MPs by counties, so the names there are
    the counties, not the dam or the town the county is named after; "مردم آستارا" alone
    (the people of Astara) tells nothing.
    """
    before = text[max(at - 12, lo, 0) : max(at, 0)].rstrip()
    return "district" if before.endswith(_REPRESENTATIVES) else None


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


def _list_head_kind(text: str, start: int, every: tuple[list[int], list[int]]) -> str | None:
    """Return the kind the first name of the list the name at ``start`` ends names first.

    "دو سد خداآفرین و قیز قلعه‌سی" (the two dams Khudafarin and Giz Galasi): the first
    name was found with its kind word before it, as one name ("سد خداآفرین"), so no word
    before a list gives the kind (:func:`_list_after`); the kind word that opens the
    first name names the later ones too. Walks back over the names joined by commas and
    "and"s (read only for a name after a list's joiner that no kind word before named).
    """
    starts, stops = every
    k = bisect.bisect_left(starts, start)
    while 0 < k < len(starts) and starts[k] == start:
        end = stops[k - 1]
        if start - end > _LIST_GAP_MAX or not _LIST_GAP.fullmatch(text, end, start):
            return None
        start = starts[k - 1]
        first = _WORD.search(text, start, end)
        if first is not None and first.end() < end:  # a name of several words
            kind = (_WORD_KINDS.get(first.group()) or _word_kind(first.group()))[2]
            if kind is not None:
                return kind
        k -= 1
    return None


def _kind_in_sentence(ctx: _Context, rules: _KindRules) -> str | None:
    """Return the kind a name's sentence tells when no word beside the name does.

    A sentence about water or power keeps the dam or reservoir (the river, for a
    name shared by a river and a structure: "the reservoirs on the Araz"), one
    about a tower keeps the building; one about neither, the unit named like the
    dam or reservoir ("فرماندار خداآفرین", the county's governor). A name shared by a region and a settlement is
    the region when the sentence names a region of one of the name's regions'
    countries (``rules.regions``: "the East Zangezur economic region and
    Nakhchivan"), not when of another ("to Baku and to the province of Ardabil":
    the city; None: any region); a region named after its seat, another
    candidate ("Ardabil" the city and the province), leaves the bare name the
    seat, whatever other regions the sentence names (``rules.by_region`` false).
    """
    if rules.water:
        water, reservoir = ctx.water
        if water and rules.river:  # "the reservoirs on the Araz": the river
            return "river"
        if water:  # the reservoir, else the dam, else the plant ("Ordubad və Mərəzəd su
            # qovşaqları": the plant, not the town)
            return "reservoir" if reservoir and rules.reservoir else rules.dam
        if rules.building and ctx.tower:
            return "building"
        if rules.unit:  # "the governor of Khoda Afarin": the county named after the dam
            return rules.unit
    if rules.by_region:
        named = ctx.regions  # the countries of the regions the sentence names
        if named and (rules.regions is None or not named.isdisjoint(rules.regions)):
            return "region"
    return None
