"""Round 327 (names327): names held-out round 125 (sets 537-539) found missing: the Gadabay
village Soyudlu as a new record of data/places.yaml; the Russian adjective of the Gadabay
district, the Armenian SSR and the Azerbaijan SSR in Armenian initials, German 'Sevan-See',
'Eraskh' for Yeraskh, Azerbaijani 'Vayotsdzor' (read with its vilayəti), German
'West-Sangezur' for Syunik, Latin 'Voxchi' for the Voghji and Armenian 'ԼՂՀ' for Karabakh.
The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Soyudlu", "soyudlu-gadabay"),
    ("Söyüdlü", "soyudlu-gadabay"),
    ("Soyudlyu", "soyudlu-gadabay"),
    ("Союдлу", "soyudlu-gadabay"),
    ("Гядабейский район", "gadabay-district-az"),
    ("Sevan-See", "lake-sevan"),
    ("Eraskh", "geonames:391241"),
    ("Հայկական ԽՍՀ", "am"),
    ("Ադրբեջանական ԽՍՀ", "az"),
    ("Vayotsdzor", "vayots-dzor-province"),
    ("West-Sangezur", "syunik-province"),
    ("Voxchi", "voghji-river"),
    ("ԼՂՀ", "karabakh"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round327_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Söyüdlü kəndinin sakinləri yığışdılar.", "Söyüdlü", "soyudlu-gadabay"),
    ("Söyüdlüdə yeni göl tikilir.", "Söyüdlü", "soyudlu-gadabay"),
    ("Police closed the roads to Soyudlu in Gadabay district.", "Soyudlu", "soyudlu-gadabay"),
    ("The Soyudlyu villagers met the governor.", "Soyudlyu", "soyudlu-gadabay"),
    ("In Söyüdlü im Bezirk Gadabay wurde demonstriert.", "Söyüdlü", "soyudlu-gadabay"),
    ("Полиция оцепила село Союдлу на западе страны.", "Союдлу", "soyudlu-gadabay"),
    (
        "Фермеры Гядабейского района ждут дождя.",
        "Гядабейского района",
        "gadabay-district-az",
    ),
    ("Touristen baden im Sevan-See im Juli.", "Sevan-See", "lake-sevan"),
    ("Der Zug hielt in Eraskh an der Grenze.", "Eraskh", "geonames:391241"),
    ("Այն կառուցվել է Հայկական ԽՍՀ-ում։", "Հայկական ԽՍՀ", "am"),
    ("Շրջանը մտնում էր Ադրբեջանական ԽՍՀ կազմի մեջ։", "Ադրբեջանական ԽՍՀ", "az"),
    (
        "Vayotsdzor vilayətinin yolları bağlanıb.",
        "Vayotsdzor vilayəti",
        "vayots-dzor-province",
    ),
    ("Das Abwasser erreicht Felder in West-Sangezur.", "West-Sangezur", "syunik-province"),
    ("Der Voxchi führt trübes Wasser.", "Voxchi", "voghji-river"),
    ("ԼՂՀ-ի տարածքում ձյուն է տեղացել։", "ԼՂՀ", "karabakh"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round327_found(text, mention, pid):
    assert (mention, pid) in _found(text)
