"""Round 189 (names189): names that held-out round 47 found missing, each as a cited page
writes it: the new records the Cathedral of the Holy Cross on Aghtamar and Mehrabad
International Airport; Persian names of the St Stepanos monastery and the Dzordzor chapel,
the Armenian 'Սուրբ Թադեոսի վանք', Turkish 'Ani Antik Kenti', 'Aghtamar Island' with its
Armenian and Russian names, and Gevaş's Kurdish 'Westan' and Armenian 'Գաւաշ'. The sentences
are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Cathedral of the Holy Cross, Aghtamar", "aghtamar-cathedral"),
    ("Աղթամարի Սուրբ Խաչ եկեղեցի", "aghtamar-cathedral"),
    ("کلیسای استفانوس مقدس", "st-stepanos-monastery"),
    ("قزل وانک", "st-stepanos-monastery"),
    ("قزل وانگ", "st-stepanos-monastery"),
    ("صومعه سرخ", "st-stepanos-monastery"),
    ("Սուրբ Թադեոսի վանք", "st-thaddeus-monastery"),
    ("کلیسای مریم مقدس زور زور", "dzordzor-chapel"),
    ("کلیسای سورسور", "dzordzor-chapel"),
    ("Ani Antik Kenti", "ani"),
    ("Anı Antik Kenti", "ani"),
    ("Anı Harabeleri", "ani"),
    ("Aghtamar Island", "akdamar-island"),
    ("Աղթամար կղզի", "akdamar-island"),
    ("Ахтамар", "akdamar-island"),
    ("Westan", "geonames:314557"),
    ("Գաւաշ", "geonames:314557"),
    ("Mehrabad International Airport", "mehrabad-airport"),
    ("Tehran Mehrabad International Airport", "mehrabad-airport"),
    ("Mehrabad Airport", "mehrabad-airport"),
    ("فرودگاه بین المللی مهرآباد", "mehrabad-airport"),
    ("فرودگاه مهرآباد", "mehrabad-airport"),
    ("Flughafen Teheran Mehrabad", "mehrabad-airport"),
    # the bare town name stays the town of Tehran Province
    ("Mehrabad", "geonames:404840"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round189_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Tourists sailed to Aghtamar Island.", "Aghtamar Island", "akdamar-island"),
    (
        "The flight left Mehrabad International Airport.",
        "Mehrabad International Airport",
        "mehrabad-airport",
    ),
    ("Flights from Mehrabad Airport resumed.", "Mehrabad Airport", "mehrabad-airport"),
    # German
    (
        "Der Flughafen Teheran Mehrabad wurde geschlossen.",
        "Flughafen Teheran Mehrabad",
        "mehrabad-airport",
    ),
    # Russian, with a case ending
    ("Паломники прибыли на Ахтамар.", "Ахтамар", "akdamar-island"),
    # Armenian, with the article and the dative
    (
        "Աղթամարի Սուրբ Խաչ եկեղեցին վերանորոգվել է։",
        "Աղթամարի Սուրբ Խաչ եկեղեցի",
        "aghtamar-cathedral",
    ),
    ("Սուրբ Թադեոսի վանքը գտնվում է Իրանում։", "Սուրբ Թադեոսի վանք", "st-thaddeus-monastery"),
    # Persian
    ("زائران به کلیسای استفانوس مقدس رفتند.", "کلیسای استفانوس مقدس", "st-stepanos-monastery"),
    ("کلیسا در محلی به نام قزل وانک است.", "قزل وانک", "st-stepanos-monastery"),
    ("کلیسای مریم مقدس زور زور در ماکو است.", "کلیسای مریم مقدس زور زور", "dzordzor-chapel"),
    ("پرواز از فرودگاه مهرآباد انجام شد.", "فرودگاه مهرآباد", "mehrabad-airport"),
    # Turkish, with case endings
    ("Ani Antik Kenti'nde kazı sürüyor.", "Ani Antik Kenti", "ani"),
    ("Anı Harabeleri'ni yüzlerce kişi gezdi.", "Anı Harabeleri", "ani"),
    ("Westan'da düğün yapıldı.", "Westan", "geonames:314557"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round189_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the Holy Cross names hundreds of Armenian churches: no alias of Aghtamar's
    ("The Church of the Holy Cross was restored.", []),
    ("Սուրբ Խաչ եկեղեցին կառուցվել է 921-ին։", []),
    # Turkish 'anı' (memory, moment) stays a word
    ("Bu anı hiç unutmayacağım.", []),
    ("O anı yaşadık.", []),
    ("Bir anı defteri yazdı.", []),
    # Berlin's Wannsee is not Lake Van
    ("Die Familie fuhr zum Wannsee.", []),
    # 'Akdamar Kilisesi' stays the island's name
    ("Akdamar Kilisesi'nde ayin yapıldı.", [("Akdamar", "akdamar-island")]),
    ("He lives in Mehrabad.", [("Mehrabad", "geonames:404840")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round189_nothing_common_breaks(text, expected):
    assert _found(text) == expected
