"""Round 347 (names347): names of the gas route from Russia through Azerbaijan to Iran that
real articles write, checked first: the town Hajigabul (geonames:585225) by its Soviet name as
the pipelines' names write it, English 'Kazimagomed' and 'Gazi-Magomed' and Russian
'Газимагомед' ('Kazi-Magomed', 'Кази-Магомед', Mozdok and Makhachkala read already). The
Persian 'قاضی محمد' (Qazi Muhammad, a person) and 'قزاق' (Cossack, Kazakh) were judged out.
The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Kazimagomed", "geonames:585225"),
    ("Gazi-Magomed", "geonames:585225"),
    ("Газимагомед", "geonames:585225"),
    ("Kazi-Magomed", "geonames:585225"),
    ("Mozdok", "mozdok-ru"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round347_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Gas again flows through the Mozdok-Kazimagomed line.", "Kazimagomed", "geonames:585225"),
    ("Gas again flows through the Mozdok-Kazimagomed line.", "Mozdok", "mozdok-ru"),
    ("The Gazi-Magomed–Astara line was shut for repairs.", "Gazi-Magomed", "geonames:585225"),
    ("Ремонт газопровода Моздок-Газимагомед завершен.", "Газимагомед", "geonames:585225"),
    ("Газ поступает в Газимагомед из Дагестана.", "Газимагомед", "geonames:585225"),
    (
        "Газ идет по газопроводу Моздок — Махачкала — Кази-Магомед.",
        "Махачкала",
        "geonames:532096",
    ),
    ("Gas reaches Kazi-Magomed through Makhachkala.", "Kazi-Magomed", "geonames:585225"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round347_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round347_persons_and_peoples_stay_no_place():
    # Qazi Muhammad, the Mahabad republic's leader; the Cossacks; the Gazi of a sports team
    assert not any(m.startswith("قاضی") for m, _ in _found("قاضی محمد در مهاباد سخنرانی کرد."))
    assert not any(pid == "geonames:585225" for _, pid in _found("The Gazi team won the match."))
    assert not any(
        pid in ("gazakh-district-az", "geonames:585226") for _, pid in _found("قزاق‌ها آمدند.")
    )
