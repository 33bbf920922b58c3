"""Boundaries and ORCID iDs: bad input gets a clear error; good input gets its facts computed."""

import pytest
from django.core.exceptions import ValidationError

from network.factories import make_landscape, square
from network.models import LandscapePage
from network.validators import validate_orcid
from tests.worlds import directory_site_world, shared_directory_site, shared_themes  # noqa: F401

pytestmark = pytest.mark.django_db


def clean_boundary(directory_site, boundary):
    page = LandscapePage(
        title="Test",
        slug="test",
        summary="s",
        region="africa",
        boundary=boundary,
        locale=directory_site["en"]["landscapes"].locale,
    )
    page.clean()
    return page


@pytest.mark.parametrize(
    ("boundary", "message"),
    [
        (
            {"type": "Point", "coordinates": [10, 10]},
            "must be a Polygon or MultiPolygon, not a Point",
        ),
        ({"coordinates": []}, "GeoJSON object with a “type”"),
        ({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0.5]]]}, "is not closed"),
        ({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0]]]}, "at least four positions"),
        (
            {"type": "Polygon", "coordinates": [[[0, 95], [1, 95], [1, 96], [0, 95]]]},
            "latitude within -90 to 90",
        ),
        (
            {"type": "Polygon", "coordinates": [[[200, 0], [201, 0], [201, 1], [200, 0]]]},
            "longitude must be within -180 to 180",
        ),
        (
            {"type": "Polygon", "coordinates": [[["a", 0], [1, 0], [1, 1], ["a", 0]]]},
            "not [longitude, latitude]",
        ),
        (
            {"type": "Polygon", "coordinates": [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]]},
            "not a valid polygon: Self-intersection",
        ),
        ({"type": "FeatureCollection", "features": []}, "has no features"),
    ],
)
def test_invalid_boundaries_get_a_clear_error(directory_site, boundary, message):
    with pytest.raises(ValidationError) as error:
        clean_boundary(directory_site, boundary)
    assert any(message in text for text in error.value.message_dict["boundary"]), error.value


def test_a_boundary_gives_the_centre_and_the_geodesic_area(directory_site):
    # One degree square on the equator: about 12,309 km², i.e. 1.23 million hectares.
    page = clean_boundary(directory_site, square(10, 0, size=1))
    assert page.centre_longitude == pytest.approx(10.5)
    assert page.centre_latitude == pytest.approx(0.5)
    assert page.area_hectares == pytest.approx(1_230_900, rel=0.001)


def test_a_feature_collection_is_accepted_and_stored_as_its_geometry(directory_site):
    collection = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {}, "geometry": square(0, 0)},
            {"type": "Feature", "properties": {}, "geometry": square(5, 5)},
        ],
    }
    page = clean_boundary(directory_site, collection)
    assert page.boundary["type"] == "MultiPolygon"


def test_without_a_boundary_a_centre_point_is_kept(directory_site):
    page = make_landscape(
        directory_site["en"]["landscapes"],
        boundary=None,
        centre_latitude=-3.1,
        centre_longitude=37.3,
    )
    assert (page.centre_latitude, page.centre_longitude) == (-3.1, 37.3)
    assert page.area_hectares is None


@pytest.mark.parametrize(
    "orcid", ["0000-0002-1825-0097", "https://orcid.org/0000-0001-5109-3700", "0000-0002-1694-233X"]
)
def test_valid_orcid_ids_pass(orcid):
    validate_orcid(orcid)


@pytest.mark.parametrize(
    ("orcid", "message"),
    [
        ("0000-0002-1825-0098", "check digit is wrong"),
        ("1234", "16 characters"),
        ("0000-0002-1825-00X7", "16 characters"),
    ],
)
def test_invalid_orcid_ids_get_a_clear_error(orcid, message):
    with pytest.raises(ValidationError) as error:
        validate_orcid(orcid)
    assert message in error.value.messages[0]
