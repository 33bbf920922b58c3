"""pytest: SQLite unless DATABASE_URL is set (CI sets it to PostgreSQL), fast hashing, e-mail
kept in memory so that tests can read it."""

import os

from .base import *  # noqa: F403

DEBUG = False

# The load benchmark's `seed_benchmark` (tests/bench/), for the tests and by hand.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.bench"]  # noqa: F405
SECRET_KEY = "test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "media" / "test"  # noqa: F405
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
WAGTAILADMIN_BASE_URL = "http://testserver"

# Under `make test` on PostgreSQL each test database is a copy of one that was migrated once for
# the run (tests/databases.py); `migrate` then finds nothing to do.
_DEFAULT_DATABASE = DATABASES["default"]  # noqa: F405
_MIGRATED = os.environ.get("MIGRATED_DATABASE")
if _MIGRATED and _DEFAULT_DATABASE.get("ENGINE") == "django.db.backends.postgresql":
    _DEFAULT_DATABASE["TEST"] = {**_DEFAULT_DATABASE.get("TEST", {}), "TEMPLATE": _MIGRATED}

# Static files come straight from the source folders; nothing is collected.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True

# With SEARCH_URL set (`make test` does it for the search suite when CI runs an engine), tests use
# indices of their own, which they empty before each test: each pytest-xdist worker its own.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
WAGTAILSEARCH_BACKENDS = search_backends(  # noqa: F405
    url=env_str("SEARCH_URL"),  # noqa: F405
    engine=env_str("SEARCH_ENGINE", "opensearch2"),  # noqa: F405
    languages=[code for code, _name in WAGTAIL_CONTENT_LANGUAGES],  # noqa: F405
    index_prefix=f"test_thousandlandscapes_{_WORKER}_" if _WORKER else "test_thousandlandscapes_",
    timeout=SEARCH_TIMEOUT,  # noqa: F405
)

# Tests see each request rendered; the page cache's own tests turn it on.
PAGE_CACHE_SECONDS = 0
# One process, and a cache emptied before each test: the structure cache is safe, and on, as in
# production with Redis.
STRUCTURE_CACHE_SECONDS = 3600

# The generated-query tests send thousands of searches from one address; the rate-limit tests
# (tests/website/test_rate_limits.py) put base.py's limits back.
SEARCH_RATE_LIMIT = ""
AUTOCOMPLETE_RATE_LIMIT = ""
