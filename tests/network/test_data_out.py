"""Data out: the GeoJSON of all landscapes, Terraso's landscape JSON, and Wagtail's API v2."""

import pytest
from shapely.geometry import shape

from network.factories import make_landscape, make_organisation
from tests.worlds import directory_site_world, shared_directory_site, shared_themes  # noqa: F401
from website.factories import translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def landscapes(directory_site, themes):
    index = directory_site["en"]["landscapes"]
    detailed = {
        "type": "Polygon",
        "coordinates": [
            [[36 + i / 100, -1 + (i % 2) / 1000] for i in range(50)]
            + [[36.49, -0.5], [36, -0.5], [36, -1]]
        ],
    }
    first = make_landscape(
        index,
        title="Detailed",
        slug="detailed",
        boundary=detailed,
        themes=[themes["water"]],
        partnership_status="yes",
    )
    point = make_landscape(
        index,
        title="Point only",
        slug="point-only",
        boundary=None,
        centre_latitude=-13.5,
        centre_longitude=-71.9,
    )
    translate_page(first, "es")
    return {"detailed": first, "point": point}


def test_geojson_lists_every_live_landscape_of_the_language(client, landscapes):
    response = client.get("/api/landscapes.geojson")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    data = response.json()
    assert data["type"] == "FeatureCollection"
    names = {feature["properties"]["name"] for feature in data["features"]}
    assert names == {"Detailed", "Point only"}
    spanish = client.get("/api/landscapes.geojson?lang=es").json()
    # "Point only" is not translated into Spanish: listed in English until it is.
    assert [
        (feature["properties"]["url"], feature["properties"]["language"])
        for feature in spanish["features"]
    ] == [
        ("http://testserver/es/landscapes/detailed/", "es"),
        ("http://testserver/en/landscapes/point-only/", "en"),
    ]
    assert spanish["features"][0]["properties"]["themes"] == [{"slug": "water", "name": "Agua"}]


def test_geojson_geometry_is_valid_closed_and_in_longitude_latitude_order(client, landscapes):
    for feature in client.get("/api/landscapes.geojson").json()["features"]:
        geometry = feature["geometry"]
        assert geometry["type"] in {"Polygon", "MultiPolygon", "Point"}
        if geometry["type"] == "Point":
            longitude, latitude = geometry["coordinates"]
            assert (longitude, latitude) == (-71.9, -13.5)
            continue
        assert shape(geometry).is_valid
        for ring in geometry["coordinates"]:
            assert ring[0] == ring[-1]
            for longitude, latitude in ring:
                assert -180 <= longitude <= 180 and -90 <= latitude <= 90
                assert 35 < longitude < 37 and -2 < latitude < 0  # Kenya, not swapped


def test_geojson_boundaries_are_simplified_for_the_overview(client, landscapes):
    feature = next(
        f
        for f in client.get("/api/landscapes.geojson").json()["features"]
        if f["properties"]["name"] == "Detailed"
    )
    assert len(feature["geometry"]["coordinates"][0]) < len(
        landscapes["detailed"].boundary["coordinates"][0]
    )


def test_geojson_rejects_an_unknown_language(client, landscapes):
    response = client.get("/api/landscapes.geojson?lang=xx")
    assert response.status_code == 400
    assert "Unknown language" in response.content.decode()


def test_terraso_json_has_terrasos_fields(client, directory_site, landscapes):
    organisation = make_organisation(directory_site["en"]["organisations"], title="Partner Org")
    page = landscapes["detailed"]
    page.partners.create(organisation=organisation, role="convener", since_year=2020)
    page.population = 5000
    page.area_types = ["rural", "peri-urban"]
    page.main_challenges = "Erosion"
    page.opportunities = "Honey"
    page.save_revision().publish()

    response = client.get("/en/landscapes/detailed/json/")
    assert response.status_code == 200
    data = response.json()
    assert data["name"] == "Detailed"
    assert data["region"] == "KE"
    assert data["areaTypes"] == ["rural", "peri-urban"]
    assert data["population"] == 5000
    assert data["partnershipStatus"] == "yes"
    assert data["areaPolygon"]["type"] == "FeatureCollection"
    assert data["areaPolygon"]["features"][0]["geometry"]["type"] == "Polygon"
    assert data["developmentStrategy"]["problemSituation"] == "Erosion"
    assert data["developmentStrategy"]["opportunities"] == "Honey"
    assert data["organizationsInvolved"] == {"stakeholders": ["Partner Org"]}
    assert data["areaScalarHa"] > 0
    assert data["publicContactEmail"] == ""


def test_network_pages_are_in_the_api(client, landscapes):
    response = client.get(
        "/api/v2/pages/?type=network.LandscapePage&fields=summary,region,area_hectares,countries"
    )
    assert response.status_code == 200
    items = {item["title"]: item for item in response.json()["items"]}
    assert "Detailed" in items
    assert items["Detailed"]["region"] == "africa"
    assert items["Detailed"]["area_hectares"] > 0


def test_the_overview_outline_is_stored_and_follows_the_boundary(client, landscapes):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from network.factories import square

    page = landscapes["detailed"]
    page.boundary = square(10, 10, size=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.overview_boundary["coordinates"] == [
        [[10, 10], [11, 10], [11, 11], [10, 11], [10, 10]]
    ]

    with CaptureQueriesContext(connection) as context:
        features = client.get("/api/landscapes.geojson").json()["features"]
    detailed = next(f for f in features if f["properties"]["name"] == "Detailed")
    assert detailed["geometry"] == page.overview_boundary
    # The collection never reads the full boundaries.
    assert not any('"boundary"' in query["sql"] for query in context.captured_queries)
