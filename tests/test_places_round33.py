"""The places of round 33: terminals, a crossing and far cities of the corridors' news.

The Aprin dry port near Tehran (where the North-South corridor's trains from Russia
arrive), the Kapıkule crossing to Bulgaria, Istanbul's Halkalı terminal, Çerkezköy,
Kashgar, Termez and Gwadar (``data/places.yaml``). Before, each geocoded to nothing or to a
far namesake (Halkalı to the Hakari station, Kashgar to an Iranian village, Kashi to
Varanasi). The sentences are the project's own.
"""

import pytest

from geo.geocode import geocode
from tests.parsing import found


@pytest.mark.parametrize(
    ("name", "place", "lat", "lon"),
    [
        ("Aprin", "aprin-dry-port", 35.552, 51.235),  # was Göldüzü (Van) by fuzzy match
        ("آپرین", "aprin-dry-port", 35.552, 51.235),  # was Ovrin (Tehran province)
        ("Априн", "aprin-dry-port", 35.552, 51.235),
        ("Kapıkule", "kapikule", 41.708, 26.392),
        ("Kapitan Andreevo", "kapikule", 41.708, 26.392),
        ("Halkalı", "halkali-station", 41.019, 28.767),  # was the Hakari station
        ("Halkali", "halkali-station", 41.019, 28.767),
        ("Çerkezköy", "cerkezkoy", 41.286, 27.999),
        ("Kashgar", "kashgar", 39.467, 75.987),  # was Keshavarz, a village in Iran
        ("Kashi", "kashgar", 39.467, 75.987),  # was Varanasi
        ("کاشغر", "kashgar", 39.467, 75.987),
        ("Кашгар", "kashgar", 39.467, 75.987),
        ("Kaşgar", "kashgar", 39.467, 75.987),
        ("Termez", "termez", 37.224, 67.278),
        ("Термез", "termez", 37.224, 67.278),
        ("ترمذ", "termez", 37.224, 67.278),
        ("Gwadar", "gwadar", 25.122, 62.325),
        ("Гвадар", "gwadar", 25.122, 62.325),
        ("گوادر", "gwadar", 25.122, 62.325),
    ],
)
def test_a_round33_name_geocodes_to_its_own_point(name, place, lat, lon):
    p = geocode(name)
    assert (p.id, round(p.lat, 3), round(p.lon, 3)) == (place, lat, lon)


def test_the_persian_word_for_brake_is_no_name_of_termez():
    # GeoNames lists "ترمز" among Termez's names; in Persian it is the word brake
    assert found("راننده کامیون ناگهان ترمز گرفت.") == []
    assert found("راننده کامیون در ترمذ ترمز گرفت.") == [("ترمذ", "termez")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The container train from Russia crossed into Iran at Incheh Borun and reached "
            "the Aprin dry port near Tehran.",
            [
                ("Russia", "ru"),
                ("Iran", "ir"),
                ("Incheh Borun", "incheh-borun-crossing"),
                ("Aprin dry port", "aprin-dry-port"),
                ("Tehran", "tehran"),
            ],
        ),
        (
            "Первый поезд из России прибыл в сухой порт Априн под Тегераном.",
            [("Росси", "ru"), ("Априн", "aprin-dry-port"), ("Тегеран", "tehran")],
        ),
        (
            "قطار باری روسیه در بندر خشک آپرین تخلیه شد.",
            [("روسیه", "ru"), ("بندر خشک آپرین", "aprin-dry-port")],
        ),
        (
            "Der Zug erreichte das Trockenterminal Aprin bei Teheran.",
            [("Trockenterminal Aprin", "aprin-dry-port"), ("Teheran", "tehran")],
        ),
    ],
)
def test_the_aprin_dry_port_is_found_in_four_languages(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trucks queued for hours at Kapıkule before entering Bulgaria.",
            [("Kapıkule", "kapikule"), ("Bulgaria", "bg")],
        ),
        (
            "Tırlar Kapıkule Sınır Kapısı'nda 14 kilometre kuyruk oluşturdu.",
            [("Kapıkule Sınır Kapısı", "kapikule")],
        ),
        (
            "The block train left Halkalı for Duisburg via Kapıkule.",
            [
                ("Halkalı", "halkali-station"),
                ("Duisburg", "geonames:2934691"),
                ("Kapıkule", "kapikule"),
            ],
        ),
        (
            "Konteyner treni Halkalı'dan yola çıktı ve Çerkezköy üzerinden Kapıkule'ye ulaştı.",
            [
                ("Halkalı", "halkali-station"),
                ("Çerkezköy", "cerkezkoy"),
                ("Kapıkule", "kapikule"),
            ],
        ),
    ],
)
def test_the_route_from_istanbul_to_bulgaria_is_found(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The railway will run from Kashgar through Kyrgyzstan to Andijan.",
            [("Kashgar", "kashgar"), ("Kyrgyzstan", "kg"), ("Andijan", "geonames:1514588")],
        ),
        (
            "Железная дорога пройдет от Кашгара до Андижана.",
            [("Кашгар", "kashgar"), ("Андижан", "geonames:1514588")],
        ),
        ("Trains from Kashi will reach Uzbekistan.", [("Kashi", "kashgar"), ("Uzbekistan", "uz")]),
        (
            "The Trans-Afghan railway will link Termez with Peshawar and the port of Gwadar.",
            [("Termez", "termez"), ("Peshawar", "geonames:1168197"), ("Gwadar", "gwadar")],
        ),
        (
            "Iran offered to connect Gwadar with Chabahar.",
            [("Iran", "ir"), ("Gwadar", "gwadar"), ("Chabahar", "geonames:1161724")],
        ),
        (
            "Поезда пойдут из Термеза в Пешавар.",
            [("Термез", "termez"), ("Пешавар", "geonames:1168197")],
        ),
    ],
)
def test_the_far_ends_of_the_corridors_are_their_cities(text, expected):
    assert found(text) == expected
