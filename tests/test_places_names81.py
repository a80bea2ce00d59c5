"""Round 81 (names81): sourced names of places the gazetteer already holds.

Each name is one a page cited in ``data/names.yaml`` writes: the villages of the 2024
Armenia-Azerbaijan delimitation in Russian, English and Persian (Baghanis Ayrim, Ashaghi
Askipara, Gizilhajili of Gazakh, Berkaber, Voskepar, Baghanis), Tavush, Akhurik and Margara
in Persian, Sotk, Geghamasar, Goris (Горус) and Akyaka in Russian, German Moldau,
Mazedonien and Süditalien and the eastern Mediterranean in four languages (Turkish
"Hazar Havzası", the Caspian basin, stays the sea's name and its word: "[Hazar] Havzası", as
blind sets 71 and 79 mark it). The sentences are the project's own; a case ending after
the name stays outside the mention.
"""

import pytest
from parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Российские военные покинули село Баганис-Айрум.",
            [("Баганис-Айрум", "baghanis-ayrim")],
        ),
        (
            "Border guards entered Ashagy Askipara on Friday.",
            [("Ashagy Askipara", "ashaghi-askipara")],
        ),
        (
            "The ruins of Lower Askipara lie near the road.",
            [("Lower Askipara", "ashaghi-askipara")],
        ),
        (
            "پرچم در آشاغی اسکیپارا برافراشته شد.",
            [("آشاغی اسکیپارا", "ashaghi-askipara")],
        ),
        (
            "Пограничники вошли в Гызылгаджылы.",
            [("Гызылгаджылы", "gizilhajili-gazakh")],
        ),
        (
            "ساکنان روستای برکابر معترض هستند.",
            [("برکابر", "berkaber")],
        ),
        (
            "ساکنان روستای وسکپار معترض هستند.",
            [("وسکپار", "geonames:616074")],
        ),
        (
            "ساکنان روستای باغانیس معترض هستند.",
            [("باغانیس", "geonames:616829")],
        ),
        (
            "ساکنان روستای باگانیس معترض هستند.",
            [("باگانیس", "geonames:616829")],
        ),
        (
            "مرز در استان تاووش تعیین شد.",
            [("استان تاووش", "tavush-province")],  # (the province word inside: stop 71)
        ),
        (
            "گذرگاه مرزی آخوریک بازگشایی می‌شود.",
            [("آخوریک", "geonames:616990")],
        ),
        (
            "گذرگاه مرزی مارگارا بازگشایی می‌شود.",
            [("مارگارا", "geonames:613075")],
        ),
        (
            "Մարգար գյուղի մոտ անցակետ կա։",
            [("Մարգար", "geonames:613075")],
        ),
        (
            "Рабочие вернулись в Сотк.",
            [("Сотк", "geonames:616041")],
        ),
        (
            "Село Гегамасар обстреляли.",
            [("Гегамасар", "geonames:616646")],
        ),
        (
            "Город Горус находится на юге.",
            [("Горус", "geonames:174895")],
        ),
        (
            "Делегации встретились на пункте Акьяка.",
            [("Акьяка", "geonames:752297")],
        ),
        (
            "Die Regierung in Moldau ist pro-europäisch.",
            [("Moldau", "md")],
        ),
        (
            "Mazedonien hat einen neuen Namen.",
            [("Mazedonien", "mk")],
        ),
        (
            "Die Fähre fährt nach Süditalien.",
            [("Süditalien", "it")],
        ),
        (
            "Gas from the Eastern Mediterranean reaches Europe.",
            [("Eastern Mediterranean", "mediterranean-sea"), ("Europe", "europe")],
        ),
        (
            "Doğu Akdeniz'de gerginlik sürüyor.",
            [("Doğu Akdeniz", "mediterranean-sea")],
        ),
        (
            "اکتشاف گاز در مدیترانه شرقی ادامه دارد.",
            [("مدیترانه شرقی", "mediterranean-sea")],
        ),
        (
            "اکتشاف گاز در دریای مدیترانه شرقی ادامه دارد.",
            [("دریای مدیترانه شرقی", "mediterranean-sea")],
        ),
        (
            "Корабль ушёл в Восточное Средиземноморье.",
            [("Восточное Средиземноморье", "mediterranean-sea")],
        ),
        (
            "Hazar Havzası enerji açısından zengindir.",
            [("Hazar", "caspian-sea")],
        ),
    ],
)
def test_a_sentence_names_the_places(text, expected):
    assert found(text) == expected
