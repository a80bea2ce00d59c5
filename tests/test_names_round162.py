"""Round 162 (names162): names that held-out rounds 27-33 (sets 203-223) found missing, each as
a cited page writes it: Batabat Lake (Azerbaijani 'Batabat gölü', Turkish 'Batabat Gölü'), the
Baş Mil, Xanqızı and Yuxarı Qarabağ canals, the Yengicə and Əlicançay reservoirs, Aliağa,
Üzümlü, Ayrılıkçeşmesi station and the Karakum Desert ('Каракумы'). The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Batabat Lake", "batabat-lake"),
    ("Batabat gölü", "batabat-lake"),
    ("Batabat Gölü", "batabat-lake"),
    ("Baş Mil kanalı", "bas-mil-canal"),
    ("Xanqızı kanalı", "xanqizi-canal"),
    ("Yuxarı Qarabağ kanalı", "upper-karabakh-canal"),
    ("Yukarı Karabağ Kanalı", "upper-karabakh-canal"),
    ("Yengicə su anbarı", "yengija-reservoir"),
    ("Yengica reservoir", "yengija-reservoir"),
    ("Əlicançay su anbarı", "alijanchay-reservoir"),
    ("Aliağa", "aliaga-tr"),
    ("Üzümlü", "uzumlu-tr"),
    ("Ayrılıkçeşmesi", "ayrilikcesmesi-station"),
    ("Ayrılık Çeşmesi", "ayrilikcesmesi-station"),
    ("Karakum Desert", "karakum-desert"),
    ("Karakum", "karakum-desert"),
    ("Каракумы", "karakum-desert"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round162_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Azerbaijani, with case endings
    ("Batabat gölündə su azalıb.", "Batabat gölü", "batabat-lake"),
    ("Baş Mil kanalında təmir işləri aparılır.", "Baş Mil kanalı", "bas-mil-canal"),
    ("Xanqızı kanalında su azalıb.", "Xanqızı kanalı", "xanqizi-canal"),
    (
        "Yuxarı Qarabağ kanalında işlər davam edir.",
        "Yuxarı Qarabağ kanalı",
        "upper-karabakh-canal",
    ),
    ("Yengicə su anbarının tikintisi davam edir.", "Yengicə su anbarı", "yengija-reservoir"),
    ("Əlicançay su anbarında işlər gedir.", "Əlicançay su anbarı", "alijanchay-reservoir"),
    # Turkish, with case endings
    ("Batabat Gölü'ne turistler geldi.", "Batabat Gölü", "batabat-lake"),
    ("Aliağa'da rafineri var.", "Aliağa", "aliaga-tr"),
    ("Üzümlü'de deprem oldu.", "Üzümlü", "uzumlu-tr"),
    ("Marmaray Ayrılıkçeşmesi'nden kalkıyor.", "Ayrılıkçeşmesi", "ayrilikcesmesi-station"),
    # Russian and English
    ("Пустыня Каракумы занимает большую часть Туркменистана.", "Каракумы", "karakum-desert"),
    ("The Karakum is a desert.", "Karakum", "karakum-desert"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round162_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("Çocuklar üzümlü kek yedi.", []),
    ("Ali Ağa geldi.", []),
    ("Xan qızı gəldi.", []),
    ("Su anbarı doldu.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round162_nothing_common_breaks(text, expected):
    assert _found(text) == expected
