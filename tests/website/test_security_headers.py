"""The security headers of every response: a Content-Security-Policy without inline scripts on
public pages (website/security.py), with a nonce for a page that needs one, the admin's looser
script policy on admin paths only, the map tile host that editors configure, and the headers
that Django and django-permissions-policy set."""

import re
from pathlib import Path

import pytest
from django.http import HttpResponse
from django.template import engines
from django.urls import path

from network.factories import make_landscape
from tests.worlds import (  # noqa: F401 (fixtures)
    directory_site_world,
    shared_directory_site,
    shared_homes,
    shared_themes,
)
from website.models import SiteSettings
from website.security import tile_host
from website.urls import urlpatterns as site_urlpatterns

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def nonce_page(request):
    """What a template with an inline script would write: the request's nonce on the tag."""
    template = engines["django"].from_string(
        '<script nonce="{{ request.csp_nonce }}">document.title = "hi";</script>'
    )
    return HttpResponse(template.render({}, request))


# pytest.mark.urls points the tests that need it here: the site, plus a page that uses the nonce.
urlpatterns = [path("nonce/", nonce_page), *site_urlpatterns]


def policy(response, header="Content-Security-Policy"):
    """{directive: [sources]} of a response's policy."""
    directives = {}
    for part in response[header].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


@pytest.mark.django_db
def test_a_public_page_carries_the_policy_and_the_other_security_headers(client, homes):
    response = client.get("/en/")

    assert response.status_code == 200
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]  # no inline script runs, no other host's
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["img-src"] == ["'self'", "data:", "blob:"]
    assert csp["font-src"] == ["'self'", "data:"]
    assert csp["connect-src"] == ["'self'"]
    assert csp["frame-src"] == [
        "'self'",
        "https://www.youtube-nocookie.com",
        "https://www.youtube.com",
        "https://player.vimeo.com",
    ]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    features = dict(item.split("=", 1) for item in response["Permissions-Policy"].split(", "))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert features[feature] == "()", feature


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_a_page_that_uses_the_nonce_gets_a_new_one_in_the_header_each_time(client, settings):
    settings.PAGE_CACHE_SECONDS = 600  # the page cache is on, as in production with Redis

    nonces = []
    for _ in range(2):
        response = client.get("/nonce/")
        [in_page] = re.findall(r'nonce="([^"]+)"', response.content.decode())
        assert f"'nonce-{in_page}'" in policy(response)["script-src"]
        assert "'unsafe-inline'" not in policy(response)["script-src"]
        nonces.append(in_page)
        # One visitor's nonce is never stored for the next, by our page cache or by a CDN.
        assert "private" in response["Cache-Control"]
        assert "X-Page-Cache" not in response
    assert nonces[0] != nonces[1]
    assert len(nonces[0]) >= 22  # 128 random bits


@pytest.mark.django_db
def test_the_admin_may_run_its_inline_scripts_and_nothing_else_is_loosened(client):
    response = client.get("/admin/login/")

    csp = policy(response)
    # Wagtail 8 still initialises InlinePanels and date pickers in inline <script> elements.
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'self'"]


@pytest.mark.django_db
def test_the_configured_map_tile_host_is_an_image_source_on_map_pages(client, directory_site):
    site_settings = SiteSettings.for_site(directory_site["en"]["home"].get_site())
    site_settings.map_tile_url = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    site_settings.save()
    landscape = make_landscape(directory_site["en"]["landscapes"])

    response = client.get(landscape.url)

    assert response.status_code == 200
    assert 'data-tile-url="https://{s}.tiles.example.org/' in response.content.decode()
    assert policy(response)["img-src"] == [
        "'self'",
        "data:",
        "blob:",
        "https://*.tiles.example.org",
    ]


@pytest.mark.django_db
def test_a_tile_address_cannot_add_directives_to_the_policy(client, homes):
    site_settings = SiteSettings.for_site(homes["en"].get_site())
    site_settings.map_tile_url = "https://tiles.example.org;script-src */{z}/{x}/{y}.png"
    site_settings.save()

    csp = policy(client.get("/en/"))

    assert csp["script-src"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "data:", "blob:"]


@pytest.mark.parametrize(
    ("tile_url", "host"),
    [
        ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"),
        ("https://{s}.tile.example.org/{z}/{x}/{y}.png", "https://*.tile.example.org"),
        ("http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png", "http://127.0.0.1:8080"),
        ("HTTPS://Tiles.Example.ORG/{z}/{x}/{y}.png", "https://tiles.example.org"),
        ("", None),
        ("/tiles/{z}/{x}/{y}.png", None),  # our own origin: 'self' already allows it
        ("javascript:alert(1)", None),
        ("https://a.example.org;script-src */{z}.png", None),
        ("https://a.example.org 'unsafe-inline'/{z}.png", None),
        ("https://user:secret@tiles.example.org/{z}.png", None),
    ],
)
def test_tile_host(tile_url, host):
    assert tile_host(tile_url) == host


def test_public_templates_have_no_inline_script_and_no_event_handler_attribute():
    """Under the policy, an inline script without the nonce, or an onclick="…", would not run:
    scripts are files in static/js/, and data for them goes in json_script blocks."""
    offences = []
    for template in TEMPLATES.rglob("*.html"):
        text = template.read_text()
        for tag in re.findall(r"<script\b[^>]*>", text):
            if "src=" not in tag and "application/json" not in tag and "nonce=" not in tag:
                offences.append(f"{template.relative_to(TEMPLATES)}: {tag}")
        for handler in re.findall(r"<[^>]*\son[a-z]+\s*=", text):
            offences.append(f"{template.relative_to(TEMPLATES)}: {handler}")
    assert offences == []
