"""geoparse() on the patterns of round 59: what blind sets 62 and 63 (kept outside the
project) showed the parser missing.

The sentences are the project's own. Each test asserts the new reading and that a name
beside it keeps its old one.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    "text",
    [
        # a commission's long name joins the pair of states whose border it delimits
        "The State Commission on the Delimitation of the State Border between Azerbaijan "
        "and Armenia met on Friday.",
        "Its partner is the Commission on the Delimitation of the State Border and Border "
        "Security between Armenia and Azerbaijan.",
        "Es tagte die Kommission für die Abgrenzung und Sicherheit der Staatsgrenze "
        "zwischen der Republik Armenien und der Republik Aserbaidschan.",
        # in Azerbaijani the long name stands in lower case before the commission's word
        "Kəndlər Azərbaycan-Ermənistan sərhədinin delimitasiyası üzrə Dövlət Komissiyasının "
        "qərarı ilə qaytarıldı.",
        "Azərbaycan Respublikası ilə İran İslam Respublikası arasında iqtisadi, ticarət və "
        "humanitar sahələrdə əməkdaşlıq üzrə Dövlət Komissiyasının iclası keçirildi.",
    ],
)
def test_the_pair_a_commissions_long_name_joins_is_no_mention(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a border between the two states, with no commission's word: both are places
        (
            "The border between Azerbaijan and Armenia was opened.",
            [("Azerbaijan", "az"), ("Armenia", "am")],
        ),
        # a commission's word in lower case, or one that meets in a place: places
        (
            "Azərbaycan ilə İran arasında sərhəd üzrə işçi qrupu və komissiya toplandı.",
            [("Azərbaycan", "az"), ("İran", "ir")],
        ),
        ("The Commission met in Baku and in Tehran.", [("Baku", "baku"), ("Tehran", "tehran")]),
    ],
)
def test_the_pair_stays_without_a_commissions_long_name(text, expected):
    assert found(text) == expected
