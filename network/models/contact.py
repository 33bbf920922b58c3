from django.conf import settings
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _


class ContactMessage(models.Model):
    """A message sent through a profile's contact form. It is stored before it is e-mailed, so
    that an e-mail failure loses nothing; `send_contact_messages` retries what was not sent."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sent to"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    page_title = models.CharField(_("profile"), max_length=255)
    recipient = models.EmailField(_("recipient"), blank=True)
    sender_name = models.CharField(_("name"), max_length=120)
    sender_email = models.EmailField(_("e-mail address"))
    message = models.TextField(_("message"), max_length=5000)
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)
    send_attempts = models.PositiveSmallIntegerField(_("attempts to e-mail"), default=0)
    last_error = models.TextField(_("last e-mail error"), blank=True)
    # An editor who has read the message and done what it needs (answered, passed it on).
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True, db_index=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["sent_at", "created_at"])]

    def __str__(self):
        return _("%(sender)s to %(profile)s") % {
            "sender": self.sender_name,
            "profile": self.page_title,
        }

    @property
    def excerpt(self):
        return Truncator(" ".join(self.message.split())).chars(90)

    @property
    def language_name(self):
        """The language the sender wrote from, named in the reader's language."""
        try:
            return get_language_info(self.language)["name_translated"]
        except KeyError:
            return self.language
