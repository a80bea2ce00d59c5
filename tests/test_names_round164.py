"""Round 164 (names164): names that held-out round 34 (sets 224-226) found missing, each as a
cited page writes it: Fordow (English 'Fordow', 'Fordo', Russian 'Фордо', Persian 'فردو'),
Russian 'Натанз' for Natanz, Al Udeid Air Base (Turkish 'El-Udeyd Hava Üssü'), Ain al-Asad Air
Base, Ben Gurion Airport, Ashkelon ('Ашкелон') and Bnei Brak ('Бней-Брак'), Persian 'ریشون لتسیون'
for Rishon LeZion and Armenian 'Արաք' for Arak. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Fordow", "fordow-ir"),
    ("Fordo", "fordow-ir"),
    ("Фордо", "fordow-ir"),
    ("فردو", "fordow-ir"),
    ("Натанз", "geonames:122491"),
    ("Al Udeid Air Base", "al-udeid-air-base"),
    ("Al Udeid", "al-udeid-air-base"),
    ("Al-Udeid", "al-udeid-air-base"),
    ("El-Udeyd Hava Üssü", "al-udeid-air-base"),
    ("Ain al-Asad Air Base", "ain-al-asad-air-base"),
    ("Ain al-Asad", "ain-al-asad-air-base"),
    ("Ain al-Assad", "ain-al-asad-air-base"),
    ("Ben Gurion Airport", "ben-gurion-airport"),
    ("Ashkelon", "ashkelon-il"),
    ("Ашкелон", "ashkelon-il"),
    ("Bnei Brak", "bnei-brak-il"),
    ("Бней-Брак", "bnei-brak-il"),
    ("ریشون لتسیون", "geonames:293703"),
    ("Արաք", "geonames:143127"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round164_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Russian, with case endings
    ("Бомбардировщики нанесли удар по Фордо.", "Фордо", "fordow-ir"),
    ("На объекте в Натанзе начался пожар.", "Натанз", "geonames:122491"),
    ("Сирены звучали в Ашкелоне.", "Ашкелон", "ashkelon-il"),
    ("В Бней-Браке прошла демонстрация.", "Бней-Браке", "bnei-brak-il"),
    # Persian
    ("تأسیسات فردو هدف قرار گرفت.", "فردو", "fordow-ir"),
    ("موشک به ریشون لتسیون اصابت کرد.", "ریشون لتسیون", "geonames:293703"),
    # Armenian
    ("Արաք քաղաքում նոր գործարան բացվեց։", "Արաք", "geonames:143127"),
    # Turkish, with case endings
    ("İran Fordo'da zenginleştirmeyi artırdı.", "Fordo", "fordow-ir"),
    ("Füzeler El-Udeyd Hava Üssü'ne yöneldi.", "El-Udeyd Hava Üssü", "al-udeid-air-base"),
    # English and German
    ("The Fordow site was struck.", "Fordow", "fordow-ir"),
    ("Iran fired missiles at Al Udeid Air Base.", "Al Udeid Air Base", "al-udeid-air-base"),
    ("Rockets hit Ain al-Asad in Anbar.", "Ain al-Asad", "ain-al-asad-air-base"),
    ("Flights left Ben Gurion Airport again.", "Ben Gurion Airport", "ben-gurion-airport"),
    ("Raketen schlugen in Ashkelon ein.", "Ashkelon", "ashkelon-il"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round164_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("Давид Бен-Гурион провозгласил независимость.", []),
    ("David Ben-Gurion was prime minister.", []),
    ("Er hat ein Ford gekauft.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round164_nothing_common_breaks(text, expected):
    assert _found(text) == expected
