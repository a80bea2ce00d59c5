"""Readings that the held-out sets of stop 74 (sets 352-367) showed missing. The sentences
are the project's own.

- A German headline has few function words: prepositions, articles and an adjective's
  "-ische" ending tell German too, so a name's genitive -s is read there ("Nordkoreas
  Machthaber in russischer Region Chabarowsk eingetroffen": held-out set 358b).
- A guillemet glued to a word's end closes a German quote: a forum's name in »...« opens no
  title after it ('»Shusha Global Media Forum« in der vergangenen Woche betonte
  Aserbaidschans Präsident': set 355b).
"""

from tests.parsing import found as _found


def test_a_german_headline_reads_the_genitive():
    text = "Nordkoreas Machthaber in russischer Region Chabarowsk eingetroffen"
    assert [t for _, t in _found(text)] == ["kp", "khabarovsk-krai-ru"]


def test_a_german_guillemet_after_forum_closes_the_quote():
    text = "Beim »Baku Energy Forum« in dieser Woche lobte Aserbaidschans Präsident die Pläne."
    assert [t for _, t in _found(text)] == ["az"]


def test_a_forums_quoted_title_after_a_blank_stays_a_title():
    assert _found("На форуме «Иран и Россия» выступил гость из Баку.") == [("Баку", "baku")]
