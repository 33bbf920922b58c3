"""The "Progress review" workflow and who may do what with progress records in the admin.
Run after network's roles (network.roles.roles_ensured), which reset the Moderators group."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Workflow, WorkflowContentType, WorkflowTask

from network.roles import moderator_approval_task

PROGRESS_REVIEW = "Progress review"
MODERATED_MODELS = ["action", "indicatorseries", "assessment", "fundingoffer"]
EDITORS_ONLY_MODELS = ["indicator", "exchangerate"]


def _permissions(models, actions):
    return Permission.objects.filter(
        content_type__app_label="progress",
        codename__in=[f"{action}_{model}" for model in models for action in actions],
    )


@transaction.atomic
def ensure_progress_review(moderators, editors):
    """Editors keep every record, the indicators and the exchange rates. Moderators review
    coordinators' records: the review task lets them approve or ask for changes, and "change"
    lets them open a record from their dashboard and correct it before approving; they cannot
    add, publish or delete one outside a review."""
    editors.permissions.add(
        *_permissions(
            MODERATED_MODELS + EDITORS_ONLY_MODELS, ["add", "change", "delete", "publish", "view"]
        )
    )
    moderators.permissions.add(*_permissions(MODERATED_MODELS, ["change", "view"]))

    workflow, _created = Workflow.objects.get_or_create(name=PROGRESS_REVIEW)
    task = moderator_approval_task()
    task.groups.add(moderators, editors)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for model in MODERATED_MODELS:
        content_type, _new = ContentType.objects.get_or_create(app_label="progress", model=model)
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )
    return workflow


def ensure_after_network_roles(sender, editors, moderators, **kwargs):
    ensure_progress_review(moderators, editors)


def progress_review_workflow():
    return Workflow.objects.get(name=PROGRESS_REVIEW, active=True)


def groups():
    from network.roles import EDITORS, MODERATORS

    return Group.objects.get(name=MODERATORS), Group.objects.get(name=EDITORS)
