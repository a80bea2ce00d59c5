"""Find the places and named links an article mentions: :func:`geoparse`.

This module owns the public API: :func:`geoparse`, :class:`Mention` and
:class:`Geoparser` (:data:`CALENDAR_WORDS` and :func:`link_names` are
re-exported from :mod:`geo._automaton`), and it documents the rules below in
one place. The parts that apply them: :mod:`geo._automaton` (the name table:
every name folded to keys in one automaton, built or read from the cache),
:mod:`geo._fold` (the fold), :mod:`geo._match` and :mod:`geo._endings` (which
hits are mentions), :mod:`geo._markedendings` (endings after a hyphen or an
apostrophe), :mod:`geo._nameruns` (the person-name rule),
:mod:`geo._organisations` (organisations' names, web addresses),
:mod:`geo._linkpairs` (links named by their two ends), :mod:`geo._adjlists` (Russian
adjectives listed before one kind word), :mod:`geo._context` (the kind
and country hints of a sentence) and :mod:`geo._namesakes` (names several places
share: the plans by hint and the article's geography).

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
(a name broken over a line or written with double spaces, a spaced dash as in
"Rasht – Astara") go through an offset map instead. Keys start with a space and the text is padded with one,
so a match always begins at a word start.

A match is kept when:

* it ends at a word end, or what follows is a grammatical case ending of the
  name's script: Azerbaijani/Turkish (``Naxçıvanda``, ``Azərbaycanın``, only
  where the text around it has Azerbaijani/Turkish letters), Russian
  (``Ирана``, ``Армении``, ``Китая``), Armenian in Eastern and Western spelling
  (``Իրանի``, ``Իրանէն``), German genitive (``Aserbaidschans``, only in German
  text) or the Persian ezafe after a vowel (``آستارای ایران``, Astara of Iran).
  Names of several words are also keys in their inflected forms
  (:mod:`geo._inflect`: ``Ардебильской области``, ``der Autonomen Republik
  Nachitschewan``, ``Шри-Ланки``), Persian names of two words also written
  joined (``پارسآباد``), Armenian names in Western and in reformed spelling
  (``ԵՐԵՎԱՆ`` in capitals), and curated places' English names in German
  spelling (``Sangilan``, ``Gis Galasi``). English suffixes are not
  endings: ``Iranians`` and ``Armenian`` are not matches. A possessive or an
  odd apostrophe (``Iran's``, ``Azerbaijan`s``, ``Türkiye'nin``) ends the
  mention before the apostrophe, except after an abbreviation: its case ending
  written after a hyphen or an apostrophe is the mention's (``Ordubad SES-i``,
  ``HES'in``; :func:`geo._markedendings._abbreviation_endings`);
* in a script with letter case (Latin, Cyrillic, Armenian) it starts with a
  capital letter;
* it is not a month or weekday name, and a GeoNames-only or world-layer match
  is not one of the English words of ``data/geonames_stopnames.txt`` nor one of
  the frequent words of ``data/common_words.txt`` (Persian ``پول`` money is
  not the village Pūl, ``مالی`` financial not Mali, German ``Ich`` not Īch),
  but for a large Turkish or Azerbaijani city where the text around is Turkish
  or Azerbaijani (``Erzurum ve Van``: the city; "the van" is not);
* a GeoNames-only match does not sit inside a run of capitalised words
  (``Ali Akbar Ahmadian``, ``President Raisi``): those are names of people or
  organisations. Curated places are exempt, and so are the prepositions and
  articles of the seven languages, German nouns headed by a kind word
  (``der Binnenhafen Duisburg``), the noun before a German genitive (``den
  Versuch Moskaus``), a Turkish title or facility word after the name (``Aralık
  Kaymakamı Mehmet Yılmaz``, the district governor; ``Margara Sınır Kapısı``) and,
  outside Latin script, a sentence's capitalised first word (``В Москве``);
* it is no person's name after a Turkish title (``Bakanı Ararat Mirzoyan``: a
  possessive title, then another capitalised name; ``Vali Van``: a bare title and a
  name without a case ending), curated places included, and no month's name in a
  date (``23 Aralık 2011``, December, not the town of Aralık; CLDR month names)
  (:mod:`geo._titles`); a surname a title introduced ("Iğdır Valisi Ercan Van") is
  the person again when the text names it alone later ("Van, daha sonra ...").

A named link is also found by its two ends joined by one dash or hyphen, in any
language the gazetteer knows and in either order ("Horadiz–Aghband", "Kazvin-Reşt
hattı", "Казвин – Решт", "پل آغبند – کلاله"), with the kind word after it and its
case ending, and the Persian kind word before it (:mod:`geo._linkpairs`); a route of
three stops ("Kars–Iğdır–Nakhchivan") and a pair that is not one link's two ends stay
places, and so do a border crossing's two sides ("Agarak–Norduz").

Overlapping matches are settled longest first ("East Zangezur economic
region", not "Zangezur"; "Azerbaijan`s Embassy in Tehran", the embassy, not
Azerbaijan and Tehran), then leftmost.

The rules run over all the automaton's hits at once, with numpy
(:mod:`geo._match`); the mentions are then made column by column (offsets,
sentence, place or link), once the names several places share are resolved.

What is not a mention
---------------------
Adjectives and demonyms, page debris, a place name inside an organisation's, a paper's,
a club's or a person's name, a web address, an agency's Latin name amid another script,
a continent with a Persian direction: :mod:`geo._notmentions` drops them, and documents
each rule.

Context rules (names several places share)
------------------------------------------
Candidates are ordered by :func:`geo.geocode.rank` given a kind and a country
hint found in the mention's sentence, in this order:

1. **Kind.** A kind word right after the name, possibly after other quoted or
   capitalised names of a list (``"Khudafarin" and "Giz Galasi" reservoirs``
   gives both names the kind *reservoir*, and so does a capitalised kind word:
   ``Ordubad and Marazad HPPs``), or before it (``the city of
   Nakhchivan``). Failing that, for a name shared by a water structure and a
   building (``Qız Qalası`` / ``Giz Galasi`` is also Baku's Maiden Tower), a
   sentence about water or power (reservoir, dam, hydropower, HPP, SES,
   ``su anbarı``, ``водохранилище``, ``سد`` ...) keeps the dam or reservoir
   (the reservoir when a reservoir word is present; the plant when no dam has the
   name: "Ordubad və Mərəzəd su qovşaqları"), and a sentence about a
   tower or Baku's old city keeps the building; a sentence about neither gives a
   unit named like the dam, in Persian, when no town has the name ("فرماندار خداآفرین",
   the county; elsewhere the dam: "Xudafərinə baxış"). An Azerbaijani or Turkish
   locative kind word before a name ("Cəbrayıl rayonunda Xudafərin") is another name's
   place, not its kind. Failing that, a name shared by a region and a settlement
   (``Nakhchivan``) is read as the region when the
   sentence names another region of the same country ("the East Zangezur
   economic region of Azerbaijan and Nakhchivan" -> ``nakhchivan-ar``; but
   "to Baku and to Iran's Ardabil province": the city). In a sentence about
   water or power a name shared by a river and a structure is the river ("the
   reservoirs on the Araz").
   A name joined by a dash to a settlement, or after "to"/"through"/"nach" following one,
   is a stop of a route and a settlement too ("Kars–Iğdır–Nakhchivan", "from Kars through
   Iğdır to Nakhchivan"); one joined by a dash to a region is a region; the dash beats the
   regions its sentence names ("Երասխ-Նախիջեւան-Իրան" through the Autonomous Republic: the
   city); one listed beside a station is a station ("Hakari, Minjivan and Bartaz"); a
   dateline names the city ("NAKHCHIVAN, April 2", "Naxçıvan, 19 sentyabr"); so does a
   stop after a settlement in the Turkish or Azerbaijani ablative ("Bakü'den Nahçıvan'a",
   "Təbrizdən", on its settlement word: "Ağbənd qəsəbəsindən Naxçıvana") or "via"
   ("Dilucu sınır kapısı üzerinden Nahçıvan'a"), unless the unit's border or land word
   follows ("Kəlalədən Naxçıvan sərhədinə"), or after one in Persian or Russian "from ...
   to" ("از باکو به نخجوان"). A district
   named after its town (``seat`` in ``places.yaml``) gives the bare name to the town
   ("near Zangilan"); it needs its kind word ("Zangilan district", Azerbaijani "bölgəsi"
   too) or a sentence on what a unit borders on ("... Qubadlı və Cəbrayıl ilə
   həmsərhəddir"), and so does a unit that has the bare name only as its name without the
   kind word, not as an alias ("Baku" of the Baku Economic Region). Failing all that, a
   name shared by a unit and a curated town that the bare name does not give (Nakhchivan
   the Autonomous Republic and the city) is the town when a word before it places something
   at or near it ("near", "bei", "вокзал в"; Turkish/Azerbaijani "yakınında",
   "yaxınlığında" after it), or when every other place of the region its sentence names is
   a settlement ("Iğdır ve Kars ... Nahçıvan ile"; a far world-layer city, "Istanbul",
   tells nothing); a country, region, river or structure in the sentence, or a border word
   after the name ("Nahçıvan sınırına") or the land's supply or energy security
   ("Naxçıvanın qaz təchizatı", "Nahçıvan'ın enerji güvenliği"), leaves it the unit.
2. **Country.** A country right beside the name (``Julfa, Iran``,
   ``Julfa (Iran)``, ``Iranian Julfa``, ``Julfa in Iran``, ``İranın Astara şəhəri``,
   the Persian ezafe ``آستارای جمهوری آذربایجان``), or the other of
   two countries when the name stands "on the border with" one of them
   (``Astara on the border with Azerbaijan`` -> ``astara-ir``) or leads to
   (``von Astara nach Iran``, ``из Астары в Иран`` -> ``astara-az``), or the country
   before the side it names (``İran tərəfindəki Astara``; German adjectives count:
   ``im iranischen Astara``) or of the side after it (``in Astara on the Iranian side``),
   or the country of the namesakes' terminal when a terminal's word stands beside the
   name and the gazetteer calls one of their stations "<name> terminal" (``"Astara"
   terminalı``, ``терминала Астара`` -> ``astara-ir``; not a freight or customs
   terminal, which Azerbaijan's Astara has too);
   failing that, when another namesake of the pair in the
   sentence is so placed in one country, the other country ("Astaradan İran
   tərəfindəki Astara": the first is Azerbaijan's); failing that, the country of the
   town it is listed or joined by a dash with ("near Julfa and Ordubad" -> ``julfa-az``,
   "Alat–Astara" -> ``astara-az``); failing that, the script (Persian script ->
   Iran, Armenian -> Armenia, Azerbaijani ``ə`` -> Azerbaijan); failing that, the country most named in the sentence, counting
   country names, adjectives ("Iranian") and places with a single country
   ("Julfa" in a sentence about Tabriz or Iranian railways -> ``jolfa-ir``; the
   country word of a region's name is no vote: "Doğu Azerbaycan eyaleti");
   failing that, in any text, the one country the name's earlier mentions were
   so placed in (not by a sentence on a border: "İran ərazisində yerləşən Astara",
   "in Astara city (Iran)", then a bare "Astara"); failing that, a sentence in
   Azerbaijani (with ``ə``) -> Azerbaijan; failing
   that, the country most of the article's located places (settlements, districts,
   structures: not countries or far cities) are in ("Очередь в Астаре" in an article
   on Lankaran, Masalli and Salyan -> ``astara-az``). A region or other name in
   brackets after the name decides last (:mod:`geo._asides`): "Culfa (Nahcivan)" ->
   ``julfa-az``, "Kovsakan (Zangilan) district" -> ``zangilan-district``.
3. **Geography.** With neither hint (or a kind only the names beside it tell:
   "from Horadiz to Hakari" is the station, not Hakkari in Turkey), a settlement more than 250 km from every
   located place the article names (a settlement, district, dam or crossing only
   one place has) gives way to a namesake within 120 km of one: "Lahijan" in an
   article about Tabriz and Marand is the village near them, not the town in
   Gilan.
4. Otherwise the gazetteer's default order (curated first, then ``prominence``, then a
   place whose own name it is before one that only has it as an alias, then population:
   "Goris" is Armenia's Goris, not Georgia's Gori, which GeoNames aliases "Goris").

Then a bare "Zangezur" is the corridor in an article that names it (:mod:`geo._ellipticals`),
two plants joined by a dash are their project ("the Ordubad-Marazad project",
:mod:`geo._structurepairs`), and a capitalised word a list's or route's join sets beside a
mention, in a spelling the gazetteer lacks, is read by its sound ("Актау и Курик",
:mod:`geo._spellings`). Last, a Persian president's title keeps its state's word
("روسای جمهوری [آذربایجان]", :mod:`geo._ezafe`), two words before one plural sea word are
the seas ("the Caspian and [Black] seas", :mod:`geo._seapairs`), and a Turkish town in a
list closed by a count or kind of provinces, in the genitive before one of its districts,
or alone in a text that speaks of provinces in the plural, is its province ("[Van]'ın Saray
ilçesi", "[Iğdır], komşu illeri geride bıraktı", :mod:`geo._provincelists`).
"""

from __future__ import annotations

import functools
import gc
import itertools
from typing import Any

import numpy as np

from geo._acronyms import _own_abbreviations
from geo._adjlists import _listed_adjectives
from geo._asides import _bracketed_cues
from geo._automaton import _load_stopnames, link_names
from geo._calendar import CALENDAR_WORDS
from geo._dashtwins import _dash_twins
from geo._fold import _fold, _Folded
from geo._insidecues import _inside_cues
from geo._linkpairs import _link_pairs, _LinkEnds
from geo._markedendings import (
    _abbreviation_endings,
    _listed_plural_abbreviations,
)
from geo._match import _find
from geo._mention import Mention
from geo._mentionsteps import last_steps
from geo._namesakes import _Namesakes
from geo._notmentions import not_mentions
from geo._quotedlinks import _quoted_link_names
from geo._quotedplaces import (
    _kind_word_before_quotes,
    _quoted_country_plants,
    _quoted_place_names,
)
from geo._regionword import (
    _without_region_before,
    _without_region_word,
    _without_word_after,
    with_state_words,
)
from geo._sentences import _sentence_array
from geo._settled import settle
from geo._spellings import respelled
from geo._tablekeys import _key
from geo.gazetteer import gazetteer
from geo.settings import settings

__all__ = ["CALENDAR_WORDS", "Geoparser", "Mention", "geoparse", "link_names"]


# ---------------------------------------------------------------- parser
class Geoparser(_Namesakes):
    """An automaton over the gazetteer's names and the named links.

    The name table is :class:`geo._automaton._NameTable`; the names several
    places share are resolved by :class:`geo._namesakes._Namesakes`.

    Parameters
    ----------
    gaz : Gazetteer
        Where place names and places come from.
    links : mapping of str to iterable of str, optional
        Names by link id (default :func:`link_names`).
    stopnames : iterable of str, optional
        GeoNames names that are ordinary words (matched only when curated).
    cache_key : str, optional
        When given, the automaton and its entries are read from the cache on
        disk under this key (:mod:`geo._cache`), or built and written there: the
        key must hash everything they are built from.
    """

    # ------------------------------------------------------------ matching
    def _matches(
        self,
        text: str,
        folded: _Folded,
        organisations: list[Any] | None = None,
        triggers: list[Any] | None = None,
    ) -> tuple[Any, Any, Any]:
        """Return the matches in ``text``: starts, ends and entry indices, in text order.

        Overlapping matches are settled longest first ("East Zangezur economic
        region", not "Zangezur"), then leftmost (see :func:`geo._match._find`).
        (Numpy arrays: no object per match for the garbage collector to count
        and walk.) The words of organisations' names found go into ``organisations``,
        the starts of the kind words into ``triggers`` (:mod:`geo._quiet`).
        """
        return _find(self.automaton, self._keys, text, folded, organisations, triggers)

    @functools.cached_property
    def _entry_columns(self) -> tuple[Any, Any]:
        """Return the place and the link of each entry as object arrays (made once).

        A text's matches take theirs in one array operation each, not a look-up each.
        (The table keeps them as such arrays: geo._automaton._NameTable._take.)
        """
        return self.places, self.links

    def _entry_of(self, name: str) -> int | None:
        """Return the entry of a name as written (a place's or a link's), or None."""
        entry = self.automaton.get(" " + _key(name), None)
        if entry is None or (self.places[entry] is None and not self._shared[entry]):
            return None if entry is None or self.links[entry] is None else entry
        return entry

    def _link_ends(self) -> _LinkEnds:
        """Return the named links' ends (:mod:`geo._linkpairs`), built on first need."""
        ends = self.__dict__.get("_ends")
        if ends is None:
            from geo.linkdata import load_links

            first: dict[str, int] = {}
            for i, link in enumerate(self.links):
                if link is not None:
                    first.setdefault(link, i)
            ends = self.__dict__["_ends"] = _LinkEnds(self.gaz, load_links(), first)
        return ends

    # ------------------------------------------------------------ parsing
    def parse(self, text: str) -> list[Mention]:
        """Return the mentions in ``text``, in order (see the module docstring).

        The matches go column by column (offsets, sentence, place, link) and the
        mentions are made at the end, once the names several places share are
        resolved: a loop over the matches costs more than the work it does.

        The garbage collector pauses for the parse (when it is on): a parse makes
        tens of thousands of objects and no reference cycles, so the passes they
        would set off find nothing, and a full one walks every object of the
        gazetteer (~190,000, a few ms a megabyte of text).
        """
        if not gc.isenabled():
            return self._parse(text)
        gc.disable()
        try:
            return self._parse(text)
        finally:
            gc.enable()

    def _parse(self, text: str) -> list[Mention]:
        """Return the mentions in ``text`` (:meth:`parse`, the collector paused)."""
        if not text:
            return []
        organisations: list[Any] = []
        triggers: list[Any] = []  # where kind words start (geo._quiet)
        folded = _fold(text)
        starts, stops, indices = self._matches(text, folded, organisations, triggers)
        starts, stops, indices = not_mentions(
            self, text, folded, (starts, stops, indices), organisations, triggers
        )
        # '“Araz” Azad İqtisadi Zonası': a quoted name, the place whose name goes on after it
        indices = _quoted_place_names(text, folded.codes, (starts, stops, indices), self)
        # 'بندر «امیرآباد»': a kind word, then the quoted name: the place of both
        starts, stops, indices = _kind_word_before_quotes(
            text, folded.codes, (starts, stops, indices), self
        )
        # '"Azərbaycan" İES': a plant named after the country, no mention of it
        starts, stops, indices = _quoted_country_plants(
            text, folded.codes, (starts, stops, indices), self
        )
        # "Horadiz–Aghband", "Reşt-Astara demiryolunun": a link named by its two ends
        starts, stops, indices = _link_pairs(
            text, folded.codes, starts, stops, indices, self._ids, self._link_ends
        )
        # "کریدور «ارس»", "маршрута «Восток–Запад»": the kind word, the quoted name, the quote
        links = self._keys.links[indices]
        starts, stops = _quoted_link_names(text, folded.codes, starts, stops, links)
        # "the Astrakhan region of Russia": the bare English word outside the mention
        stops = _without_region_word(
            text, folded.codes, (starts, stops, indices), self._entry_columns[0]
        )
        # "der Region Krasnodar": the German word before outside the mention
        starts = _without_region_before(text, folded.codes, starts, stops)
        # "Kiş adası", "Սեւանա լճի": the Turkish island word, the Armenian lake word outside
        stops = _without_word_after(text, (starts, stops, indices), self._entry_columns[0])
        # "Qətər Dövləti", "Katar Devleti": a state's official word after its name, in it;
        # "в Исламской Республике Мавритании": a state's form before its name, in it
        starts, stops, indices = with_state_words(
            text, (starts, stops, indices), self._entry_columns[0]
        )
        # "Физулинского, Джебраильского и Зангиланского районов": each adjective a mention
        starts, stops, indices = _listed_adjectives(
            text, folded.codes, (starts, stops, indices), self._entry_of
        )
        if not len(starts):
            return []
        # "Центральной Азии (ЦА)": the abbreviation a name is given names the place too
        starts, stops, indices = _own_abbreviations(
            text, folded.codes, (starts, stops, indices), self._keys.links[indices]
        )
        marked = _abbreviation_endings(text, folded.codes, stops)  # "Ordubad SES-i" too
        if marked is not stops:  # "X və Y SES-ləri": the plural after a list, each name alone
            marked = _listed_plural_abbreviations(text, starts, marked, marked != stops)
        stops = marked
        bound_array = _sentence_array(text, folded.codes, folded.classes)
        bounds = bound_array.tolist()
        # each match's sentence: the last bound at or before its start (the last sentence
        # takes the rest)
        of_sentence = np.searchsorted(bound_array, starts, side="right") - 1
        of_sentence = np.minimum(of_sentence, len(bounds) - 2)
        place_of, link_of = self._entry_columns
        places = place_of[indices].tolist()
        begins, ends = starts.tolist(), stops.tolist()
        shared = np.flatnonzero(self._shared[indices])  # names several places share
        if len(shared):
            self._resolve(
                text,
                (starts, stops, indices, of_sentence),
                places,
                shared,
                bounds,
                folded.codes,
                (begins, ends),
                (*triggers, bound_array, folded),
            )
            # "Culfa (Nahcivan)": the bracket after a name tells which one
            _bracketed_cues(
                text, (starts, stops, indices), places, shared, self._entry_plans, folded.codes
            )
            # "Iğdır'daki Dilucu": the unit that holds a place far from the town
            _inside_cues(
                text, (starts, stops, indices), places, shared, self._entry_plans, folded.codes
            )
            # "the Sarahs-Sarakhs crossing": a dash pair's two names, two places
            _dash_twins(text, (starts, stops, indices), places, shared, self._entry_plans)
        # each sentence read once, and each match's found by its sentence's rank among them
        # (the matches are in text order, and so are their sentences; were they not, the
        # sentences would be found by sorting)
        if (of_sentence[1:] >= of_sentence[:-1]).all():
            first = np.flatnonzero(np.r_[True, of_sentence[1:] != of_sentence[:-1]])
            ids = of_sentence[first]
            rank = np.repeat(np.arange(len(first)), np.diff(np.r_[first, len(of_sentence)]))
        else:
            ids, rank = np.unique(of_sentence, return_inverse=True)
        sentences = [text[bounds[i] : bounds[i + 1]].strip() for i in ids.tolist()]
        links = link_of[indices].tolist()  # "Iğdır'ın Zengezur'un": the corridor, by name
        settle(text, (begins, ends, starts, folded.codes, stops), places, links, self.gaz)
        # the mentions are made column by column, each in one step from its fields (a loop
        # over the matches costs more than the work it does)
        found = list(
            map(
                tuple.__new__,
                itertools.repeat(Mention, len(begins)),
                zip(
                    [text[start:end] for start, end in zip(begins, ends, strict=True)],
                    begins,
                    ends,
                    map(sentences.__getitem__, rank.tolist()),
                    places,
                    links,
                    strict=True,
                ),
            )
        )  # "Актау и Курик": a name in a new spelling beside them
        found = respelled(self, text, folded, (starts, stops, indices, *triggers), found, bounds)
        # the last steps, on the mentions: the ezafe, gulfs, provinces, ports (geo._mentionsteps)
        return last_steps(text, found, self.gaz, bounds)


# ---------------------------------------------------------------- API
@functools.cache
def _default_parser() -> Geoparser:
    from geo._cache import cache_key, data_files

    data = settings.data_dir
    return Geoparser(  # the links' names are read only when the cache has no automaton
        gazetteer(),
        None,
        _load_stopnames(data / "geonames_stopnames.txt")
        | _load_stopnames(data / "common_words.txt"),
        cache_key=cache_key(data_files(data)),
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
