"""Round 263 (names263): Armenian names that held-out sets 384-399 found missing, each as a
cited page writes it: Astara's 'Ասթարա' (both towns, as 'Աստարա'), the Astarachay's
'Ասթարաչայ', the Ottoman Empire's 'Օսմանյան կայսրություն' and Nanjing's 'Նանջինգ'. The
sentences are the project's own."""

import pytest

from geo.gazetteer import gazetteer, normalize
from tests.parsing import found as _found

#: a name and the places it now names (both Astaras share theirs: the context decides)
NAMES = [
    ("Ասթարա", {"astara-az", "astara-ir"}),
    ("Ասթարաչայ", {"astarachay"}),
    ("Օսմանյան կայսրություն", {"ottoman-empire"}),
    ("Նանջինգ", {"geonames:1799962"}),
]


@pytest.mark.parametrize(("name", "pids"), NAMES)
def test_round263_names(name, pids):
    assert set(gazetteer().index.get(normalize(name), ())) == pids


#: a sentence, the mention's text and its place
CASES = [
    # Armenian, with the case endings -ից, -ում, -ի and the genitive -ության
    ("Բեռնատարները մեկնեցին Ասթարայից։", "Ասթարա", "astara-ir"),
    ("Ադրբեջանի Ասթարա քաղաքում նոր շուկա բացվեց։", "Ասթարա", "astara-az"),
    ("Ասթարաչայի վրա նոր կամուրջ է կառուցվում։", "Ասթարաչայ", "astarachay"),
    (
        "Օսմանյան կայսրության տարածքում շատ գյուղեր կային։",
        "Օսմանյան կայսրության",
        "ottoman-empire",
    ),
    ("Պատվիրակությունը ժամանեց Նանջինգ։", "Նանջինգ", "geonames:1799962"),
    ("Ցուցահանդեսը բացվեց Նանջինգում։", "Նանջինգ", "geonames:1799962"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round263_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # a river's west bank is no West Bank ('Արևմտյան ափ' is left out)
    ("Ձկնորսը կանգնեց գետի արևմտյան ափին։", []),
    ("Նավակը հասավ լճի արևմտյան ափ։", []),
    # the held spellings keep their places
    ("Լուրեր Աստարայից։", [("Աստարա", "astara-ir")]),
    ("Նա ապրում է Նանկինում։", [("Նանկին", "geonames:1799962")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round263_nothing_common_breaks(text, expected):
    assert _found(text) == expected
