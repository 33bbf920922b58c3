"""An expert's profile with a photo in review, published by an editor outside a transaction.
Apart from tests/network/test_self_service.py, whose tests share one directory site built in a
transaction held open for the module (tests/worlds.py), which this test cannot run inside."""

import pytest
from django.contrib.auth import get_user_model
from PIL import Image as PILImage

from network.models import ExpertPage
from network.roles import ensure_roles
from tests.network.test_self_service import PROFILE, sign_up_and_verify


@pytest.fixture
def roles(directory_site):
    ensure_roles()


# Wagtail's editor publishes outside a transaction; what runs on publishing (the photo's move
# out of review) must hold on its own. A test's own transaction would hide it: this one has none,
# and what the migrations made is put back for the tests after it.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_editor_publishes_a_profile_with_a_photo_in_review(client, roles, tmp_path, settings):
    import io

    from django.contrib.auth.models import Group
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import connection
    from django.test import Client

    from network.profile_photos import PUBLIC_COLLECTION
    from tests.network.test_permissions import _form_errors, editor_form_data

    settings.MEDIA_ROOT = tmp_path
    user = sign_up_and_verify(client)
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 40), "green").save(buffer, "PNG")
    photo = SimpleUploadedFile("me.png", buffer.getvalue(), content_type="image/png")
    assert client.post("/en/my-profile/", {**PROFILE, "photo_upload": photo}).status_code == 302
    page = ExpertPage.objects.get(account=user)
    editor = get_user_model().objects.create_user("editor", "ed@example.org", "a-long-pw-77-x")
    editor.groups.add(Group.objects.get(name="Editors"))
    admin = Client()
    admin.force_login(editor)

    assert not connection.in_atomic_block
    data = {**editor_form_data(page, editor), "action-publish": "action-publish"}
    response = admin.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, _form_errors(response)
    page.refresh_from_db()
    assert page.live and page.photo is not None
    assert page.photo.collection.name == PUBLIC_COLLECTION
    assert page.photo.title == "Photo of Ana Lima"
    assert client.get(f"/api/v2/images/{page.photo.pk}/").status_code == 200
