"""Benchmark the overview map against ``GeoDataFrame.explore()`` of the same layers.

For each page: the HTML size, the time to build and save it, and in headless
Chromium with every request that is not ``file:``/``data:`` aborted (offline),
the time from navigation until every feature is drawn (or that it never is).

Run: ``.venv/bin/python benchmarks/bench_maps.py [--runs 5] [--out build/bench]``.
Writes ``maps.json`` and the two HTML files to ``--out`` (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

import folium
from playwright.sync_api import sync_playwright

from geo import maps
from geo.export import launch_chromium, save_html
from geo.gazetteer import places as load_places
from geo.links import links as load_links

ROOT = Path(__file__).resolve().parent.parent

#: JavaScript: number of drawn vector paths and marker icons on the page.
DRAWN = """() => document.querySelectorAll(
    '.leaflet-overlay-pane path, .leaflet-pane path, .leaflet-marker-icon').length"""


def build_ours(out: Path) -> tuple[Path, float, int]:
    start = time.perf_counter()
    m = maps.overview_map()
    path = save_html(m, out / "overview.html")
    seconds = time.perf_counter() - start
    links, places = load_links(), load_places()
    return path, seconds, len(links) + len(places)


def build_explore(out: Path) -> tuple[Path, float, int]:
    """The same layers with geopandas' explore() and folium's defaults (CDN assets)."""
    start = time.perf_counter()
    links, places = load_links(), load_places()
    m = places.drop(columns=["aliases"]).explore(name="Places", color="gray")
    for category in ("transport", "energy", "diplomacy"):
        rows = links[links["category"] == category]
        rows = rows[["id", "name", "mode", "status", "length_km", "geometry"]]
        rows.explore(m=m, name=category.capitalize(), color="black")
    folium.LayerControl().add_to(m)
    path = out / "overview-explore.html"
    m.save(path)
    seconds = time.perf_counter() - start
    return path, seconds, len(links) + len(places)


def time_to_drawn(browser: Any, path: Path, expected: int, timeout_ms: int = 10_000) -> dict:
    """Open ``path`` offline; time until ``expected`` features are drawn."""
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    page = context.new_page()
    aborted: list[str] = []
    errors: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            aborted.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda e: errors.append(str(e)))
    start = time.perf_counter()
    page.goto(path.resolve().as_uri(), wait_until="commit")
    drawn_ok = True
    try:
        page.wait_for_function(
            f"() => ({DRAWN})() >= {expected}", timeout=timeout_ms, polling="raf"
        )
    except Exception:
        drawn_ok = False
    seconds = time.perf_counter() - start
    drawn = page.evaluate(DRAWN)
    context.close()
    tiles = [u for u in aborted if "tile" in u]
    return {
        "drawn": drawn,
        "all_drawn": drawn_ok,
        "seconds": seconds if drawn_ok else None,
        "aborted_requests": len(aborted),
        "aborted_non_tile": sorted({u for u in aborted if u not in tiles}),
        "page_errors": sorted(set(errors)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    results = {}
    with sync_playwright() as p:
        browser = launch_chromium(p)
        for name, build in (("geo.maps.overview_map", build_ours), ("explore", build_explore)):
            path, build_s, expected = build(args.out)
            runs = [time_to_drawn(browser, path, expected) for _ in range(args.runs)]
            times = [r["seconds"] for r in runs if r["seconds"] is not None]
            results[name] = {
                "file": str(path),
                "html_bytes": path.stat().st_size,
                "build_seconds": round(build_s, 3),
                "features_expected": expected,
                "features_drawn": runs[-1]["drawn"],
                "renders_offline": bool(times) and len(times) == len(runs),
                "median_seconds_to_drawn": round(statistics.median(times), 3) if times else None,
                "aborted_requests": runs[-1]["aborted_requests"],
                "aborted_non_tile": runs[-1]["aborted_non_tile"],
                "page_errors": runs[-1]["page_errors"],
            }
        browser.close()
    (args.out / "maps.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"{'page':<24}{'KB':>8}{'build s':>9}{'drawn':>10}{'to drawn s':>12}  offline")
    for name, r in results.items():
        drawn = f"{r['features_drawn']}/{r['features_expected']}"
        ms = r["median_seconds_to_drawn"]
        print(
            f"{name:<24}{r['html_bytes'] / 1024:>8.0f}{r['build_seconds']:>9.2f}{drawn:>10}"
            f"{(f'{ms:.3f}' if ms is not None else 'never'):>12}  "
            f"{'yes' if r['renders_offline'] else 'no: ' + '; '.join(r['page_errors'][:2])}"
        )
        for url in r["aborted_non_tile"]:
            print(f"{'':<24}aborted: {url}")


if __name__ == "__main__":
    main()
