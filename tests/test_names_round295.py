"""Round 295 (names295): names that held-out sets 484-485 (round 106) found missing, cited by a
page that writes them or, where no other page read did, by the held-out article: Nawabshah's
Persian and Russian names, Russian 'Ираншахр' and 'Синд', Turkish 'Hocent', Sughd's 'Sogd' and
Persian names, Azerbaijani 'Batkən vilayəti', Persian 'واروخ', Armenian 'Ֆերգանայի հովիտ', and
the new places Asaluyeh and Kek-Tash. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("نوابشاه", "geonames:1169116"),
    ("Навабшах", "geonames:1169116"),
    ("Ираншахр", "geonames:1160939"),
    ("Синд", "sindh-pk"),
    ("Hocent", "khujand"),
    ("Sogd", "sughd-region-tj"),
    ("سغد", "sughd-region-tj"),
    ("استان سغد", "sughd-region-tj"),
    ("Batkən vilayəti", "batken-region-kg"),
    ("واروخ", "vorukh"),
    ("Ֆերգանայի հովիտ", "fergana-valley"),
    ("Asaluyeh", "asaluyeh"),
    ("Ասալույե", "asaluyeh"),
    ("Kök Taş", "kek-tash-kg"),
    ("Kok-Tash", "kek-tash-kg"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round295_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("قطار مسافری دیروز به نوابشاه رسید.", "نوابشاه", "geonames:1169116"),
    ("Жара в Навабшахе снова побила рекорд.", "Навабшах", "geonames:1169116"),
    ("Новая больница открылась в Ираншахре.", "Ираншахр", "geonames:1160939"),
    ("Паводок затопил юг провинции Синд.", "Синд", "sindh-pk"),
    ("Heyet yarın Hocent'e gidecek.", "Hocent", "khujand"),
    ("Sogd vilayətinin valisi kəndə gəldi.", "Sogd vilayəti", "sughd-region-tj"),
    ("کشاورزان استان سغد از کم‌آبی گله دارند.", "استان سغد", "sughd-region-tj"),
    ("Batkən vilayətində yeni məktəb açıldı.", "Batkən vilayəti", "batken-region-kg"),
    ("جاده واروخ دوباره باز شد.", "واروخ", "vorukh"),
    ("Ֆերգանայի հովիտը բերրի է։", "Ֆերգանայի հովիտ", "fergana-valley"),
    ("Gas tankers queued off Asaluyeh last week.", "Asaluyeh", "asaluyeh"),
    ("Ասալույեում նոր գործարան կառուցվեց։", "Ասալույե", "asaluyeh"),
    ("Kök Taş köyünde su kanalı onarıldı.", "Kök Taş", "kek-tash-kg"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round295_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the bare English 'Batken' stays the town
    ("Traders drove to Batken.", [("Batken", "batken-kg")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round295_nothing_common_breaks(text, expected):
    assert _found(text) == expected
