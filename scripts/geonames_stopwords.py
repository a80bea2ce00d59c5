"""Which GeoNames names a geoparser must not match alone: the stop names.

Split from ``build_geonames.py`` (which had passed 500 lines again, stop 66): the lists
of frequent words each language's reviewed collisions come from, and the function that
picks the stop names of a table's rows, are one concern; the table's rows and
thresholds another. Output unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from crossing_towns import COLLISIONS
from geonames_aliases import to_ascii

# Hand-made list: about 400 of the most frequent English words (function words,
# common nouns, verbs, adjectives), plus month and weekday names and a few
# frequent news words. Written for this script, not taken from a corpus.
ENGLISH_WORDS = """
a about above across after again against all almost along also always am among an and
another any are area around as ask at away back bad bank be because been before began
being below best better between big black both boy but by call came can car case cause
change child city close cold come could country course cut day did different do does
dog done door down during each early earth east end enough even ever every eye face fact
fall family far farm fast father feet few field find fine fire first fish five for form
found four free friend from front full game gave get girl give go god gold good got
government great green ground group grow had half hand hard has have he head hear heard
help her here high him his hold home horse hot hour house how i if important in into is
it its just keep kind king know land large last late law lead leave left let life light
like line list little live long look love made make man many map may me mean men might
mile mind miss money more morning most mother move much must my name near need never new
next night no north not nothing now number of off often old on once one only open or
order other our out over own page paper part party pass people place plant play point
port power press put question rain ran read real red right river road rock room round
run said same saw say school sea second see seem sell set she ship short should show side
since small so some something son song soon sound south spring stand star start state
still stop story street strong study such sun sure table take talk tell ten than that
the their them then there these they thing think this those though thought three through
time to together too took top toward town tree true try turn two under until up upon us
use very voice walk want war was watch water way we well went were west what when where
which while white who whole why will wind with without woman word work world would write
year yes yet you young your salt bay van gas oil hill lake peace trade deal visit talks
president minister meeting union region border bridge dam power station line road rail
project sun moon
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
"""

# Less frequent English words that are names or aliases in this table, found once
# by checking the table against /usr/share/dict/words (Debian wamerican 2020.12.07)
# and reviewed by hand. "tartar" was left out on purpose: in an English text about
# the region "Tartar" almost always means the Azerbaijani town (Tərtər).
REVIEWED_COLLISIONS = """
ajar alit band bane bani bard bare blur bum cal cars chin dim dogs gay gel gem gosh hay
hero hey kale madrasa manes ray rest rind sahib saki satin shaft shit shot shut sine sis
tug vale var wan yam zap
pest phoenix
"""

# Frequent Azerbaijani/Turkish and Russian words that are names or aliases in this
# table, found by listing the table's short names (up to 7 letters) and reviewed by
# hand: capitalised at the start of a sentence ("Baş nazir", the prime minister;
# "Ara yollar"; "Банк сообщил") they would otherwise be read as villages. Bina (a
# Baku settlement) is given up for "bina" (building). Names (Ali, Selim, Nizami)
# are left to the person-name rule of geo/_nameruns.py.
# "Ordu" (army) is also the Turkish Black Sea port, added with the ports. With the
# cities of a million (2026-11-30): Turkish "oran" (rate, Oran), "sur" (wall, Sur in
# Oman), "teni" (its skin), "aba"; Azerbaijani "məsələ" (question) folds to "masala",
# an alias of Masallı. Turkish "söz" (word: "Söz konusu", the said) is an alias of
# Palamutlu (2026-11-30, real Turkish articles). Persian and Azerbaijani "ostan"
# (province: "Ostan rəhbərliyi", the province's leaders) is an alias of Vostan (AM),
# capitalised at a sentence's start (2026-12-01). Azerbaijani and Turkish "sofi" (a Sufi,
# and a given name; "Sofi çayı", the Sufi Chay river) is an alias of Sofia, which the two
# languages write Sofiya and Sofya (2026-12-01). Turkish "mülki" (civil: "Sarp Mülki
# idaresi", the civil administration) is an alias of Kayk (AM; blind set 67, 2026-12-03).
# Azerbaijani "buda" ("bu da" run together, this too: "Buda gələcəkdə ...") is Buda, the
# part of Budapest, which articles name as Budapest (blind set 81, 2026-12-03).
# "Suriyan", an alias of Surian (Fars), is the Azerbaijani genitive's stem of Syria
# ("Suriyanın", Syria's: held-out set 174, 2026-12-05), whose own names stay. Azerbaijani
# "qala" (a fortress: "Qalanı hunlar tikmişlər", the Huns built the fortress) is the Baku
# settlement Qala (held-out set 192, 2026-12-05). Turkish "kasaba" (a small town) and "karşı"
# (against: "KARŞI ÇIKIYOR" in a text in capitals) are a village in Turkey and Uzbekistan's
# Qarshi (held-out set 197, 2026-12-05); "köye" (to the village: "Köye giden yol") is an alias of
# Iraq's Koysinjaq, "Koye" (held-out set 201, 2026-12-05).
REVIEWED_COLLISIONS_AZ_RU = """
aba ara bas bina buda ela evli guclu karsi kasaba koye masala milli mulki oba oran ordu ostan pul
qala sari sen sofi soz
sur suriyan
susuz tatli teni uzum uzun yuva
банк бум
"""

# Frequent Persian and German words that are names or aliases in this table, found by
# looking up ~120 frequent Persian words of news text (verbs, function words, words of
# administration and transport) and ~40 German function words in the table's names, and
# reviewed by hand: "پیام" (message), "یکی" (one), "شهرستان" (county, as in "شهرستان
# خداآفرین"), "Der" (the article, capitalised at a sentence's start); "اوغلی", the Turkish
# surname ending -oğlu as Persian writes it apart ("کایهان تورکمن اوغلی": blind set 68);
# "رشید", a given name and the word for brave ("شیخ رشید احمد", Pakistan's minister: blind
# set 85), an alias of Rashid in Egypt; "قیر" (bitumen, which Iran's trade news lists among
# its exports: "سیمان، قیر، گوگرد", held-out set 170), the Persian name of Qir in Fars,
# whose full "قیر و کارزین" stays.
# "عقبه" (the rear, strategic depth: "عقبه استراتژیک", held-out set 179) is Aqaba's
# Persian name; the Jordanian port is rare in the region's news.
# "کومله" is Komala, the Iranian Kurdish party ("احزاب دمکرات کردستان و کومله", the Democratic
# parties of Kurdistan and Komala; Persian Wikipedia 'حزب کومله کردستان ایران'), an alias of
# Kumeleh (126267), a small town of 6,457 in Gilan's Langarud county: the party far outnumbers
# the town in the region's news; the town's Latin names stay (round 371).
REVIEWED_COLLISIONS_FA_DE = """
پیام یکی شهرستان اوغلی رشید قیر عقبه کومله
der
"""
# and a Persian phrase: "حاشيه رود" (a river's bank, "در حاشیه رود ارس", on the bank of the
# Aras) is an alias of Hashiyeh Rud, a village near Marand (blind set 23, 2026-12-02);
# "زیر آب" (under water: "در زیر آب") is Zir Ab, a village of Mazandaran (held-out round 34,
# round 165; written with the Arabic yeh, as the table's alias is, which the fold reads as ی)
REVIEWED_PHRASES_FA = ["حاشيه رود", "زير آب"]

# Frequent Armenian nouns that GeoNames gives to villages of Armenia and Azerbaijan,
# reviewed by hand over the tables' Armenian names of up to six letters: capitalised at
# a sentence's start ("Վանքը", the monastery; "Տեղում", on the spot) they would otherwise
# be read as villages. վանք monastery, տեղ place, դաշտ field, բլուր hill, հովիտ valley,
# գետափ riverbank, ջրվեժ waterfall, ծովակ lake, շեն hamlet, ապագա future, կայք website,
# ուխտ vow; մայրաքաղաք and քաղաքամայր capital city (aliases of Vagharshapat, the former
# capital of Armenia: "Մայրաքաղաքը՝ Բեյրութ", the capital is Beirut; round 9).
# հաղթանակ victory ("Հայրենական մեծ պատերազմում Հաղթանակի 75-րդ տարեդարձ", the 75th
# anniversary of the Victory), the name of Haghtanak (616993), a village of Tavush: the word
# far outnumbers the village in the region's news (round 381).
REVIEWED_COLLISIONS_HY = """
վանք տեղ դաշտ բլուր հովիտ գետափ ջրվեժ ծովակ շեն ապագա կայք ուխտ մայրաքաղաք քաղաքամայր
հաղթանակ
"""

# Names of regions that GeoNames also gives to a village (Hartashen is aliased
# "Zangezur", a hamlet is named "Syunik"): in an article they mean the region or
# the plain, which the gazetteer does not hold, so the parser leaves them
# unresolved rather than pin them on the village. So too an ancient kingdom's name that
# GeoNames gives to a city: Van is aliased "Urartu" ("Urartu style": blind set 113); and
# a dynasty's name GeoNames gives a town by its old name: Bandar Anzali is aliased
# "Pahlavi" ("Pəhləvi dövrünə qədər", until the Pahlavi era: held-out set 444a, both
# markings; the town's old name is "Bandar Pahlavi", which stays its alias); and a
# border river's name GeoNames gives the villages on its banks: "Samur", "Самур",
# "سامور" (the Dagestani village 498904 and the Azerbaijani 585150); the curated
# Azerbaijani village (samur-az, the checkpoint) and the river keep the bare name, so a
# text on the Russian-Azerbaijani border ("the Samur is the second largest river of
# Dagestan") no longer reads the Dagestani village (round 333)
REVIEWED_REGION_NAMES = """
zangezur zangazur syunik sjunik syuniq сюник mughan mugan tavush urartu
pahlavi pahlevi pehlevi
samur самур سامور
"""
# Names of the world table (geonames_world.tsv) that are English words or common
# English person names, reviewed by hand over its short names and its capitals:
# "Male workers", "Victoria said", "The valley of the Araz". These capitals and towns
# are far from the region; an article that means them is rare.
REVIEWED_WORLD_COLLISIONS = [
    "male", "oral", "queens", "stanley", "douglas", "hamilton", "victoria", "kingston",
    "georgetown", "jamestown", "plymouth", "the valley", "the settlement", "west island",
    "flying fish cove", "road town", "cockburn town", "george town", "perth",
    # La Paz's Latin alias, the shipping word for passengers ("a PAX ferry", "200 PAX":
    # blind set 118)
    "pax",
    # the Levant's towns (stop 66): Al Bab's "Bab" (Bab al-Hawa, Bab el-Mandeb), Douma's
    # Russian "Дума" (the parliament) and Persian "دوما", Daraa's "Dara", "Дара" (the given
    # name), Khan Yunis's "Yunus", Hebron's "Халиль" (given names), Ramat Gan's "Gan"
    "bab", "дума", "دوما", "dara", "дара", "yunus", "халиль", "gan",
    # Russia's regional capitals (stop 66): Tver's Persian "تور" (a tour, a net),
    # Murmansk's "Romanov" and Izhevsk's "Ustinov" (surnames), Arkhangelsk's "Archangel",
    # Yaroslavl's "Jaroslav" (a given name), in Latin and Cyrillic letters, and Murmansk's
    # "Семёновский" (an adjective, a surname)
    "تور", "romanov", "ustinov", "archangel", "arcangel", "arcangelo", "jaroslav",
    "романов", "семёновский", "семеновский", "ярослав", "јарослав",
    # the towns of Ukraine's east (round 193): Lyman's "Liman", "Лиман" (Turkish liman, a
    # port; Russian лиман, an estuary), Sloviansk's "Tor", "Тор" (German Tor, a gate or
    # goal), Kurakhove's "Roy", "Roya" and "Petrovka" (a name, a village in every oblast),
    # Sorokyne's "Sorokin" (a surname), Kadiivka's "Sergo", "Серго" (a given name),
    # Pokrovsk's "Krasnoarmeysk", "Красноармейск" and Toretsk's "Dzerzhinsk", "Дзержинск"
    # (Russian towns of those names)
    "liman", "лиман", "loman", "lîman", "lõman", "tor", "тор", "roy", "roya", "petrovka",
    "sorokin", "sergo", "серго", "сэрго", "krasnoarmeysk", "krasnoarmejsk", "красноармейск",
    "dzerzhinsk", "дзержинск",
]  # fmt: skip
# Aliases of far world places that are the names of the region's news agencies, which
# papers cite in every other article ("ISNA reported", "Turan informs"): Esna (Egypt) is
# also "Isna", Da Nang also "Turan"; no text about the region means those towns.
REVIEWED_AGENCY_COLLISIONS = ["isna", "turan"]
STOPWORDS = (
    frozenset(ENGLISH_WORDS.split())
    | frozenset(REVIEWED_COLLISIONS.split())
    | frozenset(REVIEWED_WORLD_COLLISIONS)
    | frozenset(REVIEWED_AGENCY_COLLISIONS)
    | frozenset(COLLISIONS)
    | frozenset(REVIEWED_COLLISIONS_FA_DE.split())
    | frozenset(REVIEWED_PHRASES_FA)
    | frozenset(REVIEWED_COLLISIONS_HY.split())
)
# and an Azerbaijani and Turkish phrase: "Bir'yan", an alias of Geçitboyu (TR), is read as
# "bir yan" (its apostrophe a blank, as the parser reads "Iğdır'da"), the words of "bir
# yandan" (on the one hand: held-out set 177, 2026-12-05); its other names stay
REVIEWED_PHRASES_AZ = ["bir yan"]
#: Compared without diacritics (Azerbaijani "Baş" and "Bas" are the same word).
STOPWORDS_AZ_RU = (
    frozenset(REVIEWED_COLLISIONS_AZ_RU.split())
    | frozenset(REVIEWED_REGION_NAMES.split())
    | frozenset(REVIEWED_PHRASES_AZ)
)


#: Names of two letters kept as names (not stop names): Persian "قم" (Qom), a city the
#: region's news names often and no common word of the project's languages (the surname
#: "قمی" and "قم‌" with a joiner are other words, as the fold reads them; no gold text
#: has the bare word: round 136); and Osh, Kyrgyzstan's second city, by its Russian "Ош"
#: ("в Ош", held-out set 236: no Russian word; the school's initials are "СОШ", one word;
#: the Turkish "Oş" folds to the English "os", which stays a stop name)
SHORT_NAMES_KEPT = frozenset({"قم", "ош"})
#: an apostrophe inside a name, which the parser reads as a blank ("Bir'yan": "bir yan")
APOSTROPHE = re.compile("['’]")


def stopnames(rows: Iterable[dict[str, str]]) -> list[str]:
    """Return the lowercase names that are frequent words or <= 2 characters.

    English words count as written; the Azerbaijani/Turkish and Russian ones
    with or without diacritics (``Baş`` is ``bas``). The short names of
    :data:`SHORT_NAMES_KEPT` are not stop names.
    """
    found = set()
    for row in rows:
        names = [row["name"], row["asciiname"], *filter(None, row["aliases"].split("|"))]
        for name in names:
            key = name.casefold()
            plain = to_ascii(key) or key  # to_ascii drops a Cyrillic name whole
            short = len(key) <= 2 and key not in SHORT_NAMES_KEPT
            if short or key in STOPWORDS or plain in STOPWORDS_AZ_RU:
                found.add(key)
            elif APOSTROPHE.sub(" ", plain) in STOPWORDS_AZ_RU:
                found.add(APOSTROPHE.sub(" ", key))  # the words the parser reads it as
    return sorted(found)


def write_stopnames(names: list[str], path: Path) -> None:
    """Write the stop-name list, one per line, after a header comment."""
    header = [
        "# Place names in data/geonames_region.tsv and data/geonames_world.tsv that a",
        "# geoparser must not match alone.",
        "# Made by scripts/build_geonames.py: every name, asciiname and alias (lowercased)",
        "# that is in the script's hand-made list of ~400 frequent English words, month",
        "# and weekday names, or in its list of less frequent English words reviewed",
        "# against /usr/share/dict/words (wamerican), or in its reviewed list of frequent",
        "# Azerbaijani/Turkish, Russian, Persian, German and Armenian words or of region names",
        "# GeoNames gives to villages (Zangezur, Syunik), or in its reviewed list of",
        "# world-table names that are English words or person names (Male, Victoria,",
        "# The Valley) or news agencies' names (ISNA, Turan), or that is at most 2",
        "# characters long (save the script's SHORT_NAMES_KEPT: Persian Qom).",
        "# Person-name clashes (Alan, Sina, Razi, Nuri, Ali) are not covered.",
        "# Lines starting with '#' are comments.",
    ]
    path.write_text("\n".join([*header, *names]) + "\n", encoding="utf-8")
