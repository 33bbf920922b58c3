"""Wagtail's elasticsearch9 backend, per language (see search.backends.engines)."""

from modelsearch.backends.elasticsearch9 import Elasticsearch9Mapping, Elasticsearch9SearchBackend

from search.backends.engines import FoldedPrefixesMixin, LanguageIndexMixin


class Mapping(FoldedPrefixesMixin, Elasticsearch9Mapping):
    pass


class SearchBackend(LanguageIndexMixin, Elasticsearch9SearchBackend):
    mapping_class = Mapping
