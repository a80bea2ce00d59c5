"""Round 391 (names391): border crossings by the names news writes with their gate words,
checked first: Turkish 'Aktaş Sınır Kapısı' and 'Aktaş Gümrük Kapısı', the Kartsakhi-Aktaş
crossing by its Turkish gate's whole name (the bare 'Aktaş' stays the village), and
Azerbaijani 'Şelamçə' for the Shalamcheh crossing. The German 'Alidschan' reads already;
'İnceburun Sınır Kapısı', 'Şələmçe', Russian 'Капыкёй' and 'Grenzübergang Bazargan' had no page
writing them; the English 'Bazargan (border) crossing' was taken back (its bare key took the
town's 'Bazargan'); Mazımqara has no cited point. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Aktaş Sınır Kapısı", "kartsakhi"),
    ("Aktaş Gümrük Kapısı", "kartsakhi"),
    ("Şelamçə", "shalamcheh-crossing"),
    # the bare names stay as they were
    ("Aktaş", "aktas-cildir"),
    ("Bazargan", "geonames:141011"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round391_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Yolcular Aktaş Sınır Kapısı'ndan Gürcistan'a geçti.", "Aktaş Sınır Kapısı", "kartsakhi"),
    ("Aktaş Gümrük Kapısı yeniden açıldı.", "Aktaş Gümrük Kapısı", "kartsakhi"),
    ("Tırlar Aktaş Gümrük Kapısının önünde bekliyor.", "Aktaş Gümrük Kapısı", "kartsakhi"),
    ("Çıldır Aktaş Sınır Kapısı yeniden açıldı.", "Aktaş Sınır Kapısı", "kartsakhi"),
    (
        "İran İraqla olan Şelamçə sərhəd buraxılış məntəqəsini bağladı.",
        "Şelamçə",
        "shalamcheh-crossing",
    ),
    ("Zəvvarlar Şelamçə keçidindən İraqa keçdi.", "Şelamçə", "shalamcheh-crossing"),
    # already read before the round
    ("Die Lkw warten am Grenzübergang Alidschan.", "Alidschan", "alican"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round391_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round391_bare_aktas_stays_the_village():
    assert _found("Aktaş köyünde düğün yapıldı.") == [("Aktaş", "aktas-cildir")]
    assert not any(pid == "kartsakhi" for _, pid in _found("Aktaş köyünde düğün yapıldı."))


def test_round391_bazargan_stays_the_town():
    # the English crossing words stay outside, and the bare name is the town's as before
    assert ("Bazargan", "geonames:141011") in _found("Trucks queued at the Bazargan crossing.")
    assert ("Bazargan", "geonames:141011") in _found("The town of Bazargan lies near Maku.")
