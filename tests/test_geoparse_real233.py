"""Forms read in stop 65 (issue 10, 2026-12-05), from held-out round 37 (sets 233-235):
Georgia's and Armenia's own news, the Turkic states' summits.

The texts are written for these tests.
"""

from tests.parsing import found as _found


def test_an_armenian_company_form_before_a_route_ends_the_companys_name():
    # the company's legal form with its case ending, then a train's route: the towns
    text = "«Հարավկովկասյան երկաթուղի» ՓԲԸ-ի Երևան-Բաթում ուղերթի գնացքը կանգ առավ։"
    assert _found(text) == [("Երևան", "geonames:616052"), ("Բաթում", "geonames:615532")]
