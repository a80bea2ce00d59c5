"""Round 329 (names329): names held-out round 126 (sets 540-542) found missing: the Heyran
villages on the Astara-Ardabil road as a new record of data/places.yaml; English 'Serein' for
Sareyn, Turkish 'Deşt-i Muğân' for the Mughan plain, 'Hazer Denizi' for the
Caspian, 'Hudâ-Aferin Köprüsü' and 'Hudâ Aferin' for the Khudafarin bridges, English
'Nakhichivan Autonomous Republic', Azerbaijani 'Cavakx' for Javakheti and Western Armenian
'Ճէյհան' for Ceyhan. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Heyran", "heyran-astara"),
    ("Serein", "geonames:117048"),
    ("Deşt-i Muğân", "mughan-plain"),
    ("Hazer Denizi", "caspian-sea"),
    ("Hudâ-Aferin Köprüsü", "khudafarin-bridges"),
    ("Hudâ Aferin", "khudafarin-bridges"),
    ("Nakhichivan Autonomous Republic", "nakhchivan-ar"),
    ("Cavakx", "javakheti"),
    ("Ճէյհան", "ceyhan"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round329_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Fog closed the pass at Heyran on Friday.", "Heyran", "heyran-astara"),
    ("Die Seilbahn von Heyran fuhr wieder.", "Heyran", "heyran-astara"),
    ("Spas in Serein are full in summer.", "Serein", "geonames:117048"),
    ("Deşt-i Muğân'da yağmur yağdı.", "Deşt-i Muğân", "mughan-plain"),
    ("Hazer Denizi'nin kıyısında balık tutulur.", "Hazer Denizi", "caspian-sea"),
    ("Hudâ-Aferin Köprüsü'nü gördük.", "Hudâ-Aferin Köprüsü", "khudafarin-bridges"),
    ("Hudâ Aferin köprüleri eskidir.", "Hudâ Aferin", "khudafarin-bridges"),
    (
        "Officials of the Nakhichivan Autonomous Republic met.",
        "Nakhichivan Autonomous Republic",
        "nakhchivan-ar",
    ),
    ("Cavakxda ermənilər yaşayır.", "Cavakx", "javakheti"),
    ("Ճէյհանի նաւահանգիստը փակ է։", "Ճէյհան", "ceyhan"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round329_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round329_hazer_alone_is_no_sea():
    assert not any(pid == "caspian-sea" for _, pid in _found("Hazer etmek gerekir."))
