"""Experts keep their own profiles: sign up, verify, fill the profile, review, publish."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from PIL import Image as PILImage

from network.models import ExpertPage
from network.roles import ensure_roles
from tests.network.test_permissions import assert_refused
from tests.worlds import directory_site_world, shared_directory_site, shared_themes  # noqa: F401

pytestmark = pytest.mark.django_db

PROFILE = {
    "title": "Ana Lima",
    "headline": "Agroforester",
    "languages": ["pt", "es"],
    "countries": ["BR"],
    "regions": ["latin-america"],
    "availability": ["mentoring"],
    "orcid": "",
    "contact_email": "ana@example.org",
    "biography_text": "I plant trees.\n\nAnd I teach.",
    "skills_text": "syntropic farming, facilitation",
    "links_text": "Blog https://example.org/ana",
    "action": "save",
}


@pytest.fixture
def roles(directory_site):
    ensure_roles()


def sign_up_and_verify(client, email="ana@example.org", purpose="expert"):
    response = client.post(
        "/en/accounts/signup/",
        {
            "purpose": purpose,
            "email": email,
            "password1": "a-long-and-rare-password-41",
            "password2": "a-long-and-rare-password-41",
        },
    )
    assert response.status_code == 302
    link = re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+", mail.outbox[-1].body).group(
        0
    )
    path = link.split("testserver", 1)[-1]
    assert client.post(path).status_code == 302
    return get_user_model().objects.get(email=email)


def moderator(client_class):
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        "moderator", "mod@example.org", "a-long-password-77"
    )
    user.groups.add(Group.objects.get(name="Moderators"))
    client = client_class()
    client.force_login(user)
    return client


def test_an_expert_signs_up_fills_the_profile_and_a_moderator_approves(client, roles):
    from django.test import Client

    user = sign_up_and_verify(client)
    assert user.groups.filter(name="Experts").exists()
    response = client.post("/en/my-profile/", PROFILE)
    assert response.status_code == 302
    page = ExpertPage.objects.get(account=user)
    assert not page.live  # nothing public before review
    assert "In review" in client.get("/en/my-profile/").content.decode()

    reviewer = moderator(Client)
    state = page.current_workflow_state
    task_state = state.current_task_state
    response = reviewer.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    html = client.get(page.url).content.decode()
    assert "<h1>Ana Lima</h1>" in html and "I plant trees." in html
    assert "Published" in client.get("/en/my-profile/").content.decode()


def test_an_unverified_account_cannot_edit_a_profile(client, roles):
    client.post(
        "/en/accounts/signup/",
        {
            "purpose": "expert",
            "email": "x@example.org",
            "password1": "a-long-and-rare-password-41",
            "password2": "a-long-and-rare-password-41",
        },
    )
    client.force_login(get_user_model().objects.get(email="x@example.org"))
    response = client.post("/en/my-profile/", PROFILE)
    assert ExpertPage.objects.count() == 0
    assert response.status_code in (200, 302)


def test_a_failing_upload_keeps_the_rest_of_the_form(client, roles):
    from django.core.files.uploadedfile import SimpleUploadedFile

    sign_up_and_verify(client)
    fake = SimpleUploadedFile("me.jpg", b"<?php echo 'not an image'; ?>", content_type="image/jpeg")
    response = client.post("/en/my-profile/", {**PROFILE, "photo_upload": fake})
    html = response.content.decode()
    assert response.status_code == 400
    assert "This file is not an image we can read." in html
    assert 'value="Ana Lima"' in html and "I plant trees." in html
    assert ExpertPage.objects.count() == 0


def test_a_real_photo_is_stored(client, roles, tmp_path, settings):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    sign_up_and_verify(client)
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 40), "green").save(buffer, "PNG")
    photo = SimpleUploadedFile("me.png", buffer.getvalue(), content_type="image/png")
    assert client.post("/en/my-profile/", {**PROFILE, "photo_upload": photo}).status_code == 302
    draft = ExpertPage.objects.get().get_latest_revision_as_object()
    assert draft.photo is not None


def test_download_and_delete(client, roles):
    user = sign_up_and_verify(client)
    client.post("/en/my-profile/", PROFILE)
    data = json.loads(client.get("/en/my-profile/download/").content)
    assert data["account"]["email"] == "ana@example.org"
    assert data["profiles"][0]["name"] == "Ana Lima"

    assert client.post("/en/my-profile/delete/", {}).status_code == 400  # not confirmed
    response = client.post("/en/my-profile/delete/", {"confirm": "yes"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=user.pk).exists()
    assert ExpertPage.objects.count() == 0


def test_a_rejected_edit_leaves_the_published_profile_unchanged(client, roles):
    from django.test import Client

    user = sign_up_and_verify(client)
    client.post("/en/my-profile/", PROFILE)
    page = ExpertPage.objects.get(account=user)
    reviewer = moderator(Client)
    state = page.current_workflow_state
    reviewer.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{state.current_task_state.pk}/",
        {"comment": ""},
    )
    client.post("/en/my-profile/", {**PROFILE, "headline": "Hydrologist"})
    page.refresh_from_db()
    state = page.current_workflow_state
    response = reviewer.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{state.current_task_state.pk}/",
        {"comment": "Please add your organisation."},
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.headline == "Agroforester"  # the public page did not change
    assert "Agroforester" in client.get(page.url).content.decode()
    html = client.get("/en/my-profile/").content.decode()
    assert "Changes requested" in html
    assert "Please add your organisation." in html
    assert 'value="Hydrologist"' in html  # the expert's edit is kept for them to finish

    # Saving again sends it back to review.
    client.post("/en/my-profile/", {**PROFILE, "headline": "Hydrologist"})
    assert "In review" in client.get("/en/my-profile/").content.decode()


def test_an_edit_saved_during_the_review_is_not_published_by_approving_the_earlier_one(
    client, roles
):
    """A moderator looks at what was submitted; the expert then changes it (a new name). The
    approval the moderator sends for what they saw must not publish the change unseen."""
    from django.test import Client

    user = sign_up_and_verify(client)
    assert client.post("/en/my-profile/", PROFILE).status_code == 302
    page = ExpertPage.objects.get(account=user)
    reviewer = moderator(Client)
    seen = page.current_workflow_state.current_task_state
    preview = reviewer.get(f"/admin/pages/workflow/preview/{page.pk}/{seen.task_id}/")
    assert "Ana Lima" in preview.content.decode()

    changed = {**PROFILE, "title": "Someone Else", "headline": "Not reviewed"}
    assert client.post("/en/my-profile/", changed).status_code == 302
    # That task was cancelled when the profile changed: Wagtail refuses to approve it.
    assert_refused(reviewer.post(f"/admin/pages/workflow/action/{page.pk}/approve/{seen.pk}/"))
    page.refresh_from_db()
    assert not page.live
    assert client.get(f"/en/experts/{page.slug}/").status_code == 404
    assert "In review" in client.get("/en/my-profile/").content.decode()

    # The change is in review on its own task; approving that one publishes it.
    current = page.current_workflow_state.current_task_state
    assert current.pk != seen.pk and current.revision_id == page.latest_revision_id
    preview = reviewer.get(f"/admin/pages/workflow/preview/{page.pk}/{current.task_id}/")
    assert "Someone Else" in preview.content.decode()
    response = reviewer.post(f"/admin/pages/workflow/action/{page.pk}/approve/{current.pk}/")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and page.title == "Someone Else" and not page.has_unpublished_changes
    assert "<h1>Someone Else</h1>" in client.get(page.url).content.decode()


def test_confirming_marks_every_language_and_editors_see_stale_profiles(
    client, roles, directory_site
):
    import datetime

    from django.contrib.auth.models import Group

    from network.factories import make_expert
    from website.factories import translate_page

    user = sign_up_and_verify(client)
    old = datetime.date.today() - datetime.timedelta(days=500)
    page = make_expert(directory_site["en"]["experts"], account=user, last_confirmed=old)
    spanish = translate_page(page, "es")
    assert "last confirmed as current" in client.get(page.url).content.decode()

    editor = get_user_model().objects.create_user("editor", "ed@example.org", "a-long-password-77")
    editor.groups.add(Group.objects.get(name="Editors"))
    from django.test import Client

    editor_client = Client()
    editor_client.force_login(editor)
    report = editor_client.get("/admin/reports/stale-profiles/")
    assert report.status_code == 200
    assert page.title in report.content.decode()

    client.post("/en/my-profile/confirm/")
    page.refresh_from_db()
    spanish.refresh_from_db()
    assert page.last_confirmed == spanish.last_confirmed == datetime.date.today()
    assert "last confirmed as current" not in client.get(page.url).content.decode()
    assert page.title not in editor_client.get("/admin/reports/stale-profiles/").content.decode()


def test_sign_in_is_rate_limited_after_repeated_failures(client, roles):
    sign_up_and_verify(client)
    client.post("/en/accounts/logout/")
    for _ in range(5):
        response = client.post(
            "/en/accounts/login/", {"login": "ana@example.org", "password": "wrong-password"}
        )
        assert response.status_code == 200
        assert "ana@example.org" in response.content.decode()  # what was typed is kept
    response = client.post(
        "/en/accounts/login/",
        {"login": "ana@example.org", "password": "a-long-and-rare-password-41"},
    )
    assert response.status_code in (200, 429)
    assert "_auth_user_id" not in client.session  # even the right password waits now


def test_sign_up_is_rate_limited_per_address(client, roles):
    statuses = []
    for number in range(11):
        response = client.post(
            "/en/accounts/signup/",
            {
                "purpose": "follow",
                "email": f"bot{number}@example.org",
                "password1": "a-long-and-rare-password-41",
                "password2": "a-long-and-rare-password-41",
            },
        )
        statuses.append(response.status_code)
        client.logout()
    assert statuses[:10] == [302] * 10
    assert statuses[10] == 429


def test_account_pages_speak_the_visitors_language(client, roles):
    html = client.get("/es/accounts/signup/").content.decode()
    assert '<html lang="es"' in html
    assert "Únete a Mil Paisajes" in html
    assert "Crear mi cuenta" in html


def test_review_e_mails_reach_the_expert_in_their_language_with_a_link_to_their_profile(
    client, roles
):
    """Not Wagtail's "has been rejected" with links into the admin, which experts may not
    enter: ours, in the profile's language, with the moderator's comment."""
    from django.test import Client

    user = sign_up_and_verify(client, email="lucia@example.org")
    client.post("/es/my-profile/", {**PROFILE, "title": "Lucía Quispe", "action": "send"})
    page = ExpertPage.objects.get(account=user)
    assert page.locale.language_code == "es"
    reviewer = moderator(Client)
    mail.outbox.clear()
    reviewer.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/"
        f"{page.current_workflow_state.current_task_state.pk}/",
        {"comment": "Añade tu ORCID, por favor."},
    )
    assert [message.to for message in mail.outbox] == [["lucia@example.org"]]
    changes = mail.outbox[0]
    assert changes.subject.endswith("Lucía Quispe: el moderador pide cambios")
    assert "Añade tu ORCID, por favor." in changes.body
    assert "Tu perfil: http://" in changes.body and "/es/my-profile/" in changes.body
    assert "/admin/" not in changes.body

    client.post("/es/my-profile/", {**PROFILE, "title": "Lucía Quispe", "action": "send"})
    page.refresh_from_db()
    mail.outbox.clear()
    reviewer.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/"
        f"{page.current_workflow_state.current_task_state.pk}/",
        {"comment": ""},
    )
    assert [message.to for message in mail.outbox] == [["lucia@example.org"]]
    assert "aprobada y publicada" in mail.outbox[0].subject and "/admin/" not in mail.outbox[0].body
    assert "/es/my-profile/" in mail.outbox[0].body


def test_a_moderator_compares_only_what_the_expert_changed(client, roles):
    """A profile written in the admin (rich text with the editor's block keys, two links) and
    sent again from /my-profile/ with only a new headline: the comparison shows the headline,
    not the biography and the links as changed."""
    from django.contrib.auth.models import Group

    from network.factories import make_expert
    from network.models import ExpertIndexPage

    user = sign_up_and_verify(client)
    profile = make_expert(
        ExpertIndexPage.objects.get(locale__language_code="en"),
        title="Ana Lima",
        account=user,
        biography=(
            '<p data-block-key="a1b2c">I plant trees.</p><p data-block-key="d3e4f">And I teach.</p>'
        ),
        links=[
            ("link", {"label": "Blog", "url": "https://example.org/ana"}),
            ("link", {"label": "Papers", "url": "https://example.org/papers"}),
        ],
    )
    profile.save_revision()
    before = profile.get_latest_revision()
    form = client.get("/en/my-profile/").context["form"]
    data = {**{name: form[name].value() for name in form.fields}, "action": "save"}
    data.update(
        headline="Agroforester and teacher",
        themes=[],
        landscapes=[],
        organisation="",
        photo_upload="",
    )
    data = {key: value for key, value in data.items() if value is not None}
    assert client.post("/en/my-profile/", data).status_code == 302
    profile.refresh_from_db()
    after = profile.get_latest_revision()
    assert after.pk != before.pk

    editor = get_user_model().objects.create_user("ed", "ed@example.org", "a-long-password-77")
    editor.groups.add(Group.objects.get(name="Editors"))
    from django.test import Client

    reviewer = Client()
    reviewer.force_login(editor)
    response = reviewer.get(
        f"/admin/pages/{profile.pk}/revisions/compare/{before.pk}...{after.pk}/"
    )
    assert response.status_code == 200
    changed = [str(diff.field_label()) for diff in response.context["comparison"]]
    # Saving from /my-profile/ also confirms the profile is current: that change is theirs too.
    assert changed == ["Headline", "Last confirmed current"], changed


def test_a_moderator_has_two_choices_and_a_request_for_changes_says_which(client, roles):
    """Approve and publish, or Request changes with what should change: not Wagtail's three
    look-alikes (Approve, Approve with comment, Request changes)."""
    from django.test import Client

    sign_up_and_verify(client)
    client.post("/en/my-profile/", PROFILE)
    page = ExpertPage.objects.get(title="Ana Lima")
    reviewer = moderator(Client)
    html = reviewer.get("/admin/").content.decode()
    actions = re.findall(r'data-workflow-action-url="[^"]*/(approve|reject)/\d+/"', html)
    assert sorted(actions) == ["approve", "reject"]
    assert "Approve and publish" in html and "Request changes" in html
    assert "Approve with comment" not in html

    task_state = page.current_workflow_state.current_task_state
    url = f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/"
    response = reviewer.post(url, {"comment": ""})
    page.refresh_from_db()
    assert page.current_workflow_state.status == "in_progress"  # nothing happened
    response = reviewer.post(url, {"comment": "Please add your organisation."})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state.status == "needs_changes"
