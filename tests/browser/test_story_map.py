"""Story map chapters placed on a map in the Wagtail admin (stories/blocks.py MapChapterBlock,
static/js/map-chapter-picker.js), and the public story map with its landscape's boundary, in a
real Chromium against the demo site (tests/browser/demo_server.py).

1. In English at 1280 px: an editor opens a demo story, adds a map chapter, clicks the map (the
   latitude and longitude are filled, the zoom is the map's), zooms in (the zoom follows), types
   a place (the marker moves to it) and a zoom (the preview shows it), and publishes. The public
   story shows the new chapter; its map draws the landscape's boundary under the markers and
   flies to the new chapter when it is read.
2. An editor whose admin is in Spanish, at 375 px: the picker speaks Spanish.

No script error and no Content Security Policy violation on any page; no axe-core violation in
the picker; screenshots of the picker and the public story map (tests/browser/screenshots/)."""

import json
import re

import pytest

from tests.browser.conftest import DESKTOP, MOBILE
from tests.browser.test_accessibility import AXE, WCAG_22_A_AA
from tests.browser.test_partnership_journeys import (
    STAFF_PASSWORD,
    expect,
    in_spanish,
    sign_in_to_admin,
    watch,
)

pytestmark = pytest.mark.browser

EDITOR = "story-map-editor"
EDITOR_ES = "story-map-editor-es"
# A demo story about Kodagu (stories/demo/stories/), whose landscape has a boundary, and a
# place inside that boundary for the new chapter.
STORY = "/en/stories/coffee-under-the-canopy/"
STORY_TITLE = "Coffee under the canopy"
NURSERY = {"latitude": "12.2", "longitude": "75.8", "zoom": "9"}


@pytest.fixture(scope="module")
def story_editors(demo_site):
    """Two editors of the demo site who sign in with a password, the second with the admin in
    Spanish; and the admin address of the story's edit page."""
    id_file = demo_site.work_dir / "story-map-story-id"
    demo_site.manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model\n"
        "from django.contrib.auth.models import Group\n"
        "from wagtail.users.models import UserProfile\n"
        "from network.roles import EDITORS\n"
        "from stories.models import StoryPage\n"
        f"for name, language in [({EDITOR!r}, ''), ({EDITOR_ES!r}, 'es')]:\n"
        "    user, _ = get_user_model().objects.get_or_create(\n"
        "        username=name, defaults={'email': name + '@example.org'})\n"
        f"    user.set_password({STAFF_PASSWORD!r})\n"
        "    user.save()\n"
        "    user.groups.add(Group.objects.get(name=EDITORS))\n"
        "    profile = UserProfile.get_for_user(user)\n"
        "    profile.preferred_language = language\n"
        "    profile.save()\n"
        "story = StoryPage.objects.get(url_path__endswith='/stories/coffee-under-the-canopy/',\n"
        "    locale__language_code='en')\n"
        f"open({str(id_file)!r}, 'w').write(str(story.pk))\n",
    )
    return f"/admin/pages/{id_file.read_text().strip()}/edit/"


def picker_violations(page, picker):
    """axe-core's WCAG 2.2 A/AA violations inside the picker."""
    page.evaluate(AXE.read_text())
    result = picker.evaluate(
        "(element, tags) => axe.run(element, {runOnly: {type: 'tag', values: tags}})",
        WCAG_22_A_AA,
    )
    return [f"{item['id']}: {item['help']}" for item in result["violations"]]


def test_an_editor_places_a_new_chapter_on_the_map_and_the_story_map_draws_the_boundary(
    visitor, story_editors, screenshot
):
    admin = visitor(DESKTOP)
    problems = watch(admin)
    sign_in_to_admin(admin, EDITOR)
    admin.goto(story_editors)
    expect()(admin.get_by_role("heading", level=1)).to_contain_text(STORY_TITLE)
    # Every chapter the story has gets its picker as the page loads.
    chapters = admin.locator(".map-chapter-form")
    existing = chapters.count()
    assert existing >= 2
    expect()(admin.locator("[data-chapter-picker]:visible")).to_have_count(existing)

    # A new chapter at the end of the story, added after the page loaded.
    body = admin.locator("[data-contentpath=body]").first
    body.get_by_role("button", name="Insert a block").last.click()
    admin.get_by_role("option", name="Map chapter").click()
    expect()(chapters).to_have_count(existing + 1)
    chapter = chapters.last
    chapter.get_by_role("textbox", name="Chapter title*").fill("The tree nursery")
    chapter.get_by_role("textbox", name="Place name*").fill("Gonikoppal")
    chapter.locator("[data-contentpath=text] [contenteditable=true]").click()
    admin.keyboard.type("Seedlings of native shade trees for every estate.")
    latitude = chapter.get_by_role("spinbutton", name="Latitude*")
    longitude = chapter.get_by_role("spinbutton", name="Longitude*")
    zoom = chapter.get_by_role("spinbutton", name="Zoom*")
    expect()(latitude).to_have_value("")
    expect()(zoom).to_have_value("8")  # the block's default

    picker = chapter.locator("[data-chapter-picker]")
    map_region = picker.get_by_role("region", name="Map for placing the chapter")
    caption = picker.locator("figcaption")
    expect()(caption).to_have_text("The preview appears once the chapter has a place.")
    # A click on the map (which opens on the whole world): the place, and the map's zoom. Once
    # the map is drawn, and where it stands still (the new block slides open).
    expect()(map_region).to_have_class(re.compile(r"\bleaflet-container\b"))
    box = map_region.bounding_box()
    map_region.click(position={"x": box["width"] * 0.6, "y": box["height"] * 0.4})
    expect()(latitude).not_to_have_value("")
    expect()(longitude).not_to_have_value("")
    expect()(zoom).to_have_value("2")
    assert -90 <= float(latitude.input_value()) <= 90
    assert -180 <= float(longitude.input_value()) <= 180
    expect()(caption).to_have_text("Preview: what readers see at this chapter, at its zoom.")
    # Zooming the map sets the zoom.
    picker.get_by_role("button", name="Zoom in").click()
    expect()(zoom).to_have_value("3")

    # Typing moves the marker; typing a zoom zooms the map and the preview.
    marker = map_region.locator(".chapter-picker__marker")
    expect()(marker).to_have_count(1)
    before = marker.bounding_box()
    latitude.fill(NURSERY["latitude"])
    longitude.fill(NURSERY["longitude"])
    admin.wait_for_function(
        "([element, before]) => {"
        " const box = element.getBoundingClientRect();"
        " return Math.abs(box.x - before.x) > 1 || Math.abs(box.y - before.y) > 1; }",
        arg=[marker.element_handle(), before],
    )
    zoom.fill(NURSERY["zoom"])
    preview_zoom = picker.locator("[data-chapter-picker-preview]")
    expect()(preview_zoom.locator(".chapter-picker__marker")).to_have_count(1)
    expect()(marker).to_be_in_viewport()
    picker.scroll_into_view_if_needed()
    screenshot(admin, "picker-en-1280")
    assert picker_violations(admin, picker) == []

    admin.get_by_role("button", name="More actions").click()
    admin.get_by_role("button", name="Publish").click()
    expect()(admin.locator(".messages")).to_contain_text("published")

    # The public story: the new chapter, and on its map the landscape's boundary.
    public = visitor(DESKTOP)
    problems += watch(public)
    public.emulate_media(reduced_motion="reduce")  # the map jumps to a chapter, no flight
    public.goto(STORY)
    new_chapter = public.locator("[data-chapter]").filter(has_text="The tree nursery")
    expect()(new_chapter).to_contain_text("Gonikoppal")
    data = json.loads(public.locator("#story-map-data").text_content())
    kinds = [feature["geometry"]["type"] for feature in data["features"]]
    assert kinds.count("Polygon") + kinds.count("MultiPolygon") == 1, kinds
    assert [12.2, 75.8] in [
        list(reversed(feature["geometry"]["coordinates"]))
        for feature in data["features"]
        if feature["geometry"]["type"] == "Point"
    ]
    story_map = public.locator(".story-map__map")
    story_map.scroll_into_view_if_needed()
    expect()(public.locator(".story-map.story-map--ready")).to_have_count(1)
    boundary = story_map.locator(".leaflet-overlay-pane path")
    expect()(boundary).to_have_count(1)
    expect()(story_map.locator(".leaflet-marker-pane .map__marker")).to_have_count(existing + 1)
    # Reading the new chapter brings the map to its place and zoom, over the boundary. A jump
    # from the top of the page, where no block of the story is near the middle of the window,
    # to the last chapter, below which the story ends: no block of the story is in the band
    # that the page watches, before the jump or after it, and the chapter still becomes the
    # current one (it did not while the page followed only that band).
    public.evaluate("() => window.scrollTo(0, 0)")
    expect()(public.locator("[data-chapter][aria-current=step]")).to_have_count(0)
    new_chapter.evaluate("(chapter) => chapter.scrollIntoView({block: 'start'})")
    expect()(new_chapter).to_have_attribute("aria-current", "step")
    view = public.wait_for_function(
        "() => { const map = document.querySelector('.story-map__map').leafletMap;"
        " const centre = map.getCenter();"
        " return map.getZoom() === 9 && Math.abs(centre.lat - 12.2) < 0.01"
        " && Math.abs(centre.lng - 75.8) < 0.01 ? [centre.lat, centre.lng] : null; }"
    )
    assert view.json_value()
    expect()(boundary).to_be_visible()
    screenshot(public, "story-map-en-1280")
    public.set_viewport_size(MOBILE)
    new_chapter.scroll_into_view_if_needed()
    expect()(boundary).to_have_count(1)
    screenshot(public, "story-map-en-375")

    assert problems == []


def test_the_picker_speaks_the_admins_language(visitor, story_editors, screenshot):
    admin = visitor(MOBILE)
    problems = watch(admin)
    sign_in_to_admin(admin, EDITOR_ES)
    admin.goto(story_editors)
    chapter = admin.locator(".map-chapter-form").first
    # Wagtail's and the block's own words are Spanish: the admin is.
    expect()(chapter.get_by_role("spinbutton", name=f"{in_spanish('Latitude')}*")).to_be_visible()
    picker = chapter.locator("[data-chapter-picker]")
    expect()(picker).to_be_visible()
    map_region = picker.get_by_role("region", name=in_spanish("Map for placing the chapter"))
    map_region.scroll_into_view_if_needed()
    expect()(map_region).to_be_visible()
    assert map_region.bounding_box()["width"] <= MOBILE["width"]
    expect()(picker.get_by_role("button", name=in_spanish("Zoom in"))).to_be_visible()
    expect()(picker.get_by_role("button", name=in_spanish("Zoom out"))).to_be_visible()
    help_text = in_spanish(
        "Click the map to place this chapter, or drag its marker; zooming the map sets the "
        "zoom. You can also type the latitude, longitude and zoom above."
    )
    expect()(picker.locator(".chapter-picker__help")).to_have_text(help_text)
    expect()(picker.locator("figcaption")).to_have_text(
        in_spanish("Preview: what readers see at this chapter, at its zoom.")
    )
    expect()(picker.locator(".chapter-picker__marker").first).to_have_attribute(
        "title", in_spanish("The chapter’s place: drag it to move it")
    )
    screenshot(admin, "picker-es-375")
    assert re.search(r"/admin/pages/\d+/edit/$", admin.url)
    assert problems == []
