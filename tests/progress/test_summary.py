"""Progress where people already look: a landscape's page sums up its approved records (the
latest 5 Elements assessment, the money its actions seek and secured, two headline indicators in
the visitor's language, a link to its progress), and the home page's figures add hectares under
restoration and investment secured across the network. Records not approved count nowhere."""

import datetime
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from network.factories import make_directory_site, make_landscape
from progress.models import (
    Action,
    Assessment,
    Contribution,
    ExchangeRate,
    Indicator,
    IndicatorSeries,
    IndicatorValue,
)
from progress.templatetags.progress_tags import landscape_summary, network_figures
from tests.worlds import module_world
from website.factories import locale, translate_page
from website.structure import locale_id, restricted_sections

pytestmark = pytest.mark.django_db

ELEMENTS = ["partnership", "shared_understanding", "vision_and_planning", "taking_action"]
ELEMENTS += ["learning_and_impact"]


def indicator(name, spanish, unit, unit_symbol, sort_order, headline=True, summed=True):
    english = Indicator.objects.create(
        name=name,
        unit=unit,
        unit_symbol=unit_symbol,
        returns="natural",
        sort_order=sort_order,
        headline=headline,
        summed=summed,
        locale=locale("en"),
    )
    Indicator.objects.create(
        name=spanish,
        unit=unit,
        unit_symbol=unit_symbol,
        returns="natural",
        sort_order=sort_order,
        headline=headline,
        summed=summed,
        locale=locale("es"),
        translation_key=english.translation_key,
    )
    return english


def series(landscape, measure, values, live=True):
    kept = IndicatorSeries(landscape=landscape, indicator=measure, live=live)
    for year, value in values:
        kept.values.add(IndicatorValue(year=year, value=Decimal(value)))
    kept.save()
    return kept


def action(landscape, title, budget=None, currency="", start=None, contributions=(), **fields):
    kept = Action(
        landscape=landscape,
        title=title,
        budget=budget,
        budget_currency=currency,
        start=start,
        **fields,
    )
    for amount, money, year in contributions:
        kept.contributions.add(Contribution(amount=Decimal(amount), currency=money, year=year))
    kept.save()
    return kept


def assessment(landscape, date, scores, live=True):
    return Assessment.objects.create(
        landscape=landscape, date=date, live=live, **dict(zip(ELEMENTS, scores, strict=True))
    )


def build_world():
    site = make_directory_site()
    landscapes = site["en"]["landscapes"]
    # The page's own scores, from before assessments: shown only while there is none.
    mau = make_landscape(landscapes, title="Mau Forest", slug="mau-forest", element_partnership=1)
    translate_page(mau, "es", {mau.summary: "Un paisaje de bosque."})
    kilombero = make_landscape(landscapes, title="Kilombero", slug="kilombero")
    quiet = make_landscape(
        landscapes, title="Quiet hills", slug="quiet-hills", element_shared_understanding=2
    )
    withdrawn = make_landscape(landscapes, title="Withdrawn", slug="withdrawn")

    hectares = indicator("Hectares under restoration", "Hectáreas en restauración", "ha", "ha", 1)
    people = indicator("People benefiting", "Personas beneficiadas", "people", "people", 2)
    carbon = indicator("Carbon stored", "Carbono almacenado", "t CO₂e", "tCO2e", 3)
    water = indicator("Water flow", "Caudal de agua", "m³/s", "m3/s", 4, summed=False)
    income = indicator("Income", "Ingresos", "USD", "USD", 0, headline=False, summed=False)

    series(mau, hectares, [(2020, 100), (2022, 250), (2021, 200)])
    series(mau, people, [(2023, 1200)], live=False)  # waiting for its first approval
    series(mau, carbon, [(2021, "5000.5")])
    series(mau, water, [(2022, 3)])  # a third headline indicator: only two are shown
    series(mau, income, [(2022, 300)])  # not a headline indicator
    series(kilombero, hectares, [(2019, 1000), (2023, 1500)])
    series(quiet, hectares, [(2023, 70)], live=False)
    series(withdrawn, hectares, [(2023, 9000)])
    withdrawn.unpublish()

    assessment(mau, datetime.date(2021, 3, 1), [1, 1, 1, 1, 1])
    assessment(mau, datetime.date(2023, 5, 1), [3, 2, 4, 3, 2])
    assessment(mau, datetime.date(2024, 6, 1), [4, 4, 4, 4, 4], live=False)

    ExchangeRate.objects.create(currency="EUR", date=datetime.date(2020, 1, 1), rate="1.2")
    ExchangeRate.objects.create(currency="EUR", date=datetime.date(2023, 1, 1), rate="1.1")
    start = datetime.date(2023, 2, 1)
    action(
        mau,
        "Terraces",
        100_000,
        "EUR",
        start,
        contributions=[(30_000, "EUR", 2023), (10_000, "USD", 2023)],
        status="under-way",
    )
    action(mau, "Nursery", 50_000, "USD", start, status="seeking-funding")
    action(
        mau,
        "Dam",
        70_000,
        "USD",
        start,
        contributions=[(5_000, "USD", 2022)],
        status="stopped",
    )
    draft = action(mau, "Draft", 1_000_000, "USD", start, contributions=[(500_000, "USD", 2023)])
    Action.objects.filter(pk=draft.pk).update(live=False)
    action(kilombero, "Fences", 20_000, "USD", start, contributions=[(2_000, "USD", 2023)])
    action(withdrawn, "Gone", 20_000, "USD", start, contributions=[(9_000, "USD", 2023)])
    return {"site": site, "mau": mau, "quiet": quiet, "kilombero": kilombero}


world = module_world(build_world)


def section(html, heading_id):
    """The text of the section a heading opens, tags stripped, spaces collapsed."""
    start = html.index(f'id="{heading_id}"')
    end = html.index("</section>", start)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html[start:end])).strip()


def test_the_latest_approved_assessment_replaces_the_pages_own_scores(client, world):
    html = client.get("/en/landscapes/mau-forest/").content.decode()
    elements = section(html, "elements")
    assert "As the partnership assessed them on May 1, 2023." in elements
    assert "Partnership Well advanced (3/4)" in elements
    assert "Vision and planning Completed (4/4)" in elements
    assert "Not begun" not in elements  # neither the page's own score nor the 2021 assessment
    assert html.count('class="score-bar"') == 5  # the scores are shown once


def test_without_an_assessment_the_pages_own_scores_are_shown_and_no_link(client, world):
    html = client.get("/en/landscapes/quiet-hills/").content.decode()
    elements = section(html, "elements")
    assert "Shared understanding Started (2/4)" in elements
    assert "Partnership Not assessed" in elements
    assert "assessed them on" not in elements
    # Its only record is not approved: nothing else, and no link to a progress page.
    assert "/en/landscapes/quiet-hills/progress/" not in html
    assert 'id="progress-money"' not in html
    assert 'id="progress-indicators"' not in html


def test_money_is_converted_and_marked_with_each_currency_in_small_print(client, world):
    html = client.get("/en/landscapes/mau-forest/").content.decode()
    money = section(html, "progress-money")
    # Sought: €100,000 at 1.1, $50,000 and the dam's $70,000 (the draft's million counts not).
    assert "Sought $230,000 (converted to US dollars) $120,000 · €100,000" in money
    # Secured: €30,000 at 1.1, $10,000, and the $5,000 the dam had secured.
    assert "Secured $48,000 (converted to US dollars) €30,000 · $15,000" in money
    assert "1,000,000" not in money and "500,000" not in money


def test_money_in_the_reference_currency_alone_is_not_marked_as_converted(client, world):
    html = client.get("/en/landscapes/kilombero/").content.decode()
    money = section(html, "progress-money")
    assert money.endswith("Sought $20,000 Secured $2,000")


def test_two_headline_indicators_with_their_latest_values(client, world):
    html = client.get("/en/landscapes/mau-forest/").content.decode()
    indicators = section(html, "progress-indicators")
    assert indicators == (
        'id="progress-indicators">Headline indicators Hectares under restoration 250 ha in 2022 '
        "Carbon stored 5,001 t CO₂e in 2021"  # 5,000.5 with no decimals shown
    )
    # People benefiting waits for approval; water flow is the third; income is no headline.
    for other in ("People benefiting", "Water flow", "Income"):
        assert other not in html
    assert '<a href="/en/landscapes/mau-forest/progress/">See progress' in html


def test_in_spanish_the_indicators_come_from_the_spanish_catalogue(client, world):
    html = client.get("/es/landscapes/mau-forest/").content.decode()
    indicators = section(html, "progress-indicators")
    assert "Hectáreas en restauración 250 ha" in indicators
    assert "Carbono almacenado 5.001 t CO₂e" in indicators
    assert "Hectares under restoration" not in html
    assert "230.000 US$" in section(html, "progress-money")  # Spanish writes the symbol after
    assert 'href="/es/landscapes/mau-forest/progress/"' in html


def test_the_summary_runs_six_queries_however_many_records(world):
    locale_id("en"), restricted_sections()  # what the site keeps for every request

    def queries(landscape):
        with CaptureQueriesContext(connection) as captured:
            landscape_summary(landscape.translation_key, "en")
        return len(captured.captured_queries)

    # Four actions, five series, two assessments; one action and one series.
    assert queries(world["mau"]) == queries(world["kilombero"]) == 6
    assert queries(world["quiet"]) == 4  # no action: no contributions or themes to fetch


def home_figures(language):
    with translation.override(language):
        request = RequestFactory().get(f"/{language}/")
        template = Template("{% load progress_tags %}{% network_progress_figures %}")
        return re.sub(r"\s+", " ", template.render(Context({"request": request})))


def test_the_home_page_adds_hectares_and_investment_secured(client, world):
    html = client.get("/en/").content.decode()
    figures = section(html, "figures")
    # Latest hectares of the live, public English landscapes' approved series: 250 + 1,500
    # (Quiet hills' series is not approved; Withdrawn is unpublished).
    assert "1,750 ha Hectares under restoration" in figures
    # Contributions to approved actions: €30,000 at 1.1 + $10,000 + $5,000 + $2,000.
    assert "$50K investment secured converted to US dollars" in figures
    assert '<a href="/en/progress/">' in html


def test_in_spanish_the_figures_cover_the_spanish_landscapes_in_spanish(world):
    figures = home_figures("es")
    assert (
        '<strong class="figures__value">250 <span class="figures__unit">ha</span></strong> '
        "<span>Hectáreas en restauración</span>"
    ) in figures
    assert "48 mil US$" in figures  # Mau Forest's alone: €30,000 at 1.1, $10,000 and $5,000
    assert 'href="/es/progress/"' in figures


def test_the_network_figures_are_worked_out_in_four_queries(world):
    locale_id("en"), restricted_sections()  # what the site keeps for every request
    with CaptureQueriesContext(connection) as queries:
        figures = network_figures("en")
    assert len(queries.captured_queries) == 4
    assert figures["hectares"]["total"] == Decimal(1750)
    assert figures["secured"].converted == Decimal(50_000)
