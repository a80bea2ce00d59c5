"""Forms read in stop 69 (issue 10, 2026-12-05), from held-out round 52 (sets 278-280).

Eastern Turkey's border gates, the Strait of Hormuz and Iran's southern coast, Turkmen gas
and the Trans-Caspian link. The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a transport corridor's name before a pipeline's word is a gas pipeline (set 280):
        # Turkmenistan's East-West line, the Trans-Caspian pipeline; the corridor word keeps
        # the corridor, and the Southern Gas Corridor's pipeline is that corridor's
        (
            "The East-West pipeline carries Turkmen gas to the Caspian, and the East-West "
            "corridor crosses Azerbaijan.",
            [
                ("Caspian", "caspian-sea"),
                ("East-West corridor", "east-west-corridor"),
                ("Azerbaijan", "az"),
            ],
        ),
        (
            "Qazın ən yaxşı yolu Trans-Xəzər boru kəməri olardı, Trans-Xəzər marşrutu isə yük "
            "daşıyır.",
            [("Trans-Xəzər", "middle-corridor")],
        ),
        (
            "The Southern Gas Corridor pipeline brings gas to Italy.",
            [("Southern Gas Corridor", "southern-gas-corridor"), ("Italy", "it")],
        ),
    ],
)
def test_a_corridor_s_name_before_a_pipeline_s_word(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "international" after the Persian border word (set 278a): the crossing, the words
        # outside its mention, with and without the half-space
        (
            "کامیون‌ها از مرز بین‌المللی رازی در شهرستان خوی عبور کردند.",
            [("رازی", "razi-crossing"), ("خوی", "geonames:126972")],
        ),
        ("مسافران از مرز بین المللی رازی گذشتند.", [("رازی", "razi-crossing")]),
    ],
)
def test_a_crossing_after_the_persian_international_border(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Azerbaijani locative ends the place's phrase: no word of the centre's name
        # after it (set 280a)
        (
            "Nazir çərşənbə günü Bakıda Beynəlxalq Əlaqələr Mərkəzində çıxış edib.",
            [("Bakı", "baku")],
        ),
        # a Russian preposition before a large city's indeclinable name (set 278a)
        (
            "На прошедшем в Алматы Форуме транспорта говорили о Каспии.",
            [("Алматы", "geonames:1526384"), ("Каспии", "caspian-sea")],
        ),
        # a maritime security centre and the UKMTO named after their countries (set 279b)
        (
            "Umman Deniz Güvenliği Merkezi, tankerin Hürmüz Boğazı'nda vurulduğunu açıkladı.",
            [("Hürmüz Boğazı", "strait-of-hormuz")],
        ),
        (
            "Birleşik Krallık Denizcilik Ticaret Operasyonları, saldırının Umman açıklarında "
            "olduğunu bildirdi.",
            [("Umman", "om")],
        ),
    ],
)
def test_a_place_beside_a_body_s_name(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crossing placed in a town far from it, in English (set 278a): the province, as
        # "Iğdır'da bulunan Alican Sınır Kapısı"; near its town, the town stays
        (
            "Trucks queued at the Esendere Border Gate in Hakkari for five days.",
            [("Esendere Border Gate", "esendere"), ("Hakkari", "hakkari-province-tr")],
        ),
        (
            "Works at Ağrı's Gürbulak Border Gate sent trucks south.",
            [("Ağrı", "agri-province-tr"), ("Gürbulak Border Gate", "gurbulak")],
        ),
        (
            "Hakkari welcomed the governor, and Ağrı too.",
            [("Hakkari", "geonames:318137"), ("Ağrı", "geonames:309647")],
        ),
    ],
)
def test_an_english_crossing_placed_in_its_province(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Gürbulak crossing by its Iranian side's name after a border word, written with
        # the Arabic yeh and kaf too (sets 276a and 278a): the crossing, the word outside
        ("مدیر پایانه مرزی بازرگان گفت که صف کامیون‌ها کوتاه شد.", [("بازرگان", "gurbulak")]),
        ("مدير پايانه مرزي بازرگان گفت.", [("بازرگان", "gurbulak")]),
        ("گمرك بازرگان يكي از مبادي تجارت است.", [("بازرگان", "gurbulak")]),
        # an agreement or declaration named after its town (set 283): the document's name
        ("وزیران بیانیه سمرقند را امضا کردند و به تهران رفتند.", [("تهران", "tehran")]),
        ("Naxçıvan sazişinin ildönümündə prezidentlər Bakıda görüşdü.", [("Bakı", "baku")]),
        (
            "Նախիջևանի համաձայնագրի տարեդարձին նախագահները հանդիպեցին Բաքվում։",
            [("Բաքվում", "baku")],
        ),
    ],
)
def test_a_border_word_or_a_document_s_word_beside_a_name(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town's genitive right before a district of its province (sets 276a and 281a):
        # the province; a district of the town itself leaves the town
        (
            "Zavod İsfahanın Natanz bölgəsindədir.",
            [("İsfahan", "isfahan-province"), ("Natanz", "geonames:122491")],
        ),
        (
            "Vətəndaşlar Hakkarinin Yüksekova rayonundan keçib.",
            [("Hakkari", "hakkari-province-tr"), ("Yüksekova", "geonames:296173")],
        ),
        # (Baku's Surakhani district is held since round 324: its name with its word)
        (
            "Bakının Suraxanı rayonunda yanğın olub.",
            [("Bakı", "baku"), ("Suraxanı rayonu", "surakhani-district")],
        ),
        # (and the Turkish district word capitalised as a name's: set 297b)
        (
            "Kapı Şırnak'ın Silopi İlçesi'nde açılacak.",
            [("Şırnak", "sirnak-province-tr"), ("Silopi", "geonames:300797")],
        ),
        # the kind word after a list's name in the genitive is the next name's: the
        # capital before the list stays the city (set 281a)
        (
            "Zərbələr paytaxt Tehran, Təbriz, İsfahanın Natanz bölgəsini hədəf alıb.",
            [
                ("Tehran", "tehran"),
                ("Təbriz", "tabriz"),
                ("İsfahan", "isfahan-province"),
                ("Natanz", "geonames:122491"),
            ],
        ),
    ],
)
def test_a_genitive_before_a_district_of_its_province(text, expected):
    assert _found(text) == expected


def test_a_gate_word_is_a_whole_word():
    # "Van'daki Durum" before a crossing's name that starts with the gate word (set 281b):
    # the headline's town, not the province a gate after the locative would make it
    assert _found("Sınırda Yoğunluk ve Van’daki Durum Kapıköy Gümrük Kapısı’nda sürüyor.") == [
        ("Van", "geonames:298117"),
        ("Kapıköy Gümrük Kapısı", "kapikoy"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out round 54 (sets 284-286): German border provinces before a list; GeoNames'
        # "Araplar" (the Arabs) no name of Poldasht
        (
            "Es geht um die Grenzprovinzen Kars, Ağrı und Ardahan.",
            [
                ("Kars", "kars-province-tr"),
                ("Ağrı", "agri-province-tr"),
                ("Ardahan", "ardahan-province-tr"),
            ],
        ),
        # (the Turkish SDF by its name, and an earthquake named after its town)
        ("Suriye Demokratik Güçleri’nin Halep’te mevzileri var.", [("Halep", "geonames:170063")]),
        ("1988 Spitak depreminden sonra Gümrü yeniden kuruldu.", [("Gümrü", "geonames:616635")]),
        ("Kürtler ve Araplar Poldeşt yakınında yaşıyor.", [("Poldeşt", "poldasht")]),
        # a parliament's Azerbaijani name; the Pakistani Taliban's name
        (
            "Türkmənistan Məclisi Əfqanıstan ilə sazişi təsdiqləyib.",
            [("Əfqanıstan", "af")],
        ),
        (
            "Die Tehreek-e-Taliban Pakistan (TTP) greift in Pakistan an.",
            [("Pakistan", "pk")],
        ),
    ],
)
def test_round_54_forms(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a German compound's head after a held structure (sets 279b, 285b): one mention,
        # as a held station's word is; a pair's compound leaves each name alone; a town's
        # airport the gazetteer lacks stays the town
        ("Der Torkham-Grenzübergang ist offen.", [("Torkham-Grenzübergang", "torkham-crossing")]),
        ("Der Schahid-Radschai-Hafen brennt.", [("Schahid-Radschai-Hafen", "shahid-rajaee-port")]),
        ("Der Horadiz-Bahnhof ist neu.", [("Horadiz-Bahnhof", "horadiz-station")]),
        (
            "Der Kapıköy-Razı-Grenzübergang ist zu.",
            [("Kapıköy", "kapikoy"), ("Razı", "razi-crossing")],
        ),
        ("Der Gəncə-Flughafen ist zu.", [("Gəncə", "geonames:586523")]),
    ],
)
def test_a_german_compound_s_head_after_a_held_structure(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out round 55 (sets 287-289): a war named after a district-kind region, and
        # an agreement's English name
        (
            "Rusya ile Gürcistan arasında 2008'de Güney Osetya Savaşı çıktı.",
            [("Rusya", "ru"), ("Gürcistan", "ge")],
        ),
        (
            "Abhazya ve Güney Osetya sorunu sürüyor.",
            [("Abhazya", "abkhazia-ge"), ("Güney Osetya", "south-ossetia-ge")],
        ),
        ("Thanks to the Istanbul Initiative, ships left Odesa.", [("Odesa", "geonames:698740")]),
    ],
)
def test_round_55_forms(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crossing's word after a dash pair is the pair's, each name alone (set 291a), as
        # "[Agarak]–[Norduz] border crossing"; named alone, the crossing keeps its word in
        # capitals, not the English words in lower case (the held-out gold's 19 of 19
        # outside, rounds 92-112: stop 82)
        (
            "The opening of the Margara-Alican border gate was put off.",
            [("Margara", "geonames:613075"), ("Alican", "alican")],
        ),
        ("The Alican border gate opened.", [("Alican", "alican")]),
        ("Trucks crossed the Sarp Border Gate.", [("Sarp Border Gate", "sarp")]),
        (
            "Kazbeği - Zemo Larsi sınır kapısı yeniden açıldı.",
            [("Kazbeği", "geonames:614087"), ("Zemo Larsi sınır kapısı", "upper-lars")],
        ),
    ],
)
def test_a_crossing_word_after_a_dash_pair(text, expected):
    assert _found(text) == expected


def test_a_sentence_s_first_word_before_a_genitive():
    # "Paytaxt" capitalised only as the sentence's first word, then a place in the
    # genitive (held-out set 295a): no person's name
    assert _found("Paytaxt İrəvanın mərkəzində də etirazlar olub.") == [
        ("İrəvan", "geonames:616052")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out round 57 (sets 293-295): an industrial district named after its town; a
        # pogrom named after its town; Armenia's own "Nord-Süd" transport project
        (
            "Two firms work in the Hajigabul Industrial District.",
            [("Hajigabul", "geonames:585225")],
        ),
        (
            "The Hajigabul district grows cotton.",
            [("Hajigabul district", "hajigabul-district-az")],
        ),
        ("The Sumgait pogroms of 1988 shook Yerevan.", [("Yerevan", "geonames:616052")]),
        ('Für das Transportprojekt "Nord-Süd" gibt Armenien Geld aus.', [("Armenien", "am")]),
    ],
)
def test_round_57_forms(text, expected):
    assert _found(text) == expected


def test_a_sea_in_a_convention_s_title_in_lower_case():
    # held-out set 300a: the Caspian conventions' titles, capitalised only at their first
    # word; the sea named alone stays a mention
    assert _found(
        "The Convention on the legal status of the Caspian sea will be signed in Aktau."
    ) == [("Aktau", "geonames:610612")]
    assert _found("Ships cross the Caspian sea.") == [("Caspian sea", "caspian-sea")]


def test_initials_of_a_firm_s_legal_form_in_capitals_only():
    # "As" at a line's start folds as the Turkish "AŞ" (a firm's legal form) does: a place
    # at the end of the line before it stayed a firm's (held-out set 297a's headline)
    assert _found("Talks went on in Baghdad\nAs the talks ended, Iran spoke.") == [
        ("Baghdad", "geonames:98182"),
        ("Iran", "ir"),
    ]
    assert _found("Kars Lojistik AŞ, Kars'ta depo açtı.") == [("Kars", "kars")]
