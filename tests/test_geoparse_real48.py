"""geoparse() on the patterns of round 48: what blind sets 43 to 49 (kept outside the
project) showed the parser missing.

The sentences are the project's own. Each test asserts the new reading and that a name
beside it keeps its old one.
"""

from tests.parsing import found


def test_a_rayon_in_its_turkish_spelling_takes_its_unit_word():
    # "Kubadlı", as the Turkish press spells Qubadlı, is the district before "ilçelerini"
    assert found("Heyet Cebrayıl, Zengilan ve Kubadlı ilçelerini ziyaret etti.") == [
        ("Cebrayıl", "jabrayil-district"),
        ("Zengilan", "zangilan-district"),
        ("Kubadlı", "qubadli-district"),
    ]
    # and the town without one
    assert found("Kubadlı'da yeni bir okul açıldı.") == [("Kubadlı", "qubadli")]
