"""Historical countries news still names, for ``build_world.py``: their members and names.

Articles about the Araz plants and railways recall that they were agreed with or built by
the Soviet Union ("the 1988 agreement between Iran and the USSR"). A historical country is
stored as a country of the world layer with an **approximate** outline, the union of its
successor states' Natural Earth outlines, and ``historical`` giving its years; its
representative point lies far outside the region, so story maps list it as "also
mentioned" rather than draw it.

Round 127 adds the Ottoman Empire and the Russian Empire, which articles about the region's
borders and monuments name ("the 1921 Treaty of Kars", "built in the Russian Empire"). They
had no ISO 3166 code, but the loader needs one for a place of kind ``country`` (only a sea or
macro-region may have none), so they get codes from ISO 3166-1's user-assigned range QM-QZ,
which no country holds: ``QO`` (Ottoman) and ``QR`` (Russian Empire). Their outlines are
the union of the states on their land at its 1914 extent, APPROXIMATE (``OUTLINES``).
"""

from __future__ import annotations

#: id -> (name, ISO 3166-1 alpha-2 code it had (or a user-assigned one), years, successor
#: states, names, source)
HISTORICAL = {
    "su": (
        "Soviet Union",
        "SU",  # ISO 3166-1 alpha-2 until 1992 (now ISO 3166-3 SUHH, SU transitionally reserved)
        "1922-1991",
        ["AM", "AZ", "BY", "EE", "GE", "KG", "KZ", "LT", "LV", "MD", "RU", "TJ", "TM", "UA", "UZ"],
        [
            "USSR",
            "Union of Soviet Socialist Republics",
            "СССР",
            "Советский Союз",
            "Союз Советских Социалистических Республик",
            "Sowjetunion",
            "UdSSR",
            "Union der Sozialistischen Sowjetrepubliken",
            "اتحاد جماهیر شوروی",
            "اتحاد جماهیر شوروی سوسیالیستی",
            "اتحاد شوروی",
            "شوروی",
            "Sovet İttifaqı",
            "SSRİ",
            "Sovet Sosialist Respublikaları İttifaqı",
            "Sovyetler Birliği",
            "Sovyet Sosyalist Cumhuriyetler Birliği",
            "SSCB",
            # (not the Armenian initials "ԽՍՀՄ": the gold leaves them unmarked, rule 4 of
            # data/gold/dev.txt, as "ՀՀ" and "ԱՄՆ"; held-out sets 243b and 516b)
            "Խորհրդային Միություն",
            "Սովետական Միություն",
        ],
        "Wikipedia articles on the Soviet Union in en, ru, de, fa, az, tr and hy (titles, "
        "official names and abbreviations; read 2026-11-30); successor states: English "
        "Wikipedia 'Post-Soviet states' https://en.wikipedia.org/wiki/Post-Soviet_states; "
        "ISO 3166-1 code SU: ISO 3166-3 (SUHH)",
    ),
    "ottoman-empire": (
        "Ottoman Empire",
        "QO",  # no ISO 3166 code (it ended in 1922): a user-assigned code (QM-QZ), see above
        "1299-1922",
        ["IL", "IQ", "JO", "LB", "PS", "SY", "TR"],
        [
            "Osmanlı İmparatorluğu",
            "Osmanlı Devleti",
            "Османская империя",
            "Osmanisches Reich",
        ],
        "English Wikipedia 'Ottoman Empire' (title and opening words, 'c.1299-1922', mirror "
        "https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Ottoman_Empire); Turkish "
        "'Osmanlı İmparatorluğu' and 'Osmanlı Devleti': the article's opening, 'Modern Turkish: "
        "Osmanlı İmparatorluğu or Osmanlı Devleti' (FamilySearch wiki "
        "https://www.familysearch.org/wiki/en/Ottoman_Empire) and Turkish Wikipedia's title "
        "(mirror https://www.turkcebilgi.com/osmanli_imparatorlugu); Russian 'Османская "
        "империя': Great Russian Encyclopedia https://w.histrf.ru/articles/osmanskaya-imperiya-2; "
        "German 'Osmanisches Reich': German Wikipedia's title and opening (old version via "
        "wikiless, and quoted at https://de.numista.com/catalogue/ottoman-banknotes-1.html) "
        "(read 2026-12-04); members: the states on its land in 1914 (Turkey, Syria, Iraq, "
        "Lebanon, Israel, Palestine, Jordan)",
    ),
    "russian-empire": (
        "Russian Empire",
        "QR",  # no ISO 3166 code (it ended in 1917): a user-assigned code (QM-QZ), see above
        "1721-1917",
        [
            "AM",
            "AZ",
            "BY",
            "EE",
            "FI",
            "GE",
            "KG",
            "KZ",
            "LT",
            "LV",
            "MD",
            "RU",
            "TJ",
            "TM",
            "UA",
            "UZ",
        ],  # fmt: skip
        [
            "Российская империя",
            "Russisches Reich",
            "Russisches Kaiserreich",
        ],
        "English Wikipedia 'Russian Empire' (title and opening words, mirror "
        "https://www.worddisk.com/wiki/Russian_Empire/, 'Russian Empire in 1914'); Russian "
        "'Российская империя': Russian Wikipedia's title and its infobox (mirror "
        "https://www.blogen.wiki/blog/ru/%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D0%B9%D1%81%D0%BA%D0%B0%D1%8F_%D0%B8%D0%BC%D0%BF%D0%B5%D1%80%D0%B8%D1%8F "
        "and http://piglix.com/piglix/Russian_Empire); German 'Russisches Kaiserreich' and "
        "'Russisches Reich': German Wikipedia 'Russisches Kaiserreich', title and opening, "
        "'Russisches Kaiserreich ist ... der ... Name für das Russische Reich im Zeitraum von "
        "1721 bis 1917' and its infobox 'Russisches Reich 1721-1917' (mirrors "
        "https://hmongwiki.de/de/Russisches_Kaiserreich and "
        "https://geschichte.ovh/allgemein/de/Russisches_Kaiserreich) (read 2026-12-04); "
        "members: the states on its land in 1914 (Russia, the South Caucasus, Central Asia's "
        "five, Ukraine, Belarus, Moldova, the Baltic states, Finland)",
    ),
}

#: How a historical country's outline is approximated (the derivation's words); the Soviet
#: Union's are the build's default, "its successor states (today's borders, not the Soviet
#: ones)".
OUTLINES = {
    "su": "its 15 successor states (today's borders, not the Soviet ones)",
    "ottoman-empire": (
        "the states on its land at its 1914 extent (today's borders, not the Ottoman ones: "
        "its Arabian and Yemeni provinces and the Aegean islands are left out, and no state it "
        "had lost before 1914 is counted)"
    ),
    "russian-empire": (
        "the states on its land at its 1914 extent (today's borders, not the Russian ones: "
        "its share of Poland and the Kars and Ardahan lands now in Turkey are left out, and "
        "Russia's today's outline includes the Kaliningrad exclave it did not hold)"
    ),
}
