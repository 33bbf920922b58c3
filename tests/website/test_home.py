"""The home page's figures count live content in the visitor's language."""

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
