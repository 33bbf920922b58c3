"""Who runs a landscape partnership's page or an organisation's page on the site: its team
(coordinators and members), the invitations to join it and people's claims to coordinate an
existing page. What each role may do is decided in network/teams.py, and only there.

A team belongs to the page in every language: rows point at one page (the one the team was
formed on) and are matched to any language's version through its translation_key."""

import datetime
import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TeamRole(models.TextChoices):
    COORDINATOR = "coordinator", _("Coordinator")
    MEMBER = "member", _("Member")


class TeamMembership(models.Model):
    """A person's place in the team of a landscape (or organisation) page."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="team_memberships"
    )
    translation_key = models.UUIDField(db_index=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="team_memberships"
    )
    role = models.CharField(_("role"), max_length=20, choices=TeamRole.choices)
    # Members choose whether the page lists them; nobody is listed without saying so.
    shown_on_page = models.BooleanField(_("shown on the page"), default=False)
    joined_at = models.DateTimeField(_("joined"), default=timezone.now)

    class Meta:
        verbose_name = _("team membership")
        verbose_name_plural = _("team memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "user"], name="one_membership_per_page_and_person"
            )
        ]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()})"

    def save(self, *args, **kwargs):
        self.translation_key = self.page.translation_key
        super().save(*args, **kwargs)

    @property
    def is_coordinator(self):
        return self.role == TeamRole.COORDINATOR


INVITATION_LIFETIME = datetime.timedelta(days=14)


def token_digest(token):
    """Invitations keep only a digest of their token: a copy of the database opens nothing."""
    return hashlib.sha256(token.encode()).hexdigest()


class Invitation(models.Model):
    """An invitation by e-mail to join a page's team. Single use, for the invited address only,
    and expired after INVITATION_LIFETIME."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(_("role"), max_length=20, choices=TeamRole.choices)
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

    @property
    def expires_at(self):
        return self.created_at + INVITATION_LIFETIME

    @property
    def is_open(self):
        return self.accepted_at is None and timezone.now() < self.expires_at


class ClaimStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an editor")
    ACCEPTED = "accepted", _("Accepted")
    REFUSED = "refused", _("Refused")


class Claim(models.Model):
    """Someone asks to coordinate an existing landscape's page; an editor decides."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("landscape"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    reason = models.CharField(_("why"), max_length=300)
    status = models.CharField(
        _("status"), max_length=20, choices=ClaimStatus.choices, default=ClaimStatus.PENDING
    )
    created_at = models.DateTimeField(_("asked"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("claim to coordinate")
        verbose_name_plural = _("claims to coordinate")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "user"],
                condition=models.Q(status="pending"),
                name="one_pending_claim_per_page_and_person",
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.page}"
