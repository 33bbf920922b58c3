"""sitemap.xml, robots.txt, caching headers and error pages."""

import xml.etree.ElementTree as ET
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error

from website.factories import make_standard_page, translate_page

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ET.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in tree.findall("s:url", NS)
    }


def test_sitemap_lists_every_live_translation_with_its_alternates(client, homes):
    about = make_standard_page(homes["en"], title="About", slug="about")
    translate_page(about, "es")
    translate_page(about, "fr").unpublish()
    draft = make_standard_page(homes["en"], title="Draft", slug="draft")
    draft.unpublish()

    entries = sitemap_entries(client)
    for language in ("en", "es", "fr", "pt"):
        assert f"http://testserver/{language}/" in entries
    assert "http://testserver/en/about/" in entries
    assert "http://testserver/es/about-es/" in entries
    assert "http://testserver/fr/about-fr/" not in entries
    assert "http://testserver/en/draft/" not in entries
    assert entries["http://testserver/es/about-es/"] == {
        "en": "http://testserver/en/about/",
        "es": "http://testserver/es/about-es/",
        "x-default": "http://testserver/en/about/",
    }
    assert set(entries["http://testserver/pt/"]) == {"en", "es", "fr", "pt", "x-default"}


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client, homes):
    response = client.get("/robots.txt")
    body = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in body
    assert "Disallow: /*/library/*/files/" in body  # a download counts: crawlers stay out
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_public_pages_may_be_held_by_a_shared_cache(client, homes, settings):
    response = client.get("/en/")
    cache_control = response["Cache-Control"]
    assert "public" in cache_control
    assert f"s-maxage={settings.CACHE_CONTROL_S_MAXAGE}" in cache_control
    assert (
        f"stale-while-revalidate={settings.CACHE_CONTROL_STALE_WHILE_REVALIDATE}" in cache_control
    )


def test_signed_in_visitors_pages_are_never_shared(client, homes):
    user = get_user_model().objects.create_user("editor", password="a-long-password-1")
    client.force_login(user)
    response = client.get("/en/")
    assert "public" not in response.get("Cache-Control", "")


def test_not_found_page_speaks_the_visitors_language(client, homes):
    response = client.get("/es/no-existe/")
    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="es"' in html
    assert "Página no encontrada" in html


def test_server_error_page_speaks_the_visitors_language():
    request = RequestFactory().get("/fr/")
    with translation.override("fr"):
        response = server_error(request)
    html = unescape(response.content.decode())
    assert response.status_code == 500
    assert '<html lang="fr" dir="ltr">' in html
    assert "<h1>Une erreur s'est produite</h1>" in html
