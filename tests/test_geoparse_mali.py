"""Mali, the country, whose name the Turkish and Azerbaijani adjective "mali" (financial)
spells.

The name was listed among the common words (data/common_words.txt) until stop 72, so no
text in any language found the country: held-out set 340 (the Sahel) had 33 marks of it
in English, German, Turkish and Azerbaijani. It is now the country everywhere but where a
Turkish or Azerbaijani sentence opens with the adjective before a word in lower case
(geo._turkicwords). The sentences are the project's own.
"""

import pytest

from tests.parsing import found as _found

COUNTRY = [
    "French troops left Mali in 2022.",
    "Die Bundeswehr zog aus Mali ab.",
    "Rusya Mali'de yeni bir üs açtı.",
    "Rusiya Malidə hərbi baza açır.",
    "Rusya ile Mali arasında anlaşma imzalandı.",
    "MALI: Russian instructors arrived in Bamako.",
]


@pytest.mark.parametrize("text", COUNTRY)
def test_mali_is_the_country(text):
    assert "ml" in {pid for _, pid in _found(text)}, _found(text)


ADJECTIVE = [
    "Mali destek paketi dün açıklandı.",
    "Mali məsələlər müzakirə edildi.",
    "Bakan mali disiplinden söz etti.",
]


@pytest.mark.parametrize("text", ADJECTIVE)
def test_mali_opening_a_turkic_sentence_is_the_adjective(text):
    assert _found(text) == []
