"""Round 229 (names229): names that held-out set 338 (Greece, Turkey and the Aegean border)
found missing, each as a cited page writes it: the new records Lesbos, Chios, Samos, Leros and
Kos (islands), Turkey's Marmara and Aegean regions by their Turkish names, East Thrace,
Central Macedonia, Kastanies, the Pazarkule crossing, the 1915 Çanakkale Bridge and Ayvalık;
the GeoNames rows of Bodrum, Çeşme, Turgutreis, Lapseki and Gelibolu (BORDER_TOWNS); Gelibolu's
Russian 'Галлиполи' and Armenian 'Գելիբոլու', Edirne's Persian 'ادیرنه'. The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Lesbos", "lesbos-island"),
    ("Lesvos", "lesbos-island"),
    ("Лесбос", "lesbos-island"),
    ("Midilli Adası", "lesbos-island"),
    ("لسبوس", "lesbos-island"),
    ("جزیره لسبوس", "lesbos-island"),
    ("Chios", "chios-island"),
    ("Хиос", "chios-island"),
    ("Sakız Adası", "chios-island"),
    ("خیوس", "chios-island"),
    ("Samos", "samos-island"),
    ("Самос", "samos-island"),
    ("Sisam Adası", "samos-island"),
    ("ساموس", "samos-island"),
    ("Leros", "leros-island"),
    ("Kos", "kos-island"),
    ("İstanköy", "kos-island"),
    ("Marmara Bölgesi", "marmara-region-tr"),
    ("Ege Bölgesi", "aegean-region-tr"),
    ("East Thrace", "east-thrace-tr"),
    ("Eastern Thrace", "east-thrace-tr"),
    ("Doğu Trakya", "east-thrace-tr"),
    ("Trakya", "east-thrace-tr"),
    ("Ostthrakien", "east-thrace-tr"),
    ("Central Macedonia", "central-macedonia-gr"),
    ("Zentralmakedonien", "central-macedonia-gr"),
    ("Центральная Македония", "central-macedonia-gr"),
    ("Kastanies", "kastanies"),
    ("Pazarkule", "pazarkule-crossing"),
    ("Pazarkule Sınır Kapısı", "pazarkule-crossing"),
    ("1915 Çanakkale Köprüsü", "canakkale-1915-bridge"),
    ("1915 Çanakkale Bridge", "canakkale-1915-bridge"),
    ("Dardanelles Bridge", "canakkale-1915-bridge"),
    ("Ayvalık", "ayvalik"),
    ("Айвалык", "ayvalik"),
    ("Bodrum", "geonames:320995"),
    ("Бодрум", "geonames:320995"),
    ("Çeşme", "geonames:318755"),
    ("Чешме", "geonames:318755"),
    ("Turgutreis", "geonames:6620290"),
    ("Lapseki", "geonames:741878"),
    ("Gelibolu", "geonames:746983"),
    ("Gallipoli", "geonames:746983"),
    ("Галлиполи", "geonames:746983"),
    ("Գելիբոլու", "geonames:746983"),
    ("ادیرنه", "geonames:747712"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round229_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("A dinghy with migrants landed on Lesbos at dawn.", "Lesbos", "lesbos-island"),
    ("The camp on Samos is full again.", "Samos", "samos-island"),
    ("Two boats were stopped off Leros.", "Leros", "leros-island"),
    ("Holidaymakers took the ferry to Kos.", "Kos", "kos-island"),
    ("Snow closed roads across East Thrace.", "East Thrace", "east-thrace-tr"),
    (
        "Tolls on the 1915 Çanakkale Bridge went up.",
        "1915 Çanakkale Bridge",
        "canakkale-1915-bridge",
    ),
    ("Police patrolled near Kastanies overnight.", "Kastanies", "kastanies"),
    # German
    ("Die Küstenwache brachte sie nach Chios.", "Chios", "chios-island"),
    ("In Zentralmakedonien regnete es stark.", "Zentralmakedonien", "central-macedonia-gr"),
    # Russian, with case endings
    ("Пожар на Лесбосе потушили к утру.", "Лесбос", "lesbos-island"),
    ("Лодку заметили у берегов Хиоса.", "Хиос", "chios-island"),
    ("Отель в Бодруме закрыли на зиму.", "Бодрум", "geonames:320995"),
    # Persian
    ("اردوگاه جزیره لسبوس دوباره پر شد.", "جزیره لسبوس", "lesbos-island"),
    ("قایق مهاجران به خیوس رسید.", "خیوس", "chios-island"),
    ("اتوبوس ها به ادیرنه رسیدند.", "ادیرنه", "geonames:747712"),
    # Turkish, with case endings
    ("Tekne Midilli Adası'na yaklaşırken durduruldu.", "Midilli Adası", "lesbos-island"),
    ("Sakız Adası'ndan gelen feribot Çeşme'ye yanaştı.", "Sakız Adası", "chios-island"),
    ("Sakız Adası'ndan gelen feribot Çeşme'ye yanaştı.", "Çeşme", "geonames:318755"),
    ("İstanköy'e günübirlik tur düzenlendi.", "İstanköy", "kos-island"),
    ("Marmara Bölgesi'nde sağanak bekleniyor.", "Marmara Bölgesi", "marmara-region-tr"),
    ("Ege Bölgesi'nde sıcaklık arttı.", "Ege Bölgesi", "aegean-region-tr"),
    ("Trakya'da ayçiçeği hasadı başladı.", "Trakya", "east-thrace-tr"),
    (
        "Göçmenler Pazarkule Sınır Kapısı'nda bekledi.",
        "Pazarkule Sınır Kapısı",
        "pazarkule-crossing",
    ),
    ("Ayvalık'tan kalkan tekne limana döndü.", "Ayvalık", "ayvalik"),
    ("Turgutreis'te marina genişletildi.", "Turgutreis", "geonames:6620290"),
    ("Lapseki'den Gelibolu'ya köprüyle geçti.", "Lapseki", "geonames:741878"),
    ("Lapseki'den Gelibolu'ya köprüyle geçti.", "Gelibolu", "geonames:746983"),
    # Armenian
    ("Գելիբոլուում հուշահամալիր կա։", "Գելիբոլու", "geonames:746983"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round229_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # Turkish 'midilli' (a pony) and 'sakız' (chewing gum) stay words; the bare 'Sakız' is
    # still Saqqez, Iran's Kurdish town
    ("Çocuk midilliye bindi.", []),
    ("Bir paket sakız aldı.", []),
    ("Sakız'da pazar kuruldu.", [("Sakız", "geonames:117392")]),
    # Turkish 'koş' (run!) in lower case stays a word
    ("Hemen eve koş.", []),
    # the bare 'Marmara' (the sea's word) and 'Aegean' stay as they were
    ("Marmara Denizi'nde fırtına var.", [("Marmara Denizi", "sea-of-marmara")]),
    ("The Aegean Sea was rough.", [("Aegean Sea", "aegean-sea")]),
    # the bare 'Thrace' names the whole historical land, not Turkey's part
    ("Thrace was a Roman province.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round229_nothing_common_breaks(text, expected):
    assert _found(text) == expected
