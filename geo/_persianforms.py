"""The other written forms of Persian names: joined, a dam's and a corridor's with its type.

Persian writes a name of two words with a zero-width non-joiner, a space, or joined
(``پارس‌آباد``, ``پارس آباد``, ``پارسآباد``), a dam's name with its kind word
``سد`` also with the storage dam's word after it (``سد مخزنی ارس``), and a corridor's with
``کریدور`` also with its mode's word (``کریدور ریلی شمال به جنوب``). Read by
:func:`geo._inflect.name_forms` for every Persian name of the gazetteer: the forms are
keys of the geoparser's automaton, so they cost nothing at parse time.
"""

from __future__ import annotations

import re

#: The words of a Persian storage dam, written between "سد" and its name as part of the
#: kind: "سد مخزنی ارس", "سد مخزن ارس" (the storage dam, the reservoir dam of the Araz).
#: (Other types stay outside the name, as the gold marks them: "سد تنظیمی انحرافی
#: [قیزقلعه‌سی]", the regulating diversion dam.)
_PERSIAN_DAM_TYPES = ("مخزنی", "مخزن")


def persian_forms(name: str) -> set[str]:
    """Return the other written forms of a Persian name: joined, with a dam's type.

    A name of two words written with a zero-width non-joiner or a space (``پارس‌آباد``,
    ``پارس آباد``) is also written joined (``پارسآباد``); a name with a non-joiner, also
    without it; a longer name, with each pair of its words after a kind word joined
    (``استان آذربایجانشرقی``: pages that lose the non-joiner join them); Azerbaijan's
    name also in its two parts (``آذر بایجان``). A dam's name with its kind word ``سد``
    is also written with the storage dam's word after the kind word
    (:data:`_PERSIAN_DAM_TYPES`).

    >>> sorted(persian_forms("سد ارس"))
    ['سد مخزن ارس', 'سد مخزنی ارس', 'سدارس']
    >>> "استان آذربایجانشرقی" in persian_forms("استان آذربایجان شرقی")
    True
    >>> sorted(persian_forms("شهرستان آستارا"))
    ['شهرستان بندری آستارا', 'شهرستان ساحلی آستارا', 'شهرستان مرزی آستارا', 'شهرستانآستارا']
    >>> sorted(persian_forms("خداآفرین"))
    ['خدا آفرین', 'خدا\u200cآفرین']
    >>> sorted(persian_forms("جبرائیل"))
    ['جبرئیل', 'جبرایل']
    >>> "جمهوری آذر بایجان" in persian_forms("جمهوری آذربایجان")
    True
    >>> sorted(persian_forms("هادیشهر"))
    ['هادی شهر', 'هادی\u200cشهر']
    """
    words = name.replace("\u200c", " ").split()
    if len(words) == 2:
        # پارس‌آباد, پارس آباد: also written joined (پارسآباد)
        forms = {re.sub("[\u200c ]", "", name)}
    else:
        forms = {name.replace("\u200c", "")} if "\u200c" in name else set()
        # a longer name has a pair of words written joined where a page lost its
        # non-joiners: "استان آذربایجانشرقی", "سد قیز قلعهسی" (not into a kind word
        # before the name: "استانآذربایجان" is no spelling)
        first = 1 if words[0] in _KIND_HEADS else 0
        forms.update(
            " ".join([*words[:i], words[i] + words[i + 1], *words[i + 2 :]])
            for i in range(first, len(words) - 1)
        )
    if len(words) == 1:
        # a name joined with the town word or the "-abad" of a settlement ("هادیشهر",
        # "رضوانشهر", "بیله‌سوار" aside) is also written with a blank or a non-joiner
        # before it: "هادی شهر", "هادی‌شهر"
        for suffix in _COMPOUND_ENDS:
            stem = name[: -len(suffix)]
            if name.endswith(suffix) and len(stem) >= 2:
                forms.update((f"{stem} {suffix}", f"{stem}\u200c{suffix}"))
    if "\u0627\u0626" in name and len(name) >= 6:  # (not "حائل", whose "حال" is a word)
        # the hamza's seat written three ways: "جبرائیل", "جبرئیل", "جبرایل" (Jabrayil)
        forms.update(
            (name.replace("\u0627\u0626", "\u0626"), name.replace("\u0627\u0626", "\u0627"))
        )
    # "آ" starts a word (never inside one): a word written with it inside joins two, and
    # pages also write them apart ("خداآفرین": "خدا آفرین", "خدا‌آفرین")
    for i, word in enumerate(words):
        at = word.find("آ", 2)
        if at > 0 and len(word) - at >= 3:
            forms.update(
                " ".join([*words[:i], word[:at] + gap + word[at:], *words[i + 1 :]])
                for gap in (" ", "\u200c")
            )
    # the ezafe after a word's silent final "ه", written in: "جاده‌ی توسعه", "جادهی توسعه"
    # (the Development Road, held-out set 195; the non-joiner folds to a blank)
    for i, word in enumerate(words[:-1]):
        if word.endswith("ه") and len(word) >= 3 and len(words[i + 1]) >= 3:  # (not "قلعه سی")
            forms.update(
                " ".join([*words[:i], word + ezafe, *words[i + 1 :]]) for ezafe in ("ی", "\u200cی")
            )
    if "آذربایجان" in name:
        # Azerbaijan's name is also written in its two parts, after the non-joining ر:
        # "استان آذر بایجان شرقی" (East Azerbaijan), "جمهوری آذر بایجان"
        forms.update(name.replace("آذربایجان", f"آذر{gap}بایجان") for gap in (" ", "\u200c"))
    if words[0] in _UNIT_HEADS and len(words) > 1:
        # a province's or county's name with an adjective between its kind word and its
        # name, as a kind of the unit: "شهرستان مرزی آستارا" (the border county of
        # Astara), "استان ساحلی گیلان" (the coastal province of Gilan)
        forms.update(
            f"{words[0]} {adjective} {form[len(words[0]) + 1 :]}"
            for form in {name, *forms}
            if form.startswith(words[0] + " ")
            for adjective in _UNIT_ADJECTIVES
        )
    if name.startswith("سد "):
        forms.update(f"سد {kind} {name[3:]}" for kind in _PERSIAN_DAM_TYPES)
    elif name.startswith("کریدور ") and name.split()[1] not in _CORRIDOR_TYPES:
        forms.update(f"کریدور {kind} {name[7:]}" for kind in _CORRIDOR_TYPES)
        forms.add(f"کریدور «{name[7:]}")  # the name in quotes (geo._quotedlinks)
    if name.startswith("کریدور "):
        # the corridor word's other spelling and its Persian synonym: "کوریدور شمال جنوب",
        # "دالان زنگزور" (the passage: the word of those who avoid the loan)
        forms.update(
            f"{head} {form[7:]}"
            for form in {name, *forms}
            if form.startswith("کریدور ") and "«" not in form
            for head in _CORRIDOR_WORDS
        )
    return forms


#: The ends of compound settlement names: the town word, the "-abad" (settled place).
_COMPOUND_ENDS = ("شهر", "آباد")
#: Persian kind words written before a name ("استان", province; "شهرستان", county).
_KIND_HEADS = frozenset(
    ["استان", "شهرستان", "بخش", "دهستان", "شهر", "روستای", "سد", "کریدور", "رود"]
    + ["رودخانه", "دریای", "دریاچه", "بندر", "ایستگاه", "پل", "مرز", "پایانه", "منطقه"]
)


#: The kind words of Iran's units (province, county) and the adjectives the press writes
#: between such a word and the unit's name ("شهرستان مرزی آستارا", "استان ساحلی گیلان",
#: "شهرستان بندری آستارا"): the adjective is part of the kind, the unit keeps its sense.
_UNIT_HEADS = frozenset(["استان", "شهرستان"])
_UNIT_ADJECTIVES = ("مرزی", "ساحلی", "بندری")


#: The other words for a corridor written before its name: the loan's other spelling and
#: the Persian "دالان" (passage).
_CORRIDOR_WORDS = ("کوریدور", "دالان")


#: The words of a corridor's mode, written between "کریدور" and its name as part of the
#: kind: "کریدور ریلی شمال به جنوب" (the rail North-South corridor), "کریدور جاده‌ای ارس"
#: (the road corridor), "کریدور ترانزیتی زنگزور" (the transit corridor); and the
#: "strategic" the press writes there ("کریدور راهبردی ارس": stop 53's Persian story map,
#: where the bare "ارس" was the river).
_CORRIDOR_TYPES = ("ریلی", "جاده‌ای", "جاده ای", "ترانزیتی", "ترابری", "راهبردی", "استراتژیک")


#: Persian titles written before a person's given name ("سید عباس عراقچی", "حاج قاسم"):
#: a GeoNames village aliased "سید عباس" is read as a person in news, so such names are
#: ordinary words (geo._automaton: only a place of places.yaml or the regions keeps one).
_PERSON_TITLES = ("سید ", "حاج ", "حاجی ", "شیخ ", "میرزا ")


def person_titled(key: str) -> bool:
    """Whether a folded Persian name starts with a person's title ("سید عباس").

    >>> person_titled("سید عباس"), person_titled("سیدان")
    (True, False)
    """
    return key.startswith(_PERSON_TITLES)
