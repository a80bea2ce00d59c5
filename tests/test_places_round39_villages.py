"""The villages of round 39: places of the Great Return in Karabakh and East Zangezur.

Qarğabazar (Fuzuli), Horovlu (Jabrayil), Mahruzlu (Qubadli), Ballıca, Shushakend and
Khanyurdu (Khojaly), Qırmızı Bazar and Sos (Khojavend) and Sarıcalı (Aghdam), each at the
Wikipedia point its record cites (``data/places.yaml``). Before, each geocoded to nothing or
to a far namesake (Mahruzlu to the Mahmudlu station, Sarıcalı to a village of Armenia). The
sentences are the project's own.
"""

import pytest

from geo.geocode import geocode
from tests.parsing import found


@pytest.mark.parametrize(
    ("name", "place", "lat", "lon"),
    [
        ("Qarğabazar", "qargabazar", 39.540, 47.156),
        ("Garghabazar", "qargabazar", 39.540, 47.156),
        ("Гаргабазар", "qargabazar", 39.540, 47.156),
        ("Horovlu", "horovlu", 39.400, 47.095),
        ("Khorovlu", "horovlu", 39.400, 47.095),
        ("Mahruzlu", "mahruzlu", 39.233, 46.717),  # was the Mahmudlu station by fuzzy match
        ("Ballıca", "ballica", 39.869, 46.727),
        ("Ballija", "ballica", 39.869, 46.727),  # was Dağlıca in Turkey by fuzzy match
        ("Баллыджа", "ballica", 39.869, 46.727),
        ("Shushakend", "shushakend", 39.770, 46.785),
        ("Şuşakənd", "shushakend", 39.770, 46.785),
        ("Шушикенд", "shushakend", 39.770, 46.785),
        ("Xanyurdu", "khanyurdu", 39.847, 46.739),
        ("Khanyurdu", "khanyurdu", 39.847, 46.739),
        ("Qırmızı Bazar", "qirmizi-bazar", 39.676, 46.949),
        ("Karmir Shuka", "qirmizi-bazar", 39.676, 46.949),
        ("Красный Базар", "qirmizi-bazar", 39.676, 46.949),
        ("Sos kəndi", "sos-khojavend", 39.713, 47.009),
        ("Sos village", "sos-khojavend", 39.713, 47.009),
        ("Sarıcalı", "saricali-aghdam", 40.003, 46.986),  # was Nor Khachakap (Armenia)
        ("Сарыджалы", "saricali-aghdam", 40.003, 46.986),
    ],
)
def test_a_round39_village_geocodes_to_its_own_point(name, place, lat, lon):
    p = geocode(name)
    assert (p.id, round(p.lat, 3), round(p.lon, 3)) == (place, lat, lon)


@pytest.mark.parametrize(
    ("name", "place"),
    [
        # the Armenian names of Ballıca and Khanyurdu are villages of Armenia too
        ("Aygestan", "geonames:616849"),
        ("Khnatsakh", "geonames:174850"),
        # the bare station name stays the station
        ("Mahmudlu", "mahmudlu-station"),
    ],
)
def test_namesakes_keep_their_places(name, place):
    assert geocode(name).id == place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Füzuli rayonunun Qarğabazar kəndinə ilk sakinlər qayıdıb.",
            [("Füzuli rayonu", "fuzuli-district-az"), ("Qarğabazar", "qargabazar")],
        ),
        (
            "Cəbrayıl rayonunun Horovlu kəndinə növbəti köç karvanı yola salınıb.",
            [("Cəbrayıl rayonu", "jabrayil-district"), ("Horovlu", "horovlu")],
        ),
        (
            "Qubadlı rayonunun Mahruzlu kəndində tikinti işləri davam edir.",
            [("Qubadlı rayonu", "qubadli-district"), ("Mahruzlu", "mahruzlu")],
        ),
        (
            "Xocalı rayonunun Ballıca kəndinə 15 ailə köçürülüb.",
            [("Xocalı rayonu", "khojali-district-az"), ("Ballıca", "ballica")],
        ),
        (
            "Xocalı rayonunun Şuşakənd kəndinə ilk ailələr köçüb.",
            [("Xocalı rayonu", "khojali-district-az"), ("Şuşakənd", "shushakend")],
        ),
        (
            "Xocalı rayonunun Xanyurdu kəndinə daha 20 ailə qayıdıb.",
            [("Xocalı rayonu", "khojali-district-az"), ("Xanyurdu", "khanyurdu")],
        ),
        (
            "Xocavənd rayonunun Qırmızı Bazar qəsəbəsinə köç başlayıb.",
            [("Xocavənd rayonu", "khojavand-district-az"), ("Qırmızı Bazar", "qirmizi-bazar")],
        ),
        (
            "Xocavənd rayonunun Sos kəndinə 10 ailə köçürülüb.",
            # (the village word outside the mention, as the gold marks it: round 57)
            [("Xocavənd rayonu", "khojavand-district-az"), ("Sos", "sos-khojavend")],
        ),
        (
            "Ağdam rayonunun Sarıcalı kəndinə ilk köç karvanı yola salınıb.",
            [("Ağdam rayonu", "aghdam-district-az"), ("Sarıcalı", "saricali-aghdam")],
        ),
    ],
)
def test_the_villages_are_found_in_azerbaijani(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first families returned to Qarğabazar village in the Fuzuli district.",
            [("Qarğabazar", "qargabazar"), ("Fuzuli district", "fuzuli-district-az")],
        ),
        (
            "Another group of former IDPs moved to Horovlu in the Jabrayil district.",
            [("Horovlu", "horovlu"), ("Jabrayil district", "jabrayil-district")],
        ),
        (
            "Construction continues in Mahruzlu village of the Qubadli district.",
            [("Mahruzlu", "mahruzlu"), ("Qubadli district", "qubadli-district")],
        ),
        (
            "Resettlement began in Girmizi Bazar in the Khojavend district.",
            [("Girmizi Bazar", "qirmizi-bazar"), ("Khojavend district", "khojavand-district-az")],
        ),
        (
            "Ten families moved to Sos village in the Khojavend district.",
            [("Sos", "sos-khojavend"), ("Khojavend district", "khojavand-district-az")],
        ),
        (
            "The first convoy left for Sarıcalı village in the Aghdam district.",
            [("Sarıcalı", "saricali-aghdam"), ("Aghdam district", "aghdam-district-az")],
        ),
    ],
)
def test_the_villages_are_found_in_english(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Первые жители вернулись в село Гаргабазар Физулинского района.",
            [("Гаргабазар", "qargabazar"), ("Физулинского района", "fuzuli-district-az")],
        ),
        (
            "В село Хоровлу Джебраильского района вернулись новые семьи.",
            [("Хоровлу", "horovlu"), ("Джебраильского района", "jabrayil-district")],
        ),
        (
            "В село Сарыджалы Агдамского района вернулись первые жители.",
            [("Сарыджалы", "saricali-aghdam"), ("Агдамского района", "aghdam-district-az")],
        ),
    ],
)
def test_the_villages_are_found_in_russian(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "SOS! The ship sent an SOS signal.",
        "Bu sos çox dadlıdır.",
    ],
)
def test_the_bare_word_sos_is_no_village(text):
    assert found(text) == []
