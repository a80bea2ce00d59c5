"""Benchmark the peak memory of ``corridors story``: the first run (cold cache) and the next.

Each run is a new process (``python -m geo story data/article.txt``). A cold run
has an empty ``CORRIDORS_CACHE_DIR`` (the first run after a change of the data or
of the package, or on a new machine: it builds the gazetteer and the geoparser's
automaton and writes them to the cache); a warm run reads them from it. For each,
the peak resident set size (``ru_maxrss`` of the finished child) and the wall
time, the minimum and median of ``--runs``, cold and warm runs interleaved.

Run: ``.venv/bin/python benchmarks/bench_memory.py [--runs 3] [--root CHECKOUT]``
(``--root``: the checkout whose ``geo`` is measured, default this one).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_story(root: Path, cache: Path, out: Path) -> tuple[float, float]:
    """Run ``corridors story`` once in a new process; return (peak RSS in MB, seconds)."""
    env = {**os.environ, "PYTHONPATH": str(root), "CORRIDORS_CACHE_DIR": str(cache)}
    env.pop("CORRIDORS_NO_CACHE", None)
    command = [sys.executable, "-m", "geo", "story", str(root / "data" / "article.txt")]
    start = time.perf_counter()
    # (wait4 gives the child's own peak, where RUSAGE_CHILDREN is the largest of all so far)
    child = subprocess.Popen(  # noqa: S603 - our own interpreter and package
        [*command, "-o", str(out)], cwd=root, env=env, stdout=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        msg = f"{' '.join(command)} failed (exit status {os.waitstatus_to_exitcode(status)})"
        raise RuntimeError(msg)
    return usage.ru_maxrss / 1024, seconds  # (kB on Linux)


def main() -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout to measure")
    args = parser.parse_args()
    if resource.getrusage(resource.RUSAGE_SELF).ru_maxrss == 0:  # pragma: no cover
        sys.exit("ru_maxrss is not measured on this system")
    results: dict[str, list[tuple[float, float]]] = {"cold": [], "warm": []}
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        cache, out = Path(tmp) / "cache", Path(tmp) / "story.html"
        for _ in range(args.runs):
            shutil.rmtree(cache, ignore_errors=True)
            results["cold"].append(run_story(args.root.resolve(), cache, out))
            results["warm"].append(run_story(args.root.resolve(), cache, out))
    print(f"corridors story data/article.txt ({args.root}), {args.runs} runs each")
    print(f"{'cache':<6} {'peak RSS MB (min / median)':>28} {'seconds (min / median)':>24}")
    for name, runs in results.items():
        rss, secs = [r for r, _ in runs], [s for _, s in runs]
        print(
            f"{name:<6} {min(rss):>13.1f} / {statistics.median(rss):<12.1f}"
            f" {min(secs):>11.2f} / {statistics.median(secs):<10.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
