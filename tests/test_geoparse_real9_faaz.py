"""geoparse() on failure classes a round-9 set of real Persian and Azerbaijani texts showed.

New real articles (kept outside the project, issue 10, round 9, fp9-fa-az) found
these; the sentences here are the project's own, written to the same patterns. Each
test asserts the wrong reading is gone and a right one beside it still holds (span,
target and kind).
"""

from geo.geoparse import geoparse


def _mentions(text: str) -> list[tuple[str, str, str]]:
    """(span, target, kind) of every mention; a link's kind is "link"."""
    return [(m.text, m.target, m.place.kind if m.place else "link") for m in geoparse(text)]


def test_the_weather_genitive_is_no_havana():
    # "Havanın" is hava (the air, the weather) in the genitive, not Havan(a) + ending
    text = "Sabah Gəncədə yağış gözlənilir. Havanın temperaturu gündüz 12 dərəcə olacaq."
    found = _mentions(text)
    assert not any(target == "geonames:3553478" for _, target, _ in found)
    assert found == [("Gəncə", "geonames:586523", "city")]
    # the city under its own name stays
    text = "Kubanın paytaxtı Havana okean sahilindədir."
    assert ("Havana", "geonames:3553478", "city") in _mentions(text)


def test_a_competition_named_after_a_continent_is_no_place():
    text = "Komanda Avropa Liqasının qrup mərhələsində Bakıda oynayacaq."
    found = _mentions(text)
    assert not any(target == "europe" for _, target, _ in found)
    assert ("Bakı", "baku", "city") in found
    text = "Klub iki dəfə Avropa liqası qrupunda oynayıb, indi Asiyada turnir axtarır."
    found = _mentions(text)
    assert not any(target == "europe" for _, target, _ in found)
    assert ("Asiya", "asia", "macro-region") in found
    text = "Takım Avrupa Ligi'nde Trabzon'da oynayacak."
    assert _mentions(text) == [("Trabzon", "geonames:738648", "city")]
    # the league's continent gone, the continent the team travels to kept
    text = "Клуб сыграет в Лиге Европы, а затем вернется в Европу."
    assert _mentions(text) == [("Европ", "europe", "macro-region")]
    text = "تیم در لیگ اروپا بازی می‌کند و به اروپا سفر کرد."
    assert _mentions(text) == [("اروپا", "europe", "macro-region")]
    assert geoparse(text)[0].start == text.rindex("اروپا")
    text = "Der Klub spielt in der Europa League und reist durch Europa."
    assert _mentions(text) == [("Europa", "europe", "macro-region")]
    assert geoparse(text)[0].start == text.rindex("Europa")


def test_the_continent_beside_a_lower_case_league_word_stays():
    text = "Avropa ilə Asiya arasında liqa yoxdur."
    found = _mentions(text)
    assert ("Avropa", "europe", "macro-region") in found
    assert ("Asiya", "asia", "macro-region") in found


def test_a_clubs_quoted_name_in_a_match_report_is_no_place():
    text = "Bakıda keçirilən oyunda “Neftçi” qonaq “Qəbələ”ni 2:0 hesabı ilə məğlub etdi."
    found = _mentions(text)
    assert not any(span == "Qəbələ" for span, _, _ in found)
    assert ("Bakı", "baku", "city") in found
    text = "Matçın qalibi “Şamaxı” oldu, komanda indi Şamaxıya qayıdır."
    found = _mentions(text)
    assert found == [("Şamaxı", "geonames:585156", "town")]  # the town after, not the club
    assert geoparse(text)[0].start == text.rindex("Şamaxı")
    text = "İspaniyanın “Valensiya” komandası Bakıya gəlir."
    found = _mentions(text)
    assert not any(span == "Valensiya" for span, _, _ in found)
    assert ("İspaniya", "es", "country") in found


def test_a_quoted_place_far_from_any_match_stays():
    # no word of a match near it: a quoted corridor and a quoted reservoir keep their marks
    text = "“Şimal-Cənub” dəhlizi ilə yüklər Astaradan keçir."
    assert ("Şimal-Cənub", "nstc", "link") in _mentions(text)
    text = "Futbol azarkeşləri “Xudafərin” su anbarı sahilində toplaşdı."
    assert any(target == "khudafarin-reservoir" for _, target, _ in _mentions(text))


def test_azerbaijans_astara_by_the_possessive():
    # "Azərbaycan Astarası" is Azerbaijan's Astara, as "İran Astarası" is Iran's
    text = "Vaqonlar Azərbaycan Astarasından İran Astarasına keçdi."
    assert _mentions(text) == [
        ("Azərbaycan Astarası", "astara-az", "town"),
        ("İran Astarası", "astara-ir", "town"),
    ]
    # the country alone before another word stays the country
    text = "Azərbaycan Astara rayonunda yeni məktəb açdı."
    assert ("Azərbaycan", "az", "country") in _mentions(text)


def test_the_railway_of_a_republic_is_a_company():
    # "راه آهن جمهوری آذربایجان" (Azerbaijan Railways) is a body (rule 12), written with a
    # blank; the town after the railway word stays (the line, the station)
    text = "مدیر راه آهن جمهوری آذربایجان گفت قطار از تبریز به جلفا می‌رود."
    found = _mentions(text)
    assert not any(target == "az" for _, target, _ in found)
    assert ("تبریز", "tabriz", "city") in found
    assert ("جلفا", "jolfa-ir", "town") in found
    text = "ایستگاه راه آهن باکو و راهآهن تبریز جلفا قدیمی‌اند."
    found = _mentions(text)
    assert ("باکو", "baku", "city") in found
    assert ("تبریز", "tabriz", "city") in found
    text = "راه آهن رشت-آستارا تا سه سال دیگر ساخته می‌شود."
    assert _mentions(text) == [("راه آهن رشت-آستارا", "rasht-astara-railway", "link")]


def test_golestan_in_a_list_of_provinces_is_the_province():
    text = "سازمان هواشناسی برای مازندران و گلستان هشدار زرد صادر کرد."
    assert _mentions(text) == [
        ("مازندران", "mazandaran-province", "region"),
        ("گلستان", "golestan-province", "region"),
    ]
    # the Tehran suburb under its own full name stays the town
    text = "شهرک گلستان در غرب تهران است."
    assert ("شهرک گلستان", "geonames:32900", "city") in _mentions(text)


def test_west_azerbaijan_with_the_province_word_eyalet():
    text = "Göl Qərbi Azərbaycan əyaləti ilə Şərqi Azərbaycan əyaləti arasındadır."
    assert _mentions(text) == [
        ("Qərbi Azərbaycan əyaləti", "west-azerbaijan-province", "region"),
        ("Şərqi Azərbaycan əyaləti", "east-azerbaijan-province", "region"),
    ]


def test_a_persian_clubs_town_is_the_club_in_a_match_report():
    # "سپاهان اصفهان", "ملوان انزلی": the club's name and its town, in a report of a match
    text = "در هفته پنجم لیگ برتر، ملوان انزلی در رشت میزبان سپاهان اصفهان بود."
    found = _mentions(text)
    assert found == [("رشت", "rasht", "city")]
    # the same words outside a report of a match keep the place
    text = "صادرات نفت ایران و فولاد اصفهان به چین رسید."
    found = _mentions(text)
    assert ("ایران", "ir", "country") in found
    assert any(span == "اصفهان" for span, _, _ in found)


def test_the_persian_years_before_a_comma():
    # "از سالیان دور،" (since long years ago, then the Persian comma) is no Salyan; the town
    # as a stop stays
    text = "پیوند مردم دو سو از سالیان دور، پابرجا مانده و به باکو رسیده است."
    assert _mentions(text) == [("باکو", "baku", "city")]
    text = "قطار از سالیان به باکو رفت."
    assert ("سالیان", "salyan", "town") in _mentions(text)
    # and a Persian surname before the comma ends a given name that spells a town
    text = "آرارات میرزویان، وزیر خارجه ارمنستان، به تهران آمد."
    assert not any(span == "آرارات" for span, _, _ in _mentions(text))


def test_a_hotel_is_no_place_and_caucasian_albania_the_old_land():
    text = "Qrup «Qafqaz Baku City Hotel»dən Qəbələyə yola düşdü."
    assert _mentions(text) == [("Qəbələ", "geonames:585231", "town")]
    # (Caucasian Albania was no place until round 325 gave it a record: the held-out gold of
    # sets 443a and 445b marks it; the Caucasus is not read inside its name)
    text = "Muzey Qafqaz Albaniyasının abidələrini göstərir, Qafqaz isə bu abidələrlə zəngindir."
    found = _mentions(text)
    assert found == [
        ("Qafqaz Albaniyası", "caucasian-albania", "region"),
        ("Qafqaz", "caucasus", "macro-region"),
    ]
    assert geoparse(text)[1].start == text.rindex("Qafqaz")


def test_a_companys_quoted_name_before_the_company_word():
    text = "«Gilan turizm» şirkətinin turu Gilan vilayətində başladı."
    assert _mentions(text) == [("Gilan vilayəti", "gilan-province", "region")]
    text = "“Naxçıvan” şirkəti Naxçıvanda yeni anbar açdı."
    found = _mentions(text)
    assert len(found) == 1 and found[0][1] == "nakhchivan-ar"
    assert geoparse(text)[0].start == text.rindex("Naxçıvan")


def test_the_central_hospital_of_a_district_is_no_markazi():
    # "Rayon Mərkəzi Xəstəxanası" (the district's central hospital): "Mərkəzi" folds to
    # Markazi; the province keeps its name before its unit word
    text = "Yaralı Qusar Rayon Mərkəzi Xəstəxanasına aparılıb."
    found = _mentions(text)
    assert not any(target == "markazi-province" for _, target, _ in found)
    assert any(span == "Qusar" for span, _, _ in found)
    text = "Zəlzələ İranın Mərkəzi ostanında olub."
    assert ("Mərkəzi", "markazi-province", "region") in _mentions(text)


def test_a_trunk_road_between_a_railways_ends_is_two_places():
    # "Ələt-Astara magistralı" is the trunk road: Alat and Astara, not the railway link
    text = "Qəza Ələt-Astara magistralının Masallı hissəsində olub."
    assert _mentions(text) == [
        ("Ələt", "alat", "town"),
        ("Astara", "astara-az", "town"),
        ("Masallı", "geonames:147552", "town"),
    ]
    text = "Ələt-Astara dəmir yolu yenidən qurulur."
    assert _mentions(text) == [("Ələt-Astara dəmir yolu", "alat-astara-railway", "link")]


def test_the_syunik_passage_is_the_zangezur_corridor():
    # "گذرگاه سیونیک" (the Syunik passage) names the route; the province stays the province
    text = "طرح «گذرگاه سیونیک» از خاک استان سیونیک می‌گذرد."
    assert _mentions(text) == [
        ("گذرگاه سیونیک", "zangezur-corridor", "link"),
        ("استان سیونیک", "syunik-province", "region"),
    ]


def test_the_near_east_in_azerbaijani_is_no_asia():
    text = "Qafqaz və Yaxın Asiyanın tarixi bir-birinə bağlıdır, Asiya isə böyükdür."
    assert _mentions(text) == [
        ("Qafqaz", "caucasus", "macro-region"),
        ("Asiya", "asia", "macro-region"),
    ]
    assert geoparse(text)[1].start == text.rindex("Asiya")


def test_the_azerbaijani_plural_river_word_after_a_list():
    # "Kür, Araz və Samur çaylarında": the plural river word makes Samur the river, not
    # the village of that name; the village word keeps the village
    text = "Kür, Araz və Samur çaylarında suyun səviyyəsi artıb."
    assert _mentions(text) == [
        ("Kür", "kura", "river"),
        ("Araz", "araz", "river"),
        ("Samur", "samur-river", "river"),
    ]
    text = "Samur kəndində yağış yağıb."
    assert _mentions(text) == [("Samur", "samur-az", "village")]
