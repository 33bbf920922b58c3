"""A translator finds what awaits translation and translates it, in a real Chromium against the
demo site (tests/browser/demo_server.py): an editor has just published a new English story about
a landscape; the translator, who holds no permission on the English tree, opens the admin, finds
the story in the queue on their dashboard (website/translation_queue.py), has it translated into
Spanish in one step, translates the title in the translation editor and publishes; the Spanish
story is online and the queue no longer lists it.

And an institution's editor lands on their own courses (learning/wagtail_hooks.py), finds the
course they just published missing in Spanish and translates it from there."""

import re

import pytest

from tests.browser.conftest import DESKTOP
from tests.browser.test_accessibility import axe_violations
from tests.browser.test_partnership_journeys import (
    STAFF_PASSWORD,
    expect,
    sign_in_to_admin,
    watch,
)

pytestmark = pytest.mark.browser

TRANSLATOR = "site-translator"
STORY = "Bees return to the altiplano"
SLUG = "bees-return-to-the-altiplano"
TITLE_ES = "Las abejas vuelven al altiplano"


@pytest.fixture(scope="module")
def new_story(demo_site):
    """A translator's account, and a story an editor has just published in English about a
    demo landscape."""
    demo_site.manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model\n"
        "from django.contrib.auth.models import Group\n"
        "from network.models import LandscapePage\n"
        "from network.roles import TRANSLATORS\n"
        "from stories.factories import make_story\n"
        "from stories.models import StoryIndexPage\n"
        f"user, _ = get_user_model().objects.get_or_create(username={TRANSLATOR!r},\n"
        f"    defaults={{'email': '{TRANSLATOR}@example.org'}})\n"
        f"user.set_password({STAFF_PASSWORD!r})\n"
        "user.save()\n"
        "user.groups.add(Group.objects.get(name=TRANSLATORS))\n"
        "index = StoryIndexPage.objects.get(locale__language_code='en')\n"
        "landscape = LandscapePage.objects.get(locale__language_code='en',\n"
        "    slug='lake-titicaca-altiplano')\n"
        f"make_story(index, title={STORY!r}, slug={SLUG!r}, landscape=landscape)\n",
    )


def test_a_translator_finds_a_new_story_and_publishes_it_in_spanish(
    visitor, demo_site, new_story, screenshot
):
    admin = visitor(DESKTOP)
    problems = watch(admin)
    sign_in_to_admin(admin, TRANSLATOR)

    panel = admin.locator("#translation-queue-section")
    expect()(panel).to_contain_text("Spanish")
    screenshot(admin, "dashboard")
    panel.get_by_role("link", name=re.compile(r"^Not yet translated: \d+$")).first.click()
    expect()(admin.get_by_role("heading", level=2)).to_contain_text("Not yet translated (Spanish)")
    admin.get_by_label("Title contains").fill("bees")
    admin.get_by_role("button", name="Show").click()
    row = admin.get_by_role("row").filter(has_text=STORY)
    expect()(row).to_contain_text("Story")
    assert axe_violations(admin) == []
    screenshot(admin, "queue")

    row.get_by_role("button", name="Translate").click()

    # The translation editor, on the new Spanish page.
    expect()(admin).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    expect()(admin.get_by_role("heading", name="English to Español translation")).to_be_visible()
    expect()(admin.get_by_text("Fetching page information")).to_have_count(0)
    screenshot(admin, "editor")

    admin.get_by_role("button", name="Translate").first.click()
    admin.locator("textarea").first.fill(TITLE_ES)
    admin.locator("textarea").first.press("Enter")
    expect()(admin.get_by_text(TITLE_ES).first).to_be_visible()
    # The title shows at once, "Saving..." beside it until the server has it: published before
    # that, the page could go out without it.
    expect()(admin.get_by_text("Saving...")).to_have_count(0)
    admin.get_by_role("button", name=re.compile(r"^Publish in ")).click()
    expect()(admin.locator(".messages")).to_contain_text(f"Published '{TITLE_ES}'")
    screenshot(admin, "published")

    spanish = admin.context.new_page()
    response = spanish.goto(f"/es/stories/{SLUG}/")
    assert response.status == 200
    expect()(spanish.get_by_role("heading", level=1)).to_have_text(TITLE_ES)

    admin.goto("/admin/to-translate/?language=es&q=bees")
    expect()(admin.get_by_role("row").filter(has_text=STORY)).to_have_count(0)
    assert problems == []


INSTITUTION_EDITOR = "sahyadri-editor"
COURSE = "Shade coffee and birds"


@pytest.fixture(scope="module")
def institution_editor(demo_site):
    """An editor of one demo institution, who has just published a course in English."""
    demo_site.manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model\n"
        "from learning.factories import make_course, session\n"
        "from learning.models import InstitutionPage\n"
        "from network.roles import ensure_institution_editors\n"
        "school = InstitutionPage.objects.get(slug='sahyadri-landscape-academy',\n"
        "    locale__language_code='en')\n"
        f"user, _ = get_user_model().objects.get_or_create(username={INSTITUTION_EDITOR!r},\n"
        f"    defaults={{'email': '{INSTITUTION_EDITOR}@example.org'}})\n"
        f"user.set_password({STAFF_PASSWORD!r})\n"
        "user.save()\n"
        "user.groups.add(ensure_institution_editors(school))\n"
        f"make_course(school, title={COURSE!r},\n"
        "    sessions=[session(30, time_zone='Asia/Kolkata')])\n",
    )


def test_an_institution_editor_finds_their_courses_and_translates_a_new_one(
    visitor, demo_site, institution_editor, screenshot
):
    admin = visitor(DESKTOP)
    problems = watch(admin)
    sign_in_to_admin(admin, INSTITUTION_EDITOR)

    panel = admin.get_by_role("region", name="Your courses at Sahyadri Landscape Academy")
    expect()(panel.get_by_role("link", name="Add a course")).to_be_visible()
    row = panel.get_by_role("row").filter(has_text=COURSE)
    expect()(row).to_contain_text("1")  # its session
    assert axe_violations(admin) == []
    screenshot(admin, "dashboard")

    row.get_by_role("button", name=re.compile("^Translate into Spanish")).click()
    expect()(admin).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    expect()(admin.get_by_role("heading", name="English to Español translation")).to_be_visible()
    screenshot(admin, "translation-editor")

    admin.goto("/admin/")
    row = admin.get_by_role("row").filter(has_text=COURSE)
    expect()(row.get_by_role("button", name=re.compile("^Translate into Spanish"))).to_have_count(0)
    expect()(row.get_by_role("button", name=re.compile("^Translate into French"))).to_have_count(1)
    assert problems == []
