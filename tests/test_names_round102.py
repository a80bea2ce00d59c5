"""Round 102 (names102): names and places from real articles (data/names.yaml,
data/places.yaml, data/organisation_words.txt), each as a cited page writes it: Turkish
'Urumiye' (Urmia; AA), German 'Schuschi' (Shusha), Armenian 'Հին Ջուղա' (Old Julfa), the St
Thaddeus monastery's Western Armenian, romanised and German names, the Ishkhani monastery
(İşhan Kilisesi) of Artvin, and the Turkish Red Crescent's and seismological centre's words
and the German 'Departement' as organisations' words. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Urumiye", "geonames:121801"),
    ("Schuschi", "geonames:147105"),
    ("Հին Ջուղա", "julfa-az"),
    ("Ս. Թադէի վանք", "st-thaddeus-monastery"),
    ("Թադէի վանք", "st-thaddeus-monastery"),
    ("Surb Tadeosi vank", "st-thaddeus-monastery"),
    ("Kloster Sankt Thaddäus", "st-thaddeus-monastery"),
    ("St. Thaddäus-Kloster", "st-thaddeus-monastery"),
    ("İşhan Kilisesi", "ishkhani-monastery"),
    ("İşhan Manastırı", "ishkhani-monastery"),
    ("Ishkhani", "ishkhani-monastery"),
    ("Ишхани", "ishkhani-monastery"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round102_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Turkish: Khoy and Urmia as the Turkish press writes them
    ("Sarsıntı Hoy, Urumiye ve Tebriz kentlerinde hissedildi.", "Urumiye", "geonames:121801"),
    ("Sarsıntı Hoy, Urumiye ve Tebriz kentlerinde hissedildi.", "Hoy", "geonames:126972"),
    # German: Shusha by its Armenian name
    ("Die Stadt Schuschi liegt über Stepanakert.", "Schuschi", "geonames:147105"),
    # Armenian: Old Julfa, whole in the genitive
    ("Հին Ջուղայի խաչքարերը ոչնչացվել են։", "Հին Ջուղա", "julfa-az"),
    ("Հին Ջուղան Արաքսի ափին էր։", "Հին Ջուղա", "julfa-az"),
    # Western Armenian: the St Thaddeus monastery, with the abbreviated "Saint" and without
    ("Ուխտաւորները Ս. Թադէի վանքի մէջ աղօթեցին։", "Ս. Թադէի վանք", "st-thaddeus-monastery"),
    ("Թադէի վանքը կը գտնուի Արտազի մէջ։", "Թադէի վանք", "st-thaddeus-monastery"),
    (
        "Pilgrims reached Surb Tadeosi vank near Chaldoran.",
        "Surb Tadeosi vank",
        "st-thaddeus-monastery",
    ),
    # German: the monastery with its word
    (
        "Pilger fahren zum Kloster Sankt Thaddäus im Iran.",
        "Kloster Sankt Thaddäus",
        "st-thaddeus-monastery",
    ),
    ("Das Kloster St. Thaddäus liegt bei Maku.", "Kloster St. Thaddäus", "st-thaddeus-monastery"),
    (
        "Am Fest im St. Thaddäus-Kloster nehmen Christen teil.",
        "St. Thaddäus-Kloster",
        "st-thaddeus-monastery",
    ),
    # the Ishkhani monastery in Turkish (the accusative found whole), English and Russian
    ("Bir grup turist İşhan Kilisesi'ni ziyaret etti.", "İşhan Kilisesi", "ishkhani-monastery"),
    ("İşhan Manastırı Yusufeli'de bulunuyor.", "İşhan Manastırı", "ishkhani-monastery"),
    (
        "The Ishkhani monastery stands above the Oltu river.",
        "Ishkhani monastery",
        "ishkhani-monastery",
    ),
    ("Монастырь Ишхани стоит в провинции Артвин.", "Ишхани", "ishkhani-monastery"),
    # Turkish: a place beside the Red Crescent's name, not part of it, stays a place
    ("Türkiye'den İran'a Kızılay yardımı gönderildi.", "İran", "ir"),
    ("Kızılay, Van'dan İran'a çadır gönderdi.", "İran", "ir"),
    ("İran Kızılayı ekipleri Hoy kentine ulaştı.", "Hoy", "geonames:126972"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round102_found(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


def test_round102_ishkhani_is_the_cited_point():
    place = geocode("İşhan Kilisesi")
    assert (place.kind, place.country) == ("building", "TR")
    assert (round(place.lat, 5), round(place.lon, 5)) == (40.78565, 41.74698)


def test_round102_old_julfa_is_one_mention():
    # the old town's name whole, not its last word as today's Julfa
    found = _found("Հին Ջուղայի խաչքարերը ոչնչացվել են։")
    assert found == [("Հին Ջուղա", "julfa-az")], found


@pytest.mark.parametrize(
    ("text", "pid"),
    [
        # the Iranian Red Crescent Society and the national seismological centre: bodies
        ("İran Kızılayı ekipleri Hoy kentine ulaştı.", "ir"),
        ("İran Kızılayının Batı Azerbaycan Genel Müdürü açıklama yaptı.", "ir"),
        ("İran Ulusal Sismoloji Merkezi depremi kaydetti.", "ir"),
        # Georgia's Roads Department, by its German name
        ("Das Departement für Automobilstraßen von Georgien baut die Straße.", "ge"),
        ("Das Departement für Straßen Georgiens baut.", "ge"),
    ],
)
def test_round102_organisation_names_hold_no_place(text, pid):
    assert all(p != pid for _, p in _found(text)), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Zug fährt von Georgien nach Armenien.",
        "Das Departement baut die Straße von Georgien nach Armenien.",
    ],
)
def test_round102_german_von_still_a_place(text):
    # "von" joins a body's name to its country only right after the body's words
    assert ("Georgien", "ge") in _found(text), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # other churches of St Thaddeus: the bare German name stays out
        "Die St. Thaddäus und Bartholomäus-Kirche steht in Teheran.",
        "Die Pfarrei St. Thaddäus in Köln feiert ihr Fest.",
    ],
)
def test_round102_other_thaddeus_churches(text):
    assert all(p != "st-thaddeus-monastery" for _, p in _found(text)), _found(text)


@pytest.mark.parametrize(
    "text", ["The sailors shouted hoy across the harbour.", "We met Mr Hoy at the station."]
)
def test_round102_hoy_in_english(text):
    # the interjection in lower case and a surname after a title are no Khoy
    assert all(p != "geonames:126972" for _, p in _found(text)), _found(text)
