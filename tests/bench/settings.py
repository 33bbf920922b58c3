"""Settings for the load benchmark: production-like (DEBUG off, hashed and compressed static
files served by WhiteNoise, persistent database connections) without production's required
environment, so that `make bench` runs on a developer's machine.

The caches are what the base settings configure (Redis when REDIS_URL is set; the runner starts
one of its own when it is not). With BENCH_CACHE=off (the uncached rows) the page cache is off:
every page is rendered on every request, its lists, facets and content read from the database.
What is kept in the cache whatever pages are cached (the site's structure under the content
version: the site, routes, private sections, menus and settings, website/structure.py; taxonomy
names; Wagtail's site root paths and image renditions) stays, as on any deployment;
BENCH_CACHE=none turns those off too."""

import tempfile
from pathlib import Path

from search.configuration import search_backends
from website.settings.base import *  # noqa: F403
from website.settings.base import (
    CACHES,
    INSTALLED_APPS,
    MIDDLEWARE,
    SEARCH_TIMEOUT,
    WAGTAIL_CONTENT_LANGUAGES,
)
from website.settings.environment import env_str

DEBUG = False
SECRET_KEY = env_str("SECRET_KEY", "bench-only-key-never-use-in-production")
ALLOWED_HOSTS = ["127.0.0.1"]
ROOT_URLCONF = "tests.bench.urls"
INSTALLED_APPS = [*INSTALLED_APPS, "tests.bench"]  # for `seed_benchmark`
WSGI_APPLICATION = "tests.bench.wsgi.application"

# Outermost, so that it also counts what the other middleware (sessions, a page cache) asks of
# the database, and so that a cached response never carries the header of the request that
# filled the cache.
MIDDLEWARE = ["tests.bench.middleware.QueryCountMiddleware", *MIDDLEWARE]

if env_str("BENCH_CACHE") in ("off", "none"):
    PAGE_CACHE_SECONDS = 0
if env_str("BENCH_CACHE") == "none":
    # Every cache answers "not there".
    CACHES = {alias: {"BACKEND": "django.core.cache.backends.dummy.DummyCache"} for alias in CACHES}

# Scratch space outside the checkout: collected static files and the demo's images.
BENCH_WORK_DIR = Path(
    env_str("BENCH_WORK_DIR", str(Path(tempfile.gettempdir()) / "thousand-landscapes-bench"))
)
STATIC_ROOT = BENCH_WORK_DIR / "static"
MEDIA_ROOT = BENCH_WORK_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = False
WHITENOISE_AUTOREFRESH = False

# A search engine, when SEARCH_URL names one, gets indices of the benchmark's own.
BENCH_INDEX_PREFIX = env_str("SEARCH_INDEX_PREFIX", "bench_thousandlandscapes_")
WAGTAILSEARCH_BACKENDS = search_backends(
    url=env_str("SEARCH_URL"),
    engine=env_str("SEARCH_ENGINE", "opensearch2"),
    languages=[code for code, _name in WAGTAIL_CONTENT_LANGUAGES],
    index_prefix=BENCH_INDEX_PREFIX,
    timeout=SEARCH_TIMEOUT,
)

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# wrk sends thousands of searches a second from one address: it measures the pages, not the
# limits (the load test in tests/reliability/ checks those).
SEARCH_RATE_LIMIT = ""
AUTOCOMPLETE_RATE_LIMIT = ""
WAGTAILADMIN_BASE_URL = "http://127.0.0.1"

# Quiet: a log line per request would be part of what is measured.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "ERROR")},
}
