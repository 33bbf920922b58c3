"""Detail pages run the same number of queries whatever they hold: a landscape with one partner
or eight, an expert in one landscape or eight, a course with one session or eight."""

import datetime
from decimal import Decimal

import pytest

from learning.factories import make_catalog, make_course, make_institution, session
from network.factories import make_expert, make_landscape, make_organisation
from progress.models import (
    Action,
    Assessment,
    Contribution,
    Indicator,
    IndicatorSeries,
    IndicatorValue,
)
from tests.queries import PAGE_QUERY_LIMIT, queries_for

pytestmark = pytest.mark.django_db


def test_a_landscape_page_runs_the_same_queries_with_1_and_8_partners(
    client, directory_site, themes
):
    en = directory_site["en"]
    organisations = [make_organisation(en["organisations"]) for _ in range(8)]
    every_theme = list(themes.values())

    def landscape(count):
        """A page that shows all it can: partners, themes, tags (in their language)."""
        partners = [(organisation, "Convener", 2020) for organisation in organisations[:count]]
        page = make_landscape(en["landscapes"], themes=every_theme[:count], partners=partners)
        page.tags.add(*[f"tag {number}" for number in range(count)])
        page.save()
        return page

    few, many = queries_for(client, landscape(1).url), queries_for(client, landscape(8).url)
    assert few == many <= PAGE_QUERY_LIMIT


def test_a_landscape_page_runs_the_same_queries_with_1_and_8_progress_records(
    client, directory_site
):
    """Its progress summary (progress_tags.landscape_progress_summary) is worked out once per
    content version: the page runs the same queries as one without records."""
    en = directory_site["en"]
    indicators = [
        Indicator.objects.create(
            name=f"Indicator {number}",
            unit="ha",
            unit_symbol="ha",
            returns="natural",
            headline=True,
            locale=en["home"].locale,
        )
        for number in range(8)
    ]

    def landscape(count):
        page = make_landscape(en["landscapes"])
        for number in range(count):
            action = Action(landscape=page, title=f"Action {number}", budget=1000)
            action.budget_currency = "EUR"
            action.contributions.add(Contribution(amount=Decimal(10), currency="KES", year=2023))
            action.save()
            series = IndicatorSeries(landscape=page, indicator=indicators[number])
            series.values.add(IndicatorValue(year=2020 + number, value=Decimal(number)))
            series.save()
            Assessment.objects.create(
                landscape=page,
                date=datetime.date(2020 + number, 1, 1),
                partnership=1,
                shared_understanding=2,
                vision_and_planning=3,
                taking_action=4,
                learning_and_impact=1,
            )
        return page

    few, many = queries_for(client, landscape(1).url), queries_for(client, landscape(8).url)
    without = queries_for(client, make_landscape(en["landscapes"]).url)
    assert few == many == without <= PAGE_QUERY_LIMIT


def test_an_expert_page_runs_the_same_queries_with_1_and_8_landscapes(
    client, directory_site, themes
):
    en = directory_site["en"]
    landscapes = [make_landscape(en["landscapes"]) for _ in range(8)]
    every_theme = list(themes.values())

    def expert(count):
        return make_expert(en["experts"], themes=every_theme[:count], landscapes=landscapes[:count])

    few, many = queries_for(client, expert(1).url), queries_for(client, expert(8).url)
    assert few == many <= PAGE_QUERY_LIMIT


def test_a_course_page_runs_the_same_queries_with_1_and_8_sessions(client, homes, themes):
    institution = make_institution(make_catalog(homes)["en"])

    def course(count):
        sessions = [session(days_from_now=30 + 10 * number) for number in range(count)]
        return make_course(institution, sessions=sessions, themes=list(themes.values()))

    few, many = queries_for(client, course(1).url), queries_for(client, course(8).url)
    assert few == many <= PAGE_QUERY_LIMIT
