"""The context rules for names several places share: the sentence and the country hint.

A name several places share is resolved in its sentence (see "Context rules"
in :mod:`geo.geoparse`): this module owns the sentence bounds, the sentence
read once for all its names (:class:`_Context`: its words, whether it speaks
of water or a tower, its country votes), the country its sentence tells (the
script, the sentence's votes, :func:`_country_in_sentence`) and the word tables they
use. The country a word beside the name names is :mod:`geo._beside`'s (which also
holds :func:`geo._beside._country_hint`, the two in turn); the kind hint (a kind word
after or before the name) is :mod:`geo._kindhint`'s.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from typing import Any

from geo._fold import _plain, _words
from geo.gazetteer import COUNTRY_WORDS, Place

#: A match: start and end in the original text, the order it was found in, the index of
#: its entry.
_Match = tuple[int, int, int, int]

_HYDRO_WORDS = (
    "reservoir", "reservoirs", "dam", "dams", "hydropower", "hydroelectric", "hydro",
    "hpp", "hpps", "ses", "hes", "su anbari", "su anbarlari", "su qovsagi", "su qovsaqlari",
    "su qovsaqlarindan", "su qovsaqlarinin", "bandi", "barajlari", "barajlarinin",
    "водохранилище", "водохранилища", "плотина", "гэс", "гидроузел", "гидроузлы",
    "гидроузлами", "гидроузлов", "гидроузла", "سد", "نیروگاه", "مخزن", "ջրամբար",
    "ջրամբարը", "دریاچه", "հէկ", "հէկը", "ջրէկ", "ելեկտրակայան", "ելեկտրակայանները", "էլեկտրակայան",
    "էլեկտրակայանները",
    # German and Turkish dams and reservoirs ("die Staudämme und Kraftwerke von Khodaafarin",
    # "Hudaferin barajı", "der Chudaferin-Stausee"; not "Kraftwerk" alone, which a town's
    # plant shares with the town)
    "staudamm", "staudamms", "staudamme", "staudammen", "talsperre", "stausee", "stausees", "baraj", "baraji", "barajin", "barajinin", "barajinda", "barajlarinda",
    # a plant's power ("Гыз галасы — 80 МВт"): megawatts
    "mw", "мвт", "megawatt", "megawatts", "мегаватт", "meqavat", "مگاوات",
)  # fmt: skip
_RESERVOIR_WORDS = frozenset(
    {"reservoir", "reservoirs", "su anbari", "su anbarlari", "водохранилище",
     "водохранилища", "مخزن", "دریاچه", "ջրամբար", "stausee", "stausees"}
)  # fmt: skip
_TOWER_WORDS = ("tower", "icherisheher", "icarisahar", "old city", "башня", "برج", "աշտարակ")
# the words of several words, to look for as " words " in " the sentence's words " (only
# when the sentence has their first word)
_HYDRO_PHRASES = tuple(f" {w} " for w in _HYDRO_WORDS if " " in w)
_RESERVOIR_PHRASES = tuple(f" {w} " for w in _RESERVOIR_WORDS if " " in w)
_PHRASE_FIRSTS = frozenset(w.split()[0] for w in _HYDRO_PHRASES + _RESERVOIR_PHRASES)
_HYDRO_SET = frozenset(_HYDRO_WORDS)
_WATER_KINDS = ("dam", "reservoir", "hydropower plant")

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
    # the countries in Azerbaijani/Turkish and Persian (the genitive: _country_word)
    "azarbaycan": "AZ",
    "azerbaycan": "AZ",
    "ermanistan": "AM",
    "ermenistan": "AM",
    "turkiya": "TR",
    "turkiye": "TR",
    _plain("ایران"): "IR",
    _plain("آذربایجان"): "AZ",
    _plain("ارمنستان"): "AM",
    _plain("ترکیه"): "TR",
    # the countries in German ("Astara in Aserbaidschan", "Julfa in Armenien")
    "aserbaidschan": "AZ",
    "armenien": "AM",
    "turkei": "TR",
    # the German adjectives in every case ("im iranischen Astara")
    **{
        stem + ending: code
        for stem, code in (
            ("iranisch", "IR"),
            ("aserbaidschanisch", "AZ"),
            ("armenisch", "AM"),
            ("turkisch", "TR"),
        )
        for ending in ("", "e", "en", "er", "es", "em")
    },
}
# the Armenian adjectives, Eastern and Western, right before a name ("իրանական Աստարա",
# Iranian Astara; they do not decline before a noun): only beside the name, as in a
# sentence they often name the other side ("Ջուլֆայի մոտ ... ադրբեջանական տարածք")
_ARMENIAN_ADJECTIVES = {
    "իրանական": "IR",
    "իրանեան": "IR",
    "ադրբեջանական": "AZ",
    "ատրպէյճանական": "AZ",
    "հայկական": "AM",
    "թուրքական": "TR",
    "թրքական": "TR",
}
_COUNTRY_PREFIXES = (
    ("иранск", "IR"),
    ("азербайджанск", "AZ"),
    ("армянск", "AM"),
    ("турецк", "TR"),
)
_PREFIXES = tuple(prefix for prefix, _ in _COUNTRY_PREFIXES)

# a newline and the blanks after it, or a stop with closing quotes and blanks (the one
# class up front lets the regex engine skip ahead fast)
_WORD = re.compile(r"[^\W_]+")
_GENITIVES = ("in", "un", "nin", "nun")
_AZ_LETTER = re.compile("[əƏ]")
_LIST_WORDS = frozenset({"and", "or", "və", "и", "و", "ve"})


class _Context:
    """The sentence of a name several places share, read once for all its names.

    Parameters
    ----------
    text : str
        The parsed text.
    start, end : int
        The sentence's bounds.
    neighbours : list of Place
        The places of the names in the sentence that only one place has.
    countries : list of str, optional
        The countries of the names in the sentence that several places of one
        country share.
    spans : tuple of (array, array, array), optional
        The starts and stops of the text's matches and the position of the name of each
        of ``neighbours`` among them (a country word inside a region's name, "Doğu
        Azerbaycan", is no vote for that country).
    """

    # The readings are made when first asked for, and kept (plain attributes: on Python
    # 3.11 functools.cached_property takes a lock, which costs more than most readings).
    __slots__ = (
        "_names", "_neighbours", "_plain", "_regions", "_spans", "_text", "_votes", "_water",
        "_words", "countries", "end", "start",
    )  # fmt: skip

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        neighbours: list[Place] | None,
        countries: list[str] | None = None,
        spans: tuple[Any, Any, Any] | None = None,
        names: tuple[_Contexts, int] | None = None,
    ) -> None:
        self.start, self.end = start, end
        self._spans = spans
        self._neighbours = neighbours
        # the countries of the names several places of one country share (Rasht the city
        # and the county): evidence of that country, as a neighbour is
        self.countries = countries or []
        # or, with no neighbours given, the sentences and this one's index, that read both
        # when the neighbours are first asked for (most sentences are read for their words)
        self._names = names
        self._text = text
        self._words: list[str] | None = None
        self._plain: str | None = None
        self._water: tuple[bool, bool] | None = None
        self._votes: dict[str, int] | None = None
        self._regions: frozenset[str | None] | None = None

    @property
    def neighbours(self) -> list[Place]:
        """The places of the names in the sentence that only one place has (and countries)."""
        if self._neighbours is None:  # (read with the countries and spans)
            contexts, i = self._names  # type: ignore[misc]
            self._neighbours, self.countries, self._spans = contexts._names_of(i)
        return self._neighbours

    @property
    def words(self) -> list[str]:
        """The sentence's words, folded (as :func:`_plain` gives them)."""
        if self._words is None:
            self._words = _words(self._text[self.start : self.end])
        return self._words

    @property
    def plain(self) -> str:
        """The sentence's words, folded (:func:`_plain`)."""
        if self._plain is None:
            self._plain = " ".join(self.words)
        return self._plain

    @property
    def water(self) -> tuple[bool, bool]:
        """Whether the sentence speaks of water or power, and of a reservoir."""
        if self._water is None:
            words = self.words
            # (a phrase is in the words only when its first word is)
            padded = f" {self.plain} " if not _PHRASE_FIRSTS.isdisjoint(words) else ""
            if _HYDRO_SET.isdisjoint(words) and not any(w in padded for w in _HYDRO_PHRASES):
                self._water = False, False
            else:
                reservoir = not _RESERVOIR_WORDS.isdisjoint(words) or any(
                    w in padded for w in _RESERVOIR_PHRASES
                )
                self._water = True, reservoir
        return self._water

    @property
    def regions(self) -> frozenset[str | None]:
        """The countries of the regions among the neighbours."""
        if self._regions is None:
            self._regions = frozenset(p.country for p in self.neighbours if p.kind == "region")
        return self._regions

    def _region_words(self, votes: dict[str, int]) -> None:
        """Take back the votes of the country words of the regions' names.

        "Doğu Azerbaycan eyaleti", "Восточно-Азербайджанскую провинцию": an Iranian
        province, no vote for Azerbaijan.
        """
        if not self.neighbours or self._spans is None:  # (the neighbours read first)
            return
        starts, stops, which = self._spans
        for j, p in enumerate(self.neighbours):
            if p.kind == "region":
                at = which[j]
                for word in _words(self._text[starts[at] : stops[at]]):
                    code = _word_vote(word)
                    if code in votes:
                        votes[code] -= 1

    @property
    def tower(self) -> bool:
        """Whether the sentence speaks of a tower or Baku's old city."""
        return any(w in self.plain for w in _TOWER_WORDS)

    @property
    def votes(self) -> dict[str, int]:
        """Country evidence in the sentence: single-country places, country words."""
        if self._votes is None:
            votes: dict[str, int] = {}
            for p in self.neighbours:
                if p.country:  # a sea or macro-region is evidence of no one country
                    votes[p.country] = votes.get(p.country, 0) + 1
            for code in self.countries:  # (read with the neighbours)
                votes[code] = votes.get(code, 0) + 1
            for word in self.words:
                code = _COUNTRY_EVIDENCE.get(word)
                if not code and word.startswith(_PREFIXES):
                    code = next(c for prefix, c in _COUNTRY_PREFIXES if word.startswith(prefix))
                if code:
                    votes[code] = votes.get(code, 0) + 1
            if votes:
                for p in self.neighbours:
                    if p.kind == "region":  # (most sentences name no region)
                        self._region_words(votes)
                        break
            self._votes = votes
        return self._votes


def _word_vote(word: str) -> str | None:
    """Return the country a folded word of a sentence names, if one (a vote)."""
    code = _COUNTRY_EVIDENCE.get(word)
    if not code and word.startswith(_PREFIXES):
        code = next(c for prefix, c in _COUNTRY_PREFIXES if word.startswith(prefix))
    return code


class _Contexts(dict[int, _Context]):
    """A text's sentences by index, each read (a :class:`_Context`) when a rule first asks.

    Parameters
    ----------
    text : str
        The parsed text.
    bounds : list of int
        The sentence bounds: sentence ``i`` is ``text[bounds[i]:bounds[i + 1]]``.
    neighbours : tuple of (list of int, list of Place)
        The places of the names only one place has and the index of each one's sentence
        (in text order).
    countries : tuple of (list of int, list of str or None)
        The country of each name several places of one country share (else None) and
        the index of each one's sentence (in text order).
    spans : tuple of (array, array, array), optional
        The starts and stops of the text's matches and the positions of the names of
        ``neighbours`` among them (:class:`_Context` ``spans``).
    """

    def __init__(
        self,
        text: str,
        bounds: list[int],
        neighbours: tuple[list[int], list[Place]],
        countries: tuple[list[int], list[str | None]],
        spans: tuple[Any, Any, Any] | None = None,
    ) -> None:
        super().__init__()
        self._text, self._bounds = text, bounds
        self._neighbours, self._countries = neighbours, countries
        self._spans = spans

    def __missing__(self, i: int) -> _Context:
        bounds = self._bounds
        ctx = self[i] = _Context(self._text, bounds[i], bounds[i + 1], None, None, None, (self, i))
        return ctx

    def _names_of(self, i: int) -> tuple[list[Place], list[str], tuple[Any, Any, Any] | None]:
        """Return the neighbours, countries and spans of sentence ``i`` (see :class:`_Context`)."""
        at, places = self._neighbours
        lo, hi = bisect.bisect_left(at, i), bisect.bisect_right(at, i)
        spans = None
        if self._spans is not None and lo < hi:
            starts, stops, which = self._spans
            spans = starts, stops, which[lo:hi]
        at, codes = self._countries
        named = list(filter(None, codes[bisect.bisect_left(at, i) : bisect.bisect_right(at, i)]))
        return places[lo:hi], named, spans


def _country_in_sentence(
    text: str,
    m: _Match,
    sentence: tuple[Mapping[int, _Context], int],
    countries: frozenset[str | None],
) -> str | None:
    """Return the country the name's script, else its sentence's votes tell, or None.

    Failing both, Azerbaijan for a sentence in Azerbaijani (:func:`_country_by_letters`).
    """
    code = _country_by_votes(text, m, sentence, countries)
    return code if code is not None else _country_by_letters(text, m, sentence, countries)


def _country_by_votes(
    text: str,
    m: _Match,
    sentence: tuple[Mapping[int, _Context], int],
    countries: frozenset[str | None],
) -> str | None:
    """Return the country the name's script, else its sentence's votes tell, or None."""
    script = _script(text[m[0] : m[1]])
    if script in countries:
        return script
    votes = sentence[0][sentence[1]].votes
    ranked = sorted(((n, c) for c, n in votes.items() if c in countries), reverse=True)
    if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
        return ranked[0][1]
    return None


def _country_by_letters(
    text: str,
    m: _Match,
    sentence: tuple[Mapping[int, _Context], int],
    countries: frozenset[str | None],
) -> str | None:
    """Return Azerbaijan for a name in an Azerbaijani sentence, else None.

    (Or for a name with a case ending in an Azerbaijani text.)
    """
    ctx = sentence[0][sentence[1]]
    end = m[1]
    if "AZ" in countries and (
        _AZ_LETTER.search(text, ctx.start, ctx.end)
        or (text[end : end + 1].isalpha() and _AZ_LETTER.search(text))
    ):
        return "AZ"
    return None


def _country_of(word: str, genitive: bool = False) -> str | None:
    """Return the country a word as written names (:data:`_COUNTRY_EVIDENCE` of its fold).

    With ``genitive``, also in the Azerbaijani/Turkish genitive (:func:`_country_word`).
    Kept by word: the words beside a text's names come again and again.
    """
    known = _COUNTRIES_OF[genitive]
    code = known.get(word, "")
    if code == "":
        if len(known) >= 50_000:  # words kept; past that the table starts again
            known.clear()
        folded = _plain(word)
        code = known[word] = _country_word(folded) if genitive else _COUNTRY_EVIDENCE.get(folded)
    return code


_COUNTRIES_OF: tuple[dict[str, str | None], dict[str, str | None]] = ({}, {})


def _country_word(word: str) -> str | None:
    """Return the country a (folded) word names, also in the Azerbaijani/Turkish genitive.

    >>> _country_word("iranin"), _country_word("azarbaycanin"), _country_word("nin")
    ('IR', 'AZ', None)
    """
    code = _COUNTRY_EVIDENCE.get(word) or _ARMENIAN_ADJECTIVES.get(word)
    if code is None and word.startswith(_PREFIXES):  # an adjective: "иранской"
        code = next(c for prefix, c in _COUNTRY_PREFIXES if word.startswith(prefix))
    for ending in _GENITIVES:
        if code is None and word.endswith(ending) and len(word) > len(ending) + 2:
            code = _COUNTRY_EVIDENCE.get(word[: -len(ending)])
    return code


def _script(name: str) -> str | None:
    """Return the country a name's script tells: Persian IR, Armenian AM, Azerbaijani ``ə`` AZ."""
    for c in name:
        if "\u0600" <= c <= "\u06ff":
            return "IR"
        if "\u0530" <= c <= "\u058f":
            return "AM"
        if c in "əƏ":
            return "AZ"
    return None
