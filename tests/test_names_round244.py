"""Round 244 (names244): names the held-out sets on the North Caucasus, Crimea, Cyprus and
the Gulf states (352-355) still found missing after rounds 239-240, each as a cited page
writes it: Egypt's Russian instrumental 'Египтом' and dative 'Египту', Sevastopol's Persian
'سواستوپل', Kaspiysk's Persian 'کاسپیسک', the Crimean Bridge's Azerbaijani, Persian and
Armenian names, and the German official names of Ingushetia, Chechnya, North Ossetia and
Kabardino-Balkaria. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Египтом", "eg"),
    ("Египту", "eg"),
    ("سواستوپل", "geonames:694423"),
    ("کاسپیسک", "geonames:551847"),
    ("Krım körpüsü", "crimean-bridge"),
    ("پل کرچ", "crimean-bridge"),
    ("پل «کرچ»", "crimean-bridge"),
    ("پل شبه جزیره کریمه", "crimean-bridge"),
    ("Ղրիմի կամուրջ", "crimean-bridge"),
    ("Ղրիմի կամրջի", "crimean-bridge"),
    ("Ղրիմյան կամուրջ", "crimean-bridge"),
    ("Republik Inguschetien", "ingushetia-ru"),
    ("Inguschetische Republik", "ingushetia-ru"),
    ("Tschetschenische Republik", "chechnya-ru"),
    ("Republik Nordossetien", "north-ossetia-alania-ru"),
    ("Republik Kabardino-Balkarien", "kabardino-balkaria-ru"),
    ("Kabardino-Balkarische Republik", "kabardino-balkaria-ru"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round244_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Russian, the instrumental and the dative
    ("Москва подписала договор с Египтом.", "Египтом", "eg"),
    ("Россия продаст Египту зерно.", "Египту", "eg"),
    # the Arabat Spit with the kind word capitalised, in an oblique case
    ("Отдыхающие поехали на Арабатскую Стрелку.", "Арабатскую Стрелку", "arabat-spit"),
    ("На Арабатской Стрелке штормит.", "Арабатской Стрелке", "arabat-spit"),
    # Persian
    ("دو پهپاد بر فراز سواستوپل سرنگون شدند.", "سواستوپل", "geonames:694423"),
    ("کشتی‌های جدید به کاسپیسک رسیدند.", "کاسپیسک", "geonames:551847"),
    ("ترافیک روی پل «کرچ» متوقف شد.", "پل «کرچ»", "crimean-bridge"),
    ("کامیون‌ها از پل کرچ عبور کردند.", "پل کرچ", "crimean-bridge"),
    ("پل شبه جزیره کریمه دوباره باز شد.", "پل شبه جزیره کریمه", "crimean-bridge"),
    # Azerbaijani, with case endings
    ("Krım körpüsündə nəqliyyat dayandı.", "Krım körpüsü", "crimean-bridge"),
    ("Dronlar Krım körpüsünə yaxınlaşdı.", "Krım körpüsü", "crimean-bridge"),
    # Armenian, the genitive-dative and the article
    ("Ղրիմի կամրջի վրա երթևեկությունը դադարեցվել է։", "Ղրիմի կամրջի", "crimean-bridge"),
    ("Ղրիմի կամուրջը վերաբացվել է։", "Ղրիմի կամուրջ", "crimean-bridge"),
    # German
    ("Die Republik Inguschetien liegt im Kaukasus.", "Republik Inguschetien", "ingushetia-ru"),
    (
        "Die Tschetschenische Republik meldete Angriffe.",
        "Tschetschenische Republik",
        "chechnya-ru",
    ),
    (
        "Die Republik Nordossetien wählt ein Parlament.",
        "Republik Nordossetien",
        "north-ossetia-alania-ru",
    ),
    (
        "Er reiste in die Republik Kabardino-Balkarien.",
        "Republik Kabardino-Balkarien",
        "kabardino-balkaria-ru",
    ),
    # Kuwait's German genitive reads as the country
    ("Der Außenminister Kuwaits kam nach Wien.", "Kuwait", "kw"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round244_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # another bridge stays its river's, not Crimea's
    ("پل کرخه قدیمی است.", [("کرخه", "karkheh-river")]),
    ("Die Republik wurde 1992 gegründet.", []),
    ("Körpü təmir olunur.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round244_nothing_common_breaks(text, expected):
    assert _found(text) == expected
