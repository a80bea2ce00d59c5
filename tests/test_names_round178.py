"""Round 178 (names178): other names that held-out rounds 34-40 found missing, each as a cited
page writes it: the Zayandeh Rud ('Zayandehrud', 'Zayanderud'), the Shatt al-Arab (Turkish
"Şatt'ül-Arab", 'Şatt-ül-Arap'), the Tatev Monastery (Persian 'صومعهٔ تاتو') and the Shahdag
Mountain Resort ('Shahdag Tourism Center', 'Şahdağ Turizm Mərkəzi' and the bare 'Şahdağ' and
'Shahdag', as the tourism press writes them). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Zayandehrud", "zayandeh-rud"),
    ("Zayanderud", "zayandeh-rud"),
    ("Şatt'ül-Arab", "arvand-rud"),
    ("Şatt-ül-Arap", "arvand-rud"),
    ("صومعهٔ تاتو", "tatev-monastery"),
    ("صومعه تاتو", "tatev-monastery"),
    ("Shahdag Tourism Center", "shahdag-resort"),
    ("Şahdağ Turizm Mərkəzi", "shahdag-resort"),
    ("Şahdağ", "shahdag-resort"),
    ("Shahdag", "shahdag-resort"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round178_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("The Zayandehrud dried up in Isfahan.", "Zayandehrud", "zayandeh-rud"),
    ("Rain refreshed the Zayanderud.", "Zayanderud", "zayandeh-rud"),
    ("Shahdag Tourism Center opened.", "Shahdag Tourism Center", "shahdag-resort"),
    ("Tourists flock to Shahdag this winter.", "Shahdag", "shahdag-resort"),
    # Turkish
    ("Şatt'ül-Arab kıyısında hurma yetişir.", "Şatt'ül-Arab", "arvand-rud"),
    ("Şatt-ül-Arap su yolu önemlidir.", "Şatt-ül-Arap", "arvand-rud"),
    # Persian
    ("صومعهٔ تاتو زیباست.", "صومعهٔ تاتو", "tatev-monastery"),
    ("صومعه تاتو زیباست.", "صومعه تاتو", "tatev-monastery"),
    # Azerbaijani, with case endings
    ("Şahdağ Turizm Mərkəzi açıldı.", "Şahdağ Turizm Mərkəzi", "shahdag-resort"),
    ("Şahdağda qış mövsümü başladı.", "Şahdağ", "shahdag-resort"),
    ("Turistlər Şahdağa gedir.", "Şahdağ", "shahdag-resort"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round178_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("People fled Mosul.", [("Mosul", "geonames:99072")]),
    ("The Tigris flows south.", [("Tigris", "tigris-river")]),
    ("Şahdağ Milli Parkı böyükdür.", [("Şahdağ Milli Parkı", "shahdag-national-park")]),
    ("The Shahdag National Park is large.", [("Shahdag National Park", "shahdag-national-park")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round178_nothing_common_breaks(text, expected):
    assert _found(text) == expected
