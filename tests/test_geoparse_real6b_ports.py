"""Ports, gates and free zones, round 6b (issue 10): causes found on new real articles.

Each a general rule or a sourced structure: Iran's Caspian Port at Anzali and the Turkish
and Russian names of the Baku port (its initials too); the Russian locative in -у of a
port's or a bridge's name ("в ... порту", "на ... мосту"); a facility word right after a
town known only to GeoNames ("Bazargan Kapısı", "Aktau Limanı") leaves the town; the
Turkish port word in all its cases keeps the town ("Aktau limanının"); a free zone's name
is its office's after "سازمان", and an organisation word that begins a name governs no
name after it. The texts are written for these tests.
"""

import pytest

from geo.geoparse import geoparse


def _targets(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.target) for m in geoparse(text)]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("کشتی‌های غلات دیروز در بندر کاسپین پهلو گرفتند.", ("بندر کاسپین", "caspian-port")),
        ("دو کشتی در اسکله یک بندرکاسپین بارگیری شد.", ("بندرکاسپین", "caspian-port")),
        # the case ending after the apostrophe stays outside, as the gold marks it
        ("Konteynerler Bakü Deniz Limanı'na ulaştı.", ("Bakü Deniz Limanı", "baku-port")),
        (
            "Tren Bakü Uluslararası Deniz Limanı'nda boşaltıldı.",
            ("Bakü Uluslararası Deniz Limanı", "baku-port"),
        ),
        ("Оператор БММТП отчитался о росте.", ("БММТП", "baku-port")),
    ],
)
def test_a_port_named_on_its_own_is_the_port(text, pair):
    assert pair in _targets(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Новый терминал откроют в Бакинском международном морском торговом порту.",
            ("Бакинском международном морском торговом порту", "baku-port"),
        ),
        ("Контейнеры выгрузили в Бакинском порту.", ("Бакинском порту", "baku-port")),
    ],
)
def test_the_russian_locative_of_a_port_s_name(text, pair):
    assert pair in _targets(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a facility word after a town known only to GeoNames: the town, the word outside
        ("Tırlar Gürbulak-Bazargan Kapısı'nın önünde bekliyor.", ("Bazargan", "geonames:141011")),
        ("Yük gemisi yarın Aktau Limanı'na varacak.", ("Aktau", "geonames:610612")),
        # the port word in its genitive keeps the town too
        ("Gemi dün Aktau limanının rıhtımına yanaştı.", ("Aktau", "geonames:610612")),
        # but the port at Alat, which the gazetteer holds as the port of Baku, takes its port
        # word (convention 7 of data/gold/dev.txt, as "Ələt limanı"; round 12)
        ("Açılış töreni Elet Limanı'nda yapıldı.", ("Elet Limanı", "baku-port")),
    ],
)
def test_a_town_before_its_gate_or_port_word(text, pair):
    assert pair in _targets(text)


def test_a_free_zone_s_office_holds_its_name_and_the_port_after_it_stays():
    text = "به گزارش روابط عمومی سازمان منطقه آزاد انزلی بندر کاسپین رکورد تازه‌ای ثبت کرد."
    assert _targets(text) == [("بندر کاسپین", "caspian-port")]


def test_an_organisation_word_that_begins_a_name_takes_no_later_name():
    text = "Anzali Free Zone officials visited the trade hall of Iran and Russia in Rasht."
    found = _targets(text)
    assert ("Iran", "ir") in found and ("Russia", "ru") in found
