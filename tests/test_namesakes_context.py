"""Same-named places told apart by the article's own context (issue 10, resolution).

A unit and the town it is named after (Nakhchivan the Autonomous Republic and the
city, Baku the economic region and the city), and two towns of one name across a
border (the Astaras, Julfa and Jolfa): the words beside the name, the places its
sentence names and the namesake beside it decide. Each rule both ways. The texts are
written for these tests.
"""

import pytest

from geo.geoparse import geoparse


def _targets(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.target) for m in geoparse(text)]


def _target(text: str, name: str, nth: int = 0) -> str:
    return [m.target for m in geoparse(text) if m.text == name][nth]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The new customs terminal near Nakhchivan will open in May.", "Nakhchivan"),
        ("Die Zollstation bei Nachitschewan wird im Mai eröffnet.", "Nachitschewan"),
        ("Новый вокзал в Нахчыване откроется весной, сообщили в Азербайджане.", "Нахчыван"),
        ("Yeni lojistik merkezi Türkiye sınırında, Nahçıvan yakınında kurulacak.", "Nahçıvan"),
    ],
)
def test_a_word_placing_something_at_or_near_the_name_makes_it_the_city(text, name):
    # a country in the sentence would leave the bare name to the Autonomous Republic:
    # the word beside the name decides first
    assert _target(text, name) == "nakhchivan"


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        # every other place of the sentence a settlement: the city
        ("Officials in Tabriz and Ordubad expect more trade with Nakhchivan.", "Nakhchivan",
         "nakhchivan"),
        ("Iğdır ve Kars tüccarları Nahçıvan ile ticareti artırmak istiyor.", "Nahçıvan",
         "nakhchivan"),
        ("Анкара и Баку ускорят работы на участке у Нахчывана.", "Нахчыван", "nakhchivan"),
        # a country or region among them: the Autonomous Republic
        ("Officials in Tabriz and Ordubad expect Azerbaijan to trade more with Nakhchivan.",
         "Nakhchivan", "nakhchivan-ar"),
        ("Azerbaijan will link its mainland with Nakhchivan through Iran.", "Nakhchivan",
         "nakhchivan-ar"),
        # a far city of the world layer tells nothing
        ("Officials in Istanbul expect more trade with Nakhchivan.", "Nakhchivan",
         "nakhchivan-ar"),
        # but a route's stop going on to a town is a town (geo/_neighbours.py)
        ("Direct flights from Nakhchivan to Istanbul start in May.", "Nakhchivan",
         "nakhchivan"),
        # a border after the name is the unit's, whatever settlements the sentence names
        ("Iğdır Valiliği, Nahçıvan sınırına yakın bir bölgede depo kuracak.", "Nahçıvan",
         "nakhchivan-ar"),
    ],
)  # fmt: skip
def test_the_places_of_the_sentence_tell_the_city_from_the_republic(text, name, target):
    assert _target(text, name) == target


def test_a_stop_after_a_settlement_in_the_ablative_is_a_settlement():
    assert _targets("Bakü'den Nahçıvan'a otobüs seferleri başladı.") == [
        ("Bakü", "baku"),
        ("Nahçıvan", "nakhchivan"),
    ]
    # after a country it is not a stop of a route
    assert _target("Türkiye'den Nahçıvan'a yeni bir yol yapılıyor.", "Nahçıvan") == (
        "nakhchivan-ar"
    )


def test_a_unit_that_has_the_bare_name_only_without_its_kind_word_needs_it():
    # "Baku" is the Baku Economic Region's name without its kind word, not an alias: a
    # region in the sentence does not make the bare name the region
    text = "The road cuts the trip from Baku to Nakhchivan by half, East Zangezur economic region officials say."
    assert _targets(text) == [
        ("Baku", "baku"),
        ("Nakhchivan", "nakhchivan"),
        ("East Zangezur economic region", "east-zangezur"),
    ]
    assert _target(
        "The Baku Economic Region and Karabakh signed a plan.", "Baku Economic Region"
    ) == ("baku-economic-region")


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Der Zug endet im iranischen Astara.", ["astara-ir"]),
        ("Der Zug endet im aserbaidschanischen Astara.", ["astara-az"]),
        # the country before the side it names ("the Iranian side's Astara")
        ("Azərbaycan yükləri İran tərəfindəki Astara terminalına çatdırır.", ["astara-ir"]),
        ("İran yükləri Azərbaycan tərəfindəki Astara gömrüyündə gözləyir.", ["astara-az"]),
        # one Astara said to be of a country: the other Astara of the sentence is the other
        ("Sərhədin bu tayındakı Astaradan İran tərəfindəki Astara gömrüyünə qədər yol "
         "təmir olunur.", ["astara-az", "astara-ir"]),
        ("Die Lastwagen fahren von Astara über die Brücke ins iranische Astara.",
         ["astara-az", "astara-ir"]),
    ],
)  # fmt: skip
def test_a_country_beside_one_astara_tells_both(text, targets):
    assert [m.target for m in geoparse(text) if m.text == "Astara"] == targets


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        # a namesake listed or joined by a dash with a town of one country is of it
        ("Iranian officials in Tabriz say the road passes near Julfa and Ordubad.", "Julfa",
         "julfa-az"),
        ("Azerbaijani trucks now drive to Tabriz and Julfa.", "Julfa", "jolfa-ir"),
        ("The Alat–Astara highway will carry more cargo to Iran.", "Astara", "astara-az"),
        ("The Qazvin–Rasht–Astara railway will carry more cargo from Azerbaijan.", "Astara",
         "astara-ir"),
        # alone, the sentence's countries decide
        ("Azerbaijani trucks now drive to Julfa.", "Julfa", "julfa-az"),
    ],
)  # fmt: skip
def test_the_town_a_namesake_is_listed_with_tells_its_country(text, name, target):
    assert _target(text, name) == target


def test_the_seat_rule_stands_for_every_district_and_its_town():
    # (a unit named after its seat: the bare name is the town; the kind word the unit)
    text = "Zəngilan rayonunda yeni məktəb açıldı, Zəngilan şəhərində isə xəstəxana."
    assert [t for _, t in _targets(text)] == ["zangilan-district", "zangilan"]
    text = "Trucks from Tabriz and Baku wait near Zangilan and Jabrayil."
    assert [t for _, t in _targets(text)] == ["tabriz", "baku", "zangilan", "jabrayil"]
