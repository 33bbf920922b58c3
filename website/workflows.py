"""What happens when a moderation workflow is approved (WAGTAIL_FINISH_WORKFLOW_ACTION).

Wagtail's default publishes as the approving user, so reviewers would need "publish" on the
pages they review; that permission would also let them unpublish, restrict, bulk-publish, move
and unschedule any page. Here the approval itself is the authority to publish what was approved,
and reviewers hold no page permission at all.

Wagtail imports this module while it defines its models, hence the import inside the function."""


def approved_by(workflow_state, user):
    """Whether the workflow ends because `user` approved its last task: the task already checked
    that they may (GroupApprovalTask.get_actions), so publishing needs no other permission."""
    from wagtail.models import TaskState

    task_state = workflow_state.current_task_state
    return (
        user is not None
        and task_state is not None
        and task_state.status == TaskState.STATUS_APPROVED
        and task_state.finished_by_id == user.pk
    )


def approved_revision(workflow_state, user):
    """What the approver saw: the revision their task was on, or a later one they saved
    themselves (Wagtail's editor saves a reviewer's fixes, then approves). A revision someone
    else saved after the task began was not reviewed; it stays a draft for the next review."""
    latest = workflow_state.content_object.get_latest_revision()
    reviewed = workflow_state.current_task_state.revision
    if latest is None or latest.pk == reviewed.pk or latest.user_id == user.pk:
        return latest
    return reviewed


def publish_approved(workflow_state, user=None):
    """Publish what was approved. A workflow that ends without an approval (one with no active
    task finishes as soon as it starts) publishes the latest revision only if `user` may publish
    anyway, as Wagtail's default would."""
    if approved_by(workflow_state, user):
        approved_revision(workflow_state, user).publish(user=user, skip_permission_checks=True)
    else:
        workflow_state.content_object.get_latest_revision().publish(user=user)
