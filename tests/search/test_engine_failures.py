"""The search engine down, silent or erroring: the site still answers, from the database, with a
notice; the error is logged; nothing a person publishes is lost. A real socket stands in for the
broken engine (a closed port; a server that accepts and never answers): no mock of our code."""

import logging
import socket
import threading

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache

from network.factories import make_organisation
from network.models import OrganisationPage
from search.configuration import search_backends
from tests.search.pages import make_network, result_titles
from tests.worlds import directory_site_world, shared_directory_site, shared_themes  # noqa: F401 (fixtures)

NOTICE = "Search is working in a simpler mode"


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SilentEngine:
    """A TCP server on 127.0.0.1 that accepts connections and never answers: a hung engine."""

    def __init__(self):
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}"
        self.connections = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                connection, _address = self.server.accept()
            except OSError:
                return
            self.connections.append(connection)

    def close(self):
        self.server.close()
        for connection in self.connections:
            connection.close()


@pytest.fixture
def network(directory_site, themes, search_index):
    pages = make_network(directory_site, themes)
    search_index.refresh()
    return pages


def point_engine_at(settings, url, timeout=1):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        url=url,
        engine="opensearch2",
        languages=[code for code, _name in django_settings.WAGTAIL_CONTENT_LANGUAGES],
        index_prefix="test_broken_",
        timeout=timeout,
    )


def test_engine_down_gives_degraded_results_not_an_error(client, network, settings, caplog):
    point_engine_at(settings, f"http://127.0.0.1:{closed_port()}")

    with caplog.at_level(logging.ERROR, logger="search.service"):
        response = client.get("/en/search/", {"q": "mangrove"})

    assert response.status_code == 200
    content = response.content.decode()
    assert NOTICE in content
    # The plainer search still finds pages by their titles...
    assert {"Mangrove Coast", "Mangrove restoration basics"} <= set(result_titles(response))
    # ...but not by words deep in their text.
    assert "Highland Rivers" not in result_titles(response)
    assert "Search failed" in caplog.text

    directory = client.get("/en/experts/", {"q": "amina"})
    assert directory.status_code == 200
    assert NOTICE in directory.content.decode()
    assert "Amina Odhiambo" in directory.content.decode()

    suggestions = client.get("/en/search/autocomplete/", {"q": "mang"}).json()["suggestions"]
    assert "Mangrove Coast" in {suggestion["title"] for suggestion in suggestions}


def test_publishing_while_the_engine_is_down_keeps_the_page(network, settings, caplog):
    point_engine_at(settings, f"http://127.0.0.1:{closed_port()}")
    index = network.directory_site["en"]["organisations"]

    with caplog.at_level(logging.ERROR):
        page = make_organisation(index, title="Seagrass Trust")
        page.title = "Seagrass Trust of Mombasa"
        page.save_revision().publish()

    assert OrganisationPage.objects.live().filter(title="Seagrass Trust of Mombasa").exists()
    assert "search backend" in caplog.text  # Wagtail logged the failed indexing


def test_a_batch_indexed_at_its_end_keeps_its_pages_when_the_engine_is_down(
    network, settings, caplog
):
    from search.deferred import indexes_updated_at_the_end

    point_engine_at(settings, f"http://127.0.0.1:{closed_port()}")
    index = network.directory_site["en"]["organisations"]

    with caplog.at_level(logging.ERROR), indexes_updated_at_the_end():
        make_organisation(index, title="Seagrass Trust")

    assert OrganisationPage.objects.live().filter(title="Seagrass Trust").exists()
    assert "not indexed in the" in caplog.text


def test_a_silent_engine_is_waited_for_once_then_left_alone(client, network, settings):
    engine = SilentEngine()
    try:
        point_engine_at(settings, engine.url, timeout=1)

        first = client.get("/en/search/", {"q": "mangrove"})
        assert first.status_code == 200
        assert NOTICE in first.content.decode()
        assert len(engine.connections) == 1

        # The engine is not asked again for a while: the next visitors don't wait for it.
        second = client.get("/en/search/autocomplete/", {"q": "mang"})
        assert second.status_code == 200
        assert len(engine.connections) == 1

        # After the pause, it is tried again.
        cache.clear()
        client.get("/en/search/", {"q": "coast"})
        assert len(engine.connections) == 2
    finally:
        engine.close()
