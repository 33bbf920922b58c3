"""Wagtail's elasticsearch8 backend, per language (see search.backends.engines)."""

from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchResults,
)

from search.backends.engines import FoldedPrefixesMixin, LanguageIndexMixin, MatchIdsMixin


class Mapping(FoldedPrefixesMixin, Elasticsearch8Mapping):
    pass


class SearchResults(MatchIdsMixin, Elasticsearch8SearchResults):
    pass


class SearchBackend(LanguageIndexMixin, Elasticsearch8SearchBackend):
    mapping_class = Mapping
    results_class = SearchResults
