"""geoparse() on the forms real Persian agency texts write (issue 10, real-article hunt).

One test per class of error that real IRNA, Mehr, ISNA, ILNA, Tasnim, Fars and YJC
texts on the Araz corridor, the Kalaleh-Aghband bridge, Rasht-Astara, the Astara and
Nurduz crossings and the Araz dams showed. The sentences are the project's own.
"""

from tests.parsing import found as _found


def test_khat_ahan_and_pol_marzi_before_a_links_two_ends_are_part_of_the_link():
    # "خط‌آهن" (railway), with a ZWNJ, a blank or joined, like "راه‌آهن"
    for kind in ("خط‌آهن", "خط آهن", "خطآهن", "راهآهن"):
        text = f"کار {kind} رشت-آستارا سال آینده تمام می‌شود."
        assert _found(text) == [(f"{kind} رشت-آستارا", "rasht-astara-railway")]
    # "پل مرزی" (border bridge) before the bridge's two ends
    text = "پیمانکار ساخت پل مرزی کلاله - آغبند را تا زمستان تمام می‌کند."
    assert _found(text) == [("پل مرزی کلاله - آغبند", "aghband-kalaleh-bridge")]
    # "پل" alone still counts; a word that is no kind word stays outside
    assert _found("پل آغبند-کلاله آماده است.") == [("پل آغبند-کلاله", "aghband-kalaleh-bridge")]
    assert _found("مسیر مرزی کلاله - آغبند")[0] == ("کلاله - آغبند", "aghband-kalaleh-bridge")


def test_bare_azarbayjan_is_the_republic_and_the_provinces_keep_their_names():
    text = "کامیون‌های ایران و آذربایجان از پل تازه به نخجوان می‌روند."
    assert _found(text) == [("ایران", "ir"), ("آذربایجان", "az"), ("نخجوان", "nakhchivan-ar")]
    assert _found("نماینده کشور آذربایجان آمد.") == [("آذربایجان", "az")]
    # the Iranian provinces are longer names, which win
    assert _found("در استان آذربایجان شرقی باران آمد.") == [
        ("استان آذربایجان شرقی", "east-azerbaijan-province")
    ]
    assert _found("مسافران آذربایجان غربی رسیدند.")[0][1] == "west-azerbaijan-province"


def test_persian_spellings_the_press_writes():
    assert _found("پل در کنار آق بند ساخته می‌شود.") == [("آق بند", "aghband")]
    assert _found("روستای آقبند آباد شد.") == [("آقبند", "aghband")]
    assert _found("کامیون‌ها از مقری گذشتند.") == [("مقری", "meghri")]
    assert _found("خط از قارس می‌آید.") == [("قارس", "kars")]
    assert _found("بار از هندوستان می‌آید.") == [("هندوستان", "in")]
    assert _found("آمریکا و امریکا یکی است.") == [("آمریکا", "us"), ("امریکا", "us")]
    # the corridor's other Persian names, with and without the half-space
    for name in (
        "کریدور شمال به جنوب",
        "کریدور بین‌المللی حمل‌ونقل شمال-جنوب",
        "کریدور بینالمللی حملونقل شمال-جنوب",
    ):
        assert _found(f"این خط بخشی از {name} است.") == [(name, "nstc")]


def test_the_dam_word_before_the_name_with_spaces_quotes_and_lists():
    assert _found("سد قیز قلعه سی آب را تنظیم می‌کند.") == [("سد قیز قلعه سی", "giz-galasi-dam")]
    # a quote between the kind word and the name: the kind word still names it, and is in
    # the mention with the quotes, as it is before the unquoted name (round 11)
    assert _found("حجم مخزن سد «قیز قلعه‌سی» زیاد است.") == [("سد «قیز قلعه‌سی»", "giz-galasi-dam")]
    assert _found("مهندسان سدهای “خداآفرین و قیز قلعهسی” را دیدند.") == [
        ("خداآفرین", "khudafarin-dam"),
        ("قیز قلعهسی", "giz-galasi-dam"),
    ]


def test_bakhsh_names_a_district_and_the_station_of_iranian_astara():
    # the unit word inside the mention, as "[شهرستان جلفا]" (both markings of blind set 14)
    assert _found("پل در بخش زنگیلان است.") == [("بخش زنگیلان", "zangilan-district")]
    # (the station word outside the station's mention, convention 6)
    assert _found("قطار به ایستگاه آستارای ایران رسید.") == [
        ("آستارا", "astara-ir-station"),
        ("ایران", "ir"),
    ]
    # the town itself, with the ezafe and its country, stays the town
    assert _found("کامیون‌ها در آستارای ایران ماندند.") == [
        ("آستارا", "astara-ir"),
        ("ایران", "ir"),
    ]
    # the ezafe letter left out before "جمهوری": still the country after the name
    assert _found("مدیر گمرک آستارا جمهوری آذربایجان آمد.") == [
        ("آستارا", "astara-az"),
        ("جمهوری آذربایجان", "az"),
    ]


def test_organisations_their_ezafe_chain_and_treaties():
    assert _found("روابط عمومی راهداری آذربایجان شرقی ایران خبر داد.") == []
    assert _found("عضو اتاق بازرگانی ایران گفت.") == []
    # a name "و" joins on the chain is the organisation's too; a list after a verb is not
    assert _found("عضو اتاق بازرگانی ایران و روسیه گفت.") == []
    assert _found("نماینده صدا و سیمای مرکز اردبیل آمد.") == []
    assert [t for _, t in _found("عضو اتاق بازرگانی گفت ایران و روسیه موافق‌اند.")] == ["ir", "ru"]
    assert _found("در نشست مجمع نمایندگان گیلان گفت.") == []
    assert _found("در عهدنامه گلستان جدا شد.") == []
    # a place written with its kind word after the organisation word stays
    assert _found("مدیرکل راهداری استان گیلان آمد.") == [("استان گیلان", "gilan-province")]


def test_ordinary_words_and_first_names_are_no_places():
    # "اقدام" (action) is Aghdam's two-word Persian name آق دام written joined
    assert _found("برای بازاریابی آن اقدام کرد.") == []
    # "در آستانه" (about to), "شهریار" a first name
    assert _found("سد در آستانه افتتاح است و شهریار احمدی آمد.") == []
    assert _found("آغدام ویران شد.") == [("آغدام", "geonames:148619")]


def test_the_ezafe_and_a_direction_name_a_region_or_nothing():
    # a region the gazetteer knows is found whole (South Asia, Latin America, Central Asia)
    text = "بار از آسیای جنوبی و آمریکای لاتین به آسیای میانه و آسیا می‌رسد."
    assert _found(text) == [
        ("آسیای جنوبی", "southern-asia"),
        ("آمریکای لاتین", "latin-america"),
        ("آسیای میانه", "central-asia"),
        ("آسیا", "asia"),
    ]
    # one it does not know (Asia Minor) is neither the continent nor nothing; Central Europe's
    # "اروپای مرکزی" is a known name since round 158, found whole
    text = "بار از اروپای مرکزی و آسیای صغیر به اروپا می‌رسد."
    assert _found(text) == [("اروپای مرکزی", "central-europe"), ("اروپا", "europe")]
    assert _found("شهر میانه در مسیر است.")[0][0] == "میانه"
