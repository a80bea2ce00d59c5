"""Build ``data/everyday_words.txt``: frequent German words, for the unresolved names.

German capitalises every noun, so "in Betrieb" (in operation), "in Kraft" (in force) and
"in Zukunft" (in future) put a capitalised word where :func:`geo.unresolved.unresolved_names`
looks for a place the gazetteer lacks ("in Zorbakistan"). The list holds wordfreq's
German words (``best`` list) of a Zipf frequency of :data:`THRESHOLD` or more, of three
letters or more, that are no name of a gazetteer place (those are mentions anyway);
a run of capitalised words all of which are listed is no unresolved place.

Run: ``.venv/bin/python scripts/build_everyday_words.py`` (needs the ``data`` extra,
for ``wordfreq``). The output is deterministic.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.gazetteer import build_gazetteer, normalize  # noqa: E402

DEFAULT_OUT = ROOT / "data" / "everyday_words.txt"
#: Zipf frequency from which a German word is listed (4: once in 100,000 words)
THRESHOLD = 4.0


def everyday_words(data: Path) -> list[str]:
    """Return the sorted folded German words to list (see the module docstring)."""
    from wordfreq import top_n_list, zipf_frequency

    names = {normalize(n) for p in build_gazetteer(data) for n in (p.name, *p.aliases)}
    words = set()
    for word in top_n_list("de", 50_000, wordlist="best"):
        if zipf_frequency(word, "de", wordlist="best") < THRESHOLD:
            break  # (the list is by frequency)
        key = normalize(word)
        if word.isalpha() and len(key) >= 3 and key not in names:
            words.add(key)
    return sorted(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    words = everyday_words(args.data)
    header = (
        "# Frequent German words (folded), which are no unresolved place names.\n"
        "# Made by scripts/build_everyday_words.py from wordfreq's German list and the\n"
        "# gazetteer (its names are left out); edit the script, not this file.\n"
    )
    args.out.write_text(header + "".join(f"{w}\n" for w in words), encoding="utf-8")
    print(f"{len(words)} everyday words -> {args.out}")


if __name__ == "__main__":
    main()
