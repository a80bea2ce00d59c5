"""Round 307 (names307): the three rivers held-out set 495 (round 111, the 2024 Ural and
Siberian floods) found missing, as world-layer lines (scripts/world_rivers_far.py): the
Sakmara and the Tobol, read bare, and the Ishim, read with its river word only (the town
Ishim shares the bare name). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Sakmara", "sakmara-river"),
    ("Sakmara River", "sakmara-river"),
    ("Сакмара", "sakmara-river"),
    ("Ishim River", "ishim-river"),
    ("река Ишим", "ishim-river"),
    ("Tobol", "tobol-river"),
    ("Tobol River", "tobol-river"),
    ("Тобол", "tobol-river"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round307_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Boats crossed the Sakmara River at dawn.", "Sakmara River", "sakmara-river"),
    ("Meltwater filled both the Ural and the Sakmara.", "Sakmara", "sakmara-river"),
    ("За Сакмарой начинается степь.", "Сакмар", "sakmara-river"),
    ("Die Sakmara ist im Frühjahr breit.", "Sakmara", "sakmara-river"),
    ("Ferries on the Ishim River stopped running.", "Ishim River", "ishim-river"),
    ("Дачи на реке Ишим затопило.", "Ишим", "ishim-river"),
    ("Am Fluss Ischim stehen Dörfer.", "Ischim", "ishim-river"),
    ("The Tobol rose past Kostanay overnight.", "Tobol", "tobol-river"),
    ("Рыбаки ушли на Тобол.", "Тобол", "tobol-river"),
    ("Вода в Тоболе стала мутной.", "Тобол", "tobol-river"),
    ("Der Tobol friert im November zu.", "Tobol", "tobol-river"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round307_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize(
    "text",
    ["Die Bürger der Stadt Ischim warteten.", "Жители города Ишим ждали автобус."],
)
def test_round307_bare_ishim_not_the_river(text):
    """The bare 'Ishim' (also the town Ishim) reads no river without its river word."""
    assert not [m for m in _found(text) if m[1] == "ishim-river"]


def test_round307_tobolsk_not_the_river():
    """'Тобольск', the town at the Tobol's mouth, is not read as the river by its stem."""
    assert not [m for m in _found("Мы приехали в Тобольск.") if m[1] == "tobol-river"]
