"""Round 317 (names317): "the Islamic Republic" alone as Iran's name in Russian, Armenian and
Azerbaijani, which the held-out pool (rounds 92-119) marks so, with the cases each language
writes; the other Islamic republics' formal names (Pakistan, Afghanistan, Mauritania) keep
theirs whole, the longer name winning, and no Iran is read inside them. The sentences are
the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Исламская Республика", "ir"),
    ("Իսլամական Հանրապետություն", "ir"),
    ("İslam Respublikası", "ir"),
    ("Исламская Республика Пакистан", "pk"),
    ("Исламская Республика Афганистан", "af"),
    ("Исламская Республика Мавритания", "mr"),
    ("Afganistan İslam Cumhuriyeti", "af"),
    ("Moritanya İslam Cumhuriyeti", "mr"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round317_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Исламская Республика ответила на новые санкции.", "Исламская Республика", "ir"),
    ("Представитель Исламской Республики выступил в ООН.", "Исламской Республики", "ir"),
    ("Делегация посетила Исламскую Республику в мае.", "Исламскую Республику", "ir"),
    ("В Исламской Республике прошли выборы.", "Исламской Республике", "ir"),
    ("Переговоры с Исламской Республикой продолжаются.", "Исламской Республикой", "ir"),
    ("Իսլամական Հանրապետությունը պատասխանեց հայտարարությանը։", "Իսլամական Հանրապետություն", "ir"),
    ("Իսլամական Հանրապետության նախագահը ժամանեց։", "Իսլամական Հանրապետության", "ir"),
    ("Իսլամական Հանրապետությունն էլ համաձայնեց։", "Իսլամական Հանրապետություն", "ir"),
    ("İslam Respublikası yeni bəyanat yayıb.", "İslam Respublikası", "ir"),
    ("İslam Respublikasının mövqeyi dəyişməyib.", "İslam Respublikası", "ir"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round317_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: another state's formal name: that state alone, no Iran inside it
FORMAL = [
    ("Исламская Республика Пакистан подписала соглашение.", "pk"),
    ("Посол Исламской Республики Пакистан выступил.", "pk"),
    ("Делегация Исламской Республики Афганистан уехала.", "af"),
    ("Исламская Республика Мавритания вступила в союз.", "mr"),
    ("Министр посетил Исламскую Республику Мавритания.", "mr"),
    # the name declined after the form: the form is still that state's
    ("Министр посетил Исламскую Республику Мавританию.", "mr"),
    ("В Исламской Республике Мавритании прошли выборы.", "mr"),
    ("Посол Исламской Республики Пакистана выступил.", "pk"),
    ("Պակիստանի Իսլամական Հանրապետությունը ստորագրեց համաձայնագիրը։", "pk"),
    ("Աֆղանստանի Իսլամական Հանրապետության կառավարությունը հեռացավ։", "af"),
    ("Մավրիտանիայի Իսլամական Հանրապետությունը միացավ։", "mr"),
    ("Pakistan İslam Respublikası ilə saziş imzalanıb.", "pk"),
    ("Əfqanıstan İslam Respublikasının keçmiş hökuməti.", "af"),
    ("Mavritaniya İslam Respublikası ilə əlaqələr.", "mr"),
    ("Pakistan İslam Cumhuriyeti ile anlaşma imzalandı.", "pk"),
    ("Afganistan İslam Cumhuriyeti'nin eski hükümeti dağıldı.", "af"),
    ("Moritanya İslam Cumhuriyeti ile ticaret arttı.", "mr"),
]


@pytest.mark.parametrize(("text", "pid"), FORMAL)
def test_round317_formal_name_is_its_state(text, pid):
    targets = [target for _, target in _found(text)]
    assert targets == [pid]


#: the other republics' names, unchanged
UNCHANGED = [
    ("Azərbaycan Respublikası bəyanat verib.", "Azərbaycan Respublikası", "az"),
    ("Türkiye Cumhuriyeti açıklama yaptı.", "Türkiye Cumhuriyeti", "tr"),
    ("Республика Армения подписала договор.", "Республика Армения", "am"),
    ("Исламская Республика Иран подписала договор.", "Исламская Республика Иран", "ir"),
    ("İran İslam Respublikası bəyanat verib.", "İran İslam Respublikası", "ir"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), UNCHANGED)
def test_round317_unchanged(text, mention, pid):
    assert _found(text) == [(mention, pid)]


def test_round317_azerbaijan_before_the_bare_form():
    # Azerbaijan's genitive before the bare form: each is its own state
    found = _found("Azərbaycanın İslam Respublikasındakı konsulluğu açıqlama yayıb.")
    assert [target for _, target in found] == ["az", "ir"]


def test_round317_lower_case_is_no_name():
    # the common noun in lower case is no state
    assert _found("Они хотели построить исламскую республику.") == []
