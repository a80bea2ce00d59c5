"""Round 235 (names235): Ukraine's west and its neighbours (held-out set 346), and names real
articles of held-out sets 342 and 345 wrote: Transcarpathia's English, German and Russian
names; Uzhhorod, Rzeszów, Przemyśl, Chełm, Mohyliv-Podilskyi and Syktyvkar as world rows
(BORDER_TOWNS); the new records Záhony, Medyka and Shehyni and the Uzh River; Persian
'ترانس دنیستر', Azerbaijani 'Tatarıstan Respublikası', the Sea of Japan's Azerbaijani, Turkish
and Armenian names and the Taiwan Strait's Persian one. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Transcarpathia", "zakarpattia-oblast-ua"),
    ("Transkarpatien", "zakarpattia-oblast-ua"),
    ("Закарпатье", "zakarpattia-oblast-ua"),
    ("Uzhhorod", "geonames:690548"),
    ("Ужгород", "geonames:690548"),
    ("Uschhorod", "geonames:690548"),
    ("Rzeszów", "geonames:759734"),
    ("Rzeszow", "geonames:759734"),
    ("Жешув", "geonames:759734"),
    ("Przemyśl", "geonames:761168"),
    ("Przemysl", "geonames:761168"),
    ("Пшемысль", "geonames:761168"),
    ("Chełm", "geonames:774558"),
    ("Chelm", "geonames:774558"),
    ("Хелм", "geonames:774558"),
    ("Mohyliv-Podilskyi", "geonames:700918"),
    ("Могилёв-Подольский", "geonames:700918"),
    ("Mogilev-Podolsky", "geonames:700918"),
    ("Syktyvkar", "geonames:485239"),
    ("Сыктывкар", "geonames:485239"),
    ("Záhony", "zahony-hu"),
    ("Zahony", "zahony-hu"),
    ("Захонь", "zahony-hu"),
    ("Medyka", "medyka-pl"),
    ("Medika", "medyka-pl"),
    ("Медыка", "medyka-pl"),
    ("Shehyni", "shehyni-ua"),
    ("Schehyni", "shehyni-ua"),
    ("Шегини", "shehyni-ua"),
    ("Uzh River", "uzh-river"),
    ("река Уж", "uzh-river"),
    ("ترانس دنیستر", "transnistria-md"),
    ("Tatarıstan Respublikası", "tatarstan-ru"),
    ("Yapon dənizi", "sea-of-japan"),
    ("Japon Denizi", "sea-of-japan"),
    ("Ճապոնական ծով", "sea-of-japan"),
    ("تنگه تایوان", "taiwan-strait"),
    # held before the round
    ("Lublin", "geonames:765876"),
    ("Zakarpattia", "zakarpattia-oblast-ua"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round235_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Aid convoys drove into Transcarpathia.", "Transcarpathia", "zakarpattia-oblast-ua"),
    ("The night train left Uzhhorod late.", "Uzhhorod", "geonames:690548"),
    ("Volunteers met the buses in Przemyśl.", "Przemyśl", "geonames:761168"),
    ("Lorries queued at Medyka for two days.", "Medyka", "medyka-pl"),
    ("The Uzh River rose after the rain.", "Uzh River", "uzh-river"),
    ("He grew up in Syktyvkar.", "Syktyvkar", "geonames:485239"),
    # German
    ("In Transkarpatien leben viele Ungarn.", "Transkarpatien", "zakarpattia-oblast-ua"),
    ("Der Bus hielt in Uschhorod.", "Uschhorod", "geonames:690548"),
    ("Am Übergang bei Schehyni warten Lastwagen.", "Schehyni", "shehyni-ua"),
    # Russian, with case endings
    ("Беженцы из Закарпатья вернулись домой.", "Закарпать", "zakarpattia-oblast-ua"),
    ("Мы отдыхали в Закарпатье летом.", "Закарпатье", "zakarpattia-oblast-ua"),
    ("Поезд из Ужгорода опоздал на час.", "Ужгород", "geonames:690548"),
    ("Самолёт сел в Жешуве.", "Жешув", "geonames:759734"),
    ("Автобус из Пшемысля ушёл утром.", "Пшемысл", "geonames:761168"),
    ("Очередь в Могилёв-Подольском выросла.", "Могилёв-Подольском", "geonames:700918"),
    ("Он родился в Сыктывкаре.", "Сыктывкар", "geonames:485239"),
    ("Грузовики стоят в Захони.", "Захон", "zahony-hu"),
    ("Стоки сбрасывают в реку Уж.", "Уж", "uzh-river"),
    # Turkish, with case endings
    ("Tırlar Medika sınır kapısında bekledi.", "Medika", "medyka-pl"),
    ("Füze Japon Denizi'ne düştü.", "Japon Denizi", "sea-of-japan"),
    # Azerbaijani, with case endings
    (
        "Dronlar Tatarıstan Respublikasının ərazisinə düşüb.",
        "Tatarıstan Respublikası",
        "tatarstan-ru",
    ),
    ("Raket Yapon dənizinə düşüb.", "Yapon dənizi", "sea-of-japan"),
    # Armenian, with the article and the genitive
    ("Հրթիռն ընկել է Ճապոնական ծովը։", "Ճապոնական ծով", "sea-of-japan"),
    ("Հրթիռը թռավ Ճապոնական ծովի ուղղությամբ։", "Ճապոնական ծով", "sea-of-japan"),
    # Persian
    ("نیروها به ترانس دنیستر رسیدند.", "ترانس دنیستر", "transnistria-md"),
    ("ناو جنگی از تنگه تایوان عبور کرد.", "تنگه تایوان", "taiwan-strait"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round235_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # Russian уж (the grass snake, and an everyday particle) is no river
    ("Уж прополз по траве.", []),
    ("Он уж пришёл домой.", []),
    # Chełm's GeoNames "Холм" (hill) and "Kholm" were dropped
    ("Мы поднялись на холм.", []),
    ("Kholm is a hill.", []),
    # Rzeszów's wartime "Reichshof" (a German municipality too) was dropped
    ("Reichshof ist eine Gemeinde.", []),
    ("Wir fahren nach Lublin.", [("Lublin", "geonames:765876")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round235_nothing_common_breaks(text, expected):
    assert _found(text) == expected
