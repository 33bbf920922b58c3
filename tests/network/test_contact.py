"""Contact forms: the message is kept whatever happens to e-mail, the address stays private,
and abuse is turned away with a clear message."""

import socket

import pytest
from django.core import mail
from django.core.management import call_command

from network.factories import make_expert, make_landscape, make_organisation
from network.models import ContactMessage
from tests.worlds import directory_site_world, shared_directory_site  # noqa: F401 (fixtures)

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


# --- Reading them in the admin ---------------------------------------------------------------


@pytest.fixture
def staff(profiles):
    """An editor and a moderator, their roles set up after the site, as on a running site."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from network.roles import ensure_roles

    ensure_roles()
    users = {}
    for role, group in [("editor", "Editors"), ("moderator", "Moderators")]:
        user = get_user_model().objects.create_user(role, f"{role}@example.org", "a-long-pass-77")
        user.groups.add(Group.objects.get(name=group))
        users[role] = user
    return users


@pytest.fixture
def spanish_message(profiles):
    return ContactMessage.objects.create(
        page=profiles["landscape"],
        page_title=profiles["landscape"].title,
        recipient="landscape-team@example.org",
        sender_name="Lucía Quispe",
        sender_email="lucia@example.org",
        message="Hola:\n¿Podemos visitar la laguna en mayo con un grupo de doce personas? "
        "Somos una cooperativa de Cusco.",
        language="es",
    )


def test_an_editor_reads_a_message_and_marks_it_handled(client, staff, spanish_message):
    client.force_login(staff["editor"])
    listing = client.get("/admin/contact_messages/").content.decode()
    inspect_url = f"/admin/contact_messages/inspect/{spanish_message.pk}/"
    assert f'href="{inspect_url}"' in listing  # the row opens the message, not an edit form
    assert f'href="/admin/contact_messages/edit/{spanish_message.pk}/"' not in listing
    assert "¿Podemos visitar la laguna en mayo con un grupo de doce personas?" in listing
    assert "To handle" in listing

    page = client.get(inspect_url).content.decode()
    assert "Lucía Quispe" in page and "lucia@example.org" in page
    assert "Cooperativa" not in page and "Somos una cooperativa de Cusco." in page
    assert f'href="{spanish_message.page.full_url}"' in page
    assert "<dd>Spanish</dd>" in page
    assert 'href="mailto:lucia@example.org?subject=Your%20message%20to%20' in page
    assert "Not yet: it is on its way." in page

    response = client.post(
        f"/admin/contact_messages/handled/{spanish_message.pk}/", {"handled": "1"}
    )
    assert response.status_code == 302 and response["Location"] == inspect_url
    page = client.get(inspect_url).content.decode()
    assert "The message is marked as handled." in page
    assert "Handled by editor on" in page and "Mark as waiting again" in page
    waiting = client.get("/admin/contact_messages/?status=waiting").content.decode()
    handled = client.get("/admin/contact_messages/?status=handled").content.decode()
    assert "Lucía Quispe" not in waiting and "Lucía Quispe" in handled

    client.post(f"/admin/contact_messages/handled/{spanish_message.pk}/", {"handled": "0"})
    spanish_message.refresh_from_db()
    assert spanish_message.handled_at is None and spanish_message.handled_by is None


def test_the_message_reads_in_the_editors_language(client, staff, spanish_message):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(staff["editor"])
    profile.preferred_language = "es"
    profile.save()
    client.force_login(staff["editor"])
    page = client.get(f"/admin/contact_messages/inspect/{spanish_message.pk}/").content.decode()
    assert "<dd>Español</dd>" in page
    assert "Marcar como atendido" in page and "Responder por correo" in page


@pytest.mark.parametrize("role", ["anonymous", "moderator"])
def test_only_editors_read_or_mark_messages(client, staff, spanish_message, role):
    if role != "anonymous":
        client.force_login(staff[role])
    for response in (
        client.get(f"/admin/contact_messages/inspect/{spanish_message.pk}/"),
        client.post(f"/admin/contact_messages/handled/{spanish_message.pk}/", {"handled": "1"}),
    ):
        assert response.status_code in (302, 403)
        assert "Lucía" not in response.content.decode()
    spanish_message.refresh_from_db()
    assert spanish_message.handled_at is None


def test_the_list_and_a_message_run_a_fixed_number_of_queries(client, staff, spanish_message):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(staff["editor"])

    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    queries("/admin/contact_messages/")  # the first request of a session reads a little more
    one = queries("/admin/contact_messages/")
    for number in range(6):
        ContactMessage.objects.create(
            page=spanish_message.page,
            page_title="Landscape",
            sender_name=f"Sender {number}",
            sender_email=f"s{number}@example.org",
            message="Hello",
            language="en",
            handled_by=staff["editor"] if number % 2 else None,
        )
    assert queries("/admin/contact_messages/") == one
    # Its first request also reads the sites' root paths, which the cache then keeps.
    queries(f"/admin/contact_messages/inspect/{spanish_message.pk}/")
    assert queries(f"/admin/contact_messages/inspect/{spanish_message.pk}/") <= 20
