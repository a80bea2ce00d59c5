"""Which words name a kind of place, in the seven languages: :func:`_word_kind`.

"river", "rayonlarının", "ilçelerinden", "հիդրոէլեկտրակայանները", "نیروگاه‌های",
"Bezirke": the kind words of :data:`geo.gazetteer.KIND_WORDS` and
:data:`_MORE_KIND_WORDS`, with their plural and case forms (:func:`_kind_forms`),
folded as text is. Each word of text is read once (:func:`_word_kind` keeps what
the kind rules of :mod:`geo._kindhint` need of it).
"""

from __future__ import annotations

import functools
import itertools
from typing import NamedTuple

from geo._context import _LIST_WORDS
from geo._fold import _translate, _translate_table, _two_way
from geo.gazetteer import KIND_WORDS

#: The kind of the Turkish word for a governor after a province's name: a province's, but
#: not a Turkish one's (:func:`geo._kindhint._kind_rules`).
GOVERNOR = "governor"
#: The kind of a word of a province's land before its name ("کشاورزان اردبیل", its farmers):
#: a province's, never a county's or a town's (:func:`geo._kindhint._kind_rules`).
PROVINCE_LAND = "province land"

#: Extra kind words (normalised) beyond :data:`geo.geocode.KIND_WORDS`.
_MORE_KIND_WORDS = {
    "tower": "building",
    "embassy": "building",
    # a bridge (the Khudafarin bridges are the building of their name; a name no bridge
    # has keeps its own kind): "Xudafərin adlanan körpü", "پل خدا آفرین", "мост"
    "bridge": "building",
    "bridges": "building",
    "brucke": "building",
    "brucken": "building",
    "мост": "building",
    "моста": "building",
    "мосты": "building",
    "мостов": "building",
    "korpu": "building",  # Azerbaijani körpü in its cases, alone: "adlanan körpünün"
    "korpunun": "building",
    "korpuye": "building",
    "korpude": "building",
    "kopru": "building",
    "koprunun": "building",
    "پل": "building",
    "پلهای": "building",
    "پل های": "building",
    "hydropower": "dam",
    "hydroelectric": "dam",
    "водохранилище": "reservoir",
    "водохранилища": "reservoir",
    "плотина": "dam",
    "гэс": "hydropower plant",
    "река": "river",
    "реки": "river",
    "реку": "river",
    "реке": "river",
    # the waters and banks of a river before its genitive ("воды Ахуряна", "на берегу
    # Дебеда"): the river, not the town of its name
    "воды": "river",
    "берег": "river",
    "берегу": "river",
    "берега": "river",
    "берегах": "river",
    "город": "city",
    # an exclave is a land, never a town: "the [Nakhchivan] exclave", "der Exklave
    # [Naxçıvan]", "эксклава [Нахичевань]" (24 of 24 marks beside the word name the
    # autonomous republic), though a route from Baku leads there
    "exclave": "region",
    "exklave": "region",
    "эксклав": "region",
    "эксклава": "region",
    "эксклаве": "region",
    "эксклавом": "region",
    "eksklav": "region",
    "eksklavi": "region",
    "eksklavina": "region",
    "eksklavinda": "region",
    "eksklavinin": "region",
    "eksklavini": "region",
    "rayonu": "district",
    "inzibati rayon": "district",  # "Zəngilan inzibati rayon kimi" (as an administrative rayon)
    "seheri": "city",
    "kandi": "village",
    # German, Russian, Persian, Turkish, Armenian words before or after a name
    "bezirk": "district",
    "bezirks": "district",
    "provinz": "region",
    "stadt": "city",
    "fluss": "river",
    "stausee": "reservoir",
    "damm": "dam",
    "район": "district",
    "района": "district",
    "районе": "district",
    "область": "region",
    "области": "region",
    "село": "village",
    "استان": "region",
    "شهر": "city",
    "روستای": "village",
    "رود": "river",
    "رودخانه": "river",
    "ili": "region",
    "ilcesi": "district",
    "nehri": "river",
    "մարզ": "region",
    "станции": "station",
    "станцию": "station",
    # Turkish and Azerbaijani kind words with their case endings ("Erdebil ve Doğu
    # Azerbaycan eyaletlerine", "Hudaferin ve Kız Kalesi barajlarında", "Ərdəbil
    # ostanının"), German nouns before a name ("Vom Hafen Bandar Abbas", "der
    # Grenzfluss Astara"), and the governor of a province ("Губернатор Ардебиля",
    # "استاندار اردبیل")
    "eyalet": "region",
    "eyaleti": "region",
    "eyaletine": "region",
    "eyaletinde": "region",
    "eyaletlerine": "region",
    "eyaletlerinde": "region",
    "vilayeti": "region",  # "Sünik vilayetindeki" (Turkish vilayet, a province)
    "ostani": "region",
    "ostaninin": "region",
    "ostaninda": "region",
    "ostanina": "region",
    "baraj": "dam",
    "baraji": "dam",
    "barajinda": "dam",
    "barajlarinda": "dam",
    "barajlarindan": "dam",
    "hidroelektrik": "hydropower plant",
    # a power plant after or before its name ("the Ordubad plant", "Ordubad and
    # Marazad plants", "die Kraftwerke Ordubad und Marasad", "نیروگاه‌های اردوباد",
    # "Օրդուբադի և Մարազադի կայանները"): only names a plant shares with a town
    "plant": "hydropower plant",
    "plants": "hydropower plant",
    "kraftwerk": "hydropower plant",
    "kraftwerke": "hydropower plant",
    "wasserkraftwerk": "hydropower plant",
    "wasserkraftwerke": "hydropower plant",
    "نیروگاه": "hydropower plant",
    "نیروگاههای": "hydropower plant",
    "نیروگاهها": "hydropower plant",
    "կայան": "hydropower plant",
    "կայանը": "hydropower plant",
    "կայանները": "hydropower plant",
    "հէկ": "hydropower plant",
    "bolgesi": "district",
    "bolgelerinin": "district",
    "bolgelerine": "district",
    "sahristanlarindan": "district",
    "sahristanlarinda": "district",
    "sahristaninda": "district",
    "rayonunun": "district",
    "rayonunda": "district",
    "rayonundan": "district",
    "rayonuna": "district",
    "hafen": "city",
    # Turkish and Azerbaijani liman (port) after a port's name ("Poti Limanı'na",
    # "Türkmenbaşı Limanı"): like German Hafen, the port is the town's
    "limani": "city",
    "limanina": "city",
    "limaninda": "city",
    "limanindan": "city",
    # English port words after a town's name ("Aktau Seaport", "Kuryk port")
    "port": "city",
    "seaport": "city",
    "hafens": "city",
    "hafenstadt": "city",
    "grenzstadt": "city",
    "hauptstadt": "city",
    "dorf": "village",
    "grenzfluss": "river",
    # Armenian get (river) after a river's name, in its cases ("Հրազդան գետի վրա", "Ախուրյան
    # գետը", "Դեբեդ գետով"): the river, not the town of its name (Hrazdan, Akhuryan)
    "գետ": "river",
    "գետը": "river",
    "գետն": "river",
    "գետի": "river",
    "գետին": "river",
    "գետով": "river",
    "գետում": "river",
    "գետից": "river",
    "գետեր": "river",
    "գետերի": "river",
    # its bank and its waters after a river's genitive ("Դեբեդի ափին", on the Debed's bank;
    # "Ախուրյանի ջրերը", the Akhuryan's waters): a town's name takes neither
    "ափ": "river",
    "ափին": "river",
    "ափով": "river",
    "ափերին": "river",
    "ջրերը": "river",
    "ջրերի": "river",
    "провинции": "region",
    "провинция": "region",
    # its other cases before the name, folded (й is и): "между провинцией Ардебиль и ...",
    # "в провинцию Сюник", "провинциям Гилян и Мазендеран"
    "провинциеи": "region",
    "провинцию": "region",
    "провинциям": "region",
    "провинциях": "region",
    # German Distrikt (a rayon, in translations: "die Bewohner des Distrikts Lachin") and
    # Verwaltungsregion (an administrative region: "die Verwaltungsregionen Jabrail,
    # Kalbajar ...")
    "distrikt": "district",
    "distrikts": "district",
    "distrikte": "district",
    "distrikten": "district",
    "verwaltungsregion": "district",
    "verwaltungsregionen": "district",
    # German Regionen (regions) before a list of units: "die Regionen Zangelan und Gubadli"
    "regionen": "region",
    # Turkish vali (a governor) after a foreign province's name ("Erdebil valisi"): the
    # province, as "استاندار اردبیل" is, but a Turkish governor's town before his title
    # stays the town ("[Iğdır] Valisi", dev.txt rule 12): a kind of its own, which
    # geo._kindhint._kind_rules gives a province of no Turkish namesake
    "valisi": GOVERNOR,
    # an Iranian province and county in Russian, the Persian words ostan and shahrestan,
    # lower case before the name ("в остане Ардебиль", "в шахрестане Джульфа")
    "остан": "region",
    "остана": "region",
    "остане": "region",
    "шахрестан": "district",
    "шахрестана": "district",
    "шахрестане": "district",
    "шахрестану": "district",
    "шахрестаном": "district",
    "шахрестаны": "district",
    "шахрестанов": "district",
    "шахрестанах": "district",
    "губернатор": "region",
    # a governor is a province's ("the governor of Ardabil": the province, not its seat;
    # the gold keeps "Iğdır Valisi" the city's, as a title after the name)
    "governor": "region",
    "губернатора": "region",
    "استاندار": "region",
    # the governor of a county ("فرماندار پارس آباد"), as "استاندار" of a province
    "فرماندار": "district",
    "استانداری": "region",
    "استانداران": "region",
    # a province's farmers and farming ("کشاورزان اردبیل", "کشاورزی اردبیل", as the Moghan
    # plain's irrigation is written): the land's, the province (convention 2), not its
    # seat; a county's seat stays the town ("کشاورزان [پارس‌آباد]", data/gold/test4.txt)
    "کشاورزان": PROVINCE_LAND,
    "کشاورزی": PROVINCE_LAND,
    # plural kind words before or after a list of names, which they name each of
    # ("مناطق فضولی، جبرائیل و زنگیلان", "استان‌های اردبیل و گیلان", "die Bezirke Füzuli,
    # Dschabrajil und Sangilan", "Физулинского и Зангиланского районов"), and the
    # structure words of Persian, German and Russian (folded: a ZWNJ is a blank)
    "مناطق": "district",
    "منطقه": "district",
    "شهرستان": "district",
    "شهرستان های": "district",
    "شهرستانهای": "district",
    # Persian "بخش" (a county's district; the press's word for Azerbaijan's rayons:
    # "بخش زنگیلان")
    "بخش": "district",
    # Persian "ناحیه" (a district: "بازگشت ناحیه آغدام به جمهوری آذربایجان")
    "ناحیه": "district",
    "استان های": "region",
    "استانهای": "region",
    "نیروگاه های": "hydropower plant",
    "سد": "dam",
    "سدهای": "dam",
    "سد های": "dam",
    "مخزن": "reservoir",
    "bezirke": "district",
    "bezirken": "district",
    "provinzen": "region",
    "stauseen": "reservoir",
    "staudamm": "dam",
    "staudamme": "dam",
    "talsperre": "dam",
    "talsperren": "dam",
    "районов": "district",
    "районы": "district",
    "районах": "district",
    "областеи": "region",
    "водохранилищ": "reservoir",
    "плотины": "dam",
    "плотин": "dam",
    "su elektrik stansiyasi": "hydropower plant",
    "su elektrik stansiyalari": "hydropower plant",
    "su elektrik stansiyasinin": "hydropower plant",
    "su elektrik stansiyalarinin": "hydropower plant",
    "su elektrik stansiyasinda": "hydropower plant",
    "su elektrik stansiyalarinda": "hydropower plant",
}


#: Stems of Turkish and Azerbaijani kind words (folded), read with the plural or the
#: possessive of a compound with the name, and a case ending, after them: "Zəngilan rayonlarının", "Cebrail
#: ilçelerinden", "Kız Kalesi barajınınki", "Ərdəbil və Gilan ostanlarında".
_TURKIC_STEMS = {
    "rayon": "district",
    "ilce": "district",
    "bolge": "district",
    "bolga": "district",  # Azerbaijani bölgə: "Zəngilan bölgəsi", "Sünik bölgəsində"
    "sahristan": "district",
    "kand": "village",
    "koy": "village",
    "sahar": "city",
    "eyalet": "region",
    "ostan": "region",
    "vilayet": "region",
    "vilayat": "region",  # Azerbaijani vilayət: "Gilan vilayətinin"
    "baraj": "dam",
    "santral": "hydropower plant",
    # Azerbaijani çay (a river) in its plural and cases: "Kür, Araz və Samur çaylarında"
    # (round 9; the bare stem, tea too, counts only with a plural or possessive)
    "cay": "river",
    # Azerbaijani hidroqovşaq (a hydro junction: the dam; q softens to ğ before a vowel)
    # and bənd, su bəndi (the dam): "“Qız Qalası” hidroqovşaqları", "Xudafərin su
    # bəndinə", "“Xudafərin” bəndlərinin"
    "hidroqovsaq": "dam",
    "hidroqovsag": "dam",
    "su qovsaq": "dam",  # su qovşağı, a water junction: "su qovşağının"
    "su qovsag": "dam",
    "band": "dam",
    "su band": "dam",
    # su anbarı (a reservoir) in its cases: "“Xudafərin” su anbarında"
    "su anbar": "reservoir",
    # a bridge: "Xudafərin körpüləri", "Hudaferin köprüsü"
    "korpu": "building",
    "kopru": "building",
    # Turkish sınır kapısı (a border crossing): "Norduz sınır kapısını"
    "sinir kapi": "border crossing",
}
_TURKIC_PLURALS = ("", "lar", "ler")
_TURKIC_POSSESSIVES = ("", "i", "u", "si", "su")
_TURKIC_CASES = (
    *("", "n", "in", "nin", "nun", "ninki", "nunki"),
    *("a", "e", "na", "ne", "da", "de", "nda", "nde", "ndaki", "ndeki"),
    *("dan", "den", "ndan", "nden", "la", "le"),
    *("ni", "nu"),  # the accusative after a possessive: "sınır kapısını"
    *("ndadir", "ndedir"),  # the locative and the copula: "Cəbrayıl rayonundadır"
)
#: Stems of Armenian kind words with the plural and the article and case endings after
#: them: "Օրդուբադի և Մարազադի հիդրոէլեկտրակայանները", "Խուդաֆերինի ամբարտակը".
_ARMENIAN_STEMS = {
    "հիդրոէլեկտրակայան": "hydropower plant",
    "էլեկտրակայան": "hydropower plant",
    "ելեկտրակայան": "hydropower plant",  # Western Armenian
    "կայան": "hydropower plant",
    "հէկ": "hydropower plant",
    "հեկ": "hydropower plant",
    "ջրամբար": "reservoir",
    "ամբարտակ": "dam",
    "կամուրջ": "building",  # a bridge
    "կամրջ": "building",  # its stem before an ending: "կամրջի"
    "հիդրոհանգույց": "dam",  # a hydro junction: "«Գըզ Գալասի» հիդրոհանգույցի"
    "պատնեշ": "dam",
    "շրջան": "district",
    "մարզ": "region",
    # a town's and a village's words, outside their names' mentions (convention 1:
    # "[Արարատ] քաղաք" is the town, not the province; "[Աղբենդ] գյուղը")
    "քաղաք": "city",
    "գյուղ": "village",
    "գիւղ": "village",  # Western Armenian
}
_ARMENIAN_ENDINGS = (
    *("", "ը", "ն", "ի", "ում", "ից", "ով", "ին"),
    *("ներ", "ները", "ների", "ներում", "ներից", "ներով", "ներին"),
    # the plural of a word of one syllable: "Արարատի և Արմավիրի մարզերում" (round 9)
    *("եր", "երը", "երի", "երում", "երից", "երով", "երին"),
)


@functools.cache
def _kind_forms() -> dict[str, str]:
    """Return the kind words (folded) with their forms.

    Their plural forms (English -s, Azerbaijani -lar/-ları), and the Turkish,
    Azerbaijani and Armenian stems with their endings.
    """
    forms: dict[str, str] = {}
    for word, kind in {**KIND_WORDS, **_MORE_KIND_WORDS}.items():
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


#: the words of a list a kind word after it names each of ("Օրդուբադի և Մարազադի
#: հիդրոէլեկտրակայանները", "die Kraftwerke Ordubad und Marasad")
_KIND_LIST_WORDS = _LIST_WORDS | {"և", "ու", "und", "oder", "или", "یا"}
#: and read past after a list's names (only there: before a name "other" starts no list),
#: "other" before the kind word of a list that goes on ("Cəbrayıl, Füzuli və digər
#: rayonların", "ve diğer illere")
_KIND_LIST_ON = _KIND_LIST_WORDS | {"digər", "diğer", "other", "sair"}
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
