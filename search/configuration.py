"""WAGTAILSEARCH_BACKENDS from the environment (read by the settings, so no Django imports here).

Without SEARCH_URL: Wagtail's database backend (PostgreSQL full-text search, stemming per
language; SQLite's full-text search under `make run`, stemmed by search.stemming). With it:
OpenSearch or Elasticsearch, one index set per content language and one for everything, named
SEARCH_INDEX_PREFIX + language."""

from search.languages import engine_index_settings

ENGINE_BACKENDS = {
    "opensearch2": "search.backends.opensearch2",
    "elasticsearch8": "search.backends.elasticsearch8",
    "elasticsearch9": "search.backends.elasticsearch9",
}
# Language backends are named like this in WAGTAILSEARCH_BACKENDS, e.g. "language-es".
LANGUAGE_BACKEND_PREFIX = "language-"


def search_backends(url, engine, languages, index_prefix, timeout):
    """`languages`: the content language codes; `timeout`: seconds one engine request may take."""
    if not url:
        return {"default": {"BACKEND": "search.backends.database"}}
    if engine not in ENGINE_BACKENDS:
        raise ValueError(
            f"SEARCH_ENGINE must be one of {', '.join(sorted(ENGINE_BACKENDS))}, not {engine!r}"
        )
    common = {
        "BACKEND": ENGINE_BACKENDS[engine],
        "URLS": [url],  # credentials, when there are any, go in the URL: https://user:pass@host
        "TIMEOUT": timeout,
        # A failing engine answers fast: the site then searches the database instead.
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
    }
    backends = {
        "default": {
            **common,
            "INDEX_PREFIX": f"{index_prefix}all__",
            "INDEX_SETTINGS": engine_index_settings(None, every_language=languages),
        }
    }
    for code in languages:
        backends[LANGUAGE_BACKEND_PREFIX + code] = {
            **common,
            "LANGUAGE": code,
            "INDEX_PREFIX": f"{index_prefix}{code.lower()}__",
            "INDEX_SETTINGS": engine_index_settings(code),
        }
    return backends
