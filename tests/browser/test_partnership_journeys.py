"""Landscape partnerships keep their own pages (network/workspace.py, network/teams.py), in a
real Chromium against the demo site (tests/browser/demo_server.py).

1. In English at 1280 px: a person signs up, asks to coordinate a published landscape that has
   no team, an editor accepts in the admin; the coordinator draws the boundary on the map,
   scores the 5 Elements, invites a colleague and sends the page for review; a moderator
   approves it in the admin; the public page and the directory's map show the new boundary.
2. In Spanish at 375 px: a person proposes a new landscape, written in Spanish; a moderator
   approves it; the English directory lists it, marked as Spanish.

No script error and no Content Security Policy violation on any page of either journey;
screenshots of the workspace (tests/browser/screenshots/)."""

import json
import re

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.browser.conftest import DESKTOP, MOBILE
from tests.browser.test_accessibility import axe_violations

pytestmark = pytest.mark.browser

PASSWORD = "a-long-and-rare-password-63"
EDITOR = "partnership-editor"
MODERATOR = "partnership-moderator"
STAFF_PASSWORD = "a-long-staff-password-28"

# A demo landscape without a team (network/demo/teams.json has two others).
LANDSCAPE = "scheldt-delta"
# Where the coordinator clicks, in pixels from the middle of the drawing map: a rectangle east
# of the middle, so that the new centre is clearly not the old one.
CORNERS = [(60, -40), (180, -40), (180, 40), (60, 40)]


def expect():
    # Imported here so that the folder is collected, and skipped, where Playwright is missing.
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect


def in_spanish(text):
    """What a Spanish-speaking visitor reads for `text` (the site's own catalogues)."""
    with translation.override("es"):
        return gettext(text)


@pytest.fixture(scope="module")
def staff(demo_site):
    """An editor and a moderator of the demo site, who sign in to the admin with a password
    (demo accounts have none)."""
    demo_site.manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model\n"
        "from django.contrib.auth.models import Group\n"
        "from network.roles import EDITORS, MODERATORS\n"
        f"for name, group in [({EDITOR!r}, EDITORS), ({MODERATOR!r}, MODERATORS)]:\n"
        "    user, _ = get_user_model().objects.get_or_create(\n"
        "        username=name, defaults={'email': name + '@example.org'})\n"
        f"    user.set_password({STAFF_PASSWORD!r})\n"
        "    user.save()\n"
        "    user.groups.add(Group.objects.get(name=group))\n",
    )


# The admin's autosave posts a page's form while it is being filled in; while a required field
# is still empty it answers 400 with "validation_error" (the autosave indicator then says so),
# and Chromium logs that answer as a failed resource. Only that answer at an edit view's own
# address is expected; a 400 anywhere else is a problem.
AUTOSAVE_VALIDATION = re.compile(r"/admin/pages/\d+/edit/$")


def is_autosave_validation(message):
    return message.text.startswith(
        "Failed to load resource: the server responded with a status of 400"
    ) and AUTOSAVE_VALIDATION.search(message.location.get("url", ""))


def watch(page):
    """Script errors, errors in the console and Content Security Policy violations, as they
    come."""
    problems = []
    page.on(
        "console",
        lambda message: (
            problems.append(f"{page.url}: console {message.type}: {message.text}")
            if (message.type == "error" and not is_autosave_validation(message))
            or "Content Security Policy" in message.text
            else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"{page.url}: page error: {error}"))
    return problems


def mail_to(demo_site, address, pattern):
    """The first match of `pattern` in the last e-mail the site sent to `address`."""
    messages = [text for text in demo_site.sent_mail() if f"To: {address}" in text]
    assert messages, f"no e-mail was sent to {address}"
    match = re.search(pattern, messages[-1])
    assert match, messages[-1]
    return match.group(0)


# What each answer to "what brings you here" leads to once the address is confirmed.
PURPOSE_LANDING = {"coordinate": "my-landscapes", "expert": "my-profile"}


def sign_up(page, demo_site, language, email, purpose="coordinate"):
    """Sign up (by default to coordinate a landscape) with e-mail and password, and confirm the
    address from the e-mail's link: that leads to the coordinators' workspace, or for an
    expert to /my-profile/."""
    page.goto(f"/{language}/accounts/signup/")
    form = page.locator("form").filter(has=page.locator("input[name=password2]"))
    form.locator(f"input[name=purpose][value={purpose}]").check()
    form.locator("input[name=email]").fill(email)
    form.locator("input[name=password1]").fill(PASSWORD)
    form.locator("input[name=password2]").fill(PASSWORD)
    form.locator("[type=submit]").click()
    expect()(page).to_have_url(re.compile(rf"/{language}/accounts/confirm-email/$"))
    link = mail_to(demo_site, email, rf"https?://\S+/{language}/accounts/confirm-email/\S+")
    page.goto(link)
    page.locator("main form [type=submit]").click()
    expect()(page).to_have_url(re.compile(rf"/{language}/{PURPOSE_LANDING[purpose]}/$"))


def sign_in_to_admin(page, username):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect()(page).to_have_url(re.compile(r"/admin/$"))


def approve_from_dashboard(admin, title):
    """A moderator approves the page `title` from "Awaiting your review" on the dashboard."""
    admin.goto("/admin/")
    awaiting = admin.get_by_role("region", name="Awaiting your review")
    row = awaiting.get_by_role("row").filter(has=admin.get_by_role("link", name=title))
    expect()(row).to_have_count(1)
    row.get_by_role("button", name="Actions").click()
    with admin.expect_response(re.compile(r"/admin/pages/workflow/action/\d+/approve/")) as post:
        row.get_by_role("button", name="Approve and publish", exact=True).click()
    assert post.value.status == 302, post.value.status
    expect()(admin).to_have_url(re.compile(r"/admin/$"))
    expect()(admin.get_by_role("link", name=title)).to_have_count(0)


def status_message(page):
    return page.locator(".notice[role=status]")


def test_a_coordinator_claims_a_landscape_draws_its_boundary_and_a_moderator_publishes_it(
    visitor, demo_site, staff, screenshot
):
    problems = []
    coordinator_email = "nomvula.dlamini@example.org"
    colleague_email = "jan.devries@example.org"

    # The public page before: the landscape's boundary and its place on the directory's map.
    public = visitor(DESKTOP)
    problems += watch(public)
    public.goto(f"/en/landscapes/{LANDSCAPE}/")
    title = public.get_by_role("heading", level=1).inner_text()
    old_boundary = boundary_on_page(public)
    old_centre = centre_on_directory_map(public, title)

    # A person signs up and asks to coordinate the landscape from its page.
    page = visitor(DESKTOP)
    problems += watch(page)
    sign_up(page, demo_site, "en", coordinator_email)
    page.goto(f"/en/landscapes/{LANDSCAPE}/")
    page.get_by_role("link", name="Coordinate this landscape's page").click()
    expect()(page).to_have_url(re.compile(rf"/en/landscapes/{LANDSCAPE}/claim/$"))
    expect()(page.get_by_role("heading", level=1)).to_have_text(f"Coordinate the page of {title}")
    assert axe_violations(page) == []
    reason = "I coordinate the delta's water board partnership."
    page.get_by_label("Why should you keep this page?").fill(reason)
    page.get_by_role("button", name="Send the request").click()
    expect()(page).to_have_url(re.compile(r"/en/my-landscapes/$"))
    expect()(status_message(page)).to_contain_text("An editor will look at your request")
    claims = page.get_by_role("region", name="Your requests to coordinate")
    expect()(claims).to_contain_text(f"{title} · Waiting for an editor")

    # An editor accepts the request in the admin; the person is told by e-mail.
    editor = visitor(DESKTOP)
    problems += watch(editor)
    sign_in_to_admin(editor, EDITOR)
    editor.goto("/admin/partnerships/claims/")
    expect()(editor.get_by_role("heading", level=1)).to_have_text("Claims to coordinate")
    row = editor.get_by_role("row").filter(has_text=reason)
    expect()(row).to_contain_text(coordinator_email)
    row.get_by_role("button", name="Accept").click()
    expect()(editor.locator(".messages")).to_contain_text(
        f"{coordinator_email} now coordinates {title}"
    )
    expect()(editor.get_by_text("No request is waiting.")).to_be_visible()
    workspace_link = mail_to(demo_site, coordinator_email, r"https?://\S+/en/my-landscapes/")
    assert workspace_link.startswith(demo_site.url), workspace_link

    # The coordinator opens the landscape in their workspace.
    page.goto("/en/")
    page.get_by_role("banner").get_by_role("link", name="My landscapes").click()
    expect()(page.get_by_role("heading", level=1)).to_have_text("My landscapes")
    card = page.locator(".workspace-card").filter(has=page.get_by_role("link", name=title))
    expect()(card).to_contain_text("Coordinator")
    expect()(card).to_contain_text("Published")
    assert axe_violations(page) == []
    card.get_by_role("link", name=title).click()
    expect()(page).to_have_url(re.compile(rf"/en/my-landscapes/{LANDSCAPE}/$"))
    expect()(page.get_by_role("heading", level=1)).to_have_text(title)
    screenshot(page, "workspace-en-1280")

    # Boundary: the old one off the map, a new one drawn, saved.
    sections = page.get_by_role("navigation", name="Sections of the page")
    sections.get_by_role("link", name="Boundary").click()
    expect()(page.get_by_role("heading", level=2, name="Boundary")).to_be_visible()
    editor_block = page.locator("[data-boundary-editor].boundary-editor--ready")
    expect()(editor_block).to_be_visible()
    field = editor_block.locator("textarea[name=boundary]")
    status = editor_block.get_by_role("status")
    shapes = editor_block.locator(".leaflet-overlay-pane path")
    expect()(shapes).to_have_count(1)  # the boundary the page has
    map_region = editor_block.get_by_role("region", name="Map for drawing the boundary")
    map_region.scroll_into_view_if_needed()
    editor_block.get_by_role("button", name="Remove Layers").click()
    shapes.first.click()
    expect()(field).to_have_value("")
    expect()(status).to_have_text("Parts of the boundary drawn: 0")
    editor_block.get_by_role("button", name="Draw Polygons").click()
    box = map_region.bounding_box()
    middle_x, middle_y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    for dx, dy in [*CORNERS, CORNERS[0]]:  # the first corner again closes the shape
        page.mouse.click(middle_x + dx, middle_y + dy)
    expect()(status).to_have_text("Parts of the boundary drawn: 1")
    drawn = json.loads(field.input_value())
    assert drawn["type"] == "Polygon"
    screenshot(page, "boundary-drawn-en-1280")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Save", exact=True).click()
    expect()(status_message(page)).to_have_text("Saved. Send the page for review when it is ready.")
    expect()(page.locator(".profile-status")).to_contain_text("Draft")
    saved = json.loads(page.locator("[data-boundary-editor] textarea[name=boundary]").input_value())
    assert same_rings(saved, drawn)

    # The 5 Elements: a score for each.
    scores = {
        "Partnership": "Well advanced",
        "Shared understanding": "Started",
        "Vision and planning": "Started",
        "Taking action": "Not begun",
        "Learning and impact": "Completed",
    }
    sections.get_by_role("link", name="The 5 Elements").click()
    for element, score in scores.items():
        page.get_by_role("group", name=element).get_by_label(score, exact=True).check()
    page.get_by_role("button", name="Save", exact=True).click()
    expect()(status_message(page)).to_have_text("Saved. Send the page for review when it is ready.")
    for element, score in scores.items():
        expect()(
            page.get_by_role("group", name=element).get_by_label(score, exact=True)
        ).to_be_checked()

    # Team: a colleague invited by e-mail, as a member.
    page.get_by_role("link", name="Team", exact=True).first.click()
    expect()(page.get_by_role("heading", level=1)).to_have_text(f"Team of {title}")
    assert axe_violations(page) == []
    invite = page.locator("form").filter(has=page.get_by_role("button", name="Send the invitation"))
    invite.get_by_label("E-mail address").fill(colleague_email)
    invite.get_by_label("Member", exact=True).check()
    invite.get_by_role("button", name="Send the invitation").click()
    expect()(status_message(page)).to_have_text(
        f"The invitation is on its way to {colleague_email}."
    )
    expect()(page.get_by_role("listitem").filter(has_text=colleague_email)).to_contain_text(
        "Member"
    )
    mail_to(demo_site, colleague_email, r"https?://\S+/en/invitations/\S+/")

    # Sent for review from the page's header.
    page.locator(".page-header").get_by_role("link", name=title).click()
    page.get_by_role("button", name="Send for review", exact=True).click()
    expect()(status_message(page)).to_contain_text("Sent for review")
    expect()(page.locator(".profile-status")).to_contain_text("In review")
    expect()(page.get_by_role("button", name="Send for review", exact=True)).to_have_count(0)
    # Nothing public changes before the review.
    public.reload()
    assert same_rings(boundary_on_page(public), old_boundary)

    # A moderator approves it in the admin; the coordinator sees it published and is told.
    moderator = visitor(DESKTOP)
    problems += watch(moderator)
    sign_in_to_admin(moderator, MODERATOR)
    approve_from_dashboard(moderator, title)
    page.reload()
    expect()(page.locator(".profile-status")).to_contain_text("Published")
    mail_to(demo_site, coordinator_email, r"approved and published")

    # The public page shows the new boundary and the scores; the directory's map, the new centre.
    public.reload()
    assert same_rings(boundary_on_page(public), drawn)
    expect()(public.locator(".map.map--ready").first).to_be_visible()
    screenshot(public, "public-page-en-1280")
    elements = public.get_by_role("region", name="The 5 Elements of the partnership")
    expect()(elements).to_contain_text("Well advanced")
    longitudes = [longitude for longitude, _latitude in drawn["coordinates"][0]]
    latitudes = [latitude for _longitude, latitude in drawn["coordinates"][0]]
    new_centre = centre_on_directory_map(public, title)
    assert min(longitudes) < new_centre[0] < max(longitudes), (new_centre, drawn)
    assert min(latitudes) < new_centre[1] < max(latitudes), (new_centre, drawn)
    assert new_centre != old_centre
    api = public.request.get("/api/landscapes.geojson").json()
    (feature,) = [item for item in api["features"] if item["properties"]["name"] == title]
    assert feature["properties"]["centre"] == new_centre

    assert problems == []


def boundary_on_page(page):
    """The GeoJSON geometry a landscape's page gives its map."""
    data = json.loads(page.locator("#landscape-boundary-data").text_content())
    (feature,) = data["features"]
    return feature["geometry"]


def centre_on_directory_map(page, title):
    """The landscape's marker on the English directory's map, as [longitude, latitude]."""
    data = page.request.get("/en/landscapes/map/").json()
    points = [item for item in data["features"] if item["properties"]["name"] == title]
    assert len(points) == 1, [item["properties"]["name"] for item in data["features"]]
    return points[0]["geometry"]["coordinates"]


def same_rings(one, other, tolerance=1e-5):
    """Two Polygons with the same corners (as stored, coordinates may be rounded)."""
    if one["type"] != other["type"] or len(one["coordinates"]) != len(other["coordinates"]):
        return False
    for ring, other_ring in zip(one["coordinates"], other["coordinates"], strict=True):
        if len(ring) != len(other_ring):
            return False
        for (x, y), (other_x, other_y) in zip(ring, other_ring, strict=True):
            if abs(x - other_x) > tolerance or abs(y - other_y) > tolerance:
                return False
    return True


def test_a_landscape_proposed_in_spanish_is_listed_in_the_english_directory_as_spanish(
    visitor, demo_site, staff, screenshot
):
    problems = []
    email = "lucia.quispe@example.org"
    title = "Cuenca del Río Chillón"
    summary = "Comunidades de la cuenca alta cuidan los bofedales que dan agua a Lima."

    page = visitor(MOBILE)
    problems += watch(page)
    sign_up(page, demo_site, "es", email)
    page.goto("/es/my-landscapes/new/")
    expect()(page.locator("html")).to_have_attribute("lang", "es")
    expect()(page.get_by_role("heading", level=1)).to_have_text(
        in_spanish("Propose a new landscape")
    )
    assert axe_violations(page) == []
    page.get_by_label(in_spanish("Name of the landscape")).fill(title)
    page.locator("textarea[name=summary]").fill(summary)
    page.locator("select[name=region]").select_option("latin-america")
    # The countries are a long list: searched, then picked with Enter (website/widgets.py).
    page.get_by_role("combobox", name=in_spanish("Countries")).press_sequentially("Perú")
    expect()(page.get_by_role("option", name="Perú", exact=True)).to_be_visible()
    page.keyboard.press("Enter")
    expect()(page.locator("input[name=countries][value=PE]")).to_be_checked()
    expect()(page.locator("select[name=language]")).to_have_value("es")
    page.get_by_role("button", name=in_spanish("Propose the landscape")).click()

    expect()(page).to_have_url(re.compile(r"/es/my-landscapes/cuenca-del-rio-chillon/$"))
    expect()(page.get_by_role("heading", level=1)).to_have_text(title)
    expect()(status_message(page)).to_contain_text(
        in_spanish(
            "Thank you. Your landscape has been sent for review; you can complete its page "
            "meanwhile."
        )
    )
    expect()(page.locator(".profile-status")).to_contain_text(in_spanish("In review"))
    assert page.evaluate("document.documentElement.scrollWidth") <= MOBILE["width"]
    screenshot(page, "workspace-es-375")
    page.locator("a[href='?section=boundary']").click()
    drawing_map = page.locator(".boundary-editor--ready [data-boundary-map]")
    expect()(drawing_map).to_be_visible()
    assert drawing_map.bounding_box()["width"] <= MOBILE["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= MOBILE["width"]
    screenshot(page, "workspace-boundary-es-375")
    assert axe_violations(page) == []

    # A moderator approves the proposal in the admin.
    moderator = visitor(DESKTOP)
    problems += watch(moderator)
    sign_in_to_admin(moderator, MODERATOR)
    approve_from_dashboard(moderator, title)
    page.reload()
    expect()(page.locator(".profile-status")).to_contain_text(in_spanish("Published"))

    # The English directory lists it, in Spanish and marked as such.
    reader = visitor(MOBILE)
    problems += watch(reader)
    reader.goto("/en/landscapes/")
    card = reader.locator(".card").filter(has=reader.get_by_role("link", name=title))
    expect()(card).to_have_count(1)
    expect()(card.get_by_role("link", name=title)).to_have_attribute("lang", "es")
    expect()(card.get_by_text(summary)).to_have_attribute("lang", "es")
    card.scroll_into_view_if_needed()
    screenshot(reader, "directory-en-375")
    card.get_by_role("link", name=title).click()
    expect()(reader).to_have_url(re.compile(r"/es/landscapes/cuenca-del-rio-chillon/$"))
    expect()(reader.get_by_role("heading", level=1)).to_have_text(title)

    assert problems == []
