"""OpenSearch and Elasticsearch through Wagtail's own backends, one index set per language.

A backend with a `LANGUAGE` parameter holds only that language's content, analysed with its
stemmer (see search.languages.engine_index_settings); the backend without one holds everything
(images, documents and the admin's searches across languages included), each word as written
and as every site language stems it. Searching one language asks that language's backend; the
queryset's locale filter keeps it exact."""

from search.backends.languages_in_index import language_codes_by_locale_id, language_of


class FoldedPrefixesMixin:
    """For a mapping: what a visitor types is folded like the indexed edge n-grams
    ("forê" finds "forêt"); `site_folding` is defined by engine_index_settings."""

    edgengram_analyzer_config = {
        "analyzer": "edgengram_analyzer",
        "search_analyzer": "site_folding",
    }


class LanguageIndexMixin:
    def __init__(self, params):
        params = dict(params)
        self.language = params.pop("LANGUAGE", None)
        super().__init__(params)

    def accepts(self, obj, languages):
        return self.language is None or language_of(obj, languages) == self.language

    def add(self, obj):
        if self.language is None or self.accepts(obj, language_codes_by_locale_id()):
            super().add(obj)

    def add_bulk(self, model, obj_list):
        if self.language is not None:
            languages = language_codes_by_locale_id()
            obj_list = [obj for obj in obj_list if self.accepts(obj, languages)]
        if obj_list:
            super().add_bulk(model, obj_list)

    def for_language(self, language_code):
        return self


# The most hits an engine returns for one request (index.max_result_window's default).
ENGINE_RESULT_WINDOW = 10_000


class MatchIdsMixin:
    """For an engine's results: ids(), the ids of the matches from `start` to `stop`, best
    first, in one request. Iterating Wagtail's results scrolls a hundred hits at a time and
    asks the database for each hundred's pages (five requests and five queries for the site
    search's 500 matches, twenty of each for a directory's 2,000), where the callers only
    want the ids (their own queries fetch the few pages they show). Hits of pages deleted since
    they were indexed come too: callers keep only the ids their own querysets find."""

    def ids(self):
        model = self.query_compiler.queryset.model
        response = self._backend_do_search(
            self._get_es_body(),
            index=self.backend.get_index_for_model(model).name,
            _source=False,
            **{self.fields_param_name: "pk"},
            from_=self.start,
            size=(ENGINE_RESULT_WINDOW if self.stop is None else self.stop) - self.start,
        )
        to_python = model._meta.pk.to_python
        return [to_python(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]
