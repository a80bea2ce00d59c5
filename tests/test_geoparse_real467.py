"""Forms of held-out sets 467-482 (rounds 101-105; kept outside the project): a province's oil, a
pipeline named by the countries it joins in its capitalised Turkish name, the Khosravi crossing's
name as a surname, the Turkish and Azerbaijani "arpa" (barley), another paper's quoted headline,
initials inside longer ones, Armenia's own North-South road, a state's news agency and media,
a pipeline's countries in brackets or quotes, and a city's clock.

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


def test_a_crude_oil_pipelines_own_name_names_no_place():
    assert found("Irak-Türkiye Ham Petrol Boru Hattı’ndan akış sabah başladı.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written plain, the countries a pipeline joins are places (since stop 91)
        (
            "Petrol, Irak-Türkiye boru hattı üzerinden taşınıyor.",
            [("Irak", "iq"), ("Türkiye", "tr")],
        ),
        ("İraq-Türkiyə neft kəməri yenidən işləyir.", [("İraq", "iq"), ("Türkiyə", "tr")]),
    ],
)
def test_a_crude_oil_pipeline_written_plain_keeps_its_countries(text, expected):
    assert found(text) == expected


def test_a_crude_oil_pipeline_named_by_its_towns_keeps_them():
    assert found("Bakü-Tiflis-Ceyhan Ham Petrol Boru Hattı") == [
        ("Bakü", "baku"),
        ("Tiflis", "geonames:611717"),
        ("Ceyhan", "ceyhan"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Khosravi", a common Persian surname, after a given name or a noun of kinship
        ("The body of Farhad Khosravi was found near Marivan.", [("Marivan", "geonames:124778")]),
        ("Nach der Beisetzung der Brüder Khosravi gab es Proteste.", []),
        # the crossing after its own word, or in a list of crossings, stays
        ("Der Grenzübergang Khosravi wurde geöffnet.", [("Khosravi", "khosravi-crossing")]),
        (
            "Pilgrims used the Mehran, Khosravi and Chazabeh crossings.",
            [
                ("Mehran", "mehran-ilam"),
                ("Khosravi", "khosravi-crossing"),
                ("Chazabeh", "chazabeh-crossing"),
            ],
        ),
        # "Arpa" (barley) opening a sentence before another grain or a crop's noun
        ("Arpa, buğda və soya daşınıb.", []),
        ("Arpa ve buğday ihracatı arttı.", []),
        (
            "Arpa çayı Naxçıvandan keçir.",
            [("Arpa çayı", "arpa-river"), ("Naxçıvan", "nakhchivan-ar")],
        ),
    ],
)
def test_a_surname_and_a_grain_are_no_places(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another paper's article by its quoted headline names no place (rule 25)
        ("Газета вышла со статьей под заголовком: «Грузия услышала шаги Зангезура».", []),
        # initials that open longer initials: "UAEA" is the IAEA in Turkish, no UAE
        ("Uluslararası Atom Enerjisi Ajansı (UAEA) temsilcisi konuştu.", []),
        ("UAE ile anlaşma imzalandı.", [("UAE", "ae")]),
        ("ABD’YE GİTTİ", [("ABD", "us")]),
    ],
)
def test_a_headline_and_longer_initials_name_no_place(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Armenia's own North-South road by its programme's and German names (rule 36)
        ("He chaired the North-South Road Corridor and Urban Development council.", []),
        ("Der Bau einer modernen Nord-Süd-Straßenverbindung beginnt.", []),
        ("Die alte Nord-Süd-Trasse ist eng.", []),
        (
            "Der Nord-Süd-Korridor verbindet Indien und Russland.",
            [("Nord-Süd-Korridor", "nstc"), ("Indien", "in"), ("Russland", "ru")],
        ),
        # a state's news agency and mass media by their words after its nominative
        ("İran devlet haber ajansı IRNA bunu bildirdi.", []),
        ("Gürcüstan KİV-i məlumat yayıb.", []),
        ("Report Ermənistan KİV-inə istinadən yazır.", []),
        ("Ermənistan hökuməti yolu təmir edir.", [("Ermənistan", "am")]),
    ],
)
def test_round_104_forms(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pipeline's countries spelled out in brackets or quotes name no place; written plain
        # before its initials, they are places (since stop 91, held-out set 569a)
        ("Liman, TAPI (Türkmenistan-Afganistan-Pakistan-Hindistan) gaz boru hattı için.", []),
        (
            "The Turkmenistan–Afghanistan–Pakistan–India (TAPI) gas pipeline grows.",
            [
                ("Turkmenistan", "tm"),
                ("Afghanistan", "af"),
                ("Pakistan", "pk"),
                ("India", "in"),
            ],
        ),
        ("Он дал старт этапу газопровода «Туркменистан – Афганистан – Пакистан – Индия».", []),
        ("احداث خط لوله گازی تاپی (ترکمنستان- افغانستان - هند) تسریع شد.", []),
        (
            "The Baku-Tbilisi-Ceyhan (BTC) oil pipeline",
            [("Baku", "baku"), ("Tbilisi", "geonames:611717"), ("Ceyhan", "ceyhan")],
        ),
        # a city's clock names no place
        ("Gazprom confirmed the halt at 8:00 AM Moscow time on Wednesday.", []),
        ("Սահմանափակումները կգործեն Մոսկվայի ժամանակով ժամը 14:40-ից։", []),
        ("Yol Bakı vaxtı ilə saat 10-da açıldı.", []),
        ("جاده به وقت تهران ساعت ۱۰ باز شد.", []),
        ("It is time Moscow acted.", [("Moscow", "geonames:524901")]),
        # a state's warship and Israel's army by their names
        ("Ədən körfəzində ABŞ esminesi vuruldu.", [("Ədən körfəzi", "gulf-of-aden")]),
        ("Порт атакуют силы Армии обороны Израиля.", []),
        # a Persian body's word reaches no name right after "and": the UN and Turkey, two names
        ("این قرارداد با میانجیگری سازمان ملل و ترکیه امضا شد.", [("ترکیه", "tr")]),
        ("وزارت راه و شهرسازی ایران اعلام کرد.", [("ایران", "ir")]),
    ],
)
def test_round_105_forms(text, expected):
    assert found(text) == expected
