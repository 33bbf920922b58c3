"""Coordinators' records go public only when a moderator approves them, exactly as their
landscape's profile does (network/reviews.py): each save is a revision, sent for review in the
"Progress review" workflow; the public pages show approved records only (`live`), so an approved
record waiting for a change keeps showing its approved version. Editors publish in the admin."""

from django.conf import settings
from django.db import transaction
from django.utils import translation

from network import reviews
from progress.roles import progress_review_workflow


def public(queryset):
    """Only what a moderator (or editor) has approved."""
    return queryset.filter(live=True)


@transaction.atomic
def save_for_review(record, user):
    """Save what a coordinator wrote as a revision and send it for review. A record that was
    never approved is stored with its children (unpublished: `live` stays False); one already
    public keeps its public version until the moderator approves the new one."""
    if record.language not in dict(settings.LANGUAGES):  # a language since removed
        record.language = translation.get_language() or settings.LANGUAGE_CODE
    if record.pk is None:
        record.live = False
        record.save()
    record.save_revision(user=user, log_action=True)
    reviews.submit(record, user, progress_review_workflow())
    return record


def status(record):
    """Where the record stands for its keepers: draft, in review, changes requested, published."""
    return reviews.review_status(record)


def latest(record):
    """The record as its keepers last saved it (a revision waiting for review), else as stored."""
    if record.latest_revision_id and record.has_unpublished_changes:
        return record.latest_revision.as_object()
    return record


@transaction.atomic
def withdraw(record, user):
    """A coordinator removes a record: one never approved is deleted; an approved one is taken off
    the public pages at once (removing is never a risk a moderator must weigh)."""
    state = record.current_workflow_state
    if state is not None:
        state.cancel(user=user)
    record.delete()
