"""Round 356 (names356): Khuzestan towns of the spring 2019 floods, checked first and missing:
Rafi (رفیع), Elhayi (الهایی), Kut-e Seyyed Naim (کوت سید نعیم) and Gurieh (گوریه). Bostan
(بستان, 'garden') is left out, and the bare English 'Rafi' (a given name) is no alias. The
sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("رفیع", "rafi-khuzestan"),
    ("Rafi (Khuzestan)", "rafi-khuzestan"),
    ("الهایی", "elhayi"),
    ("Elhayi", "elhayi"),
    ("کوت سید نعیم", "kut-e-seyyed-naim"),
    ("Kut-e Seyyed Naim", "kut-e-seyyed-naim"),
    ("گوریه", "gurieh"),
    ("Gurieh", "gurieh"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round356_geocode(name, pid):
    assert geocode(name).id == pid


LIST = "سیل شهرهای سوسنگرد، حمیدیه، رفیع، ابوحمیظه، بستان و کوت سید نعیم را فرا گرفت."

#: a sentence, the mention's text and its place
CASES = [
    (LIST, "رفیع", "rafi-khuzestan"),
    (LIST, "کوت سید نعیم", "kut-e-seyyed-naim"),
    (LIST, "سوسنگرد", "geonames:137268"),
    (LIST, "حمیدیه", "geonames:132105"),
    ("آب به شهر گوریه و الهایی رسید.", "گوریه", "gurieh"),
    ("آب به شهر گوریه و الهایی رسید.", "الهایی", "elhayi"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round356_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round356_rafi_the_given_name_reads_nothing():
    assert _found("Rafi hat gestern angerufen.") == []


def test_round356_kut_alone_is_not_the_town():
    assert not any(pid == "kut-e-seyyed-naim" for _, pid in _found("کوت عبدالله شهر است."))
