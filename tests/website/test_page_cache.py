"""Whole pages cached for anonymous visitors: served with no query, never stale after a publish,
an unpublish or a translation, never shared with a signed-in visitor, and forms still work."""

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
from website.factories import make_standard_page, translate_page


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
