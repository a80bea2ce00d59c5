"""The person-name rule: a GeoNames-only name in a run of capitalised words is no place.

``Ali Akbar Ahmadian``, ``President Raisi``: a name only the GeoNames table has
(not a curated place) that touches another capitalised word is part of the name
of a person or an organisation, and is dropped. Not counted as such words: the
prepositions, articles and conjunctions of the seven languages
(:data:`_FUNCTION_WORDS`), kind words, country words and, outside Latin script,
a sentence's capitalised first word (``В Москве``). See "How text is matched"
in :mod:`geo.geoparse`.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from geo._context import _word_before
from geo._fold import _plain
from geo._kindhint import _MORE_KIND_WORDS
from geo.gazetteer import COUNTRY_WORDS, KIND_WORDS

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
    # Russian, German, Azerbaijani/Turkish prepositions, articles and conjunctions
    + [
        "в",
        "во",
        "на",
        "из",
        "с",
        "со",
        "к",
        "ко",
        "по",
        "о",
        "об",
        "от",
        "до",
        "для",
        "у",
        "за",
        "под",
        "над",
        "при",
        "через",
        "между",
        "и",
        "а",
        "но",
    ]
    + [
        "im",
        "am",
        "vom",
        "zum",
        "zur",
        "aus",
        "von",
        "bei",
        "mit",
        "nach",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "und",
        "über",
        "zwischen",
    ]
    + ["va", "ve", "ila", "ile"]
)

_STRONG_COUNTRY = {k: v for k, v in COUNTRY_WORDS.items() if len(k) > 2}
#: German kind words that head compounds, capitalised like every German noun: "der
#: Binnenhafen Duisburg", "die Hauptstadt Baku", "die Grenzstadt Dschulfa" (normalised)
_GERMAN_HEADS = ("hafen", "stadt")

_WORD_AFTER = re.compile(r"[ -]([^\W\d_]\w*)")


def _starts_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` is the first of its sentence (or of the text)."""
    head = text[max(at - 3, 0) : at].rstrip()
    return not head or head[-1] in ".!?։\n:;«\"'"


def _outside_name_runs(text: str, starts: Any, stops: Any, indices: Any, curated: Any) -> Any:
    """Return which matches are not GeoNames-only names in a run of capitalised words.

    ``starts``, ``stops`` and ``indices`` are the matches (arrays, in text order),
    ``curated`` whether each entry has a curated place.
    """
    keep = np.ones(len(starts), dtype=bool)
    check = np.flatnonzero(~curated[indices]).tolist()
    if check:
        starts, stops = starts.tolist(), stops.tolist()
        for k in check:
            keep[k] = not _in_name_run(text, starts, stops, k)
    return keep


def _in_name_run(text: str, starts: list[int], stops: list[int], k: int) -> bool:
    """Whether a capitalised non-function word touches match ``k`` (a person's name)."""
    start, end = starts[k], stops[k]
    before = _word_before(text, start)
    after = _WORD_AFTER.match(text, end, end + 40) if text[end : end + 1] in " -" else None
    # a German genitive follows the noun it belongs to: "den Versuch Moskaus"
    genitive = re.match(r"e?s\b", text[end : end + 3]) is not None
    for word, pos in ((before, start - 1), (after and after.group(1), end + 1)):
        # pos: where another match would end (before) or start (after)
        if not word or not word[0].isupper() or (genitive and pos < start):
            continue
        if pos < start and not word.isascii() and _starts_sentence(text, start - len(word) - 1):
            continue  # "Բեռները Գորիսով": capitalised as a sentence's first word
        key = _plain(word)
        if key in _FUNCTION_WORDS or key in KIND_WORDS:
            continue
        if key in _MORE_KIND_WORDS or key in _STRONG_COUNTRY or key.endswith(_GERMAN_HEADS):
            continue
        # matches are sorted and disjoint: only two on each side can start or end at pos
        near = slice(max(k - 2, 0), k + 3)
        if pos not in starts[near] and pos not in stops[near]:
            if pos < start and start - 1 - len(word) in starts[near]:
                continue  # a place with its case ending: "Sankt-Peterburqdan Bəndər-Abbasa"
            return True
    return False
