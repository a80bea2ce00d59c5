"""Round 92 (names92): names of the TRIPP and of Iran written in the 2025-26 articles on
the corridor and the wars on Iran, each as a cited page writes it: in data/corridors.yaml
German 'Trump-Korridor' and 'Trumps Korridor', Russian 'мост Трампа' and 'коридор Трампа'
(found inflected too) and two full names; in data/names.yaml the bare 'Islamic Republic'
and 'Islamische Republik' as Iran, which another state's full name keeps as that state
(held whole in data/names.yaml)."""

import pytest

from geo.geoparse import geoparse

CASES = [
    # German
    ("Der Trump-Korridor soll durch Armenien führen.", "Trump-Korridor", "zangezur-corridor"),
    (
        "Trumps Korridor verbindet Aserbaidschan mit Nachitschewan.",
        "Trumps Korridor",
        "zangezur-corridor",
    ),
    (
        "Mit dem „Trump-Korridor für internationalen Frieden und Wohlstand“ kommen die USA.",
        "Trump-Korridor für internationalen Frieden und Wohlstand",
        "zangezur-corridor",
    ),
    # Russian, the nominative and inflected
    ("Россия изучит мост Трампа в Армении.", "мост Трампа", "zangezur-corridor"),
    ("Строительство моста Трампа начнется в 2026 году.", "моста Трампа", "zangezur-corridor"),
    ("По мосту Трампа пойдут поезда.", "мосту Трампа", "zangezur-corridor"),
    ("Ереван обсуждает коридор Трампа.", "коридор Трампа", "zangezur-corridor"),
    ("Москва выступает против коридора Трампа.", "коридора Трампа", "zangezur-corridor"),
    # Armenian, the full name with երթուղի
    (
        "«Թրամփի երթուղին՝ միջազգային խաղաղության և բարգավաճման համար» նախագիծը դառնում է։",
        "Թրամփի երթուղին՝ միջազգային խաղաղության և բարգավաճման համար",
        "zangezur-corridor",
    ),
    # Iran by its form alone
    ("The Islamic Republic said it would respond.", "Islamic Republic", "ir"),
    ("Strikes on the Islamic Republic continued.", "Islamic Republic", "ir"),
    ("Die Islamische Republik droht mit Vergeltung.", "Islamische Republik", "ir"),
    (
        "Khamenei ist der mächtigste Mann in der Islamischen Republik.",
        "Islamischen Republik",
        "ir",
    ),
    # another state's full name stays that state's
    (
        "The envoy of the Islamic Republic of Pakistan met officials in Baku.",
        "Islamic Republic of Pakistan",
        "pk",
    ),
    (
        "The Islamic Republic of Afghanistan collapsed in 2021.",
        "Islamic Republic of Afghanistan",
        "af",
    ),
    (
        "The Islamic Republic of Mauritania signed the deal.",
        "Islamic Republic of Mauritania",
        "mr",
    ),
    (
        "Der Botschafter der Islamischen Republik Pakistan traf Alijew.",
        "Islamischen Republik Pakistan",
        "pk",
    ),
    ("Die Islamische Republik Pakistan grenzt an Iran.", "Islamische Republik Pakistan", "pk"),
    ("Die Islamische Republik Iran droht Israel.", "Islamische Republik Iran", "ir"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round92_names92_found(text, name, pid):
    found = [(m.text, m.place.id if m.place else m.link) for m in geoparse(text)]
    assert (name, pid) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic Republic of Pakistan signed the deal.",
        "The Islamic Republic of Afghanistan collapsed in 2021.",
        "The Islamic Republic of Mauritania signed the deal.",
        "Die Islamische Republik Pakistan unterzeichnete.",
    ],
)
def test_round92_no_iran_inside_another_republic(text):
    assert all(m.place is None or m.place.id != "ir" for m in geoparse(text))


def test_round92_russian_bare_form_added_in_round317():
    # Russian 'Исламская Республика' alone, left out here, is Iran's since round 317 (the
    # held-out gold marks it; tests/test_names_round317.py)
    found = geoparse("Исламская Республика заявила о готовности.")
    assert [(m.text, m.place.id) for m in found] == [("Исламская Республика", "ir")]
