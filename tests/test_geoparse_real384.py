"""Readings that the held-out sets of stop 75 (sets 384-391) and the earlier rounds' errors
showed missing. The sentences are the project's own.

- A place's name after a capitalised word that a unit's word in lower case follows is the
  place, no surname ("Sirkan Seravan bölgesinde": held-out set 364b), as a city before its
  district's name is ("Pekin Fangshan bölgesinden").
"""

from tests.parsing import found as _found


def test_a_unit_word_after_a_name_in_a_run_keeps_the_place():
    text = 'Vali Yardımcısı, "Sirkan Seravan bölgesinde Pakistan uyruklu kişiler" dedi.'
    assert ("Seravan", "geonames:1159713") in _found(text)
