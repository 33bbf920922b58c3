"""Coordinators keep their landscape's actions, indicator values and 5 Elements assessments, and
organisations' managers their funding offers, in the workspace; moderators approve each change
before it is public. Every test goes through the URLs people use."""

import datetime
import re
from decimal import Decimal

import pytest
from allauth.account.models import EmailAddress
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.models import Revision, WorkflowState

from network import teams
from network.factories import make_landscape, make_organisation, square
from network.models import TeamMembership, TeamRole
from network.roles import ensure_roles
from progress import records
from progress.models import (
    Action,
    Assessment,
    Contribution,
    FundingOffer,
    Indicator,
    IndicatorSeries,
    IndicatorValue,
)
from tests.worlds import module_world
from website.factories import locale

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-rare-password-41"
LANDSCAPE = "/en/my-landscapes/mau-forest"
ORGANISATION = "/en/my-organisations/rivers-trust"


def person(email, group=None):
    user = get_user_model().objects.create_user(email, email, PASSWORD)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def build_world():
    from network.factories import make_directory_site

    site = make_directory_site()
    ensure_roles()
    landscapes, organisations = site["en"]["landscapes"], site["en"]["organisations"]
    landscape = make_landscape(
        landscapes, title="Mau Forest", slug="mau-forest", boundary=square(35.0, -1.0, size=1.0)
    )
    other = make_landscape(
        landscapes, title="Kilombero", slug="kilombero", boundary=square(36.5, -8.0)
    )
    funder = make_organisation(
        organisations, title="Green Fund", slug="green-fund", organisation_type="finance"
    )
    not_funder = make_organisation(organisations, title="Seed Savers", slug="seed-savers")
    trust = make_organisation(organisations, title="Rivers Trust", slug="rivers-trust")
    other_organisation = make_organisation(organisations, title="Soil Fund", slug="soil-fund")

    coordinator = person("coordinator@example.org")
    member = person("member@example.org")
    stranger = person("stranger@example.org")
    other_coordinator = person("other@example.org")
    removed = person("removed@example.org")
    for page in (landscape, trust):
        teams.add(page, coordinator, TeamRole.COORDINATOR)
        teams.add(page, member, TeamRole.MEMBER)
        teams.add(page, removed, TeamRole.COORDINATOR)
        teams.remove(TeamMembership.objects.get(user=removed, page=page))
    teams.add(other, other_coordinator, TeamRole.COORDINATOR)
    teams.add(other_organisation, other_coordinator, TeamRole.COORDINATOR)

    indicator = Indicator.objects.create(
        name="Area under restoration",
        unit="ha",
        unit_symbol="ha",
        returns="natural",
        locale=locale("en"),
    )
    spanish_indicator = Indicator.objects.create(
        name="Superficie en restauración",
        unit="ha",
        unit_symbol="ha",
        returns="natural",
        locale=locale("es"),
        translation_key=indicator.translation_key,
    )
    action = Action.objects.create(landscape=landscape, title="Terraces on the slopes", live=True)
    other_action = Action.objects.create(landscape=other, title="Rice fields", live=True)
    assessment = Assessment.objects.create(
        landscape=landscape,
        date=datetime.date(2024, 3, 1),
        live=True,
        **dict.fromkeys(ELEMENTS, 2),
    )
    other_assessment = Assessment.objects.create(
        landscape=other, date=datetime.date(2024, 3, 1), live=True, **dict.fromkeys(ELEMENTS, 1)
    )
    offer = FundingOffer.objects.create(
        organisation=trust, title="Small grants", instruments=["grant"], currency="USD", live=True
    )
    other_offer = FundingOffer.objects.create(
        organisation=other_organisation, title="Loans", instruments=["loan"], currency="EUR"
    )
    return {
        "landscape": landscape,
        "other": other,
        "funder": funder,
        "not_funder": not_funder,
        "trust": trust,
        "coordinator": coordinator,
        "member": member,
        "stranger": stranger,
        "other_coordinator": other_coordinator,
        "removed": removed,
        "moderator": person("moderator@example.org", "Moderators"),
        "indicator": indicator,
        "spanish_indicator": spanish_indicator,
        "action": action,
        "other_action": other_action,
        "assessment": assessment,
        "other_assessment": other_assessment,
        "offer": offer,
        "other_offer": other_offer,
    }


ELEMENTS = [
    "partnership",
    "shared_understanding",
    "vision_and_planning",
    "taking_action",
    "learning_and_impact",
]

shared_world = module_world(build_world)


@pytest.fixture
def world(shared_world, db):
    return shared_world


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def management(prefix, total, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def action_data(world, **changes):
    data = {
        "title": "Bamboo nursery",
        "status": "under-way",
        "description": "Seedlings for the river banks.",
        "start": "2024-01-15",
        "end": "2025-12-31",
        "budget": "50,000",
        "budget_currency": "USD",
        **management("contributions", 1),
        "contributions-0-funder": str(world["funder"].pk),
        "contributions-0-amount": "25,000",
        "contributions-0-currency": "USD",
        "contributions-0-year": "2024",
        "contributions-0-instrument": "grant",
    }
    data.update(changes)
    return data


def series_data(*rows):
    data = management("values", len(rows))
    for number, (year, value) in enumerate(rows):
        data[f"values-{number}-year"] = str(year)
        data[f"values-{number}-value"] = value
    return data


def assessment_data(**changes):
    data = {"date": "2025-02-01", **dict.fromkeys(ELEMENTS, "3")}
    data["partnership_evidence"] = "A charter signed by 14 organisations."
    data.update(changes)
    return data


def offer_data(**changes):
    data = {
        "title": "Restoration grants",
        "description": "For community nurseries.",
        "is_open": "on",
        "instruments": ["grant"],
        "ticket_min": "10,000",
        "ticket_max": "200,000",
        "currency": "EUR",
    }
    data.update(changes)
    return data


def approve(record, moderator):
    state = record.current_workflow_state
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    record.refresh_from_db()


def field_error(html, field_id):
    """The error shown beside a field (network/includes/form_fields.html)."""
    found = re.search(rf'<p class="form-field__error" id="{field_id}_error">(.*?)</p>', html, re.S)
    return found.group(1) if found else None


# --- Who may do what ----------------------------------------------------------------------------


def urls(world):
    action, assessment = world["action"].pk, world["assessment"].pk
    return {
        "overview": (f"{LANDSCAPE}/progress/", None),
        "new action": (f"{LANDSCAPE}/actions/new/", lambda: action_data(world)),
        "action": (f"{LANDSCAPE}/actions/{action}/", lambda: action_data(world)),
        "delete action": (f"{LANDSCAPE}/actions/{action}/delete/", dict),
        "series": (
            f"{LANDSCAPE}/indicators/{world['indicator'].pk}/",
            lambda: series_data((2023, "1200 ha")),
        ),
        "new assessment": (f"{LANDSCAPE}/assessments/new/", assessment_data),
        "assessment": (f"{LANDSCAPE}/assessments/{assessment}/", assessment_data),
        "offers": (f"{ORGANISATION}/offers/", None),
        "new offer": (f"{ORGANISATION}/offers/new/", offer_data),
        "offer": (f"{ORGANISATION}/offers/{world['offer'].pk}/", offer_data),
    }


READ_ONLY = {"overview", "offers"}
ROLES = ["anonymous", "stranger", "other_coordinator", "removed", "member", "coordinator"]
CASES = [
    (role, name, method)
    for role in ROLES
    for name in [
        "overview",
        "new action",
        "action",
        "delete action",
        "series",
        "new assessment",
        "assessment",
        "offers",
        "new offer",
        "offer",
    ]
    for method in ("GET", "POST")
    if method == "GET" or name not in READ_ONLY
]


def expected(role, name, method):
    if role == "anonymous":
        return "sign in"
    if role in ("stranger", "other_coordinator", "removed"):
        return 404  # as in the rest of the workspace: a guessed address tells nothing
    if role == "member":
        return 200 if name in READ_ONLY else 403
    return 200 if method == "GET" else 302


@pytest.mark.parametrize(("role", "name", "method"), CASES)
def test_who_may_do_what(world, role, name, method):
    url, data = urls(world)[name]
    client = Client() if role == "anonymous" else signed_in(world[role])
    before = (Revision.objects.count(), Action.objects.count())
    response = client.get(url) if method == "GET" else client.post(url, data())
    outcome = expected(role, name, method)
    if outcome == "sign in":
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/")
    else:
        assert response.status_code == outcome, response.content.decode()[:2000]
    if outcome != 302:
        assert (Revision.objects.count(), Action.objects.count()) == before
    elif name == "delete action":
        assert not Action.objects.filter(pk=world["action"].pk).exists()
    else:
        assert Revision.objects.count() == before[0] + 1


def test_members_read_and_coordinators_get_the_links(world):
    html = signed_in(world["member"]).get(f"{LANDSCAPE}/progress/").content.decode()
    assert "Terraces on the slopes" in html and "Area under restoration" in html
    assert "/actions/new/" not in html and f"/actions/{world['action'].pk}/" not in html
    html = signed_in(world["coordinator"]).get(f"{LANDSCAPE}/progress/").content.decode()
    assert f'href="{LANDSCAPE}/actions/new/"' in html
    assert f'href="{LANDSCAPE}/actions/{world["action"].pk}/"' in html
    assert f'href="{LANDSCAPE}/indicators/{world["indicator"].pk}/"' in html
    assert f'href="{LANDSCAPE}/assessments/new/"' in html
    # The workspace leads here.
    for page in ("/en/my-landscapes/", f"{LANDSCAPE}/"):
        assert (
            f'href="{LANDSCAPE}/progress/"'
            in signed_in(world["coordinator"]).get(page).content.decode()
        )
    html = signed_in(world["coordinator"]).get(f"{ORGANISATION}/").content.decode()
    assert f'href="{ORGANISATION}/offers/"' in html


@pytest.mark.parametrize(
    "url",
    [
        "{landscape}/actions/{other_action}/",
        "{landscape}/actions/{other_action}/delete/",
        "{landscape}/assessments/{other_assessment}/",
        "{organisation}/offers/{other_offer}/",
        "{landscape}/actions/99999999/",
        "{landscape}/indicators/99999999/",
        "{landscape}/indicators/99999999999999999999999/",
        "{landscape}/assessments/99999999999999999999999/",
    ],
)
def test_guessed_addresses_of_other_records_are_not_found(world, url):
    url = url.format(
        landscape=LANDSCAPE,
        organisation=ORGANISATION,
        other_action=world["other_action"].pk,
        other_assessment=world["other_assessment"].pk,
        other_offer=world["other_offer"].pk,
    )
    client = signed_in(world["coordinator"])
    assert client.get(url).status_code == 404
    assert client.post(url, {"title": "Taken over"}).status_code == 404
    assert Action.objects.filter(pk=world["other_action"].pk).exists()


# --- Moderation ---------------------------------------------------------------------------------


def test_an_action_is_public_only_once_approved_and_keeps_its_public_version(world):
    client = signed_in(world["coordinator"])
    response = client.post(f"{LANDSCAPE}/actions/new/", action_data(world))
    assert response.status_code == 302
    assert response["Location"] == f"{LANDSCAPE}/progress/"
    action = Action.objects.get(title="Bamboo nursery")
    assert action.landscape_id == world["landscape"].pk and action.language == "en"
    assert not records.public(Action.objects.filter(pk=action.pk)).exists()
    assert [(c.funder, c.amount, c.currency) for c in action.contributions.all()] == [
        (world["funder"], Decimal("25000"), "USD")
    ]
    html = client.get(f"{LANDSCAPE}/progress/").content.decode()
    assert "Bamboo nursery" in html and "In review" in html

    approve(action, world["moderator"])
    assert records.public(Action.objects.filter(pk=action.pk)).exists()
    assert "Published" in client.get(f"{LANDSCAPE}/progress/").content.decode()

    # Edited again: the public values stay until the next approval.
    url = f"{LANDSCAPE}/actions/{action.pk}/"
    changed = action_data(
        world,
        title="Bamboo and willow nursery",
        **{**management("contributions", 1, initial=1), "contributions-0-amount": "30000"},
    )
    assert client.post(url, changed).status_code == 302
    action.refresh_from_db()
    public = records.public(Action.objects.filter(pk=action.pk)).get()
    assert public.title == "Bamboo nursery"
    assert [c.amount for c in public.contributions.all()] == [Decimal("25000")]
    html = client.get(url).content.decode()
    assert 'value="Bamboo and willow nursery"' in html  # what they last sent
    assert 'value="30,000"' in html or 'value="30000' in html
    assert "In review" in html

    approve(action, world["moderator"])
    assert action.title == "Bamboo and willow nursery"
    assert [c.amount for c in action.contributions.all()] == [Decimal("30000")]


def test_changes_requested_show_with_the_moderators_comment(world):
    client = signed_in(world["coordinator"])
    client.post(f"{LANDSCAPE}/assessments/new/", assessment_data())
    assessment = Assessment.objects.get(date=datetime.date(2025, 2, 1))
    task_state = assessment.current_workflow_state.current_task_state
    task_state.task.specific.on_action(
        task_state, world["moderator"], "reject", comment="Please add evidence for each element."
    )
    html = client.get(f"{LANDSCAPE}/progress/").content.decode()
    assert "Changes requested" in html and "Please add evidence for each element." in html
    html = client.get(f"{LANDSCAPE}/assessments/{assessment.pk}/").content.decode()
    assert "Please add evidence for each element." in html
    # Saving again sends it back to the moderator.
    client.post(f"{LANDSCAPE}/assessments/{assessment.pk}/", assessment_data())
    assert "In review" in client.get(f"{LANDSCAPE}/progress/").content.decode()


def test_removing_an_approved_action_takes_it_off_the_public_pages(world):
    client = signed_in(world["coordinator"])
    url = f"{LANDSCAPE}/actions/{world['action'].pk}/delete/"
    html = client.get(url).content.decode()
    assert "Terraces on the slopes" in html and 'method="post"' in html
    assert Action.objects.filter(pk=world["action"].pk).exists()  # a GET asks, it does not act
    response = client.post(url)
    assert response.status_code == 302
    assert not records.public(Action.objects.filter(landscape=world["landscape"])).exists()
    assert "Terraces on the slopes” is removed" in client.get(response["Location"]).content.decode()


def test_indicator_values_with_their_units_are_saved_as_one_series(world):
    client = signed_in(world["coordinator"])
    url = f"{LANDSCAPE}/indicators/{world['indicator'].pk}/"
    html = client.get(url).content.decode()
    assert "Area under restoration" in html and "ha" in html
    response = client.post(url, series_data((2022, "1 200 ha"), (2021, "800ha"), (2023, "1,500.5")))
    assert response.status_code == 302
    series = IndicatorSeries.objects.get(landscape=world["landscape"])
    assert series.indicator == world["indicator"] and not series.live
    values = [(v.year, v.value) for v in records.latest(series).values.all()]
    assert values == [(2021, Decimal("800")), (2022, Decimal("1200")), (2023, Decimal("1500.5"))]
    html = client.get(f"{LANDSCAPE}/progress/").content.decode()
    assert "3 values" in html
    # The form shows them back as the visitor writes numbers.
    assert 'value="1,500.5"' in client.get(url).content.decode()


def test_the_spanish_workspace_lists_indicators_in_spanish_and_reads_spanish_numbers(world):
    client = signed_in(world["coordinator"])
    html = client.get("/es/my-landscapes/mau-forest/progress/").content.decode()
    assert 'lang="es"' in html and "Superficie en restauración" in html
    url = f"/es/my-landscapes/mau-forest/indicators/{world['spanish_indicator'].pk}/"
    assert client.post(url, series_data((2024, "1,5 ha"))).status_code == 302
    series = IndicatorSeries.objects.get(landscape=world["landscape"])
    assert series.indicator == world["indicator"]  # the default-language row
    assert series.language == "es"
    assert [v.value for v in records.latest(series).values.all()] == [Decimal("1.5")]
    html = client.get("/es/my-landscapes/mau-forest/actions/new/").content.decode()
    assert "dólar estadounidense (USD)" in html


def test_a_spanish_request_shows_its_errors_beside_the_field(world):
    client = signed_in(world["coordinator"])
    before = Action.objects.count()
    response = client.post(
        "/es/my-landscapes/mau-forest/actions/new/",
        action_data(world, **{"contributions-0-amount": "-5", "budget": "1.200,50"}),
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert '<html lang="es"' in html
    assert field_error(html, "id_contributions-0-amount")
    assert field_error(html, "id_budget") is None  # "1.200,50" is a Spanish number
    assert 'value="1.200,50"' in html
    assert Action.objects.count() == before


def test_a_new_action_in_spanish_is_written_in_spanish(world):
    client = signed_in(world["coordinator"])
    data = action_data(world, title="Vivero de bambú")
    data["budget"] = "50.000"
    data["contributions-0-amount"] = "25.000,50"
    assert client.post("/es/my-landscapes/mau-forest/actions/new/", data).status_code == 302
    action = Action.objects.get(title="Vivero de bambú")
    assert action.language == "es" and action.budget == Decimal("50000")
    assert action.contributions.get().amount == Decimal("25000.50")
    html = client.get(f"{LANDSCAPE}/progress/").content.decode()
    # Its title is marked as Spanish on the English page.
    assert '<td lang="es" dir="ltr"><a href' in html


# --- Bad input ----------------------------------------------------------------------------------


def counts():
    return (
        Action.objects.count(),
        Contribution.objects.count(),
        IndicatorSeries.objects.count(),
        IndicatorValue.objects.count(),
        FundingOffer.objects.count(),
        Revision.objects.count(),
        WorkflowState.objects.count(),
    )


BAD_INPUT = [
    (
        "negative amount",
        "action",
        {"contributions-0-amount": "-5"},
        "id_contributions-0-amount",
        "An amount cannot be negative.",
        'value="-5"',
    ),
    (
        "absurd amount",
        "action",
        {"contributions-0-amount": "200000000000"},
        "id_contributions-0-amount",
        "That is more than 100 billion",
        'value="200000000000"',
    ),
    (
        "absurd budget",
        "action",
        {"budget": "1e20"},
        "id_budget",
        "That is more than 100 billion",
        'value="1e20"',
    ),
    (
        "end before start",
        "action",
        {"start": "2025-06-01", "end": "2024-06-01"},
        "id_end",
        "The end comes before the start.",
        'value="2024-06-01"',
    ),
    (
        "unknown currency",
        "action",
        {"contributions-0-currency": "XYZ"},
        "id_contributions-0-currency",
        "“XYZ” is not an ISO 4217 currency code",
        'value="25,000"',
    ),
    (
        "not a funder",
        "action",
        {"contributions-0-funder": "not_funder"},
        "id_contributions-0-funder",
        "Seed Savers is not known as a funder.",
        'value="25,000"',
    ),
    (
        "point outside the landscape",
        "action",
        {"latitude": "10", "longitude": "10"},
        "id_latitude",
        "This place is outside Mau Forest.",
        'value="10"',
    ),
    (
        "area that is not GeoJSON",
        "action",
        {"location": "{not json"},
        "id_location",
        "The area is not valid GeoJSON.",
        "{not json</textarea>",
    ),
    (
        "a point and an area",
        "action",
        {"latitude": "-0.5", "longitude": "35.5", "location": '{"type": "Polygon"}'},
        "id_location",
        "Give a point or an area, not both",
        'value="-0.5"',
    ),
    (
        "wrong unit",
        "series",
        series_data((2023, "12 km2")),
        "id_values-0-value",
        "This indicator is measured in ha, not km2.",
        'value="12 km2"',
    ),
    (
        "duplicate year",
        "series",
        series_data((2023, "10"), (2023, "20")),
        "id_values-1-year",
        "2023 is given twice.",
        'value="20"',
    ),
    (
        "ticket max under min",
        "offer",
        offer_data(ticket_min="5000", ticket_max="100"),
        "id_ticket_max",
        "The largest amount is smaller than the smallest.",
        'value="Restoration grants"',
    ),
    (
        "no score",
        "assessment",
        assessment_data(partnership=""),
        "id_partnership",
        "This field is required.",
        "A charter signed by 14 organisations.",
    ),
]


@pytest.mark.parametrize(
    ("what", "form", "changes", "field_id", "message", "kept"),
    BAD_INPUT,
    ids=[case[0] for case in BAD_INPUT],
)
def test_bad_input_is_refused_beside_its_field_and_nothing_is_saved(
    world, what, form, changes, field_id, message, kept
):
    if form == "action":
        changes = {
            key: str(world["not_funder"].pk) if value == "not_funder" else value
            for key, value in changes.items()
        }
        url, data = f"{LANDSCAPE}/actions/new/", action_data(world, **changes)
    elif form == "series":
        url, data = f"{LANDSCAPE}/indicators/{world['indicator'].pk}/", changes
    elif form == "assessment":
        url, data = f"{LANDSCAPE}/assessments/new/", changes
    else:
        url, data = f"{ORGANISATION}/offers/new/", changes
    before = counts()
    response = signed_in(world["coordinator"]).post(url, data)
    html = response.content.decode()
    assert response.status_code == 400
    error = field_error(html, field_id)
    assert error is not None and message in error, html
    assert 'class="notice notice--error" role="alert"' in html  # the summary at the top
    assert f'href="#{field_id}"' in html
    assert kept in html  # what was typed is still there
    if form == "action":
        assert 'value="Bamboo nursery"' in html
    assert counts() == before


def test_an_invalid_row_saves_nothing_of_an_existing_action(world):
    action = world["action"]
    before = counts()
    data = action_data(
        world,
        title="Terraces, renamed",
        **{
            **management("contributions", 2),
            "contributions-1-funder": str(world["funder"].pk),
            "contributions-1-amount": "-1",
            "contributions-1-currency": "USD",
            "contributions-1-year": "2024",
            "contributions-1-instrument": "loan",
        },
    )
    response = signed_in(world["coordinator"]).post(f"{LANDSCAPE}/actions/{action.pk}/", data)
    assert response.status_code == 400
    assert counts() == before
    action.refresh_from_db()
    assert action.title == "Terraces on the slopes" and not action.has_unpublished_changes


def test_a_contribution_row_is_removed_with_its_box(world):
    client = signed_in(world["coordinator"])
    client.post(f"{LANDSCAPE}/actions/new/", action_data(world))
    action = Action.objects.get(title="Bamboo nursery")
    data = action_data(
        world, **management("contributions", 1, initial=1), **{"contributions-0-DELETE": "on"}
    )
    assert client.post(f"{LANDSCAPE}/actions/{action.pk}/", data).status_code == 302
    assert list(records.latest(Action.objects.get(pk=action.pk)).contributions.all()) == []


def test_a_point_inside_the_landscape_is_kept(world):
    client = signed_in(world["coordinator"])
    data = action_data(world, latitude="-0.5", longitude="35.5")
    assert client.post(f"{LANDSCAPE}/actions/new/", data).status_code == 302
    action = Action.objects.get(title="Bamboo nursery")
    assert action.location == {"type": "Point", "coordinates": [35.5, -0.5]}
    html = client.get(f"{LANDSCAPE}/actions/{action.pk}/").content.decode()
    assert 'name="latitude" value="-0.5"' in html


def test_funders_are_offered_and_others_are_not(world):
    html = signed_in(world["coordinator"]).get(f"{LANDSCAPE}/actions/new/").content.decode()
    funder_select = re.search(r'name="contributions-0-funder".*?</select>', html, re.S).group(0)
    assert "Green Fund" in funder_select and "Seed Savers" not in funder_select


# --- Assessments and their documents ------------------------------------------------------------


def test_an_assessment_with_its_document_waiting_in_private(world):
    client = signed_in(world["coordinator"])
    pdf = SimpleUploadedFile("minutes.pdf", b"%PDF-1.4\n%minutes\n", "application/pdf")
    response = client.post(
        f"{LANDSCAPE}/assessments/new/", {**assessment_data(), "document_upload": pdf}
    )
    assert response.status_code == 302
    assessment = Assessment.objects.get(date=datetime.date(2025, 2, 1))
    assert assessment.partnership == 3 and not assessment.live
    document = assessment.document
    assert document.collection.name == "Progress documents awaiting review"
    assert document.collection.get_view_restrictions().exists()
    assert "minutes" not in document.file.name  # a name nobody guesses
    assert Client().get(document.url).status_code in (302, 403)

    approve(assessment, world["moderator"])
    document.refresh_from_db()
    assert document.collection.name == "Progress documents"
    assert not document.collection.get_view_restrictions().exists()


def test_a_document_that_is_not_what_it_says_is_refused(world):
    fake = SimpleUploadedFile("report.pdf", b"<html><script>alert(1)</script></html>")
    before = (counts(), get_document_model().objects.count())
    response = signed_in(world["coordinator"]).post(
        f"{LANDSCAPE}/assessments/new/", {**assessment_data(), "document_upload": fake}
    )
    assert response.status_code == 400
    assert "not a valid .pdf document" in field_error(
        response.content.decode(), "id_document_upload"
    )
    assert (counts(), get_document_model().objects.count()) == before


def score_bars(html):
    """[(segments, filled, words)] of each score bar in `html`, in order."""
    page = BeautifulSoup(html, "html.parser")
    return [
        (
            len(score.find_all(class_="score-bar__segment")),
            len(score.find_all(class_="score-bar__segment--filled")),
            score.get_text(" ", strip=True),
        )
        for score in page.find_all(class_="score")
    ]


def test_the_assessment_form_shows_how_each_score_is_drawn(world):
    html = signed_in(world["coordinator"]).get(f"{LANDSCAPE}/assessments/new/").content.decode()
    assert "How each score shows on the landscape's page:" in html
    assert score_bars(html) == [
        (4, 1, "Not begun (1/4)"),
        (4, 2, "Started (2/4)"),
        (4, 3, "Well advanced (3/4)"),
        (4, 4, "Completed (4/4)"),
    ]


def test_the_overview_draws_each_assessments_scores_as_bars(world):
    html = signed_in(world["member"]).get(f"{LANDSCAPE}/progress/").content.decode()
    assert score_bars(html) == [(4, 2, "Started (2/4)")] * 5  # the assessment of 1 March 2024


# --- Funding offers -----------------------------------------------------------------------------


def test_a_manager_adds_a_funding_offer_for_review(world):
    client = signed_in(world["coordinator"])
    response = client.post(f"{ORGANISATION}/offers/new/", offer_data())
    assert response.status_code == 302
    assert response["Location"] == f"{ORGANISATION}/offers/"
    offer = FundingOffer.objects.get(title="Restoration grants")
    assert offer.organisation_id == world["trust"].pk and not offer.live
    assert (offer.ticket_min, offer.ticket_max, offer.currency) == (
        Decimal("10000"),
        Decimal("200000"),
        "EUR",
    )
    html = client.get(f"{ORGANISATION}/offers/").content.decode()
    assert "Restoration grants" in html and "In review" in html


# --- Queries ------------------------------------------------------------------------------------


def test_the_overview_asks_the_same_number_of_queries_however_many_records(world):
    client = signed_in(world["coordinator"])
    client.post(f"{LANDSCAPE}/actions/new/", action_data(world))
    client.post(f"{LANDSCAPE}/indicators/{world['indicator'].pk}/", series_data((2020, "5")))
    client.get(f"{LANDSCAPE}/progress/")
    with CaptureQueriesContext(connection) as few:
        client.get(f"{LANDSCAPE}/progress/")
    second = Indicator.objects.create(
        name="People benefiting", unit="people", unit_symbol="people", returns="social"
    )
    client.post(f"{LANDSCAPE}/indicators/{second.pk}/", series_data((2021, "300 people")))
    for number in range(3):
        client.post(f"{LANDSCAPE}/actions/new/", action_data(world, title=f"Action {number}"))
        client.post(f"{LANDSCAPE}/assessments/new/", assessment_data(date=f"2023-0{number + 1}-01"))
    with CaptureQueriesContext(connection) as many:
        html = client.get(f"{LANDSCAPE}/progress/").content.decode()
    assert "Action 2" in html and "1 value" in html
    assert len(many) == len(few), "\n".join(q["sql"][:300] for q in many)
