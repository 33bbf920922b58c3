"""Every page type renders in every language, with the markup that search engines, social media
and assistive technology read."""

import json
import re
from decimal import Decimal

import pytest
from django.conf import settings
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from website.factories import make_site, make_standard_page, translate_page

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
    if home.title == SITE_NAMES[language]:  # said once (test_titles_say_the_sites_name_once)
        assert f"<title>{home.title}</title>" in html
    else:
        assert f"<title>{home.title} · {SITE_NAMES[language]}</title>" in html
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


SITE_NAMES = {
    "en": "Thousand Landscapes",
    "es": "Mil Paisajes",
    "fr": "Mille Paysages",
    "pt": "Mil Paisagens",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_titles_say_the_sites_name_once(client, db, language):
    """The home page is titled with the site's name, as the demo's are: its <title> says it
    once ("Mil Paisajes", not "Mil Paisajes · Mil Paisajes"); other pages add it after theirs."""
    home = make_site(languages=["en"])["en"]
    if language != "en":
        home = translate_page(home, language, {"Thousand Landscapes": SITE_NAMES[language]})
    name = SITE_NAMES[language]
    html = client.get(home.url).content.decode()
    assert f"<title>{name}</title>" in html
    about = make_standard_page(home, title="Partners", slug="partners")
    html = client.get(about.url).content.decode()
    assert f"<title>Partners · {name}</title>" in html


@pytest.mark.parametrize("language", ["es", "fr", "pt"])
def test_open_graph_image_size_is_a_bare_integer(client, homes, language):
    """og:image:width is read by machines: "1200", never "1.200" or "1 200"."""
    image = get_image_model().objects.create(
        title="Terraces", file=get_test_image_file(size=(1300, 700))
    )
    about = make_standard_page(homes["en"], title="About", slug="about", social_image=image)
    html = client.get(translate_page(about, language).url).content.decode()
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:height" content="630">' in html


def test_the_publisher_is_named_in_the_pages_language(client, homes):
    data = json_ld(client.get("/es/").content.decode())
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["name"] == "Mil Paisajes"
    assert data["publisher"]["url"] == "http://testserver"


@pytest.mark.parametrize(
    ("language", "big", "small"),
    [
        ("en", "20,000", "4.5"),
        # The site's own numbers (Django's formats): a space groups thousands in Spanish and
        # French, a point in Portuguese.
        ("es", "20\u00a0000", "4,5"),
        ("fr", "20\u00a0000", "4,5"),
        ("pt", "20.000", "4,5"),
    ],
)
def test_key_figures_write_their_numbers_as_the_language_does(client, homes, language, big, small):
    about = make_standard_page(
        homes["en"],
        title="About",
        slug="about",
        body=[
            (
                "key_figures",
                {
                    "heading": "In numbers",
                    "figures": [
                        {
                            "number": Decimal("20000"),
                            "value": "",
                            "unit": "ha",
                            "label": "restored",
                        },
                        {"number": Decimal("4.5"), "value": "", "unit": "t", "label": "a year"},
                        # A figure typed as text, before numbers were asked for, stays as typed.
                        {"number": None, "value": "1 in 3", "unit": "", "label": "farms"},
                    ],
                },
            )
        ],
    )
    page = about if language == "en" else translate_page(about, language)
    html = client.get(page.url).content.decode()
    assert f'<data value="20000">{big}</data> <span class="figures__unit">ha</span>' in html
    assert f'<data value="4.5">{small}</data>' in html
    assert '<strong class="figures__value">1 in 3</strong>' in html
