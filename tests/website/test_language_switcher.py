"""The language switcher on a listing (a directory, the course catalog, the search) keeps what
the visitor chose: filters, search words, sort and page are codes and numbers that every
language's version reads alike. Only the parameters the listing understands are kept, and only
on the links to its translations; search engines' alternates stay the bare addresses.

The site is built once for the module; each test's changes are rolled back after it."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from learning.factories import make_catalog
from network.factories import make_landscape
from network.models import LandscapeIndexPage
from tests.worlds import module_world
from website.factories import make_site, translate_page

pytestmark = pytest.mark.django_db

JUNK = "&utm_source=newsletter&csrfmiddlewaretoken=abc&page_size=1000"


def build_world():
    homes = make_site(languages=["en", "es"])  # no French nor Portuguese version of anything
    index = homes["en"].add_child(
        instance=LandscapeIndexPage(title="Landscapes", slug="landscapes")
    )
    index.save_revision().publish()
    translate_page(index, "es", {"landscapes": "landscapes"})
    for number in range(25):  # two pages of results in Africa (24 a page)
        make_landscape(index, title=f"Landscape {number:02}", region="africa")
    make_catalog(homes)
    return homes


world = module_world(build_world)


def switcher(client, url):
    """{language: (path, query as a dict)} of the switcher's links on the page at `url`."""
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    links = {}
    for href, language in re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', nav):
        address = urlsplit(href.replace("&amp;", "&"))
        links[language] = (address.path, parse_qs(address.query))
    return links, html


def test_a_directory_keeps_its_filters_sort_and_page_in_every_language(world, client):
    links, html = switcher(client, "/es/landscapes/?region=africa&sort=newest&page=2" + JUNK)

    chosen = {"region": ["africa"], "sort": ["newest"], "page": ["2"]}
    assert links["en"] == ("/en/landscapes/", chosen)
    assert links["es"] == ("/es/landscapes/", chosen)
    # No French version of the directory: French's home page, which reads no filters.
    assert links["fr"] == ("/fr/", {})
    # Search engines are given the listing itself, in each language.
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/landscapes/">' in html


def test_a_page_that_does_not_exist_or_a_value_that_means_nothing_is_not_kept(world, client):
    links, _html = switcher(client, "/en/landscapes/?region=africa&region=atlantis&page=9")
    # Page 9 of two is the last page, the second; Atlantis is no region.
    assert links["es"] == ("/es/landscapes/", {"region": ["africa"], "page": ["2"]})

    links, _html = switcher(client, "/en/landscapes/?page=1&sort=title")  # both the defaults
    assert links["es"] == ("/es/landscapes/", {})


def test_the_course_catalog_keeps_its_filters(world, client):
    links, _html = switcher(client, "/es/learning/?level=beginner&mode=online" + JUNK)
    assert links["en"] == ("/en/learning/", {"level": ["beginner"], "mode": ["online"]})


def test_the_search_keeps_the_words_searched_and_the_filters(world, client):
    links, html = switcher(client, "/es/search/?q=bosque&country=KE&languages=all" + JUNK)
    kept = {"q": ["bosque"], "country": ["KE"], "languages": ["all"]}
    assert links["en"] == ("/en/search/", kept)
    assert links["fr"] == ("/fr/search/", kept)  # a view, the same in every language
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/search/">' in html


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("///evil.example/", "/es/"),  # "/%2F%2Fevil.example/" decoded: never another host
        ("/en/a?b/", "/es/"),  # "/en/a%3Fb/": not a page the site can translate
        ("/en/search/", "/es/search/"),
    ],
)
def test_a_typed_address_never_becomes_another_host_or_another_page(path, expected):
    from django.test import RequestFactory

    from website.language_versions import path_language_versions

    request = RequestFactory().get("/")
    request.path = path
    request.LANGUAGE_CODE = "en"
    spanish = next(v for v in path_language_versions(request) if v.language_code == "es")
    assert spanish.url == expected
