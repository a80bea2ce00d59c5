"""Benchmark the exported maps: size and time to first features, offline in Chromium.

For each HTML page of a folder (default: the maps built now by ``geo.maps`` into
``--out``) and, with ``--compare DIR``, each page of the same name in another
folder (for instance the ``maps/`` of an earlier checkout, built with ``make
maps``): its size, and in headless Chromium with every request that is not
``file:``/``data:`` aborted, the time from navigation (``performance.now()``
from the start of the navigation) until the first feature is drawn
(``.leaflet-interactive`` or a marker icon), the median of ``--runs``.

Run: ``.venv/bin/python benchmarks/bench_first_draw.py [--compare OLD_MAPS] [--runs 7]``.
Writes ``first_draw.json`` to ``--out`` (git-ignored ``build/bench``).
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from playwright.sync_api import sync_playwright

from geo.export import launch_chromium, offline_route, save_html

ROOT = Path(__file__).resolve().parent.parent
FIRST = "() => document.querySelectorAll('.leaflet-interactive, .leaflet-marker-icon').length > 0"


def build(out: Path) -> dict[str, Path]:
    """Export the four maps of ``geo.maps`` (tiles on, as ``make maps`` does) into ``out``."""
    from geo import maps

    return {
        name: save_html(getattr(maps, f"{name}_map")(), out / f"{name}.html")
        for name in ("places", "transport", "energy", "overview")
    }


def first_draw_ms(browser: object, path: Path, runs: int) -> float:
    """Median time (ms) from navigation to the first feature drawn."""
    times = []
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.route("**/*", offline_route)
        page.goto(path.resolve().as_uri(), wait_until="commit")
        page.wait_for_function(FIRST, polling="raf", timeout=20_000)
        times.append(page.evaluate("() => performance.now()"))
        page.close()
    return statistics.median(times)


def main() -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", type=Path, default=None, help="folder of older pages")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pages = build(args.out)
    rows = []
    with sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            for name, path in pages.items():
                row = {
                    "map": name,
                    "kb": round(path.stat().st_size / 1024, 1),
                    "first_draw_ms": round(first_draw_ms(browser, path, args.runs)),
                }
                old = args.compare / f"{name}.html" if args.compare else None
                if old is not None and old.is_file():
                    row["before_kb"] = round(old.stat().st_size / 1024, 1)
                    row["before_first_draw_ms"] = round(first_draw_ms(browser, old, args.runs))
                rows.append(row)
                print(json.dumps(row))
        finally:
            browser.close()
    (args.out / "first_draw.json").write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
