"""geoparse() on the classes of error a round 3b of real Azerbaijani and Armenian news showed.

New real articles (Metbuat, Seher, Trend, Unikal, Arazmedia; Zhamanak, Aztag, Arevelk,
RazTES, EcoLur, Urbanista, Aurora, Radar, Infoport) were scored outside the repository; each
class of error has a test here, on sentences written for this project.
"""

from tests.parsing import found as _found


def test_the_vorotan_river_by_its_armenian_and_azerbaijani_names():
    text = "Որոտան գետի ջուրը գարնանը բարձրանում է, և կասկադը ավելի շատ էներգիա է տալիս։"
    assert _found(text)[0] == ("Որոտան", "vorotan-river")
    assert _found("Բարգուշատ գետը հոսում է Սիսիանով։")[0] == ("Բարգուշատ", "vorotan-river")
    assert ("Bərgüşad çayı", "vorotan-river") in _found("Bərgüşad çayı Qubadlı ərazisindən axır.")
    assert _found("Engineers rebuilt the weir on the Vorotan river.")[0][1] == "vorotan-river"


def test_armenian_landforms_that_carry_a_place_name_are_no_mention():
    # a range, a plateau, a pass and a waterfall named for a place are not the place
    assert _found("Զանգեզուրի լեռնաշղթան ձգվում է հյուսիսից հարավ։") == []
    assert _found("Ճանապարհը բարձրանում է Որոտանի լեռնանցքը, ապա իջնում։") == []
    assert _found("Արցախի բարձրավանդակից սկիզբ առնող գետը արագ է։") == []
    assert _found("Զբոսաշրջիկները այցելել են Շաքիի ջրվեժը։") == []
    # Western Armenian spellings
    assert _found("Սիւնիքի բարձրաւանդակը լայն է։") == []
    # the place itself stays a mention
    assert _found("Սյունիքի մարզում նոր ճանապարհ է կառուցվում։")[0][1] == "syunik-province"


def test_a_kind_word_after_a_list_passes_the_lower_case_words_of_its_names():
    # the plural kind word after a list names each, past "Qız qalası"'s lower-case word
    text = 'Nazir "Xudafərin" və "Qız qalası" su elektrik stansiyalarında işlərlə tanış olub.'
    assert _found(text) == [("Xudafərin", "khudafarin-dam"), ("Qız qalası", "giz-galasi-dam")]
    text = "Mərasimdə Xudafərin, Qız qalası hidroqovşaqlarının açılışı qeyd edildi."
    assert [t for _, t in _found(text)] == ["khudafarin-dam", "giz-galasi-dam"]
    # a kind word that is a listed name's own last word still names the list
    text = "Enerji Ərdəbil və Şərqi Azərbaycan ostanlarına ötürüləcək."
    assert _found(text)[0] == ("Ərdəbil", "ardabil-province")


def test_names_and_forms_of_round_3b():
    # the Western (classical) genitive of "Republic of Armenia"
    text = "Թաւրիզի մէջ Հայաստանի Հանրապետութեան հիւպատոսութիւն պիտի բացուի։"
    assert ("Հայաստանի Հանրապետութեան", "am") in _found(text)
    # the North-South corridor with "international" in Armenian
    text = "Կողմերը խոսել են Հյուսիս-Հարավ միջազգային տրանսպորտային միջանցքի մասին։"
    assert _found(text)[0][1] == "nstc"
    # the Alat port as the press writes it
    assert _found("Ələt Dəniz Limanı genişləndiriləcək.") == [("Ələt Dəniz Limanı", "baku-port")]
    # a news site's name with a longer top-level domain is no place
    assert _found("Yerevan.today-ը գրում է, որ ճանապարհը փակ է։") == []
    assert _found("Baku.media yazır ki, yol açılıb.") == []


def test_links_by_the_forms_of_round_3b():
    # "dəmiryolu" in one word after the two Astaras with their countries
    text = "Astara (Azərbaycan) - Astara (İran) dəmiryolu xətti ilə ilk qatar keçib."
    assert _found(text)[0] == (
        "Astara (Azərbaycan) - Astara (İran) dəmiryolu",
        "astara-astara-railway",
    )


def test_the_azerbaijani_word_for_a_port_is_no_lima():
    # "Limanın" (the port's) folds to Lima and a case ending: a common word by review
    assert _found("Limanın inşası üç mərhələdə aparılacaq.") == []
    assert _found("Ələt qəsəbəsində yeni liman tikilir.")[0][1] == "alat"


def test_a_television_channel_named_for_a_place_is_no_mention():
    assert _found("Səfir Baku TV-yə müsahibəsində danışıb.") == []
    assert _found("Azərbaycan Televiziyasının materialında yeni görüntülər var.") == []
    assert _found("Azərbaycan və İran razılığa gəlib.")[0] == ("Azərbaycan", "az")


def test_the_russian_federation_in_classical_spelling():
    text = "Իրանին հետեւեցան Ռուսաստանի Դաշնակցութիւնն ու Ֆրանսան։"
    assert ("Ռուսաստանի Դաշնակցութիւն", "ru") in _found(text)
