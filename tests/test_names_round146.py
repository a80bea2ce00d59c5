"""Round 146 (names146): the Turkey-Syria gates and towns that held-out rounds 16-17 named and
the gazetteer lacked (data/places.yaml): the Zeytin Dalı and Mürşitpınar gates, the towns
Yayladağı and Karkamış (keeping their gates' names), Kobani, Nusaybin and Reyhanlı; Baghdad's
Kadhimiya (Persian 'کاظمین'), Lebanon's Anjar (Armenian 'Այնճար') and Georgia's Ganmukhuri; and,
in data/names.yaml, Persian 'مرز خسروی' and 'پایانه مرزی خسروی' (not the bare surname 'خسروی'),
Turkish 'Hüsrevi', 'Cezzabe' and 'Şelemçe', Russian 'Хатай' for the province. Each name as a
cited page writes it. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Zeytin Dalı Sınır Kapısı", "zeytin-dali-crossing"),
    ("Zeytin Dalı Gümrük Kapısı", "zeytin-dali-crossing"),
    ("Yayladağı", "yayladagi"),
    ("Yayladağı Sınır Kapısı", "yayladagi"),
    ("Яйладагы", "yayladagi"),
    ("Karkamış", "karkamis"),
    ("Karkamış Sınır Kapısı", "karkamis"),
    ("Mürşitpınar", "mursitpinar-crossing"),
    ("Mürşitpınar Sınır Kapısı", "mursitpinar-crossing"),
    ("Kobani", "kobani"),
    ("Kobanê", "kobani"),
    ("Ain al-Arab", "kobani"),
    ("Ayn el Arap", "kobani"),
    ("Nusaybin", "nusaybin"),
    ("Nisibis", "nusaybin"),
    ("Reyhanlı", "reyhanli"),
    ("Рейханлы", "reyhanli"),
    ("Kadhimiya", "kadhimiya"),
    ("کاظمین", "kadhimiya"),
    ("Kâzımeyn", "kadhimiya"),
    ("Anjar", "anjar"),
    ("Այնճար", "anjar"),
    ("Ganmukhuri", "ganmukhuri"),
    ("Ганмухури", "ganmukhuri"),
    ("مرز خسروی", "khosravi-crossing"),
    ("پایانه مرزی خسروی", "khosravi-crossing"),
    ("Hüsrevi", "khosravi-crossing"),
    ("Cezzabe", "chazabeh-crossing"),
    ("Şelemçe", "shalamcheh-crossing"),
    ("Хатай", "hatay-province-tr"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round146_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Turkish: the towns with their case endings, the gates with their words
    ("Yardım tırları Yayladağı'ndan Suriye'ye geçti.", "Yayladağı", "yayladagi"),
    ("Karkamış'ta sınır kapısı yeniden açıldı.", "Karkamış", "karkamis"),
    (
        "Zeytin Dalı Sınır Kapısı'ndan Afrin'e yardım geçti.",
        "Zeytin Dalı Sınır Kapısı",
        "zeytin-dali-crossing",
    ),
    (
        "Mürşitpınar Sınır Kapısı'ndan Kobani'ye geçiş yapıldı.",
        "Mürşitpınar Sınır Kapısı",
        "mursitpinar-crossing",
    ),
    ("Mürşitpınar Sınır Kapısı'ndan Kobani'ye geçiş yapıldı.", "Kobani", "kobani"),
    ("Nusaybin'de ve Reyhanlı'da okullar açıldı.", "Nusaybin", "nusaybin"),
    ("Nusaybin'de ve Reyhanlı'da okullar açıldı.", "Reyhanlı", "reyhanli"),
    ("Türk tırları Cezzabe ve Hüsrevi kapılarından geçti.", "Cezzabe", "chazabeh-crossing"),
    ("Türk tırları Cezzabe ve Hüsrevi kapılarından geçti.", "Hüsrevi", "khosravi-crossing"),
    # Persian: the crossing with its word, Kadhimiya of the pilgrims
    ("زائران از مرز خسروی به کاظمین رفتند.", "کاظمین", "kadhimiya"),
    # Russian: the province in the prepositional
    ("Землетрясение ощущалось в провинции Хатай.", "Хатай", "hatay-province-tr"),
    # English
    ("Pilgrims prayed at the shrine in Kadhimiya.", "Kadhimiya", "kadhimiya"),
    ("The new bridge links Anaklia and Ganmukhuri.", "Ganmukhuri", "ganmukhuri"),
    # Armenian: Anjar in the genitive
    ("Այնճարի հայերը տոնեցին գյուղի տարեդարձը։", "Այնճար", "anjar"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round146_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round146_khosravi_crossing_with_its_word():
    """'مرز خسروی' names the crossing (the border word may stay outside the mention)."""
    assert "khosravi-crossing" in [
        pid for _, pid in _found("زائران از مرز خسروی به کاظمین رفتند.")
    ]


#: common sentences whose places the new names must not change
UNCHANGED = [
    # the surname 'خسروی' alone names no place
    ("آقای خسروی گفت که جلسه برگزار شد.", []),
    # the operation 'Zeytin Dalı' is no gate
    ("Zeytin Dalı Harekâtı 2018'de başladı.", []),
    # Kilis stays the city
    ("Kilis'te hava güzel.", [("Kilis", "geonames:307864")]),
    ("Türkiye ile Suriye arasında ticaret arttı.", [("Türkiye", "tr"), ("Suriye", "sy")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round146_nothing_common_breaks(text, expected):
    assert _found(text) == expected
