"""A name a unit and its town share: the town or the unit, by the words beside it.

:func:`_town_kind`, for :mod:`geo._namesakes`: the town when a word before it places
something at or near it ("near Nakhchivan", "вокзал в Нахчыване"), one after it does
("Nahçıvan yakınında", "Nakhchivan airport"), or every other place its sentence names is a
settlement; the unit by a border, land or supply word, or a place of another kind in the
sentence. Split from :mod:`geo._neighbours` (output unchanged).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from geo._context import _Context
from geo._fold import _plain

_SETTLEMENT_KINDS = frozenset({"city", "town", "village", "station"})
# kinds of the towns units are named after (the units': geo.names.UNIT_KINDS)
_TOWN_KINDS = frozenset({"city", "town", "village"})
# a word before a name that makes it a settlement ("near Nakhchivan", "bei Nachitschewan"),
# and a station before "in" ("вокзал в Нахчыване", "the station in Nakhchivan")
_NEAR_WORDS = frozenset(
    {"near", "bei", "nahe", "возле", "вблизи", "около", "نزدیک"}
    # and a Russian compass comparative, a distance from a point ("в 70 километрах восточнее
    # Нахичевани": the town; blind set 116, both markings)
    | {"восточнее", "западнее", "севернее", "южнее"}
)
_STATION_WORDS = frozenset(
    {"station", "terminal", "airport", "вокзал", "станция", "терминал", "аэропорт",
     "bahnhof", "flughafen"}
)  # fmt: skip
_AT_WORDS = frozenset({"in", "at", "в", "во", "im", "am", "در"})
# a flight word before "to" or "from" ("полеты в Нахичевань", "авиарейсы из Нахчывана",
# "flights to Nakhchivan"): the town's airport (the gold's 3 of 3, blind sets 58 and 62)
_FLIGHT_TO = frozenset({"в", "во", "из", "to", "from", "nach", "von", "از", "به"})
_FLIGHT_WORDS = ("авиарейс", "рейс", "полет", "полёт", "flight", "flüge", "flug")
# and so a passenger train's, which stops at the town's station ("قطار مسافری نخجوان",
# "قطار مسافری از نخجوان", the Nakhchivan passenger train: 3 of 3 in blind set 67; "trains
# to Nakhchivan"; 4 of 5 train marks in the gold)
_TRAIN_WORDS = ("قطار", "train", "поезд", "passenger")
_PASSENGER = "مسافری"
# a supply word before the name, in Russian ("в энергоснабжении Нахчывана", "для
# обеспечения Нахчывана газом"): the land's supply, the unit's (convention 2), whatever
# towns the sentence names besides ("гидроэлектростанция в Ордубаде")
_SUPPLY_BEFORE = ("снабжени", "энергоснабжени", "газоснабжени", "электроснабжени", "обеспечени")
# a consulate or its consul a few words before "in" ("the consulate general of Iran in
# Nakhchivan", "سرکنسولگری جمهوری اسلامی ایران در نخجوان", "سرکنسول ایران در نخجوان", the
# consul general): consulates are in towns
_CONSULATE_WORDS = ("consul", "konsul", "консул", "کنسول")
# a town word after the name, which the mention leaves outside ("[Naxçıvan] şəhərinə",
# "[Nahçıvan] şehrinde", "[Nahçıvan] kentine") or a station's ("[Naxçıvan] vağzalına")
_TOWN_WORDS_AFTER = ("sahar", "sehr", "kent")  # (the town's own words, not the station's)
_TOWN_AFTER = (*_TOWN_WORDS_AFTER, "vagzal")
# a town's airport or station named before the name, in the genitive or with the ezafe
# ("в аэропорту Нахичевана", "فرودگاه نخجوان", "автовокзал Нахчывана"), or after it
# ("Nakhchivan airport", "Naxçıvan hava limanı", "Nahçıvan Havalimanı", its bus station
# "Nahçıvan Otogarı", "Naxçıvan avtovağzalı"): the town's
_FACILITY_BEFORE = ("аэропорт", "вокзал", "автовокзал", "flughafen", "فرودگاه")
_FACILITY_AFTER = ("airport", "hava", "flughafen", "otogar", "avtovagzal", *_TOWN_AFTER)
# and a consul or consulate after it, in Azerbaijani and Turkish ("Türkiyənin Naxçıvandakı
# Baş Konsulu", "Nahçıvan Başkonsolosluğu": the consulate is the town's, convention 2; both
# markings of blind set 98), past the "general" word written apart ("Baş")
_CONSUL_AFTER = ("konsul", "baskonsol")
_GENERAL_AFTER = "bas"
# after the name: Turkish and Azerbaijani "near" ("Nahçıvan yakınında", "Naxçıvan
# yaxınlığında"), and a border, which is a unit's ("Nahçıvan sınırına", "the Nakhchivan
# border")
_NEAR_AFTER = ("yakin", "yaxin")
_CENTRE_AFTER = "merkez"  # and its centre (Turkish)
_BORDER_AFTER = ("sinir", "sarhad", "border", "границ", "гранич", "grenze", "grenzt")
# and the land's border in a phrase after it ("Nachitschewan liegt an der Grenze zu Iğdır",
# "Nakhchivan lies on the border with Turkey"), read where a border's letters follow
_BORDER_PHRASE_AFTER = re.compile(
    r"[ \u00a0]+(?:liegt[ \u00a0]+|lies[ \u00a0]+)?(?:an[ \u00a0]+der[ \u00a0]+Grenze|on[ \u00a0]+the"
    r"[ \u00a0]+border|на[ \u00a0]+границе)\b"
)
_BORDER_STEMS = ("renze", "order", "раниц")
# and a word of its land ("Nahçıvan topraklarına", "Naxçıvan ərazisinə", "the Nakhchivan
# territory", "территории Нахчывана" is before): the unit's (convention 2)
_LAND_AFTER = ("toprak", "arazi", "territor", "территори", "gebiet")
# and its supply or energy security, after an energy word or not ("Naxçıvanın qaz
# təchizatı", "Nahçıvan'ın enerji güvenliği", "the Nakhchivan gas supply"): the land's
# (rule 2), as the Russian supply word before the name is (_SUPPLY_BEFORE)
_ENERGY_AFTER = frozenset(["qaz", "gaz", "gas", "enerji", "energy", "elektrik", "electricity"])
_SUPPLY_AFTER = ("tachizat", "taminat", "tedarik", "ikmal", "supply", "versorgung")
_SUPPLY_AFTER += ("tahlukasizliy",)
_SUPPLY_AFTER += ("guvenlig", "security")
_AFTER_HEADS = frozenset("ysşbгgahfkvtтəqeismo")  # the first letters of those words
_POSSESSIVE = ("'s ", "’s ")  # an English possessive after the name
_WORD_REST = re.compile(r"[\w'’`-]*")  # the rest of the name's word: a case ending


def _town_word_after(text: str, end: int) -> bool:
    """Whether a town word follows the name ending at ``end`` after a blank.

    "Ordubad şehrinin", "Ordubad şəhərinə", "Ordubad kentinde": the town, whatever the
    words before tell of the unit ("Nahçıvan Özerk Bölgesinin Ordubad şehrinin").
    """
    if text[end : end + 1] != " ":
        return False
    word = text[end + 1 : end + 12].split(None, 1)
    return bool(word) and _plain(word[0]).startswith(_TOWN_WORDS_AFTER)


def _unit_word_after(text: str, end: int) -> bool:
    """Whether a border or land word follows the name ending at ``end`` (past its ending).

    "Kəlalədən Naxçıvan sərhədinə qədər" (from Kalaleh to the Nakhchivan border), "the
    Nakhchivan territory": the unit's border or land, not a town on the way.
    """
    rest = _WORD_REST.match(text, end).end()  # type: ignore[union-attr]
    after = text[rest : rest + 40].split(None, 1)
    word = _plain(after[0]) if after else ""
    return word.startswith(_BORDER_AFTER) or word.startswith(_LAND_AFTER)


def _town_kind(text: str, m: tuple[int, int, int, int], ctx: _Context, others: Any) -> str | None:
    """Return ``city`` when a name shared by a unit and its town is the town, else None.

    The town when a word before it places something at or near it ("near Nakhchivan",
    "bei Nachitschewan", "вокзал в Нахчыване", a consulate "in" it), a flight goes to or
    from it ("полеты в Нахичевань", "flights to Nakhchivan"), or a word after it places
    something at or near it ("Nahçıvan yakınında"), or when every other place of the region its sentence names is a
    settlement ("Iğdır ve Kars ... Nahçıvan ile ticaret", "Анкара и Баку ... к
    Нахчывану"; a far city of the world layer, Ankara or Istanbul standing for a
    government or a far end, tells nothing); a country, region, river or structure in
    the sentence, a border or land word after the name ("Nahçıvan sınırına", "Nahçıvan
    topraklarına", "Nachitschewan liegt an der Grenze") or a supply word before it ("в
    энергоснабжении Нахчывана") leaves the name to the order of the plan (the unit).
    ``others`` are the places of the other names several places share in the sentence
    (as resolved, or as their plans would).
    """
    start, end = m[0], m[1]
    lo = max(ctx.start, start - 40)
    blank = text.rfind(" ", lo, start - 1) if start > lo else -1  # the word before: "near"
    if blank >= 0:
        word = text[blank + 1 : start - 1].lower()
    elif lo == ctx.start and start - 1 > lo:  # the sentence's first word ("Аэропорт Нахичевани")
        word = text[lo : start - 1].lower()
    else:
        word = ""
    if word in _NEAR_WORDS or word.startswith(_FACILITY_BEFORE):
        return "city"
    if word.startswith(_SUPPLY_BEFORE):  # "в энергоснабжении Нахчывана": the land's
        return None
    near = text[end : end + 28]  # "Nachitschewan liegt an der Grenze": the land's border
    if any(w in near for w in _BORDER_STEMS) and _BORDER_PHRASE_AFTER.match(text, end):
        return None
    if word == _PASSENGER and blank > lo:  # "قطار مسافری نخجوان": the town's train
        first = text.rfind(" ", lo, blank - 1)
        if text[first + 1 : blank].startswith(_TRAIN_WORDS):
            return "city"
    if word in _FLIGHT_TO and blank > lo:  # "полеты в Нахичевань": the town's airport
        first = text.rfind(" ", lo, blank - 1)
        before = text[first + 1 : blank].lower()
        if before.startswith(_FLIGHT_WORDS) or before.startswith(_TRAIN_WORDS):
            return "city"
        if before == _PASSENGER:  # "قطار مسافری از نخجوان"
            second = text.rfind(" ", lo, first - 1) if first > lo else -1
            if first > lo and text[second + 1 : first].startswith(_TRAIN_WORDS):
                return "city"
    if word in _AT_WORDS and blank > lo:  # "вокзал в Нахчыване"
        first = text.rfind(" ", lo, blank - 1)
        if text[first + 1 : blank].lower() in _STATION_WORDS:
            return "city"
        before = text[lo:blank].lower()
        if any(w in before for w in _CONSULATE_WORDS):  # "consulate general of Iran in"
            return "city"
    if text.startswith(_POSSESSIVE, end):  # "Nakhchivan's energy security", its gas needs:
        # the land's (the gold's seven of seven), unless a town's airport or station follows
        after = text[end + 3 : min(ctx.end, end + 40)].split(None, 1)
        return "city" if after and _plain(after[0]).startswith(_FACILITY_AFTER) else None
    # the word after, past a case ending ("Nahçıvan'a", "Нахчывану"), when its first letter
    # may start one of the words after (the usual case, a blank then another word: no)
    rest = end if text[end : end + 1] == " " else _WORD_REST.match(text, end).end()  # type: ignore[union-attr]
    if text[rest + 1 : rest + 2].lower() in _AFTER_HEADS or not text[rest : rest + 1].isspace():
        after = text[rest : min(ctx.end, rest + 40)].split(None, 1)
        word = _plain(after[0]) if after else ""
        if word.startswith(_CENTRE_AFTER):
            # "Nahçıvan merkezinden" (from the Nakhchivan centre): the town; in the genitive,
            # "Nahçıvan'ın merkezinden", the land's centre, its capital (the gold's 1 and 1)
            return None if rest > end else "city"
        if word == _GENERAL_AFTER and len(after) > 1:  # "Naxçıvandakı Baş Konsulu"
            word = _plain(after[1].split(None, 1)[0])
        if word.startswith(_NEAR_AFTER) or word.startswith(_FACILITY_AFTER):
            return "city"
        if word.startswith(_CONSUL_AFTER):
            return "city"
        if word.startswith(_BORDER_AFTER) or word.startswith(_LAND_AFTER):
            return None
        if word in _ENERGY_AFTER and len(after) > 1:  # "Naxçıvanın qaz təchizatı"
            word = _plain(after[1].split(None, 1)[0])
        if word.startswith(_SUPPLY_AFTER):
            return None
    settled = False
    for place in itertools.chain(ctx.neighbours, others):
        if not place.far:  # (Istanbul, Ankara: no hint)
            if place.kind not in _SETTLEMENT_KINDS:
                return None
            settled = True
    return "city" if settled else None
