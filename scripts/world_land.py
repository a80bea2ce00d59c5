"""Peninsulas news on the corridors names as regions, for ``build_world.py``.

"The Middle Corridor crosses Anatolia to Kars", "через Анатолию": a peninsula is stored
as a macro-region of the world layer, its country's Natural Earth outline cut by a
polygon drawn by hand (**APPROXIMATE**, the cut given in each record's ``derivation``).
"""

from __future__ import annotations

#: Europe's side of the Turkish Straits (Thrace and the Gallipoli peninsula): the
#: Dardanelles' and the Bosporus' middle lines (as ``world_water.py`` draws them), joined
#: across the Sea of Marmara, and closed round the north-west.
_THRACE = [
    (25.5, 40.0),
    (26.20, 40.02),  # the Dardanelles' south-western end
    (26.40, 40.15),  # the narrows at Çanakkale
    (26.67, 40.41),  # the north-eastern end, Gelibolu / Lapseki
    (27.3, 40.7),  # across the Sea of Marmara, south of Şarköy and Tekirdağ
    (28.5, 40.85),
    (28.99, 41.01),  # the Bosporus' southern end
    (29.06, 41.085),
    (29.12, 41.22),  # its northern end
    (29.2, 41.5),
    (29.2, 42.3),
    (25.5, 42.3),
]

#: id -> (name, country, polygon cut away, aliases, source, how)
PENINSULAS = {
    "anatolia": (
        "Anatolia",
        "TR",
        _THRACE,
        [
            "Asia Minor",
            "Anadolu",
            "Анатолия",
            "Малая Азия",
            "Анатолийский полуостров",
            "Anatolien",
        ],
        "English Wikipedia 'Anatolia' ('Anatolia (Turkish: Anadolu), also known as Asia "
        "Minor, is a peninsula in West Asia that makes up the majority of the land area of "
        "Turkey', bounded by the Turkish Straits and the Sea of Marmara to the north-west); "
        "German 'Anatolien' ('bezeichnet den größten Teil der asiatischen Türkei') "
        "https://infinitelexicon.pages.dev/Anatolien; Russian 'Анатолия', 'Малая Азия', "
        "'Анатолийский полуостров' https://travel-global.ru/qa/view/kak-nazyvaetsya-"
        "turetskiy-poluostrov; Bulgarian Wikipedia 'Мала Азия' https://bg.m.wikipedia.org/"
        "wiki/Мала_Азия",
        "Turkey's Natural Earth 10m outline less Thrace and the Gallipoli peninsula (a "
        "polygon drawn by hand along the middle lines of the Dardanelles and the Bosporus, "
        "joined across the Sea of Marmara): Asian Turkey, as the word is used today; the "
        "traditional eastern limit (the Gulf of İskenderun to the Çoruh mouth) is not drawn",
    ),
}
