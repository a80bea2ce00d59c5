"""Round 230 (names230): Lake Van and Turkey's far east, names held-out set 339 found
missing, each as a cited page writes it: the new world-layer rivers the Murat (Eastern
Euphrates) and the Botan, the new record the Murat Bridge, Lake Van's German 'Van-See', Van
province's Armenian 'Վան նահանգ', Armenian names of Adilcevaz, Erciş and Yüksekova, Erciş's
Russian name, Yüksekova's Persian name and the Aghtamar church's Armenian locative. The
sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Van-See", "lake-van"),
    ("Վան նահանգ", "van-province-tr"),
    ("Ադիլջևազ", "geonames:325336"),
    ("Արծկե", "geonames:325336"),
    ("Արճեշ", "geonames:315530"),
    ("Արճէշ", "geonames:315530"),
    ("Эрджиш", "geonames:315530"),
    ("یوکسک اوا", "geonames:296173"),
    ("Յուքսեքովա", "geonames:296173"),
    ("Murat River", "murat-river"),
    ("Murat Nehri", "murat-river"),
    ("Murat Irmağı", "murat-river"),
    ("Murat Suyu", "murat-river"),
    ("Eastern Euphrates", "murat-river"),
    ("Արածանի", "murat-river"),
    ("река Мурат", "murat-river"),
    ("Восточный Евфрат", "murat-river"),
    ("Botan River", "botan-river"),
    ("Botan Çayı", "botan-river"),
    ("Botan Suyu", "botan-river"),
    ("Murat Köprüsü", "murat-bridge"),
    ("Tarihi Murat Köprüsü", "murat-bridge"),
    ("Աղթամարի Սուրբ Խաչ եկեղեցում", "aghtamar-cathedral"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round230_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("The Murat River was in flood.", "Murat River", "murat-river"),
    ("Rafters went down the Botan River.", "Botan River", "botan-river"),
    # German
    ("Wir segelten auf dem Van-See.", "Van-See", "lake-van"),
    # Russian, with case endings
    ("Лодка плыла по реке Мурат.", "Мурат", "murat-river"),
    ("Туристы приехали в Эрджиш.", "Эрджиш", "geonames:315530"),
    # Armenian, with case endings
    ("Վան նահանգում ձյուն եկավ։", "Վան նահանգ", "van-province-tr"),
    ("Արճեշում նոր դպրոց բացվեց։", "Արճեշ", "geonames:315530"),
    ("Ադիլջևազում բերդ կա։", "Ադիլջևազ", "geonames:325336"),
    ("Յուքսեքովայում ձյուն եկավ։", "Յուքսեքովա", "geonames:296173"),
    ("Արածանիի ափին ծառեր կան։", "Արածանի", "murat-river"),
    (
        "Աղթամարի Սուրբ Խաչ եկեղեցում մոմեր վառեցին։",
        "Աղթամարի Սուրբ Խաչ եկեղեցում",
        "aghtamar-cathedral",
    ),
    # Persian
    ("کامیون‌ها از یوکسک اوا گذشتند.", "یوکسک اوا", "geonames:296173"),
    # Turkish, with case endings
    ("Murat Nehri'nde balık tuttular.", "Murat Nehri", "murat-river"),
    ("Botan Çayı'na bir baraj yapılıyor.", "Botan Çayı", "botan-river"),
    ("Murat Köprüsü'nde piknik yaptılar.", "Murat Köprüsü", "murat-bridge"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round230_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # 'Murat' is a given name: only the river word makes it the river
    ("Bakan Murat Kurum açıklama yaptı.", []),
    ("Murat'ın evi yandı.", []),
    ("Murat Kurum visited the site.", []),
    # 'Botan' alone is also the historical region and emirate: no river
    ("Botan aşireti toplandı.", []),
    # Berlin's Wannsee is not Lake Van
    ("Die Familie fuhr zum Wannsee.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round230_nothing_common_breaks(text, expected):
    assert _found(text) == expected
