"""Passwords people choose: at least 12 characters and none of the common ones, on every
allauth form that sets one (sign-up, password change, password reset), the error in the
visitor's language and what they typed (never a password) kept."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext, ngettext

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-rare-password-41"
ELEVEN = "short-pass1"
COMMON = "qwerty123456"  # twelve characters, on the list of common passwords


def too_short(language="en"):
    with translation.override(language):
        return (
            ngettext(
                "This password is too short. It must contain at least %d character.",
                "This password is too short. It must contain at least %d characters.",
                12,
            )
            % 12
        )


def too_common(language="en"):
    with translation.override(language):
        return gettext("This password is too common.")


def sign_up(password, language="en"):
    return Client().post(
        f"/{language}/accounts/signup/",
        {
            "purpose": "follow",
            "email": "new@example.org",
            "password1": password,
            "password2": password,
        },
    )


@pytest.mark.parametrize(
    ("password", "error"), [(ELEVEN, too_short), (COMMON, too_common)], ids=["short", "common"]
)
def test_sign_up_refuses_a_weak_password_and_keeps_the_address(homes, password, error):
    response = sign_up(password)

    assert response.status_code == 200
    html = response.content.decode()
    assert error() in html
    assert 'value="new@example.org"' in html
    assert password not in html
    assert not get_user_model().objects.filter(email="new@example.org").exists()


def test_the_error_is_in_the_visitors_language(homes):
    html = sign_up(ELEVEN, language="es").content.decode()
    assert too_short("es") != too_short("en")
    assert too_short("es") in html

    html = sign_up(COMMON, language="fr").content.decode()
    assert too_common("fr") in html


def test_twelve_rare_characters_are_enough(homes):
    assert sign_up("rare-words-12").status_code == 302


@pytest.fixture
def member(db):
    user = get_user_model().objects.create_user("ana", "ana@example.org", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_changing_a_password_refuses_a_weak_one(homes, member):
    client = Client()
    client.force_login(member)

    response = client.post(
        "/es/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": ELEVEN, "password2": ELEVEN},
    )

    assert response.status_code == 200
    assert too_short("es") in response.content.decode()
    member.refresh_from_db()
    assert member.check_password(PASSWORD)


def test_resetting_a_password_refuses_a_weak_one(homes, member):
    client = Client()
    mail.outbox.clear()
    client.post("/en/accounts/password/reset/", {"email": "ana@example.org"})
    link = re.search(
        r"https?://testserver(/en/accounts/password/reset/key/\S+)", mail.outbox[-1].body
    )
    set_password = client.get(link.group(1))["Location"]  # allauth hides the key from the page

    response = client.post(set_password, {"password1": COMMON, "password2": COMMON})

    assert response.status_code == 200
    assert too_common() in response.content.decode()
    member.refresh_from_db()
    assert member.check_password(PASSWORD)
