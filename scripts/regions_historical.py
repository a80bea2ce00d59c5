"""Historical regions the corridors' news names (part of ``build_regions.py``): Zangezur.

**APPROXIMATE**: a historical region has no outline in any package; each is drawn as the
union of today's units that its published description names.

* Zangezur (AM and AZ): the Zangezur uezd of the Elizavetpol governorate (1868-1921),
  which English Wikipedia says "corresponded to most of the contemporary Syunik province
  of Armenia, and Lachin, Gubadly, Zangilan, and the westernmost parts of Shusha
  districts of Azerbaijan": the union of Syunik province (this layer) and the Lachin,
  Qubadli and Zangilan districts (``places.yaml``), Shusha's western edge left out.
"""

from __future__ import annotations

import shapely
from geometry import WORK_GRID, area_km2, as_multipolygon

#: The units Zangezur is drawn from: Syunik's ISO 3166-2 code (a province of this layer)
#: and the ids of the three districts of ``places.yaml``.
ZANGEZUR_PROVINCE = "AM-SU"
ZANGEZUR_DISTRICTS = ("lachin-district", "qubadli-district", "zangilan-district")
#: The uezd's area: 6,829.7 square versts (Wikipedia 'Zangezur uezd'), about 7,772 km².
ZANGEZUR_PUBLISHED_KM2 = 7772
ZANGEZUR_NAMES = [
    "Zangezur",
    "Zangezur uezd",
    "Zangezursky Uyezd",
    "Zəngəzur",
    "Zəngəzur qəzası",
    "Zəngəzur mahalı",
    "Zengezur",
    "Zengezur bölgesi",
    "Зангезур",
    "Зангезурский уезд",
    "زنگزور",
    "Զանգեզուր",
    "Sangesur",
]
ZANGEZUR_SOURCE = (
    "English Wikipedia 'Zangezur uezd' https://en.wikipedia.org/wiki/Zangezur_uezd (1868-1921, "
    "centre Gerusy/Goris; 'the area of the Zangezur uezd corresponded to most of the "
    "contemporary Syunik province of Armenia, and Lachin, Gubadly, Zangilan, and the "
    "westernmost parts of Shusha districts of Azerbaijan'; 6,829.7 square versts; Russian "
    "'Зангезурский уезд', 'Zangezursky Uyezd'); English Wikipedia 'Zangezur corridor' "
    "('the Armenian region of Syunik/Zangezur'); the region's name in the seven languages as "
    "the Wikipedia articles title it: Azerbaijani 'Zəngəzur' and 'Zəngəzur qəzası' (the uezd, "
    "as Şirvan qəzeti writes it, 20 Oct 'Zəngilan Şəhəri Günüdür' "
    "http://en.shirvanqazeti.az/samaxi-ih/1006-20-oktyabr-zngilan-hri-gndr.html), 'Zəngəzur "
    "mahalı'; Turkish 'Zengezur'; Russian 'Зангезур' ('провинцию Сюник (Зангезур)', Oxu.az "
    "via Dzen https://dzen.ru/news/by/story/ead1fc71-5e8d-518f-9462-f938ae1a84b6); Persian "
    "'زنگزور' ('زنگزور نام منطقه‌ای تاریخی و جغرافیایی در ارمنستان است', Iranmehr "
    "https://iranmehrorg.com/voice-of-iran/danger-of-zangezur-corridor); Armenian 'Զանգեզուր'; "
    "German 'Sangesur' (German Wikipedia 'Sangesur'); outline: data/regions.geojson's Syunik "
    "province and data/boundaries.geojson's Lachin, Qubadli and Zangilan districts"
)


def zangezur(province_geoms: dict, gaz: object) -> tuple[dict, shapely.Geometry]:
    """Zangezur (APPROXIMATE): Syunik province and the Lachin, Qubadli, Zangilan districts."""
    parts = [province_geoms[ZANGEZUR_PROVINCE]]
    for unit in ZANGEZUR_DISTRICTS:
        place = gaz.by_id.get(unit)
        if place is None or place.geometry is None:
            raise SystemExit(f"zangezur: no outline for {unit!r}")
        parts.append(place.geometry)
    geom = as_multipolygon(shapely.union_all(parts, grid_size=WORK_GRID).buffer(0))
    rec = {
        "id": "zangezur",
        "name": "Zangezur",
        "kind": "region",
        "country": "AM",
        "countries": ["AM", "AZ"],
        "prominence": 6,
        "aliases": ZANGEZUR_NAMES,
        "source": ZANGEZUR_SOURCE,
        "derivation": (
            "APPROXIMATE: the historical region, drawn as the Zangezur uezd (1868-1921) of "
            "its published description: the union of today's Syunik province (Armenia) and "
            "the Lachin, Qubadli and Zangilan districts (Azerbaijan); the westernmost edge of "
            "Shusha district, which the uezd also held, and the parts of today's Syunik it "
            f"did not hold are not drawn: {area_km2(geom):.0f} km² (the uezd: "
            f"{ZANGEZUR_PUBLISHED_KM2} km²). Its edges can differ by kilometres to tens of "
            "kilometres from the uezd's."
        ),
    }
    return rec, geom
