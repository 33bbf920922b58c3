"""The permission matrix: for each role and each action on each kind of object, the allowed
ones succeed and the others are refused, through the real views (the admin's page views,
wagtail-localize's "submit translation" view, the workflow action view, /my-profile/), never by
calling permission functions.

The objects are built once for the module inside a transaction that is rolled back at the end;
each cell of the matrix runs in a savepoint of its own (pytest-django's `db`), so a cell that
publishes or deletes leaves nothing behind for the next one."""

from io import StringIO

import pytest
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.forms import CheckboxInput
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import reverse
from wagtail import blocks
from wagtail.blocks.base import BlockWidget
from wagtail.models import Locale, Page

from tests.worlds import module_world

pytestmark = pytest.mark.django_db

# --------------------------------------------------------------------------------------------
# The matrix. V = view draft, E = edit, P = publish, D = delete, T = translate; "-" = nothing.
# Experts view and edit their own profile at /my-profile/ (never in the admin); a moderator
# publishes a profile by approving it in the "Profile review" workflow, and while it is in
# their review task may view and edit it too (Wagtail's approval tasks let reviewers make small
# fixes). Moderators hold no page permission: outside their review tasks they view no draft
# (the admin's preview of a page not submitted to them is refused), edit and publish nothing.
# --------------------------------------------------------------------------------------------
MATRIX = """
role         | profile_a | profile_b | course_x | course_y | story
anonymous    | -         | -         | -        | -        | -
expert_a     | VE        | -         | -        | -        | -
expert_b     | -         | VE        | -        | -        | -
editor_of_x  | -         | -         | VEPD     | -        | -
editor_of_y  | -         | -         | -        | VEPD     | -
translator   | T         | T         | T        | T        | T
moderator    | VEP       | VEP       | -        | -        | -
editor       | VEPDT     | VEPDT     | VEPDT    | VEPDT    | VEPDT
"""

ACTIONS = {"V": "view_draft", "E": "edit", "P": "publish", "D": "delete", "T": "translate"}


def parse_matrix(text, actions=ACTIONS):
    lines = [line for line in text.strip().splitlines() if line.strip()]
    header = [cell.strip() for cell in lines[0].split("|")]
    objects = header[1:]
    cells = {}
    for line in lines[1:]:
        role, *allowed = (cell.strip() for cell in line.split("|"))
        for obj, letters in zip(objects, allowed, strict=True):
            assert set(letters) <= {*actions, "-"}, f"{role}, {obj}: {letters}?"
            for letter, action in actions.items():
                cells[(role, obj, action)] = letter in letters
    return cells


EXPECTED = parse_matrix(MATRIX)


def matrix_cells():
    for (role, obj, action), allowed in EXPECTED.items():
        verdict = "allowed" if allowed else "refused"
        yield pytest.param(role, obj, action, allowed, id=f"{role}-{action}-{obj}-{verdict}")


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
NEVER_LIVE_TITLE = "Soil carbon"
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
    # A course never published, beside course_x: what is refused on a live page is refused on
    # a draft too.
    never_live = make_course(Page.objects.get(pk=x.pk).specific, title=NEVER_LIVE_TITLE)
    never_live.live = False
    never_live.first_published_at = never_live.last_published_at = None
    never_live.save()
    never_live.save_revision(user=users["editor_of_x"])
    pages["draft_course"] = never_live
    return {
        "users": users,
        "pages": {obj: page.pk for obj, page in pages.items()},
        "institutions": {"x": x.pk, "y": y.pk},
    }


world = module_world(build_world)


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


# --------------------------------------------------------------------------------------------
# What changes what is live, where it lives or who may see it, beyond the matrix above: each
# through the admin's own URL. U = unpublish, R = restrict (privacy), B = bulk publish,
# X = bulk unpublish, D = bulk delete, O = reorder, M = move (to the other institution),
# L = lock, C = copy. Moderators do none of it, on a live page or a draft; the editor's row
# shows that each request is one the admin carries out. (No one unpublishes a page that is
# not live.)
# --------------------------------------------------------------------------------------------
LIVE_MATRIX = """
role       | course_x  | draft_course
moderator  | -         | -
editor     | URBXDOMLC | RBDOMLC
"""
LIVE_ACTIONS = {
    "U": "unpublish",
    "R": "restrict",
    "B": "bulk_publish",
    "X": "bulk_unpublish",
    "D": "bulk_delete",
    "O": "reorder",
    "M": "move",
    "L": "lock",
    "C": "copy",
}
LIVE_EXPECTED = parse_matrix(LIVE_MATRIX, LIVE_ACTIONS)


def page_state(world, obj):
    """What someone refused must leave as it was: content, state, place, privacy, lock."""
    page = Page.objects.filter(pk=world["pages"][obj]).first()
    if page is None:
        return None
    return {
        **snapshot(page),
        "parent": page.get_parent().pk,
        "path": page.path,
        "restrictions": list(page.view_restrictions.values_list("restriction_type", flat=True)),
        "locked": page.locked,
        "siblings": list(page.get_parent().get_children().values_list("pk", flat=True)),
    }


def unpublish(world, role, obj, allowed):
    client = client_for(world, role)
    before = page_state(world, obj)
    response = client.post(f"/admin/pages/{world['pages'][obj]}/unpublish/")
    if allowed:
        assert response.status_code == 302
        assert not page_of(world, obj).live
    else:
        assert_refused(response)
        assert page_state(world, obj) == before


def restrict(world, role, obj, allowed):
    client = client_for(world, role)
    before = page_state(world, obj)
    response = client.post(
        f"/admin/pages/{world['pages'][obj]}/privacy/", {"restriction_type": "login"}
    )
    if allowed:
        assert response.status_code == 200
        assert response.json()["step"] == "set_privacy_done"
        assert page_state(world, obj)["restrictions"] == ["login"]
    else:
        assert_refused(response)
        assert page_state(world, obj) == before


def bulk(action_type):
    def run(world, role, obj, allowed):
        client = client_for(world, role)
        page = page_of(world, obj)
        before = page_state(world, obj)
        url = f"/admin/bulk/wagtailcore/page/{action_type}/?id={page.pk}&next=/admin/"
        confirmation = client.get(url)
        assert confirmation.status_code == 200
        # The confirmation lists the page under "You don't have permission to …" when refused.
        assert ("permission to" in confirmation.content.decode()) is not allowed
        response = client.post(url)
        assert response.status_code == 302
        after = page_state(world, obj)
        if not allowed:
            assert after == before
        elif action_type == "publish":
            assert (
                after["live"] and after["live_title"] == page.get_latest_revision().content["title"]
            )
        elif action_type == "unpublish":
            assert not after["live"]
        else:
            assert after is None

    run.__name__ = f"bulk_{action_type}"
    return run


def reorder(world, role, obj, allowed):
    """Drag a page to the other end of its siblings, as the explorer's ordering does."""
    client = client_for(world, role)
    before = page_state(world, obj)
    pk = world["pages"][obj]
    first = before["siblings"][0] == pk
    response = client.post(f"/admin/pages/{pk}/set_position/" + ("" if first else "?position=0"))
    after = page_state(world, obj)
    if allowed:
        assert response.status_code == 200
        assert after["siblings"][-1 if first else 0] == pk
    else:
        assert_refused(response)
        assert after == before


def move(world, role, obj, allowed):
    client = client_for(world, role)
    before = page_state(world, obj)
    destination = world["institutions"]["y"]
    response = client.post(f"/admin/pages/{world['pages'][obj]}/move/{destination}/confirm/")
    if allowed:
        assert response.status_code == 302
        assert page_state(world, obj)["parent"] == destination
    else:
        assert_refused(response)
        assert page_state(world, obj) == before


def lock(world, role, obj, allowed):
    client = client_for(world, role)
    before = page_state(world, obj)
    response = client.post(f"/admin/pages/{world['pages'][obj]}/lock/")
    if allowed:
        assert response.status_code == 302
        assert page_state(world, obj)["locked"]
    else:
        assert_refused(response)
        assert page_state(world, obj) == before


def copy(world, role, obj, allowed):
    client = client_for(world, role)
    page = page_of(world, obj)
    before = page_state(world, obj)
    slug = f"{page.slug}-copy"
    response = client.post(
        f"/admin/pages/{page.pk}/copy/",
        {"new_title": f"{page.title} copy", "new_slug": slug, "new_parent_page": before["parent"]},
    )
    copied = Page.objects.filter(slug=slug).exists()
    assert copied is allowed
    if allowed:
        assert response.status_code == 302
    else:
        assert_refused(response)
        assert page_state(world, obj) == before


LIVE_ACTION_VIEWS = {
    "unpublish": unpublish,
    "restrict": restrict,
    "bulk_publish": bulk("publish"),
    "bulk_unpublish": bulk("unpublish"),
    "bulk_delete": bulk("delete"),
    "reorder": reorder,
    "move": move,
    "lock": lock,
    "copy": copy,
}


@pytest.mark.parametrize(
    ("role", "obj", "action", "allowed"),
    [
        pytest.param(*cell, allowed, id="-".join(cell) + ("-allowed" if allowed else "-refused"))
        for cell, allowed in LIVE_EXPECTED.items()
    ],
)
def test_what_changes_live_pages(world, role, obj, action, allowed):
    LIVE_ACTION_VIEWS[action](world, role, obj, allowed)


@pytest.mark.parametrize(
    "action", ["unpublish", "restrict", "bulk_publish", "bulk_unpublish", "bulk_delete", "reorder"]
)
def test_a_moderator_reviewing_a_page_still_cannot_change_what_is_live(world, action):
    """While a profile waits in their task, a moderator may view, edit, approve or reject it
    (and lock it, as Wagtail lets a task's reviewers): nothing else. The profile is live, with
    its draft in review."""
    assert page_of(world, "profile_a").live
    LIVE_ACTION_VIEWS[action](world, "moderator", "profile_a", False)


def assert_published_by_approval(world, obj, title):
    page = page_of(world, obj)
    assert page.live and page.title == title
    assert not page.has_unpublished_changes
    assert not page.workflow_in_progress


def assert_holds_nothing(world, role, obj):
    """After the approval the page is out of their task: nothing on it is theirs any more."""
    client = client_for(world, role)
    pk = world["pages"][obj]
    before = page_state(world, obj)
    assert_refused(client.get(f"/admin/pages/{pk}/edit/"))
    assert_refused(client.get(f"/admin/pages/{pk}/view_draft/"))
    for action in ("unpublish", "restrict", "lock", "bulk_publish", "reorder"):
        LIVE_ACTION_VIEWS[action](world, role, obj, False)
    assert page_state(world, obj) == before


def test_a_moderator_approves_from_the_dashboard_and_the_profile_is_published(world):
    client = client_for(world, "moderator")
    page = page_of(world, "profile_a")
    task_state = page.current_workflow_state.current_task_state
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    approve = f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/"
    assert f'data-workflow-action-url="{approve}"' in dashboard.content.decode()
    # The dashboard's "Preview" of what was submitted to them.
    preview = client.get(f"/admin/pages/workflow/preview/{page.pk}/{task_state.task_id}/")
    assert preview.status_code == 200
    assert draft_title("profile_a") in preview.content.decode()
    response = client.post(approve)  # what the dashboard's "Approve and publish" button sends
    assert response.status_code == 302
    assert_published_by_approval(world, "profile_a", draft_title("profile_a"))
    assert_holds_nothing(world, "moderator", "profile_a")


def test_a_moderator_fixes_and_approves_from_the_editor_and_the_fix_is_published(world):
    client = client_for(world, "moderator")
    page = page_of(world, "profile_b")
    fixed = f"{TITLES['profile_b']} (fixed by the moderator)"
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {
            **editor_form_data(page, world["users"]["moderator"], title=fixed),
            "action-workflow-action": "1",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": "{}",
        },
    )
    assert response.status_code == 302, _form_errors(response)
    assert_published_by_approval(world, "profile_b", fixed)
    assert_holds_nothing(world, "moderator", "profile_b")


def test_an_approval_publishes_what_was_reviewed_not_a_later_draft_of_someone_else(world):
    """An editor saves a draft of a profile while it waits in a moderator's task; the
    moderator's approval from the dashboard publishes the revision they reviewed, and the
    editor's draft stays a draft."""
    page = page_of(world, "profile_a")
    task_state = page.current_workflow_state.current_task_state
    later = f"{TITLES['profile_a']} (not reviewed)"
    response = client_for(world, "editor").post(
        f"/admin/pages/{page.pk}/edit/",
        editor_form_data(page, world["users"]["editor"], title=later),
    )
    assert response.status_code == 302, _form_errors(response)
    assert page_of(world, "profile_a").get_latest_revision_as_object().title == later
    approve = f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/"
    assert client_for(world, "moderator").post(approve).status_code == 302
    page = page_of(world, "profile_a")
    assert page.live and page.title == draft_title("profile_a")
    assert page.live_revision_id == task_state.revision_id
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == later


@pytest.mark.parametrize(
    "url",
    [
        "/admin/pages/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/snippets/website/theme/",
        "/admin/snippets/website/navigationmenu/",
        "/admin/contact_messages/",
    ],
)
def test_a_moderator_reaches_no_other_part_of_the_admin(world, url):
    """Pages outside their tasks, images, documents, snippets, messages: none is theirs."""
    assert_refused(client_for(world, "moderator").get(url))


def test_setting_up_roles_takes_publish_away_from_moderators_of_an_older_database(world):
    """Databases set up before this rule gave Moderators "publish" on the whole tree;
    `manage.py setup_roles` (and every migrate) takes it away."""
    from django.core.management import call_command

    from network.roles import MODERATORS, grant_pages

    moderators = Group.objects.get(name=MODERATORS)
    grant_pages(moderators, Page.get_first_root_node(), ["publish"])
    call_command("setup_roles", stdout=StringIO())
    assert not moderators.page_permissions.exists()
    unpublish(world, "moderator", "course_x", False)
    restrict(world, "moderator", "story", False)


# --------------------------------------------------------------------------------------------
# "Profiles to confirm" names every expert: editors only.
# --------------------------------------------------------------------------------------------
STALE_PROFILES = "/admin/reports/stale-profiles/"


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("editor", True),
        ("moderator", False),
        ("translator", False),
        ("editor_of_x", False),
        ("expert_a", False),
    ],
)
def test_only_editors_open_the_stale_profiles_report_and_its_csv(world, role, allowed):
    client = client_for(world, role)
    name = TITLES["profile_a"]  # live, never confirmed
    report = client.get(STALE_PROFILES)
    csv = client.get(f"{STALE_PROFILES}?export=csv")
    results = client.get(f"{STALE_PROFILES}results/")
    if allowed:
        assert report.status_code == csv.status_code == results.status_code == 200
        assert name in report.content.decode()
        assert csv["Content-Type"].startswith("text/csv")
        assert name in b"".join(csv.streaming_content).decode()
        assert name in results.content.decode()
    else:
        for response in (report, csv, results):
            assert_refused(response)
    # The reports menu offers it only to those who may open it.
    if role != "expert_a":
        assert (STALE_PROFILES in client.get("/admin/").content.decode()) is allowed
