"""Editors' picks and the searches the empty search page suggests belong to a language: that of
the page a pick promotes, which its description is written in. Each language's search page
suggests and shows its own, never another language's words."""

import html

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.search.pages import make_network
from tests.worlds import directory_site_world, shared_directory_site, shared_themes  # noqa: F401 (fixtures)
from website.factories import translate_page


@pytest.fixture
def picks(directory_site, themes, search_index):
    network = make_network(directory_site, themes)
    coast = network.mangrove_coast
    spanish_coast = translate_page(coast, "es", {coast.summary: "Pesquerías que vuelven."})
    search_index.refresh()
    english = SearchPromotion.objects.create(
        query=Query.get("mangrove"), page=coast, description="Where the fisheries came back."
    )
    spanish = SearchPromotion.objects.create(
        query=Query.get("manglar"), page=spanish_coast, description="Donde volvió la pesca."
    )
    return english, spanish


def page_of(client, language, query=None):
    params = {"q": query} if query else {}
    return html.unescape(client.get(f"/{language}/search/", params).content.decode())


def suggested(content):
    """The searches the empty search page suggests."""
    if "Suggested searches" not in content and 'class="tags"' not in content:
        return []
    part = content.split('class="tags"')[1].split("</ul>")[0]
    return [piece.split("</a>")[0].split(">")[-1] for piece in part.split('class="tag"')[1:]]


def picks_shown(content):
    if 'class="search-picks"' not in content:
        return ""
    return content.split('class="search-picks"')[1].split("</section>")[0]


def test_each_language_suggests_its_own_searches(client, picks):
    assert suggested(page_of(client, "en")) == ["mangrove"]
    assert suggested(page_of(client, "es")) == ["manglar"]
    # No pick in French yet: nothing suggested, rather than words in another language.
    assert suggested(page_of(client, "fr")) == []


def test_a_pick_shows_in_its_pages_language_with_its_description(client, picks):
    _english, spanish = picks

    spanish_picks = picks_shown(page_of(client, "es", "manglar"))
    assert f'href="{spanish.page.url}"' in spanish_picks
    assert "Donde volvió la pesca." in spanish_picks
    assert "Where the fisheries" not in page_of(client, "es", "mangrove")

    english_picks = picks_shown(page_of(client, "en", "mangrove"))
    assert "Where the fisheries came back." in english_picks
    assert picks_shown(page_of(client, "en", "manglar")) == ""
    # Searching every language, the picks are still the visitor's language's.
    everywhere = client.get("/es/search/", {"q": "mangrove", "languages": "all"})
    assert "Where the fisheries" not in everywhere.content.decode()


def test_a_pick_of_an_external_link_shows_in_every_language(client, picks):
    SearchPromotion.objects.create(
        query=Query.get("atlas"),
        external_link_url="https://example.org/atlas",
        external_link_text="Atlas",
    )

    for language in ("en", "es", "fr", "pt"):
        assert "atlas" in suggested(page_of(client, language)), language
        assert 'href="https://example.org/atlas"' in picks_shown(page_of(client, language, "atlas"))


def test_a_pick_of_an_unpublished_page_is_neither_suggested_nor_shown(client, picks):
    _english, spanish = picks
    spanish.page.unpublish()

    assert suggested(page_of(client, "es")) == []
    assert picks_shown(page_of(client, "es", "manglar")) == ""
