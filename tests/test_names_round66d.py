"""Round 66 (names66d): Armenian names of Azerbaijan's districts and towns and of Kutaisi.

Each name is one a page cited in ``data/names.yaml`` writes: the Gazakh, Ismayilli and
Qabala districts with շրջան (district) after the genitive, the seats Qabala, Samukh and
Goranboy bare, and Kutaisi. The bare names that already read as another place (Gaza,
Ismailia, Cuba) are left out and stay that place. The sentences are the project's own.
"""

import pytest
from parsing import found

from geo.geocode import geocode

#: each new name, the place it names, and that place's kind and country
NAMES = [
    ("Ղազախի շրջան", "gazakh-district-az", "district", "AZ"),
    ("Իսմայիլիի շրջան", "ismayilli-district-az", "district", "AZ"),
    ("Գաբալայի շրջան", "gabala-district-az", "district", "AZ"),
    ("Գաբալա", "geonames:585231", "town", "AZ"),
    ("Սամուխ", "geonames:585177", "town", "AZ"),
    ("Գորանբոյ", "geonames:586430", "town", "AZ"),
    ("Քութայիս", "geonames:613607", "city", "GE"),
]


@pytest.mark.parametrize(("name", "ident", "kind", "country"), NAMES)
def test_each_name_geocodes_to_its_place(name, ident, kind, country):
    place = geocode(name)
    assert (place.id, place.kind, place.country) == (ident, kind, country)


@pytest.mark.filterwarnings("ignore::geo._errors.NearSpellingWarning")  # a near spelling's answer
@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Ղազախ", "geonames:281133"),  # Gaza ('Ղազա'), not the Gazakh town
        ("Իսմայիլի", "geonames:361055"),  # Ismailia, not Ismayilli
        ("Գուբա", "cu"),  # Cuba ('Կուբա'), not Quba
        ("Թովուզ", "geonames:616802"),  # Berd's old name, not the Azerbaijani Tovuz
    ],
)
def test_the_names_left_out_keep_their_places(name, ident):
    assert geocode(name).id == ident


@pytest.mark.filterwarnings("ignore::geo._errors.NearSpellingWarning")  # a near spelling's answer
@pytest.mark.parametrize("name", ["Ախալքալակ", "Ախալքալաք"])
def test_both_spellings_of_akhalkalaki_resolve(name):
    assert geocode(name).id == "geonames:615893"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Սահմանապահները նոր դիրքեր են կառուցել Ղազախի շրջանի գյուղերի մոտ։",
            [("Ղազախի շրջան", "gazakh-district-az")],
        ),
        (
            "Երեկ թույլ ցնցումներ են գրանցվել Գաբալայի շրջանում։",
            [("Գաբալայի շրջան", "gabala-district-az")],
        ),
        (
            "Իսմայիլիի շրջանում ճանապարհները փակ էին ամբողջ օրը։",
            [("Իսմայիլիի շրջան", "ismayilli-district-az")],
        ),
        (
            "Ֆերմերները Սամուխի շրջանում և Գորանբոյի շրջանում բերքը հավաքել են։",
            [
                ("Սամուխի շրջան", "samukh-district-az"),
                ("Գորանբոյի շրջան", "goranboy-district-az"),
            ],
        ),
        (
            "Բեռնատարները Գաբալայից ու Սամուխից շարժվեցին դեպի Գորանբոյ։",
            [
                ("Գաբալա", "geonames:585231"),
                ("Սամուխ", "geonames:585177"),
                ("Գորանբոյ", "geonames:586430"),
            ],
        ),
        (
            "Չվերթը մառախուղի պատճառով վայրէջք կատարեց Քութայիսում։",
            [("Քութայիս", "geonames:613607")],
        ),
    ],
)
def test_a_sentence_names_the_places(text, expected):
    assert found(text) == expected


def test_the_district_and_its_seat_stay_apart():
    ids = [target for _, target in found("Գաբալան Գաբալայի շրջանի կենտրոնն է։")]
    assert ids == ["geonames:585231", "gabala-district-az"]
