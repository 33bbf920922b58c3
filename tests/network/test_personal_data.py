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
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.utils import translation
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry, Revision
from wagtail.search.models import IndexEntry
from wagtail_localize.models import (
    SegmentOverride,
    String,
    StringTranslation,
    Translation,
    TranslationContext,
    TranslationSource,
)

from network.factories import make_directory_site, make_expert
from network.models import ContactMessage, ExpertPage
from network.profile_photos import UPLOADS_PER_DAY
from network.roles import ensure_roles
from tests.network.test_self_service import PROFILE, moderator, sign_up_and_verify
from website.factories import translate_page
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
    # An editor corrects where the expert's own message goes: the admin logs "Ana Lima to …".
    sent = ContactMessage.objects.get(sender_email__iexact="ana@example.org")
    edit = f"/admin/contact_messages/edit/{sent.pk}/"
    editor = staff("editor", "Editors")
    assert editor.post(edit, {"recipient": "desk@example.org"}).status_code == 302
    assert ModelLogEntry.objects.filter(label__contains="Ana Lima").exists()
    log(user, "wagtail.edit", title=user.email)  # as the admin's user views record a change
    # A translator translates the profile into Spanish (wagtail-localize's strings, their
    # translations, an overridden field), and the search index holds both languages.
    spanish = translate_page(
        page, "es", {"I plant trees.": "Planto árboles.", "Agroforester": "Agroforestal"}
    )
    source = TranslationSource.objects.get(object_id=page.translation_key)
    translation_of_page = Translation.objects.get(source=source)
    # No field of a profile may be overridden now (a save is refused); a database from before
    # may still hold an override of where the expert's mail went, written as it was then.
    context, _created = TranslationContext.objects.get_or_create(
        object=source.object, path="contact_email", defaults={"field_path": "contact_email"}
    )
    SegmentOverride.objects.bulk_create(
        [SegmentOverride(locale=spanish.locale, context=context, data_json='"ana@example.org"')]
    )
    assert StringTranslation.objects.filter(data="Planto árboles.").exists()
    assert String.objects.filter(data__contains="I plant trees").exists()
    page_ids = [str(page.pk), str(spanish.pk)]
    index_entries = list(
        IndexEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(ExpertPage), object_id__in=page_ids
        ).values_list("pk", flat=True)
    )
    assert len(index_entries) == 2
    assert Revision.objects.filter(object_id__in=page_ids).exists()
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
    assert not Translation.objects.filter(pk=translation_of_page.pk).exists()
    assert not String.objects.filter(data__contains="I plant trees").exists()
    assert not StringTranslation.objects.filter(data="Planto árboles.").exists()
    assert not SegmentOverride.objects.filter(data_json__icontains="ana@example.org").exists()
    assert not Revision.objects.filter(object_id__in=page_ids).exists()
    assert not IndexEntry.objects.filter(pk__in=index_entries).exists()
    assert not ExpertPage.objects.filter(pk__in=page_ids).exists()
    assert not OutboundEmail.objects.filter(to__icontains="ana@example.org").exists()
    entries = PageLogEntry.objects.filter(page_id=page.pk)
    assert entries.exists()  # the history is kept…
    assert not PageLogEntry.objects.filter(label__icontains="Ana Lima").exists()  # …not the name
    assert "Ana Lima" not in str(list(entries.values_list("data", flat=True)))
    assert set(entries.values_list("label", flat=True)) == {"Deleted profile"}
    # Nor in any other log: the contact messages', the images', the account's.
    for model in (PageLogEntry, ModelLogEntry):
        for label, data in model.objects.values_list("label", "data"):
            text = f"{label} {data}".lower()
            assert "ana lima" not in text and "ana@example.org" not in text, (label, data)
