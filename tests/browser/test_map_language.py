"""A map speaks the page's language, in a real Chromium against the demo site: the words Leaflet
itself shows (its zoom buttons, a popup's close button, the title of its credit) and the names
of the marker-cluster plugin's groups come from the page (templates/network/includes/
map_words.html), not from Leaflet's English. On the public maps in Spanish, French and
Portuguese — the landscape directory, a landscape, a story's map — and on the admin's maps of an
editor whose admin is in Spanish: the boundary editor and a map chapter's picker."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.browser.test_partnership_journeys import (
    STAFF_PASSWORD,
    expect,
    sign_in_to_admin,
    watch,
)

pytestmark = pytest.mark.browser

ZOOM_IN = "Zoom in"
ZOOM_OUT = "Zoom out"
CLOSE_POPUP = "Close popup"
LEAFLET_TITLE = "A JavaScript library for interactive maps"
CLUSTER_LABEL = "Landscapes in this group: {count}"
ENGLISH = (ZOOM_IN, ZOOM_OUT, CLOSE_POPUP, LEAFLET_TITLE, "Landscapes in this group")
# The boundary editor's drawing tools, which Leaflet-Geoman names from its own translations.
GEOMAN_ENGLISH = ("Draw Polygons", "Draw Rectangle", "Edit Layers", "Drag Layers", "Cut Layers")

# The public map pages, in English: each is opened in another language through its hreflang
# alternate. The directory's map clusters its markers; the story's has its chapters' places.
DIRECTORY = "/en/landscapes/"
LANDSCAPE = "/en/landscapes/kogelberg-coast/"
STORY = "/en/stories/coffee-under-the-canopy/"

EDITOR_ES = "map-language-editor-es"

# Every accessible name and title inside a map, and its controls' text.
MAP_WORDS = """(map) => {
    const words = [];
    for (const element of map.querySelectorAll("[title], [aria-label]")) {
        words.push(element.getAttribute("title"), element.getAttribute("aria-label"));
    }
    for (const control of map.querySelectorAll(".leaflet-control")) words.push(control.textContent);
    return words.filter(Boolean);
}"""


def in_language(language, text):
    with translation.override(language):
        return gettext(text)


def english_in(words, english_words=ENGLISH):
    return sorted({word for word in words for english in english_words if english in word})


def open_translation(page, english_url, language):
    page.goto(english_url)
    page.goto(page.locator(f'link[rel="alternate"][hreflang="{language}"]').get_attribute("href"))
    expect()(page.locator("html")).to_have_attribute("lang", language)


def check_leaflet_controls(map_element, language):
    """The zoom buttons' names and titles and Leaflet's credit, in `language`."""
    for english in (ZOOM_IN, ZOOM_OUT):
        button = map_element.get_by_role("button", name=in_language(language, english), exact=True)
        expect()(button).to_be_visible()
        expect()(button).to_have_attribute("title", in_language(language, english))
    credit = map_element.locator(".leaflet-control-attribution a[href='https://leafletjs.com']")
    expect()(credit).to_have_attribute("title", in_language(language, LEAFLET_TITLE))


# Two frames: the IntersectionObserver reports of a scroll arrive by then.
SETTLED = "() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"


def open_a_popup(page, map_element, language, attempts=3):
    """Opens a marker's popup; its close button has the page's word for it."""
    # Bring the map into view first: a click that has to scroll the page moves a story map to
    # another chapter, and the markers redrawn there close the popup just opened. The story
    # map's observer reports that scroll when the browser gets to it, later on a busy machine:
    # should a late report still close the popup, the marker is clicked again, as a reader
    # would (`attempts` in all).
    map_element.scroll_into_view_if_needed()
    close = map_element.locator(".leaflet-popup-close-button")
    for attempt in range(1, attempts + 1):
        page.evaluate(SETTLED)
        page.wait_for_function("() => !document.querySelector('.leaflet-zoom-anim')")
        map_element.locator(".map__marker").first.click()
        try:
            expect()(close).to_be_visible(timeout=3_000)
            break
        except AssertionError:
            if attempt == attempts:
                raise
    name = in_language(language, CLOSE_POPUP)
    expect()(close).to_have_attribute("aria-label", name)
    expect()(map_element.get_by_role("button", name=name)).to_be_visible()


@pytest.mark.parametrize("language", ["es", "fr", "pt"])
def test_the_public_maps_controls_speak_the_pages_language(visitor, language):
    page = visitor()
    # A still story map: it flies to each chapter's place otherwise, under the pointer.
    page.emulate_media(reduced_motion="reduce")
    problems = watch(page)

    open_translation(page, DIRECTORY, language)
    directory_map = page.locator(".map.map--loaded")
    expect()(directory_map).to_be_visible()
    check_leaflet_controls(directory_map, language)
    # The cluster plugin's groups are named in the page's language, their number in its digits.
    group = directory_map.locator(".marker-cluster").first
    count = group.locator("span[aria-hidden=true]").inner_text()
    label = in_language(language, CLUSTER_LABEL).replace("{count}", count)
    expect()(directory_map.get_by_role("button", name=label, exact=True).first).to_be_visible()
    open_a_popup(page, directory_map, language)
    assert english_in(directory_map.evaluate(MAP_WORDS)) == []

    open_translation(page, LANDSCAPE, language)
    landscape_map = page.locator(".map.map--loaded")
    expect()(landscape_map).to_be_visible()
    check_leaflet_controls(landscape_map, language)
    assert english_in(landscape_map.evaluate(MAP_WORDS)) == []

    open_translation(page, STORY, language)
    story_map = page.locator(".story-map--ready .map.map--loaded")
    expect()(story_map).to_be_visible()
    check_leaflet_controls(story_map, language)
    open_a_popup(page, story_map, language)
    assert english_in(story_map.evaluate(MAP_WORDS)) == []

    assert problems == []


@pytest.fixture(scope="module")
def admin_pages(demo_site):
    """An editor of the demo site whose admin is in Spanish, and the admin addresses of a
    landscape's and a story's edit pages (the boundary editor, a map chapter's picker)."""
    ids = demo_site.work_dir / "map-language-page-ids"
    demo_site.manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model\n"
        "from django.contrib.auth.models import Group\n"
        "from wagtail.users.models import UserProfile\n"
        "from network.models import LandscapePage\n"
        "from network.roles import EDITORS\n"
        "from stories.models import StoryPage\n"
        "user, _ = get_user_model().objects.get_or_create(\n"
        f"    username={EDITOR_ES!r}, defaults={{'email': {EDITOR_ES!r} + '@example.org'}})\n"
        f"user.set_password({STAFF_PASSWORD!r})\n"
        "user.save()\n"
        "user.groups.add(Group.objects.get(name=EDITORS))\n"
        "profile = UserProfile.get_for_user(user)\n"
        "profile.preferred_language = 'es'\n"
        "profile.save()\n"
        "landscape = LandscapePage.objects.get(\n"
        "    slug='kogelberg-coast', locale__language_code='en')\n"
        "story = StoryPage.objects.get(url_path__endswith='/stories/coffee-under-the-canopy/',\n"
        "    locale__language_code='en')\n"
        f"open({str(ids)!r}, 'w').write(f'{{landscape.pk}} {{story.pk}}')\n",
    )
    landscape, story = ids.read_text().split()
    return {"landscape": f"/admin/pages/{landscape}/edit/", "story": f"/admin/pages/{story}/edit/"}


def test_the_admins_maps_speak_the_editors_language(visitor, admin_pages):
    admin = visitor()
    problems = watch(admin)
    sign_in_to_admin(admin, EDITOR_ES)

    admin.goto(admin_pages["landscape"])
    editor = admin.locator("[data-boundary-editor].boundary-editor--ready")
    drawing = in_language("es", "Map for drawing the boundary")
    map_region = editor.get_by_role("region", name=drawing)
    map_region.scroll_into_view_if_needed()
    check_leaflet_controls(map_region, "es")
    assert english_in(map_region.evaluate(MAP_WORDS), ENGLISH + GEOMAN_ENGLISH) == []

    admin.goto(admin_pages["story"])
    picker = admin.locator(".map-chapter-form [data-chapter-picker]").first
    map_region = picker.get_by_role("region", name=in_language("es", "Map for placing the chapter"))
    map_region.scroll_into_view_if_needed()
    check_leaflet_controls(map_region, "es")
    assert english_in(map_region.evaluate(MAP_WORDS)) == []

    assert problems == []
