"""Round 301 (names301): names that held-out sets 495-497 (round 111) found missing, cited by a
page that writes them or, where no other page read did, by the held-out article: the Ural's
Persian, Dari and Turkish names, Siberia's and the Caspian's Dari spellings, Orenburg's
'Orinbor', Ulytau's 'Ulutau', West Kazakhstan's Azerbaijani name, Buryatia's German name,
Gaziantep's Armenian and İskenderun's Russian spellings, Bushehr's Armenian name and its plant's
Turkish and Armenian names, and Asaluyeh's 'Asalouyeh', 'Asaluyah' and 'Ассалуйе'. The English
'Alican Border Gate' alias is taken back. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("رود اورال", "ural-river"),
    ("دریای اورال", "ural-river"),
    ("Yayık nehri", "ural-river"),
    ("سایبریا", "siberia"),
    ("دریای کسپین", "caspian-sea"),
    ("Orinbor", "geonames:515003"),
    ("Ulutau", "ulytau-region-kz"),
    ("Qərbi Qazaxıstan vilayəti", "west-kazakhstan-region-kz"),
    ("Burjatien", "buryatia-ru"),
    ("Ղազիանթեփ", "geonames:314830"),
    ("Искандерун", "geonames:311111"),
    ("Բուշեհր", "geonames:139817"),
    ("Buşehr Nükleer Enerji Santrali", "bushehr-nuclear-power-plant"),
    ("Բուշեհրի ատոմակայան", "bushehr-nuclear-power-plant"),
    ("Asalouyeh", "asaluyeh"),
    ("Asaluyah", "asaluyeh"),
    ("Ассалуйе", "asaluyeh"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round301_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("سطح آب رود اورال بالا رفته است.", "رود اورال", "ural-river"),
    ("کشاورزان کنار دریای اورال نگران هستند.", "دریای اورال", "ural-river"),
    ("Yayık nehri bu hafta yine yükseldi.", "Yayık nehri", "ural-river"),
    ("زمستان در سایبریا بسیار سرد است.", "سایبریا", "siberia"),
    ("کشتی ها از دریای کسپین گذشتند.", "دریای کسپین", "caspian-sea"),
    ("Orinbor'da barajın seviyesi izleniyor.", "Orinbor", "geonames:515003"),
    ("Ulutau bölgesinde kar eridi.", "Ulutau", "ulytau-region-kz"),
    (
        "Qərbi Qazaxıstan vilayətinin kəndlərində su var.",
        "Qərbi Qazaxıstan vilayəti",
        "west-kazakhstan-region-kz",
    ),
    ("In Burjatien wurde der Notstand ausgerufen.", "Burjatien", "buryatia-ru"),
    ("Ղազիանթեփում շենքեր են փլվել։", "Ղազիանթեփ", "geonames:314830"),
    ("Корабли стоят в порту Искандеруна.", "Искандерун", "geonames:311111"),
    ("Բուշեհրում նոր կայան են կառուցում։", "Բուշեհր", "geonames:139817"),
    (
        "Buşehr Nükleer Enerji Santrali'nde çalışmalar sürüyor.",
        "Buşehr Nükleer Enerji Santrali",
        "bushehr-nuclear-power-plant",
    ),
    (
        "Բուշեհրի ատոմակայանում տեսուչներ են աշխատում։",
        "Բուշեհրի ատոմակայան",
        "bushehr-nuclear-power-plant",
    ),
    ("Gas reaches the plants at Asalouyeh by pipeline.", "Asalouyeh", "asaluyeh"),
    ("New tanks were built near Asaluyah last year.", "Asaluyah", "asaluyeh"),
    ("Газ доставят в Ассалуйе по трубопроводу.", "Ассалуйе", "asaluyeh"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round301_found(text, mention, pid):
    assert (mention, pid) in _found(text)
