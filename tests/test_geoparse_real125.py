"""Forms read on blind sets 108-127 (issue 10, stop 57, 2026-12-04).

The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found

#: a Turkish text that speaks of provinces in the plural: January's exports of four
_EXPORTS = (
    "Ocak ayında Iğdır, bölgedeki komşu illeri geride bıraktı. Iğdır'ın ihracatı, "
    "komşusu Ağrı, Kars ve Ardahan'ın toplamını aştı.\n"
)


def test_a_bare_town_in_a_turkish_text_of_provinces_is_the_province():
    """Blind set 123, both markings: "komşu illeri", and each name is its province."""
    assert _found(_EXPORTS) == [
        ("Iğdır", "igdir-province-tr"),
        ("Iğdır", "igdir-province-tr"),
        ("Ağrı", "agri-province-tr"),
        ("Kars", "kars-province-tr"),
        ("Ardahan", "ardahan-province-tr"),
    ]


def test_without_the_plural_province_word_the_names_stay_the_towns():
    text = _EXPORTS.replace("komşu illeri", "komşularını")
    assert [target for _, target in _found(text)] == [
        "igdir",
        "igdir",
        "geonames:309647",
        "kars",
        "geonames:751952",
    ]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # a noun the name qualifies: the town's logistics centre, the town's hospital
        ("Kars lojistik merkezi büyüyor.", [("Kars", "kars")]),
        ("Hastalar Iğdır Devlet Hastanesi'ne geliyor.", [("Iğdır", "igdir")]),
        # a route's ends, and a list before a postposition
        ("Kars-Iğdır hattı bitiyor.", [("Kars", "kars"), ("Iğdır", "igdir")]),
        (
            "Yol Ağrı ve Van üzerinden geçiyor.",
            [("Ağrı", "geonames:309647"), ("Van", "geonames:298117")],
        ),
        # the capital standing for its government
        ("Projeye Ankara'dan ödenek ayrıldı.", [("Ankara", "geonames:323786")]),
        # a dateline
        ("\nERZURUM (AA) - Bakan geldi.", [("ERZURUM", "geonames:315368")]),
    ],
)
def test_in_a_text_of_provinces_a_name_qualifying_a_word_stays_the_town(tail, expected):
    """Test3's provinces text and blind set 113: the marks that stay towns there."""
    assert _found(_EXPORTS + tail)[5:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname after a given name, then alone: the person both times
        (
            "Das sagte der Leiter der Behörde, Dariush Amani, am Montag. Laut Amani ist die Brücke fertig.",
            [],
        ),
        ("Dariush Amani. Amani added that trucks wait.", []),
        # a curated place in a body's name stays a place later ("Azad İran" kanalı)
        ('"Azad İran" kanalına görə, İran yolu bağlayır.', [("İran", "ir")]),
        # a town named later that no name before made a surname stays the town
        ("Trucks reached Amani on Monday.", [("Amani", "geonames:250441")]),
    ],
)
def test_a_surname_after_a_given_name_is_the_person_when_named_again(text, expected):
    """Blind set 125: "Dariush Amani, ... Laut Amani" read the second as a town in Jordan."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Armenia's own road and programme by their Russian words (convention 36)
        (
            'Участок Сисиан-Каджаран программы "Север-Юг" откроют позже.',
            [("Сисиан", "geonames:174763"), ("Каджаран", "geonames:174880")],
        ),
        ('Тоннель строят на автомобильной дороге "Север-Юг".', []),
        # the corridor itself stays the corridor
        (
            'Россия развивает коридор "Север-Юг".',
            [("Россия", "ru"), ('коридор "Север-Юг"', "nstc")],
        ),
    ],
)
def test_armenias_north_south_road_and_programme_in_russian_are_no_corridor(text, expected):
    """Blind set 126, both markings: 'программы "Север-Юг"', 'автомобильной дороги'."""
    assert _found(text) == expected


def test_a_railway_company_in_the_singular_is_no_place():
    """Blind set 126: "South Caucasus Railway", the concession's company (rule 12)."""
    assert _found("Moscow runs South Caucasus Railway in Armenia.") == [
        ("Moscow", "geonames:524901"),
        ("Armenia", "am"),
    ]


def test_a_dateline_in_capitals_after_an_agencys_name_is_the_town():
    """Blind set 127: "Sputnik ԵՐԵՎԱՆ, 28 նոյեմբերի" was read as the agency's name."""
    text = "Գազը կգա։ Sputnik ԵՐԵՎԱՆ, 28 նոյեմբերի – Sputnik. Իրանը համաձայն է։"
    assert _found(text)[0] == ("ԵՐԵՎԱՆ", "geonames:616052")
    # the agency's national site stays no place
    assert _found("Sputnik Армения сообщает.") == []


def test_a_held_port_listed_after_countries_in_the_genitive_is_the_port():
    """Blind set 127: "порты Казахстана, Туркменистана и Баку" (rule 7: the port of Baku)."""
    text = "Лайнер пройдёт через порты Казахстана, Туркменистана и Баку в Азербайджане."
    assert [target for _, target in _found(text)] == ["kz", "tm", "baku-port", "az"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Caspian summit in lower case is the event's name (rule 25), as its capitalised
        # name is; the town it meets in stays
        ("Liderler Astrahan'daki Hazar zirvesine katılacak.", [("Astrahan", "geonames:580497")]),
        # the railway museum: a genitive in -ու inside an institution's name (rule 34)
        ("Քարտեզը՝ Հայաստանի երկաթուղու թանգարան։", []),
        ("Հայաստանի երկաթուղին աշխատում է։", [("Հայաստան", "am")]),
    ],
)
def test_a_summit_in_lower_case_and_a_railway_museum_are_no_places(text, expected):
    """Blind set 127 ("Hazar zirvesine") and 126 ("Հայաստանի երկաթուղու թանգարան")."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sarp, Türkiye'nin Kafkas ülkelerine açılan kapısıdır.",
            [("Sarp", "sarp"), ("Türkiye", "tr")],
        ),
        ("Açılışta Kafkas Halk Oyunları sunuldu.", []),
        # the region with its ending, or before a conjunction, stays
        ("Kafkas'ta ulaşım projeleri hızlandı.", [("Kafkas", "caucasus")]),
        (
            "Kafkas ve Orta Asya yeni yollar açıyor.",
            [("Kafkas", "caucasus"), ("Orta Asya", "central-asia")],
        ),
    ],
)
def test_the_turkish_kafkas_before_a_noun_is_an_adjective(text, expected):
    """Blind sets 113, 121, 122: "Kafkas ülkeleri" (Caucasian countries), 0 of 7 marked."""
    assert _found(text) == expected


def test_a_town_after_a_longer_name_with_its_case_ending_is_no_surname():
    """Blind set 120: "Լեռնային Ղարաբաղից Գորիս" (from Nagorno-Karabakh to Goris)."""
    assert _found("Լեռնային Ղարաբաղից Գորիս ժամանած փախստականներ։") == [
        ("Լեռնային Ղարաբաղ", "karabakh"),
        ("Գորիս", "geonames:174895"),
    ]


def test_a_country_after_a_title_in_a_headline_stays_a_country_later():
    """Blind set 129: "Cumhurbaşkanı Erdoğan Azerbaycan" (a cut headline) dropped the
    country as a surname, and every "Azerbaycan" after it with it."""
    text = "Cumhurbaşkanı Erdoğan Azerbaycan\n\nErdoğan, Azerbaycan'a giderek havalimanını açtı."
    assert _found(text)[-1] == ("Azerbaycan", "az")


@pytest.mark.parametrize(
    "text",
    [
        "Trucks waited at Bazargan Border for a week.",
        "Bazargan Border Crossing reopened on Monday.",
        "Bazargan Checkpoint was closed.",
    ],
)
def test_a_town_before_an_english_border_word_is_the_town(text):
    """Blind set 128: "Bazargan Border" was read as a person's name and dropped."""
    assert ("Bazargan", "geonames:141011") in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year in brackets after each name of the list (rule 35)
        (
            "Daha önce Fuzuli (2021) ve Zengilan (2022) havalimanları açıldı.",
            [("Fuzuli", "fuzuli-airport"), ("Zengilan", "zangilan-airport")],
        ),
        # the Armenian plural airport word after the list, the genitive's ending between
        (
            "Ֆիզուլիի և Լաչինի օդանավակայանները բացվել են։",
            [("Ֆիզուլի", "fuzuli-airport"), ("Լաչին", "lachin-airport")],
        ),
    ],
)
def test_towns_listed_before_a_plural_airport_word_with_asides_or_armenian(text, expected):
    """Blind set 129, both markings: the towns' held airports (rule 35)."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Mine Action Agency of the Republic of Azerbaijan cleared the fields.", []),
        ("The State Energy Agency of Nakhchivan Autonomous Republic reported it.", []),
        # a German parliament's name (blind set 130)
        (
            "Der Vorsitzende der Obersten Versammlung der Autonomen Republik Nachitschewan sprach.",
            [],
        ),
        # the agency's word in lower case names no body
        ("The agency of Iran said so.", [("Iran", "ir")]),
    ],
)
def test_a_state_after_an_agencys_word_is_the_agencys_name(text, expected):
    """Blind sets 129 and 130, both markings: an agency's name (rule 12)."""
    assert _found(text) == expected


def test_an_abbreviated_month_after_to_is_no_unresolved_place():
    """Blind set 128: "(from March 21 to Nov. 22)" listed "Nov" as an unknown place."""
    from geo.unresolved import unresolved_names

    text = "Trucks left from March 21 to Nov. 22 through Zorbakistan, and from Sept. 3 on."
    assert [u.text for u in unresolved_names(text)] == ["Zorbakistan"]


def test_a_russian_compass_comparative_before_nakhchivan_makes_it_the_town():
    """Blind set 116, both markings: "в 70 километрах восточнее Нахичевани" (a point)."""
    text = "Ордубад лежит в 70 километрах восточнее Нахичевани."
    assert _found(text)[-1][1] == "nakhchivan"
    assert _found("Газ идёт в Нахичевань.") == [("Нахичевань", "nakhchivan-ar")]


def test_the_persian_indian_subcontinent_is_no_india():
    """Blind set 128: "شبه‌قاره هند" (the Indian subcontinent) read as India."""
    assert _found("کالا از شبه‌قاره هند و اروپا می‌آید") == [("اروپا", "europe")]
    assert _found("هند و ایران توافق کردند") == [("هند", "in"), ("ایران", "ir")]


def test_the_persian_bare_mediterranean_is_the_sea():
    """Blind set 128, both markings: "تا مدیترانه" (data/names.yaml, cited)."""
    assert _found("مسیر از شبه‌قاره هند تا مدیترانه می‌رسد") == [("مدیترانه", "mediterranean-sea")]


def test_towns_before_the_singular_province_word_and_a_border_are_the_provinces():
    """Blind set 131, both markings: "Kars ve Iğdır il sınırında" (convention 30)."""
    text = "Kapılar Kars ve Iğdır il sınırında yer alıyor."
    assert _found(text) == [("Kars", "kars-province-tr"), ("Iğdır", "igdir-province-tr")]
    assert _found("Kars il başkanı konuştu.") == [("Kars", "kars")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "رئیس کمیسیون دولتی تعیین حدود مرزهای دولتی بین جمهوری آذربایجان و جمهوری ارمنستان گفت",
            [],
        ),
        # trade between the two, no commission's name: both states stay
        ("تجارت بین ایران و آذربایجان افزایش یافت", [("ایران", "ir"), ("آذربایجان", "az")]),
        # a comma ends the commission's name
        (
            "کمیسیون مشترک تشکیل شد، تجارت بین ایران و روسیه بیشتر شد",
            [("ایران", "ir"), ("روسیه", "ru")],
        ),
    ],
)
def test_a_persian_commissions_name_takes_the_pair_it_joins(text, expected):
    """Blind set 131, both markings: a commission "between" two states (rule 12)."""
    assert _found(text) == expected
