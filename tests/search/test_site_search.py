"""Site search, run against the database backend and (in CI, again) against a real OpenSearch."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from library.factories import make_library_index, make_resource
from network.factories import make_expert
from tests.queries import PAGE_QUERY_LIMIT
from tests.search.pages import (
    MANGROVE_TITLES,
    facet_counts,
    make_network,
    result_links,
    result_titles,
)
from tests.worlds import directory_site_world, shared_directory_site, shared_themes  # noqa: F401 (fixtures)
from website import content_version
from website.factories import translate_page


@pytest.fixture
def network(directory_site, themes, search_index):
    pages = make_network(directory_site, themes)
    search_index.refresh()
    return pages


def search(client, query="", language="en", **params):
    return client.get(f"/{language}/search/", {"q": query, **params} if query else params)


def test_results_of_every_kind_with_what_matters(client, network):
    response = search(client, "mangrove")

    assert response.status_code == 200
    titles = result_titles(response)
    assert set(titles) == MANGROVE_TITLES
    content = response.content.decode()
    # The kind of each result, and for a profile the facts that matter.
    for kind in ("Landscape", "Organisation", "Expert", "Course", "Story"):
        assert f'<p class="search-results__kind">{kind}' in content
    assert "Mangrove ecologist" in content
    assert "Kenya, Tanzania" in content


def card_tags(response, title):
    """The theme tags on the result card titled `title`."""
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    for card in soup.select(".search-results .card"):
        if card.select_one(".card__title").get_text(strip=True) == title:
            return [tag.get_text(strip=True) for tag in card.select(".tag")]
    raise AssertionError(f"no result titled {title}")


@pytest.mark.parametrize(
    ("language", "water", "restoration"),
    [("en", "Water", "Restoration"), ("es", "Agua", "Restauración")],
)
def test_each_result_shows_its_themes_in_the_visitors_language(
    client, network, language, water, restoration
):
    response = search(client, "mangrove", language=language, languages="all")

    assert card_tags(response, "Amina Odhiambo") == sorted([water, restoration])
    assert card_tags(response, "Mangrove Coast") == [water]
    assert card_tags(response, "Mangrove restoration basics") == [restoration]
    assert card_tags(response, "The fishers who came back to the mangrove forest") == [water]


def test_a_title_match_ranks_above_a_body_match(client, network):
    titles = result_titles(search(client, "mangrove", kind="landscape"))

    assert titles == ["Mangrove Coast", "Highland Rivers"]


def test_every_word_must_match(client, network):
    assert result_titles(search(client, "mangrove ecologist")) == ["Amina Odhiambo"]
    assert result_titles(search(client, "mangrove volcano")) == []


def test_english_stemming(client, network):
    # "deltas" in the page, "delta" typed; "replanting" in the page, "replanted" typed.
    assert "Delta Alliance" in result_titles(search(client, "managers delta"))
    assert result_titles(search(client, "replanted")) == [
        "The fishers who came back to the mangrove forest"
    ]


def test_spanish_plural_finds_the_singular(client, network):
    # The page says "bosques" and "árboles"; the visitor types the singular, with or without accent.
    for query in ("bosque", "árbol", "arbol", "restaurar bosque"):
        assert result_titles(search(client, query, language="es")) == ["Paisaje del Chocó"], query


def test_french_with_or_without_accents(client, network):
    for query in ("forêt", "foret", "forets", "café", "cafe", "ete", "été"):
        assert result_titles(search(client, query, language="fr")) == ["Forêt du Mayombe"], query


def test_results_come_from_the_visitors_language_unless_all_are_asked_for(
    client, network, search_index
):
    english = translate_page(network.choco, "en")
    search_index.refresh()
    choco = "Paisaje del Chocó"  # a landscape's name is the same in every language
    assert result_links(search(client, "Chocó", language="en")) == [(english.url, choco)]
    assert result_links(search(client, "Chocó", language="es")) == [(network.choco.url, choco)]

    everywhere = search(client, "Chocó", language="en", languages="all")
    assert {url for url, _title in result_links(everywhere)} == {english.url, network.choco.url}
    # Marked as Spanish, for the visitor and for screen readers.
    assert '<span lang="es" dir="ltr">español</span>' in everywhere.content.decode()


def test_a_search_without_results_offers_every_language(client, network):
    content = search(client, "volcano").content.decode()

    assert "Nothing matches" in content
    assert "languages=all" in content


def test_facets_count_and_filter(client, network):
    response = search(client, "mangrove")

    assert facet_counts(response, "kind") == {
        "landscape": 2,
        "organisation": 1,
        "expert": 1,
        "course": 1,
        "story": 1,
    }
    assert facet_counts(response, "theme") == {"water": 4, "restoration": 3}
    # A course's countries are those of its sessions.
    assert facet_counts(response, "country")["KE"] == 3
    assert facet_counts(response, "country")["MZ"] == 1

    water = search(client, "mangrove", theme="water")
    assert set(result_titles(water)) == {
        "Mangrove Coast",
        "Delta Alliance",
        "Amina Odhiambo",
        "The fishers who came back to the mangrove forest",
    }
    # Each facet counts over the other facets' choices: kinds among the water results...
    assert facet_counts(water, "kind") == {
        "landscape": 1,
        "organisation": 1,
        "expert": 1,
        "story": 1,
    }
    # ...while the themes still show what choosing another theme would give.
    assert facet_counts(water, "theme") == {"water": 4, "restoration": 3}

    kenya_experts = search(client, "mangrove", country="KE", kind="expert")
    assert result_titles(kenya_experts) == ["Amina Odhiambo"]


def test_unknown_filter_values_are_ignored(client, network):
    response = search(client, "mangrove", kind="volcano", theme="nope", country="XX", page="zz")

    assert response.status_code == 200
    assert len(result_titles(response)) == 6


def test_pages_of_results(client, directory_site, search_index):
    for number in range(25):
        make_expert(directory_site["en"]["experts"], title=f"Agroforester {number:02}")
    search_index.refresh()

    first = search(client, "agroforester")
    second = search(client, "agroforester", page=2)

    assert len(result_titles(first)) == 20
    assert len(result_titles(second)) == 5
    assert not set(result_titles(first)) & set(result_titles(second))
    assert 'rel="next"' in first.content.decode()


def test_an_editors_pick_is_shown_on_the_first_page_only_and_never_again_among_results(
    client, directory_site, search_index
):
    experts = [
        make_expert(directory_site["en"]["experts"], title=f"Agroforester {number:02}")
        for number in range(25)
    ]
    search_index.refresh()
    SearchPromotion.objects.create(
        query=Query.get("agroforester"), page=experts[3], description="Ask him first."
    )

    first = search(client, "agroforester")
    second = search(client, "agroforester", page=2)

    assert "Ask him first." in first.content.decode()
    assert 'class="search-picks"' not in second.content.decode()
    shown = result_titles(first) + result_titles(second)
    assert sorted(shown) == sorted(expert.title for expert in experts if expert != experts[3])
    for response in (first, second):  # the same count on every page
        assert "24 results" in response.content.decode()


def test_editors_picks_come_first_in_the_visitors_language(client, network):
    spanish_amina = translate_page(network.amina, "es", {"Mangrove ecologist": "Ecóloga"})
    SearchPromotion.objects.create(
        query=Query.get("Mangrove"), page=network.amina, description="Ask her first."
    )
    # A pick belongs to its page's language (tests/search/test_picks_per_language.py).
    SearchPromotion.objects.create(
        query=Query.get("Mangrove"), page=spanish_amina, description="Pregúntale primero."
    )

    english = search(client, "mangrove").content.decode()
    picks = english.split('class="search-picks"')[1].split("</section>")[0]
    assert f'href="{network.amina.url}"' in picks
    assert "Ask her first." in picks
    # Not shown twice.
    assert "Amina Odhiambo" not in result_titles(search(client, "mangrove"))

    spanish = search(client, "mangrove", language="es").content.decode()
    spanish_picks = spanish.split('class="search-picks"')[1].split("</section>")[0]
    assert f'href="{spanish_amina.url}"' in spanish_picks
    assert "Pregúntale primero." in spanish_picks
    assert "Ask her first." not in spanish


def test_an_editors_pick_shows_at_once_and_goes_at_once(client, network):
    """Which searches have picks is kept between requests: a pick's save or deletion moves
    it on."""
    assert 'class="search-picks"' not in search(client, "mangrove").content.decode()

    pick = SearchPromotion.objects.create(
        query=Query.get("mangrove"), page=network.amina, description="Ask her first."
    )
    assert "Ask her first." in search(client, "mangrove").content.decode()

    pick.delete()
    assert 'class="search-picks"' not in search(client, "mangrove").content.decode()
    assert "Amina Odhiambo" in result_titles(search(client, "mangrove"))


def test_queries_are_logged_for_editors(client, network):
    search(client, "Mangrove")
    search(client, "mangrove ")
    search(client, "mangrove", page=2)  # the same search, paging on: not a new one
    search(client, "delta")

    assert Query.get("mangrove").hits == 2
    assert Query.get("delta").hits == 1
    assert [query.query_string for query in Query.get_most_popular()] == ["mangrove", "delta"]


def test_autocomplete_suggests_from_the_first_letters(client, network):
    response = client.get("/en/search/autocomplete/", {"q": "mang"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    suggestions = response.json()["suggestions"]
    titles = {suggestion["title"] for suggestion in suggestions}
    assert {"Mangrove Coast", "Mangrove restoration basics"} <= titles
    assert "Highland Rivers" not in titles  # "mangrove" is only in its summary
    coast = next(s for s in suggestions if s["title"] == "Mangrove Coast")
    assert coast["kind"] == "landscape"
    assert coast["kind_label"] == "Landscape"
    assert coast["url"] == network.mangrove_coast.url


def test_autocomplete_in_the_visitors_language(client, network):
    spanish = client.get("/es/search/autocomplete/", {"q": "paisa"}).json()["suggestions"]
    english = client.get("/en/search/autocomplete/", {"q": "paisa"}).json()["suggestions"]
    french = client.get("/fr/search/autocomplete/", {"q": "fore"}).json()["suggestions"]

    assert [s["title"] for s in spanish] == ["Paisaje del Chocó"]
    # Not translated into English yet: suggested in Spanish, said so (tests/search/
    # test_untranslated_search.py has the rest).
    assert [(s["title"], s.get("lang")) for s in english] == [("Paisaje del Chocó", "es")]
    assert [s["title"] for s in french] == ["Forêt du Mayombe"]


def test_autocomplete_needs_two_letters(client, network):
    for query in ("", "m", " ", "\x00"):
        response = client.get("/en/search/autocomplete/", {"q": query})
        assert response.status_code == 200
        assert response.json()["suggestions"] == []


def test_unpublished_and_deleted_pages_vanish(client, network, search_index):
    assert "Delta Alliance" in result_titles(search(client, "mangrove"))

    network.delta_alliance.unpublish()
    network.amina.delete()
    search_index.refresh()

    titles = result_titles(search(client, "mangrove"))
    assert "Delta Alliance" not in titles
    assert "Amina Odhiambo" not in titles
    suggestions = client.get("/en/search/autocomplete/", {"q": "delta"}).json()["suggestions"]
    assert suggestions == []


def test_newly_published_pages_are_found(client, network, search_index):
    from network.factories import make_organisation

    make_organisation(network.directory_site["en"]["organisations"], title="Seagrass Trust")
    search_index.refresh()

    assert result_titles(search(client, "seagrass")) == ["Seagrass Trust"]


def test_update_index_builds_the_index(client, network, search_index):
    call_command("update_index", verbosity=0)
    search_index.refresh()

    assert "Mangrove Coast" in result_titles(search(client, "mangrove"))
    assert [
        s["title"] for s in client.get("/es/search/autocomplete/?q=choc").json()["suggestions"]
    ] == ["Paisaje del Chocó"]


def test_the_directory_finds_what_site_search_finds(client, network):
    directory = client.get("/en/experts/", {"q": "mangrove ecologist"}).content.decode()

    assert "Amina Odhiambo" in directory
    assert result_titles(search(client, "mangrove ecologist")) == ["Amina Odhiambo"]


def test_cache_control(client, network):
    assert "no-cache" in search(client, "mangrove")["Cache-Control"]
    assert "public" in search(client)["Cache-Control"]


def test_the_empty_search_page_helps(client, network):
    SearchPromotion.objects.create(query=Query.get("agroforestry"), page=network.course)

    response = search(client)

    assert response.status_code == 200
    content = response.content.decode()
    assert 'href="/en/landscapes/"' in content
    assert 'href="/en/experts/"' in content
    assert "?q=agroforestry" in content
    assert "0 results" not in content


HOSTILE_QUERIES = [
    "x" * 5000,
    "mangrove\x00coast",
    "\x1b[31mred",
    '"mangrove coast"',
    "mangrove AND OR NOT",
    "mangrove -coast",
    "(mangrove",
    "mangrove)",
    "a:b",
    "*",
    "?",
    "!!!",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    "mangrove\\",
    "\U0001d544\U0001d538 🌳 \U0010fffd \u200b \u202e",
    '&&||!(){}[]^"~*?:\\/',
]


def test_hostile_queries_get_a_page(client, network):
    for query in HOSTILE_QUERIES:
        response = search(client, query)
        assert response.status_code == 200, query
        assert "<script>alert(1)</script>" not in response.content.decode()
        assert client.get("/en/search/autocomplete/", {"q": query}).status_code == 200, query
        assert client.get("/en/experts/", {"q": query}).status_code == 200, query


def test_invalid_utf8_in_the_query_string_gets_a_page(client, network):
    for raw in ("q=%ff%fe", "q=%ED%A0%80", "q=mangrove%00", "q=%C0%AF..%2F..%2Fetc%2Fpasswd"):
        assert client.get(f"/en/search/?{raw}").status_code == 200, raw
        assert client.get(f"/en/search/autocomplete/?{raw}").status_code == 200, raw


# Words searched for the first time since the last publish: the editors' log, their picks, the
# search (own language, then profiles not yet translated), the matches' facts (two queries), then
# one or two for the cards of each kind shown. Made again, the results are kept: one query
# (test_kept_searches).
SEARCH_PAGE_QUERIES = PAGE_QUERY_LIMIT


def queries_the_first_time(client, url):
    """How many queries `url` runs the first time since the last publish, after another search
    has worked out what every page needs once per publish (menus, terms, locales)."""
    content_version.content_changed()
    assert client.get("/en/search/?q=delta").status_code == 200
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_the_search_page_runs_the_same_queries_with_few_and_many_results(
    client, network, themes, search_index
):
    # The cards of a page take a few queries per kind shown, whatever the number of results;
    # here all six kinds are shown.
    homes = {language: pages["home"] for language, pages in network.directory_site.items()}
    library = make_library_index(homes)
    make_resource(library["en"], title="Mangrove field guide", themes=[themes["water"]])
    search_index.refresh()
    experts = "/en/search/?q=mangrove&kind=expert"
    every_kind = "/en/search/?q=mangrove"
    assert len(facet_counts(client.get(every_kind), "kind")) == 6
    with_few = queries_the_first_time(client, experts)
    mixed_with_few = queries_the_first_time(client, every_kind)
    for number in range(40):
        make_expert(network.directory_site["en"]["experts"], title=f"Mangrove planter {number}")
    search_index.refresh()

    assert queries_the_first_time(client, experts) == with_few
    assert queries_the_first_time(client, every_kind) <= mixed_with_few <= SEARCH_PAGE_QUERIES


AUTOCOMPLETE_QUERIES = 6


def test_autocomplete_runs_the_same_queries_with_few_and_many_matches(
    client, network, search_index
):
    """Counted the first time the letters are typed (then they are kept: test_kept_searches)."""

    def first_time(url):
        client.get("/en/search/autocomplete/?q=delt")  # what any first request works out once
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    with_few = first_time("/en/search/autocomplete/?q=mang")
    for number in range(40):
        make_expert(network.directory_site["en"]["experts"], title=f"Mangrove planter {number}")
    search_index.refresh()

    assert first_time("/en/search/autocomplete/?q=mangr") == with_few <= AUTOCOMPLETE_QUERIES
