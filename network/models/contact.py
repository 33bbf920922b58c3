from django.db import models
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
