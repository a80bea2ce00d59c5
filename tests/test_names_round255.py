"""Round 255 (names255): names that held-out sets 384 and 386 (Azerbaijan's south and the
Iranian border; Russia's Baltic and northwest) found missing, each as a cited page or GeoNames
writes it: Ivangorod, Gatchina, Vyborg, Vysotsk, Andreapol and Çameli as world rows; the new
records Pulkovo Airport and Lankaran Fortress; the Strait of Gibraltar as a world strait; the
Gulf of Finland's Persian 'خلیج فنلاند', the Baltic Sea's Russian 'Балтике' and the Democratic
Republic of the Congo's 'DR Congo' and 'Democratic Republic of Congo'. The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Ivangorod", "geonames:555624"),
    ("Ивангород", "geonames:555624"),
    ("Iwangorod", "geonames:555624"),
    ("Gatchina", "geonames:561887"),
    ("Гатчина", "geonames:561887"),
    ("Vyborg", "geonames:470546"),
    ("Выборг", "geonames:470546"),
    ("Wyborg", "geonames:470546"),
    ("Vysotsk", "geonames:469995"),
    ("Высоцк", "geonames:469995"),
    ("Andreapol", "geonames:582105"),
    ("Андреаполь", "geonames:582105"),
    ("Çameli", "geonames:319689"),
    ("Pulkovo Airport", "pulkovo-airport"),
    ("Pulkovo International Airport", "pulkovo-airport"),
    ("Flughafen Pulkowo", "pulkovo-airport"),
    ("аэропорт Пулково", "pulkovo-airport"),
    ("Lankaran Fortress", "lankaran-fortress"),
    ("Lənkəran qalası", "lankaran-fortress"),
    ("Ленкоранская крепость", "lankaran-fortress"),
    ("Strait of Gibraltar", "strait-of-gibraltar"),
    ("Straße von Gibraltar", "strait-of-gibraltar"),
    ("Гибралтарский пролив", "strait-of-gibraltar"),
    ("تنگه جبل الطارق", "strait-of-gibraltar"),
    ("خلیج فنلاند", "gulf-of-finland"),
    ("Балтике", "baltic-sea"),
    ("DR Congo", "cd"),
    ("Democratic Republic of Congo", "cd"),
    # Karaman stays the Turkish city's, not Çameli's old name
    ("Karaman", "geonames:309527"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round255_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Drones were shot down near Ivangorod overnight.", "Ivangorod", "geonames:555624"),
    ("A fire broke out at the oil terminal in Vysotsk.", "Vysotsk", "geonames:469995"),
    ("Flights at Pulkovo Airport were halted.", "Pulkovo Airport", "pulkovo-airport"),
    ("Visitors climbed the tower of Lankaran Fortress.", "Lankaran Fortress", "lankaran-fortress"),
    (
        "The tanker sailed through the Strait of Gibraltar.",
        "Strait of Gibraltar",
        "strait-of-gibraltar",
    ),
    ("Fighting spread in eastern DR Congo.", "DR Congo", "cd"),
    ("Exports from Democratic Republic of Congo fell.", "Democratic Republic of Congo", "cd"),
    # German
    ("Der Grenzübergang bei Iwangorod blieb geschlossen.", "Iwangorod", "geonames:555624"),
    ("Der Flughafen Pulkowo stellte den Betrieb ein.", "Flughafen Pulkowo", "pulkovo-airport"),
    (
        "Die Fähre fuhr durch die Straße von Gibraltar.",
        "Straße von Gibraltar",
        "strait-of-gibraltar",
    ),
    # Russian, with case endings
    ("Беспилотники сбили над Гатчиной.", "Гатчин", "geonames:561887"),
    ("Рейсы в аэропорту Пулково задержали.", "аэропорту Пулково", "pulkovo-airport"),
    ("Флот провёл учения на Балтике.", "Балтике", "baltic-sea"),
    ("Танкер прошёл Гибралтарский пролив.", "Гибралтарский пролив", "strait-of-gibraltar"),
    # Azerbaijani, with a case ending
    ("Turistlər Lənkəran qalasını gəzdilər.", "Lənkəran qalası", "lankaran-fortress"),
    # Persian
    ("نفتکش از تنگه جبل الطارق گذشت.", "تنگه جبل الطارق", "strait-of-gibraltar"),
    ("رزمایش در خلیج فنلاند برگزار شد.", "خلیج فنلاند", "gulf-of-finland"),
    # Turkish, with a case ending
    ("Çameli'de orman yangını çıktı.", "Çameli", "geonames:319689"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round255_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # 'Балтика' is a beer and a football club: only the locative is the sea's
    ("Он купил пиво «Балтика».", []),
    ("Команда проиграла «Балтике» в гостях.", []),
    # the bare 'Pulkovo' is the heights and the observatory too
    ("Обсерватория в Пулково открыта.", []),
    # the bare Persian 'جبل الطارق' stays the territory
    ("او در جبل الطارق کار می‌کند.", [("جبل الطارق", "gi")]),
    # Denmark's Viborg is no Vyborg
    ("He grew up in Viborg, Denmark.", [("Denmark", "dk")]),
    # Karaman stays the Turkish city
    ("Karaman'da deprem oldu.", [("Karaman", "geonames:309527")]),
    # the bare 'Congo', both states' name, reads nothing as before
    ("Congo signed the deal.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round255_nothing_common_breaks(text, expected):
    assert _found(text) == expected
