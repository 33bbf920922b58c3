"""Whole pages cached for anonymous visitors: served with no query, never stale after a publish,
an unpublish or a translation, never shared with a signed-in visitor, and forms still work."""

import hashlib

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from network.factories import make_landscape
from network.models import ContactMessage
from tests.worlds import (  # noqa: F401 (fixtures)
    directory_site_world,
    shared_directory_site,
    shared_homes,
    shared_themes,
)
from website import page_cache
from website.factories import make_standard_page, translate_page
from website.kept_in_process import KeptInProcess


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def queries_for(client, url, **headers):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, **headers)
    return response, len(context.captured_queries)


def test_a_page_is_served_from_the_cache_without_a_query(client, homes):
    page = make_standard_page(homes["en"], title="About", slug="about")

    first, _ = queries_for(client, page.url)
    again, queries = queries_for(client, page.url)

    assert first["X-Page-Cache"] == "miss"
    assert again["X-Page-Cache"] == "hit"
    assert queries == 0
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]
    assert "s-maxage" in again["Cache-Control"]


def test_publishing_unpublishing_and_translating_show_at_once(client, homes):
    page = make_standard_page(homes["en"], title="About", slug="about")
    client.get(page.url)

    page.title = "About the initiative"
    page.save_revision().publish()
    assert "About the initiative" in client.get(page.url).content.decode()

    translate_page(page, "es", {"About the initiative": "Acerca de", "about": "acerca"})
    # The English page's language switcher now offers the Spanish translation.
    assert 'hreflang="es" href="http://testserver/es/acerca/"' in client.get(
        page.url
    ).content.decode().replace("\n    ", "")

    page.unpublish()
    assert client.get(page.url).status_code == 404


def test_signed_in_visitors_never_get_the_shared_copy(client, homes):
    page = make_standard_page(homes["en"], title="About", slug="about")
    client.get(page.url)
    user = get_user_model().objects.create_user("ana", "ana@example.org", "a-long-password-77")
    client.force_login(user)

    response = client.get(page.url)

    assert "X-Page-Cache" not in response
    assert "My profile" in response.content.decode()


def test_a_cached_page_with_a_form_gives_each_visitor_a_working_token(directory_site):
    landscape = make_landscape(directory_site["en"]["landscapes"], contact_email="t@example.org")
    Client().get(landscape.url)  # someone else fills the cache

    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(landscape.url)
    assert page["X-Page-Cache"] == "hit"
    token = page.content.decode().split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    assert token != "__csrf_token__"
    assert "csrftoken" in page.cookies
    assert page["Content-Length"] == str(len(page.content))

    sent = visitor.post(
        landscape.url,
        {
            "csrfmiddlewaretoken": token,
            "name": "Maria Silva",
            "email": "maria@example.org",
            "message": "Can we visit in May?",
        },
    )
    assert sent.status_code == 302
    assert ContactMessage.objects.filter(sender_name="Maria Silva").exists()


def test_an_unchanged_page_answers_304_to_its_etag(client, homes):
    page = make_standard_page(homes["en"], title="About", slug="about")
    etag = client.get(page.url)["ETag"]

    assert client.get(page.url, headers={"If-None-Match": etag}).status_code == 304


def test_searches_with_a_query_are_not_cached(client, homes):
    client.get("/en/search/?q=water")
    assert "X-Page-Cache" not in client.get("/en/search/?q=water")


def test_a_page_served_from_the_cache_carries_the_etag_of_its_content(client, homes):
    """Stored with the page, so a hit does not hash it again; the same tag as a fresh render's."""
    page = make_standard_page(homes["en"], title="About", slug="about")

    first = client.get(page.url)
    again = client.get(page.url)

    assert again["X-Page-Cache"] == "hit"
    assert (
        again["ETag"]
        == first["ETag"]
        == f'"{hashlib.md5(again.content, usedforsecurity=False).hexdigest()}"'
    )


class CountedReads:
    """The shared cache, counting the reads of page entries."""

    def __init__(self, cache):
        self.cache = cache
        self.page_reads = 0

    def get(self, key, *args, **kwargs):
        if key.startswith("page:"):
            self.page_reads += 1
        return self.cache.get(key, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.cache, name)


def test_a_large_page_is_kept_in_the_process_and_never_stale(client, directory_site, monkeypatch):
    """The map's GeoJSON, a megabyte at a thousand landscapes: a hit takes it from the process,
    not from Redis, and a publish still shows at once."""
    monkeypatch.setattr(page_cache, "LARGE_ENTRY_BYTES", 1024)
    monkeypatch.setattr(page_cache, "large_entries", KeptInProcess(2**20, seconds=60))
    counted = CountedReads(page_cache.cache)
    monkeypatch.setattr(page_cache, "cache", counted)
    for n in range(6):
        make_landscape(directory_site["en"]["landscapes"], title=f"Landscape {n}")
    url = "/api/landscapes.geojson"

    first = client.get(url)
    assert len(first.content) > 1024
    assert first["X-Page-Cache"] == "miss"
    second = client.get(url)  # read from the shared cache once, and kept
    reads_before = counted.page_reads
    with CaptureQueriesContext(connection) as queries:
        third = client.get(url)

    assert second["X-Page-Cache"] == third["X-Page-Cache"] == "hit"
    assert counted.page_reads == reads_before
    assert len(queries.captured_queries) == 0
    assert third.content == first.content
    assert third["ETag"] == first["ETag"]

    make_landscape(
        directory_site["en"]["landscapes"], title="Landscape new"
    ).save_revision().publish()
    changed = client.get(url)
    assert changed["X-Page-Cache"] == "miss"
    assert "Landscape new" in changed.content.decode()
