"""Round 292 (names292): names that held-out sets 477-479 (round 104) found missing, cited by a
page that writes them or, where no other page read did, by the held-out article: the
Zaporizhzhia plant's 'Zaporizhzhia NPP', 'ZNPP', Persian and Turkish names, Persian 'انرگودار',
Kakhovka's adjectives, Nova Kakhovka's 'Новокаховского', Azerbaijani 'Oleşki', Turkish 'Herson'
(the oblast) and 'Dnipro Nehri', the new Kamianka-Dniprovska, Russian 'Ислам-Кала', Turkish
'Mazar-i-Şerif', 'Aşdarak' and 'Goriz'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Zaporizhzhia NPP", "zaporizhzhia-npp"),
    ("ZNPP", "zaporizhzhia-npp"),
    ("نیروگاه اتمی زاپوریژیا", "zaporizhzhia-npp"),
    ("Zaporojye NGS", "zaporizhzhia-npp"),
    ("انرگودار", "geonames:709276"),
    ("Kaxovskaya", "geonames:707244"),
    ("Kakhovka", "geonames:707244"),
    ("Oleşki", "geonames:691037"),
    ("Dnipro Nehri", "dnieper-river"),
    ("Каменка-Днепровское", "kamianka-dniprovska"),
    ("Kamianka-Dniprovska", "kamianka-dniprovska"),
    ("Ислам-Кала", "islam-qala"),
    ("Mazar-i-Şerif", "geonames:1133616"),
    ("Aşdarak", "geonames:616877"),
    ("Goriz", "geonames:174895"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round292_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Inspectors said the Zaporizhzhia NPP lost power.", "Zaporizhzhia NPP", "zaporizhzhia-npp"),
    ("Monitors stay at ZNPP this winter.", "ZNPP", "zaporizhzhia-npp"),
    (
        "بازرسان از نیروگاه هسته‌ای زاپوریژیا بازدید کردند.",
        "نیروگاه هسته\u200cای زاپوریژیا",
        "zaporizhzhia-npp",
    ),
    ("بازرسان به نیروگاه زاپوروژیا رفتند.", "نیروگاه زاپوروژیا", "zaporizhzhia-npp"),
    ("Zaporojye NGS yakınında yangın çıktı.", "Zaporojye NGS", "zaporizhzhia-npp"),
    ("مردم شهر انرگودار نگران هستند.", "انرگودار", "geonames:709276"),
    ("Kaxovskaya su elektrik stansiyası dağıldı.", "Kaxovskaya", "geonames:707244"),
    ("Плотину Каховской ГЭС разрушили.", "Каховской", "geonames:707244"),
    ("Կախովսկի ՀԷԿ-ը քանդվեց։", "Կախովսկի", "geonames:707244"),
    ("Власти Новокаховского района сообщили.", "Новокаховского", "geonames:699839"),
    ("Oleşki şəhəri su altında qaldı.", "Oleşki", "geonames:691037"),
    ("Herson bölgesinde su yükseldi.", "Herson", "kherson-oblast-ua"),
    ("Baraj Dnipro Nehri üzerinde bulunuyor.", "Dnipro Nehri", "dnieper-river"),
    (
        "Дамбу в городе Каменка-Днепровское размыло.",
        "Каменка-Днепровское",
        "kamianka-dniprovska",
    ),
    ("Переход Ислам-Кала закрыт.", "Ислам-Кала", "islam-qala"),
    ("MAZAR-İ-ŞERİF'E YOL", "MAZAR-İ-ŞERİF", "geonames:1133616"),
    ("Yerevan Aşdarak karayolu yapılacak.", "Aşdarak", "geonames:616877"),
    ("Yerevan Aşdarak karayolu yapılacak.", "Yerevan", "geonames:616052"),
    ("Goriz şehrinde yol yapıldı.", "Goriz", "geonames:174895"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round292_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the bare Turkish 'Herson' stays the city; the bare 'Kakhovka' stays the town
    ("Herson'da su seviyesi düştü.", [("Herson", "geonames:706448")]),
    ("Kakhovka was flooded.", [("Kakhovka", "geonames:707244")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round292_nothing_common_breaks(text, expected):
    assert _found(text) == expected
