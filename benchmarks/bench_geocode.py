"""Benchmark geocode(): lookups per second, and the cost of importing geo and loading the gazetteer.

Run: ``.venv/bin/python benchmarks/bench_geocode.py``. Targets (2-core machine):
>= 20,000 exact or alias lookups/s, >= 1,000 fuzzy ones, import + load < 1 s and < 200 MB.
"""

import resource
import subprocess
import sys
import time

LOAD = """
import resource, time
t = time.perf_counter()
import geo
from geo.gazetteer import gazetteer
g = gazetteer()
dt = time.perf_counter() - t
print(dt, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, len(g))
"""

EXACT = [
    "Tehran",
    "Nakhchivan",
    "Ordubad",
    "Baku",
    "Rasht",
    "Qazvin",
    "Kars",
    "Meghri",
    "Horadiz",
    "Tabriz",
]
ALIAS = [
    "Naxçıvan",
    "the Araz River",
    "Giz Galasi reservoir",
    "Khoda Afarin Dam",
    "Cəbrayıl",
    "Нахичевань",
    "Azerbaijan`s",
    "آستارا",
    "Jebrail",
    "Araks",
]
FUZZY = [
    "Nakhchivam",
    "Ordubadd",
    "Horadis",
    "Teheraan",
    "Qazvim",
    "Zangelann",
    "Khudaferin dam",
    "Sadarack",
    "Meghrii",
    "Kalbajarr",
]


def rate(queries, seconds=1.5):
    import geo

    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for q in queries:
            geo.geocode(q)
        n += len(queries)
    return n / (time.perf_counter() - start)


def main():
    runs = [
        subprocess.run(
            [sys.executable, "-c", LOAD], capture_output=True, text=True, check=True
        ).stdout.split()
        for _ in range(3)
    ]
    best = min(runs, key=lambda r: float(r[0]))
    print(
        f"import geo + load gazetteer: {float(best[0]):.3f} s (best of 3), peak RSS {float(best[1]):.0f} MB, {best[2]} places"
    )
    import geo

    geo.geocode("Tehran")  # warm: load once
    for label, queries in (("exact", EXACT), ("alias", ALIAS), ("fuzzy", FUZZY)):
        print(f"{label:>5} lookups: {rate(queries):,.0f} /s")
    print(
        f"this process peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )


if __name__ == "__main__":
    main()
