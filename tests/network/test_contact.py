"""Contact forms: the message is kept whatever happens to e-mail, the address stays private,
and abuse is turned away with a clear message."""

import socket

import pytest
from django.core import mail
from django.core.management import call_command

from network.factories import make_expert, make_landscape, make_organisation
from network.models import ContactMessage

pytestmark = pytest.mark.django_db

MESSAGE = {"name": "Maria Silva", "email": "maria@example.org", "message": "Can we visit in May?"}


@pytest.fixture
def profiles(directory_site):
    en = directory_site["en"]
    return {
        "landscape": make_landscape(en["landscapes"], contact_email="landscape-team@example.org"),
        "organisation": make_organisation(en["organisations"], contact_email="office@example.org"),
        "expert": make_expert(en["experts"], contact_email="expert-private@example.org"),
    }


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("kind", ["landscape", "organisation", "expert"])
def test_a_message_is_stored_and_emailed_without_showing_the_address(client, profiles, kind):
    page = profiles[kind]
    html = client.get(page.url).content.decode()
    assert 'id="contact"' in html
    assert page.contact_email not in html

    response = client.post(page.url, MESSAGE)
    assert response.status_code == 302
    assert response["Location"] == f"{page.url}?contact=sent#contact"
    stored = ContactMessage.objects.get()
    assert (stored.sender_name, stored.recipient, stored.page_id) == (
        "Maria Silva",
        page.contact_email,
        page.pk,
    )
    assert stored.sent_at is not None
    assert mail.outbox[0].to == [page.contact_email]
    assert mail.outbox[0].reply_to == ["maria@example.org"]
    assert "Can we visit in May?" in mail.outbox[0].body
    assert "your message has been sent" in client.get(response["Location"]).content.decode()


def test_a_message_survives_a_mail_server_that_refuses(client, profiles, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port(), 2
    page = profiles["expert"]

    response = client.post(page.url, MESSAGE)
    assert response.status_code == 302  # the visitor is not bothered with our mail trouble
    stored = ContactMessage.objects.get()
    assert stored.sent_at is None
    assert stored.send_attempts == 1
    assert "refused" in stored.last_error.lower() or stored.last_error

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_contact_messages", stdout=open("/dev/null", "w"))  # noqa: SIM115
    stored.refresh_from_db()
    assert stored.sent_at is not None
    assert mail.outbox[0].to == ["expert-private@example.org"]


def test_invalid_input_keeps_what_was_typed_and_says_what_is_wrong(client, profiles):
    page = profiles["landscape"]
    response = client.post(page.url, {**MESSAGE, "email": "not-an-address"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Enter a valid email address." in html
    assert 'value="Maria Silva"' in html
    assert "Can we visit in May?" in html
    assert ContactMessage.objects.count() == 0


def test_the_honeypot_quietly_drops_bots(client, profiles):
    response = client.post(profiles["landscape"].url, {**MESSAGE, "website": "http://spam.example"})
    assert response.status_code == 302
    assert ContactMessage.objects.count() == 0
    assert mail.outbox == []


def test_the_rate_limit_holds_with_a_clear_message(client, profiles):
    page = profiles["organisation"]
    for _ in range(5):
        assert client.post(page.url, MESSAGE).status_code == 302
    response = client.post(page.url, MESSAGE)
    assert response.status_code == 429
    assert "Please wait an hour" in response.content.decode()
    assert 'value="Maria Silva"' in response.content.decode()
    assert ContactMessage.objects.count() == 5
    # Another visitor is not affected.
    other = client.post(page.url, MESSAGE, REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 302


def test_editors_see_stored_messages_in_the_admin(client, profiles, django_user_model):
    client.post(profiles["expert"].url, MESSAGE)
    editor = django_user_model.objects.create_superuser(
        "editor", "editor@example.org", "pw-12345678"
    )
    client.force_login(editor)
    response = client.get("/admin/contact_messages/")
    assert response.status_code == 200
    assert "Maria Silva" in response.content.decode()
