"""Landscape partnerships keep their own pages: coordinators edit in sections and send for
review, moderators approve, teams are managed by invitation, people claim existing landscapes.
Every test goes through the URLs people use."""

import datetime
import io
import json
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from PIL import Image as PILImage

from network import teams
from network.factories import make_landscape, make_organisation, square
from network.models import Claim, Invitation, LandscapePage, TeamMembership, TeamRole
from network.roles import ensure_roles
from tests.worlds import module_world

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-rare-password-41"


def build_world():
    from network.factories import make_directory_site

    site = make_directory_site()
    ensure_roles()
    landscapes = site["en"]["landscapes"]
    landscape = make_landscape(landscapes, title="Mau Forest", slug="mau-forest")
    other = make_landscape(landscapes, title="Kilombero", slug="kilombero")
    organisations = site["en"]["organisations"]
    organisation = make_organisation(
        organisations, title="Green Belt Trust", slug="green-belt-trust"
    )
    other_organisation = make_organisation(organisations, title="Seed Savers", slug="seed-savers")
    coordinator = person("coordinator@example.org")
    teams.add(landscape, coordinator, TeamRole.COORDINATOR)
    teams.add(organisation, coordinator, TeamRole.COORDINATOR)
    return {
        "site": site,
        "landscape": landscape,
        "other": other,
        "other_landscape": other,
        "organisation": organisation,
        "other_organisation": other_organisation,
        "coordinator": coordinator,
    }


shared_world = module_world(build_world)


@pytest.fixture
def world(shared_world, db):
    """The shared world; what a test changes is rolled back after it. Pages are read afresh, as
    an earlier test's revisions and workflow states were rolled back under them."""
    fresh = {
        name: type(page).objects.get(pk=page.pk)
        for name, page in shared_world.items()
        if name in ("landscape", "other", "organisation", "other_organisation")
    }
    return {**shared_world, **fresh, "other_landscape": fresh["other"]}


def person(email, group=None):
    user = get_user_model().objects.create_user(email, email, PASSWORD)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def draft_of(page):
    """What the team saved last, read afresh."""
    return LandscapePage.objects.get(pk=page.pk).get_latest_revision_as_object()


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def approve(page, reviewer=None):
    reviewer = reviewer or person("moderator@example.org", "Moderators")
    task_state = page.current_workflow_state.current_task_state
    response = signed_in(reviewer).post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code == 302
    page.refresh_from_db()


PROFILE = {
    "section": "profile",
    "title": "Mau Forest",
    "summary": "Restoring the Mau Forest with the communities that live around it.",
    "countries": ["KE"],
    "region": "africa",
    "partnership_status": "in-progress",
    "description_text": "The largest montane forest of East Africa.\n\nIt feeds twelve rivers.",
    "contact_email": "mau@example.org",
    "action": "save",
}


def test_a_coordinator_edits_sends_for_review_and_a_moderator_publishes(world, client):
    landscape, coordinator = world["landscape"], world["coordinator"]
    client.force_login(coordinator)
    assert "Mau Forest" in client.get("/en/my-landscapes/").content.decode()

    response = client.post("/en/my-landscapes/mau-forest/", PROFILE)
    assert response.status_code == 302
    landscape.refresh_from_db()
    assert landscape.summary != PROFILE["summary"]  # saved as a draft, not public
    assert landscape.current_workflow_state is None
    assert "Draft" in client.get("/en/my-landscapes/mau-forest/").content.decode()

    response = client.post("/en/my-landscapes/mau-forest/", {"action": "submit"})
    assert response.status_code == 302
    landscape.refresh_from_db()
    assert "In review" in client.get("/en/my-landscapes/").content.decode()
    mail.outbox.clear()

    approve(landscape)
    assert landscape.summary == PROFILE["summary"]
    html = Client().get("/en/landscapes/mau-forest/").content.decode()
    assert "It feeds twelve rivers." in html
    assert [message.to for message in mail.outbox] == [["coordinator@example.org"]]
    assert "approved" in mail.outbox[0].subject
    assert "Published" in client.get("/en/my-landscapes/").content.decode()


def test_changes_requested_show_in_the_workspace_and_by_e_mail(world, client):
    landscape = world["landscape"]
    client.force_login(world["coordinator"])
    client.post("/en/my-landscapes/mau-forest/", {**PROFILE, "action": "send"})
    landscape.refresh_from_db()
    task_state = landscape.current_workflow_state.current_task_state
    reviewer = signed_in(person("moderator@example.org", "Moderators"))
    mail.outbox.clear()
    response = reviewer.post(
        f"/admin/pages/workflow/action/{landscape.pk}/reject/{task_state.pk}/",
        {"comment": "Please add the partners."},
    )
    assert response.status_code == 302
    html = client.get("/en/my-landscapes/mau-forest/").content.decode()
    assert "Changes requested" in html and "Please add the partners." in html
    assert "Please add the partners." in mail.outbox[0].body
    # A plain save is work in progress; "Save and send for review" goes back to the moderator.
    client.post("/en/my-landscapes/mau-forest/", PROFILE)
    assert "Changes requested" in client.get("/en/my-landscapes/").content.decode()
    client.post("/en/my-landscapes/mau-forest/", {**PROFILE, "action": "send"})
    assert "In review" in client.get("/en/my-landscapes/").content.decode()


def test_sections_keep_what_was_typed_when_something_is_wrong(world, client):
    client.force_login(world["coordinator"])
    bowtie = {
        "type": "Polygon",
        "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]],
    }
    response = client.post(
        "/en/my-landscapes/mau-forest/",
        {"section": "boundary", "boundary": json.dumps(bowtie), "action": "save"},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Self-intersection" in html
    assert "[[0, 0], [1, 1]" in html.replace("&quot;", '"') or "[[[0, 0]" in html
    response = client.post(
        "/en/my-landscapes/mau-forest/",
        {**PROFILE, "summary": "", "description_text": "Kept text."},
    )
    assert response.status_code == 400
    assert "Kept text." in response.content.decode()
    assert LandscapePage.objects.get(pk=world["landscape"].pk).latest_revision is None


def test_a_boundary_from_a_file_and_a_pin(world, client):
    client.force_login(world["coordinator"])
    upload = SimpleUploadedFile(
        "mau.geojson",
        json.dumps({"type": "Feature", "geometry": square(35.5, -0.6), "properties": {}}).encode(),
    )
    response = client.post(
        "/en/my-landscapes/mau-forest/",
        {"section": "boundary", "boundary": "", "boundary_file": upload, "action": "save"},
    )
    assert response.status_code == 302
    draft = draft_of(world["landscape"])
    ring = draft.boundary["coordinates"][0]
    assert sorted((round(x, 6), round(y, 6)) for x, y in ring[:-1]) == [
        (35.5, -0.6),
        (35.5, -0.1),
        (36, -0.6),
        (36, -0.1),
    ]
    assert draft.area_hectares > 0

    response = client.post(
        "/en/my-landscapes/mau-forest/",
        {"section": "boundary", "pin_latitude": "-0.52", "pin_longitude": "35.6", "action": "save"},
    )
    assert response.status_code == 302
    draft = draft_of(world["landscape"])
    assert draft.boundary is None
    assert (draft.centre_latitude, draft.centre_longitude) == (-0.52, 35.6)

    response = client.post(
        "/en/my-landscapes/mau-forest/",
        {"section": "boundary", "pin_latitude": "95", "pin_longitude": "35.6", "action": "save"},
    )
    assert response.status_code == 400
    assert "A latitude is between -90 and 90." in response.content.decode()
    assert 'value="95"' in response.content.decode()


def test_spanish_messages_for_bad_input(world, client):
    client.force_login(world["coordinator"])
    response = client.post(
        "/es/my-landscapes/mau-forest/",
        {"section": "boundary", "pin_latitude": "95", "pin_longitude": "35.6", "action": "save"},
    )
    assert response.status_code == 400
    assert "Una latitud está entre -90 y 90." in response.content.decode()


def test_the_other_sections_are_stored(world, client):
    client.force_login(world["coordinator"])
    organisation = make_organisation(world["site"]["en"]["organisations"], title="Green Belt")
    buffer = io.BytesIO()
    PILImage.new("RGB", (60, 40), "green").save(buffer, "JPEG")
    posts = [
        {"section": "elements", **dict.fromkeys(LandscapePage.ELEMENT_FIELDS, "2")},
        {"section": "strategy", "objectives": "Restore 5,000 ha."},
        {"section": "returns", "return_natural": "Rivers flow again.", "zone_natural": "Core"},
        {
            "section": "partners",
            "partners-TOTAL_FORMS": "1",
            "partners-INITIAL_FORMS": "0",
            "partners-0-organisation": str(organisation.pk),
            "partners-0-role": "funder",
            "partners-0-since_year": "2020",
        },
        {
            "section": "image",
            "image_upload": SimpleUploadedFile("mau.jpg", buffer.getvalue(), "image/jpeg"),
            "image_description": "Tea fields at the forest's edge.",
        },
    ]
    for data in posts:
        response = client.post("/en/my-landscapes/mau-forest/", {**data, "action": "save"})
        assert response.status_code == 302, response.content.decode()[:3000]
    draft = draft_of(world["landscape"])
    assert draft.element_taking_action == 2
    assert draft.objectives == "Restore 5,000 ha."
    assert draft.return_natural == "Rivers flow again."
    assert [partner.organisation_id for partner in draft.partners.all()] == [organisation.pk]
    assert draft.image is not None and draft.image_description
    html = client.get("/en/my-landscapes/").content.decode()
    assert "100% complete" in html


def test_a_member_sees_the_draft_and_cannot_edit(world, client):
    member = person("member@example.org")
    teams.add(world["landscape"], member, TeamRole.MEMBER)
    signed_in(world["coordinator"]).post("/en/my-landscapes/mau-forest/", PROFILE)
    client.force_login(member)
    assert "twelve rivers" in client.get("/en/my-landscapes/mau-forest/preview/").content.decode()
    assert client.post("/en/my-landscapes/mau-forest/", PROFILE).status_code == 403
    assert (
        client.post(
            "/en/my-landscapes/mau-forest/team/", {"action": "invite", "email": "x@example.org"}
        ).status_code
        == 403
    )


def invite(client, email, role="member"):
    mail.outbox.clear()
    response = client.post(
        "/en/my-landscapes/mau-forest/team/", {"action": "invite", "email": email, "role": role}
    )
    assert response.status_code == 302
    link = re.search(r"https?://testserver(/en/invitations/[^\s]+/)", mail.outbox[-1].body)
    return link.group(1)


def test_an_invitation_works_once_for_its_address(world, client):
    coordinator = signed_in(world["coordinator"])
    path = invite(coordinator, "colleague@example.org", "coordinator")
    # Someone not signed in is asked to sign up or in with that address.
    html = client.get(path).content.decode()
    assert "colleague@example.org" in html and "/en/accounts/signup/" in html
    # Another account cannot use it.
    stranger = signed_in(person("stranger@example.org"))
    response = stranger.post(path)
    assert response.status_code == 400
    assert "sent to another e-mail address" in response.content.decode()
    assert not TeamMembership.objects.filter(user__email="stranger@example.org").exists()
    # The invited person accepts, once.
    colleague = signed_in(person("colleague@example.org"))
    assert colleague.post(path).status_code == 302
    assert (
        teams.role_of(
            get_user_model().objects.get(email="colleague@example.org"), world["landscape"]
        )
        == TeamRole.COORDINATOR
    )
    response = colleague.post(path)
    assert "already been used" in response.content.decode()


def test_an_invitation_expires_after_fourteen_days(world):
    path = invite(signed_in(world["coordinator"]), "late@example.org")
    Invitation.objects.update(created_at=timezone.now() - datetime.timedelta(days=15))
    response = signed_in(person("late@example.org")).post(path)
    assert response.status_code == 400
    assert "expired" in response.content.decode()
    assert signed_in(person("x@example.org")).get("/en/invitations/not-a-token/").status_code == 400


def test_the_last_coordinator_stays(world, client):
    client.force_login(world["coordinator"])
    response = client.post("/en/my-landscapes/mau-forest/team/", {"action": "leave"})
    assert response.status_code == 400
    assert "at least one coordinator" in response.content.decode()
    own = TeamMembership.objects.get(
        user=world["coordinator"], translation_key=world["landscape"].translation_key
    )
    response = client.post(
        "/en/my-landscapes/mau-forest/team/",
        {"action": "role", "member": own.pk, "role": "member"},
    )
    assert response.status_code == 400
    assert teams.role_of(world["coordinator"], world["landscape"]) == TeamRole.COORDINATOR


def test_a_removed_coordinator_loses_access_at_once(world, client):
    second = person("second@example.org")
    membership = teams.add(world["landscape"], second, TeamRole.COORDINATOR)
    client.force_login(second)
    assert client.get("/en/my-landscapes/mau-forest/").status_code == 200
    response = signed_in(world["coordinator"]).post(
        "/en/my-landscapes/mau-forest/team/", {"action": "remove", "member": membership.pk}
    )
    assert response.status_code == 302
    assert client.get("/en/my-landscapes/mau-forest/").status_code == 404
    assert client.post("/en/my-landscapes/mau-forest/", PROFILE).status_code == 404


def test_the_team_forms_name_a_member_by_a_bare_number(world, client):
    """Ids in forms are read by the server: "12,345" or "12 345" (the page's number format)
    named no one, and removing a member did nothing once there were 1,000 memberships."""
    second = person("second@example.org")
    membership = teams.add(world["landscape"], second, TeamRole.MEMBER)
    TeamMembership.objects.filter(pk=membership.pk).update(id=12345)
    coordinator = signed_in(world["coordinator"])
    html = coordinator.get("/en/my-landscapes/mau-forest/team/").content.decode()
    assert 'name="member" value="12345"' in html
    assert 'id="role-12345"' in html
    response = coordinator.post(
        "/en/my-landscapes/mau-forest/team/", {"action": "remove", "member": "12345"}
    )
    assert response.status_code == 302
    assert not TeamMembership.objects.filter(pk=12345).exists()


def test_a_claim_accepted_by_an_editor(world, client):
    claimant = person("claimant@example.org")
    client.force_login(claimant)
    response = client.get("/en/landscapes/kilombero/claim/")
    assert response.status_code == 200
    response = client.post("/en/landscapes/kilombero/claim/", {"reason": "I chair the forum."})
    assert response.status_code == 302
    claim = Claim.objects.get()
    # A moderator does not decide claims; an editor does.
    moderator = signed_in(person("moderator@example.org", "Moderators"))
    assert moderator.get("/admin/partnerships/claims/").status_code in (302, 403)
    editor = signed_in(person("editor@example.org", "Editors"))
    assert "I chair the forum." in editor.get("/admin/partnerships/claims/").content.decode()
    mail.outbox.clear()
    editor.post("/admin/partnerships/claims/", {"claim": claim.pk, "decision": "accept"})
    assert teams.role_of(claimant, world["other"]) == TeamRole.COORDINATOR
    assert mail.outbox[0].to == ["claimant@example.org"]
    assert "/en/my-landscapes/" in mail.outbox[0].body
    assert client.get("/en/my-landscapes/kilombero/").status_code == 200


def test_a_claim_refused(world, client):
    claimant = person("claimant@example.org")
    client.force_login(claimant)
    client.post("/en/landscapes/kilombero/claim/", {"reason": "Please."})
    editor = signed_in(person("editor@example.org", "Editors"))
    mail.outbox.clear()
    editor.post(
        "/admin/partnerships/claims/", {"claim": Claim.objects.get().pk, "decision": "refuse"}
    )
    assert teams.role_of(claimant, world["other"]) is None
    assert "could not accept" in mail.outbox[0].body
    assert client.get("/en/my-landscapes/kilombero/").status_code == 404


def test_a_new_landscape_in_spanish(world, client):
    proposer = person("proponente@example.org")
    client.force_login(proposer)
    response = client.post(
        "/es/my-landscapes/new/",
        {
            "title": "Páramo de Santurbán",
            "summary": "Agua para dos millones de personas.",
            "region": "latin-america",
            "countries": ["CO"],
            "language": "es",
        },
    )
    assert response.status_code == 302
    page = LandscapePage.objects.get(slug="paramo-de-santurban")
    assert page.locale.language_code == "es" and not page.live
    assert page.current_workflow_state is not None  # the proposal waits for review
    assert teams.role_of(proposer, page) == TeamRole.COORDINATOR
    assert response["Location"] == "/es/my-landscapes/paramo-de-santurban/"


def test_the_team_on_the_page_and_the_contact_form(
    world, client, django_capture_on_commit_callbacks
):
    from network.factories import make_expert

    member = person("member@example.org")
    make_expert(world["site"]["en"]["experts"], title="Wanjiru Kamau", account=member)
    membership = teams.add(world["landscape"], member, TeamRole.MEMBER)
    assert "Wanjiru Kamau" not in client.get("/en/landscapes/mau-forest/").content.decode()
    # Committed, as a request's change is: the page's kept parts move on (network/signals.py).
    with django_capture_on_commit_callbacks(execute=True):
        signed_in(member).post("/en/my-landscapes/", {"membership": membership.pk, "shown": "yes"})
    html = client.get("/en/landscapes/mau-forest/").content.decode()
    assert "Wanjiru Kamau" in html and "member@example.org" not in html
    mail.outbox.clear()
    client.post(
        "/en/landscapes/mau-forest/",
        {"name": "Visitor", "email": "visitor@example.org", "message": "Can we visit?"},
    )
    assert "coordinator@example.org" in mail.outbox[-1].to + mail.outbox[-1].bcc


ORGANISATION_PROFILE = {
    "section": "profile",
    "title": "Green Belt Trust",
    "organisation_type": "ngo",
    "summary": "Women planting trees since 1977.",
    "countries": ["KE"],
    "action": "save",
}
# Each kind of page: where its workspace is, what a coordinator posts, and the doors tried in
# order (edit, save, preview of the draft, team, a change to the team).
KINDS = {
    "landscape": ("/en/my-landscapes/mau-forest/", PROFILE),
    "organisation": ("/en/my-organisations/green-belt-trust/", ORGANISATION_PROFILE),
}
ROLES = {
    "coordinator": {"edit", "save", "preview", "team", "change team"},
    "member": {"edit", "preview", "team"},
    "ex-coordinator": set(),
    "invited": set(),
    "coordinator of another": set(),
    "expert": set(),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("who", ROLES)
def test_the_permission_matrix(world, who, kind):
    """Every role against a page of each kind, through every door: the workspace, the admin, the
    API; what is refused leaves no trace and shows no draft."""
    base, profile = KINDS[kind]
    page = world[kind]
    user = person("someone@example.org")
    if who in ("coordinator", "ex-coordinator"):
        teams.add(page, user, TeamRole.COORDINATOR)
    elif who == "member":
        teams.add(page, user, TeamRole.MEMBER)
    elif who == "invited":
        mail.outbox.clear()
        signed_in(world["coordinator"]).post(
            f"{base}team/", {"action": "invite", "email": user.email, "role": "coordinator"}
        )
        assert Invitation.objects.filter(email=user.email).exists()
    elif who == "coordinator of another":
        teams.add(world[f"other_{kind}"], user, TeamRole.COORDINATOR)
    if who == "ex-coordinator":
        teams.remove(TeamMembership.objects.get(user=user))
    # The team's own draft, which nobody outside it may see.
    draft_summary = f"A draft of the {kind} only its team sees."
    assert (
        signed_in(world["coordinator"])
        .post(base, {**profile, "summary": draft_summary})
        .status_code
        == 302
    )
    client = signed_in(user)
    allowed = ROLES[who]
    doors = {
        "edit": client.get(base),
        "save": client.post(base, {**profile, "summary": "Changed by someone."}),
        "preview": client.get(f"{base}preview/"),
        "team": client.get(f"{base}team/"),
        "change team": client.post(f"{base}team/", {"action": "revoke", "invitation": "0"}),
    }
    for door, response in doors.items():
        if door in allowed:
            assert response.status_code in (200, 302), (who, door)
        else:
            assert response.status_code in (403, 404), (who, door)
            assert draft_summary not in response.content.decode()
    latest = type(page).objects.get(pk=page.pk).get_latest_revision_as_object()
    assert latest.summary == ("Changed by someone." if "save" in allowed else draft_summary)
    if "preview" in allowed:  # the team sees its latest draft
        assert latest.summary in doors["preview"].content.decode()
    # No door of the admin, and no draft through the API or the public page.
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 302
    api = client.get(f"/api/v2/pages/{page.pk}/?fields=summary").json()
    assert api.get("summary") == page.summary
    assert draft_summary not in client.get(page.url).content.decode()


@pytest.mark.parametrize("kind", KINDS)
def test_a_website_typed_without_https_is_saved_with_it(world, kind):
    """ "www.example.org" in the workspace is saved as https, as the admin saves it."""
    base, profile = KINDS[kind]
    response = signed_in(world["coordinator"]).post(
        base, {**profile, "website": "www.mau-forest.example.org/about"}
    )
    assert response.status_code == 302
    latest = type(world[kind]).objects.get(pk=world[kind].pk).get_latest_revision_as_object()
    assert latest.website == "https://www.mau-forest.example.org/about"


def test_anonymous_visitors_are_sent_to_sign_in(world, client):
    for path in [
        "/en/my-landscapes/",
        "/en/my-landscapes/mau-forest/",
        "/en/landscapes/kilombero/claim/",
    ]:
        response = client.get(path)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_organisation_claimed_and_kept_by_its_manager(world, client):
    organisation = make_organisation(
        world["site"]["en"]["organisations"], title="Green Belt", slug="green-belt"
    )
    manager = person("manager@example.org")
    client.force_login(manager)
    assert (
        "Manage this organisation" in Client().get("/en/organisations/green-belt/").content.decode()
    )
    client.post("/en/organisations/green-belt/claim/", {"reason": "I am its director."})
    editor = signed_in(person("editor@example.org", "Editors"))
    editor.post(
        "/admin/partnerships/claims/", {"claim": Claim.objects.get().pk, "decision": "accept"}
    )
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 40), "green").save(buffer, "PNG")
    response = client.post(
        "/en/my-organisations/green-belt/",
        {
            "section": "profile",
            "title": "Green Belt",
            "organisation_type": "ngo",
            "summary": "Women planting trees since 1977.",
            "countries": ["KE"],
            "description_text": "We plant trees.",
            "action": "save",
        },
    )
    assert response.status_code == 302
    response = client.post(
        "/en/my-organisations/green-belt/",
        {
            "section": "logo",
            "image_upload": SimpleUploadedFile("logo.png", buffer.getvalue(), "image/png"),
            "action": "send",
        },
    )
    assert response.status_code == 302
    page = type(organisation).objects.get(pk=organisation.pk)
    draft = page.get_latest_revision_as_object()
    assert draft.summary == "Women planting trees since 1977." and draft.logo is not None
    assert page.summary != draft.summary  # public only on approval
    approve(page)
    assert (
        "Women planting trees since 1977."
        in Client().get("/en/organisations/green-belt/").content.decode()
    )
    # The logo left the private collection on approval.
    from network.profile_photos import is_pending

    assert not is_pending(type(organisation).objects.get(pk=organisation.pk).logo)


def test_a_preview_shows_what_was_typed_and_saves_nothing(world, client):
    client.force_login(world["coordinator"])
    response = client.post("/en/my-landscapes/mau-forest/", {**PROFILE, "action": "preview"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "It feeds twelve rivers." in html and "Preview: this is how the page" in html
    assert LandscapePage.objects.get(pk=world["landscape"].pk).latest_revision is None


def test_a_sixty_megabyte_upload_is_refused_with_a_message(world, client):
    client.force_login(world["coordinator"])
    upload = SimpleUploadedFile("huge.geojson", b"0" * (60 * 1024 * 1024))
    response = client.post(
        "/en/my-landscapes/mau-forest/",
        {
            "section": "boundary",
            "boundary_file": upload,
            "pin_latitude": "-0.5",
            "pin_longitude": "35.6",
            "action": "save",
        },
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "the largest boundary file we accept is" in html
    assert 'value="-0.5"' in html  # what was typed is kept
    assert LandscapePage.objects.get(pk=world["landscape"].pk).latest_revision is None


def test_invitations_a_day_are_bounded(world, monkeypatch):
    monkeypatch.setattr(teams, "INVITATIONS_PER_DAY", 2)
    coordinator = signed_in(world["coordinator"])
    invite(coordinator, "one@example.org")
    invite(coordinator, "two@example.org")
    response = coordinator.post(
        "/en/my-landscapes/mau-forest/team/",
        {"action": "invite", "email": "three@example.org", "role": "member"},
    )
    assert response.status_code == 400
    assert "many invitations today" in response.content.decode()
    assert 'value="three@example.org"' in response.content.decode()
    assert not Invitation.objects.filter(email="three@example.org").exists()


def test_editors_list_landscapes_by_completeness(world):
    editor = signed_in(person("editor@example.org", "Editors"))
    html = editor.get("/admin/reports/landscape-completeness/").content.decode()
    assert "Mau Forest" in html and "coordinator@example.org" in html
    assert "No 5 Elements scores" in html
    moderator = signed_in(person("moderator@example.org", "Moderators"))
    assert moderator.get("/admin/reports/landscape-completeness/").status_code in (302, 403)


def test_editors_step_in_on_teams_in_the_admin(world):
    editor = signed_in(person("editor@example.org", "Editors"))
    html = editor.get("/admin/team_memberships/").content.decode()
    assert "coordinator@example.org" in html and "Mau Forest" in html
    teams.add(world["landscape"], person("second@example.org"), TeamRole.COORDINATOR)
    member = TeamMembership.objects.get(
        user=world["coordinator"], translation_key=world["landscape"].translation_key
    )
    response = editor.post(f"/admin/team_memberships/edit/{member.pk}/", {"role": "member"})
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.role == TeamRole.MEMBER
    # Nobody joins a team through the admin, and moderators see no teams.
    refused = editor.get("/admin/team_memberships/new/")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    assert (
        TeamMembership.objects.filter(translation_key=world["landscape"].translation_key).count()
        == 2
    )
    moderator = signed_in(person("moderator@example.org", "Moderators"))
    assert moderator.get("/admin/team_memberships/").status_code in (302, 403)


def test_a_large_boundary_is_stored_whole_and_drawn_lighter(world, client):
    from shapely.geometry import Point

    from network.geometry import DISPLAY_MAX_VERTICES, to_geojson

    circle = to_geojson(Point(35.6, -0.5).buffer(0.3, quad_segs=5000))  # 20,001 vertices
    signed_in(world["coordinator"]).post(
        "/en/my-landscapes/mau-forest/",
        {"section": "boundary", "boundary": json.dumps(circle), "action": "send"},
    )
    landscape = LandscapePage.objects.get(pk=world["landscape"].pk)
    approve(landscape)
    assert len(landscape.boundary["coordinates"][0]) == 20_001
    html = client.get("/en/landscapes/mau-forest/").content.decode()
    data = json.loads(re.search(r'id="landscape-boundary-data"[^>]*>(.*?)</script>', html).group(1))
    drawn = data["features"][0]["geometry"]["coordinates"][0]
    assert 100 < len(drawn) <= DISPLAY_MAX_VERTICES


def test_the_last_coordinator_stays_in_the_admin_too(world):
    editor = signed_in(person("editor@example.org", "Editors"))
    member = TeamMembership.objects.get(
        user=world["coordinator"], translation_key=world["landscape"].translation_key
    )
    response = editor.post(f"/admin/team_memberships/edit/{member.pk}/", {"role": "member"})
    assert response.status_code == 200
    assert "at least one coordinator" in response.content.decode()
    member.refresh_from_db()
    assert member.is_coordinator
    refused = editor.post(f"/admin/team_memberships/delete/{member.pk}/")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    assert TeamMembership.objects.filter(pk=member.pk).exists()


def test_a_removed_coordinator_cannot_come_back_through_their_own_invitation(world):
    second = person("second@example.org")
    membership = teams.add(world["landscape"], second, TeamRole.COORDINATOR)
    path = invite(signed_in(second), "second.other@example.org", "coordinator")
    teams.remove(membership)
    response = signed_in(person("second.other@example.org")).post(path)
    assert response.status_code == 400
    assert "not valid" in response.content.decode()


def test_bad_ids_and_deep_json_get_an_answer_not_an_error(world, client):
    client.force_login(world["coordinator"])
    assert client.post("/en/my-landscapes/", {"membership": "abc"}).status_code == 302
    response = client.post(
        "/en/my-landscapes/mau-forest/team/", {"action": "revoke", "invitation": "x" * 40}
    )
    assert response.status_code == 302
    response = client.post(
        "/en/my-landscapes/mau-forest/",
        {"section": "boundary", "boundary": "[" * 100_000, "action": "save"},
    )
    assert response.status_code == 400
    assert "not valid GeoJSON" in response.content.decode()
    editor = signed_in(person("editor@example.org", "Editors"))
    assert editor.post("/admin/partnerships/claims/", {"claim": "abc"}).status_code == 302


def test_a_claim_from_a_translation_makes_a_coordinator_of_the_source(world, client):
    from website.factories import translate_page

    spanish = translate_page(world["other"], "es")
    claimant = person("claimant@example.org")
    client.force_login(claimant)
    client.post(f"{spanish.url}claim/", {"reason": "Coordino la alianza."})
    claim = Claim.objects.get()
    assert claim.page_id == world["other"].pk  # the English source, which the team edits


def test_proposals_and_claims_a_day_are_bounded(world, client, monkeypatch):
    monkeypatch.setattr(teams, "PROPOSALS_PER_DAY", 1)
    monkeypatch.setattr(teams, "CLAIMS_PER_DAY", 0)
    client.force_login(person("busy@example.org"))
    proposal = {"title": "Mount Elgon", "summary": "Slopes.", "region": "africa", "language": "en"}
    assert client.post("/en/my-landscapes/new/", proposal).status_code == 302
    response = client.post("/en/my-landscapes/new/", {**proposal, "title": "Mount Kenya"})
    assert response.status_code == 400
    assert "several landscapes today" in response.content.decode()
    assert 'value="Mount Kenya"' in response.content.decode()
    response = client.post("/en/landscapes/kilombero/claim/", {"reason": "Me."})
    assert response.status_code == 400 and "several requests today" in response.content.decode()
    assert not Claim.objects.exists()


def test_my_landscapes_runs_the_same_queries_for_one_page_or_many(world):
    from tests.queries import PAGE_QUERY_LIMIT, queries_for

    client = signed_in(world["coordinator"])
    client.post("/en/my-landscapes/mau-forest/", {**PROFILE, "action": "send"})
    few = queries_for(client, "/en/my-landscapes/")
    for number in range(3):
        page = make_landscape(world["site"]["en"]["landscapes"], title=f"More {number}")
        teams.add(page, world["coordinator"], TeamRole.MEMBER)
    teams.add(world["other_organisation"], world["coordinator"], TeamRole.MEMBER)
    many = queries_for(client, "/en/my-landscapes/")
    assert many == few
    # A signed-in page: its session, account, verified address and permissions (5), the
    # memberships, each kind's pages with their latest revisions and review states (4), the
    # partners, the comments of a revised draft, the claims; the public pages' limit plus those.
    assert many <= PAGE_QUERY_LIMIT + 4


def test_a_page_an_editor_locked_is_not_saved_over(world, client):
    editor = person("editor@example.org", "Editors")
    LandscapePage.objects.filter(pk=world["landscape"].pk).update(
        locked=True, locked_by=editor, locked_at=timezone.now()
    )
    client.force_login(world["coordinator"])
    response = client.post("/en/my-landscapes/mau-forest/", PROFILE)
    assert response.status_code == 400
    assert "An editor is working on this page" in response.content.decode()
    assert "It feeds twelve rivers." in response.content.decode()
    assert LandscapePage.objects.get(pk=world["landscape"].pk).latest_revision is None


def test_an_approved_boundary_reaches_every_language_at_once(world, client):
    from website.factories import translate_page

    spanish = translate_page(world["landscape"], "es")
    moved = square(30.0, 1.0)
    signed_in(world["coordinator"]).post(
        "/en/my-landscapes/mau-forest/",
        {"section": "boundary", "boundary": json.dumps(moved), "action": "send"},
    )
    landscape = LandscapePage.objects.get(pk=world["landscape"].pk)
    approve(landscape)
    spanish = LandscapePage.objects.get(pk=spanish.pk)
    assert spanish.boundary == landscape.boundary
    assert (spanish.centre_longitude, spanish.area_hectares) == (
        landscape.centre_longitude,
        landscape.area_hectares,
    )
    assert spanish.overview_boundary == landscape.overview_boundary
    assert spanish.get_latest_revision_as_object().boundary == landscape.boundary
    features = client.get("/api/landscapes.geojson?lang=es").json()["features"]
    mine = [f for f in features if f["properties"]["url"].endswith(spanish.url)]
    assert mine and mine[0]["geometry"] == landscape.overview_boundary


def test_a_boundary_outside_its_countries_is_saved_with_a_warning(world, client):
    """Latitude and longitude swapped put a Kenyan landscape in North Africa: the drawing is
    kept (it may be on purpose), and the coordinator is told what probably happened."""
    client.force_login(world["coordinator"])
    swapped = {"type": "Polygon", "coordinates": [[[-1, 36], [-0.5, 36], [-0.5, 36.5], [-1, 36]]]}
    upload = SimpleUploadedFile(
        "mau.geojson", json.dumps({"type": "Feature", "geometry": swapped}).encode()
    )
    response = client.post(
        "/es/my-landscapes/mau-forest/",
        {"section": "boundary", "boundary": "", "boundary_file": upload, "action": "save"},
        follow=True,
    )
    html = response.content.decode()
    assert "El límite queda fuera de Kenia" in html
    assert "la longitud primero" in html
    assert draft_of(world["landscape"]).boundary["coordinates"][0][0] == [-1, 36]

    response = client.post(
        "/en/my-landscapes/mau-forest/",
        {"section": "boundary", "boundary": json.dumps(square(35.5, -0.6)), "action": "save"},
        follow=True,
    )
    assert "outside" not in response.content.decode()


def test_the_public_page_and_the_teams_preview_never_share_what_is_kept(world, client):
    """The middle of the public page is kept per content version (kept_fragments); the team's
    preview of its draft is rendered afresh, and the public page never shows the draft."""
    public = Client().get("/en/landscapes/mau-forest/").content.decode()
    assert "It feeds twelve rivers." not in public

    client.force_login(world["coordinator"])
    preview = client.post("/en/my-landscapes/mau-forest/", {**PROFILE, "action": "preview"})
    client.post("/en/my-landscapes/mau-forest/", PROFILE)  # saved as a draft, not published
    draft = client.get("/en/my-landscapes/mau-forest/preview/").content.decode()

    assert "It feeds twelve rivers." in preview.content.decode()
    assert "It feeds twelve rivers." in draft
    for visitor in (Client(), client):  # anonymous, and the coordinator on the public page
        assert "It feeds twelve rivers." not in visitor.get("/en/landscapes/mau-forest/").text
    assert "Preview: this is how the page" in draft
