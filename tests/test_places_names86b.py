"""Round 86 (names86b): names of places the gazetteer holds, each as a cited page writes
it (data/names.yaml): German older spellings of Iranian cities, Russian forms in their
cases, Turkish and English names of Georgian places, Persian and Armenian forms."""

import pytest

from geo.geoparse import geoparse

CASES = [
    # German
    ("Die Pilger reisten nach Meschhed.", "Meschhed", "geonames:124665"),
    ("Die Stadt Choy liegt im Nordwesten Irans.", "Choy", "geonames:126972"),
    ("Der Zug fuhr nach Choi weiter.", "Choi", "geonames:126972"),
    # Russian, also inflected
    ("Мехабад находится к югу от озера.", "Мехабад", "geonames:125446"),
    ("Жители Мехабада вышли на улицы.", "Мехабада", "geonames:125446"),
    ("Южный Азербайджан населён азербайджанцами.", "Южный Азербайджан", "iranian-azerbaijan"),
    ("Население Южного Азербайджана велико.", "Южного Азербайджана", "iranian-azerbaijan"),
    ("Журнал о Южном Азербайджане выходит в Баку.", "Южном Азербайджане", "iranian-azerbaijan"),
    ("Грузовики стоят у поста Карцах.", "Карцах", "kartsakhi"),
    ("Дорога до Карцаха узкая.", "Карцаха", "kartsakhi"),
    # English
    ("Tourists visit Sareyn for its hot springs.", "Sareyn", "geonames:117048"),
    ("Trucks queued at Larsi for days.", "Larsi", "upper-lars"),
    # Turkish
    ("Tergi'nin suları yükseldi.", "Tergi", "terek"),
    # Persian
    ("سفر به اسکی شهیر آسان است.", "اسکی شهیر", "geonames:315202"),
    # Armenian
    ("Թադեի վանքը գտնվում է Իրանում։", "Թադեի վանքը", "st-thaddeus-monastery"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round86b_name_found(text, name, pid):
    found = [(m.text, m.place.id if m.place else m.link) for m in geoparse(text)]
    assert any(i == pid and name.startswith(t[:4]) for t, i in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a Korean surname is no Khoy when no place word is near
        "Choi Min-ho spielte gut.",
        # Turkish 'kum' (sand) stays no mention; 'Kum' (Qom) was not added
        "Çölde kum fırtınası çıktı.",
    ],
)
def test_round86b_no_mention(text):
    assert [m.text for m in geoparse(text)] == []
