"""Sign-up asks what the person comes for, and leads there (network/accounts.py): an expert to
/my-profile/, a landscape partnership to /my-landscapes/, someone who follows to /my-account/,
where the answer can be changed. Through allauth's real sign-up, e-mail confirmation and
sign-in."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from network.models import AccountPurpose
from network.roles import ensure_roles
from tests.worlds import directory_site_world, shared_directory_site, shared_themes  # noqa: F401

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-rare-password-41"


@pytest.fixture
def roles(directory_site):
    ensure_roles()


def sign_up(client, purpose, email="ana@example.org", language="en", query=""):
    data = {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    if purpose:
        data["purpose"] = purpose
    return client.post(f"/{language}/accounts/signup/{query}", data)


def confirm(client, email="ana@example.org"):
    """Open the confirmation link of the last e-mail and confirm: where it leads."""
    body = next(message.body for message in reversed(mail.outbox) if email in message.to)
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", body).group(0)
    response = client.post(link.split("testserver", 1)[-1])
    assert response.status_code == 302
    return response["Location"]


@pytest.mark.parametrize(
    ("purpose", "lands_on", "expert"),
    [
        ("expert", "/en/my-profile/", True),
        ("coordinate", "/en/my-landscapes/", False),
        ("follow", "/en/my-account/", False),
    ],
)
def test_sign_up_leads_where_the_person_comes_for(client, roles, purpose, lands_on, expert):
    assert sign_up(client, purpose).status_code == 302
    assert confirm(client) == lands_on
    assert client.get(lands_on).status_code == 200
    user = get_user_model().objects.get(email="ana@example.org")
    assert AccountPurpose.objects.get(user=user).purpose == purpose
    assert user.groups.filter(name="Experts").exists() is expert

    # Signing in again leads to the same place.
    client.logout()
    response = client.post(
        "/en/accounts/login/", {"login": "ana@example.org", "password": PASSWORD}
    )
    assert (response.status_code, response["Location"]) == (302, lands_on)


def test_sign_up_without_an_answer_asks_for_it_and_keeps_what_was_typed(client, roles):
    response = sign_up(client, None, email="keep@example.org")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Choose what brings you here." in html
    assert 'value="keep@example.org"' in html
    assert not get_user_model().objects.filter(email="keep@example.org").exists()


def test_sign_up_asks_in_spanish(client, roles):
    html = client.get("/es/accounts/signup/").content.decode()
    assert "¿Qué te trae por aquí?" in html
    assert "Coordinar una alianza de paisaje" in html
    response = sign_up(client, None, email="es@example.org", language="es")
    assert "Elige qué te trae por aquí." in response.content.decode()


def test_an_invitation_chooses_coordinating_beforehand(client, roles):
    html = client.get("/en/accounts/signup/?purpose=coordinate").content.decode()
    assert re.search(r'<input[^>]*value="coordinate"[^>]*checked', html)
    assert not re.search(r'<input[^>]*value="expert"[^>]*checked', html)
    # Anything else chooses nothing.
    html = client.get("/en/accounts/signup/?purpose=admin").content.decode()
    assert "checked" not in html


def test_a_follower_changes_their_mind_on_their_account_page(client, roles):
    sign_up(client, "follow")
    confirm(client)
    html = client.get("/en/my-account/").content.decode()
    assert "ana@example.org" in html
    assert re.search(r'<input[^>]*value="follow"[^>]*checked', html)
    response = client.post("/en/my-account/", {"purpose": "expert"})
    assert (response.status_code, response["Location"]) == (302, "/en/my-profile/")
    user = get_user_model().objects.get(email="ana@example.org")
    assert user.groups.filter(name="Experts").exists()
    response = client.post("/en/my-account/", {"purpose": "nonsense"})
    assert response.status_code == 400
    assert AccountPurpose.objects.get(user=user).purpose == "expert"


def test_the_account_page_is_for_signed_in_people(client, roles):
    response = client.get("/en/my-account/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_accounts_made_before_the_question_land_where_they_did(client, roles):
    """No answer kept: a team member lands on /my-landscapes/, anyone else on /my-profile/."""
    user = get_user_model().objects.create_user("old", "old@example.org", PASSWORD)
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    response = client.post(
        "/en/accounts/login/", {"login": "old@example.org", "password": PASSWORD}
    )
    assert response["Location"] == "/en/my-profile/"


def test_the_answer_is_in_the_downloaded_data(client, roles):
    sign_up(client, "coordinate")
    confirm(client)
    data = client.get("/en/my-profile/download/").json()
    assert data["account"]["purpose"] == "coordinate"


def test_the_account_page_runs_a_bounded_number_of_queries(client, roles):
    from tests.queries import PAGE_QUERY_LIMIT, queries_for

    sign_up(client, "follow")
    confirm(client)
    assert queries_for(client, "/en/my-account/") <= PAGE_QUERY_LIMIT


SITE_NAMES = {
    "en": "Thousand Landscapes",
    "es": "Mil Paisajes",
    "fr": "Mille Paysages",
    "pt": "Mil Paisagens",
}


@pytest.mark.parametrize("language", ["en", "es", "fr", "pt"])
def test_the_confirmation_email_speaks_in_the_sites_name_in_the_language(
    client, roles, language, settings
):
    settings.DEFAULT_FROM_EMAIL = "Thousand Landscapes <noreply@example.org>"
    sign_up(client, "follow", language=language)
    message = mail.outbox[-1]
    name = SITE_NAMES[language]
    assert message.subject.startswith(f"[{name}] ")
    assert message.from_email == f"{name} <noreply@example.org>"
    greeting = message.body.strip().splitlines()[0]
    assert name in greeting and "testserver" not in greeting


def test_the_spanish_confirmation_email_says_tu_and_the_portuguese_one_is_brazilian(client, roles):
    sign_up(client, "follow", email="es@example.org", language="es")
    spanish = mail.outbox[-1].body
    assert "¡Hola desde Mil Paisajes!" in spanish
    assert not re.search(r"\b(usted|vete a|Por favor, confirme|su dirección)\b", spanish)
    sign_up(client, "follow", email="pt@example.org", language="pt")
    portuguese = mail.outbox[-1].subject + mail.outbox[-1].body
    assert not re.search(r"\b(utilizador|registo|palavra-passe|enviámos)\b", portuguese)


def test_portuguese_account_pages_are_brazilian(client, roles):
    html = client.get("/pt/accounts/signup/").content.decode()
    assert "Senha" in html and "Palavra-passe" not in html
    html = client.get("/pt/accounts/password/reset/done/").content.decode()
    assert "utilizador" not in html and "enviámos" not in html.lower()
