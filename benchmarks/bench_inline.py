"""Measure the notebooks' inline map outputs against the files save_html writes.

For each builder's map: the bytes of its inline output (``_repr_html_``), of
folium's own inline output (CDN links, an escaped ``srcdoc``) and of the
exported file, and the time to make the inline output.

Run: ``.venv/bin/python benchmarks/bench_inline.py [--out build/bench]``.
Writes ``inline.json`` to ``--out`` (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import folium

import geo
from geo import maps
from geo.export import save_html

BUILDERS = {
    "places": maps.places_map,
    "transport": maps.transport_map,
    "energy": maps.energy_map,
    "overview": maps.overview_map,
    "timeline": lambda: maps.overview_map(timeline=True),
    "story": lambda: geo.story_map((geo.settings.data_dir / "article.txt").read_text("utf-8")),
}


def measure(name: str, folder: Path) -> dict:
    m = BUILDERS[name]()
    start = time.perf_counter()
    inline = m._repr_html_()
    seconds = time.perf_counter() - start
    exported = save_html(m, folder / f"{name}.html").stat().st_size
    return {
        "map": name,
        "inline_bytes": len(inline.encode("utf-8")),
        "exported_bytes": exported,
        "ratio": round(len(inline.encode("utf-8")) / exported, 3),
        "folium_inline_bytes": len(folium.Map._repr_html_(m).encode("utf-8")),
        "inline_ms": round(seconds * 1000),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("build/bench"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = [measure(name, Path(tmp)) for name in BUILDERS]
    print(f"{'map':<10}{'inline':>10}{'exported':>10}{'ratio':>7}{'folium':>10}{'ms':>6}")
    for r in rows:
        print(
            f"{r['map']:<10}{r['inline_bytes']:>10}{r['exported_bytes']:>10}{r['ratio']:>7}"
            f"{r['folium_inline_bytes']:>10}{r['inline_ms']:>6}"
        )
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "inline.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
