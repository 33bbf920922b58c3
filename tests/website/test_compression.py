"""Compression (website/compression.py): public pages, JSON and GeoJSON gzipped for anonymous
visitors who ask, plain for who does not, `Vary: Accept-Encoding` on both, the page cache serving
each its own; never for a signed-in visitor or a personal page (BREACH); static GeoJSON with its
type."""

import gzip
import json

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from whitenoise.compress import Compressor

from learning.factories import make_catalog, make_course, make_institution, session
from network.factories import make_landscape
from tests.worlds import (  # noqa: F401 (fixtures)
    directory_site_world,
    shared_directory_site,
    shared_homes,
    shared_themes,
)
from website.factories import make_standard_page

pytestmark = pytest.mark.django_db

GZIP = {"Accept-Encoding": "gzip, deflate, br"}
WORLD_OUTLINE = "/static/vendor/world/countries-110m.geojson"


def vary(response):
    return {name.strip().lower() for name in response.get("Vary", "").split(",") if name.strip()}


def content(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def learning(directory_site):
    """The course catalog with a dozen courses: a directory page of a realistic size."""
    catalog = make_catalog({language: pages["home"] for language, pages in directory_site.items()})
    institution = make_institution(catalog["en"], title="Forest School", slug="forest-school")
    for number in range(12):
        make_course(
            institution,
            title=f"Agroforestry in practice, part {number}",
            sessions=[session(10 + number), session(40 + number, mode="onsite")],
        )
    return catalog["en"]


@pytest.fixture
def landscapes(directory_site):
    return [
        make_landscape(directory_site["en"]["landscapes"], title=f"Landscape {n}")
        for n in range(20)
    ]


def test_a_directory_page_is_gzipped_when_asked_and_much_smaller(client, learning):
    plain = client.get("/en/learning/")
    compressed = client.get("/en/learning/", headers=GZIP)

    assert plain.status_code == compressed.status_code == 200
    assert "Content-Encoding" not in plain
    assert compressed["Content-Encoding"] == "gzip"
    assert "accept-encoding" in vary(plain) and "accept-encoding" in vary(compressed)
    assert "cookie" in vary(compressed)  # CacheControlMiddleware's, kept
    assert int(compressed["Content-Length"]) == len(compressed.content)
    assert len(compressed.content) < len(plain.content) / 4
    html = gzip.decompress(compressed.content)
    assert html.startswith(b"<!DOCTYPE html>")
    assert html.count(b"Agroforestry in practice") == plain.content.count(
        b"Agroforestry in practice"
    )


def test_the_landscapes_geojson_is_gzipped_when_asked(client, landscapes):
    plain = client.get("/api/landscapes.geojson")
    compressed = client.get("/api/landscapes.geojson", headers={"Accept-Encoding": "gzip"})

    assert plain["Content-Type"] == compressed["Content-Type"] == "application/geo+json"
    assert "Content-Encoding" not in plain
    assert compressed["Content-Encoding"] == "gzip"
    assert "accept-encoding" in vary(plain) and "accept-encoding" in vary(compressed)
    assert len(compressed.content) < len(plain.content) / 2
    collection = json.loads(gzip.decompress(compressed.content))
    assert collection == json.loads(plain.content)
    assert len(collection["features"]) == 20


def test_each_request_gets_compression_as_it_asked_whatever_the_page_cache_holds(
    client, settings, homes
):
    """The page cache sits inside compression: it stores the page plain, and a visitor who did
    not ask for gzip never gets the copy another visitor was sent gzipped, nor the other way."""
    settings.PAGE_CACHE_SECONDS = 600
    page = make_standard_page(homes["en"], title="About", slug="about", intro="About us. " * 50)

    first = client.get(page.url, headers=GZIP)
    plain_from_cache = client.get(page.url)
    gzipped_from_cache = client.get(page.url, headers=GZIP)

    assert first["X-Page-Cache"] == "miss" and first["Content-Encoding"] == "gzip"
    assert plain_from_cache["X-Page-Cache"] == "hit"
    assert "Content-Encoding" not in plain_from_cache
    assert plain_from_cache.content.startswith(b"<!DOCTYPE html>")
    assert gzipped_from_cache["X-Page-Cache"] == "hit"
    assert gzipped_from_cache["Content-Encoding"] == "gzip"
    assert gzip.decompress(gzipped_from_cache.content) == plain_from_cache.content
    assert "accept-encoding" in vary(plain_from_cache)


def test_a_gzipped_page_keeps_a_weak_etag_that_answers_304(client, homes):
    page = make_standard_page(homes["en"], title="About", slug="about", intro="About us. " * 50)

    compressed = client.get(page.url, headers=GZIP)
    again = client.get(page.url, headers={**GZIP, "If-None-Match": compressed["ETag"]})

    assert compressed["ETag"].startswith('W/"')
    assert again.status_code == 304


def test_heal_the_breach_pads_each_gzipped_answer_differently(client, learning):
    """Django's padding: the same page, gzipped, is not always the same length."""
    lengths = {len(client.get("/en/learning/", headers=GZIP).content) for _ in range(8)}

    assert len(lengths) > 1


# BREACH: who gets compressed answers


def csrf_token(html):
    return html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]


def test_a_page_with_a_form_is_not_compressed_for_a_signed_in_visitor(client, directory_site):
    """A signed-in visitor's page may hold what is theirs (their name, their address) next to
    what an attacker can make it repeat: sent uncompressed, and not varied on Accept-Encoding."""
    landscape = make_landscape(directory_site["en"]["landscapes"], contact_email="t@example.org")
    user = get_user_model().objects.create_user("ana", "ana@example.org", "a-long-password-77")
    client.force_login(user)

    response = client.get(landscape.url, headers=GZIP)

    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()
    assert "Content-Encoding" not in response
    assert "accept-encoding" not in vary(response)


def test_the_same_page_is_compressed_for_an_anonymous_visitor_whose_token_is_masked(
    directory_site,
):
    """For an anonymous visitor the form's token is the only secret, and Django masks it anew
    on every response: compressing it tells an attacker nothing. The cookie that carries it is
    a header, which gzip does not touch."""
    landscape = make_landscape(directory_site["en"]["landscapes"], contact_email="t@example.org")
    visitor = Client()

    first = visitor.get(landscape.url, headers=GZIP)
    second = visitor.get(landscape.url, headers=GZIP)

    assert first["Content-Encoding"] == second["Content-Encoding"] == "gzip"
    assert "csrftoken" in first.cookies
    tokens = {csrf_token(gzip.decompress(r.content).decode()) for r in (first, second)}
    assert len(tokens) == 2


@pytest.mark.parametrize("path", ["/en/accounts/login/", "/en/accounts/signup/"])
def test_personal_pages_are_never_compressed(client, homes, path):
    response = client.get(path, headers=GZIP)

    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()
    assert "Content-Encoding" not in response


def test_the_admin_is_never_compressed(client, homes):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw-1234567")
    client.force_login(admin)

    response = client.get("/admin/", headers=GZIP)

    assert response.status_code == 200
    assert "Content-Encoding" not in response


def test_a_visitor_with_a_session_gets_no_compression_on_public_pages(client, learning):
    """A session (a page's password given, say) without a signed-in account: still theirs."""
    client.cookies["sessionid"] = "anything"

    response = client.get("/en/learning/", headers=GZIP)

    assert response.status_code == 200
    assert "Content-Encoding" not in response


def test_a_page_showing_a_message_is_not_compressed(client, learning):
    """Django's messages may name the visitor ("Signed in as …")."""
    client.cookies["messages"] = "anything"

    assert "Content-Encoding" not in client.get("/en/learning/", headers=GZIP)


# Static files


def test_the_world_outline_is_served_as_geojson(client):
    plain = client.get(WORLD_OUTLINE)
    compressed = client.get(WORLD_OUTLINE, headers=GZIP)

    assert plain.status_code == 200
    assert plain["Content-Type"] == compressed["Content-Type"] == "application/geo+json"
    assert compressed["Content-Encoding"] == "gzip"
    outline = json.loads(gzip.decompress(content(compressed)))
    assert outline["type"] == "FeatureCollection"


def test_whitenoise_compresses_geojson_and_json_when_static_files_are_collected():
    """In production the static files are collected with their .gz beside them
    (CompressedManifestStaticFilesStorage), and WhiteNoise serves those: GeoJSON is among what
    it compresses. tests/website/test_media_in_production.py collects and serves them."""
    compressor = Compressor(quiet=True)

    assert compressor.should_compress("vendor/world/countries-110m.geojson")
    assert compressor.should_compress("data.json")
    assert not compressor.should_compress("photo.jpg")
