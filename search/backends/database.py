"""Wagtail's database search backend, with stemming per language on PostgreSQL.

Each object is indexed with its own language's text-search configuration (`tl_spanish` for a
Spanish page). A search for one language uses that language's configuration (`for_language`);
a search across languages (and the admin's) matches a term stemmed the way of any site language.
On SQLite (`make run`) and other databases this is Wagtail's database backend unchanged."""

from collections import defaultdict
from copy import copy
from functools import reduce

from django.conf import settings
from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend_for_connection
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from search.backends.languages_in_index import language_codes_by_locale_id, language_of
from search.languages import postgres_config


def site_configs():
    """The text-search configuration of every content language of the site."""
    return sorted({postgres_config(code) for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES})


class LanguagePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        languages = language_codes_by_locale_id()
        by_config = defaultdict(list)
        for obj in objs:
            by_config[postgres_config(language_of(obj, languages))].append(obj)
        for config, group in by_config.items():
            # PostgresIndex reads the configuration from its backend while it builds the vectors.
            index = copy(self)
            index.backend = self.backend.with_config(config)
            PostgresIndex.add_items(index, model, group)


class AnyLanguageQueryMixin:
    """With no configuration chosen, a term matches when it matches in any site language."""

    def build_tsquery(self, query, config=None):
        if config is not None:
            return super().build_tsquery(query, config=config)
        per_language = [
            super(AnyLanguageQueryMixin, self).build_tsquery(query, config=each)
            for each in site_configs()
        ]
        per_language = [each for each in per_language if each is not None]
        return reduce(lambda a, b: a | b, per_language) if per_language else None


class LanguageSearchQueryCompiler(AnyLanguageQueryMixin, PostgresSearchQueryCompiler):
    pass


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguagePostgresIndex
    query_compiler_class = LanguageSearchQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.config = None  # chosen per object (indexing) and per search (for_language)
        # Prefixes typed into a search box: no stemming, accents folded.
        self.autocomplete_config = postgres_config(None)

    def with_config(self, config):
        backend = copy(self)
        backend.config = config
        return backend

    def for_language(self, language_code):
        """This backend, searching `language_code`'s content with that language's stemming."""
        return self.with_config(postgres_config(language_code))


# Wagtail looks up a backend module's `SearchBackend`; on PostgreSQL it is ours.
def SearchBackend(params):
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    backend = database_backend_for_connection(params)
    if connection.vendor == "sqlite":
        # Imported here: modelsearch's SQLite module exists only on a SQLite database.
        from search.backends.sqlite_quotes import quote_safe

        backend = quote_safe(backend)
    return backend
