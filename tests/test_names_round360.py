"""Round 360 (names360): the Helmand water dispute's names, checked first: the Turkish
'Hirmend', the German 'Hillmend' and the Dari 'دریای هلمند' for the river; the Kajaki Dam,
the district seat Chahar Burjak and Hirmand County's seat Dust Mohammad as new records.
The bare 'هلمند' and 'Helmand' stay the province, the bare 'Kajaki' (the district) reads
nothing. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Hirmend", "helmand-river"),
    ("Hillmend", "helmand-river"),
    ("دریای هلمند", "helmand-river"),
    ("Kajaki Dam", "kajaki-dam"),
    ("Kajakai Dam", "kajaki-dam"),
    ("سد کجکی", "kajaki-dam"),
    ("بند کجکی", "kajaki-dam"),
    ("Chahar Burjak", "chahar-burjak-af"),
    ("چهاربرجک", "chahar-burjak-af"),
    ("Dust Mohammad", "dust-mohammad-ir"),
    ("Dūst Moḩammad", "dust-mohammad-ir"),
    ("Hirmand County", "dust-mohammad-ir"),
    ("شهرستان هیرمند", "dust-mohammad-ir"),
    # unchanged: the bare names
    ("Hirmand", "helmand-river"),
    ("هلمند", "helmand-province-af"),
    ("Helmand", "helmand-province-af"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round360_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Hirmend'deki su sorunu büyüyor.", "Hirmend", "helmand-river"),
    ("Hirmend Nehri bu yaz kurudu.", "Hirmend Nehri", "helmand-river"),
    ("Iran und Afghanistan streiten um den Hillmend.", "Hillmend", "helmand-river"),
    ("آب دریای هلمند کم شده است.", "دریای هلمند", "helmand-river"),
    ("ولایت هلمند ناامن است.", "ولایت هلمند", "helmand-province-af"),
    ("The Kajaki Dam was repaired last year.", "Kajaki Dam", "kajaki-dam"),
    ("سد کجکی بازسازی شد.", "سد کجکی", "kajaki-dam"),
    ("Fighting reached Chahar Burjak on Monday.", "Chahar Burjak", "chahar-burjak-af"),
    ("ولسوالی چهاربرجک آرام است.", "چهاربرجک", "chahar-burjak-af"),
    ("Residents of Dust Mohammad protested.", "Dust Mohammad", "dust-mohammad-ir"),
    ("Clashes broke out in Hirmand County on Sunday.", "Hirmand County", "dust-mohammad-ir"),
    ("درگیری در شهرستان هیرمند رخ داد.", "شهرستان هیرمند", "dust-mohammad-ir"),
    ("Iran wants its share of the Hirmand River.", "Hirmand River", "helmand-river"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round360_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round360_bare_kajaki_is_not_the_dam():
    # the district and its town share the name: only the dam word makes it the dam
    assert not any(
        pid == "kajaki-dam" for _, pid in _found("Fighting in Kajaki district resumed.")
    )


def test_round360_hirmand_alone_is_not_the_county():
    assert not any(pid == "dust-mohammad-ir" for _, pid in _found("Hirmand's water is short."))
