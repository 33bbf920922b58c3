"""An expert's journey, in a real browser: they sign up with e-mail and password, confirm the
address from the link in the e-mail, fill in their profile and send it for review; a moderator
signs in to the Wagtail admin and approves it from the dashboard; the public page then shows the
expert's name."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command

from network.factories import make_directory_site
from network.models import ExpertPage
from network.roles import MODERATORS, ensure_roles

# The live server thread needs a transactional database, emptied after the test. With
# serialized_rollback, what the migrations made (root page, locales, permissions) is restored for
# each such test, and the emptying runs without the post_migrate handlers (network's fails on an
# emptied database: Permission "access_admin" does not exist yet when it runs).
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

EMAIL = "ana@example.org"
PASSWORD = "a-long-and-rare-password-41"
MODERATOR = "moderator"
MODERATOR_PASSWORD = "a-long-moderator-password-77"
NAME = "Ana Lima"


@pytest.fixture
def site(live_server, settings):
    """Home and the directory in every language, the roles and the review workflow, and a
    moderator who signs in with a password. The site's address is the live server's, given to
    the Site as a deployment does (set_site_address): e-mailed links are made from it."""
    make_directory_site()
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    call_command("set_site_address", stdout=io.StringIO())
    ensure_roles()
    moderator = get_user_model().objects.create_user(
        MODERATOR, "mod@example.org", MODERATOR_PASSWORD
    )
    moderator.groups.add(Group.objects.get(name=MODERATORS))


def confirmation_link(address):
    """The link in the last e-mail the site sent to `address` (the locmem outbox: the live
    server runs in this process)."""
    messages = [message for message in mail.outbox if address in message.to]
    assert messages, f"no e-mail was sent to {address}"
    match = re.search(r"https?://\S+/accounts/confirm-email/\S+", messages[-1].body)
    assert match, messages[-1].body
    return match.group(0)


def test_an_expert_signs_up_and_a_moderator_publishes_the_profile(
    page, new_page, base_url, site, screenshot
):
    # Imported here so that the folder is collected, and skipped, where Playwright is missing.
    from playwright.sync_api import expect

    # A visitor signs up with e-mail and password.
    page.goto(f"{base_url}/en/accounts/signup/")
    page.get_by_label("Share my expertise").check()
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    screenshot(page, "signup")
    page.get_by_role("button", name="Create my account").click()
    expect(page).to_have_url(f"{base_url}/en/accounts/confirm-email/")
    screenshot(page, "verification-sent")

    # They follow the link in the e-mail and confirm; that signs them in.
    link = confirmation_link(EMAIL)
    assert link.startswith(f"{base_url}/en/accounts/confirm-email/"), link
    page.goto(link)
    screenshot(page, "confirm-email")
    page.get_by_role("button", name="Confirm").click()
    expect(page).to_have_url(f"{base_url}/en/my-profile/")
    expect(page.locator(".profile-status")).to_contain_text("No profile yet")

    # They fill in the profile and send it for review.
    page.get_by_label("Your name").fill(NAME)
    page.get_by_label("Headline").fill("Agroforester")
    # Languages and countries are long lists: searched, then picked with Enter
    # (website/widgets.py; tests/browser/test_multi_select.py tries them in depth).
    # Each pick waits for the list to show what was typed, and then for its checkbox: on a busy
    # machine, letters still being filtered could open the list again after the pick.
    for label, typed, field, value in [
        ("Languages spoken", "Portuguese", "languages", "pt"),
        ("Languages spoken", "Spanish", "languages", "es"),
        ("Countries of experience", "Brazil", "countries", "BR"),
    ]:
        page.get_by_role("combobox", name=label).press_sequentially(typed)
        expect(page.get_by_role("option", name=typed, exact=True)).to_be_visible()
        page.keyboard.press("Enter")
        expect(page.locator(f"input[name={field}][value={value}]")).to_be_checked()
    # Escape closes the list, as a keyboard user leaves it, so that it covers nothing below.
    page.keyboard.press("Escape")
    countries = page.get_by_role("combobox", name="Countries of experience")
    expect(countries).to_have_attribute("aria-expanded", "false")
    expect(page.locator("input[name=languages]:checked")).to_have_count(2)
    expect(page.locator("input[name=countries][value=BR]")).to_be_checked()
    page.get_by_label("Latin America and the Caribbean").check()
    page.get_by_label("Mentoring").check()
    page.get_by_label("Biography").fill("I plant trees.\n\nAnd I teach.")
    page.get_by_label("Skills").fill("syntropic farming, facilitation")
    page.get_by_label("Links").fill("Blog https://example.org/ana")
    screenshot(page, "profile-filled")
    page.get_by_role("button", name="Save and send for review").click()
    expect(page).to_have_url(f"{base_url}/en/my-profile/")
    expect(page.locator(".notice[role=status]")).to_contain_text("sent for review")
    expect(page.locator(".profile-status")).to_contain_text("In review")
    screenshot(page, "in-review")

    # Nothing is public before the review.
    public_path = ExpertPage.objects.get(account__email=EMAIL).url
    visitor = new_page()
    assert visitor.goto(f"{base_url}{public_path}").status == 404

    # A moderator signs in to the admin and approves the profile from the dashboard.
    admin = new_page()
    admin.goto(f"{base_url}/admin/login/")
    admin.get_by_label("Username").fill(MODERATOR)
    admin.get_by_label("Password").fill(MODERATOR_PASSWORD)
    admin.get_by_role("button", name="Sign in").click()
    expect(admin).to_have_url(f"{base_url}/admin/")
    awaiting = admin.get_by_role("region", name="Awaiting your review")
    row = awaiting.get_by_role("row").filter(has=admin.get_by_role("link", name=NAME))
    expect(row).to_have_count(1)
    expect(row.get_by_role("cell", name="ana", exact=True)).to_be_visible()  # who submitted it
    screenshot(admin, "dashboard")
    row.get_by_role("button", name="Actions").click()
    approve = row.get_by_role("button", name="Approve and publish", exact=True)
    expect(approve).to_be_visible()
    screenshot(admin, "approve-menu")
    # Wagtail's script posts the action in a form of its own, then the dashboard reloads.
    with admin.expect_response(re.compile(r"/admin/pages/workflow/action/\d+/approve/")) as post:
        approve.click()
    assert post.value.request.method == "POST"
    assert post.value.status == 302, post.value.status
    expect(admin).to_have_url(f"{base_url}/admin/")
    expect(admin.get_by_role("link", name=NAME)).to_have_count(0)  # nothing left to review
    screenshot(admin, "approved")

    # The expert sees their profile published, and anyone can read it.
    page.reload()
    expect(page.locator(".profile-status")).to_contain_text("Published")
    page.get_by_role("link", name="See your public profile").click()
    expect(page).to_have_url(f"{base_url}{public_path}")
    expect(page.get_by_role("heading", level=1)).to_have_text(NAME)
    screenshot(page, "public-profile")

    response = visitor.goto(f"{base_url}{public_path}")
    assert response.status == 200
    expect(visitor.get_by_role("heading", level=1)).to_have_text(NAME)
    expect(visitor.locator("main")).to_contain_text("I plant trees.")
    screenshot(visitor, "public-profile-anonymous")
