"""geoparse() on the classes of error a third round of real Azerbaijani news showed.

New real articles (ADY via Icma, Musavat, BiG.Az, Metbuat, Davam, Avtosfer, Report,
Bizim.Media, SİA, Rəsmi Xəbər, AzerTimes, Marja) were scored outside the repository; each
class of error has a test here, on sentences written for this project.
"""

from tests.parsing import found as _found


def test_the_lachin_corridor_is_a_named_route_not_the_town():
    text = "Laçın dəhlizi uzun illər Gorus ilə Xankəndini birləşdirən yeganə yol idi."
    assert _found(text)[0] == ("Laçın dəhlizi", "lachin-corridor")
    text = "Sərhədçilər “Laçın yolu”nda yeni məntəqə qurub."
    assert _found(text) == [("Laçın yolu", "lachin-corridor")]
    # its case forms, and the names of other languages
    assert _found("Laçın dəhlizindən keçən maşınlar azalıb.")[0][1] == "lachin-corridor"
    assert _found("Движение по Лачинскому коридору возобновилось.")[0][1] == "lachin-corridor"
    # the town itself stays the town
    assert _found("Laçın şəhərində yeni məktəb açılıb.")[0][1] == "lachin"


def test_yalama_the_border_station_on_the_russian_border():
    text = "Qatarlar Sumqayıt-Yalama xətti ilə Rusiya sərhədinə çatır."
    assert ("Yalama", "yalama") in _found(text)
    assert _found("Yük Yalamadan Dağıstana keçib.")[0] == ("Yalama", "yalama")


def test_azerbaijani_corridor_names_the_press_writes_bare_or_with_the_road_word():
    text = "Nazir Araz yol dəhlizi barədə danışıb, Şərq–Qərb marşrutunu da xatırladıb."
    assert _found(text) == [
        ("Araz yol dəhlizi", "araz-corridor"),
        ("Şərq–Qərb", "east-west-corridor"),
    ]


def test_the_azerbaijani_spelling_of_digor_station():
    text = "Xətt üzərində Diqor, Tuzluca və Aralık stansiyaları tikiləcək."
    assert _found(text)[0][1] == "geonames:748148"
