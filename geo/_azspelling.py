"""Azerbaijani spellings of the names of Iran's and Armenia's places (issue 10).

Azerbaijani writes a foreign name in its own Latin letters: x for kh, ğ (or q) for gh,
ş for sh, ç for ch, c for j, j for zh, and ə for a final -eh ("Xalxal" for Khalkhal,
"Marağa" for Maragheh, "Miyanə" for Mianeh, "Həştrud" for Hashtrud, "Lahican" for
Lahijan, "Geqarkunik" for Gegharkunik). GeoNames holds few of these spellings; the
fold (:mod:`geo._fold`) makes ə, ş, ç and ğ plain a, s, c and g, so only the
letters the alphabet changes need a key of their own. This module writes those
keys for the places of the two countries whose names Azerbaijani news respell: the
curated ones and the regions' layer, and GeoNames towns of
:data:`_MIN_POPULATION` or more (a village's respelt name is more often a word than
a mention). A spelling another place already has is left to it
(:func:`geo._namekeys._unclaimed`), and the automaton drops the ones that are
ordinary words (its stopnames).

Source of the letters: the Azerbaijani Latin alphabet (1991) and its use for
Persian and Armenian names in Azerbaijani Wikipedia ("Xalxal", "Marağa", "Miyanə",
"Lahican") and the Azerbaijani press ("Geqarkunik", Icma.az/Turkstan; "Urmiyə").
"""

from __future__ import annotations

import re
import unicodedata

from geo._namekeys import _unclaimed
from geo.gazetteer import Gazetteer, Place, normalize

#: the countries whose places' names Azerbaijani respells (Iran's, Armenia's)
_COUNTRIES = frozenset({"IR", "AM"})
_KINDS = frozenset({"city", "town", "village", "district", "region"})
#: a GeoNames town's population from which its respelt name is a key
_MIN_POPULATION = 10_000
#: English digraphs and letters and the Azerbaijani letters for them
_LETTERS = {"kh": "x", "gh": "ğ", "zh": "j", "sh": "ş", "ch": "ç", "j": "c"}
_DIGRAPHS = re.compile("kh|gh|zh|sh|ch|j", re.IGNORECASE)
#: a plain name of one capitalised word, after a unit's kind word is cut (two words
#: respelt may be a phrase: Kalā Chāy's "Kala Çay")
_PLAIN = re.compile(r"[A-Z][a-z]+")
_UNIT_WORDS = (" Province", " County", " District", " Region")


def _letter(m: re.Match[str]) -> str:
    az = _LETTERS[m.group(0).lower()]
    return az.upper() if m.group(0)[0].isupper() else az


def azerbaijani_spellings(name: str) -> set[str]:
    """Return how Azerbaijani writes a name given in English letters (not the name itself).

    >>> sorted(azerbaijani_spellings("Khalkhal")), sorted(azerbaijani_spellings("Mianeh"))
    (['Xalxal'], ['Mianə', 'Miyanə'])
    >>> sorted(azerbaijani_spellings("Gegharkunik"))
    ['Geqarkunik', 'Geğarkunik']
    >>> azerbaijani_spellings("Ordubad"), azerbaijani_spellings("Rasht station")
    (set(), set())
    """
    plain = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    if not _PLAIN.fullmatch(plain):
        return set()
    spelt = re.sub(r"eh\b", "ə", _DIGRAPHS.sub(_letter, plain))
    out = {spelt, spelt.replace("ğ", "q")}
    out |= {re.sub("(?<=i)a", "ya", s) for s in out}  # Mianeh: Miyanə
    out.discard(plain)
    return out


def azerbaijani_names(place: Place, gaz: Gazetteer) -> list[tuple[str, str]]:
    """Return a place's Azerbaijani spellings, each with the name it is respelt from.

    Only the place's own (English) name is respelt, without its unit word ("Gegharkunik
    Province": "Geqarkunik"), and only to a spelling of five letters or more that no
    other place has.

    >>> from geo.gazetteer import gazetteer
    >>> [s for s, _ in azerbaijani_names(gazetteer().by_id["geonames:128008"], gazetteer())]
    ['Xalxal']
    """
    if place.kind not in _KINDS or (not place.curated and place.population < _MIN_POPULATION):
        return []
    if place.country == "TR":
        return _turkish_g_as_q(place, gaz)
    if place.country == "AZ":
        return _azerbaijani_in_turkish(place, gaz)
    if place.country not in _COUNTRIES:
        return []
    name = place.name
    for word in _UNIT_WORDS:
        name = name.removesuffix(word)
    return [
        (spelt, place.name)
        for spelt in sorted(azerbaijani_spellings(name))
        if len(spelt) >= 5 and _unclaimed(gaz, spelt)
    ]


def _turkish_g_as_q(place: Place, gaz: Gazetteer) -> list[tuple[str, str]]:
    """Return a Turkish place's names with ğ written q, as Azerbaijani news may write it.

    Azerbaijani has ğ, but its press often writes a Turkish ğ as q ("İqdır" for Iğdır,
    "Yozqat" for Yozgat's older "Yozğat"): Interfax-Azerbaijan via marja.az, "Qars-İqdır-
    Aralık-Dilucu dəmir yolunun" (https://wwww.marja.az/25925/turkiye-naxcivana-demir-
    yolu-xetti-cekecek). So it writes a Turkish g before a back vowel (its hard g, the
    Azerbaijani q: "Yozqat") and a name's first E as Ə ("Ərzincan", "Ərzurum"; Trend
    via marja.az, 2018, the Turkish transport minister on the Kars-Iğdır-Nakhchivan
    railway). Only names of five letters or more that no other place has.

    >>> from geo.gazetteer import gazetteer
    >>> sorted(s for s, _ in azerbaijani_names(gazetteer().by_id["igdir"], gazetteer()))
    ['Iqdır', 'İqdir', 'İqdır']
    >>> ("Ərzerum", "Erzerum") in azerbaijani_names(gazetteer().by_id["geonames:315368"], gazetteer())
    True
    """
    out = {}
    for name in (place.name, *place.aliases):
        if not name.isascii() and not _TURKISH.fullmatch(name):
            continue
        q = name.replace("ğ", "q").replace("Ğ", "Q")
        q = _HARD_G.sub(lambda m: "Q" if m.group(0) == "G" else "q", q)
        for spelt in (q, _E_FIRST.sub("Ə", q)):  # "Yozqat", "Ərzincan"
            if spelt != name and len(spelt) >= 5 and spelt not in out and _unclaimed(gaz, spelt):
                out[spelt] = name
    return sorted(out.items())


#: a name in Turkish (or plain Latin) letters
_TURKISH = re.compile(r"[A-Za-zÇçĞğİıÖöŞşÜü' -]+")
#: a Turkish g before a back vowel, which Azerbaijani writes q ("Yozgat": "Yozqat")
_HARD_G = re.compile(r"[gG](?=[aıou])")
#: a Turkish name's first E, which Azerbaijani writes Ə ("Erzincan": "Ərzincan")
_E_FIRST = re.compile(r"^E(?=[^aeıioöuü])")
#: the Azerbaijani letters Turkish writes otherwise: x as h, q as g, ə as e
_AZ_TO_TR = str.maketrans("xXqQəƏ", "hHgGeE")
_AZERBAIJANI = re.compile(r"[A-Za-zÇçĞğİıÖöŞşÜüƏə' -]*[xXqQəƏ][A-Za-zÇçĞğİıÖöŞşÜüƏə' -]*")


def _azerbaijani_in_turkish(place: Place, gaz: Gazetteer) -> list[tuple[str, str]]:
    """Return an Azerbaijani place's names in Turkish letters, as Turkish news writes them.

    Turkish has no x, q or ə (the Turkish alphabet of 1928 beside the Azerbaijani Latin
    alphabet of 1991): its press writes Azerbaijani x as h, q as g and ə as e ("Yevlah"
    for Yevlax: Turkish Wikipedia 'Yevlah' https://tr.wikipedia.org/wiki/Yevlah;
    "Hacıgabul" for Hacıqabul, "Gebele" for Qəbələ). Only names in Azerbaijani letters,
    of five letters or more, that no place but the name's namesake districts has (the
    automaton drops the spellings that are words).

    >>> from geo.gazetteer import gazetteer
    >>> ("Yevlah", "Yevlax") in _azerbaijani_in_turkish(gazetteer().by_id["geonames:584649"], gazetteer())
    True
    """
    out = {}
    for name in (place.name, *place.aliases):
        if _AZERBAIJANI.fullmatch(name):
            spelt = name.translate(_AZ_TO_TR)
            if len(spelt) >= 5 and spelt not in out and _claimed_by_namesakes(gaz, spelt, name):
                out[spelt] = name
    return sorted(out.items())


def _claimed_by_namesakes(gaz: Gazetteer, spelling: str, source: str) -> bool:
    """Whether no place has ``spelling`` but units named ``source`` (its key names them all).

    (A district's Turkish name "Yevlah Rayonu" gives it "Yevlah" already; the town's
    respelling names the town too, as "Yevlax" does. A settlement or a republic that has
    the spelling keeps it alone: "Nahçıvan" is not the Azerbaijani city's unit.)
    """
    claimants = gaz.index.get(normalize(spelling), ())
    namesakes = set(gaz.index.get(normalize(source), ()))
    return all(i in namesakes and gaz.by_id[i].kind == "district" for i in claimants)
