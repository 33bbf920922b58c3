"""Workaround for django-modelsearch's SQLite backend (the database search under `make run`).

It puts each word of a query between double quotes for SQLite's full-text MATCH without escaping
the word's own, so a word with a `"` inside (`mangrove"coast`) or a null character made the
MATCH expression invalid ("unterminated string", an OperationalError); and a query of spaces
only, which has no word at all, failed while it was built (AttributeError). The site search
then answered from its plainer fallback and logged a traceback; the Wagtail API's `?search=`
answered 500 (tests/reliability/test_hostile_input.py). Both characters only separate words
for the index's tokenizer, so here they become spaces; a query left without a word matches
nothing, as an empty one does. The site's SQLite backend (search.backends.sqlite_stemming)
puts QuoteSafeQueryMixin in front of its query compilers."""

from modelsearch.backends.database.sqlite.sqlite import SQLiteAutocompleteQueryCompiler
from modelsearch.query import Phrase, PlainText

_BREAKS_MATCH = str.maketrans({'"': " ", "\x00": " "})


def _without_quotes(query):
    if isinstance(query, PlainText):
        return PlainText(query.query_string.translate(_BREAKS_MATCH), query.operator, query.boost)
    if isinstance(query, Phrase):
        return Phrase(query.query_string.translate(_BREAKS_MATCH))
    return query


class QuoteSafeQueryMixin:
    def build_search_query_content(self, query, config=None):
        return super().build_search_query_content(_without_quotes(query), config=config)

    def search(self, config, start, stop, score_field=None):
        query = _without_quotes(self.query)
        if isinstance(query, PlainText | Phrase) and not query.query_string.split():
            return self.queryset.none()
        return super().search(config, start, stop, score_field=score_field)


class QuoteSafeAutocompleteQueryCompiler(QuoteSafeQueryMixin, SQLiteAutocompleteQueryCompiler):
    pass
