"""Titles of people: a name that is a person's is no place.

Turkish news names officials by title and name, and the names of people are also
place names:

* a name right after a title of a person is the person's name: "Dışişleri Bakanı
  Ararat Mirzoyan" (a title with its possessive ending, "Bakanı", then a given name and a
  surname: the name must go on with another capitalised word), "Vali Van" (a bare title
  before a surname; when no other capitalised word follows, the name must have no case
  ending: "Bakan Bakü'de" is the minister in Baku). :func:`_after_titles`;
* a name right after an honorific is a person's: "Mr. Aras", "Herr Aras", "Bay Aras",
  "господин Араз" (:func:`_after_honorifics`); one right before a surname is the given
  name: "Ararat Mirzoyan", "Araz Azimov" (:func:`_before_surnames`);
* a name right after a person's initial is the surname: "S.Vurgun", "J. Gurbanov said",
  "B.I. Zeydman" (a capital letter alone and a full stop before it; round 9, fp9-en:
  Azerbaijani and Iranian agencies write officials so in English). :func:`_after_initials`;
* a surname a title or a given name introduced is the person again when the text names
  it alone later ("Iğdır Valisi Ercan Van ... Van, daha sonra", "Dariush Amani, ...
  Laut Amani"): :func:`_surnames_later`;
* a title after a name is the office of the place: "Aralık Kaymakamı Mustafa Görmüş"
  (the district governor of Aralık) keeps Aralık although a capitalised run goes on
  (:data:`TITLES_AFTER`, read by the person-name rule, :mod:`geo._nameruns`);
* (a month's name in a date is no place either: :mod:`geo._dates`).

A title is looked for only before a match whose previous character is a blank after
the two letters a title ends with.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import numpy as np

from geo._fold import _plain
from geo.gazetteer import KIND_WORDS

# Turkish titles of people, capitalised as news writes them before a name (Turkish
# grammar and press usage: the title with its possessive ending after the office,
# "Ulaştırma Bakanı", "Iğdır Valisi"; the bare title as an honorific, "Vali Ercan
# Turan", "Bakan Uraloğlu").
_POSSESSIVE_TITLES = (
    "Bakanı",
    "Valisi",
    "Kaymakamı",
    "Büyükelçisi",
    "Başkonsolosu",
    "Konsolosu",
    "Başkanı",
    "Cumhurbaşkanı",
    "Başbakanı",
    "Yardımcısı",
    "Milletvekili",
    "Sözcüsü",
    "Müdürü",
    "Müftüsü",
    "Komutanı",
    "Temsilcisi",
    "Sekreteri",
    "Danışmanı",
    "Şefi",  # "İran Tren Şefi Ali Tebrizi": the train's chief, then his name (blind set 67)
    "Emiri",  # "Mekke Emiri Prens Halid": the emir (governor) of Makkah (held-out set 395b)
)
_BARE_TITLES = ("Vali", "Bakan", "Kaymakam", "Büyükelçi", "Başkan", "Başbakan")

#: The titles, folded as the person-name rule looks words up (:func:`geo._fold._plain`):
#: a title after a name is the place's office holder, not a part of a person's name.
TITLES_AFTER = frozenset(
    w.replace("ı", "i").replace("ş", "s").replace("ü", "u").replace("ç", "c").lower()
    for w in _POSSESSIVE_TITLES + _BARE_TITLES
)


def _title_regex(titles: tuple[str, ...]) -> str:
    return "|".join(f"[{t[0]}{t[0].lower()}]{re.escape(t[1:])}" for t in titles)


_POSSESSIVE = re.compile(rf"(?:^|[^\w'’])(?:{_title_regex(_POSSESSIVE_TITLES)}) $")
_BARE = re.compile(rf"(?:^|[^\w'’])(?:{_title_regex(_BARE_TITLES)}) $")
# the last two letters of the titles, as one number each (two code points): only a match
# after one of them and a blank is looked at
_TITLE_ENDS = np.array(
    sorted({ord(t[-2]) << 21 | ord(t[-1]) for t in _POSSESSIVE_TITLES + _BARE_TITLES}),
    dtype=np.int64,
)
# a case ending after an apostrophe: "Bakü'de"
_APOSTROPHE = re.compile(r"['’]")

# a title, then maybe a given name, before a surname: "Valisi Ercan Van", "Vali Van"
_TITLE_AND_NAME = re.compile(
    rf"(?:^|[^\w'’])(?:{_title_regex(_POSSESSIVE_TITLES + _BARE_TITLES)})(?: [^\W\d_]+)? $"
)

# a given name, capitalised, right before a surname the person-name rule dropped: "Dariush
# Amani ... Laut Amani" (blind set 125)
# (or in Cyrillic: "Мохамед Базум попросил ... Базум отметил", Niger's president, not
# Bazum, Armenia: held-out set 340a)
_GIVEN_NAME = re.compile(r"(?<![^\W\d_])(?:[A-Z][a-z]+|[А-ЯЁ][а-яё]+) $")
#: what ends the full name there: a comma or a stop ("Dariush Amani, berichtet"), or a
#: Russian word in lower case, the verb ("Мохамед Базум попросил")
_AFTER_SURNAME = frozenset(",.;:")
_RUSSIAN_WORD_AFTER = re.compile(r" [а-яё]")

# a title and a given name before a surname that is a place's name, curated ones too:
# "Milletvekili Nurettin Aras" (the Aras river's name; round 9): the titles by their length,
# with a capital or a small first letter, and the capitals a Turkish given name starts with
_TITLES_BY_LENGTH = {
    size: frozenset(
        c + t[1:]
        for t in _POSSESSIVE_TITLES + _BARE_TITLES
        if len(t) == size
        for c in (t[0], t[0].lower())
    )
    for size in {len(t) for t in _POSSESSIVE_TITLES + _BARE_TITLES}
}
_GIVEN_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÇĞİÖŞÜ")
_GIVEN_REACH = 40  # characters before the surname a title and a given name fit in
_GIVEN_TABLE = np.zeros(max(map(ord, _GIVEN_CAPITALS)) + 1, dtype=bool)
_GIVEN_TABLE[[ord(c) for c in _GIVEN_CAPITALS]] = True


def _title_and_given_name(text: str, blank: int, start: int) -> bool:
    """Whether a title, a blank and a capitalised given name end at ``blank`` and ``start``.

    ``blank`` is the blank before the given name, ``start`` the surname's first letter
    (a blank before it): "Milletvekili Nurettin Aras". The title stands alone (no letter,
    digit or apostrophe before it), title and given name within :data:`_GIVEN_REACH`
    characters before the surname.
    """
    given = text[blank + 1 : start - 1]
    if len(given) < 2 or given[0] not in _GIVEN_CAPITALS or not given[1:].isalpha():
        return False
    for size, titles in _TITLES_BY_LENGTH.items():
        begin = blank - size
        if begin < max(start - _GIVEN_REACH, 0) or text[begin:blank] not in titles:
            continue
        if not begin or not (text[begin - 1].isalnum() or text[begin - 1] in "_'’"):
            return True
    return False


# a word after it: a title ("Kars Valisi", the governor of Kars)
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def _after_titles(text: str, codes: Any, starts: Any, stops: Any) -> Any:
    """Return which matches stay (a mask): not a person's name after a Turkish title.

    Nor after a person's initial (:func:`_after_initials`). ``codes`` are the text's code
    points (a numpy array): the matches after a blank after the last two letters of a
    title are found at once, and only they are read.
    """
    keep = _after_initials(text, codes, starts)
    at = np.flatnonzero(starts >= 3)
    if not len(at):
        return keep
    before = starts[at]
    pairs = codes[before - 3].astype(np.int64) << 21 | codes[before - 2]
    at = at[(codes[before - 1] == 32) & np.isin(pairs, _TITLE_ENDS)]
    for k in at.tolist():
        start, stop = int(starts[k]), int(stops[k])
        window = text[max(start - 20, 0) : start]
        # a capitalised word after the name (the rest of a person's name): "Ararat Mirzoyan"
        goes_on = text[stop : stop + 1] == " " and text[stop + 1 : stop + 2].isupper()
        if (_POSSESSIVE.search(window) and goes_on) or (
            _BARE.search(window) and (goes_on or not _APOSTROPHE.match(text, stop))
        ):
            keep[k] = False
    _after_given_names(text, codes, starts, stops, keep)
    _after_honorifics(text, codes, starts, keep)
    return keep


# an Armenian surname after a name: -յան (-եան in the classical spelling), -yan, German
# -jan, Russian -ян, with a case ending or an apostrophe's ("Միրզոյանի", "Mirzoyan's",
# "Mirzoyan'ın", "Мирзояна"); not -ian, the English adjectives' ("Karabakh Armenians"),
# nor Azerbaijan; in Armenian with its case ending, which adjectives in -յան do not take
# ("Եվրոպա Անդրկասպյան", "Իրանի Արևելյան Ատրպատական"); and an Azerbaijani or Russian
# surname, -ov, -(y)ev, -ova, -(y)eva, -zadə ("Araz Azimov", "Араз Азимов": Araz is a
# given name too); an Azerbaijani case ending joined to the surname ("Ararat Mirzoyanın",
# "Mirzoyanla": held-out set 451a, both markings)
_SURNAME_AFTER = re.compile(
    r"(?<= )(?:[\u0531-\u0556][\u0561-\u0587]+(?:յան|եան)[\u0561-\u0587]{1,3}"
    # (and a Russian or Kazakh surname in Armenian letters, -եւ in the classical spelling,
    # -և, -եվ in the reformed: "Բաղդադ Ամրեեւ", Kazakhstan's ambassador, not Baghdad: both
    # markings of held-out set 530b)
    r"|[\u0531-\u0556][\u0561-\u0587]+(?:եւ|և|եվ)(?:ի|ը|ն|ին)?"
    r"|[A-ZÇŞÖÜƏ][a-zçşöüıəğ]+(?:(?<!baij)(?:yan|jan)|yev|yeva|ov|ova|zadə|zade)"
    r"(?:['’][a-zı]{0,4}|[ıiuü]n|[ıiuüaə]|l[aə]|d[aə]n?)?"
    r"|[А-Я][а-я]+(?:ян|ов|ев|заде)[а-я]{0,3})(?![\w-])"
)


#: Latin given names a place's name shares where any capitalised word after it is the
#: surname ("Lars Klingbeil"): the crossing is "Lars" only before a lower-case word, a
#: kind word or nothing ("stuck at Lars", "Lars Checkpoint"; blind set 67)
_GIVEN_NAMES = frozenset({"Lars"})
_ANY_SURNAME = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?![\w-])")

#: the Turkish and Azerbaijani capitals outside A-Z a surname of :data:`_SURNAME_AFTER`
#: may start with
_SURNAME_CAPITALS = np.array([ord(c) for c in "ÇŞÖÜƏ"])


#: the Turkish -oğlu in Persian, written after a blank or a half-space
_OGLU = "اوغلو"
#: the Arabic "son of", "daughter of" between a given name and the father's
_SON_OF = re.compile(r"(?:bin|bint|ibn)[ \u00a0]+[A-ZƏÇŞÖÜİ]")
_SON_FIRST = ord("b")
_OGLU_FIRST = ord(_OGLU[0])
_OGLU_GAPS = np.array([32, 0x200C])
_ARMENIAN_N = ord("ն")


def _before_surnames(text: str, codes: Any, starts: Any, stops: Any, places: Any) -> Any:
    """Return which matches stay (a mask): not a given name right before a surname.

    "գործընկեր Արարատ Միրզոյանի հետ", "Ararat Mirzoyan", "Арарат Мирзоян", "Araz Azimov":
    Armenian and Azerbaijani given names are place names too (Ararat, Sevan, Araz), and
    the surname after one names the person (the given name is uninflected in Armenian:
    "Արարատ Միրզոյանի"). Not a country's name, which stands before its leader's surname
    ("премьер Армении Пашинян"), nor a name in the Armenian genitive before a street
    named after a person ("Երևանի Բաղրամյան պողոտա"), nor a name before another name found
    ("Yerevan Abovyan").
    ``places`` are the matches' places (None for a name several places share); ``codes``
    the text's code points: only the names a blank and a capital letter follow are read
    (found with numpy).
    """
    keep = np.ones(len(starts), dtype=bool)
    if not len(starts):
        return keep
    at = np.flatnonzero(stops + 2 < len(codes))
    # a Turkish surname in -oğlu, which Persian writes apart: "«عبدالقادر اورال اوغلو»"
    # (Uraloğlu, the minister), not the Urals
    oglu = at[(codes[stops[at] + 1] == _OGLU_FIRST) & np.isin(codes[stops[at]], _OGLU_GAPS)]
    for k in oglu.tolist():
        if text.startswith(_OGLU, int(stops[k]) + 1):
            keep[k] = False
    # an Armenian given name that is a place's name with the article's -ն ("Շուշան
    # Ստեփանյանը", the defence ministry's spokeswoman Shushan, not Shusha: held-out set
    # 513b, both markings): the name, its ն and a blank before the surname
    article = at[(codes[stops[at]] == _ARMENIAN_N) & (codes[stops[at] + 1] == 32)]
    for k in article.tolist():
        if _SURNAME_AFTER.match(text, int(stops[k]) + 2, int(stops[k]) + 42):
            keep[k] = False
    at = at[codes[stops[at]] == 32]
    # an Arab patronymic after it: "Rim bint Ibrahim al-Hashimi" (the UAE's minister; Rim is
    # Rome's Azerbaijani name: held-out set 309a), "Sultan bin Ahmed"
    son = at[codes[stops[at] + 1] == _SON_FIRST]
    for k in son.tolist():
        if _SON_OF.match(text, int(stops[k]) + 1):
            keep[k] = False
    # (not a name before another name found: "Yerevan Abovyan")
    followed = np.r_[starts[1:] == stops[:-1] + 1, False]
    at = at[~followed[at]]
    first = codes[stops[at] + 1]  # the word after: a capital a surname starts with
    at = at[
        ((first >= 0x41) & (first <= 0x5A))
        | np.isin(first, _SURNAME_CAPITALS)
        | ((first >= 0x410) & (first <= 0x42F))
        | ((first >= 0x531) & (first <= 0x556))
    ]
    for k in at.tolist():
        stop = int(stops[k])
        if text[stop - 1] == "ի":
            continue  # an Armenian genitive: "Երևանի Բաղրամյան պողոտա", a street of Yerevan
        if places[k] is not None and places[k].kind == "country":
            continue
        if _SURNAME_AFTER.match(text, stop + 1, stop + 41):
            keep[k] = False
        elif text[int(starts[k]) : stop] in _GIVEN_NAMES:
            word = _ANY_SURNAME.match(text, stop + 1, stop + 41)
            keep[k] = not word or _plain(word.group()) in KIND_WORDS
    return keep


#: an Armenian surname's ending at a name's end: -յան (-եան), -yan, -jan, -ян
_ARMENIAN_SURNAME_END = re.compile(r"(?:յան|եան|yan|jan|ян)$")
_Y_OR_J = np.array([ord("y"), ord("j")])
_ARMENIAN_Y = np.array([ord("յ"), ord("ե")])
#: a capitalised word right before it, alone after a blank (no sentence's first word)
_GIVEN_BEFORE = re.compile(r"(?<=[^\s.!?:;«\"“(]\s)[A-ZƏÇŞÖÜА-ЯԱ-Ֆ][a-zəçşöüğıа-яա-ֆ]{2,} $")


def _armenian_surnames(text: str, codes: Any, matches: tuple[Any, Any, Any], parser: Any) -> Any:
    """Return which matches stay (a mask): not an Armenian town's name as a surname.

    "by Artashes Tumanyan, advisor to ...; according to Tumanyan": Tumanyan, Abovyan,
    Shahumyan are towns of Armenia named after people, and Armenian surnames; after a
    capitalised word (a given name: not a sentence's first word, not a name found) the name
    is the person's, and so is the name again later in the text (blind set 96: five false
    finds of the town in one article). ``matches`` are the starts, stops and entry indices;
    only the names ending in -yan, -jan, -ян or -յան after a blank are read (found with
    numpy), and of those only the names every place of which lies in Armenia.
    """
    starts, stops, indices = matches
    keep = np.ones(len(starts), dtype=bool)
    at = np.flatnonzero((starts >= 2) & (stops - starts >= 4))
    end = stops[at]
    last, second, third = codes[end - 1], codes[end - 2], codes[end - 3]
    at = at[
        (
            ((last == ord("n")) & (second == ord("a")) & np.isin(third, _Y_OR_J))
            & (codes[end - 4] != ord("i"))  # (not Azerbaijan)
            | ((last == ord("н")) & (second == ord("я")))
            | ((last == ord("ն")) & (second == ord("ա")) & np.isin(third, _ARMENIAN_Y))
        )
        & (codes[starts[at] - 1] == _BLANK)
    ]
    for k in at.tolist():
        start, stop = int(starts[k]), int(stops[k])
        if not keep[k] or (k and int(stops[k - 1]) >= start - 1):
            continue
        ids = parser.entries[int(indices[k])].ids
        if not ids or any(parser.gaz.by_id[i].country != "AM" for i in ids):
            continue
        if _ARMENIAN_SURNAME_END.search(text, start, stop) and _GIVEN_BEFORE.search(
            text, max(start - 30, 0), start
        ):
            keep &= ~((indices == indices[k]) & (starts >= start))
    return keep


def _after_given_names(text: str, codes: Any, starts: Any, stops: Any, keep: Any) -> None:
    """Drop (in ``keep``) a name after a title and a given name: the person's surname.

    "Milletvekili Nurettin Aras": Aras is the deputy's surname, not the river. A name
    with a case ending after an apostrophe stays ("Bakan Uraloğlu Kars'ta": the
    minister in Kars), and so does one a title follows ("Vali Turan Kars Valisi ile").
    Only the matches after a blank, a word and a blank after a title's last two letters
    are read (found at once over the matches; the text is not scanned).
    """
    at = np.flatnonzero((starts >= 6) & keep)
    if not len(at):
        return
    at = at[codes[starts[at] - 1] == 32]
    blanks = np.flatnonzero(codes == 32)
    if not len(at) or len(blanks) < 2:
        return
    # the blank before the given name: the last one before the blank before the match
    before = blanks[np.maximum(np.searchsorted(blanks, starts[at] - 1) - 1, 0)]
    ok = (before >= 2) & (before < starts[at] - 2)
    at, before = at[ok], before[ok]
    pairs = codes[before - 2].astype(np.int64) << 21 | codes[before - 1]
    # and a given name of two letters or more, capitalised (as _title_and_given_name asks)
    given = codes[before + 1]
    hit = np.isin(pairs, _TITLE_ENDS) & (before + 3 < starts[at])
    hit &= (given < len(_GIVEN_TABLE)) & _GIVEN_TABLE.take(given, mode="clip")
    for k, blank in zip(at[hit].tolist(), before[hit].tolist(), strict=True):
        start, stop = int(starts[k]), int(stops[k])
        if not _title_and_given_name(text, blank, start):
            continue
        if _APOSTROPHE.match(text, stop):
            continue
        after = _NEXT_WORD.match(text, stop)
        if after and _plain_title(after.group(1)) in TITLES_AFTER:
            continue
        keep[k] = False


def _plain_title(word: str) -> str:
    """Return ``word`` folded as :data:`TITLES_AFTER` is."""
    return word.replace("ı", "i").replace("ş", "s").replace("ü", "u").replace("ç", "c").lower()


_DOT, _BLANK = ord("."), ord(" ")


@functools.cache
def _letter_tables() -> tuple[Any, Any, Any]:
    """Return :func:`geo._nameruns._run_tables` (read from the disk cache once a process)."""
    from geo._nameruns import _run_tables

    return _run_tables()


# honorifics before a person's name, in the seven languages: "Mr. Aras", "Herr Aras",
# "Bay Aras", "cənab Araz", "господин Араз", "آقای ...", "պարոն Արարատ"
_HONORIFICS = (
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Herr", "Frau", "Bay",
    "cənab", "Cənab", "xanım", "Xanım", "господин", "Господин", "госпожа", "Госпожа", "г-н",
    "г-жа", "آقای", "خانم", "պարոն", "Պարոն", "տիկին", "Տիկին",
    # and the given names the region's people named after a town or district bear before
    # that name, read as an honorific is: "Məhəmməd Füzuli" (the poet, not the district),
    # "Мухаммед Физули", "Mustafa Denizli" (the coach, not the city)
    "Məhəmməd", "Mehmet", "Mehmed", "Muhammad", "Muhammed", "Mohammad", "Mohammed",
    "Mustafa", "Мухаммед", "Мухаммад", "Магомед", "محمد", "Մուհամմադ",
    # and the shah's title before his name: "Rza şah Pəhləvinin" (Reza Shah Pahlavi, not
    # Pahlavi, Anzali's old name: held-out set 268a); not the Russian, German and Persian
    # words, which precede the country's genitive ("шах Ирана", "Schah Persiens", "شاه ایران")
    "şah", "Şah", "Shah",
)  # fmt: skip
_HONORIFIC = re.compile(r"(?:^|[^\w.])(?:" + "|".join(re.escape(h) for h in _HONORIFICS) + ") $")
#: the honorifics' last two letters, as one number each (two code points): only a match
#: after one of them and a blank is read
_HONORIFIC_ENDS = np.array(
    sorted({ord(h[-2]) << 21 | ord(h[-1]) for h in _HONORIFICS}), dtype=np.int64
)


def _after_honorifics(text: str, codes: Any, starts: Any, keep: Any) -> None:
    """Drop (in ``keep``) a name right after an honorific: a person's ("Mr. Aras said").

    Only the matches after a blank after an honorific's last two letters are read.
    """
    at = np.flatnonzero((starts >= 3) & keep)
    if not len(at):
        return
    before = starts[at]
    pairs = codes[before - 3].astype(np.int64) << 21 | codes[before - 2]
    at = at[(codes[before - 1] == _BLANK) & np.isin(pairs, _HONORIFIC_ENDS)]
    for k in at.tolist():
        start = int(starts[k])
        if _HONORIFIC.search(text, max(start - 12, 0), start):  # (the longest is 10)
            keep[k] = False


def _after_initials(text: str, codes: Any, starts: Any) -> Any:
    """Return which matches stay (a mask): not a surname after a person's initial.

    Read on the code points for all matches at once (a capital, a full stop and maybe a
    blank right before the name, no letter before the capital).

    Examples
    --------
    >>> import numpy as np
    >>> text = "Music by S.Vurgun and J. Vurgun, in Baku. Vurgun"
    >>> codes = np.array([ord(c) for c in text])
    >>> _after_initials(text, codes, np.array([11, 25, 36, 42])).tolist()
    [False, False, True, True]
    """
    keep = np.ones(len(starts), dtype=bool)
    at = np.flatnonzero(starts >= 2)
    if not len(at):
        return keep
    here = starts[at]
    one = codes[here - 1] == _DOT  # "S.Vurgun"
    point = np.where(one, here - 1, here - 2)  # where the full stop is
    dot = one | ((codes[here - 1] == _BLANK) & (codes[here - 2] == _DOT))  # "S. Vurgun"
    _, letter, upper = _letter_tables()
    initial = codes[np.maximum(point - 1, 0)]
    before = np.where(point >= 2, codes[np.maximum(point - 2, 0)], _BLANK)
    capital = (point >= 1) & upper.take(initial, mode="clip") & (initial < len(upper))
    alone = ~(letter.take(before, mode="clip") & (before < len(letter)))
    keep[at[dot & capital & alone]] = False
    return keep


def _surnames_later(
    text: str, starts: Any, stops: Any, indices: Any, keep: Any, curated: Any
) -> Any:
    """Return which matches stay (a mask): not a surname a title introduced earlier.

    A name dropped as a person's surname right after a title ("Iğdır Valisi Ercan Van",
    "Vali Van"), or a GeoNames name after a given name that is no place's, then a comma
    or a stop ("Dariush Amani, berichtet"), is the person's when the text names it again
    later on its own ("Van, daha sonra heyetle görüştü": the governor; "Laut Amani").
    ``keep`` says which matches the other rules keep; only the dropped ones of GeoNames
    names are read (``curated``: which entries are curated places'; a country one rule
    dropped in a body's name, "Azad İran", or after a title in a headline, "Cumhurbaşkanı
    Erdoğan Azerbaycan", is no person's name elsewhere).
    """
    out = np.ones(len(starts), dtype=bool)
    first: dict[int, int] = {}  # entry -> where it was first a surname
    found = set(starts.tolist())
    for k in np.flatnonzero(~keep & ~curated[indices]).tolist():
        start, stop = int(starts[k]), int(stops[k])
        if text[stop : stop + 1] == " " and text[stop + 1 : stop + 2].isupper():
            continue  # a given name, not the surname
        before = text[max(start - 40, 0) : start]
        given = _GIVEN_NAME.search(text, max(start - 40, 0), start)
        if _TITLE_AND_NAME.search(before) or (
            given is not None
            and given.start() not in found
            and (
                text[stop : stop + 1] in _AFTER_SURNAME
                or (given.group()[0] >= "А" and _RUSSIAN_WORD_AFTER.match(text, stop))
            )
        ):
            first.setdefault(int(indices[k]), start)
    for entry, at in first.items():
        out &= ~((indices == entry) & (starts > at))
    return out
