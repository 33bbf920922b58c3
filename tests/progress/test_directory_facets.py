"""The landscape directory's "Seeking funding" and "Funding gap" facets, and the two figures on
the landscape pages they read, which the progress app keeps: worked out again when a moderator
approves an action, when one is unpublished or deleted, when an exchange rate changes, and after
a landscape page is published (whose revision holds the figures of its day)."""

import datetime
import re
from decimal import Decimal

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from network.factories import make_directory_site, make_landscape
from network.models import LandscapePage
from network.roles import EDITORS, MODERATORS, ensure_roles
from progress import records
from progress.landscape_figures import refresh, refresh_all
from progress.models import Action, Contribution, ExchangeRate
from tests.queries import PAGE_QUERY_LIMIT, queries_for
from tests.worlds import module_world
from website.factories import translate_page

pytestmark = pytest.mark.django_db

# (title, seeking funding, funding gap in the reference currency)
FACET_LANDSCAPES = [
    ("Highland", True, "10000"),
    ("Delta", True, "100000"),
    ("Coast", False, "2000000"),
    ("Edge", False, "50000"),  # a bound belongs to the range that starts there
    ("Funded", False, "0"),  # every action funded: in no range
    ("Plain", False, None),  # no action with a budget
]


def person(email, group=None):
    user = get_user_model().objects.create_user(email, email, "a-long-and-rare-password-41")
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def build_world():
    site = make_directory_site()
    ensure_roles()
    index = site["en"]["landscapes"]
    for title, seeking, gap in FACET_LANDSCAPES:
        page = make_landscape(index, title=title, slug=title.lower())
        LandscapePage.objects.filter(pk=page.pk).update(
            seeking_funding=seeking, funding_gap=None if gap is None else Decimal(gap)
        )
    mau = make_landscape(index, title="Mau Forest", slug="mau-forest")
    translate_page(mau, "es")
    return {
        "site": site,
        "mau_id": mau.pk,
        "coordinator": person("coordinator@example.org"),
        "moderator": person("moderator@example.org", MODERATORS),
        "editor": person("editor@example.org", EDITORS),
    }


shared_world = module_world(build_world)


@pytest.fixture
def world(shared_world, db):
    """The shared world, its Mau Forest page read afresh (what a test changes is rolled back)."""
    return {**shared_world, "mau": LandscapePage.objects.get(pk=shared_world["mau_id"])}


def result_titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def facet_options(html, param):
    """[(value, label, count)] of a facet, in the order shown."""
    option = rf'name="{param}" value="([^"]+)"[^>]*> ([^<]+) <span class="facet__count">\((\d+)\)'
    return [(value, label, int(count)) for value, label, count in re.findall(option, html)]


def figures(page):
    """(seeking funding, funding gap) of each language's row of a landscape."""
    rows = LandscapePage.objects.filter(translation_key=page.translation_key)
    return {
        row.locale.language_code: (row.seeking_funding, row.funding_gap)
        for row in rows.select_related("locale")
    }


def test_the_facets_count_each_range_in_order(client, world):
    html = client.get("/en/landscapes/").content.decode()
    assert facet_options(html, "funding") == [("yes", "Seeking funding", 2)]
    assert facet_options(html, "gap") == [
        ("under-50000", "Under $50,000", 1),
        ("50000-250000", "$50,000 to $250,000", 2),
        # None from $250,000 to $1,000,000: not offered.
        ("1000000-or-more", "$1,000,000 or more", 1),
    ]
    assert "<legend>Funding gap (USD)</legend>" in html
    assert "<legend>Funding</legend>" in html


def test_seeking_funding_filters_and_the_other_facet_counts_what_is_left(client, world):
    html = client.get("/en/landscapes/?funding=yes").content.decode()
    assert sorted(result_titles(html)) == ["Delta", "Highland"]
    assert facet_options(html, "gap") == [
        ("under-50000", "Under $50,000", 1),
        ("50000-250000", "$50,000 to $250,000", 1),
    ]
    assert facet_options(html, "funding") == [("yes", "Seeking funding", 2)]


def test_gap_ranges_are_alternatives(client, world):
    html = client.get("/en/landscapes/?gap=under-50000&gap=1000000-or-more").content.decode()
    assert sorted(result_titles(html)) == ["Coast", "Highland"]
    assert facet_options(html, "funding") == [("yes", "Seeking funding", 1)]


def test_unknown_values_are_ignored(client, world):
    url = "/en/landscapes/?gap=lots&gap=50000-250000&gap=-1&funding=no&funding=yes&funding=yes"
    response = client.get(url)
    assert response.status_code == 200
    assert result_titles(response.content.decode()) == ["Delta"]
    html = client.get("/en/landscapes/?gap=%00&funding=").content.decode()
    assert len(result_titles(html)) == len(FACET_LANDSCAPES) + 1


def test_ranges_are_labelled_as_the_visitors_language_writes_money(client, world):
    html = client.get("/es/landscapes/").content.decode()
    labels = [label for _value, label, _count in facet_options(html, "gap")]
    assert "50.000\xa0US$" in labels[1]
    assert "1.000.000\xa0US$" in labels[2]


def test_the_directory_runs_the_same_queries_with_more_landscapes(client, world):
    url = "/en/landscapes/?funding=yes&gap=50000-250000&gap=under-50000"
    few = queries_for(client, url)
    index = world["site"]["en"]["landscapes"]
    for number in range(10):
        page = make_landscape(index, title=f"More {number}")
        LandscapePage.objects.filter(pk=page.pk).update(
            seeking_funding=True, funding_gap=Decimal(number * 40_000)
        )
    assert queries_for(client, url) == few <= PAGE_QUERY_LIMIT


def an_action(landscape, budget="80000", currency="USD", secured=(("20000", "USD", 2024),)):
    action = Action(
        landscape=landscape,
        title="Tree nursery",
        status="seeking-funding",
        budget=Decimal(budget),
        budget_currency=currency,
        start=datetime.date(2024, 3, 1),
    )
    for amount, money, year in secured:
        action.contributions.add(Contribution(amount=Decimal(amount), currency=money, year=year))
    return action


def approve(record, moderator):
    record.current_workflow_state.current_task_state.approve(user=moderator)


def test_refresh_follows_approving_unpublishing_and_deleting_an_action(
    client, world, django_capture_on_commit_callbacks
):
    mau, coordinator, moderator = world["mau"], world["coordinator"], world["moderator"]
    action = an_action(mau)
    with django_capture_on_commit_callbacks(execute=True):
        records.save_for_review(action, coordinator)
    assert figures(mau) == {"en": (False, None), "es": (False, None)}  # not approved yet

    with django_capture_on_commit_callbacks(execute=True):
        approve(action, moderator)
    gap = Decimal("60000.00")  # $80,000 less $20,000 secured
    assert figures(mau) == {"en": (True, gap), "es": (True, gap)}
    html = client.get("/en/landscapes/?funding=yes&gap=50000-250000").content.decode()
    assert "Mau Forest" in result_titles(html)

    editor = world["editor"]  # moderators approve; only editors take a record down
    with django_capture_on_commit_callbacks(execute=True):
        Action.objects.get(pk=action.pk).unpublish(user=editor)
    assert figures(mau) == {"en": (False, None), "es": (False, None)}

    action = Action.objects.get(pk=action.pk)
    with django_capture_on_commit_callbacks(execute=True):
        action.save_revision(user=editor).publish(user=editor)
    assert figures(mau) == {"en": (True, gap), "es": (True, gap)}

    with django_capture_on_commit_callbacks(execute=True):
        records.withdraw(Action.objects.get(pk=action.pk), coordinator)
    assert figures(mau) == {"en": (False, None), "es": (False, None)}
    html = client.get("/en/landscapes/?funding=yes").content.decode()
    assert "Mau Forest" not in result_titles(html)


def test_a_landscape_page_published_later_does_not_bring_back_old_figures(
    world, django_capture_on_commit_callbacks
):
    mau = world["mau"]
    older = mau.save_revision()  # saved before the action was approved: no funding sought
    action = an_action(mau)
    action.save()  # an editor's action, published at once
    with django_capture_on_commit_callbacks(execute=True):
        action.save_revision().publish()
    assert figures(mau)["en"] == (True, Decimal("60000.00"))

    with django_capture_on_commit_callbacks(execute=True):
        older.publish()
    assert figures(mau) == {
        "en": (True, Decimal("60000.00")),
        "es": (True, Decimal("60000.00")),
    }


def test_gaps_follow_the_exchange_rates(world, django_capture_on_commit_callbacks):
    mau = world["mau"]
    # €100,000 sought, €10,000 and $5,000 secured; no rate for the euro yet: the gap is unknown.
    euros = an_action(mau, "100000", "EUR", [("10000", "EUR", 2024), ("5000", "USD", 2024)])
    euros.save()
    done = an_action(mau, "40000", "USD", [("45000", "USD", 2023)])  # more than its budget
    done.status = "under-way"
    done.start = None  # its budget counts in the year of its first contribution
    done.save()
    closed = an_action(mau, "900000", "USD", [])  # finished: what it lacks is no gap
    closed.status = "completed"
    closed.save()
    refresh(mau.translation_key)
    assert figures(mau)["en"] == (True, Decimal("0.00"))  # only the dollar action is known

    with django_capture_on_commit_callbacks(execute=True):
        rate = ExchangeRate.objects.create(
            currency="EUR", date=datetime.date(2024, 1, 1), rate="1.1"
        )
    # (€100,000 less €10,000) at 1.1, less $5,000; the dollar action needs nothing more.
    assert figures(mau)["es"] == (True, Decimal("94000.00"))

    with django_capture_on_commit_callbacks(execute=True):
        rate.delete()
    assert figures(mau)["es"] == (True, Decimal("0.00"))

    Action.objects.filter(pk=euros.pk).update(live=False)
    assert refresh_all() == 2  # the English and Spanish rows
    assert figures(mau)["en"] == (False, Decimal("0.00"))
