"""The faceted directories: each facet filters, its counts say how many results choosing it
gives, bad parameters are ignored, and a page runs the same queries at any size."""

import itertools
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.factories import make_expert, make_landscape, make_organisation
from tests.queries import PAGE_QUERY_LIMIT, queries_for
from tests.worlds import directory_site_world, shared_directory_site, shared_themes  # noqa: F401

pytestmark = pytest.mark.django_db


def result_titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def facet_counts(html, param):
    option = rf'name="{param}" value="([^"]+)"[^>]*> [^<]+ <span class="facet__count">\(([\d,]+)\)'
    return {value: int(count.replace(",", "")) for value, count in re.findall(option, html)}


@pytest.fixture
def landscapes(directory_site, themes):
    index = directory_site["en"]["landscapes"]
    return {
        "kenya": make_landscape(
            index,
            title="Kenya hills",
            countries=["KE"],
            region="africa",
            partnership_status="yes",
            themes=[themes["restoration"], themes["water"]],
        ),
        "peru": make_landscape(
            index,
            title="Peru puna",
            countries=["PE"],
            region="latin-america",
            partnership_status="in-progress",
            themes=[themes["water"]],
            support_sought=["funding"],
        ),
        "border": make_landscape(
            index,
            title="Border forest",
            countries=["PE", "BR"],
            region="latin-america",
            partnership_status="yes",
            themes=[themes["restoration"]],
            support_sought=["funding", "research"],
        ),
        "spain": make_landscape(
            index,
            title="Spanish altiplano",
            countries=["ES"],
            region="europe",
            partnership_status="no",
        ),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"Border forest", "Kenya hills", "Peru puna", "Spanish altiplano"}),
        ("?theme=water", {"Kenya hills", "Peru puna"}),
        ("?theme=water&theme=restoration", {"Kenya hills", "Peru puna", "Border forest"}),
        ("?country=PE", {"Peru puna", "Border forest"}),
        ("?country=BR", {"Border forest"}),
        ("?region=latin-america&status=yes", {"Border forest"}),
        ("?support=research", {"Border forest"}),
        ("?support=funding&theme=water", {"Peru puna"}),
        ("?status=no", {"Spanish altiplano"}),
    ],
)
def test_landscape_facets_filter(client, landscapes, query, expected):
    response = client.get(f"/en/landscapes/{query}")
    assert response.status_code == 200
    assert set(result_titles(response.content.decode())) == expected


@pytest.mark.parametrize("param", ["theme", "country", "region", "status", "support"])
def test_each_count_is_the_number_of_results_its_value_gives(client, landscapes, param):
    html = client.get("/en/landscapes/?region=latin-america").content.decode()
    counts = facet_counts(html, param)
    assert counts, f"no {param} facet shown"
    for value, count in counts.items():
        other = "" if param == "region" else "&region=latin-america"
        filtered = client.get(f"/en/landscapes/?{param}={value}{other}").content.decode()
        assert len(result_titles(filtered)) == count, (param, value)


def test_counts_take_the_other_facets_into_account(client, landscapes):
    html = client.get("/en/landscapes/?country=PE").content.decode()
    assert facet_counts(html, "theme") == {"water": 1, "restoration": 1}
    assert facet_counts(html, "status") == {"yes": 1, "in-progress": 1}
    # The country facet still offers the others, counted without the country filter.
    assert facet_counts(html, "country")["KE"] == 1


@pytest.mark.parametrize(
    "query",
    [
        "?theme=nonexistent",
        "?country=ZZ",
        "?status=<script>alert(1)</script>",
        "?page=abc",
        "?page=999999",
        "?page=-1",
        "?sort=drop table",
        "?q=%00%01",
        "?q=" + "x" * 5000,
        "?region=africa&region=africa",
        "?unknown=1",
    ],
)
def test_bad_parameters_are_ignored_not_errors(client, landscapes, query):
    response = client.get(f"/en/landscapes/{query}")
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_sorting_and_pagination(client, directory_site):
    index = directory_site["en"]["landscapes"]
    for number in range(30):
        make_landscape(index, title=f"Landscape {number:02d}", area_hectares=None)
    first = result_titles(client.get("/en/landscapes/").content.decode())
    second = result_titles(client.get("/en/landscapes/?page=2").content.decode())
    assert first[:2] == ["Landscape 00", "Landscape 01"]
    assert len(first) == 24 and len(second) == 6
    newest = result_titles(client.get("/en/landscapes/?sort=newest").content.decode())
    assert newest[0] == "Landscape 29"


def test_free_text_query_finds_profiles(client, landscapes):
    html = client.get("/en/landscapes/?q=altiplano").content.decode()
    assert result_titles(html) == ["Spanish altiplano"]


def test_directory_map_carries_every_matching_landscape(client, landscapes):
    html = client.get("/en/landscapes/?country=PE&sort=newest&page=1").content.decode()
    map_url = re.search(r'data-geojson-url="([^"]+)"', html).group(1)
    assert map_url == "/en/landscapes/map/?country=PE"
    response = client.get(map_url)
    assert response["Content-Type"] == "application/geo+json"
    assert {feature["properties"]["name"] for feature in response.json()["features"]} == {
        "Peru puna",
        "Border forest",
    }


def test_the_directory_map_ignores_what_it_does_not_know(client, landscapes):
    response = client.get("/en/landscapes/map/?country=ZZ&theme=%00&page=x")
    assert response.status_code == 200
    assert response.json()["type"] == "FeatureCollection"


def test_organisation_and_expert_facets(client, directory_site, themes):
    en = directory_site["en"]
    make_organisation(
        en["organisations"], title="Fund A", organisation_type="finance", countries=["KE"]
    )
    make_organisation(
        en["organisations"], title="Lab B", organisation_type="research", countries=["KE", "BR"]
    )
    assert result_titles(client.get("/en/organisations/?type=finance").content.decode()) == [
        "Fund A"
    ]
    assert set(result_titles(client.get("/en/organisations/?country=KE").content.decode())) == {
        "Fund A",
        "Lab B",
    }

    make_expert(
        en["experts"],
        title="Ana",
        languages=["pt", "es"],
        availability=["mentoring"],
        regions=["africa"],
    )
    make_expert(
        en["experts"], title="Ben", languages=["en"], availability=["speaking", "mentoring"]
    )
    assert result_titles(client.get("/en/experts/?language=pt").content.decode()) == ["Ana"]
    assert result_titles(client.get("/en/experts/?language=en").content.decode()) == ["Ben"]
    html = client.get("/en/experts/").content.decode()
    assert facet_counts(html, "availability") == {"mentoring": 2, "speaking": 1}
    assert result_titles(client.get("/en/experts/?region=africa").content.decode()) == ["Ana"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("kind", "factory", "url"),
    [
        ("landscapes", make_landscape, "/en/landscapes/?theme=water&region=africa"),
        ("organisations", make_organisation, "/en/organisations/?theme=water&type=ngo"),
        ("experts", make_expert, "/en/experts/?theme=water&language=es"),
    ],
)
def test_a_directory_runs_the_same_queries_with_10_and_100_profiles(
    client, directory_site, themes, kind, factory, url
):
    index = directory_site["en"][kind]
    for _ in range(10):
        factory(index, themes=[themes["water"]])
    with_10 = queries_for(client, url)
    for _ in range(90):
        factory(index, themes=[themes["water"]])
    with_100 = queries_for(client, url)
    assert with_10 == with_100
    assert with_100 <= PAGE_QUERY_LIMIT


# Countries whose names sort apart from their counts: the most frequent first.
MANY_COUNTRIES = ["KE", "PE", "BR", "ES", "FR", "DE", "IT", "PT", "MX", "CO", "CL", "AR", "BO"]
MANY_COUNTRIES += ["EC", "UG", "TZ", "RW", "ET", "GH", "NG", "SN", "ML", "NE", "IN", "NP"]


def test_a_long_facet_shows_the_most_frequent_values_and_links_to_all(client, directory_site):
    index = directory_site["en"]["landscapes"]
    make_landscape(index, title="Lake basin", countries=["UG", "KE"])
    make_landscape(index, title="Rift valley", countries=["KE"])
    make_landscape(index, title="Everywhere", countries=MANY_COUNTRIES)

    html = client.get(index.url).content.decode()
    shown = facet_counts(html, "country")
    assert len(shown) == 10
    assert list(shown)[:2] == ["KE", "UG"]  # 3 and 2 landscapes, before the rest's 1
    more = re.search(r'<a href="([^"]+)">Show all 25<span class="visually-hidden"> \(Country', html)
    assert more

    everything = client.get(index.url + more.group(1).replace("&amp;", "&")).content.decode()
    assert set(facet_counts(everything, "country")) == set(MANY_COUNTRIES)
    assert "Show fewer" in everything

    # A chosen value stays in view, however rare.
    chosen = client.get(f"{index.url}?country=NP").content.decode()
    assert facet_counts(chosen, "country")["NP"] == 1
    assert result_titles(chosen) == ["Everywhere"]


def test_chosen_filters_show_as_chips_that_remove_themselves(client, landscapes):
    """Each chosen value is a link to the same listing without it; "Clear all" keeps the
    search words; the folded filters' summary says how many are chosen."""
    import re

    url = "/en/landscapes/?q=forest&region=latin-america&region=africa"
    html = client.get(url).content.decode()
    chips = html[html.index('aria-label="Chosen filters"') :]
    chips = chips[: chips.index("</ul>")]
    links = {
        label.strip(): href.replace("&amp;", "&")
        for href, label in re.findall(r'<a class="chip" href="([^"]+)">([^<]+)<', chips)
    }
    assert links == {
        "Region: Africa": "?q=forest&region=latin-america",
        "Region: Latin America and the Caribbean": "?q=forest&region=africa",
    }
    assert '<a href="/en/landscapes/?q=forest">Clear all</a>' in chips
    assert "<summary>Filters (2)</summary>" in html
    assert 'action=""' not in html  # an empty action is invalid HTML; the form posts to itself

    html = client.get("/en/landscapes/").content.decode()
    assert "Chosen filters" not in html
    assert "<summary>Filters</summary>" in html


def test_the_card_headings_follow_a_heading_of_their_own_with_the_filters_folded(
    client, landscapes
):
    """On a phone the filters are folded, their heading with them: the cards' h3 still come
    after an h2 (no level skipped, as a screen reader's list of headings reads the page)."""
    html = client.get("/en/landscapes/").content.decode()
    folded = re.sub(r"<details.*?</details>", "", html, flags=re.S)
    levels = [int(level) for level in re.findall(r"<h([1-6])\b", folded)]
    assert 3 in levels
    skipped = [
        (before, after) for before, after in itertools.pairwise(levels) if after > before + 1
    ]
    assert skipped == []


@pytest.mark.parametrize(
    ("language", "countries", "names"),
    [
        ("es", ["BR", "BE"], ["Bélgica", "Brasil"]),
        ("fr", ["ID", "ET"], ["Éthiopie", "Indonésie"]),
    ],
)
def test_tied_facet_values_follow_the_languages_alphabetical_order(
    client, directory_site, language, countries, names
):
    """Values with the same count are in the order a reader of the language expects, accents
    set aside: "Bélgica, Brasil", not by code point ("Brasil, Bélgica")."""
    index = directory_site["en"]["landscapes"]
    for country in countries:
        make_landscape(index, countries=[country])
    html = client.get(directory_site[language]["landscapes"].url).content.decode()
    shown = re.findall(r'name="country" value="[A-Z]{2}"[^>]*> ([^<]+) <span', html)
    assert shown == names


def counting_queries(client, url):
    """The COUNT queries a second request for `url` runs (the facets' and the results')."""
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        html = client.get(url).content.decode()
    return html, [query["sql"] for query in context.captured_queries if "COUNT(" in query["sql"]]


@pytest.mark.parametrize("query", ["", "?region=latin-america", "?theme=water&country=PE"])
def test_a_listing_without_words_is_counted_once_per_content_version(client, landscapes, query):
    url = f"/en/landscapes/{query}"
    html, counted = counting_queries(client, url)
    assert counted == []  # the facets and the number of results came from the first request
    before = facet_counts(html, "region")

    # A publish moves the content version on: the next request counts again, and sees it.
    make_landscape(
        landscapes["peru"].get_parent(),
        title="Pampa",
        region="latin-america",
        countries=["PE"],
        themes=list(landscapes["peru"].themes.all()),
    )
    after = facet_counts(client.get(url).content.decode(), "region")
    assert after["latin-america"] == before["latin-america"] + 1


def test_a_listing_with_many_values_chosen_is_counted_every_time(client, landscapes):
    url = "/en/landscapes/?region=latin-america&region=africa&region=europe"
    _html, counted = counting_queries(client, url)
    assert counted


def test_a_kept_order_pages_through_every_result_as_sorting_would(client, directory_site):
    """The second request of a listing reads its order from the first: the same cards, page
    after page, and the same number of results."""
    index = directory_site["en"]["experts"]
    for number in (31, 7, 19, 2, 25, 13, 30, 4, 22, 11, 28, 16, 1, 9, 27, 20, 5, 14, 24, 3):
        make_expert(index, title=f"Expert {number:02}")
    for number in range(6, 36, 3):
        make_expert(index, title=f"Agronomist {number:02}")

    def pages():
        return [
            result_titles(client.get(f"{index.url}?page={page}").content.decode())
            for page in (1, 2)
        ]

    computed, kept = pages(), pages()
    assert kept == computed
    everyone = computed[0] + computed[1]
    assert len(everyone) == 30
    assert everyone == sorted(everyone)
    assert "30 results" in client.get(index.url).content.decode()
