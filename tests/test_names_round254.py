"""Round 254 (names254): names that held-out sets 376-379 (Turkey's southeast and the
Development Road; India and Iran; Istanbul and the Turkish Straits; Lake Sevan and Armenia's
north) found missing, each as a cited page or GeoNames writes it: Eminönü, Eceabat, Ulukışla
and Yenice (Tarsus) as world rows; Armenian 'Միջագետք' for Mesopotamia, Persian 'میرگسور' for
Mergasur and 'پیشخابور' for the Faysh Khabur crossing. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Eminönü", "geonames:747538"),
    ("Eceabat", "geonames:747728"),
    ("Maydos", "geonames:747728"),
    ("Ulukışla", "geonames:298414"),
    ("Yenice", "geonames:297184"),
    ("Միջագետք", "mesopotamia"),
    ("میرگسور", "geonames:93455"),
    ("پیشخابور", "faysh-khabur-iq"),
    # held before
    ("Mergasur", "geonames:93455"),
    ("Dardanel boğazı", "dardanelles"),
    ("Göyçə gölü", "lake-sevan"),
    ("دریای مرمره", "sea-of-marmara"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round254_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Ferries left Eminönü at dawn.", "Eminönü", "geonames:747538"),
    ("The ferry from Eceabat crossed the strait.", "Eceabat", "geonames:747728"),
    ("The train stopped at Ulukışla.", "Ulukışla", "geonames:298414"),
    ("The junction at Yenice was rebuilt.", "Yenice", "geonames:297184"),
    # Turkish, with case endings
    ("Eminönü'nde yoğunluk yaşandı.", "Eminönü", "geonames:747538"),
    ("Eceabat'tan feribot kalktı.", "Eceabat", "geonames:747728"),
    ("Ulukışla'da tren durdu.", "Ulukışla", "geonames:298414"),
    ("Yenice'de kavşak inşa ediliyor.", "Yenice", "geonames:297184"),
    # Armenian, with the locative and the genitive
    ("Միջագետքում հնագույն քաղաքներ են եղել։", "Միջագետք", "mesopotamia"),
    ("Միջագետքի հողերը բերրի են։", "Միջագետք", "mesopotamia"),
    # Persian
    ("قاچاقچیان در میرگسور دستگیر شدند.", "میرگسور", "geonames:93455"),
    ("کامیون‌ها از گذرگاه پیشخابور عبور کردند.", "پیشخابور", "faysh-khabur-iq"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round254_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # Eminönü's dropped 'Saray' is a Turkish word (a palace) and other towns' name
    ("Sarayda kral yaşayırdı.", []),
    ("The Seraglio Point was lit.", []),
    # the lower-case Turkish adjective 'yenice' (rather new) is no place
    ("Bu yenice bir ev.", []),
    # Tarsus keeps its own name
    ("Tarsus'ta yeni bir yol açıldı.", [("Tarsus", "geonames:299817")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round254_nothing_common_breaks(text, expected):
    assert _found(text) == expected
