"""Round 126 (names126): the short or colloquial names of countries the news writes, as
aliases of the world layer's countries (data/names.yaml), each as a cited page writes it:
English and German 'Holland', Russian 'Голландия', Armenian 'Հոլանդիա' (the Netherlands);
Russian 'Британия', Armenian 'Բրիտանիա', Persian 'انگلستان', German 'Britannien' (the United
Kingdom); Persian 'عربستان' (Saudi Arabia); Russian 'Эмираты', Turkish 'BAE' (the United Arab
Emirates). 'Holland' beside a capitalised word ("Tom Holland", "Holland America Line") and
'BAE Systems' are no country (geo._homographs), nor is the Persian Arabian peninsula
("شبه جزیره عربستان"). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Holland", "nl"),
    ("Голландия", "nl"),
    ("Հոլանդիա", "nl"),
    ("Британия", "gb"),
    ("Բրիտանիա", "gb"),
    ("انگلستان", "gb"),
    ("Britannien", "gb"),
    ("عربستان", "sa"),
    ("Эмираты", "ae"),
    ("BAE", "ae"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round126_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English and German: the Netherlands by its region's name
    ("Exports from Holland to Iran rose last year.", "Holland", "nl"),
    ("In Holland the harbour of Rotterdam handles the cargo.", "Holland", "nl"),
    ("Der Handel mit Holland wächst.", "Holland", "nl"),
    ("Nach Holland fahren viele Lastwagen aus Georgien.", "Holland", "nl"),
    # Russian, inflected: from Holland, Holland itself
    ("Грузы из Голландии прибыли в Баку.", "Голланди", "nl"),
    ("Голландия поставляет цветы в Армению.", "Голландия", "nl"),
    # Armenian: from Holland, and with the article
    ("Հոլանդիայից բեռներ են եկել Երևան։", "Հոլանդիա", "nl"),
    ("Հոլանդիան աջակցում է ծրագրին։", "Հոլանդիա", "nl"),
    # Russian: Britain in the accusative, the prepositional and the nominative
    ("Министр прибыл в Британию.", "Британи", "gb"),
    ("В Британии прошли выборы.", "Британи", "gb"),
    ("Британия поддерживает Азербайджан.", "Британия", "gb"),
    # Armenian: Britain with the article and in the genitive
    ("Բրիտանիան աջակցում է Հայաստանին։", "Բրիտանիա", "gb"),
    ("Բրիտանիայի դեսպանը ժամանել է Երևան։", "Բրիտանիա", "gb"),
    # Persian: England for the state
    ("او از انگلستان به تهران آمد.", "انگلستان", "gb"),
    ("سفیر انگلستان احضار شد.", "انگلستان", "gb"),
    # German: Britain for the state
    ("Die Exporte nach Britannien sanken.", "Britannien", "gb"),
    # Persian: Saudi Arabia by its short name
    ("روابط ایران و عربستان بهبود یافت.", "عربستان", "sa"),
    ("هیئتی از عربستان به تهران آمد.", "عربستان", "sa"),
    # Russian: the Emirates, in the prepositional and the nominative
    ("Туристы остались в Эмиратах.", "Эмират", "ae"),
    ("Эмираты открыли воздушное пространство.", "Эмираты", "ae"),
    # Turkish: the initials, bare and with the dative ending
    ("Türkiye ile BAE arasındaki ticaret arttı.", "BAE", "ae"),
    ("BAE'ye giden heyet Ankara'ya döndü.", "BAE", "ae"),
    ("BAE Devlet Başkanı Ankara'ya geldi.", "BAE", "ae"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round126_found(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


@pytest.mark.parametrize(
    ("text", "pid"),
    [
        # a person's or a firm's name is no country
        ("Tom Holland visited Baku.", "nl"),
        ("The actor was Tom Holland, not a diplomat.", "nl"),
        ("The Holland America Line ship docked in Istanbul.", "nl"),
        ("Die Firma Holland Logistik expandiert.", "nl"),
        ("BAE Systems signed a contract with the UK.", "ae"),
        # the Arabian peninsula, which the gazetteer does not hold, is not the kingdom
        ("شبه جزیره عربستان بزرگ است.", "sa"),
    ],
)
def test_round126_no_country(text, pid):
    assert all(p != pid for _, p in _found(text)), _found(text)


@pytest.mark.parametrize(
    ("text", "name", "pid"),
    [
        # the full names keep their places
        ("Великобритания поддерживает Азербайджан.", "Великобритания", "gb"),
        ("Մեծ Բրիտանիայի դեսպանը ժամանել է։", "Մեծ Բրիտանիա", "gb"),
        ("Großbritannien und Frankreich verhandeln.", "Großbritannien", "gb"),
        ("عربستان سعودی نفت صادر می کند.", "عربستان سعودی", "sa"),
        (
            "Объединённые Арабские Эмираты подписали договор.",
            "Объединённые Арабские Эмираты",
            "ae",
        ),
        ("Holland and Belgium agreed on the route.", "Belgium", "be"),
        ("Exports from Holland to Iran rose last year.", "Iran", "ir"),
        ("Грузы из Голландии прибыли в Баку.", "Баку", "baku"),
        ("Türkiye ile BAE arasındaki ticaret arttı.", "Türkiye", "tr"),
    ],
)
def test_round126_common_places_unchanged(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found
