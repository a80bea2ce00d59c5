"""The ``corridors`` command line: thin calls into :mod:`geo`.

Exit status: 0 on success, 1 when the input names nothing we can find or is
malformed (one line on stderr, no traceback), 2 on a usage error. Output cut
short by a closed pipe (``corridors links --json | head``) ends quietly.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from geo._errors import GeoError
from geo.gazetteer import KINDS


def _geocode(args: argparse.Namespace) -> str:
    import warnings

    from geo._errors import NearSpellingWarning
    from geo.geocode import geocode

    with warnings.catch_warnings(record=True) as caught:  # (said below in the command's words)
        warnings.simplefilter("always", NearSpellingWarning)
        place = geocode(args.query, kind=args.kind, online=args.online)
    if any(issubclass(w.category, NearSpellingWarning) for w in caught):
        # a near spelling, not the name: say so ("İzmit" is not İzmir)
        print(
            f"corridors geocode: no place is named {args.query!r}; the closest spelling in "
            f"the gazetteer is {place.name!r}.",
            file=sys.stderr,
        )
    if args.json:
        return json.dumps(place.to_dict(), ensure_ascii=False)
    also = f"  (also: {', '.join(place.alternatives)})" if place.alternatives else ""
    where = place.country or "/".join(place.countries)  # a sea or macro-region: its countries
    return (
        f"{place.name} [{place.id}] {place.kind}, {where}: {place.lat:.5f}, {place.lon:.5f}{also}"
    )


def _summary(out: Path, runs: int, seconds: float) -> str:
    files = sorted(p for p in out.iterdir() if p.is_file())
    width = max((len(p.name) for p in files), default=10)
    lines = [f"{p.name:<{width}}  {p.stat().st_size / 1024:8.1f} KB" for p in files]
    lines.append(f"{len(files)} files in {out} from {runs} notebooks, {seconds:.1f} s")
    return "\n".join(lines)


def _build(args: argparse.Namespace) -> str:
    import time

    from geo.build import build

    start = time.perf_counter()
    runs = build(
        args.out, jobs=args.jobs, progress=lambda line: print(line, file=sys.stderr, flush=True)
    )
    return _summary(args.out, len(runs), time.perf_counter() - start)


def _as_of(args: argparse.Namespace) -> object:
    """Return the ``--as-of`` date, checked here so that a mistake names the option."""
    from geo.eventdata import as_date

    return None if args.as_of is None else as_date(args.as_of, name="--as-of")


def _links(args: argparse.Namespace) -> str:
    import math

    from geo.links import links, to_geojson

    df = links(args.file, as_of=_as_of(args))
    if args.json:
        return json.dumps(to_geojson(df), ensure_ascii=False)
    head = f"{'id':<26} {'mode':<12} {'status':<18} {'km':>7} {'published':>9} {'drawn':>6}"
    lines = [f"{head}  by country (km)"]
    for r in df.itertuples():
        km = "" if math.isnan(r.length_km) else f"{r.length_km:.1f}"
        pub = "" if math.isnan(r.published_length_km) else f"{r.published_length_km:g}"
        if pub and (r.figures.get("published_length_km") or {}).get("approx"):
            pub = f"~{pub}"  # stated as approximate by its source: compared within 10 %
        # the drawn length of what the published figure measures, against it
        off = (
            ""
            if math.isnan(r.compared_length_km)
            else f"{r.compared_length_km / r.published_length_km - 1:+.0%}"
        )
        by = ", ".join(f"{k} {v:g}" for k, v in r.length_by_country_km.items())
        lines.append(f"{r.id:<26} {r.mode:<12} {r.status:<18} {km:>7} {pub:>9} {off:>6}  {by}")
    return "\n".join(lines)


def _where(path: Path) -> str:
    """How an error names an input file."""
    return "standard input" if str(path) == "-" else str(path)


def _read_text(path: Path) -> str:
    """Read a UTF-8 text file (``-``: standard input); say where it is not UTF-8."""
    from geo._errors import DataError

    where = _where(path)
    if path.is_dir():
        msg = f"{where} is a folder, not a text file: give the article's file, e.g. data/article.txt."
        raise DataError(msg)
    try:
        return sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        msg = f"{where} is not UTF-8 text ({e.reason} at byte {e.start}); save it as UTF-8."
        raise DataError(msg) from e


def _parse(args: argparse.Namespace) -> str:
    from geo.geoparse import geoparse

    text = _read_text(args.file)
    mentions = geoparse(text)
    if args.json:
        return json.dumps([m.to_dict() for m in mentions], ensure_ascii=False, indent=1)
    lines = []
    for m in mentions:
        what = f"link {m.link}" if m.place is None else f"{m.place.id} ({m.place.kind})"
        lines.append(f"{m.start:>6}-{m.end:<6} {m.text!r:<40} {what}")
    lines.append(f"{len(mentions)} mentions")
    return "\n".join(lines)


def _story(args: argparse.Namespace) -> str:
    import gc

    from geo._cache import _release_freed
    from geo._errors import DataError
    from geo.geoparse import _default_parser

    text = _read_text(args.article)
    if not text.strip():
        msg = f"{_where(args.article)} holds no text: nothing to map. Give the article as UTF-8 text."
        raise DataError(msg)
    # the parser first (on a first run, building its caches) and the map's libraries after:
    # the build's freed heap goes back to the system before they load (geo._cache), where
    # loaded first they would sit above it (the first run's peak: 252 MB, now 231); and the
    # parser, its work done, is let go before they load, its automaton's memory given back
    # for the map to reuse (the warm run's peak: 250.3 MB, now 199.4)
    mentions = _default_parser().parse(text)
    _default_parser.cache_clear()
    gc.collect()
    _release_freed()
    from geo.export import save_html
    from geo.story import StoryPanel, story_map

    m = story_map(text, title=args.title, as_of=_as_of(args), year=args.year, mentions=mentions)
    path = save_html(m, args.out)
    panel = next(c for c in m._children.values() if isinstance(c, StoryPanel))
    names = sorted({u.text for u in panel.unresolved})
    return (
        f"{path}  {path.stat().st_size / 1024:.1f} KB: {len(panel.mentions)} mentions, "
        f"unresolved: {', '.join(names) if names else 'none'}\n"
        # the page's bidi isolates (U+2068, U+2069) print as stray marks in most terminals
        + panel.date_note.replace("\u2068", "").replace("\u2069", "")
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="corridors",
        description="Geocode and map the places and links of Azerbaijan-Iran cooperation articles.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("geocode", help="find a place in the gazetteer (or online)")
    p.add_argument("query", help="a place name, e.g. 'Naxçıvan' or 'the Araz river'")
    p.add_argument("--kind", choices=sorted(KINDS), help="only places of this kind")
    p.add_argument(
        "--online", action="store_true", help="ask Nominatim when the gazetteer has no answer"
    )
    p.add_argument(
        "--json", action="store_true", help="print one JSON object with GeoJSON geometry"
    )
    p.set_defaults(run=_geocode)

    p = sub.add_parser("build", help="execute every notebook and export every map")
    p.add_argument(
        "-o", "--out", type=Path, default=Path("maps"), help="output folder (default: maps)"
    )
    p.add_argument("--jobs", type=int, default=2, help="notebooks run in parallel (default: 2)")
    p.set_defaults(run=_build)

    p = sub.add_parser("links", help="list the links (or print them as GeoJSON)")
    p.add_argument(
        "--json", action="store_true", help="print an RFC 7946 GeoJSON FeatureCollection"
    )
    p.add_argument("--file", type=Path, default=None, help="links file (default: data/links.yaml)")
    p.add_argument("--as-of", metavar="DATE", help="the links as they stood that day (YYYY-MM-DD)")
    p.set_defaults(run=_links)

    p = sub.add_parser("parse", help="find the places and named links a text file mentions")
    p.add_argument("file", type=Path, help="a UTF-8 text file ('-' reads standard input)")
    p.add_argument(
        "--json", action="store_true", help="print a JSON list of mentions with offsets"
    )
    p.set_defaults(run=_parse)

    p = sub.add_parser("story", help="write the article beside its map as one HTML page")
    p.add_argument("article", type=Path, help="the article, a UTF-8 text file")
    p.add_argument("-o", "--out", type=Path, required=True, help="the HTML page to write")
    p.add_argument("--title", default=None, help="heading (default: the article's headline)")
    p.add_argument(
        "--as-of",
        metavar="DATE",
        help="draw the links as they stood that day (default: the article's dateline date)",
    )
    p.add_argument("--year", type=int, default=None, help="the year of a dateline that gives none")
    p.set_defaults(run=_story)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        out = args.run(args)
    except (GeoError, OSError, ValueError) as e:  # bad input: one line, no traceback
        print(f"corridors {args.command}: {e}", file=sys.stderr)
        return 1
    if out:
        try:
            print(out, flush=True)
        except BrokenPipeError:  # the reader stopped early (| head): not an error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
