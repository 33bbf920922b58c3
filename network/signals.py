from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.signals import page_published, workflow_approved, workflow_rejected

from network import profile_photos, teams
from network.models import ExpertPage, LandscapePage, OrganisationPage, TeamMembership


@receiver(page_published, sender=ExpertPage)
def publish_profile_photo(sender, instance, **kwargs):
    """An approved profile's photo leaves the private collection of photos awaiting review."""
    profile_photos.approve(instance)


@receiver(page_published, sender=LandscapePage)
def publish_landscape_image(sender, instance, **kwargs):
    profile_photos.approve(instance, "image")
    keep_translations_in_step(instance)


@receiver(page_published, sender=OrganisationPage)
def publish_organisation_logo(sender, instance, **kwargs):
    profile_photos.approve(instance, "logo")
    keep_translations_in_step(instance)


def keep_translations_in_step(page):
    """What is the source's in every language (a landscape's name, boundary, addresses, logo)
    reaches its translations as soon as the source is published, not at their next
    synchronisation: a coordinator's corrected boundary is on every language's map at once."""
    from website.translation_overrides import put_back_fixed_values

    put_back_fixed_values(translation_key=page.translation_key)


@receiver(workflow_approved)
def tell_keepers_approved(sender, instance, user=None, **kwargs):
    _tell_keepers(instance, approved=True)


@receiver(workflow_rejected)
def tell_keepers_changes_requested(sender, instance, user=None, **kwargs):
    _tell_keepers(instance, approved=False)


def _tell_keepers(workflow_state, approved):
    """E-mail the people who keep a page (a landscape's or organisation's coordinators, an
    expert) the outcome of its review: in the page's language, with the moderator's comment
    and a link to where they keep it, never into the admin (network/reviews.py)."""
    content = workflow_state.content_object
    page = getattr(content, "specific", content)  # a snippet's review has no specific page
    task_state = workflow_state.current_task_state
    comment = task_state.comment if task_state else ""
    with translation.override(getattr(page, "locale", None) and page.locale.language_code):
        recipients, workspace = _keepers(page)
        if not recipients:
            return
        subject = (
            _("%(page)s is approved and published")
            if approved
            else _("%(page)s: the moderator asks for changes")
        ) % {"page": page.title}
        teams.send(
            recipients,
            subject,
            "network/email/review_outcome.txt",
            {
                "page": page,
                "approved": approved,
                "comment": comment,
                "expert": isinstance(page, ExpertPage),
                "workspace": workspace,
            },
        )


def _keepers(page):
    """The addresses of who keeps `page`, and the link to where they keep it (in the active
    language); ([], None) for what nobody keeps outside the admin."""
    if isinstance(page, teams.TEAM_PAGE_TYPES):
        kind = "landscape" if isinstance(page, LandscapePage) else "organisation"
        coordinators = [user.email for user in teams.coordinators(page)]
        return coordinators, teams.workspace_url(page, kind)
    if isinstance(page, ExpertPage):
        account = teams.source_page(page).account
        if account is not None and account.email:
            return [account.email], teams.absolute_url(reverse("my_profile"))
    # Other apps' pages that members keep say who themselves (a library submission).
    if hasattr(page, "review_keepers"):
        return page.review_keepers()
    return [], None


@receiver(post_save, sender=TeamMembership)
@receiver(post_delete, sender=TeamMembership)
def team_changed(sender, **kwargs):
    """The Team block of cached public pages follows: someone who asked not to be listed, or
    left, is gone from the page at once."""
    from website.content_version import content_changed

    transaction.on_commit(content_changed)
