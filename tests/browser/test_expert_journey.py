"""The expert's journey in a real browser: sign up, verify the address from the e-mail, fill the
profile, see it in review; a moderator approves it in the Wagtail admin; the public page shows
the expert's name."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from playwright.sync_api import expect

from network.factories import make_directory_site
from network.models import ExpertPage
from network.roles import MODERATORS, ensure_roles

# serialized_rollback: the live server needs a transactional database, and flushing it after the
# test would otherwise run the post_migrate handlers (see the report); the data the migrations made
# (root page, locales, permissions) is restored for the next transactional test.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

EMAIL = "ana@example.org"
PASSWORD = "a-long-and-rare-password-41"
MODERATOR_PASSWORD = "a-long-moderator-password-77"


@pytest.fixture
def site(live_server):
    make_directory_site()
    ensure_roles()
    moderator = get_user_model().objects.create_user(
        "moderator", "mod@example.org", MODERATOR_PASSWORD
    )
    moderator.groups.add(Group.objects.get(name=MODERATORS))


def test_explore(page, new_page, base_url, site, screenshot):
    page.goto(f"{base_url}/en/accounts/signup/")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    screenshot(page, "signup")
    page.get_by_role("button", name="Sign Up").click()
    expect(page).to_have_url(re.compile(r"/en/accounts/confirm-email/$"))
    screenshot(page, "verification-sent")

    link = re.search(r"http://\S+/accounts/confirm-email/\S+", mail.outbox[-1].body).group(0)
    page.goto(link)
    screenshot(page, "confirm")
    page.get_by_role("button", name="Confirm").click()
    expect(page).to_have_url(f"{base_url}/en/my-profile/")

    page.get_by_label("Your name").fill("Ana Lima")
    page.get_by_label("Headline").fill("Agroforester")
    page.get_by_label("Portuguese", exact=True).check()
    page.get_by_label("Spanish", exact=True).check()
    page.get_by_label("Countries of experience").select_option("BR")
    page.get_by_label("Latin America and the Caribbean").check()
    page.get_by_label("Mentoring").check()
    page.get_by_label("Biography").fill("I plant trees.\n\nAnd I teach.")
    page.get_by_label("Skills").fill("syntropic farming, facilitation")
    page.get_by_label("Links").fill("Blog https://example.org/ana")
    screenshot(page, "profile-filled")
    page.get_by_role("button", name="Save and send for review").click()
    expect(page.locator(".profile-status")).to_contain_text("In review")
    screenshot(page, "in-review")

    admin = new_page()
    admin.goto(f"{base_url}/admin/login/")
    screenshot(admin, "admin-login")
    print(admin.locator("form").first.aria_snapshot())
    admin.get_by_label("Username").fill("moderator")
    admin.get_by_label("Password").fill(MODERATOR_PASSWORD)
    admin.get_by_role("button", name="Sign in").click()
    admin.wait_for_load_state()
    screenshot(admin, "dashboard")
    review = admin.get_by_role("region", name="Awaiting your review")
    row = review.get_by_role("row").filter(has_text="Ana Lima")
    row.get_by_role("button", name="Actions").click()
    screenshot(admin, "actions")
    with admin.expect_navigation():
        row.get_by_role("button", name="Approve", exact=True).click()
    screenshot(admin, "approved")
    print(admin.url)
    print(admin.locator("main").aria_snapshot())
    page_obj = ExpertPage.objects.get(title="Ana Lima")
    print(page_obj.live, page_obj.url)
