"""Benchmark geoparse() against flashgeotext on the same text: MB/s and mentions found.

Run: ``.venv/bin/python benchmarks/bench_geoparse.py``. Target (2-core machine):
>= 10 MB/s on news text with the accuracy of tests/test_geoparse.py.

Texts (each at least 1 MB of UTF-8, built by repeating its sources):

article
    the seed article alone: news as it comes (about 8 mentions per KB).
news
    the seed article and every document of data/gold/extra.json (English,
    Azerbaijani, Persian, Russian, Armenian). Dense: a mention every ~100 bytes.
english
    the seed article and the English documents of the extra gold set.
prose
    English prose with no places in it (Python's own ``pydoc_data.topics``):
    speed on ordinary text, and how often each parser fires where it should not.

Speed is bytes of UTF-8 over the best of ``REPEAT`` runs, timed in CPU time of
this process (``time.process_time``) so that other jobs on a shared machine do
not skew the comparison, each run starting after a full garbage collection and
reading a text it has not read before (see ``_best``: a cache keyed by the text
would otherwise serve every run after the first); the one-off costs (loading the gazetteer, building the automaton)
are reported apart.
"""

import gc
import json
import time
from pathlib import Path
from pydoc_data.topics import topics

DATA = Path(__file__).resolve().parent.parent / "data"
MB = 1_000_000
REPEAT = 5


def _repeat(parts: list[str], size: int = int(1.1 * MB)) -> str:
    unit = "\n\n".join(parts) + "\n\n"
    times = -(-size // len(unit.encode("utf-8")))
    return unit * times


def _texts() -> dict[str, str]:
    article = (DATA / "article.txt").read_text(encoding="utf-8")
    docs = json.loads((DATA / "gold" / "extra.json").read_text(encoding="utf-8"))["documents"]
    return {
        "article": _repeat([article]),
        "news": _repeat([article, *(d["text"] for d in docs)]),
        "english": _repeat([article, *(d["text"] for d in docs if d["lang"] == "en")]),
        "prose": _repeat(list(topics.values())),
    }


def _best(fn, text: str) -> tuple[float, object]:
    best, out = float("inf"), None
    for run in range(REPEAT):
        # Each run reads a text no earlier run read (the same text and ``run`` blanks
        # after it): what the parse keeps of the text it read last is never reused.
        fresh = text + " " * run
        # Both parsers live in this process, so a full garbage collection walks both
        # heaps (flashgeotext's keyword trie alone is ~250,000 objects, ~0.3 s to walk):
        # start each run from a collected heap, so that no run pays for the garbage or
        # the data of another. What a run allocates itself still counts.
        out = None
        gc.collect()
        start = time.process_time()
        out = fn(fresh)
        best = min(best, time.process_time() - start)
    return best, out


def main() -> None:
    from flashgeotext.geotext import GeoText

    from geo.geoparse import _default_parser, geoparse

    start = time.perf_counter()
    _default_parser()
    ours_setup = time.perf_counter() - start
    start = time.perf_counter()
    flash = GeoText()
    flash_setup = time.perf_counter() - start
    print(
        f"setup: geoparse {ours_setup:.2f} s (gazetteer + automaton), flashgeotext {flash_setup:.2f} s"
    )
    print(
        f"{'text':<8} {'MB':>5}  {'geoparse MB/s':>13} {'mentions':>8}  {'flashgeotext MB/s':>17} {'mentions':>8}"
    )
    for name, text in _texts().items():
        size = len(text.encode("utf-8")) / MB
        ours_t, ours = _best(geoparse, text)
        flash_t, found = _best(lambda t: flash.extract(input_text=t), text)
        flash_n = sum(
            v["count"] for kind in ("cities", "countries") for v in found.get(kind, {}).values()
        )
        print(
            f"{name:<8} {size:>5.2f}  {size / ours_t:>13.1f} {len(ours):>8}  "
            f"{size / flash_t:>17.1f} {flash_n:>8}"
        )


if __name__ == "__main__":
    main()
