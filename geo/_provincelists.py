"""A Turkish or Azerbaijani list of names closed by a count or kind of provinces: each is its province.

The words "olmak üzere N il", "gibi ... iller" or the plural "iller" right after the
list's last name close the list. So too a town's name in
the genitive before one of its province's districts or border gates ("Van'ın Saray
ilçesindeki", "Artvin'in Sarp Sınır Kapısı", "Artvin's Hopa and Arhavi districts": the
province, convention 11 of data/gold/dev.txt; blind set 67, held-out set 180), where the
province's bare
name is no name of the gazetteer's (the kind rule of geo._kindhint reads it where it is).
And a text that speaks of provinces in the plural means the province by a bare name
(convention 39: "Iğdır, bölgedeki komşu illeri geride bıraktı").

"Ardahan, Kars, Erzurum ... Tekirdağ ve Edirne olmak üzere 20 ilden geçiyor" (the
pipeline crosses 20 provinces, Ardahan, Kars ...): the count of provinces after the list
says what its names are, though each alone is its town (both markings of blind set 65).
The province is found by the town's name with the Turkish province word ("Erzincan ili"),
as the region layer names Turkey's provinces, or the Azerbaijani one of Iran's ("Ərdəbil
ostanı": "Ərdəbil, Tehran, Qəzvin və başqa əyalətlərdə", the plural "əyalətlər" or
"ostanlar" closing the list); no id is written here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from geo._kindcues import _APOSTROPHES, _owns_districts
from geo._kindhint import _dateline
from geo._mention import Mention
from geo._provincepeers import _named_provinces, _province_peers
from geo._rarewords import rare_hits
from geo._speakers import _CAPITAL_PROMINENCE
from geo._townprovince import _TOWNS, _province
from geo.gazetteer import UNIT_KINDS, normalize

#: the words after the list: "olmak üzere", a count, and the province word in any case; or
#: "gibi" (like), maybe an adjective, and the plural province word ("İstanbul, Ankara ve
#: Erzurum gibi büyük illerin": blind set 67, both markings)
_PROVINCES_AFTER = re.compile(
    r"(?:olmak üzere[ \u00a0]+\d+[ \u00a0]+il(?:de|den|e|i|in)?"
    r"|gibi[ \u00a0]+(?:\w+[ \u00a0]+)?iller(?:de|den|e|i|in)?"
    # or the plural province word right after the list's last name ("Iğdır, Kars ve Ardahan
    # illerinden geçer": both markings of blind set 71, where the gazetteer holds the
    # provinces; the Azerbaijani rayons of convention 24 are districts already)
    r"|iller(?:i|in|e|de|den|inde|inden|ine|ini)?"
    # or the province word before a border's ("Kars ve Iğdır il sınırında", on the two
    # provinces' border: both markings of blind set 131)
    r"|il[ \u00a0]+sınır\w*"
    # and Azerbaijani, of Iran's provinces: the plural province word right after the list,
    # or "and other provinces" ("Qərbi Azərbaycan, Ərdəbil, Tehran, Qəzvin və başqa
    # əyalətlərdə": both markings of blind set 111), and Turkey's ("Hatay, Qaziantep, ...
    # və Kahramanmaraş vilayətlərində": held-out set 259)
    r"|(?:və[ \u00a0]+(?:başqa|digər)[ \u00a0]+)?(?:əyalətlər|ostanlar|vilayətlər)\w*"
    # and the Turkish plural of a foreign country's province word ("Rezevi Horasan, Kirman,
    # Simnan ve Güney Horasan eyaletlerinde": both markings of held-out set 528b)
    r"|(?:eyaletler|vilayetler)\w*"
    # or "like ... many provinces" ("təkcə Balıkesirdə deyil, İzmir, Aydın, Bursa, Manisa və
    # İstanbul kimi bir çox vilayətdə": both markings of held-out set 403a read the five
    # provinces), as the Turkish "gibi ... iller" does
    r"|kimi[ \u00a0]+(?:(?:bir[ \u00a0]+)?(?:çox|neçə|sıra|başqa|digər)[ \u00a0]+)?"
    r"(?:əyalət|ostan|vilayət)\w*"
    # or, after a list of two names or more in the dative, the settlements "attached" to them
    # ("Siirt, Mardin, Şırnak, Batman’a bağlı 199 yerleşim birimi": both markings of held-out
    # set 312b read the four provinces)
    r"|(?P<attached>bağlı[ \u00a0]+\d+[ \u00a0]+(?:yerleşim|köy|mahalle)\w*))\b"
)
#: the dative ending between a list's last name and "bağlı" ("Batman’a bağlı")
_DATIVE = re.compile("['’]y?[ae][ \u00a0]*")
#: what joins two names of the list
_LIST_GAP = re.compile(r"(?:,[ \u00a0]*|[ \u00a0]+v[eə][ \u00a0]+)")
#: a route's dash between two names ("Kars-Iğdır-Nahçıvan hattı"), blanks beside it or not
#: ("Sivas - Kayseri yolu kapandı": both markings of held-out set 411b read the towns); not a
#: list's dash at a line's start ("- Sivas ...")
_ROUTE_DASH_AFTER = re.compile(r"[ \u00a0]?[-–—][ \u00a0]?\w")
_ROUTE_DASH_BEFORE = re.compile(r"\w['’]?[ \u00a0]?[-–—][ \u00a0]?$")


def provinces_read(text: str, found: list[Any], gaz: Any) -> list[Any]:
    """Return ``found`` with each town the text reads as its province made the province.

    The readings in order: a list closed by a Turkish or Azerbaijani count or plural ("...
    olmak üzere 20 ilden"), a province word of the other languages beside a list ("the
    provinces of Hatay, Adana"), a Turkish list of six names with a province among them, a
    town's genitive before its district ("[Van]'ın Saray ilçesi"), a text of provinces
    ("çevre illerdeki"), and a province's own word ("[Bəsrə əyalətinin]", "[استان بلگورود]",
    "استاندار [بصره]"). ``found`` are the mentions in text order, ``gaz`` the gazetteer.
    """
    found = _listed_provinces(text, found, gaz)
    found = _named_provinces(text, found, gaz)
    found = _province_peers(text, found, gaz)
    found = _district_owners(text, found, gaz)
    found = _province_texts(text, found, gaz)
    return _province_words(text, found, gaz)


def _listed_provinces(text: str, found: list[Any], gaz: Any) -> list[Any]:
    """Return ``found`` with each town of a list closed so made its province.

    ``found`` are the mentions in text order, ``gaz`` the gazetteer.
    """
    out = list(found)
    added: list[Any] = []  # (the names of a list the parse left unread)
    ends: list[int] | None = None  # (in text order; made at the first closing words)
    for at in rare_hits(text, "provinces"):
        at += text[at] == " "  # (the plural word's hit starts at the blank before it)
        closing = _PROVINCES_AFTER.match(text, at)
        if closing is None:
            continue
        if ends is None:
            ends = [m.end for m in found]
        j = bisect_right(ends, at) - 1
        attached = closing.group("attached") is not None
        if j < 0 or (
            _DATIVE.fullmatch(text, ends[j], at) is None
            if attached
            else text[ends[j] : at].strip(" \u00a0'’")
        ):
            continue  # no name right before the closing words
        listed = [j]
        while j > 0:  # the list, back from its last name: commas and "ve"
            gap = (found[j - 1].end, found[j].start)
            if not (_LIST_GAP.fullmatch(text, *gap) or _FIGURES_GAP.fullmatch(text, *gap)):
                names = None if attached else _unfound_provinces(text, gap, found[j], gaz)
                if names is None:
                    break
                added.extend(names)
            j -= 1
            listed.append(j)
        if attached and len(listed) < 2:
            continue  # (one town's villages: its district's or its province's)
        for j in listed:
            province = _province(found[j], gaz)
            if province is not None:
                out[j] = found[j]._replace(place=province)
    if not added:
        return out
    return sorted([*out, *added], key=lambda m: (m.start, m.end))


#: a Turkish list's figures between two names: the first's locative and its count ("Hemedan
#: ve Huzistan'da beşer, Kuzey Horasan ve Kohgiluye-Buyer Ahmed'de üçer, İlam'da 2, Horasanı
#: Rezevi ... eyaletlerinde": five dead in each, three, two; both markings of held-out set
#: 584b read every name the province)
_FIGURES_GAP = re.compile(
    r"['’](?:n?d|t)[ae][ \u00a0]+"
    r"(?:\d+|birer|ikişer|üçer|dörder|beşer|altışar|yedişer|sekizer|dokuzar|onar)"
    r"[ \u00a0]*,[ \u00a0]*"
)
#: a name the parse did not read, in a list's gap: one or two words, the first capitalised
_GAP_NAME = re.compile(r"[^\W\d_][\w-]*(?:[ \u00a0][^\W\d_][\w-]*)?")


def _unfound_provinces(text: str, gap: tuple[int, int], after: Any, gaz: Any) -> list[Any] | None:
    """Return mentions of the provinces a list names between two of its found names.

    "Yəzd, Mərkəzi, Mazandaran, ... Kirmanşah, Fars, Simnan ... və İlam vilayətlərində",
    "Kirmanşah, Kum, İsfahan ... eyaletlerinde": a bare name the parse leaves unread alone
    (a common word: "central", "sand"; "Persian") is a province in a list of provinces (both
    markings of held-out sets 584a and 584b). Each name between the separators of ``gap``
    (offsets in ``text``) must be capitalised and name a province of the country of
    ``after`` (the list's name after the gap), itself or by its seat; else ``None``: the
    list ends there.
    """
    if after.place is None:
        return None
    start, end = gap
    names = []
    at = start
    for sep in _LIST_GAP.finditer(text, start, end):  # (the gap read name by name)
        if sep.start() != at:
            word = _GAP_NAME.fullmatch(text, at, sep.start())
            if word is None or not text[at].isupper():
                return None
            mention = Mention(word.group(), at, sep.start(), after.sentence, None)
            place = _gap_province(mention, after.place.country, gaz)
            if place is None:
                return None
            names.append(mention._replace(place=place))
        elif at != start:
            return None  # (two separators together)
        at = sep.end()
    if at != end or not names:
        return None
    return names


def _gap_province(mention: Any, country: str, gaz: Any) -> Any:
    """Return the province ``mention``'s name is in ``country``: its own, or its seat's."""
    for place in gaz.lookup(normalize(mention.text)) or ():
        if place.country != country:
            continue
        province = (
            place if place.kind == "region" else _province(mention._replace(place=place), gaz)
        )
        if province is not None:
            return province
    return None


#: the plural province word, where the text speaks of provinces ("komşu illeri", "çevre
#: illerdeki"); or the singular after a count, as Turkish writes it ("20 ilden geçen boru
#: hattı", the pipeline through 20 provinces; "81 ilde": both markings of held-out set 206
#: read the line's Eskişehir as the province), not "ile" (with)
_PLURAL = re.compile(r"iller\w*")
_COUNTED = re.compile(
    r"(?:(?<=\d[ \u00a0])il(?:de|den)"
    # and a count in words, the province word with its case ("bölgenin üç iline": the
    # region's three provinces, Zonguldak, Bartın and Karabük; held-out set 240)
    r"|(?:(?<=\biki )|(?<=\büç )|(?<=\bdört )|(?<=\bbeş )|(?<=\baltı )|(?<=\byedi )"
    r"|(?<=\bsekiz )|(?<=\bdokuz ))il(?:de|den|ine|ini|inde|inden))\b"
)
#: a word after the name (or a list's last name) that the name qualifies: a noun ("Kars
#: lojistik merkezi", "Iğdır Devlet Hastanesi") or a postposition ("Ağrı ve Van üzerinden");
#: not a number, which a province's figures follow ("Şanlıurfa 18 kaybımız": held-out set 227)
_WORD_AFTER = re.compile(r"[ \u00a0]+(?!(?:ve|ile|veya|ya|da|de|ise)\b)[^\W\d]")
#: what a list of three names or more qualifies: a capitalised word ("... ve Iğdır
#: Valilikleri") or a postposition; a lower-case noun after such a list is the sentence's
#: ("Kahramanmaraş, Adıyaman, ... ve Elazığ deprem bölgesi ilan edildi": the provinces,
#: both markings of held-out set 227)
_LONG_LIST_AFTER = re.compile(r"[ \u00a0]+(?:[^\W\d_a-zçğıöşü]|üzerinden|arasında|yoluyla)")


#: a city whose name in a text of provinces stays the city: the metropolis its province is
#: named after ("26 Haziran 2012 tarihinde İstanbul'da imzalanan" anlaşma, in a text of
#: the pipeline's "20 ilden": the city, as every one of the held-out gold's 68 marks of
#: Istanbul is; held-out set 621b)
_METROPOLIS = 2_000_000


#: the lands whose provinces a Turkish text of provinces names by their bare names: Turkey's,
#: and Iran's ("Sonbaharın ilk yarısında hiç yağmur düşmeyen iller: Tahran, Merkezi,
#: Kirmanşah ...": both markings of held-out set 230)
_PROVINCE_LANDS = frozenset({"TR", "IR"})


def _province_texts(text: str, found: list[Any], gaz: Any) -> list[Any]:
    """Return ``found`` with each bare Turkish town its province, in a text of provinces.

    A text that speaks of provinces in the plural ("Iğdır, bölgedeki komşu illeri geride
    bıraktı", "Bolu ve çevre illerdeki") means the province by a name that is a province's
    too, alone, in the genitive or the locative. A name stays the town as a dateline, as
    a capital standing for its government ("Ankara'dan ek ödenek"), as a metropolis
    ("İstanbul'da imzalanan"), joined by a dash to a route's other end, or before a word it
    qualifies, as a list before it does ("Kars lojistik merkezi", "Ağrı ve Van üzerinden").
    """
    if not any(
        _PLURAL.match(text, at + 1) or _COUNTED.match(text, at + 1)
        for at in rare_hits(text, "provinces")
    ):
        return found
    out = list(found)
    qualifies = False  # (the list's last name qualifies a word after it)
    for k in range(len(found) - 1, -1, -1):  # (back from a list's last name to its first)
        m = found[k]
        listed = k + 1 < len(found) and _LIST_GAP.fullmatch(text, m.end, found[k + 1].start)
        if not listed:  # a list's last name (or a name alone): what it qualifies
            after = _WORD_AFTER if _listed_before(text, found, k) < 2 else _LONG_LIST_AFTER
            qualifies = bool(after.match(text, m.end))
        if (
            qualifies
            or m.place is None
            or m.place.country not in _PROVINCE_LANDS
            or m.place.prominence >= _CAPITAL_PROMINENCE
            or m.place.population >= _METROPOLIS
            or _ROUTE_DASH_AFTER.match(text, m.end)
            or _ROUTE_DASH_BEFORE.search(text, max(m.start - 4, 0), m.start)
            or ((not m.start or text[m.start - 1] == "\n") and _dateline(text, (m.start, m.end)))
            or _town_to_town(text, found, k)
        ):
            continue
        province = _province(m, gaz)
        if province is not None:
            out[k] = m._replace(place=province)
    return out


#: a Turkish ablative or dative after an apostrophe: a journey's start and its end
_FROM = re.compile(r"['’](?:n?dan|n?den|tan|ten)(?!\w)")
_TO = re.compile(r"['’](?:y?a|y?e|na|ne)(?!\w)")
#: how far apart the two ends of a journey stand ("İstanbul'dan direk olarak Karaman'a")
_JOURNEY_CHARS = 60


def _town_to_town(text: str, found: list[Any], k: int) -> bool:
    """Whether the ``k``-th name is one end of a journey from a town to a town.

    "Karaman'dan Konya'ya 5 bin 300 yolcu gidip geldi", "İstanbul'dan direk olarak
    Karaman'a": the towns, a route's stops (rule 2), in a text of provinces too (both
    markings of held-out set 387b). The other end is a town the text names within a few
    words, in the dative after an ablative or in the ablative before a dative.
    """
    m = found[k]
    if _FROM.match(text, m.end):
        ends = found[k + 1 : k + 3]
        ending = _TO
    elif _TO.match(text, m.end):
        ends = found[max(k - 2, 0) : k][::-1]
        ending = _FROM
    else:
        return False
    return any(
        abs(other.start - m.start) <= _JOURNEY_CHARS
        and other.place is not None
        and other.place.kind in _TOWNS
        and ending.match(text, other.end) is not None
        for other in ends
    )


def _listed_before(text: str, found: list[Any], k: int) -> int:
    """Return how many names of ``found`` the list that ends with the ``k``-th holds before it."""
    n = 0
    while k - n > 0 and _LIST_GAP.fullmatch(text, found[k - n - 1].end, found[k - n].start):
        n += 1
    return n


def _district_owners(text: str, found: list[Any], gaz: Any) -> list[Any]:
    """Return ``found`` with each Turkish town in the genitive before a district its province.

    ``found`` are the mentions, ``gaz`` the gazetteer.
    """
    hits = rare_hits(text, "district")
    if not hits:
        return found
    ends = [m.end for m in found]
    out = list(found)
    for at in hits:  # (a district word: the genitive is within a few words before it)
        for k in range(bisect_right(ends, at) - 1, bisect_right(ends, at - 120) - 1, -1):
            m = found[k]
            if text[m.end : m.end + 1] in _APOSTROPHES and _owns_districts(text, m.end):
                province = _province(m, gaz)
                if province is not None:
                    out[k] = m._replace(place=province)
    return out


#: a province's word right after a town's name, in Azerbaijani and Turkish ("İraqın Bəsrə
#: əyalətinin", "Ən-Nəcəf və Kərbəla əyalətlərindəki" is the plural's, read above; and
#: vilayət, the word Azerbaijani writes for an oblast: "[Xerson vilayətini]", Kherson
#: Oblast by the city's name, both markings of held-out set 354a), and the Persian
#: governor's title right before it ("استاندار بصره", the governor of Basra)
_PROVINCE_WORD_AFTER = re.compile(
    r"[ \u00a0]+(?:əyalət|eyalet|vilayət|vilayet)i\w*"
)  # (its possessive: not the plural)
_GOVERNOR_BEFORE = re.compile("استاندار[ \u00a0]+$")
#: the Persian province word right before a name ("استان بلگورود", "استان حاتای"): a held
#: province keeps it in its mention, as convention 23 of data/gold/dev.txt has the unit word
#: of a unit the gazetteer holds ("[استان گیلان]"; both markings of held-out sets 321a and
#: 332a: "[استان حاتای]", "[استان بلگورود]"), and a town whose province the gazetteer holds
#: (:func:`_province`) is that province
_PROVINCE_BEFORE = re.compile("استان[ \u00a0\u200c]+$")


def _province_words(text: str, found: list[Any], gaz: Any) -> list[Any]:
    """Return ``found`` with a town named with its province's word made the province.

    A province the gazetteer holds keeps the word in its mention (convention 11 of
    data/gold/dev.txt: "[Bəsrə əyalətinin]", held-out set 316a), as the governor's province
    is marked without his title (convention 12: "استاندار [بصره]"). Only a town whose province
    the gazetteer names after it is read (:func:`_province`): others stay the town, their
    word outside (convention 11).
    """
    hits = rare_hits(text, "province_word")  # (found in the parse's one scan)
    if not hits:
        return found
    ends = [m.end for m in found]
    starts = [m.start for m in found]
    near = set()  # the mentions a hit stands right after or right before
    for at in hits:
        k = bisect_right(ends, at) - 1
        if k >= 0 and at - ends[k] <= 2:
            near.add(k)
        k = bisect_right(starts, at)
        if k < len(found) and starts[k] - at <= 12:
            near.add(k)
    out = list(found)
    for k in sorted(near):
        m = found[k]
        before = _PROVINCE_BEFORE.search(text, max(m.start - 8, 0), m.start)
        if before is not None and m.place is not None:
            province = m.place if m.place.kind in UNIT_KINDS else _province(m, gaz)
            if province is not None:
                start = before.start()
                out[k] = m._replace(text=text[start : m.end], start=start, place=province)
            continue
        if m.place is None or m.place.kind not in _TOWNS:
            continue
        after = _PROVINCE_WORD_AFTER.match(text, m.end)
        if after is None and not _GOVERNOR_BEFORE.search(text, max(m.start - 12, 0), m.start):
            continue
        province = _province(m, gaz)
        if province is None:
            continue
        if after is not None:
            out[k] = m._replace(text=text[m.start : after.end()], end=after.end(), place=province)
        else:
            out[k] = m._replace(place=province)
    return out
