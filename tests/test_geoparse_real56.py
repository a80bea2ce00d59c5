"""geoparse() on the patterns of round 56: what blind sets 56 and 57 (kept outside the
project) showed the parser missing.

The sentences are the project's own. Each test asserts the new reading and that a name
beside it keeps its old one.
"""

from tests.parsing import found


def test_a_long_turkish_memorandum_title_by_its_last_word_holds_no_mentions():
    # "mutabakat zaptı" closes the title; both states' names make it longer than an
    # event's (216 characters here)
    text = (
        "\"Azerbaycan Cumhuriyeti ile İran İslam Cumhuriyeti arasında Azerbaycan'ın Doğu "
        "Zengezur ekonomik bölgesi ile Nahçıvan Özerk Cumhuriyeti arasında yeni ulaştırma "
        'bağlantılarının kurulmasına ilişkin mutabakat zaptı" uyarınca köprü Culfa yakınında '
        "yapılacak."
    )
    assert found(text) == [("Culfa", "julfa-az")]


def test_an_events_long_quoted_title_is_read_as_before():
    # past an event's 200 characters only an agreement's last word closes a title
    text = (
        '"Bakü, Tiflis, Kars, Ahılkelek, Marabda, Tahtakörpü, Ceyhan, Erzurum, Sivas, Kayseri, '
        "Ankara, Eskişehir, Bilecik, Bursa, Balıkesir, İzmir, Manisa, Uşak, Afyon, Konya ve "
        'Mersin hattı üzerindeki yeni lojistik merkezler Forumu" sürüyor.'
    )
    assert ("Bakü", "baku") in found(text)


def test_a_rayon_by_another_of_its_names_keeps_the_english_district_word():
    assert found("Two families came from the Terter district last week.") == [
        ("Terter district", "tartar-district-az")
    ]


def test_a_list_of_rayons_before_districts_is_rayons_not_a_city_unit():
    # "Lankaran" is also the name of the city unit (AZ-LA): the plural word names rayons
    assert found("Settlers from the Barda, Gakh and Lankaran districts arrived.") == [
        ("Barda", "barda-district-az"),
        ("Gakh", "gakh-district-az"),
        ("Lankaran", "lankaran-district-az"),
    ]
    assert found("The ferry reached Lankaran at noon.") == [("Lankaran", "lankaran")]


def test_a_rayons_executive_power_is_a_body():
    assert found("An official of the Zangilan District Executive Power visited Aghband.") == [
        ("Aghband", "aghband")
    ]


def test_a_states_genitive_before_a_department_of_its_ministry_is_marked():
    # rule 21 of data/gold/dev.txt, the ministry a compound ("արտգործնախարարության")
    assert found(
        "Հայտարարել է Թուրքիայի արտգործնախարարության տնտեսական վարչության պետը Բաքվում։"
    ) == [("Թուրքիա", "tr"), ("Բաքվում", "baku")]


def test_an_armenian_railway_line_after_a_links_two_ends_is_its_kind_word():
    assert found("Կողմերը քննարկել են Ռեշտ-Աստարա երկաթուղային գծի ֆինանսավորումը։") == [
        ("Ռեշտ-Աստարա երկաթուղային գծի", "rasht-astara-railway")
    ]


def test_a_states_agencies_in_lower_case_are_the_states():
    # as its lower-case ministries are (rule 21); a capitalised "Ведомство" names a body
    assert found("Осенью профильные ведомства Туркменистана и Афганистана подписали план.") == [
        ("Туркменистан", "tm"),
        ("Афганистан", "af"),
    ]


def test_the_numbered_aghali_villages_by_their_english_ordinals():
    assert found("Former residents of the 1st, 2nd and 3rd Aghali villages returned.") == [
        ("3rd Aghali", "aghali")
    ]
