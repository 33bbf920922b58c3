"""Thousands of generated queries and filter values: every answer is a page, never a 500.
The test client raises any exception a view lets through, so a failure shows its traceback."""

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.search.pages import make_network
from tests.worlds import directory_site_world, shared_directory_site, shared_themes  # noqa: F401 (fixtures)

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "1000"))

tricky = st.sampled_from(
    [
        "",
        " ",
        "*",
        '"',
        "'",
        "\\",
        "\x00",
        "-",
        "!",
        "&",
        "|",
        ":",
        "(",
        ")",
        "AND",
        "OR",
        "NOT",
        "mangrove",
        "Chocó",
        "%",
        "%00",
        "../",
        "<b>",
        "\u202e",
        "\U0001f333",
        "x" * 400,
    ]
)
queries = st.one_of(
    st.text(max_size=250),
    st.lists(tricky, max_size=6).map(" ".join),
    st.text(alphabet=st.characters(min_codepoint=0x10000), max_size=20),
)
values = st.lists(
    st.one_of(
        st.text(max_size=30),
        st.sampled_from(["landscape", "expert", "course", "water", "KE", "MZ", "africa"]),
    ),
    max_size=4,
)
fuzz = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def network(directory_site, themes, search_index):
    pages = make_network(directory_site, themes)
    search_index.refresh()
    return pages


@fuzz
@given(
    query=queries,
    kinds=values,
    themes=values,
    countries=values,
    page=st.one_of(st.text(max_size=8), st.integers(-5, 10**12).map(str)),
    languages=st.sampled_from(["", "all", "none", "ALL"]),
    language=st.sampled_from(["en", "es", "fr", "pt"]),
)
def test_site_search_answers_every_query(
    client, network, query, kinds, themes, countries, page, languages, language
):
    response = client.get(
        f"/{language}/search/",
        {
            "q": query,
            "kind": kinds,
            "theme": themes,
            "country": countries,
            "page": page,
            "languages": languages,
        },
    )
    assert response.status_code == 200


@fuzz
@given(query=queries, language=st.sampled_from(["en", "es", "fr", "pt"]))
def test_autocomplete_answers_every_query(client, network, query, language):
    response = client.get(f"/{language}/search/autocomplete/", {"q": query})
    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)


@settings(
    max_examples=max(EXAMPLES // 2, 10),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    query=queries,
    themes=values,
    countries=values,
    sort=st.one_of(st.text(max_size=10), st.sampled_from(["title", "newest", "relevance"])),
    directory=st.sampled_from(["experts", "organisations", "landscapes", "learning"]),
)
def test_directories_answer_every_query(client, network, query, themes, countries, sort, directory):
    response = client.get(
        f"/en/{directory}/",
        {"q": query, "theme": themes, "country": countries, "sort": sort},
    )
    assert response.status_code == 200
