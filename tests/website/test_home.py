"""The home page: its figures count live content in the visitor's language, and its hero calls
visitors to explore the landscapes and to join, in their language."""

import re

import pytest
from django.utils.translation import ngettext_lazy

from website.factories import make_standard_page, translate_page
from website.models import HomePage

pytestmark = pytest.mark.django_db
HOME_PAGE_QUERIES = 4  # standard pages only here; with every kind of content: tests/bench
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


@pytest.mark.parametrize("pages", [2, 20])
def test_home_page_runs_a_fixed_number_of_queries(client, homes, django_assert_num_queries, pages):
    for _ in range(pages):
        make_standard_page(homes["en"])
    client.get("/en/")  # the first request fills Wagtail's caches and creates the site settings
    with django_assert_num_queries(HOME_PAGE_QUERIES):
        client.get("/en/")


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
