"""The progress pages keep what they show per content version ({% kept_fragment %}): a
landscape's progress, the network's for each choice of filters, and each page of open needs.
A moderator's approval shows at once; a page of needs that does not exist, or a choice of more
values than a directory keeps, is worked out on every request."""

import datetime
from decimal import Decimal

import pytest

from network.factories import make_directory_site, make_landscape, make_organisation
from progress.models import FundingOffer
from tests.progress.test_money import make_action, soup
from tests.queries import queries_and_response
from tests.worlds import module_world

pytestmark = pytest.mark.django_db

NEEDS = 21  # one more than a page of needs (progress.views.NEEDS_PER_PAGE)


def build_world():
    site = make_directory_site()
    en = site["en"]
    kenya = make_landscape(en["landscapes"], title="Mau Forest", slug="mau", region="africa")
    peru = make_landscape(en["landscapes"], title="Andes", slug="andes", region="latin-america")
    for number in range(1, NEEDS + 1):
        make_action(
            kenya if number < NEEDS else peru,
            title=f"Need {number:02}",
            status="seeking-funding",
            budget=Decimal((NEEDS + 1 - number) * 1_000),  # largest gap first: Need 01
            budget_currency="USD",
            start=datetime.date(2024, 1, 1),
        )
    funder = make_organisation(en["organisations"], title="Water Fund", organisation_type="finance")
    FundingOffer.objects.create(
        organisation=funder, title="Springs grants", currency="USD", is_open=True, live=True
    )
    return {"site": site, "kenya": kenya, "peru": peru}


world = module_world(build_world)


def needs(response):
    assert response.status_code == 200
    return [article.h3.get_text(strip=True) for article in soup(response).select(".funding-need")]


def actions_counted(response):
    """The network page's number of actions."""
    return soup(response).find(attrs={"data-figure": "actions"}).get_text(strip=True)


def titles(numbers):
    return [f"Need {number:02}" for number in numbers]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", titles(range(1, 21))),
        ("?page=2", titles([21])),
        ("?region=latin-america", titles([21])),
        ("?region=africa&page=1", titles(range(1, 21))),
    ],
)
def test_each_page_of_needs_and_each_choice_keeps_its_own(world, client, query, expected):
    client.get("/en/funding/")  # the first page, unfiltered, is kept
    assert needs(client.get(f"/en/funding/{query}")) == expected
    count, again = queries_and_response(client, f"/en/funding/{query}")
    assert needs(again) == expected
    assert count == 0  # kept: not one query


def test_a_page_of_needs_that_does_not_exist_is_worked_out_every_time(world, client):
    """Each number anyone asks for would otherwise be a new entry: it shows the last page."""
    for _ in range(2):
        count, response = queries_and_response(client, "/en/funding/?page=99")
        assert needs(response) == titles([21])
        assert count > 0


def test_more_values_chosen_than_a_directory_keeps_are_worked_out_every_time(world, client):
    url = "/en/funding/?region=africa&region=latin-america&region=asia"
    for _ in range(2):
        count, response = queries_and_response(client, url)
        assert needs(response) == titles(range(1, 21))
        assert count > 0


def test_the_language_switcher_keeps_the_page_of_needs(world, client):
    client.get("/en/funding/?page=2")
    page = soup(client.get("/en/funding/?page=2"))  # kept: its needs not matched again
    spanish = page.find("a", hreflang="es")
    assert spanish["href"] == "/es/funding/?page=2"


@pytest.mark.parametrize("signed_in", [False, True])
def test_an_approval_shows_at_once_on_every_progress_page(
    world, client, django_user_model, django_capture_on_commit_callbacks, signed_in
):
    if signed_in:  # no page cache: the kept parts alone
        client.force_login(django_user_model.objects.create_user("reader", "reader@example.org"))
    urls = ["/en/landscapes/andes/progress/", "/en/funding/"]
    for url in [*urls, "/en/progress/"]:
        client.get(url)
    for url in urls:
        assert "Terraces on the slopes" not in client.get(url).content.decode()
    assert actions_counted(client.get("/en/progress/")) == str(NEEDS)
    action = make_action(
        world["peru"],
        live=False,
        title="Terraces on the slopes",
        status="seeking-funding",
        budget=Decimal(900_000),  # the largest gap: first among the needs
        budget_currency="USD",
        start=datetime.date(2024, 1, 1),
    )
    with django_capture_on_commit_callbacks(execute=True):
        action.save_revision().publish()

    for url in urls:
        assert "Terraces on the slopes" in client.get(url).content.decode(), url
    assert actions_counted(client.get("/en/progress/")) == str(NEEDS + 1)
    assert needs(client.get("/en/funding/"))[0] == "Terraces on the slopes"
