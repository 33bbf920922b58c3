"""Contact forms on landscape, organisation and expert profiles. The recipient's address never
reaches the page; a message is stored first and e-mailed second, so an e-mail failure loses
nothing (`manage.py send_contact_messages` retries)."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited
from wagtail.models import Site

from network.forms import ContactForm
from network.models import ContactMessage
from website import mail

logger = logging.getLogger(__name__)
CONTACT_RATE = "5/h"
SENT_PARAM = "contact"


def handle_contact_form(request, page):
    """A response for a contact form POST, or None to let the page render as usual."""
    if request.method != "POST":
        return None
    form = ContactForm(request.POST)
    limited = is_ratelimited(
        request, group="contact", key="ip", rate=CONTACT_RATE, method="POST", increment=True
    )
    if limited:
        form.is_valid()
        form.add_error(
            None,
            _("You have sent several messages in a short time. Please wait an hour and try again."),
        )
        return _render_with_form(request, page, form, status=429)
    if not form.is_valid():
        return _render_with_form(request, page, form, status=400)
    if not form.is_spam():
        message = ContactMessage.objects.create(
            page=page,
            page_title=page.title,
            recipient=page.get_contact_email() or _fallback_recipient(request),
            sender_name=form.cleaned_data["name"],
            sender_email=form.cleaned_data["email"],
            message=form.cleaned_data["message"],
            language=translation.get_language(),
        )
        deliver(message)
    # Spam gets the same answer as a real message, so that bots learn nothing.
    return HttpResponseRedirect(f"{page.get_url(request)}?{SENT_PARAM}=sent#contact")


def _render_with_form(request, page, form, status):
    context = page.get_context(request)
    context["contact_form"] = form
    return TemplateResponse(request, page.get_template(request), context, status=status)


def _fallback_recipient(request):
    from website.models import SiteSettings

    return SiteSettings.for_site(Site.find_for_request(request)).contact_email


def contact_form_context(request, page):
    return {
        "contact_form": ContactForm(),
        "contact_sent": request.GET.get(SENT_PARAM) == "sent",
    }


def _recipients(message):
    """(to, bcc): the stored recipient, and every coordinator of a landscape's or
    organisation's team, who do not see each other's addresses; the first coordinator is the
    addressee when the page has no contact address of its own."""
    from network.teams import TEAM_PAGE_TYPES, coordinators

    page = message.page.specific if message.page_id else None
    team = []
    if isinstance(page, TEAM_PAGE_TYPES):
        known = {message.recipient.lower()}
        for user in coordinators(page):
            if user.email.lower() not in known:
                known.add(user.email.lower())
                team.append(user.email)
    to = [message.recipient] if message.recipient else team[:1]
    return to, [address for address in team if address not in to]


def deliver(message):
    """E-mail a stored message to its recipient; on failure, note why and keep it for a retry."""
    to, bcc = _recipients(message)
    if not to:
        message.last_error = "No recipient address."
        message.save(update_fields=["last_error"])
        return False
    message.send_attempts += 1
    with translation.override(message.language or settings.LANGUAGE_CODE):
        # A header may not hold a line break (Django refuses to send it): a name typed with
        # one would have kept its message from ever being sent.
        subject = _("Message from %(name)s through Thousand Landscapes") % {
            "name": " ".join(message.sender_name.split())
        }
        body = _(
            "%(name)s <%(email)s> wrote to %(profile)s through the Thousand Landscapes "
            "website:\n\n%(message)s\n\nReply to this e-mail to answer them."
        ) % {
            "name": message.sender_name,
            "email": message.sender_email,
            "profile": message.page_title,
            "message": message.message,
        }
        from_email = mail.sender()
    email = EmailMessage(
        subject=subject,
        body=body,
        from_email=from_email,
        to=to,
        bcc=bcc,
        reply_to=[message.sender_email],
    )
    try:
        email.send()
    except Exception as error:  # any failure of the mail system: keep the message for a retry
        logger.warning("Contact message %s not e-mailed: %s", message.pk, error)
        message.last_error = str(error)[:1000]
        message.save(update_fields=["send_attempts", "last_error"])
        return False
    message.sent_at = timezone.now()
    message.last_error = ""
    message.save(update_fields=["send_attempts", "last_error", "sent_at"])
    return True
