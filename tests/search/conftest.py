"""The search suite runs against whatever WAGTAILSEARCH_BACKENDS holds: the database backend
(PostgreSQL in CI), and, when SEARCH_URL names an engine, against that real engine (`make test`
runs this folder a second time with CI's OpenSearch)."""

import pytest
from modelsearch.backends import get_search_backends
from modelsearch.index import get_indexed_models

from search.service import uses_engine

ENGINE = uses_engine()


def _engine_backends():
    return list(get_search_backends())


@pytest.fixture(scope="session")
def _engine_indices(django_db_setup, django_db_blocker):
    """Fresh indices with Wagtail's mappings, once per run (the engine keeps them between tests)."""
    if not ENGINE:
        return
    with django_db_blocker.unblock():
        for backend in _engine_backends():
            # What an earlier run left (update_index leaves aliases to suffixed indices).
            for name in backend.es.indices.get(index=f"{backend.index_prefix}*"):
                backend.es.indices.delete(index=name)
            for index in backend.all_indexes():
                index.reset()
                for model in get_indexed_models():
                    if backend.get_index_for_model(model).name == index.name:
                        index.add_model(model)


class SearchIndex:
    """What a test needs from the index: to see what was just saved."""

    def refresh(self):
        if ENGINE:
            for backend in _engine_backends():
                backend.refresh_indexes()


@pytest.fixture(autouse=True)
def search_index(_engine_indices, db):
    """Every test starts with an empty engine index (the database's is rolled back anyway)."""
    if ENGINE:
        for backend in _engine_backends():
            backend.es.delete_by_query(
                index=f"{backend.index_prefix}*",
                body={"query": {"match_all": {}}},
                refresh=True,
                conflicts="proceed",
            )
    return SearchIndex()
