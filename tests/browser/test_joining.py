"""Joining says what an account is for and leads each person where they came for
(network/accounts.py), in a real Chromium against the demo site, in Spanish on a phone: an
expert finds "Join as an expert" on the experts directory, signs up with that answer already
chosen, confirms the address and lands on their profile form; someone who only follows the
network lands on their account page, which says what they can do and lets them change their
answer. No English on the way, no script error, and axe finds nothing on the pages."""

import re

import pytest

from tests.browser.conftest import MOBILE
from tests.browser.test_accessibility import axe_violations
from tests.browser.test_partnership_journeys import PASSWORD, expect, in_spanish, mail_to, watch

pytestmark = pytest.mark.browser


def sign_up_in_spanish(page, demo_site, email, screenshot, name):
    form = page.locator("form").filter(has=page.locator("input[name=password2]"))
    form.locator("input[name=email]").fill(email)
    form.locator("input[name=password1]").fill(PASSWORD)
    form.locator("input[name=password2]").fill(PASSWORD)
    screenshot(page, f"{name}-sign-up")
    form.get_by_role("button", name="Crear mi cuenta").click()
    expect()(page).to_have_url(re.compile(r"/es/accounts/confirm-email/$"))
    page.goto(mail_to(demo_site, email, r"https?://\S+/es/accounts/confirm-email/\S+"))
    page.locator("main form [type=submit]").click()


def test_an_expert_and_a_follower_join_in_spanish_on_a_phone(visitor, demo_site, screenshot):
    phone = visitor(MOBILE)
    problems = watch(phone)

    phone.goto("/es/experts/")
    phone.get_by_role("link", name="Únete como especialista").click()
    expect()(phone.get_by_role("heading", level=1)).to_have_text("Únete a Mil Paisajes")
    expect()(
        phone.get_by_role("radio", name=re.compile("Compartir mis conocimientos"))
    ).to_be_checked()
    assert axe_violations(phone) == []
    sign_up_in_spanish(phone, demo_site, "experta@example.org", screenshot, "expert")
    expect()(phone).to_have_url(re.compile(r"/es/my-profile/$"))
    expect()(phone.get_by_role("heading", level=1)).to_have_text(in_spanish("My profile"))

    follower = visitor(MOBILE)
    problems += watch(follower)
    follower.goto("/es/accounts/signup/")
    # Without an answer the form asks for one and keeps the address typed.
    form = follower.locator("form").filter(has=follower.locator("input[name=password2]"))
    form.locator("input[name=email]").fill("sigo@example.org")
    form.get_by_role("button", name="Crear mi cuenta").click()
    expect()(follower.get_by_text("Elige qué te trae por aquí.")).to_be_visible()
    expect()(form.locator("input[name=email]")).to_have_value("sigo@example.org")
    screenshot(follower, "follower-asked")
    form.get_by_role("radio", name=re.compile("Seguir la red")).check()
    sign_up_in_spanish(follower, demo_site, "sigo@example.org", screenshot, "follower")
    expect()(follower).to_have_url(re.compile(r"/es/my-account/$"))
    expect()(follower.get_by_role("heading", level=1)).to_have_text("Mi cuenta")
    expect()(follower.locator("main")).to_contain_text("sigo@example.org")
    assert axe_violations(follower) == []
    screenshot(follower, "follower-account")

    # They change their mind: signing in now leads to the coordinators' workspace.
    follower.get_by_role("radio", name=re.compile("Coordinar una alianza de paisaje")).check()
    follower.get_by_role("button", name="Guardar mi elección").click()
    expect()(follower).to_have_url(re.compile(r"/es/my-landscapes/$"))
    assert problems == []
