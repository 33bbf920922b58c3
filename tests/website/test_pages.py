"""Every page type renders in every language, with the markup that search engines, social media
and assistive technology read."""

import json
import re

import pytest
from django.conf import settings
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from website.factories import make_standard_page, translate_page

LANGUAGES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
pytestmark = pytest.mark.django_db


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "the page has no JSON-LD"
    return json.loads(match.group(1))


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_renders_in_each_language(client, homes, language):
    home = homes[language]
    response = client.get(f"/{language}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}" dir="ltr">' in html
    assert f"<title>{home.title} · " in html
    assert f'<link rel="canonical" href="http://testserver/{language}/">' in html
    assert "<h1>Restoring landscapes together</h1>" in html
    data = json_ld(html)
    assert data["@type"] == "WebSite"
    assert data["inLanguage"] == language
    assert data["url"] == f"http://testserver/{language}/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_standard_page_renders_every_shared_block(client, homes, language):
    image = get_image_model().objects.create(title="Terraces", file=get_test_image_file())
    about = make_standard_page(
        homes["en"],
        title="About",
        slug="about",
        body=[
            ("heading", {"text": "Why landscapes", "level": "h2"}),
            ("paragraph", "<p>Land and people, together.</p>"),
            ("image", {"image": image, "caption": "Terraces at dawn", "credit": "A. Photographer"}),
            ("quote", {"text": "Partnerships need connections.", "attribution": "A farmer"}),
            (
                "call_to_action",
                {"title": "Join", "text": "", "page": homes["en"], "url": "", "button_label": "Go"},
            ),
            (
                "key_figures",
                {
                    "heading": "In numbers",
                    "figures": [{"value": "1,000", "unit": "", "label": "landscapes"}],
                },
            ),
        ],
    )
    page = about if language == "en" else translate_page(about, language)
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}"' in html
    assert f"<h1>{page.title}</h1>" in html
    assert "<h2>Why landscapes</h2>" in html
    assert "Land and people, together." in html
    assert "Terraces at dawn" in html and "A. Photographer" in html
    assert re.search(
        r'<img[^>]+alt="Terraces"[^>]+loading="lazy"|<img[^>]+loading="lazy"[^>]+alt="Terraces"',
        html,
    )
    assert "<blockquote><p>Partnerships need connections.</p></blockquote>" in html
    assert f'<a class="button" href="/{language}/">Go</a>' in html
    assert "1,000" in html
    assert json_ld(html)["@type"] == "WebPage"


def test_open_graph_tags_describe_the_page(client, homes):
    about = make_standard_page(
        homes["en"], title="About us", slug="about", search_description="Who we are."
    )
    html = client.get(about.url).content.decode()
    assert '<meta property="og:title" content="About us">' in html
    assert '<meta property="og:description" content="Who we are.">' in html
    assert '<meta property="og:url" content="http://testserver/en/about/">' in html
    assert '<meta property="og:locale" content="en_GB">' in html


def test_skip_link_and_landmarks(client, homes):
    html = client.get("/en/").content.decode()
    assert '<a class="skip-link" href="#main">Skip to main content</a>' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    assert '<nav class="language-switcher" aria-label="Choose a language">' in html
