"""The permission matrix: for each role and each action on each kind of object, the allowed
ones succeed and the others are refused, through the real views (the admin's page views,
wagtail-localize's "submit translation" view, the workflow action view, /my-profile/), never by
calling permission functions.

The objects are built once for the module inside a transaction that is rolled back at the end;
each cell of the matrix runs in a savepoint of its own (pytest-django's `db`), so a cell that
publishes or deletes leaves nothing behind for the next one."""

import pytest
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.db import transaction
from django.forms import CheckboxInput
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail import blocks
from wagtail.blocks.base import BlockWidget
from wagtail.models import Locale, Page

pytestmark = pytest.mark.django_db

# --------------------------------------------------------------------------------------------
# The matrix. V = view draft, E = edit, P = publish, D = delete, T = translate; "-" = nothing.
# Experts view and edit their own profile at /my-profile/ (never in the admin); a moderator
# publishes a profile by approving it in the "Profile review" workflow, and while it is in
# their review task may edit it too (Wagtail's approval tasks let reviewers make small fixes).
# Moderators hold "publish" (an approval publishes through it) but not "change": they preview
# any draft, and edit or publish nothing outside their review tasks.
# --------------------------------------------------------------------------------------------
MATRIX = """
role         | profile_a | profile_b | course_x | course_y | story
anonymous    | -         | -         | -        | -        | -
expert_a     | VE        | -         | -        | -        | -
expert_b     | -         | VE        | -        | -        | -
editor_of_x  | -         | -         | VEPD     | -        | -
editor_of_y  | -         | -         | -        | VEPD     | -
translator   | T         | T         | T        | T        | T
moderator    | VEP       | VEP       | V        | V        | V
editor       | VEPDT     | VEPDT     | VEPDT    | VEPDT    | VEPDT
"""

ACTIONS = {"V": "view_draft", "E": "edit", "P": "publish", "D": "delete", "T": "translate"}


def parse_matrix(text):
    lines = [line for line in text.strip().splitlines() if line.strip()]
    header = [cell.strip() for cell in lines[0].split("|")]
    objects = header[1:]
    cells = {}
    for line in lines[1:]:
        role, *allowed = (cell.strip() for cell in line.split("|"))
        for obj, letters in zip(objects, allowed, strict=True):
            assert set(letters) <= {*ACTIONS, "-"}, f"{role}, {obj}: {letters}?"
            for letter, action in ACTIONS.items():
                cells[(role, obj, action)] = letter in letters
    return cells


EXPECTED = parse_matrix(MATRIX)

# Where the real permissions go beyond the intended rule: what the role CAN do today but should
# not (same letters). Each such cell is a strict xfail, so fixing network/roles.py turns it into
# an unexpected pass that fails the run until its letter is removed here.
WRONG_TODAY = """
role         | profile_a | profile_b | course_x | course_y | story
moderator    | -         | -         | -        | -        | -
"""
MODERATOR_DEFAULTS = (
    "the Moderators group keeps Wagtail's own default permissions (wagtailcore's initial data "
    "grants it add, change, publish, lock and unlock on the root page, wagtail-localize's "
    "migration grants it submit_translation) and ensure_roles() only adds to the group"
)
WHY = {
    "view_draft": "a moderator views the draft of any page, not only of pages in review: "
    + MODERATOR_DEFAULTS,
    "edit": "a moderator edits any page in the admin: " + MODERATOR_DEFAULTS,
    "publish": "a moderator publishes any page from the editor, outside any workflow: "
    + MODERATOR_DEFAULTS,
    "delete": "a moderator deletes any leaf page (change + publish suffice in Wagtail): "
    + MODERATOR_DEFAULTS,
    "translate": "a moderator submits any page for translation: " + MODERATOR_DEFAULTS,
}
IN_REVIEW = (
    "; even without those, Wagtail's GroupApprovalTask.user_can_access_editor() lets the "
    "task's groups edit a page while it is in their task, so moderators could still edit a "
    "profile in review"
)


def known_wrong():
    reasons = {}
    for (role, obj, action), wrong in parse_matrix(WRONG_TODAY).items():
        if wrong:
            assert not EXPECTED[(role, obj, action)], "only refusals can be wrong today"
            extra = IN_REVIEW if (obj in ("profile_a", "profile_b") and action == "edit") else ""
            reasons[(role, obj, action)] = WHY[action] + extra
    return reasons


KNOWN_WRONG = known_wrong()


def matrix_cells():
    for (role, obj, action), allowed in EXPECTED.items():
        marks = []
        if (role, obj, action) in KNOWN_WRONG:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[(role, obj, action)]))
        verdict = "allowed" if allowed else "refused"
        yield pytest.param(
            role, obj, action, allowed, id=f"{role}-{action}-{obj}-{verdict}", marks=marks
        )


# --------------------------------------------------------------------------------------------
# The world: built once for the module.
# --------------------------------------------------------------------------------------------
TITLES = {
    "profile_a": "Ana Lima",
    "profile_b": "Bo Chen",
    "course_x": "Agroforestry basics",
    "course_y": "Watershed management",
    "story": "A valley restored",
}
EXPERT_OF = {"profile_a": "expert_a", "profile_b": "expert_b"}
PROFILE_OF = {expert: profile for profile, expert in EXPERT_OF.items()}


def draft_title(obj):
    return f"{TITLES[obj]} (draft)"


def build_world():
    from allauth.account.models import EmailAddress

    from learning.factories import make_catalog, make_course, make_institution
    from network.factories import make_directory_site, make_expert
    from network.roles import ensure_institution_editors, ensure_roles, profile_review_workflow
    from stories.factories import make_story, make_story_index
    from website.factories import translate_page

    sites = make_directory_site()
    homes = {language: pages["home"] for language, pages in sites.items()}
    catalogs = make_catalog(homes)
    x = make_institution(catalogs["en"], title="Forest School", slug="forest-school")
    y = make_institution(catalogs["en"], title="Water Academy", slug="water-academy")
    for institution in (x, y):  # a course is translated under its institution's translation
        translate_page(institution, "es")
    story_indexes = make_story_index(homes)
    ensure_roles()
    groups = {
        "expert_a": Group.objects.get(name="Experts"),
        "expert_b": Group.objects.get(name="Experts"),
        "editor_of_x": ensure_institution_editors(x),
        "editor_of_y": ensure_institution_editors(y),
        "translator": Group.objects.get(name="Translators"),
        "moderator": Group.objects.get(name="Moderators"),
        "editor": Group.objects.get(name="Editors"),
    }
    users = {}
    for role, group in groups.items():
        user = get_user_model().objects.create_user(
            role, f"{role.replace('_', '-')}@example.org", "a-long-password-77"
        )
        user.groups.add(group)
        users[role] = user
    for role in EXPERT_OF.values():
        EmailAddress.objects.create(
            user=users[role], email=users[role].email, verified=True, primary=True
        )

    pages = {}
    for obj, role in EXPERT_OF.items():
        pages[obj] = make_expert(
            sites["en"]["experts"],
            title=TITLES[obj],
            headline="Soil ecologist",
            account=users[role],
            owner=users[role],
        )
    pages["course_x"] = make_course(x, title=TITLES["course_x"])
    pages["course_y"] = make_course(y, title=TITLES["course_y"])
    pages["story"] = make_story(story_indexes["en"], title=TITLES["story"])
    # Every page has an unpublished draft; the profiles' drafts are in the "Profile review"
    # workflow, as /my-profile/ leaves them.
    for obj, page in pages.items():
        page.title = draft_title(obj)
        page.save_revision(user=page.owner)
        if obj in EXPERT_OF:
            profile_review_workflow().start(page, page.owner)
    return {"users": users, "pages": {obj: page.pk for obj, page in pages.items()}}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with (
        django_db_blocker.unblock(),
        translation.override(settings.LANGUAGE_CODE),
        transaction.atomic(),
    ):
        yield build_world()
        transaction.set_rollback(True)


# --------------------------------------------------------------------------------------------
# Helpers.
# --------------------------------------------------------------------------------------------
def page_of(world, obj):
    return Page.objects.get(pk=world["pages"][obj]).specific


def client_for(world, role):
    client = Client()
    if role != "anonymous":
        client.force_login(world["users"][role])
    return client


def assert_refused(response):
    """A 403, a redirect to a login page, or Wagtail's "permission denied": back to the
    dashboard with an error message."""
    if response.status_code == 403:
        return
    assert response.status_code == 302, response.status_code
    location = response["Location"]
    logins = (reverse("wagtailadmin_login"), resolve_url(settings.LOGIN_URL))
    if location.startswith(logins):
        return
    assert location == reverse("wagtailadmin_home"), location
    errors = [m for m in get_messages(response.wsgi_request) if m.level == messages.ERROR]
    assert errors, "redirected to the dashboard without an error message"


def snapshot(page):
    """What a refused action must leave as it was."""
    page = Page.objects.filter(pk=page.pk).first()
    if page is None:
        return None
    return {
        "live_title": page.title,
        "live": page.live,
        "revisions": page.revisions.count(),
        "latest_revision": page.get_latest_revision().pk,
        "translations": sorted(page.get_translations().values_list("pk", flat=True)),
    }


# Form data as the admin's page editor posts it, made from the editor's own form. -------------
def _widget_value(widget, value):
    if isinstance(widget, CheckboxInput):
        return "on" if value else None
    if getattr(widget, "allow_multiple_selected", False) or isinstance(value, (list, tuple)):
        return [str(item) for item in value or []]
    formatted = widget.format_value(value)
    if formatted is None:
        return ""
    return formatted


def _block_data(block, value, prefix, data):
    if isinstance(block, blocks.StreamBlock):
        children = list(value or [])
        data[f"{prefix}-count"] = str(len(children))
        for index, child in enumerate(children):
            data[f"{prefix}-{index}-type"] = child.block_type
            data[f"{prefix}-{index}-deleted"] = ""
            data[f"{prefix}-{index}-order"] = str(index)
            data[f"{prefix}-{index}-id"] = child.id or ""
            _block_data(child.block, child.value, f"{prefix}-{index}-value", data)
    elif isinstance(block, blocks.ListBlock):
        children = list(value.bound_blocks) if value is not None else []
        data[f"{prefix}-count"] = str(len(children))
        for index, child in enumerate(children):
            data[f"{prefix}-{index}-deleted"] = ""
            data[f"{prefix}-{index}-order"] = str(index)
            data[f"{prefix}-{index}-id"] = child.id or ""
            _block_data(block.child_block, child.value, f"{prefix}-{index}-value", data)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            _block_data(child, value.get(name) if value else None, f"{prefix}-{name}", data)
    else:  # a FieldBlock
        form_value = block.value_for_form(value) if value is not None else None
        formatted = _widget_value(block.field.widget, form_value)
        if formatted is not None:
            data[prefix] = formatted


def _form_data(form, data):
    for bound_field in form:
        widget = bound_field.field.widget
        if isinstance(widget, BlockWidget):
            _block_data(widget.block_def, bound_field.value(), bound_field.html_name, data)
            continue
        value = _widget_value(widget, bound_field.value())
        if value is not None:
            data[bound_field.html_name] = value
    for formset in getattr(form, "formsets", {}).values():
        _form_data(formset.management_form, data)
        for index, subform in enumerate(formset.forms):
            _form_data(subform, data)
            if formset.can_order:
                data[f"{subform.prefix}-ORDER"] = str(index + 1)
    return data


def editor_form_data(page, user, **changes):
    """The admin editor's form for the latest revision of `page`, filled with what it shows,
    then `changes`; what a browser would post."""
    draft = page.get_latest_revision_as_object()
    form_class = draft.get_edit_handler().get_form_class()
    form = form_class(instance=draft, parent_page=draft.get_parent(), for_user=user)
    data = _form_data(form, {})
    data.update(changes)
    return data


SELF_SERVICE_PROFILE = {
    "headline": "Soil ecologist",
    "languages": ["es", "en"],
    "countries": ["PE"],
    "orcid": "",
    "contact_email": "someone@example.org",
    "biography_text": "I restore soils.",
    "skills_text": "soil mapping",
    "links_text": "",
    "action": "save",
}


def form_user(world, role):
    """Whose editor form a request posts: the role's own, or an editor's for roles that
    cannot have one (what they post is refused before it is read)."""
    return world["users"].get(role) or world["users"]["editor"]


# --------------------------------------------------------------------------------------------
# The actions, each through its real view; `allowed` says which outcome to check.
# --------------------------------------------------------------------------------------------
def uses_self_service(role, obj):
    """Experts (and visitors) reach profiles only through /my-profile/; it is checked as well as
    the admin, which refuses them."""
    return obj in EXPERT_OF and role in ("anonymous", *EXPERT_OF.values())


def view_draft(world, role, obj, allowed):
    client = client_for(world, role)
    page = page_of(world, obj)
    if uses_self_service(role, obj):
        response = client.get("/en/my-profile/")
        if role == "anonymous":
            assert_refused(response)
        else:
            assert response.status_code == 200
            html = response.content.decode()
            assert (f'value="{draft_title(obj)}"' in html) is allowed
            own = PROFILE_OF[role]
            assert f'value="{draft_title(own)}"' in html  # only ever the expert's own draft
        assert_refused(client.get(f"/admin/pages/{page.pk}/view_draft/"))
        return
    response = client.get(f"/admin/pages/{page.pk}/view_draft/")
    if allowed:
        assert response.status_code == 200
        assert draft_title(obj) in response.content.decode()
    else:
        assert_refused(response)


def edit(world, role, obj, allowed):
    client = client_for(world, role)
    page = page_of(world, obj)
    before = snapshot(page)
    new_title = f"{TITLES[obj]} edited by {role}"
    if uses_self_service(role, obj):
        response = client.post(
            "/en/my-profile/",
            {**SELF_SERVICE_PROFILE, "title": new_title},
        )
        if role == "anonymous":
            assert_refused(response)
        else:
            assert response.status_code == 302
        assert_refused(
            client.post(
                f"/admin/pages/{page.pk}/edit/",
                editor_form_data(page, form_user(world, role), title=new_title),
            )
        )
    else:
        response = client.post(
            f"/admin/pages/{page.pk}/edit/",
            editor_form_data(page, form_user(world, role), title=new_title),
        )
        if allowed:
            assert response.status_code == 302, _form_errors(response)
            assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
        else:
            assert_refused(response)
    after = snapshot(page)
    assert after["live_title"] == before["live_title"]  # an edit is a draft, never live
    assert after["live"] == before["live"]
    if allowed:
        assert after["revisions"] == before["revisions"] + 1
        assert page_of(world, obj).get_latest_revision_as_object().title == new_title
        if obj in EXPERT_OF:
            assert page_of(world, obj).workflow_in_progress  # still in review
    else:
        assert after == before


def publish(world, role, obj, allowed):
    client = client_for(world, role)
    page = page_of(world, obj)
    before = snapshot(page)
    new_title = f"{TITLES[obj]} published by {role}"
    if role == "moderator" and obj in EXPERT_OF:
        # A moderator publishes a profile by approving it in the "Profile review" workflow.
        task_state = page.current_workflow_state.current_task_state
        response = client.post(
            f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
        )
        assert response.status_code == 302
        page = page_of(world, obj)
        assert page.live and page.title == draft_title(obj)
        assert not page.has_unpublished_changes
        return
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**editor_form_data(page, form_user(world, role), title=new_title), "action-publish": "1"},
    )
    if allowed:
        assert response.status_code == 302, _form_errors(response)
        page = page_of(world, obj)
        assert page.live and page.title == new_title
        return
    assert_refused(response)
    if obj in EXPERT_OF:  # nor can they approve the profile in review
        task_state = page.current_workflow_state.current_task_state
        assert_refused(
            client.post(
                f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/",
                {"comment": ""},
            )
        )
    assert snapshot(page) == before


def delete(world, role, obj, allowed):
    client = client_for(world, role)
    page = page_of(world, obj)
    before = snapshot(page)
    response = client.post(f"/admin/pages/{page.pk}/delete/")
    if allowed:
        assert response.status_code == 302
        assert not Page.objects.filter(pk=page.pk).exists()
    else:
        assert_refused(response)
        assert snapshot(page) == before


def translate(world, role, obj, allowed):
    client = client_for(world, role)
    page = page_of(world, obj)
    spanish = Locale.objects.get(language_code="es")
    before = snapshot(page)
    assert page.get_translation_or_none(spanish) is None
    response = client.post(
        f"/admin/localize/submit/page/{page.pk}/", {"locales": [str(spanish.pk)]}
    )
    if allowed:
        assert response.status_code == 302
        translated = page.get_translation_or_none(spanish)
        assert translated is not None
        assert translated.get_parent().locale == spanish
        # The translation is theirs to work on, in the Spanish tree.
        assert client.get(f"/admin/pages/{translated.pk}/edit/").status_code == 200
    else:
        assert_refused(response)
        assert snapshot(page) == before


def _form_errors(response):
    context = getattr(response, "context", None)
    if not context or "form" not in context:
        return response.status_code
    form = context["form"]
    errors = {"form": form.errors}
    for name, formset in getattr(form, "formsets", {}).items():
        errors[name] = [formset.non_form_errors(), *formset.errors]
    return errors


ACTION_VIEWS = {
    "view_draft": view_draft,
    "edit": edit,
    "publish": publish,
    "delete": delete,
    "translate": translate,
}


@pytest.mark.parametrize(("role", "obj", "action", "allowed"), list(matrix_cells()))
def test_permission_matrix(world, role, obj, action, allowed):
    ACTION_VIEWS[action](world, role, obj, allowed)


def test_the_matrix_covers_every_role_object_and_action():
    roles = {role for role, _obj, _action in EXPECTED}
    objects = {obj for _role, obj, _action in EXPECTED}
    assert len(EXPECTED) == len(roles) * len(objects) * len(ACTIONS) == 8 * 5 * 5
    assert set(KNOWN_WRONG) <= set(EXPECTED)
