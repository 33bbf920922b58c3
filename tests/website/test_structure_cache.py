"""The site's structure (which site a host names, where a path leads, which sections are
private, the site settings) read from the cache under the content version: fewer queries, and
never a stale answer after a publish, a move, an unpublish, a new view restriction or a change of
settings (website/structure.py)."""

import warnings

import pytest
from django.contrib.auth.models import Group
from django.core.cache.backends.base import CacheKeyWarning
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from network.factories import make_landscape
from tests.worlds import (  # noqa: F401 (fixtures)
    directory_site_world,
    shared_directory_site,
    shared_homes,
    shared_themes,
)
from website.content_version import request_finished, request_started
from website.factories import make_standard_page
from website.models import SiteSettings
from website.structure import cached_structure

pytestmark = pytest.mark.django_db


def served(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    return response, context.captured_queries


def test_a_page_served_again_is_found_with_one_query_for_its_path(client, homes):
    section = make_standard_page(homes["en"], title="About", slug="about")
    page = make_standard_page(section, title="Our partners", slug="partners")

    first, first_queries = served(client, page.url)
    again, queries = served(client, page.url)

    assert first.status_code == again.status_code == 200
    assert again.content == first.content
    # Neither the site nor the pages along the path, nor view restrictions, are asked again.
    assert not [q for q in queries if "wagtailcore_site" in q["sql"]]
    assert not [q for q in queries if "wagtailcore_pageviewrestriction" in q["sql"]]
    assert not [q for q in queries if "website_sitesettings" in q["sql"]]
    assert len(queries) < len(first_queries)


def test_a_renamed_or_moved_page_is_found_at_its_new_address_only(client, homes):
    about = make_standard_page(homes["en"], title="About", slug="about")
    team = make_standard_page(homes["en"], title="Team", slug="team")
    assert client.get("/en/team/").status_code == 200

    team.slug = "people"
    team.save_revision().publish()
    assert client.get("/en/team/").status_code == 404
    assert "Team" in client.get("/en/people/").content.decode()

    Page.objects.get(pk=team.pk).move(about, pos="last-child")
    # Wagtail's automatic redirect answers the old address, not the cached route.
    old = client.get("/en/people/")
    assert old.status_code == 301
    assert old["Location"] == "/en/about/people/"
    assert client.get("/en/about/people/").status_code == 200


def test_an_unpublished_page_is_gone_at_once(client, homes):
    page = make_standard_page(homes["en"], title="About", slug="about")
    assert client.get("/en/about/").status_code == 200

    page.unpublish()
    assert client.get("/en/about/").status_code == 404


def test_a_new_view_restriction_holds_at_once_on_the_page_and_in_listings(client, directory_site):
    sites = directory_site
    landscapes = sites["en"]["landscapes"]
    secret = make_landscape(landscapes, title="Quiet Hills", slug="quiet-hills")
    make_landscape(landscapes, title="Open Plains", slug="open-plains")
    assert client.get(secret.url).status_code == 200
    assert "Quiet Hills" in client.get(landscapes.url).content.decode()

    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Partners only"))

    # A visitor is sent to sign in, and the directory no longer names it.
    response = client.get(secret.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    listing = client.get(landscapes.url).content.decode()
    assert "Quiet Hills" not in listing
    assert "Open Plains" in listing

    restriction.delete()
    assert client.get(secret.url).status_code == 200
    assert "Quiet Hills" in client.get(landscapes.url).content.decode()


def test_changed_site_settings_show_on_the_next_page(client, homes):
    make_standard_page(homes["en"], title="About", slug="about")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_email = "hello@example.org"
    settings.save()
    assert "hello@example.org" in client.get("/en/about/").content.decode()

    settings.contact_email = "team@example.org"
    settings.save()
    html = client.get("/en/about/").content.decode()
    assert "team@example.org" in html
    assert "hello@example.org" not in html


def test_a_sub_route_of_a_page_is_served_and_never_mistaken_for_the_page(client, directory_site):
    sites = directory_site
    landscapes = sites["en"]["landscapes"]
    make_landscape(landscapes, title="Open Plains", slug="open-plains")

    directory = client.get(landscapes.url)
    map_data = client.get(f"{landscapes.url}map/")
    again = client.get(landscapes.url)

    assert directory["Content-Type"].startswith("text/html")
    assert map_data["Content-Type"] == "application/geo+json"
    assert again["Content-Type"].startswith("text/html")
    assert client.get(f"{landscapes.url}map/")["Content-Type"] == "application/geo+json"


def test_without_a_shared_cache_every_request_asks_the_database(client, homes, settings):
    settings.STRUCTURE_CACHE_SECONDS = 0
    page = make_standard_page(homes["en"], title="About", slug="about")
    client.get(page.url)

    response, queries = served(client, page.url)

    assert response.status_code == 200
    assert [q for q in queries if "wagtailcore_site" in q["sql"]]


def test_a_request_sees_one_content_version_from_start_to_end(homes):
    """Another worker's publish during a request shows from the next request on: a page is
    rendered from one version of the site, and the version is read from the cache once."""
    from django.core.cache import cache

    from website.content_version import KEY, content_version

    request_started()
    seen_first = content_version()
    cache.set(KEY, "published-by-another-worker", None)
    assert content_version() == seen_first
    request_finished()

    request_started()
    assert content_version() == "published-by-another-worker"
    request_finished()
    # Outside a request (commands, jobs) the cache is read every time.
    cache.set(KEY, "later", None)
    assert content_version() == "later"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL index")
def test_the_search_index_has_an_index_for_title_and_body_together():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'wagtailsearch_indexentry'"
        )
        definitions = [row[0] for row in cursor.fetchall()]
    assert any("gin" in d and "(title || body)" in d for d in definitions)


def test_site_root_paths_are_read_once_a_request_and_never_kept_longer(homes):
    """Page URLs (`page.url`) need the site root paths; a listing asks for them once per card.
    Within a request they are read once; the next request sees a changed site."""
    request_started()
    before = Site.get_site_root_paths()
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "landscapes.example.org", 443
    site.save()
    assert Site.get_site_root_paths() == before
    request_finished()

    request_started()
    assert {path.root_url for path in Site.get_site_root_paths()} == {
        "https://landscapes.example.org"
    }
    request_finished()


def test_a_long_key_is_kept_under_a_short_one(settings):
    """Within what memcached takes (250 characters), and still one entry a key."""
    settings.STRUCTURE_CACHE_SECONDS = 60
    long_key = "fragment:directory:" + "q=" + "watershed " * 40
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)  # what a key too long for memcached gets
        assert cached_structure(long_key, lambda: "kept") == "kept"
        assert cached_structure(long_key, lambda: "computed again") == "kept"
        assert cached_structure(long_key + "!", lambda: "another") == "another"
        # The words of a search, spaces and all, fit too.
        words = "site-search:en::mangrove coast\tkenya"
        assert cached_structure(words, lambda: "found") == "found"
        assert cached_structure(words, lambda: "found again") == "found"
