"""Pages that people keep themselves — experts their profile (/my-profile/), coordinators their
landscape or organisation (/my-landscapes/) — change in public only when a moderator approves.
What they save is a revision; a review is a Wagtail workflow ("Profile review", "Landscape
review") on it. This is the one place both go through. Its outcome reaches them by e-mail from
network/signals.py, in their page's language, with a link to where they keep it."""

from django.utils.translation import gettext as _
from wagtail.models import WorkflowState


def review_status(page):
    """Where the page stands, as its keeper sees it: code, label and the moderator's comment."""
    if page is None:
        return {"code": "none", "label": _("No profile yet")}
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        comment = state.current_task_state.comment if state.current_task_state else ""
        return {"code": "changes-requested", "label": _("Changes requested"), "comment": comment}
    if state is not None:
        return {"code": "in-review", "label": _("In review")}
    if page.live and not page.has_unpublished_changes:
        return {"code": "published", "label": _("Published")}
    return {"code": "draft", "label": _("Draft")}


def submit(page, user, workflow):
    """Send the page's latest revision for review: a review waiting for changes resumes with a
    new task; one in progress on an earlier revision is cancelled and starts anew (approving it
    must not publish this revision unseen), as Wagtail's own "restart workflow" does."""
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return
    if state is not None:
        state.cancel(user=user)
    hear_of_reviews_from_us(user)
    workflow.start(page, user)


def hear_of_reviews_from_us(user):
    """People who keep their page here (experts, coordinators) hear of its reviews from us
    (network/signals.py); Wagtail's own e-mail ("has been rejected", a link into the admin)
    would send someone without admin access to "You do not have permission". Those with admin
    access keep their preferences."""
    from wagtail.users.models import UserProfile

    if user.has_perm("wagtailadmin.access_admin"):
        return
    profile = UserProfile.get_for_user(user)
    if profile.approved_notifications or profile.rejected_notifications:
        profile.submitted_notifications = False
        profile.approved_notifications = False
        profile.rejected_notifications = False
        profile.save()


def under_way(page):
    """A moderator is looking at the page now (not waiting for changes they asked for)."""
    state = page.current_workflow_state
    return state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
