"""Round 137 (names137): heritage sites a held-out set of tourism news named (data/places.yaml),
each as a cited page writes it: Shusha's Upper Govhar Agha mosque, Vagif's mausoleum, Natavan's
house, Panah Ali Khan's palace and the Jidir plain (APPROXIMATE, at the mausoleum's point), the
mausoleum of Ruhollah Khomeini south of Tehran, Ardabil's Shorabil lake, Russian 'Татевский
монастырь' for the Tatev monastery and two Persian names and an English one of the Sheikh Safi
shrine. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Yukhari Govhar Agha Mosque", "yukhari-govhar-agha-mosque"),
    ("Upper Govhar Agha Mosque", "yukhari-govhar-agha-mosque"),
    ("Yuxarı Gövhər Ağa məscidi", "yukhari-govhar-agha-mosque"),
    ("Верхняя мечеть Гевхар-аги", "yukhari-govhar-agha-mosque"),
    ("Vagif Mausoleum", "vagif-mausoleum"),
    ("Molla Pənah Vaqifin məqbərəsi", "vagif-mausoleum"),
    ("Vaqif türbəsi", "vagif-mausoleum"),
    ("Мавзолей Вагифа", "vagif-mausoleum"),
    ("House of Khurshidbanu Natavan", "natavan-house"),
    ("Xurşidbanu Natəvanın evi", "natavan-house"),
    ("Xan qızı Natəvanın evi", "natavan-house"),
    ("Panah Ali Khan's Palace", "panah-ali-khan-palace"),
    ("Panah Ali Khan’s Palace", "panah-ali-khan-palace"),
    ("Pənahəli xanın sarayı", "panah-ali-khan-palace"),
    ("Pənahəli xanın qəsri", "panah-ali-khan-palace"),
    ("Jidir Plain", "jidir-plain"),
    ("Cıdır düzü", "jidir-plain"),
    ("Jidir Duzu", "jidir-plain"),
    ("Mausoleum of Ruhollah Khomeini", "khomeini-mausoleum"),
    ("Khomeini Mausoleum", "khomeini-mausoleum"),
    ("حرم امام خمینی", "khomeini-mausoleum"),
    ("مرقد امام خمینی", "khomeini-mausoleum"),
    ("آرامگاه امام خمینی", "khomeini-mausoleum"),
    ("Shorabil Lake", "shorabil-lake"),
    ("Shourabil Lake", "shorabil-lake"),
    ("دریاچه شورابیل", "shorabil-lake"),
    ("Татевский монастырь", "tatev-monastery"),
    ("Տաթեւի վանք", "tatev-monastery"),
    ("مجموعه شیخ صفی الدین اردبیلی", "sheikh-safi-shrine"),
    ("بقعه جهانی شیخ صفی‌الدین اردبیلی", "sheikh-safi-shrine"),
    ("Mausoleum of Sheikh Safi", "sheikh-safi-shrine"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round137_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Azerbaijani: the mosque in the accusative, the mausoleum in the genitive, the plain's locative
    (
        "Turistlər Yuxarı Gövhər Ağa məscidini ziyarət etdilər.",
        "Yuxarı Gövhər Ağa məscidi",
        "yukhari-govhar-agha-mosque",
    ),
    (
        "Prezident Molla Pənah Vaqifin məqbərəsinin açılışında iştirak edib.",
        "Molla Pənah Vaqifin məqbərəsi",
        "vagif-mausoleum",
    ),
    ("Vaqif türbəsi Cıdır düzünün yaxınlığındadır.", "Vaqif türbəsi", "vagif-mausoleum"),
    ("Vaqif türbəsi Cıdır düzünün yaxınlığındadır.", "Cıdır düzü", "jidir-plain"),
    ("Cıdır düzündə festival keçirildi.", "Cıdır düzü", "jidir-plain"),
    ("Xurşidbanu Natəvanın evi bərpa olunur.", "Xurşidbanu Natəvanın evi", "natavan-house"),
    ("Pənahəli xanın sarayı bərpa edilir.", "Pənahəli xanın sarayı", "panah-ali-khan-palace"),
    # English: the sites by their English names, the palace with a curly apostrophe
    (
        "The Upper Govhar Agha Mosque stands on the town's main square.",
        "Upper Govhar Agha Mosque",
        "yukhari-govhar-agha-mosque",
    ),
    ("Tourists visited the Vagif Mausoleum in Shusha.", "Vagif Mausoleum", "vagif-mausoleum"),
    ("Tourists visited the Vagif Mausoleum in Shusha.", "Shusha", "geonames:147105"),
    (
        "Visitors toured the House of Khurshidbanu Natavan.",
        "House of Khurshidbanu Natavan",
        "natavan-house",
    ),
    (
        "The Panah Ali Khan’s Palace was restored.",
        "Panah Ali Khan’s Palace",
        "panah-ali-khan-palace",
    ),
    ("A festival was held on the Jidir Plain.", "Jidir Plain", "jidir-plain"),
    ("Riders raced on Jidir Duzu again.", "Jidir Duzu", "jidir-plain"),
    (
        "Pilgrims gathered at the Khomeini Mausoleum south of Tehran.",
        "Khomeini Mausoleum",
        "khomeini-mausoleum",
    ),
    ("Tourists walked around Shorabil Lake in Ardabil.", "Shorabil Lake", "shorabil-lake"),
    (
        "The Mausoleum of Sheikh Safi is in Ardabil.",
        "Mausoleum of Sheikh Safi",
        "sheikh-safi-shrine",
    ),
    # Russian
    (
        "Верхняя мечеть Гевхар-аги была восстановлена.",
        "Верхняя мечеть Гевхар-аги",
        "yukhari-govhar-agha-mosque",
    ),
    ("Мавзолей Вагифа восстановлен в 2021 году.", "Мавзолей Вагифа", "vagif-mausoleum"),
    ("Туристы посетили Татевский монастырь.", "Татевский монастырь", "tatev-monastery"),
    # Persian: the shrine with a blank and with the zero-width non-joiner
    ("زائران در حرم امام خمینی گرد آمدند.", "حرم امام خمینی", "khomeini-mausoleum"),
    ("زائران در حرم امام\u200cخمینی گرد آمدند.", "حرم امام\u200cخمینی", "khomeini-mausoleum"),
    ("مراسم در مرقد امام خمینی برگزار شد.", "مرقد امام خمینی", "khomeini-mausoleum"),
    ("گردشگران از دریاچه شورابیل دیدن کردند.", "دریاچه شورابیل", "shorabil-lake"),
    (
        "گردشگران از مجموعه شیخ صفی الدین اردبیلی دیدن کردند.",
        "مجموعه شیخ صفی الدین اردبیلی",
        "sheikh-safi-shrine",
    ),
    (
        "بقعه جهانی شیخ صفی\u200cالدین اردبیلی میزبان گردشگران بود.",
        "بقعه جهانی شیخ صفی\u200cالدین اردبیلی",
        "sheikh-safi-shrine",
    ),
    # Armenian: the monastery in the old spelling, in the locative and with the article
    ("Տաթեւի վանքում պատարագ մատուցվեց։", "Տաթեւի վանք", "tatev-monastery"),
    ("Տաթեւի վանքը գտնվում է Սյունիքում։", "Տաթեւի վանք", "tatev-monastery"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round137_found(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person stays no place, and the bare common words stay words
        ("امام خمینی در سال ۱۳۶۸ درگذشت.", []),
        ("Cıdır yarışı keçirildi.", []),
        ("Vagif Mustafayev spoke.", []),
        # the bare Tatev stays the village, beside the monastery
        ("Տաթևում նոր հյուրանոց է բացվել։", [("Տաթև", "tatev")]),
        (
            "Туристы посетили Татевский монастырь и село Татев.",
            [("Татевский монастырь", "tatev-monastery"), ("Татев", "tatev")],
        ),
        # the airport keeps its name
        (
            "پرواز از فرودگاه امام خمینی انجام شد.",
            [("فرودگاه امام خمینی", "imam-khomeini-airport")],
        ),
    ],
)
def test_round137_nothing_common_breaks(text, expected):
    assert _found(text) == expected
