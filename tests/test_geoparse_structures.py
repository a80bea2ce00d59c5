"""Structures and ports news on the corridors names beside the Araz plants.

The reservoirs and plants of the Kura (Mingachevir, Shamkir), the Tartar (Sarsang) and
the Vorotan (Spandaryan, Shamb, Tatev), the Port of Baku at Alat and the ports Kuryk and
Anaklia (``data/places.yaml``), found in each of the seven languages, inflected; the towns they are named after keep their bare names, and
the Araz structures curated before read as they did. The sentences are our own.
"""

import re

import pytest
from parsing import found

from geo.gazetteer import gazetteer
from geo.geocode import geocode
from geo.story import story_map

NEW = {
    "mingachevir-reservoir": "reservoir",
    "shamkir-reservoir": "reservoir",
    "sarsang-reservoir": "reservoir",
    "spandaryan-hpp": "hydropower plant",
    "shamb-hpp": "hydropower plant",
    "tatev-hpp": "hydropower plant",
    "vorotan-cascade": "hydropower plant",
    "baku-port": "building",
    "kuryk": "town",
    "anaklia": "village",
    "olya": "village",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Water managers lowered the Mingachevir Reservoir and the Shamkir Reservoir "
            "before the floods, while the Sarsang reservoir stayed full.",
            ["mingachevir-reservoir", "shamkir-reservoir", "sarsang-reservoir"],
        ),
        (
            "ContourGlobal overhauled the Spandaryan HPP, the Shamb HPP and the Tatev HPP "
            "of the Vorotan Cascade.",
            ["spandaryan-hpp", "shamb-hpp", "tatev-hpp", "vorotan-cascade"],
        ),
        (
            "A new ferry left Kuryk for the Baku International Sea Trade Port at dawn.",
            ["kuryk", "baku-port"],
        ),
        (
            "Sərsəng su anbarının suyu aşağı buraxılıb, Mingəçevir su anbarında isə "
            "səviyyə qalxıb. Bərə Kurık limanından Bakı Beynəlxalq Dəniz Ticarət "
            "Limanına on səkkiz saata çatır.",
            ["sarsang-reservoir", "mingachevir-reservoir", "kuryk", "baku-port"],
        ),
        (
            "Уровень Сарсангского водохранилища вырос, Мингечаурском водохранилище "
            "сбросили воду. Татевская ГЭС и Шамбская ГЭС работают. Паром из Курыка пришёл в Бакинский международный морской "
            "торговый порт, грузы идут и в Анаклию.",
            [
                "sarsang-reservoir",
                "mingachevir-reservoir",
                "tatev-hpp",
                "shamb-hpp",
                "kuryk",
                "baku-port",
                "anaklia",
            ],
        ),
        (
            "Sarsang Barajı'nda su seviyesi düştü. Kurık'tan kalkan gemi Bakü "
            "Uluslararası Deniz Ticaret Limanı'na yanaştı.",
            ["sarsang-reservoir", "kuryk", "baku-port"],
        ),
        (
            "Սարսանգի ջրամբարից ջուր է բաց թողնվել, Տաթևի ՀԷԿ-ում և Շամբի ՀԷԿ-ում "
            "վերանորոգում է ընթանում։ "
            "Անակլիայում նավահանգիստ են կառուցում։",
            ["sarsang-reservoir", "tatev-hpp", "shamb-hpp", "anaklia"],
        ),
        (
            "Der Sarsang-Stausee und der Mingəçevir-Stausee führen wenig Wasser; "
            "Fähren fahren von Kuryk über das Kaspische Meer, Anaklia wartet auf den Hafen.",
            ["sarsang-reservoir", "mingachevir-reservoir", "kuryk", "anaklia"],
        ),
        (
            "کشتی‌ها از بندر بین‌المللی باکو به آکتائو رفتند؛ بندر آناکلیا در گرجستان است.",
            ["baku-port", "anaklia"],
        ),
    ],
)
def test_the_structures_and_ports_are_found_in_every_language(text, expected):
    ids = [pid for _, pid in found(text)]
    for pid in expected:
        assert pid in ids, (pid, found(text))


@pytest.mark.parametrize(
    ("text", "written", "pid"),
    [
        ("Բեռները Բաթումիից հասան։", "Բաթումի", "geonames:615532"),
        ("Բեռները Ակտաուից հասան։", "Ակտաու", "geonames:610612"),
        ("Yük dün Mahaçkale'ye ulaştı.", "Mahaçkale", "geonames:532096"),
        ("Паром пришёл в Энзели.", "Энзели", "geonames:141679"),
        ("Груз отправили из Анзали.", "Анзали", "geonames:141679"),
    ],
)
def test_port_cities_have_their_names_in_armenian_turkish_and_russian(text, written, pid):
    assert (written, pid) in found(text)


@pytest.mark.parametrize(
    ("text", "pid"),
    [
        ("The road runs through Shamkir to Ganja.", "shamkir"),
        ("Pilgrims climbed to Tatev.", "tatev"),
        ("Pilgrims climbed to Tatev monastery.", "tatev-monastery"),
        ("Trucks crossed the border at Meghri.", "meghri"),
        ("The festival opened in Mingachevir.", "mingachevir-city-az"),
        ("Baku hosted the port authorities' meeting.", "baku"),
        ("Ships from Alat sailed east.", "alat"),
    ],
)
def test_the_towns_keep_their_bare_names(text, pid):
    assert found(text)[0][1] == pid, found(text)


def test_the_araz_structures_read_as_before():
    text = (
        "The Khudafarin Dam and the Giz Galasi reservoir on the Araz, the Araz hydro junction "
        "near Nakhchivan and the Ordubad HPP and Marazad HPP are shared projects."
    )
    assert [p for _, p in found(text)] == [
        "khudafarin-dam",
        "giz-galasi-reservoir",
        "araz",
        "araz-hydro-junction",
        "nakhchivan",  # the city, after "near"
        "ordubad-hpp",
        "marazad-hpp",
    ]


@pytest.mark.parametrize(("pid", "kind"), sorted(NEW.items()))
def test_each_new_place_is_a_sourced_point_of_its_kind(pid, kind):
    place = gazetteer()[pid]
    assert geocode(place.name).id == pid
    assert place.kind == kind
    assert place.geometry.geom_type == "Point"
    assert place.source
    assert place.scope == "context"  # drawn on a story map that names it, not on the overview


def test_a_story_map_draws_each_named_structure_as_a_point_marker():
    page = (
        story_map("Engineers inspected the Sarsang reservoir and the Tatev HPP near Kuryk.")
        .get_root()
        .render()
    )
    for pid, kind in [
        ("sarsang-reservoir", "reservoir"),
        ("tatev-hpp", "hydropower-plant"),
        ("kuryk", "town"),
    ]:
        place = gazetteer()[pid]
        # a feature of the map's data: [layer, "c" (a circle marker), [lat, lon], ..., classes]
        marker = re.compile(
            rf'\[\d+,"c",\[{place.lat},{place.lon}\],\d+,"layer-places place-{pid} kind-{kind}"'
        )
        assert marker.search(page), pid


@pytest.mark.parametrize(
    ("text", "written", "pid"),
    [
        ("آب رها شده از سد مخزن ارس به دشت مغان می‌رسد.", "سد مخزن ارس", "araz-hydro-junction"),
        ("سد مخزنی ارس در غرب جلفا ساخته شده است.", "سد مخزنی ارس", "araz-hydro-junction"),
        (
            "نیروگاه‌ها در ساختگاه‌های خدا آفرین، قیز قلعه سی و مارازاد ساخته می‌شوند.",
            "مارازاد",
            "marazad-hpp",
        ),
    ],
)
def test_persian_names_of_the_araz_storage_dam_and_the_marazad_site(text, written, pid):
    assert (written, pid) in found(text)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Cargo moved from Astrakhan and Olya to Anzali.", "Olya"),
        ("Грузы идут через порт Оля и Махачкалу.", "Оля"),
        ("Der Güterhafen Olja liegt im Wolgadelta.", "Olja"),
        ("Yüklər Olya limanından Ənzəliyə göndərilir.", "Olya"),
    ],
)
def test_olya_the_volga_delta_port(text, written):
    assert (written, "olya") in found(text)
