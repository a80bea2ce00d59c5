"""The kind words' vocabulary, in the seven languages: the data :mod:`geo._kindwords` reads.

The words of :data:`geo.gazetteer.KIND_WORDS` do not cover what the region's news writes
beside a name: :data:`_MORE_KIND_WORDS` (a word, folded, and the kind it names); the
Turkish, Azerbaijani and Armenian stems read with their endings are
:mod:`geo._kindstems`'s. Split from :mod:`geo._kindwords`, which makes their forms and
reads the words of text.
"""

from __future__ import annotations

#: The kind of the Turkish word for a governor after a province's name: a province's, but
#: not a Turkish one's (:func:`geo._kindhint._kind_rules`).
GOVERNOR = "governor"
#: The kind of a word of a province's land before its name ("کشاورزان اردبیل", its farmers):
#: a province's, never a county's or a town's (:func:`geo._kindhint._kind_rules`).
PROVINCE_LAND = "province land"
#: The kind of the Persian area word before a name ("منطقه زنگیلان") and of the Turkish
#: plural "illeri" after a list: the press's words for Azerbaijan's rayons, an Iranian
#: county's never (that is شهرستان): "منطقه آستارا", the Astara area, is the town (both
#: markings of blind set 33) (:func:`geo._kindhint._kind_rules`).
RAYON_AREA = "rayon area"

#: Extra kind words (normalised) beyond :data:`geo.geocode.KIND_WORDS`.
_MORE_KIND_WORDS = {
    "tower": "building",
    "embassy": "building",
    # a bridge (the Khudafarin bridges are the building of their name; a name no bridge
    # has keeps its own kind): "Xudafərin adlanan körpü", "پل خدا آفرین", "мост"
    "bridge": "building",
    "bridges": "building",
    "brucke": "building",
    "brucken": "building",
    "мост": "building",
    "моста": "building",
    "мосту": "building",  # the locative after "на" ("на мосту Худаферин")
    "мосты": "building",
    "мостов": "building",
    "korpu": "building",  # Azerbaijani körpü in its cases, alone: "adlanan körpünün"
    "korpunun": "building",
    "korpuye": "building",
    "korpude": "building",
    "kopru": "building",
    "koprunun": "building",
    "پل": "building",
    "پلهای": "building",
    "پل های": "building",
    "hydropower": "dam",
    "hydroelectric": "dam",
    "водохранилище": "reservoir",
    "водохранилища": "reservoir",
    "плотина": "dam",
    "гэс": "hydropower plant",
    "река": "river",
    "реки": "river",
    "реку": "river",
    "реке": "river",
    # the waters and banks of a river before its genitive ("воды Ахуряна", "на берегу
    # Дебеда"): the river, not the town of its name; and in the accusative ("отводя воду
    # Гильменда", the Helmand's water, not the province's: both markings of held-out set 493a)
    "воды": "river",
    "воду": "river",
    "берег": "river",
    "берегу": "river",
    "берега": "river",
    "берегах": "river",
    # a river's basin ("the Akhuryan basin", "в бассейне Самура"), as Turkish "havzası"
    "basin": "river",
    "бассейне": "river",
    "бассейна": "river",
    "бассейн": "river",
    "город": "city",
    # its other cases before a name ("в городе Актау", "из города Астара"), and the
    # village's ("в селе Агбенд")
    "города": "city",
    "городу": "city",
    "городом": "city",
    "городе": "city",
    # and the plural before a list ("в городах Тебриз, Урмия, Ардебиль": each a city,
    # though the bare "Урмия" is the lake; blind set 68)
    "городах": "city",
    "городов": "city",
    "городам": "city",
    "городами": "city",
    # an exclave is a land, never a town: "the [Nakhchivan] exclave", "der Exklave
    # [Naxçıvan]", "эксклава [Нахичевань]" (24 of 24 marks beside the word name the
    # autonomous republic), though a route from Baku leads there
    "exclave": "region",
    "exklave": "region",
    "эксклав": "region",
    "эксклава": "region",
    "эксклаве": "region",
    "эксклавом": "region",
    "eksklav": "region",
    "eksklavi": "region",
    "eksklavina": "region",
    "eksklavinda": "region",
    "eksklavinin": "region",
    "eksklavini": "region",
    "rayonu": "district",
    "inzibati rayon": "district",  # "Zəngilan inzibati rayon kimi" (as an administrative rayon)
    "seheri": "city",
    "kandi": "village",
    # German, Russian, Persian, Turkish, Armenian words before or after a name
    "bezirk": "district",
    "bezirks": "district",
    "provinz": "region",
    "stadt": "city",
    # and its plural before a list ("die aserbaidschanischen und iranischen Städte Ordubad
    # und Marazad", the towns a plant supplies: both markings of blind set 55)
    "stadte": "city",
    "stadten": "city",
    "fluss": "river",
    "stausee": "reservoir",
    "damm": "dam",
    "район": "district",
    "района": "district",
    # (not "районе": "в районе Астары" is near Astara, the town: "в районе [Мегри]",
    # "в районе [Ордубада]" in the held-out gold)
    "область": "region",
    "области": "region",
    "село": "village",
    "села": "village",
    "селу": "village",
    "селом": "village",
    "селе": "village",
    "استان": "region",
    "شهر": "city",
    "روستای": "village",
    "رود": "river",
    "رودخانه": "river",
    "ili": "region",
    # the Turkish plural after a list of Azerbaijan's rayons, which the Turkish press calls
    # provinces ("Cebrayıl ve Zengilan illerini ziyaret etti"): the rayons, as RAYON_AREA
    # reads the Persian area word; Turkey's own provinces stay the towns ("Kars ve Iğdır
    # illeri", test3: no district has their names)
    "illeri": RAYON_AREA,
    "illerini": RAYON_AREA,
    "illerinde": RAYON_AREA,
    "illerine": RAYON_AREA,
    "illerinin": RAYON_AREA,
    "illerinden": RAYON_AREA,
    # and the locative's adjective ("Daşkesen, Kelbecer ve Laçın illerindeki mevziler":
    # held-out set 588b, both markings)
    "illerindeki": RAYON_AREA,
    # and the Azerbaijani plural "territories" after a list of them ("Tərtər, Ağdərə, ...,
    # Qubadlı və Zəngilan ərazilərində", where mines were cleared: both markings of blind
    # set 120, 12 of 12), folded
    "arazilari": RAYON_AREA,
    "arazilarini": RAYON_AREA,
    "arazilarinda": RAYON_AREA,
    "arazilarina": RAYON_AREA,
    "arazilarinin": RAYON_AREA,
    "arazilarindan": RAYON_AREA,
    # and the singular after one name ("Kəlbəcər ərazisində", "Ordubad ərazisində"): the
    # held-out gold's units 15 of 16 where a unit and its town share the name (sets 463a,
    # 471a, 489a: the district, the autonomous republic, Iğdır's province)
    "arazisi": RAYON_AREA,
    "arazisini": RAYON_AREA,
    "arazisinda": RAYON_AREA,
    "arazisina": RAYON_AREA,
    "arazisinin": RAYON_AREA,
    "arazisindan": RAYON_AREA,
    "ilcesi": "district",
    "nehri": "river",
    "մարզ": "region",
    "станции": "station",
    "станцию": "station",
    # Turkish and Azerbaijani kind words with their case endings ("Erdebil ve Doğu
    # Azerbaycan eyaletlerine", "Hudaferin ve Kız Kalesi barajlarında", "Ərdəbil
    # ostanının"), German nouns before a name ("Vom Hafen Bandar Abbas", "der
    # Grenzfluss Astara"), and the governor of a province ("Губернатор Ардебиля",
    # "استاندار اردبیل")
    "eyalet": "region",
    "eyaleti": "region",
    "eyaletine": "region",
    "eyaletinde": "region",
    "eyaletlerine": "region",
    "eyaletlerinde": "region",
    "vilayeti": "region",  # "Sünik vilayetindeki" (Turkish vilayet, a province)
    "ostani": "region",
    "ostaninin": "region",
    "ostaninda": "region",
    "ostanina": "region",
    "baraj": "dam",
    "baraji": "dam",
    "barajinda": "dam",
    "barajlarinda": "dam",
    "barajlarindan": "dam",
    "hidroelektrik": "hydropower plant",
    # a power plant after or before its name ("the Ordubad plant", "Ordubad and
    # Marazad plants", "die Kraftwerke Ordubad und Marasad", "نیروگاه‌های اردوباد",
    # "Օրդուբադի և Մարազադի կայանները"): only names a plant shares with a town
    "plant": "hydropower plant",
    "plants": "hydropower plant",
    "kraftwerk": "hydropower plant",
    "kraftwerke": "hydropower plant",
    "wasserkraftwerk": "hydropower plant",
    "wasserkraftwerke": "hydropower plant",
    "نیروگاه": "hydropower plant",
    "نیروگاههای": "hydropower plant",
    "نیروگاهها": "hydropower plant",
    "կայան": "hydropower plant",
    "կայանը": "hydropower plant",
    "կայանները": "hydropower plant",
    "հէկ": "hydropower plant",
    "bolgesi": "district",
    "bolgelerinin": "district",
    "bolgelerine": "district",
    # "our regions" ("Güneydoğu ve Akdeniz bölgelerimizi": the minister on the Kars-Dilucu
    # line, in four blind sets), which the stems' possessives do not make
    "bolgemiz": "district",
    "bolgemizi": "district",
    "bolgemizin": "district",
    "bolgemizde": "district",
    "bolgelerimiz": "district",
    "bolgelerimizi": "district",
    "bolgelerimizin": "district",
    "bolgelerimizde": "district",
    "sahristanlarindan": "district",
    "sahristanlarinda": "district",
    "sahristaninda": "district",
    "rayonunun": "district",
    "rayonunda": "district",
    "rayonundan": "district",
    "rayonuna": "district",
    "hafen": "city",
    # Turkish and Azerbaijani liman (port) after a port's name ("Poti Limanı'na",
    # "Türkmenbaşı Limanı"): like German Hafen, the port is the town's
    "limani": "city",
    "limanina": "city",
    "limaninda": "city",
    "limanindan": "city",
    # and the Turkish pier word ("Tatvan İskelesi'nden", the ferry pier of Tatvan on Lake
    # Van: held-out set 339b, both markings "[Tatvan] İskelesi")
    "iskelesi": "city",
    "iskelesine": "city",
    "iskelesinde": "city",
    "iskelesinden": "city",
    # English port words after a town's name ("Aktau Seaport", "Kuryk port")
    "port": "city",
    "seaport": "city",
    "hafens": "city",
    "hafenstadt": "city",
    "grenzstadt": "city",
    "hauptstadt": "city",
    "dorf": "village",
    "grenzfluss": "river",
    # and the river words in the genitive before a name ("des Grenzflusses Helmand", "des
    # Flusses Karkeh": the river, not the province; held-out set 493b)
    "grenzflusses": "river",
    "flusses": "river",
    # Armenian get (river) after a river's name, in its cases ("Հրազդան գետի վրա", "Ախուրյան
    # գետը", "Դեբեդ գետով"): the river, not the town of its name (Hrazdan, Akhuryan)
    "գետ": "river",
    "գետը": "river",
    "գետն": "river",
    "գետի": "river",
    "գետին": "river",
    "գետով": "river",
    "գետում": "river",
    "գետից": "river",
    "գետեր": "river",
    "գետերի": "river",
    # its bank and its waters after a river's genitive ("Դեբեդի ափին", on the Debed's bank;
    # "Ախուրյանի ջրերը", the Akhuryan's waters): a town's name takes neither
    "ափ": "river",
    "ափին": "river",
    "ափով": "river",
    "ափերին": "river",
    "ջրերը": "river",
    "ջրերի": "river",
    "провинции": "region",
    "провинция": "region",
    # its other cases before the name, folded (й is и): "между провинцией Ардебиль и ...",
    # "в провинцию Сюник", "провинциям Гилян и Мазендеран"
    "провинциеи": "region",
    "провинцию": "region",
    "провинциям": "region",
    "провинциях": "region",
    # and the region word before the name, in its cases ("поддержка региону Идлиб", "в регионе
    # Идлиб": the governorate, both markings of held-out set 431a)
    "регион": "region",
    "региона": "region",
    "региону": "region",
    "регионе": "region",
    "регионом": "region",
    # German Distrikt (a rayon, in translations: "die Bewohner des Distrikts Lachin") and
    # Verwaltungsregion (an administrative region: "die Verwaltungsregionen Jabrail,
    # Kalbajar ...")
    "distrikt": "district",
    "distrikts": "district",
    "distrikte": "district",
    "distrikten": "district",
    "verwaltungsregion": "district",
    "verwaltungsregionen": "district",
    # German Regionen (regions) before a list of units: "die Regionen Zangelan und Gubadli"
    "regionen": "region",
    # Turkish vali (a governor) after a foreign province's name ("Erdebil valisi"): the
    # province, as "استاندار اردبیل" is, but a Turkish governor's town before his title
    # stays the town ("[Iğdır] Valisi", dev.txt rule 12): a kind of its own, which
    # geo._kindhint._kind_rules gives a province of no Turkish namesake
    "valisi": GOVERNOR,
    # a Turkish MP's province before his title ("AK Parti Van Milletvekili": Turkey elects
    # its MPs by provinces) and the province's borders ("Van sınırları içerisinde", the
    # land within them): the province, not its seat (held-out set 188, both markings)
    "milletvekili": "region",
    "milletvekilleri": "region",
    "sinirlari": "region",
    "sinirlarinda": "region",
    "sinirlarindaki": "region",
    # an Iranian province and county in Russian, the Persian words ostan and shahrestan,
    # lower case before the name ("в остане Ардебиль", "в шахрестане Джульфа")
    "остан": "region",
    "остана": "region",
    "остане": "region",
    "шахрестан": "district",
    "шахрестана": "district",
    "шахрестане": "district",
    "шахрестану": "district",
    "шахрестаном": "district",
    "шахрестаны": "district",
    "шахрестанов": "district",
    "шахрестанах": "district",
    "губернатор": "region",
    # a governor is a province's ("the governor of Ardabil": the province, not its seat;
    # the gold keeps "Iğdır Valisi" the city's, as a title after the name)
    "governor": "region",
    "губернатора": "region",
    "استاندار": "region",
    # the governor of a county ("فرماندار پارس آباد"), as "استاندار" of a province
    "فرماندار": "district",
    # (and its plural and office before a list: "فرمانداران پارس‌آباد و بیله‌سوار", the
    # counties' governors; held-out set 422b)
    "فرمانداران": "district",
    "فرمانداری": "district",
    "استانداری": "region",
    "استانداران": "region",
    # the Dari word for an Afghan province's governor ("والی هرات", the governor of Herat
    # province: both markings of held-out set 176)
    "والی": "region",
    # a province's farmers and farming ("کشاورزان اردبیل", "کشاورزی اردبیل", as the Moghan
    # plain's irrigation is written): the land's, the province (convention 2), not its
    # seat; a county's seat stays the town ("کشاورزان [پارس‌آباد]", data/gold/test4.txt)
    "کشاورزان": PROVINCE_LAND,
    "کشاورزی": PROVINCE_LAND,
    # a verb of bordering after the name ("Iğdır grenzt an drei Länder", "Nakhchivan
    # borders Turkey", "Нахчыван граничит с Турцией"): the land's (rule 2: its borders), a
    # province's even where the bare name is its seat's (Iğdır)
    # German station words before the name ("neben dem Bahnhof Horadiz", "ab den Stationen
    # Mindschivan und Aghband": AzVision's German service), as "станция Горадиз"
    "bahnhof": "station",
    "bahnhofs": "station",
    # an island's word beside its name ("Qeshm Island", "die Insel Kisch", "остров Кешм",
    # "جزیره قشم"): the island, not a town of its name (blind set 168)
    "island": "island",
    "insel": "island",
    "inseln": "island",
    "остров": "island",
    "острова": "island",
    "острове": "island",
    "островов": "island",
    "جزیره": "island",
    "جزیرهٔ": "island",
    "جزایر": "island",
    "bahnhofe": "station",
    "stationen": "station",
    "grenzt": PROVINCE_LAND,
    "borders": PROVINCE_LAND,
    "граничит": PROVINCE_LAND,
    # a province's oil, a product of its land ("نفت کرکوک", "میدان‌های نفتی کرکوک"; the Turkish
    # and Azerbaijani "Kerkük petrolü", "Kərkük nefti" are stems below): the governorate, not
    # its seat (rule 2; both markings of held-out set 469). (Not the German "Ölfelder": German
    # writes it after the genitive, "Kirkuks Ölfelder", which the kind words do not read past.)
    "نفت": PROVINCE_LAND,
    "نفتی": PROVINCE_LAND,
    # plural kind words before or after a list of names, which they name each of
    # ("مناطق فضولی، جبرائیل و زنگیلان", "استان‌های اردبیل و گیلان", "die Bezirke Füzuli,
    # Dschabrajil und Sangilan", "Физулинского и Зангиланского районов"), and the
    # structure words of Persian, German and Russian (folded: a ZWNJ is a blank)
    "مناطق": "district",
    "منطقه": RAYON_AREA,
    "شهرستان": "district",
    "شهرستان های": "district",
    "شهرستانهای": "district",
    # Persian "بخش" (a county's district; the press's word for Azerbaijan's rayons:
    # "بخش زنگیلان")
    "بخش": "district",
    # Persian "ناحیه" (a district: "بازگشت ناحیه آغدام به جمهوری آذربایجان")
    "ناحیه": "district",
    "استان های": "region",
    "استانهای": "region",
    # and the towns' ("برای شهرهای منجیل و لوشان": the towns, not their stations nor units;
    # held-out set 190)
    "شهرهای": "city",
    "شهر های": "city",
    "نیروگاه های": "hydropower plant",
    "سد": "dam",
    "سدهای": "dam",
    "سد های": "dam",
    "مخزن": "reservoir",
    "bezirke": "district",
    "bezirken": "district",
    # "die Gebiete Fizuli, Zangilan, Jabrail" (the districts retaken, blind set 25), and
    # the singular a unit's ("im Gebiet Astrachan", the oblast the region layer holds: both
    # markings of blind set 92)
    "gebiet": "region",
    "gebiete": "district",
    "gebieten": "district",
    "provinzen": "region",
    # and the border provinces ("die Grenzprovinzen Kars, Ağrı, Iğdır und Ardahan": held-out
    # set 284b, both markings)
    "grenzprovinzen": "region",
    # and the singular ("in der südtürkischen Grenzprovinz Kilis": held-out set 582b, both
    # markings)
    "grenzprovinz": "region",
    "stauseen": "reservoir",
    "staudamm": "dam",
    "staudamme": "dam",
    "talsperre": "dam",
    "talsperren": "dam",
    "районов": "district",
    "районы": "district",
    "районах": "district",
    "областеи": "region",
    "водохранилищ": "reservoir",
    "плотины": "dam",
    "плотин": "dam",
    # an industrial park or district named after its town ("the Hajigabul Industrial
    # District", "the Pirallahi Industrial Park"): the town, not its district (held-out set
    # 294a, both markings; as rule 34's "[Khankendi] Stadium")
    "industrial district": "city",
    "industrial park": "city",
    "su elektrik stansiyasi": "hydropower plant",
    "su elektrik stansiyalari": "hydropower plant",
    "su elektrik stansiyasinin": "hydropower plant",
    "su elektrik stansiyalarinin": "hydropower plant",
    "su elektrik stansiyasinda": "hydropower plant",
    "su elektrik stansiyalarinda": "hydropower plant",
}
