"""Wagtail's database search backend, with stemming per language on PostgreSQL and SQLite.

Each object is indexed with its own language's text-search configuration (`tl_spanish` for a
Spanish page). A search for one language uses that language's configuration (`for_language`);
a search across languages (and the admin's) matches a term stemmed the way of any site language,
or not stemmed (images and documents have no language). The text and the queries reach
PostgreSQL folded and with the plurals that its Snowball misses made singular
(search.stemming.prepared_text); PostgreSQL stems them.
On SQLite (`make run`) search.backends.sqlite_stemming stems; on other databases this is
Wagtail's database backend unchanged."""

from collections import defaultdict
from copy import copy
from functools import reduce

from django.conf import settings
from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend_for_connection
from modelsearch.backends.database.postgres import postgres as modelsearch_postgres
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import Phrase, PlainText

from search.backends.languages_in_index import language_codes_by_locale_id, language_of
from search.languages import language_of_config, postgres_config
from search.stemming import prepared_text


def site_configs():
    """The text-search configuration of every content language of the site, and the one of
    what has no language (images, documents: folded, not stemmed)."""
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES] + [None]
    return sorted({postgres_config(code) for code in codes})


class PreparedTextIndexer(modelsearch_postgres.ObjectIndexer):
    """modelsearch's ObjectIndexer, handing PostgreSQL the text of the title and body as
    prepared_text() makes it for the backend's configuration (suggestions keep their letters).

    modelsearch has no hook for that text: PostgresIndex.add_items makes its indexers with the
    module's `ObjectIndexer`, which this class replaces (install_prepared_text_indexer). It
    behaves as its parent for any other backend than ours."""

    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.prepares_text = isinstance(backend, LanguagePostgresSearchBackend)

    def as_vector(self, texts, for_autocomplete=False):
        if self.prepares_text and not for_autocomplete:
            language = language_of_config(self.config)
            texts = [(prepared_text(text, language), weight) for text, weight in texts]
        return super().as_vector(texts, for_autocomplete=for_autocomplete)


def install_prepared_text_indexer():
    if modelsearch_postgres.ObjectIndexer is not PreparedTextIndexer:
        modelsearch_postgres.ObjectIndexer = PreparedTextIndexer


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
    """Words typed are prepared as the index's text is, for each configuration; with no
    configuration chosen, a term matches when it matches in any site language, or unstemmed."""

    def build_tsquery_content(self, query, config=None, invert=False):
        language = language_of_config(config)
        if isinstance(query, PlainText):
            query = PlainText(
                prepared_text(query.query_string, language), query.operator, query.boost
            )
        elif isinstance(query, Phrase):
            query = Phrase(prepared_text(query.query_string, language))
        return super().build_tsquery_content(query, config=config, invert=invert)

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


class QuerysetIdsMixin:
    """For the database's results: ids(), the ids of the matches from `start` to `stop`, best
    first, without making a model instance of each (a page's StreamFields parsed, its clusters
    set up: three quarters of the time of a search for 180 experts, where the callers only
    want the ids)."""

    def ids(self):
        return list(self.get_queryset().values_list("pk", flat=True))


class LanguagePostgresSearchResults(QuerysetIdsMixin, PostgresSearchResults):
    pass


class LanguagePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguagePostgresIndex
    query_compiler_class = LanguageSearchQueryCompiler
    results_class = LanguagePostgresSearchResults

    def __init__(self, params):
        super().__init__(params)
        install_prepared_text_indexer()
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


# Wagtail looks up a backend module's `SearchBackend`; on PostgreSQL and SQLite it is ours.
def SearchBackend(params):
    if connection.vendor == "postgresql":
        return LanguagePostgresSearchBackend(params)
    backend = database_backend_for_connection(params)
    if connection.vendor == "sqlite":
        # Imported here: modelsearch's SQLite module exists only on a SQLite database.
        from search.backends.sqlite_stemming import (
            LanguageSQLiteSearchBackend,
            SQLiteSearchBackend,
        )

        if isinstance(backend, SQLiteSearchBackend):  # not when SQLite lacks full-text search
            return LanguageSQLiteSearchBackend(params)
    return backend
