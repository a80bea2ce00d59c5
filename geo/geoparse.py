"""Find the places and named links an article mentions: :func:`geoparse`.

How text is matched
-------------------
Every name and alias of the gazetteer (curated ``places.yaml`` and the regional
GeoNames table) and every name of a named link is folded to a key and put in
one Aho-Corasick automaton (``pyahocorasick``). The text is folded the same
way, one character for one character (case folded, diacritics stripped, ``ə``
to ``a``, ``ı``/``İ`` to ``i``, Arabic letter variants to Persian ones, every
other non-letter, non-digit to a space), so offsets in the folded copy are
offsets in the original. The few characters whose fold changes the length
(combining marks, ``ß``, ligatures, tatweel) and runs of two or more blanks
(a name broken over a line or written with double spaces) go through an
offset map instead. Keys start with a space and the text is padded with one,
so a match always begins at a word start.

A match is kept when:

* it ends at a word end, or what follows is a grammatical case ending of the
  name's script: Azerbaijani/Turkish (``Naxçıvanda``, ``Azərbaycanın``, only
  where the text around it has Azerbaijani/Turkish letters), Russian
  (``Ирана``, ``Армении``) or Armenian (``Իրանի``). English suffixes are not
  endings: ``Iranians`` and ``Armenian`` are not matches. A possessive or an
  odd apostrophe (``Iran's``, ``Azerbaijan`s``, ``Türkiye'nin``) ends the
  mention before the apostrophe;
* in a script with letter case (Latin, Cyrillic, Armenian) it starts with a
  capital letter;
* it is not a month or weekday name, and a GeoNames-only match is not one of
  the English words of ``data/geonames_stopnames.txt``;
* a GeoNames-only match does not sit inside a run of capitalised words
  (``Ali Akbar Ahmadian``, ``President Raisi``): those are names of people or
  organisations. Curated places are exempt.

Overlapping matches are settled longest first ("East Zangezur economic
region", not "Zangezur"; "Azerbaijan`s Embassy in Tehran", the embassy, not
Azerbaijan and Tehran), then leftmost.

What is not a mention
---------------------
Adjectives and demonyms ("Iranian", "Azerbaijani", "Armenian",
"Azerbaijani-Iranian relations", "the Iranian side", ``иранский``,
``ایرانی``) are not place mentions: they name a people or a government
side, not a place. They do count as country evidence for the context rules.
Page debris (``post-img``, ``Politics``) matches nothing.

Context rules (names several places share)
------------------------------------------
Candidates are ordered by :func:`geo.geocode.rank` given a kind and a country
hint found in the mention's sentence, in this order:

1. **Kind.** A kind word right after the name, possibly after other quoted or
   capitalised names of a list (``"Khudafarin" and "Giz Galasi" reservoirs``
   gives both names the kind *reservoir*), or before it (``the city of
   Nakhchivan``). Failing that, for a name shared by a water structure and a
   building (``Qız Qalası`` / ``Giz Galasi`` is also Baku's Maiden Tower), a
   sentence about water or power (reservoir, dam, hydropower, HPP, SES,
   ``su anbarı``, ``водохранилище``, ``سد`` ...) keeps the dam or reservoir
   (the reservoir when a reservoir word is present), and a sentence about a
   tower or Baku's old city keeps the building. Failing that, a name shared by
   a region and a settlement (``Nakhchivan``) is read as the region when the
   sentence names another region ("the East Zangezur economic region of
   Azerbaijan and Nakhchivan" -> ``nakhchivan-ar``).
2. **Country.** A country right beside the name (``Julfa, Iran``,
   ``Julfa (Iran)``, ``Iranian Julfa``, ``Julfa in Iran``); failing that, the
   script (Persian script -> Iran, Armenian -> Armenia); failing that, the
   country most named in the sentence, counting country names, adjectives
   ("Iranian") and places with a single country ("Julfa" in a sentence about
   Tabriz or Iranian railways -> ``jolfa-ir``).
3. Otherwise the gazetteer's default order (curated first, then
   ``prominence``, then population).
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from geo.gazetteer import COUNTRY_WORDS, KIND_WORDS, Gazetteer, Place, gazetteer, normalize
from geo.geocode import rank
from geo.settings import settings

__all__ = ["Geoparser", "Mention", "geoparse", "link_names"]

#: Month and weekday names (English, Azerbaijani, Russian nominative): never places.
CALENDAR_WORDS = frozenset(
    normalize(w)
    for w in [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Yanvar",
        "Fevral",
        "Mart",
        "Aprel",
        "May",
        "İyun",
        "İyul",
        "Avqust",
        "Sentyabr",
        "Oktyabr",
        "Noyabr",
        "Dekabr",
        "Bazar",
        "Çərşənbə",
        "Cümə",
        "Şənbə",
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ]
)

# Words that may stand next to a GeoNames-only name without making it part of
# a person's or organisation's name (normalised).
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "at",
        "on",
        "of",
        "from",
        "to",
        "and",
        "or",
        "but",
        "nor",
        "near",
        "with",
        "by",
        "for",
        "as",
        "into",
        "via",
        "between",
        "both",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "after",
        "before",
        "during",
        "while",
        "when",
        "where",
        "since",
        "until",
        "through",
        "across",
        "along",
        "over",
        "under",
        "around",
        "about",
        "against",
        "toward",
        "towards",
        "beyond",
        "within",
        "outside",
        "inside",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "should",
        "must",
        "not",
        "no",
        "yes",
        "if",
        "then",
        "so",
        "also",
        "than",
        "there",
        "here",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "how",
        "why",
        "all",
        "any",
        "each",
        "every",
        "some",
        "many",
        "most",
        "more",
        "less",
        "such",
        "only",
        "just",
        "even",
        "still",
        "yet",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)

_HYDRO_WORDS = (
    "reservoir", "reservoirs", "dam", "dams", "hydropower", "hydroelectric", "hydro",
    "hpp", "hpps", "ses", "hes", "su anbari", "su anbarlari", "su qovsagi", "bandi",
    "водохранилище", "водохранилища", "плотина", "гэс", "гидроузел", "سد", "نیروگاه",
    "مخزن", "ջրամբար", "հէկ", "հէկ", "ջրէկ",
)  # fmt: skip
_RESERVOIR_WORDS = frozenset(
    {"reservoir", "reservoirs", "su anbari", "su anbarlari", "водохранилище",
     "водохранилища", "مخزن", "دریاچه", "ջրամբար"}
)  # fmt: skip
_TOWER_WORDS = ("tower", "icherisheher", "icarisahar", "old city", "башня", "برج", "աշտարակ")
_WATER_KINDS = ("dam", "reservoir", "hydropower plant")

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
}

#: Country words and adjectives (normalised) that count as country evidence.
_COUNTRY_EVIDENCE = {
    **COUNTRY_WORDS,
    "azeri": "AZ",
    "persian": "IR",
    "georgian": "GE",
    "iranli": "IR",
    "azarbaycanli": "AZ",
    "ایرانی": "IR",
    "ارمنی": "AM",
}
_COUNTRY_PREFIXES = (
    ("иранск", "IR"),
    ("азербайджанск", "AZ"),
    ("армянск", "AM"),
    ("турецк", "TR"),
)
_STRONG_COUNTRY = {k: v for k, v in COUNTRY_WORDS.items() if len(k) > 2}

# Case endings by script, folded. Latin ones are Azerbaijani/Turkish and are
# accepted only where Azerbaijani/Turkish letters are near.
_LATIN_ENDINGS = frozenset(
    [
        "in",
        "un",
        "nin",
        "nun",
        "a",
        "ya",
        "na",
        "i",
        "u",
        "ni",
        "nu",
        "da",
        "ta",
        "nda",
        "dan",
        "tan",
        "ndan",
        "la",
        "yla",
        "daki",
        "taki",
        "ndaki",
        "dadir",
    ]
)
_CYRILLIC_ENDINGS = frozenset(
    ["а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "ой", "ей", "ю", "ю", "и", "ью", "я"]
)
_CYRILLIC_STEMS = {"ия": ("и", "ю", "ей", "я"), "а": ("ы", "е", "у", "ой"), "ь": ("и", "ью", "ь")}
_ARMENIAN_ENDINGS = frozenset(["ի", "ին", "ից", "ում", "ով", "ը", "ն", "յի", "յից", "յում"])
_AZ_LETTERS = re.compile("[əƏıİğĞşŞçÇöÖüÜ]")

_SENTENCE_END = re.compile(r"\n\s*|[.!?؟։。][\"'”’»)\]]*[ \t]+")
_WORD = re.compile(r"[^\W_]+")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’`-]*)[ -]$")
_WORD_AFTER = re.compile(r"[ -]([^\W\d_]\w*)")
_KIND_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:of\s+)?(?:the\s+)?$")
_COUNTRY_AFTER = re.compile(r"\s*(?:,|\(|\bin\b)\s*(?:the\s+)?([^\W\d_]+)")
_COUNTRY_BEFORE = re.compile(r"([^\W\d_]+)(?:['’`]s)?\s+$")
_LIST_WORDS = frozenset({"and", "or", "və", "и", "و", "ve"})


# ---------------------------------------------------------------- folding
def _fold_char(c: str) -> str:
    """Fold one character the way keys are folded (may return 0, 1 or 2 chars)."""
    if c in "\u200d\u0640\u00ad" or unicodedata.category(c) in ("Mn", "Me", "Cf"):
        return " " if c == "\u200c" else ""
    if not c.isalnum():
        return " "
    if c == "İ":
        return "i"
    text = normalize(c)
    if not text:  # normalize drops what it cannot key
        text = c.casefold()
    return text


_SENTINEL = "\x00"
_BLANK_RUN = re.compile(r"\s{2,}")


@functools.cache
def _fold_tables() -> tuple[dict[int, str], bytes, dict[str, str]]:
    """Return the fold as a 1:1 ``str.translate`` table, a Latin-1 byte table and the specials.

    Characters that fold to zero or two characters (and, in the byte table,
    Latin-1 characters that fold outside Latin-1) translate to a sentinel
    (NUL) so that a fast scan finds them; the specials map gives their fold.
    """
    table: dict[int, str] = {}
    special: dict[str, str] = {_SENTINEL: " "}
    for code in range(0x30000):
        if 0xD800 <= code < 0xE000:
            continue
        c = chr(code)
        folded = _fold_char(c) if code else " "
        if code and len(folded) == 1:
            if folded != c:
                table[code] = folded
        else:
            special[c] = folded
            table[code] = _SENTINEL
    latin = bytearray(256)
    for code in range(256):
        folded = table.get(code, chr(code))
        if ord(folded) < 256:
            latin[code] = ord(folded)
        else:
            special[chr(code)] = folded
    return table, bytes(latin), special


def _translate(text: str) -> str:
    """Apply the 1:1 fold: bytes.translate for Latin-1 paragraphs, str.translate otherwise."""
    table, latin, _ = _fold_tables()
    try:
        return text.encode("latin-1").translate(latin).decode("latin-1")
    except UnicodeEncodeError:
        pass
    if len(text) < 2048:
        return text.translate(table)
    return " ".join(_translate(part) for part in text.split("\n"))


class _Folded(NamedTuple):
    text: str
    breaks: list[int]
    deltas: list[int]

    def original(self, pos: int) -> int:
        """Map a position in the folded text to the original text."""
        return pos + self.deltas[bisect.bisect_right(self.breaks, pos) - 1]


def _fold(text: str) -> _Folded:
    """Fold ``text`` for matching, keeping a map back to the original offsets.

    The fold is one character for one wherever possible (``str.translate``);
    characters that fold to zero or two characters and runs of blanks are
    spliced in with an offset map.
    """
    special = _fold_tables()[2]
    flat = _translate(text)
    events = [(m.start(), m.end()) for m in _BLANK_RUN.finditer(text)]
    if _SENTINEL in flat:
        events.extend((m.start(), m.start() + 1) for m in re.finditer(_SENTINEL, flat))
        events.sort()
    if not events:
        return _Folded(flat, [0], [0])
    pieces: list[str] = []
    breaks, deltas = [0], [0]
    size = last = 0
    for start, end in events:
        if start < last:  # a special character inside a blank run: already replaced
            continue
        pieces.append(flat[last:start])
        size += start - last
        out = " " if end - start > 1 else special[text[start]]
        for j in range(len(out)):
            breaks.append(size + j)
            deltas.append(start - size - j)
        pieces.append(out)
        size += len(out)
        breaks.append(size)
        deltas.append(end - size)
        last = end
    pieces.append(flat[last:])
    return _Folded("".join(pieces), breaks, deltas)


def _key(name: str) -> str:
    """Fold a name to an automaton key (the text fold, blanks collapsed)."""
    return " ".join(_fold(name).text.split())


# ---------------------------------------------------------------- data
@dataclass(frozen=True)
class Mention:
    """A place or named link an article names.

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
        The id of the named link (``data/links.yaml``), or ``None``.
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


class _Entry(NamedTuple):
    size: int  # length of the key without the leading space
    ids: tuple[str, ...]
    link: str | None
    curated: bool
    endings: frozenset[str] | None  # None: a whole word; else the endings it needs
    place: Place | None  # the place when the name has only one


_span = operator.itemgetter(0, 1)  # (start, end) of a match


class _Match(NamedTuple):
    start: int  # in the original text
    end: int
    entry: _Entry


def _load_stopnames(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(normalize(s) for s in lines if s.strip() and not s.startswith("#"))


@functools.cache
def link_names() -> dict[str, list[str]]:
    """Names by id of the named links an article may mention: ``data/corridors.yaml``.

    Examples
    --------
    >>> "North-South Transport Corridor" in link_names()["nstc"]
    True
    """
    from geo.links import load_corridors

    return {cid: [c["name"], *c["aliases"]] for cid, c in load_corridors().items()}


# ---------------------------------------------------------------- parser
class Geoparser:
    """An automaton over the gazetteer's names and the named links.

    Parameters
    ----------
    gaz : Gazetteer
        Where place names and places come from.
    links : mapping of str to iterable of str, optional
        Names by link id (default :func:`link_names`).
    stopnames : iterable of str, optional
        GeoNames names that are ordinary words (matched only when curated).
    """

    def __init__(
        self,
        gaz: Gazetteer,
        links: Mapping[str, Iterable[str]] | None = None,
        stopnames: Iterable[str] = (),
    ) -> None:
        import ahocorasick

        self.gaz = gaz
        stop = frozenset(stopnames)
        keys: dict[str, list[str]] = {}
        for place in gaz:
            for name in (place.name, *place.aliases):
                ids = gaz.index.get(normalize(name)) or [place.id]
                for key in {normalize(name), _key(name)}:
                    if key and key not in CALENDAR_WORDS:
                        bucket = keys.setdefault(key, [])
                        bucket.extend(i for i in ids if i not in bucket)
        self.automaton = ahocorasick.Automaton()
        for key, ids in keys.items():
            curated = tuple(i for i in ids if gaz.by_id[i].curated)
            if key in stop:
                ids = list(curated)
            if ids:
                self._add(key, tuple(ids), None, bool(curated))
        for link_id, names in (links if links is not None else link_names()).items():
            for name in names:
                for key in {normalize(name), _key(name)}:
                    if key and key not in keys:  # a place's name stays the place's
                        self.automaton.add_word(
                            " " + key, _Entry(len(key), (), link_id, True, None, None)
                        )
        self.automaton.make_automaton()

    def _add(self, key: str, ids: tuple[str, ...], link: str | None, curated: bool) -> None:
        place = self.gaz.by_id[ids[0]] if len(ids) == 1 else None
        self.automaton.add_word(" " + key, _Entry(len(key), ids, link, curated, None, place))
        if " " in key or not ("\u0400" <= key[-1] <= "\u04ff"):
            return
        for tail, endings in _CYRILLIC_STEMS.items():
            stem = key[:-1]
            if key.endswith(tail) and len(stem) >= 3 and (" " + stem) not in self.automaton:
                self.automaton.add_word(
                    " " + stem, _Entry(len(stem), ids, link, curated, frozenset(endings), place)
                )

    # ------------------------------------------------------------ matching
    def _matches(self, text: str, folded: _Folded) -> list[_Match]:
        ftext = folded.text
        size = len(ftext)
        exact = len(folded.breaks) == 1  # the fold kept every offset
        combining = unicodedata.combining
        new = tuple.__new__
        found: list[_Match] = []
        for end, entry in self.automaton.iter(" " + ftext + " "):
            fstart = end - entry.size
            whole = (end >= size or ftext[end] == " ") and entry.endings is None
            if not whole and not self._ends_well(text, folded, fstart, end, entry):
                continue
            if exact:
                start, stop = fstart, end
            else:
                start, stop = folded.original(fstart), folded.original(end - 1) + 1
                while stop < len(text) and combining(text[stop]):
                    stop += 1
            first = text[start]
            if first.islower() and not "\u10d0" <= first <= "\u10ff":  # Georgian: caseless
                continue
            found.append(new(_Match, (start, stop, entry)))
        return found

    def _ends_well(
        self, text: str, folded: _Folded, fstart: int, fend: int, entry: _Entry
    ) -> bool:
        ftext = folded.text
        if fend >= len(ftext) or ftext[fend] == " ":
            return entry.endings is None
        stop = ftext.find(" ", fend)
        ending = ftext[fend : stop if stop >= 0 else len(ftext)]
        if entry.endings is not None:
            return ending in entry.endings
        last = ftext[fend - 1]
        if "\u0400" <= last <= "\u04ff":
            return ending in _CYRILLIC_ENDINGS
        if "\u0530" <= last <= "\u058f":
            return ending in _ARMENIAN_ENDINGS
        if last.isascii() and ending in _LATIN_ENDINGS:
            lo = folded.original(max(fstart - 80, 0))
            hi = folded.original(min(fend + 80, len(ftext) - 1)) + 1
            return bool(_AZ_LETTERS.search(text, lo, hi))
        return False

    @staticmethod
    def _longest(matches: list[_Match]) -> list[_Match]:
        """Keep the longest of overlapping matches (then the leftmost)."""
        matches.sort(key=_span)
        kept: list[_Match] = []
        i, n = 0, len(matches)
        while i < n:
            j, reach = i + 1, matches[i][1]
            while j < n and matches[j][0] < reach:
                reach = max(reach, matches[j][1])
                j += 1
            if j == i + 1:
                kept.append(matches[i])
            else:
                chosen: list[_Match] = []
                for c in sorted(matches[i:j], key=lambda c: (c[0] - c[1], c[0])):
                    if all(c[1] <= o[0] or o[1] <= c[0] for o in chosen):
                        chosen.append(c)
                kept.extend(sorted(chosen, key=_span))
            i = j
        return kept

    @staticmethod
    def _in_name_run(text: str, m: _Match, taken: set[int]) -> bool:
        """Whether a capitalised non-function word touches the match (a person's name)."""
        before = _WORD_BEFORE.search(text, max(m.start - 40, 0), m.start)
        after = _WORD_AFTER.match(text, m.end, m.end + 40)
        for hit, pos in ((before, m.start - 1), (after, m.end + 1)):
            # pos: where another mention would end (before) or start (after)
            if not hit:
                continue
            word = hit.group(1)
            key = _plain(word)
            if not word[0].isupper() or key in _FUNCTION_WORDS or key in KIND_WORDS:
                continue
            if key in _MORE_KIND_WORDS or key in _STRONG_COUNTRY or pos in taken:
                continue
            return True
        return False

    # ------------------------------------------------------------ resolving
    def parse(self, text: str) -> list[Mention]:
        """Return the mentions in ``text``, in order (see the module docstring)."""
        if not text:
            return []
        folded = _fold(text)
        kept = self._longest(self._matches(text, folded))
        if not all(m.entry.curated for m in kept):
            edges = {m.start for m in kept} | {m.end for m in kept}
            kept = [m for m in kept if m.entry.curated or not self._in_name_run(text, m, edges)]
        if not kept:
            return []
        bounds = _sentence_bounds(text)
        spans = []
        i = 0
        for m in kept:  # both sorted: walk the sentence bounds once
            while bounds[i + 1] <= m.start and i + 2 < len(bounds):
                i += 1
            spans.append((bounds[i], bounds[i + 1]))
        by_sentence: dict[int, list[Place]] = {}
        for (s0, _), m in zip(spans, kept, strict=True):
            if m.entry.place is not None:
                by_sentence.setdefault(s0, []).append(m.entry.place)
        mentions = []
        sentences: dict[int, str] = {}
        for m, (s0, s1) in zip(kept, spans, strict=True):
            place = m.entry.place
            if place is None and m.entry.link is None:
                place = self._resolve_in_context(text, m, (s0, s1), by_sentence.get(s0, []))
            sentence = sentences.get(s0)
            if sentence is None:
                sentence = sentences[s0] = text[s0:s1].strip()
            mentions.append(
                Mention(text[m.start : m.end], m.start, m.end, sentence, place, m.entry.link)
            )
        return mentions

    def _resolve_in_context(
        self, text: str, m: _Match, sentence: tuple[int, int], neighbours: list[Place]
    ) -> Place:
        candidates = [self.gaz.by_id[i] for i in m.entry.ids]
        sent = text[sentence[0] : sentence[1]]
        kind = _kind_hint(text, m, sentence, candidates, neighbours)
        country = _country_hint(text, m, sent, candidates, neighbours)
        ranked = rank(candidates, kind=kind) or rank(candidates)
        if country is None:
            return ranked[0]
        # the country decides between places of the best one's kind (Julfa/Jolfa, the
        # two Astaras), never turns a river into a village of that country
        same = [p for p in ranked if p.kind == ranked[0].kind]
        return rank(same, country=country)[0]


# ---------------------------------------------------------------- context
def _sentence_bounds(text: str) -> list[int]:
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    return [0, *ends, len(text)]


def _sentence_of(bounds: list[int], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(bounds, pos) - 1
    return bounds[i], bounds[min(i + 1, len(bounds) - 1)]


def _plain(text: str) -> str:
    """Fold text to space-separated words, cheaply (for looking words up)."""
    return " ".join(_translate(text).replace(_SENTINEL, "").split())


@functools.cache
def _kind_forms() -> dict[str, str]:
    """Kind words (folded) with their plural forms (English -s, Azerbaijani -lar/-ları)."""
    forms: dict[str, str] = {}
    for word, kind in {**KIND_WORDS, **_MORE_KIND_WORDS}.items():
        for form in (word, word + "s", word + "lar", word + "ler", word + "lari", word + "leri"):
            forms.setdefault(form, kind)
    return forms


@functools.lru_cache(maxsize=8)  # the names of one sentence share it; too small to span texts
def _plain_sentence(sentence: str) -> str:
    return _plain(sentence)


def _kind_word(words: list[str]) -> str | None:
    forms = _kind_forms()
    folded = [_translate(w) for w in words[:3]]  # words: no blanks inside
    for size in (3, 2, 1):
        kind = forms.get(" ".join(folded[:size]))
        if kind:
            return kind
    return None


def _kind_after(text: str, m: _Match, stop: int) -> str | None:
    words = _WORD.findall(text, m.end, min(stop, m.end + 80))
    for i, word in enumerate(words[:8]):
        if word.lower() in _LIST_WORDS or word[0].isupper():
            continue
        return _kind_word(words[i:])
    return None


def _kind_before(text: str, m: _Match, start: int) -> str | None:
    hit = _KIND_BEFORE.search(text, max(start, m.start - 40), m.start)
    return _kind_word([hit.group(1)]) if hit else None


def _kind_hint(
    text: str,
    m: _Match,
    sentence: tuple[int, int],
    candidates: list[Place],
    neighbours: list[Place],
) -> str | None:
    kinds = {p.kind for p in candidates}
    hint = _kind_after(text, m, sentence[1]) or _kind_before(text, m, sentence[0])
    if hint in kinds or (hint == "city" and kinds & {"town", "village"}):
        return hint
    sent = _plain_sentence(text[sentence[0] : sentence[1]])
    padded = f" {sent} "
    if kinds & set(_WATER_KINDS):
        if any(f" {w} " in padded for w in _HYDRO_WORDS):
            reservoir = any(f" {w} " in padded for w in _RESERVOIR_WORDS)
            return (
                "reservoir"
                if reservoir and "reservoir" in kinds
                else "dam"
                if "dam" in kinds
                else None
            )
        if "building" in kinds and any(w in sent for w in _TOWER_WORDS):
            return "building"
    settlement = kinds & {"city", "town", "village"}
    if "region" in kinds and settlement and any(p.kind == "region" for p in neighbours):
        return "region"
    return None


def _country_hint(
    text: str, m: _Match, sent: str, candidates: list[Place], neighbours: list[Place]
) -> str | None:
    countries = {p.country for p in candidates}
    if len(countries) < 2:
        return None
    after = _COUNTRY_AFTER.match(text, m.end, m.end + 40)
    before = _COUNTRY_BEFORE.search(text, max(m.start - 40, 0), m.start)
    for hit in (after, before):
        code = _COUNTRY_EVIDENCE.get(_plain(hit.group(1))) if hit else None
        if code in countries:
            return code
    script = _script(text[m.start : m.end])
    if script in countries:
        return script
    votes: dict[str, int] = {}
    for p in neighbours:
        votes[p.country] = votes.get(p.country, 0) + 1
    for word in _plain_sentence(sent).split():
        code = _COUNTRY_EVIDENCE.get(word) or next(
            (c for prefix, c in _COUNTRY_PREFIXES if word.startswith(prefix)), None
        )
        if code:
            votes[code] = votes.get(code, 0) + 1
    ranked = sorted(((n, c) for c, n in votes.items() if c in countries), reverse=True)
    if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
        return ranked[0][1]
    return None


def _script(name: str) -> str | None:
    for c in name:
        if "\u0600" <= c <= "\u06ff":
            return "IR"
        if "\u0530" <= c <= "\u058f":
            return "AM"
    return None


# ---------------------------------------------------------------- API
@functools.cache
def _default_parser() -> Geoparser:
    data = settings.data_dir
    return Geoparser(
        gazetteer(),
        link_names(),
        _load_stopnames(data / "geonames_stopnames.txt"),
    )


def geoparse(text: str) -> list[Mention]:
    """Return every place and named link ``text`` mentions, in order.

    Parameters
    ----------
    text : str
        An article or any text, in English, Azerbaijani, Persian, Armenian or
        Russian (or a mix).

    Returns
    -------
    list of Mention
        With offsets into ``text``, the sentence, and the resolved place or link.

    Examples
    --------
    >>> [(m.text, m.target) for m in geoparse("Azerbaijan`s ties with Iran's Julfa grow.")]
    [('Azerbaijan', 'az'), ('Iran', 'ir'), ('Julfa', 'jolfa-ir')]
    >>> m = geoparse("the East Zangezur economic region of Azerbaijan and Nakhchivan")
    >>> [(x.text, x.target) for x in m]  # doctest: +NORMALIZE_WHITESPACE
    [('East Zangezur economic region', 'east-zangezur'), ('Azerbaijan', 'az'),
     ('Nakhchivan', 'nakhchivan-ar')]
    >>> geoparse("The Iranian side met in May.")
    []
    """
    if not isinstance(text, str):
        msg = f"geoparse() needs a str, got {type(text).__name__}."
        raise TypeError(msg)
    return _default_parser().parse(text)
