"""A search's matches and their facts are kept per content version, language and words
(SiteSearch.found): made again, a search reads only the editors' log and its cards; a publish
shows at once; an answer that may not show the latest change is not kept."""

import time

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.factories import make_organisation
from search import service
from search.service import Matches, answer_settled
from tests.queries import queries_and_response
from tests.search.pages import MANGROVE_TITLES, facet_counts, make_network, result_titles
from tests.worlds import directory_site_world, shared_directory_site, shared_themes  # noqa: F401 (fixtures)
from website import content_version


@pytest.fixture
def network(directory_site, themes, search_index, monkeypatch):
    pages = make_network(directory_site, themes)
    search_index.refresh()
    # On an engine, answers are kept once a change has had time to show (see the last test).
    monkeypatch.setattr(service, "ENGINE_SETTLES_IN_SECONDS", -1)
    return pages


def test_a_search_made_again_reads_only_its_log_and_cards(client, network):
    client.get("/en/search/?q=delta")  # what any first search works out once
    first_count, first = queries_and_response(client, "/en/search/?q=mangrove")
    again_count, again = queries_and_response(client, "/en/search/?q=mangrove")

    assert result_titles(again) == result_titles(first)
    assert len(result_titles(again)) == 6
    for facet in ("kind", "theme", "country"):
        assert facet_counts(again, facet) == facet_counts(first, facet)
    assert again_count <= first_count - 3  # the two searches and the facts


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
