"""A boundary and the countries it names (network/country_outlines.py), and the computed centre
and area as people read them."""

import pytest
from shapely.geometry import shape

from network.country_outlines import misplaced
from network.factories import square
from network.geometry import centre_and_area, parse_boundary

KENYA = square(36, -1)  # the Mau Forest, roughly


@pytest.mark.parametrize(
    ("boundary", "countries", "verdict"),
    [
        (KENYA, ["KE"], None),
        (KENYA, ["KE", "TZ"], None),  # a cross-border landscape: one of its countries is enough
        (square(-1, 36), ["KE"], "swapped"),  # latitude and longitude swapped: Algeria
        (square(36, 1), ["KE"], None),  # a sign typed wrong stays inside Kenya: nothing to say
        (square(-40, -30), ["KE"], "outside"),  # the South Atlantic
        (square(-69.5, -16), ["PE", "BO"], None),  # Lake Titicaca, on the border
        (square(103.8, 1.3, size=0.1), ["SG"], None),  # too small for the map: not judged
        (square(-40, -30), [], None),
    ],
)
def test_a_boundary_is_judged_against_its_countries(boundary, countries, verdict):
    assert misplaced(shape(boundary), countries) == verdict


def test_a_coast_is_given_the_benefit_of_the_map_scale():
    """A delta a few kilometres off the 1:110m coastline is not "outside"."""
    mombasa_creek = square(39.75, -4.1, size=0.05)
    assert misplaced(shape(mombasa_creek), ["KE"]) is None


def test_the_centre_and_area_are_kept_to_what_a_boundary_can_tell():
    irregular = {
        "type": "Polygon",
        "coordinates": [
            [
                [35.123456789, -0.98765432],
                [35.9, -0.91],
                [35.77, -0.333333],
                [35.123456789, -0.98765432],
            ]
        ],
    }
    (longitude, latitude), hectares = centre_and_area(parse_boundary(irregular))
    assert longitude == round(longitude, 5) and latitude == round(latitude, 5)
    assert hectares == round(hectares, 1) and hectares > 0


@pytest.mark.django_db
def test_the_admin_warns_the_editor_who_saves_a_misplaced_landscape(rf):
    """Wagtail's after_create_page and after_edit_page hooks put the warning among the admin's
    messages; the page is saved all the same."""
    from django.contrib.messages import get_messages
    from django.contrib.messages.storage.fallback import FallbackStorage
    from wagtail import hooks

    from network.models import LandscapePage
    from network.wagtail_hooks import warn_of_a_misplaced_boundary

    assert warn_of_a_misplaced_boundary in hooks.get_hooks("after_edit_page")
    assert warn_of_a_misplaced_boundary in hooks.get_hooks("after_create_page")
    request = rf.post("/admin/pages/1/edit/")
    request.session = {}
    request._messages = FallbackStorage(request)
    page = LandscapePage(title="Mau Forest", countries=["KE"], boundary=square(-1, 36))
    warn_of_a_misplaced_boundary(request, page)
    warnings = [str(message) for message in get_messages(request)]
    assert warnings == [
        "The boundary lies outside Kenya, where it would be with latitude and longitude "
        "swapped. GeoJSON gives the longitude first: please check the file or the drawing."
    ]
