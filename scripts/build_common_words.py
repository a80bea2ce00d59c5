"""Build ``data/common_words.txt``: far or small places' names that are frequent words.

GeoNames gives small villages names that are everyday words of the languages the
articles are written in (Persian ``پول`` money, ``واحد`` unit, ``مدرسه`` school;
German ``Ich``, ``Institut``; Turkish ``Alan`` area, ``Siz`` you; Russian ``Тех``),
and the world layer and the world's cities carry a few more (Persian ``مالی``
financial is Mali, Russian ``Того`` is Togo; Turkish ``kabul``, acceptance, is read by
``geo._wordrules`` instead: only in Azerbaijani and Turkish text, so that Kabul stays a place).
Persian has no capital letters to tell them apart, and German capitalises every
noun: a geoparser must not read them as places on their own.
A Persian name of two words counts also as the one word the parser reads it joined as
(:func:`geo._inflect.name_forms`): Aghdam's ``آق دام`` is ``اقدام``, action.

A name is listed when, as one word, its frequency in the language its script
writes (wordfreq's ``best`` lists: Persian for Arabic script, Russian for Cyrillic,
German, Turkish and English for Latin) reaches :data:`THRESHOLDS` (a Zipf value: 4
is once in 100,000 words), and either every place with that name is a GeoNames
place of fewer than :data:`BIG` people, or the name is in the hand-reviewed list
:data:`REVIEWED_BIG` (countries, capitals and large cities whose name is also a
word: their names are frequent because they are places, so they are listed only
by review). :data:`REVIEWED_KEEP` are small places whose frequent name is the place
(``بازرگان`` Bazargan, the border crossing). Names of ``places.yaml`` and of the
region layer are never listed (the parser keeps those places for a listed name).

The list also holds frequent words that spell a small place's name and a Latin case
ending (:func:`inflected_forms`): Azerbaijani ``Boru`` (a pipe: "Boru kəmərinin", the
pipeline's) is no case form of the village Bor, whose name alone is rare. The parser
takes no name and ending that spell a listed word (:func:`geo._endings._with_endings`).

Run: ``.venv/bin/python scripts/build_common_words.py`` (needs the ``data`` extra,
for ``wordfreq``). The output is deterministic.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo._inflect import name_forms  # noqa: E402
from geo.gazetteer import build_gazetteer, normalize  # noqa: E402

DEFAULT_OUT = ROOT / "data" / "common_words.txt"
#: Zipf frequency from which a word is common, by wordfreq language
THRESHOLDS = {"fa": 4.0, "de": 4.0, "ru": 4.3, "tr": 4.3, "en": 4.8}
#: population from which a GeoNames place's name is listed only by review
BIG = 100_000
_ARABIC = re.compile("[\u0600-\u06ff]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile(r"^[^\W\d_]+$")

# Names of countries, capitals and cities of 100,000 or more that are also frequent
# words, reviewed by hand over this script's candidates (run with --candidates):
# Persian مالی financial (Mali), میدان square (Medan), مردان men (Mardan), پرت thrown
# (Perth), سینه chest (Sinah), اندیشه thought (Andisheh), دوشنبه Monday (Dushanbe),
# سده century, بریده cut (Buraydah), بخاری heater (Bukhara), سومی third (Sumy), ربات
# robot (Rabat), تراز level (Taraz), نوک tip (Nuuk), احمدی a surname (Al Ahmadi), قوم
# people (an alias of Qom), امان safety (Amman), اردو camp (Ordu); German dabei, klar,
# eher, Ben, landen, Sam, Kita, Kanton, Oma; Russian того, газа (of gas), ком; Turkish
# ben, ama, benim, sana, varsa, sol, deli, gaz, aman, Şam, kum, Fatih (a first name), dili, barış (peace: it folds to "Baris",
# an alias of Paris); English soul (Seoul); and "valis" of Turkish "Valisi" (the
# governor), an alias of The Valley. Added from real Persian agency texts: شهریار a
# first name (Shahriar, Tehran province), آستانه threshold ("در آستانه افتتاح", about to
# open: the idiom far outnumbers Astana, Kazakhstan's capital). Added from real
# Azerbaijani articles: qarşı (against, opposite: "Qarşıya qoyulmuş tapşırıqlar", the
# tasks set; an alias of Qarshi, Uzbekistan; wordfreq has no Azerbaijani list); liman
# (a port: "Limanın", "Limanı" fold to Lima and a case ending; the region's news speaks of
# its Caspian ports far more than of Peru's capital; real-article round 3b). Added in
# round 5: turan (the Turkic world, "Turan səddi", and a first name; an old name of Da
# Nang). Added with the province seats (round 6b): Turkish aydın (bright, an
# intellectual, and a first name: Aydın), sert (hard: an alias of Siirt); English and
# Persian Mary (ماری, the first name: Mary, Turkmenistan). Added in round 7 from a scan of
# wordfreq's frequent Turkish, German and English words written capitalised at a sentence's
# start ("Para ...", "Hang ..."): aliases of far cities that are everyday words, not
# the cities' names in these languages (Turkish stands for Azerbaijani too): Turkish para
# (money; Pará, Belém), anda (at that moment; Daqing), kan (blood; Ganzhou), yaş, yaşı (age;
# Iaşi), tane (piece; Thane), sık (often; Sucre), adalet (justice; Adelaide), şükür (thanks;
# Sukkur), rıza (consent, a first name; Rize), adem (a first name; Aden), kasa (a safe;
# Kazan), buhar (steam; Bukhara), girin (enter; Jilin), esen (well, a first name; Essen),
# burs (a grant; Bursa), kumaş (cloth; Qom), edene (to the doer; Adana), saran (wrapping;
# Saransk), ora (there: "Oradan", "Orada"; Oran); German Gerät (a device; Herat), Türen
# (doors; Turin), esse (I eat; Essen), Ofen (an oven; Buda), Hang (a slope; Hangzhou), homo
# (Qom), och (Osh), wei (Weifang); English hang (Hangzhou), pet (Perth), log (Łódź), dual
# (Douala), valley (The Valley, Anguilla). Not Turkish karşı (against; Qarshi): it folds
# as "Karsı" does, Kars and a case ending. And frequent words that spell a town of up to
# 100,000 people and a case ending (:func:`inflected_forms` reads only smaller places):
# Turkish and Azerbaijani Musa (a first name: "Musa Pənahov"; Muş and a dative), hayata
# (to life; Haya), sura, sure, suru (there, a while; Sur, Tyre). Not binanın (the
# building's): it folds as Binənin does, of Binə, Baku. And Azerbaijani words of the
# azerbaijani-stopwords list (PyPI, MIT) that read as a small place when written
# capitalised: özün, özüm (yourself, myself; Odzun, Gümüşören), haqda (about; Haq and a
# locative), salam (hello; Şaḩam); not naminə (for the sake of), Namin's dative. And the
# words the real-article scratch sets write in lower case three times or more that read as
# a far city when capitalised: Azerbaijani sədr (a chairman; Sadr City), şəhər (a city;
# Sohar), Turkish karası (its land; Karachi); not sürət (speed; Surat, a port of India).
# Round 9: Turkish stadı (the stadium of: "Fatih Terim Stadı'nda"; Stadi, a nickname of
# Helsinki).
# Added in round 9 (fp9-fa-az) from Azerbaijani weather reports: havan (a mortar; with a
# genitive, "Havanın temperaturu", the air's: the weather, four times in three forecasts),
# an alias of Havana, whose Turkish and Azerbaijani name is Havana.
# Stop 64 (held-out set 214): Persian بن (a root, a base; "بن بست", a dead end, written
# apart), which GeoNames' vowelled بَنِ gives Baneh (بانه, 110,000 people) once folded;
# and two words the region layer's provinces now carry as their seats' names, listed by
# review as the list built before them had them: Russian нигде (nowhere; Niğde's Russian
# name, "Нигде нет воды"), Persian موش (a mouse; Muş's).
# Stop 66 (held-out set 250b): German essen, Essen (to eat; the meal, a noun German writes
# capitalised: "Essen und Wasser wurden verteilt"), which names the city of Essen (580,000
# people, Germany) too; the region's news writes the meal far more often than the Ruhr city.
# And German Fass (a barrel: "300.000 Fass Öl pro Tag", held-out set 254b), which reads as
# Morocco's Turkish name Fas and the German genitive -s. And Russian самое (the most: "Самое
# сильное землетрясение", held-out set 259a), which reads as Samoa's Russian name Самоа with
# the prepositional ending the parser gives a name in -а.
# Not Turkish and Azerbaijani mali (financial), listed until stop 72: it kept Mali, the
# country, out of every language (held-out set 340, the Sahel: 33 marks of Mali in English,
# German, Turkish and Azerbaijani); the adjective is read apart where it opens a sentence
# (geo._turkicwords), and the Persian مالی stays listed.
# Stop 72 (held-out set 340a): Persian and Arabic الجزیره, the Al Jazeera network in the news
# ("سایت اینترنتی شبکه الجزیره نوشت") far more often than Algiers, an alias of the city.
# Stop 70 (held-out set 303b): German Hamas (the movement: "der radikalislamischen Hamas im
# Gazastreifen"), which reads as Syria's Hama (900,000 people) with the German genitive -s.
# Stop 75 (held-out set 393a): Persian گلوگاه, a bottleneck or choke point ("گلوگاه کریدور
# زمینی شمال و جنوب", the land corridor's choke point), far more often than Galugah, a town
# of 21,000 in Mazandaran.
# Stop 79 (held-out set 453a): Persian دلی, "a heart" ("با دلی پر از نور", with a heart full
# of light; Zipf 4.0), a GeoNames alias of Delhi, which Persian writes دهلی.
# Round 338: Persian زیرآب, "under water", the words زیر آب (Zipf 5.56) written joined
# (moroor.org on the Caspian's retreat: "نقاطی که پیش ازاین زیرآب بوده اکنون به ساحل شنی دریا
# اضافه شده است"; the joined form 3.13, under the threshold), far more often than Zirab, a
# small town of Savadkuh county, Mazandaran (GeoNames 11725, Zīr Āb).
REVIEWED_BIG = """
گلوگاه دلی زیرآب
مالی میدان مردان پرت سینه اندیشه دوشنبه سده بریده بخاری سومی ربات تراز نوک احمدی قوم امان اردو
الجزیره الجزيره
شهریار آستانه ماری بن موش
dabei klar eher ben landen sam kita kanton oma
того газа ком нигде
ama benim sana varsa sol deli gaz aman kum fatih dili
barış qarşı lima turan aydın sert
soul valis mary
para anda kan yaş yaşı tane sık adalet şükür rıza adem kasa buhar girin esen burs kumaş edene
saran ora gerät türen esse ofen hang homo och wei pet log dual valley
musa hayata sura sure suru özün özüm haqda salam sədr şəhər karası
stadı
havan
essen fass hamas
самое
"""
# Small places whose frequent name is the place itself, reviewed by hand: the border
# crossing and towns of the region (Bazargan, Ramsar, Germi, Shahrud) and the port of
# Chabahar (47,287 people; a world row since the Gulf ports, 2026-11-30); Aralık, the
# district town of Iğdır on the Kars–Iğdır–Aralık–Dilucu railway (the month, December,
# is no place in a date: geo/_dates.py); Muğla, a province seat of Turkey (92,328 people;
# a world row since the province seats, round 6b), frequent as the place; Bodrum, the Aegean
# resort and ferry port to Kos (the Turkish bodrum, a basement, folds alike: a text on the
# Aegean names the town, held-out set 338a); and the folds of frequent Turkish words that are
# names of the region's places the gazetteer holds by GeoNames: Gorus, Goris's Azerbaijani
# name (görüş, a view), and Razi, the town of the Razi–Kapıköy crossing (razı, willing).
REVIEWED_KEEP = """
بازرگان رامسر گرمی شاهرود چابهار
aralık muğla bodrum gorus razi
"""

# English demonyms and adjectives that a far or small place has as a name or an alias,
# reviewed by hand over a list of ~110 demonyms of the region and of Europe run through
# the parser (round 9, fp9-en): "Swiss" (Natural Earth's alias of Switzerland: "Swiss
# banks"), "Svan" (an old name of Lusaghbyur, Armenia; the Svans of Georgia). An English
# text writes them for a people or a country's side, which is no mention (geo.geoparse).
# ("Kazakh", also Qazax's, is read by its context: geo._wordrules.)
# So too Persian "ترکمان" (Turkmen, the people: Torkamān, a village of 7,000) and "ترکان"
# (the Turks: Türkan, a Baku settlement), written of peoples in a history or a list of a
# force's peoples (held-out sets 362a, 366a; wordfreq counts the first rare, the second
# 3.6, under the Persian threshold).
REVIEWED_DEMONYMS = """
swiss svan ترکمان ترکان
"""
# Frequent words that spell a large place's name and a Latin case ending, reviewed by hand
# (inflected_forms reads only small places'): Turkish "Maliye" (finance, "Hazine ve Maliye
# Bakanı") is no dative of Mali, which Turkish writes "Mali'ye" (held-out set 371b); and
# the Russian woman's name Мария in its cases, which spell "Мари" (Mary, Turkmenistan, by a
# GeoNames alias) and a case ending: "Мария Захарова", the foreign ministry's spokeswoman,
# "рассказала ... Мария Савова" (held-out set 454a); and the German "Bänke" (benches),
# which folds to "Banke", an alias of Neftçala's Bankə ("Die Bänke sind frisch
# gestrichen": held-out set 597b)
REVIEWED_FORMS = """
maliye
мария марии марию марией
bänke
"""


def _languages(key: str) -> list[str]:
    if _ARABIC.search(key):
        return ["fa"]
    if _CYRILLIC.search(key):
        return ["ru"]
    if _LATIN.match(key):
        return ["de", "tr", "en"]
    return []


def _folded_turkish_words() -> dict[str, float]:
    """Return the frequent Turkish words by their fold, each with its Zipf frequency.

    The fold drops the letters Turkish writes and a place's GeoNames names do not:
    "alanı" (its area) folds to "alani", a village's name no written name spells.
    """
    from wordfreq import top_n_list, zipf_frequency

    out: dict[str, float] = {}
    for word in top_n_list("tr", _FORM_WORDS, wordlist="best"):
        z = zipf_frequency(word, "tr", wordlist="best")
        if z < THRESHOLDS["tr"]:
            break  # (the list is by frequency)
        key = normalize(word)
        out[key] = max(out.get(key, 0.0), z)
    return out


def candidates(data: Path) -> list[tuple[str, str, float, int, str]]:
    """Return (key, language, zipf, population, place names) of every one-word name
    of the GeoNames tables and the world layer that is a common word."""
    from wordfreq import zipf_frequency

    gaz = build_gazetteer(data)
    by_key: dict[str, list] = {}
    # the names as written, by key: the fold drops Turkish and German letters the word
    # lists keep ("Barış", peace, folds to "baris", which is no Turkish word)
    written: dict[str, set[str]] = {}
    for place in gaz:
        for name in (place.name, *place.aliases):
            keys = {normalize(name)}
            if _ARABIC.search(name):  # and the joined form the parser also reads: آق دام, اقدام
                keys |= {normalize(form) for form in name_forms(name)}
            for key in keys:
                if key and " " not in key:
                    by_key.setdefault(key, []).append(place)
                    if _LATIN.match(name):  # one word of letters (no "Bū’īn": "bu" + "in")
                        written.setdefault(key, set()).add(name.casefold())
    folded = _folded_turkish_words()
    out = []
    for key, places in sorted(by_key.items()):
        if any(p.layer in ("curated", "region") for p in places) or len(key) < 3:
            continue
        for lang in _languages(key):
            forms = {key} | written.get(key, set())
            z = max(zipf_frequency(form, lang, wordlist="best") for form in forms)
            if lang == "tr":  # "alanı" (its area) folds to Ālanī's "alani" (held-out set 353b)
                z = max(z, folded.get(key, 0.0))
            if z >= THRESHOLDS[lang]:
                big = max(p.population for p in places)
                if any(p.layer == "world" for p in places):
                    big = max(big, BIG)
                names = ", ".join(sorted({p.name for p in places}))
                out.append((key, lang, z, big, names))
                break
    return out


#: Zipf frequency from which a word that spells a small place's name and a Latin case
#: ending is listed, by wordfreq language (Turkish stands for Azerbaijani, which
#: wordfreq lacks; English and German for the texts an ending rule misreads)
FORM_THRESHOLDS = {"tr": 3.5, "en": 3.0, "de": 3.0}
#: population from which a place's name takes its case endings however frequent the
#: word they spell ("Hakkari'de", in Hakkâri, is frequent because the town is)
FORM_SMALL = 10_000
#: the most frequent words of each language read for :func:`inflected_forms`
_FORM_WORDS = 200_000


def inflected_forms(data: Path) -> list[str]:
    """Return the frequent words that are a small place's name and a Latin case ending.

    (For German, the genitive "s" and "es" too.)

    The place is a GeoNames-only one (no name of ``places.yaml``, the region or the
    world layer) of fewer than :data:`FORM_SMALL` people; the word is among the
    frequent words of :data:`FORM_THRESHOLDS` and no place's name itself.
    """
    from wordfreq import top_n_list, zipf_frequency

    from geo._endingtables import _GERMAN_ENDINGS, _LATIN_ENDINGS

    names: set[str] = set()
    small: dict[str, bool] = {}
    for place in build_gazetteer(data):
        for name in (place.name, *place.aliases):
            key = normalize(name)
            names.add(key)
            if key and _LATIN.match(key) and len(key) >= 3:
                fits = place.layer not in ("curated", "region", "world")
                fits = fits and place.population < FORM_SMALL
                small[key] = small.get(key, True) and fits
    keep = {normalize(w) for w in REVIEWED_KEEP.split()}
    forms = set()
    for lang, threshold in FORM_THRESHOLDS.items():
        # (and German words that spell a small place's name and the German genitive:
        # "damals", then, is no genitive of Damal, Ardahan; round 16)
        endings = sorted(_LATIN_ENDINGS | (_GERMAN_ENDINGS if lang == "de" else set()))
        for word in top_n_list(lang, _FORM_WORDS, wordlist="best"):
            if zipf_frequency(word, lang, wordlist="best") < threshold:
                break  # (the list is by frequency)
            form = normalize(word)
            if not _LATIN.match(form) or form in names:
                continue
            for ending in endings:
                stem = form[: -len(ending)]
                if form.endswith(ending) and small.get(stem) and stem not in keep:
                    forms.add(form)
                    # and the Azerbaijani spelling, whose ə the fold makes a: Turkish
                    # "özüne" (to oneself) is Azerbaijani "özünə", folded "ozuna"
                    azerbaijani = stem + ending.replace("e", "a")
                    if lang == "tr" and azerbaijani not in names:
                        forms.add(azerbaijani)
    return sorted(forms)


#: Zipf frequency in English from which a word of a phrase is an everyday word
PHRASE_WORD = 4.3
#: Such aliases that are the place's own English name, reviewed: the Oil Rocks (Neft
#: Daşları, the offshore oil town of 1949; data/names.yaml, held-out set 243)
REVIEWED_PHRASE_KEEP = frozenset({"oil rocks"})


def phrase_aliases(data: Path) -> list[str]:
    """Return the GeoNames places' aliases of several everyday English words.

    An alias of a GeoNames place (not of ``places.yaml``, the region or the world
    layer) every word of which is a frequent English word (:data:`PHRASE_WORD`) and
    none a word of the place's own name is a translation or a nickname ("White House"
    of Casablanca, "Garden City" of Singapore, "Big Apple"), which an English text
    writes for something else; an alias sharing a word with the name stays ("New York"
    of New York City, "Hong Kong" of Hong Kong Island).
    """
    from wordfreq import zipf_frequency

    out = set()
    curated_keys = set()
    for place in build_gazetteer(data):
        if place.layer in ("curated", "region", "world"):
            curated_keys.update(normalize(n) for n in (place.name, *place.aliases))
            continue
        own = set(normalize(place.name).split())
        for alias in place.aliases:
            words = alias.split()
            if len(words) < 2 or not all(w.isalpha() for w in words):
                continue
            key = normalize(alias)
            if own & set(key.split()):
                continue
            if all(zipf_frequency(w.lower(), "en") >= PHRASE_WORD for w in words):
                out.add(key)
    return sorted(out - curated_keys - REVIEWED_PHRASE_KEEP)


#: Zipf frequency from which a name that is only ever an alias (an old, Armenian, Kurdish
#: or Russian name of a small place; no place's own name) is listed, by wordfreq language:
#: lower than :data:`THRESHOLDS`, since a text names a place by its own name far more often
#: than by an alias ("Lenin" of Çinarlı, "Moses" of Movses, "Mola" of Maralik, "Ayar" of
#: Agarakadzor, "Evrak" of Yapraktepe; round 7)
ALIAS_THRESHOLDS = {"de": 3.5, "tr": 3.6, "en": 4.0}
#: aliases of that kind kept for the region's places: the Arpa river (Arpaçay), Binə
#: (Baku's airport), Masallı in Turkish spelling
REVIEWED_ALIAS_KEEP = frozenset({"arpa", "bine", "masali"})


def alias_words(data: Path) -> list[str]:
    """Return the frequent words that are only aliases of small places (see
    :data:`ALIAS_THRESHOLDS`): no place of ``places.yaml``, the region or the world layer,
    none of :data:`BIG` people or more, has the word as a name or an alias."""
    from wordfreq import zipf_frequency

    by_key: dict[str, list] = {}
    written: dict[str, set[str]] = {}
    for place in build_gazetteer(data):
        for name in (place.name, *place.aliases):
            key = normalize(name)
            if key and _LATIN.match(name) and len(key) >= 3:
                by_key.setdefault(key, []).append(place)
                written.setdefault(key, set()).add(name.casefold())
    out = []
    for key, places in sorted(by_key.items()):
        if key in REVIEWED_ALIAS_KEEP or any(normalize(p.name) == key for p in places):
            continue
        if any(p.layer in ("curated", "region", "world") or p.population >= BIG for p in places):
            continue
        forms = {key} | written[key]
        for lang, threshold in ALIAS_THRESHOLDS.items():
            if max(zipf_frequency(form, lang, wordlist="best") for form in forms) >= threshold:
                out.append(key)
                break
    return out


def common_words(data: Path) -> list[str]:
    """Return the sorted names and inflected forms to list (see the module docstring)."""
    reviewed = {normalize(w) for w in (REVIEWED_BIG + REVIEWED_DEMONYMS + REVIEWED_FORMS).split()}
    keep = {normalize(w) for w in REVIEWED_KEEP.split()}
    words = {key for key, _, _, big, _ in candidates(data) if big < BIG and key not in keep}
    words |= set(alias_words(data))
    return sorted(words | reviewed | set(inflected_forms(data)) | set(phrase_aliases(data)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--candidates", action="store_true", help="print them for review")
    args = parser.parse_args()
    if args.candidates:
        for key, lang, z, big, names in candidates(args.data):
            print(f"{lang}\t{z:.2f}\t{big}\t{key}\t{names}")
        return
    words = common_words(args.data)
    header = (
        "# Names of far or small places that are frequent words of the articles' languages,\n"
        "# and frequent words that spell a small place's name and a case ending.\n"
        "# A geoparser matches them only as names of places.yaml or the region layer.\n"
        "# Made by scripts/build_common_words.py from wordfreq's word lists and the\n"
        "# gazetteer's GeoNames tables and world layer; edit the script, not this file.\n"
    )
    text = header + "".join(f"{w}\n" for w in words)
    args.out.write_text(text, encoding="utf-8")
    print(f"{len(words)} common words -> {args.out}")


if __name__ == "__main__":
    main()
