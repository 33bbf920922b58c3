"""Detail pages run the same number of queries whatever they hold: a landscape with one partner
or eight, an expert in one landscape or eight, a course with one session or eight."""

import pytest

from learning.factories import make_catalog, make_course, make_institution, session
from network.factories import make_expert, make_landscape, make_organisation
from tests.queries import PAGE_QUERY_LIMIT, queries_for

pytestmark = pytest.mark.django_db


def test_a_landscape_page_runs_the_same_queries_with_1_and_8_partners(
    client, directory_site, themes
):
    en = directory_site["en"]
    organisations = [make_organisation(en["organisations"]) for _ in range(8)]
    every_theme = list(themes.values())

    def landscape(count):
        partners = [(organisation, "Convener", 2020) for organisation in organisations[:count]]
        return make_landscape(en["landscapes"], themes=every_theme[:count], partners=partners)

    few, many = queries_for(client, landscape(1).url), queries_for(client, landscape(8).url)
    assert few == many <= PAGE_QUERY_LIMIT


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
