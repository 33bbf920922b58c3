"""What follows a moderator's decision on a progress record: its keepers hear of it in their
language, with a link to their workspace; cached public pages show it at once."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.signals import published, unpublished, workflow_approved, workflow_rejected

from network import teams
from progress import records
from progress.models import Action, Assessment, FundingOffer, IndicatorSeries

MODERATED = (Action, IndicatorSeries, Assessment, FundingOffer)


def _keepers_page(record):
    """The page whose team keeps the record: its landscape, or the organisation of an offer."""
    return record.organisation if isinstance(record, FundingOffer) else record.landscape


def _workspace(record):
    page = _keepers_page(record)
    if isinstance(record, FundingOffer):
        path = reverse("workspace_offers", args=[page.slug])
    else:
        path = reverse("workspace_progress", args=[page.slug])
    return teams.absolute_url(path)


@receiver(workflow_approved)
def tell_keepers_approved(sender, instance, user=None, **kwargs):
    _tell_keepers(instance, approved=True)


@receiver(workflow_rejected)
def tell_keepers_changes_requested(sender, instance, user=None, **kwargs):
    _tell_keepers(instance, approved=False)


def _tell_keepers(workflow_state, approved):
    record = workflow_state.content_object
    if not isinstance(record, MODERATED):
        return
    # As published now, or as last sent for review: not as it was when the review began.
    record = records.latest(type(record).objects.get(pk=record.pk))
    page = _keepers_page(record)
    recipients = [user.email for user in teams.coordinators(page)]
    if not recipients:
        return
    task_state = workflow_state.current_task_state
    comment = task_state.comment if task_state else ""
    with translation.override(record.language):
        subject = (
            _("“%(record)s” is approved and published")
            if approved
            else _("“%(record)s”: the moderator asks for changes")
        ) % {"record": str(record)}
        teams.send(
            recipients,
            subject,
            "progress/email/review_outcome.txt",
            {
                "record": record,
                "kind": record._meta.verbose_name,
                "page": page,
                "approved": approved,
                "comment": comment,
                "workspace": _workspace(record),
            },
        )


@receiver(published, sender=Assessment)
def publish_assessment_document(sender, instance, **kwargs):
    """An approved assessment's supporting document is public from now on."""
    from progress import documents

    documents.publish_document(instance)


@receiver(published)
@receiver(unpublished)
@receiver(post_delete)
def public_records_changed(sender, **kwargs):
    """Cached pages that show progress (the landscape, progress/, funding/, home) follow."""
    if sender not in MODERATED:
        return
    from website.content_version import content_changed

    transaction.on_commit(content_changed)
