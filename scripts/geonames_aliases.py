"""Which GeoNames alternate names a table keeps, and their ASCII form.

Split from ``build_geonames.py`` (which had passed 500 lines): the alias filter is one
concern (scripts kept, machine transliterations, airport codes and addresses dropped),
the table's rows and thresholds another. Output unchanged.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator

MAX_ALIAS_LENGTH = 60
#: Unicode scripts kept in aliases (first word of the character's Unicode name).
KEPT_SCRIPTS = frozenset({"LATIN", "ARABIC", "ARMENIAN", "CYRILLIC", "GEORGIAN"})
#: Characters allowed inside a name besides letters, digits, spaces and marks
#: (apostrophes, modifier letters used in romanisations, Persian ZWNJ/ZWJ).
NAME_PUNCTUATION = frozenset("-'’‘ʻʼʿʾ`.,()\u200c\u200d")
#: Bidirectional marks removed from names before anything else.
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))

_AIRPORT_CODE = re.compile(r"^[A-Z0-9]{3,4}$")
_URL = re.compile(r"https?:|www\.|://|\.(?:com|org|net|info|ru|ir|az|am|ge|tr)\b", re.I)
_SPLIT = re.compile(r"\s{2,}")

#: Letters that do not decompose under NFKD, mapped as GeoNames' asciiname does.
_ASCII_MAP = str.maketrans(
    {
        "ə": "a",
        "Ə": "A",
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "’": "'",
        "‘": "'",
        "ʻ": "'",
        "ʼ": "'",
        "`": "'",
    }
)


def letter_script(char: str) -> str:
    """Return the Unicode script of a letter as the first word of its name."""
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


def is_kept_script(text: str) -> bool:
    """Tell whether every letter of ``text`` is in one of :data:`KEPT_SCRIPTS`.

    Digits, spaces, combining marks and :data:`NAME_PUNCTUATION` are allowed;
    a name mixing two scripts, or with any other symbol, is rejected.
    """
    scripts = set()
    for char in text:
        category = unicodedata.category(char)
        if char.isspace() or char in NAME_PUNCTUATION or category.startswith(("M", "N")):
            continue
        if not category.startswith("L") or is_phonetic(char):
            return False
        scripts.add(letter_script(char))
    return len(scripts) == 1 and scripts <= KEPT_SCRIPTS


def is_phonetic(char: str) -> bool:
    """Tell whether ``char`` is an IPA letter or stress mark (Azerbaijani ``ə`` is not)."""
    code = ord(char)
    return (0x0250 <= code <= 0x02AF and char != "ə") or char in "ˈˌː"


def is_machine_transliteration(text: str) -> bool:
    """Tell whether ``text`` is a Latin form without any capital letter.

    GeoNames adds lowercase transliterations of non-Latin names (``jlfa``,
    ``kulafa``, ``ʿesitara``); proper Latin names are capitalised.
    """
    latin = [c for c in text if c.isalpha() and letter_script(c) == "LATIN"]
    return bool(latin) and not any(c.isupper() for c in text)


def to_ascii(text: str) -> str:
    """Return an ASCII form of a Latin-script name (derived, not GeoNames' own)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_MAP))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.encode("ascii", "ignore").decode("ascii").split())


def split_alternates(raw: Iterable[str]) -> Iterator[str]:
    """Yield alternate names, splitting entries that pack several with runs of spaces."""
    for entry in raw:
        for part in _SPLIT.split(entry):
            clean = " ".join(unicodedata.normalize("NFC", part.translate(_BIDI_MARKS)).split())
            if clean:
                yield clean


@functools.cache
def _month_names() -> frozenset[str]:
    """Return the months' names (CLDR, through babel) of the seven languages, folded."""
    from babel.dates import get_month_names

    return frozenset(
        name.casefold()
        for locale in ("en", "az", "fa", "ru", "tr", "hy", "de")
        for width in ("wide", "abbreviated")
        for context in ("format", "stand-alone")
        for name in get_month_names(width, context, locale).values()
    )


def is_date(alias: str) -> bool:
    """Tell whether an alternate name reads as a day of a month ("October 6", "6 Ekim").

    Egypt's 6th of October City has the alias "October 6", which every dateline of that
    day ("BAKU, Azerbaijan, October 6") would name.
    """
    words = alias.replace(".", " ").split()
    if len(words) != 2:
        return False
    day = next((w for w in words if w.isdigit()), None)
    other = words[1] if words[0] == day else words[0]
    return day is not None and 1 <= int(day) <= 31 and other.casefold() in _month_names()


#: Soviet-era names of towns that are a person's name alone (Donetsk's "Stalin", Bishkek's
#: "Frunze", Beylagan's "Zhdanov"): in the region's news they are the people ("Stalin
#: divided the region in 1921": round 39), never the town. A town's own name stays (Kirov).
PERSON_NAMES = frozenset(
    {
        "Stalin", "Сталин", "Lenin", "Ленин", "Frunze", "Фрунзе", "Ordzhonikidze",
        "Орджоникидзе", "Kuybyshev", "Куйбышев", "Kalinin", "Калинин", "Molotov", "Молотов",
        "Zhdanov", "Жданов", "Gorky", "Горький", "Kirov", "Киров", "Brezhnev", "Брежнев",
        "Kaganovich", "Каганович", "Mikoyan", "Микоян", "Shaumyan", "Шаумян",
    }
)  # fmt: skip


#: words of administrative units: a town's alias of several words with one of them is its
#: district's or province's name (GeoNames gives Khojaly "Xocalı rayonu", "Khojaly District"
#: and "Ходжалинский район", which the region layer's district holds: round 39), and it
#: made "Xocalı rayonunda" the town. One-word names stay ("Shahrestān", "Ostan").
UNIT_WORDS = frozenset(
    {
        "rayon", "rayonu", "district", "район", "rajon", "rejon", "raion", "piirikunta",
        "distrito", "daerah", "bezirk", "province", "provincia", "oblast", "область",
        "county", "ilçesi", "شهرستان", "استان", "بخش", "շրջան", "մարզ",
    }
)  # fmt: skip


def names_a_unit(alias: str) -> bool:
    """Whether ``alias`` is of several words, one a unit's word (:data:`UNIT_WORDS`)."""
    words = alias.casefold().split()
    return len(words) > 1 and not UNIT_WORDS.isdisjoint(words)


#: Letters only the languages the project does not read write (stop 66): Ukrainian and
#: Belarusian, Serbian and Macedonian, the Turkic, Tajik and Finnic languages' Cyrillic; Urdu,
#: Kurdish (Sorani) and Pashto letters and the Arabic tāʾ marbūṭa, which Persian writes as
#: ه; Polish, Czech, Hungarian and Baltic letters. A name written with one is no name a text
#: in English, Azerbaijani, Persian, Russian, Turkish, Armenian or German writes ("Київ",
#: "Қазақстан", Urdu "کراچے"), and each costs the parser's name table its inflected forms
#: (the story's peak memory: 252.5 MB with them, 249.3 without). Not Romanian ș, ț
#: ("Constanța"), nor the macrons of transliterations ("Ţarţūs").
FOREIGN_LETTERS = re.compile(
    "[іїєґўІЇЄҐЎјљњћђџѓќЈЉЊЋЂЏЃЌәғқңөұүһӑӗҫӳҙҡӣӯҷҳӧӱӘҒҚҢӨҰҮҺӐӖҪӲҘҠӢӮҶҲӦӰ"
    "ٹڈڑںےھۃۆێڵڕەټډړږښګڼۍېة"
    "łąężźśćńŁĄĘŻŹŚĆŃőűřěůŐŰŘĚŮėųįļņģķĖŲĮĻŅĢĶ]"
)


def keep_alias(alias: str) -> bool:
    """Tell whether an alternate name is a useful alias (not a date: :func:`is_date`)."""
    if len(alias) > MAX_ALIAS_LENGTH or _AIRPORT_CODE.match(alias) or _URL.search(alias):
        return False
    if FOREIGN_LETTERS.search(alias):
        return False
    if alias in PERSON_NAMES or names_a_unit(alias):
        return False
    if is_date(alias):
        return False
    if not any(unicodedata.category(c).startswith("L") for c in alias):
        return False  # pure numbers and punctuation
    return is_kept_script(alias) and not is_machine_transliteration(alias)


#: the Persian port word ("بندر"): GeoNames writes it before the Persian name of a port town
#: whose own name lacks it ("بندر چابهار", Chabahar); the port word before such a town
#: stays outside its mention (conventions 7 and 23 of data/gold/dev.txt: "بندر [چابهار]",
#: round 59), while a town named with it keeps it ("بندر انزلی", Bandar-e Anzali)
PORT_WORD_FA = "بندر"


def port_word_kept(alias: str, asciiname: str) -> bool:
    """Whether ``alias`` is no Persian port word before a town not named with it."""
    return not alias.startswith(PORT_WORD_FA) or asciiname.startswith("Bandar")


def filter_aliases(raw: Iterable[str], name: str, asciiname: str) -> list[str]:
    """Return the sorted, de-duplicated useful aliases of one place.

    Duplicates are judged case-insensitively; aliases equal to ``name`` or
    ``asciiname`` are dropped, and so is the Persian port word before a town that is not
    named with it (:func:`port_word_kept`).
    """
    seen = {name.casefold(), asciiname.casefold()}
    kept = []
    for alias in sorted(set(split_alternates(raw))):
        key = alias.casefold()
        if key not in seen and keep_alias(alias) and port_word_kept(alias, asciiname):
            seen.add(key)
            kept.append(alias)
    return kept
