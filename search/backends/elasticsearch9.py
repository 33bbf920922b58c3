"""Wagtail's elasticsearch9 backend, per language (see search.backends.engines)."""

from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchResults,
)

from search.backends.engines import FoldedPrefixesMixin, LanguageIndexMixin, MatchIdsMixin


class Mapping(FoldedPrefixesMixin, Elasticsearch9Mapping):
    pass


class SearchResults(MatchIdsMixin, Elasticsearch9SearchResults):
    pass


class SearchBackend(LanguageIndexMixin, Elasticsearch9SearchBackend):
    mapping_class = Mapping
    results_class = SearchResults
