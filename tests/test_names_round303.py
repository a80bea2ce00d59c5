"""Round 303 (names303): names that held-out sets 501-503 (round 113) found missing, cited by a
page that writes them or, where no other page read did, by the held-out article: Karakalpakstan's
Turkish and German names, Ereğli of Zonguldak as 'Karadeniz Ereğli', Filyos's Azerbaijani and
Russian spellings, the Aral Sea's Persian bare 'آرال', the Syr Darya's spaced Persian 'سیر دریا'
and the new towns Çaycuma, Kıyıköy and Chimbay. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Karakalpakistan", "karakalpakstan-uz"),
    ("Karakalpakistan Cumhuriyeti", "karakalpakstan-uz"),
    ("Republik Karakalpakstan", "karakalpakstan-uz"),
    ("Karadeniz Ereğli", "geonames:747471"),
    ("Filios", "filyos-tr"),
    ("Филиос", "filyos-tr"),
    ("Фильос", "filyos-tr"),
    ("آرال", "aral-sea"),
    ("سیر دریا", "syr-darya"),
    ("Çaycuma", "caycuma-tr"),
    ("Kıyıköy", "kiyikoy-tr"),
    ("Chimbay", "chimbay-uz"),
    ("Чимбай", "chimbay-uz"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round303_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Seçimler Karakalpakistan'da ertelendi.", "Karakalpakistan", "karakalpakstan-uz"),
    (
        "Karakalpakistan Cumhuriyeti'nin meclisi toplandı.",
        "Karakalpakistan Cumhuriyeti",
        "karakalpakstan-uz",
    ),
    (
        "Die Wahl in der Republik Karakalpakstan wurde verschoben.",
        "Republik Karakalpakstan",
        "karakalpakstan-uz",
    ),
    ("Heyet dün Karadeniz Ereğli'ye geldi.", "Karadeniz Ereğli", "geonames:747471"),
    ("Karadeniz Ereğli açıklarında balıkçılar bekliyor.", "Karadeniz Ereğli", "geonames:747471"),
    ("Nazir Filios limanına baş çəkib.", "Filios", "filyos-tr"),
    ("Новый причал в порту Филиос готов.", "Филиос", "filyos-tr"),
    ("Танкер ждёт в порту Фильос.", "Фильос", "filyos-tr"),
    ("آرال هر سال کوچکتر می‌شود.", "آرال", "aral-sea"),
    ("آب سیر دریا امسال کم شد.", "سیر دریا", "syr-darya"),
    ("Çaycuma'da pazar kuruldu.", "Çaycuma", "caycuma-tr"),
    ("Turistler Kıyıköy'e akın etti.", "Kıyıköy", "kiyikoy-tr"),
    ("Хлопок вчера привезли в Чимбай.", "Чимбай", "chimbay-uz"),
    ("Chimbay'da pamuk hasadı başladı.", "Chimbay", "chimbay-uz"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round303_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round303_karadeniz_alone_stays_the_sea():
    """'Karadeniz' alone stays the Black Sea; only with 'Ereğli' is it the town."""
    assert ("Karadeniz", "black-sea") in _found("Karadeniz'de fırtına var.")


def test_round303_bare_seyr_not_a_place():
    """The Persian common word 'سیر' alone is no place."""
    assert not [m for m in _found("سیر خوردیم.") if m[0] == "سیر"]
