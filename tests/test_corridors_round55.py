"""Round 55: two named corridors real articles name, the Lapis Lazuli corridor and TRACECA.

``data/corridors.yaml`` holds them with the names the cited pages write, in the seven
languages where a stored page was found (no Armenian name of the Lapis Lazuli corridor
was then; round 242 added one). TRACECA is a record of its own, not an alias of the East-West
or Middle corridor: its pages call it one East-West route among others and the network of
fourteen countries' routes (see the comment above its record). Neither has a link of
``data/links.yaml``: a story names them in its list of what is not on the map, and an article naming nothing
else gets no empty "Places" overlay. The sentences are the project's own.
"""

import pytest

from geo.linkdata import load_corridors
from geo.story import story_map
from tests.maps_common import _overlays
from tests.parsing import found

LAPIS, TRACECA = "lapis-lazuli-corridor", "traceca"

#: each alias, a sentence of its language naming the corridor by it, and the corridor
ALIASES = [
    (
        "Lapis Lazuli Corridor",
        "Afghan trucks reached Baku along the Lapis Lazuli Corridor on Monday.",
        LAPIS,
    ),
    (
        "Lapis Lazuli Transport Corridor",
        "The Lapis Lazuli Transport Corridor runs from Herat to Istanbul.",
        LAPIS,
    ),
    ("Lapis Lazuli route", "Cotton from Herat travelled west by the Lapis Lazuli route.", LAPIS),
    ("Lazurit dəhlizi", "Əfqan yükləri Lazurit dəhlizi ilə Bakıya çatdı.", LAPIS),
    # (the Russian name in Azerbaijani letters, held alone since stop 74: its quoted name
    # before the corridor words is marked alone, convention 13)
    (
        "Lyapis-lazur",
        "«Lyapis-lazur» nəqliyyat dəhlizi Heratı Türkmənbaşı ilə birləşdirir.",
        LAPIS,
    ),
    (
        "Lyapis lazur",
        'Parlament "Lyapis lazur" nəqliyyat dəhlizi barədə sazişi təsdiqlədi.',
        LAPIS,
    ),
    # (round 179: the Azerbaijani route word after the quoted Latin name)
    ("“Lapis Lazuli” marşrutu", "Yüklər “Lapis Lazuli” marşrutu ilə daşınır.", LAPIS),
    ('"Lapis Lazuli" marşrutu', 'Yüklər "Lapis Lazuli" marşrutu ilə daşınır.', LAPIS),
    ("Лазуритовый коридор", "Лазуритовый коридор связал Герат с портом Туркменбаши.", LAPIS),
    (
        "коридор «Лазурит»",
        "Через Каспий грузы везут в коридор «Лазурит» и дальше в Грузию.",
        LAPIS,
    ),
    (
        "транспортный коридор Lapis Lazuli",
        "Туркмения продвигает транспортный коридор Lapis Lazuli до Баку.",
        LAPIS,
    ),
    ("Lapis Lazuli Koridoru", "Lapis Lazuli Koridoru Afganistan'ı Türkiye'ye bağlıyor.", LAPIS),
    (
        "Lapis Lazuli Güzergâhı",
        "Afgan kuru meyveleri Lapis Lazuli Güzergâhı ile Kars'a geldi.",
        LAPIS,
    ),
    ("کریدور لاجورد", "کامیون\u200cهای افغان از کریدور لاجورد به باکو رسیدند.", LAPIS),
    ("راه لاجورد", "محموله\u200cها از راه لاجورد به تفلیس رسیدند.", LAPIS),
    ("Lapislazuli-Korridor", "Der Lapislazuli-Korridor führt von Herat nach Baku.", LAPIS),
    (
        "Lapis-Lazuli-Korridor",
        "Über den Lapis-Lazuli-Korridor rollen Lastwagen nach Georgien.",
        LAPIS,
    ),
    ("Korridor Lapis Lazuli", "Der Korridor Lapis Lazuli endet in Istanbul.", LAPIS),
    # round 242: the Armenian name (Hraparak), found after round 55
    ("Լազուրյան միջանցք", "Լազուրյան միջանցքը սկսվում է Հերաթից։", LAPIS),
    ("TRACECA", "TRACECA ministers met in Baku on Tuesday.", TRACECA),
    (
        "Transport Corridor Europe-Caucasus-Asia",
        "The Transport Corridor Europe-Caucasus-Asia crosses the Black Sea.",
        TRACECA,
    ),
    (
        "Europe-Caucasus-Asia Transport Corridor",
        "Brussels funds the Europe-Caucasus-Asia Transport Corridor.",
        TRACECA,
    ),
    (
        "Europe-Caucasus-Asia corridor",
        "Ferries from Poti serve the Europe-Caucasus-Asia corridor.",
        TRACECA,
    ),
    ("TRACECA corridor", "Freight on the TRACECA corridor rose by a third.", TRACECA),
    ("TRASECA", "Tajik aluminium leaves by TRASECA through Poti.", TRACECA),
    ("TRASEKA", "TRASEKA layihəsi 1993-cü ildə Brüsseldə qəbul edildi.", TRACECA),
    ("TRASEKA dəhlizi", "Yüklər TRASEKA dəhlizi ilə Gürcüstana daşınır.", TRACECA),
    (
        "Avropa-Qafqaz-Asiya Nəqliyyat Dəhlizi",
        "Avropa-Qafqaz-Asiya Nəqliyyat Dəhlizi Bakıdan keçir.",
        TRACECA,
    ),
    (
        "Avropa-Qafqaz-Asiya Beynəlxalq Nəqliyyat Dəhlizi",
        "Avropa-Qafqaz-Asiya Beynəlxalq Nəqliyyat Dəhlizi Poti limanına çıxır.",
        TRACECA,
    ),
    ("ТРАСЕКА", "Секретариат ТРАСЕКА находится в Баку.", TRACECA),
    (
        "транспортный коридор «Европа — Кавказ — Азия»",
        "Грузы идут через транспортный коридор «Европа — Кавказ — Азия» в Поти.",
        TRACECA,
    ),
    (
        "Avrupa-Kafkasya-Asya Ulaşım Koridoru",
        "Avrupa-Kafkasya-Asya Ulaşım Koridoru Karadeniz'i Hazar'a bağlıyor.",
        TRACECA,
    ),
    (
        "Avrupa Kafkasya Asya Ulaştırma Koridoru",
        "Avrupa Kafkasya Asya Ulaştırma Koridoru Bakü'de yönetiliyor.",
        TRACECA,
    ),
    ("تراسیکا", "نشست تراسیکا در تهران برگزار شد.", TRACECA),
    ("کریدور تراسیکا", "کالاها از کریدور تراسیکا به گرجستان می\u200cروند.", TRACECA),
    ("کریدور اروپا-قفقاز-آسیا", "کریدور اروپا-قفقاز-آسیا از دریای خزر می\u200cگذرد.", TRACECA),
    ("TRACECA-Korridor", "Der TRACECA-Korridor verbindet Baku mit Poti.", TRACECA),
    (
        "Europa-Kaukasus-Asien-Transportkorridor",
        "Der Europa-Kaukasus-Asien-Transportkorridor wächst.",
        TRACECA,
    ),
    (
        "Verkehrskorridor Europa-Kaukasus-Asien",
        "Der Verkehrskorridor Europa-Kaukasus-Asien führt über Baku.",
        TRACECA,
    ),
    ("ՏՐԱՍԵԿԱ", "ՏՐԱՍԵԿԱ ծրագրի նիստը տեղի ունեցավ Բաքվում։", TRACECA),
    (
        "Եվրոպա-Կովկաս-Ասիա տրանսպորտային միջանցք",
        "Եվրոպա-Կովկաս-Ասիա տրանսպորտային միջանցք անցնում է Վրաստանով։",
        TRACECA,
    ),
    (
        "Եվրոպա-Կովկաս-Ասիա միջազգային տրանսպորտային միջանցք",
        "Եվրոպա-Կովկաս-Ասիա միջազգային տրանսպորտային միջանցք անցնում է Ադրբեջանով։",
        TRACECA,
    ),
]


@pytest.mark.parametrize(("alias", "text", "corridor"), ALIASES)
def test_each_alias_is_its_corridor(alias: str, text: str, corridor: str) -> None:
    assert (alias, corridor) in found(text)


def test_every_alias_of_the_two_records_has_its_sentence() -> None:
    corridors = load_corridors()
    for corridor in (LAPIS, TRACECA):
        aliases = {alias for alias, _, of in ALIASES if of == corridor}
        assert aliases == set(corridors[corridor]["aliases"])


@pytest.mark.parametrize(
    ("text", "mention", "corridor"),
    [
        ("Грузы пошли по Лазуритовому коридору в Турцию.", "Лазуритовому коридору", LAPIS),
        ("Соглашение о коридоре «Лазурит» подписали в Ашхабаде.", "коридоре «Лазурит»", LAPIS),
        ("Lapis Lazuli Koridoru'nun açılışı Herat'ta yapıldı.", "Lapis Lazuli Koridoru", LAPIS),
        ("Die Gespräche galten dem Lapislazuli-Korridor.", "Lapislazuli-Korridor", LAPIS),
        ("TRASEKA-nın məqsədi Avropanı Asiya ilə birləşdirməkdir.", "TRASEKA-nın", TRACECA),
        ("Entlang des TRACECA-Korridors stieg die Fracht.", "TRACECA-Korridor", TRACECA),
    ],
)
def test_the_names_in_their_case_forms(text: str, mention: str, corridor: str) -> None:
    assert (mention, corridor) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "She wore a ring of lapis lazuli from Badakhshan.",
        'The "Lapis Lazuli" project will link Afghanistan to Turkey.',
        "Lazurit mineralı qədim dövrlərdə ixrac olunurdu.",
        "Лазурит добывают в горах с древности.",
        "Lapis lazuli taşı Afganistan'dan gelir.",
        "رنگ لاجورد آسمان زیباست.",
        "Das Lapislazuli aus Afghanistan ist tiefblau.",
        "Ministers from Europe, the Caucasus and Asia met in Baku.",
    ],
)
def test_the_stone_and_the_three_continents_are_no_corridor(text: str) -> None:
    # the bare stone's name in every language is no alias: only with a corridor or route word
    assert not {target for _, target in found(text)} & {LAPIS, TRACECA}


def test_a_story_lists_both_corridors_by_name() -> None:
    text = (
        "Afghan cargo reaches Baku\n\n"
        "Afghan trucks crossed Turkmenistan to Baku along the Lapis Lazuli Corridor. "
        "The route is part of TRACECA, whose secretariat sits in Baku."
    )
    page = story_map(text).get_root().render()
    undrawn = page.split('<ul id="story-undrawn">')[1].split("</ul>")[0]
    assert load_corridors()[LAPIS]["name"] in undrawn
    assert load_corridors()[TRACECA]["name"] in undrawn
    assert "Places" in _overlays(page)  # Baku, Turkmenistan: drawn


def test_a_story_naming_only_an_undrawn_corridor_has_no_empty_layer() -> None:
    page = story_map("The Lapis Lazuli Corridor opened in 2018.").get_root().render()
    assert "Lapis Lazuli Corridor" in page.split('<ul id="story-undrawn">')[1]
    assert _overlays(page) == ["Borders and rivers"]
