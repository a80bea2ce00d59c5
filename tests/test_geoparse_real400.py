"""Readings that the held-out sets of stop 76 (sets 400-411) showed missing. The sentences
are the project's own.

- An Azerbaijani list that "kimi" (like) and a province word close is a list of provinces
  ("İzmir, Bursa və Manisa kimi bir çox vilayətdə": both markings of held-out set 403a), as
  the Turkish "gibi ... iller" is; a list "kimi" closes with another noun stays towns.
- A Russian or Ukrainian oblast's German name with the unit word before it is the oblast, the
  word inside, in the English and the German spelling ("[Oblast Kursk]", "[Gebiet
  Brjansk]": both markings of held-out sets 405b, 409b); the bare name stays the city.
"""

from tests.parsing import found as _found


def test_a_list_closed_by_kimi_and_a_province_word_names_provinces():
    assert _found("Sarsıntı Bursa, Manisa və İstanbul kimi bir çox vilayətdə hiss olunub.") == [
        ("Bursa", "bursa-province-tr"),
        ("Manisa", "manisa-province-tr"),
        ("İstanbul", "istanbul-province-tr"),
    ]
    assert _found("Yağış Bursa və Manisa kimi vilayətlərdə gözlənilir.") == [
        ("Bursa", "bursa-province-tr"),
        ("Manisa", "manisa-province-tr"),
    ]


def test_a_list_closed_by_kimi_and_another_noun_stays_towns():
    assert _found("Bursa, Manisa və İstanbul kimi şəhərlərdə qar yağıb.") == [
        ("Bursa", "geonames:750269"),
        ("Manisa", "geonames:304827"),
        ("İstanbul", "geonames:745044"),
    ]


def test_the_german_unit_word_before_an_oblast_names_the_oblast():
    text = "Drohnen über dem Gebiet Brjansk, der Oblast Kursk und der Stadt Kursk."
    assert _found(text) == [
        ("Gebiet Brjansk", "bryansk-oblast-ru"),
        ("Oblast Kursk", "kursk-oblast-ru"),
        ("Kursk", "geonames:538560"),
    ]
    assert _found("Angriffe im Gebiet Charkiw.") == [("Gebiet Charkiw", "kharkiv-oblast-ua")]
