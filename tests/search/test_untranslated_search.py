"""Landscapes, organisations and experts not yet translated into the visitor's language are
found in the language they exist in, marked so; once translated, the translation is found
instead. Stories and courses stay in the visitor's language. Run against the database backend
and, in CI, again against OpenSearch (tests/search/conftest.py)."""

import pytest

from network.factories import make_expert
from stories.factories import make_story
from stories.models import StoryIndexPage
from tests.search.pages import facet_counts, make_network, result_links, result_titles
from tests.worlds import directory_site_world, shared_directory_site, shared_themes  # noqa: F401 (fixtures)
from website.factories import translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(directory_site, themes, search_index):
    pages = make_network(directory_site, themes)
    search_index.refresh()
    return pages


def search(client, query, language="en", **params):
    return client.get(f"/{language}/search/", {"q": query, **params})


def suggestions(client, query, language="en"):
    return client.get(f"/{language}/search/autocomplete/", {"q": query}).json()["suggestions"]


def test_a_landscape_only_in_spanish_is_found_in_english_marked_spanish(client, network):
    response = search(client, "bosques")

    assert result_titles(response) == ["Paisaje del Chocó"]
    content = response.content.decode()
    kind = '<p class="search-results__kind">Landscape · <span lang="es" dir="ltr">español</span>'
    assert kind in content
    title = f'<a href="{network.choco.url}" hreflang="es" lang="es" dir="ltr">Paisaje del Chocó</a>'
    assert title in content
    assert '<p lang="es" dir="ltr">Restauramos los bosques' in content


def test_results_in_the_visitors_language_come_first(client, network, directory_site, search_index):
    expert = make_expert(directory_site["en"]["experts"], title="Chocó guide")
    expert_es = translate_page(expert, "es")
    search_index.refresh()

    # The expert's Spanish translation is not found in English beside the English profile.
    assert [url for url, _title in result_links(search(client, "Chocó"))] == [
        expert.url,
        network.choco.url,
    ]
    spanish = result_links(search(client, "Chocó", language="es"))
    assert {url for url, _title in spanish} == {network.choco.url, expert_es.url}


def test_once_translated_only_the_translation_is_found(client, network, search_index):
    english = translate_page(network.choco, "en")
    search_index.refresh()

    assert result_links(search(client, "Chocó")) == [(english.url, "Paisaje del Chocó")]
    assert [(s["url"], s.get("lang")) for s in suggestions(client, "choc")] == [(english.url, None)]


def test_one_version_of_a_page_translated_into_other_languages(client, network, search_index):
    # French source, Portuguese translation, no English: English finds the French one only.
    portuguese = translate_page(network.mayombe, "pt")
    search_index.refresh()

    assert result_links(search(client, "Mayombe")) == [(network.mayombe.url, "Forêt du Mayombe")]
    assert [(s["url"], s["lang"]) for s in suggestions(client, "mayo")] == [
        (network.mayombe.url, "fr")
    ]
    pt = result_links(search(client, "Mayombe", language="pt"))
    assert pt == [(portuguese.url, "Forêt du Mayombe")]


def test_autocomplete_suggests_untranslated_profiles_with_their_language(client, network):
    found = suggestions(client, "paisa")

    assert found == [
        {
            "title": "Paisaje del Chocó",
            "kind": "landscape",
            "kind_label": "Landscape",
            "url": network.choco.url,
            "lang": "es",
            "language_name": "Español",
        }
    ]


def test_stories_stay_in_their_own_language(client, network, search_index):
    spanish_stories = StoryIndexPage.objects.get(locale__language_code="es")
    make_story(spanish_stories, title="Historia de los manglares del Pacífico")
    search_index.refresh()

    assert result_titles(search(client, "manglares", language="es")) == [
        "Historia de los manglares del Pacífico"
    ]
    assert result_titles(search(client, "manglares")) == []
    assert suggestions(client, "mangla") == []


def test_the_facets_count_untranslated_results(client, network):
    response = search(client, "Chocó")

    assert facet_counts(response, "kind") == {"landscape": 1}
    assert facet_counts(response, "country") == {"CO": 1}
