"""The kind hint for names several places share: a kind word after or before the name.

"the Araz river", "Khudafarin reservoir", "город Астара", "ایستگاه هورادیز":
:func:`_kind_hints` reads the words beside each mention (in the languages the
gazetteer carries, with their case forms) and returns the kind they name, or
the water or tower kind a sentence speaks of. Each word of text is read once
(:func:`_word_kind` keeps what the rules need of it). The sentence itself is
read by :class:`geo._context._Context`.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping
from typing import NamedTuple

from geo._context import (
    _LIST_WORDS,
    _STOPWORDS,
    _WATER_KINDS,
    _WORD,
    _Context,
    _kind_word_before,
    _Match,
)
from geo._fold import _translate, _translate_table, _two_way
from geo.gazetteer import KIND_WORDS

#: Extra kind words (normalised) beyond :data:`geo.geocode.KIND_WORDS`.
_MORE_KIND_WORDS = {
    "tower": "building",
    "embassy": "building",
    "hydropower": "dam",
    "hydroelectric": "dam",
    "водохранилище": "reservoir",
    "водохранилища": "reservoir",
    "плотина": "dam",
    "гэс": "hydropower plant",
    "река": "river",
    "реки": "river",
    "город": "city",
    "rayonu": "district",
    "seheri": "city",
    "kandi": "village",
    # German, Russian, Persian, Turkish, Armenian words before or after a name
    "bezirk": "district",
    "bezirks": "district",
    "provinz": "region",
    "stadt": "city",
    "fluss": "river",
    "stausee": "reservoir",
    "damm": "dam",
    "район": "district",
    "района": "district",
    "районе": "district",
    "область": "region",
    "области": "region",
    "село": "village",
    "استان": "region",
    "شهر": "city",
    "روستای": "village",
    "رود": "river",
    "رودخانه": "river",
    "ili": "region",
    "ilcesi": "district",
    "nehri": "river",
    "մարզ": "region",
    "станции": "station",
    "станцию": "station",
    # Turkish and Azerbaijani kind words with their case endings ("Erdebil ve Doğu
    # Azerbaycan eyaletlerine", "Hudaferin ve Kız Kalesi barajlarında", "Ərdəbil
    # ostanının"), German nouns before a name ("Vom Hafen Bandar Abbas", "der
    # Grenzfluss Astara"), and the governor of a province ("Губернатор Ардебиля",
    # "استاندار اردبیل")
    "eyalet": "region",
    "eyaleti": "region",
    "eyaletine": "region",
    "eyaletinde": "region",
    "eyaletlerine": "region",
    "eyaletlerinde": "region",
    "ostani": "region",
    "ostaninin": "region",
    "ostaninda": "region",
    "ostanina": "region",
    "baraj": "dam",
    "baraji": "dam",
    "barajinda": "dam",
    "barajlarinda": "dam",
    "barajlarindan": "dam",
    "hidroelektrik": "hydropower plant",
    # a power plant after or before its name ("the Ordubad plant", "Ordubad and
    # Marazad plants", "die Kraftwerke Ordubad und Marasad", "نیروگاه‌های اردوباد",
    # "Օրդուբադի և Մարազադի կայանները"): only names a plant shares with a town
    "plant": "hydropower plant",
    "plants": "hydropower plant",
    "kraftwerk": "hydropower plant",
    "kraftwerke": "hydropower plant",
    "wasserkraftwerk": "hydropower plant",
    "wasserkraftwerke": "hydropower plant",
    "نیروگاه": "hydropower plant",
    "نیروگاههای": "hydropower plant",
    "نیروگاهها": "hydropower plant",
    "կայան": "hydropower plant",
    "կայանը": "hydropower plant",
    "կայանները": "hydropower plant",
    "հէկ": "hydropower plant",
    "bolgesi": "district",
    "bolgelerinin": "district",
    "bolgelerine": "district",
    "sahristanlarindan": "district",
    "sahristanlarinda": "district",
    "sahristaninda": "district",
    "rayonunun": "district",
    "rayonunda": "district",
    "rayonundan": "district",
    "rayonuna": "district",
    "hafen": "city",
    "hafens": "city",
    "hafenstadt": "city",
    "grenzstadt": "city",
    "hauptstadt": "city",
    "dorf": "village",
    "grenzfluss": "river",
    "провинции": "region",
    "провинция": "region",
    "губернатор": "region",
    "губернатора": "region",
    "استاندار": "region",
    "استانداری": "region",
    "استانداران": "region",
}


@functools.cache
def _kind_forms() -> dict[str, str]:
    """Kind words (folded) with their plural forms (English -s, Azerbaijani -lar/-ları)."""
    forms: dict[str, str] = {}
    for word, kind in {**KIND_WORDS, **_MORE_KIND_WORDS}.items():
        for form in (word, word + "s", word + "lar", word + "ler", word + "lari", word + "leri"):
            forms.setdefault(form, kind)
    return forms


@functools.cache
def _kind_heads() -> frozenset[str]:
    """Return the first two characters of the kind forms (a one-letter form: it, a blank)."""
    return frozenset(form[:2] if len(form) > 1 else form + " " for form in _kind_forms())


def _may_start_kind(word: str) -> bool:
    """Whether a kind form may start with ``word``: the fold of its first two letters tells.

    (The folds looked up by :func:`_kind_word` all start with it. A character that
    folds one way alone and another in text beyond Latin-1, ``µ``, is let through.)
    """
    head = word[:2] if len(word) > 1 else word + " "
    return head.translate(_translate_table()) in _kind_heads() or not _two_way().isdisjoint(head)


def _kind_word(words: list[str]) -> str | None:
    """Return the kind the first three, two or one of ``words`` name (no blanks in a word)."""
    if not words or not _may_start_kind(words[0]):  # most words start no kind form
        return None
    forms = _kind_forms()
    if len(words) < 2:
        return forms.get(_translate(words[0]))
    # one 1:1 fold for the three: the prefixes of the fold are the folds of the prefixes
    folded = _translate(" ".join(words[:3]))
    one = len(words[0])
    two = one + 1 + len(words[1])
    return forms.get(folded) or forms.get(folded[:two]) or forms.get(folded[:one])


@functools.cache
def _kind_firsts() -> frozenset[str]:
    """Return the first words of the kind forms of several words (``su`` of ``su anbari``)."""
    return frozenset(form.split(" ")[0] for form in _kind_forms() if " " in form)


class _WordKind(NamedTuple):
    """What the kind rules need to know of a word of text (:func:`_word_kind`)."""

    listed: bool  # a word of a list: "and", "və", "и"
    upper: bool  # capitalised: another name of a list, or a kind word ("HPPs")
    kind: str | None  # the kind the word alone names (``_kind_word([word])``)
    longer: bool  # a kind form of several words may start with it: ask _kind_word


_WORD_KINDS: dict[str, _WordKind] = {}
_WORD_KINDS_MAX = 50_000  # words of text kept; past that the table starts again


def _word_kind(word: str) -> _WordKind:
    """Return what the kind rules need to know of ``word``, kept by word.

    The words after and before the names of a text are few and come again and
    again (a language's own words): reading each once makes the kind hint cost
    a dictionary look-up per name. ``longer`` is true when a kind form of
    several words starts with the word's fold, or when the word folds two ways
    (:func:`geo._fold._two_way`: its fold in a phrase may differ from its fold
    alone); only then does :func:`_kind_word` read the words that follow.
    """
    known = _WORD_KINDS.get(word)
    if known is None:
        if len(_WORD_KINDS) >= _WORD_KINDS_MAX:
            _WORD_KINDS.clear()
        folded = _translate(word)
        longer = " " in folded or folded in _kind_firsts() or not _two_way().isdisjoint(word)
        known = _WORD_KINDS[word] = _WordKind(
            word.lower() in _LIST_WORDS, word[0].isupper(), _kind_word([word]), longer
        )
    return known


def _kind_after(text: str, m: _Match, stop: int) -> str | None:
    """Return the kind a word after the name names, past the other names of a list."""
    end = m[1]
    stop = min(stop, end + 80)
    first = _WORD.search(text, end, stop)
    if first is None:
        return None
    word = first.group()
    # (the table's look-up inline: a call per name costs as much as the look-up)
    listed, upper, kind, longer = _WORD_KINDS.get(word) or _word_kind(word)
    if not (listed or upper or longer):  # the usual case: a word of the sentence
        return kind
    return _kind_in_list(text, first.start(), stop)


def _kind_in_list(text: str, at: int, stop: int) -> str | None:
    """Return the kind a word from ``at`` on names, past the names and "and"s of a list."""
    for hit in itertools.islice(_WORD.finditer(text, at, stop), 8):
        word = hit.group()
        listed, upper, kind, longer = _WORD_KINDS.get(word) or _word_kind(word)
        if listed:
            continue
        if longer:
            kind = _kind_word(_WORD.findall(text, hit.start(), stop)[:3])
        if upper and not kind:  # another name of a list, or a kind word: "HPPs", "SES"
            continue
        return kind
    return None


def _dateline(text: str, m: _Match) -> bool:
    """Whether the name opens a line in capitals, then a comma or bracket: a dateline."""
    start, end = m[0], m[1]
    return (
        (start == 0 or text[start - 1] == "\n")  # (the caller has asked this first)
        and text[start:end].isupper()
        and text[end : end + 2].rstrip()[:1] in (",", "(", "/")
    )


_UNITS = ("region", "district")  # administrative units: the word need not tell which


class _KindRules(NamedTuple):
    """What the kind rules need to know of the places sharing a name (:func:`_kind_rules`)."""

    accept: dict[str, str]  # a kind word's kind -> the kind it gives the name (absent: none)
    water: bool  # a dam, reservoir or power plant among them: the sentence's water words count
    river: bool
    reservoir: bool
    dam: bool
    building: bool
    regions: frozenset[str | None] | None  # the region rule's countries (_kind_in_sentence)
    by_region: bool  # whether the region rule applies at all


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
        if hint in kinds or (hint == "city" and not kinds.isdisjoint(("town", "village"))):
            accept[word_kind] = hint
    return _KindRules(
        accept,
        not kinds.isdisjoint(_WATER_KINDS),
        "river" in kinds,
        "reservoir" in kinds,
        "dam" in kinds,
        "building" in kinds,
        regions,
        "region" in kinds and not seated and not kinds.isdisjoint(("city", "town", "village")),
    )


def _kind_hints(
    text: str,
    starts: list[int],
    ends: list[int],
    sentences: tuple[list[int], list[int], Mapping[int, _Context]],
    rules: list[_KindRules | None],
) -> list[str | None]:
    """Return the kind the words around each name (``text[start:end]``) tell, or None.

    ``sentences`` are the index of each name's sentence, the sentence bounds (sentence
    ``i`` is ``text[bounds[i]:bounds[i + 1]]``) and the sentences read by index (a
    sentence is read only when a rule asks, :class:`geo._context._Contexts`);
    ``rules`` the kind rules of the places
    each name may be (:func:`_kind_rules`; None: the kind cannot change the pick,
    and is not looked for). The word after the name, past the names of a list,
    else the word before it, else a dateline, gives a kind; failing that, a
    sentence about water or power, or a tower, and the regions it names
    (:func:`_kind_in_sentence`).

    (One call for all the names, with the usual cases of :func:`_kind_after` and
    :func:`geo._context._kind_word_before` inline: a call per name costs as much as
    the look-ups.)
    """
    hints: list[str | None] = []
    append = hints.append
    search = _WORD.search
    known = _WORD_KINDS.get  # (the table is cleared, never replaced)
    at, bounds, contexts = sentences
    for start, end, i, rule in zip(starts, ends, at, rules, strict=True):
        if rule is None:
            append(None)
            continue
        first_of = bounds[i]
        stop = bounds[i + 1]
        if end + 80 < stop:
            stop = end + 80
        first = search(text, end, stop)
        if first is None:
            hint = None
        else:  # the word after
            word = first.group()
            listed, upper, hint, longer = known(word) or _word_kind(word)
            if listed or upper or longer:  # a list, or a kind form of several words
                hint = _kind_in_list(text, first.start(), stop)
        if hint is None:  # the kind the word before names
            lo = first_of if first_of > start - 40 else start - 40
            before = start - 1
            word = ""
            if before >= lo and text[before].isspace():  # (else no word: _kind_word_before)
                if text[before] == " " and before > lo:  # a word and a blank
                    blank = text.rfind(" ", lo, before)
                    word = text[blank + 1 : before] if blank >= lo else ""
                if not word.isalpha() or word in _STOPWORDS:
                    word = _kind_word_before(text, lo, start)  # type: ignore[assignment]
            if word:
                hint = (known(word) or _word_kind(word))[2]
            # "NAKHCHIVAN, April 2 (APA)": a dateline names the city
            dateline = start == 0 or text[before] == "\n"
            if hint is None and dateline and _dateline(text, (start, end)):
                hint = "city"
        if hint is not None:
            accepted = rule.accept.get(hint)
            if accepted is not None:
                append(accepted)
                continue
        append(_kind_in_sentence(contexts[i], rule) if rule.water or rule.by_region else None)
    return hints


def _kind_in_sentence(ctx: _Context, rules: _KindRules) -> str | None:
    """Return the kind a name's sentence tells when no word beside the name does.

    A sentence about water or power keeps the dam or reservoir (the river, for a
    name shared by a river and a structure: "the reservoirs on the Araz"), one
    about a tower keeps the building. A name shared by a region and a settlement is
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
        if water:
            return "reservoir" if reservoir and rules.reservoir else "dam" if rules.dam else None
        if rules.building and ctx.tower:
            return "building"
    if rules.by_region:
        named = ctx.regions  # the countries of the regions the sentence names
        if named and (rules.regions is None or not named.isdisjoint(rules.regions)):
            return "region"
    return None
