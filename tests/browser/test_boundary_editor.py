"""Drawing a landscape's boundary on a map (network/widgets.py, static/js/boundary-editor.js) in
a real browser: an editor opens a landscape without a boundary in the Wagtail admin, draws a
polygon by clicking four corners on the map and the first again, sees the GeoJSON appear in the
field, saves a draft, and the draft holds the polygon; then pastes a boundary in two parts,
which the map redraws, and removes them one by one. All under the admin's Content Security
Policy, with no script error; screenshots at 1280 and 375 px wide (tests/browser/screenshots/)."""

import json

import pytest
from django.contrib.auth import get_user_model

from network.factories import make_directory_site, make_landscape, square
from tests.browser.conftest import DESKTOP, MOBILE
from tests.browser.test_admin_csp import record_violations, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

EDITOR = "boundary-editor"
PASSWORD = "a-long-editor-password-57"
# Four corners around the middle of the map, in pixels from its top left corner.
CORNERS = [(-60, -40), (60, -40), (60, 40), (-60, 40)]
# A landscape in two parts, far enough apart to click either on the whole map.
TWO_PARTS = [square(10, 10, 8)["coordinates"], square(-60, -10, 8)["coordinates"]]


@pytest.fixture
def landscape(live_server):
    sites = make_directory_site()
    get_user_model().objects.create_superuser(EDITOR, "boundary@example.org", PASSWORD)
    return make_landscape(
        sites["en"]["landscapes"],
        title="Mau Forest",
        boundary=None,
        centre_latitude=-0.5,
        centre_longitude=35.7,
    )


def test_an_editor_draws_a_boundary_in_the_admin(page, base_url, landscape, screenshot):
    from playwright.sync_api import expect

    problems = record_violations(page)
    sign_in(page, base_url, EDITOR, PASSWORD)
    page.goto(f"{base_url}/admin/pages/{landscape.pk}/edit/")
    editor = page.locator("[data-boundary-editor].boundary-editor--ready")
    expect(editor).to_be_visible()
    field = editor.locator("textarea[name=boundary]")
    expect(field).to_have_value("")
    # With the map working, the text is tucked away in a closed "Edit as GeoJSON".
    expect(editor.locator("details[data-boundary-source]")).not_to_have_attribute("open", "")
    expect(field).to_be_hidden()

    map_region = editor.get_by_role("region", name="Map for drawing the boundary")
    map_region.scroll_into_view_if_needed()
    editor.get_by_role("button", name="Draw Polygons").click()
    box = map_region.bounding_box()
    middle_x, middle_y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    for dx, dy in [*CORNERS, CORNERS[0]]:  # the first corner again closes the shape
        page.mouse.click(middle_x + dx, middle_y + dy)
    expect(editor.get_by_role("status")).to_have_text("Parts of the boundary drawn: 1")
    screenshot(page, "drawn")

    boundary = json.loads(field.input_value())
    assert boundary["type"] == "Polygon"
    ring = boundary["coordinates"][0]
    assert len(ring) == 5 and ring[0] == ring[-1]
    longitudes = sorted({round(longitude, 3) for longitude, _latitude in ring})
    latitudes = sorted({round(latitude, 3) for _longitude, latitude in ring})
    assert len(longitudes) == 2 and len(latitudes) == 2  # a rectangle, as clicked
    assert longitudes[0] < 0 < longitudes[1]  # the map starts on the whole world, centred

    # The text can still be read and edited.
    editor.locator("summary", has_text="Edit as GeoJSON").click()
    expect(field).to_be_visible()

    page.set_viewport_size(MOBILE)
    map_region.scroll_into_view_if_needed()
    expect(map_region).to_be_visible()
    assert map_region.bounding_box()["width"] <= MOBILE["width"]
    screenshot(page, "narrow")
    field.scroll_into_view_if_needed()
    screenshot(page, "narrow-text")

    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("has been updated")).to_be_visible()
    landscape.refresh_from_db()
    saved = landscape.get_latest_revision_as_object().boundary
    assert saved["type"] == "Polygon"
    assert sorted(map(tuple, saved["coordinates"][0][:4])) == sorted(map(tuple, ring[:4]))

    # Pasted GeoJSON redraws the map: two parts; removing one leaves a Polygon in the text.
    page.set_viewport_size(DESKTOP)
    editor = page.locator("[data-boundary-editor].boundary-editor--ready")
    field = editor.locator("textarea[name=boundary]")
    editor.locator("summary", has_text="Edit as GeoJSON").click()
    field.fill(json.dumps({"type": "MultiPolygon", "coordinates": [TWO_PARTS[0], TWO_PARTS[1]]}))
    shapes = editor.locator(".leaflet-overlay-pane path")
    expect(shapes).to_have_count(2)
    map_region = editor.get_by_role("region", name="Map for drawing the boundary")
    map_region.scroll_into_view_if_needed()
    editor.get_by_role("button", name="Remove Layers").click()
    shapes.first.click()
    expect(shapes).to_have_count(1)
    expect(editor.get_by_role("status")).to_have_text("Parts of the boundary drawn: 1")
    assert json.loads(field.input_value())["type"] == "Polygon"
    shapes.first.click()
    expect(field).to_have_value("")
    assert problems == []
