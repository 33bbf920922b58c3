"""A listing (facets, cards, pages) is rendered once per content version and kept for every
visitor (Directory.kept_listing_key, {% kept_fragment %} in the index pages): each search, sort,
page, choice of values and facet shown in full keeps its own, and a publish shows at once."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from learning.factories import make_catalog, make_course, make_institution
from network.factories import make_expert, make_landscape
from stories.factories import make_story, make_story_index
from tests.queries import queries_and_response
from tests.worlds import (  # noqa: F401 (fixtures)
    directory_site_world,
    shared_directory_site,
    shared_homes,
    shared_themes,
)

pytestmark = pytest.mark.django_db


def titles(html):
    soup = BeautifulSoup(html, "html.parser")
    return [heading.get_text(strip=True) for heading in soup.select(".card__title")]


def queries_and_html(client, url):
    count, response = queries_and_response(client, url)
    return count, response.content.decode()


@pytest.fixture
def experts(directory_site):
    index = directory_site["en"]["experts"]
    return [make_expert(index, title=f"Expert {number:02}") for number in range(1, 31)]


def test_a_kept_listing_shows_the_same_with_fewer_queries(client, experts):
    client.get("/en/experts/?page=2")  # what any first request works out once, the order too
    first_count, first = queries_and_html(client, "/en/experts/")
    again_count, again = queries_and_html(client, "/en/experts/")

    assert titles(again) == titles(first) == [f"Expert {n:02}" for n in range(1, 25)]
    assert again_count < first_count


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/en/experts/?page=2", [f"Expert {n:02}" for n in range(25, 31)]),
        ("/en/experts/?sort=newest", [f"Expert {n:02}" for n in range(30, 6, -1)]),
        ("/en/experts/?sort=newest&page=2", [f"Expert {n:02}" for n in range(6, 0, -1)]),
    ],
)
def test_each_page_and_sort_keeps_its_own_listing(client, experts, url, expected):
    client.get("/en/experts/")  # the first page, in the default order, is kept
    assert titles(client.get(url).content.decode()) == expected
    assert titles(client.get(url).content.decode()) == expected


def test_each_choice_of_values_keeps_its_own_listing(client, directory_site, themes):
    index = directory_site["en"]["landscapes"]
    make_landscape(index, title="Kenya hills", region="africa", themes=[themes["water"]])
    make_landscape(index, title="Peru puna", region="latin-america", themes=[themes["water"]])
    make_landscape(index, title="Spanish altiplano", region="europe")

    for _ in range(2):
        assert titles(client.get("/en/landscapes/").content.decode()) == [
            "Kenya hills",
            "Peru puna",
            "Spanish altiplano",
        ]
        assert titles(client.get("/en/landscapes/?theme=water").content.decode()) == [
            "Kenya hills",
            "Peru puna",
        ]
        chosen = client.get("/en/landscapes/?theme=water&region=africa").content.decode()
        assert titles(chosen) == ["Kenya hills"]
        assert "Region: Africa" in chosen  # its chip


def test_the_filters_held_open_and_a_facet_shown_in_full_keep_their_own(client, directory_site):
    index = directory_site["en"]["landscapes"]
    countries = ["KE", "PE", "BR", "ES", "FR", "DE", "IT", "PT", "MX", "CO", "CL", "AR", "BO"]
    countries += ["EC", "UG", "TZ", "RW", "ET", "GH", "NG", "SN", "ML", "NE", "IN", "NP"]
    make_landscape(index, title="Everywhere", countries=countries)

    for _ in range(2):
        folded = BeautifulSoup(client.get(index.url).content.decode(), "html.parser")
        assert not folded.select_one("details.directory__filters").has_attr("open")
        assert len(folded.select('input[name="country"]')) == 10

        shown = BeautifulSoup(
            client.get(f"{index.url}?all=country").content.decode(), "html.parser"
        )
        assert shown.select_one("details.directory__filters").has_attr("open")
        assert len(shown.select('input[name="country"]')) == len(countries)


def test_a_publish_shows_at_once_signed_in_or_not(client, experts, admin_user):
    signed_in = type(client)()
    signed_in.force_login(admin_user)
    for visitor in (client, signed_in):
        assert "Expert 01" in titles(visitor.get("/en/experts/").content.decode())

    experts[0].title = "Agronomist 01"
    experts[0].save_revision().publish()

    for visitor in (client, signed_in):
        shown = titles(visitor.get("/en/experts/").content.decode())
        assert shown[0] == "Agronomist 01"
        assert "Expert 01" not in shown


def test_a_search_made_again_is_kept_and_follows_a_publish(client, experts):
    client.get("/en/experts/?q=agronomist")  # what any first search works out once
    first_count, first = queries_and_html(client, "/en/experts/?q=expert")
    again_count, again = queries_and_html(client, "/en/experts/?q=expert")

    assert titles(again) == titles(first)
    assert len(titles(again)) == 24
    assert again_count < first_count
    assert titles(client.get("/en/experts/?q=expert+05").content.decode()) == ["Expert 05"]

    experts[0].title = "Agronomist 01"
    experts[0].save_revision().publish()

    assert titles(client.get("/en/experts/?q=agronomist").content.decode()) == ["Agronomist 01"]
    assert "Expert 01" not in titles(client.get("/en/experts/?q=expert").content.decode())


@pytest.mark.parametrize("page", ["3", "0", "two", "99999999"])
def test_a_page_that_does_not_exist_shows_the_nearest_and_is_not_kept(client, experts, page):
    client.get("/en/experts/")  # the listing's order is kept
    count, html = queries_and_html(client, f"/en/experts/?page={page}")
    again_count, again = queries_and_html(client, f"/en/experts/?page={page}")

    assert titles(again) == titles(html)
    assert titles(html)[0] in ("Expert 01", "Expert 25")
    assert again_count == count


def test_the_featured_story_follows_a_publish(client, homes):
    index = make_story_index(homes)["en"]
    make_story(index, title="Terraces return", featured=True, days_ago=5)
    make_story(index, title="Springs flow again", days_ago=1)
    featured = BeautifulSoup(client.get(index.url).content.decode(), "html.parser")
    assert featured.select_one(".featured-story h2").get_text(strip=True) == "Terraces return"

    make_story(index, title="Mangroves come back", featured=True)
    featured = BeautifulSoup(client.get(index.url).content.decode(), "html.parser")
    assert featured.select_one(".featured-story h2").get_text(strip=True) == "Mangroves come back"

    searched = client.get(f"{index.url}?q=springs").content.decode()
    assert "Featured story" not in searched  # above the whole list only


def test_the_catalogs_structured_data_lists_the_cards_it_shows(client, homes):
    catalog = make_catalog(homes)
    institution = make_institution(catalog["en"])
    for title in ("Soil carbon basics", "Water funds", "Agroforestry design"):
        make_course(institution, title=title)

    for _ in range(2):
        html = client.get(catalog["en"].url).content.decode()
        soup = BeautifulSoup(html, "html.parser")
        listed = json.loads(soup.find("script", type="application/ld+json").string)
        cards = [link["href"] for link in soup.select(".card__title a")]
        assert len(cards) == 3
        assert [item["url"] for item in listed["itemListElement"]] == [
            f"http://testserver{card}" for card in cards
        ]


def test_a_search_whose_words_read_like_a_filter_keeps_a_listing_of_its_own(
    client, directory_site, themes
):
    """The words searched come before the values chosen in a listing's key: quoted, so that
    "water:theme=water" is not read as "water" with the theme Water chosen."""
    index = directory_site["en"]["landscapes"]
    make_landscape(index, title="Water towers", themes=[themes["water"]])
    make_landscape(index, title="Water meadows")
    make_landscape(index, title="Theme park water gardens")
    filtered = "/en/landscapes/?q=water&theme=water"
    lookalike = "/en/landscapes/?q=water%3Atheme%3Dwater"
    alone = titles(client.get(lookalike).content.decode())  # worked out on its own
    cache.clear()

    assert titles(client.get(filtered).content.decode()) == ["Water towers"]
    assert titles(client.get(lookalike).content.decode()) == alone != ["Water towers"]
