"""Round 386 (names386): Georgia's border villages, Tskhinvali and Akhalkalaki in other
spellings, each checked first: Azerbaijani 'Tsxinvali' (Azerbaijani Wikipedia's spelling) for
Tskhinvali and Persian 'آخلگلک' (Radio Farda's) for Akhalkalaki. Khurvaleti, Pichori, the
Azerbaijani 'Sxinvali'/'Sxinval' and 'Ergeneti', the Persian 'آهیلکلک' and the Turkish
'Ahalkelek' had no page giving a point or writing them and stay out. The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Tsxinvali", "geonames:611403"),
    ("آخلگلک", "geonames:615893"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round386_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Tsxinvalidə yeni görüş keçirildi.", "Tsxinvali", "geonames:611403"),
    ("Qori-Tsxinvali yolu yenə bağlıdır.", "Tsxinvali", "geonames:611403"),
    ("Qori-Tsxinvali yolu yenə bağlıdır.", "Qori", "geonames:614455"),
    ("قطار باری دیروز به آخلگلک رسید.", "آخلگلک", "geonames:615893"),
    ("قرارداد خط آهن باکو تفلیس آخلگلک امضا شد.", "آخلگلک", "geonames:615893"),
    ("Tren dün Ahılkelek'e ulaştı.", "Ahılkelek", "geonames:615893"),
    ("Ergneti market was closed in 2004.", "Ergneti", "ergneti"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round386_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round386_left_out_names_read_nothing():
    # no page read writes them, so they stay out (and must not read a far namesake)
    assert _found("Sxinvalidə görüş keçirildi.") == []
    assert _found("The village of Pichori lies by the sea.") == []
    # the Persian word 'کلک' (raft, trick) inside the name does not read the town alone
    assert not any(pid == "geonames:615893" for _, pid in _found("این یک کلک بود."))
