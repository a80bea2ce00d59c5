"""Forms of held-out sets 593-612 (rounds 145-150, stops 94-95; kept outside the project):
a plural district word before a list of Azerbaijani rayons' seats.

The sentences are the project's own.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Persian plural county word before a list: each rayon, the one whose rayon has
        # no Persian name of its own (Tartar's) too, a quoted name too (set 602a)
        (
            "گلوله باران شهرستان های ترتر، آغدام و «فضولی» ادامه یافت.",
            [
                ("ترتر", "tartar-district-az"),
                ("آغدام", "aghdam-district-az"),
                ("فضولی", "fuzuli-district-az"),
            ],
        ),
        # the Azerbaijani plural before a dash: the rayons, Lankaran's not its city unit
        # (set 600a)
        (
            "Sarsıntı cənub rayonlarında – Astara, Lənkəran və Lerikdə hiss olunub.",
            [
                ("Astara", "astara-district-az"),
                ("Lənkəran", "lankaran-district-az"),
                ("Lerik", "lerik-district-az"),
            ],
        ),
        # and before a colon
        (
            "Yağış iki rayonda: Lənkəran və Astarada güclü olub.",
            [("Lənkəran", "lankaran"), ("Astara", "astara-az")],
        ),
        (
            "Yağış bu rayonlarda: Lənkəran və Astarada güclü olub.",
            [("Lənkəran", "lankaran-district-az"), ("Astara", "astara-district-az")],
        ),
    ],
)
def test_a_plural_district_word_before_a_list_names_the_rayons(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Iranian name in such a list stays as the kind rules read it (the county)
        (
            "باران در شهرستان های اردبیل و آستارا شدید بود.",
            [("اردبیل", "ardabil-province"), ("آستارا", "astara-county")],
        ),
        # the plural far before the list, a sentence between: the towns
        (
            "Bu rayonlarda yağış olub. Sonra Astara və Lənkəran şəhərlərində də yağdı.",
            [("Astara", "astara-az"), ("Lənkəran", "lankaran")],
        ),
    ],
)
def test_the_towns_outside_such_a_list_stay_towns(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earthquake's Armenian name with its adjective between: the event's, no town
        # (sets 609b-3, 609b-4); the town the earthquake struck stays
        ("Այսօր Սպիտակի ավերիչ երկրաշարժի տարելիցն է:", []),
        ("Երկրաշարժը ավերիչ էր Սպիտակում", [("Սպիտակ", "geonames:616199")]),
        # the Turkish and Azerbaijani "Aradan geçen ... yıl" (the years since) opening a
        # sentence is no town of Semnan (set 609b-1); in English and Persian it is
        ("Aradan geçen 35 yıl sonra Türkiye’de deprem oldu.", [("Türkiye", "tr")]),
        ("Aradan iki il keçib.", []),
        # and "Karakol" (a police or border post) is no Kyrgyz town in Turkish (set 586b)
        ("Sınırdaki Sasuli Karakolu yakınlarında çatışma çıktı.", []),
        ("Karakol hosted the games.", [("Karakol", "karakol-kg")]),
        (
            "Floods hit Aradan and Garmsar.",
            [("Aradan", "aradan-semnan"), ("Garmsar", "geonames:133964")],
        ),
        # the Turkish river word ırmak, and "gibi" (such as) between a list and its plural
        # kind word: the Samur river, not Samur's village (set 613b-4)
        ("Sulak ve Samur ırmakları taştı.", [("Sulak", "sulak"), ("Samur", "samur-river")]),
        (
            "Dağdan akan Sulak, Samur ve Kurak gibi ırmaklar derin vadiler açar.",
            [("Sulak", "sulak"), ("Samur", "samur-river")],
        ),
        ("Kür və Samur kimi çaylar daşıb.", [("Kür", "kura"), ("Samur", "samur-river")]),
        # "gibi" before a singular village word: the village stays
        ("Samur gibi bir köyde yaşıyor.", [("Samur", "samur-az")]),
    ],
)
def test_event_names_words_and_river_lists(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long Turkish list of Kazakhstan's regions, regions in it: each town its region
        # (set 612b-1)
        (
            "Sel nedeniyle Akmola, Aktobe, Batı Kazakistan, Karagandı, Kostanay ve Pavlodar "
            "illerinde alarm verildi.",
            [
                ("Akmola", "akmola-region-kz"),
                ("Aktobe", "aktobe-region-kz"),
                ("Batı Kazakistan", "west-kazakhstan-region-kz"),
                ("Karagandı", "karaganda-region-kz"),
                ("Kostanay", "kostanay-region-kz"),
                ("Pavlodar", "pavlodar-region-kz"),
            ],
        ),
        # a train's stops, no region among them: the towns
        (
            "Поезда пойдут через Актобе, Костанай, Павлодар, Астану и Алматы.",
            [
                ("Актобе", "geonames:610611"),
                ("Костанай", "geonames:1519928"),
                ("Павлодар", "geonames:1520240"),
                ("Астан", "geonames:1526273"),
                ("Алматы", "geonames:1526384"),
            ],
        ),
    ],
)
def test_a_list_of_kazakhstans_regions(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name after "anti-" or "pro-" is a stance's adjective (set 598a)
        ("Drones struck an anti-Iran Kurdish group near Koya.", [("Koya", "geonames:94220")]),
        ("Ordu anti-İran qruplaşmalarını vurub.", []),
        ("pro-Russia rallies in Tbilisi", [("Tbilisi", "geonames:611717")]),
        # a hyphen between two names is a pair, both places
        ("the Iran-Iraq border", [("Iran", "ir"), ("Iraq", "iq")]),
        # the Guards' English name that runs the state into it is the force's (set 585a);
        # the state's possessive stays
        ("The Iran Revolutionary Guards Corp. seized a tanker.", []),
        ("Iran's Revolutionary Guards seized a tanker.", [("Iran", "ir")]),
    ],
)
def test_stances_and_forces_names(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name of no river before the English or Turkish river word: the river the
        # gazetteer lacks, not the governorate (set 610a-2)
        ("The dam spans the Diyala River in Iraq.", [("Iraq", "iq")]),
        ("Diyala nehri taştı.", []),
        # a river's own name keeps it; the governorate with its own word stays
        ("the Kura River and the Aras River", [("Kura River", "kura"), ("Aras River", "araz")]),
        ("Diyala province", [("Diyala province", "diyala-governorate-iq")]),
    ],
)
def test_a_name_of_no_river_before_a_river_word(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Azerbaijani "o cümlədən" (including) after a plural kind word opens a list of
        # that kind, as the English "including" does (set 610a-3)
        (
            "Yağış rayonlarda, o cümlədən Lənkəranda güclü olub.",
            [("Lənkəran", "lankaran-district-az")],
        ),
        ("Bir neçə şəhərdə, o cümlədən Təbrizdə etiraz olub.", [("Təbriz", "tabriz")]),
        ("the western provinces, including Kermanshah", [("Kermanshah", "kermanshah-province")]),
    ],
)
def test_a_list_opened_by_including(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nazarbayev's given name before his surname is no Astana (set 616a-6); the city's
        # name of 2019-2022 alone stays the city
        ("و نورسلطان نظربایف رئیس جمهور قزاقستان", [("قزاقستان", "kz")]),
        ("نشست در نورسلطان برگزار شد", [("نورسلطان", "geonames:1526273")]),
    ],
)
def test_nursultan_the_given_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a German peninsula's adjective in lower case after an article, as a sea's (set
        # 571b); without an article it is a figure of speech
        (
            "Der Seeweg führt zur arabischen Halbinsel.",
            [("arabischen Halbinsel", "arabian-peninsula")],
        ),
        (
            "in einem Hafen der arabischen Halbinsel",
            [("arabischen Halbinsel", "arabian-peninsula")],
        ),
        ("eine arabische Halbinsel", []),
        ("Schiffe zur kaspischen Küste", []),
    ],
)
def test_a_german_peninsula_in_lower_case(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Turkish governor's office by its English name is a body (set 618a-2); the
        # province's governor keeps it (rule 12)
        ("The Erzurum Governorship shared drone footage.", []),
        ("The Erzurum governor said the road is open.", [("Erzurum", "erzurum-province-tr")]),
    ],
)
def test_a_governorship(text, expected):
    assert found(text) == expected
