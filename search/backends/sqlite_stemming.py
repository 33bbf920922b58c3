"""Wagtail's SQLite search (the database search under `make run`), with stemming per language.

SQLite's full-text search folds accents but has no stemmer, so "pastizal" did not find
"pastizales". Here each object's title and body are indexed as search.stemming.stem_text makes
them in the object's language ("los pastizales" is kept as "los pastizal"), and each word of a
query is stemmed the same way: in the language searched (`for_language`), or, searching every
language (the admin's searches, the profiles not yet translated), in any site language or none.
What is typed for suggestions keeps its letters: autocomplete matches the beginnings of the
words as they are written, accents folded.

Imported only on a SQLite database: modelsearch's SQLite module needs its tables."""

from copy import copy
from functools import reduce
from operator import and_, or_

from django.conf import settings
from modelsearch.backends.database.sqlite.query import (
    Lexeme,
    LexemeCombinable,
    SearchQueryExpression,
    SearchQueryField,
)
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk

from search.backends.database import QuerysetIdsMixin
from search.backends.languages_in_index import language_codes_by_locale_id, language_of
from search.backends.sqlite_quotes import (
    QuoteSafeAutocompleteQueryCompiler,
    QuoteSafeQueryMixin,
)
from search.stemming import stem_text


class StemmingSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        """SQLiteIndex.add_items, with the title and body stemmed in each object's language."""
        if not model.get_search_fields():
            return
        languages = language_codes_by_locale_id()
        rows = {}
        for obj in objs:
            indexer = ObjectIndexer(obj, self.backend)
            language = language_of(obj, languages)
            rows[indexer.id] = {
                "title": stem_text(indexer.title, language),
                "body": stem_text(indexer.body, language),
                "autocomplete": indexer.autocomplete,
            }
        if not rows:
            return
        content_type_id = get_content_type_pk(model)
        entries = self.entries.filter(content_type_id=content_type_id)
        indexed = set(entries.filter(object_id__in=rows).values_list("object_id", flat=True))
        for object_id in indexed:
            entries.filter(object_id=object_id).update(**rows[object_id])
        self.entries.bulk_create(
            IndexEntry(content_type_id=content_type_id, object_id=object_id, **row)
            for object_id, row in rows.items()
            if object_id not in indexed
        )
        self._refresh_title_norms()


class AnyForm(LexemeCombinable):
    """A word in any of its forms, for SQLite's MATCH: ("prairi" OR "prair")."""

    _output_field = SearchQueryField()

    def __init__(self, forms):
        super().__init__()
        self.forms = [Lexeme(form) for form in forms]

    def as_sql(self, compiler, connection):
        parts = []
        for form in self.forms:
            sql, params = compiler.compile(form)
            parts.append(sql % tuple(params))
        return "%s", ["(" + " OR ".join(parts) + ")"]


def site_languages():
    """Every content language, and None: what images and documents are indexed in."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES] + [None]


class StemmingQueryMixin:
    """Words typed are stemmed as the index's words are: `config` is the language searched,
    None for any."""

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            words = query.query_string.split()
            if not words:
                return None
            combine = and_ if query.operator == "and" else or_
            return SearchQueryExpression(
                reduce(combine, (self.word_forms(word, config) for word in words))
            )
        if isinstance(query, Phrase):
            return SearchQueryExpression(self.word_forms(query.query_string, config))
        return super().build_search_query_content(query, config=config)

    def word_forms(self, text, language):
        languages = [language] if language else site_languages()
        forms = sorted({stem_text(text, each) for each in languages})
        return Lexeme(forms[0]) if len(forms) == 1 else AnyForm(forms)


class StemmingSearchQueryCompiler(
    QuoteSafeQueryMixin, StemmingQueryMixin, SQLiteSearchQueryCompiler
):
    pass


class LanguageSQLiteSearchResults(QuerysetIdsMixin, SQLiteSearchResults):
    pass


class LanguageSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = StemmingSQLiteIndex
    query_compiler_class = StemmingSearchQueryCompiler
    autocomplete_query_compiler_class = QuoteSafeAutocompleteQueryCompiler
    results_class = LanguageSQLiteSearchResults

    def for_language(self, language_code):
        """This backend, searching `language_code`'s content with that language's stemming."""
        backend = copy(self)
        backend.config = language_code
        return backend
