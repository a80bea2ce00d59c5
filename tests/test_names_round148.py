"""Round 148 (names148): names that held-out round 19 (sets 179-181) found missing, each as a
cited page writes it: Persian 'گوربلاغ' (the Gürbulak crossing) and 'دوغوبایزید' (Doğubayazıt,
also in IRNA's Arabic-yeh spelling), Armenian 'Ռուսական կայսրություն' and Persian 'روسیه تزاری'
(the Russian Empire), Armenian 'Աղդամի մզկիթ' (the Aghdam mosque) and the Ishak Pasha Palace.
The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("گوربلاغ", "gurbulak"),
    ("دوغوبایزید", "geonames:316411"),
    ("دوغوبايزيد", "geonames:316411"),
    ("Ռուսական կայսրություն", "russian-empire"),
    ("Ռուսական կայսրության", "russian-empire"),
    ("روسیه تزاری", "russian-empire"),
    ("Աղդամի մզկիթ", "aghdam-juma-mosque"),
    ("Ishak Pasha Palace", "ishak-pasha-palace"),
    ("İshak Paşa Sarayı", "ishak-pasha-palace"),
    ("İshakpaşa Sarayı", "ishak-pasha-palace"),
]


@pytest.mark.filterwarnings("ignore::geo._errors.NearSpellingWarning")  # a near spelling's answer
@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round148_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Persian: the crossing and the town beside it, and IRNA's Arabic-yeh spelling
    ("کامیون‌ها از مرز گوربلاغ به دوغوبایزید رفتند.", "گوربلاغ", "gurbulak"),
    ("کامیون‌ها از مرز گوربلاغ به دوغوبایزید رفتند.", "دوغوبایزید", "geonames:316411"),
    ("فرماندار دوغوبايزيد در جلسه حضور داشت.", "دوغوبايزيد", "geonames:316411"),
    # Armenian: the empire in the genitive and with its article
    (
        "Երևանը Ռուսական կայսրության կազմում էր։",
        "Ռուսական կայսրության",
        "russian-empire",
    ),
    ("Ռուսական կայսրությունը պատերազմ սկսեց։", "Ռուսական կայսրություն", "russian-empire"),
    # Persian: Tsarist Russia
    ("این ولایات به روسیه تزاری واگذار شد.", "روسیه تزاری", "russian-empire"),
    # Armenian: the mosque with its article and in the locative
    ("Աղդամի մզկիթը վերականգնվել է։", "Աղդամի մզկիթ", "aghdam-juma-mosque"),
    ("Աղդամի մզկիթում աղոթք է անցկացվել։", "Աղդամի մզկիթ", "aghdam-juma-mosque"),
    # Turkish: the palace with its case endings
    ("Turistler İshak Paşa Sarayı'nı gezdi.", "İshak Paşa Sarayı", "ishak-pasha-palace"),
    # English: the palace and its town
    (
        "Tourists visited the Ishak Pasha Palace near Doğubayazıt.",
        "Ishak Pasha Palace",
        "ishak-pasha-palace",
    ),
    (
        "Tourists visited the Ishak Pasha Palace near Doğubayazıt.",
        "Doğubayazıt",
        "geonames:316411",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round148_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("Ռուսաստանը և Թուրքիան", [("Ռուսաստան", "ru"), ("Թուրքիա", "tr")]),
    ("روسیه و ایران", [("روسیه", "ru"), ("ایران", "ir")]),
    ("Ağrı'da kar yağdı.", [("Ağrı", "geonames:309647")]),
    # the pasha is no name of the palace
    ("Doğubayazıt'ta İshak Paşa'nın torunu yaşadı.", [("Doğubayazıt", "geonames:316411")]),
    # the bare station name stays Babək (Nakhchivan), whose GeoNames alias it is
    (
        "The Barda-Aghdam railway has stations at Barda, Tazakand and Aghdam.",
        [
            ("Barda", "geonames:587057"),
            ("Aghdam", "geonames:148619"),
            ("Barda", "geonames:587057"),
            ("Tazakand", "geonames:148413"),
            ("Aghdam", "geonames:148619"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round148_nothing_common_breaks(text, expected):
    assert _found(text) == expected
