"""Same-named places told apart by the article, round 3 (issue 10).

The Nakhchivan Julfa and the Iranian Jolfa under one spelling (Culfa, Джульфа,
Ջուլֆա); the country words inside a region's name; the article's located places when
the sentence says nothing; the dams, their reservoirs and the county named like them;
a station a route names; the plant a hydro sentence names. Each rule both ways. The
texts are written for these tests.
"""

import pytest

from geo.geoparse import geoparse


def _target(text: str, stem: str) -> str:
    return next(m.target for m in geoparse(text) if m.text.startswith(stem))


@pytest.mark.parametrize(
    ("text", "stem", "target"),
    [
        # the Iranian bank, the Iranian province: Jolfa
        ("Грузовики пойдут по иранской территории до Джульфы.", "Джульф", "jolfa-ir"),
        ("Ճանապարհը Իրանի տարածքով կհասնի Ջուլֆա։", "Ջուլֆա", "jolfa-ir"),
        (
            "İran tarafında yol, nehrin güney kıyısından Culfa yakınlarına iniyor.",
            "Culfa",
            "jolfa-ir",
        ),
        # Nakhchivan's towns and the country: Julfa
        ("Поезд из Нахчывана и Ордубада пришёл в Джульфу.", "Джульф", "julfa-az"),
        (
            "Naxçıvan və Ordubad rayonlarından Culfaya yeni avtobus xətti açılıb.",
            "Culfa",
            "julfa-az",
        ),
    ],
)
def test_julfa_as_written_in_the_region_is_either_town(text, stem, target):
    assert _target(text, stem) == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # "Doğu Azerbaycan" is an Iranian province, no vote for Azerbaijan
        (
            "Yol, İran'ın Doğu Azerbaycan eyaleti içinden Culfa yakınlarına uzanıp Nahçıvan'a"
            " girecek.",
            "jolfa-ir",
        ),
        # the country itself still counts
        ("Azerbaycan ve Nahçıvan yetkilileri Culfa'da buluştu.", "julfa-az"),
    ],
)
def test_a_country_word_inside_a_regions_name_is_no_vote(text, target):
    assert _target(text, "Culfa") == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Очередь на границе в Астаре растёт. Грузы идут из Ленкорани, Масаллы и Сальян.",
            "astara-az",
        ),
        (
            "Очередь на границе в Астаре растёт. Грузы идут из Решта, Казвина и Талеша.",
            "astara-ir",
        ),
    ],
)
def test_a_sentence_with_no_hint_takes_the_country_of_the_articles_places(text, target):
    assert _target(text, "Астар") == target


def test_the_articles_countries_and_capitals_are_no_such_hint():
    # Iran named three times and Tehran, Baku once: the pair keeps its usual order
    text = (
        "Ճանապարհը կկապի Զանգելանը Ջուլֆային։ Իրանը, Իրանի կառավարությունը և Թեհրանը"
        " համաձայն են։ Իրանը և Բաքուն բանակցում են։"
    )
    assert _target(text, "Ջուլֆա") == "julfa-az"


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("Cəbrayıl rayonunda Xudafərin və Qız Qalası su qovşaqları işə düşüb.", "Xudafərin"),
        ("Cəbrayıl rayonunda Xudafərin və Qız Qalası su qovşaqları işə düşüb.", "Qız Qalası"),
        ("Новые станции последуют за гидроузлами Худаферин и Гыз Галасы.", "Худаферин"),
        ("Новые станции последуют за гидроузлами Худаферин и Гыз Галасы.", "Гыз Галасы"),
    ],
)
def test_hydro_words_in_their_plural_cases_make_the_names_the_dams(text, stem):
    assert _target(text, stem).endswith("-dam")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("فرماندار خداآفرین گفت که گمرک تازه سال آینده باز می‌شود.", "khoda-afarin-county"),
        ("جاده کلیبر و خداآفرین برای کامیون‌ها بازسازی می‌شود.", "khoda-afarin-county"),
        ("نیروگاه خداآفرین برق روستاهای مرزی را تأمین می‌کند.", "khudafarin-dam"),
    ],
)
def test_the_county_named_like_the_dam_outside_a_water_sentence(text, target):
    assert _target(text, "خداآفرین") == target


def test_a_locative_kind_word_before_a_name_is_not_its_kind():
    # "rayonunda" places the dams in Jabrayil; "şəhristanında" after the name is its own
    assert _target("Cəbrayıl rayonunda Xudafərin su qovşağı işləyir.", "Xudafərin") == (
        "khudafarin-dam"
    )
    assert _target("Xudafərin şəhristanında yeni gömrük açılıb.", "Xudafərin") == (
        "khoda-afarin-county"
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A test train ran from Horadiz past Marjanli to Hakari on Tuesday.", "hakari-station"),
        ("Lorries ran from Şırnak to Hakari, near Yüksekova.", "geonames:318137"),
    ],
)
def test_a_route_stop_is_the_namesake_near_the_articles_places(text, target):
    assert _target(text, "Hakari") == target


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Araz üzərində Ordubad və Mərəzəd su qovşaqlarının tikintisi başlayıb.", "ordubad-hpp"),
        ("Ordubad və Culfa arasında yol təmir olunur.", "ordubad"),
    ],
)
def test_a_water_sentence_makes_a_towns_namesake_plant_the_plant(text, target):
    assert _target(text, "Ordubad") == target
