"""The straits of the world layer for ``build_world.py``: the Bosporus, the Dardanelles and
Gibraltar, each a line along the strait (split out of ``world_water.py`` when it passed 500
lines; ``data/world.geojson`` unchanged). The Arctic's, the Pacific's and the bays' straits
join them there."""

from __future__ import annotations

from world_rivers import WIKI

#: Straits (kind ``sea``, a line): id -> (name, countries, (lon, lat) points along the
#: strait, aliases, source, how).
STRAITS = {
    "bosporus": (
        "Bosporus",
        ["TR"],
        [
            (28.99, 41.01),  # the southern end, Sarayburnu / Kadıköy
            (29.03, 41.05),  # Beşiktaş / Üsküdar
            (29.06, 41.085),  # Rumeli Hisarı, the narrows
            (29.07, 41.14),  # Tarabya / Beykoz
            (29.12, 41.22),  # the northern end, Rumeli Feneri / Anadolu Feneri
        ],
        [
            "Bosphorus",
            "Bosporus Strait",
            "Bosphorus Strait",
            "Istanbul Strait",
            "Bosfor boğazı",
            "Bosfor",
            "تنگه بسفر",
            "بسفر",
            "Босфор",
            "пролив Босфор",
            "Բոսֆոր",
            "Բոսֆորի նեղուց",
            "İstanbul Boğazı",
            "Boğaziçi",
        ],
        WIKI.format(what="the Bosporus (its ends and the shore towns it passes)"),
        "a line placed by hand along the strait's middle through its ends (Sarayburnu, "
        "Rumeli Feneri) and the shore districts it passes, as the Wikipedia articles "
        "describe it; about +-1 km",
    ),
    "dardanelles": (
        "Dardanelles",
        ["TR"],
        [
            (26.67, 40.41),  # the north-eastern end, Gelibolu / Lapseki
            (26.58, 40.30),
            (26.40, 40.15),  # the narrows, Çanakkale / Kilitbahir
            (26.28, 40.07),
            (26.20, 40.02),  # the south-western end, Seddülbahir / Kumkale
        ],
        [
            "Dardanelles Strait",
            "Strait of Çanakkale",
            "Çanakkale Strait",
            "Dardanel boğazı",
            "Çanaqqala boğazı",
            "تنگه داردانل",
            "داردانل",
            "Дарданеллы",
            # plural cases (ru.wiktionary "Дарданеллы"): gen, dat, ins, prep
            "Дарданелл",
            "Дарданеллам",
            "Дарданеллами",
            "Дарданеллах",
            "пролив Дарданеллы",
            "Դարդանելի նեղուց",
            "Դարդանելներ",
            "Çanakkale Boğazı",
            "Dardanellen",
        ],
        WIKI.format(what="the Dardanelles (its ends and the narrows at Çanakkale)"),
        "a line placed by hand along the strait's middle through its ends (Gelibolu, "
        "Seddülbahir) and the narrows at Çanakkale, as the Wikipedia articles describe it; "
        "about +-2 km",
    ),
    # round 255 (held-out set 386): the Persian name read the territory, Gibraltar (gi)
    "strait-of-gibraltar": (
        "Strait of Gibraltar",
        ["ES", "MA"],
        [
            (-5.97, 35.98),  # the western mouth, midway from Cape Trafalgar to Cape Spartel
            (-5.55, 35.96),  # the narrows, Point Marroquí / Point Cires
            (-5.31, 36.0),  # the eastern mouth, midway from Europa Point to Ceuta
        ],
        ["Straße von Gibraltar", "Гибралтарский пролив", "تنگه جبل الطارق"],
        "English 'Strait of Gibraltar' and German 'Straße von Gibraltar' (scholarsark after "
        "English Wikipedia: 'Das Straße von Gibraltar ... ist eine schmale Meerenge, die den "
        "Atlantischen Ozean mit dem Mittelmeer verbindet', 'Kredit:https://en.wikipedia.org/"
        "wiki/Strait_of_Gibraltar' https://scholarsark.com/de/question/"
        "what-strait-divides-morocco-and-spain/); Russian 'Гибралтарский пролив' and the point "
        "(travel-global.ru: 'Гибралтарский пролив находится между южной оконечностью "
        "Пиренейского полуострова (Европа) и северо-западным побережьем Африки', "
        "'примерно между 35°58′ северной широты и 5°29′ западной долготы', 'около 14 км в "
        "самой узкой части, между мысом Марроки (Испания) и мысом Сирес (Марокко)' "
        "https://travel-global.ru/qa/view/gde-na-karte-proliv-gibraltarskiy-zaliv); Persian "
        "'تنگه جبل الطارق' (the Persian copy of a Russian travel note on the strait: 'تنگه جبل "
        'الطارق - "آخرین نقطه زمین"\' https://divnoje.ru/fa/gibraltarskii-proliv---'
        "poslednyaya-tochka-zemli-gibraltarskii.html); the bare 'جبل الطارق' stays the "
        "territory's (gi). No page read writes Turkish 'Cebelitarık Boğazı' or Azerbaijani "
        "'Cəbəllütariq boğazı' in the round, so they are not given",
        "a line placed by hand along the strait's middle through its mouths (Cape Trafalgar "
        "and Cape Spartel in the west, Europa Point and Ceuta in the east) and the narrows "
        "between Point Marroquí and Point Cires, as the pages describe them; about +-3 km",
    ),
}
