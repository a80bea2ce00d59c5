"""benchmarks/goldset.py: scoring by exact span, by overlap, and one marking against another."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from goldset import load_dev, marks_of, score  # noqa: E402
from score_gold import main  # noqa: E402

ONE = """== a1 en Two markings of one sentence
Lorries cross the [Araz River|araz|river] from [Aghband|aghband|settlement] to [Iran|ir|country].
"""
# the second annotator leaves the river word out, misses Aghband and adds a false Iran
TWO = """== a1 en Two markings of one sentence
Lorries cross the [Araz|araz|river] River from Aghband to [Iran|ir|country].
"""


def _sets(tmp_path):
    (tmp_path / "one.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "two.txt").write_text(TWO, encoding="utf-8")
    return tmp_path / "one.txt", tmp_path / "two.txt"


def test_a_marking_scored_against_itself_agrees_fully(tmp_path):
    one, _ = _sets(tmp_path)
    docs = load_dev(one)
    row = score(docs, marks_of(docs))["table"]["all"]
    assert (row["tp"], row["fp"], row["fn"]) == (3, 0, 0)


def test_exact_spans_count_a_shorter_span_twice_and_overlap_forgives_it(tmp_path):
    one, two = _sets(tmp_path)
    gold, other = load_dev(one), load_dev(two)
    strict = score(gold, marks_of(other))["table"]["all"]
    loose = score(gold, marks_of(other), overlap=True)["table"]["all"]
    assert (strict["tp"], strict["fp"], strict["fn"]) == (1, 1, 2)  # Iran right; Araz off
    assert (loose["tp"], loose["fp"], loose["fn"]) == (2, 0, 1)  # only Aghband missed


def test_score_gold_prints_the_agreement_and_refuses_a_bad_call(tmp_path, capsys):
    one, two = _sets(tmp_path)
    assert main(["--agree", str(one), str(two), "--overlap"]) == 0
    out = capsys.readouterr().out
    assert "1 of 1 documents hold the same text in both" in out
    assert "  all                 1.000  0.667     2    0    1" in out
    assert main(["--agree", str(one)]) == 2
    assert "score_gold.py --agree A B" in capsys.readouterr().err
    assert main([str(tmp_path / "absent.txt")]) == 2
    assert "absent.txt is not a file" in capsys.readouterr().err


def test_a_corridor_target_by_name_is_the_held_corridor(tmp_path):
    # a gold set written before the corridor was held names it by "@Name"; held since, the
    # target is its id, as a place's "@Name,CC" is the gazetteer place's
    gold = tmp_path / "corridor.txt"
    gold.write_text(
        "== c-en-1 en a corridor named before it was held\n"
        "The [China-Pakistan Economic Corridor|@China-Pakistan Economic Corridor|corridor]"
        " ends at Gwadar.\n",
        encoding="utf-8",
    )
    [doc] = load_dev(gold)
    assert [m["id"] for m in doc["mentions"]] == ["cpec"]


def test_an_armenian_ending_after_a_hyphen_is_a_case_ending(tmp_path):
    # the found span without its hyphenated ending is the gold's, as without a plain one
    path = tmp_path / "hy.txt"
    path.write_text(
        "== h1 hy One sentence\n[TRIPP-ը|zangezur-corridor|corridor] կանցնի "
        "[Սյունիքով|syunik-province|region], [ԵԱՏՄ-ին|eurasian-economic-union|macro]-ից ոչ.\n",
        encoding="utf-8",
    )
    gold = load_dev(path)
    text = gold[0]["text"]

    class Found:
        def __init__(self, name, target):
            self.start = text.index(name)
            self.end = self.start + len(name)
            self.text, self.target = name, target

    found = [
        Found("TRIPP", "zangezur-corridor"),
        Found("Սյունիք", "syunik-province"),
        Found("ԵԱՏՄ-ի", "eurasian-economic-union"),  # (a letter short: an ending too)
    ]
    row = score(gold, lambda _: found)["table"]["all"]
    assert (row["tp"], row["fp"], row["fn"]) == (3, 0, 0)
    # a hyphen and a Latin word after it is another word, not an ending
    path.write_text("== h2 en One sentence\n[Kars-Gyumri|@Kars,TR|settlement] line.\n")
    gold = load_dev(path)
    text = gold[0]["text"]
    row = score(gold, lambda _: [Found("Kars", "@Kars,TR")])["table"]["all"]
    assert (row["tp"], row["fp"], row["fn"]) == (0, 1, 1)
