"""An expert's photo and personal data, tried as an attacker would (issue 16, findings 5, 6, 11):
an unapproved photo is nowhere public (images API, guessable file name, other users' admin
chooser), uploads are bounded, and deleting the account leaves nothing of the person."""

import io
import os
import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.utils import translation
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import PageLogEntry
from wagtail_localize.models import String, TranslationSource

from network.factories import make_directory_site, make_expert
from network.models import ContactMessage, ExpertPage
from network.profile_photos import UPLOADS_PER_DAY
from network.roles import ensure_roles
from tests.network.test_self_service import PROFILE, moderator, sign_up_and_verify
from website.models import OutboundEmail

pytestmark = pytest.mark.django_db

Image = get_image_model()


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """The language trees and the roles, once for the module, rolled back at its end; each test
    runs in a savepoint of its own (pytest-django's `db`)."""
    with (
        django_db_blocker.unblock(),
        translation.override(settings.LANGUAGE_CODE),
        transaction.atomic(),
    ):
        make_directory_site()
        ensure_roles()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def world(site, db, settings, tmp_path):
    """The media folder of the test: what is in it is what the site stored."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def photo(colour="green", name="ana-lima.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (60, 60), colour).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def files_under(root):
    return sorted(
        os.path.relpath(os.path.join(folder, name), root)
        for folder, _folders, names in os.walk(root)
        for name in names
    )


def approve(page):
    reviewer = moderator(Client)
    task_state = page.current_workflow_state.current_task_state
    response = reviewer.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code == 302


def api_image_ids(client):
    response = client.get("/api/v2/images/")
    assert response.status_code == 200
    return {item["id"] for item in response.json()["items"]}, response.content.decode()


def api_detail(client, path):
    """Django's LocaleMiddleware sends every 404 outside the language prefixes to the same path
    under /en/ (Wagtail's pages catch every path there), which answers 404 in turn."""
    response = client.get(path, follow=True)
    return response.status_code, response.content.decode()


def staff(name, group):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "a-long-password-77")
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


def test_a_photo_in_review_is_private_until_a_moderator_approves_it(client, world):
    user = sign_up_and_verify(client)
    response = client.post("/en/my-profile/", {**PROFILE, "photo_upload": photo()})
    assert response.status_code == 302
    page = ExpertPage.objects.get(account=user)
    pending = page.get_latest_revision_as_object().photo

    anonymous = Client()
    ids, body = api_image_ids(anonymous)
    assert pending.pk not in ids
    assert "Ana Lima" not in body
    for path in (f"/api/v2/images/{pending.pk}/", f"/api/v2/images/find/?id={pending.pk}"):
        status, body = api_detail(anonymous, path)
        assert status == 404 and pending.file.name not in body
    # Neither the typed name nor the uploaded file's name: nothing to guess the file by.
    assert "Ana" not in pending.title
    assert re.fullmatch(r"original_images/[0-9a-f]{32}\.png", pending.file.name)
    # A translator may choose images in the admin, but not this one; an editor may.
    chooser = "/admin/images/chooser/results/?q="
    html = staff("translator", "Translators").get(chooser).content.decode()
    choice = f"/admin/images/chooser/chosen/{pending.pk}/"
    assert choice not in html
    assert choice in staff("editor", "Editors").get(chooser).content.decode()

    approve(page)
    ids, body = api_image_ids(anonymous)
    assert pending.pk in ids
    detail = anonymous.get(f"/api/v2/images/{pending.pk}/")
    assert detail.status_code == 200
    assert detail.json()["title"] == "Photo of Ana Lima"


def test_uploads_are_bounded_and_one_photo_waits_per_profile(
    client, world, django_capture_on_commit_callbacks
):
    sign_up_and_verify(client)
    colours = ["red", "green", "blue", "yellow", "white", "black", "grey", "pink", "teal", "navy"]
    answers = []
    for colour in colours:
        with django_capture_on_commit_callbacks(execute=True):  # as each request commits
            answers.append(
                client.post("/en/my-profile/", {**PROFILE, "photo_upload": photo(colour)})
            )
    stored, refused = answers[:UPLOADS_PER_DAY], answers[UPLOADS_PER_DAY:]
    assert [answer.status_code for answer in stored] == [302] * UPLOADS_PER_DAY
    assert [answer.status_code for answer in refused] == [429] * len(refused)
    html = refused[-1].content.decode()
    assert "You have uploaded several photos today." in html
    assert 'value="Ana Lima"' in html and "I plant trees." in html  # the form is kept
    # Each upload replaced the photo waiting, file included: one image, one file.
    waiting = ExpertPage.objects.get().get_latest_revision_as_object().photo
    assert list(Image.objects.all()) == [waiting]
    assert files_under(world) == [waiting.file.name]

    # Past the bound, saving without a new photo still works.
    assert client.post("/en/my-profile/", {**PROFILE, "headline": "Hydrologist"}).status_code == 302


def test_deleting_the_account_leaves_nothing_of_the_person(
    client, world, django_capture_on_commit_callbacks
):
    user = sign_up_and_verify(client)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/my-profile/", {**PROFILE, "photo_upload": photo("green")})
    page = ExpertPage.objects.get(account=user)
    approve(page)
    page.refresh_from_db()
    approved = page.photo
    visitor = Client()
    assert visitor.get(page.url).status_code == 200  # renders the approved photo's renditions
    assert visitor.get(f"/api/v2/images/{approved.pk}/").status_code == 200

    # A new photo, waiting for review, and its preview's renditions.
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/my-profile/", {**PROFILE, "photo_upload": photo("blue")})
    client.post("/en/my-profile/", {**PROFILE, "action": "preview"})
    assert Image.objects.count() == 2
    assert Image.get_rendition_model().objects.exists()

    # A visitor writes to the expert; the expert writes to another profile from their address.
    colleague = make_expert(page.get_parent(), title="Colleague")
    message = {"name": "Visitor", "email": "v@example.org", "message": "Hello Ana"}
    assert visitor.post(page.url, message).status_code == 302
    mine = {"name": "Ana Lima", "email": "ANA@example.org", "message": "Hello from Ana"}
    assert visitor.post(colleague.url, mine).status_code == 302
    assert ContactMessage.objects.count() == 2
    assert OutboundEmail.objects.filter(to__icontains="ana@example.org").exists()
    assert PageLogEntry.objects.filter(page_id=page.pk, label__contains="Ana Lima").exists()
    # A translator started a translation: wagtail-localize copied the profile's text.
    source, _created = TranslationSource.get_or_create_from_instance(page)
    assert String.objects.filter(data__contains="I plant trees").exists()
    files_before = files_under(world)
    assert any(name.startswith("images/") for name in files_before)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/my-profile/delete/", {"confirm": "yes"})
    assert response.status_code == 302

    assert not get_user_model().objects.filter(pk=user.pk).exists()
    assert not Image.objects.exists()
    assert not Image.get_rendition_model().objects.exists()
    assert files_under(world) == []  # originals and renditions
    status, body = api_detail(visitor, f"/api/v2/images/{approved.pk}/")
    assert status == 404 and approved.file.name not in body
    assert not ContactMessage.objects.exists()
    assert not TranslationSource.objects.filter(pk=source.pk).exists()
    assert not String.objects.filter(data__contains="I plant trees").exists()
    assert not OutboundEmail.objects.filter(to__icontains="ana@example.org").exists()
    entries = PageLogEntry.objects.filter(page_id=page.pk)
    assert entries.exists()  # the history is kept…
    assert not PageLogEntry.objects.filter(label__icontains="Ana Lima").exists()  # …not the name
    assert "Ana Lima" not in str(list(entries.values_list("data", flat=True)))
    assert set(entries.values_list("label", flat=True)) == {"Deleted profile"}
