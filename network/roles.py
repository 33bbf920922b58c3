"""The site's roles as Wagtail groups, page permissions and the "Profile review" workflow.
`ensure_roles()` is idempotent: it runs after every migrate (so a fresh install has the groups
and the workflow) and from `manage.py setup_roles` once the language trees exist (page
permissions hang on pages)."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.dispatch import Signal
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"
EXPERTS = "Experts"
PROFILE_REVIEW = "Profile review"
LANDSCAPE_REVIEW = "Landscape review"
INSTITUTION_EDITORS = "Institution editors of {name}"

EDITOR_PAGE_PERMISSIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]
SECTION_PAGE_PERMISSIONS = ["add", "change", "publish"]
# Snippets and models editors manage: (app label, model, actions).
EDITOR_MODEL_PERMISSIONS = [
    ("website", "theme", ["add", "change", "delete"]),
    ("website", "ecosystemtype", ["add", "change", "delete"]),
    ("website", "sustainabledevelopmentgoal", ["change"]),
    ("website", "navigationmenu", ["add", "change", "delete"]),
    ("website", "sitesettings", ["change"]),
    ("network", "contactmessage", ["view", "change"]),
    ("network", "teammembership", ["view", "change"]),
    ("wagtail_localize", "translation", ["submit"]),
    # Editors' picks in the site search, and the popular searches report that goes with them.
    ("wagtailsearchpromotions", "searchpromotion", ["add", "change", "delete"]),
]


def _permission(app_label, model, action):
    if (app_label, model, action) == ("wagtail_localize", "translation", "submit"):
        return Permission.objects.filter(codename="submit_translation").first()
    content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
    if content_type is None:
        return None
    return Permission.objects.filter(
        content_type=content_type, codename=f"{action}_{model}"
    ).first()


def page_permission(kind):
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(Page), codename=f"{kind}_page"
    )


def grant_pages(group, page, kinds):
    for kind in kinds:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=page_permission(kind)
        )


def grant_collections(group, kinds):
    root = Collection.get_first_root_node()
    if root is None:
        return
    for app_label, model, actions in (
        ("wagtailimages", "image", kinds),
        ("wagtaildocs", "document", kinds),
    ):
        for action in actions:
            permission = _permission(app_label, model, action)
            if permission:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root, permission=permission
                )


# Sent at the end of ensure_roles(), with the Editors and Moderators groups.
roles_ensured = Signal()


def admin_group(name):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    return group


def only_reviews(group):
    """Moderators approve or reject what is submitted to them, nothing more. Wagtail's and
    wagtail-localize's own migrations give a group of this name page, image and translation
    permissions (and databases set up before this rule hold "publish" on the tree): take them
    all away; admin access alone stays. Their review task lets them open and edit a page while
    it waits for them, and approving it publishes it (website/workflows.py); any page permission
    would also let them unpublish, restrict, publish, move or reorder pages outside a task."""
    group.collection_permissions.all().delete()
    group.permissions.set([Permission.objects.get(codename="access_admin")])
    group.page_permissions.all().delete()


@transaction.atomic
def ensure_roles():
    root = Page.get_first_root_node()
    editors = admin_group(EDITORS)
    moderators = admin_group(MODERATORS)
    only_reviews(moderators)
    translators = admin_group(TRANSLATORS)
    Group.objects.get_or_create(name=EXPERTS)  # no admin access: they use /my-profile/

    if root is not None:
        grant_pages(editors, root, EDITOR_PAGE_PERMISSIONS)
    for app_label, model, actions in EDITOR_MODEL_PERMISSIONS:
        for action in actions:
            permission = _permission(app_label, model, action)
            if permission:
                editors.permissions.add(permission)
    grant_collections(editors, ["add", "change", "choose", "delete"])

    # Translators translate into the other languages' trees, never the default language's.
    submit = _permission("wagtail_localize", "translation", "submit")
    if submit:
        translators.permissions.add(submit)
    grant_collections(translators, ["choose"])
    if root is not None:
        for home in root.get_children().exclude(locale__language_code=settings.LANGUAGE_CODE):
            grant_pages(translators, home, ["add", "change", "publish"])

    ensure_profile_review(moderators, editors)
    ensure_landscape_review(moderators, editors)
    # Apps above network (progress) add their own permissions and workflows here.
    roles_ensured.send(sender=ensure_roles, editors=editors, moderators=moderators)


def _review_workflow(name, index_model, reviewer_groups):
    """A workflow of one "Moderator approval" task (moderators and editors approve), on every
    page under `index_model`'s pages in every language: edits made in the admin go through it
    too."""
    workflow, _created = Workflow.objects.get_or_create(name=name)
    task = moderator_approval_task()
    task.groups.add(*reviewer_groups)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for index in index_model.objects.all():
        WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
    return workflow


def moderator_approval_task():
    """The "Moderator approval" task every review workflow shares, as a ReviewTask (its two
    choices, network/models/reviews.py); a task made before that is turned into one."""
    from network.models import ReviewTask

    task = GroupApprovalTask.objects.filter(name="Moderator approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Moderator approval")
    review = ContentType.objects.get_for_model(ReviewTask, for_concrete_model=False)
    if task.content_type_id != review.pk:
        Task.objects.filter(pk=task.pk).update(content_type=review)
    return task


def ensure_profile_review(*reviewer_groups):
    """The workflow an expert's edits go through: a moderator (or editor) approves them."""
    from network.models import ExpertIndexPage

    return _review_workflow(PROFILE_REVIEW, ExpertIndexPage, reviewer_groups)


def ensure_landscape_review(*reviewer_groups):
    """The workflow coordinators' edits of landscapes and organisations go through."""
    from network.models import LandscapeIndexPage, OrganisationIndexPage

    workflow = _review_workflow(LANDSCAPE_REVIEW, LandscapeIndexPage, reviewer_groups)
    for index in OrganisationIndexPage.objects.all():
        WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
    return workflow


def ensure_institution_editors(institution):
    """The group whose members add, edit and publish pages inside one institution's section
    of the learning network (an InstitutionPage, or any page), and nowhere else."""
    name = INSTITUTION_EDITORS.format(name=institution.title)[:150]
    group = admin_group(name)
    for section in institution.get_translations(inclusive=True):  # the section in every language
        grant_pages(group, section, SECTION_PAGE_PERMISSIONS)
    grant_collections(group, ["add", "choose"])
    return group


def profile_review_workflow():
    return Workflow.objects.get(name=PROFILE_REVIEW, active=True)


def landscape_review_workflow():
    return Workflow.objects.get(name=LANDSCAPE_REVIEW, active=True)
