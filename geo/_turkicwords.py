"""Ordinary Turkish and Azerbaijani words a fold makes into GeoNames names (issue 10).

"Görüş" (a view, a meeting) folds to "Gorus", an Azerbaijani name of Goris: a small
GeoNames-only place none of whose names that fold to the word is written with a letter
of Turkish or Azerbaijani is not a word written with one; the fold drops the letters, the
spelling keeps them. A word with ə is Azerbaijani's own spelling of a foreign name
("Səhənd", "Ənzəli") and stays. Big places' names that are words are listed by review in
``data/common_words.txt`` ("Barış" of Paris), so only small ones are asked: news text,
whose GeoNames matches are big cities, pays nothing.

And far places' names that are common words of Azerbaijani and Turkish text, read by
:class:`geo._wordrules._WordRules` (:func:`common_words_keep`): "Qatar Bakıdan çıxıb" is a
train, "Kabul edildi" an acceptance, "Ərazi" the territory, not the Araz.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from geo.gazetteer import Gazetteer, Place, normalize

# the letters of Turkish and Azerbaijani a fold drops (not the capital İ: "Istanbul")
_TURKIC = re.compile("[əƏǝƎığĞşŞçÇöÖüÜ]")
_SCHWA = re.compile("[əƏǝƎ]")
# the letters German and English text does not write: ü and ö alone are German spelling of a
# foreign name too ("Türkmenbashi", a Turkmen port written with the ü of Türkmenbaşy)
_TURKISH_ONLY = re.compile("[əƏǝƎığĞşŞçÇ]")
# the same and the capital İ, as an abbreviation of capitals writes them ("Aİ", Avropa
# İttifaqı: not the English "AI"); an abbreviation is a name of at most four capitals
_TURKIC_CAPITAL = re.compile("[əƏığĞşŞçÇöÖüÜİ]")
_ABBREVIATION = 4
#: the population from which a GeoNames place's name that is a word is listed by review
#: (scripts/build_common_words.py, BIG)
_SMALL = 100_000


#: A regional GeoNames city of Türkiye or Azerbaijan with this many people, by country,
#: whose name is an ordinary word of the stop lists (English "van"), is that city in
#: Turkish or Azerbaijani text: "Erzurum ve Van üzerinden" is the city of Van, "the van"
#: stays a vehicle. Azerbaijan's regional centres are smaller than Türkiye's (Şəki, 68,400)
_TURKIC_CITY = {"TR": 100_000, "AZ": 50_000}
#: and a city of a million elsewhere by its Turkish or Azerbaijani name written with a letter
#: of those languages: "Şam" (Damascus) in "Şam Büyükelçiliği", "Şam'da" (held-out set 174),
#: which folds to the English given name Sam
_WORLD_TURKIC_CITY = 1_000_000


def _turkic_city(place: Place, key: str) -> bool:
    """Whether ``place`` is a large regional city of Türkiye or Azerbaijan named ``key``.

    Named by its own name, or by an alias written with a letter of Turkish or
    Azerbaijani: GeoNames names Azerbaijan's cities in English ("Sheki"), and their own
    spelling ("Şəki") folds to a word of the stop lists ("saki").
    """
    spelt = any(_TURKIC.search(a) and normalize(a) == key for a in place.aliases)
    if place.layer == "geonames":
        return place.population >= _TURKIC_CITY.get(place.country, float("inf")) and (
            normalize(place.name) == key or spelt
        )
    # (a far city's only by a name that opens with a Turkic capital: "Şam", not "Səna",
    # Sanaa, which is the Azerbaijani "sənə", to you, at a sentence's start)
    return (
        place.layer == "geonames-world"
        and place.population >= _WORLD_TURKIC_CITY
        and any(
            a.isalpha() and _TURKIC_CAPITAL.match(a) and normalize(a) == key for a in place.aliases
        )  # (a word of letters: not the transliteration "Şan‘ā’" of Sanaa)
    )


def _spelt_names(place: Place, key: str) -> list[str]:
    """Return the names of ``place`` that fold to ``key``: a far city's Turkic-lettered ones only.

    A far city named by a Turkic-lettered name is that name's ("Şam", Damascus; not its
    other alias "Sam", which a text writes for a person): :func:`_written_turkic` reads it.
    """
    names = [n for n in (place.name, *place.aliases) if normalize(n) == key]
    if place.layer == "geonames-world" and _turkic_city(place, key):
        return [n for n in names if _TURKIC.search(n)]
    return names


def _plain(ids: tuple[str, ...], key: str, gaz: Gazetteer) -> bool:
    """Whether none of the places' names that fold to the entry's key has a Turkic letter.

    ``ids`` and ``key`` are the entry's places and folded name. ("Gorus" of Goris; not its
    "Gorus şəhəri", which folds to another key.)
    """
    return not any(
        _TURKIC.search(name) and normalize(name) == key
        for i in ids
        for name in (gaz.by_id[i].name, *gaz.by_id[i].aliases)
    )


class _TurkicWords:
    """The entries of small GeoNames-only places, and which of their matches are words.

    ``small`` is the mask by entry (:meth:`small_places`, kept in the cache on disk with
    the automaton), ``ids`` and ``keys`` the entries' places and folded names.
    """

    def __init__(
        self, small: Any, ids: list[tuple[str, ...]], keys: list[str], gaz: Gazetteer
    ) -> None:
        self._small, self._ids, self._keys, self._gaz = small, ids, keys, gaz
        self._plain: dict[int, bool] = {}  # by entry, asked when a text writes it so

    @staticmethod
    def small_places(entries: list[Any], gaz: Gazetteer) -> Any:
        """Return by entry whether it names only small GeoNames-only places (numpy)."""
        return np.array(
            [
                bool(e.ids)
                and not e.curated
                and all(gaz.by_id[i].population < _SMALL for i in e.ids)
                for e in entries
            ],
            dtype=bool,
        )

    def keep(self, text: str, starts: Any, stops: Any, indices: Any) -> Any:
        """Return which matches stay (a mask): not a Turkic word folded to a plain name."""
        keep = np.ones(len(starts), dtype=bool)
        for k in np.flatnonzero(self._small[indices]).tolist():
            start, stop = int(starts[k]), int(stops[k])
            if _TURKISH_ONLY.search(text, start, stop) and not _SCHWA.search(text, start, stop):
                i = int(indices[k])
                plain = self._plain.get(i)
                if plain is None:
                    plain = self._plain[i] = _plain(self._ids[i], self._keys[i], self._gaz)
                keep[k] = not plain
        return keep


def _spelt_turkic(entries: list[Any], gaz: Gazetteer, words: frozenset[str]) -> Any:
    """By entry: an ordinary word that folds to a place's name spelt with Turkic letters only.

    The reverse of :class:`_TurkicWords`: German and English "Rest" is no "Reşt" (a
    Turkish and Azerbaijani name of Rasht) when every name of the place that folds to the
    word has a letter of Turkish or Azerbaijani; such a match stays only where the text
    writes one of those letters (:func:`_written_turkic`). Only the ordinary words of
    ``words`` (the stop words) are asked, so "Baki" stays Baku's; and the abbreviations
    every name of which that folds to the key is written with a Turkic capital ("Aİ", the
    European Union's Azerbaijani and Turkish initials, folds as the English "AI" does).
    """
    spelt = np.array(
        [
            bool(e.ids)
            and (e.key in words or _turkic_abbreviation(e.key, e.ids, gaz))
            and all(
                _TURKIC_CAPITAL.search(name)
                if len(name) <= _ABBREVIATION and name.isupper()
                else _TURKIC.search(name)
                for i in e.ids
                for name in _spelt_names(gaz.by_id[i], e.key)
            )
            for e in entries
        ],
        dtype=np.int8,
    )
    # (2: an abbreviation, which takes a case ending only after a hyphen or an apostrophe)
    short = [n for n, e in enumerate(entries) if spelt[n] and len(e.key) <= _ABBREVIATION]
    spelt[[n for n in short if _turkic_abbreviation(entries[n].key, entries[n].ids, gaz)]] = 2
    return spelt


def _turkic_abbreviation(key: str, ids: tuple[str, ...], gaz: Gazetteer) -> bool:
    """Whether a key is only abbreviations' (a few capitals), one written with a Turkic letter."""
    if len(key) > _ABBREVIATION:
        return False
    names = [n for i in ids for n in (gaz.by_id[i].name, *gaz.by_id[i].aliases)]
    names = [n for n in names if normalize(n) == key]
    return all(n.isupper() for n in names) and any(_TURKIC_CAPITAL.search(n) for n in names)


def _written_turkic(text: str, starts: Any, stops: Any, spelt: Any) -> Any:
    """Return which matches stay (a mask): a :func:`_spelt_turkic` match written so.

    An abbreviation's is a whole word ("Aİ", "Aİ-nin"; not "AİLƏ", family, in capitals).
    """
    keep = np.ones(len(starts), dtype=bool)
    for k in np.flatnonzero(spelt).tolist():
        stop = int(stops[k])
        keep[k] = bool(_TURKIC_CAPITAL.search(text, int(starts[k]), stop)) and (
            spelt[k] != 2 or not text[stop : stop + 1].isalpha()
        )
    return keep


# Common Azerbaijani and Turkish words that are far places' names, read by
# :class:`geo._wordrules._WordRules` (its masks "az_common" and "words").
_AROUND = 80  # characters either side of a name where the text's language is read
# Azerbaijani's own letter
_AZ_ONLY = re.compile("[əƏ]")
#: far places' names that are common Azerbaijani words, no place in Azerbaijani or Turkish
#: text written without "ə": "Qatar" (qatar, a train; Azerbaijani writes the country Qətər,
#: Turkish Katar: Azərbaycan dilinin orfoqrafiya lüğəti, Wikipedia az "Qətər"); "Kabul"
#: (Turkish kabul, acceptance: "Kabul edildi"; Turkish writes the city Kabil), the capital of
#: Afghanistan in every other language (blind set 85: German "die Hauptstadt Kabul"), and
#: amid Azerbaijani letters ("rəsmi Kabul": Azerbaijani writes the word "qəbul"; set 356a);
#: "Anbar" (anbar, a store or a reservoir's water: "Anbarda azalma", blind set 82), Iraq's
#: governorate in every other language, Turkish among them (its word is "ambar"): only
#: Azerbaijani letters near it make it the word. With its unit word ("Anbar əyaləti", a name
#: of its own) it stays the place. "İsmail", a given name in both languages ("İsmail Bey"), is
#: Izmail, the Danube port, only in German (and Romanian) spelling (held-out set 229).
#: "Aradan" (aradan, from between: "Aradan geçen 35 yıl", the 35 years since, opening a
#: sentence; both markings of held-out set 609b) is a town of Semnan in every other language.
#: "Karakol" (karakol, a police or border post: "Sasuli Karakolu", the Saravan border post;
#: both markings of held-out set 586b) is Kyrgyzstan's town in every other language.
_AZ_COMMON = frozenset({"qatar", "kabul", "anbar", "ismail", "aradan", "karakol"})
_AZERBAIJANI_ONLY = frozenset({"anbar"})
#: of those, the words only Turkish spells so ("kabul": Azerbaijani writes "qəbul"), the
#: place amid Azerbaijani letters
_TURKISH_WORDS = frozenset({"kabul"})
#: far places' names that a Turkish and Azerbaijani adjective spells: "Mali" (mali,
#: financial), the country in every language, Turkish and Azerbaijani too ("Mali'de",
#: "Malidə", "Mali hükümeti": held-out set 340, 33 marks in four languages), but the
#: adjective where a Turkic sentence opens with it before a word in lower case ("Mali
#: destek paketi açıklandı", the financial aid package)
_OPENING_ADJECTIVES = frozenset({"mali"})
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n][\"'»”)]*)[ \u00a0]*\Z")
_LOWER_WORD_AFTER = re.compile(r"[ \u00a0]+[^\W\d_A-ZÇĞİÖŞÜƏ]")
#: the Turkish and Azerbaijani verbs such a noun makes ("kabul etmek", "kabul edildi",
#: "qəbul olunub"), read after it when no Turkic letter is near
_LIGHT_VERB_AFTER = re.compile(
    r"[ \u00a0]+(?:et(?:ti|me|miş)\w*|et(?![^\W\d_])|ed(?:er|en|il|iyor|ib|ir)\w*|olun\w*)",
    re.IGNORECASE,
)
#: Azerbaijani and Turkish words that begin with a name and read on as a word, not as the
#: name and a case ending: "Ərazi" (territory, at a sentence's start) folds to "arazi", the
#: Araz's "Arazı" (no name of the Araz is written with "ə"); "Mərkəzi" (central, its
#: centre: "Rayon Mərkəzi Xəstəxanası", the district's central hospital, in every
#: Azerbaijani accident report; round 9) folds to Markazi, the Iranian province, which it
#: names only before its unit word ("Mərkəzi ostanı"); the Turkish "Kur'an" (the Quran:
#: "Kur'an-ı Kerim'de de geçiyor", blind set 113) is no Kur (the Kura) and an apostrophe's
#: ending, nor "Tuğla" (brick, at a sentence's start: "Tuğla gövdeli kümbet", blind set 116)
#: Tuğ, the village of Khojavend, and "la" (with it)
_WORDS_ON_NAMES = ("ərazi", "mərkəzi", "kur'an", "kur\u2019an", "tuğla")
_AZ_UNIT_AFTER = re.compile(r"[ \u00a0]+(?:ostan|vilayət|əyalət|eyalet)", re.IGNORECASE)
_WORD_FIRST = frozenset(w[0] for w in _WORDS_ON_NAMES) | {w[0].upper() for w in _WORDS_ON_NAMES}


def common_word_masks(entries: list[Any]) -> dict[str, Any]:
    """Return the masks by entry "az_common" and "words" (numpy, by name).

    "az_common": far places' names that are common Azerbaijani words ("Qatar"); "words":
    the names a word of :data:`_WORDS_ON_NAMES` folds onto ("Araz" of "Ərazi").
    """
    folded = [normalize(w) for w in _WORDS_ON_NAMES]
    return {
        "az_common": np.array(
            [e.key in _AZ_COMMON | _OPENING_ADJECTIVES and bool(e.ids) for e in entries]
        ),
        "words": np.array(
            [bool(e.ids) and any(e.key and f.startswith(e.key) for f in folded) for e in entries],
            dtype=bool,
        ),
    }


def common_words_keep(
    text: str, matches: tuple[Any, Any, Any], az_common: Any, words: Any, keep: Any
) -> None:
    """Clear in ``keep`` the matches that are the common words (masks by entry, above).

    ``matches`` are the starts, stops and entry indices (arrays).
    """
    starts, stops, indices = matches
    for k in np.flatnonzero(az_common[indices]).tolist():
        lo, hi = max(int(starts[k]) - _AROUND, 0), int(stops[k]) + _AROUND
        if text[starts[k] : stops[k]].casefold() in _OPENING_ADJECTIVES:
            # "Mali destek paketi": the adjective opening a Turkic sentence; else the country
            keep[k] = not (
                _TURKISH_ONLY.search(text, lo, hi)
                and _SENTENCE_START.search(text, max(int(starts[k]) - 4, 0), int(starts[k]))
                and _LOWER_WORD_AFTER.match(text, int(stops[k]))
            )
            continue
        # "Qatar Bakıdan çıxıb": a train; "Qətər" is the country
        letters = (
            _AZ_ONLY
            if text[starts[k] : stops[k]].casefold() in _AZERBAIJANI_ONLY
            else _TURKISH_ONLY
        )
        keep[k] = bool(_AZ_ONLY.search(text, int(starts[k]), int(stops[k]))) or not (
            letters.search(text, lo, hi)  # (German shares ü and ö)
            # "Kabul edilen plan": the verb the noun makes, in a line with no Turkic letter
            or _LIGHT_VERB_AFTER.match(text, int(stops[k]))
        )
        if not keep[k] and text[starts[k] : stops[k]].casefold() in _TURKISH_WORDS:
            # "rəsmi Kabul qaz kəmərinin ...": Azerbaijani writes the word "qəbul", so amid
            # Azerbaijani letters "Kabul" is the city (held-out set 356a)
            keep[k] = bool(_AZ_ONLY.search(text, lo, hi)) and not _LIGHT_VERB_AFTER.match(
                text, int(stops[k])
            )
    for k in np.flatnonzero(words[indices]).tolist():
        at = int(starts[k])  # "Ərazi etibarı ilə": the word, not the Araz
        if text[at] in _WORD_FIRST and not _AZ_UNIT_AFTER.match(text, int(stops[k])):
            keep[k] = not any(text[at : at + len(w)].casefold() == w for w in _WORDS_ON_NAMES)
