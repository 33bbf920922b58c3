"""A coordinator's progress record goes public only when a moderator approves it, through the
admin's review like a landscape's profile; its keepers hear of the outcome; the API shows only
approved records of public landscapes; the admin lets each role do what it should."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from network import teams
from network.factories import make_landscape, make_organisation
from network.models import TeamRole
from network.roles import ensure_roles
from progress import records
from progress.models import Action, Contribution, Indicator, IndicatorSeries, IndicatorValue
from tests.network.test_partnerships import person, signed_in
from tests.worlds import module_world

pytestmark = pytest.mark.django_db


def build_world():
    from network.factories import make_directory_site

    site = make_directory_site()
    ensure_roles()
    landscapes = site["en"]["landscapes"]
    landscape = make_landscape(landscapes, title="Mau Forest", slug="mau-forest")
    hidden = make_landscape(landscapes, title="Hidden Hills", slug="hidden-hills")
    hidden.unpublish()
    funder = make_organisation(
        site["en"]["organisations"],
        title="Rift Valley Fund",
        slug="rift-valley-fund",
        organisation_type="finance",
    )
    coordinator = person("coordinator@example.org")
    teams.add(landscape, coordinator, TeamRole.COORDINATOR)
    moderator = person("moderator@example.org", "Moderators")
    editor = person("editor@example.org", "Editors")
    published = Action.objects.create(
        landscape=landscape,
        title="Terraces on the eastern slopes",
        status="under-way",
        budget=Decimal("120000"),
        budget_currency="KES",
    )
    Contribution.objects.create(
        action=published, funder=funder, amount=Decimal(50000), currency="KES", year=2025
    )
    Action.objects.create(landscape=hidden, title="Not for the public", status="planned")
    indicator = Indicator.objects.create(
        name="Hectares under restoration", unit="ha", unit_symbol="ha", returns="natural"
    )
    series = IndicatorSeries.objects.create(landscape=landscape, indicator=indicator)
    IndicatorValue.objects.create(series=series, year=2024, value=Decimal("12.5"))
    return {
        "landscape": landscape,
        "funder": funder,
        "coordinator": coordinator,
        "moderator": moderator,
        "editor": editor,
        "published": published,
    }


world = module_world(build_world)


def proposed_action(world, title="Nursery for indigenous trees"):
    action = Action(landscape=world["landscape"], title=title, status="planned", language="es")
    records.save_for_review(action, world["coordinator"])
    return action


def workflow_action_url(record, action_name):
    task_state = record.current_workflow_state.current_task_state
    name = f"wagtailsnippets_progress_{record._meta.model_name}:workflow_action"
    return reverse(name, args=[record.pk, action_name, task_state.pk])


def test_a_coordinators_action_is_public_only_once_a_moderator_approves_it(world):
    action = proposed_action(world)
    assert not records.public(Action.objects.filter(pk=action.pk)).exists()
    assert records.status(action)["code"] == "in-review"
    api = Client().get("/api/v2/actions/?fields=title").json()
    assert "Nursery for indigenous trees" not in [item["title"] for item in api["items"]]

    mail.outbox.clear()
    response = signed_in(world["moderator"]).post(
        workflow_action_url(action, "approve"), {"comment": ""}
    )
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.live
    titles = [
        item["title"] for item in Client().get("/api/v2/actions/?fields=title").json()["items"]
    ]
    assert "Nursery for indigenous trees" in titles
    # The coordinator hears of it in the language the action is written in, with their workspace.
    assert [message.to for message in mail.outbox] == [["coordinator@example.org"]]
    assert "Nursery for indigenous trees" in mail.outbox[0].subject
    assert "/es/my-landscapes/mau-forest/progress/" in mail.outbox[0].body


def test_an_approved_action_keeps_its_public_values_while_a_change_waits(world):
    action = world["published"]
    action = Action.objects.get(pk=action.pk)
    action.title = "Terraces, now on both slopes"
    records.save_for_review(action, world["coordinator"])
    assert Action.objects.get(pk=action.pk).title == "Terraces on the eastern slopes"
    assert records.latest(Action.objects.get(pk=action.pk)).title == "Terraces, now on both slopes"


def test_changes_requested_reach_the_coordinator_with_the_comment(world):
    action = proposed_action(world, "Fire breaks")
    mail.outbox.clear()
    response = signed_in(world["moderator"]).post(
        workflow_action_url(action, "reject"), {"comment": "Add the budget, please."}
    )
    assert response.status_code == 302
    status = records.status(Action.objects.get(pk=action.pk))
    assert status["code"] == "changes-requested"
    assert status["comment"] == "Add the budget, please."
    assert "Add the budget, please." in mail.outbox[-1].body
    assert not Action.objects.get(pk=action.pk).live


def test_the_api_lists_approved_actions_of_public_landscapes_with_their_money(world):
    response = Client().get(
        "/api/v2/actions/?fields=title,budget,budget_currency,contributions,landscape"
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["title"] for item in items] == ["Terraces on the eastern slopes"]
    item = items[0]
    assert item["landscape"] == {
        "id": world["landscape"].pk,
        "slug": "mau-forest",
        "title": "Mau Forest",
    }
    assert item["budget"] == "120000.00"
    assert item["budget_currency"] == "KES"
    assert item["contributions"] == [
        {
            "funder": {
                "id": world["funder"].pk,
                "slug": "rift-valley-fund",
                "title": "Rift Valley Fund",
            },
            "amount": "50000.00",
            "currency": "KES",
            "year": 2025,
            "instrument": "grant",
        }
    ]
    filtered = Client().get(f"/api/v2/actions/?landscape={world['landscape'].pk}").json()
    assert filtered["meta"]["total_count"] == 1
    assert Client().get("/api/v2/actions/?landscape=abc").status_code == 400


def test_the_api_gives_indicator_values_and_hides_unapproved_series(world):
    items = Client().get("/api/v2/indicator-values/?fields=*").json()["items"]
    assert len(items) == 1
    assert items[0]["value"] == "12.5000"
    assert items[0]["year"] == 2024
    assert items[0]["indicator"]["unit_symbol"] == "ha"
    IndicatorSeries.objects.update(live=False)
    assert Client().get("/api/v2/indicator-values/").json()["items"] == []


@pytest.mark.parametrize(
    ("who", "listing", "adding"),
    [
        ("editor", 200, 200),
        ("moderator", 200, 302),  # may open records to review; may not add one
        ("coordinator", 302, 302),  # no admin: the workspace is theirs
    ],
)
def test_the_admin_lets_each_role_do_what_it_should(world, who, listing, adding):
    client = signed_in(world[who])
    assert client.get("/admin/snippets/progress/action/").status_code == listing
    assert client.get("/admin/snippets/progress/action/add/").status_code == adding
    rates = client.get("/admin/snippets/progress/exchangerate/")
    assert rates.status_code == (200 if who == "editor" else 302)


def test_moderators_keep_their_review_rights_when_roles_are_set_up_again(world):
    ensure_roles()
    moderator = type(world["moderator"]).objects.get(pk=world["moderator"].pk)
    assert moderator.has_perm("progress.change_action")
    assert not moderator.has_perm("progress.publish_action")
    assert not moderator.has_perm("progress.delete_action")


def test_an_approval_of_a_date_field_record_survives_the_round_trip(world):
    from progress.models import Assessment

    assessment = Assessment(
        landscape=world["landscape"],
        date=datetime.date(2025, 6, 1),
        partnership=3,
        shared_understanding=2,
        vision_and_planning=2,
        taking_action=1,
        learning_and_impact=1,
    )
    records.save_for_review(assessment, world["coordinator"])
    signed_in(world["moderator"]).post(workflow_action_url(assessment, "approve"), {"comment": ""})
    assessment = Assessment.objects.get(pk=assessment.pk)
    assert assessment.live
    assert assessment.date == datetime.date(2025, 6, 1)
    assert [score for _key, _name, score, _label, _evidence in assessment.scores()] == [
        3,
        2,
        2,
        1,
        1,
    ]


def test_the_api_names_no_organisation_that_is_not_public(world):
    world["funder"].unpublish()
    item = Client().get(f"/api/v2/actions/{world['published'].pk}/").json()
    assert item["contributions"][0]["funder"] is None
    assert item["contributions"][0]["amount"] == "50000.00"


@pytest.mark.parametrize(
    "query",
    [
        "actions/?offset=99999999999999999999999",
        "actions/?start=notadate",
        "actions/?end=2024-13-01",
        "actions/?budget=abc",
        "actions/?themes=abc",
        "indicator-values/?date=2024-02-30",
        "indicator-values/?value=abc",
        "assessments/?date=xx",
    ],
)
def test_bad_api_parameters_are_refused_with_a_message(world, query):
    response = Client().get(f"/api/v2/{query}")
    assert response.status_code == 400
    assert "message" in response.json()


def test_a_moderator_opens_only_a_record_that_waits_for_review(world):
    moderator = signed_in(world["moderator"])
    published = world["published"]
    edit = f"/admin/snippets/progress/action/edit/{published.pk}/"
    assert moderator.get(edit).status_code in (302, 403)  # nobody submitted it
    refused = moderator.post(edit, {"title": "Changed by a moderator", "action-submit": "1"})
    assert refused.status_code in (302, 403)
    assert Action.objects.get(pk=published.pk).title == "Terraces on the eastern slopes"

    waiting = proposed_action(world, "Grazing plan")
    response = moderator.get(f"/admin/snippets/progress/action/edit/{waiting.pk}/")
    assert response.status_code == 200
    assert 'name="landscape"' not in response.content.decode()  # they do not move it
    assert signed_in(world["editor"]).get(edit).status_code == 200
