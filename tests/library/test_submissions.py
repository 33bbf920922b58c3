"""Network members submit resources to the library from their workspace (/my-library/); a
moderator approves each before it is public, as for profiles. Every test goes through the URLs
people use."""

import io

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.models import WorkflowState

from library.models import ResourcePage
from library.pdfs import write_pdf
from network import teams
from network.models import TeamRole
from network.roles import ensure_roles
from tests.network.test_permissions import assert_refused
from tests.worlds import module_world

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-rare-password-41"
RESOURCE = {
    "title": "Terraces that hold water",
    "kind": "guide",
    "summary": "How three landscapes built terraces that keep the rain where it falls.",
    "link": "",
    "resource_languages": ["en", "es"],
    "publication_year": "2024",
    "licence": "cc-by-4.0",
}


def person(email, group=None):
    user = get_user_model().objects.create_user(email, email, PASSWORD)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def build_world():
    from library.factories import make_library_index, make_resource
    from network.factories import (
        make_directory_site,
        make_expert,
        make_landscape,
        make_organisation,
    )

    site = make_directory_site()
    ensure_roles()
    libraries = make_library_index({language: pages["home"] for language, pages in site.items()})
    landscape = make_landscape(site["en"]["landscapes"], title="Mau Forest", slug="mau-forest")
    other_landscape = make_landscape(site["en"]["landscapes"], title="Kilombero")
    trust = make_organisation(site["en"]["organisations"], title="Rivers Trust")
    users = {
        name: person(f"{name}@example.org")
        for name in ("outsider", "member", "coordinator", "manager", "expert")
    }
    teams.add(landscape, users["coordinator"], TeamRole.COORDINATOR)
    teams.add(landscape, users["member"], TeamRole.MEMBER)
    teams.add(trust, users["manager"], TeamRole.COORDINATOR)
    profile = make_expert(site["en"]["experts"], title="Amina Odhiambo", account=users["expert"])
    users["moderator"] = person("moderator@example.org", "Moderators")
    own = {
        name: make_resource(libraries["en"], title=f"Resource of the {name}", owner=users[name])
        for name in ("coordinator", "manager", "expert")
    }
    return {
        "libraries": libraries,
        "landscape": landscape,
        "other_landscape": other_landscape,
        "trust": trust,
        "profile": profile,
        "users": users,
        "own": own,
    }


world = module_world(build_world)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def client_of(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def pdf_upload(name="terraces.pdf"):
    buffer = io.BytesIO()
    write_pdf(buffer, title="Terraces", sections=[("Water", "The rain stays where it falls.")])
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/pdf")


def approve(page):
    reviewer = client_of(get_user_model().objects.get(email="moderator@example.org"))
    task_state = page.current_workflow_state.current_task_state
    response = reviewer.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code == 302
    page.refresh_from_db()
    return page


# --- Who may do what ---------------------------------------------------------------------------

SUBMITTERS = ["coordinator", "manager", "expert"]


@pytest.mark.parametrize("who", [None, "outsider", "member", *SUBMITTERS])
def test_the_permission_matrix(world, who):
    user = world["users"][who] if who else None
    client = client_of(user)
    someone_else = world["own"]["manager" if who != "manager" else "coordinator"]
    pages = {
        "list": "/en/my-library/",
        "new": "/en/my-library/new/",
        "another's": f"/en/my-library/{someone_else.pk}/",
        "not a resource": f"/en/my-library/{world['landscape'].pk}/",
        "no such id": "/en/my-library/99999999999999999999/",
    }
    if who in SUBMITTERS:
        pages["own"] = f"/en/my-library/{world['own'][who].pk}/"
    found = {name: client.get(url) for name, url in pages.items()}
    if who is None:  # asked to sign in
        for response in found.values():
            assert response.status_code == 302
            assert "/accounts/login/" in response["Location"]
        return
    if who in ("outsider", "member"):  # told who may submit
        for response in found.values():
            assert response.status_code == 403
            assert "the coordinators of a landscape partnership" in response.content.decode()
        return
    assert found["list"].status_code == 200
    assert "no-store" in found["list"]["Cache-Control"]  # theirs alone, never in a shared cache
    assert f"Resource of the {who}" in found["list"].content.decode()
    assert "Resource of the" not in found["list"].content.decode().replace(
        f"Resource of the {who}", ""
    )
    assert found["new"].status_code == 200
    assert found["own"].status_code == 200
    assert f'value="Resource of the {who}"' in found["own"].content.decode()
    assert found["another's"].status_code == 404
    assert found["not a resource"].status_code == 404
    assert found["no such id"].status_code == 404
    assert_refused(client.get("/admin/"))


def test_posting_to_another_persons_submission_changes_nothing(world):
    theirs = world["own"]["manager"]
    revisions = theirs.revisions.count()
    response = client_of(world["users"]["coordinator"]).post(
        f"/en/my-library/{theirs.pk}/", {**RESOURCE, "link": "https://example.org/guide"}
    )
    assert response.status_code == 404
    assert theirs.revisions.count() == revisions


# --- Submitting --------------------------------------------------------------------------------


def test_a_coordinator_submits_a_pdf_and_a_moderator_publishes_it(world, media):
    coordinator = world["users"]["coordinator"]
    client = client_of(coordinator)
    form = client.get("/en/my-library/new/").content.decode()
    assert "Mau Forest" in form and "Kilombero" not in form  # only their own landscapes
    response = client.post(
        "/en/my-library/new/",
        {**RESOURCE, "landscapes": [world["landscape"].pk], "upload": pdf_upload()},
    )
    assert response.status_code == 302 and response["Location"] == "/en/my-library/"
    assert (
        "Your resource has been sent for review" in client.get("/en/my-library/").content.decode()
    )

    page = ResourcePage.objects.get(title=RESOURCE["title"])
    assert not page.live
    assert page.owner == coordinator
    assert page.get_parent().pk == world["libraries"]["en"].pk
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.current_workflow_state.workflow.name == "Profile review"
    draft = page.get_latest_revision_as_object()
    assert [landscape.pk for landscape in draft.landscapes.all()] == [world["landscape"].pk]
    document = draft.files.all()[0].document
    assert document.file_extension == "pdf"
    assert document.collection.name == "Library submissions awaiting review"

    listing = client.get("/en/my-library/").content.decode()
    assert RESOURCE["title"] in listing and "In review" in listing
    assert RESOURCE["title"] not in Client().get("/en/library/").content.decode()
    assert Client().get(document.url).status_code != 200  # the file is private until approved

    mail.outbox.clear()
    page = approve(page)
    assert page.live
    assert RESOURCE["title"] in Client().get("/en/library/").content.decode()
    # The submitter hears of it, with the way back to their submissions.
    [message] = mail.outbox
    assert message.to == [coordinator.email]
    assert "approved and published" in message.subject
    assert "/en/my-library/" in message.body
    document.refresh_from_db()
    assert document.collection.name == "Library"
    assert Client().get(document.url).status_code == 200
    assert "Published" in client.get("/en/my-library/").content.decode()


def test_an_edit_is_a_new_revision_sent_for_review_again(world, media):
    client = client_of(world["users"]["coordinator"])
    client.post("/en/my-library/new/", {**RESOURCE, "upload": pdf_upload()})
    page = approve(ResourcePage.objects.get(title=RESOURCE["title"]))
    revisions = page.revisions.count()

    response = client.post(f"/en/my-library/{page.pk}/", {**RESOURCE, "title": "Terraces, 2nd"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.revisions.count() == revisions + 1
    assert page.title == RESOURCE["title"]  # the public page waits for the moderator
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    listing = client.get("/en/my-library/").content.decode()
    assert "Terraces, 2nd" in listing and "In review" in listing
    assert approve(page).title == "Terraces, 2nd"
    assert page.files.count() == 1  # the file is kept when none is chosen


def test_the_moderators_request_for_changes_is_shown(world, media):
    client = client_of(world["users"]["expert"])
    client.post("/en/my-library/new/", {**RESOURCE, "link": "https://example.org/guide"})
    page = ResourcePage.objects.get(title=RESOURCE["title"])
    task_state = page.current_workflow_state.current_task_state
    reviewer = client_of(world["users"]["moderator"])
    reviewer.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/",
        {"comment": "Please add the year of the second edition."},
    )
    listing = client.get("/en/my-library/").content.decode()
    assert "Changes requested" in listing
    assert "Please add the year of the second edition." in listing
    [message] = [m for m in mail.outbox if m.to == [world["users"]["expert"].email]]
    assert "Please add the year of the second edition." in message.body


def test_authors_are_the_expert_and_the_managers_organisation(world, media):
    client_of(world["users"]["expert"]).post(
        "/en/my-library/new/", {**RESOURCE, "link": "https://example.org/guide"}
    )
    client_of(world["users"]["manager"]).post(
        "/en/my-library/new/",
        {**RESOURCE, "title": "Rivers report", "link": "https://example.org/report"},
    )
    by_expert = ResourcePage.objects.get(title=RESOURCE["title"])
    by_manager = ResourcePage.objects.get(title="Rivers report")
    assert list(by_expert.expert_authors.all()) == [world["profile"]]
    assert list(by_manager.organisation_authors.all()) == [world["trust"]]


# --- What is refused ---------------------------------------------------------------------------


def test_a_fake_pdf_is_refused_and_what_was_typed_is_kept(world, media):
    fake = SimpleUploadedFile(
        "report.pdf", b"<html><script>alert(1)</script></html>", content_type="application/pdf"
    )
    response = client_of(world["users"]["coordinator"]).post(
        "/en/my-library/new/", {**RESOURCE, "upload": fake}
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "The content of this file is not a valid .pdf document." in html
    assert f'value="{RESOURCE["title"]}"' in html
    assert RESOURCE["summary"] in html
    assert "Please choose your file again" in html
    assert not ResourcePage.objects.filter(title=RESOURCE["title"]).exists()


def test_a_file_of_a_type_not_allowed_is_refused(world, media):
    script = SimpleUploadedFile("tool.exe", b"MZ\x90\x00", content_type="application/octet-stream")
    response = client_of(world["users"]["coordinator"]).post(
        "/en/my-library/new/", {**RESOURCE, "upload": script}
    )
    assert response.status_code == 400
    assert "File extension “exe” is not allowed." in response.content.decode()


def test_a_video_that_is_not_on_youtube_or_vimeo_is_refused(world):
    response = client_of(world["users"]["expert"]).post(
        "/en/my-library/new/",
        {**RESOURCE, "kind": "video", "link": "https://example.org/video.mp4"},
    )
    assert response.status_code == 400
    assert "Videos are shown from YouTube or Vimeo" in response.content.decode()
    assert not ResourcePage.objects.filter(title=RESOURCE["title"]).exists()


def test_a_youtube_video_is_accepted(world):
    response = client_of(world["users"]["expert"]).post(
        "/en/my-library/new/",
        {**RESOURCE, "kind": "video", "link": "https://www.youtube.com/watch?v=dQw4w9WgXcQ"},
    )
    assert response.status_code == 302


def test_neither_file_nor_link_is_refused(world):
    response = client_of(world["users"]["expert"]).post("/en/my-library/new/", RESOURCE)
    assert response.status_code == 400
    assert "Upload the resource&#x27;s file, or give a link to it." in response.content.decode()


def test_errors_are_in_the_visitors_language(world):
    client = client_of(world["users"]["coordinator"])
    response = client.post("/es/my-library/new/", {"title": "Terrazas que guardan el agua"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Este campo es requerido." in html
    assert 'value="Terrazas que guardan el agua"' in html
    assert 'lang="es"' in html


def test_a_submission_in_spanish_goes_to_the_spanish_library(world):
    client = client_of(world["users"]["expert"])
    response = client.post(
        "/es/my-library/new/",
        {**RESOURCE, "title": "Terrazas", "link": "https://example.org/guia"},
    )
    assert response.status_code == 302
    page = ResourcePage.objects.get(title="Terrazas")
    assert page.locale.language_code == "es"
    assert page.get_parent().pk == world["libraries"]["es"].pk


def test_the_account_page_leads_to_the_submissions(world):
    html = client_of(world["users"]["coordinator"]).get("/en/my-account/").content.decode()
    assert 'href="/en/my-library/"' in html and "My library submissions" in html


def test_a_resource_an_editor_locked_is_not_saved_over(world):
    page = world["own"]["expert"]
    page.locked = True
    page.locked_by = world["users"]["moderator"]
    page.save()
    revisions = page.revisions.count()
    response = client_of(world["users"]["expert"]).post(
        f"/en/my-library/{page.pk}/", {**RESOURCE, "link": "https://example.org/guide"}
    )
    assert response.status_code == 400
    assert "An editor is working on this page." in response.content.decode()
    assert page.revisions.count() == revisions
