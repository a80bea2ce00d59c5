"""geoparse() on the classes of error a third round of real English, German and Armenian news showed.

New real articles (Report, Natural Gas World, Ain.az, Inforos, The Diplomat, Azernews,
Iran International, Zartonk, CACI Analyst; Pars Today, GTAI, nd-aktuell, iran.de;
Sputnik Armenia, infocom, irakanum, 168.am, Azatutyun, nt.am) were scored outside the
repository; each class of error has a test here, on sentences written for this project:
a people's adjective and a given name that are also places' names, organisations named
with "Forum", "Consortium", "Company of", "Radio of", the state's everyday name
(Great Britain), a German adjective of three letters (Rotes Meer), the Armenian hydro
junction word, the Armenian road bridge between the two ends of a link, and Armenian
names of Khomarlu, Jabrayil, Kalaleh and the Khudafarin bridge in the genitive.
"""

from tests.parsing import found as _found


def test_a_peoples_adjective_before_a_noun_is_no_place():
    # "Kazakh" is also a GeoNames name of Qazax (Azerbaijan)
    text = "Kazakh wheat now reaches Baku by ferry, and Kazakh ports are growing."
    assert _found(text) == [("Baku", "baku")]
    # before a district word, or a preposition, it stays the town's name
    assert _found("Officials visited the Kazakh district last week.")[0][0] == "Kazakh"
    assert _found("The convoy reached Kazakh on Friday.")[0][0] == "Kazakh"


def test_a_place_name_that_is_a_given_name_before_a_surname_is_the_person():
    text = "Armenia's foreign minister Ararat Mirzoyan met colleagues in Tbilisi."
    assert _found(text) == [("Armenia", "am"), ("Tbilisi", "geonames:611717")]
    # the province with its kind word, and the river, stay
    text = "The road crosses Ararat province and follows the Araz River."
    assert [t for _, t in _found(text)] == ["ararat-province", "araz"]


def test_places_inside_names_of_forums_consortia_companies_and_radios_are_no_mentions():
    text = "Oil leaves Kazakhstan through the Caspian Pipeline Consortium terminal."
    assert _found(text) == [("Kazakhstan", "kz")]
    text = "He spoke at the Caspian and Central Asia Trade Forum in Baku on Monday."
    assert ("Central Asia", "central-asia") not in _found(text)
    assert ("Baku", "baku") in _found(text)
    text = "A spokesman of the State Oil Company of Azerbaijan said so to Public Radio of Armenia."
    assert _found(text) == []


def test_great_britain_and_britain_are_the_united_kingdom():
    text = "Delegates from Great Britain, Germany and Japan came; Britain sent two ships."
    assert [t for _, t in _found(text)] == ["gb", "de", "jp", "gb"]
    assert _found("Großbritannien unterstützt den Korridor.") == [("Großbritannien", "gb")]


def test_a_german_adjective_of_three_letters_is_declined():
    text = "Seit den Angriffen im Roten Meer fahren mehr Züge über das Kaspische Meer."
    assert _found(text) == [("Roten Meer", "red-sea"), ("Kaspische Meer", "caspian-sea")]


def test_armenian_hydro_junction_word_makes_the_quoted_name_the_dam():
    text = "Նախարարը այցելել է «Գըզ Գալասի» հիդրոհանգույցի շինհրապարակ։"
    assert _found(text) == [("Գըզ Գալասի", "giz-galasi-dam")]


def test_armenian_road_bridge_between_the_two_ends_is_the_link():
    text = "Աղբենդ-Քելալա ավտոմոբիլային կամրջի կառուցումն ավարտվել է։"
    assert _found(text) == [("Աղբենդ-Քելալա ավտոմոբիլային կամրջի", "aghband-kalaleh-bridge")]


def test_armenian_names_of_khomarlu_jabrayil_and_the_khudafarin_bridge():
    text = "Խոմարլու քաղաքում և Ջեբրայիլի շրջանում նոր ճանապարհներ են կառուցվում։"
    assert [t for _, t in _found(text)] == ["khomarlu", "jabrayil-district"]
    text = "Նախագահները հանդիպել են Խուդաֆերինի կամրջի մոտ։"
    assert _found(text) == [("Խուդաֆերինի կամրջի", "khudafarin-bridges")]


def test_a_mountain_word_beside_ararat_makes_it_the_mountain_no_place():
    assert _found("From the monastery one sees Mount Ararat and Yerevan.") == [
        ("Yerevan", "geonames:616052")
    ]
    assert _found("Im Süden thront der 5137 Meter hohe Ararat.") == []
    assert _found("Երեկոյան Արարատ լեռը պարզ երևում էր։") == []
    assert _found("Вечером была видна гора Арарат.") == []
    # the province with its kind word stays
    assert _found("Ağrı Dağı, Ağrı ilinin sınırında yükselir.") == [
        ("Ağrı ili", "agri-province-tr")
    ]


def test_the_lachin_corridor_is_no_mention_of_the_town():
    # the corridor's names data/corridors.yaml holds are the corridor (round 3, Azerbaijani)
    assert _found("Traffic on the Lachin corridor stopped for a week.") == [
        ("Lachin corridor", "lachin-corridor")
    ]
    assert _found("Лачинский коридор был закрыт.") == [("Лачинский коридор", "lachin-corridor")]
    # "دالان" (passage), the Persian synonym of "کریدور", names the corridor too (round 6),
    # never the town
    assert _found("دالان لاچین بسته ماند.") == [("دالان لاچین", "lachin-corridor")]
    assert _found("Der Latschin-Korridor blieb gesperrt.") == [
        ("Latschin-Korridor", "lachin-corridor")
    ]
    # the town alone stays
    assert _found("Residents returned to Lachin in 2022.") == [("Lachin", "lachin")]


def test_a_quoted_title_of_a_film_or_book_is_no_place():
    assert _found('The festival showed the film "Baku" and a book "Tabriz" was read.') == []
    assert _found("Показали фильм «Баку» в Тебризе.") == [("Тебриз", "tabriz")]
    assert _found("«Բաքու» ֆիլմը ցուցադրվեց Երևանում։") == [("Երևան", "geonames:616052")]
    # quoted names of structures stay
    text = "“Xudafərin” və “Qız Qalası” hidroqovşaqları işə düşüb."
    assert [t for _, t in _found(text)] == ["khudafarin-dam", "giz-galasi-dam"]


def test_england_is_the_united_kingdom_and_the_hyphenated_suez_canal():
    text = "Անգլիան և İngiltərə, England: the same state."
    assert [t for _, t in _found(text)] == ["gb", "gb", "gb"]
    # "New England" names the American region, not England
    assert _found("Ports from New England to New Mexico.") == []
    assert _found("Die Schiffe fahren durch den Suez-Kanal.") == [("Suez-Kanal", "suez-canal")]


def test_a_compass_word_before_a_continent_makes_an_unknown_region_no_mention():
    assert _found("Exports to Northeast Europe grew.") == []
    # (Central Europe is a known macro-region since round 6, Southeast Europe since round 48:
    # matched whole)
    text = "Exports to Central Europe and Northeast Europe grew."
    assert _found(text) == [("Central Europe", "central-europe")]
    text = "Exports to Central Europe and Southeast Europe grew."
    assert _found(text) == [
        ("Central Europe", "central-europe"),
        ("Southeast Europe", "southeast-europe"),
    ]
    # (Armenian "Կենտրոնական Եվրոպա" and Azerbaijani "Mərkəzi Avropa" are Central Europe's names
    # since round 158, matched whole; North Asia has no name: no mention)
    assert _found("Կենտրոնական Եվրոպա") == [("Կենտրոնական Եվրոպա", "central-europe")]
    assert _found("Հյուսիսային Ասիա") == []
    # the compass word is no place of its own either (Mərkəzi: Iran's Markazi province)
    assert _found("Yüklər Şimali Asiyaya gedir, Mərkəzi Asiyadan gəlir.") == [
        ("Mərkəzi Asiya", "central-asia")
    ]
    assert _found("Yüklər Mərkəzi Avropaya gedir, Mərkəzi Asiyadan gəlir.") == [
        ("Mərkəzi Avropa", "central-europe"),
        ("Mərkəzi Asiya", "central-asia"),
    ]
    # known regions with their compass word, and the continent alone, stay
    text = "Cargo from Central Asia reaches Eastern Europe and Europe."
    assert [t for _, t in _found(text)] == ["central-asia", "eastern-europe", "europe"]


def test_a_port_word_after_a_town_keeps_it_a_place():
    # (the port of Baku, which the gazetteer holds, is the port: convention 7 of dev.txt)
    text = "Ferries leave Aktau Seaport for Baku Port twice a week."
    assert _found(text) == [("Aktau", "geonames:610612"), ("Baku Port", "baku-port")]


def test_the_association_of_a_route_is_no_mention_of_the_corridor_nor_its_abbreviation():
    text = (
        "Data of the Trans-Caspian International Transport Route Association (TITR) show growth."
    )
    assert _found(text) == []
    text = "Laut der Vereinigung Transkaspische Internationale Transportroute (TITR) wächst der Verkehr."
    assert _found(text) == []
    # the corridor itself, with its abbreviation, stays
    text = "The Trans-Caspian International Transport Route (TITR) links China and Europe."
    assert [t for _, t in _found(text)] == ["middle-corridor", "middle-corridor", "cn", "europe"]
