"""Score geoparse() on a gold file kept outside the project, or two markings of one set.

Run: ``.venv/bin/python benchmarks/score_gold.py FILE [--overlap] [--errors]`` for a set
in the format of ``data/gold/dev.txt`` (real articles marked by hand live outside the
repository: their text is not ours to commit); ``--overlap`` counts a mention found
when its target is right on a span that overlaps the gold's ("found and placed", span
conventions aside). ``score_gold.py --agree A B [--overlap] [--errors]`` scores the
marks of ``B`` against those of ``A`` over the documents both hold with the same text:
the agreement of two annotators, the ceiling any parser is measured under.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_geoparse import _print  # noqa: E402
from goldset import load_dev, marks_of, score  # noqa: E402


def main(argv: list[str]) -> int:
    flags = {a for a in argv if a.startswith("--")}
    paths = [Path(a) for a in argv if not a.startswith("--")]
    if len(paths) != (2 if "--agree" in flags else 1) or flags - {
        "--agree",
        "--overlap",
        "--errors",
    }:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    for path in paths:
        if not path.is_file():
            print(
                f"score_gold.py: {path} is not a file: give a gold set in the format of "
                "data/gold/dev.txt",
                file=sys.stderr,
            )
            return 2
    docs = load_dev(paths[0])
    if "--agree" in flags:
        other = load_dev(paths[1])
        texts = {d["text"] for d in other}
        shared = [d for d in docs if d["text"] in texts]
        print(f"{len(shared)} of {len(docs)} documents hold the same text in both")
        result = score(shared, marks_of(other), overlap="--overlap" in flags)
        title = f"{paths[1].name} against {paths[0].name}"
    else:
        from geo.geoparse import geoparse

        result = score(docs, geoparse, overlap="--overlap" in flags)
        title = f"geoparse against {paths[0].name}"
    mentions = sum(len(d["mentions"]) for d in docs)
    _print(f"{title}: {len(docs)} texts, {mentions} mentions", result)
    if "--errors" in flags:
        for doc, what, text, target in result["errors"]:
            print(f"  {doc:14} {what:6} {text!r:40} {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
