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
