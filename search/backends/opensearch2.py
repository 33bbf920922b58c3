"""Wagtail's opensearch2 backend, per language (see search.backends.engines)."""

from modelsearch.backends.opensearch2 import OpenSearch2Mapping, OpenSearch2SearchBackend

from search.backends.engines import FoldedPrefixesMixin, LanguageIndexMixin


class Mapping(FoldedPrefixesMixin, OpenSearch2Mapping):
    pass


class SearchBackend(LanguageIndexMixin, OpenSearch2SearchBackend):
    mapping_class = Mapping
