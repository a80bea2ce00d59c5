"""Precision and recall of geoparse() on the gold sets, by language and by kind.

Run: ``.venv/bin/python benchmarks/eval_geoparse.py [--errors] [--write]``.

Sets, in the order they were written relative to the fixes (each set's first score,
before any fix made on it, is kept in ``data/README.md``): ``dev`` (``data/gold/dev.txt``,
29 short texts in seven languages written in the style of the region's news, see
:mod:`goldset`; tuned on from the start), ``test`` (``data/gold/test.txt``, 21
news-length texts, three per language, written and marked before the parser was run on
them; its first score was the held-out estimate, but fixes were made on it since, so it
is tuned on now), ``test2`` (``data/gold/test2.txt``, seven more texts written after the
fixes made on ``test``, before the parser ran on them; fixed on since), ``test3``
(``data/gold/test3.txt``, fourteen texts on other routes and ports: Caspian shipping,
Dagestan, eastern Turkey, Georgia, Iran's ports, Central Asia, European terminals;
written before the parser ran on them, fixed on since), ``test4``
(``data/gold/test4.txt``, fourteen texts on exactly the held-out real articles' topics,
written after the fixes made on ``test3`` and before the parser ran on them; its first
score is the best estimate of the held-out result; fixed on since), ``extra`` (``data/gold/extra.json``)
and the seed article (``data/gold/article.json``). ``--errors`` lists every miss and
false positive of the dev and test sets (test to test4); ``--write`` writes the dev set in the JSON gold format to
``data/gold/dev.json`` (not committed: it is generated).
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldset import DATA, TEST, TEST2, TEST3, TEST4, load_dev, score  # noqa: E402


def _print(title: str, result: dict) -> None:
    print(f"\n{title}")
    print(f"  {'':18} {'P':>6} {'R':>6} {'tp':>5} {'fp':>4} {'fn':>4}")
    for key, row in sorted(result["table"].items(), key=lambda kv: (kv[0] != "all", kv[0])):
        print(
            f"  {key:18} {row['precision']:6.3f} {row['recall']:6.3f}"
            f" {row['tp']:5d} {row['fp']:4d} {row['fn']:4d}"
        )


def main() -> None:
    from geo.geoparse import geoparse

    dev = load_dev()
    if "--write" in sys.argv:
        out = DATA / "gold" / "dev.json"
        out.write_text(json.dumps({"documents": dev}, ensure_ascii=False, indent=1), "utf-8")
    extra = json.loads((DATA / "gold" / "extra.json").read_text(encoding="utf-8"))["documents"]
    article = json.loads((DATA / "gold" / "article.json").read_text(encoding="utf-8"))
    seed = [{"id": "article", "lang": "en", "text": (DATA / "article.txt").read_text("utf-8")}]
    seed[0]["mentions"] = [{**m, "kind": m.get("type", "place")} for m in article["mentions"]]
    for m in (m for d in extra for m in d["mentions"]):
        m.setdefault("kind", m.get("type", "place"))
    print(f"dev set: {len(dev)} texts, {sum(len(d['mentions']) for d in dev)} mentions")
    result = score(dev, geoparse)
    _print("dev set (data/gold/dev.txt)", result)
    test = load_dev(TEST)
    print(f"\ntest set: {len(test)} texts, {sum(len(d['mentions']) for d in test)} mentions")
    test_result = score(test, geoparse)
    _print(
        "test set (data/gold/test.txt, written before the first fixes, tuned on since)",
        test_result,
    )
    test2 = load_dev(TEST2)
    print(f"\ntest2 set: {len(test2)} texts, {sum(len(d['mentions']) for d in test2)} mentions")
    test2_result = score(test2, geoparse)
    _print(
        "test2 set (data/gold/test2.txt, written after test's fixes, tuned on since)", test2_result
    )
    test3 = load_dev(TEST3)
    print(f"\ntest3 set: {len(test3)} texts, {sum(len(d['mentions']) for d in test3)} mentions")
    test3_result = score(test3, geoparse)
    _print(
        "test3 set (data/gold/test3.txt, other routes and ports, written after test2's fixes, tuned on since)",
        test3_result,
    )
    test4 = load_dev(TEST4)
    print(f"\ntest4 set: {len(test4)} texts, {sum(len(d['mentions']) for d in test4)} mentions")
    test4_result = score(test4, geoparse)
    _print(
        "test4 set (data/gold/test4.txt, the held-out topics, written after test3's fixes)",
        test4_result,
    )
    _print("extra gold (data/gold/extra.json)", score(extra, geoparse))
    _print("seed article (data/gold/article.json)", score(seed, geoparse))
    if "--errors" in sys.argv:
        print("\ndev set errors:")
        for doc, what, text, target in result["errors"]:
            print(f"  {doc:14} {what:6} {text!r:40} {target}")
        for name, res in (
            ("test", test_result),
            ("test2", test2_result),
            ("test3", test3_result),
            ("test4", test4_result),
        ):
            print(f"\n{name} set errors:")
            for doc, what, text, target in res["errors"]:
                print(f"  {doc:14} {what:6} {text!r:40} {target}")


if __name__ == "__main__":
    main()
