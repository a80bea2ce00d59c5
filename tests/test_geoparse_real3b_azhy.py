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
