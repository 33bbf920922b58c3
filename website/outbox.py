"""A durable outbox for the e-mails the site sends people (django-allauth's address
confirmations and password resets, through website.account_adapter): each is stored first and
sent second, so that a mail server that is down or refuses costs a delay, never the e-mail, and
never the page that asked for it (a sign-up is kept and answered as usual).

`manage.py send_outbound_email` sends what is due. Run it from cron or a systemd timer every five
minutes, next to `send_contact_messages`:

    */5 * * * *  cd /srv/site && .venv/bin/python manage.py send_outbound_email
    */5 * * * *  cd /srv/site && .venv/bin/python manage.py send_contact_messages

(with the production environment: DJANGO_SETTINGS_MODULE, DATABASE_URL, EMAIL_*). Overlapping
runs of send_outbound_email are safe: each e-mail is claimed before it is sent.

Attempts back off (1, 2, 4… minutes, at most 6 hours apart), so that a long outage is not met
with an attempt every five minutes, and stop after MAX_ATTEMPTS, a day and a half later, well
within the three days an address-confirmation link lasts; the e-mail then stays in the table
with its last error for someone to look at. Attachments are not kept: the e-mails that go
through here have none."""

import datetime
import logging

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.utils import timezone

from website.models import OutboundEmail

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 15
LONGEST_DELAY = datetime.timedelta(hours=6)
# While one process sends an e-mail, the others leave it alone for this long.
SENDING_LEASE = datetime.timedelta(minutes=10)


def send(message):
    """Store an EmailMessage, then try to send it; True when it went."""
    outbound = store(message)
    return deliver(outbound)


def store(message):
    html_body = ""
    body = message.body
    if message.content_subtype == "html":
        body, html_body = "", message.body
    for content, mimetype in getattr(message, "alternatives", []):
        if mimetype == "text/html":
            html_body = content
    return OutboundEmail.objects.create(
        to=list(message.to),
        from_email=message.from_email,
        subject=message.subject,
        body=body,
        html_body=html_body,
        headers=dict(message.extra_headers),
        # Claimed by the request that stores it, which tries at once.
        next_attempt_at=timezone.now() + SENDING_LEASE,
    )


def send_due():
    """Send every waiting e-mail whose next attempt is due: (sent, still waiting)."""
    due = OutboundEmail.objects.filter(
        sent_at__isnull=True, next_attempt_at__lte=timezone.now()
    ).order_by("created_at")
    sent = 0
    for outbound in due:
        if _claim(outbound):
            sent += deliver(outbound)
    waiting = OutboundEmail.objects.filter(
        sent_at__isnull=True, next_attempt_at__isnull=False
    ).count()
    return sent, waiting


def deliver(outbound):
    """Send a stored e-mail once; on failure note why and when to try again."""
    outbound.send_attempts += 1
    try:
        _as_message(outbound).send()
    except Exception as error:  # any failure of the mail system: keep the e-mail for a retry
        outbound.last_error = str(error)[:1000] or error.__class__.__name__
        if outbound.send_attempts >= MAX_ATTEMPTS:
            outbound.next_attempt_at = None
            logger.error(
                "E-mail %s to %s not sent after %s attempts; giving up: %s",
                outbound.pk,
                ", ".join(outbound.to),
                outbound.send_attempts,
                error,
            )
        else:
            outbound.next_attempt_at = timezone.now() + _delay(outbound.send_attempts)
            logger.warning(
                "E-mail %s to %s not sent (attempt %s), will retry at %s: %s",
                outbound.pk,
                ", ".join(outbound.to),
                outbound.send_attempts,
                outbound.next_attempt_at.isoformat(timespec="seconds"),
                error,
            )
        outbound.save(update_fields=["send_attempts", "last_error", "next_attempt_at"])
        return False
    outbound.sent_at = timezone.now()
    outbound.next_attempt_at = None
    outbound.last_error = ""
    outbound.body = outbound.html_body = ""
    outbound.save(
        update_fields=[
            "send_attempts",
            "sent_at",
            "next_attempt_at",
            "last_error",
            "body",
            "html_body",
        ]
    )
    return True


def _claim(outbound):
    """Take the e-mail for this process, unless another (an overlapping cron run) already has:
    the update only matches while next_attempt_at is what this process read."""
    lease_until = timezone.now() + SENDING_LEASE
    claimed = OutboundEmail.objects.filter(
        pk=outbound.pk, sent_at__isnull=True, next_attempt_at=outbound.next_attempt_at
    ).update(next_attempt_at=lease_until)
    outbound.next_attempt_at = lease_until
    return claimed == 1


def _delay(attempts):
    return min(datetime.timedelta(minutes=2 ** (attempts - 1)), LONGEST_DELAY)


def _as_message(outbound):
    if outbound.body:
        message = EmailMultiAlternatives(
            outbound.subject,
            outbound.body,
            outbound.from_email,
            outbound.to,
            headers=outbound.headers,
        )
        if outbound.html_body:
            message.attach_alternative(outbound.html_body, "text/html")
        return message
    message = EmailMessage(
        outbound.subject,
        outbound.html_body,
        outbound.from_email,
        outbound.to,
        headers=outbound.headers,
    )
    message.content_subtype = "html"
    return message
