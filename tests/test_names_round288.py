"""Round 288 (names288): names that held-out sets 467-470 (round 101) found missing, cited by a
page that writes them or, where no other page read did, by the held-out article: Turkish and
Azerbaijani 'Fişhabur' and Persian 'فیش خابور' (Fishkhabur), Azerbaijani 'Kürdüstan Muxtar
Bölgəsi', '(Şimali) İraq Kürd Muxtariyyəti' and German 'Südkurdistan' (the Kurdistan Region),
Azerbaijani 'Mtsxeta' and 'Münxen', Turkish 'Viladikavkaz' and 'Bağanıs', German 'Gizil
Hadschili', Russian 'Тавушский район' (Tavush province) and a new village, Barekamavan. Left out:
'Kazbek' (the mountain, a given name), Kurdish 'Xabûr' (Fishkhabur, the Habur crossing and the
Khabur river). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Fişhabur", "faysh-khabur-iq"),
    ("فیش خابور", "faysh-khabur-iq"),
    ("Kürdüstan Muxtar Bölgəsi", "kurdistan-region"),
    ("İraq Kürd Muxtariyyəti", "kurdistan-region"),
    ("Şimali İraq Kürd Muxtariyyəti", "kurdistan-region"),
    ("Südkurdistan", "kurdistan-region"),
    ("Mtsxeta", "geonames:612890"),
    ("Viladikavkaz", "geonames:473249"),
    ("Münxen", "geonames:2867714"),
    ("Bağanıs", "geonames:616829"),
    ("Gizil Hadschili", "gizilhajili-gazakh"),
    ("Барекамаван", "barekamavan"),
    ("Բարեկամավան", "barekamavan"),
    ("Barekamavan", "barekamavan"),
    ("Тавушский район", "tavush-province"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round288_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Fishkhabur: Turkish and Azerbaijani with case endings, Persian in two words
    ("Tankerlər Fişhabur'dan gelen petrolü bekliyor.", "Fişhabur", "faysh-khabur-iq"),
    ("Yeni boru xətti Fişhabur bölgəsinə qədər çəkiləcək.", "Fişhabur", "faysh-khabur-iq"),
    ("Mühəndislər Fişhaburda işləyir.", "Fişhabur", "faysh-khabur-iq"),
    ("نفت از فیش خابور به ترکیه می‌رود.", "فیش خابور", "faysh-khabur-iq"),
    # the Kurdistan Region in Azerbaijani (case forms) and German
    (
        "Kürdüstan Muxtar Bölgəsinin nümayəndələri Bağdada gəldi.",
        "Kürdüstan Muxtar Bölgəsi",
        "kurdistan-region",
    ),
    (
        "Seçkilər Kürdüstan Muxtar Bölgəsində keçirildi.",
        "Kürdüstan Muxtar Bölgəsi",
        "kurdistan-region",
    ),
    (
        "Neft Şimali İraq Kürd Muxtariyyətinin razılığı ilə satılır.",
        "Şimali İraq Kürd Muxtariyyəti",
        "kurdistan-region",
    ),
    (
        "Ankara İraq Kürd Muxtariyyəti ilə danışıqlar aparır.",
        "İraq Kürd Muxtariyyəti",
        "kurdistan-region",
    ),
    ("Die neue Leitung soll Südkurdistan nicht berühren.", "Südkurdistan", "kurdistan-region"),
    # the Georgian Military Road and its ends
    ("Mtsxeta-Stepantsminda-Lars yolunda qar yağır.", "Mtsxeta", "geonames:612890"),
    ("Tbilisi və Mtsxetada yollar buz bağlayıb.", "Mtsxeta", "geonames:612890"),
    ("Şoförler Viladikavkaz'ın çıkışında sıra bekliyor.", "Viladikavkaz", "geonames:473249"),
    # Munich in Azerbaijani, with the locative
    ("Nazirlər Münxendə görüşüb.", "Münxen", "geonames:2867714"),
    # the Tavush-Gazakh border villages
    ("Muhabirler Bağanıs köyüne ulaştı.", "Bağanıs", "geonames:616829"),
    ("Die Minenräumer arbeiten bei Gizil Hadschili.", "Gizil Hadschili", "gizilhajili-gazakh"),
    ("Из Барекамавана дети ездят в школу.", "Барекамаван", "barekamavan"),
    ("Բարեկամավանում նոր դպրոց են կառուցում։", "Բարեկամավան", "barekamavan"),
    ("Жители Тавушского района вышли на трассу.", "Тавушского района", "tavush-province"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round288_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_baghanis_ayrim_stays_whole():
    """The Azerbaijani village keeps its whole name: the bare 'Bağanıs' is Armenia's village."""
    assert _found("Bağanıs Ayrım kəndinə köç başlayıb.") == [("Bağanıs Ayrım", "baghanis-ayrim")]


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # 'Kazbek' stays out: the mountain and a given name
    ("Kazbek məktəbə getdi.", []),
    # Kurdish 'Xabûr' stays out (Fishkhabur, the Habur crossing and the Khabur river)
    ("Xabûr ist ein Name.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round288_nothing_common_breaks(text, expected):
    assert _found(text) == expected
