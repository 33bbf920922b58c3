"""A search's matches and their facts are kept per content version, language and words
(SiteSearch.matches, .facts), and its results' HTML per words as typed, filters and page
(SiteSearch.kept_listing_key): made again, a search reads only the editors' log; a publish
shows at once; an answer that may not show the latest change is not kept."""

import time

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query

from network.factories import make_expert, make_organisation
from search import service
from search.service import Matches, answer_settled
from tests.queries import queries_and_response
from tests.search.pages import MANGROVE_TITLES, make_network, result_titles
from tests.worlds import directory_site_world, shared_directory_site, shared_themes  # noqa: F401 (fixtures)
from website import content_version
from website.structure import _versioned


@pytest.fixture
def network(directory_site, themes, search_index, monkeypatch):
    pages = make_network(directory_site, themes)
    search_index.refresh()
    # On an engine, answers are kept once a change has had time to show (see the last test).
    monkeypatch.setattr(service, "ENGINE_SETTLES_IN_SECONDS", -1)
    return pages


# Made again, a search's first page runs one query, the UPDATE of the editors' log (a page further
# on is not a new search: none); its results are kept (SiteSearch.kept_listing_key).
KEPT_SEARCH_QUERIES = 1


def test_a_search_made_again_is_served_kept_with_its_log_only(client, network):
    client.get("/en/search/?q=delta")  # what any first search works out once
    first_count, first = queries_and_response(client, "/en/search/?q=mangrove")
    again_count, again = queries_and_response(client, "/en/search/?q=mangrove")

    assert again.content == first.content
    assert len(result_titles(again)) == 6
    assert again_count == KEPT_SEARCH_QUERIES < first_count
    assert Query.get("mangrove").hits == 2  # logged each time, kept or not


def test_a_kept_page_of_results_reads_neither_the_facts_nor_the_cards(client, network):
    """Served kept, the page (its language links included) needs only the matches, a short list
    of ids: not the facts of every match, the largest part of the answer."""
    first = client.get("/en/search/?q=mangrove")
    cache.delete(_versioned("site-search-facts:en::mangrove"))  # as if evicted

    count, again = queries_and_response(client, "/en/search/?q=mangrove")

    assert again.content == first.content
    assert count == KEPT_SEARCH_QUERIES
    assert cache.get(_versioned("site-search-facts:en::mangrove")) is None  # not worked out again


def test_a_kept_page_further_on_reads_nothing(client, network, search_index):
    """Whether the page exists is kept with the results' number of pages (SiteSearch.page_count):
    a page further on, served kept, needs neither the facts of every match nor its cards."""
    for number in range(25):
        make_expert(network.directory_site["en"]["experts"], title=f"Mangrove planter {number}")
    search_index.refresh()
    first = client.get("/en/search/?q=mangrove&kind=expert&page=2")
    cache.delete(_versioned("site-search-facts:en::mangrove"))  # as if evicted

    count, again = queries_and_response(client, "/en/search/?q=mangrove&kind=expert&page=2")

    assert again.content == first.content
    assert len(result_titles(again)) == 26 - 20
    assert count == 0  # paging on is not a new search: not logged
    assert cache.get(_versioned("site-search-facts:en::mangrove")) is None  # not worked out again


def test_the_same_words_typed_otherwise_find_the_kept_answer_and_show_as_typed(client, network):
    """The answer is kept under the words normalised; the results, whose links repeat the words,
    under the words as typed."""
    client.get("/en/search/?q=mangrove&kind=expert")
    count, response = queries_and_response(client, "/en/search/?q=Mangrove&kind=expert")

    assert result_titles(response) == ["Amina Odhiambo"]
    assert 'href="?q=Mangrove">Clear all filters' in response.content.decode()
    assert count > KEPT_SEARCH_QUERIES  # its cards, read again


def test_each_page_filter_and_language_choice_keeps_its_own_results(client, network, search_index):
    for number in range(25):
        make_expert(network.directory_site["en"]["experts"], title=f"Mangrove planter {number}")
    search_index.refresh()
    asked = {
        "first page": "/en/search/?q=mangrove",
        "second page": "/en/search/?q=mangrove&page=2",
        "experts": "/en/search/?q=mangrove&kind=expert",
        "experts working on water": "/en/search/?q=mangrove&kind=expert&theme=water",
        "courses in every language": "/es/search/?q=mangrove&kind=course&languages=all",
        "courses in Spanish": "/es/search/?q=mangrove&kind=course",
    }
    seen = {name: result_titles(client.get(url)) for name, url in asked.items()}

    for name, url in asked.items():
        count, response = queries_and_response(client, url)
        assert result_titles(response) == seen[name], name
        assert count == (0 if "page=" in url else KEPT_SEARCH_QUERIES), name
    assert len(seen["first page"]) == 20
    assert len(seen["second page"]) == 31 - 20
    assert not set(seen["first page"]) & set(seen["second page"])
    assert seen["experts working on water"] == ["Amina Odhiambo"]
    assert seen["courses in every language"] == ["Mangrove restoration basics"]
    assert seen["courses in Spanish"] == []


@pytest.mark.parametrize(
    "asked",
    [
        "page=99",  # past the last: the last is shown
        "page=02",  # the second, not written as its number
        "page=zz",  # the first
        "kind=expert&kind=landscape&theme=water",  # three values chosen
    ],
)
def test_a_page_or_choice_that_is_rarely_asked_again_is_worked_out_each_time(
    client, network, asked
):
    """So that no one fills the cache with pages that are all the same or all different."""
    url = f"/en/search/?q=mangrove&{asked}"
    first = client.get(url)
    count, again = queries_and_response(client, url)

    assert again.status_code == 200
    assert result_titles(again) == result_titles(first) != []
    assert count > KEPT_SEARCH_QUERIES


def test_each_language_and_choice_of_languages_keeps_its_own(client, network):
    """Courses and stories are listed in their own language only; profiles in every language
    until translated."""
    everything = MANGROVE_TITLES
    profiles = {"Mangrove Coast", "Highland Rivers", "Delta Alliance", "Amina Odhiambo"}
    for _ in range(2):
        assert set(result_titles(client.get("/en/search/?q=mangrove"))) == everything
        assert set(result_titles(client.get("/es/search/?q=mangrove"))) == profiles
        every = client.get("/es/search/?q=mangrove&languages=all")
        assert set(result_titles(every)) == everything


def test_a_publish_shows_at_once_in_a_search_made_before(client, network, search_index):
    assert result_titles(client.get("/en/search/?q=seagrass")) == []

    make_organisation(network.directory_site["en"]["organisations"], title="Seagrass Trust")
    search_index.refresh()

    assert result_titles(client.get("/en/search/?q=seagrass")) == ["Seagrass Trust"]


def suggested(client, letters):
    response = client.get("/en/search/autocomplete/", {"q": letters})
    return [suggestion["title"] for suggestion in response.json()["suggestions"]]


def test_suggestions_typed_again_run_no_query_and_follow_a_publish(client, network, search_index):
    first = suggested(client, "delt")
    with CaptureQueriesContext(connection) as again:
        assert suggested(client, "delt") == first == ["Delta Alliance"]
    assert len(again.captured_queries) == 0

    make_organisation(network.directory_site["en"]["organisations"], title="Delta Farmers")
    search_index.refresh()

    assert sorted(suggested(client, "delt")) == ["Delta Alliance", "Delta Farmers"]


def test_rebuilding_the_index_or_migrating_moves_the_content_version(network):
    before = content_version.content_version()
    call_command("update_index", verbosity=0)
    rebuilt = content_version.content_version()
    assert rebuilt != before

    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")  # what migrate ends with
    assert content_version.content_version() != rebuilt


def test_an_answer_is_kept_only_once_it_shows_the_latest_change(db, settings):
    database = Matches(ids=[1, 2])
    stand_in = Matches(ids=[1, 2], degraded=True)  # the database's, the engine having failed

    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
    content_version.content_changed()
    assert answer_settled(database)  # the database's index changes with the page
    assert not answer_settled(stand_in)

    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.opensearch"}}
    content_version.content_changed()  # a publish, just now
    assert not answer_settled(database)  # the engine may not show it yet
    cache.set(content_version.KEY, f"{time.time() - 60:.0f}-published-a-minute-ago", None)
    assert answer_settled(database)
    assert not answer_settled(stand_in)
