"""Nothing a person sends is lost when the mail server fails. The site talks real SMTP
(Django's SMTP backend) to real servers on 127.0.0.1: a closed port, a server that refuses
(554 to RCPT, 421 to MAIL FROM), and, once "fixed", a server that accepts and records."""

import datetime
import logging
import re
import socket

import pytest
import time_machine
from aiosmtpd.controller import Controller
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from network.factories import make_expert
from network.models import ContactMessage
from network.roles import ensure_roles
from website import outbox
from website.models import OutboundEmail
from website.outbox import MAX_ATTEMPTS

pytestmark = pytest.mark.django_db

MESSAGE = {"name": "Maria Silva", "email": "maria@example.org", "message": "Can we visit in May?"}
PASSWORD = "a-long-and-rare-password-41"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Recorder:
    """Accepts every message and keeps it."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            {
                "from": envelope.mail_from,
                "to": list(envelope.rcpt_tos),
                "content": envelope.content.decode("utf8", errors="replace"),
            }
        )
        return "250 2.0.0 Message accepted for delivery"


class RefuseRecipients:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        return "554 5.7.1 Relay access denied"


class RefuseSenders:
    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        return "421 4.3.2 Service not available, closing transmission channel"


def start(handler):
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    return controller


@pytest.fixture
def smtp(settings):
    """Points Django's SMTP backend at `smtp.use(handler)`, a real server on 127.0.0.1, or at
    `smtp.closed()`, a port where nothing listens; stops every server it started."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_TIMEOUT = 3
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    started = []

    class Servers:
        def use(self, handler):
            controller = start(handler)
            started.append(controller)
            settings.EMAIL_PORT = controller.port
            return handler

        def closed(self):
            settings.EMAIL_PORT = free_port()

    yield Servers()
    for controller in started:
        controller.stop()


def break_mail(smtp, how):
    if how == "closed port":
        smtp.closed()
    elif how == "554 to RCPT":
        smtp.use(RefuseRecipients())
    else:
        smtp.use(RefuseSenders())


FAULTS = ["closed port", "554 to RCPT", "421 to MAIL FROM"]


@pytest.mark.parametrize("fault", FAULTS)
def test_a_contact_message_waits_out_a_mail_server_fault(
    client, directory_site, smtp, caplog, fault
):
    page = make_expert(directory_site["en"]["experts"], contact_email="expert-private@example.org")
    break_mail(smtp, fault)

    with caplog.at_level(logging.WARNING, logger="network.contact"):
        response = client.post(page.url, MESSAGE)

    # The visitor sees the usual confirmation: our mail trouble is not theirs.
    assert response.status_code == 302
    assert "your message has been sent" in client.get(response["Location"]).content.decode()
    stored = ContactMessage.objects.get()
    assert stored.sent_at is None
    assert stored.send_attempts == 1
    assert stored.last_error
    assert any("not e-mailed" in record.getMessage() for record in caplog.records)

    # The mail server is back; the retry command (cron) sends what waited.
    server = smtp.use(Recorder())
    call_command("send_contact_messages", stdout=open("/dev/null", "w"))  # noqa: SIM115

    stored.refresh_from_db()
    assert stored.sent_at is not None
    assert [message["to"] for message in server.messages] == [["expert-private@example.org"]]
    assert "Can we visit in May?" in server.messages[0]["content"]
    assert "Reply-To: maria@example.org" in server.messages[0]["content"]


@pytest.fixture
def roles(directory_site):
    ensure_roles()


def sign_up(client, email="ana@example.org"):
    return client.post(
        "/en/accounts/signup/",
        {"purpose": "follow", "email": email, "password1": PASSWORD, "password2": PASSWORD},
    )


@pytest.mark.parametrize("fault", FAULTS)
def test_a_sign_up_is_kept_and_its_confirmation_retried(client, roles, smtp, caplog, fault):
    break_mail(smtp, fault)

    with caplog.at_level(logging.WARNING, logger="website.outbox"):
        response = sign_up(client)

    # No server error: the account is kept and the person is told to look for the e-mail.
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    user = get_user_model().objects.get(email="ana@example.org")
    assert not user.emailaddress_set.get().verified
    waiting = OutboundEmail.objects.get()
    assert waiting.to == ["ana@example.org"]
    assert waiting.sent_at is None
    assert waiting.send_attempts == 1
    assert waiting.last_error
    assert "/accounts/confirm-email/" in waiting.body
    assert any("not sent" in record.getMessage() for record in caplog.records)

    # Still down at the next run: one more attempt, no more.
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=2), tick=False):
        call_command("send_outbound_email", stdout=open("/dev/null", "w"))  # noqa: SIM115
    waiting.refresh_from_db()
    assert (waiting.sent_at, waiting.send_attempts) == (None, 2)

    # The mail server is back: the next run that is due sends it.
    server = smtp.use(Recorder())
    call_command("send_outbound_email", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert server.messages == []  # not due yet: attempts back off
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=5), tick=False):
        call_command("send_outbound_email", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert [message["to"] for message in server.messages] == [["ana@example.org"]]
    waiting.refresh_from_db()
    assert waiting.sent_at is not None
    assert waiting.body == ""  # its confirmation link is not kept once delivered

    # And the link in it works: the address is confirmed, the person signed in.
    content = server.messages[0]["content"].replace("=\r\n", "").replace("=\n", "")
    link = re.search(r"https?://testserver(/en/accounts/confirm-email/[^\s]+)", content).group(1)
    assert client.post(link).status_code == 302
    assert user.emailaddress_set.get().verified
    assert client.session["_auth_user_id"] == str(user.pk)


def test_the_confirmation_goes_out_at_once_when_mail_works(client, roles, smtp):
    server = smtp.use(Recorder())

    assert sign_up(client).status_code == 302

    assert [message["to"] for message in server.messages] == [["ana@example.org"]]
    sent = OutboundEmail.objects.get()
    assert (sent.send_attempts, sent.body, sent.next_attempt_at) == (1, "", None)
    assert sent.sent_at is not None


def test_retries_stop_after_the_last_attempt(client, roles, smtp, caplog):
    smtp.closed()
    sign_up(client)
    waiting = OutboundEmail.objects.get()
    moment = timezone.now()
    with caplog.at_level(logging.ERROR, logger="website.outbox"):
        for _ in range(MAX_ATTEMPTS + 3):
            moment += datetime.timedelta(hours=7)
            with time_machine.travel(moment, tick=False):
                call_command("send_outbound_email", stdout=open("/dev/null", "w"))  # noqa: SIM115

    waiting.refresh_from_db()
    assert waiting.send_attempts == MAX_ATTEMPTS
    assert waiting.next_attempt_at is None
    assert waiting.sent_at is None
    assert waiting.body  # kept, with its error, for someone to look at
    assert any("giving up" in record.getMessage() for record in caplog.records)


def test_overlapping_runs_send_an_email_once(client, roles, smtp):
    """Two cron runs that read the same waiting e-mail: only the first to claim it sends it."""
    smtp.closed()
    sign_up(client)
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=2), tick=False):
        read_by_one, read_by_other = OutboundEmail.objects.get(), OutboundEmail.objects.get()
        assert outbox._claim(read_by_one)
        assert not outbox._claim(read_by_other)
