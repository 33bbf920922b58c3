"""Landscape partnerships' and organisations' teams: who may do what with a page, and the
changes to a team (invitations, claims, roles, leaving). Every door — the workspace, the claim
form, the page's draft preview — asks here; nothing else decides.

- A coordinator edits the page (every save a revision that a moderator reviews), previews its
  draft and manages its team. A member sees the draft; they do not edit.
- A page always keeps at least one coordinator: the last cannot leave, be removed or step down.
- Coordinators and members never get the Wagtail admin: the workspace is their interface.
- Rights hold for the page in every language (a team is matched on translation_key), and are
  read from the database on every request, so a removed coordinator loses access at once."""

import secrets

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from network import reviews
from network.models import (
    Claim,
    ClaimStatus,
    Invitation,
    LandscapePage,
    OrganisationPage,
    TeamMembership,
    TeamRole,
)
from network.models.partnerships import INVITATION_LIFETIME, token_digest
from website import addresses, mail, outbox

TEAM_PAGE_TYPES = (LandscapePage, OrganisationPage)
# Invitations a person may send a day: a whole team's worth, not a mailing list's.
INVITATIONS_PER_DAY = 30
# Landscapes an account may propose, and pages it may claim, a day.
PROPOSALS_PER_DAY = 5
CLAIMS_PER_DAY = 10


# --- Who may do what ---------------------------------------------------------------------------


def membership(user, page):
    """The person's membership of the page's team (in any language), or None."""
    if user is None or not user.is_authenticated or page is None:
        return None
    return TeamMembership.objects.filter(user=user, translation_key=page.translation_key).first()


def role_of(user, page):
    found = membership(user, page)
    return found.role if found else None


def may_edit(user, page):
    """Edit the page's content, submit it for review and manage its team."""
    return role_of(user, page) == TeamRole.COORDINATOR


def may_see_draft(user, page):
    return role_of(user, page) in (TeamRole.COORDINATOR, TeamRole.MEMBER)


def require(allowed):
    if not allowed:
        raise PermissionDenied


def pages_of(user):
    """The user's memberships (of the page each team edits), coordinators' first, then by
    title."""
    if not user.is_authenticated:
        return TeamMembership.objects.none()
    return TeamMembership.objects.filter(user=user).order_by("role", "page__title")


def team(page):
    return (
        TeamMembership.objects.filter(translation_key=page.translation_key)
        .select_related("user")
        .order_by("role", "user__email")
    )


def coordinators(page):
    return [member.user for member in team(page) if member.is_coordinator]


def shown_team(page):
    """[(membership, expert profile or None, name)] of those who agreed to be listed on the
    public page, with their live expert profile (in the page's language where there is one),
    in two queries."""
    from network.models import ExpertPage

    members = list(
        TeamMembership.objects.filter(translation_key=page.translation_key, shown_on_page=True)
        .select_related("user")
        .order_by("role", "joined_at")
    )
    profiles = {}
    if members:
        for profile in (
            ExpertPage.objects.live()
            .public()
            .filter(account__in=[member.user for member in members])
            .order_by("-locale_id")
        ):
            if profile.account_id not in profiles or profile.locale_id == page.locale_id:
                profiles[profile.account_id] = profile
    shown = []
    for member in members:
        profile = profiles.get(member.user_id)
        name = profile.title if profile else member.user.get_full_name()
        if name:  # never an e-mail address: someone with neither profile nor name is not listed
            shown.append((member, profile, name))
    return shown


# --- Changes to a team -------------------------------------------------------------------------


def add(page, user, role):
    """Make `user` a team member, or a member a coordinator; never lowers a role (an old
    invitation as member accepted by someone since made coordinator leaves them coordinator).
    The team is the page's in every language; its rows point at the source page, the one the
    workspace edits."""
    reviews.hear_of_reviews_from_us(user)
    found = TeamMembership.objects.filter(translation_key=page.translation_key, user=user).first()
    if found is None:
        return TeamMembership.objects.create(page=source_page(page), user=user, role=role)
    if role == TeamRole.COORDINATOR and not found.is_coordinator:
        change_role(found, role)
    return found


def source_page(page):
    """The version of `page` its translations are made from (wagtail-localize's source), which
    is the one its team edits: a translation is changed by translators, and its fixed values
    (name, boundary, addresses) are the source's. The page itself when it is not a translation."""
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.filter(object_id=page.translation_key).order_by("pk").first()
    if source is None or source.locale_id == page.locale_id:
        return page
    return (
        type(page)
        .objects.filter(translation_key=page.translation_key, locale_id=source.locale_id)
        .first()
        or page
    )


@transaction.atomic
def change_role(member, role):
    if member.role == TeamRole.COORDINATOR and role != TeamRole.COORDINATOR:
        _keep_a_coordinator(member)
        _withdraw_invitations_of(member)
    member.role = role
    member.save(update_fields=["role"])


@transaction.atomic
def remove(member):
    """Take someone off the team (a coordinator doing it, or they themselves leaving)."""
    if member.is_coordinator:
        _keep_a_coordinator(member)
    _withdraw_invitations_of(member)
    member.delete()


def _withdraw_invitations_of(member):
    """Someone who no longer coordinates cannot come back through an invitation they sent (to
    another address of theirs, say) before they were removed."""
    Invitation.objects.filter(
        page__translation_key=member.translation_key, invited_by=member.user, accepted_at=None
    ).delete()


def _keep_a_coordinator(member):
    # The whole team, locked in one order: two coordinators removing each other at once wait
    # for one another instead of each leaving the other as the last one.
    rows = TeamMembership.objects.select_for_update().filter(translation_key=member.translation_key)
    others = [row for row in rows.order_by("pk") if row.is_coordinator and row.pk != member.pk]
    if not others:
        raise ValidationError(
            _(
                "A page always keeps at least one coordinator. Make someone else a coordinator "
                "first."
            )
        )


# --- Invitations -------------------------------------------------------------------------------


def invite(request, page, email, role):
    """Store an invitation and e-mail its link (through the outbox: a mail server that is down
    delays the e-mail, it does not lose the invitation). Returns the invitation."""
    email = email.strip()
    if TeamMembership.objects.filter(
        translation_key=page.translation_key, user__email__iexact=email
    ).exists():
        raise ValidationError(_("This person is already in the team."))
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        # A new invitation to the same address replaces an earlier one still open.
        Invitation.objects.filter(
            page__translation_key=page.translation_key, email__iexact=email, accepted_at=None
        ).delete()
        invitation = Invitation.objects.create(
            page=page,
            email=email,
            role=role,
            token_digest=token_digest(token),
            invited_by=request.user,
        )
    link = addresses.absolute_url(reverse("team_invitation", args=[token]), request)
    send(
        [email],
        _("You are invited to the team of %(page)s") % {"page": page.title},
        "network/email/invitation.txt",
        {
            "page": page,
            "role": invitation.get_role_display(),
            "link": link,
            "inviter": request.user.email,
            "expires": invitation.expires_at,
        },
    )
    return invitation


def invitations_exhausted(request):
    """Counts this invitation against the sender's daily bound; True when it is past it (the
    site sends the e-mails, so an account must not turn it into a mailer)."""
    return over_daily_bound(request, "team-invitation", INVITATIONS_PER_DAY)


def over_daily_bound(request, group, per_day):
    """Counts this POST against the account's daily bound of `group`; True when past it.
    Proposals and claims each reach editors and moderators, invitations someone's inbox."""
    from django_ratelimit.core import is_ratelimited

    return is_ratelimited(
        request, group=group, key="user", rate=f"{per_day}/d", method="POST", increment=True
    )


def open_invitations(page):
    return Invitation.objects.filter(
        page__translation_key=page.translation_key,
        accepted_at=None,
        created_at__gt=timezone.now() - INVITATION_LIFETIME,
    ).order_by("-created_at")


def find_invitation(token):
    """The invitation a link names, whatever its state (the view says why it cannot be used)."""
    if not token or len(token) > 100:
        return None
    return (
        Invitation.objects.select_related("page", "page__locale")
        .filter(token_digest=token_digest(token))
        .first()
    )


def why_not_acceptable(invitation, user):
    """None when `user` may accept the invitation, else what to tell them."""
    if invitation is None:
        return _("This invitation link is not valid. Ask the coordinator to send a new one.")
    if invitation.accepted_at is not None:
        return _("This invitation has already been used.")
    if not invitation.is_open:
        return _("This invitation has expired. Ask the coordinator to send a new one.")
    inviter = invitation.invited_by
    if inviter is None or not may_edit(inviter, invitation.page):
        return _("This invitation is no longer valid. Ask a coordinator to send a new one.")
    if (
        user is not None
        and not user.emailaddress_set.filter(email__iexact=invitation.email, verified=True).exists()
    ):
        return _(
            "This invitation was sent to another e-mail address. Sign in with the account of "
            "that address to accept it."
        )
    return None


@transaction.atomic
def accept(invitation, user):
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    problem = why_not_acceptable(invitation, user)
    if problem:
        raise ValidationError(problem)
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return add(invitation.page, user, invitation.role)


# --- Claims ------------------------------------------------------------------------------------


def pending_claim(user, page):
    return Claim.objects.filter(
        user=user, page__translation_key=page.translation_key, status=ClaimStatus.PENDING
    ).first()


def claims_of(user):
    return Claim.objects.filter(user=user).select_related("page").order_by("-created_at")


def claim(user, page, reason):
    """Ask to coordinate `page`; stored for an editor to decide."""
    found = pending_claim(user, page)
    if found:
        return found
    try:
        with transaction.atomic():
            return Claim.objects.create(page=source_page(page), user=user, reason=reason.strip())
    except IntegrityError:  # the same request sent twice at once: the first one stands
        return pending_claim(user, page)


@transaction.atomic
def decide(claim_id, editor, accepted, request=None):
    """An editor accepts or refuses a pending claim; the person is told by e-mail."""
    found = Claim.objects.select_for_update().select_related("page", "user").get(pk=claim_id)
    if found.status != ClaimStatus.PENDING:
        return found
    found.status = ClaimStatus.ACCEPTED if accepted else ClaimStatus.REFUSED
    found.decided_at = timezone.now()
    found.decided_by = editor
    found.save(update_fields=["status", "decided_at", "decided_by"])
    page = found.page.specific
    if accepted:
        add(page, found.user, TeamRole.COORDINATOR)
    language = page.locale.language_code
    with translation.override(language):
        workspace = absolute_url(request=request, path=reverse("my_landscapes"))
        send(
            [found.user.email],
            (
                _("You now coordinate %(page)s")
                if accepted
                else _("Your request to coordinate %(page)s")
            )
            % {"page": page.title},
            "network/email/claim_decided.txt",
            {"page": page, "accepted": accepted, "workspace": workspace},
        )
    return found


# --- E-mail ------------------------------------------------------------------------------------


def absolute_url(path, request=None):
    """`path` on the site's address (website/addresses.py)."""
    return addresses.absolute_url(path, request)


def workspace_url(page, kind, request=None):
    name = "edit_landscape" if kind == "landscape" else "edit_organisation"
    return absolute_url(request=request, path=reverse(name, args=[page.slug]))


def send(to, subject, template, context):
    """An e-mail through the durable outbox, in the active language."""
    message = EmailMessage(
        subject=" ".join(subject.split()),  # a header holds no line break
        body=render_to_string(template, context),
        from_email=mail.sender(),
        to=to,
    )
    outbox.send(message)
