"""Historical countries news still names, for ``build_world.py``: their members and names.

Articles about the Araz plants and railways recall that they were agreed with or built by
the Soviet Union ("the 1988 agreement between Iran and the USSR"). A historical country is
stored as a country of the world layer with an **approximate** outline, the union of its
successor states' Natural Earth outlines, and ``historical`` giving its years; its
representative point lies far outside the region, so story maps list it as "also
mentioned" rather than draw it.
"""

from __future__ import annotations

#: id -> (name, ISO 3166-1 alpha-2 code it had, years, successor states, names, source)
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
            "ԽՍՀՄ",
            "Խորհրդային Միություն",
            "Սովետական Միություն",
        ],
        "Wikipedia articles on the Soviet Union in en, ru, de, fa, az, tr and hy (titles, "
        "official names and abbreviations; read 2026-11-30); successor states: English "
        "Wikipedia 'Post-Soviet states' https://en.wikipedia.org/wiki/Post-Soviet_states; "
        "ISO 3166-1 code SU: ISO 3166-3 (SUHH)",
    ),
}
