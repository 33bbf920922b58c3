"""Wagtail's elasticsearch8 backend, per language (see search.backends.engines)."""

from modelsearch.backends.elasticsearch8 import Elasticsearch8Mapping, Elasticsearch8SearchBackend

from search.backends.engines import FoldedPrefixesMixin, LanguageIndexMixin


class Mapping(FoldedPrefixesMixin, Elasticsearch8Mapping):
    pass


class SearchBackend(LanguageIndexMixin, Elasticsearch8SearchBackend):
    mapping_class = Mapping
