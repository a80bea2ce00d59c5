"""Names that stand where a place would stand but resolve to nothing.

:func:`unresolved_names` finds capitalised runs outside every mention that
follow a place preposition ("from Zorbakistan"), "city of"-like words, or end
in a kind word ("the Zorbak river"). The story map marks and lists them so
nothing is dropped silently.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from geo._dates import MONTH_NAMES
from geo._warnames import _WAR_AFTER
from geo.gazetteer import COUNTRY_WORDS, KIND_WORDS, gazetteer, normalize
from geo.geoparse import CALENDAR_WORDS, Mention, geoparse

__all__ = ["PLACE_PREPOSITIONS", "Unresolved", "unresolved_names"]

#: Words before a name that make it a place ("from X", "in the X").
PLACE_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "from",
        "to",
        "near",
        "via",
        "through",
        "towards",
        "toward",
        "into",
        "across",
        "along",
        "between",
        "outside",
        "inside",
        "beyond",
        "around",
        # German, whose nouns are capitalised too: the everyday ones are left out below
        "nach",
        "aus",
        "bei",
        "über",
        "zwischen",
        "durch",
        # Russian (the case the preposition takes does not matter: the name is listed as written)
        "в",
        "во",
        "из",
        "до",
        "через",
        "между",
        "около",
        "возле",
        "близ",
    ]
)
#: A settlement's or unit's common word written before its name in Russian and German
#: ("город Торгунди", "в порту Тургунди", "der Stadt Zorbach"); English puts "of" between.
_KIND_BEFORE = frozenset(
    ["город", "города", "городе", "село", "села", "селе", "селом", "посёлок", "поселок"]
    + ["порт", "порта", "порту", "провинция", "провинции", "область", "области"]
    + ["район", "района", "районе", "станция", "станции", "река", "реки", "реке"]
    + ["stadt", "dorf", "hafen", "provinz", "region", "fluss", "gemeinde"]
)
#: Russian adjective endings: a kind word after one ends a name, it does not begin one
_RU_ADJECTIVE_ENDINGS = ("ой", "ого", "ом", "ая", "ий", "ый", "ей", "его", "ую")
#: Words before a preposition that make it no place's ("according to X": a source)
_NOT_PLACE_BEFORE = frozenset(["according", "due", "thanks", "compared", "owing"])
#: First words of capitalised runs that are titles or determiners, not places.
_TITLE_WORDS = frozenset(
    [
        "president",
        "prime",
        "minister",
        "secretary",
        "ambassador",
        "mr",
        "mrs",
        "ms",
        "dr",
        "general",
        "deputy",
        "chairman",
        "head",
        "king",
        "queen",
        "prince",
        "sheikh",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        # a state's word alone ("between the Republic of Azerbaijan and ..."): its name follows
        "republic",
        "kingdom",
        "emirate",
    ]
)
#: The state's words before "of" and its name ("the Republic of Zorbakistan")
_STATE_WORDS = frozenset(["republic", "kingdom", "emirate"])
#: Words that make a capitalised run a body or an event, wherever they stand in it.
_BODY_WORDS = frozenset(
    [
        "council",
        "ministry",
        "committee",
        "commission",
        "government",
        "parliament",
        "assembly",
        "embassy",
        "consulate",
        "company",
        "corporation",
        "bank",
        "agency",
        "party",
        "university",
        "institute",
        "organization",
        "organisation",
        "union",
        "court",
        "office",
        "department",
        "group",
        "forum",
        "summit",
        "conference",
        "airlines",
        "railways",
        "news",
        "service",
        "guard",
        "army",
        "agreement",
        "treaty",
        "convention",
        "memorandum",
        # the state by its form alone ("the Islamic Republic"): the state is named elsewhere
        "republic",
        # a military operation by its name ("the Operation Claw-Lock area": held-out set 267a)
        "operation",
        "operations",
    ]
)
#: Compass words: a run of them alone is a direction ("between East and West"), no place.
_COMPASS = frozenset(
    ["east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"]
    + ["eastern", "western", "northern", "southern", "central"]
)
#: English adjective endings of a place's name, and what they replace: "Eurasian"
#: (Eurasia), "Iranian" (Iran), "Russian" (Russia)
_ADJECTIVE_ENDINGS = ("n", "an", "ian")
_WORD = re.compile(r"[^\W\d_][\w'’`-]*")
_POSSESSIVE = re.compile(r"(?:['’`]s?)$")


@dataclass(frozen=True)
class Unresolved:
    """A capitalised name in a place's position that no gazetteer entry matches.

    Attributes
    ----------
    text : str
        The name as written.
    start, end : int
        Offsets into the text.
    """

    text: str
    start: int
    end: int


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def _is_capitalised(word: str) -> bool:
    return word[0].isupper()


def _runs(text: str, words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Group consecutive capitalised words (separated by single blanks) into runs of word indexes."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if not _is_capitalised(words[i].group()):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(words)
            and _is_capitalised(words[j + 1].group())
            and text[words[j].end() : words[j + 1].start()] in (" ", "\u00a0")
        ):
            j += 1
        runs.append((i, j))
        i = j + 1
    return runs


def _plain(word: str) -> str:
    return normalize(_POSSESSIVE.sub("", word))


def _known_adjective(word: str) -> bool:
    """Whether ``word`` is the English adjective of a place the gazetteer holds ("Eurasian")."""
    key = _plain(word)
    stems = {
        key[: -len(end)] + tail
        for end in _ADJECTIVE_ENDINGS
        if key.endswith(end)
        for tail in ("", "a", "ia")
    }
    stems |= {key + "istan", key + "stan"}  # "Turkmen", "Afghan"
    return any(len(stem) > 3 and gazetteer().lookup(stem) for stem in stems)


@functools.cache
def _everyday_words() -> frozenset[str]:
    """Frequent German words (``data/everyday_words.txt``, folded), read once."""
    from geo.settings import settings

    path = settings.data_dir / "everyday_words.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _not_a_place(names: Sequence[str]) -> bool:
    """Titles, months, directions, and country names or adjectives ("Azerbaijani-Iranian").

    Also the adjective of a place the gazetteer holds ("the Eurasian region"), and a
    run of everyday German words, which German capitalises ("in Betrieb", in operation).
    """
    first = _plain(names[0])
    parts = [p for n in names for p in re.split(r"[-'’`]", n) if p]
    if any(any(c.isdigit() or c.isupper() for c in p[1:]) for p in parts):
        return True  # "COVID-19", an acronym or unit ("in NATO", "в МИД", "МВт"): no place
    if first in _TITLE_WORDS or first in CALENDAR_WORDS or first in MONTH_NAMES:
        return True  # (and CLDR's month names, abbreviated too: "to Nov. 22")
    if all(_plain(n) in _everyday_words() for n in names):
        return True
    if any(_plain(n) in _BODY_WORDS for n in names):
        return True
    if all(normalize(p) in _COMPASS for p in parts):
        return True  # "between East and West"
    if len(names) == 1 and _known_adjective(names[0]):
        return True
    return all(normalize(p) in COUNTRY_WORDS or normalize(p) in CALENDAR_WORDS for p in parts)


def _place_position(text: str, words: list[re.Match[str]], i: int, j: int) -> bool:
    """Whether the run ``words[i..j]`` stands where a place name would."""
    before = [w.group().lower() for w in words[max(i - 3, 0) : i]]
    # the words before must be in the same clause (no sentence end between)
    if i and re.search(r"[.!?;:]", text[words[i - 1].end() : words[i].start()]):
        before = []
    if (
        before
        and before[-1] in _KIND_BEFORE
        and not (len(before) > 1 and before[-2].endswith(_RU_ADJECTIVE_ENDINGS))
    ):
        return True  # "город Торгунди", not "Мангистауской области" and the man after it
    if before and before[-1] == "the":
        before = before[:-1]
    if before and before[-1] in PLACE_PREPOSITIONS:
        return len(before) < 2 or before[-2] not in _NOT_PLACE_BEFORE
    if (
        len(before) >= 2
        and before[-1] == "of"
        and (normalize(before[-2]) in KIND_WORDS or before[-2] in _STATE_WORDS)
    ):
        return True  # "the city of X", "the Republic of X"
    if normalize(words[j].group()) in KIND_WORDS and j > i:
        return True  # "X River", "X Region"
    after = words[j + 1].group() if j + 1 < len(words) else ""
    gap = text[words[j].end() : words[j + 1].start()] if after else ""
    return bool(after) and gap.strip() == "" and normalize(after) in KIND_WORDS


def unresolved_names(text: str, mentions: Iterable[Mention] | None = None) -> list[Unresolved]:
    """Find place-like names in ``text`` that the geoparser did not resolve.

    A name is a run of capitalised words, outside every mention, that follows
    a place preposition ("from Zorbakistan", "in the Zorbak Valley") or "city
    of"-like words, or is followed or ended by a kind word ("the Zorbak river"),
    or stands between two mentions joined by dashes ("Kars-Zorbak-Dilucu").
    Titles ("President ..."), months and country adjectives are left out. The
    rule favours precision: names in other positions are not guessed at.

    Parameters
    ----------
    text : str
        The article.
    mentions : iterable of Mention, optional
        The mentions of ``text`` (default: :func:`geo.geoparse` of it).

    Returns
    -------
    list of Unresolved
        In text order.

    Examples
    --------
    >>> [u.text for u in unresolved_names("Trains will run from Zorbakistan to Nakhchivan.")]
    ['Zorbakistan']
    >>> [u.text for u in unresolved_names("Khalaf Khalafov met President Raisi in Tehran.")]
    []
    >>> [u.text for u in unresolved_names("A bridge between East and West in the Eurasian region.")]
    []
    >>> [u.text for u in unresolved_names("Die Brücke ist seit Mai in Betrieb, in Zorbakien.")]
    ['Zorbakien']
    >>> [u.text for u in unresolved_names("The Kars-Zorbak-Dilucu railway and the Baku-Tbilisi-Kars-Bahn.")]
    ['Zorbak']
    >>> [u.text for u in unresolved_names("Roads from Meghri to Agarak, Zorbak, Kapan and Goris.")]
    ['Zorbak']
    >>> [u.text for u in unresolved_names("Villages ruined in the Nagorno-Karabakh war were rebuilt.")]
    []
    >>> [u.text for u in unresolved_names("Strikes hit the Operation Claw-Lock area in the north.")]
    []
    """
    if mentions is None:
        mentions = geoparse(text)
    mentions = list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    words = _words(text)
    found = []
    for i, j in _runs(text, words):
        if j > i and words[i].group().lower() in _KIND_BEFORE:
            i += 1  # "Stadt Zorbach": the name after the word
        start, end = words[i].start(), words[j].end()
        if any(s < end and start < e for s, e in taken):
            continue
        names = [w.group() for w in words[i : j + 1]]
        if _not_a_place(names) or not _place_position(text, words, i, j):
            continue
        if _WAR_AFTER.match(text, end):  # "in the Nagorno-Karabakh war": a war's name
            continue
        tail = _POSSESSIVE.search(names[-1])
        if tail and tail.group():
            end -= len(tail.group())
        found.append(Unresolved(text[start:end], start, end))
    found += _between_dashes(text, mentions)
    found += _beside_spaced_dash(text, mentions)
    found += _between_commas(text, mentions)
    return sorted(set(found), key=lambda u: (u.start, u.end))


#: A name of one or two words and nothing else (no digits, no blanks around it).
_DASHED_NAME = re.compile(r"[^\W\d_][\w'’`]*(?: [^\W\d_][\w'’`]*)?")
_DASHES = "-\u2010\u2011\u2012\u2013\u2014"


def _between_dashes(text: str, mentions: Sequence[Mention]) -> list[Unresolved]:
    """Names joined by dashes between two mentions ("Kars-Iğdır-Aralık-Dilucu"): a stop on the line.

    In any language and script: the word between two places of a dashed chain is a
    place too, so one the gazetteer lacks is listed (not the word after the chain's
    last place: "Baku-Tbilisi-Kars-Bahn" is the railway).
    """
    spans = sorted((m.start, m.end) for m in mentions)
    out = []
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        gap = text[end:start]
        if len(gap) < 3 or gap[0] not in _DASHES or gap[-1] not in _DASHES:
            continue
        name = gap[1:-1]
        if not _DASHED_NAME.fullmatch(name) or name[0].islower() or _not_a_place(name.split()):
            continue
        out.append(Unresolved(name, end + 1, start - 1))
    return out


#: a one-word name after a spaced dash, then the clause goes on; and one before it
_ONE_WORD = r"[^\W\d_][\w'’`]*"
_AFTER_DASH = re.compile(rf"[ \u00a0]+[{_DASHES}][ \u00a0]+(?P<name>{_ONE_WORD})(?=[\s,.;:)»”]|$)")
_BEFORE_DASH = re.compile(rf"(?<![\w'’`])(?P<name>{_ONE_WORD})[ \u00a0]+[{_DASHES}][ \u00a0]+$")


def _line_start(text: str, at: int) -> bool:
    """Whether only blanks stand between the line's start and ``at`` (read back to the line's start only)."""
    return not text[text.rfind("\n", 0, at) + 1 : at].strip()


def _beside_spaced_dash(text: str, mentions: Sequence[Mention]) -> list[Unresolved]:
    """Find one-word names joined to a place by a spaced dash ("Тургунди – Герат"): route ends.

    Not after a place that begins its line or is written in capitals, where a dash
    leads to an agency's name or the story ("Baku – Trend", "INTERFAX-AZERBAIJAN –
    The bridge"), and not a name that begins its line.
    """
    spans = sorted((m.start, m.end) for m in mentions)

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in spans)

    out = []
    for start, end in spans:
        after = _AFTER_DASH.match(text, end)
        if after and not _line_start(text, start) and not text[start:end].isupper():
            a, b = after.span("name")
            name = after.group("name")
            if free(a, b) and name[0].isupper() and not _not_a_place(name.split()):
                out.append(Unresolved(name, a, b))
        before = _BEFORE_DASH.search(text, max(0, start - 80), start)
        if before:
            a, b = before.span("name")
            name = before.group("name")
            if (
                free(a, b)
                and name[0].isupper()
                and not _line_start(text, a)
                and not _not_a_place(name.split())
            ):
                out.append(Unresolved(name, a, b))
    return out


#: a list's separator between two of its names: a comma, or a comma or blank and "and"
_LIST_GAP = re.compile(
    r"\s*[,،]\s*(?P<name>.+?)\s*(?:[,،]|(?:,\s*|\s+)(?:and|und|və|ve|и|و|եւ|և))\s*"
)


def _between_commas(text: str, mentions: Sequence[Mention]) -> list[Unresolved]:
    """Names listed between two mentions ("to Agarak, Alvank, Kapan"): a place of the list.

    A capitalised name of one or two words, alone between the commas (or a comma and
    "and") that join two places, is a place the gazetteer lacks; a known word that
    is no place's (a month, a title, a people's adjective) is not listed.
    """
    spans = sorted((m.start, m.end) for m in mentions)
    out = []
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        gap = _LIST_GAP.fullmatch(text, end, start)
        if gap is None:
            continue
        name = gap.group("name")
        if not _DASHED_NAME.fullmatch(name) or name[0].islower() or _not_a_place(name.split()):
            continue
        out.append(Unresolved(name, gap.start("name"), gap.end("name")))
    return out
