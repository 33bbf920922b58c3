"""Sign-in lockout through the real login views: the Wagtail admin's, the visitors' (allauth)
and Django's admin. Repeated wrong passwords pause sign-in for the account from that address
(or for the address), even with the right password, and say so; everyone else signs in as
usual, the account's owner from their own address too, and an e-mailed link unlocks."""

import datetime
import logging
import re

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.utils import timezone

from website.addresses import site_root

pytestmark = pytest.mark.django_db

PASSWORD = "the-right-password-83"
PAUSED = "Too many failed sign-in attempts"


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.fixture
def other_editor(db):
    return get_user_model().objects.create_superuser("other", "other@example.org", PASSWORD)


def admin_login(client, username, password, address="127.0.0.1"):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=address
    )


def site_login(client, email, password, address="127.0.0.1"):
    return client.post(
        "/en/accounts/login/", {"login": email, "password": password}, REMOTE_ADDR=address
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def fail(login, client, name, times, address="127.0.0.1"):
    for _ in range(times):
        response = login(client, name, "a-wrong-guess", address=address)
        assert response.status_code == 200
        assert not signed_in(client)


def test_the_admin_pauses_an_account_after_five_wrong_passwords(
    client, editor, other_editor, caplog
):
    for _ in range(4):
        response = admin_login(client, "editor", "a-wrong-guess")
        assert "match" in response.content.decode()  # the usual message, until the pause
    with caplog.at_level(logging.WARNING, logger="website.lockout"):
        admin_login(client, "editor", "a-wrong-guess")
    assert any("Sign-in locked" in record.getMessage() for record in caplog.records)

    response = admin_login(client, "editor", PASSWORD)
    assert response.status_code == 200
    assert PAUSED in response.content.decode()
    assert "paused for 15 minutes" in response.content.decode()
    assert not signed_in(client)
    # Typing the name differently does not get round it.
    assert PAUSED in admin_login(client, "EDITOR", PASSWORD).content.decode()

    # Another account, from the same address, is not affected.
    other = Client()
    response = admin_login(other, "other", PASSWORD)
    assert response.status_code == 302
    assert signed_in(other)


def test_the_pause_ends_after_fifteen_minutes(client, editor):
    fail(admin_login, client, "editor", 5)
    assert PAUSED in admin_login(client, "editor", PASSWORD).content.decode()

    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=14), tick=False):
        assert PAUSED in admin_login(client, "editor", PASSWORD).content.decode()
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=16), tick=False):
        response = admin_login(client, "editor", PASSWORD)
        assert response.status_code == 302
        assert response["Location"] == "/admin/"
        assert signed_in(client)


def test_signing_in_forgets_the_accounts_failures(client, editor):
    fail(admin_login, client, "editor", 4)
    assert admin_login(client, "editor", PASSWORD).status_code == 302
    client.logout()

    fail(admin_login, client, "editor", 4)
    assert admin_login(client, "editor", PASSWORD).status_code == 302


def test_the_visitors_sign_in_pauses_too(client, editor):
    fail(site_login, client, "editor@example.org", 5)

    response = site_login(client, "editor@example.org", PASSWORD)
    assert response.status_code == 200
    html = response.content.decode()
    assert PAUSED in html
    assert "editor@example.org" in html  # what was typed is kept
    assert not signed_in(client)


def test_one_count_for_an_account_whichever_way_in(client, editor):
    """The same person behind the admin's user name and the sign-in page's e-mail address."""
    fail(site_login, client, "editor@example.org", 3)
    fail(admin_login, client, "editor", 2)

    assert PAUSED in admin_login(client, "editor", PASSWORD).content.decode()
    assert PAUSED in site_login(client, "editor@example.org", PASSWORD).content.decode()
    # Django's own admin asks the same authentication, which refuses as well.
    response = client.post(
        "/django-admin/login/?next=/django-admin/", {"username": "editor", "password": PASSWORD}
    )
    assert response.status_code == 200
    assert not signed_in(client)


def test_an_address_that_keeps_guessing_is_paused_for_every_account(client, editor):
    for number in range(20):
        admin_login(client, f"guess{number}", "a-wrong-guess", address="198.51.100.7")

    response = admin_login(client, "editor", PASSWORD, address="198.51.100.7")
    assert PAUSED in response.content.decode()
    assert not signed_in(client)
    # The account itself is not paused: from elsewhere its owner signs in.
    assert admin_login(Client(), "editor", PASSWORD, address="203.0.113.20").status_code == 302


def test_names_with_no_account_are_paused_alike(client):
    """Otherwise the pause would tell which accounts exist."""
    fail(admin_login, client, "nobody", 5)
    assert PAUSED in admin_login(client, "nobody", "anything").content.decode()


def test_with_the_cache_unreachable_sign_in_still_works(client, editor, redis_down, caplog):
    """Redis down: failures cannot be counted, and people sign in rather than nobody (logged)."""

    with caplog.at_level(logging.WARNING):
        for _ in range(6):
            assert admin_login(client, "editor", "a-wrong-guess").status_code == 200
    assert any(
        "not counted" in record.getMessage() or "Redis unreachable" in record.getMessage()
        for record in caplog.records
    )
    assert admin_login(client, "editor", PASSWORD).status_code == 302


ATTACKER = "198.51.100.66"
EDITORS_DESK = "203.0.113.20"


def test_anyone_typing_wrong_passwords_locks_out_only_themselves(editor):
    """Five wrong passwords for an editor's account from somewhere else: that address is
    refused for the account, even with the right password, and the editor signs in to the
    admin from their own address as usual."""
    attacker = Client()
    fail(site_login, attacker, "editor@example.org", 5, address=ATTACKER)

    response = site_login(attacker, "editor@example.org", PASSWORD, address=ATTACKER)
    assert PAUSED in response.content.decode()
    assert not signed_in(attacker)
    assert PAUSED in admin_login(attacker, "editor", PASSWORD, address=ATTACKER).content.decode()

    desk = Client()
    response = admin_login(desk, "editor", PASSWORD, address=EDITORS_DESK)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert signed_in(desk)
    assert desk.get("/admin/").status_code == 200


def test_guessing_from_many_addresses_pauses_the_account_except_where_its_owner_signs_in(
    editor, settings
):
    settings.LOGIN_LOCKOUT_ACCOUNT_FAILURES = 10
    assert admin_login(Client(), "editor", PASSWORD, address=EDITORS_DESK).status_code == 302
    for number in range(2):
        fail(admin_login, Client(), "editor", 5, address=f"198.51.100.{number + 1}")

    # From a third address, never used by the owner, the account is paused.
    stranger = admin_login(Client(), "editor", PASSWORD, address="192.0.2.44")
    assert PAUSED in stranger.content.decode()
    # From the owner's own, not.
    assert admin_login(Client(), "editor", PASSWORD, address=EDITORS_DESK).status_code == 302


def unlock_link():
    """The path of the unlock link in the last e-mail, which went to the account's owner."""
    message = mail.outbox[-1]
    assert message.to == ["editor@example.org"]
    # On the site's address (here Wagtail's first Site, localhost), whatever host the request had.
    link = re.search(re.escape(site_root()) + r"(/en/accounts/unlock/[^\s]+/)", message.body)
    return link.group(1)


def owner_signs_in_from_their_desk():
    """The owner's own address: where they have signed in before."""
    assert admin_login(Client(), "editor", PASSWORD, address=EDITORS_DESK).status_code == 302


def test_a_strangers_wrong_passwords_send_the_owner_no_mail(editor):
    mail.outbox.clear()
    for number in range(3):
        fail(site_login, Client(), "editor@example.org", 5, address=f"198.51.100.{number + 1}")
    assert mail.outbox == []


def test_the_owner_is_mailed_a_link_that_unlocks_once(editor):
    owner_signs_in_from_their_desk()
    mail.outbox.clear()
    fail(admin_login, Client(), "editor", 5, address=EDITORS_DESK)
    assert len(mail.outbox) == 1
    assert "wrong passwords" in mail.outbox[0].body
    # Another pause of the same account meanwhile sends nothing more.
    fail(site_login, Client(), "editor@example.org", 5, address=ATTACKER)
    assert len(mail.outbox) == 1

    path = unlock_link()
    desk = Client()
    page = desk.get(path, REMOTE_ADDR=EDITORS_DESK)  # a mail scanner's visit uses nothing up
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    assert PAUSED in admin_login(desk, "editor", PASSWORD, address=EDITORS_DESK).content.decode()

    response = desk.post(path, REMOTE_ADDR=EDITORS_DESK)
    assert response.status_code == 200
    assert "is unlocked" in response.content.decode()
    assert admin_login(desk, "editor", PASSWORD, address=EDITORS_DESK).status_code == 302
    # Only where it was opened: the attacker's address stays paused for the account.
    assert (
        PAUSED
        in site_login(Client(), "editor@example.org", PASSWORD, address=ATTACKER).content.decode()
    )

    # Once.
    again = Client().post(path, REMOTE_ADDR=ATTACKER)
    assert again.status_code == 400
    assert "expired or has already been used" in again.content.decode()
    assert (
        PAUSED
        in site_login(Client(), "editor@example.org", PASSWORD, address=ATTACKER).content.decode()
    )


def test_the_unlock_link_expires(editor):
    owner_signs_in_from_their_desk()
    mail.outbox.clear()
    fail(admin_login, Client(), "editor", 5, address=EDITORS_DESK)
    path = unlock_link()

    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=61), tick=False):
        response = Client().post(path, REMOTE_ADDR=EDITORS_DESK)
    assert response.status_code == 400
    assert "expired or has already been used" in response.content.decode()
    # A made-up or altered link is no better.
    assert Client().get(path.replace("/unlock/", "/unlock/x")).status_code == 400
    assert Client().get("/en/accounts/unlock/not-a-token/").status_code == 400
