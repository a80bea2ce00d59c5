"""The far rivers of ``world_rivers_banks.py``: Central Asia, Russia, Europe, Mesopotamia.

Same format and method as ``world_rivers_banks.RIVERS`` (lines through the GeoNames points
of the towns on their banks, APPROXIMATE); split out so that no module passes 500 lines.
"""

from __future__ import annotations

#: id -> (English name, country, prominence, seat or None, stops, aliases, sources).
FAR_RIVERS = {
    "amu-darya": (
        "Amu Darya",
        "UZ",
        8,
        None,
        [1215957, 1219002, 1219649, 601294, 601299],
        [
            "Amudarya",
            "Amu Darya River",
            "Amudərya",
            "Amu Derya",
            "آمودریا",
            "Амударья",
            "Ամուդարյա",
            "Amudarja",
        ],
        "Amu Darya (Termez, Kerki, Türkmenabat, Nukus, Muynak)",
    ),
    "syr-darya": (
        "Syr Darya",
        "KZ",
        8,
        None,
        [1514879, 1524889, 1519922, 1521368],
        [
            "Syrdarya",
            "Syr Darya River",
            "Sirdərya",
            "Siriderya",
            "سیردریا",
            "Сырдарья",
            "Սիրդարյա",
            "Syrdarja",
        ],
        "Syr Darya (Khujand, Shardara, Kyzylorda, Baikonur)",
    ),
    "ural-river": (
        "Ural River",
        "KZ",
        6,
        None,
        [532288, 514734, 515003, 608668, 610529],
        ["Ural çayı", "Ural Nehri", "Zhaiyq", "Жайык"],
        "Ural (river) (Magnitogorsk, Orsk, Orenburg, Oral, Atyrau)",
    ),
    "don-river": (
        "Don River",
        "RU",
        6,
        None,
        [534838, 512053, 554397, 480876, 501175, 580054],
        ["Don çayı", "Don Nehri", "Дон", "Դոն", "رود دن"],
        "Don (river) (Liski, Pavlovsk, Kalach-na-Donu, Tsimlyansk, Rostov-on-Don, Azov)",
    ),
    "dnieper-river": (
        "Dnieper",
        "UA",
        8,
        None,
        [491687, 625665, 703448, 704147, 709930, 687700, 706448],
        ["Dnieper River", "Dnepr", "Dnjepr", "Днепр", "Дніпро", "Dinyeper", "Դնեպր", "دنیپر"],
        "Dnieper (Smolensk, Mogilev, Kyiv, Kremenchuk, Dnipro, Zaporizhzhia, Kherson)",
    ),
    "danube-river": (
        "Danube",
        "RO",
        8,
        None,
        [2820256, 2849483, 2761369, 3060972, 3054643, 3194360, 792680, 727523, 677697, 707308],
        ["Danube River", "Donau", "Дунай", "Dunay", "Tuna Nehri", "Դանուբ", "دانوب"],
        "Danube (Ulm to Izmail)",
    ),
    "tigris-river": (
        "Tigris",
        "IQ",
        8,
        None,
        [316541, 318253, 99072, 90150, 98182, 99131, 99608],
        ["Tigris River", "Dicle", "Dicle Nehri", "Dəclə", "دجله", "Տիգրիս"],
        "Tigris (Diyarbakır, Cizre, Mosul, Tikrit, Baghdad, Kut, Amarah)",
    ),
    "euphrates-river": (
        "Euphrates",
        "IQ",
        8,
        None,
        [308389, 321062, 172955, 170794, 95788, 98717, 99454, 98530, 98854],
        ["Euphrates River", "Fırat Nehri", "Fərat", "فرات", "Евфрат", "Եփրատ", "Euphrat"],
        "Euphrates (Keban, Birecik, Raqqa, Deir ez-Zor, Hit, Ramadi, Fallujah, Samawah, "
        "Nasiriyah)",
    ),
    "kizilirmak": (
        "Kızılırmak",
        "TR",
        6,
        None,
        [300619, 322965, 307654, 751335],
        ["Kizilirmak", "Kızılırmak Nehri", "Qızılırmaq", "Кызылырмак", "Halys"],
        "Kızılırmak (Sivas, Avanos, Kırıkkale, Bafra)",
    ),
    "great-zab": (
        "Great Zab",
        "IQ",
        6,
        None,
        [318137, 317953],
        ["Büyük Zap", "Zap Suyu", "Upper Zab", "زاب بزرگ", "Большой Заб", "Großer Zab"],
        "Great Zab (its Turkish course by Hakkâri and Çukurca; the Iraqi course to the "
        "Tigris not drawn)",
    ),
}
