"""Wagtail's opensearch2 backend, per language (see search.backends.engines)."""

from modelsearch.backends.opensearch2 import (
    OpenSearch2Mapping,
    OpenSearch2SearchBackend,
    OpenSearch2SearchResults,
)

from search.backends.engines import FoldedPrefixesMixin, LanguageIndexMixin, MatchIdsMixin


class Mapping(FoldedPrefixesMixin, OpenSearch2Mapping):
    pass


class SearchResults(MatchIdsMixin, OpenSearch2SearchResults):
    pass


class SearchBackend(LanguageIndexMixin, OpenSearch2SearchBackend):
    mapping_class = Mapping
    results_class = SearchResults
