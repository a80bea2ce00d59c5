"""Round 71 (water71): rivers of the Lake Urmia basin, the Little Zab and four water places.

The Zarrineh, Simineh, Aji Chay, Gadar and Little Zab are lines of the world layer
(``scripts/world_rivers_urmia.py``, merged into ``world_rivers_banks.RIVERS``), drawn through
the GeoNames points of the towns the cited pages place on their banks and the source and mouth
points the pages give. The Karakurt Dam (with its village Karakurt, curated so that the bare
name stays the village), the Bananiyar Reservoir, the Kani Sib Dam and Cheshmeh Soraya are
points of ``data/places.yaml``. Each name tested is one a cited page writes; the sentences are
the project's own.
"""

import pytest
from places import assert_geocodes_to
from shapely.geometry import Point
from shapely.ops import nearest_points

from geo.gazetteer import gazetteer, haversine_km
from geo.geocode import geocode
from geo.geoparse import geoparse

#: river id -> (country, the cited points the line is drawn through, upstream first: a
#: source or mouth a page gives, or a bank town's GeoNames cities500 point)
RIVERS = {
    "zarrineh-river": (
        "IR",
        [
            (35.68889, 46.46889),  # source, Russian Wikipedia
            (36.6793, 46.5669),  # Shahin Dezh
            (36.8362, 46.3561),  # Keshavarz
            (36.96667, 46.10961),  # Miandoab
            (37.17111, 45.78083),  # mouth, Russian Wikipedia
        ],
    ),
    "simineh-river": (
        "IR",
        [(36.521, 46.2089), (36.96667, 46.10961), (37.22861, 45.71111)],
    ),
    "aji-chay": ("IR", [(37.9408, 47.5367), (38.08, 46.2919), (37.7831, 45.904)]),
    "gadar-river": ("IR", [(37.0397, 45.0983), (36.9553, 45.388)]),
    "little-zab": (
        "IQ",
        [
            (36.56363, 45.23908),  # source, German Wikipedia
            (36.1552, 45.4788),  # Sardasht
            (36.18254, 45.13017),  # Qaladiza
            (35.92922, 44.96282),  # Dukan
            (35.23806, 43.43639),  # mouth into the Tigris, English Wikipedia
        ],
    ),
}

#: id, kind, country and the cited (or derived) point of each point added
PLACES = {
    "karakurt": ("village", "TR", 40.16591, 42.60453),
    "karakurt-dam": ("dam", "TR", 40.16591, 42.60453),
    "bananiyar-reservoir": ("reservoir", "AZ", 39.14639, 45.65139),
    "kani-sib-dam": ("dam", "IR", 36.701, 45.1413),
    "cheshmeh-soraya": ("lake", "IR", 39.638, 44.813),
}


@pytest.mark.parametrize(("rid", "country", "points"), [(k, *v) for k, v in RIVERS.items()])
def test_each_river_is_a_line_through_its_cited_points(rid, country, points):
    place = gazetteer().by_id[rid]
    assert (place.kind, place.country) == ("river", country)
    line = place.geometry
    assert line.geom_type == "LineString"
    # upstream first: the line starts at the first cited point and ends at the last
    (lon0, lat0), (lon1, lat1) = line.coords[0], line.coords[-1]
    assert haversine_km(lat0, lon0, *points[0]) < 1
    assert haversine_km(lat1, lon1, *points[-1]) < 1
    for lat, lon in points:
        near = nearest_points(line, Point(lon, lat))[0]
        assert haversine_km(near.y, near.x, lat, lon) < 1, (rid, lat, lon)
    assert place.derivation.startswith("APPROXIMATE")
    assert "read 2026-12-03" in place.source


@pytest.mark.parametrize(
    ("name", "rid"),
    [
        # the Zarrineh: en, fa, az, ru
        ("Zarrineh River", "zarrineh-river"),
        ("Zarrineh Rud", "zarrineh-river"),
        ("Zarrinehrood", "zarrineh-river"),
        ("Zarriné-Rūd", "zarrineh-river"),
        ("Jaghatu Chay", "zarrineh-river"),
        ("Jaqatoo River", "zarrineh-river"),
        ("زرینه‌رود", "zarrineh-river"),
        ("زرینه رود", "zarrineh-river"),
        ("Zarrinehçay", "zarrineh-river"),
        ("Cığatıçay", "zarrineh-river"),
        ("Cığatı çayı", "zarrineh-river"),
        ("Зеррине-Руд", "zarrineh-river"),
        ("Джагатучай", "zarrineh-river"),
        # the Simineh: en, fa
        ("Simineh River", "simineh-river"),
        ("Simineh Rud", "simineh-river"),
        ("Siminehrood", "simineh-river"),
        ("Tatavi Chay", "simineh-river"),
        ("سیمینه‌رود", "simineh-river"),
        ("سیمینه رود", "simineh-river"),
        # the Aji Chay: en, az, fa
        ("Aji Chay", "aji-chay"),
        ("Aji Chai", "aji-chay"),
        ("Talkheh Rud", "aji-chay"),
        ("Talkheh-Roud", "aji-chay"),
        ("Talkhe Rud", "aji-chay"),
        ("Acıçay", "aji-chay"),
        ("آجی‌چای", "aji-chay"),
        ("آجی چای", "aji-chay"),
        ("تلخه‌رود", "aji-chay"),
        ("تلخه رود", "aji-chay"),
        # the Gadar: en, fa
        ("Gadar River", "gadar-river"),
        ("Godarchay", "gadar-river"),
        ("گدارچای", "gadar-river"),
        ("گدار چای", "gadar-river"),
        ("رودخانه گدار", "gadar-river"),
        # the Little Zab: en, de, fa, tr, ru
        ("Little Zab", "little-zab"),
        ("Lower Zab", "little-zab"),
        ("Kleiner Zab", "little-zab"),
        ("Unterer Zab", "little-zab"),
        ("زاب کوچک", "little-zab"),
        ("زاب صغیر", "little-zab"),
        ("Küçük Zap", "little-zab"),
        ("Küçük Zap Suyu", "little-zab"),
        ("Малый Заб", "little-zab"),
    ],
)
def test_each_river_is_found_by_its_cited_names(name, rid):
    place = geocode(name)
    assert (place.id, place.kind) == (rid, "river")


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Karakurt", "karakurt"),
        ("Garagurt", "karakurt"),
        ("Каракурт", "karakurt"),
        ("Karakurt Dam", "karakurt-dam"),
        ("Karakurt Barajı", "karakurt-dam"),
        ("Karakurt HES Barajı", "karakurt-dam"),
        ("Karakurt HEPP Dam", "karakurt-dam"),
        ("Bananiyar Reservoir", "bananiyar-reservoir"),
        ("Bənəniyar su anbarı", "bananiyar-reservoir"),
        ("Bənəniyar", "bananiyar-reservoir"),
        ("Kani Sib Dam", "kani-sib-dam"),
        ("Kanisib Dam", "kani-sib-dam"),
        ("Kani-Sib-Staudamm", "kani-sib-dam"),
        ("سد کانی سیب", "kani-sib-dam"),
        ("سد کانی‌سیب", "kani-sib-dam"),
        ("سد مخزنی کانی سیب", "kani-sib-dam"),
        ("Cheshmeh Soraya", "cheshmeh-soraya"),
        ("چشمه ثریا", "cheshmeh-soraya"),
    ],
)
def test_each_point_is_found_by_its_names(name, ident):
    assert_geocodes_to(name, ident, PLACES)


def test_the_points_say_how_they_were_placed():
    by_id = gazetteer().by_id
    for pid in ("karakurt-dam", "bananiyar-reservoir", "kani-sib-dam", "cheshmeh-soraya"):
        place = by_id[pid]
        assert place.scope == "context"
        assert place.derivation.startswith("APPROXIMATE"), pid


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Vorotan", "vorotan-river"),  # no village of that name was added: the river keeps it
        ("Որոտան", "vorotan-river"),
        ("Great Zab", "great-zab"),
        ("Miandoab", "geonames:124085"),
        ("Bukan", "geonames:139889"),
        ("Naqadeh", "geonames:122698"),
        ("Piranshahr", "geonames:121110"),
        ("Sarıkamış", "geonames:740088"),
        ("Tabriz", "tabriz"),
    ],
)
def test_the_towns_and_rivers_there_keep_their_names(name, ident):
    assert geocode(name).id == ident


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Rice growers near Miandoab watched the Zarrineh River run low.", "zarrineh-river"),
        ("آب زرینه‌رود پس از سال‌ها به دریاچه رسید.", "zarrineh-river"),
        ("Kids fished in the Simineh River west of Bukan.", "simineh-river"),
        ("Acıçay yazda Təbrizin şimalında quruyur.", "aji-chay"),
        ("کشاورزان نقده از رودخانه گدار آب برداشتند.", "gadar-river"),
        ("Baghdad accused Tehran of holding back the Little Zab.", "little-zab"),
        ("Der Kleine Zab führte im Frühjahr Hochwasser.", "little-zab"),
        ("Pumps sent the river's water to the Kani Sib Dam.", "kani-sib-dam"),
        ("Karakurt Barajı’nda su seviyesi 40 metre düştü.", "karakurt-dam"),
        ("Bənəniyar su anbarında su azalıb.", "bananiyar-reservoir"),
        ("قایق‌ها در چشمه ثریا به آب افتادند.", "cheshmeh-soraya"),
    ],
)
def test_a_sentence_names_the_place(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}


@pytest.mark.parametrize(
    "text",
    [
        "Soraya sang at the concert in Tabriz.",
        "زرینه خانم دیروز به تبریز رفت.",
        "Old stones of Karakurt came out of the water.",
    ],
)
def test_the_given_names_and_the_village_are_no_water(text):
    ids = {m.place.id for m in geoparse(text) if m.place is not None}
    assert not ids & {"cheshmeh-soraya", "zarrineh-river", "karakurt-dam"}
