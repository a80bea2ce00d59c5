"""Round 358 (names358): the Strait of Hormuz and Tehran's dams. New records: the Emirate of
Fujairah (beside its city), the Quoin (As Salamah) islands off Musandam, the Taleghan and
Mamloo dams (both APPROXIMATE, derived); names: English 'Mideast' (middle-east), Azerbaijani
'Kərəc su anbarı' and 'Əmir Kəbir bəndi' (amir-kabir-dam), Persian 'نیروگاه اتمی مت سامور' and
'نیروگاه مت سامور' (metsamor-npp). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Emirate of Fujairah", "fujairah-emirate"),
    ("эмират Фуджейра", "fujairah-emirate"),
    ("Fujairah", "geonames:292878"),
    ("Mideast", "middle-east"),
    ("Quoin Islands", "quoin-islands"),
    ("As Salamah Archipelago", "quoin-islands"),
    ("Taleghan Dam", "taleghan-dam"),
    ("Taleqan Dam", "taleghan-dam"),
    ("سد طالقان", "taleghan-dam"),
    ("Mamloo Dam", "mamloo-dam"),
    ("Mamlou Dam", "mamloo-dam"),
    ("سد ماملو", "mamloo-dam"),
    ("Mamlu", "mamloo-dam"),
    ("Kərəc su anbarı", "amir-kabir-dam"),
    ("Əmir Kəbir bəndi", "amir-kabir-dam"),
    ("نیروگاه اتمی مت سامور", "metsamor-npp"),
    ("نیروگاه مت سامور", "metsamor-npp"),
    ("نيروگاه اتمي مت سامور", "metsamor-npp"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round358_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    (
        "The Emirate of Fujairah lies on the Gulf of Oman.",
        "Emirate of Fujairah",
        "fujairah-emirate",
    ),
    ("Порт в эмирате Фуджейра работает.", "эмирате Фуджейра", "fujairah-emirate"),
    ("A Mideast-based analyst said the Mideast is tense.", "Mideast", "middle-east"),
    ("Ships passed the Quoin Islands near Musandam.", "Quoin Islands", "quoin-islands"),
    ("Mamloo Dam and Taleqan Dam are low.", "Mamloo Dam", "mamloo-dam"),
    ("Mamloo Dam and Taleqan Dam are low.", "Taleqan Dam", "taleghan-dam"),
    ("سطح آب سد طالقان و سد ماملو پایین آمد.", "سد طالقان", "taleghan-dam"),
    ("سطح آب سد طالقان و سد ماملو پایین آمد.", "سد ماملو", "mamloo-dam"),
    ("Lar, Mamlu və Latiyan bəndləri; Kərəc su anbarı boşdur.", "Mamlu", "mamloo-dam"),
    (
        "Lar, Mamlu və Latiyan bəndləri; Kərəc su anbarı boşdur.",
        "Kərəc su anbarı",
        "amir-kabir-dam",
    ),
    ("Lar, Mamlu və Latiyan bəndləri.", "Latiyan", "latyan-dam"),
    (
        "نیروگاه اتمی مت سامور در ارمنستان است.",
        "نیروگاه اتمی مت سامور",
        "metsamor-npp",
    ),
    ("نیروگاه مت سامور تعطیل شد.", "نیروگاه مت سامور", "metsamor-npp"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round358_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round358_bare_fujairah_stays_the_city():
    assert ("Fujairah", "geonames:292878") in _found("Tankers waited off Fujairah.")
    assert not any(pid == "fujairah-emirate" for _, pid in _found("Tankers waited off Fujairah."))


def test_round358_met_samur_is_not_the_samur():
    for text in ("نیروگاه اتمی مت سامور در ارمنستان است.", "نیروگاه مت سامور تعطیل شد."):
        assert not any(pid in ("samur-az", "samur-river") for _, pid in _found(text))


def test_round358_bare_taliqan_is_not_the_dam():
    assert not any(
        pid == "taleghan-dam" for _, pid in _found("Taliqan şəhərində görüş keçirildi.")
    )
