"""Forms read in stop 64 (issue 10, 2026-12-05), from held-out round 27 (sets 203-205) and
the leftovers of stop 63: Iran's north-west, Caspian shipping, Karabakh rebuilt.

The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Russian lake word in lower case before a lake's name held whole with it: the
        # lake, the word outside; the bare name after the town word stays the town
        ("Рыбаки вышли на озеро Ван.", [("Ван", "lake-van")]),
        ("Уровень воды в озере Ван поднялся.", [("Ван", "lake-van")]),
        ("Озеро Ван замерзает редко.", [("Ван", "lake-van")]),
        ("В городе Ван прошёл дождь.", [("Ван", "geonames:298117")]),
        ("Берег озера Севан размыт.", [("Севан", "lake-sevan")]),
    ],
)
def test_a_russian_lake_word_makes_the_lake(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Iran's West Azerbaijan province by its bare Azerbaijani name, in a text that names
        # a place inside it; its governor keeps it, its governorate is an office
        ("Qərbi Azərbaycan valisi Urmiyada bildirib ki, Qərbi Azərbaycanın ticarəti artır.",
         [("Qərbi Azərbaycan", "west-azerbaijan-province"), ("Urmiya", "geonames:121801"),
          ("Qərbi Azərbaycan", "west-azerbaijan-province")]),
        ("Qərbi Azərbaycan Valiliyinin məlumatına görə Urmiyada yağış yağıb.",
         [("Urmiya", "geonames:121801")]),
        ("Ərdəbil valiliyi bildirib.", []),
        # and with its unit word anywhere
        ("Qərbi Azərbaycan ostanının valisi bildirib.",
         [("Qərbi Azərbaycan ostanı", "west-azerbaijan-province")]),
        # but not Azerbaijan's irredentist name for Armenia's land, in a text on no place
        # of Iran, nor its community's body
        ("Qərbi Azərbaycana qayıdış konsepsiyası İrəvanda müzakirə olunmayıb.",
         [("İrəvan", "geonames:616052")]),
        ("Qərbi Azərbaycan İcması bəyanat yayıb ki, İran da bunu bilir.", [("İran", "ir")]),
        # nor where the text's only place of Iran lies outside the province
        ("Qərbi Azərbaycana qayıdış Təbrizdə də müzakirə olunub.", [("Təbriz", "tabriz")]),
    ],
)  # fmt: skip
def test_west_azerbaijan_bare_only_in_a_text_on_iran(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Turkish singular province word after a count is a text of provinces (rule 39)
        ("Boru hattı 20 ilden geçecek; açılış Eskişehir'de yapıldı.",
         [("Eskişehir", "eskisehir-province-tr")]),
        ("Kars ile Iğdır arasında 20 ile 30 kilometre var.", [("Kars", "kars"), ("Iğdır", "igdir")]),
    ],
)  # fmt: skip
def test_a_count_of_turkish_provinces_makes_a_text_of_provinces(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a German pipeline named after a region by a hyphen is the pipeline's name; places
        # a dash joins are its ends
        ("Die TAP ist über die Südkaukasus-Pipeline mit dem Gasfeld verbunden.", []),
        ("Die Baku-Tiflis-Ceyhan-Pipeline wurde 2006 eröffnet.",
         [("Baku", "baku"), ("Tiflis", "geonames:611717"), ("Ceyhan", "ceyhan")]),
        ("Iğdır-Nahçıvan Boru Hattı açıldı.", [("Iğdır", "igdir"), ("Nahçıvan", "nakhchivan")]),
    ],
)  # fmt: skip
def test_a_german_pipeline_named_after_a_region(text, expected):
    assert _found(text) == expected


def test_a_regions_war_in_a_headlines_capitals_holds_no_mention():
    # (the war rule reads the war word in any case, as the organisation words did)
    assert _found("İKİNCİ DAĞLIK KARABAĞ SAVAŞINDA ESARETTEN KURTARILDI.") == []


def test_an_english_water_reserve_is_the_reservoir_with_its_words():
    # Trend's English for "su anbarı": one mark with its words, as "[Mingəçevir su anbarı]"
    assert _found("The Mingachevir water reserve is full; so is the Shamkir water reserve.") == [
        ("Mingachevir water reserve", "mingachevir-reservoir"),
        ("Shamkir water reserve", "shamkir-reservoir"),
    ]
    assert _found("Mingachevir is a city.") == [("Mingachevir", "mingachevir-city-az")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dead end (بن بست): not Baneh by GeoNames' vowelled بَنِ
        ("کشورهای آسیای میانه از بن بست خارج شدند.", [("آسیای میانه", "central-asia")]),
        ("Нигде нет воды.", []),  # nowhere: not Niğde's Russian name
        ("موش در خانه بود.", []),  # a mouse: not Muş's Persian name
    ],
)
def test_frequent_words_that_name_far_towns_stay_words(text, expected):
    assert _found(text) == expected


def test_a_turkish_genitive_before_a_township_is_its_province():
    # "Kırklareli'nin İğneada beldesi" (İğneada, a township of Kırklareli province), as
    # before a district ("Van'ın Saray ilçesi"); alone the name stays the town
    text = "Burgaz ile Kırklareli'nin İğneada beldesi arasında feribot başlıyor."
    assert ("Kırklareli", "kirklareli-province-tr") in _found(text)
    assert _found("Kırklareli'de yağmur yağdı.") == [("Kırklareli", "geonames:743166")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the director-general of a province's regional water company: his title's province
        # (rule 12), as of its roads office; the company and its chief executive's stay a body's
        ("مدیرکل آب منطقه ای آذربایجان شرقی گفت", [("آذربایجان شرقی", "east-azerbaijan-province")]),
        ("مدیرعامل آب منطقه‌ای آذربایجان شرقی گفت", []),
        ("شرکت آب منطقه‌ای آذربایجان شرقی", []),
    ],
)  # fmt: skip
def test_a_director_generals_province_before_the_regional_water_company(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conjunction or sentence adverb opening the clause is no part of a person's name
        ("Although Sukhumi does not allow the passage, people cross.",
         [("Sukhumi", "geonames:611847")]),
        ("Unlike Tbilisi, Batumi is warm.",
         [("Tbilisi", "geonames:611717"), ("Batumi", "geonames:615532")]),
        ("Ali Akbar Ahmadian spoke.", []),  # a person's name stays one
    ],
)  # fmt: skip
def test_a_conjunction_before_a_town_leaves_it_a_place(text, expected):
    assert _found(text) == expected


def test_the_kurdish_ae_reads_as_heh():
    # "ترکیە": Persian as Kurdish outlets type it, with the Kurdish ae (U+06D5) for heh
    assert _found("مرز ترکیە و ایران بسته شد.") == [("ترکیە", "tr"), ("ایران", "ir")]
