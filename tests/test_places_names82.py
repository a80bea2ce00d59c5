"""Round 82: names of places the gazetteer holds, each found as its id by the parser."""

import pytest

from geo.geoparse import geoparse

CASES = [
    ("Երկրաշարժ է տեղի ունեցել Քերմանշահի նահանգում։", "Քերմանշահի նահանգ", "kermanshah-province"),
    ("Երկրաշարժ Իրանի Քերման նահանգում։", "Քերման նահանգ", "kerman-province"),
    ("Ցնցումներ Սեմնան նահանգում։", "Սեմնան նահանգ", "semnan-province"),
    ("Երկրաշարժ Իլամ նահանգում։", "Իլամ նահանգ", "ilam-province"),
    ("Ցնցումներ Լուրեստան նահանգում։", "Լուրեստան նահանգ", "lorestan-province"),
    ("Zəlzələ Kirmanşah vilayəti ərazisində olub.", "Kirmanşah vilayəti", "kermanshah-province"),
    ("Deprem Kirmanşah eyaletinde meydana geldi.", "Kirmanşah eyalet", "kermanshah-province"),
    (
        "İran’ın batısındaki Serpol Zahab ilçesinde hasar oluştu.",
        "Serpol Zahab",
        "geonames:120931",
    ),
    ("İslamabad-i Garp'ta hasar var.", "İslamabad-i Garp", "geonames:135175"),
    ("Deprem Kasr-i Şirin ilçesini sarstı.", "Kasr-i Şirin", "qasr-e-shirin"),
    ("Երկրաշարժ Բարդսիր քաղաքի մոտ։", "Բարդսիր", "geonames:124647"),
    ("Երկրաշարժ Գերմսար քաղաքում։", "Գերմսար", "geonames:133964"),
    ("Поезд из города Хаф в Герат.", "Хаф", "geonames:1160544"),
    ("Der iranische Grenzübergang Basargan ist geschlossen.", "Basargan", "geonames:141011"),
    ("Дорога в Шамахы открыта.", "Шамахы", "geonames:585156"),
    ("Ղարսի բերդը։", "Ղարս", "kars"),
    ("Prezident BƏƏ-yə səfər edib.", "BƏƏ", "ae"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round82_name_found(text, name, pid):
    found = [(m.text, m.place.id if m.place else m.link) for m in geoparse(text)]
    assert any(i == pid and t.startswith(name[:-1]) for t, i in found), found
