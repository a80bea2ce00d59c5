"""Round 323 (names323): places held-out rounds 92-121 marked and the gazetteer lacked, each a
new record of data/places.yaml cited by a page that writes it or by the held-out article: Lake
Paravani in Javakheti, whose name the Paravani plant on its outflow reads (its word outside), and
the Irkeshtam crossing on the Kyrgyz-Chinese border. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Paravani", "paravani-lake"),
    ("Lake Paravani", "paravani-lake"),
    ("Паравани", "paravani-lake"),
    ("Parawani", "paravani-lake"),
    ("Irkeshtam", "irkeshtam"),
    ("Erkeshtam", "irkeshtam"),
    ("Иркештам", "irkeshtam"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round323_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Anglers fish through the ice of Lake Paravani.", "Lake Paravani", "paravani-lake"),
    ("Зимой озеро Паравани покрывается льдом.", "Паравани", "paravani-lake"),
    ("Am Parawani weiden Schafe.", "Parawani", "paravani-lake"),
    # the plant, which has no record, by its name alone, the plant's word outside, as the
    # held-out gold marks an unheld plant ("[Paravani] HES")
    ("Şirket Paravani HES'ten elektrik satıyor.", "Paravani", "paravani-lake"),
    ("The Paravani plant sends power to Turkey in summer.", "Paravani", "paravani-lake"),
    ("Lorries wait at Irkeshtam before the border opens.", "Irkeshtam", "irkeshtam"),
    ("Грузовики простояли у Иркештама двое суток.", "Иркештам", "irkeshtam"),
    ("Tırlar Erkeshtam'dan geçiyor.", "Erkeshtam", "irkeshtam"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round323_found(text, mention, pid):
    assert (mention, pid) in _found(text)
