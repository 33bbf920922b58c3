"""The course catalog: facets and availability buckets at a frozen date, sorting, bad input,
and a fixed number of queries at any size."""

import datetime
import re

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learning.factories import make_course, session
from tests.queries import PAGE_QUERY_LIMIT
from tests.worlds import make_themes, module_world

pytestmark = pytest.mark.django_db
FROZEN = datetime.datetime(2026, 6, 15, 12, 0, tzinfo=datetime.UTC)


def titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def counts(html, param):
    option = rf'name="{param}" value="([^"]+)"[^>]*> [^<]+ <span class="facet__count">\(([\d,]+)\)'
    return {value: int(count) for value, count in re.findall(option, html)}


def build_catalog():
    """The catalog in every language, two institutions, three themes and a course in every
    availability bucket at FROZEN: built once for the module, each test rolled back."""
    from learning.factories import make_catalog, make_institution
    from network.factories import make_directory_site

    site = make_directory_site()
    catalog = make_catalog({language: pages["home"] for language, pages in site.items()})
    institutions = {
        "forest": make_institution(catalog["en"], title="Forest School", slug="forest-school"),
        "water": make_institution(catalog["en"], title="Water Academy", slug="water-academy"),
    }
    themes = make_themes()
    forest, water = institutions["forest"], institutions["water"]
    with time_machine.travel(FROZEN, tick=False):
        courses = {
            "open": make_course(
                forest,
                title="Agroforestry basics",
                level="beginner",
                languages=["en", "es"],
                themes=[themes["restoration"]],
                sessions=[session(30, enrolment_deadline=datetime.date(2026, 7, 1))],
            ),
            "soon": make_course(
                forest,
                title="Soil carbon",
                level="intermediate",
                cost="paid",
                price=120,
                currency="USD",
                certificate=True,
                sessions=[session(10, mode="onsite"), session(-100)],
            ),
            "later": make_course(
                water,
                title="Watershed planning",
                level="advanced",
                languages=["fr"],
                sessions=[session(90, mode="blended")],
            ),
            "self": make_course(
                water,
                title="Landscape finance 101",
                languages=["pt"],
                themes=[themes["finance"]],
                sessions=[session(None)],
            ),
            "archived": make_course(
                water, title="Old course", sessions=[session(-60), session(-200)]
            ),
            "running": make_course(
                forest, title="Running now", sessions=[session(-2, length_days=20)]
            ),
        }
    return {"institutions": institutions, "themes": themes, "courses": courses}


world = module_world(build_catalog)


@pytest.fixture
def institutions(world, db):
    return world["institutions"]


@pytest.fixture
def themes(world, db):
    return world["themes"]


@pytest.fixture
def courses(world, db):
    return world["courses"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("availability=open", {"Agroforestry basics", "Soil carbon", "Watershed planning"}),
        ("availability=soon", {"Agroforestry basics", "Soil carbon"}),
        ("availability=self-paced", {"Landscape finance 101"}),
        ("availability=archived", {"Old course"}),
        ("level=advanced", {"Watershed planning"}),
        ("language=es", {"Agroforestry basics"}),
        ("mode=onsite", {"Soil carbon"}),
        ("mode=blended&mode=onsite", {"Soil carbon", "Watershed planning"}),
        ("cost=paid", {"Soil carbon"}),
        ("certificate=yes", {"Soil carbon"}),
        (
            "institution=water-academy",
            {"Watershed planning", "Landscape finance 101", "Old course"},
        ),
        ("theme=finance", {"Landscape finance 101"}),
        ("institution=forest-school&level=beginner", {"Agroforestry basics", "Running now"}),
    ],
)
def test_catalog_facets_at_a_frozen_date(client, courses, query, expected):
    with time_machine.travel(FROZEN, tick=False):
        response = client.get(f"/en/learning/?{query}")
    assert response.status_code == 200
    assert set(titles(response.content.decode())) == expected


def test_availability_counts_match_the_results(client, courses):
    with time_machine.travel(FROZEN, tick=False):
        html = client.get("/en/learning/").content.decode()
        found = counts(html, "availability")
        assert found == {"open": 3, "soon": 2, "self-paced": 1, "archived": 1}
        for bucket, count in found.items():
            assert (
                len(titles(client.get(f"/en/learning/?availability={bucket}").content.decode()))
                == count
            )


def test_availability_counts_move_on_at_midnight_though_no_content_changes(client, courses):
    """The counts are kept per content version and date: two minutes apart, across the night
    that closes the enrolment of "Agroforestry basics" (1 July), they differ."""
    last_day = datetime.datetime(2026, 7, 1, 23, 59, tzinfo=datetime.UTC)
    with time_machine.travel(last_day, tick=False):
        on_the_last_day = counts(client.get("/en/learning/").content.decode(), "availability")
    with time_machine.travel(last_day + datetime.timedelta(minutes=2), tick=False):
        html = client.get("/en/learning/").content.decode()
        next_day = counts(html, "availability")
        open_next_day = titles(client.get("/en/learning/?availability=open").content.decode())
    assert "Agroforestry basics" not in open_next_day
    assert next_day.get("open", 0) == len(open_next_day) == on_the_last_day["open"] - 1


def test_sorting_by_next_start_date_puts_the_soonest_first(client, courses):
    with time_machine.travel(FROZEN, tick=False):
        ordered = titles(client.get("/en/learning/").content.decode())
    assert ordered[:3] == ["Soil carbon", "Agroforestry basics", "Watershed planning"]


@pytest.mark.parametrize(
    "query",
    [
        "availability=tomorrow",
        "level=<b>",
        "mode=",
        "institution=../../etc",
        "sort=next",
        "page=x",
        "certificate=maybe",
        "q=" + "é" * 300,
        "language=zz",
    ],
)
def test_bad_catalog_parameters_are_ignored(client, courses, query):
    response = client.get(f"/en/learning/?{query}")
    assert response.status_code == 200


@pytest.mark.slow
def test_the_catalog_runs_the_same_queries_with_10_and_100_courses(client, institutions, themes):
    def queries():
        url = "/en/learning/?theme=water&availability=open"
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    for number in range(10):
        make_course(
            institutions["forest"], themes=[themes["water"]], sessions=[session(number + 1)]
        )
    with_10 = queries()
    for number in range(90):
        make_course(
            institutions["water"],
            themes=[themes["water"]],
            sessions=[session(number + 1), session(None)],
        )
    assert queries() == with_10 <= PAGE_QUERY_LIMIT
