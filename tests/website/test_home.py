"""The home page: its figures count live content in the visitor's language, and its hero calls
visitors to explore the landscapes and to join, in their language."""

import re

import pytest
from django.utils.translation import ngettext_lazy

from tests.queries import PAGE_QUERY_LIMIT, queries_and_response
from website.factories import make_standard_page, translate_page
from website.models import HomePage

pytestmark = pytest.mark.django_db
# Standard pages only here; with every kind of content: tests/bench. The first request after a
# publish works out what is below the hero (and what every page reads once a content version:
# menus, settings, sections); the next find it kept (kept_fragments).
KEPT_HOME_PAGE_QUERIES = 1  # the page itself, on its kept route (website/structure.py)
AFTER_A_PUBLISH = 10
STANDARD_PAGES = ngettext_lazy("standard page", "standard pages", "count")


def test_figures_count_live_pages_of_each_type_in_the_pages_language(homes, monkeypatch):
    # The counted types belong to apps that come later; count standard pages to test the mechanism.
    monkeypatch.setattr(
        HomePage,
        "FIGURE_PAGE_TYPES",
        [("website.StandardPage", STANDARD_PAGES), ("network.NoSuchPage", STANDARD_PAGES)],
    )
    first = make_standard_page(homes["en"])
    make_standard_page(homes["en"])
    make_standard_page(homes["en"]).unpublish()
    translate_page(first, "es")

    assert homes["en"].get_figures() == [{"count": 2, "label": "standard pages"}]
    assert homes["es"].get_figures()[0]["count"] == 1
    assert homes["fr"].get_figures()[0]["count"] == 0


def test_figures_appear_on_the_home_page(client, homes, monkeypatch):
    monkeypatch.setattr(HomePage, "FIGURE_PAGE_TYPES", [("website.StandardPage", STANDARD_PAGES)])
    make_standard_page(homes["en"])
    html = client.get("/en/").content.decode()
    assert '<strong class="figures__value">1</strong> <span>standard page</span>' in html


def test_home_page_runs_a_fixed_number_of_queries(client, homes):
    """Worked out after a change, the same number of queries with 2 pages and with 20; then kept."""
    client.get("/en/")  # the first request fills Wagtail's caches and creates the site settings
    worked_out = []
    for pages in (2, 18):
        for _ in range(pages):
            make_standard_page(homes["en"])  # each publish moves the content version on
        worked_out.append(queries_and_response(client, "/en/")[0])
        kept, _response = queries_and_response(client, "/en/")
        assert kept == KEPT_HOME_PAGE_QUERIES
    assert worked_out[0] == worked_out[1] <= PAGE_QUERY_LIMIT + AFTER_A_PUBLISH


def test_the_kept_figures_follow_a_publish(client, homes, monkeypatch):
    monkeypatch.setattr(HomePage, "FIGURE_PAGE_TYPES", [("website.StandardPage", STANDARD_PAGES)])
    make_standard_page(homes["en"])
    assert figure(client.get("/en/")) == "1"
    assert figure(client.get("/en/")) == "1"  # kept

    make_standard_page(homes["en"])  # a publish moves the content version on

    assert figure(client.get("/en/")) == "2"


def figure(response):
    return re.search(r'<strong class="figures__value">(\d+)</strong>', response.content.decode())[1]


def hero_links(client, path):
    """[(words, address)] of the hero's call to action."""
    html = client.get(path).content.decode()
    actions = html[
        html.index('<p class="hero__actions">') : html.index("</p>", html.index("hero__actions"))
    ]
    return [
        (re.sub(r"\s+", " ", text).strip(), href)
        for href, text in re.findall(r'<a class="button[^"]*" href="([^"]+)">([^<]+)</a>', actions)
    ]


def test_the_hero_calls_to_explore_the_landscapes_and_to_join(client, directory_site):
    assert hero_links(client, "/en/") == [
        ("Explore the landscapes", "/en/landscapes/"),
        ("Join the network", "/en/accounts/signup/"),
    ]
    # Each language's home leads to its own directory and sign-up.
    assert [href for _text, href in hero_links(client, "/es/")] == [
        "/es/landscapes/",
        "/es/accounts/signup/",
    ]
    assert [href for _text, href in hero_links(client, "/fr/")] == [
        "/fr/landscapes/",
        "/fr/accounts/signup/",
    ]


def test_a_signed_in_visitor_is_not_asked_to_join(client, directory_site, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader", "reader@example.org"))
    assert hero_links(client, "/en/") == [("Explore the landscapes", "/en/landscapes/")]


def test_without_a_landscape_directory_the_hero_offers_only_to_join(client, homes):
    assert hero_links(client, "/en/") == [("Join the network", "/en/accounts/signup/")]
