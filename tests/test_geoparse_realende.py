"""geoparse() on what real English and German articles write (issue 10).

One test per class of failure a scratch set of real English and German agency and
newspaper excerpts showed (the excerpts are not in the repository; the sentences here
are this project's own): English kind words after a name, the spellings of the press,
the corridors' bare direction names in a list, a joint commission's name, and the
country after a German name.
"""

from tests.parsing import found as _found


def test_english_kind_words_after_a_name_are_the_mentions():
    text = "Lorries queue at the new bridge over the Astarachay River every morning."
    assert _found(text) == [("Astarachay River", "astarachay")]
    text = "The road will link the East Zangazur Economic Region with Nakhchivan."
    assert _found(text)[0] == ("East Zangazur Economic Region", "east-zangezur")
    # a bare region word is a descriptor, outside the mention (convention 1)
    assert _found("Officials from East Zangezur Region met.") == [
        ("East Zangezur", "east-zangezur")
    ]
    text = "Both presidents opened the Giz Galasi hydroelectric complex and the dams at Khudaferin hydropower junction."
    # the complex is a descriptor outside the name, as the gold marks it (8 of 8), and so is
    # a lower-case junction word (held-out set 134, both markings; stop 58)
    assert _found(text) == [
        ("Giz Galasi", "giz-galasi-dam"),
        ("Khudaferin", "khudafarin-dam"),
    ]
    # German: the river word joined by a hyphen
    assert _found("Eine zweite Brücke führt über den Astara-Fluss.") == [
        ("Astara-Fluss", "astarachay")
    ]
    # not "city": the gold marks the city's name alone ("Nakhichevan city")
    assert _found("Trucks rolled into Nakhichevan city on Monday.") == [
        ("Nakhichevan", "nakhchivan")
    ]


def test_the_press_spellings_of_the_bridge_and_the_stations():
    assert _found("The Aghband-Kelaleh bridge is almost ready.") == [
        ("Aghband-Kelaleh bridge", "aghband-kalaleh-bridge")
    ]
    assert _found("The road bridge from Agbend to Kalale is 374 metres long.") == [
        ("Agbend", "aghband"),
        ("Kalale", "kalaleh"),
    ]
    text = "Platforms are ready at Yukhari Marjanli, Shukurbayli, Gumlagh and Mindjivan stations."
    assert _found(text) == [
        ("Yukhari Marjanli", "marjanli-station"),
        ("Shukurbayli", "mahmudlu-station"),
        ("Gumlagh", "gumlag-station"),
        ("Mindjivan", "minjivan-station"),
    ]
    assert _found("Die Brücke über den Astaratschay ist fertig.") == [
        ("Astaratschay", "astarachay")
    ]
    assert _found("Die Strecke Kasvin-Rescht wurde eingeweiht.") == [
        ("Kasvin-Rescht", "qazvin-rasht-railway")
    ]


def test_the_corridors_bare_direction_names_in_a_list():
    text = "The bridge will serve both the East-West and North-South international corridors."
    assert _found(text) == [("East-West", "east-west-corridor"), ("North-South", "nstc")]
    text = "It becomes a branch of the North-South and West-East corridors."
    assert _found(text) == [("North-South", "nstc"), ("West-East", "east-west-corridor")]
    # the longer name stays one mention
    assert _found("The North-South International Transport Corridor grows.") == [
        ("North-South International Transport Corridor", "nstc")
    ]
    assert _found('Die Strecke gehört zum Transportkorridor "Nord-Süd".') == [("Nord-Süd", "nstc")]
    text = "Delegationen besuchten Anlagen des Internationalen Nord-Süd-Verkehrskorridors."
    assert [t for _, t in _found(text)] == ["nstc"]


def test_names_inside_a_joint_commissions_name_are_not_mentions():
    text = "The Iran-Azerbaijan Joint Economic Commission met in Baku."
    assert _found(text) == [("Baku", "baku")]
    text = "The Azerbaijan–Iran State Committee agreed; Iran and Azerbaijan Railways signed."
    assert _found(text) == [("Iran", "ir")]
    # a lower-case commission is no name
    assert [t for _, t in _found("A commission of Iran and Azerbaijan met.")] == ["ir", "az"]


def test_a_german_country_after_the_name_tells_which_astara():
    text = (
        "Die Präsidenten weihen die Strecke zwischen Astara in Aserbaidschan und der "
        "gleichnamigen iranischen Stadt Astara ein."
    )
    assert _found(text) == [
        ("Astara", "astara-az"),
        ("Aserbaidschan", "az"),
        ("Astara", "astara-ir"),
    ]
    assert _found("Die Lastwagen stehen in Astara im Iran.") == [
        ("Astara", "astara-ir"),
        ("Iran", "ir"),
    ]


def test_a_german_road_noun_before_a_pair_of_ends_is_no_persons_name():
    # Goris is a GeoNames town: a capitalised word before it would make it a name run
    assert _found("Die Fernstraße Goris-Kapan ist seit Wochen gesperrt.") == [
        ("Goris", "geonames:174895"),
        ("Kapan", "kapan"),
    ]


def test_names_german_and_english_write_in_other_shapes():
    # German joins a compass word to a name: Ost-Sangesur, Ostsangesur
    assert _found("Die neue Straße führt von Ostsangesur nach Nachitschewan.") == [
        ("Ostsangesur", "east-zangezur"),
        ("Nachitschewan", "nakhchivan-ar"),
    ]
    # English writes the river word first too, in capitals only
    assert _found("A second bridge will cross the River Aras.") == [("River Aras", "araz")]
    assert _found("A second bridge will cross the river Aras.") == [("Aras", "araz")]
    assert _found("Fighting ended in the Nagorno-Karabakh war.") == []  # the war's name
    assert _found("Fighting ended in Nagorno-Karabakh.") == [("Nagorno-Karabakh", "karabakh")]


def test_a_rayon_called_region_and_the_araz_roads_iranian_name():
    text = "In the Zangilan region, engineers surveyed the bank near the village of Agbend."
    # the region word, a descriptor, outside the mention (convention 1), still tells the
    # rayon from its town
    assert _found(text) == [("Zangilan", "zangilan-district"), ("Agbend", "aghband")]
    assert _found("Tehran calls the route the Araz Road.") == [
        ("Tehran", "tehran"),
        ("Araz Road", "araz-corridor"),
    ]


def test_a_german_conjunction_opening_a_sentence_is_no_first_name():
    # Eriwan is Yerevan's GeoNames alias: "Wenn" before it is no person's first name
    assert _found("Die Frist läuft. Wenn Eriwan nicht zustimmt, bleibt alles beim Alten.") == [
        ("Eriwan", "geonames:616052")
    ]
    assert _found("Teheran sei gegen die Sangesur-Route.") == [
        ("Teheran", "tehran"),
        ("Sangesur-Route", "zangezur-corridor"),
    ]


def test_the_countries_a_state_commissions_name_joins_are_not_mentions():
    text = "The State Commission on Cooperation between Azerbaijan and Iran met in Tabriz."
    assert _found(text) == [("Tabriz", "tabriz")]
    # trade between two countries is no commission's name
    assert [t for _, t in _found("Trade between Azerbaijan and Iran grew.")] == ["az", "ir"]


def test_trans_before_a_name_makes_an_adjective_not_a_place():
    assert _found("The deal will boost the trans-Caspian pipeline.") == []
    # the route's words make the Middle Corridor's short name (round 12), still no sea
    assert _found("The deal will boost the trans-Caspian route.") == [
        ("trans-Caspian route", "middle-corridor")
    ]
    assert _found("The Trans-Caspian International Transport Route grows.") == [
        ("Trans-Caspian International Transport Route", "middle-corridor")
    ]
    assert _found("Ships cross the Caspian to Aktau.")[0] == ("Caspian", "caspian-sea")
