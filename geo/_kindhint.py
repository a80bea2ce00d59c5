"""The kind hint for names several places share: a kind word after or before the name.

"the Araz river", "Khudafarin reservoir", "город Астара", "ایستگاه هورادیز":
:func:`_kind_hints` reads the words beside each mention (in the languages the
gazetteer carries, with their case forms) and returns the kind they name, or
the water or tower kind a sentence speaks of. Each word of text is read once
(:func:`geo._kindwords._word_kind` keeps what the rules need of it). The
sentence itself is read by :class:`geo._context._Context`, the lists of names a
kind word names by :mod:`geo._kindlists`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from geo._context import _WATER_KINDS, _WORD, _Context, _Match
from geo._dates import MONTH_NAMES
from geo._kindcues import (
    _APOSTROPHES,
    _GENITIVE_FIRST,
    _IN_PARLIAMENT,
    _LIST_OPENERS,
    _NAMED_AS,
    _NAMING_WORDS,
    _OPENING_QUOTES,
    _PLACE_ADJECTIVES,
    _PORT_WORD,
    _SETTLEMENT_HINTS,
    _VILLAGES_OF,
    _VILLAGES_OF_LAST,
    _constituency,
    _letters_end,
    _noun_before_naming,
    _owns_districts,
    _owns_villages,
    _unit_before_port,
    _word_before,
)
from geo._kindlists import (
    _COMMAS,
    _LOCATIVES,
    _PERSIAN_PLURALS,
    _kind_in_list,
    _list_after,
    _list_head_kind,
    _plural_apart,
    _plural_before_one,
)
from geo._kindvocab import GOVERNOR, PROVINCE_LAND, RAYON_AREA
from geo._kindwords import _KIND_LIST_WORDS, _WORD_KINDS, _kind_forms, _word_kind
from geo._quiet import _LIST_REACH
from geo._wordbefore import _STOPWORDS, _letters_before


def _kind_after(text: str, m: _Match, stop: int) -> str | None:
    """Return the kind a word after the name names, past the other names of a list."""
    end = m[1]
    stop = min(stop, end + _LIST_REACH)
    first = _WORD.search(text, end, stop)
    if first is None:
        return None
    word = first.group()
    # (the table's look-up inline: a call per name costs as much as the look-up)
    listed, upper, kind, longer, _ = _WORD_KINDS.get(word) or _word_kind(word)
    if not (listed or upper or longer):  # the usual case: a word of the sentence
        return kind
    return _kind_in_list(text, first.start(), stop)


def _dateline(text: str, m: _Match) -> bool:
    """Whether the name opens a line as a dateline, which names the city.

    In capitals, then a comma, bracket or dash ("NAKHCHIVAN, April 2"); or in any case, then a
    comma and a date ("Naxçıvan, 19 sentyabr (AZƏRTAC)", "Tehran, Dec. 4": the day's
    digits or a CLDR month name).
    """
    start, end = m[0], m[1]
    if start and text[start - 1] != "\n":  # (the caller has asked this first)
        return False
    after = text[end : end + 3].strip()[:1]
    if text[start:end].isupper():
        # (or a dash: "IĞDIR - Doğu Anadolu ...", Anadolu Agency's style; blind set 67)
        return after in (",", "(", "/", "-", "–", "—")
    if after != ",":
        return False
    date = _DATE_AFTER.match(text, end)
    return date is not None and (date.group(1) is None or date.group(1).lower() in MONTH_NAMES)


#: a comma and a date after a dateline's name: a day's digits, or a word (a month's name?)
_DATE_AFTER = re.compile(r",[ \u00a0]+(?:\d|([^\W\d_]+))")
#: a comma and a day's digits
_DAY_AFTER = re.compile(r",[ \u00a0]+\d")


def _capitals_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, in capitals, then a comma and a day, is a dateline.

    An agency's name may stand before it on the line ("Sputnik ԵՐԵՎԱՆ, 28 նոյեմբերի":
    both markings of blind set 127), which makes it no part of the agency's name.
    """
    return text[start:end].isupper() and _DAY_AFTER.match(text, end) is not None


_UNITS = ("region", "district")  # administrative units: the word need not tell which
_SETTLEMENT_WORDS = frozenset(("city", "town", "village"))
_STRUCTURE_KINDS = frozenset(("dam", "reservoir", "hydropower plant", "border crossing"))
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
    kinds: frozenset[str],
    regions: frozenset[str | None] | None = None,
    seated: bool = False,
    rayons: bool = False,
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
        if hint == GOVERNOR:  # "Erdebil valisi": the province, but "Iğdır Valisi" the town's
            if "region" in kinds and regions and "TR" not in regions:
                accept[word_kind] = "region"
            continue
        if hint == RAYON_AREA:  # "منطقه زنگیلان": a rayon's, but "منطقه آستارا" the town's
            if rayons and "district" in kinds:
                accept[word_kind] = "district"
            elif "region" in kinds and regions and regions.isdisjoint(("IR", "TR")):
                # and a province's of a land beyond Iran and Turkey ("منطقه کراسنودار", the
                # krai; "منطقه تاووش", "منطقه سینیک": the gold's, held-out round 34)
                accept[word_kind] = "region"
            continue
        if hint == PROVINCE_LAND:  # "کشاورزان اردبیل": the province; a county's, its seat
            if "region" in kinds:
                accept[word_kind] = "region"
            continue
        if hint in _UNITS and hint not in kinds:  # a province word, a district: the other unit
            hint = next((k for k in _UNITS if k in kinds), hint)
        elif hint in _STRUCTURES and hint not in kinds:  # a plant word: the dam, ...
            hint = next((k for k in _STRUCTURES[hint] if k in kinds), hint)
        if hint == "district" and "island" in kinds:
            # "Qeshm county": the county of an island's town, held as no unit, is the town
            # (convention 11), not the island (held-out set 168 so marks "شهرستان قشم", 4 of
            # 4, where the town's Persian name, a stop word, is the curated island's alone)
            hint = "city"
        if hint in kinds or (hint == "city" and not kinds.isdisjoint(("town", "village"))):
            accept[word_kind] = hint
        elif (
            hint in _SETTLEMENT_WORDS
            and not kinds.isdisjoint(_SETTLEMENT_WORDS)
            and not kinds.isdisjoint(_STRUCTURE_KINDS)
        ):
            # beside a structure of the name, any settlement word names the settlement:
            # "the Iranian town Marazad" (a village by its data) is no power plant (not
            # between settlements: "Həkəri kəndi" stays the station's village)
            accept[word_kind] = "city"
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


#: "such" before a plural kind word and "as", or right before "as": "districts such as
#: Goychay", "such Azerbaijan's districts as Goychay, Balakan" (blind set 112, both markings)
_SUCH_AS = re.compile(r"\bsuch(?: [\w'’]+)? [a-z]+s ?\Z|\b[a-z]+s such ?\Z")
#: the English articles an apposition opens with after a comma ("Fuzuli, a district")
_APPOSITION_ARTICLES = frozenset(["a", "an"])
#: how many words an apposition's noun may stand after its article: two adjectives between
#: ("Nakhchivan, a landlocked Azerbaijani exclave": held-out set 451a, both markings)
_APPOSITION_WORDS = 3


def _apposition_noun(text: str, at: int, stop: int) -> re.Match[str] | None:
    """Return the first of the words after an apposition's article (at ``at``) that names a kind.

    Within :data:`_APPOSITION_WORDS` words a blank apart; None when none does (the word
    right after the article is then read, as any word after a name).
    """
    for _ in range(_APPOSITION_WORDS):
        word = _WORD.search(text, at, stop)
        if word is None or text[at : word.start()] != " ":
            return None
        if (_WORD_KINDS.get(word.group()) or _word_kind(word.group())).kind is not None:
            return word
        at = word.end()
    return None


def _kind_hints(
    text: str,
    starts: list[int],
    ends: list[int],
    sentences: tuple[list[int], list[int], Mapping[int, _Context]],
    rules: list[_KindRules | None],
    every: tuple[list[int], list[int]] | None = None,
    by_sentence: set[int] | None = None,
    quiet: list[bool] | None = None,
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
    (:func:`_kind_in_sentence`); ``by_sentence``, if given, gets the starts of the
    names whose kind only their sentence tells (a route's dash beside the name is
    stronger: "Yeraskh–Nakhchivan–Iran railways through the Nakhchivan Autonomous
    Republic" is the city). ``quiet``, if given, tells the names with no kind word where
    these rules read (:func:`geo._quiet._quiet_names`): their words are not read. (A rule
    added here that reads past that span, or gives a kind with no kind word of
    :func:`geo._kindwords._kind_forms` in it, must be taught to :mod:`geo._quiet` too:
    ``tests/test_geoparse_quiet.py`` compares the parse with and without the skip.)

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
    bordering: dict[int, bool] = {}  # by sentence: whether it says what borders on what
    at, bounds, contexts = sentences
    if quiet is None:
        quiet = [False] * len(starts)
    for start, end, i, rule, calm in zip(starts, ends, at, rules, quiet, strict=True):
        if rule is None:
            append(None)
            continue
        if calm:  # no kind word where the words after and before are read: none they give
            hint = None
        else:
            first_of = bounds[i]
            stop = bounds[i + 1]
            if end + _LIST_REACH < stop:
                stop = end + _LIST_REACH
            # (a Persian kind word comes before its name: one after it is the next name's,
            # "رودخانه ارس، سد و نیروگاه قیز قلعه‌سی")
            after = end
            if "\u0430" <= text[end : end + 1] <= "\u044f":
                # a Russian case ending the name's match leaves out ("в Тегеране и других
                # провинциях": held-out set 574b): the word after is past it
                after = _WORD.match(text, end).end()
            first = (
                search(text, after, stop)
                if (text[start] < "\u0600" or text[start] > "\u06ff")
                # (a dateline in capitals names the city, whatever words follow it)
                and not (
                    (start == 0 or text[start - 1] == "\n")
                    and text[start:end].isupper()
                    and _dateline(text, (start, end))
                )
                else None
            )
            if first is None:
                hint = None
            else:  # the word after
                word = first.group()
                if word in _NAMING_WORDS:  # "Xudafərin adlanan körpü": the kind after "named"
                    first = search(text, first.end(), stop) or first
                    word = first.group()
                elif word in _APPOSITION_ARTICLES and text.startswith(", ", end):
                    # "in Fuzuli, a district adjacent to ...": the noun of the apposition
                    # (past adjectives, within the 80 characters geo._quiet reads after it)
                    first = (
                        _apposition_noun(text, first.end(), min(stop, end + 60))
                        or search(text, first.end(), stop)
                        or first
                    )
                    word = first.group()
                facts = known(word) or _word_kind(word)
                listed, upper, hint, longer, _ = facts
                if listed or upper or longer:  # a list, or a kind form of several words
                    hint = _kind_in_list(text, first.start(), stop, every, (first, facts))
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
                        if word in _PERSIAN_PLURALS:  # "استان های اردبیل": the ending apart
                            word, read = _plural_apart(text, word, blank, lo), True
                        elif not word.isalpha() and _letters_end(word):  # "Iran's", "5-də"
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
                    if word in _VILLAGES_OF_LAST and _VILLAGES_OF.search(text, lo, named):
                        # "24 Dörfern in Jabrayil", "the villages of Jabrayil"
                        hint = "district"
                    if hint is None and word in _NAMED_AS:  # "the new plants, known as X"
                        noun = _noun_before_naming(text, lo, before)
                        hint = (known(noun) or _word_kind(noun))[2] if noun else None
                    if (
                        hint == PROVINCE_LAND
                        and _word_before(text, before - len(word), lo) == "لوله"
                    ):
                        # "خط لوله نفتی آتیراو-سامارا": a pipeline's ends, no land's oil (set 567)
                        hint = None
                    if word == _PORT_WORD:  # "شهرستان مرزی بندر آستارا": a unit's, if one's
                        hint = _unit_before_port(text, before - len(word), lo) or hint
                    if hint is None:
                        if word == "مردم":  # "نماینده مردم خداآفرین"
                            hint = _constituency(text, start - len(word) - 1, lo)
                        elif word == "نماینده" and text.startswith(_IN_PARLIAMENT, end):
                            hint = "district"  # "نماینده آستارا در مجلس": the MP's county
                        elif word in _LIST_OPENERS or (
                            word == "as" and _SUCH_AS.search(text, lo, before - 2)
                        ):  # "provinces, namely Adana"; "districts such as Goychay"
                            rest = text[lo : before - len(word)].rstrip().rstrip(",:")
                            rest = rest.removesuffix("such").removesuffix(" o").rstrip()
                            rest = rest.rstrip(",:")  # ("əyalətlərində, o cümlədən")
                            kind_word = _letters_before(rest, len(rest))
                            hint = (known(kind_word) or _word_kind(kind_word))[2]
                        elif word in _PLACE_ADJECTIVES or word == "olan":
                            # "استان مرزی قارص"; "Azərbaycan rayonları olan Qazax, Ağstafa"
                            # (which are districts: both markings of held-out set 192)
                            kind_word = _word_before(text, before - len(word), lo)
                            hint = (
                                (known(kind_word) or _word_kind(kind_word))[2]
                                if kind_word
                                else None
                            )
                    if hint is not None:
                        if word.endswith(_LOCATIVES):
                            hint = None
                        elif (
                            hint in _STRUCTURES and rule.river and word.endswith(_PERSIAN_PLURALS)
                        ):
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
        if hint is None and text[end : end + 1] in _APOSTROPHES and _owns_districts(text, end):
            hint = "district"  # "Ağrı'nın Doğubayazıt ilçesinde": the district's province
        if not rule.owns_villages:  # (the usual case: no district with villages of its name)
            pass
        elif (
            hint in _SETTLEMENT_HINTS
            and text[end : end + 1] in _GENITIVE_FIRST
            and _owns_villages(text, end)
        ):
            hint = "district"  # "Zəngilanın Ağbənd qəsəbəsi": the district's village
        elif hint is None and (text[end : end + 1] == "," or text.startswith(_LISTED_AFTER, end)):
            # (a neighbour is listed: "Qubadlı və Cəbrayıl", "Cəbrayıl ilə")
            borders = bordering.get(i)  # (read once a sentence)
            if borders is None:
                borders = bordering[i] = (
                    _BORDERS.search(text, bounds[i], bounds[i + 1]) is not None
                )
            if borders:
                hint = "district"  # "Zəngilan rayonu Qubadlı və Cəbrayıl ilə həmsərhəddir"
        if hint is not None:
            accepted = rule.accept.get(hint)
            if accepted is not None:
                append(accepted)
                continue
        if not (rule.water or rule.by_region):  # (no sentence rule for these places)
            append(None)
            continue
        hint = _kind_in_sentence(contexts[i], rule, "\u0600" <= text[start] <= "\u06ff")
        if hint == "region" and by_sentence is not None:
            by_sentence.add(start)
        append(hint)
    return hints


#: words of a sentence that tells what a unit borders on: the neighbours it names are units
#: too ("Zəngilan rayonu şimaldan Qubadlı və Cəbrayıl ... ilə həmsərhəddir", "граничит с")
_BORDERS = re.compile("həmsərhəd|sərhədlənir|граничит|borders on|bordered by|սահմանակից")
_LISTED_AFTER = (" və ", " ilə", " and ", " и ", " с ", " և ", " ու ", " ve ", " ile")


def _kind_in_sentence(ctx: _Context, rules: _KindRules, persian: bool = True) -> str | None:
    """Return the kind a name's sentence tells when no word beside the name does.

    A sentence about water or power keeps the dam or reservoir (the river, for a
    name shared by a river and a structure: "the reservoirs on the Araz"), one
    about a tower keeps the building; one about neither, the unit named like the
    dam or reservoir in Persian (``persian``: "فرماندار خداآفرین", the county's governor),
    else the dam. A name shared by a region and a settlement is
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
        # "فرماندار خداآفرین", the governor of Khoda Afarin: the county named after the
        # dam, in Persian; other languages write the county with its unit word
        # ("Xudafərin şəhristanı"), and a bare "Xudafərin" is the dam
        if rules.unit:
            return rules.unit if persian else rules.dam
    if rules.by_region:
        named = ctx.regions  # the countries of the regions the sentence names
        if named and (rules.regions is None or not named.isdisjoint(rules.regions)):
            return "region"
    return None
