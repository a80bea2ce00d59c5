"""The checks made for all the names at once before a rule reads them one by one keep every
name the rule would read: the route rule's gaps (geo._neighbours._route_gaps) and the words
beside a name in a run of capitalised words (geo._nameruns._beside_capitals)."""

import numpy as np
import pytest

from geo._nameruns import _beside_capitals
from geo._neighbours import _TO_WORDS, _gap, _route_gaps
from geo._runpeers import _in_name_run

# gaps the route rule reads (a dash, a list's comma or "and", a route's word, an ablative)
# and gaps it does not (a possessive, a preposition, a sentence's end, a word)
READ = ["–", " - ", "-", " — ", ", ", " and ", " və ", " и ", "، ", " و ", " to ", " via ",
        " über ", " до ", " через ", "'dan ", "’den ", "ten ", " nach ", " به ", "، و "]  # fmt: skip
NOT_READ = [". В ", " kimi ", "у и ", "!", "'s ", " in ", " reach ", " the ", " ilə ", " (", ") "]


def _joined(gap: str) -> bool:
    """Whether the route rule reads ``gap`` at all (what _route_kind looks at)."""
    return any(_gap(gap)) or gap.strip() in _TO_WORDS


@pytest.mark.parametrize("gap", READ + NOT_READ)
def test_a_gap_the_rule_reads_is_kept(gap):
    text = f"Kars{gap}Igdir"
    codes = np.array([ord(c) for c in text], dtype=np.uint32)
    starts, stops = np.array([0, 4 + len(gap)]), np.array([4, len(text)])
    kept = _route_gaps(codes, starts, stops, np.array([True]))
    assert _joined(gap) == (gap in READ)
    if gap in READ:
        assert kept.tolist() == [True]
    elif gap in NOT_READ[:4]:  # (a character no gap the rule reads has: left out)
        assert kept.tolist() == [False]


def test_pairs_not_close_are_left_out():
    text = "Kars and Igdir"
    codes = np.array([ord(c) for c in text], dtype=np.uint32)
    kept = _route_gaps(codes, np.array([0, 9]), np.array([4, 14]), np.array([False]))
    assert kept.tolist() == [False]


RUNS = (
    "met Ali Akbar Ahmadian in. the Akbar was seen; Mr-Akbar x;\nAli\nAkbar here; 5Akbar Zed "
    "«Akbar» O'Akbar; de-Akbar, Ögə Akbar; ABBA-Akbar x Akbar-Yol; اکبر Akbar"
)


def test_a_name_in_a_run_is_read():
    codes = np.array([ord(c) for c in RUNS], dtype=np.uint32)
    starts = [i for i in range(len(RUNS)) if RUNS.startswith("Akbar", i)]
    stops = [i + 5 for i in starts]
    read = _beside_capitals(codes, np.array(starts), np.array(stops)).tolist()
    runs = [_in_name_run(RUNS, starts, stops, k) for k in range(len(starts))]
    assert all(r for r, run in zip(read, runs, strict=True) if run)  # every run is read
    assert runs[0] and not read[1]  # "Ali Akbar Ahmadian" is; "the Akbar was" is not read
