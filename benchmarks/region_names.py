"""Name coverage of the region layer: which of the seven languages name each unit.

Run: ``.venv/bin/python benchmarks/region_names.py``. For every record of
``data/regions.geojson`` and every region or district of ``data/places.yaml`` (with the
names ``data/names.yaml`` adds), counts by country, kind and language the units that have
at least one name in that language. Languages are told apart by script (Persian: Arabic
script, Russian: Cyrillic, Armenian: Armenian) and, for the Latin ones, by the words of
kind each language writes (Azerbaijani ``rayonu``/``ostanı``/ə, Turkish ``ili``/``Eyaleti``,
German ``Provinz``/``Rayon``): a heuristic, good for counting gaps, not for tagging.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo._namedata import NameRecord, load_names  # noqa: E402

LANGS = ("en", "az", "fa", "ru", "tr", "hy", "de")
_AZ = re.compile(
    r"ə|Ə|\b(rayonu|şəhəri|ostanı|şəhristanı|vilayəti|əyaləti|iqtisadi|bölgəsi|"
    r"respublikası|diyarı|mxare|mxaresi|düzü|çayı)\b",
    re.I,
)
_TR = re.compile(
    r"\b(ili|İli|Eyaleti|eyaleti|ilçesi|İlçesi|Bölgesi|bölgesi|Cumhuriyeti|"
    r"Oblastı|Krayı|Ovası|Nehri|Özerk|Şehristanı|Şehri)\b"
)
_DE = re.compile(
    r"\b(Provinz|Rayon|Rajon|Bezirk|Landkreis|Schahrestan|Republik|Oblast|Gebiet|Kreis|"
    r"Wirtschaftsregion|Region|Ebene|Fluss|Region)\b|ä|ö|ü|ß|sch|tsch"
)


def languages(names: list[str]) -> set[str]:
    """The languages (of :data:`LANGS`) in which ``names`` hold at least one name."""
    out = {"en"} if names else set()  # every record's name is English
    for n in names:
        if re.search(r"[\u0600-\u06ff]", n):
            out.add("fa")
        elif re.search(r"[\u0400-\u04ff]", n):
            out.add("ru")
        elif re.search(r"[\u0530-\u058f]", n):
            out.add("hy")
        else:
            if _AZ.search(n):
                out.add("az")
            if _TR.search(n) or (re.search(r" [Rr]ayonu$", n) and not re.search("[əƏxXqQ]", n)):
                out.add("tr")  # "Ağdam rayonu": Turkish spells it so too
            if _DE.search(n):
                out.add("de")
    return out


def units(data: Path = ROOT / "data") -> list[dict]:
    """Region-layer records and places.yaml's regions and districts, names.yaml added."""
    recs = [
        f["properties"]
        for f in json.loads((data / "regions.geojson").read_text("utf-8"))["features"]
    ]
    places = yaml.safe_load((data / "places.yaml").read_text("utf-8"))
    places = places["places"] if isinstance(places, dict) else places
    recs += [p for p in places if p.get("kind") in ("region", "district")]
    extra = load_names(data / "names.yaml")  # (names added, and names taken away)
    out = []
    for r in recs:
        more = extra.get(r["id"], NameRecord(()))
        names = [r["name"], *r.get("aliases", []), *more.aliases]
        names = [n for n in names if n not in more.not_names]
        country = r.get("country") or "-"
        out.append({"id": r["id"], "country": country, "kind": r["kind"], "names": names})
    return out


def coverage(data: Path = ROOT / "data") -> dict[tuple[str, str], Counter]:
    """(country, kind) -> Counter of language -> units with a name in it ('n': units)."""
    table: dict[tuple[str, str], Counter] = {}
    for u in units(data):
        c = table.setdefault((u["country"], u["kind"]), Counter())
        c["n"] += 1
        for lang in languages(u["names"]):
            c[lang] += 1
    return table


def missing(lang: str, country: str, kind: str, data: Path = ROOT / "data") -> list[str]:
    """Ids of the units of ``country`` and ``kind`` without a name in ``lang``."""
    return [
        u["id"]
        for u in units(data)
        if u["country"] == country and u["kind"] == kind and lang not in languages(u["names"])
    ]


def main() -> int:
    table = coverage()
    print(f"{'country kind':<18}{'n':>4}" + "".join(f"{lang:>5}" for lang in LANGS))
    for (country, kind), c in sorted(table.items()):
        print(f"{country + ' ' + kind:<18}{c['n']:>4}" + "".join(f"{c[x]:>5}" for x in LANGS))
    if "-v" in sys.argv:
        for lang in LANGS[1:]:
            for country, kind in sorted(table):
                gaps = missing(lang, country, kind)
                if gaps:
                    print(lang, country, kind, " ".join(gaps))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
