"""Every page says what it is in `<meta name="description">` and the same words in
`og:description`: from its own content, in its language, never empty (website/descriptions.py);
an editor's search description wins. Walked over the sitemap of a site with every page type."""

import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.utils import translation

from tests.worlds import build_every_page_type, module_world
from website import descriptions

pytestmark = pytest.mark.django_db

world = module_world(build_every_page_type)
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


class HeadMeta(HTMLParser):
    """The description meta elements of a page: [(attribute, value, content)]."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag != "meta":
            return
        if attrs.get("name") == "description":
            self.found.append(("name", attrs.get("content")))
        elif attrs.get("property") == "og:description":
            self.found.append(("og", attrs.get("content")))


def descriptions_of(html):
    """({"name": [contents], "og": [contents]})."""
    parser = HeadMeta()
    parser.feed(html)
    found = {"name": [], "og": []}
    for kind, content in parser.found:
        found[kind].append(content)
    return found


def description(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    found = descriptions_of(response.content.decode())
    assert len(found["name"]) == 1, f"{path}: {len(found['name'])} meta descriptions"
    assert found["og"] == found["name"], f"{path}: og:description differs"
    text = found["name"][0]
    assert text and text.strip(), f"{path}: empty description"
    return text


def sitemap_paths(client):
    tree = ET.fromstring(client.get("/sitemap.xml").content)
    return [urlsplit(loc.text).path for loc in tree.findall("s:url/s:loc", SITEMAP)]


def test_every_page_in_the_sitemap_has_one_description_and_the_same_og_description(client, world):
    paths = sitemap_paths(client)
    assert len(paths) >= 30  # every type, and the directories in four languages
    problems = []
    texts = {}
    for path in paths:
        try:
            texts[path] = description(client, path)
        except AssertionError as error:
            problems.append(str(error).splitlines()[0])
    assert problems == []
    for path, text in texts.items():
        assert "<" not in text and "&lt;" not in text, f"{path}: markup in {text!r}"
        assert len(text) <= 200, f"{path}: {len(text)} characters"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("home_en", "Landscape partnerships find each other here."),
        ("about", "Who runs the network, and why."),
        ("landscapes_en", "All landscapes."),
        ("landscape", "Terraces and springs above the Rift Valley."),
        ("organisation", "Mangroves and fisheries, together."),
        ("expert", "Soil ecologist, drylands. Twenty years of soil work in the Rift Valley."),
        ("story", "How a village replanted its coast."),
        ("catalog", "Courses."),
        ("institution", "Field courses for landscape teams."),
        ("course", "Build and keep terraces that hold soil and water."),
    ],
)
def test_each_page_type_is_described_by_its_own_content(client, world, name, expected):
    assert description(client, world[name].url) == expected


def test_a_page_without_an_introduction_is_described_by_its_first_paragraphs(client, world):
    from website.factories import make_standard_page

    words = "Terraces hold the soil; springs feed the valley &amp; its farms. " * 4
    page = make_standard_page(
        world["home_en"],
        intro="",
        body=[
            ("heading", {"text": "Why", "level": "h2"}),
            ("paragraph", f"<p>{words}</p>"),
            ("paragraph", "<p>More.</p>"),
        ],
    )

    text = description(client, page.url)

    assert text.startswith("Terraces hold the soil; springs feed the valley & its farms.")
    assert text.endswith("…") and len(text) <= 160
    assert "Why" not in text


def test_a_page_with_nothing_to_say_is_named_with_the_site(client, world):
    assert description(client, world["stories"].url) == (
        "Stories, on Thousand Landscapes: the network of 1000 Landscapes for 1 Billion People."
    )


def test_the_search_description_wins_when_an_editor_writes_one(client, world):
    landscape = world["landscape"]
    landscape.search_description = "Kijabe: terraces, springs & the people who keep them."
    landscape.save()

    html = client.get(landscape.url).content.decode()

    assert descriptions_of(html) == {
        "name": ["Kijabe: terraces, springs & the people who keep them."],
        "og": ["Kijabe: terraces, springs & the people who keep them."],
    }
    assert "terraces, springs &amp; the people" in html  # escaped in the attribute


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("landscape_es", "Terrazas y manantiales sobre el valle del Rift."),
        ("story_es", "Cómo un pueblo volvió a plantar su costa."),
        ("course_es", "Construye y cuida terrazas que retienen el suelo y el agua."),
        ("about_es", "Quién lleva la red, y por qué."),
        (
            "stories_es",
            "Stories [es], en Mil Paisajes: la red de 1000 Paisajes para 1000 Millones de "
            "Personas.",
        ),
    ],
)
def test_a_spanish_page_is_described_in_spanish(client, world, name, expected):
    assert description(client, world[name].url) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/en/search/", "Search the landscapes, organisations, experts, courses and stories"),
        ("/es/search/", "Busca"),
        ("/en/accounts/login/", "Sign in"),
        ("/en/accounts/signup/", "Join the network of 1000 Landscapes"),
        ("/en/progress/", "What the landscape partnerships of the network do"),
        ("/en/funding/", "Actions of landscape partnerships that still need money"),
        ("/en/landscapes/kijabe-highlands/progress/", "The actions of the Kijabe Highlands"),
        ("/fr/accounts/login/", "Connectez-vous pour tenir à jour votre profil"),
        ("/pt/accounts/signup/", "Participe da rede de 1000 Paisagens"),
    ],
)
def test_views_that_are_not_pages_have_a_description_too(client, world, path, expected):
    assert description(client, path).startswith(expected)


def test_a_search_with_a_query_has_the_generic_description_in_og(client, world):
    """search.html keeps its own block (noindex when there is a query); its og:description is
    still there."""
    found = descriptions_of(client.get("/en/search/?q=terraces").content.decode())
    assert found["og"] and found["og"][0]


def test_a_password_protected_page_keeps_its_words_from_its_form(client, world):
    from wagtail.models import PageViewRestriction

    about = world["about"]
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-words"
    )

    html = client.get(about.url).content.decode()

    assert "Who runs the network" not in html
    found = descriptions_of(html)
    assert found["name"] == found["og"] == [descriptions.site_description()]


def test_descriptions_are_cut_at_a_word_with_an_ellipsis():
    text = "word " * 60
    short = descriptions.shorten(text)
    assert len(short) <= descriptions.DESCRIPTION_LENGTH
    assert short.endswith("word…")
    assert descriptions.shorten("Short and whole.") == "Short and whole."
    assert descriptions.shorten("x" * 300).endswith("x…")
    assert len(descriptions.shorten("x" * 300)) == descriptions.DESCRIPTION_LENGTH
    exact = "a" * 100 + " " + "b" * 59
    assert descriptions.shorten(exact) == exact  # 160 fits
    assert descriptions.shorten(exact + "c") == "a" * 100 + "…"


def test_plain_text_drops_markup_and_entities():
    assert descriptions.plain_text("<p>Soil &amp; <b>water</b>,\n  together</p>") == (
        "Soil & water, together"
    )
    # Paragraphs, list items and line breaks part words (an expert's biography is paragraphs).
    assert (
        descriptions.plain_text(
            "<p>Twenty years in drylands.</p><p>Works with farmers<br>on</p><ul><li>soil</li>"
            "<li>water</li></ul>"
        )
        == "Twenty years in drylands. Works with farmers on soil water"
    )
    assert descriptions.sentences("Soil ecologist", "<p>Works.</p>") == "Soil ecologist. Works."
    assert descriptions.sentences("Soil ecologist.", "") == "Soil ecologist."


def test_the_fallback_speaks_the_active_language():
    with translation.override("pt"):
        assert descriptions.titled_description("Sobre") == (
            "Sobre, no Mil Paisagens: a rede de 1000 Paisagens para 1 Bilhão de Pessoas."
        )
