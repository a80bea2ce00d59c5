"""Round 108 (names108): names and places from real articles (data/names.yaml,
data/places.yaml, scripts/world_curated.py), each as a cited page writes it: Turkish 'Aziz
Stepanos Manastırı' and 'Saint Stepanos Kilisesi' (St Stepanos), Armenian 'Ծործորի վանք' and
'Ծոր Ծոր' (Dzordzor); Tabriz's Jameh Mosque, Arg, historic bazaar, Blue Mosque and
municipality palace and the Tatev monastery as new structures; the Commonwealth of
Independent States as a macro-region. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Aziz Stepanos Manastırı", "st-stepanos-monastery"),
    ("Saint Stepanos Kilisesi", "st-stepanos-monastery"),
    ("Ծործորի վանք", "dzordzor-chapel"),
    ("Ծոր Ծոր", "dzordzor-chapel"),
    ("Jameh Mosque of Tabriz", "tabriz-jameh-mosque"),
    ("Friday mosque of Tabriz", "tabriz-jameh-mosque"),
    ("مسجد جامع تبریز", "tabriz-jameh-mosque"),
    ("Arg of Tabriz", "arg-of-tabriz"),
    ("Arg-e Tabriz", "arg-of-tabriz"),
    ("Arg Alishah", "arg-of-tabriz"),
    ("ارگ علیشاه", "arg-of-tabriz"),
    ("Tabriz Historic Bazaar Complex", "tabriz-bazaar"),
    ("Bazaar of Tabriz", "tabriz-bazaar"),
    ("بازار تبریز", "tabriz-bazaar"),
    ("Blue Mosque of Tabriz", "blue-mosque-tabriz"),
    ("Kabud Mosque", "blue-mosque-tabriz"),
    ("مسجد کبود", "blue-mosque-tabriz"),
    ("Kabud-Moschee", "blue-mosque-tabriz"),
    ("Tabriz Municipality Palace", "tabriz-municipality-palace"),
    ("Saat Tower", "tabriz-municipality-palace"),
    ("کاخ شهرداری تبریز", "tabriz-municipality-palace"),
    ("Tatev Monastery", "tatev-monastery"),
    ("Տաթևի վանք", "tatev-monastery"),
    ("Kloster Tatev", "tatev-monastery"),
    ("Kloster Tatew", "tatev-monastery"),
    ("Монастырь Татев", "tatev-monastery"),
    ("Commonwealth of Independent States", "cis"),
    ("CIS", "cis"),
    ("СНГ", "cis"),
    ("Содружества Независимых Государств", "cis"),
    ("ԱՊՀ", "cis"),
    ("Bağımsız Devletler Topluluğu", "cis"),
    ("BDT", "cis"),
    ("Müstəqil Dövlətlər Birliyi", "cis"),
    ("Gemeinschaft Unabhängiger Staaten", "cis"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round108_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Turkish: the St Stepanos monastery
    (
        "Aziz Stepanos Manastırı Culfa yakınında.",
        "Aziz Stepanos Manastırı",
        "st-stepanos-monastery",
    ),
    (
        "Saint Stepanos Kilisesi Aras kıyısında.",
        "Saint Stepanos Kilisesi",
        "st-stepanos-monastery",
    ),
    # Armenian: the Dzordzor monastery, whole with its article
    ("Ծործորի վանքը Մակուի մոտ է։", "Ծործորի վանք", "dzordzor-chapel"),
    # Tabriz's monuments in English, Persian and German
    (
        "The Jameh Mosque of Tabriz stands in the bazaar.",
        "Jameh Mosque of Tabriz",
        "tabriz-jameh-mosque",
    ),
    ("بازار تبریز و مسجد جامع تبریز در مرکز شهر است.", "بازار تبریز", "tabriz-bazaar"),
    ("بازار تبریز و مسجد جامع تبریز در مرکز شهر است.", "مسجد جامع تبریز", "tabriz-jameh-mosque"),
    (
        "The Arg of Tabriz and the Tabriz Bazaar are in the centre.",
        "Arg of Tabriz",
        "arg-of-tabriz",
    ),
    (
        "The Arg of Tabriz and the Tabriz Bazaar are in the centre.",
        "Tabriz Bazaar",
        "tabriz-bazaar",
    ),
    ("Arg Alishah was damaged in the earthquake.", "Arg Alishah", "arg-of-tabriz"),
    ("مسجد کبود تبریز را دیدیم.", "مسجد کبود تبریز", "blue-mosque-tabriz"),
    ("Die Kabud-Moschee in Täbris wurde 1465 erbaut.", "Kabud-Moschee", "blue-mosque-tabriz"),
    ("کاخ شهرداری تبریز موزه است.", "کاخ شهرداری تبریز", "tabriz-municipality-palace"),
    ("The meeting at Saat Tower in Tabriz ended.", "Saat Tower", "tabriz-municipality-palace"),
    # the Tatev monastery in English, German, Russian and Armenian
    (
        "Pilgrims walked to the Tatev Monastery above the Vorotan.",
        "Tatev Monastery",
        "tatev-monastery",
    ),
    ("Das Kloster Tatev liegt in Sjunik.", "Kloster Tatev", "tatev-monastery"),
    ("Монастырь Татев стоит над ущельем.", "Монастырь Татев", "tatev-monastery"),
    ("Տաթևի վանքը Սյունիքում է։", "Տաթևի վանք", "tatev-monastery"),
    # the CIS in the seven languages
    ("The CIS summit was held in Minsk.", "CIS", "cis"),
    ("Путин прибыл на саммит СНГ в Санкт-Петербург.", "СНГ", "cis"),
    ("ԱՊՀ գագաթնաժողովը Սանկտ Պետերբուրգում է։", "ԱՊՀ", "cis"),
    # (not "BDT zirvesi": a summit in lower case is the event's name, as "Hazar zirvesi" is)
    ("BDT ülkelerinin liderleri Minsk'te toplandı.", "BDT", "cis"),
    (
        "Prezident Müstəqil Dövlətlər Birliyinin sammitinə qatılacaq.",
        "Müstəqil Dövlətlər Birliyi",
        "cis",
    ),
    (
        "Die Gemeinschaft Unabhängiger Staaten tagt in Minsk.",
        "Gemeinschaft Unabhängiger Staaten",
        "cis",
    ),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round108_found(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


def test_round108_cis_members():
    place = geocode("CIS")
    assert place.kind == "macro-region"
    assert sorted(place.countries) == ["AM", "AZ", "BY", "KG", "KZ", "MD", "RU", "TJ", "UZ"]


@pytest.mark.parametrize(
    ("name", "point"),
    [
        ("Tatev Monastery", (39.37937, 46.25003)),
        ("Arg of Tabriz", (38.0724, 46.28835)),
        ("Tabriz Historic Bazaar Complex", (38.08077, 46.29229)),
        ("Blue Mosque of Tabriz", (38.07359, 46.30108)),
        ("Tabriz Municipality Palace", (38.07361, 46.29556)),
    ],
)
def test_round108_points(name, point):
    place = geocode(name)
    assert place.kind == "building"
    assert (round(place.lat, 5), round(place.lon, 5)) == point


@pytest.mark.parametrize(
    ("text", "name", "pid"),
    [
        # the bare names stay the village and the town
        ("Tatev lies above the Vorotan gorge.", "Tatev", "tatev"),
        ("Toplantı saat 10'da Tebriz'de başladı.", "Tebriz", "tabriz"),
    ],
)
def test_round108_bare_names_unchanged(text, name, pid):
    assert (name, pid) in _found(text), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # common words and other places keep clear of the new names
        "Tourists visited the Blue Mosque in Istanbul.",
        "رنگ آسمان کبود بود.",
        "Saat 10'da toplantı başladı.",
        "Gus Poyet said the team played well.",
        "The law protects cis and trans people.",
    ],
)
def test_round108_nothing_common_breaks(text):
    found = _found(text)
    assert all(
        p not in {"blue-mosque-tabriz", "tabriz-municipality-palace", "cis"} for _, p in found
    ), found
