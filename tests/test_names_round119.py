"""Round 119 (names119): places real regional articles named most often that the gazetteer
lacked (data/places.yaml, data/names.yaml, scripts/regions_historical.py), each name as a
cited page writes it: Ani and its cathedral (Kars), Aghdam's Juma mosque, Akhaltsikhe's
Rabati castle, the Ünlendi and Tuzluca dams (Iğdır; the bare "Tuzluca" stays the town),
Ganja's Shah Abbas mosque and caravanserai, Hagia Sophia, the Basitchay reserve, the
historical region Borchali and the Ural with its Russian river word. The bare "Ani" is also
the Turkish adjective "ani" (sudden) and a given name (geo._homographs). The sentences are
the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Ani", "ani"),
    ("Ani Ören Yeri", "ani"),
    ("Ani Örenyeri", "ani"),
    ("Ani Harabeleri", "ani"),
    ("Անի", "ani"),
    ("Ани", "ani"),
    ("Cathedral of Ani", "ani-cathedral"),
    ("Ani Cathedral", "ani-cathedral"),
    ("Ani Katedrali", "ani-cathedral"),
    ("Անիի Մայր տաճար", "ani-cathedral"),
    ("Aghdam Mosque", "aghdam-juma-mosque"),
    ("Agdam Mosque", "aghdam-juma-mosque"),
    ("Ağdam Cümə məscidi", "aghdam-juma-mosque"),
    ("Ağdam Camisi", "aghdam-juma-mosque"),
    ("Rabati Castle", "rabati-castle"),
    ("Akhaltsikhe Fortress", "rabati-castle"),
    ("Ahıska Kalesi", "rabati-castle"),
    ("Rabat-ı Kale-i Ahıska", "rabati-castle"),
    ("крепость Рабат", "rabati-castle"),
    ("Ünlendi Barajı", "unlendi-dam"),
    ("Tuzluca Barajı", "tuzluca-dam"),
    ("Tuzluca", "tuzluca"),
    ("Borchali", "borchali"),
    ("Borçalı", "borchali"),
    ("Борчалы", "borchali"),
    ("Բորչալու", "borchali"),
    ("река Урал", "ural-river"),
    ("реки Урал", "ural-river"),
    ("Shah Abbas Mosque", "shah-abbas-mosque-ganja"),
    ("Şah Abbas məscidi", "shah-abbas-mosque-ganja"),
    ("мечеть Шаха Аббаса", "shah-abbas-mosque-ganja"),
    ("Shah Abbas Caravanserai", "shah-abbas-caravanserai-ganja"),
    ("Şah Abbas karvansarası", "shah-abbas-caravanserai-ganja"),
    ("караван-сарай «Шах Аббас»", "shah-abbas-caravanserai-ganja"),
    ("Hagia Sophia", "hagia-sophia"),
    ("Ayasofya", "hagia-sophia"),
    ("Айя-София", "hagia-sophia"),
    ("ایاصوفیه", "hagia-sophia"),
    ("Basitchay State Nature Reserve", "basitchay-reserve"),
    ("Bəsitçay Dövlət Təbiət Qoruğu", "basitchay-reserve"),
    ("Басутчайский заповедник", "basitchay-reserve"),
    ("Баситчайский заповедник", "basitchay-reserve"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round119_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Ani in each language, the Armenian name in its genitive and ablative
    ("Kars'taki Ani Ören Yeri ziyaretçi akınına uğruyor.", "Ani Ören Yeri", "ani"),
    ("Ani Harabeleri 2016'da Dünya Mirası oldu.", "Ani Harabeleri", "ani"),
    ("Ani'ye gelen turistler katedrali gezdi.", "Ani", "ani"),
    ("Tourists walked through the ruins of Ani near Kars.", "Ani", "ani"),
    ("Ani şəhəri Qarsda yerləşir.", "Ani", "ani"),
    ("Die Ruinenstadt Ani liegt östlich von Kars.", "Ani", "ani"),
    ("Руины Ани находятся в провинции Карс.", "Ани", "ani"),
    ("Անիի ավերակները երևում են Հայաստանից։", "Անի", "ani"),
    ("Զբոսաշրջիկները վերադարձան Անիից։", "Անի", "ani"),
    # the cathedral, the Armenian name in its cases
    ("Ani Katedrali restore edildi.", "Ani Katedrali", "ani-cathedral"),
    ("The Cathedral of Ani lost its dome in 1319.", "Cathedral of Ani", "ani-cathedral"),
    ("Անիի Մայր տաճարը վերականգնվում է։", "Անիի Մայր տաճար", "ani-cathedral"),
    ("Անիի Մայր տաճարի գմբեթը փլվել է։", "Անիի Մայր տաճար", "ani-cathedral"),
    # Aghdam's mosque
    ("Ağdam Cümə məscidində namaz qılınıb.", "Ağdam Cümə məscidi", "aghdam-juma-mosque"),
    ("The Aghdam Mosque was restored in 2024.", "Aghdam Mosque", "aghdam-juma-mosque"),
    ("Ağdam Camisi yeniden ibadete açıldı.", "Ağdam Camisi", "aghdam-juma-mosque"),
    # Rabati castle; the Ottoman name is no longer Morocco's capital
    (
        "Rabat-ı Kale-i Ahıska 1829'a kadar Osmanlı'da kaldı.",
        "Rabat-ı Kale-i Ahıska",
        "rabati-castle",
    ),
    ("Ahıska Kalesi'ni ziyaret ettik.", "Ahıska Kalesi", "rabati-castle"),
    ("Visitors climbed Rabati Castle in Akhaltsikhe.", "Rabati Castle", "rabati-castle"),
    ("Туристы посетили крепость Рабат в Ахалцихе.", "крепость Рабат", "rabati-castle"),
    ("Гостей поселили в крепости Рабат.", "крепости Рабат", "rabati-castle"),
    # the two dams of Iğdır, whole in their case forms
    ("Ünlendi Barajı'nda su tutuldu.", "Ünlendi Barajı", "unlendi-dam"),
    ("Tuzluca Barajı'nın temeli atıldı.", "Tuzluca Barajı", "tuzluca-dam"),
    ("Tuzluca Barajı inşaatında çalışmalar sürüyor.", "Tuzluca Barajı", "tuzluca-dam"),
    # Borchali
    ("Borçalı azərbaycanlıları seçkidə fəal olub.", "Borçalı", "borchali"),
    ("Азербайджанцы Борчалы отметили праздник.", "Борчалы", "borchali"),
    # the Ural with its river word, in its cases
    ("Уровень реки Урал упал.", "Урал", "ural-river"),
    ("Город стоит на реке Урал.", "Урал", "ural-river"),
    # Ganja's Shah Abbas mosque and caravanserai
    (
        "Туристы посетили мечеть Шаха Аббаса в Гяндже.",
        "мечеть Шаха Аббаса",
        "shah-abbas-mosque-ganja",
    ),
    ("Şah Abbas məscidi 1606-cı ildə tikilib.", "Şah Abbas məscidi", "shah-abbas-mosque-ganja"),
    ("The Shah Abbas Mosque stands in Ganja.", "Shah Abbas Mosque", "shah-abbas-mosque-ganja"),
    (
        "В Гяндже открылся караван-сарай «Шах Аббас».",
        "караван-сарай «Шах Аббас»",
        "shah-abbas-caravanserai-ganja",
    ),
    (
        "Şah Abbas karvansarası bərpa olunub.",
        "Şah Abbas karvansarası",
        "shah-abbas-caravanserai-ganja",
    ),
    # Hagia Sophia
    ("Ayasofya'da cuma namazı kılındı.", "Ayasofya", "hagia-sophia"),
    ("Erdogan prayed in Hagia Sophia.", "Hagia Sophia", "hagia-sophia"),
    ("Die Hagia Sophia ist wieder eine Moschee.", "Hagia Sophia", "hagia-sophia"),
    ("Эрдоган снова сделал Айя-Софию мечетью.", "Айя-Софию", "hagia-sophia"),
    ("مسجد ایاصوفیه در استانبول است.", "ایاصوفیه", "hagia-sophia"),
    # the Basitchay reserve
    (
        "Bəsitçay Dövlət Təbiət Qoruğu Zəngilanda yerləşir.",
        "Bəsitçay Dövlət Təbiət Qoruğu",
        "basitchay-reserve",
    ),
    (
        "Scientists surveyed the Basitchay State Nature Reserve.",
        "Basitchay State Nature Reserve",
        "basitchay-reserve",
    ),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round119_found(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # the Turkish and Azerbaijani adjective "ani" (sudden) opening a sentence
        "Ani bir kararla yola çıktı.",
        "Ani fren yapan sürücü kaza yaptı.",
        "Ani ölüm hadisəsi araşdırılır.",
        # the given name before a surname
        "Ani Lorak sang in Baku.",
        "Певица Ани Лорак выступила в Ереване.",
        # the Safavid shah is no mosque
        "Шах Аббас построил мечеть.",
        "Шаха Аббаса называли великим.",
        # the Ural region and mountains are not the river
        "Он живёт на Урале.",
        "Урал богат рудами.",
    ],
)
def test_round119_words_are_no_places(text):
    found = _found(text)
    new = {"ani", "shah-abbas-mosque-ganja", "shah-abbas-caravanserai-ganja", "ural-river"}
    assert not any(pid in new for _, pid in found), found


@pytest.mark.parametrize(
    ("text", "name", "pid"),
    [
        # the bare Tuzluca stays the town, Rabat Morocco's capital
        ("Tuzluca ilçesinde lojistik depolar kurulacak.", "Tuzluca", "tuzluca"),
        ("Hat Digor ve Tuzluca ilçelerinden geçecek.", "Tuzluca", "tuzluca"),
        ("The king returned to Rabat.", "Rabat", "geonames:2538475"),
        # Kars, Ganja, Aghdam and Istanbul keep their names beside the new places
        ("Kars'taki Ani Ören Yeri ziyaretçi çekiyor.", "Kars", "kars-province-tr"),
        ("Туристы посетили мечеть Шаха Аббаса в Гяндже.", "Гяндж", "geonames:586523"),
        ("Ağdam Cümə məscidi Ağdam şəhərindədir.", "Ağdam", "geonames:148619"),
        ("Kura ve Aras nehirleri birleşir.", "Kura", "kura"),
        ("Уровень реки Кура поднялся.", "Кура", "kura"),
        ("В аэропорту «Ширак» сел самолёт.", "аэропорту «Ширак»", "shirak-airport"),
    ],
)
def test_round119_common_places_unchanged(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


def test_round119_points():
    ani, cathedral = geocode("Ani Ören Yeri"), geocode("Ani Katedrali")
    assert (round(ani.lat, 4), round(ani.lon, 4)) == (40.5075, 43.5728)
    assert abs(cathedral.lat - ani.lat) < 0.01 and abs(cathedral.lon - ani.lon) < 0.01
    assert geocode("Tuzluca Barajı").kind == geocode("Ünlendi Barajı").kind == "dam"
    assert geocode("Borchali").kind == "region" and geocode("Borchali").country == "GE"
