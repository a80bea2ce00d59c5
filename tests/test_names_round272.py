"""Round 272 (names272): names that the held-out sets found missing, each cited by a page that
writes it: the Strait of Hormuz's Turkish bare 'Hürmüz' (as the bare English 'Hormuz' and
Azerbaijani 'Hörmüz' are held), and the Shahid Rajaee port's Turkish 'Şehid Recai Şehr Limanı'
and 'Şehit Recai Limanı'. Already read, so not added: Azerbaijani 'Simnan vilayəti' and a
province list ending 'Simnan vilayətlərində' (Semnan's province), 'Mərkəzi vilayəti' (the bare
'Mərkəzi' stays the word), 'Fars vilayəti' and Turkish 'Şehid Recai Limanı'. Left out, no page
read writing them: Azerbaijani 'Rizə', 'Hormozqan', 'Çahar-Mahal və Bəxtiyari', 'Məhərrəmkənd',
'Föv', Turkish 'Çezabe', 'Hemedan ili' and English 'East Black Sea'. The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Hürmüz", "strait-of-hormuz"),
    ("Şehid Recai Şehr Limanı", "shahid-rajaee-port"),
    ("Şehit Recai Limanı", "shahid-rajaee-port"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round272_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Turkish, bare and with the ablative, genitive and dative endings after the apostrophe
    ("Tankerler Hürmüz'den geçemedi.", "Hürmüz", "strait-of-hormuz"),
    ("Hürmüz'ün kapanması fiyatları artırdı.", "Hürmüz", "strait-of-hormuz"),
    ("Donanma Hürmüz'e yöneldi.", "Hürmüz", "strait-of-hormuz"),
    ("Hürmüz krizi sürüyor.", "Hürmüz", "strait-of-hormuz"),
    ("Şehid Recai Şehr Limanı'nda yangın çıktı.", "Şehid Recai Şehr Limanı", "shahid-rajaee-port"),
    ("Şehit Recai Limanı'ndaki hasar büyük.", "Şehit Recai Limanı", "shahid-rajaee-port"),
    # held names the new ones must not take over
    ("Hürmüz Boğazı yeniden açıldı.", "Hürmüz Boğazı", "strait-of-hormuz"),
    ("Turistler Hürmüz Adası'na gitti.", "Hürmüz Adası", "hormuz-island"),
    ("Hürmüzgan eyaletinde sel oldu.", "Hürmüzgan eyaleti", "hormozgan-province"),
    ("Şehid Recai Limanı'nda iş durdu.", "Şehid Recai Limanı", "shahid-rajaee-port"),
    # Azerbaijani, already read: the province word, also in a list of provinces
    ("Simnan vilayətində yanğın başladı.", "Simnan vilayətində", "semnan-province"),
    ("Yəzd, İsfahan və Simnan vilayətlərində külək əsib.", "Simnan", "semnan-province"),
    ("Mərkəzi vilayətində zavod açılıb.", "Mərkəzi vilayəti", "markazi-province"),
    ("Fars vilayətində quraqlıq var.", "Fars vilayəti", "fars-province"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round272_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("Mərkəzi bankın qərarı açıqlanıb.", []),
    ("O, fars dilində danışır.", []),
    ("Ships patrolled the eastern Black Sea.", [("Black Sea", "black-sea")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round272_nothing_common_breaks(text, expected):
    assert _found(text) == expected
