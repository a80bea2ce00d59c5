"""Places and names the gazetteer lacked (issue 10): each found in a sentence of its own.

The Mughan plain and the Samur (approximate, derived), the Soviet Union (historical,
approximate), the crossings Gürbulak, Sarp and Yarag-Kazmalyar, Hopa, Derbent beside
Dagestan, Turkish "Van", and names in Armenian capitals, German and Turkish.
"""

from __future__ import annotations

import pytest
from shapely.geometry import Point

from geo import geocode, geoparse
from geo._elsewhere import is_far
from geo.export import save_html
from geo.gazetteer import gazetteer
from geo.story import story_map


def found(text: str) -> list[tuple[str, str]]:
    """The mentions of ``text``: (as written, place or link id)."""
    return [(m.text, m.place.id if m.place else m.link) for m in geoparse(text)]


def ids(text: str) -> list[str]:
    return [target for _, target in found(text)]


# ------------------------------------------------------------------ the Mughan plain
@pytest.mark.parametrize(
    "text",
    [
        "Muğan düzündə bu il pambıq sahələri genişləndirilib.",
        "کشاورزان دشت مغان از کمبود آب گلایه دارند.",
        "Die Bauern in der Mugan-Ebene hoffen auf mehr Wasser.",
        "Фермеры на Муганской равнине ждут нового канала.",
        "Cotton farms on the Mughan plain need the new canal.",
    ],
)
def test_the_mughan_plain_is_found_in_five_languages(text):
    assert "mughan-plain" in ids(text)


def test_the_mughan_plain_is_an_approximate_region_of_azerbaijan_and_iran():
    plain = gazetteer().by_id["mughan-plain"]
    assert plain.kind == "region" and plain.countries == ("AZ", "IR")
    assert plain.geometry.geom_type in ("Polygon", "MultiPolygon")
    assert plain.derivation.startswith("APPROXIMATE")
    # the towns Wikipedia puts on the plain lie in it: Parsabad (IR) and Saatlı (AZ)
    g = gazetteer()
    for town in ("geonames:121380", "geonames:147288"):
        assert plain.geometry.contains(Point(g.by_id[town].lon, g.by_id[town].lat)), town
    # and not Baku or Ardabil
    assert not plain.geometry.contains(Point(g.by_id["baku"].lon, g.by_id["baku"].lat))
    assert geocode("Mugan").id == "mughan-plain"


# ------------------------------------------------------------------ the Soviet Union
@pytest.mark.parametrize(
    "text",
    [
        "Das Abkommen wurde noch mit der Sowjetunion geschlossen.",
        "این طرح در زمان اتحاد جماهیر شوروی آغاز شد.",
        "Плотину начали строить ещё в СССР.",
        "Layihə Sovet İttifaqı dövründə hazırlanıb.",
        "Proje Sovyetler Birliği döneminde tasarlandı.",
        "Ամբարտակի նախագիծը մշակվել է Խորհրդային Միության տարիներին։",
    ],
)
def test_the_soviet_union_is_found_in_six_languages(text):
    assert "su" in ids(text)


def test_the_armenian_initials_of_the_soviet_union_are_no_mention():
    # rule 4 of data/gold/dev.txt: a state's Armenian initials stay unmarked, as ՀՀ, ԱՄՆ
    assert "su" not in ids("Ամբարտակի նախագիծը մշակվել է ԽՍՀՄ տարիներին։")


def test_the_soviet_union_is_a_historical_country_with_its_successors_outline():
    su = geocode("USSR")
    assert su.id == "su" and su.kind == "country" and su.country == "SU"
    assert su.geometry.geom_type in ("Polygon", "MultiPolygon")
    # Almaty, Yerevan and Moscow lie in its outline, Tehran not
    for lon, lat in ((76.9, 43.25), (44.51, 40.18), (37.62, 55.75)):
        assert su.geometry.contains(Point(lon, lat)), (lon, lat)
    assert not su.geometry.contains(Point(51.4, 35.7))
    assert "HISTORICAL" in su.derivation and "APPROXIMATE" in su.derivation
    assert is_far(su)  # its point lies far outside the region: listed, not drawn


def test_a_story_lists_the_soviet_union_beside_the_map_and_does_not_draw_it(tmp_path):
    text = (
        "The Araz dams\n\nThe Khudafarin dam on the Araz was planned by Iran and the "
        "Soviet Union in 1988 and opened in 2024."
    )
    html = save_html(story_map(text), tmp_path / "su.html").read_text(encoding="utf-8")
    listed = html.split('id="story-elsewhere"')[1].split("</ul>")[0]
    assert "Soviet Union" in listed
    assert "place-su" not in html.split('id="story-data"')[1]


# ------------------------------------------------------------------ the Samur
def test_the_samur_river_is_a_line_and_the_bare_name_stays_the_border_village():
    assert found("Yeni körpü Samur çayı üzərində tikilir.") == [("Samur çayı", "samur-river")]
    river = gazetteer().by_id["samur-river"]
    assert river.kind == "river" and river.geometry.geom_type == "LineString"
    assert river.derivation.startswith("APPROXIMATE")
    # from the Greater Caucasus to the Caspian: it ends east of where it starts
    (lon0, _), (lon1, lat1) = river.geometry.coords[0], river.geometry.coords[-1]
    assert lon1 - lon0 > 1 and 41.8 < lat1 < 42.0
    assert ids("Yük maşınları Samur sərhəd keçid məntəqəsindən keçir.") == ["samur-az"]


# ------------------------------------------------------------------ crossings and towns
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Tırlar Gürbulak Sınır Kapısı'nda iki gün bekledi.", "gurbulak"),
        ("Sarp Sınır Kapısı'ndan geçen yolcu sayısı arttı.", "sarp"),
        ("Очередь на пункте пропуска Яраг-Казмаляр растёт.", "yarag-kazmalyar"),
        ("Gürcistan'a giden tırlar Hopa üzerinden ilerliyor.", "hopa"),
    ],
)
def test_the_crossings_and_hopa_are_points(text, target):
    assert target in ids(text)
    place = gazetteer().by_id[target]
    assert place.geometry.geom_type == "Point" and place.source


def test_derbent_beside_dagestan_is_the_city_not_the_iranian_village():
    text = (
        "Yüklər Dağıstandan Dərbənd və Mahaçqala üzərindən gəlir, sonra Quba və Bakı "
        "istiqamətində hərəkət edir."
    )
    assert ("Dərbənd", "geonames:566532") in found(text)


def test_duisburg_after_a_german_compound_noun():
    assert ids("Der Binnenhafen Duisburg erwartet mehr Züge.") == ["geonames:2934691"]


# ------------------------------------------------------------------ Turkish "Van"
def test_turkish_van_is_the_city_and_english_or_german_van_is_not():
    assert ids("Tırlar Erzurum ve Van üzerinden sınıra ulaşıyor.") == [
        "geonames:315368",
        "geonames:298117",
    ]
    assert ids("Yolcular dün Van'dan otobüsle geldi.") == ["geonames:298117"]
    assert ids("Van drivers waited at the border near Tabriz.") == ["tabriz"]
    assert ids("Der Van fuhr über die Brücke nach Baku.") == ["baku"]


# ------------------------------------------------------------------ names
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("ԵՐԵՎԱՆ, մարտի 3։ Կառավարությունը հավանություն է տվել։", "geonames:616052"),
        ("ԱՐԵՎԵԼՅԱՆ ԱԴՐԲԵՋԱՆ նահանգում նոր ճանապարհ կկառուցվի։", "east-azerbaijan-province"),
        ("Բեռները կհասնեն Բանդար Աբաս։", "geonames:141681"),
        ("Ağbend ile Kelale arasındaki köprü tamamlandı.", "kalaleh"),
        ("Die Anlage Gis Galasi liefert Strom.", "giz-galasi-dam"),
        ("Das neue Kraftwerk Marasad liegt am Aras.", "marazad-hpp"),
        ("Die Straße führt über Sangilan nach Aghband.", "zangilan"),
        ("Kritiker sehen darin den Einfluss Moskaus auf die Region.", "geonames:524901"),
        ("Արաքսի միջանցքը կկապի երկու շրջանները։", "araz-corridor"),
        ("Ղըզ Ղալասիի կայանը գործարկվել է։", "giz-galasi-dam"),
    ],
)
def test_names_written_as_capitals_german_turkish_and_armenian_write_them(text, target):
    assert target in ids(text)
