"""Round 82 (places82): Azerbaijan's villages, roads and sights.

The villages Gəndov (Shabran), Qızmeydan (Shamakhi), Kish (Sheki), Kəmərli (Gazakh) and the
Tovuz Ağdam, the Agdash settlement Ləki, the Palace of Shaki Khans, the Tufandag Mountain
Resort (placed 4 km north of Gabala, as its page puts it) and Yerevan's Tsitsernakaberd
memorial are curated in ``data/places.yaml``. Each name is one a cited page writes. The
sentences are the project's own.
"""

import pytest
from places import assert_geocodes_to

from geo.geocode import geocode
from geo.geoparse import geoparse

#: id, kind, country and the cited (or, for Tufandag, derived) point of each place added
PLACES = {
    "gandov-shabran": ("village", "AZ", 41.2625, 48.90528),
    "qizmeydan-shamakhi": ("village", "AZ", 40.76972, 48.74778),
    "kis-shaki": ("village", "AZ", 41.25944, 47.18806),
    "laki-agdash": ("town", "AZ", 40.55472, 47.42722),
    "kamarli-gazakh": ("village", "AZ", 41.20667, 45.08194),
    "agdam-tovuz": ("village", "AZ", 40.90528, 45.55639),
    "shaki-khans-palace": ("building", "AZ", 41.20444, 47.1975),
    "tufandag-resort": ("building", "AZ", 41.01736, 47.84583),
    "tsitsernakaberd": ("building", "AM", 40.18583, 44.49056),
}

#: each name a place is written by, and the place
NAMES = [
    # Azerbaijani, English (Russian Wikipedia's transliteration), Russian
    ("Gəndov", "gandov-shabran"),
    ("Gyandov", "gandov-shabran"),
    ("Гяндов", "gandov-shabran"),
    # Azerbaijani, its ASCII form and GeoNames' transliteration, Russian
    ("Qızmeydan", "qizmeydan-shamakhi"),
    ("Qizmeydan", "qizmeydan-shamakhi"),
    ("Gyzmejdan", "qizmeydan-shamakhi"),
    ("Кызмейдан", "qizmeydan-shamakhi"),
    # English
    ("Kish village", "kis-shaki"),
    ("Kish-Kishlak", "kis-shaki"),
    # Azerbaijani, English, Russian
    ("Ləki", "laki-agdash"),
    ("Ləki qəsəbəsi", "laki-agdash"),
    ("Laki", "laki-agdash"),
    ("Ляки", "laki-agdash"),
    # Azerbaijani
    ("Kəmərli", "kamarli-gazakh"),
    # Azerbaijani and Russian, each with the district
    ("Ağdam (Tovuz)", "agdam-tovuz"),
    ("Tovuz rayonunun Ağdam kəndi", "agdam-tovuz"),
    ("Агдам (Товузский район)", "agdam-tovuz"),
    # English, Azerbaijani, Russian
    ("Palace of Shaki Khans", "shaki-khans-palace"),
    ("Palace of Sheki Khans", "shaki-khans-palace"),
    ("Palace of the Shaki Khans", "shaki-khans-palace"),
    ("Şəki xan sarayı", "shaki-khans-palace"),
    ("Şəki Xan Sarayı", "shaki-khans-palace"),
    ("Şəki xanlarının sarayı", "shaki-khans-palace"),
    ("Дворец шекинских ханов", "shaki-khans-palace"),
    # English
    ("Tufandag Mountain Resort", "tufandag-resort"),
    ("Tufandag Resort", "tufandag-resort"),
    ("Tufandag", "tufandag-resort"),
    # English, Armenian, German, Western Armenian (transliterated)
    ("Tsitsernakaberd", "tsitsernakaberd"),
    ("Armenian Genocide Memorial", "tsitsernakaberd"),
    ("Armenian Genocide Memorial complex", "tsitsernakaberd"),
    ("Tsitsernakaberd Memorial", "tsitsernakaberd"),
    ("Ծիծեռնակաբերդ", "tsitsernakaberd"),
    ("Հայոց ցեղասպանության զոհերի հուշահամալիր", "tsitsernakaberd"),
    ("Zizernakaberd", "tsitsernakaberd"),
    ("Dsidsernagapert", "tsitsernakaberd"),
]


@pytest.mark.parametrize(("name", "ident"), NAMES)
def test_each_name_geocodes_to_its_place(name, ident):
    assert_geocodes_to(name, ident, PLACES)


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Ağdam", "geonames:148619"),
        ("Aghdam", "geonames:148619"),
        ("Агдам", "geonames:148619"),
        # Iran's Kish Island, its own record since round 142
        ("Kish", "kish-island"),
    ],
)
def test_the_namesakes_keep_the_bare_names(name, ident):
    assert geocode(name).id == ident


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Şabran rayonunun Gəndov kəndində yeni məktəb açıldı.", "gandov-shabran"),
        ("Жители села Гяндов встретили гостей.", "gandov-shabran"),
        ("Tourists drove up to Qızmeydan from Shamakhi.", "qizmeydan-shamakhi"),
        ("Молокане живут в селе Кызмейдан.", "qizmeydan-shamakhi"),
        ("We walked from Sheki to Kish village to see the Albanian church.", "kis-shaki"),
        ("The train stopped at Laki on its way to Ganja.", "laki-agdash"),
        ("Ləki qəsəbəsində yeni dəmiryol vağzalı tikilir.", "laki-agdash"),
        ("Поезд прибыл на станцию Ляки.", "laki-agdash"),
        ("Qazax rayonunun Kəmərli kəndi sərhəddə yerləşir.", "kamarli-gazakh"),
        ("Ermənistan Tovuz rayonunun Ağdam kəndini atəşə tutub.", "agdam-tovuz"),
        ("Visitors queued at the Palace of Shaki Khans.", "shaki-khans-palace"),
        ("Şəki xan sarayı UNESCO siyahısındadır.", "shaki-khans-palace"),
        ("Дворец шекинских ханов открыт для туристов.", "shaki-khans-palace"),
        ("The ski season opened at Tufandag Mountain Resort in Gabala.", "tufandag-resort"),
        ("The delegation laid flowers at Tsitsernakaberd in Yerevan.", "tsitsernakaberd"),
        ("Ծիծեռնակաբերդում հավաքվեցին հազարավոր մարդիկ.", "tsitsernakaberd"),
        ("Die Delegation besuchte Zizernakaberd.", "tsitsernakaberd"),
    ],
)
def test_a_sentence_names_the_place(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Aghdam was rebuilt after 2020.", "geonames:148619"),
        ("Tourists flew to Kish for the weekend.", "kish-island"),
    ],
)
def test_the_namesakes_keep_their_texts(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}


@pytest.mark.parametrize("text", ["Kış aylarında yollar kapanıyor.", "Bu kış çok soğuk geçti."])
def test_the_turkish_winter_is_no_village(text):
    assert "kis-shaki" not in {m.place.id for m in geoparse(text) if m.place is not None}
