from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Purpose(models.TextChoices):
    """What a person said they came for when they joined (network/accounts.py)."""

    EXPERT = "expert", _("Share my expertise")
    COORDINATE = "coordinate", _("Coordinate a landscape partnership")
    FOLLOW = "follow", _("Follow the network")


class AccountPurpose(models.Model):
    """A person's answer to "What brings you here?", chosen at sign-up and changed on their
    account page: it decides where signing in leads them."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="account_purpose",
    )
    purpose = models.CharField(_("what brings you here"), max_length=20, choices=Purpose.choices)
    chosen_at = models.DateTimeField(_("chosen"), auto_now=True)

    class Meta:
        verbose_name = _("account purpose")
        verbose_name_plural = _("account purposes")

    def __str__(self):
        return self.get_purpose_display()
