"""Round 332 (names332): names of held-out round 127 (sets 543-545: Lake Urmia's drying, the
Caspian's ports, Nakhchivan's gas) found missing: German 'Urmiya-See' and Azerbaijani 'Rzaiyyə
gölü' for Lake Urmia; the old Azerbaijani names of the lake's towns ('Tufarqan' for Azarshahr,
'Miyandab' for Miandoab, 'Sulduz' for Naqadeh, 'Uşnu' for Oshnavieh); Turkish 'Selve' and
Kurdish 'Kani Sew' for the Silveh and Kani Sib dams, 'Cahatu' and 'Tatahu' for the Zarrineh
and Simineh rivers; 'Turkmanbashi' for Turkmenbashi and the Armenian 'Նախիջևանի
Ինքնավարություն' for the Nakhchivan republic. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Urmiya-See", "lake-urmia"),
    ("Rzaiyyə gölü", "lake-urmia"),
    ("Tufarqan", "geonames:6686970"),
    ("Miyandab", "geonames:124085"),
    ("Sulduz", "geonames:122698"),
    ("Uşnu", "geonames:121795"),
    ("Selve", "silveh-dam"),
    ("Kani Sew", "kani-sib-dam"),
    ("Cahatu", "zarrineh-river"),
    ("Tatahu", "simineh-river"),
    ("Turkmanbashi", "geonames:601594"),
    ("Նախիջևանի Ինքնավարություն", "nakhchivan-ar"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round332_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Der Urmiya-See trocknet weiter aus.", "Urmiya-See", "lake-urmia"),
    ("Pəhləvilər dövründə göl Rzaiyyə gölü adlanırdı.", "Rzaiyyə gölü", "lake-urmia"),
    ("Tufarqan şəhərində yeni məktəb açılıb.", "Tufarqan", "geonames:6686970"),
    ("Miyandab şəhərində etiraz aksiyası olub.", "Miyandab", "geonames:124085"),
    ("Sulduz şəhərində yağış yağıb.", "Sulduz", "geonames:122698"),
    ("Uşnu şəhəri dağlarla əhatələnib.", "Uşnu", "geonames:121795"),
    ("Selve barajının suyu göle ulaşmadı.", "Selve barajı", "silveh-dam"),
    ("Kani Sew barajından tünel ile su aktarıldı.", "Kani Sew barajı", "kani-sib-dam"),
    ("Cahatu nehri bu yıl kurudu.", "Cahatu nehri", "zarrineh-river"),
    ("Tatahu nehrinin suyu azaldı.", "Tatahu nehri", "simineh-river"),
    ("Ferries left Turkmanbashi for Baku.", "Turkmanbashi", "geonames:601594"),
    (
        "Նախիջևանի Ինքնավարությունը գազ է ստանում։",
        "Նախիջևանի Ինքնավարություն",
        "nakhchivan-ar",
    ),
    (
        "Նախիջևանի Ինքնավարության ղեկավարը ժամանեց։",
        "Նախիջևանի Ինքնավարության",
        "nakhchivan-ar",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round332_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round332_bare_rzaiyye_is_no_lake():
    assert not any(pid == "lake-urmia" for _, pid in _found("Rzaiyyə şəhərində yağış yağıb."))


def test_round332_soyuqbulaq_stays_a_village_of_azerbaijan():
    # judged, not added: the bare old name of Mahabad is also villages' of Azerbaijan
    assert not any(pid == "geonames:125446" for _, pid in _found("Soyuqbulaq kəndində toy oldu."))


def test_round332_lagan_of_belfast_is_no_place():
    # judged, not added: the Kalmyk port town Lagan (the River Lagan of Belfast)
    assert not any(
        pid.startswith("lagan") for _, pid in _found("The Lagan flows through Belfast.")
    )
