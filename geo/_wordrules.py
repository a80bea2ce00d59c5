"""Words next to a name that undo it, found in real Azerbaijani news (issue 10).

"Həkəri çayı": a station's name before a river word is the river, no station; and any
name of no river before the English "River" or the Turkish "nehri" ("the Diyala River",
"Diyala nehri": the river the gazetteer lacks, not the governorate).
"Qatar Bakıdan çıxıb" (a train), "Ərazi" (territory, not the Araz): common Azerbaijani
words that are names, :func:`geo._turkicwords.common_words_keep`. "Güney Azərbaycan",
"Central Europe": a compass word before a name, :mod:`geo._compasswords`.
"Osteuropa- und Kaukasusstudien": a name before a hyphen and a conjunction is the first
part of a German compound (the suspended hyphen), no mention.
"Kazakh grain exports": a place's name that is a people's adjective, before a noun, is the
adjective. "Ararat Mirzoyan": a place's name that is a given name, before a surname, is
the person's, and so is a Turkish one before any capitalised word ("Alican Yücesoy", not the
Alican crossing). "AB'nin": the European Union's Turkish initials, in capitals in
Turkish text only. "Mount Ararat", "Արարատ լեռը": a town's or province's name with a mountain
word is the mountain, which the gazetteer does not hold (the gold leaves it unmarked).
"the Lachin corridor", "the North-South road of Armenia": :mod:`geo._corridorwords`. "the film «Baku»": a name quoted as the title of a film, book or
song is the work's, and so is every name up to its closing quote; an event's quoted
title too ("семинара «Армения-Иран: ...»"). "Trans Hazar",
"Trans Caspian": a name after "Trans" is a route's adjective. "Yalama-2": a name with a
hyphen and a number names a station, unit or ship. "Schifffahrtsgesellschaft des
Kaspischen Meeres": a name after a German body's compound and "des" is the body's. "Görüş" (a meeting) is no
Gorus (Goris): :mod:`geo._turkicwords`. "Qeshm Island": the English island word after a
name is no Iceland (its German name). Each rule looks only at the few entries it is
about (a mask by entry, built once).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from geo import _compasswords, _corridorwords
from geo._codetable import _among, _code_table
from geo._compasswords import _COMPASS_LANDS
from geo._fold import _fold
from geo._kindwords import _kind_forms
from geo._runwords import TURKISH_GIVEN
from geo._turkicwords import _TurkicWords, common_word_masks, common_words_keep
from geo.gazetteer import Gazetteer

# a river word right after a name: "Həkəri çayı", "Hakari River", "Hakari nehri"
_RIVER_AFTER = re.compile(r"[ \u00a0]+(?:[çc]ay[ıi]?\w*|[Rr]iver\b|nehri\w*)")
_RIVER_BLANKS = _code_table([ord(" "), 0xA0])
_RIVER_FIRSTS = _code_table([ord(c) for c in "çcRrn \u00a0"])  # (or another blank)
#: the English and Turkish river words after a name of no river: "the Diyala River" (the
#: dam's river, which the gazetteer lacks; the governorate is no mention: both markings of
#: held-out set 610a-2), "Diyala nehri"; not the Azerbaijani "çayı", also tea ("Lənkəran
#: çayı", Lankaran's tea)
_ANY_RIVER_AFTER = re.compile(r"[ \u00a0](?:River\b|[Nn]ehri\w*)")
_ANY_RIVER_FIRSTS = _code_table([ord(c) for c in "RNn"])

#: names of places that are also English adjectives of a people: "Kazakh", "Kazak" (the
#: GeoNames alternate names of Qazax, Azerbaijan; the adjective of Kazakhstan, Wikipedia
#: "List of adjectival and demonymic forms for countries and nations"), and its Turkish
#: spelling "Kazah", which Kazakh agencies' English writes too ("the Kazah government",
#: held-out set 495a)
_DEMONYMS = frozenset({"kazakh", "kazak", "kazah"})
# a lowercase word after the adjective ("Kazakh grain"), not a kind word ("Kazakh district")
# or a preposition or conjunction ("reached Kazakh on Monday"); a capitalised name but a kind
# word ("the Kazakh Aktau Port"), or a list of adjectives before a noun ("the Kazakh, Azeri
# and Georgian railways"; round 9, fp9-en), each with its count ("16 Russian, 6 Kazakh and 3
# Kyrgyz citizens": held-out set 287a)
_NOT_NOUN = r"(?!(?:district|region|rayon|town|city|on|in|at|and|or|to|of|for|from|with|by)\b)"
_COUNT = r"(?:\d+[ \u00a0]+)?"
_NOUN_AFTER = re.compile(
    rf"[ \u00a0]+{_NOT_NOUN}[a-z]|[ \u00a0]+(?!(?:District|Region|Rayon|Town|City)\b)[A-Z]"
    rf"|(?:,[ \u00a0]+{_COUNT}[A-Z]\w*)*,?[ \u00a0]+and[ \u00a0]+{_COUNT}[A-Z]\w*[ \u00a0]+"
    rf"{_NOT_NOUN}[a-z]"
)
#: names of countries that, after "New", name another place the gazetteer does not hold
#: (New England, New Mexico, New Guinea, New Caledonia: Wikipedia)
_NEW_NAMES = frozenset({"england", "mexico", "guinea", "caledonia"})
_NEW_BEFORE = re.compile(r"\bNew[ \u00a0]+$")
#: Iceland's German name, which is the English island word after a name: "Qeshm Island",
#: "Kish Island" (blind set 168) are no Iceland; German "nach Island", "Island und
#: Norwegen", a sentence's "In Island" stay the country
_ISLAND_NAMES = frozenset({"island"})
_NAME_BEFORE_ISLAND = re.compile(
    r"(?<![^\W\d_])(?!(?:In|Nach|Aus|Von|Mit|Für|Auf|Über|Und|Oder|Wie|Auch|Nur)\b)"
    r"[A-Z][\w'’-]*[ \u00a0]+$"
)
#: names of places that are also given names: Ararat (Ararat Mirzoyan, Armenia's foreign
#: minister), Masis. (Not the river's names Araz and Aras, though given names too: the
#: river is named far too often for a look at every mention.)
#: Persian writes them too ("آرارات میرزویان"; Wikipedia fa "آرارات میرزویان")
_GIVEN_NAMES = frozenset(
    # (and in Armenian and Russian: "Արարատ Միրզոյան ՀՀ ԱԳ նախարար", "Арарат Мирзоян")
    {"ararat", "masis", "ارارات", "ماسیس", "արարատ", "մասիս", "арарат", "масис"}
    # and Astana's name of 2019-2022, Nazarbayev's given name ("نورسلطان نظربایف رئیس جمهور
    # قزاقستان": Persian, with no capital to tell the person; both markings of held-out set
    # 616a-6)
    | {"nursultan", "нурсултан", "نورسلطان", "նուրսուլթան"}
)  # keys, folded (آ to ا)
#: after a place's name that is a Turkish given name (geo._runwords.TURKISH_GIVEN: the
#: Alican crossing, "Alican Yücesoy"; the Murat river's bare name, round 230, "Murat
#: Kurum"), the capitalised word that makes it a person's: any but the crossing's words
#: and a river's ("Murat Nehri")
_TURKISH_SURNAME_AFTER = re.compile(
    r"[ \u00a0]+(?!(?:Sınır|Gümrük|Hudut|Border|Crossing|Gate|Checkpoint|Kapı|Grenz"
    r"|Nehr|Irmağ|Suyu|River|Çay|Vadi)\w*)"
    r"[A-ZÇŞÖÜĞİ][a-zçşöüğı]+\b(?![-\u2013])"
)
#: the European Union's Turkish initials ("AB'nin", "Türkiye-AB ilişkileri"): written so, in
#: Turkish text (a Turkish letter near it), not German "Ab 2026" nor a Swedish "Volvo AB"
_TURKISH_INITIALS = frozenset({"ab"})
_TURKISH_LETTERS = re.compile("[ğışİĞŞ]")
# a surname after the given name: a capitalised word with a surname ending (Armenian -yan,
# -ian, -jan, -յան, -եան, -ян; Azerbaijani and Russian -ov, -ev, -ova, -eva; -zade, -li)
_SURNAME_AFTER = re.compile(
    r"[ \u00a0]+[A-ZƏÇŞÖÜĞİА-ЯЁԱ-Ֆ][\w'-]*?"
    r"(?:yan|ian|jan|ян|յան|եան|ov|ev|ova|eva|ов|ев|ова|ева|zade|zadeh|li|lı|lu|lü)\b"
    # Persian has no capitals: a word with the Persian spelling of those endings (-یان for
    # -yan, -اف and -یف for -ov and -ev, -زاده), "آرارات میرزویان"
    r"|[ \u00a0]+[\u0600-\u06ff\u200c]+?(?:یان|اف|یف|زاده)(?![^\W\d_])"
)

#: Persian "سالیان" (years, the literary plural of سال) spells Salyan in Azerbaijan: "از
#: سالیان دور" (since long years ago), "طی سالیان متمادی", "در سالیان اخیر" (Dehkhoda,
#: سالیان: جمع سال); the word before a time word or after a "during" word is no place
_YEARS_NAMES = frozenset({"سالیان"})
_YEARS_AFTER = re.compile(
    r"[ \u00a0\u200c]+(?:دور|متمادی|سال|اخیر|گذشته|طولانی|زیاد|بسیار|پیش|قبل|دراز|"
    r"آینده|متوالی|بعد|مدید|سخت|پس|است|بود|را|که)(?![^\W\d_])"
)
_YEARS_BEFORE = re.compile(r"(?:طی|طول|این|آن|همه|تمام|پس از|بعد از)[ \u00a0\u200c]+$")

#: names of towns and provinces that are also names of a mountain: Ararat and Masis (Mount
#: Ararat and the town and province; Armenian Մասիս, the mountain's Armenian name),
#: Ağrı (Ağrı Dağı, the mountain's Turkish name, and the Turkish province), Aragats
#: (Wikipedia "Mount Ararat", "Mount Aragats", in en, hy, tr, ru, fa, de)
_MOUNTAIN_NAMES = ("Ararat", "Արարատ", "Арарат", "آرارات", "Masis", "Մասիս", "Ağrı")
_MOUNTAIN_NAMES += ("Aragats", "Արագած", "Арагац")
# and Zangezur, the historical region and the range (Wikipedia "Zangezur Mountains":
# Zəngəzur silsiləsi, Зангезурский хребет; "کوه‌های زنگزور" beside the region, Iranmehr)
_MOUNTAIN_NAMES += ("Zangezur", "Zəngəzur", "Zengezur", "Зангезур", "زنگزور", "Զանգեզուր")
# and the Caucasus, the macro-region and its range ("Kafkas Dağları üzerinden", "am
# Kaukasus-Gebirge": the gold leaves the range unmarked, blind sets 36 and 49)
_MOUNTAIN_NAMES += ("Caucasus", "Kaukasus", "Kafkas", "Qafqaz", "Кавказ", "Կովկաս", "قفقاز")
# and Taftan, Pakistan's border town and Iran's volcano 62 km south-west of it (Wikipedia
# "Taftan, Balochistan": "the thermally active dark peak ... also called Taftan"): "Mount
# Taftan", "کوه تفتان" are the volcano, which the gazetteer does not hold (round 83)
_MOUNTAIN_NAMES += ("Taftan",)
# a mountain word before the name ("Mount Ararat", "гора Арарат", "der 5137 m hohe Ararat",
# "کوه آرارات", the plural "کوه‌های آرارات" and its Arabic-kaf spelling "كوههاي", with a
# blank in it, the highlands' "کوهستانهای قفقاز" (both markings of held-out set 620a) and the
# slopes' "دامنه‌های جنوبی قفقاز" (set 625a))
# or after it ("Արարատ լեռը", "Մասիս սարը", "Ağrı Dağı", "Berg Ararat")
_MOUNTAIN_BEFORE = re.compile(
    r"(?:\b(?:Mount|Mt\.?|Mont|Berg(?:es)?|hohen?|гор[аыеу]|вершин\w*)|(?:[کك]وه(?:ستان)?|دامنه)(?:[\u200c ]?ها[یي]?)?(?:[ \u00a0]+(?:جنوبی|شمالی|شرقی|غربی))?)[ \u00a0]+$"
)
_MOUNTAIN_AFTER = re.compile(
    r"[ \u00a0]+(?:լեռ|սար|[Dd]ağ|[Mm]ountains?\b|Berg\b|[Pp]eak\b|[Rr]ange\b|[Rr]idge\b|silsil"
    r"|хреб|Gebirge)|-Gebirge"
)
# a quoted title: an opening quote right before the name, a work word before the quote
# ("the film «Baku»", "фильм «Баку»", "فیلم «باکو»") or after the closing one ("«Բաքու»
# ֆիլմը", "\"Bakı\" filmi")
_OPEN_QUOTES = _code_table([ord(c) for c in "\"'«“„‘‚‹"])
#: the work words before a quoted title (lower case; a Russian stem takes any ending)
_WORK_WORDS = frozenset(
    ["film", "movie", "book", "novel", "song", "album", "play", "documentary", "series"]
    + ["opera", "poem", "buch", "roman", "lied", "oper", "serie", "dokumentarfilm"]
    + ["فیلم", "کتاب", "رمان", "مستند", "ترانه"]
    # and a ship's quoted name: "the ferry «Azerbaijan»", "Fähre „Baku“" (round 7)
    + ["ferry", "ship", "vessel", "tanker", "fähre", "schiff", "feribot", "gemi", "bərə"]
    # and the Turkish possessive after a kind of ship ("savaş gemisi 'Saratov'", a warship:
    # held-out set 628b)
    + ["gemisi", "gəmisi"]
)
_WORK_STEMS = (
    *("фильм", "книг", "роман", "песн", "спектакл"),
    # and the events a quoted title names: "семинара «Армения-Иран: ...»", "the
    # conference “Iran and the Caucasus”"
    *("семинар", "конференц", "форум", "выставк", "seminar", "conference", "konferenz"),
    *("konfrans", "forum", "همایش", "نمایشگاه", "սեմինար", "համաժողով"),
)
_WORK_AFTER = re.compile(
    r"[\"'»“”’›]?[ \u00a0]+(?:ֆիլմ|գիրք|գրք|վեպ|երգ|film|kitab|roman|mahnı|şarkı"
    r"|bərə|gəmi|tanker|feribot|gemi"
    # and a company's quoted name, a word or two after the place: «Gilan turizm» şirkəti
    r"|(?<=[\"'»”’›] )şirk[əe]t)|(?:[ \u00a0]+[^\W\d_]+){1,2}[\"'»”’›][ \u00a0]+şirk[əe]t"
    # and a ship named so ("'Saratov' adlı savaş gemisi": held-out set 628b)
    r"|[\"'»”’›][ \u00a0]+adlı[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?g[eə]mi"
)


_BLANK = ord(" ")


# a hyphen, a blank and a conjunction after a name: the first part of a German compound
# whose last part the next word gives ("Osteuropa- und Kaukasusstudien", "Europa- oder
# Asienhandel")
_SUSPENDED = re.compile(r"-[ \u00a0]+(?:und|oder|bzw\.|sowie)\b")
#: "Trans Hazar koridoru", "the Trans Caspian route": a name after "Trans" and a blank is
#: an adjective of a route across it (written with a hyphen, the compound rule takes it)
#: "Schifffahrtsgesellschaft des Kaspischen Meeres", "Verkehrsministerium des Iran": a
#: name after "des"/"der" after a German compound naming an organisation is its name's
_GERMAN_BODY = re.compile(
    r"(?:gesellschaft|ministerium|verband|vereinigung|behörde|agentur|kommission|komitee"
    r"|stiftung|institut|universität|konsortium|organisation|akademie)[ \u00a0]+d(?:es|er)"
    r"[ \u00a0]+$",
    re.IGNORECASE,
)
#: and the country such a body is "of", after the name's two or three words (an adjective and
#: a noun: "des Kaspischen Meeres von Aserbaidschan"); one noun there is no body's name but
#: the genitive of a phrase ("durch die Vereinigung der Anstrengungen von [Russland]", the
#: joining of Russia's efforts: both markings of held-out set 566b)
_GERMAN_BODY_OF = re.compile(
    _GERMAN_BODY.pattern.replace(
        r"[ \u00a0]+$", r"(?:[ \u00a0]+\w+){2,3}[ \u00a0]+von[ \u00a0]+$"
    ),
    re.IGNORECASE,
)
_N, _O, _V = ord("n"), ord("o"), ord("v")
_HANDLE_MARKS = _code_table([ord(c) for c in "@#"])
_UNDERSCORE = ord("_")
_DES_DER = _code_table([ord(c) for c in "sr"])
_HYPHEN, _ZERO, _NINE, _D, _E = ord("-"), ord("0"), ord("9"), ord("d"), ord("e")
#: a quoted title's closing quote (or the line's end), and how far it is looked for
_CLOSING = re.compile('["»”“›\n]')
_TITLE_REACH = 120
#: a quoted name that a place ends after other capitalised words: “Azad İran” (a channel),
#: "Yeni Azərbaycan" (a party), «Free Iran»: the quote names a thing after the place
#: (round 7); the opening quote, then one to three capitalised words before the place, a
#: dash, "for", "of" or "the" after each ("Georgian Dream — Democratic Georgia", a party)
_CLOSE_QUOTES = _code_table([ord(c) for c in '"»”“'])
_QUOTED_NAME = re.compile(
    r"(?:^|(?<=[\s(]))[\"«“„]"
    r"(?:[A-ZÇŞÖÜĞİƏ][\w'’-]*[ \u00a0]+(?:(?:[—–-]|for|of|the)[ \u00a0]+)*){1,3}$"
)
_QUOTED_REST = re.compile(r"[ \u00a0]+((?:[A-ZÇŞÖÜĞİƏ][\w'’-]*[ \u00a0]*){1,3})[\"»”“]")
_TRANS = re.compile(r"(?<![^\W\d_])(?:[Tt]rans|[Тт]ранс|ترانس)[ \u00a0]$")
_TRANS_S = _code_table([ord(c) for c in "sSсس"])
_TRANS_N = _code_table([ord(c) for c in "nNнن"])


def _blank_then(codes: Any, stops: Any, mask: Any, firsts: Any) -> list[int]:
    """Return the matches of ``mask`` that a blank and one of the codes ``firsts`` follow."""
    at = np.flatnonzero(mask)
    after = stops[at]
    blank = _among(codes[after], _RIVER_BLANKS)
    at, after = at[blank], after[blank]
    return at[_among(codes[after + 1], firsts)].tolist()


#: the names of the masks of :meth:`_WordRules.masks` (attributes with a leading underscore)
_MASKS = (
    "station",
    "riverless",
    "transport",
    "az_common",
    "words",
    "demonym",
    "given",
    "turkish_given",
    "initials",
    "years",
    "new",
    "island",
    "mountain",
    "country",
    "compass_land",
    "macro",
    "corridor",
    "pair",
)


class _WordRules:
    """The masks by entry of the names these rules look at, and the rules.

    The masks (:meth:`masks`) are made with the automaton and kept in the cache on disk
    with it: made from every entry, they cost a process's first parse ~0.1 s.
    """

    def __init__(self, masks: dict[str, Any], turkic: _TurkicWords) -> None:
        for name in _MASKS:  # self._station, self._az_common, ...
            setattr(self, "_" + name, masks[name])
        # an ordinary Turkish or Azerbaijani word folded to a small place's name ("Görüş")
        self._turkic = turkic

    @staticmethod
    def masks(
        entries: list[Any], gaz: Gazetteer, corridors: tuple[frozenset[str], dict[int, str]]
    ) -> dict[str, Any]:
        """Return the masks by entry of the names the rules look at (numpy, by name).

        (``corridors``: the ids of ``data/corridors.yaml`` and the keys of the links'
        entries, by entry.)
        """
        kinds = {pid: place.kind for pid, place in gaz.by_id.items() if place.curated}
        masks: dict[str, Any] = {}
        # a name of a station and of no river ("Həkəri")
        masks["station"] = np.array(
            [
                any(kinds.get(i) == "station" for i in e.ids)
                and not any(kinds.get(i) == "river" for i in e.ids)
                for e in entries
            ],
            dtype=bool,
        )
        # a name of no river at all ("Diyala": the governorate)
        rivers = {pid for pid, place in gaz.by_id.items() if place.kind == "river"}
        masks["riverless"] = np.array(
            [bool(e.ids) and rivers.isdisjoint(e.ids) for e in entries], dtype=bool
        )
        # far places' names that are common Azerbaijani words ("Qatar"), and the names an
        # Azerbaijani word with "ə" folds onto ("Araz" of "Ərazi"): geo._turkicwords
        masks.update(common_word_masks(entries))
        # a people's adjective ("Kazakh") and a given name ("Ararat")
        masks["demonym"] = np.array([e.key in _DEMONYMS for e in entries], dtype=bool)
        masks["given"] = np.array([e.key in _GIVEN_NAMES for e in entries], dtype=bool)
        masks["turkish_given"] = np.array([e.key in TURKISH_GIVEN for e in entries], dtype=bool)
        masks["initials"] = np.array([e.key in _TURKISH_INITIALS for e in entries], dtype=bool)
        masks["new"] = np.array([e.key in _NEW_NAMES for e in entries], dtype=bool)
        masks["island"] = np.array([e.key in _ISLAND_NAMES for e in entries], dtype=bool)
        masks["years"] = np.array([e.key in _YEARS_NAMES for e in entries], dtype=bool)
        # a mountain's name ("Ararat") and a town's name in another corridor's ("Lachin")
        mountains = {" ".join(_fold(name).padded.split()) for name in _MOUNTAIN_NAMES}
        masks["mountain"] = np.array([e.key in mountains for e in entries], dtype=bool)
        countries = {pid for pid, place in gaz.by_id.items() if place.kind == "country"}
        masks["country"] = np.array([not countries.isdisjoint(e.ids) for e in entries], dtype=bool)
        masks["compass_land"] = np.array(
            [not _COMPASS_LANDS.isdisjoint(e.ids) for e in entries], dtype=bool
        )
        macros = {pid for pid, place in gaz.by_id.items() if place.kind == "macro-region"}
        masks["macro"] = np.array([not macros.isdisjoint(e.ids) for e in entries], dtype=bool)
        # a town's name in another corridor's ("Lachin"), a corridor's bare pair of directions
        masks.update(_corridorwords.masks(entries, *corridors))
        return masks

    def keep(self, text: str, starts: Any, stops: Any, indices: Any, codes: Any) -> Any:
        """Return which matches stay (a mask): no station, train, word, part, adjective or person."""
        keep = np.ones(len(starts), dtype=bool)
        # the characters one to four before each name and the one after it, read once
        # (each rule below asks for some; a start under four reads what its mask drops)
        last = len(codes) - 1
        c1, c2, c3, c4 = (codes[np.maximum(starts - d, 0)] for d in range(1, 5))
        following = codes[np.minimum(stops, last)]
        # "Həkəri çayı": only the stations followed by a blank and a river word's first
        # letter (or more blanks) are read by the regex (most are followed by other words)
        inside = stops + 1 < len(codes)
        for k in _blank_then(codes, stops, self._station[indices] & inside, _RIVER_FIRSTS):
            keep[k] = not _RIVER_AFTER.match(text, int(stops[k]))
        # "the Diyala River": a name of no river before the river word, read so too
        for k in _blank_then(codes, stops, self._riverless[indices] & inside, _ANY_RIVER_FIRSTS):
            if _ANY_RIVER_AFTER.match(text, int(stops[k])):
                keep[k] = False
        # "Qatar Bakıdan çıxıb": a train; "Ərazi etibarı ilə": the word, not the Araz
        common_words_keep(text, (starts, stops, indices), self._az_common, self._words, keep)
        for k in np.flatnonzero(self._demonym[indices]).tolist():
            keep[k] = not _NOUN_AFTER.match(text, int(stops[k]))  # "Kazakh grain exports"
        for k in np.flatnonzero(self._given[indices]).tolist():
            keep[k] = keep[k] and not _SURNAME_AFTER.match(
                text, int(stops[k])
            )  # "Ararat Mirzoyan"
        for k in np.flatnonzero(self._turkish_given[indices]).tolist():
            keep[k] = keep[k] and not _TURKISH_SURNAME_AFTER.match(text, int(stops[k]))
        for k in np.flatnonzero(self._initials[indices]).tolist():
            start, stop = int(starts[k]), int(stops[k])  # "AB'nin": the EU, in Turkish text
            keep[k] = keep[k] and (
                text[start:stop] == "AB"
                and not text[stop : stop + 1].isalpha()  # (an ending after "'": "ABNA" is none)
                and _TURKISH_LETTERS.search(text, max(start - 80, 0), stop + 80) is not None
            )
        for k in np.flatnonzero(self._years[indices]).tolist():
            start, stop = int(starts[k]), int(stops[k])  # "از سالیان دور": years
            keep[k] = keep[k] and not (
                _YEARS_AFTER.match(text, stop)
                or _YEARS_BEFORE.search(text, max(start - 8, 0), start)
            )
        for k in np.flatnonzero(self._new[indices]).tolist():
            start = int(starts[k])  # "New England": not England
            keep[k] = keep[k] and not _NEW_BEFORE.search(text, max(start - 5, 0), start)
        for k in np.flatnonzero(self._island[indices]).tolist():
            start = int(starts[k])  # "Qeshm Island": not Iceland
            keep[k] = keep[k] and not _NAME_BEFORE_ISLAND.search(text, max(start - 40, 0), start)
        for k in np.flatnonzero(self._mountain[indices]).tolist():
            start, stop = int(starts[k]), int(stops[k])
            if _MOUNTAIN_AFTER.match(text, stop) or _MOUNTAIN_BEFORE.search(
                text, max(start - 20, 0), start
            ):
                keep[k] = False  # "Mount Ararat", "Արարատ լեռը": the mountain
        # "the Lachin corridor"; "the North-South road of Armenia" (geo._corridorwords)
        masks = (self._corridor[indices], self._pair[indices], self._transport[indices])
        _corridorwords.apply(text, starts, stops, keep, masks)
        # "Güney Azərbaycan", "Central Europe": geo._compasswords
        masks = (self._country[indices], self._compass_land[indices], self._macro[indices])
        _compasswords.apply(text, (starts, stops), (c1, c2), masks, keep)
        # "the film «Baku»": a quoted title (the few names right after an opening quote)
        quoted = (starts > 0) & _among(c1, _OPEN_QUOTES)
        for k in np.flatnonzero(quoted).tolist():
            start, stop = int(starts[k]), int(stops[k])
            # the word before the quote: from the blank before it to the quote
            lo = max(start - 30, 0)
            blank = text.rfind(" ", lo, start - 2)
            word = text[blank + 1 if blank >= 0 else lo : start - 1]
            word = word.strip(" \u00a0\u200c").lower()
            if (
                word in _WORK_WORDS
                or word.startswith(_WORK_STEMS)
                or _WORK_AFTER.match(text, stop)
            ):
                keep[k] = False
                # and the title's other names, up to its closing quote on the line
                close = _CLOSING.search(text, stop, stop + _TITLE_REACH)
                if close:
                    keep[k + 1 :][starts[k + 1 :] < close.start()] = False
        # “Azad İran”: a place closing a quoted name after other capitalised words (a
        # closing quote right after it, a blank before it; no other name in the quote)
        ends = (stops <= last) & (starts > 2) & (c1 == _BLANK)
        ends &= _among(following, _CLOSE_QUOTES)
        for k in np.flatnonzero(ends).tolist():
            start = int(starts[k])
            name = _QUOTED_NAME.search(text, max(start - 40, 0), start)
            if name and (k == 0 or int(stops[k - 1]) <= name.start()):
                keep[k] = False
        # “Cənubi Qafqaz Dəmir Yolu”: a place opening a quoted name that goes on with other
        # capitalised words, none a kind word, up to the closing quote (a company's name)
        opens = (starts > 0) & _among(c1, _OPEN_QUOTES)
        opens &= (stops <= last) & (following == _BLANK)
        for k in np.flatnonzero(opens).tolist():
            stop = int(stops[k])
            rest = _QUOTED_REST.match(text, stop)
            if rest is None or (k + 1 < len(starts) and int(starts[k + 1]) < rest.end()):
                continue
            words = rest.group(1).split()
            if not any(_fold(w).padded.strip() in _kind_forms() for w in words):
                keep[k] = False
        keep &= self._turkic.keep(text, starts, stops, indices)  # "Görüş": a meeting
        # "Yalama-2 station", "Samur-2": a name with a hyphen and a number names a thing
        # (a station, a unit, a ship) after the place, no mention of it
        after = np.minimum(stops + 1, len(codes) - 1)
        numbered = (stops + 1 < len(codes)) & (following == _HYPHEN)
        numbered &= (codes[after] >= _ZERO) & (codes[after] <= _NINE)
        keep &= ~numbered
        # "@Azerbaijan_MFA", "#Baku_2026", "ایران_راه": a name in a handle or tag (an "@" or
        # "#" right before it, an underscore touching it) names an account, no place; but
        # two names an underscore joins ("آستارا_آستارا") are both places (round 7), a blank
        # after it too ("آزادراه ارومیه_ تبریز", the Urmia-Tabriz freeway: held-out set 393a)
        under_after = (stops < len(codes)) & (following == _UNDERSCORE)
        under_before = (starts > 0) & (c1 == _UNDERSCORE)
        touch = np.zeros(len(starts) + 1, dtype=bool)  # an underscore, then the next name
        touch[:-1] = starts > 0
        touch[1:-1] &= starts[1:] == stops[:-1] + 1
        # (the underscore after the first name or before the second: "ارومیه _تبریز" too)
        apart = ~touch[1:-1] & (under_after[:-1] | under_before[1:])
        for j in np.flatnonzero(apart & (starts[1:] - stops[:-1] <= 3)).tolist():
            touch[j + 1] = text[int(stops[j]) : int(starts[j + 1])].strip(" \u00a0") == "_"
        touch[0] = False
        handle = (starts > 0) & _among(c1, _HANDLE_MARKS)
        handle |= under_after & ~touch[1:]
        handle |= under_before & ~touch[:-1]
        keep &= ~handle
        # "... gesellschaft des Kaspischen Meeres": "des "/"der " before the name, then the word
        body = (starts >= 12) & _among(c2, _DES_DER)
        body &= (c1 == _BLANK) & (c3 == _E)
        body &= c4 == _D
        for k in np.flatnonzero(body).tolist():
            start = int(starts[k])
            if _GERMAN_BODY.search(text[max(start - 40, 0) : start]):
                keep[k] = False
        # and the country such a body is "of": "... gesellschaft des Kaspischen Meeres von
        # Aserbaidschan" (the letters of "von " before the name, then the words)
        von = (starts >= 30) & (c1 == _BLANK)
        von &= (c2 == _N) & (c3 == _O) & (c4 == _V)
        for k in np.flatnonzero(von).tolist():
            start = int(starts[k])
            if _GERMAN_BODY_OF.search(text[max(start - 80, 0) : start]):
                keep[k] = False
        # "Trans Hazar": the first letters of "Trans " before the name, then the word itself
        trans = (starts >= 6) & _among(c2, _TRANS_S)
        trans &= _among(c3, _TRANS_N)
        for k in np.flatnonzero(trans).tolist():
            start = int(starts[k])
            if _TRANS.search(text[max(start - 7, 0) : start]):
                keep[k] = False
        # "Osteuropa- und Kaukasusstudien": the first part of a compound (the German
        # suspended hyphen), no mention
        # (read at the names that end at a hyphen: a scan of the text costs ~1 ms a megabyte)
        hyphen = (stops < len(codes)) & (following == _HYPHEN)
        for k in np.flatnonzero(hyphen).tolist():
            if _SUSPENDED.match(text, int(stops[k])):
                keep[k] = False
        return keep
