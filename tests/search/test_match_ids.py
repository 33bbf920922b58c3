"""The search service hands back the ids of the matches, best first, in one round trip to the
engine or one query to the database, however many there are (run on both, as the whole folder)."""

import pytest

from network.factories import make_expert
from network.models import ExpertPage
from search.service import find
from tests.search.conftest import ENGINE
from tests.worlds import directory_site_world, shared_directory_site  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db


@pytest.fixture
def terraces(directory_site, search_index):
    """105 experts who build terraces (more than the hundred hits of an engine's page), one of
    them with the word in the title."""
    index = directory_site["en"]["experts"]
    titled = make_expert(index, title="Terrace builder", headline="Dry stone walls")
    others = [
        make_expert(index, title=f"Builder {number}", headline="Builds terraces on hillsides")
        for number in range(104)
    ]
    search_index.refresh()
    return titled, others


def test_every_match_comes_back_best_first_in_one_round_trip(terraces, django_assert_num_queries):
    titled, others = terraces
    experts = ExpertPage.objects.live()
    find(experts, "nothing", language="en")  # content types and the like, looked up once

    # The engine's hits carry the ids: no query for the pages (each hundred hits cost one).
    with django_assert_num_queries(0 if ENGINE else 1):
        matches = find(experts, "terrace", language="en", limit=500)

    assert matches.ids[0] == titled.pk
    assert sorted(matches.ids) == sorted([titled.pk, *(expert.pk for expert in others)])
    assert all(isinstance(pk, int) for pk in matches.ids)

    # A limit keeps the best.
    best = find(experts, "terrace", language="en", limit=50)
    assert len(best.ids) == 50
    assert best.ids[0] == titled.pk
