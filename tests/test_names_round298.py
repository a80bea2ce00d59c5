"""Round 298 (names298): names that held-out sets 490-491 (round 109) found missing, cited by a
page that writes them or, where no other page read did, by the held-out article: the bare
Persian (Dari) names of Afghanistan's provinces, the Russian 'Бамиан' and 'Газни', the Armenian
'Բադղիս' and 'Պակտիա', and Azerbaijani 'Hayber-Paxtunxva'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("بادغیس", "badghis-province-af"),
    ("بغلان", "baghlan-province-af"),
    ("بامیان", "bamyan-province-af"),
    ("جوزجان", "jowzjan-province-af"),
    ("کاپیسا", "kapisa-province-af"),
    ("خوست", "khost-province-af"),
    ("کنر", "kunar-province-af"),
    ("لغمان", "laghman-province-af"),
    ("لوگر", "logar-province-af"),
    ("میدان وردک", "maidan-wardak-province-af"),
    ("ننگرهار", "nangarhar-province-af"),
    ("نورستان", "nuristan-province-af"),
    ("پکتیا", "paktia-province-af"),
    ("پکتیکا", "paktika-province-af"),
    ("پنجشیر", "panjshir-province-af"),
    ("سمنگان", "samangan-province-af"),
    ("تخار", "takhar-province-af"),
    ("اروزگان", "urozgan-province-af"),
    ("فاریاب", "faryab-province-af"),
    ("غزنی", "ghazni-province-af"),
    ("Бамиан", "bamyan-province-af"),
    ("Газни", "ghazni-province-af"),
    ("Բադղիս", "badghis-province-af"),
    ("Պակտիա", "paktia-province-af"),
    ("Hayber-Paxtunxva", "khyber-pakhtunkhwa-pk"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round298_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("باران در ولایت‌های کنر و ننگرهار ادامه دارد.", "کنر", "kunar-province-af"),
    ("باران در ولایت‌های کنر و ننگرهار ادامه دارد.", "ننگرهار", "nangarhar-province-af"),
    ("نماینده‌ها از پکتیا، پکتیکا و خوست آمدند.", "پکتیا", "paktia-province-af"),
    ("نماینده‌ها از پکتیا، پکتیکا و خوست آمدند.", "پکتیکا", "paktika-province-af"),
    ("نماینده‌ها از پکتیا، پکتیکا و خوست آمدند.", "خوست", "khost-province-af"),
    ("برف راه‌های بادغیس و فاریاب را بست.", "فاریاب", "faryab-province-af"),
    ("جاده میان میدان وردک و لوگر بازسازی شد.", "میدان وردک", "maidan-wardak-province-af"),
    ("جاده میان میدان وردک و لوگر بازسازی شد.", "لوگر", "logar-province-af"),
    ("Делегация прилетела из Газни.", "Газни", "ghazni-province-af"),
    ("В Бамиане открыли новую школу.", "Бамиан", "bamyan-province-af"),
    ("Տեղումներ են սպասվում Բադղիս նահանգում։", "Բադղիս նահանգ", "badghis-province-af"),
    ("Պակտիա նահանգում ճանապարհ է կառուցվում։", "Պակտիա նահանգ", "paktia-province-af"),
    (
        "Yük maşınları Hayber-Paxtunxva əyalətindəki keçiddə gözləyir.",
        "Hayber-Paxtunxva əyaləti",
        "khyber-pakhtunkhwa-pk",
    ),
    ("Hayber-Paxtunxvada seçki keçirildi.", "Hayber-Paxtunxva", "khyber-pakhtunkhwa-pk"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round298_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the Russian common noun 'хост' (a network host) is no place
    ("Хост сервера не отвечает.", []),
    # 'غور' (deep thought) stays a common word
    ("او در این موضوع غور کرد.", []),
]


@pytest.mark.parametrize(("text", "places"), UNCHANGED)
def test_round298_unchanged(text, places):
    assert _found(text) == places
