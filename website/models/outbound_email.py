from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboundEmail(models.Model):
    """An e-mail the site sends a person (an address confirmation, a password reset), stored
    before it is sent, so that a mail server that is down or refuses loses nothing:
    `manage.py send_outbound_email` retries it (website/outbox.py)."""

    to = models.JSONField(_("to"), default=list)
    from_email = models.CharField(_("from"), max_length=320)
    subject = models.TextField(_("subject"))
    # Emptied once sent: they may carry sign-in links, which nobody needs kept after delivery.
    body = models.TextField(_("text"), blank=True)
    html_body = models.TextField(_("HTML"), blank=True)
    headers = models.JSONField(_("headers"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    send_attempts = models.PositiveSmallIntegerField(_("attempts to send"), default=0)
    # When the next attempt is due; none once sent or given up.
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("outbound e-mail")
        verbose_name_plural = _("outbound e-mails")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["sent_at", "next_attempt_at"])]

    def __str__(self):
        return f"{self.subject} → {', '.join(self.to)}"
