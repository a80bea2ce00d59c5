"""Forms of held-out sets 467-470 (round 101; kept outside the project): a province's oil, and a
pipeline named by the countries it joins in its capitalised Turkish name.

The sentences are the project's own.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province's oil is its land's product (rule 2): the governorate, not its seat
        ("Kerkük petrolünün ihracatı yeniden başladı.", [("Kerkük", "kirkuk-governorate-iq")]),
        ("Kerkük nefti ihraç edildi.", [("Kerkük", "kirkuk-governorate-iq")]),
        (
            "نفت کرکوک به بندر جیهان رسید.",
            [("کرکوک", "kirkuk-governorate-iq"), ("جیهان", "ceyhan")],
        ),
        ("میدان‌های نفتی کرکوک", [("کرکوک", "kirkuk-governorate-iq")]),
        # the pipeline's towns stay the towns
        ("The Kirkuk-Ceyhan pipeline", [("Kirkuk", "geonames:94787"), ("Ceyhan", "ceyhan")]),
    ],
)
def test_a_provinces_oil_names_the_province(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Irak-Türkiye Ham Petrol Boru Hattı’ndan akış sabah başladı.",
        "Petrol, Irak-Türkiye boru hattı üzerinden taşınıyor.",
        "İraq-Türkiyə neft kəməri yenidən işləyir.",
    ],
)
def test_a_crude_oil_pipeline_named_by_two_countries_names_no_place(text):
    assert found(text) == []


def test_a_crude_oil_pipeline_named_by_its_towns_keeps_them():
    assert found("Bakü-Tiflis-Ceyhan Ham Petrol Boru Hattı") == [
        ("Bakü", "baku"),
        ("Tiflis", "geonames:611717"),
        ("Ceyhan", "ceyhan"),
    ]
