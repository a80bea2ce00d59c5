"""Splice the new features of a full rebuild into the committed region layer (round 223).

``python scripts/regions_splice.py OLD NEW OUT``: OUT is NEW's features in NEW's order, each
feature OLD holds taken from OLD byte for byte (one feature per line, as
``geojson_output.write`` writes them), so that a rebuild's drift in older records (seats and
aliases the gazetteer's later places reach) is left for its own round.
"""

from __future__ import annotations

import json
import re
import sys

_ID = re.compile(r'\{"type":"Feature","properties":\{"id":"([^"]+)"')


def _fid(line: str) -> str | None:
    m = _ID.match(line)
    return m.group(1) if m else None


def splice(old_text: str, new_text: str) -> tuple[str, list[str]]:
    """NEW's lines with OLD's line for every feature OLD holds; and the ids added."""
    old = {_fid(line): line.rstrip(",") for line in old_text.split("\n") if _fid(line)}
    out, added = [], []
    for line in new_text.split("\n"):
        ident = _fid(line)
        if ident is None:
            out.append(line)
            continue
        body = old.get(ident)
        if body is None:
            added.append(ident)
            body = line.rstrip(",")
        out.append(body + ("," if line.endswith(",") else ""))
    missing = set(old) - {_fid(line) for line in out}
    if missing:
        raise SystemExit(f"features the rebuild lacks: {sorted(missing)}")
    return "\n".join(out), added


def main(argv: list[str]) -> int:
    old_path, new_path, out_path = argv
    with open(old_path, encoding="utf-8") as f:
        old_text = f.read()
    with open(new_path, encoding="utf-8") as f:
        new_text = f.read()
    text, added = splice(old_text, new_text)
    json.loads(text)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{len(added)} features spliced in: {', '.join(added)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
