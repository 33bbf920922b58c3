"""Wagtail search backends that index and search each language with its own stemming.

- `search.backends.database`: Wagtail's database backend; on PostgreSQL each page is indexed
  with its language's text-search configuration (accents folded), and queried with it; on
  SQLite (`search.backends.sqlite_stemming`) with its language's Snowball stems.
- `search.backends.opensearch2`, `.elasticsearch8`, `.elasticsearch9`: Wagtail's own engine
  backends, one index set per language (`LANGUAGE` parameter) plus one for every language.

`search.configuration.search_backends()` builds WAGTAILSEARCH_BACKENDS from the environment."""
