"""Round 333 (names333): names real articles of round 128 (the Samur, the Russian-Azerbaijani
border) named: the bare 'Samur' no longer reads the Dagestani village of GeoNames (498904) but
the Azerbaijani border village (samur-az) or, with its river words, the river; the Samur hydro
junction as a new record of data/places.yaml; Azerbaijani 'Məhərrəmkənd rayonu' for
Magaramkent district, Armenian 'Մահառեմքենդ' for its town and 'Աղվանք' for Caucasian Albania.
The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Samur", "samur-az"),
    ("Samur Hidroqovşağı", "samur-hydro-junction"),
    ("Samur Baş Hidroqovşağı", "samur-hydro-junction"),
    ("Самурский гидроузел", "samur-hydro-junction"),
    ("Məhərrəmkənd rayonu", "magaramkent-district"),
    ("Մահառեմքենդ", "geonames:532307"),
    ("Աղվանք", "caucasian-albania"),
    ("Կովկասյան Ալբանիա", "caucasian-albania"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round333_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Trucks waited at Samur on the border with Russia.", "Samur", "samur-az"),
    ("The Samur bridge links Dagestan and Azerbaijan.", "Samur", "samur-az"),
    ("Samur gömrük postundan keçdilər.", "Samur", "samur-az"),
    ("Samur çayı daşdı.", "Samur çayı", "samur-river"),
    ("Река Самур обмелела в августе.", "Самур", "samur-river"),
    (
        "Samur transsərhəd çayının su ehtiyatları bölünür.",
        "Samur",
        "samur-river",
    ),
    (
        "Samur Hidroqovşağının birgə istismarı müzakirə olunub.",
        "Samur Hidroqovşağı",
        "samur-hydro-junction",
    ),
    (
        "Samur Baş Hidroqovşağında təmir aparılıb.",
        "Samur Baş Hidroqovşağı",
        "samur-hydro-junction",
    ),
    ("Самурский гидроузел построен давно.", "Самурский гидроузел", "samur-hydro-junction"),
    (
        "Dağıstanın Məhərrəmkənd rayonu kəndlərinin başçıları müraciət ediblər.",
        "Məhərrəmkənd rayonu",
        "magaramkent-district",
    ),
    ("Դաղստանի Մահառեմքենդ գյուղի բնակիչները բողոքում են։", "Մահառեմքենդ", "geonames:532307"),
    ("Աղվանքը հնագույն երկիր էր։", "Աղվանք", "caucasian-albania"),
    ("Samur-Abşeron kanalı quruyur.", "Samur-Abşeron kanalı", "samur-absheron-canal"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round333_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Samur is the second largest river of Dagestan.",
        "Жители Самура в Дагестане вышли на улицу.",
        "Trucks waited at Samur on the border with Russia.",
    ],
)
def test_round333_samur_is_no_dagestani_village(text):
    assert not any(pid == "geonames:498904" for _, pid in _found(text))


def test_round333_geonames_samur_rows_take_no_bare_name():
    # the stop names keep 'Samur' for the curated places only (the village and the river)
    assert not any(pid.startswith("geonames:") for _, pid in _found("Samur kəndində toy oldu."))


def test_round333_aghvani_village_is_no_albania():
    assert not any(pid == "caucasian-albania" for _, pid in _found("Աղվանի գյուղում ձյուն է։"))
