"""Forms of held-out sets 582-596 (rounds 141-145, stops 93-94; kept outside the project):
a province list's names the parse left unread, and its Turkish figures between names.

The sentences are the project's own.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare name the parse leaves alone (a common word) inside a list of provinces:
        # the province (set 584a)
        (
            "Yağış Yəzd, Mərkəzi, Gilan və İlam vilayətlərində sel yaradıb.",
            [
                ("Yəzd", "yazd-province"),
                ("Mərkəzi", "markazi-province"),
                ("Gilan", "gilan-province"),
                ("İlam", "ilam-province"),
            ],
        ),
        # by its seat: "Kum" (sand) is Qom's town, its province here (set 584b)
        (
            "Sel, Kirmanşah, Kum, İsfahan ve Zencan eyaletlerinde can aldı.",
            [
                ("Kirmanşah", "kermanshah-province"),
                ("Kum", "qom-province"),
                ("İsfahan", "isfahan-province"),
                ("Zencan", "zanjan-province"),
            ],
        ),
        # the Turkish figures between names keep the list (set 584b)
        (
            "Hemedan ve Huzistan'da beşer, İlam'da 2, Simnan ve Zencan eyaletlerinde birer "
            "kişi öldü.",
            [
                ("Hemedan", "hamadan-province"),
                ("Huzistan", "khuzestan-province"),
                ("İlam", "ilam-province"),
                ("Simnan", "semnan-province"),
                ("Zencan", "zanjan-province"),
            ],
        ),
    ],
)
def test_a_province_lists_unread_names(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case word in the gap ends the list: the names before it stay as read
        (
            "Simnan şehri ve Kum, İsfahan ve Zencan eyaletlerinde yağış var.",
            [
                ("Simnan", "geonames:116402"),
                ("İsfahan", "isfahan-province"),
                ("Zencan", "zanjan-province"),
            ],
        ),
        # and so does a capitalised word the gazetteer does not hold
        (
            "Seller Simnan, Zortan, İsfahan ve Zencan eyaletlerinde can aldı.",
            [
                ("Simnan", "geonames:116402"),
                ("İsfahan", "isfahan-province"),
                ("Zencan", "zanjan-province"),
            ],
        ),
    ],
)
def test_a_province_list_ends_where_its_gap_is_no_province(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's media after "according to": several outlets, the country a place
        # (set 594a)
        (
            "بر اساس گزارش رسانه‌های داخل ایران، زلزله در مشهد احساس شد.",
            [("ایران", "ir"), ("مشهد", "geonames:124665")],
        ),
        # an agency's one-word name still ends the source
        ("به گزارش ایرنا، زلزله در مشهد احساس شد.", [("مشهد", "geonames:124665")]),
        # the Russian journalists are no journal: the state after them stays (set 593a)
        ("Об этом сказал журналистам замминистра иностранных дел Ирана.", [("Иран", "ir")]),
        # a journal's own name still holds its place
        ("В журнале «Вестник Ирана» вышла статья.", []),
    ],
)
def test_a_countrys_media_and_journalists(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the German benches fold to an alias of Neftçala's Bankə (set 597b)
        ("Die Bänke am Hafen von Batumi sind frisch gestrichen.", [("Batumi", "geonames:615532")]),
        # the settlement by its Azerbaijani word stays
        ("Bankə qəsəbəsində balıq zavodu var.", [("Bankə qəsəbəsi", "geonames:148375")]),
    ],
)
def test_the_german_benches_are_no_place(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the German region word before an Azerbaijani rayon's seat: the rayon, not its
        # town's city unit (set 596b)
        (
            "Der Tee kam 1912 in die Region Lenkoran.",
            [("Lenkoran", "lankaran-district-az")],
        ),
        # each name of a list after the plural
        (
            "Der Anbau begann in den Regionen Astara und Lenkoran.",
            [("Astara", "astara-district-az"), ("Lenkoran", "lankaran-district-az")],
        ),
        # the town's word keeps the town
        ("Die Stadt Lenkoran liegt am Meer.", [("Lenkoran", "lankaran")]),
        # and the Persian area word still reads the rayon
        ("از منطقه لنکران در جنوب این کشور", [("لنکران", "lankaran-district-az")]),
    ],
)
def test_the_german_region_word_before_a_rayon(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of six or more names with an Iraqi governorate lists governorates: each
        # town is its governorate, the capital stays (set 595b)
        (
            "Kum fırtınası Anbar, Bağdat, Kerbela, Necef, Babil ve Misan'ı etkileyecek.",
            [
                ("Anbar", "anbar-governorate-iq"),
                ("Bağdat", "geonames:98182"),
                ("Kerbela", "karbala-governorate"),
                ("Necef", "najaf-governorate"),
                ("Babil", "babil-governorate-iq"),
                ("Misan", "maysan-governorate-iq"),
            ],
        ),
        # a pilgrims' list of towns, with no governorate in it, stays the towns
        (
            "Hacılar Kerbela, Necef, Bağdat, Basra ve Samarra'ya gitti.",
            [
                ("Kerbela", "geonames:94824"),
                ("Necef", "geonames:98860"),
                ("Bağdat", "geonames:98182"),
                ("Basra", "geonames:99532"),
                ("Samarra", "samarra"),
            ],
        ),
    ],
)
def test_an_iraqi_list_of_governorates(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bodies and an era named after a state (held-out round 147, both markings)
        ("Azerbaycan Başsavcılığı açıklama yaptı.", []),
        ("Füzeler Azerbaycan hava savunma güçlerince imha edildi.", []),
        ("Üs Rusya deniz kuvvetlerinin olacak.", []),
        (
            "Соглашение между Правительством Республики Казахстан и Правительством "
            "Российской Федерации подписано.",
            [],
        ),
        ("Это решило правительство Ирана.", [("Иран", "ir")]),
        ("BP Azerbaycan ofisinin verilerine göre üretim arttı.", []),
        ("Ziyarət Xəzər Enerji Mərkəzindən başlanıb.", []),
        ("از اواخر دوران شوروی آب دریاچه کم شد.", []),
        # the genitive owner stays a place
        ("Azerbaycan'ın başsavcısı açıklama yaptı.", [("Azerbaycan", "az")]),
    ],
)
def test_bodies_and_an_era_named_after_a_state(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the German compass prefix before the English spelling: Iran's province (set 600b)
        (
            "Das Beben traf Ahar in der Provinz Ost-Azerbaijan.",
            [("Ahar", "geonames:144616"), ("Provinz Ost-Azerbaijan", "east-azerbaijan-province")],
        ),
        # the country keeps its English name
        ("Die Republik Azerbaijan liegt am Meer.", [("Azerbaijan", "az")]),
    ],
)
def test_the_german_east_azerbaijan_in_english_spelling(text, expected):
    assert found(text) == expected
