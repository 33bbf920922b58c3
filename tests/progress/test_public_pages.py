"""The public progress pages: a landscape's (its actions, indicators and 5 Elements over time),
the network's (totals, trends, facets) and what a visitor may not see; their charts say what
their tables say; each page runs a fixed number of queries whatever the size of the network."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from network.factories import make_directory_site, make_landscape, make_organisation
from network.models import LandscapePage
from progress.choices import ACTION_STATUSES
from tests.progress.test_money import (
    make_action,
    make_assessment,
    make_indicator,
    make_rate,
    make_series,
    make_theme,
    money_table,
    soup,
    spanish_version,
    without_spaces,
)
from tests.queries import PAGE_QUERY_LIMIT, queries_and_response
from tests.worlds import module_world
from website.content_version import content_changed

pytestmark = pytest.mark.django_db

# An empty cell of a chart's table, as its text reads; and the dash of an empty money cell.
DASH = "\u2013"
NO_FIGURE = DASH + "No figure"


def build_world():
    site = make_directory_site()
    en = site["en"]
    make_rate("EUR", datetime.date(2020, 1, 1), "1.20")
    water = make_theme("water", "Water", "Agua")
    soils = make_theme("soils", "Soils", "Suelos")
    lead = make_organisation(en["organisations"], title="Mau Trust", slug="mau-trust")
    partner = make_organisation(en["organisations"], title="Seed Savers", slug="seed-savers")
    mau = make_landscape(en["landscapes"], title="Mau Forest", slug="mau-forest", region="africa")
    spanish_version(mau)
    andes = make_landscape(
        en["landscapes"], title="Andes", slug="andes", region="latin-america", countries=["PE"]
    )
    draft = make_landscape(en["landscapes"], title="Draft land", slug="draft-land")
    LandscapePage.objects.filter(pk=draft.pk).update(live=False)
    make_action(
        mau,
        title="Springs protection",
        status="seeking-funding",
        zones=["natural"],
        returns=["natural"],
        themes=[water],
        partners=[partner],
        lead_organisation=lead,
        budget=Decimal(60_000),
        budget_currency="USD",
        start=datetime.date(2023, 2, 1),
        description="Fencing and replanting around the springs.",
        results="Twelve springs fenced.",
        contributions=[(10_000, "USD", 2023), (5_000, "EUR", 2024)],
    )
    make_action(
        mau,
        title="Viveros comunitarios",
        language="es",
        status="under-way",
        zones=["combined"],
        returns=["social"],
        themes=[soils],
        budget=Decimal(20_000),
        budget_currency="USD",
        start=datetime.date(2024, 1, 1),
        contributions=[(20_000, "USD", 2024)],
    )
    make_action(mau, title="Hidden draft", live=False, budget=Decimal(1), budget_currency="USD")
    make_action(
        andes,
        title="Terraces",
        status="planned",
        zones=["economic"],
        returns=["financial"],
        themes=[water],
        budget=Decimal(10_000),
        budget_currency="USD",
        start=datetime.date(2024, 5, 1),
    )
    make_action(draft, title="Draft landscape action", budget=Decimal(5), budget_currency="USD")
    hectares = make_indicator("Hectares restored", "Hectáreas restauradas")
    income = make_indicator("Household income", "Ingreso de los hogares", "USD", summed=False)
    make_series(mau, hectares, {2022: 100, 2023: 150})
    make_series(andes, hectares, {2023: 50, 2024: 70})
    make_series(mau, income, {2023: 900})
    make_series(draft, hectares, {2023: 1_000_000})
    secret = make_indicator("Secret indicator", "Indicador secreto")
    make_series(mau, secret, {2023: 5}, live=False)
    make_assessment(mau, datetime.date(2023, 1, 15), [1, 2, 1, 1, 1])
    make_assessment(
        mau,
        datetime.date(2024, 6, 1),
        [2, 3, 2, 2, 1],
        partnership_evidence="Twelve members signed the charter.",
    )
    make_assessment(mau, datetime.date(2025, 1, 1), [4, 4, 4, 4, 4], live=False)
    return {"site": site, "mau": mau, "andes": andes, "water": water, "lead": lead}


world = module_world(build_world)


def landscape_page(client, language="en", slug="mau-forest"):
    return soup(client.get(f"/{language}/landscapes/{slug}/progress/"))


def action_titled(page, title):
    return next(
        article
        for article in page.find_all("article", class_="progress-action")
        if title in article.h3.get_text()
    )


def chart_table(figure):
    """{row header: [cells]} of a chart's own table."""
    return {
        row.th.get_text(strip=True): [cell.get_text(strip=True) for cell in row.find_all("td")]
        for row in figure.find("details", class_="chart__data").tbody.find_all("tr")
    }


def chart_titled(page, title):
    return next(
        figure
        for figure in page.find_all("figure", class_="chart")
        if figure.figcaption.get_text(strip=True) == title
    )


# --- A landscape's page -------------------------------------------------------------------------


def test_a_landscapes_actions_with_everything_they_say(world, client):
    page = landscape_page(client)
    springs = action_titled(page, "Springs protection")
    text = springs.get_text(" ", strip=True)
    for shown in [
        "Seeking funding",
        "Fencing and replanting around the springs.",
        "Twelve springs fenced.",
        "Natural zone",
        "Natural return",
        "Water",
        "Mau Trust",
        "Seed Savers",
    ]:
        assert shown in text
    assert springs.find("a", string="Mau Trust")["href"] == "/en/organisations/mau-trust/"
    # 10,000 USD and 5,000 EUR secured (× 1.20 = 6,000 USD): 60,000 - 16,000 = 44,000 USD,
    # worked out in the reference currency and marked as converted.
    assert without_spaces(springs.find(attrs={"data-figure": "gap"}).get_text()) == (
        "$44,000converted"
    )
    assert "1 action is funded in more than one currency" in page.get_text(" ", strip=True)


def test_an_actions_text_in_another_language_is_marked_with_it(world, client):
    page = landscape_page(client)
    nurseries = action_titled(page, "Viveros comunitarios")
    assert nurseries.h3["lang"] == "es"
    assert "lang" not in action_titled(page, "Springs protection").h3.attrs


def test_links_back_to_the_landscape_and_to_the_csv(world, client):
    page = landscape_page(client)
    assert page.find("a", string="Back to the landscape's page")["href"] == (
        "/en/landscapes/mau-forest/"
    )
    assert page.find("a", href="/en/landscapes/mau-forest/progress.csv") is not None


def test_one_chart_per_indicator_series_with_its_values(world, client):
    page = landscape_page(client)
    hectares = chart_table(chart_titled(page, "Hectares restored"))
    assert hectares == {"2022": ["100"], "2023": ["150"]}
    assert chart_table(chart_titled(page, "Household income")) == {"2023": ["900"]}


def test_the_5_elements_over_time_and_the_latest_assessment(world, client):
    page = landscape_page(client)
    chart = chart_titled(page, "The 5 Elements over time")
    # Scores are named on the y axis, from "Not begun" (1) to "Completed" (4).
    ticks = [text.get_text() for text in chart.select(".chart__axis--y .chart__tick-label")]
    assert ticks[:4] == ["Not begun", "Started", "Well advanced", "Completed"]
    rows = chart_table(chart)
    assert len(rows) == 2  # the assessment not approved is not there
    assert rows["1 Jun 2024"][0] == "Started (2 of 4)"
    section = page.find(id="elements").parent
    assert "The latest assessment, June 1, 2024" in section.get_text()
    assert "Twelve members signed the charter." in section.get_text()


def test_the_latest_assessments_scores_are_bars_of_4_beside_their_words(world, client):
    table = landscape_page(client).find(id="latest-assessment-caption").find_parent("table")
    scores = {}
    for row in table.tbody.find_all("tr"):
        cell = row.find_all("td")[0]
        segments = cell.find(class_="score-bar").find_all(class_="score-bar__segment")
        filled = [s for s in segments if "score-bar__segment--filled" in s["class"]]
        assert cell.find(class_="score-bar")["aria-hidden"] == "true"
        scores[row.th.get_text(strip=True)] = (
            len(segments),
            len(filled),
            cell.get_text(" ", strip=True),
            cell.find("data")["value"],
        )
    # The assessment of 1 June 2024: [2, 3, 2, 2, 1].
    assert scores["Partnership"] == (4, 2, "Started (2 of 4)", "2")
    assert scores["Shared understanding"] == (4, 3, "Well advanced (3 of 4)", "3")
    assert scores["Learning and impact"] == (4, 1, "Not begun (1 of 4)", "1")


def test_the_charts_figures_are_the_tables(world, client):
    page = landscape_page(client)
    by_year = chart_table(chart_titled(page, "Investment sought and secured by year"))
    table = page.find(id="money-by-year")
    for row in table.tbody.find_all("tr"):
        year = row["data-group"]
        sought = row.find(attrs={"data-figure": "sought"}).get_text(strip=True)
        secured = row.find(attrs={"data-figure": "secured"}).get_text(strip=True)
        assert by_year[year][0].replace(NO_FIGURE, DASH) == sought
        assert by_year[year][1].replace(NO_FIGURE, DASH) == secured
    # The years add up to the converted totals of the summary.
    # Sought 60,000 (2023) + 20,000 (2024) = 80,000; secured 10,000 (2023), 6,000 + 20,000 (2024).
    assert by_year == {"2023": ["$60,000", "$10,000"], "2024": ["$20,000", "$26,000"]}
    assert money_table(page)["converted"]["sought"] == "$80,000"
    assert money_table(page)["converted"]["secured"] == "$36,000"


def test_empty_states_say_what_is_missing(world, client):
    page = landscape_page(client, slug="andes")
    assert "No 5 Elements assessment recorded yet." in page.get_text()
    andes_empty = make_landscape(world["site"]["en"]["landscapes"], title="Quiet", slug="quiet")
    page = landscape_page(client, slug=andes_empty.slug)
    for message in [
        "No actions recorded yet.",
        "No budgets or contributions recorded yet.",
        "No indicator values recorded yet.",
    ]:
        assert message in page.get_text()


@pytest.mark.parametrize(
    "url",
    [
        "/en/landscapes/no-such-landscape/progress/",
        "/en/landscapes/draft-land/progress/",
        "/es/landscapes/andes/progress/",  # Andes has no Spanish version
        "/en/landscapes/no-such-landscape/progress.csv",
        "/en/landscapes/draft-land/progress.csv",
        "/es/landscapes/andes/progress.csv",
    ],
)
def test_a_landscape_that_is_not_public_in_that_language_is_not_found(world, client, url):
    assert client.get(url).status_code == 404


def test_other_languages_are_offered_where_the_landscape_is_published(world, client):
    html = client.get("/en/landscapes/andes/progress/").content.decode()
    assert 'hreflang="en" href="http://testserver/en/landscapes/andes/progress/"' in html
    assert '<link rel="alternate" hreflang="es"' not in html  # no Spanish Andes to offer
    assert '<a href="/es/" hreflang="es"' in html  # the switcher goes to the Spanish home
    html = client.get("/en/landscapes/mau-forest/progress/").content.decode()
    assert 'hreflang="es" href="http://testserver/es/landscapes/mau-forest/progress/"' in html


def test_in_spanish_choices_and_indicators_are_in_spanish(world, client):
    page = landscape_page(client, language="es")
    springs = action_titled(page, "Springs protection")
    text = springs.get_text(" ", strip=True)
    assert "Zona natural" in text
    assert "Agua" in text
    with translation.override("es"):
        assert str(dict(ACTION_STATUSES)["seeking-funding"]) in text
    assert springs.h3["lang"] == "en"  # written in English, shown on a Spanish page
    assert "lang" not in action_titled(page, "Viveros comunitarios").h3.attrs
    assert chart_titled(page, "Hectáreas restauradas") is not None


def test_what_is_not_approved_is_shown_nowhere(world, client):
    for url in ["/en/landscapes/mau-forest/progress/", "/en/progress/", "/en/funding/"]:
        html = client.get(url).content.decode()
        assert "Hidden draft" not in html
        assert "Draft landscape action" not in html
        assert "1,000,000" not in html  # the draft landscape's hectares
        assert "Secret indicator" not in html  # a series not approved


# --- The network's page -------------------------------------------------------------------------


def network_page(client, query=""):
    return soup(client.get(f"/en/progress/{query}"))


def figure(page, name):
    return page.find(attrs={"data-figure": name}).get_text(strip=True)


def test_the_networks_totals(world, client):
    page = network_page(client)
    assert figure(page, "landscapes") == "2"
    assert figure(page, "actions") == "3"
    figures = page.find("dl", class_="progress-figures").get_text(" ", strip=True)
    assert "Seeking funding 1" in figures and "Under way 1" in figures and "Planned 1" in figures
    # Sought 60,000 + 20,000 + 10,000; secured 10,000 + 6,000 (5,000 EUR) + 20,000.
    assert money_table(page)["converted"] == {
        "sought": "$90,000",
        "secured": "$36,000",
        "gap": "$54,000",
    }


def test_investment_by_region_theme_and_return(world, client):
    page = network_page(client)
    by_region = chart_table(chart_titled(page, "Investment sought and secured by region"))
    assert by_region == {
        "Africa": ["$80,000", "$36,000"],
        "Latin America and the Caribbean": ["$10,000", NO_FIGURE],
    }
    by_theme = chart_table(chart_titled(page, "Investment sought and secured by theme"))
    assert by_theme == {"Soils": ["$20,000", "$20,000"], "Water": ["$70,000", "$16,000"]}
    by_return = chart_table(chart_titled(page, "Investment sought and secured by return"))
    assert by_return["Financial return"] == ["$10,000", NO_FIGURE]


def test_summed_indicators_add_each_landscapes_value_of_the_year(world, client):
    page = network_page(client)
    # Mau 100 (2022), 150 (2023); Andes 50 (2023), 70 (2024). Income is not summed.
    chart = chart_titled(page, "Hectares restored")
    assert chart_table(chart) == {"2022": ["100"], "2023": ["200"], "2024": ["70"]}
    reporting = chart.find_parent(class_="progress-trend").find("table", class_="money-table")
    rows = [
        [cell.get_text(strip=True) for cell in row.find_all(["th", "td"])]
        for row in reporting.tbody.find_all("tr")
    ]
    assert rows == [["2022", "100", "1"], ["2023", "200", "2"], ["2024", "70", "1"]]
    assert "Household income" not in page.get_text()


def test_the_network_is_filtered_by_facets(world, client):
    page = network_page(client, "?region=latin-america")
    assert figure(page, "actions") == "1"
    assert figure(page, "landscapes") == "1"
    assert chart_table(chart_titled(page, "Hectares restored")) == {
        "2023": ["50"],
        "2024": ["70"],
    }
    region = page.find(id="facet-region")
    assert region.find("input", attrs={"value": "latin-america"}).has_attr("checked")
    # The region facet still offers Africa, counted without the region filter.
    assert "(2)" in region.find("input", attrs={"value": "africa"}).parent.get_text()

    page = network_page(client, "?theme=water&status=planned&status=seeking-funding")
    assert figure(page, "actions") == "2"
    page = network_page(client, "?zone=combined")
    assert figure(page, "actions") == "1"
    assert page.find("a", href="/en/progress.csv?zone=combined") is not None


@pytest.mark.parametrize(
    "query",
    [
        "?region=atlantis",
        "?country=ZZ",
        "?status=<script>alert(1)</script>",
        "?theme=%00",
        "?return=" + "x" * 5000,
        "?zone=natural&zone=natural",
        "?page=-1",
        "?unknown=1",
    ],
)
def test_bad_parameters_are_ignored_not_errors(world, client, query):
    for path in ["/en/progress/", "/en/funding/", "/en/progress.csv", "/en/funding.csv"]:
        response = client.get(path + query)
        assert response.status_code == 200
        assert "<script>alert(1)</script>" not in response.content.decode()


def test_in_spanish_the_network_speaks_spanish(world, client):
    page = soup(client.get("/es/progress/"))
    region = page.find(id="facet-region")
    assert "África" in region.get_text()
    assert figure(page, "landscapes") == "1"  # only Mau Forest exists in Spanish


# --- Caching and query counts -------------------------------------------------------------------


def test_the_pages_may_be_kept_by_a_shared_cache(world, client):
    for url in ["/en/landscapes/mau-forest/progress/", "/en/progress/", "/en/funding/"]:
        response = client.get(url)
        assert "public" in response["Cache-Control"] and "s-maxage" in response["Cache-Control"]
        assert "Cookie" in response["Vary"]  # the header shows who is signed in
    for url in ["/en/landscapes/mau-forest/progress.csv", "/en/progress.csv", "/en/funding.csv"]:
        assert "public" in client.get(url)["Cache-Control"]
    assert client.post("/en/progress/").status_code == 405


def test_a_signed_in_visitors_page_is_theirs_alone(world, client, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader", "reader@example.org"))
    for url in ["/en/landscapes/mau-forest/progress/", "/en/funding.csv"]:
        assert client.get(url)["Cache-Control"].startswith("private, no-store")


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def grow(world, landscapes):
    """More landscapes, each with several actions, contributions, themes, partners, series and
    assessments."""
    en = world["site"]["en"]
    funder = make_organisation(en["organisations"], organisation_type="finance")
    indicator = make_indicator(f"Trees planted {landscapes}", "Árboles", "trees")
    for number in range(landscapes):
        landscape = make_landscape(en["landscapes"])
        for _action in range(3):
            make_action(
                landscape,
                status="seeking-funding",
                themes=[world["water"]],
                partners=[world["lead"], funder],
                lead_organisation=funder,
                budget=Decimal(50_000),
                budget_currency="EUR",
                contributions=[(1_000, "USD", 2024, funder, "grant"), (500, "EUR", 2025)],
            )
        make_series(landscape, indicator, {2023: number, 2024: number + 1})
        make_assessment(landscape, datetime.date(2024, 1, 1), [1, 1, 2, 2, 3])
    return landscape


# Pinned: the number of queries each page runs, the same at either size, when it works out what
# it shows (the first request after a change) and when it finds that kept.
LANDSCAPE_PAGE_QUERIES = 10  # one of them: the languages the landscape is published in
NETWORK_PAGE_QUERIES = 6
FUNDING_PAGE_QUERIES = 9  # the needs' actions as plain rows (3), the records of a page of them
KEPT_QUERIES = {"landscape": 1, "network": 0, "funding": 0}  # the landscape by its slug


def worked_out_and_kept(client, url, sibling):
    """(queries of a request for `url` that works out what its page shows, queries of the next
    one, which finds that kept). First the content version moves on, as a moderator's approval
    moves it, and `sibling` is asked for: a page that reads what they share (menus, terms) and
    keeps a part of its own."""
    content_changed()
    client.get(sibling)
    worked_out, response = queries_and_response(client, url)
    assert response.status_code == 200
    kept, again = queries_and_response(client, url)
    assert again.content == response.content
    return worked_out, kept


def test_each_page_runs_the_same_queries_with_1_and_4_landscapes(world, client):
    from progress.models import FundingOffer

    en = world["site"]["en"]
    organisation = make_organisation(en["organisations"], organisation_type="finance")
    offer = FundingOffer.objects.create(
        organisation=organisation,
        title="Water fund",
        instruments=["grant"],
        currency="USD",
        live=True,
    )
    offer.themes.set([world["water"]])
    offer.save()
    sibling = grow(world, 1)

    def counts(landscape):
        return {
            "landscape": worked_out_and_kept(
                client,
                f"/en/landscapes/{landscape.slug}/progress/",
                f"/en/landscapes/{sibling.slug}/progress/",
            ),
            "network": worked_out_and_kept(client, "/en/progress/", "/en/progress/?region=africa"),
            "funding": worked_out_and_kept(client, "/en/funding/", "/en/funding/?region=africa"),
        }

    small = counts(grow(world, 1))
    big = counts(grow(world, 4))
    assert small == big
    worked_out = {page: pair[0] for page, pair in small.items()}
    kept = {page: pair[1] for page, pair in small.items()}
    assert worked_out == {
        "landscape": LANDSCAPE_PAGE_QUERIES,
        "network": NETWORK_PAGE_QUERIES,
        "funding": FUNDING_PAGE_QUERIES,
    }
    assert kept == KEPT_QUERIES
    assert max(worked_out.values()) <= PAGE_QUERY_LIMIT
